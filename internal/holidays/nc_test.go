package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ncLegal returns the twelve legal public holidays of New Caledonia in year
// y (article 74 of the Accord interprofessionnel territorial): 1 Jan,
// Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 Jul, 15 Aug,
// 24 Sep, 1 Nov, 11 Nov, 25 Dec. No weekend substitutes.
func ncLegal(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), fromEaster(westernEaster, y, 1), d("05-01"), d("05-08"),
		fromEaster(westernEaster, y, 39), fromEaster(westernEaster, y, 50),
		d("07-14"), d("08-15"), d("09-24"), d("11-01"), d("11-11"), d("12-25"),
	}
}

func TestNCClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "NC", y, ncLegal(y))
	}
}

// Good Friday is a holiday only in Alsace-Moselle, not in New Caledonia.
func TestNCNoGoodFriday(t *testing.T) {
	_, ok := closedDates(t, "NC", 2025)["2025-04-18"]
	assert.False(t, ok)
}
