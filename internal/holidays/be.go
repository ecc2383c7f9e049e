package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calbe "github.com/rickar/cal/v2/be"
)

// Belgium: the ten public holidays of the Act of 4 January 1974 on public
// holidays (loi relative aux jours fériés / wet betreffende de feestdagen)
// and Article 1 of the Royal Decree of 18 April 1974 implementing it, as
// listed by the FPS Employment (https://employment.belgium.be/en/regulation-public-holidays)
// and belgium.be (https://www.belgium.be/fr/emploi/conges_et_interruption_de_carriere/jours_feries),
// read 2026-11-28. Upstream's ten days are right; they are renamed. See
// sources/be.md.

// beRegions are the presets of Belgium.
var beRegions = []Region{
	{Code: "BE", Name: "Belgium", Zone: "Europe/Brussels", Holidays: []*cal.Holiday{
		named(calbe.Nieuwjaar, "New Year's Day (Nouvel An / Nieuwjaar)"),
		named(calbe.Paasmaandag, "Easter Monday (Lundi de Pâques / Paasmaandag)"),
		named(calbe.DagVanDeArbeid, "Labour Day (Fête du Travail / Dag van de Arbeid)"),
		named(calbe.OnzeLieveHeerHemelvaart, "Ascension Day (Ascension / Onze-Lieve-Heer-Hemelvaart)"),
		// Royal Decree of 3 June 2007: in 2008 Ascension Day fell on 1 May,
		// so Friday 2 May 2008 was the tenth public holiday in its place
		// (a Royal Decree of 2008 let sectors and firms move it to another
		// day). Upstream lacks it.
		oneOff("Public holiday in place of Ascension Day (2 mai / 2 mei)", 2008, time.May, 2),
		named(calbe.Pinkstermaandag, "Whit Monday (Lundi de Pentecôte / Pinkstermaandag)"),
		named(calbe.NationaleFeestdag, "National Day (Fête nationale / Nationale feestdag)"),
		named(calbe.OnzeLieveVrouwHemelvaart, "Assumption Day (Assomption / Onze-Lieve-Vrouw-Hemelvaart)"),
		named(calbe.Allerheiligen, "All Saints' Day (Toussaint / Allerheiligen)"),
		named(calbe.Wapenstilstand, "Armistice Day (Armistice / Wapenstilstand)"),
		named(calbe.Kerstmis, "Christmas Day (Noël / Kerstmis)"),
	}},
}
