package calendar

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/slaclock/slaclock/internal/holidays"
)

// The supported range, in local years of the calendar's zone.
const (
	firstYear = 1900
	lastYear  = 2199
	numYears  = lastYear - firstYear + 1
)

// locations caches loaded time zones by name; a *time.Location is immutable.
var locations sync.Map

// A yearTable holds the spans that belong to the dates of one year, as Unix
// nanoseconds, sorted, disjoint and non-empty, with the cumulative open time
// before each span. Every query is a binary search in one or two tables.
//
// A table's spans start at or after yearStart (the first instant of its
// 1 January), and only the spans of its last date can run past nextStart.
// So an instant x in [yearStart, nextStart) needs this table, and the
// previous one only when x < prevReach.
type yearTable struct {
	start, end []int64
	cum        []int64  // cum[i] is the open time of the spans before i; cum[len] the year's total
	day        []uint16 // the date of each span, as a day of the year from 0
	runEnd     []int32  // the last span of the run of touching spans holding span i
	dayFirst   []int32  // the first span of each day of the year; dayFirst[days] is len
	bdays      []uint16 // the business days (dates with open time), days of the year in order

	firstDay             int32 // the civil day number of 1 January
	yearStart, nextStart int64 // the first instants of 1 January and of the next 1 January
	prevReach            int64 // the latest end of the previous year's spans
}

func (t *yearTable) total() int64 { return t.cum[len(t.start)] }

// table returns year table k (years from firstYear), building and
// publishing it on first use. Concurrent first uses may build it twice; one
// result is published and every caller uses that one.
func (c *Calendar) table(k int) *yearTable {
	if t := c.years[k].Load(); t != nil {
		return t
	}
	t := c.build(k)
	if c.years[k].CompareAndSwap(nil, t) {
		return t
	}
	return c.years[k].Load()
}

// build compiles the rules into the table of year firstYear+k.
func (c *Calendar) build(k int) *yearTable {
	r := c.rules
	y := firstYear + k
	first := daysFromCivil(y, 1, 1)
	next := daysFromCivil(y+1, 1, 1)
	days := int(next - first)
	hol := r.holidayDays(y, first-1)
	z := zoneCursor{loc: c.loc}

	t := &yearTable{
		firstDay:  first,
		dayFirst:  make([]int32, days+1),
		yearStart: z.instant(civilSeconds(first, 0)) * 1e9,
		nextStart: z.instant(civilSeconds(next, 0)) * 1e9,
	}
	// The last date of the previous year may run into this one; its spans
	// clip the starts of ours (open time is a union) and tell how far
	// queries must look back.
	prevEnd := r.minNanos
	if k > 0 {
		for _, sp := range r.daySpans(first-1, hol.has(0)) {
			prevEnd = max(prevEnd, z.instant(civilSeconds(first-1, sp.end))*1e9)
		}
	}
	t.prevReach = prevEnd

	capacity := 0
	if k >= r.firstTable && k <= r.lastTable {
		for _, w := range r.weekly {
			capacity += len(w)
		}
		capacity = capacity*days/7 + len(r.open)
	}
	t.start = make([]int64, 0, capacity)
	t.end = make([]int64, 0, capacity)
	t.day = make([]uint16, 0, capacity)
	for i := range days {
		day := first + int32(i)
		t.dayFirst[i] = int32(len(t.start))
		for _, sp := range r.daySpans(day, hol.has(i+1)) {
			s := max(z.instant(civilSeconds(day, sp.start))*1e9, prevEnd)
			e := min(z.instant(civilSeconds(day, sp.end))*1e9, r.maxNanos)
			if e <= s {
				continue // empty as read on the clock, or covered by an earlier span
			}
			t.start = append(t.start, s)
			t.end = append(t.end, e)
			t.day = append(t.day, uint16(i))
			prevEnd = e
		}
		if int(t.dayFirst[i]) < len(t.start) {
			t.bdays = append(t.bdays, uint16(i))
		}
	}
	n := len(t.start)
	t.dayFirst[days] = int32(n)
	t.cum = make([]int64, n+1)
	t.runEnd = make([]int32, n)
	for i := range n {
		t.cum[i+1] = t.cum[i] + t.end[i] - t.start[i]
	}
	for i := n - 1; i >= 0; i-- {
		t.runEnd[i] = int32(i)
		if i+1 < n && t.start[i+1] == t.end[i] {
			t.runEnd[i] = t.runEnd[i+1]
		}
	}
	return t
}

