package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// siLaw lists the work-free days of year y (2024–2030) as Articles 1–3 of
// the ZPDPD give them: 1 and 2 January, 8 February, Easter Sunday and
// Monday, 27 April, 1 and 2 May, Pentecost Sunday, 25 June, 15 August,
// 31 October, 1 November, 25 and 26 December.
func siLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), d("01-02"), d("02-08"),
		fromEaster(westernEaster, y, 0), fromEaster(westernEaster, y, 1),
		d("04-27"), d("05-01"), d("05-02"), fromEaster(westernEaster, y, 49),
		d("06-25"), d("08-15"), d("10-31"), d("11-01"), d("12-25"), d("12-26"),
	}
}

func TestSIClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "SI", y, siLaw(y))
	}
}

// 2025 written out (Easter 20 April, Pentecost 8 June 2025); 8 June is
// also Primož Trubar Day, a holiday that is not a work-free day.
func TestSIClosedDates2025Literal(t *testing.T) {
	assertClosed(t, "SI", 2025, []string{
		"2025-01-01", "2025-01-02", "2025-02-08", "2025-04-20", "2025-04-21",
		"2025-04-27", "2025-05-01", "2025-05-02", "2025-06-08", "2025-06-25",
		"2025-08-15", "2025-10-31", "2025-11-01", "2025-12-25", "2025-12-26",
	})
}

// siClosedOn reports whether the SI preset closes date d ("2006-01-02").
func siClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "SI", y)[d]
	return ok
}

func TestSISecondJanuaryWorkingDay2013to2016(t *testing.T) {
	assert.True(t, siClosedOn(t, "2012-01-02"))
	assert.False(t, siClosedOn(t, "2013-01-02"), "ZUJF")
	assert.False(t, siClosedOn(t, "2015-01-02"), "ZUJF")
	assert.True(t, siClosedOn(t, "2017-01-02"), "restored in December 2016")
}

func TestSISolidarityDay2023(t *testing.T) {
	assert.True(t, siClosedOn(t, "2023-08-14"))
	assert.False(t, siClosedOn(t, "2024-08-14"))
}

func TestSIHolidaysThatAreNotWorkFree(t *testing.T) {
	// Primož Trubar Day, Unification of Prekmurje Slovenes, Return of
	// Primorska, Sovereignty Day, Rudolf Maister Day (ZPDPD Article 1, not
	// listed in Article 2).
	for _, d := range []string{"2026-06-08", "2026-08-17", "2026-09-15", "2027-10-25", "2026-11-23"} {
		assert.False(t, siClosedOn(t, d), d)
	}
}
