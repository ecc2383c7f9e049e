package holidays

import (
	"slices"
	"time"

	"github.com/rickar/cal/v2"
	calru "github.com/rickar/cal/v2/ru"
)

// Russia: Labour Code (Трудовой кодекс РФ) art. 112. Part 1 lists the
// non-working holidays: 1–6 and 8 January (New Year holidays), 7 January
// (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June, 4 November.
// Part 2: when a weekend day coincides with a holiday, the day off moves
// to the next working day after the holiday, except the weekend days that
// coincide with the January holidays: the government moves two of those to
// other days of the year by decree. Part 5: the government may move days
// off by decree. The current list is in force since 2013 (Federal Law no.
// 35-FZ of 23 April 2012). Read 2026-11-28; the sources document is
// sources/ru.md.
//
// The yearly decrees (постановления Правительства РФ "О переносе выходных
// дней") are implemented for 2020–2026; for other years the preset applies
// the Code's rule of part 2 only (a January weekend holiday gives no day
// off, as the decree that would move it is unknown).

// ruRegions are the presets of Russia.
var ruRegions = []Region{
	{Code: "RU", Name: "Russia", Zone: "Europe/Moscow", Holidays: ruHolidays},
}

var ruHolidays = slices.Concat(
	[]*cal.Holiday{
		// 1 January and 7 January: upstream moves them to Monday when they
		// fall on a weekend; art. 112 part 2 excludes the January holidays
		// from that rule (their days off are moved by decree, below).
		fixed("New Year holidays (Новогодние каникулы)", time.January, 1),
		// 2–5 January since 2005 (Federal Law no. 201-FZ of 29 December
		// 2004), 6 and 8 January since 2013 (Federal Law no. 35-FZ of 23
		// April 2012). Upstream has none of them.
		during(fixed("New Year holidays (Новогодние каникулы)", time.January, 2), 2005, 0),
		during(fixed("New Year holidays (Новогодние каникулы)", time.January, 3), 2005, 0),
		during(fixed("New Year holidays (Новогодние каникулы)", time.January, 4), 2005, 0),
		during(fixed("New Year holidays (Новогодние каникулы)", time.January, 5), 2005, 0),
		during(fixed("New Year holidays (Новогодние каникулы)", time.January, 6), 2013, 0),
		fixed("Christmas (Рождество Христово)", time.January, 7),
		during(fixed("New Year holidays (Новогодние каникулы)", time.January, 8), 2013, 0),

		fixed("Defender of the Fatherland Day (День защитника Отечества)", time.February, 23),
		// 2025: the day off for Sunday 23 February was moved to 8 May and
		// the one for Saturday 8 March to 13 June by decree no. 1335.
		ruSubstitute("Defender of the Fatherland Day, day off", time.February, 23, 2025),
		fixed("International Women's Day (Международный женский день)", time.March, 8),
		ruSubstitute("International Women's Day, day off", time.March, 8, 2025),
		// 1 May, 9 May, 12 June, 4 November with upstream's Monday rule
		// (a Saturday or Sunday holiday gives the Monday off), which is art.
		// 112 part 2 for these dates.
		named(calru.LabourDay, "Spring and Labour Day (Праздник Весны и Труда)"),
		named(calru.VictoryDay, "Victory Day (День Победы)"),
		named(calru.RussiasDay, "Russia Day (День России)"),
		// 4 November since 2005 (Federal Law no. 201-FZ of 29 December
		// 2004); upstream applies it in every year.
		during(named(calru.UnionDay, "Unity Day (День народного единства)"), 2005, 0),
	},

	// Government decrees moving days off (the Saturdays they make working
	// days are weekend days of the preset and are not listed):
	// 2020: decree no. 875 of 10 July 2019 — 4 and 5 January to 4 and 5 May.
	ruDaysOff("Day off moved by decree", 2020, time.May, 4, 5),
	// 2021: decree no. 1648 of 10 October 2020 — 2 January to 5 November,
	// 3 January to 31 December, Saturday 20 February to 22 February.
	ruDaysOff("Day off moved by decree", 2021, time.February, 22, 22),
	ruDaysOff("Day off moved by decree", 2021, time.November, 5, 5),
	ruDaysOff("Day off moved by decree", 2021, time.December, 31, 31),
	// 2022: decree no. 1564 of 16 September 2021 — 1 January to 3 May, 2
	// January to 10 May, Saturday 5 March to 7 March.
	ruDaysOff("Day off moved by decree", 2022, time.March, 7, 7),
	ruDaysOff("Day off moved by decree", 2022, time.May, 3, 3),
	ruDaysOff("Day off moved by decree", 2022, time.May, 10, 10),
	// 2023: decree no. 1505 of 29 August 2022 (https://garant.ru/hotlaw/federal/1562946)
	// — 1 January to 24 February, 8 January to 8 May.
	ruDaysOff("Day off moved by decree", 2023, time.February, 24, 24),
	ruDaysOff("Day off moved by decree", 2023, time.May, 8, 8),
	// 2024: decree no. 1314 of 10 August 2023
	// (https://normativ.kontur.ru/document?documentId=454126&moduleId=1) —
	// 6 January to 10 May, 7 January to 31 December, Saturday 27 April to
	// 29 April, Saturday 2 November to 30 April, Saturday 28 December to 30
	// December.
	ruDaysOff("Day off moved by decree", 2024, time.April, 29, 30),
	ruDaysOff("Day off moved by decree", 2024, time.May, 10, 10),
	ruDaysOff("Day off moved by decree", 2024, time.December, 30, 31),
	// 2025: decree no. 1335 of 4 October 2024
	// (https://teko.cntd.ru/news/read/reglamentirovan-perenos-vyhodnyh-dney-v-2025-godu/novosti-po-okhrane-truda)
	// — 4 January to 2 May, 5 January to 31 December, Sunday 23 February
	// to 8 May, Saturday 8 March to 13 June, Saturday 1 November to 3
	// November.
	ruDaysOff("Day off moved by decree", 2025, time.May, 2, 2),
	ruDaysOff("Day off moved by decree", 2025, time.May, 8, 8),
	ruDaysOff("Day off moved by decree", 2025, time.June, 13, 13),
	ruDaysOff("Day off moved by decree", 2025, time.November, 3, 3),
	ruDaysOff("Day off moved by decree", 2025, time.December, 31, 31),
	// 2026: decree no. 1466 of 24 September 2025
	// (https://ria.ru/20250924/mishustin--2044066128.html) — 3 January to
	// 9 January, 4 January to 31 December.
	ruDaysOff("Day off moved by decree", 2026, time.January, 9, 9),
	ruDaysOff("Day off moved by decree", 2026, time.December, 31, 31),

	// Non-working days with pay declared by the President (art. 80 of the
	// Constitution), for all employers except continuously operating and
	// essential ones: 30 March–3 April 2020 (decree no. 206 of 25 March
	// 2020), 4–30 April 2020 (decree no. 239 of 2 April 2020), 6–8 May 2020
	// (decree no. 294 of 28 April 2020), 24 June 2020 (Victory parade,
	// decree of 29 May 2020), 1 July 2020 (vote on the constitutional
	// amendments, Federal Constitutional Law no. 1-FKZ of 14 March 2020
	// art. 2(5) and decree no. 354 of 1 June 2020), 4–7 May 2021 (decree
	// no. 242 of 23 April 2021), 30 October–7 November 2021 (decree no.
	// 595 of 20 October 2021).
	ruDaysOff("Non-working day (decree of the President)", 2020, time.March, 30, 31),
	ruDaysOff("Non-working day (decree of the President)", 2020, time.April, 1, 30),
	ruDaysOff("Non-working day (decree of the President)", 2020, time.May, 6, 8),
	ruDaysOff("Non-working day (decree of the President)", 2020, time.June, 24, 24),
	ruDaysOff("Non-working day (decree of the President)", 2020, time.July, 1, 1),
	ruDaysOff("Non-working day (decree of the President)", 2021, time.May, 4, 7),
	ruDaysOff("Non-working day (decree of the President)", 2021, time.October, 30, 31),
	ruDaysOff("Non-working day (decree of the President)", 2021, time.November, 1, 7),
)

