package calendar_test

// Property tests of Union and Intersect: their open time is the union and
// the intersection of the members' open time, and the composite obeys the
// same algebra as any calendar.

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/slaclock/slaclock/calendar"
)

// compositePair draws two random calendars (usually in different zones)
// with their union and intersection.
type compositePair struct {
	a, b       propCase
	union, cap *calendar.Calendar
}

func drawPair(t *rapid.T) compositePair {
	a, b := drawCase(t), drawCase(t)
	u, err := calendar.Union(a.cal, b.cal)
	require.NoError(t, err)
	i, err := calendar.Intersect(a.cal, b.cal)
	require.NoError(t, err)
	return compositePair{a: a, b: b, union: u, cap: i}
}

// drawWindow draws a window [from, to) near a's base, up to 10 days long.
func drawWindow(t *rapid.T, pc propCase) (time.Time, time.Time) {
	from := drawInstant(t, pc, "from")
	d := time.Duration(rapid.Int64Range(0, 10*24*3600).Draw(t, "window seconds")) * time.Second
	return from, from.Add(d)
}

// Between(a∪b) = Between(a) + Between(b) − Between(a∩b), over random
// windows.
func TestPropertyCompositeInclusionExclusion(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPair(t)
		from, to := drawWindow(t, p.a)
		u := mustBetween(t, p.union, from, to)
		i := mustBetween(t, p.cap, from, to)
		a := mustBetween(t, p.a.cal, from, to)
		b := mustBetween(t, p.b.cal, from, to)
		if u != a+b-i {
			t.Fatalf("Between(%s, %s): union got %v, want a %v + b %v - intersection %v = %v", from, to, u, a, b, i, a+b-i)
		}
		if u < max(a, b) || i > min(a, b) {
			t.Fatalf("Between(%s, %s): union %v, intersection %v: want union >= %v and intersection <= %v", from, to, u, i, max(a, b), min(a, b))
		}
	})
}

// IsOpen(a∪b) == IsOpen(a) || IsOpen(b) and IsOpen(a∩b) == IsOpen(a) &&
// IsOpen(b), at random instants and at the members' span boundaries.
func TestPropertyCompositeIsOpen(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPair(t)
		x := drawInstant(t, p.a, "x")
		if rapid.Bool().Draw(t, "near b") {
			x = drawInstant(t, propCase{cal: p.b.cal, loc: p.b.loc, base: x}, "x in b")
		}
		a, b := p.a.cal.IsOpen(x), p.b.cal.IsOpen(x)
		if got := p.union.IsOpen(x); got != (a || b) {
			t.Fatalf("union IsOpen(%s): got %v, want %v || %v", x, got, a, b)
		}
		if got := p.cap.IsOpen(x); got != (a && b) {
			t.Fatalf("intersection IsOpen(%s): got %v, want %v && %v", x, got, a, b)
		}
	})
}

// The open time of a composite, listed by Spans, is what IsOpen says, and
// every span lies on one date of the composite's zone.
func TestPropertyCompositeSpans(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPair(t)
		c := p.union
		if rapid.Bool().Draw(t, "intersection") {
			c = p.cap
		}
		from, to := drawWindow(t, p.a)
		spans := mustSpans(t, c, from, to)
		var sum time.Duration
		for i, s := range spans {
			sum += s.Duration()
			if !c.IsOpen(s.Start) || c.IsOpen(s.End) && s.End.Before(to) && (i+1 == len(spans) || !spans[i+1].Start.Equal(s.End)) {
				t.Fatalf("span %d [%s, %s): IsOpen at start %v, at end %v", i, s.Start, s.End, c.IsOpen(s.Start), c.IsOpen(s.End))
			}
			loc := c.Location()
			if last := s.End.Add(-time.Nanosecond).In(loc); last.YearDay() != s.Start.In(loc).YearDay() {
				t.Fatalf("span %d [%s, %s) crosses midnight in %s", i, s.Start, s.End, loc)
			}
		}
		if want := mustBetween(t, c, from, to); sum != want {
			t.Fatalf("Spans(%s, %s) total: got %v, want Between %v", from, to, sum, want)
		}
	})
}

