package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calit "github.com/rickar/cal/v2/it"
)

// Italy: Law no. 260 of 27 May 1949 (legge 27 maggio 1949, n. 260) art. 1
// (2 June, national day) and art. 2 (the other civil holidays), as amended:
// Law no. 54 of 5 March 1977 (in force 8 March 1977,
// https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1977-03-05;54)
// took away the civil effects of Epiphany, St Joseph, Ascension, Corpus
// Domini and Sts Peter and Paul and moved 2 June and 4 November to
// Sundays; DPR no. 792 of 28 December 1985 restored
// Epiphany from 1986; Law no. 336 of 20 November 2000 restored 2 June from
// 2001; Law no. 151 of 8 October 2025 added 4 October from 2026. Local
// patron saints' days are holidays of their towns only and are not in IT.
// Holidays on a weekend are not moved. Read 2026-11-28; the sources
// document is sources/it.md.

// itRegions are the presets of Italy.
var itRegions = []Region{
	{Code: "IT", Name: "Italy", Zone: "Europe/Rome", Holidays: itHolidays},
}

var itHolidays = []*cal.Holiday{
	named(calit.Capodanno, "New Year's Day (Capodanno)"),

	// Epiphany: not a civil holiday from 1978 to 1985 (Law no. 54 of 5
	// March 1977, in force after that year's 6 January; DPR no. 792/1985).
	// Upstream applies it in every year.
	itExcept(named(calit.Epifania, "Epiphany (Epifania)"), 1978, 1985),

	easter("Easter Sunday (Pasqua)", 0),
	named(calit.Pasquetta, "Easter Monday (Lunedì dell'Angelo)"),
	named(calit.FestaDellaLiberazione, "Liberation Day (Festa della Liberazione)"),
	named(calit.FestaDelLavoro, "Labour Day (Festa del Lavoro)"),

	// 2 June, Republic Day: celebrated on the first Sunday of June from
	// 1977 to 2000 (Law no. 54/1977), back on 2 June from 2001 (Law no.
	// 336/2000). Upstream applies 2 June in every year.
	itExcept(named(calit.FestaDellaRepubblica, "Republic Day (Festa della Repubblica)"), 1977, 2000),

	named(calit.Assunzione, "Assumption (Ferragosto)"),

	// 4 October, St Francis of Assisi, patron of Italy: national holiday
	// from 2026 (Law no. 151 of 8 October 2025, Gazzetta Ufficiale no. 236
	// of 10 October 2025, in force 1 January 2026;
	// https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2025-10-08;151).
	// Upstream does not have it.
	during(fixed("St Francis of Assisi (San Francesco d'Assisi)", time.October, 4), 2026, 0),

	named(calit.TuttiISanti, "All Saints' Day (Ognissanti)"),
	named(calit.Immacolata, "Immaculate Conception (Immacolata Concezione)"),
	named(calit.Natale, "Christmas Day (Natale)"),
	named(calit.SantoStefano, "St Stephen's Day (Santo Stefano)"),

	// 17 March 2011, 150th anniversary of the unification of Italy: a
	// national holiday for that year only (Decree-Law no. 5 of 22 February
	// 2011).
	oneOff("150th anniversary of the unification of Italy", 2011, time.March, 17),
}

// itExcept returns h without the years first to last.
func itExcept(h *cal.Holiday, first, last int) *cal.Holiday {
	c := copyOf(h)
	c.Except = nil
	for y := first; y <= last; y++ {
		c.Except = append(c.Except, y)
	}
	return c
}
