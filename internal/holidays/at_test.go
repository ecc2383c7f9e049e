package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// atLaw lists Austria's public holidays of year y as the Feiertagsruhegesetz
// 1957 § 1 para. 1 (as amended by BGBl. Nr. 264/1967) names them.
func atLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	e := func(off int) string { return fromEaster(westernEaster, y, off) }
	return []string{
		d("01-01"), // Neujahr
		d("01-06"), // Heilige Drei Könige
		e(1),       // Ostermontag
		d("05-01"), // Staatsfeiertag
		e(39),      // Christi Himmelfahrt
		e(50),      // Pfingstmontag
		e(60),      // Fronleichnam
		d("08-15"), // Mariä Himmelfahrt
		d("10-26"), // Nationalfeiertag
		d("11-01"), // Allerheiligen
		d("12-08"), // Mariä Empfängnis
		d("12-25"), // Christtag
		d("12-26"), // Stefanitag
	}
}

func TestATClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		t.Run(fmt.Sprint(y), func(t *testing.T) { assertClosed(t, "AT", y, atLaw(y)) })
	}
}

// atClosed reports whether region AT closes date ("2006-01-02").
func atClosed(t *testing.T, date string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(date, "%d-", &y)
	assert.NoError(t, err)
	_, ok := closedDates(t, "AT", y)[date]
	return ok
}

// Upstream closes 26 October in every year; it became a public holiday in
// 1967 (BGBl. Nr. 264/1967).
func TestATNationalDayFrom1967(t *testing.T) {
	assert.False(t, atClosed(t, "1966-10-26"), "1966-10-26: got closed, want open")
	assert.True(t, atClosed(t, "1967-10-26"), "1967-10-26: got open, want closed")
}

// Good Friday was a holiday only for members of some churches and, since
// BGBl. I Nr. 22/2019, for nobody; 24 and 31 December are not holidays.
func TestATGoodFridayAndYearEndAreWorkingDays(t *testing.T) {
	for _, d := range []string{"2018-03-30", "2019-04-19", "2026-04-03", "2026-12-24", "2026-12-31"} {
		assert.False(t, atClosed(t, d), "%s: got closed, want open", d)
	}
}
