package holidays

import (
	"github.com/rickar/cal/v2"
	calno "github.com/rickar/cal/v2/no"
)

// Norway. The public holidays are the church holidays of the Act on public
// holidays and holiday peace (lov om helligdager og helgedagsfred,
// LOV-1995-02-24-12, § 2, https://lovdata.no/dokument/NL/lov/1995-02-24-12)
// and the public festival days 1 May and 17 May (lov om 1. og 17. mai som
// høgtidsdager, LOV-1947-04-26-1, https://lovdata.no/dokument/NL/lov/1947-04-26-1).
// Holidays stay on their date (no substitute days). Easter Sunday and Whit
// Sunday are holidays too but always Sundays, so not listed. Sources and
// notes: sources/no.md.
var (
	noNewYear        = named(calno.FoersteNyttaarsdag, "New Year's Day (Første nyttårsdag)")
	noMaundyThursday = named(calno.Skjaertorsdag, "Maundy Thursday (Skjærtorsdag)")
	noGoodFriday     = named(calno.Langfredag, "Good Friday (Langfredag)")
	noEasterMonday   = named(calno.AndrePaaskedag, "Easter Monday (Andre påskedag)")
	noAscension      = named(calno.Kristihimmelfartsdag, "Ascension Day (Kristi himmelfartsdag)")
	noWhitMonday     = named(calno.AndrePinsedag, "Whit Monday (Andre pinsedag)")
	noChristmas      = named(calno.FoersteJuledag, "Christmas Day (Første juledag)")
	noSecondXmasDay  = named(calno.AndreJuledag, "Second Day of Christmas (Andre juledag)")

	// Labour Day and Constitution Day: public festival days from 1947 by
	// the act of 26 April 1947 (above). Upstream applies them to every
	// year; bounded here to 1947 on.
	noLabourDay       = during(named(calno.Arbeiderenesdag, "Labour Day (Første mai)"), 1947, 0)
	noConstitutionDay = during(named(calno.Grunnlovsdag, "Constitution Day (Grunnlovsdag)"), 1947, 0)
)

// noRegions are the presets of Norway.
var noRegions = []Region{
	{Code: "NO", Name: "Norway", Zone: "Europe/Oslo", Holidays: []*cal.Holiday{
		noNewYear, noMaundyThursday, noGoodFriday, noEasterMonday, noLabourDay,
		noConstitutionDay, noAscension, noWhitMonday, noChristmas, noSecondXmasDay,
	}},
}
