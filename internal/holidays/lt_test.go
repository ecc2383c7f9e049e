package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ltLaw lists the holidays of year y (2024–2030) as Article 123(1) of the
// Labour Code lists them.
func ltLaw(y int, mothersDay, fathersDay string) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), d("02-16"), d("03-11"),
		fromEaster(westernEaster, y, 0), fromEaster(westernEaster, y, 1),
		d("05-01"), d(mothersDay), d(fathersDay), d("06-24"), d("07-06"),
		d("08-15"), d("11-01"), d("11-02"), d("12-24"), d("12-25"), d("12-26"),
	}
}

func TestLTClosedDates2024to2030(t *testing.T) {
	// First Sundays of May and June, from the calendar of each year.
	sundays := map[int][2]string{
		2024: {"05-05", "06-02"}, 2025: {"05-04", "06-01"}, 2026: {"05-03", "06-07"},
		2027: {"05-02", "06-06"}, 2028: {"05-07", "06-04"}, 2029: {"05-06", "06-03"},
		2030: {"05-05", "06-02"},
	}
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "LT", y, ltLaw(y, sundays[y][0], sundays[y][1]))
	}
}

// ltClosedOn reports whether the LT preset closes date d ("2006-01-02").
func ltClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "LT", y)[d]
	return ok
}

func TestLTAllSoulsDayFrom2020(t *testing.T) {
	assert.False(t, ltClosedOn(t, "2018-11-02"), "a holiday only from 2020")
	assert.False(t, ltClosedOn(t, "2019-11-02"), "a holiday only from 2020")
	assert.True(t, ltClosedOn(t, "2020-11-02"))
}

func TestLTChristmasEveFrom2010(t *testing.T) {
	assert.False(t, ltClosedOn(t, "2009-12-24"))
	assert.True(t, ltClosedOn(t, "2010-12-24"))
	assert.True(t, ltClosedOn(t, "2012-12-24"))
}

func TestLTRulesBeforeTheyExisted(t *testing.T) {
	assert.False(t, ltClosedOn(t, "2002-06-24"), "Rasos and St. John's Day a holiday again from 2003")
	assert.True(t, ltClosedOn(t, "2003-06-24"))
	assert.False(t, ltClosedOn(t, "1989-07-06"), "Statehood Day from 1991")
}
