package holidays

import (
	"fmt"
	"testing"
)

// ecbDates are the TARGET/T2 closing days of year y (2002 on) by the
// long-term calendar of 14 December 2000 (sources/ecb.md).
func ecbDates(y int) []string {
	return []string{
		fmt.Sprintf("%d-01-01", y),
		fromEaster(westernEaster, y, -2), // Good Friday
		fromEaster(westernEaster, y, 1),  // Easter Monday
		fmt.Sprintf("%d-05-01", y),
		fmt.Sprintf("%d-12-25", y),
		fmt.Sprintf("%d-12-26", y),
	}
}

func TestECBClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "ECB", y, ecbDates(y))
	}
}

// In 1999 TARGET closed only on New Year's Day, Christmas Day and, for the
// year-2000 changeover, 31 December; upstream closes it on all six days.
func TestECB1999Calendar(t *testing.T) {
	assertClosed(t, "ECB", 1999, []string{"1999-01-01", "1999-12-25", "1999-12-31"})
}

// 31 December 2001 was a closing day for the euro cash changeover.
func TestECB2001CashChangeover(t *testing.T) {
	assertClosed(t, "ECB", 2001, []string{
		"2001-01-01", "2001-04-13", "2001-04-16", "2001-05-01",
		"2001-12-25", "2001-12-26", "2001-12-31",
	})
	deAssertDay(t, "ECB", "2002-12-31", false)
}
