package calendar

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
)

// The supported range, in local years of the calendar's zone.
const (
	firstYear = 1900
	lastYear  = 2199
	numYears  = lastYear - firstYear + 1
)

// nanos converts t to Unix nanoseconds, reporting whether it lies in the
// supported range.
func (c *Calendar) nanos(t time.Time) (int64, bool) {
	r := c.rules
	if t.Before(r.minTime) || !t.Before(r.maxTime) {
		return 0, false
	}
	return t.UnixNano(), true
}

// locate returns the index and table of the year whose region
// [yearStart, nextStart) holds x, which must be in range.
func (c *Calendar) locate(x int64) (int, *yearTable) {
	k := yearIndex(int32(floorDiv(x, secondsPerDay*1e9)))
	t := c.table(k)
	for x < t.yearStart && k > 0 {
		k--
		t = c.table(k)
	}
	for x >= t.nextStart && k < numYears-1 {
		k++
		t = c.table(k)
	}
	return k, t
}

// spanAfter finds the first span that ends after x, across tables.
func (c *Calendar) spanAfter(x int64) (k int, t *yearTable, i int, err error) {
	k, t = c.locate(x)
	if x < t.prevReach {
		prev := c.table(k - 1)
		if i := prev.firstEndAfter(x); i < len(prev.end) {
			return k - 1, prev, i, nil
		}
	}
	r := c.rules
	for k = max(k, r.firstTable); k <= r.lastTable; k++ {
		if !r.mayOpen(k) {
			continue
		}
		t = c.table(k)
		if i := t.firstEndAfter(x); i < len(t.end) {
			return k, t, i, nil
		}
	}
	return 0, nil, 0, c.exhausted(x, "no open time")
}

// exhausted reports that a forward search from x ran out of open time.
func (c *Calendar) exhausted(x int64, what string) error {
	at := time.Unix(0, x).In(c.loc).Format(time.RFC3339)
	if c.rules.lastTable < numYears-1 {
		return fmt.Errorf("%w: %s after %s", ErrNoOpenTime, what, at)
	}
	return fmt.Errorf("%w: %s after %s before the end of %d", ErrOutOfRange, what, at, lastYear)
}

// isOpen reports whether a span holds x.
func (c *Calendar) isOpen(x int64) bool {
	_, t, i, err := c.spanAfter(x)
	return err == nil && t.startAt(i) <= x
}

func (c *Calendar) nextOpen(x int64) (int64, error) {
	_, t, i, err := c.spanAfter(x)
	if err != nil {
		return 0, err
	}
	return max(x, t.startAt(i)), nil
}

// nextClose follows the run of touching spans from the first span that
// ends after x, across tables, to the end of the run.
func (c *Calendar) nextClose(x int64) (int64, error) {
	k, t, i, err := c.spanAfter(x)
	if err != nil {
		return 0, err
	}
	for {
		last := t.runEnd(i)
		e := t.endAt(last)
		if last+1 < len(t.start) {
			return e, nil // the next span of this year starts later
		}
		if k+1 > c.rules.lastTable {
			if e >= c.rules.maxNanos {
				return 0, fmt.Errorf("%w: open without a break until the end of %d: %w", ErrNeverCloses, lastYear, ErrOutOfRange)
			}
			return e, nil
		}
		k++
		t = c.table(k)
		if len(t.start) == 0 || t.startAt(0) != e {
			return e, nil
		}
		i = 0
	}
}

// between returns the open time in [a, b), a <= b, saturating at the
// largest Duration like time.Time.Sub. Years wholly inside (a, b) count
// with their total, so their tables need not be built.
func (c *Calendar) between(a, b int64) time.Duration {
	ka, ta := c.locate(a)
	kb, tb := c.locate(b)
	if ka == kb && a >= ta.prevReach {
		return time.Duration(ta.before(b) - ta.before(a))
	}
	k0 := ka // a lies before the spans of every later year
	if a < ta.prevReach {
		ka--
	}
	r := c.rules
	var sum int64
	for k := max(ka, r.firstTable); k <= min(kb, r.lastTable); k++ {
		if !r.mayOpen(k) {
			continue
		}
		var d int64
		switch {
		case k == kb:
			d = tb.before(b) - tb.before(a)
		case k > k0 && k < kb-1: // its spans end before yearStart(k+2) <= b
			d = c.openTime(k)
		default:
			t := c.table(k)
			d = t.before(b) - t.before(a)
		}
		if sum > math.MaxInt64-d {
			return math.MaxInt64
		}
		sum += d
	}
	return time.Duration(sum)
}

// addForward returns the earliest instant u with d of open time in [x, u),
// d > 0. Years that d outlasts count with their total, unbuilt.
func (c *Calendar) addForward(x, d int64) (int64, error) {
	k0, t := c.locate(x)
	k := k0
	if x < t.prevReach {
		k-- // the previous year's last spans reach past x
	}
	r := c.rules
	for k = max(k, r.firstTable); k <= r.lastTable; k++ {
		if !r.mayOpen(k) {
			continue
		}
		if k > k0 { // x lies before all of the year's spans
			t := c.years[k].Load()
			if t == nil {
				if total := c.openTime(k); d > total {
					d -= total
					continue // the year need not be built
				}
				t = c.table(k)
			}
			if total := t.total(); d > total {
				d -= total
				continue
			}
			return t.earliestFrom(d, 0), nil
		}
		t := c.table(k)
		b, i := t.beforeAt(x)
		if avail := t.total() - b; d <= avail {
			return t.earliestFrom(b+d, i), nil
		} else {
			d -= avail
		}
	}
	return 0, c.exhausted(x, "not enough open time")
}

