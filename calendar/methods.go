package calendar

import (
	"fmt"
	"math"
	"time"
)

// IsOpen reports whether t lies inside a span of open time. It is false for
// instants outside the supported range.
func (c *Calendar) IsOpen(t time.Time) bool {
	if c.Validate() != nil {
		return false
	}
	if c.always {
		return alwaysInRange(t)
	}
	x, ok := c.nanos(t)
	if !ok {
		return false
	}
	return c.isOpen(x)
}

// NextOpen returns t when t is open, else the start of the next span. When
// no span follows t it returns an error wrapping ErrNoOpenTime if the
// calendar has no weekly hours (only Open dates, now past), or ErrOutOfRange
// if the next span would lie beyond the supported range.
func (c *Calendar) NextOpen(t time.Time) (time.Time, error) {
	if err := c.check("NextOpen"); err != nil {
		return time.Time{}, err
	}
	if c.always {
		return alwaysResult("NextOpen", t)
	}
	x, err := c.arg("NextOpen", t)
	if err != nil {
		return time.Time{}, err
	}
	u, err := c.nextOpen(x)
	if err != nil {
		return time.Time{}, err
	}
	if u == x {
		return t, nil
	}
	return c.out(u, t), nil
}

// NextClose returns the end of the open period that holds t or, when t is
// closed, the end of the next open period. Spans that touch (Monday
// 00:00–24:00 and Tuesday 00:00–24:00) form one period, so its end is where
// open time actually stops. It returns an error wrapping ErrNeverCloses on
// a calendar that never closes: Always, or one whose period runs to the end
// of the supported range (that error also wraps ErrOutOfRange). When no
// period follows t it returns ErrNoOpenTime or ErrOutOfRange as NextOpen
// does.
func (c *Calendar) NextClose(t time.Time) (time.Time, error) {
	if err := c.check("NextClose"); err != nil {
		return time.Time{}, err
	}
	if c.always {
		return time.Time{}, fmt.Errorf("%w: NextClose(%s)", ErrNeverCloses, t.Format(time.RFC3339))
	}
	x, err := c.arg("NextClose", t)
	if err != nil {
		return time.Time{}, err
	}
	u, err := c.nextClose(x)
	if err != nil {
		return time.Time{}, err
	}
	return c.out(u, t), nil
}

// Between returns the open time inside [from, to). It is negative when to is
// before from: Between(from, to) == -Between(to, from). Like time.Time.Sub
// it saturates at the largest Duration (about 292 years of open time, which
// only a calendar open around the clock for most of the range can exceed).
// It returns an error wrapping ErrOutOfRange when from or to is outside the
// supported range.
func (c *Calendar) Between(from, to time.Time) (time.Duration, error) {
	if err := c.check("Between"); err != nil {
		return 0, err
	}
	if c.always {
		return to.Sub(from), nil
	}
	a, err := c.arg("Between", from)
	if err != nil {
		return 0, err
	}
	b, err := c.arg("Between", to)
	if err != nil {
		return 0, err
	}
	if b < a {
		return -c.between(b, a), nil
	}
	return c.between(a, b), nil
}

// Add returns the earliest instant u at or after t such that
// Between(t, u) == d. A target that uses up the last open minute of a day
// lands at that day's close, not at the next opening: on a 09:00–17:00
// calendar, Tuesday 13:00 plus 4h is Tuesday 17:00. Add(t, 0) is t.
//
// For d < 0, Add returns the latest instant u at or before t such that
// Between(u, t) == -d.
//
// Add returns an error wrapping ErrOutOfRange or ErrNoOpenTime when the
// calendar has not enough open time before the supported range ends.
func (c *Calendar) Add(t time.Time, d time.Duration) (time.Time, error) {
	if err := c.check("Add"); err != nil {
		return time.Time{}, err
	}
	if c.always {
		return alwaysResult("Add", t.Add(d))
	}
	x, err := c.arg("Add", t)
	if err != nil {
		return time.Time{}, err
	}
	if d == 0 {
		return t, nil
	}
	var u int64
	if d > 0 {
		if u, err = c.addForward(x, int64(d)); err == nil {
			err = c.checkResult("Add", u)
		}
	} else if d == math.MinInt64 {
		// -d overflows; step back the largest Duration, then 1ns more.
		if u, err = c.addBackward(x, math.MaxInt64); err == nil {
			u, err = c.addBackward(u, 1)
		}
	} else {
		u, err = c.addBackward(x, -int64(d))
	}
	if err != nil {
		return time.Time{}, err
	}
	return c.out(u, t), nil
}