// daySpans returns the clock spans of a date: its Open entry if any, none
// on a holiday or closed date, else its weekly hours.
func (r *rules) daySpans(day int32, holiday bool) []clockSpan {
	if spans, ok := r.open[day]; ok {
		return spans
	}
	if holiday || r.closed[day] {
		return nil
	}
	return r.weekly[weekday(day)]
}

// daySet is a set of up to 384 consecutive dates.
type daySet [6]uint64

func (s *daySet) add(i int)     { s[i>>6] |= 1 << (i & 63) }
func (s daySet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }

// holidayDays returns the holiday dates (actual or observed) from day
// number base to the end of year y, as offsets from base. An observed date
// can fall in the year before or after its holiday, so three years of each
// holiday are computed.
func (r *rules) holidayDays(y int, base int32) daySet {
	var set daySet
	limit := daysFromCivil(y+1, 1, 1) - base
	for _, h := range r.holidays {
		for yy := y - 1; yy <= y+1; yy++ {
			actual, observed, ok := holidays.Dates(h, yy)
			if !ok {
				continue
			}
			for _, d := range [2]time.Time{actual, observed} {
				if off := daysFromCivil(d.Date()) - base; off >= 0 && off < limit {
					set.add(int(off))
				}
			}
		}
	}
	return set
}

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
	y, _, _ := civilFromDays(int32(floorDiv(x, secondsPerDay*1e9)))
	k := min(max(y-firstYear, 0), numYears-1)
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