// addBackward returns the latest instant u with d of open time in [u, x),
// d > 0. Years that d outlasts count with their total, unbuilt.
func (c *Calendar) addBackward(x, d int64) (int64, error) {
	k0, _ := c.locate(x)
	r := c.rules
	for k := min(k0, r.lastTable); k >= r.firstTable; k-- {
		if !r.mayOpen(k) {
			continue
		}
		if k < k0-1 { // all of the year's spans end before x
			if total := c.openTime(k); d > total {
				d -= total
				continue
			}
		}
		t := c.table(k)
		if b := t.before(x); d <= b {
			return t.latest(b - d), nil
		} else {
			d -= b
		}
	}
	at := time.Unix(0, x).In(c.loc).Format(time.RFC3339)
	if r.firstTable > 0 {
		return 0, fmt.Errorf("%w: not enough open time before %s", ErrNoOpenTime, at)
	}
	return 0, fmt.Errorf("%w: not enough open time before %s since the start of %d", ErrOutOfRange, at, firstYear)
}

// addDays implements AddDays for n > 0; see its documentation. Years that
// the count passes over are counted without building their tables.
func (c *Calendar) addDays(x int64, n int) (int64, error) {
	k, t, i, err := c.spanAfter(x)
	if err != nil {
		return 0, err
	}
	s := max(x, t.startAt(i))
	day := t.dayOf(i)
	p := t.cumAt(i) + s - t.startAt(i) - t.cumAt(int(t.dayFirst[day]))

	// Find the n-th business day after day.
	if n > (numYears+1)*366 {
		return 0, c.exhausted(x, fmt.Sprintf("fewer than %d business days", n))
	}
	target := day
	if n <= 8 { // a few days ahead: step from day to day
		for range n {
			if target = t.nextBusinessDay(target); target < 0 {
				break
			}
		}
	}
	if n > 8 || target < 0 {
		idx := t.rank(day) + n
		if idx >= t.nbdays {
			idx -= t.nbdays
			for {
				if k++; k > c.rules.lastTable {
					return 0, c.exhausted(x, fmt.Sprintf("fewer than %d business days", n))
				}
				nb := c.businessDays(k)
				if idx < nb {
					break
				}
				idx -= nb
			}
			t = c.table(k)
		}
		target = t.nthBusinessDay(idx)
	}
	first := int(t.dayFirst[target])
	lo, hi := t.cumAt(first), t.cumAt(int(t.dayFirst[target+1]))
	if p > 0 {
		return t.earliestFrom(lo+min(p, hi-lo), first), nil
	}
	// p == 0: the close of the business day before the target day, which
	// is the end of the span before the target day's first span.
	for first == 0 {
		k--
		t = c.table(k)
		first = len(t.start)
	}
	return t.endAt(first - 1), nil
}

// eachSpan calls f with each span intersecting [a, b), clipped to it.
func (c *Calendar) eachSpan(a, b int64, f func(s, e int64)) {
	k, t, i, err := c.spanAfter(a)
	if err != nil {
		return
	}
	for {
		for ; i < len(t.start); i++ {
			if t.startAt(i) >= b {
				return
			}
			f(max(a, t.startAt(i)), min(b, t.endAt(i)))
		}
		if k++; k > c.rules.lastTable {
			return
		}
		t, i = c.table(k), 0
	}
}

// Region returns the preset calendar of a region: Monday to Friday
// 09:00–17:00 in the region's default time zone, closed on the actual and
// observed dates of the region's holidays: its statutory days off and the
// one-off days its government decreed, as the region's law sets them (the
// repository's internal/holidays/SOURCES.md cites each source and the years
// it covers). Codes are case-insensitive; see Regions for the list. An unknown code returns an error wrapping
// ErrUnknownRegion that lists the nearest valid codes.
//
// Region calendars are shared: every call with the same code returns the
// same immutable *Calendar, so its year tables are built once per process
// and kept within SetRegionTableLimit.
func Region(code string) (*Calendar, error) {
	def, ok := lookupRegion(code)
	if !ok {
		return nil, fmt.Errorf("%w: %s: did you mean %s?", ErrUnknownRegion, quoteValue(code), strings.Join(suggestRegions(code), ", "))
	}
	if c, ok := regionCalendars.Load(def.Code); ok {
		return c.(*Calendar), nil
	}
	c, err := New(regionSpec(def))
	if err != nil {
		return nil, fmt.Errorf("calendar: region %s: %w", def.Code, err)
	}
	c.shared = true
	got, _ := regionCalendars.LoadOrStore(def.Code, c)
	return got.(*Calendar), nil
}

var regionCalendars sync.Map

func regionSpec(def *regionDef) Spec {
	return Spec{
		TimeZone: def.Zone,
		Hours:    map[string][]string{"mon-fri": {"09:00-17:00"}},
		Holidays: []string{def.Code},
	}
}
