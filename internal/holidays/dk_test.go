package holidays

import (
	"fmt"
	"testing"
)

// dkDates are Denmark's public holidays of year y on the list of the
// national church's holidays (sources/dk.md), Great Prayer Day only up to
// 2023 (abolished from 2024); Easter Sunday and Whit Sunday are left out
// (always Sundays).
func dkDates(y int) []string {
	out := []string{
		fmt.Sprintf("%d-01-01", y),
		fromEaster(westernEaster, y, -3), // Maundy Thursday
		fromEaster(westernEaster, y, -2), // Good Friday
		fromEaster(westernEaster, y, 1),  // Easter Monday
		fromEaster(westernEaster, y, 39), // Ascension Day
		fromEaster(westernEaster, y, 50), // Whit Monday
		fmt.Sprintf("%d-12-25", y),
		fmt.Sprintf("%d-12-26", y),
	}
	if y <= 2023 {
		out = append(out, fromEaster(westernEaster, y, 26)) // Great Prayer Day
	}
	return out
}

func TestDKClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "DK", y, dkDates(y))
	}
}

// Great Prayer Day was a holiday until 2023 and is not from 2024.
func TestDKGreatPrayerDayAbolishedFrom2024(t *testing.T) {
	assertClosed(t, "DK", 2023, dkDates(2023))
	deAssertDay(t, "DK", "2023-05-05", true)
	deAssertDay(t, "DK", "2024-04-26", false)
}

// Upstream closes Constitution Day; it is not a public holiday.
func TestDKConstitutionDayIsNotAHoliday(t *testing.T) {
	for _, d := range []string{"2020-06-05", "2023-06-05", "2026-06-05", "2035-06-05"} {
		deAssertDay(t, "DK", d, false)
	}
}