// AddDays returns the instant "n business days" after t. A business day is
// a date with open time. AddDays(t, 0) is t.
//
// Let s be NextOpen(t), D the date of the span holding s, and p the open time
// of D before s. The result is the earliest instant at which p of the open
// time of the n-th business day after D has passed; if that day has less
// open time than p, it is that day's close. When p is zero, that earliest
// instant is the close of the business day before it. So on a Mon–Fri
// 09:00–17:00 calendar, one business day after Tuesday 11:00 is Wednesday
// 11:00, after Friday 16:00 is Monday 16:00, and after Monday 08:30 (or
// 09:00) is Monday 17:00.
//
// AddDays returns an error wrapping ErrInvalidArgument when n is negative,
// and ErrOutOfRange or ErrNoOpenTime when there are not enough business
// days before the supported range ends.
func (c *Calendar) AddDays(t time.Time, n int) (time.Time, error) {
	if err := c.check("AddDays"); err != nil {
		return time.Time{}, err
	}
	if n < 0 {
		return time.Time{}, fmt.Errorf("%w: AddDays: n = %d: must not be negative", ErrInvalidArgument, n)
	}
	if n == 0 {
		return t, nil
	}
	if c.always {
		if n > maxAlwaysDays {
			return time.Time{}, fmt.Errorf("%w: AddDays: n = %d: more than %d days", ErrOutOfRange, n, maxAlwaysDays)
		}
		return alwaysResult("AddDays", t.Add(time.Duration(n)*24*time.Hour))
	}
	x, err := c.arg("AddDays", t)
	if err != nil {
		return time.Time{}, err
	}
	u, err := c.addDays(x, n)
	if err == nil {
		err = c.checkResult("AddDays", u)
	}
	if err != nil {
		return time.Time{}, err
	}
	return c.out(u, t), nil
}

// maxAlwaysDays keeps n*24h inside time.Duration.
const maxAlwaysDays = int(1<<63-1) / int(24*time.Hour)

// Spans returns the spans of open time that intersect [from, to), clipped to
// it, in order, in from's location. Each span belongs to one date, so two
// spans may touch (an overnight span and the next day's first span).
// It returns an error wrapping ErrOutOfRange when from or to is outside the
// supported range.
func (c *Calendar) Spans(from, to time.Time) ([]Span, error) {
	if err := c.check("Spans"); err != nil {
		return nil, err
	}
	if !to.After(from) {
		return nil, nil
	}
	if c.always {
		if _, err := alwaysResult("Spans", from); err != nil {
			return nil, err
		}
		if _, err := alwaysResult("Spans", to); err != nil {
			return nil, err
		}
		return []Span{{Start: from, End: to}}, nil
	}
	a, err := c.arg("Spans", from)
	if err != nil {
		return nil, err
	}
	b, err := c.arg("Spans", to)
	if err != nil {
		return nil, err
	}
	var out []Span
	c.eachSpan(a, b, func(s, e int64) {
		out = append(out, Span{Start: c.out(s, from), End: c.out(e, from)})
	})
	return out, nil
}

// arg converts a time argument to Unix nanoseconds, refusing instants
// outside the supported range.
func (c *Calendar) arg(method string, t time.Time) (int64, error) {
	x, ok := c.nanos(t)
	if !ok {
		return 0, fmt.Errorf("%w: %s: %s: outside years %d-%d in %s",
			ErrOutOfRange, method, t.Format(time.RFC3339Nano), firstYear, lastYear, c.loc)
	}
	return x, nil
}

// out converts Unix nanoseconds to a time in the location of like.
func (c *Calendar) out(x int64, like time.Time) time.Time {
	return time.Unix(0, x).In(like.Location())
}

// checkResult refuses a result at or after the end of the supported range:
// a span may end at the first instant of 2200, which no method accepts
// back.
func (c *Calendar) checkResult(method string, u int64) error {
	if u >= c.rules.maxNanos {
		return fmt.Errorf("%w: %s: the result, %s, is past the end of %d in %s",
			ErrOutOfRange, method, time.Unix(0, u).In(c.loc).Format(time.RFC3339), lastYear, c.loc)
	}
	return nil
}

// The supported range of Always, in UTC, its zone.
var (
	alwaysMin = time.Date(firstYear, 1, 1, 0, 0, 0, 0, time.UTC)
	alwaysMax = time.Date(lastYear+1, 1, 1, 0, 0, 0, 0, time.UTC)
)

func alwaysInRange(t time.Time) bool { return !t.Before(alwaysMin) && t.Before(alwaysMax) }

// alwaysResult returns u when it lies in Always's range, years 1900 to
// 2199 in UTC, and an error wrapping ErrOutOfRange otherwise.
func alwaysResult(method string, u time.Time) (time.Time, error) {
	if !alwaysInRange(u) {
		return time.Time{}, fmt.Errorf("%w: %s: %s: outside years %d-%d in UTC",
			ErrOutOfRange, method, u.Format(time.RFC3339Nano), firstYear, lastYear)
	}
	return u, nil
}

// Validate returns nil for a calendar built by New, Load, Region or
// Always, and an error wrapping ErrInvalidArgument for a nil *Calendar or
// a zero Calendar{}, which every method refuses the same way (IsOpen
// reports false). A type holding a *Calendar can call it to refuse such a
// value early.
func (c *Calendar) Validate() error { return c.check("Validate") }

// check refuses a nil or zero receiver. It is small enough to inline into
// every method; the error is built out of line.
func (c *Calendar) check(method string) error {
	if c != nil && c.rules != nil {
		return nil
	}
	return c.invalid(method)
}

func (c *Calendar) invalid(method string) error {
	switch {
	case c == nil:
		return fmt.Errorf("%w: %s: nil *Calendar: build one with New, Load, Region or Always", ErrInvalidArgument, method)
	case c.rules == nil:
		return fmt.Errorf("%w: %s: zero Calendar: build one with New, Load, Region or Always", ErrInvalidArgument, method)
	}
	return nil
}
