package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// czLaw lists the days of rest of year y (2024–2030) as §§ 1–3 of Act No.
// 245/2000 Sb. (as amended by Act No. 359/2015 Sb.) give them.
func czLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 1),
		d("05-01"), d("05-08"), d("07-05"), d("07-06"), d("09-28"), d("10-28"),
		d("11-17"), d("12-24"), d("12-25"), d("12-26"),
	}
}

func TestCZClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "CZ", y, czLaw(y))
	}
}

// 2027 written out (Easter 28 March 2027).
func TestCZClosedDates2027Literal(t *testing.T) {
	assertClosed(t, "CZ", 2027, []string{
		"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-08",
		"2027-07-05", "2027-07-06", "2027-09-28", "2027-10-28", "2027-11-17",
		"2027-12-24", "2027-12-25", "2027-12-26",
	})
}

// czClosedOn reports whether the CZ preset closes date d ("2006-01-02").
func czClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "CZ", y)[d]
	return ok
}

func TestCZGoodFridayFrom2016(t *testing.T) {
	assert.False(t, czClosedOn(t, "2015-04-03"), "Good Friday a working day before Act No. 359/2015 Sb.")
	assert.True(t, czClosedOn(t, "2016-03-25"))
}

func TestCZStatehoodAndFreedomDaysFrom2000(t *testing.T) {
	assert.False(t, czClosedOn(t, "1999-09-28"), "first a holiday under Act No. 245/2000 Sb.")
	assert.False(t, czClosedOn(t, "1999-11-17"), "first a holiday under Act No. 245/2000 Sb.")
	assert.True(t, czClosedOn(t, "2000-09-28"))
	assert.True(t, czClosedOn(t, "2000-11-17"))
}
