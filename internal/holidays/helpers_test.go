package holidays

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestOrthodoxEasterTable(t *testing.T) {
	h := orthodox("Orthodox Easter", 0)
	for y := 2020; y <= 2035; y++ {
		got, _, _ := Dates(h, y)
		assert.Equal(t, orthodoxEaster[y], got.Format(time.DateOnly), "Orthodox Easter %d", y)
	}
}

// julianToGregorian converts a Julian calendar date through its Julian day
// number, independently of calcOrthodoxEaster's fixed-gap rule.
func julianToGregorian(y, m, d int) string {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	jdn := d + (153*mm+2)/5 + 365*yy + yy/4 - 32083
	// Gregorian date from the Julian day number (Richards' algorithm).
	f := jdn + 1401 + (((4*jdn+274277)/146097)*3)/4 - 38
	e := 4*f + 3
	g := e % 1461 / 4
	h := 5*g + 2
	day := h%153/5 + 1
	month := (h/153+2)%12 + 1
	year := e/1461 - 4716 + (12+2-month)/12
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

func TestOrthodoxEasterAcrossCenturies(t *testing.T) {
	h := orthodox("Orthodox Easter", 0)
	for y := 1900; y <= 2199; y++ {
		// Meeus' Julian computus, in the Julian calendar.
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		m := (d + e + 114) / 31
		day := (d+e+114)%31 + 1
		got, _, _ := Dates(h, y)
		assert.Equal(t, julianToGregorian(y, m, day), got.Format(time.DateOnly), "Orthodox Easter %d", y)
	}
}
