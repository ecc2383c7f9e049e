package calendar

import "math/bits"

// table returns year table k (years from firstYear), building and
// publishing it on first use. Concurrent first uses may build it twice; one
// result is published and every caller uses that one.
func (c *Calendar) table(k int) *yearTable {
	if t := c.years[k].Load(); t != nil {
		return t
	}
	t := c.build(k)
	if c.years[k].CompareAndSwap(nil, t) {
		if c.shared {
			regionTables.kept(c, k)
		}
		return t
	}
	if t := c.years[k].Load(); t != nil {
		return t
	}
	return t // published and already dropped again by the region limit
}

// A yearWalk resolves the spans of the dates of one year in order, in Unix
// seconds: each boundary read on the clock by SPEC's rule, each start
// clipped by the latest end so far (open time is a union; an overnight span
// may run into the next date's spans), each end by the supported range.
type yearWalk struct {
	r         *rules
	z         zoneCursor
	first     int32  // the civil day number of 1 January
	days      int    // the number of dates
	hol       daySet // holiday dates, as offsets from the day before first
	prevEnd   int64  // the latest end so far
	yearStart int64  // the first instant of 1 January
}

func (c *Calendar) startWalk(k int) yearWalk {
	r := c.rules
	y := firstYear + k
	w := yearWalk{r: r, z: zoneCursor{loc: c.loc}, first: daysFromCivil(y, 1, 1)}
	w.days = int(daysFromCivil(y+1, 1, 1) - w.first)
	if r.hasWeekly {
		// Holidays only remove weekly hours; without them they change nothing.
		w.hol = r.holidayDays(y, w.first-1)
	}
	w.yearStart = w.z.instant(civilSeconds(w.first, 0))
	// The last date of the previous year may run into this one; its spans
	// clip the starts of ours and tell how far queries must look back.
	w.prevEnd = r.minSec
	if k > 0 {
		for _, sp := range r.daySpans(w.first-1, w.hol.has(0)) {
			w.prevEnd = max(w.prevEnd, w.z.instant(civilSeconds(w.first-1, sp.end)))
		}
	}
	return w
}

// span resolves clock span sp of date day; it is empty when e <= s (empty
// as read on the clock, or covered by an earlier span). The ends of a
// date's spans only grow, so the latest end so far is the last one seen.
func (w *yearWalk) span(day int32, sp clockSpan) (s, e int64) {
	s = max(w.z.instant(civilSeconds(day, sp.start)), w.prevEnd)
	e = min(w.z.instant(civilSeconds(day, sp.end)), w.r.maxSec)
	w.prevEnd = max(w.prevEnd, e)
	return s, e
}

// regular resolves a date at once when nothing can make its spans differ
// from its weekday's hours as written: it has no Open entry, is neither
// closed nor a holiday, no earlier span reaches its first span, and the
// zone keeps one offset from its first span's start to its last span's
// end. It then returns the date's open time in seconds and records its
// last end; ok is false when the date must be read span by span.
func (w *yearWalk) regular(day int32, i int) (open int64, ok bool) {
	r := w.r
	if _, special := r.open[day]; special || w.hol.has(i+1) || r.closed[day] {
		return 0, false
	}
	wd := weekday(day)
	spans := r.weekly[wd]
	if len(spans) == 0 {
		return 0, true
	}
	first := civilSeconds(day, spans[0].start)
	a := w.z.instant(first) // moves the cursor to the zone period of the first start
	b := civilSeconds(day, spans[len(spans)-1].end) - w.z.off
	if a != first-w.z.off || a < w.z.lo || b >= w.z.hi || a < w.prevEnd || b > r.maxSec {
		return 0, false
	}
	w.prevEnd = b
	return r.weeklyOpen[wd], true
}

// build compiles the rules into the table of year firstYear+k.
func (c *Calendar) build(k int) *yearTable {
	if c.comp != nil {
		return c.buildComposite(k)
	}
	r := c.rules
	w := c.startWalk(k)
	t := &yearTable{
		firstDay:  w.first,
		dayFirst:  make([]uint16, w.days+1),
		yearStart: w.yearStart * 1e9,
		nextStart: w.z.instant(civilSeconds(w.first+int32(w.days), 0)) * 1e9,
		prevReach: w.prevEnd * 1e9,
	}
	n := 0
	var buf []uint32
	if r.mayOpen(k) {
		// An upper bound of the spans: a date has at most its weekday's
		// spans or its Open spans. start, end and cum share one allocation.
		capacity := r.weeklySpans*(w.days/7) + (w.days%7)*r.maxDaySpans + int(r.openYearSpans[k])
		buf = make([]uint32, 3*capacity+1)
		start, end := buf[:capacity], buf[capacity:2*capacity]
		for i := range w.days {
			day := w.first + int32(i)
			t.dayFirst[i] = uint16(n)
			for _, sp := range r.daySpans(day, w.hol.has(i+1)) {
				s, e := w.span(day, sp)
				if e <= s {
					continue
				}
				start[n], end[n] = uint32(s-w.yearStart), uint32(e-w.yearStart)
				n++
			}
			if int(t.dayFirst[i]) < n {
				t.bdays.add(i)
				t.nbdays++
			}
		}
		t.start = buf[0:n:capacity]
		t.end = buf[capacity : capacity+n : 2*capacity]
		t.cum = buf[2*capacity : 2*capacity+n+1 : 3*capacity+1]
	} else {
		t.cum = make([]uint32, 1)
	}
	t.dayFirst[w.days] = uint16(n)
	t.finish(n)
	return t
}

