package calendar

import (
	"math"
	"time"
)

// Civil dates are day numbers counted from 1970-01-01 in the proleptic
// Gregorian calendar; wall-clock readings are seconds since 1970-01-01
// 00:00 as if the clock were UTC. Stepping dates this way never touches a
// time zone, so it cannot be off by an hour on a daylight-saving night.

const secondsPerDay = 24 * 60 * 60

// daysFromCivil returns the day number of y-m-d.
func daysFromCivil(y int, m time.Month, d int) int32 {
	yy := int64(y)
	if m <= 2 {
		yy--
	}
	era := yy / 400
	if yy < 0 && yy%400 != 0 {
		era--
	}
	yoe := yy - era*400
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(day int32) (int, time.Month, int) {
	z := int64(day) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), time.Month(m), int(d)
}

// yearFirstDays holds the day number of 1 January of each supported year
// and of the year after the last.
var yearFirstDays = func() (days [numYears + 1]int32) {
	for k := range days {
		days[k] = daysFromCivil(firstYear+k, 1, 1)
	}
	return days
}()

// yearIndex returns the index from firstYear of the year that day number
// day falls in, clamped to the supported years. It guesses from the
// average Gregorian year (365.2425 days, never off by more than one year)
// and corrects the guess against the first days of the years.
func yearIndex(day int32) int {
	k := int((int64(day) - int64(yearFirstDays[0])) * 400 / 146097)
	k = min(max(k, 0), numYears-1)
	if day < yearFirstDays[k] && k > 0 {
		k--
	} else if day >= yearFirstDays[k+1] && k < numYears-1 {
		k++
	}
	return k
}

// weekday returns the weekday of a day number (1970-01-01 was a Thursday).
func weekday(day int32) time.Weekday {
	return time.Weekday(((int64(day)+4)%7 + 7) % 7)
}

// civilSeconds returns the wall-clock reading minutes after the midnight
// that starts day.
func civilSeconds(day int32, minutes int32) int64 {
	return int64(day)*secondsPerDay + int64(minutes)*60
}

// zoneCursor turns wall-clock readings into instants by SPEC's rule: the
// first instant at which the local clock reads the given value or later. It
// remembers the zone period of its last answer, so runs of readings inside
// it cost one subtraction each; only the readings of a repeated hour, and
// those near a very short period, take the slow path.
type zoneCursor struct {
	loc    *time.Location
	off    int64 // the offset of the remembered period, seconds east of UTC
	lo, hi int64 // readings c with c-off in [lo, hi) take the fast path
}

// zoneMargin exceeds any offset change (the largest, Pacific/Apia's
// skipped day, is 24 hours). After a period shorter than it, the fast path
// keeps this far from the transition, so a reading resolved on it cannot
// also be read in an earlier period.
const zoneMargin = 3 * secondsPerDay

// instant returns, in Unix seconds, the first instant at which the clock
// reads c or later.
func (z *zoneCursor) instant(c int64) int64 {
	if u := c - z.off; u >= z.lo && u < z.hi {
		return u
	}
	u := firstAtOrAfter(z.loc, c)
	start, end, off := zonePeriod(z.loc, u)
	z.off, z.lo, z.hi = off, start+zoneMargin, end
	// Only an earlier period can read c at an earlier instant: the one
	// before, when its clock ran ahead of ours (a repeated hour), for
	// readings up to that difference after our start. A longer period
	// before ours keeps any older one out of reach, so the fast path may
	// start right after the repeated readings instead of days later.
	if start > math.MinInt64/4 {
		if pStart, _, pOff := zonePeriod(z.loc, start-1); start-pStart > zoneMargin {
			z.lo = start + max(0, pOff-off)
		}
	}
	return u
}

// zonePeriod returns the period [start, end) of constant offset that holds
// instant u, in Unix seconds, and its offset.
func zonePeriod(loc *time.Location, u int64) (start, end, off int64) {
	t := time.Unix(u, 0).In(loc)
	_, o := t.Zone()
	s, e := t.ZoneBounds()
	start, end = math.MinInt64/4, math.MaxInt64/4
	if !s.IsZero() {
		start = min(s.Unix(), u)
	}
	if !e.IsZero() {
		end = e.Unix()
	}
	if end <= u {
		// Past a zone's last listed transition the time package derives
		// periods from the zone's rule one UTC year at a time, and in a leap
		// year it reports the year's last period as ending a day early,
		// before u itself. The offset it reports is right, and no rule
		// changes the offset on 31 December, so the period lasts at least
		// to the next UTC year.
		y, _, _ := civilFromDays(int32(floorDiv(u, secondsPerDay)))
		end = civilSeconds(daysFromCivil(y+1, 1, 1), 0)
	}
	return start, end, int64(o)
}

// floorDiv returns a/b rounded toward negative infinity, for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// firstAtOrAfter returns the first instant at which the clock of loc reads
// c or later. Every offset lies within a day of UTC, so the answer lies in a
// period that meets [c-4 days, c+4 days]; in each such period the first
// instant reading c or later is either c-offset or the period's start (after
// a gap), and the answer is the earliest of them.
func firstAtOrAfter(loc *time.Location, c int64) int64 {
	best := int64(math.MaxInt64)
	for x := c - 4*secondsPerDay; x <= c+4*secondsPerDay; {
		start, end, off := zonePeriod(loc, x)
		if u := max(c-off, start); u < end && u < best {
			best = u
		}
		x = max(end, x+1) // end > x always; the max makes progress evident
	}
	return best
}
