package calendar_test

// Property tests: the algebra of Add, Between, AddDays and the agreement of
// IsOpen, NextOpen, NextClose and Spans, over random valid calendars in zones
// with awkward DST rules and random instants in 2000–2100.

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/slaclock/slaclock/calendar"
)

var propZones = []string{
	"UTC",
	"America/New_York",
	"Europe/Berlin",
	"Australia/Lord_Howe",
	"America/Sao_Paulo",
	"Pacific/Apia",
	"Africa/Casablanca",
	"Asia/Kathmandu",
}

var propHolidays = [][]string{nil, {"US"}, {"DE-BY"}, {"US", "DE-BY"}}

var weekdayKeys = [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// quarter renders a count of quarter hours since midnight as "HH:MM".
func quarter(q int) string { return fmt.Sprintf("%02d:%02d", q/4, q%4*15) }

// drawSpans draws k sorted, disjoint, non-empty spans (in quarter hours)
// inside [lo, 96]. With overnight, the last span instead ends at a quarter
// in [1, lo] before its start, running into the next day.
func drawSpans(t *rapid.T, label string, lo, k int, overnight bool) []string {
	if 96-lo < 2*k-1 {
		k = (96 - lo + 1) / 2
	}
	points := make([]int, 0, 2*k)
	budget := 96 - lo - (2*k - 1)
	p := lo
	for i := 0; i < 2*k; i++ {
		gap := rapid.IntRange(0, budget).Draw(t, fmt.Sprintf("%s gap %d", label, i))
		budget -= gap
		p += gap
		points = append(points, p)
		p++
	}
	out := make([]string, 0, k)
	for i := 0; i < k; i++ {
		start, end := points[2*i], points[2*i+1]
		if overnight && i == k-1 && lo >= 1 && start >= 2 {
			maxEnd := min(lo, start-1)
			end = rapid.IntRange(1, maxEnd).Draw(t, label+" overnight end")
		}
		out = append(out, quarter(start)+"-"+quarter(end))
	}
	return out
}

// propCase is one random calendar with a base instant near which its
// Closed and Open dates lie.
type propCase struct {
	spec calendar.Spec
	cal  *calendar.Calendar
	loc  *time.Location
	base time.Time
}

// drawCase draws a valid spec. Overlaps are avoided by construction: a
// "morning cutoff" M splits each day; overnight spans end at or before M and
// every other span (weekly or per-date) starts at or after it. Spans may
// touch (an overnight end at M and a start at M, or 24:00 and 00:00).
func drawCase(t *rapid.T) propCase {
	zoneName := rapid.SampledFrom(propZones).Draw(t, "zone")
	loc, err := time.LoadLocation(zoneName)
	require.NoError(t, err)

	base := drawBase(t, loc)

	m := rapid.SampledFrom([]int{0, 4, 8, 16, 24, 32}).Draw(t, "morning cutoff")
	hoursMap := map[string][]string{}
	if rapid.Bool().Draw(t, "group mon-fri") {
		k := rapid.IntRange(1, 3).Draw(t, "mon-fri spans")
		hoursMap["mon-fri"] = drawSpans(t, "mon-fri", m, k, rapid.Bool().Draw(t, "mon-fri overnight"))
		for _, day := range []string{"sat", "sun"} {
			if k := rapid.IntRange(0, 3).Draw(t, day+" spans"); k > 0 {
				hoursMap[day] = drawSpans(t, day, m, k, rapid.Bool().Draw(t, day+" overnight"))
			}
		}
	} else {
		for i, day := range weekdayKeys {
			lo := 0
			if i == 0 {
				lo = 1 // at least one span on Mondays, so open time always exists
			}
			if k := rapid.IntRange(lo, 3).Draw(t, day+" spans"); k > 0 {
				hoursMap[day] = drawSpans(t, day, m, k, rapid.Bool().Draw(t, day+" overnight"))
			}
		}
	}

	// Closed and Open dates within a couple of weeks of the base instant.
	local := base.In(loc)
	dateAt := func(offset int) string {
		return time.Date(local.Year(), local.Month(), local.Day()+offset, 12, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	used := map[string]bool{}
	var closed []string
	for i := range rapid.IntRange(0, 3).Draw(t, "closed dates") {
		d := dateAt(rapid.IntRange(-7, 14).Draw(t, fmt.Sprintf("closed %d", i)))
		if !used[d] {
			used[d] = true
			closed = append(closed, d)
		}
	}
	var open map[string][]string
	for i := range rapid.IntRange(0, 2).Draw(t, "open dates") {
		d := dateAt(rapid.IntRange(-7, 14).Draw(t, fmt.Sprintf("open %d", i)))
		if used[d] {
			continue
		}
		used[d] = true
		if open == nil {
			open = map[string][]string{}
		}
		k := rapid.IntRange(0, 2).Draw(t, fmt.Sprintf("open %d spans", i))
		spans := []string{}
		if k > 0 {
			spans = drawSpans(t, "open "+d, m, k, false)
		}
		open[d] = spans
	}

	spec := calendar.Spec{
		TimeZone: zoneName,
		Hours:    hoursMap,
		Holidays: rapid.SampledFrom(propHolidays).Draw(t, "holidays"),
		Closed:   closed,
		Open:     open,
	}
	c, err := calendar.New(spec)
	require.NoError(t, err, "New(%+v)", spec)
	return propCase{spec: spec, cal: c, loc: loc, base: base}
}

// drawBase draws an instant in 2000–2100; often it lies within two days of
// one of the zone's offset changes or of a new year, where the per-year
// tables meet.
func drawBase(t *rapid.T, loc *time.Location) time.Time {
	lo := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	sec := rapid.Int64Range(lo, hi).Draw(t, "base seconds")
	base := time.Unix(sec, 0).In(loc)
	switch rapid.IntRange(0, 2).Draw(t, "base near") {
	case 1: // an offset change
		if _, end := base.ZoneBounds(); !end.IsZero() && end.Year() < 2100 {
			off := rapid.IntRange(-48*60, 48*60).Draw(t, "minutes from transition")
			base = end.Add(time.Duration(off) * time.Minute)
		}
	case 2: // a new year in the calendar's zone
		newYear := time.Date(base.Year(), 1, 1, 0, 0, 0, 0, loc)
		off := rapid.IntRange(-48*60, 48*60).Draw(t, "minutes from new year")
		base = newYear.Add(time.Duration(off) * time.Minute)
	}
	return base
}

// drawInstant draws an instant near the case's base: raw, or snapped to a
// span boundary, or one nanosecond off one, in a random location.
func drawInstant(t *rapid.T, pc propCase, label string) time.Time {
	off := rapid.Int64Range(-10*24*3600, 10*24*3600).Draw(t, label+" seconds")
	x := pc.base.Add(time.Duration(off) * time.Second)
	if rapid.Bool().Draw(t, label+" sub-second") {
		x = x.Add(time.Duration(rapid.Int64Range(0, int64(time.Second)-1).Draw(t, label+" ns")))
	}
	switch rapid.IntRange(0, 4).Draw(t, label+" snap") {
	case 1:
		o, err := pc.cal.NextOpen(x)
		require.NoError(t, err)
		x = o
	case 2:
		cl, err := pc.cal.NextClose(x)
		require.NoError(t, err)
		x = cl
	case 3:
		o, err := pc.cal.NextOpen(x)
		require.NoError(t, err)
		x = o.Add(-time.Nanosecond)
	}
	switch rapid.IntRange(0, 2).Draw(t, label+" location") {
	case 0:
		x = x.UTC()
	case 1:
		x = x.In(pc.loc)
	default:
		x = x.In(time.FixedZone("X", 5*3600+1800))
	}
	return x
}

// drawDuration draws a duration of open time in [-maxAbs, maxAbs]: whole
// quarter hours (which hit span boundaries), whole minutes or nanoseconds.
func drawDuration(t *rapid.T, label string, maxAbs time.Duration) time.Duration {
	switch rapid.IntRange(0, 2).Draw(t, label+" kind") {
	case 0:
		q := int64(maxAbs / (15 * time.Minute))
		return time.Duration(rapid.Int64Range(-q, q).Draw(t, label+" quarters")) * 15 * time.Minute
	case 1:
		m := int64(maxAbs / time.Minute)
		return time.Duration(rapid.Int64Range(-m, m).Draw(t, label+" minutes")) * time.Minute
	default:
		return time.Duration(rapid.Int64Range(-int64(maxAbs), int64(maxAbs)).Draw(t, label+" ns"))
	}
}

func mustAdd(t *rapid.T, c *calendar.Calendar, x time.Time, d time.Duration) time.Time {
	t.Helper()
	u, err := c.Add(x, d)
	require.NoError(t, err, "Add(%s, %v)", x, d)
	return u
}

func mustBetween(t *rapid.T, c *calendar.Calendar, a, b time.Time) time.Duration {
	t.Helper()
	d, err := c.Between(a, b)
	require.NoError(t, err, "Between(%s, %s)", a, b)
	return d
}

func mustNextOpen(t *rapid.T, c *calendar.Calendar, x time.Time) time.Time {
	t.Helper()
	u, err := c.NextOpen(x)
	require.NoError(t, err, "NextOpen(%s)", x)
	return u
}

func mustSpans(t *rapid.T, c *calendar.Calendar, a, b time.Time) []calendar.Span {
	t.Helper()
	s, err := c.Spans(a, b)
	require.NoError(t, err, "Spans(%s, %s)", a, b)
	return s
}

func requireSameInstant(t *rapid.T, want, got time.Time, what string) {
	t.Helper()
	if !got.Equal(want) {
		t.Fatalf("%s: got %s, want %s", what, got.UTC().Format(time.RFC3339Nano), want.UTC().Format(time.RFC3339Nano))
	}
}

const maxPropDuration = 200 * time.Hour

// Between(t, Add(t, d)) == d, and Add's result is the earliest (d > 0) or
// latest (d < 0) such instant.
func TestPropertyAddBetweenInverse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		x := drawInstant(t, pc, "t")
		d := drawDuration(t, "d", maxPropDuration)
		u := mustAdd(t, pc.cal, x, d)
		switch {
		case d == 0:
			requireSameInstant(t, x, u, "Add(t, 0)")
		case d > 0:
			require.False(t, u.Before(x), "Add(%s, %v) = %s is before t", x, d, u)
			got := mustBetween(t, pc.cal, x, u)
			require.Equal(t, d, got, "Between(t, Add(t, d)): got %v, want %v (t=%s, u=%s)", got, d, x, u)
			// Earliest: the nanosecond before u is open, else u-1ns would do.
			require.True(t, pc.cal.IsOpen(u.Add(-time.Nanosecond)), "Add(%s, %v) = %s is not the earliest: u-1ns is closed", x, d, u)
		default:
			require.False(t, u.After(x), "Add(%s, %v) = %s is after t", x, d, u)
			got := mustBetween(t, pc.cal, u, x)
			require.Equal(t, -d, got, "Between(Add(t, d), t): got %v, want %v (t=%s, u=%s)", got, -d, x, u)
			// Latest: u is open, else u+1ns would do.
			require.True(t, pc.cal.IsOpen(u), "Add(%s, %v) = %s is not the latest: u is closed", x, d, u)
			got = mustBetween(t, pc.cal, x, u)
			require.Equal(t, d, got, "Between(t, Add(t, d)) for d < 0: got %v, want %v", got, d)
		}
	})
}

func TestPropertyAddMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		t1, t2 := drawInstant(t, pc, "t1"), drawInstant(t, pc, "t2")
		if t2.Before(t1) {
			t1, t2 = t2, t1
		}
		d := drawDuration(t, "d", maxPropDuration)
		u1, u2 := mustAdd(t, pc.cal, t1, d), mustAdd(t, pc.cal, t2, d)
		require.False(t, u2.Before(u1), "monotone in t: Add(%s, %v) = %s > Add(%s, %v) = %s", t1, d, u1, t2, d, u2)

		d1, d2 := drawDuration(t, "d1", maxPropDuration), drawDuration(t, "d2", maxPropDuration)
		if d2 < d1 {
			d1, d2 = d2, d1
		}
		v1, v2 := mustAdd(t, pc.cal, t1, d1), mustAdd(t, pc.cal, t1, d2)
		require.False(t, v2.Before(v1), "monotone in d: Add(t, %v) = %s > Add(t, %v) = %s (t=%s)", d1, v1, d2, v2, t1)
	})
}

// Add(Add(t, a), b) against Add(t, a+b). Let L be the set of instants y with
// Between(t, y) == a+b (an interval [first, last]). A forward Add returns
// the first element of its level set, a backward Add the last. So the two
// sides agree whenever the second step runs in the direction of the total
// (or a or b is zero). Otherwise:
//   - a > 0 > b, a+b >= 0: Add(Add(t,a),b) is last(L) = NextOpen(Add(t, a+b));
//     equal exactly when Add(t, a+b) is open.
//   - a < 0 < b, a+b <= 0: Add(Add(t,a),b) is first(L), the end of the open
//     time before w = Add(t, a+b); equal exactly when w-1ns is open.
func TestPropertyAddComposition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		x := drawInstant(t, pc, "t")
		a := drawDuration(t, "a", maxPropDuration)
		b := drawDuration(t, "b", maxPropDuration)
		u := mustAdd(t, pc.cal, x, a)
		got := mustAdd(t, pc.cal, u, b)
		w := mustAdd(t, pc.cal, x, a+b)
		what := fmt.Sprintf("Add(Add(%s, %v), %v)", x.UTC().Format(time.RFC3339Nano), a, b)
		switch {
		case a == 0 || b == 0 || (a > 0) == (b > 0):
			requireSameInstant(t, w, got, what+" vs Add(t, a+b), same signs")
		case a+b > 0 && b > 0, a+b < 0 && b < 0:
			requireSameInstant(t, w, got, what+" vs Add(t, a+b), second step toward the total")
		case b < 0: // a > 0, a+b >= 0
			requireSameInstant(t, mustNextOpen(t, pc.cal, w), got, what+" vs NextOpen(Add(t, a+b))")
			if pc.cal.IsOpen(w) {
				requireSameInstant(t, w, got, what+" vs Add(t, a+b) when that is open")
			}
		default: // a < 0 < b, a+b <= 0
			require.False(t, got.After(w), "%s = %s after Add(t, a+b) = %s", what, got, w)
			require.Equal(t, time.Duration(0), mustBetween(t, pc.cal, got, w), "%s: open time between it and Add(t, a+b) = %s", what, w)
			if pc.cal.IsOpen(w.Add(-time.Nanosecond)) {
				requireSameInstant(t, w, got, what+" vs Add(t, a+b) when open time ends there")
			} else {
				require.True(t, got.Before(w), "%s = %s, want before %s", what, got, w)
				require.True(t, pc.cal.IsOpen(got.Add(-time.Nanosecond)) && !pc.cal.IsOpen(got),
					"%s = %s is not the end of the open time before %s", what, got, w)
			}
		}
	})
}

