package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calgb "github.com/rickar/cal/v2/gb"
)

// United Kingdom bank holidays. Sources (read 2026-11-28; see
// sources/gb.md):
//   - Banking and Financial Dealings Act 1971 (c. 80), schedule 1,
//     https://www.legislation.gov.uk/ukpga/1971/80/schedule/1 — the
//     statutory days for England and Wales (para 1), Scotland (para 2) and
//     Northern Ireland (para 3); section 1(2)–(3) lets the Crown move or add
//     days by royal proclamation (published in The Gazette).
//   - St Andrew's Day Bank Holiday (Scotland) Act 2007 (asp 2),
//     https://www.legislation.gov.uk/asp/2007/2/section/1.
//   - The official list of past and coming bank holidays,
//     https://www.gov.uk/bank-holidays (2018 onwards).
//
// Good Friday and Christmas Day are common-law holidays in England, Wales
// and Northern Ireland; New Year's Day (from 1974), the early May bank
// holiday (from 1978), 12 July in Northern Ireland, Boxing Day and the
// spring bank holiday in Scotland, and every substitute for a day that
// falls on a Saturday are appointed each year by proclamation.

// gbEnglandWales are the bank holidays of England and Wales.
var gbEnglandWales = []*cal.Holiday{
	gbNewYear,
	calgb.GoodFriday,
	calgb.EasterMonday,
	gbEarlyMay, gbVEDay1995, gbVEDay2020,
	gbWhitMonday, gbSpring, gbSpring2002, gbSpring2012, gbSpring2022,
	gbSummerFirstMonday, gbSummer,
	calgb.ChristmasDay, calgb.BoxingDay,
	gbSilverJubilee, gbRoyalWedding1981, gbMillennium, gbGoldenJubilee,
	gbRoyalWedding2011, gbDiamondJubilee, gbPlatinumJubilee, gbQueensFuneral,
	gbCoronation,
}

// gbScotland are the bank holidays of Scotland.
var gbScotland = []*cal.Holiday{
	gbScotNewYear, gbScotJanuary2,
	calgb.GoodFriday,
	gbScotEarlyMay, gbVEDay1995, gbVEDay2020,
	gbScotSpring, gbSpring2002, gbSpring2012, gbSpring2022,
	gbScotSummer,
	gbStAndrew,
	gbScotChristmas, gbScotBoxingDay,
	gbSilverJubilee, gbRoyalWedding1981, gbMillennium, gbGoldenJubilee,
	gbRoyalWedding2011, gbDiamondJubilee, gbPlatinumJubilee, gbQueensFuneral,
	gbCoronation,
}

// gbNorthernIreland are the bank holidays of Northern Ireland: those of
// England and Wales plus St Patrick's Day and 12 July.
var gbNorthernIreland = append(append([]*cal.Holiday{}, gbEnglandWales...), gbStPatrick, gbBoyne)

// gbRegions are the presets of the United Kingdom. GB keeps its historical
// meaning, England and Wales.
var gbRegions = []Region{
	{Code: "GB", Name: "United Kingdom: England and Wales", Zone: "Europe/London", Holidays: gbEnglandWales},
	{Code: "GB-ENG", Name: "United Kingdom: England", Zone: "Europe/London", Holidays: gbEnglandWales},
	{Code: "GB-NIR", Name: "United Kingdom: Northern Ireland", Zone: "Europe/London", Holidays: gbNorthernIreland},
	{Code: "GB-SCT", Name: "United Kingdom: Scotland", Zone: "Europe/London", Holidays: gbScotland},
	{Code: "GB-WLS", Name: "United Kingdom: Wales", Zone: "Europe/London", Holidays: gbEnglandWales},
}

