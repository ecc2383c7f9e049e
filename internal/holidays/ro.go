package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calro "github.com/rickar/cal/v2/ro"
)

// Romania: Labour Code (Legea nr. 53/2003 - Codul muncii) art. 139(1), as
// amended; the list in force since 2024 is quoted with the amending Law
// no. 52/2023 at https://www.contabun.ro/2023/03/07/legea-nr-522023-inca-doua-zile-libere-legale-pentru-salariati/
// (read 2026-11-28). Holidays on a weekend are not moved. The sources
// document is sources/ro.md.

// roRegions are the presets of Romania.
var roRegions = []Region{
	{Code: "RO", Name: "Romania", Zone: "Europe/Bucharest", Holidays: roHolidays},
}

var roHolidays = []*cal.Holiday{
	named(calro.AnulNou, "New Year's Day (Anul Nou)"),
	named(calro.AnulNou2, "New Year, second day (A doua zi de Anul Nou)"),

	// 6 January, Epiphany (Boboteaza), and 7 January, Synaxis of St John
	// the Baptist (Sfântul Ioan Botezătorul): added by Law no. 52/2023
	// (Monitorul Oficial no. 186 of 6 March 2023), first applied in 2024.
	// Upstream has neither.
	during(fixed("Epiphany (Boboteaza)", time.January, 6), 2024, 0),
	during(fixed("St John the Baptist (Sfântul Ioan Botezătorul)", time.January, 7), 2024, 0),

	// 24 January, Union Day: added by Law no. 176/2016 (Monitorul Oficial
	// no. 808 of 13 October 2016, https://legislatie.just.ro/Public/DetaliiDocument/182520),
	// first applied in 2017. Upstream applies it in every year.
	during(named(calro.ZiuaUniriiPrincipatelorRomane, "Union Day (Ziua Unirii Principatelor Române)"), 2017, 0),

	// Good Friday (from 2018, Law of March 2018 amending art. 139; as
	// upstream), Easter Sunday and Monday, Whit Sunday and Monday, on the
	// Orthodox date. Upstream computes it with its Julian option, which
	// adds a fixed 13 days and is wrong from 2100 on; the orthodox helper
	// adds the calendars' gap of each year.
	during(orthodox("Good Friday (Vinerea Mare)", -2), 2018, 0),
	orthodox("Easter Sunday (Paștele)", 0),
	orthodox("Easter Monday (A doua zi de Paște)", 1),
	named(calro.ZiuaMuncii, "Labour Day (Ziua Muncii)"),
	named(calro.ZiuaCopilului, "Children's Day (Ziua Copilului)"),
	orthodox("Whit Sunday (Rusaliile)", 49),
	orthodox("Whit Monday (A doua zi de Rusalii)", 50),
	named(calro.AdormireaMaiciiDomnului, "Assumption (Adormirea Maicii Domnului)"),

	// 30 November, St Andrew: added by Law no. 147/2012 (Monitorul
	// Oficial no. 509 of 24 July 2012,
	// https://legislatie.just.ro/Public/DetaliiDocumentAfis/139884), first
	// applied in 2012. Upstream applies it in every year.
	during(named(calro.SfantulAndrei, "St Andrew's Day (Sfântul Andrei)"), 2012, 0),
	named(calro.ZiuaNationala, "National Day (Ziua Națională)"),
	named(calro.Craciunul, "Christmas Day (Crăciunul)"),
	named(calro.Craciunul2, "Christmas, second day (A doua zi de Crăciun)"),
}
