package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calnl "github.com/rickar/cal/v2/nl"
)

// Netherlands: the generally recognised holidays (algemeen erkende
// feestdagen) of Article 3 of the Algemene termijnenwet (General Time
// Limits Act, https://wetten.overheid.nl/BWBR0002448/), read 2026-11-28:
// paragraph 1 lists New Year's Day, Easter Monday, Whit Monday, both
// Christmas days, Ascension Day, the day the King's birthday is celebrated
// and 5 May; paragraph 2 equates Good Friday with them. No Dutch law makes
// these days off work; collective agreements do. See sources/nl.md.

// nlMonarchsDay returns the celebrated date of the monarch's birthday in
// year y, moved off a Sunday as the royal decrees say.
func nlMonarchsDay(_ *cal.Holiday, y int) time.Time {
	// Weekdays are read from UTC dates, which never skip midnight.
	var d time.Time
	switch {
	case y >= 2014:
		// Besluit van 30 januari 2013 (https://wetten.overheid.nl/BWBR0032908/):
		// King's Day on 27 April from 2014, on 26 April when the 27th is
		// a Sunday.
		d = time.Date(y, time.April, 27, 0, 0, 0, 0, time.UTC)
		if d.Weekday() == time.Sunday {
			d = d.AddDate(0, 0, -1)
		}
	case y >= 1949:
		// Queen's Day on 30 April 1949–2013 (Juliana's birthday, kept by
		// Beatrix). On a Sunday: Monday 1 May until 1979; Saturday 29 April
		// from 1980 (Besluit van 24 april 1980, nr. 11,
		// https://wetten.overheid.nl/BWBR0031338/).
		d = time.Date(y, time.April, 30, 0, 0, 0, 0, time.UTC)
		if d.Weekday() == time.Sunday {
			if y >= 1980 {
				d = d.AddDate(0, 0, -1)
			} else {
				d = d.AddDate(0, 0, 1)
			}
		}
	case y >= 1891:
		// Queen's Day on 31 August, Queen Wilhelmina's birthday, 1891–1948
		// (Sunday handling not verified; the date is kept).
		d = time.Date(y, time.August, 31, 0, 0, 0, 0, time.UTC)
	}
	if d.IsZero() {
		return d
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, cal.DefaultLoc)
}

// nlKingsDay corrects upstream, which puts King's Day on 27 April in every
// year (it was Queen's Day on 30 April until 2013, on 31 August until
// 1948) and closes the Sunday 27 April as well as the Saturday.
var nlKingsDay = &cal.Holiday{
	Name: "King's Day (Koningsdag; Koninginnedag until 2013)",
	Type: cal.ObservancePublic,
	Func: nlMonarchsDay,
}

// nlRegions are the presets of Netherlands.
var nlRegions = []Region{
	{Code: "NL", Name: "Netherlands", Zone: "Europe/Amsterdam", Holidays: []*cal.Holiday{
		named(calnl.Nieuwjaar, "New Year's Day (Nieuwjaarsdag)"),
		named(calnl.GoedeVrijdag, "Good Friday (Goede Vrijdag)"),
		named(calnl.TweedePaasdag, "Easter Monday (Tweede Paasdag)"),
		nlKingsDay,
		// Listed by Article 3(1) as "de vijfde mei" every year; whether
		// it is a day off is left to collective agreements (many give it
		// only every fifth year). First year not verified (added to the
		// Act after the bill of 18 June 1981); upstream's unbounded rule
		// is kept.
		named(calnl.BevrijdingsDag, "Liberation Day (Bevrijdingsdag)"),
		named(calnl.Hemelvaart, "Ascension Day (Hemelvaartsdag)"),
		named(calnl.TweedePinksterDag, "Whit Monday (Tweede Pinksterdag)"),
		named(calnl.EersteKerstdag, "Christmas Day (Eerste Kerstdag)"),
		named(calnl.TweedeKerstdag, "Second Day of Christmas (Tweede Kerstdag)"),
	}},
}
