package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
)

// Shared constructors for the country files. Each returns a new value, so
// a country never changes a holiday rickar/cal exports.

// copyOf returns a shallow copy of h.
func copyOf(h *cal.Holiday) *cal.Holiday {
	c := *h
	return &c
}

// named returns a copy of h with the given name.
func named(h *cal.Holiday, name string) *cal.Holiday {
	c := copyOf(h)
	c.Name = name
	return c
}

// during returns a copy of h that applies from year first to year last
// (0: no bound on that side).
func during(h *cal.Holiday, first, last int) *cal.Holiday {
	c := copyOf(h)
	c.StartYear, c.EndYear = first, last
	return c
}

// oneOff is a holiday decreed for a single date.
func oneOff(name string, year int, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{
		Name:      name,
		Type:      cal.ObservancePublic,
		Month:     month,
		Day:       day,
		StartYear: year,
		EndYear:   year,
		Func:      cal.CalcDayOfMonth,
	}
}

// fixed is a holiday on the same date every year.
func fixed(name string, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, Func: cal.CalcDayOfMonth}
}

// easter is a holiday offset days from Western (Gregorian) Easter Sunday.
func easter(name string, offset int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Offset: offset, Func: cal.CalcEasterOffset}
}

// orthodox is a holiday offset days from Orthodox (Julian computus) Easter
// Sunday, given as a Gregorian date. rickar/cal's Julian option adds a
// fixed 13 days to the Julian date, which is right only from 1900 to 2099;
// this adds the difference between the calendars of the holiday's year.
func orthodox(name string, offset int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Offset: offset, Func: calcOrthodoxEaster}
}

func calcOrthodoxEaster(h *cal.Holiday, year int) time.Time {
	// Meeus' Julian algorithm gives the date in the Julian calendar.
	a, b, c := year%4, year%7, year%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := time.Month((d + e + 114) / 31)
	day := (d+e+114)%31 + 1
	// Days the Gregorian calendar is ahead of the Julian one from 1 March
	// of the year on (13 from 1900 to 2099, 14 from 2100 to 2199).
	gap := year/100 - year/400 - 2
	return time.Date(year, month, day+gap+h.Offset, 0, 0, 0, 0, cal.DefaultLoc)
}

// weekdayN is a holiday on the n-th given weekday of a month (n < 0 counts
// from the month's end: -1 is the last).
func weekdayN(name string, month time.Month, wd time.Weekday, n int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Weekday: wd, Offset: n, Func: cal.CalcWeekdayOffset}
}

// weekdayFrom is a holiday on the n-th given weekday on or after (n > 0) or
// on or before (n < 0) a date.
func weekdayFrom(name string, month time.Month, day int, wd time.Weekday, n int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, Weekday: wd, Offset: n, Func: cal.CalcWeekdayFrom}
}

// Observance rules shared by several countries.
var (
	// weekendToMonday moves a Saturday or Sunday holiday to the Monday.
	weekendToMonday = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}
	// sundayToMonday moves a Sunday holiday to the Monday.
	sundayToMonday = []cal.AltDay{{Day: time.Sunday, Offset: 1}}
)
