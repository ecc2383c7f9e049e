package holidays

import (
	"github.com/rickar/cal/v2"
	calse "github.com/rickar/cal/v2/se"
)

// Sweden. The public holidays (allmänna helgdagar) are those of lag
// (1989:253) om allmänna helgdagar, § 1–2,
// https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-1989253-om-allmanna-helgdagar_sfs-1989-253/.
// Holidays stay on their date (no substitute days). Easter Sunday and Whit
// Sunday are holidays too but always Sundays, so not listed. Sources and
// notes: sources/se.md.
//
// Midsummer Eve, Christmas Eve and New Year's Eve are not public holidays
// under the act (they are days off only by custom or collective
// agreement). Upstream lists them (as observances other than public
// holidays, which the engine still closes); they are left out here.
var (
	seNewYear       = named(calse.Nyarsdagen, "New Year's Day (Nyårsdagen)")
	seEpiphany      = named(calse.TrettondedagJul, "Epiphany (Trettondedag jul)")
	seGoodFriday    = named(calse.Langfredagen, "Good Friday (Långfredagen)")
	seEasterMonday  = named(calse.AnnandagPask, "Easter Monday (Annandag påsk)")
	seLabourDay     = named(calse.ForstaMaj, "Labour Day (Första maj)")
	seAscension     = named(calse.KristiHimmelfardsdag, "Ascension Day (Kristi himmelsfärds dag)")
	seMidsummerDay  = named(calse.Midsommardagen, "Midsummer Day (Midsommardagen)")
	seAllSaintsDay  = named(calse.AllaHelgonsDag, "All Saints' Day (Alla helgons dag)")
	seChristmas     = named(calse.Juldagen, "Christmas Day (Juldagen)")
	seSecondXmasDay = named(calse.AnnandagJul, "Second Day of Christmas (Annandag jul)")

	// National Day, 6 June, a public holiday from 2005: lag (2004:1320) om
	// ändring i lagen (1989:253), in force 1 April 2005 (prop. 2004/05:23).
	// Upstream applies it to every year.
	seNationalDay = during(named(calse.Nationaldagen, "National Day (Sveriges nationaldag)"), 2005, 0)

	// Whit Monday (Annandag pingst), a public holiday up to 2004: removed
	// from the list by lag (2004:1320) from 2005. Upstream lacks it.
	seWhitMonday = during(easter("Whit Monday (Annandag pingst)", 50), 0, 2004)
)

// seRegions are the presets of Sweden.
var seRegions = []Region{
	{Code: "SE", Name: "Sweden", Zone: "Europe/Stockholm", Holidays: []*cal.Holiday{
		seNewYear, seEpiphany, seGoodFriday, seEasterMonday, seLabourDay, seAscension,
		seWhitMonday, seNationalDay, seMidsummerDay, seAllSaintsDay, seChristmas, seSecondXmasDay,
	}},
}
