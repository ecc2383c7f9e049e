package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// nzClosed reports whether region code closes date ("2006-01-02").
func nzClosed(t *testing.T, code, date string) bool {
	t.Helper()
	var y int
	for _, c := range date[:4] {
		y = y*10 + int(c-'0')
	}
	_, ok := closedDates(t, code, y)[date]
	return ok
}

// TestNZClosedDates2024to2030 checks the public holidays of section 44 of
// the Holidays Act 2003 with the weekend transfers of sections 45 and 45A,
// and Matariki on the dates of Schedule 1 of the Te Kāhui o Matariki Public
// Holiday Act 2022. Dates written from the Acts (weekend dates included).
func TestNZClosedDates2024to2030(t *testing.T) {
	easter := func(y int) []string {
		return []string{fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 1)}
	}
	want := map[int][]string{
		2024: {"2024-01-01", "2024-01-02", "2024-02-06", "2024-04-25", "2024-06-03", "2024-06-28", "2024-10-28", "2024-12-25", "2024-12-26"},
		2025: {"2025-01-01", "2025-01-02", "2025-02-06", "2025-04-25", "2025-06-02", "2025-06-20", "2025-10-27", "2025-12-25", "2025-12-26"},
		// ANZAC Day on a Saturday: Monday 27 April; Boxing Day on a Saturday: Monday 28 December.
		2026: {"2026-01-01", "2026-01-02", "2026-02-06", "2026-04-25", "2026-04-27", "2026-06-01", "2026-07-10", "2026-10-26", "2026-12-25", "2026-12-26", "2026-12-28"},
		// 2 January, Waitangi Day, ANZAC Day, Christmas and Boxing Day on weekends.
		2027: {"2027-01-01", "2027-01-02", "2027-01-04", "2027-02-06", "2027-02-08", "2027-04-25", "2027-04-26", "2027-06-07", "2027-06-25", "2027-10-25", "2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"},
		// 1 and 2 January on the weekend: Monday 3 and Tuesday 4; Waitangi Day on a Sunday: Monday 7.
		2028: {"2028-01-01", "2028-01-02", "2028-01-03", "2028-01-04", "2028-02-06", "2028-02-07", "2028-04-25", "2028-06-05", "2028-07-14", "2028-10-23", "2028-12-25", "2028-12-26"},
		2029: {"2029-01-01", "2029-01-02", "2029-02-06", "2029-04-25", "2029-06-04", "2029-07-06", "2029-10-22", "2029-12-25", "2029-12-26"},
		2030: {"2030-01-01", "2030-01-02", "2030-02-06", "2030-04-25", "2030-06-03", "2030-06-21", "2030-10-28", "2030-12-25", "2030-12-26"},
	}
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "NZ", y, union(want[y], easter(y)))
	}
}

// TestNZMatarikiMissing: upstream had no Matariki; the 2022 Act's first
// dates are public holidays, and there is none before 2022.
func TestNZMatarikiMissing(t *testing.T) {
	for _, d := range []string{"2022-06-24", "2023-07-14", "2035-06-29", "2052-06-21"} {
		assert.True(t, nzClosed(t, "NZ", d), d)
	}
	assert.False(t, nzClosed(t, "NZ", "2021-06-25"), "no Matariki holiday before 2022")
}

// TestNZQueenElizabethMemorialDay2022Open: Queen Elizabeth II Memorial
// Day Act 2022 made Monday 26 September 2022 a public holiday.
func TestNZQueenElizabethMemorialDay2022Open(t *testing.T) {
	assert.True(t, nzClosed(t, "NZ", "2022-09-26"))
}

// TestNZMondayisationBefore2014: section 45A (Waitangi Day and ANZAC Day
// on a weekend move to the Monday) applies from 1 January 2014 only.
func TestNZMondayisationBefore2014(t *testing.T) {
	assert.False(t, nzClosed(t, "NZ", "2010-02-08"), "Waitangi Day 2010 was a Saturday; no Monday holiday")
	assert.False(t, nzClosed(t, "NZ", "2009-04-27"), "ANZAC Day 2009 was a Saturday; no Monday holiday")
	assert.True(t, nzClosed(t, "NZ", "2015-04-27"), "ANZAC Day 2015 was a Saturday; Monday holiday")
	assert.True(t, nzClosed(t, "NZ", "2016-02-08"), "Waitangi Day 2016 was a Saturday; Monday holiday")
	assert.False(t, nzClosed(t, "NZ", "1973-02-06"), "Waitangi Day is a national holiday from 1974")
}
