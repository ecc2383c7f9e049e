package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// zaSchedule returns the public holidays of Schedule 1 of the Public
// Holidays Act 36 of 1994 in year y, plus the Monday after each one that
// falls on a Sunday (section 2(1)), given per year in extra.
func zaSchedule(y int, extra ...string) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return append([]string{
		d("01-01"), d("03-21"),
		fromEaster(westernEaster, y, -2), // Good Friday
		fromEaster(westernEaster, y, 1),  // Family Day
		d("04-27"), d("05-01"), d("06-16"), d("08-09"), d("09-24"),
		d("12-16"), d("12-25"), d("12-26"),
	}, extra...)
}

func TestZAClosedDates2024to2030(t *testing.T) {
	want := map[int][]string{
		// Youth Day on a Sunday; election day declared under section 2A
		// (Gazette of 2024-02-23).
		2024: zaSchedule(2024, "2024-06-17", "2024-05-29"),
		2025: zaSchedule(2025, "2025-04-28"), // Freedom Day on a Sunday
		2026: zaSchedule(2026, "2026-08-10"), // Women's Day on a Sunday
		// Human Rights Day and Day of Goodwill on a Sunday.
		2027: zaSchedule(2027, "2027-03-22", "2027-12-27"),
		2028: zaSchedule(2028, "2028-09-25"), // Heritage Day on a Sunday
		2029: zaSchedule(2029, "2029-12-17"), // Day of Reconciliation on a Sunday
		2030: zaSchedule(2030, "2030-06-17"), // Youth Day on a Sunday
	}
	for y, dates := range want {
		assertClosed(t, "ZA", y, dates)
	}
}

func zaClosed(t *testing.T, y int, date string) bool {
	t.Helper()
	_, ok := closedDates(t, "ZA", y)[date]
	return ok
}

// Upstream moved the Day of Goodwill to Tuesday whenever 26 December is a
// Monday. The Act gives no such day; 27 December was a holiday in 2016 and
// 2022 only by the President's declaration.
func TestZANoTuesdayAfterChristmasOnSunday(t *testing.T) {
	assert.False(t, zaClosed(t, 2033, "2033-12-27"))
	assert.False(t, zaClosed(t, 2011, "2011-12-27"))
	assert.True(t, zaClosed(t, 2016, "2016-12-27"))
	assert.True(t, zaClosed(t, 2022, "2022-12-27"))
	assert.True(t, zaClosed(t, 2022, "2022-12-26"))
}

// Upstream lacked the days declared under section 2A.
func TestZADeclaredDays(t *testing.T) {
	for y, d := range map[int]string{2011: "2011-05-18", 2016: "2016-08-03", 2019: "2019-05-08",
		2021: "2021-11-01", 2023: "2023-12-15", 2024: "2024-05-29"} {
		assert.True(t, zaClosed(t, y, d), d)
	}
}

// Upstream applied the Act's holidays to years before it (1995).
func TestZAHolidaysFrom1995(t *testing.T) {
	assert.False(t, zaClosed(t, 1994, "1994-04-27"))
	assert.False(t, zaClosed(t, 1994, "1994-12-16"))
	assert.True(t, zaClosed(t, 1995, "1995-04-27"))
}
