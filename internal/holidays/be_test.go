package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBEClosedDates2024to2030 checks the ten public holidays of Article 1
// of the Royal Decree of 18 April 1974 (Act of 4 January 1974). A holiday
// on a Sunday or another usual day of inactivity is replaced by a working
// day chosen by the sector or the firm, not by a fixed date, so there are
// no substitute dates.
func TestBEClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		fixed := jpDays(y, "01-01", "05-01", "07-21", "08-15", "11-01", "11-11", "12-25")
		movable := []string{
			fromEaster(westernEaster, y, 1),  // Easter Monday
			fromEaster(westernEaster, y, 39), // Ascension Day
			fromEaster(westernEaster, y, 50), // Whit Monday
		}
		assertClosed(t, "BE", y, union(fixed, movable))
	}
}

// TestBEAscensionOnMayDay2008: Royal Decree of 3 June 2007 made 2 May 2008
// a public holiday in place of Ascension Day (which fell on 1 May).
func TestBEAscensionOnMayDay2008(t *testing.T) {
	assert.True(t, nzClosed(t, "BE", "2008-05-02"))
	assert.True(t, nzClosed(t, "BE", "2008-05-01"))
	assert.False(t, nzClosed(t, "BE", "2009-05-02"))
}
