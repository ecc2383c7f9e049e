package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	callv "github.com/rickar/cal/v2/lv"
)

// Latvia: Law on Public Holidays, Remembrance Days and Celebration Days
// (likums "Par svētku, atceres un atzīmējamām dienām"), Section 1,
// https://likumi.lv/ta/id/72608 . Section 1 lists the public holidays; if
// 4 May, 18 November or the closing day of the General Latvian Song and
// Dance Festival falls on a Saturday or Sunday, the next working day is a
// day off. Sources and the years checked: sources/lv.md.

var (
	// lvRestorationDay is Restoration of Independence Day, 4 May: a holiday
	// from 2002 (amendment of 21 March 2002), with the next working day off
	// when it falls on a weekend from 2007 (amendment of 24 May 2007, in
	// force 26 June 2007). Upstream closes it, with the substitute, every
	// year.
	lvRestorationDay2002 = during(&cal.Holiday{
		Name: "Restoration of Independence Day (Latvijas Republikas Neatkarības atjaunošanas diena)", Type: cal.ObservancePublic,
		Month: time.May, Day: 4, Func: cal.CalcDayOfMonth,
	}, 2002, 2006)
	lvRestorationDay = during(named(callv.StateRestorationDay, "Restoration of Independence Day (Latvijas Republikas Neatkarības atjaunošanas diena)"), 2007, 0)

	// lvProclamationDay is Proclamation Day, 18 November; the next working
	// day is off when it falls on a weekend from 2007 (amendment of 24 May
	// 2007). Upstream applies the substitute in every year.
	lvProclamationDayTo2006 = during(&cal.Holiday{
		Name: "Proclamation Day of the Republic of Latvia (Latvijas Republikas proklamēšanas diena)", Type: cal.ObservancePublic,
		Month: time.November, Day: 18, Func: cal.CalcDayOfMonth,
	}, 0, 2006)
	lvProclamationDay = during(named(callv.StateProclamationDay, "Proclamation Day of the Republic of Latvia (Latvijas Republikas proklamēšanas diena)"), 2007, 0)

	// lvChristmasEve is Christmas Eve, 24 December, a holiday from 2007
	// (amendment of 24 May 2007). Upstream closes it every year.
	lvChristmasEve = during(named(callv.ChristmasEve, "Christmas Eve (Ziemassvētku vakars)"), 2007, 0)
)

// lvSongFestivalClosing is the closing day of the General Latvian Song and
// Dance Festival in the given year, a public holiday since the amendment of
// 2 October 2014 (in force 22 October 2014), with the next working day off
// when it falls on a weekend. The festival's dates are set for each
// festival (every five years); the closing days so far were Sunday
// 8 July 2018 and Sunday 9 July 2023. Upstream lacks them.
func lvSongFestivalClosing(year int, month time.Month, day int) *cal.Holiday {
	h := oneOff("Song and Dance Festival closing day (Vispārējo latviešu Dziesmu un deju svētku noslēguma diena)", year, month, day)
	h.Observed = weekendToMonday
	return h
}

// lvRegions are the presets of Latvia.
var lvRegions = []Region{
	{Code: "LV", Name: "Latvia", Zone: "Europe/Riga", Holidays: []*cal.Holiday{
		named(callv.NewYear, "New Year's Day (Jaungada diena)"),
		named(callv.GoodFriday, "Good Friday (Lielā Piektdiena)"),
		named(callv.Easter, "Easter Sunday (Pirmās Lieldienas)"),
		named(callv.EasterMonday, "Easter Monday (Otrās Lieldienas)"),
		named(callv.LabourDay, "Labour Day, Convocation of the Constituent Assembly (Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena)"),
		lvRestorationDay2002,
		lvRestorationDay,
		// Section 1 also lists Mother's Day (second Sunday of May) and
		// Pentecost; both are Sundays, listed for completeness. Upstream
		// lacks them.
		weekdayN("Mother's Day (Mātes diena)", time.May, time.Sunday, 2),
		easter("Pentecost (Vasarsvētki)", 49),
		named(callv.MidsummerEve, "Midsummer Eve (Līgo diena)"),
		named(callv.MidsummeDay, "Midsummer Day (Jāņu diena)"),
		lvProclamationDayTo2006,
		lvProclamationDay,
		lvChristmasEve,
		named(callv.ChristmasDay, "Christmas Day (Pirmie Ziemassvētki)"),
		named(callv.ChristmasDay2, "Second Day of Christmas (Otrie Ziemassvētki)"),
		named(callv.NewYearEve, "New Year's Eve (Vecgada diena)"),
		lvSongFestivalClosing(2018, time.July, 8),
		lvSongFestivalClosing(2023, time.July, 9),
		// Amendment adopted on 21 June 2018: 24 September 2018, the day of
		// Pope Francis' visit, is a public holiday;
		// http://saeima.lv/en/news/saeima-news/27048-saeima-deems-24-september-day-of-pope-francis-visit-a-holiday
		// Upstream lacks it.
		oneOff("Pope Francis' visit (Romas pāvesta Franciska vizītes diena)", 2018, time.September, 24),
		// Amendment adopted on 28 May 2023: 29 May 2023, the day of the
		// national ice hockey team's bronze medal at the 2023 World
		// Championship, is a public holiday;
		// https://vs.lv/raksts/sabiedriba/2023/05/29/oficiali-pirmdiena-ir-svetku-diena-latvija/amp
		// Upstream lacks it.
		oneOff("Ice hockey World Championship bronze medal day (Latvijas hokeja komandas bronzas medaļas ieguves diena)", 2023, time.May, 29),
	}},
}
