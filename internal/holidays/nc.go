package holidays

import (
	"github.com/rickar/cal/v2"
	calnc "github.com/rickar/cal/v2/nc"
)

// New Caledonia: the twelve legal public holidays ("jours fériés légaux")
// of article 74 of the Accord interprofessionnel territorial (AIT), as
// listed at https://job.nc/actualites_et_dossier/un-jour-ferie-nest-pas-automatiquement-chome:
// the French list without Good Friday, plus 24 September (Fête de la
// citoyenneté). Upstream (rickar/cal v2.1.13) has the same dates; only the
// names change. Which of them are also non-working ("chômés") is set by each
// sector's collective agreement; the preset closes all twelve. See
// sources/nc.md.

// ncRegions are the presets of New Caledonia.
var ncRegions = []Region{
	{Code: "NC", Name: "New Caledonia", Zone: "Pacific/Noumea", Holidays: []*cal.Holiday{
		named(calnc.NouvelAn, "New Year's Day (Jour de l'an)"),
		named(calnc.LundiDePâques, "Easter Monday (Lundi de Pâques)"),
		named(calnc.FêteDuTravail, "Labour Day (Fête du Travail)"),
		named(calnc.FêteDeLaVictoire, "Victory in Europe Day (Victoire 1945)"),
		named(calnc.Ascension, "Ascension Day (Ascension)"),
		named(calnc.LundiDePentecôte, "Whit Monday (Lundi de Pentecôte)"),
		named(calnc.FêteNationale, "Bastille Day (Fête nationale)"),
		named(calnc.Assomption, "Assumption Day (Assomption)"),
		named(calnc.FêteDeLaCitoyenneté, "Citizenship Day (Fête de la citoyenneté)"),
		named(calnc.Toussaint, "All Saints' Day (Toussaint)"),
		named(calnc.Armistice1918, "Armistice Day (Armistice 1918)"),
		named(calnc.Noël, "Christmas Day (Noël)"),
	}},
}