// Days common to England, Wales and Northern Ireland.
var (
	// New Year's Day has been a bank holiday in England, Wales and
	// Northern Ireland by annual proclamation since 1974 (gov.uk; the
	// proclamations in The Gazette, e.g. notice L-55182-5SI for 1999).
	// Upstream applies it to every year.
	gbNewYear = during(calgb.NewYear, 1974, 0)

	// Whit Monday was a bank holiday under the Bank Holidays Act 1871 until
	// the 1971 Act replaced it with the last Monday in May.
	gbWhitMonday = during(easter("Whit Monday", 50), 0, 1970)

	// Spring bank holiday, last Monday in May: 1971 Act sch. 1 paras 1 and
	// 3, from 1971. Moved by proclamation in 2002 (4 June), 2012 (4 June)
	// and 2022 (2 June). Upstream applies it to every year and moves it
	// only in 2022.
	gbSpring = &cal.Holiday{
		Name: "Spring Bank Holiday", Type: cal.ObservanceBank, StartYear: 1971, Except: []int{2002, 2012, 2022},
		Month: time.May, Weekday: time.Monday, Offset: -1, Func: cal.CalcWeekdayOffset,
	}
	gbSpring2002 = gbMoved("Spring Bank Holiday", 2002, time.June, 4)
	gbSpring2012 = gbMoved("Spring Bank Holiday", 2012, time.June, 4)
	gbSpring2022 = gbMoved("Spring Bank Holiday", 2022, time.June, 2)

	// Early May bank holiday, first Monday in May, by proclamation from
	// 1978; moved to 8 May (VE Day) in 1995 and 2020. Upstream applies
	// it to every year and misses the 1995 move.
	gbEarlyMay = &cal.Holiday{
		Name: "Early May Bank Holiday", Type: cal.ObservanceBank, StartYear: 1978, Except: []int{1995, 2020},
		Month: time.May, Weekday: time.Monday, Offset: 1, Func: cal.CalcWeekdayOffset,
	}
	gbVEDay1995 = gbMoved("Early May Bank Holiday (VE Day)", 1995, time.May, 8)
	gbVEDay2020 = named(calgb.VEDay, "Early May Bank Holiday (VE Day)")

	// Summer bank holiday: the first Monday in August under the 1871 Act,
	// the last Monday in August in England, Wales and Northern Ireland
	// from 1965 (by announcement, then 1971 Act sch. 1 paras 1 and 3).
	// Upstream applies the last Monday to every year. The trial years
	// 1965–1970 had dates announced one by one (e.g. 2 September 1968,
	// 1 September 1969, and a spring holiday on 29 May 1967, Hansard HC
	// Deb 3 June 1965 c250W); those exceptions are not modelled.
	gbSummerFirstMonday = during(weekdayN("Summer Bank Holiday", time.August, time.Monday, 1), 0, 1964)
	gbSummer            = during(calgb.SummerHoliday, 1965, 0)

	// One-off bank holidays appointed by proclamation for the whole United
	// Kingdom (gov.uk/bank-holidays; The Gazette). Upstream has only 2022
	// (jubilee) and 2023; it misses the 2022 state funeral, 2011, 2012
	// and the earlier ones.
	gbSilverJubilee    = oneOff("Silver Jubilee of Elizabeth II", 1977, time.June, 7)
	gbRoyalWedding1981 = oneOff("Wedding of Prince Charles and Lady Diana Spencer", 1981, time.July, 29)
	gbMillennium       = oneOff("Millennium Bank Holiday", 1999, time.December, 31)
	gbGoldenJubilee    = oneOff("Golden Jubilee of Elizabeth II", 2002, time.June, 3)
	gbRoyalWedding2011 = oneOff("Wedding of Prince William and Catherine Middleton", 2011, time.April, 29)
	gbDiamondJubilee   = oneOff("Diamond Jubilee of Elizabeth II", 2012, time.June, 5)
	gbPlatinumJubilee  = named(calgb.PlatinumJubilee, "Platinum Jubilee of Elizabeth II")
	gbQueensFuneral    = oneOff("State Funeral of Queen Elizabeth II", 2022, time.September, 19)
	gbCoronation       = named(calgb.CoronationDay, "Coronation of King Charles III")
)

