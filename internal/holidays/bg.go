package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
)

// Bulgaria: Labour Code (Кодекс на труда) art. 154, as amended by State
// Gazette (Държавен вестник) no. 105/2016 (in force 1 January 2017) and
// no. 107/2020 (read 2026-11-28 in the consolidated text; English summary
// by the government: http://www.popeinbulgaria.gov.bg/en/About-Bulgaria/BULGARIAN-PUBLIC-HOLIDAYS/Bulgarian-public-holidays).
// Art. 154(1) lists the official holidays; art. 154(2): when an official
// holiday other than the Easter holidays falls on a Saturday and/or
// Sunday, the first or the first two working days after it are days off.
// 1 November (National Awakeners Day) is a day off for schools only and is
// not a closure here. The sources document is sources/bg.md.

// bgRegions are the presets of Bulgaria.
var bgRegions = []Region{
	{Code: "BG", Name: "Bulgaria", Zone: "Europe/Sofia", Holidays: bgHolidays},
}

var bgHolidays = []*cal.Holiday{
	// Upstream gives every fixed holiday a weekend substitute in all
	// years. The statutory substitute exists only from 2017 (art. 154(2),
	// State Gazette no. 105/2016); before, the Council of Ministers moved
	// days by yearly decision (e.g. decision no. 834 of 17 November 2011:
	// Monday 2 January 2012 off, worked on Saturday 21 January), which the
	// preset does not model. So each fixed holiday is its date in every
	// year, and its substitute from 2017 on.
	fixed("New Year's Day (Нова година)", time.January, 1),
	bgSubstitute("New Year's Day (Нова година), day off", time.January, 1),
	fixed("Liberation Day (Ден на Освобождението)", time.March, 3),
	bgSubstitute("Liberation Day (Ден на Освобождението), day off", time.March, 3),

	// Good Friday, Holy Saturday, Easter Sunday and Easter Monday (art.
	// 154(1)), on the Orthodox date; no substitutes (art. 154(2)).
	// Upstream computes the Orthodox date with its Julian option, which
	// adds a fixed 13 days and is wrong from 2100 on; the orthodox helper
	// adds the calendars' gap of each year. Holy Saturday and Easter Sunday
	// are weekend days, listed so that the set is the statute's list;
	// upstream omits them. Good Friday and Holy Saturday were added to the
	// list by later amendments (a bill for Good Friday was approved by the
	// government in December 2009); their first years were not verified,
	// so they are unbounded here, as upstream's Good Friday is.
	orthodox("Good Friday (Велики петък)", -2),
	orthodox("Holy Saturday (Велика събота)", -1),
	orthodox("Easter Sunday (Великден)", 0),
	orthodox("Easter Monday (Великден)", 1),

	// 1 May, Labour Day (art. 154(1)), every year on 1 May. Upstream
	// moves it to Easter Tuesday whenever 1 May falls within two days
	// after Good Friday, so it leaves a weekday 1 May open (2002, 2013,
	// 2024, 2040, ...) and closes an Easter Tuesday the law does not; the
	// Labour Code has no such rule. A weekend 1 May gives the next working
	// day off (art. 154(2)), skipping Easter Monday: 2021-05-04.
	fixed("Labour Day (Ден на труда)", time.May, 1),
	bgSubstitute("Labour Day (Ден на труда), day off", time.May, 1),
	// 6 May, St George's Day; its substitute skips Easter Monday too.
	fixed("St George's Day (Гергьовден)", time.May, 6),
	bgSubstitute("St George's Day (Гергьовден), day off", time.May, 6),
	fixed("Day of Bulgarian Culture and Literacy (Ден на светите братя Кирил и Методий)", time.May, 24),
	bgSubstitute("Day of Bulgarian Culture and Literacy, day off", time.May, 24),
	fixed("Unification Day (Ден на Съединението)", time.September, 6),
	bgSubstitute("Unification Day (Ден на Съединението), day off", time.September, 6),
	fixed("Independence Day (Ден на Независимостта)", time.September, 22),
	bgSubstitute("Independence Day (Ден на Независимостта), day off", time.September, 22),

	// 24 December and 25–26 December (art. 154(1)). From 2017, as many
	// working days after 26 December are off as these three days have
	// weekend days (one or two; art. 154(2)).
	fixed("Christmas Eve (Бъдни вечер)", time.December, 24),
	fixed("Christmas Day (Рождество Христово)", time.December, 25),
	fixed("Christmas, second day (Рождество Христово)", time.December, 26),
	bgChristmasDayOff(1),
	bgChristmasDayOff(2),

	// One-off days off declared by the Council of Ministers: 31 December
	// 2020 (worked in advance on Saturday 12 December 2020; reported at
	// https://botevgrad.com./news/63098/Eto-koga-shte-pochivame-po-Koleda-i-Nova-godina);
	// 31 December 2025 and 2 January 2026 for the introduction of the euro
	// (decision of 19 November 2025, reported at
	// https://www.segabg.com/hot/category-bulgaria/okonchatelno-31-dekemvri-i-2-yanuari-sa-pochivni).
	oneOff("New Year's Eve day off (decision of the Council of Ministers)", 2020, time.December, 31),
	oneOff("Euro changeover day off (decision of the Council of Ministers)", 2025, time.December, 31),
	oneOff("Euro changeover day off (decision of the Council of Ministers)", 2026, time.January, 2),
}

