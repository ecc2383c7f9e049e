package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// mwFixed returns the public holidays of Malawi in year y: 1 Jan, 15 Jan,
// 3 Mar, Good Friday, Easter Monday, 1 May, 14 May, 6 Jul, 15 Oct, 25 Dec,
// 26 Dec, plus the Monday (or Tuesday, at Christmas) substitutes for those
// on a weekend and the announced days, given per year in extra.
func mwFixed(y int, extra ...string) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return append([]string{
		d("01-01"), d("01-15"), d("03-03"),
		fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 1),
		d("05-01"), d("05-14"), d("07-06"), d("10-15"), d("12-25"), d("12-26"),
	}, extra...)
}

func TestMWClosedDates2024to2030(t *testing.T) {
	want := map[int][]string{
		// Martyrs' Day Sun → Mon 4 Mar, Independence Day Sat → Mon 8 Jul;
		// Eid al-Fitr 10 Apr and the Vice President's funeral 17 Jun
		// (government announcements).
		2024: mwFixed(2024, "2024-03-04", "2024-07-08", "2024-04-10", "2024-06-17"),
		2025: mwFixed(2025, "2025-07-07"), // Independence Day on a Sunday
		2026: mwFixed(2026, "2026-12-28"), // Boxing Day on a Saturday
		// Labour Day Sat → Mon 3 May; Christmas Sat → Mon 27, Boxing Day
		// Sun → Tue 28 Dec.
		2027: mwFixed(2027, "2027-05-03", "2027-12-27", "2027-12-28"),
		// New Year's Day, John Chilembwe Day, Kamuzu Day, Mother's Day on a
		// weekend.
		2028: mwFixed(2028, "2028-01-03", "2028-01-17", "2028-05-15", "2028-10-16"),
		2029: mwFixed(2029, "2029-03-05"),               // Martyrs' Day on a Saturday
		2030: mwFixed(2030, "2030-03-04", "2030-07-08"), // Martyrs' Day Sun, Independence Day Sat
	}
	for y, dates := range want {
		assertClosed(t, "MW", y, dates)
	}
}

func mwClosed(t *testing.T, y int, date string) bool {
	t.Helper()
	_, ok := closedDates(t, "MW", y)[date]
	return ok
}

// Upstream moved Christmas on a Saturday and Boxing Day on a Sunday to the
// same Monday, losing one substitute day.
func TestMWChristmasAndBoxingDayBothSubstituted(t *testing.T) {
	assert.True(t, mwClosed(t, 2021, "2021-12-27"))
	assert.True(t, mwClosed(t, 2021, "2021-12-28"))
	assert.True(t, mwClosed(t, 2022, "2022-12-26"), "Boxing Day on a Monday")
	assert.True(t, mwClosed(t, 2022, "2022-12-27"), "Christmas on a Sunday")
}

// Upstream lacked the announced days.
func TestMWAnnouncedDays(t *testing.T) {
	assert.True(t, mwClosed(t, 2021, "2021-05-17"), "Eid al-Fitr 2021")
	assert.True(t, mwClosed(t, 2024, "2024-06-17"), "funeral of the Vice President")
}