// firstEndAfter returns the index of the first span that ends after x, or
// len when none does.
func (t *yearTable) firstEndAfter(x int64) int {
	lo, hi := 0, len(t.end)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.end[m] > x {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// before returns the open time of the table's spans before x.
func (t *yearTable) before(x int64) int64 {
	n := len(t.start)
	if n == 0 || x <= t.start[0] {
		return 0
	}
	if x >= t.end[n-1] {
		return t.cum[n]
	}
	i := t.firstEndAfter(x)
	if x > t.start[i] {
		return t.cum[i] + x - t.start[i]
	}
	return t.cum[i]
}

// earliest returns the earliest instant at which w of the table's open time
// has passed, for 0 < w <= total.
func (t *yearTable) earliest(w int64) int64 {
	// The first span i with cum[i+1] >= w.
	lo, hi := 0, len(t.start)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.cum[m+1] >= w {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return t.start[lo] + w - t.cum[lo]
}

// latest returns the latest instant, before the table's last span ends, at
// which w of the table's open time has passed, for 0 <= w < total.
func (t *yearTable) latest(w int64) int64 {
	// The last span i with cum[i] <= w.
	lo, hi := 0, len(t.start)-1
	for lo < hi {
		m := int(uint(lo+hi+1) >> 1)
		if t.cum[m] <= w {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return t.start[lo] + w - t.cum[lo]
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
	return err == nil && t.start[i] <= x
}

func (c *Calendar) nextOpen(x int64) (int64, error) {
	_, t, i, err := c.spanAfter(x)
	if err != nil {
		return 0, err
	}
	return max(x, t.start[i]), nil
}

// nextClose follows the run of touching spans from the first span that
// ends after x, across tables, to the end of the run.
func (c *Calendar) nextClose(x int64) (int64, error) {
	k, t, i, err := c.spanAfter(x)
	if err != nil {
		return 0, err
	}
	for {
		last := int(t.runEnd[i])
		e := t.end[last]
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
		if len(t.start) == 0 || t.start[0] != e {
			return e, nil
		}
		i = 0
	}
}

// between returns the open time in [a, b), a <= b, saturating at the
// largest Duration like time.Time.Sub.
func (c *Calendar) between(a, b int64) time.Duration {
	ka, ta := c.locate(a)
	kb, tb := c.locate(b)
	if ka == kb && a >= ta.prevReach {
		return time.Duration(ta.before(b) - ta.before(a))
	}
	if a < ta.prevReach {
		ka--
	}
	r := c.rules
	var sum int64
	for k := max(ka, r.firstTable); k <= min(kb, r.lastTable); k++ {
		t := tb
		if k != kb {
			t = c.table(k)
		}
		d := t.before(b) - t.before(a)
		if sum > math.MaxInt64-d {
			return math.MaxInt64
		}
		sum += d
	}
	return time.Duration(sum)
}

// addForward returns the earliest instant u with d of open time in [x, u),
// d > 0.
func (c *Calendar) addForward(x, d int64) (int64, error) {
	k, t := c.locate(x)
	if x < t.prevReach {
		k-- // the previous year's last spans reach past x
	}
	r := c.rules
	for k = max(k, r.firstTable); k <= r.lastTable; k++ {
		t := c.table(k)
		b := t.before(x)
		if avail := t.total() - b; d <= avail {
			return t.earliest(b + d), nil
		} else {
			d -= avail
		}
	}
	return 0, c.exhausted(x, "not enough open time")
}

// addBackward returns the latest instant u with d of open time in [u, x),
// d > 0.
func (c *Calendar) addBackward(x, d int64) (int64, error) {
	k, _ := c.locate(x)
	r := c.rules
	for k = min(k, r.lastTable); k >= r.firstTable; k-- {
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

// addDays implements AddDays for n > 0; see its documentation.
func (c *Calendar) addDays(x int64, n int) (int64, error) {
	k, t, i, err := c.spanAfter(x)
	if err != nil {
		return 0, err
	}
	s := max(x, t.start[i])
	day := t.day[i]
	p := t.cum[i] + s - t.start[i] - t.cum[t.dayFirst[day]]

	// Find the n-th business day after day.
	rank, _ := slices.BinarySearch(t.bdays, day)
	if n > (numYears+1)*366 {
		return 0, c.exhausted(x, fmt.Sprintf("fewer than %d business days", n))
	}
	idx := rank + n
	for idx >= len(t.bdays) {
		idx -= len(t.bdays)
		if k++; k > c.rules.lastTable {
			return 0, c.exhausted(x, fmt.Sprintf("fewer than %d business days", n))
		}
		t = c.table(k)
	}
	target := t.bdays[idx]
	first := t.dayFirst[target]
	lo, hi := t.cum[first], t.cum[t.dayFirst[target+1]]
	if p > 0 {
		return t.earliest(lo + min(p, hi-lo)), nil
	}
	// p == 0: the close of the business day before the target day, which
	// is the end of the span before the target day's first span.
	for first == 0 {
		k--
		t = c.table(k)
		first = int32(len(t.start))
	}
	return t.end[first-1], nil
}

// eachSpan calls f with each span intersecting [a, b), clipped to it.
func (c *Calendar) eachSpan(a, b int64, f func(s, e int64)) {
	k, t, i, err := c.spanAfter(a)
	if err != nil {
		return
	}
	for {
		for ; i < len(t.start); i++ {
			if t.start[i] >= b {
				return
			}
			f(max(a, t.start[i]), min(b, t.end[i]))
		}
		if k++; k > c.rules.lastTable {
			return
		}
		t, i = c.table(k), 0
	}
}

// Region returns the preset calendar of a region: Monday to Friday
// 09:00–17:00 in the region's default time zone, closed on the actual and
// observed dates of the region's holidays. Codes are case-insensitive; see
// Regions for the list. An unknown code returns an error wrapping
// ErrUnknownRegion that lists the nearest valid codes.
//
// Region calendars are shared: every call with the same code returns the
// same immutable *Calendar, so its year tables are built once per process.
func Region(code string) (*Calendar, error) {
	def, ok := lookupRegion(code)
	if !ok {
		return nil, fmt.Errorf("%w: %q: did you mean %s?", ErrUnknownRegion, code, strings.Join(suggestRegions(code), ", "))
	}
	if c, ok := regionCalendars.Load(def.Code); ok {
		return c.(*Calendar), nil
	}
	c, err := New(regionSpec(def))
	if err != nil {
		return nil, fmt.Errorf("calendar: region %s: %w", def.Code, err)
	}
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