// Between(t, Add(t, d)) == d on composites, and Add of the result by -d
// comes back to the first open instant, as on a plain calendar.
func TestPropertyCompositeAddBetween(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPair(t)
		c := p.union
		if rapid.Bool().Draw(t, "intersection") {
			c = p.cap
		}
		x := drawInstant(t, p.a, "x")
		d := drawDuration(t, "d", maxPropDuration)
		u, err := c.Add(x, d)
		if err != nil {
			// Only an intersection can run out of open time.
			if c != p.cap || !errors.Is(err, calendar.ErrNoOpenTime) && !errors.Is(err, calendar.ErrOutOfRange) {
				t.Fatalf("Add(%s, %v): %v", x, d, err)
			}
			return
		}
		got := mustBetween(t, c, x, u)
		if got != d {
			t.Fatalf("Between(%s, Add(_, %v) = %s): got %v, want %v", x, d, u, got, d)
		}
		if d > 0 {
			back := mustAdd(t, c, u, -d)
			if want := mustNextOpen(t, c, x); !back.Equal(want) && mustBetween(t, c, back, want) != 0 {
				t.Fatalf("Add(Add(%s, %v), -%v): got %s, want %s or no open time between", x, d, d, back, want)
			}
		}
	})
}

// AddDays on a composite counts the dates with open time in its zone: the
// result lies on a business day and is monotone in n.
func TestPropertyCompositeAddDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPair(t)
		x := drawInstant(t, p.a, "x")
		n := rapid.IntRange(1, 12).Draw(t, "n")
		u1, err := p.union.AddDays(x, n)
		require.NoError(t, err)
		u2, err := p.union.AddDays(x, n+1)
		require.NoError(t, err)
		if u2.Before(u1) {
			t.Fatalf("AddDays(%s, %d) = %s is after AddDays(_, %d) = %s", x, n, u1, n+1, u2)
		}
		day, err := p.union.Day(u1.Add(-time.Nanosecond))
		require.NoError(t, err)
		if day.Open == 0 {
			t.Fatalf("AddDays(%s, %d) = %s: the date before it, %s, has no open time", x, n, u1, day.Date)
		}
	})
}

// overnight reports whether a spec has a span that runs past midnight.
func overnight(s calendar.Spec) bool {
	check := func(spans []string) bool {
		for _, sp := range spans {
			if start, end, ok := strings.Cut(sp, "-"); ok && end != "24:00" && end <= start {
				return true
			}
		}
		return false
	}
	for _, spans := range s.Hours {
		if check(spans) {
			return true
		}
	}
	for _, spans := range s.Open {
		if check(spans) {
			return true
		}
	}
	return false
}

// A union of one calendar whose spans stay within their dates is that
// calendar: every method agrees, also over years (long Add and Between,
// AddDays of hundreds of days), which exercises the composite's per-year
// totals and business-day counts.
func TestPropertyUnionOfOneIsIdentity(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		if overnight(pc.spec) {
			t.Skip("overnight spans belong to two dates of a composite")
		}
		u, err := calendar.Union(pc.cal)
		require.NoError(t, err)
		x := drawInstant(t, pc, "x")
		d := drawDuration(t, "d", 5000*time.Hour)
		want, werr := pc.cal.Add(x, d)
		got, gerr := u.Add(x, d)
		require.Equal(t, werr == nil, gerr == nil, "Add(%s, %v) errors: got %v, want %v", x, d, gerr, werr)
		requireSameInstant(t, want, got, fmt.Sprintf("Add(%s, %v)", x, d))

		y := x.Add(time.Duration(rapid.Int64Range(-3*366*24, 3*366*24).Draw(t, "hours to y")) * time.Hour)
		require.Equal(t, mustBetween(t, pc.cal, x, y), mustBetween(t, u, x, y), "Between(%s, %s)", x, y)

		n := rapid.IntRange(0, 800).Draw(t, "n")
		wantD, werr := pc.cal.AddDays(x, n)
		gotD, gerr := u.AddDays(x, n)
		require.Equal(t, werr == nil, gerr == nil, "AddDays(%s, %d) errors: got %v, want %v", x, n, gerr, werr)
		requireSameInstant(t, wantD, gotD, fmt.Sprintf("AddDays(%s, %d)", x, n))

		wantC, werr := pc.cal.CloseOfDay(x)
		gotC, gerr := u.CloseOfDay(x)
		require.Equal(t, werr == nil, gerr == nil, "CloseOfDay(%s) errors: got %v, want %v", x, gerr, werr)
		requireSameInstant(t, wantC, gotC, fmt.Sprintf("CloseOfDay(%s)", x))

		wantN, werr := pc.cal.NextClose(x)
		gotN, gerr := u.NextClose(x)
		require.Equal(t, werr == nil, gerr == nil, "NextClose(%s) errors: got %v, want %v", x, gerr, werr)
		requireSameInstant(t, wantN, gotN, fmt.Sprintf("NextClose(%s)", x))
	})
}