// Add(Add(t, d), -d) is t exactly when t is open; in general it is
// NextOpen(t). And Add(Add(t, -d), d) is t exactly when t-1ns is open.
func TestPropertyAddUndo(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		x := drawInstant(t, pc, "t")
		d := drawDuration(t, "d", maxPropDuration)
		if d < 0 {
			d = -d
		}
		if d == 0 {
			d = time.Nanosecond
		}
		there := mustAdd(t, pc.cal, x, d)
		back := mustAdd(t, pc.cal, there, -d)
		requireSameInstant(t, mustNextOpen(t, pc.cal, x), back, fmt.Sprintf("Add(Add(%s, %v), %v)", x, d, -d))
		if pc.cal.IsOpen(x) {
			requireSameInstant(t, x, back, "Add(Add(t, d), -d) when t is open")
		}

		before := mustAdd(t, pc.cal, x, -d)
		again := mustAdd(t, pc.cal, before, d)
		if pc.cal.IsOpen(x.Add(-time.Nanosecond)) {
			requireSameInstant(t, x, again, "Add(Add(t, -d), d) when t-1ns is open")
		} else {
			require.True(t, again.Before(x), "Add(Add(%s, %v), %v) = %s, want before t", x, -d, d, again)
			require.Equal(t, time.Duration(0), mustBetween(t, pc.cal, again, x), "open time between Add(Add(t, -d), d) and t")
		}
	})
}