// bgWeekend reports whether civil date d (a UTC midnight) is a Saturday
// or a Sunday.
func bgWeekend(d time.Time) bool {
	return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
}

// bgSubstitute is the day off that art. 154(2) gives for a fixed holiday
// on a Saturday or Sunday: the first day after it that is neither a
// weekend day nor Easter Monday. In other years it has no date.
func bgSubstitute(name string, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, StartYear: 2017, Func: bgCalcSubstitute}
}

func bgCalcSubstitute(h *cal.Holiday, year int) time.Time {
	// The weekday logic runs on civil dates (UTC midnights): a midnight in
	// cal.DefaultLoc may not exist and would read as the day before.
	d := time.Date(year, h.Month, h.Day, 0, 0, 0, 0, time.UTC)
	if !bgWeekend(d) {
		return time.Time{}
	}
	ey, em, ed := CivilDate(calcOrthodoxEaster(&cal.Holiday{Offset: 1}, year))
	easterMonday := time.Date(ey, em, ed, 0, 0, 0, 0, time.UTC)
	for {
		d = d.AddDate(0, 0, 1)
		if !bgWeekend(d) && !d.Equal(easterMonday) {
			return bgLocal(d)
		}
	}
}

// bgLocal returns the midnight of civil date d (a UTC midnight) in
// cal.DefaultLoc, as rickar/cal's functions return dates.
func bgLocal(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, cal.DefaultLoc)
}

// bgChristmasDayOff is the n-th working day after 26 December that is off
// because 24, 25 or 26 December fell on a weekend (from 2017); in a year
// with fewer such weekend days it has no date.
func bgChristmasDayOff(n int) *cal.Holiday {
	return &cal.Holiday{
		Name: "Christmas, day off (Рождество Христово)", Type: cal.ObservancePublic,
		Offset: n, StartYear: 2017, Func: bgCalcChristmasDayOff,
	}
}

func bgCalcChristmasDayOff(h *cal.Holiday, year int) time.Time {
	weekend := 0
	for day := 24; day <= 26; day++ {
		if bgWeekend(time.Date(year, time.December, day, 0, 0, 0, 0, time.UTC)) {
			weekend++
		}
	}
	if h.Offset > weekend {
		return time.Time{}
	}
	d := time.Date(year, time.December, 26, 0, 0, 0, 0, time.UTC)
	for n := 0; n < h.Offset; {
		d = d.AddDate(0, 0, 1)
		if !bgWeekend(d) {
			n++
		}
	}
	return bgLocal(d)
}