// Northern Ireland's own days.
var (
	// St Patrick's Day: 1971 Act sch. 1 para 3 (17 March, or 18 March when
	// the 17th is a Sunday; a Saturday is substituted by the next Monday by
	// proclamation, e.g. 2029-03-19 on gov.uk). A bank holiday in Ireland
	// since the Bank Holiday (Ireland) Act 1903.
	gbStPatrick = &cal.Holiday{
		Name: "St Patrick's Day", Type: cal.ObservanceBank, StartYear: 1903,
		Month: time.March, Day: 17, Func: cal.CalcDayOfMonth, Observed: weekendToMonday,
	}

	// Battle of the Boyne (Orangemen's Day), 12 July, by annual
	// proclamation; the next Monday when it falls on a weekend (gov.uk:
	// 2020-07-13, 2025-07-14, 2026-07-13). Years before 1971 not checked.
	gbBoyne = &cal.Holiday{
		Name: "Battle of the Boyne (Orangemen's Day)", Type: cal.ObservanceBank,
		Month: time.July, Day: 12, Func: cal.CalcDayOfMonth, Observed: weekendToMonday,
	}
)

// Scotland's days: 1971 Act sch. 1 para 2. Easter Monday is not a bank
// holiday in Scotland.
var (
	// New Year's Day and 2 January. The Act gives 3 January for either
	// day on a Sunday; proclamations substitute a Saturday by the next
	// Monday. Both days fall on the weekend when 1 January is a
	// Saturday: the substitutes are then Monday 3 and Tuesday 4 January
	// (gov.uk: 2022-01-03, 2022-01-04). Upstream has no Scottish set.
	// 2 January was added by the 1971 Act.
	gbScotNewYear   = gbSubstituted("New Year's Day", time.January, 1)
	gbScotJanuary2  = during(gbSubstituted("2nd January", time.January, 2), 1971, 0)
	gbScotChristmas = gbSubstituted("Christmas Day", time.December, 25)
	// Boxing Day in Scotland by annual proclamation since 1974.
	gbScotBoxingDay = during(gbSubstituted("Boxing Day", time.December, 26), 1974, 0)

	// The first Monday in May has been a bank holiday in Scotland since
	// the Bank Holidays Act 1871 (sch. 1 para 2 of the 1971 Act); moved
	// to 8 May in 1995 and 2020 like the rest of the UK.
	gbScotEarlyMay = during(gbEarlyMay, 0, 0)

	// Spring bank holiday (last Monday in May) by proclamation in Scotland
	// since 1978; moved in 2002, 2012 and 2022 like the rest of the UK.
	gbScotSpring = during(gbSpring, 1978, 0)

	// Summer bank holiday: the first Monday in August (sch. 1 para 2).
	gbScotSummer = named(calgb.SummerHolidayScotland, "Summer Bank Holiday")

	// St Andrew's Day: 30 November, or the first Monday after when it is a
	// Saturday or Sunday (the weekend day itself is then not a bank
	// holiday). St Andrew's Day Bank Holiday (Scotland) Act 2007 s. 1,
	// from 2007.
	gbStAndrew = &cal.Holiday{
		Name: "St Andrew's Day", Type: cal.ObservanceBank, StartYear: 2007,
		Month: time.November, Day: 30, Func: gbCalcMondayIfWeekend,
	}
)

// gbMoved is a bank holiday moved by proclamation to a date in one year.
func gbMoved(name string, year int, month time.Month, day int) *cal.Holiday {
	h := oneOff(name, year, month, day)
	h.Type = cal.ObservanceBank
	return h
}

// gbSubstituted is a Scottish two-day holiday (1–2 January, 25–26
// December): a day on a Saturday or Sunday is substituted two days later,
// which is the Monday or Tuesday after the pair.
func gbSubstituted(name string, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{
		Name: name, Type: cal.ObservanceBank, Month: month, Day: day, Func: cal.CalcDayOfMonth,
		Observed: []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}},
	}
}

// gbCalcMondayIfWeekend returns the holiday's date, or the Monday after
// it when it falls on a Saturday or Sunday.
func gbCalcMondayIfWeekend(h *cal.Holiday, year int) time.Time {
	d := time.Date(year, h.Month, h.Day, 0, 0, 0, 0, cal.DefaultLoc)
	switch d.Weekday() {
	case time.Saturday:
		return d.AddDate(0, 0, 2)
	case time.Sunday:
		return d.AddDate(0, 0, 1)
	}
	return d
}