func TestPropertyBetweenAlgebra(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		a, b, c := drawInstant(t, pc, "a"), drawInstant(t, pc, "b"), drawInstant(t, pc, "c")
		ab, bc, ac := mustBetween(t, pc.cal, a, b), mustBetween(t, pc.cal, b, c), mustBetween(t, pc.cal, a, c)
		require.Equal(t, ac, ab+bc, "Between(a,b)+Between(b,c): got %v, want Between(a,c) = %v (a=%s b=%s c=%s)", ab+bc, ac, a, b, c)
		ba := mustBetween(t, pc.cal, b, a)
		require.Equal(t, -ab, ba, "Between(b,a): got %v, want -Between(a,b) = %v", ba, -ab)
		span := b.Sub(a)
		if span < 0 {
			span = -span
		}
		abs := ab
		if abs < 0 {
			abs = -abs
		}
		require.LessOrEqual(t, abs, span, "|Between(a,b)| = %v exceeds |b-a| = %v", abs, span)
		require.Equal(t, time.Duration(0), mustBetween(t, pc.cal, a, a), "Between(a,a)")
	})
}

func TestPropertySpansAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		a, b := drawInstant(t, pc, "a"), drawInstant(t, pc, "b")
		if b.Before(a) {
			a, b = b, a
		}
		spans := mustSpans(t, pc.cal, a, b)
		var sum time.Duration
		for i, sp := range spans {
			require.True(t, sp.Start.Before(sp.End), "span %d empty: %s", i, spanString(spans))
			require.False(t, sp.Start.Before(a), "span %d starts before from %s: %s", i, a, spanString(spans))
			require.False(t, sp.End.After(b), "span %d ends after to %s: %s", i, b, spanString(spans))
			if i > 0 {
				require.False(t, sp.Start.Before(spans[i-1].End), "spans %d and %d overlap or are out of order: %s", i-1, i, spanString(spans))
			}
			require.True(t, pc.cal.IsOpen(sp.Start), "IsOpen(span %d start %s): got false, want true", i, sp.Start)
			require.True(t, pc.cal.IsOpen(sp.End.Add(-time.Nanosecond)), "IsOpen(span %d end-1ns %s): got false, want true", i, sp.End)
			if i == 0 && sp.Start.After(a) {
				require.False(t, pc.cal.IsOpen(sp.Start.Add(-time.Nanosecond)), "IsOpen(span 0 start-1ns): got true, want false (not clipped)")
			}
			if i > 0 && sp.Start.After(spans[i-1].End) {
				gapMid := spans[i-1].End.Add(sp.Start.Sub(spans[i-1].End) / 2)
				require.False(t, pc.cal.IsOpen(gapMid), "IsOpen(%s) between spans: got true, want false", gapMid)
			}
			sum += sp.End.Sub(sp.Start)
		}
		got := mustBetween(t, pc.cal, a, b)
		require.Equal(t, sum, got, "Between(a,b): got %v, want the sum of Spans(a,b) = %v", got, sum)
	})
}

