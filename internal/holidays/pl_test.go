package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// plLaw lists the days off of year y (2024–2030) as Art. 1 of the Act of
// 18 January 1951 on days off work lists them (Dz.U. 2020 poz. 1920 as
// amended by Dz.U. 2024 poz. 1965: 24 December from 2025). Sundays other
// than Easter and Pentecost are not listed.
func plLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	out := []string{
		d("01-01"), d("01-06"),
		fromEaster(westernEaster, y, 0), fromEaster(westernEaster, y, 1),
		d("05-01"), d("05-03"),
		fromEaster(westernEaster, y, 49), fromEaster(westernEaster, y, 60),
		d("08-15"), d("11-01"), d("11-11"), d("12-25"), d("12-26"),
	}
	if y >= 2025 {
		out = append(out, d("12-24"))
	}
	return out
}

func TestPLClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "PL", y, plLaw(y))
	}
}

// The 2026 list written out (Easter 5 April, Pentecost 24 May, Corpus
// Christi 4 June).
func TestPLClosedDates2026Literal(t *testing.T) {
	assertClosed(t, "PL", 2026, []string{
		"2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-05-01",
		"2026-05-03", "2026-05-24", "2026-06-04", "2026-08-15", "2026-11-01",
		"2026-11-11", "2026-12-24", "2026-12-25", "2026-12-26",
	})
}

// plClosedOn reports whether the PL preset closes date d ("2006-01-02").
func plClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "PL", y)[d]
	return ok
}

func TestPLChristmasEveFrom2025(t *testing.T) {
	assert.False(t, plClosedOn(t, "2024-12-24"), "a working day before the Act of 6 December 2024")
	assert.True(t, plClosedOn(t, "2025-12-24"), "Dz.U. 2024 poz. 1965")
	assert.True(t, plClosedOn(t, "2035-12-24"))
}

func TestPLEpiphanyOnlyUntil1960AndFrom2011(t *testing.T) {
	assert.True(t, plClosedOn(t, "1960-01-06"))
	assert.False(t, plClosedOn(t, "1975-01-06"), "removed by the 1960 amendment")
	assert.False(t, plClosedOn(t, "2010-01-06"), "restored only from 2011")
	assert.True(t, plClosedOn(t, "2011-01-06"))
}

func TestPLCommunistEraDays(t *testing.T) {
	assert.False(t, plClosedOn(t, "1985-05-03"), "3 May restored in 1990")
	assert.True(t, plClosedOn(t, "1990-05-03"))
	assert.True(t, plClosedOn(t, "1985-07-22"), "22 July, a day off 1951–1989")
	assert.False(t, plClosedOn(t, "1990-07-22"), "removed by the Act of 6 April 1990")
	assert.False(t, plClosedOn(t, "1975-08-15"), "15 August removed 1960–1988")
	assert.True(t, plClosedOn(t, "1989-08-15"))
	assert.False(t, plClosedOn(t, "1985-11-11"), "11 November restored in 1989")
	assert.True(t, plClosedOn(t, "1938-11-11"), "Act of 23 April 1937")
}

func TestPLCentenaryOfIndependence2018(t *testing.T) {
	assert.True(t, plClosedOn(t, "2018-11-12"))
	assert.False(t, plClosedOn(t, "2019-11-12"))
}
