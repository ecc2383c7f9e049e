package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Federal holidays of 5 U.S.C. 6103(a), with the Friday/Monday observance of
// 6103(b) and Executive Order 11582, and the days executive orders closed
// all executive departments (Christmas Eve 2024; 2025-01-09, order of
// 2024-12-30; 2025-12-24 and 2025-12-26, order of 2025-12-18).
func TestUSClosedDates2024to2030(t *testing.T) {
	want := map[int][]string{
		2024: {"2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04",
			"2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25",
			"2024-12-24"}, // executive order closing agencies on Christmas Eve 2024
		2025: {"2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
			"2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
			"2025-01-09",                // national day of mourning, executive order of 2024-12-30
			"2025-12-24", "2025-12-26"}, // executive order of 2025-12-18
		2026: {"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
			"2026-07-04", "2026-07-03", // Saturday, observed Friday
			"2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"},
		2027: {"2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
			"2027-06-19", "2027-06-18", // Saturday, observed Friday
			"2027-07-04", "2027-07-05", // Sunday, observed Monday
			"2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25",
			"2027-12-25", "2027-12-24", // Saturday, observed Friday
			"2027-12-31"}, // New Year's Day 2028 is a Saturday
		2028: {"2028-01-01", "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04",
			"2028-09-04", "2028-10-09",
			"2028-11-11", "2028-11-10", // Saturday, observed Friday
			"2028-11-23", "2028-12-25"},
		2029: {"2029-01-01", "2029-01-15", "2029-02-19", "2029-05-28", "2029-06-19", "2029-07-04",
			"2029-09-03", "2029-10-08",
			"2029-11-11", "2029-11-12", // Sunday, observed Monday
			"2029-11-22", "2029-12-25"},
		2030: {"2030-01-01", "2030-01-21", "2030-02-18", "2030-05-27", "2030-06-19", "2030-07-04",
			"2030-09-02", "2030-10-14", "2030-11-11", "2030-11-28", "2030-12-25"},
	}
	for y, dates := range want {
		assertClosed(t, "US", y, dates)
	}
}

func usClosed(t *testing.T, y int, date string) bool {
	t.Helper()
	_, ok := closedDates(t, "US", y)[date]
	return ok
}

// Upstream applied Martin Luther King Jr. Day (first observed 1986) to
// earlier years.
func TestUSMLKDayFrom1986(t *testing.T) {
	assert.False(t, usClosed(t, 1985, "1985-01-21"))
	assert.True(t, usClosed(t, 1986, "1986-01-20"))
}

// Upstream applied the Monday rules of the Uniform Monday Holiday Act
// (1971) to earlier years.
func TestUSMondayHolidaysFrom1971(t *testing.T) {
	assert.True(t, usClosed(t, 1970, "1970-02-23"), "22 Feb 1970, a Sunday, observed Monday")
	assert.False(t, usClosed(t, 1970, "1970-02-16"), "third Monday of February 1970")
	assert.True(t, usClosed(t, 1970, "1970-05-29"), "30 May 1970, a Saturday, observed Friday")
	assert.False(t, usClosed(t, 1970, "1970-05-25"), "last Monday of May 1970")
	assert.True(t, usClosed(t, 1971, "1971-02-15"))
	assert.True(t, usClosed(t, 1971, "1971-05-31"))
}

// Upstream kept Veterans Day on 11 November in 1971–1977, when it was the
// fourth Monday of October.
func TestUSVeteransDayInOctober1971to1977(t *testing.T) {
	assert.True(t, usClosed(t, 1975, "1975-10-27"))
	assert.False(t, usClosed(t, 1975, "1975-11-11"))
	assert.True(t, usClosed(t, 1978, "1978-11-10"), "11 Nov 1978, a Saturday, observed Friday")
}

// Upstream lacked the days closed by executive order.
func TestUSExecutiveOrderClosings(t *testing.T) {
	for y, d := range map[int]string{2018: "2018-12-05", 2019: "2019-12-24", 2020: "2020-12-24"} {
		assert.True(t, usClosed(t, y, d), d)
	}
	assert.True(t, usClosed(t, 2018, "2018-12-24"))
	assert.False(t, usClosed(t, 2026, "2026-12-24"), "no order for 2026 yet")
}
