package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// esLaw lists the holidays common to all of Spain in year y (2024–2030):
// the nine non-substitutable national holidays of Royal Decree 2001/1983,
// Article 45.1 a)–c), and 6 January, which the yearly BOE resolutions show
// kept by every community. A Sunday holiday stays on its Sunday here: the
// Monday after it is a holiday only where a community so decides.
func esLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), d("01-06"), fromEaster(westernEaster, y, -2), d("05-01"),
		d("08-15"), d("10-12"), d("11-01"), d("12-06"), d("12-08"), d("12-25"),
	}
}

func TestESClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "ES", y, esLaw(y))
	}
}

// 2025 as the resolution BOE-A-2024-21316 lists the days common to all
// communities (Good Friday 18 April).
func TestESClosedDates2025Literal(t *testing.T) {
	assertClosed(t, "ES", 2025, []string{
		"2025-01-01", "2025-01-06", "2025-04-18", "2025-05-01", "2025-08-15",
		"2025-10-12", "2025-11-01", "2025-12-06", "2025-12-08", "2025-12-25",
	})
}

// esClosedOn reports whether the ES preset closes date d ("2006-01-02").
func esClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "ES", y)[d]
	return ok
}

func TestESDaysNotCommonToAllCommunities(t *testing.T) {
	assert.False(t, esClosedOn(t, "2025-04-17"), "Holy Thursday: not in Catalonia and Valencia")
	assert.False(t, esClosedOn(t, "2022-12-26"), "Monday after Christmas 2022: not in Galicia, the Basque Country, Valencia, Catalonia (as a substitute) or Ceuta")
	assert.False(t, esClosedOn(t, "2023-01-02"), "Monday after New Year 2023: chosen by some communities only")
	assert.False(t, esClosedOn(t, "2025-03-19"), "San José: some communities only")
	assert.False(t, esClosedOn(t, "2025-07-25"), "Santiago: some communities only")
}
