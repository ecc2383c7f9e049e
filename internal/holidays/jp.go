package holidays

import (
	"math"
	"time"

	"github.com/rickar/cal/v2"
)

// Japan: the national holidays (国民の祝日) of Article 2 of the Act on
// National Holidays (国民の祝日に関する法律, Act No. 178 of 1948,
// https://elaws.e-gov.go.jp/document?lawid=323AC1000000178) and the days
// off of its Article 3: the substitute holiday (振替休日) and the citizens'
// holiday (国民の休日), read 2026-11-28. See sources/jp.md.
//
// The set is defined here in full rather than taken from rickar/cal v2.1.13,
// whose jp package has no first years (Marine Day, Mountain Day, Showa Day
// and the rest apply to every year), closes 2019-12-23 (there was no
// Emperor's Birthday in 2019), keeps Mountain Day on 11 August in 2020 and
// 2021, tabulates the September citizens' holiday only up to 2032, and moves
// a Sunday holiday only to the next day even when that is a holiday too.

// jpRule gives the date of a national holiday in a year, or false.
type jpRule func(year int) (time.Month, int, bool)

// jpOn is a holiday on month/day from year first to year last (0: open).
func jpOn(m time.Month, d, first, last int) jpRule {
	return func(y int) (time.Month, int, bool) {
		return m, d, y >= first && (last == 0 || y <= last)
	}
}

// jpMonday is a holiday on the n-th Monday of month m from first to last.
func jpMonday(m time.Month, n, first, last int) jpRule {
	return func(y int) (time.Month, int, bool) {
		if y < first || (last != 0 && y > last) {
			return 0, 0, false
		}
		d := cal.WeekdayN(y, m, time.Monday, n)
		return m, d.Day(), true
	}
}

// jpEither uses the first rule that applies in the year.
func jpEither(rules ...jpRule) jpRule {
	return func(y int) (time.Month, int, bool) {
		for _, r := range rules {
			if m, d, ok := r(y); ok {
				return m, d, true
			}
		}
		return 0, 0, false
	}
}

// jpEquinoxAnnounced are the equinox days the National Astronomical
// Observatory of Japan published in the official gazette (官報, 暦要項,
// https://eco.mtk.nao.ac.jp/koyomi/yoko/) each February for the next year:
// [vernal March day, autumnal September day]. Published up to 2027.
var jpEquinoxAnnounced = map[int][2]int{
	2020: {20, 22}, 2021: {20, 23}, 2022: {21, 23}, 2023: {21, 23},
	2024: {20, 22}, 2025: {20, 23}, 2026: {20, 23}, 2027: {21, 23},
}

// jpEquinox returns the day of the vernal (March) or autumnal (September)
// equinox: the announced day where published, otherwise the standard
// approximation used for the calendar tables (valid 1900–2150; later years
// keep the 2100–2150 constants, an extrapolation).
func jpEquinox(y int, autumn bool) int {
	if a, ok := jpEquinoxAnnounced[y]; ok {
		if autumn {
			return a[1]
		}
		return a[0]
	}
	var c float64
	switch {
	case y < 1980:
		c = 20.8357
		if autumn {
			c = 23.2588
		}
	case y < 2100:
		c = 20.8431
		if autumn {
			c = 23.2488
		}
	default:
		c = 21.8510
		if autumn {
			c = 24.2488
		}
	}
	return int(math.Floor(c + 0.242194*float64(y-1980) - math.Floor(float64(y-1980)/4)))
}

// jpHoliday is one national holiday of Article 2 (or a day an Act treats as
// one).
type jpHoliday struct {
	name string
	rule jpRule
}

