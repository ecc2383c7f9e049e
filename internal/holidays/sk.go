package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calsk "github.com/rickar/cal/v2/sk"
)

// Slovakia: Act No. 241/1993 Coll. on state holidays, days of rest and
// memorial days (zákon č. 241/1993 Z. z. o štátnych sviatkoch, dňoch
// pracovného pokoja a pamätných dňoch), https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/1993/241/
// § 1 lists the state holidays, § 2 the days of rest: every state holiday
// is a day of rest unless § 2 says otherwise. The Act has been in force
// since 27 October 1993; rules below start in 1994, its first full year.
// Sources and the years checked: sources/sk.md.

// skConstitutionDay is Constitution Day, 1 September. Since 2024 it is
// still a state holiday but no longer a day of rest (Act No. 530/2023 Z. z.,
// Art. III, in force 1 January 2024; https://www.ip.gov.sk/1-september-uz-nie-je-dnom-pracovneho-pokoja/).
// Upstream closes it every year.
var skConstitutionDay = during(named(calsk.Constitution, "Constitution Day (Deň Ústavy Slovenskej republiky)"), 1994, 2023)

// skFreedomDay is Struggle for Freedom and Democracy Day, 17 November: a
// state holiday since 2001 (Act No. 442/2001 Z. z., in force 5 November
// 2001), a day of rest until 2024. From 2025 it is a state holiday but not
// a day of rest (Act No. 261/2025 Z. z., the third consolidation package,
// passed 24 September 2025, in force 1 November 2025). Upstream closes it
// every year, also before 2001.
var skFreedomDay = during(named(calsk.Freedom, "Struggle for Freedom and Democracy Day (Deň boja za slobodu a demokraciu)"), 2001, 2024)

// skNotIn2026 returns a copy of h that is no day of rest in 2026: Act No.
// 261/2025 Z. z. (https://www.slov-lex.sk/ezbierky/pravne-predpisy/SK/ZZ/2025/261/)
// adds the transitional § 4b to Act No. 241/1993, under which 8 May and
// 15 September are no days of rest in 2026 only. Upstream closes both in
// 2026.
func skNotIn2026(h *cal.Holiday, name string) *cal.Holiday {
	c := named(h, name)
	c.Except = []int{2026}
	return c
}

// skRegions are the presets of Slovakia.
var skRegions = []Region{
	{Code: "SK", Name: "Slovakia", Zone: "Europe/Bratislava", Holidays: []*cal.Holiday{
		named(calsk.RepublicDay, "Day of the Establishment of the Slovak Republic (Deň vzniku Slovenskej republiky)"),
		named(calsk.Epiphany, "Epiphany (Zjavenie Pána)"),
		named(calsk.GoodFriday, "Good Friday (Veľký piatok)"),
		named(calsk.EasterMonday, "Easter Monday (Veľkonočný pondelok)"),
		named(calsk.LabourDay, "Labour Day (Sviatok práce)"),
		skNotIn2026(calsk.Liberation, "Day of Victory over Fascism (Deň víťazstva nad fašizmom)"),
		named(calsk.SaintsCyril, "St. Cyril and Methodius Day (Sviatok svätého Cyrila a svätého Metoda)"),
		named(calsk.SNP, "Slovak National Uprising Anniversary (Výročie Slovenského národného povstania)"),
		skConstitutionDay,
		skNotIn2026(calsk.LadyOfSorrows, "Our Lady of Seven Sorrows (Sedembolestná Panna Mária)"),
		named(calsk.AllSaints, "All Saints' Day (Sviatok všetkých svätých)"),
		skFreedomDay,
		named(calsk.ChristmasEve, "Christmas Eve (Štedrý deň)"),
		named(calsk.ChristmasDay, "Christmas Day (Prvý sviatok vianočný)"),
		named(calsk.SaintStephen, "St. Stephen's Day (Druhý sviatok vianočný)"),
		// § 4a of Act No. 241/1993 Z. z. (added in 2018): in 2018, 30 October,
		// the centenary of the Declaration of the Slovak Nation, is a state
		// holiday and so a day of rest. Upstream lacks it.
		oneOff("Declaration of the Slovak Nation centenary (výročie Deklarácie slovenského národa)", 2018, time.October, 30),
	}},
}
