package holidays

import (
	"github.com/rickar/cal/v2"
	calcz "github.com/rickar/cal/v2/cz"
)

// Czechia: Act No. 245/2000 Coll. on state holidays, other holidays,
// significant days and days of rest (zákon č. 245/2000 Sb., o státních
// svátcích, o ostatních svátcích, o významných dnech a o dnech pracovního
// klidu), in force 9 August 2000,
// https://www.epravo.cz/top/zakony/sbirka-zakonu/zakon-ze-dne-29-cervna-2000-o-statnich-svatcich-o-ostatnich-svatcich-o-vyznamnych-dnech-a-o-dnech-pracovniho-klidu-1394.html
// § 1 lists the state holidays, § 2 the other holidays; § 3 makes both days
// of rest. No substitute days. Sources and the years checked: sources/cz.md.

var (
	// czGoodFriday is Good Friday, an "other holiday" from 2016: added to § 2
	// by Act No. 359/2015 Sb. (in force 1 January 2016). Upstream closes it
	// every year.
	czGoodFriday = during(named(calcz.GoodFriday, "Good Friday (Velký pátek)"), 2016, 0)

	// czStatehoodDay is Czech Statehood Day, 28 September, and czFreedomDay
	// Struggle for Freedom and Democracy Day, 17 November: state holidays
	// first made by Act No. 245/2000 Sb. itself, so from 2000. Upstream
	// closes them every year.
	czStatehoodDay = during(named(calcz.SaintWenceslasDay, "Czech Statehood Day (Den české státnosti)"), 2000, 0)
	czFreedomDay   = during(named(calcz.FreedomDay, "Struggle for Freedom and Democracy Day (Den boje za svobodu a demokracii)"), 2000, 0)
)

// czRegions are the presets of Czechia.
var czRegions = []Region{
	{Code: "CZ", Name: "Czechia", Zone: "Europe/Prague", Holidays: []*cal.Holiday{
		named(calcz.NewYear, "Restoration Day of the Independent Czech State; New Year's Day (Den obnovy samostatného českého státu; Nový rok)"),
		czGoodFriday,
		named(calcz.EasterMonday, "Easter Monday (Velikonoční pondělí)"),
		named(calcz.LabourDay, "Labour Day (Svátek práce)"),
		named(calcz.LiberationDay, "Victory Day (Den vítězství)"),
		named(calcz.SaintsCyrilMethodius, "Saints Cyril and Methodius Day (Den slovanských věrozvěstů Cyrila a Metoděje)"),
		named(calcz.JanHusDay, "Jan Hus Day (Den upálení mistra Jana Husa)"),
		czStatehoodDay,
		named(calcz.IndependenceDay, "Independent Czechoslovak State Day (Den vzniku samostatného československého státu)"),
		czFreedomDay,
		named(calcz.ChristmasEve, "Christmas Eve (Štědrý den)"),
		named(calcz.ChristmasDay, "Christmas Day (1. svátek vánoční)"),
		named(calcz.SaintStephensDay, "St. Stephen's Day (2. svátek vánoční)"),
	}},
}