// jpShukujitsu are the national holidays. Each line cites the Article 2
// entry or the Act that made it; years are those of the Act and its
// amendments (Cabinet Office, https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html).
var jpShukujitsu = []jpHoliday{
	// The Act came into force on 20 July 1948: its first holidays were
	// the autumnal equinox, Culture Day and Labour Thanksgiving Day of 1948.
	{"New Year's Day (元日)", jpOn(time.January, 1, 1949, 0)},
	// 15 January until 1999; second Monday of January from 2000 (Act No.
	// 141 of 1998).
	{"Coming of Age Day (成人の日)", jpEither(jpOn(time.January, 15, 1949, 1999), jpMonday(time.January, 2, 2000, 0))},
	// From 1967 (Act No. 86 of 1966; date set by Cabinet Order No. 376 of 1966).
	{"National Foundation Day (建国記念の日)", jpOn(time.February, 11, 1967, 0)},
	// 29 April until 1988, 23 December 1989–2018, 23 February from 2020
	// (Act No. 5 of 1989; Act No. 63 of 2017 for the abdication). No
	// Emperor's Birthday in 2019.
	{"Emperor's Birthday (天皇誕生日)", jpEither(jpOn(time.April, 29, 1949, 1988), jpOn(time.December, 23, 1989, 2018), jpOn(time.February, 23, 2020, 0))},
	{"Vernal Equinox Day (春分の日)", func(y int) (time.Month, int, bool) { return time.March, jpEquinox(y, false), y >= 1949 }},
	// Greenery Day on 29 April 1989–2006, on 4 May from 2007; 29 April
	// is Shōwa Day from 2007 (Act No. 43 of 2005).
	{"Greenery Day (みどりの日)", jpEither(jpOn(time.April, 29, 1989, 2006), jpOn(time.May, 4, 2007, 0))},
	{"Shōwa Day (昭和の日)", jpOn(time.April, 29, 2007, 0)},
	{"Constitution Memorial Day (憲法記念日)", jpOn(time.May, 3, 1949, 0)},
	{"Children's Day (こどもの日)", jpOn(time.May, 5, 1949, 0)},
	// 20 July 1996–2002 (Act No. 22 of 1995), third Monday of July from
	// 2003 (Act No. 59 of 2001); 23 July 2020 and 22 July 2021 by Article
	// 32 of the Act on Special Measures for the Tokyo 2020 Games (Act No.
	// 33 of 2015, as amended by Act No. 68 of 2020).
	{"Marine Day (海の日)", jpEither(jpOn(time.July, 23, 2020, 2020), jpOn(time.July, 22, 2021, 2021), jpOn(time.July, 20, 1996, 2002), jpMonday(time.July, 3, 2003, 0))},
	// 11 August from 2016 (Act No. 43 of 2014); 10 August 2020 and
	// 8 August 2021 by the Tokyo 2020 special measures.
	{"Mountain Day (山の日)", jpEither(jpOn(time.August, 10, 2020, 2020), jpOn(time.August, 8, 2021, 2021), jpOn(time.August, 11, 2016, 0))},
	// 15 September 1966–2002 (Act No. 86 of 1966), third Monday of
	// September from 2003 (Act No. 59 of 2001).
	{"Respect for the Aged Day (敬老の日)", jpEither(jpOn(time.September, 15, 1966, 2002), jpMonday(time.September, 3, 2003, 0))},
	{"Autumnal Equinox Day (秋分の日)", func(y int) (time.Month, int, bool) { return time.September, jpEquinox(y, true), y >= 1948 }},
	// Health and Sports Day (体育の日) on 10 October 1966–1999, second
	// Monday of October 2000–2019; Sports Day from 2020 (Act No. 57 of
	// 2018), on 24 July 2020 and 23 July 2021 by the Tokyo 2020 special
	// measures.
	{"Sports Day (スポーツの日)", jpEither(jpOn(time.July, 24, 2020, 2020), jpOn(time.July, 23, 2021, 2021), jpOn(time.October, 10, 1966, 1999), jpMonday(time.October, 2, 2000, 0))},
	{"Culture Day (文化の日)", jpOn(time.November, 3, 1948, 0)},
	{"Labour Thanksgiving Day (勤労感謝の日)", jpOn(time.November, 23, 1948, 0)},
	// Days off made by their own Acts for imperial ceremonies.
	{"Wedding of Crown Prince Akihito (皇太子明仁親王の結婚の儀)", jpOn(time.April, 10, 1959, 1959)},
	{"Funeral of Emperor Shōwa (昭和天皇の大喪の礼)", jpOn(time.February, 24, 1989, 1989)},
	{"Enthronement Ceremony (即位礼正殿の儀)", jpOn(time.November, 12, 1990, 1990)},
	{"Wedding of Crown Prince Naruhito (皇太子徳仁親王の結婚の儀)", jpOn(time.June, 9, 1993, 1993)},
	// Act No. 99 of 2018: 1 May 2019 (enthronement) and 22 October 2019
	// (enthronement ceremony) are days off treated as national holidays,
	// which makes 30 April and 2 May 2019 citizens' holidays (below).
	{"Enthronement Day (天皇の即位の日)", jpOn(time.May, 1, 2019, 2019)},
	{"Enthronement Ceremony (即位礼正殿の儀)", jpOn(time.October, 22, 2019, 2019)},
}

