package holidays

import (
	"github.com/rickar/cal/v2"
	calat "github.com/rickar/cal/v2/at"
)

// atNationalDay is 26 October. The Nationalfeiertagsgesetz of 1965 named
// the day, but it became a public holiday with rest from work only when
// BGBl. Nr. 264/1967 added it to § 1 para. 1 of the Feiertagsruhegesetz
// 1957, in force 1967-07-26.
// https://www.ris.bka.gv.at/Dokumente/BgblPdf/1967_264_0/1967_264_0.html
// Correction: upstream's at.Nationalfeiertag applies to every year.
var atNationalDay = during(named(calat.Nationalfeiertag, "National Day (Nationalfeiertag)"), 1967, 0)

// atHolidays are Austria's public holidays: Feiertagsruhegesetz 1957
// (BGBl. Nr. 153/1957) § 1 para. 1, as amended by BGBl. Nr. 264/1967.
// https://www.ris.bka.gv.at/Dokumente/Bundesnormen/NOR12094414/NOR12094414.html (the 1967 text)
// Easter Sunday and Whit Sunday, also listed, are Sundays. Not closures:
// Good Friday (a holiday only for members of the Protestant, Old Catholic
// and Methodist churches under § 1 para. 2 and Arbeitsruhegesetz § 7
// para. 3 until both were repealed by BGBl. I Nr. 22/2019; nobody has it
// since 2019), 24 and 31 December (days off by many collective
// agreements, not public holidays), and each state's patron saint's day
// (school and office closures, no rest from work under the Act).
var atHolidays = []*cal.Holiday{
	named(calat.Neujahr, "New Year's Day (Neujahr)"),
	named(calat.HeiligeDreiKoenige, "Epiphany (Heilige Drei Könige)"),
	named(calat.Ostermontag, "Easter Monday (Ostermontag)"),
	named(calat.TagderArbeit, "Labour Day (Staatsfeiertag)"),
	named(calat.ChristiHimmelfahrt, "Ascension Day (Christi Himmelfahrt)"),
	named(calat.Pfingstmontag, "Whit Monday (Pfingstmontag)"),
	named(calat.Fronleichnam, "Corpus Christi (Fronleichnam)"),
	named(calat.MariaHimmelfahrt, "Assumption Day (Mariä Himmelfahrt)"),
	atNationalDay,
	named(calat.Allerheiligen, "All Saints' Day (Allerheiligen)"),
	named(calat.MariaEmpfaengnis, "Immaculate Conception (Mariä Empfängnis)"),
	named(calat.Christtag, "Christmas Day (Christtag)"),
	named(calat.Stefanitag, "Saint Stephen's Day (Stefanitag)"),
}

// atRegions are the presets of Austria.
var atRegions = []Region{
	{Code: "AT", Name: "Austria", Zone: "Europe/Vienna", Holidays: atHolidays},
}