// ruSubstitute is the day off of art. 112 part 2 for a holiday on a
// Saturday or Sunday: the Monday after (no other holiday follows 23
// February or 8 March closely enough to push it further). In other years,
// and in the years except, it has no date. (Upstream's Observed rule says
// the same but cannot leave out a year.)
func ruSubstitute(name string, month time.Month, day int, except ...int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, Except: except, Func: ruCalcSubstitute}
}

func ruCalcSubstitute(h *cal.Holiday, year int) time.Time {
	// The weekday is read from the civil date, not from a midnight in
	// cal.DefaultLoc, which may not exist and read as the day before.
	offset := 0
	switch time.Date(year, h.Month, h.Day, 0, 0, 0, 0, time.UTC).Weekday() {
	case time.Saturday:
		offset = 2
	case time.Sunday:
		offset = 1
	default:
		return time.Time{}
	}
	return time.Date(year, h.Month, h.Day+offset, 0, 0, 0, 0, cal.DefaultLoc)
}

// ruDaysOff returns one-off days off on days first to last of a month.
func ruDaysOff(name string, year int, month time.Month, first, last int) []*cal.Holiday {
	var out []*cal.Holiday
	for d := first; d <= last; d++ {
		out = append(out, oneOff(name, year, month, d))
	}
	return out
}
