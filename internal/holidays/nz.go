package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calnz "github.com/rickar/cal/v2/nz"
)

// New Zealand: the public holidays of section 44 of the Holidays Act 2003
// (https://www.legislation.govt.nz/act/public/2003/0129/latest/),
// read 2026-11-28. Regional anniversary days (also in section 44) belong to
// the provinces, not to the "NZ" set. See sources/nz.md.

// nzMatarikiDates are the dates of the Te Kāhui o Matariki public holiday
// in Schedule 1 of the Te Kāhui o Matariki Public Holiday Act 2022
// (https://www.legislation.govt.nz/act/public/2022/0014/latest/),
// 2022 to 2052; the Act leaves later dates to be added to the schedule.
var nzMatarikiDates = map[int]struct {
	m time.Month
	d int
}{
	2022: {time.June, 24}, 2023: {time.July, 14}, 2024: {time.June, 28},
	2025: {time.June, 20}, 2026: {time.July, 10}, 2027: {time.June, 25},
	2028: {time.July, 14}, 2029: {time.July, 6}, 2030: {time.June, 21},
	2031: {time.July, 11}, 2032: {time.July, 2}, 2033: {time.June, 24},
	2034: {time.July, 7}, 2035: {time.June, 29}, 2036: {time.July, 18},
	2037: {time.July, 10}, 2038: {time.June, 25}, 2039: {time.July, 15},
	2040: {time.July, 6}, 2041: {time.July, 19}, 2042: {time.July, 11},
	2043: {time.July, 3}, 2044: {time.June, 24}, 2045: {time.July, 7},
	2046: {time.June, 29}, 2047: {time.July, 19}, 2048: {time.July, 3},
	2049: {time.June, 25}, 2050: {time.July, 15}, 2051: {time.June, 30},
	2052: {time.June, 21},
}

// nzMatariki is Te Kāhui o Matariki public holiday (section 44 of
// the Holidays Act 2003), 2022–2052, on the dates of the 2022 Act's
// schedule. Upstream (rickar/cal v2.1.13) does not have it.
var nzMatariki = &cal.Holiday{
	Name:      "Matariki (Te Kāhui o Matariki)",
	Type:      cal.ObservancePublic,
	StartYear: 2022,
	EndYear:   2052,
	Func: func(_ *cal.Holiday, year int) time.Time {
		md, ok := nzMatarikiDates[year]
		if !ok {
			return time.Time{}
		}
		return time.Date(year, md.m, md.d, 0, 0, 0, 0, cal.DefaultLoc)
	},
}

// nzNational is the "NZ" set.
var nzNational = []*cal.Holiday{
	named(calnz.NewYear, "New Year's Day"),
	named(calnz.DayAfterNewYear, "Day after New Year's Day"),
	// Waitangi Day and ANZAC Day are transferred to the Monday when they
	// fall on a weekend only from 1 January 2014: section 45A of the
	// Holidays Act 2003, inserted by the Holidays (Full Recognition of
	// Waitangi Day and ANZAC Day) Amendment Act 2013
	// (https://www.legislation.govt.nz/act/public/2013/0019/latest/).
	// Upstream Mondayises them in every year, which closes Mondays such as
	// 2004-02-09 and 2010-04-26 that were working days.
	// Waitangi Day is a national public holiday from 1974 (New Zealand Day
	// Act 1973, renamed by the Waitangi Day Act 1976); upstream has no
	// first year.
	nzWithoutObserved(during(calnz.WaitangiDay, 1974, 2013)),
	during(calnz.WaitangiDay, 2014, 0),
	nzWithoutObserved(during(calnz.AnzacDay, 0, 2013)),
	during(calnz.AnzacDay, 2014, 0),
	calnz.GoodFriday,
	calnz.EasterMonday,
	named(calnz.QueensBirthday, "Sovereign's Birthday (King's Birthday)"),
	nzMatariki,
	calnz.LabourDay,
	calnz.ChristmasDay,
	calnz.BoxingDay,
	// Queen Elizabeth II Memorial Day Act 2022: a public
	// holiday on Monday 26 September 2022
	// (https://www.legislation.govt.nz/).
	oneOff("Queen Elizabeth II Memorial Day", 2022, time.September, 26),
}

// nzWithoutObserved returns a copy of h with no weekend substitute.
func nzWithoutObserved(h *cal.Holiday) *cal.Holiday {
	c := copyOf(h)
	c.Observed = nil
	return c
}

// nzRegions are the presets of New Zealand.
var nzRegions = []Region{
	{Code: "NZ", Name: "New Zealand", Zone: "Pacific/Auckland", Holidays: nzNational},
}
