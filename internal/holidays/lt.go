package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	callt "github.com/rickar/cal/v2/lt"
)

// Lithuania: Labour Code (Lietuvos Respublikos darbo kodeksas), Article 123
// "Holidays" (Article 162 of the Labour Code of 2002 until 30 June 2017),
// https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/f6d686707e7011e6b969d7ae07280e89
// lists the days on which there is usually no work. A holiday on a weekend
// is not moved. Sources and the years checked: sources/lt.md.

var (
	// ltMidsummer is Rasos and St. John's Day, 24 June, a holiday again from
	// 2003 (amendment of the Labour Code of 2002). Upstream closes it every
	// year.
	ltMidsummer = during(named(callt.SaintJohnsEve, "St. John's Day (Rasos ir Joninių diena)"), 2003, 0)

	// ltStatehoodDay is Statehood Day, 6 July, a holiday since 1991.
	// Upstream closes it every year.
	ltStatehoodDay = during(named(callt.StatehoodDay, "Statehood Day (Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) ir Tautiškos giesmės diena)"), 1991, 0)

	// ltAllSoulsDay is All Souls' Day, 2 November, a holiday from 2020:
	// amendment of Article 123 adopted by the Seimas in 2019, in force
	// 1 January 2020. Upstream closes it every year.
	ltAllSoulsDay = during(named(callt.AllSoulsDay, "All Souls' Day (Mirusiųjų atminimo (Vėlinių) diena)"), 2020, 0)

	// ltChristmasEve is Christmas Eve, 24 December: added to the Labour Code
	// by the amendment of December 2010 (in force 2011); 24 December 2010 was
	// made a day off by the same compromise. Upstream closes it every year.
	ltChristmasEve = during(named(callt.ChristmasEve, "Christmas Eve (Kūčios)"), 2010, 0)
)

// ltRegions are the presets of Lithuania.
var ltRegions = []Region{
	{Code: "LT", Name: "Lithuania", Zone: "Europe/Vilnius", Holidays: []*cal.Holiday{
		named(callt.NewYear, "New Year's Day (Naujųjų metų diena)"),
		named(callt.StateRestorationDay, "Day of Restoration of the State of Lithuania (Lietuvos valstybės atkūrimo diena)"),
		named(callt.IndependenceDay, "Day of Restoration of Independence (Lietuvos nepriklausomybės atkūrimo diena)"),
		// Article 123(1)(4), (6) and (7): Easter Sunday, Mother's Day (first
		// Sunday of May) and Father's Day (first Sunday of June) are holidays;
		// all are Sundays, listed for completeness. Upstream lacks them.
		easter("Easter Sunday (Velykos)", 0),
		named(callt.EasterMonday, "Easter Monday (Antroji Velykų diena)"),
		named(callt.LabourDay, "International Labour Day (Tarptautinė darbo diena)"),
		weekdayN("Mother's Day (Motinos diena)", time.May, time.Sunday, 1),
		weekdayN("Father's Day (Tėvo diena)", time.June, time.Sunday, 1),
		ltMidsummer,
		ltStatehoodDay,
		named(callt.AssumptionDay, "Assumption Day (Žolinė)"),
		named(callt.AllSaintsDay, "All Saints' Day (Visų šventųjų diena)"),
		ltAllSoulsDay,
		ltChristmasEve,
		named(callt.ChristmasDayOne, "Christmas Day (Kalėdos)"),
		named(callt.ChristmasDayTwo, "Second Day of Christmas (Kalėdos, antra diena)"),
	}},
}