// finish computes the summaries of a table whose spans, days and
// business days are filled in: cum, touch, bprefix and lastEnd.
func (t *yearTable) finish(n int) {
	for i := 1; i < len(t.bprefix); i++ {
		t.bprefix[i] = t.bprefix[i-1] + uint16(bits.OnesCount64(t.bdays[i-1]))
	}
	t.touch = make([]uint64, (n+63)/64)
	for i := range n {
		t.cum[i+1] = t.cum[i] + t.end[i] - t.start[i]
		if i+1 < n && t.start[i+1] == t.end[i] {
			t.touch[i>>6] |= 1 << (i & 63)
		}
	}
	t.lastEnd = t.yearStart
	if n > 0 {
		t.lastEnd = t.endAt(n - 1)
	}
}

// businessDays returns the number of business days of year k: from its
// table when one is built, else by a walk that resolves, for each date,
// only the spans that decide whether it has open time. The count is kept,
// so a long AddDays does not build the tables of the years it skips.
func (c *Calendar) businessDays(k int) int {
	if t := c.years[k].Load(); t != nil {
		return t.nbdays
	}
	if c.comp != nil {
		_, n := c.summarize(k)
		return n
	}
	if n := c.bdayCounts[k].Load(); n > 0 {
		return int(n - 1)
	}
	n := 0
	if c.rules.mayOpen(k) {
		w := c.startWalk(k)
		for i := range w.days {
			day := w.first + int32(i)
			if d, ok := w.regular(day, i); ok {
				if d > 0 {
					n++
				}
				continue
			}
			spans := w.r.daySpans(day, w.hol.has(i+1))
			for j, sp := range spans {
				if s, e := w.span(day, sp); e > s {
					n++
					if last := len(spans) - 1; j < last {
						w.span(day, spans[last]) // the latest end, for the next date
					}
					break
				}
			}
		}
	}
	c.bdayCounts[k].Store(int32(n + 1))
	return n
}

// openTime returns the open time of the spans of year k, in nanoseconds:
// from its table when one is built, else by a walk that resolves every span
// without storing it. The total is kept, so a long Add or Between does not
// build the tables of the years it crosses.
func (c *Calendar) openTime(k int) int64 {
	if t := c.years[k].Load(); t != nil {
		return t.total()
	}
	if c.comp != nil {
		open, _ := c.summarize(k)
		return open
	}
	if n := c.totals[k].Load(); n > 0 {
		return n - 1
	}
	var sum int64
	if c.rules.mayOpen(k) {
		w := c.startWalk(k)
		for i := range w.days {
			day := w.first + int32(i)
			if d, ok := w.regular(day, i); ok {
				sum += d
				continue
			}
			for _, sp := range w.r.daySpans(day, w.hol.has(i+1)) {
				if s, e := w.span(day, sp); e > s {
					sum += e - s
				}
			}
		}
	}
	c.totals[k].Store(sum*1e9 + 1)
	return sum * 1e9
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

// mayOpen reports whether the dates of year k can have spans: always with
// weekly hours, else only when one of its dates in Open has spans.
func (r *rules) mayOpen(k int) bool {
	return r.hasWeekly || r.openYearSpans[k] > 0
}

// daySet is a set of up to 384 consecutive dates.
type daySet [6]uint64

func (s *daySet) add(i int)     { s[i>>6] |= 1 << (i & 63) }
func (s daySet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }

// holidayDays returns the holiday dates (actual or observed) from day
// number base to the end of year y, as offsets from base. An observed date
// can fall in the year before or after its holiday, so three years of each
// set are read; each (set, year) is computed once per process.
func (r *rules) holidayDays(y int, base int32) daySet {
	var set daySet
	limit := daysFromCivil(y+1, 1, 1) - base
	for _, region := range r.sets {
		for yy := y - 1; yy <= y+1; yy++ {
			for _, d := range holidayDates(region, yy) {
				if off := d - base; off >= 0 && off < limit {
					set.add(int(off))
				}
			}
		}
	}
	return set
}
