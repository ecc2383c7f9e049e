package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calhr "github.com/rickar/cal/v2/hr"
)

// Croatia: Act on Holidays, Memorial Days and Non-Working Days (Zakon o
// blagdanima, spomendanima i neradnim danima u Republici Hrvatskoj),
// NN 110/2019, in force 1 January 2020,
// https://narodne-novine.nn.hr/clanci/sluzbeni/2019_11_110_2212.html ,
// and before it the Act of 1996 (NN 33/1996) as amended by NN 96/2001 and
// NN 13/2002. Article 1 lists the holidays; "on holidays there is no work";
// a holiday on a Sunday is not moved. Sources and the years checked:
// sources/hr.md.

var (
	// hrEpiphany is 6 January. NN 96/2001 (in force November 2001) dropped
	// it from the list and NN 13/2002 (published in 2002, after 6 January)
	// restored it (consolidated text NN 136/2002,
	// https://narodne-novine.nn.hr/clanci/sluzbeni/2002_11_136_2194.html),
	// so it was a working day in 2002 only. Upstream closes it every year.
	hrEpiphany = &cal.Holiday{
		Name: "Epiphany (Bogojavljanje ili Sveta tri kralja)", Type: cal.ObservancePublic,
		Month: time.January, Day: 6, Func: cal.CalcDayOfMonth, Except: []int{2002},
	}

	// hrStatehoodDay30May is Statehood Day on 30 May: so in the Act of 1996
	// (NN 33/1996) until NN 96/2001 moved it to 25 June from 2002, and again
	// from 2020 (NN 110/2019). Upstream uses 30 May in every year.
	hrStatehoodDay30MayTo2001 = during(named(calhr.DanDrzavnosti, "Statehood Day (Dan državnosti)"), 0, 2001)
	hrStatehoodDay30May       = during(named(calhr.DanDrzavnosti, "Statehood Day (Dan državnosti)"), 2020, 0)

	// hrStatehoodDay25June is Statehood Day on 25 June, 2002–2019 (NN 96/2001;
	// NN 110/2019 made it a memorial day from 2020). Upstream lacks it.
	hrStatehoodDay25June = during(fixed("Statehood Day (Dan državnosti)", time.June, 25), 2002, 2019)

	// hrIndependenceDay is Independence Day, 8 October, a holiday 2002–2019
	// (added by NN 96/2001, made a memorial day by NN 110/2019). Upstream
	// lacks it.
	hrIndependenceDay = during(fixed("Independence Day (Dan neovisnosti)", time.October, 8), 2002, 2019)

	// hrCorpusChristi is Corpus Christi, a holiday from 2002 (added by NN
	// 96/2001). Upstream closes it every year.
	hrCorpusChristi = during(named(calhr.Tijelovo, "Corpus Christi (Tijelovo)"), 2002, 0)

	// hrRemembranceDay is Remembrance Day, 18 November, a holiday from 2020
	// (NN 110/2019). Upstream closes it every year.
	hrRemembranceDay = during(named(calhr.DanSjecanjaNaZrtveDomovinskogRata, "Remembrance Day (Dan sjećanja na žrtve Domovinskog rata i Dan sjećanja na žrtvu Vukovara i Škabrnje)"), 2020, 0)
)

// hrRegions are the presets of Croatia.
var hrRegions = []Region{
	{Code: "HR", Name: "Croatia", Zone: "Europe/Zagreb", Holidays: []*cal.Holiday{
		named(calhr.NovaGodina, "New Year's Day (Nova godina)"),
		hrEpiphany,
		named(calhr.Uskrs, "Easter Sunday (Uskrs)"),
		named(calhr.UskrsnjiPonedjeljak, "Easter Monday (Uskrsni ponedjeljak)"),
		named(calhr.PraznikRada, "Labour Day (Praznik rada)"),
		hrStatehoodDay30MayTo2001,
		hrStatehoodDay30May,
		hrCorpusChristi,
		named(calhr.DanAntifasistickeBorbe, "Anti-Fascist Struggle Day (Dan antifašističke borbe)"),
		hrStatehoodDay25June,
		named(calhr.DanPobjedeIDomovinskeZahvalnosti, "Victory and Homeland Thanksgiving Day (Dan pobjede i domovinske zahvalnosti i Dan hrvatskih branitelja)"),
		named(calhr.VelikaGospa, "Assumption of Mary (Velika Gospa)"),
		hrIndependenceDay,
		named(calhr.DanSvihSvetih, "All Saints' Day (Svi sveti)"),
		hrRemembranceDay,
		named(calhr.Bozic, "Christmas Day (Božić)"),
		named(calhr.SvetiStjepan, "St. Stephen's Day (Sveti Stjepan)"),
	}},
}