// jpIsShukujitsu reports whether civil date d (see jpCivil) is a national
// holiday.
func jpIsShukujitsu(d time.Time) bool {
	for _, h := range jpShukujitsu {
		if m, day, ok := h.rule(d.Year()); ok && m == d.Month() && day == d.Day() {
			return true
		}
	}
	return false
}

// jpDate is the holiday time rickar/cal expects: midnight in cal.DefaultLoc.
func jpDate(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, cal.DefaultLoc)
}

// jpCivil is a civil date for date arithmetic: midnight UTC, which always
// exists, so its weekday does not depend on the machine's zone.
func jpCivil(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// jpSubstituteStart is the day the substitute holiday began (Act No. 10
// of 1973, in force 12 April 1973).
var jpSubstituteStart = jpCivil(1973, time.April, 12)

// jpSubstitute is the substitute holiday of Article 3(2) for national
// holiday h: when h falls on a Sunday, the next day (1973–2006), or the
// nearest following day that is not a national holiday (from 2007, Act
// No. 43 of 2005), is a day off.
func jpSubstitute(h jpHoliday) *cal.Holiday {
	return &cal.Holiday{
		Name: "Substitute Holiday (振替休日) for " + h.name,
		Type: cal.ObservancePublic,
		Func: func(_ *cal.Holiday, y int) time.Time {
			m, d, ok := h.rule(y)
			if !ok {
				return time.Time{}
			}
			day := jpCivil(y, m, d)
			if day.Weekday() != time.Sunday || day.Before(jpSubstituteStart) {
				return time.Time{}
			}
			next := day.AddDate(0, 0, 1)
			for y >= 2007 && jpIsShukujitsu(next) {
				next = next.AddDate(0, 0, 1)
			}
			return jpDate(next.Date())
		},
	}
}

// jpCitizens is the citizens' holiday of Article 3(3) (Act No. 103 of
// 1985, from 1986): a day whose day before and day after are national
// holidays, itself not one, is a day off. Such a day can only fall on
// 30 April or 2 May (2019), 4 May (1986–2006) or between Respect for the
// Aged Day and the autumnal equinox (from 2003); the rule is checked on
// those days rather than taken from a table.
func jpCitizens(m time.Month, from, to int) *cal.Holiday {
	return &cal.Holiday{
		Name: "Citizens' Holiday (国民の休日)",
		Type: cal.ObservancePublic,
		Func: func(_ *cal.Holiday, y int) time.Time {
			if y < 1986 {
				return time.Time{}
			}
			for d := from; d <= to; d++ {
				day := jpCivil(y, m, d)
				if day.Weekday() != time.Sunday && !jpIsShukujitsu(day) &&
					jpIsShukujitsu(day.AddDate(0, 0, -1)) && jpIsShukujitsu(day.AddDate(0, 0, 1)) {
					return jpDate(y, m, d)
				}
			}
			return time.Time{}
		},
	}
}

// jpHolidays builds the set: each national holiday, its substitute day and
// the citizens' holidays.
func jpHolidays() []*cal.Holiday {
	var out []*cal.Holiday
	for _, h := range jpShukujitsu {
		out = append(out, &cal.Holiday{
			Name: h.name,
			Type: cal.ObservancePublic,
			Func: func(_ *cal.Holiday, y int) time.Time {
				m, d, ok := h.rule(y)
				if !ok {
					return time.Time{}
				}
				return jpDate(y, m, d)
			},
		})
		out = append(out, jpSubstitute(h))
	}
	return append(out,
		jpCitizens(time.April, 30, 30),
		jpCitizens(time.May, 2, 4),
		jpCitizens(time.September, 16, 24),
	)
}

// jpRegions are the presets of Japan.
var jpRegions = []Region{
	{Code: "JP", Name: "Japan", Zone: "Asia/Tokyo", Holidays: jpHolidays()},
}
