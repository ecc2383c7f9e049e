package holidays

import (
	"fmt"
	"testing"
)

// frDates are the eleven public holidays of Code du travail art. L3133-1
// for year y (1982 on).
func frDates(y int) []string {
	return []string{
		fmt.Sprintf("%d-01-01", y),
		fromEaster(westernEaster, y, 1), // Easter Monday
		fmt.Sprintf("%d-05-01", y),
		fmt.Sprintf("%d-05-08", y),
		fromEaster(westernEaster, y, 39), // Ascension Day
		fromEaster(westernEaster, y, 50), // Whit Monday
		fmt.Sprintf("%d-07-14", y),
		fmt.Sprintf("%d-08-15", y),
		fmt.Sprintf("%d-11-01", y),
		fmt.Sprintf("%d-11-11", y),
		fmt.Sprintf("%d-12-25", y),
	}
}

func TestFRClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "FR", y, frDates(y))
	}
}

// Upstream applies 8 May to every year; it was a holiday 1953–1958, in
// 1965 and from 1982.
func TestFRVictoryDayYears(t *testing.T) {
	deAssertDay(t, "FR", "1952-05-08", false)
	deAssertDay(t, "FR", "1953-05-08", true)
	deAssertDay(t, "FR", "1959-05-08", false)
	deAssertDay(t, "FR", "1965-05-08", true)
	deAssertDay(t, "FR", "1981-05-08", false)
	deAssertDay(t, "FR", "1982-05-08", true)
}

// Upstream applies 1 May and 11 November to every year; they are holidays
// from 1947 and 1922.
func TestFRLabourAndArmisticeDayYears(t *testing.T) {
	deAssertDay(t, "FR", "1946-05-01", false)
	deAssertDay(t, "FR", "1947-05-01", true)
	deAssertDay(t, "FR", "1921-11-11", false)
	deAssertDay(t, "FR", "1922-11-11", true)
}

// Good Friday and 26 December are Alsace-Moselle holidays, not national.
func TestFRNoAlsaceMoselleDays(t *testing.T) {
	deAssertDay(t, "FR", "2026-04-03", false)
	deAssertDay(t, "FR", "2026-12-26", false)
}
