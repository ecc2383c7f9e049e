package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calbr "github.com/rickar/cal/v2/br"
)

// Brazil: the national holidays of Lei 662/1949 (as amended by Lei
// 10.607/2002), Lei 6.802/1980 and Lei 14.759/2023, and Good Friday, which
// Lei 9.093/1995 lets municipalities declare and the federal government's
// yearly calendar lists as a national holiday. Carnival and Corpus Christi
// are "pontos facultativos" of the federal administration, not holidays.
// See sources/br.md.
var (
	// Our Lady of Aparecida, 12 October: Lei 6.802/1980
	// (https://www.planalto.gov.br/ccivil_03/leis/l6802.htm), from 1980.
	// Upstream applies it to every year.
	brAparecida = during(named(calbr.NossaSenhoraAparecida, "Our Lady of Aparecida (Nossa Senhora Aparecida)"), 1980, 0)

	// Black Consciousness Day, 20 November: Lei 14.759/2023
	// (https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2023/lei/l14759.htm),
	// in force 2023-12-22, so from 2024. Upstream lacks it.
	brBlackConsciousness = during(fixed("Black Consciousness Day (Dia Nacional de Zumbi e da Consciência Negra)", time.November, 20), 2024, 0)
)

// brRegions are the presets of Brazil.
var brRegions = []Region{
	{Code: "BR", Name: "Brazil", Zone: "America/Sao_Paulo", Holidays: []*cal.Holiday{
		// Lei 662/1949 art. 1 (https://www.planalto.gov.br/ccivil_03/leis/l0662.htm),
		// as amended by Lei 10.607/2002.
		named(calbr.AnoNovo, "New Year's Day (Confraternização Universal)"),
		named(calbr.Tiradentes, "Tiradentes' Day (Tiradentes)"),
		named(calbr.Trabalhador, "Labour Day (Dia do Trabalho)"),
		named(calbr.Independencia, "Independence Day (Independência do Brasil)"),
		named(calbr.Finados, "All Souls' Day (Finados)"),
		named(calbr.Republica, "Republic Proclamation Day (Proclamação da República)"),
		named(calbr.Natal, "Christmas Day (Natal)"),
		brAparecida,
		brBlackConsciousness,
		// Good Friday: a religious holiday of Lei 9.093/1995 art. 2
		// (https://www.planalto.gov.br/ccivil_03/leis/l9093.htm), listed as a
		// national holiday ("Paixão de Cristo") by the federal calendar.
		named(calbr.SextaFeiraSanta, "Good Friday (Paixão de Cristo)"),
		// Upstream also closes Carnival Tuesday and Corpus Christi: both are
		// "pontos facultativos" in the federal calendar (e.g. Portaria MGI
		// 9.783/2024 for 2025), not holidays, so they are left out.
	}},
}
