package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calsi "github.com/rickar/cal/v2/si"
)

// Slovenia: Holidays and Work-Free Days in the Republic of Slovenia Act
// (Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji, ZPDPD),
// https://pisrs.si/pregledPredpisa?id=ZAKO1420 . Article 1 lists the public
// holidays, Article 2 says which of them are work-free days, and Article 3
// adds the work-free religious days. Only work-free days close the region.
// No substitute days. Sources and the years checked: sources/si.md.

// siNewYear2 is 2 January, the second day of New Year: the Fiscal Balance
// Act (ZUJF, Uradni list RS 40/2012) made it a working day from 2013; the
// ZPDPD amendment adopted in December 2016 made it a work-free day again
// from 2017. Upstream closes it every year.
var siNewYear2 = &cal.Holiday{
	Name: "New Year's Day (novo leto)", Type: cal.ObservancePublic,
	Month: time.January, Day: 2, Func: cal.CalcDayOfMonth,
	Except: []int{2013, 2014, 2015, 2016},
}

// siRegions are the presets of Slovenia.
var siRegions = []Region{
	{Code: "SI", Name: "Slovenia", Zone: "Europe/Ljubljana", Holidays: []*cal.Holiday{
		named(calsi.NovoLeto, "New Year's Day (novo leto)"),
		siNewYear2,
		named(calsi.PresernovDan, "Prešeren Day, the Slovenian Cultural Holiday (Prešernov dan)"),
		named(calsi.VelikaNoc, "Easter Sunday (velikonočna nedelja)"),
		named(calsi.VelikonocniPonedeljek, "Easter Monday (velikonočni ponedeljek)"),
		named(calsi.DanUporaProtiOkupatorju, "Day of Uprising Against Occupation (dan upora proti okupatorju)"),
		named(calsi.PrviMaj, "Labour Day (praznik dela)"),
		named(calsi.DrugiMaj, "Labour Day (praznik dela)"),
		named(calsi.BinkostnaNedelja, "Pentecost Sunday (binkoštna nedelja)"),
		named(calsi.DanDrzavnosti, "Statehood Day (dan državnosti)"),
		named(calsi.MarijinoVnebovzetje, "Assumption of Mary (Marijino vnebovzetje)"),
		named(calsi.DanReformacije, "Reformation Day (dan reformacije)"),
		named(calsi.DanSpominaNaMrtve, "Remembrance Day (dan spomina na mrtve)"),
		named(calsi.Bozic, "Christmas Day (božič)"),
		named(calsi.DanSamostojnostiInEnotnosti, "Independence and Unity Day (dan samostojnosti in enotnosti)"),
		// Solidarity Day: the Government declared Monday 14 August 2023 a
		// work-free day after the floods of August 2023 (decision of
		// 8 August 2023; https://english.sta.si/3201298/slovenians-getting-day-off-on-14-august-to-help-with-flood-relief ,
		// https://gov.si/en/news/2023-08-13-only-organised-visits-to-flood-affected-areas-on-solidarity-day).
		// Upstream lacks it.
		oneOff("Solidarity Day (dan solidarnosti)", 2023, time.August, 14),
	}},
}
