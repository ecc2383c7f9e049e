package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNLClosedDates2024to2030 checks the days of Article 3(1) and 3(2) of
// the Algemene termijnenwet, with King's Day per the Besluit van 30 januari
// 2013 (27 April; 26 April when the 27th is a Sunday, as in 2025).
func TestNLClosedDates2024to2030(t *testing.T) {
	kingsDay := map[int]string{
		2024: "2024-04-27", 2025: "2025-04-26", 2026: "2026-04-27", 2027: "2027-04-27",
		2028: "2028-04-27", 2029: "2029-04-27", 2030: "2030-04-27",
	}
	for y := 2024; y <= 2030; y++ {
		ys := jpDays(y, "01-01", "05-05", "12-25", "12-26")
		movable := []string{
			fromEaster(westernEaster, y, -2), // Good Friday
			fromEaster(westernEaster, y, 1),  // Easter Monday
			fromEaster(westernEaster, y, 39), // Ascension Day
			fromEaster(westernEaster, y, 50), // Whit Monday
		}
		assertClosed(t, "NL", y, union(ys, movable, []string{kingsDay[y]}))
	}
}

// TestNLQueensDayBefore2014: upstream put King's Day on 27 April in every
// year; it was Queen's Day on 30 April 1949–2013.
func TestNLQueensDayBefore2014(t *testing.T) {
	assert.True(t, nzClosed(t, "NL", "2013-04-30"))
	assert.False(t, nzClosed(t, "NL", "2013-04-27"))
	assert.True(t, nzClosed(t, "NL", "2006-04-29"), "30 April 2006 a Sunday: Saturday 29 April")
	assert.True(t, nzClosed(t, "NL", "1978-05-01"), "30 April 1978 a Sunday: Monday 1 May until 1979")
	assert.False(t, nzClosed(t, "NL", "2014-04-27"), "27 April 2014 a Sunday: King's Day on the 26th only")
	assert.True(t, nzClosed(t, "NL", "2014-04-26"))
	assert.True(t, nzClosed(t, "NL", "1938-08-31"), "Wilhelmina's birthday until 1948")
}
