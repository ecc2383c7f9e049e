package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calua "github.com/rickar/cal/v2/ua"
)

// Ukraine: Labour Code (Кодекс законів про працю України) art. 73, the
// holidays and non-working days, and art. 67 part 3: when a holiday or
// non-working day falls on a weekend day, the day off moves to the next
// day after the holiday. Easter and Trinity are non-working days on their
// Sundays (Orthodox date), so their day off is the Monday. Read
// 2026-11-28; the sources document is sources/ua.md.
//
// Martial law: from 24 March 2022, Law no. 2136-IX of 15 March 2022 art.
// 6 part 6 suspends arts. 67 parts 3–5 and 71–73 of the Labour Code while
// martial law (in force since 24 February 2022) lasts: the holidays are
// working days and no day off is moved. The preset keeps the statutory
// list of art. 73 with art. 67's days off, i.e. the calendar that applies
// once martial law ends; it cannot know that date. Users who must follow
// the wartime rule open the holiday dates with Spec.Open (or leave UA out
// of Spec.Holidays) while martial law lasts. See sources/ua.md.

// uaRegions are the presets of Ukraine.
var uaRegions = []Region{
	{Code: "UA", Name: "Ukraine", Zone: "Europe/Kyiv", Holidays: uaHolidays},
}

var uaHolidays = []*cal.Holiday{
	fixed("New Year's Day (Новий рік)", time.January, 1),
	uaSubstitute("New Year's Day, day off", time.January, 1, 0, 0),

	// 7 January, Christmas (Julian date): dropped by the Law of 14 July
	// 2023 on art. 73 (bill no. 9431, signed 28 July 2023); 7 January 2023
	// was the last. Upstream keeps it in every year.
	during(fixed("Christmas, Julian date (Різдво Христове)", time.January, 7), 0, 2023),
	uaSubstitute("Christmas, Julian date, day off", time.January, 7, 0, 2023),

	// 8 March, 28 June, 24 August: upstream's values, whose Monday rule (a
	// Saturday or Sunday holiday gives the Monday off) is art. 67 part 3
	// for these dates.
	named(calua.WomensDay, "International Women's Day (Міжнародний жіночий день)"),

	// Easter and Trinity (art. 73 part 2): non-working Sundays, with the
	// Monday off (art. 67 part 3). Upstream has Easter Monday, but for
	// Trinity it closes only the Sunday (offset 49), so Trinity Monday
	// stayed open. Upstream's Julian option adds a fixed 13 days and is
	// wrong from 2100 on; the orthodox helper adds each year's gap.
	orthodox("Easter (Великдень)", 0),
	orthodox("Easter, day off (Великдень)", 1),
	orthodox("Trinity (Трійця)", 49),
	orthodox("Trinity, day off (Трійця)", 50),

	fixed("Labour Day (День праці)", time.May, 1),
	uaSubstitute("Labour Day, day off", time.May, 1, 0, 0),
	// 2 May: dropped by Law no. 2211-VIII of 16 November 2017 (last in
	// 2017), as upstream.
	named(calua.LabourDay2, "Labour Day, second day (День праці)"),

	// 9 May, Victory Day, until 2023; 8 May, Day of Remembrance and Victory
	// over Nazism, from 2024 (Law no. 3107-IX of 29 May 2023, in force 15
	// June 2023). Upstream keeps 9 May in every year.
	during(fixed("Victory Day (День перемоги)", time.May, 9), 0, 2023),
	uaSubstitute("Victory Day, day off", time.May, 9, 0, 2023),
	during(fixed("Day of Remembrance and Victory over Nazism (День пам'яті та перемоги над нацизмом)", time.May, 8), 2024, 0),
	uaSubstitute("Day of Remembrance and Victory over Nazism, day off", time.May, 8, 2024, 0),

	named(calua.ConstitutionDay, "Constitution Day (День Конституції)"),

	// Statehood Day: 28 July in 2022 and 2023 (law adopted on 31 May 2022,
	// bill no. 5864), 15 July from 2024 (Law of 14 July 2023). Upstream
	// has neither.
	during(fixed("Statehood Day (День Української Державності)", time.July, 28), 2022, 2023),
	uaSubstitute("Statehood Day, day off", time.July, 28, 2022, 2023),
	during(fixed("Statehood Day (День Української Державності)", time.July, 15), 2024, 0),
	uaSubstitute("Statehood Day, day off", time.July, 15, 2024, 0),

	named(calua.IndependenceDay, "Independence Day (День незалежності)"),

	// Defenders Day: 14 October from 2015 (Law no. 238-VIII of 5 March
	// 2015) to 2022, 1 October from 2023 (Law of 14 July 2023). Upstream
	// keeps 14 October.
	during(fixed("Defenders Day (День захисників і захисниць України)", time.October, 14), 2015, 2022),
	uaSubstitute("Defenders Day, day off", time.October, 14, 2015, 2022),
	during(fixed("Defenders Day (День захисників і захисниць України)", time.October, 1), 2023, 0),
	uaSubstitute("Defenders Day, day off", time.October, 1, 2023, 0),

	// 25 December, Christmas: from 2017 (Law no. 2211-VIII of 16 November
	// 2017). Upstream applies it in every year and gives it no day off
	// when it falls on a weekend.
	during(fixed("Christmas (Різдво Христове)", time.December, 25), 2017, 0),
	uaSubstitute("Christmas, day off", time.December, 25, 2017, 0),
}

// uaSubstitute is the day off of art. 67 part 3 for a fixed holiday on a
// Saturday or Sunday, in the years first to last (0: unbounded): the first
// day after it that is neither a weekend day nor the Monday of Easter or
// Trinity.
func uaSubstitute(name string, month time.Month, day, first, last int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, StartYear: first, EndYear: last, Func: uaCalcSubstitute}
}

func uaCalcSubstitute(h *cal.Holiday, year int) time.Time {
	// The weekday logic runs on civil dates (UTC midnights): a midnight in
	// cal.DefaultLoc may not exist and would read as the day before.
	d := time.Date(year, h.Month, h.Day, 0, 0, 0, 0, time.UTC)
	if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
		return time.Time{}
	}
	easterMonday := uaCivilOrthodox(year, 1)
	trinityMonday := uaCivilOrthodox(year, 50)
	for {
		d = d.AddDate(0, 0, 1)
		switch {
		case d.Weekday() == time.Saturday, d.Weekday() == time.Sunday:
		case d.Equal(easterMonday), d.Equal(trinityMonday):
		default:
			return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, cal.DefaultLoc)
		}
	}
}

// uaCivilOrthodox returns Orthodox Easter + offset of year as a UTC
// midnight.
func uaCivilOrthodox(year, offset int) time.Time {
	y, m, d := CivilDate(calcOrthodoxEaster(&cal.Holiday{Offset: offset}, year))
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
