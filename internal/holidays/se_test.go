package holidays

import (
	"fmt"
	"testing"
)

// seMidsummerDays and seAllSaintsDays are the Saturdays of 20–26 June and
// of 31 October–6 November (lag (1989:253) § 2), written out from a
// calendar.
var (
	seMidsummerDays = map[int]string{
		2024: "2024-06-22", 2025: "2025-06-21", 2026: "2026-06-20", 2027: "2027-06-26",
		2028: "2028-06-24", 2029: "2029-06-23", 2030: "2030-06-22",
	}
	seAllSaintsDays = map[int]string{
		2024: "2024-11-02", 2025: "2025-11-01", 2026: "2026-10-31", 2027: "2027-11-06",
		2028: "2028-11-04", 2029: "2029-11-03", 2030: "2030-11-02",
	}
)

// seDates are Sweden's public holidays of year y (2005 on) by lag
// (1989:253) om allmänna helgdagar; Easter Sunday and Whit Sunday are left
// out (always Sundays).
func seDates(y int) []string {
	return []string{
		fmt.Sprintf("%d-01-01", y),
		fmt.Sprintf("%d-01-06", y),
		fromEaster(westernEaster, y, -2), // Good Friday
		fromEaster(westernEaster, y, 1),  // Easter Monday
		fmt.Sprintf("%d-05-01", y),
		fromEaster(westernEaster, y, 39), // Ascension Day
		fmt.Sprintf("%d-06-06", y),       // National Day
		seMidsummerDays[y],
		seAllSaintsDays[y],
		fmt.Sprintf("%d-12-25", y),
		fmt.Sprintf("%d-12-26", y),
	}
}

func TestSEClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "SE", y, seDates(y))
	}
}

// Upstream applies the National Day to every year and lacks Whit Monday;
// the National Day replaced Whit Monday in 2005 (lag 2004:1320).
func TestSENationalDayReplacedWhitMondayIn2005(t *testing.T) {
	deAssertDay(t, "SE", "2004-06-06", false) // a Sunday, but no holiday
	deAssertDay(t, "SE", "2003-06-06", false)
	deAssertDay(t, "SE", "2005-06-06", true)
	deAssertDay(t, "SE", "2004-05-31", true) // Whit Monday 2004
	deAssertDay(t, "SE", "2005-05-16", false)
}

// Upstream closes Midsummer Eve, Christmas Eve and New Year's Eve; they
// are not public holidays.
func TestSEEvesAreNotHolidays(t *testing.T) {
	for _, d := range []string{"2026-06-19", "2026-12-24", "2026-12-31", "2030-06-21", "2030-12-24", "2030-12-31"} {
		deAssertDay(t, "SE", d, false)
	}
}