func TestPropertyNextOpenNextClose(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		x := drawInstant(t, pc, "t")
		open := pc.cal.IsOpen(x)
		require.Equal(t, open, len(mustSpans(t, pc.cal, x, x.Add(time.Nanosecond))) > 0,
			"IsOpen(%s) = %v disagrees with Spans(t, t+1ns)", x, open)

		o := mustNextOpen(t, pc.cal, x)
		require.True(t, pc.cal.IsOpen(o), "IsOpen(NextOpen(%s) = %s): got false, want true", x, o)
		require.False(t, o.Before(x), "NextOpen(%s) = %s is before t", x, o)
		if open {
			requireSameInstant(t, x, o, "NextOpen(t) when t is open")
		}
		require.Empty(t, mustSpans(t, pc.cal, x, o), "Spans(t, NextOpen(t)) for t=%s, NextOpen=%s", x, o)

		cl, err := pc.cal.NextClose(x)
		require.NoError(t, err, "NextClose(%s)", x)
		require.True(t, cl.After(o), "NextClose(%s) = %s is not after NextOpen = %s", x, cl, o)
		require.False(t, pc.cal.IsOpen(cl), "IsOpen(NextClose(%s) = %s): got true, want false", x, cl)
		require.True(t, pc.cal.IsOpen(cl.Add(-time.Nanosecond)), "IsOpen(NextClose(%s) - 1ns): got false, want true", x)
		// Everything in [NextOpen, NextClose) is open: the spans cover it without gaps.
		spans := mustSpans(t, pc.cal, o, cl)
		require.NotEmpty(t, spans)
		requireSameInstant(t, o, spans[0].Start, "first span start vs NextOpen")
		requireSameInstant(t, cl, spans[len(spans)-1].End, "last span end vs NextClose")
		for i := 1; i < len(spans); i++ {
			requireSameInstant(t, spans[i-1].End, spans[i].Start, fmt.Sprintf("span %d start: gap inside the open period %s", i, spanString(spans)))
		}
		require.Equal(t, cl.Sub(o), mustBetween(t, pc.cal, o, cl), "Between(NextOpen, NextClose) vs its length")
		// NextClose of any instant inside the period is the same close.
		mid := o.Add(cl.Sub(o) / 2)
		cl2, err := pc.cal.NextClose(mid)
		require.NoError(t, err)
		requireSameInstant(t, cl, cl2, "NextClose(mid-period)")
	})
}

func TestPropertyAddDaysMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		t1, t2 := drawInstant(t, pc, "t1"), drawInstant(t, pc, "t2")
		if t2.Before(t1) {
			t1, t2 = t2, t1
		}
		n1 := rapid.IntRange(0, 15).Draw(t, "n1")
		n2 := rapid.IntRange(n1, 15).Draw(t, "n2")
		addDays := func(x time.Time, n int) time.Time {
			u, err := pc.cal.AddDays(x, n)
			require.NoError(t, err, "AddDays(%s, %d)", x, n)
			return u
		}
		u1, u2 := addDays(t1, n1), addDays(t2, n1)
		require.False(t, u2.Before(u1), "monotone in t: AddDays(%s, %d) = %s > AddDays(%s, %d) = %s", t1, n1, u1, t2, n1, u2)
		v2 := addDays(t1, n2)
		require.False(t, v2.Before(u1), "monotone in n: AddDays(t, %d) = %s > AddDays(t, %d) = %s (t=%s)", n1, u1, n2, v2, t1)
		if n1 == 0 {
			requireSameInstant(t, t1, u1, "AddDays(t, 0)")
		} else {
			require.True(t, u1.After(t1), "AddDays(%s, %d) = %s, want after t", t1, n1, u1)
		}
	})
}

// A spec drawn by the generator survives the Spec() round trip.
func TestPropertySpecRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		c2, err := calendar.New(pc.cal.Spec())
		require.NoError(t, err)
		a := pc.base.Add(-10 * 24 * time.Hour)
		b := pc.base.Add(10 * 24 * time.Hour)
		want, got := mustSpans(t, pc.cal, a, b), mustSpans(t, c2, a, b)
		assert.Equal(t, spanString(want), spanString(got), "Spans of New(c.Spec()) vs c")
	})
}

// Long durations cross many per-year tables. A sparse calendar may run out
// of open time before the range ends; then the error must be one of the two
// documented ones and the shortage real.
func TestPropertyAddBetweenLong(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		x := drawInstant(t, pc, "t")
		d := drawDuration(t, "d", 20000*time.Hour)
		u, err := pc.cal.Add(x, d)
		if err != nil {
			require.True(t, isNoTimeErr(err), "Add(%s, %v): unexpected error %v", x, d, err)
			if d > 0 {
				end := time.Date(2199, 12, 31, 0, 0, 0, 0, pc.loc)
				avail := mustBetween(t, pc.cal, x, end)
				require.Less(t, avail, d, "Add(%s, %v) failed with %v, but %v of open time lie before %s", x, d, err, avail, end)
			} else {
				start := time.Date(1900, 1, 2, 0, 0, 0, 0, pc.loc)
				avail := mustBetween(t, pc.cal, start, x)
				require.Less(t, avail, -d, "Add(%s, %v) failed with %v, but %v of open time lie after %s", x, d, err, avail, start)
			}
			return
		}
		if d >= 0 {
			got := mustBetween(t, pc.cal, x, u)
			require.Equal(t, d, got, "Between(t, Add(t, d)): got %v, want %v (t=%s, u=%s)", got, d, x, u)
		} else {
			got := mustBetween(t, pc.cal, u, x)
			require.Equal(t, -d, got, "Between(Add(t, d), t): got %v, want %v (t=%s, u=%s)", got, -d, x, u)
		}
		n := rapid.IntRange(1, 2000).Draw(t, "n")
		v, err := pc.cal.AddDays(x, n)
		require.NoError(t, err, "AddDays(%s, %d)", x, n)
		w, err := pc.cal.AddDays(x, n+1)
		require.NoError(t, err, "AddDays(%s, %d)", x, n+1)
		require.True(t, w.After(v), "AddDays(t, %d) = %s is not after AddDays(t, %d) = %s", n+1, w, n, v)
	})
}
