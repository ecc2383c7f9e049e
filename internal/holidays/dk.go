package holidays

import (
	"github.com/rickar/cal/v2"
	caldk "github.com/rickar/cal/v2/dk"
)

// Denmark. The public holidays (helligdage) are the days of the national
// church (folkekirkens helligdage) that fall on weekdays; the law keeps them
// on their date (no substitute days). Sources and notes: sources/dk.md.
//
// Easter Sunday and Whit Sunday are holidays as well; they always fall on a
// Sunday and are not listed.
//
// Constitution Day (Grundlovsdag, 5 June) is not a public holiday: it is a
// shop closing day under the Closing Act (lukkeloven § 2) and a day off
// under many collective agreements, but not a day off by law. Upstream
// lists it as a holiday; it is left out here. Christmas Eve and New Year's
// Eve are not holidays either.
var (
	dkNewYear        = named(caldk.Nytaarsdag, "New Year's Day (Nytårsdag)")
	dkMaundyThursday = named(caldk.Skaertorsdag, "Maundy Thursday (Skærtorsdag)")
	dkGoodFriday     = named(caldk.Langfredag, "Good Friday (Langfredag)")
	dkEasterMonday   = named(caldk.AndenPaaskedag, "Easter Monday (Anden påskedag)")
	// Great Prayer Day (Store bededag), the fourth Friday after Easter
	// (Easter + 26), abolished as a public holiday from 2024 by the Act on
	// the consequences of the abolition of Great Prayer Day as a public
	// holiday (bill L 13, adopted by the Folketing on 28 February 2023),
	// https://www.regeringen.dk/nyheder/2023/lovforslag-om-afskaffelse-store-bededag-er-vedtaget-i-folketinget/.
	// Upstream is right (1686–2023); renamed.
	dkGreatPrayerDay = named(caldk.StoreBededag, "Great Prayer Day (Store bededag)")
	dkAscension      = named(caldk.KristiHimmelfartsdag, "Ascension Day (Kristi himmelfartsdag)")
	dkWhitMonday     = named(caldk.AndenPinsedag, "Whit Monday (Anden pinsedag)")
	dkChristmas      = named(caldk.Juledag, "Christmas Day (Juledag)")
	dkSecondXmasDay  = named(caldk.AndenJuledag, "Second Day of Christmas (Anden juledag)")
)

// dkRegions are the presets of Denmark.
var dkRegions = []Region{
	{Code: "DK", Name: "Denmark", Zone: "Europe/Copenhagen", Holidays: []*cal.Holiday{
		dkNewYear, dkMaundyThursday, dkGoodFriday, dkEasterMonday, dkGreatPrayerDay,
		dkAscension, dkWhitMonday, dkChristmas, dkSecondXmasDay,
	}},
}
