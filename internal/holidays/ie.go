package holidays

import (
	"github.com/rickar/cal/v2"
	calie "github.com/rickar/cal/v2/ie"
)

// Irish public holidays. Source (read 2026-11-28; see sources/ie.md):
// Organisation of Working Time Act 1997 (No. 20 of 1997), schedule 2,
// https://www.irishstatutebook.ie/eli/1997/act/20/schedule/2/enacted/en/html,
// with the regulations made under it. The Act has no substitute days: for a
// public holiday on a day an employee does not work (a Saturday or Sunday)
// s. 21 gives that employee a paid day off within a month, an extra day of
// annual leave or an extra day's pay, at the employer's choice, so no
// weekday closes in its place.
var ieHolidays = []*cal.Holiday{
	ieNewYear,
	ieStBrigid,
	ieCovidRemembrance2022,
	ieStPatrick,
	calie.EasterMonday,
	ieMayDay, ieWhitMonday, ieJuneHoliday, ieAugustHoliday, ieOctoberHoliday,
	calie.ChristmasDay,
	calie.SaintStephenDay,
}

// ieRegions are the presets of Ireland.
var ieRegions = []Region{
	{Code: "IE", Name: "Ireland", Zone: "Europe/Dublin", Holidays: ieHolidays},
}

var (
	// New Year's Day: a public holiday from 1974 (Holidays (Employees)
	// Act 1973 (No. 25 of 1973), schedule), now sch. 2 para 1(f) of the
	// 1997 Act. Upstream applies it to every year.
	ieNewYear = during(calie.NewYear, 1974, 0)

	// First Monday in May: appointed from 1994 by S.I. No. 91/1993,
	// https://www.irishstatutebook.ie/eli/1993/si/91/made/en/print; now
	// sch. 2 para 1(d). Upstream applies it to every year.
	ieMayDay = during(named(calie.FirstMondayMay, "May Bank Holiday (first Monday in May)"), 1994, 0)

	// First Monday in June: replaced Whit Monday under the Holidays
	// (Employees) Act 1973, from 1973; now sch. 2 para 1(d). Upstream
	// applies it to every year and has no Whit Monday.
	ieJuneHoliday = during(named(calie.FirstMondayJune, "June Bank Holiday (first Monday in June)"), 1973, 0)
	ieWhitMonday  = during(easter("Whit Monday", 50), 0, 1972)

	// Last Monday in October: a public holiday from 1977 (regulations
	// under the 1973 Act); now sch. 2 para 1(e). Upstream applies it to
	// every year.
	ieOctoberHoliday = during(named(calie.LastMondayInOctober, "October Bank Holiday (last Monday in October)"), 1977, 0)

	// St Brigid's Day: the first Monday in February, or 1 February when
	// that is a Friday, from 2023 (regulations of 2022 under sch. 2 para
	// 1(g)). Upstream's rule is right; renamed.
	ieStBrigid = named(calie.SaintBrigidDay, "St Brigid's Day (Lá Fhéile Bríde)")

	// St Patrick's Day, 17 March: a bank holiday in Ireland from 1903
	// (Bank Holiday (Ireland) Act 1903), sch. 2 para 1(c). Upstream
	// applies it to every year.
	ieStPatrick = during(named(calie.SaintPatrickDay, "St Patrick's Day (Lá Fhéile Pádraig)"), 1903, 0)

	// First Monday in August, sch. 2 para 1(d); renamed.
	ieAugustHoliday = named(calie.FirstMondayAugust, "August Bank Holiday (first Monday in August)")

	// 18 March 2022: a once-off public holiday in remembrance of those who
	// died of COVID-19 and in recognition of the frontline workers,
	// prescribed in 2022 under sch. 2 para 1(g) together with St Brigid's
	// Day.
	ieCovidRemembrance2022 = named(calie.ExtraPublicHoliday2022, "Public Holiday of Remembrance and Recognition")
)
