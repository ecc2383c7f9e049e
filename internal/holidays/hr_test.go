package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hrLaw lists the holidays of year y (2024–2030) as Article 1 of the Act on
// Holidays, Memorial Days and Non-Working Days (NN 110/2019) lists them.
func hrLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), d("01-06"),
		fromEaster(westernEaster, y, 0), fromEaster(westernEaster, y, 1),
		d("05-01"), d("05-30"), fromEaster(westernEaster, y, 60),
		d("06-22"), d("08-05"), d("08-15"), d("11-01"), d("11-18"),
		d("12-25"), d("12-26"),
	}
}

func TestHRClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "HR", y, hrLaw(y))
	}
}

// 2024 written out: Corpus Christi falls on Statehood Day, 30 May.
func TestHRClosedDates2024Literal(t *testing.T) {
	assertClosed(t, "HR", 2024, []string{
		"2024-01-01", "2024-01-06", "2024-03-31", "2024-04-01", "2024-05-01",
		"2024-05-30", "2024-06-22", "2024-08-05", "2024-08-15", "2024-11-01",
		"2024-11-18", "2024-12-25", "2024-12-26",
	})
}

// The list of 2019, under NN 33/1996 as amended by NN 96/2001 and
// NN 13/2002 (Easter 21 April 2019).
func TestHRClosedDates2019BeforeTheActOf2019(t *testing.T) {
	assertClosed(t, "HR", 2019, []string{
		"2019-01-01", "2019-01-06", "2019-04-21", "2019-04-22", "2019-05-01",
		"2019-06-20", "2019-06-22", "2019-06-25", "2019-08-05", "2019-08-15",
		"2019-10-08", "2019-11-01", "2019-12-25", "2019-12-26",
	})
}

// hrClosedOn reports whether the HR preset closes date d ("2006-01-02").
func hrClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "HR", y)[d]
	return ok
}

func TestHRNewListAppliedBefore2020(t *testing.T) {
	assert.False(t, hrClosedOn(t, "2019-05-30"), "30 May a memorial day 2002–2019")
	assert.False(t, hrClosedOn(t, "2019-11-18"), "18 November a holiday only from 2020")
	assert.True(t, hrClosedOn(t, "2019-06-25"), "25 June Statehood Day 2002–2019")
	assert.True(t, hrClosedOn(t, "2019-10-08"), "8 October Independence Day 2002–2019")
	assert.False(t, hrClosedOn(t, "2020-06-25"), "no holiday since NN 110/2019")
	assert.False(t, hrClosedOn(t, "2020-10-08"), "no holiday since NN 110/2019")
}

func TestHRBefore2002(t *testing.T) {
	assert.True(t, hrClosedOn(t, "2001-05-30"), "Statehood Day on 30 May under NN 33/1996")
	assert.False(t, hrClosedOn(t, "2001-06-14"), "Corpus Christi a holiday only from 2002")
	assert.False(t, hrClosedOn(t, "2002-01-06"), "Epiphany dropped by NN 96/2001, restored by NN 13/2002")
	assert.True(t, hrClosedOn(t, "2003-01-06"))
}
