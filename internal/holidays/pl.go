package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calpl "github.com/rickar/cal/v2/pl"
)

// Poland: Act of 18 January 1951 on days off work (ustawa z dnia
// 18 stycznia 1951 r. o dniach wolnych od pracy), consolidated text Dz.U.
// 2020 poz. 1920 with later amendments, https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19510040028
// Art. 1 lists the days off; there are no substitute days. Sources and the
// years checked: sources/pl.md.

var (
	// plEpiphany is Epiphany, 6 January: a day off in the Act of 1951 until
	// its amendment of 19 November 1960 (Dz.U. 1960 nr 51 poz. 297) removed
	// it, and again from 2011 (Act of 24 September 2010, Dz.U. 2010 nr 224
	// poz. 1459, in force 1 January 2011). Upstream closes it every year.
	plEpiphanyTo1960   = during(named(calpl.ThreeKings, "Epiphany (Święto Trzech Króli)"), 0, 1960)
	plEpiphanyFrom2011 = during(named(calpl.ThreeKings, "Epiphany (Święto Trzech Króli)"), 2011, 0)

	// plConstitutionDay is 3 May: restored as a day off by the Act of
	// 6 April 1990 (Dz.U. 1990 nr 28 poz. 160); not a day off under the
	// Act of 1951 before. Upstream closes it every year.
	plConstitutionDay = during(named(calpl.ConstitutionDay, "Constitution Day (Święto Narodowe Trzeciego Maja)"), 1990, 0)

	// plRebirthDay is 22 July, National Day of the Rebirth of Poland, a day
	// off in the Act of 1951 until the Act of 6 April 1990 removed it.
	// Upstream lacks it.
	plRebirthDay = during(fixed("National Day of the Rebirth of Poland (Narodowe Święto Odrodzenia Polski)", time.July, 22), 1951, 1989)

	// plAssumption is 15 August: removed by the 1960 amendment and restored
	// by the Act of 17 May 1989 on the relation of the State to the Catholic
	// Church (Dz.U. 1989 nr 29 poz. 154). Upstream closes it every year.
	plAssumptionTo1960   = during(named(calpl.AssumptionBlessedVirginMary, "Assumption of Mary (Wniebowzięcie Najświętszej Maryi Panny)"), 0, 1960)
	plAssumptionFrom1989 = during(named(calpl.AssumptionBlessedVirginMary, "Assumption of Mary (Wniebowzięcie Najświętszej Maryi Panny)"), 1989, 0)

	// plIndependenceDay is 11 November: a day off by the Act of 23 April 1937
	// (Dz.U. 1937 nr 33 poz. 255) until its repeal of 22 July 1945, and again
	// from 1989 (Act of 15 February 1989, Dz.U. 1989 nr 6 poz. 34). Upstream
	// closes it every year.
	plIndependenceDay1937 = during(named(calpl.NationalIndependenceDay, "National Independence Day (Narodowe Święto Niepodległości)"), 1937, 1944)
	plIndependenceDay     = during(named(calpl.NationalIndependenceDay, "National Independence Day (Narodowe Święto Niepodległości)"), 1989, 0)

	// plChristmasEve is 24 December, a day off from 2025: Act of 6 December
	// 2024 amending the Act on days off work (Dz.U. 2024 poz. 1965, in force
	// 1 February 2025), https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001965
	// Upstream lacks it.
	plChristmasEve = during(fixed("Christmas Eve (Wigilia Bożego Narodzenia)", time.December, 24), 2025, 0)
)

// plRegions are the presets of Poland.
var plRegions = []Region{
	{Code: "PL", Name: "Poland", Zone: "Europe/Warsaw", Holidays: []*cal.Holiday{
		named(calpl.NewYear, "New Year's Day (Nowy Rok)"),
		plEpiphanyTo1960,
		plEpiphanyFrom2011,
		// Art. 1 lit. c and g list Easter Sunday and Pentecost Sunday; both are
		// Sundays, listed for completeness. Upstream lacks them.
		easter("Easter Sunday (pierwszy dzień Wielkiej Nocy)", 0),
		named(calpl.EasterMonday, "Easter Monday (drugi dzień Wielkiej Nocy)"),
		named(calpl.LabourDay, "Labour Day (Święto Państwowe)"),
		plConstitutionDay,
		easter("Pentecost Sunday (pierwszy dzień Zielonych Świątek)", 49),
		named(calpl.CorpusChristi, "Corpus Christi (dzień Bożego Ciała)"),
		plRebirthDay,
		plAssumptionTo1960,
		plAssumptionFrom1989,
		named(calpl.AllSaints, "All Saints' Day (Wszystkich Świętych)"),
		plIndependenceDay1937,
		plIndependenceDay,
		plChristmasEve,
		named(calpl.ChristmasDayOne, "Christmas Day (pierwszy dzień Bożego Narodzenia)"),
		named(calpl.ChristmasDayTwo, "Second Day of Christmas (drugi dzień Bożego Narodzenia)"),
		// The Act of 2018 establishing the National Holiday of the Centenary of
		// Regaining Independence (signed 7 November 2018): 12 November 2018 is
		// a day off; http://powiat.hajnowka.pl/aktualnosci/print/to-juz-pewne-12-listopada-2018-dniem-wolnym-od-pracy
		// Upstream lacks it.
		oneOff("Centenary of Regaining Independence (Święto Narodowe z okazji 100. rocznicy odzyskania niepodległości)", 2018, time.November, 12),
	}},
}
