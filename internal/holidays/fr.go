package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calfr "github.com/rickar/cal/v2/fr"
)

// France (metropolitan France outside Alsace-Moselle). The public holidays
// (fêtes légales) are the list of Code du travail art. L3133-1,
// https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006902611.
// Holidays stay on their date (no substitute days). Sources and notes:
// sources/fr.md.
//
// Good Friday and 26 December are holidays only in the departments of
// Bas-Rhin, Haut-Rhin and Moselle (Code du travail art. L3134-13); they are
// not in FR. The overseas departments' abolition-of-slavery days
// (art. L3422-2) are not in FR either.
var (
	frNewYear      = named(calfr.NouvelAn, "New Year's Day (Jour de l'an)")
	frEasterMonday = named(calfr.LundiDePâques, "Easter Monday (Lundi de Pâques)")
	frAscension    = named(calfr.Ascension, "Ascension Day (Ascension)")
	// Whit Monday stays a public holiday in L3133-1. From 2005 to 2007 it
	// was by default the "journée de solidarité", an unpaid working day,
	// unless an agreement chose another day (loi n° 2004-626 du 30 juin
	// 2004); since loi n° 2008-351 du 16 avril 2008 the employer or an
	// agreement chooses the day. The preset keeps it closed in every year.
	frWhitMonday    = named(calfr.LundiDePentecôte, "Whit Monday (Lundi de Pentecôte)")
	frBastilleDay   = named(calfr.FêteNationale, "Bastille Day (Fête nationale)")
	frAssumptionDay = named(calfr.Assomption, "Assumption Day (Assomption)")
	frAllSaintsDay  = named(calfr.Toussaint, "All Saints' Day (Toussaint)")
	frChristmas     = named(calfr.Noël, "Christmas Day (Noël)")

	// Labour Day, 1 May: a public holiday from 1947, loi n° 47-778 du 30
	// avril 1947. Upstream applies it to every year. (The 1941–1944 "fête
	// du Travail et de la Concorde sociale" is not modelled.)
	frLabourDay = during(named(calfr.FêteDuTravail, "Labour Day (Fête du Travail)"), 1947, 0)

	// Armistice Day, 11 November: a public holiday from 1922, loi du 24
	// octobre 1922. Upstream applies it to every year.
	frArmisticeDay = during(named(calfr.Armistice1918, "Armistice Day (Armistice 1918)"), 1922, 0)

	// Victory in Europe Day, 8 May: a public holiday 1953–1958 (loi n°
	// 53-225 du 20 mars 1953; décret n° 59-533 du 11 avril 1959 moved the
	// commemoration to a Sunday), in 1965 once (20th anniversary) and from
	// 1982 (loi n° 81-893 du 2 octobre 1981). Upstream applies it to every
	// year.
	frVictoryDay1953 = during(named(calfr.FêteDeLaVictoire, "Victory in Europe Day (Victoire 1945)"), 1953, 1958)
	frVictoryDay1965 = oneOff("Victory in Europe Day (Victoire 1945)", 1965, time.May, 8)
	frVictoryDay     = during(named(calfr.FêteDeLaVictoire, "Victory in Europe Day (Victoire 1945)"), 1982, 0)
)

// frRegions are the presets of France.
var frRegions = []Region{
	{Code: "FR", Name: "France", Zone: "Europe/Paris", Holidays: []*cal.Holiday{
		frNewYear, frEasterMonday, frLabourDay, frVictoryDay1953, frVictoryDay1965, frVictoryDay,
		frAscension, frWhitMonday, frBastilleDay, frAssumptionDay, frAllSaintsDay,
		frArmisticeDay, frChristmas,
	}},
}
