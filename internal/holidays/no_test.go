package holidays

import (
	"fmt"
	"testing"
)

// noDates are Norway's public holidays of year y: the holidays of
// lov om helligdager og helgedagsfred § 2 (Easter Sunday and Whit Sunday
// left out, always Sundays) and 1 and 17 May (lov om 1. og 17. mai).
func noDates(y int) []string {
	return []string{
		fmt.Sprintf("%d-01-01", y),
		fromEaster(westernEaster, y, -3), // Maundy Thursday
		fromEaster(westernEaster, y, -2), // Good Friday
		fromEaster(westernEaster, y, 1),  // Easter Monday
		fmt.Sprintf("%d-05-01", y),
		fmt.Sprintf("%d-05-17", y),
		fromEaster(westernEaster, y, 39), // Ascension Day
		fromEaster(westernEaster, y, 50), // Whit Monday
		fmt.Sprintf("%d-12-25", y),
		fmt.Sprintf("%d-12-26", y),
	}
}

func TestNOClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "NO", y, noDates(y))
	}
}

// Upstream applies 1 and 17 May to every year; they are festival days by
// the act of 1947.
func TestNOMayDaysFrom1947(t *testing.T) {
	deAssertDay(t, "NO", "1946-05-17", false)
	deAssertDay(t, "NO", "1946-05-01", false)
	deAssertDay(t, "NO", "1947-05-01", true)
	deAssertDay(t, "NO", "1947-05-17", true)
}
