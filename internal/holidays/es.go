package holidays

import (
	"github.com/rickar/cal/v2"
	cales "github.com/rickar/cal/v2/es"
)

// Spain: the national preset "ES" holds the days that are holidays in every
// autonomous community and in Ceuta and Melilla, so a date it closes is
// closed everywhere in Spain. Sources: Workers' Statute (Estatuto de los
// Trabajadores) Article 37.2 and Royal Decree 2001/1983, Article 45
// (https://www.boe.es/buscar/act.php?id=BOE-A-1983-20960), and the yearly
// resolution of the Directorate-General of Labour that publishes the list
// of holidays (for 2025: BOE-A-2024-21316,
// https://www.boe.es/eli/es/res/2024/10/15/(1)). Article 45.1 a)–c) gives
// nine national holidays no community may substitute: 1 January, Good
// Friday, 1 May, 15 August, 12 October, 1 November, 6 December, 8 December
// and 25 December. Of the substitutable days of Article 45.1 d), every
// community kept 6 January in each year whose list was read (2015, 2018,
// 2022, 2025), so it is taken as common too; Holy Thursday is not (Catalonia and other
// communities replace it with Easter Monday), nor are 19 March, 25 July or
// the Mondays after holidays that fall on a Sunday, which each community
// chooses. Regional holidays belong to region presets of their own. Sources
// and the years checked: sources/es.md.

// esRegions are the presets of Spain.
var esRegions = []Region{
	{Code: "ES", Name: "Spain", Zone: "Europe/Madrid", Holidays: []*cal.Holiday{
		named(cales.AñoNuevo, "New Year's Day (Año Nuevo)"),
		named(cales.Reyes, "Epiphany (Epifanía del Señor)"),
		named(cales.ViernesSanto, "Good Friday (Viernes Santo)"),
		named(cales.Trabajador, "Labour Day (Fiesta del Trabajo)"),
		named(cales.Asunción, "Assumption of Mary (Asunción de la Virgen)"),
		named(cales.FiestaNacionalDeEspaña, "National Day of Spain (Fiesta Nacional de España)"),
		named(cales.TodosLosSantos, "All Saints' Day (Todos los Santos)"),
		named(cales.Constitucion, "Constitution Day (Día de la Constitución Española)"),
		named(cales.InmaculadaConcepcion, "Immaculate Conception (Inmaculada Concepción)"),
		named(cales.Navidad, "Christmas Day (Natividad del Señor)"),
	}},
}
