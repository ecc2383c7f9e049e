package calendar

import (
	"math/bits"
	"unsafe"
)

// A yearTable holds the spans that belong to the dates of one year, sorted,
// disjoint and non-empty, with the cumulative open time before each span.
// Every query is a binary search in one or two tables.
//
// The table is compact: span boundaries are whole seconds (they are
// wall-clock minutes read in a zone whose offsets are whole seconds, or
// range bounds of the same kind), so they are stored as uint32 seconds
// after yearStart, and the open time likewise. A year of a Mon–Fri
// 09:00–17:00 calendar takes about 4 KB, of a 2-span weekday calendar
// about 7 KB. Indexes are uint16: a date has at most maxSpansPerDay spans,
// so a year has fewer than 65,536.
//
// A table's spans start at or after yearStart (the first instant of its
// 1 January), and only the spans of its last date can run past nextStart.
// So an instant x in [yearStart, nextStart) needs this table, and the
// previous one only when x < prevReach.
type yearTable struct {
	start, end []uint32 // seconds after yearStart
	cum        []uint32 // cum[i] is the open time, in seconds, of the spans before i; cum[len] the year's total
	touch      []uint64 // bit i is set when span i+1 starts where span i ends
	dayFirst   []uint16 // the first span of each day of the year; dayFirst[days] is len
	bdays      daySet   // the business days (dates with open time), as days of the year from 0
	nbdays     int      // the number of business days

	firstDay             int32 // the civil day number of 1 January
	yearStart, nextStart int64 // the first instants of 1 January and of the next 1 January
	prevReach            int64 // the latest end of the previous year's spans
	lastEnd              int64 // the end of the last span, or yearStart when there is none
}

// Conversions between a table's seconds and Unix nanoseconds.
func (t *yearTable) startAt(i int) int64 { return t.yearStart + int64(t.start[i])*1e9 }
func (t *yearTable) endAt(i int) int64   { return t.yearStart + int64(t.end[i])*1e9 }
func (t *yearTable) cumAt(i int) int64   { return int64(t.cum[i]) * 1e9 }
func (t *yearTable) total() int64        { return int64(t.cum[len(t.start)]) * 1e9 }

// bytes returns the heap the table occupies, for tests and documentation.
func (t *yearTable) bytes() int {
	return int(unsafe.Sizeof(*t)) + 4*(cap(t.start)+cap(t.end)+cap(t.cum)) + 8*cap(t.touch) + 2*cap(t.dayFirst)
}

// firstEndAfter returns the index of the first span that ends after x, or
// len when none does.
func (t *yearTable) firstEndAfter(x int64) int {
	n := len(t.end)
	if x < t.yearStart {
		return 0
	}
	if x >= t.lastEnd {
		return n
	}
	// end*1e9 > x-yearStart exactly when end > floor((x-yearStart)/1e9).
	s := uint32((x - t.yearStart) / 1e9)
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.end[m] > s {
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
	if n == 0 || x <= t.startAt(0) {
		return 0
	}
	if x >= t.lastEnd {
		return t.total()
	}
	i := t.firstEndAfter(x)
	if s := t.startAt(i); x > s {
		return t.cumAt(i) + x - s
	}
	return t.cumAt(i)
}

// earliest returns the earliest instant at which w of the table's open time
// has passed, for 0 < w <= total.
func (t *yearTable) earliest(w int64) int64 {
	// The first span i with cum[i+1]*1e9 >= w, that is cum[i+1] >= ceil(w/1e9).
	c := uint32((w + 1e9 - 1) / 1e9)
	lo, hi := 0, len(t.start)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.cum[m+1] >= c {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return t.startAt(lo) + w - t.cumAt(lo)
}

// latest returns the latest instant, before the table's last span ends, at
// which w of the table's open time has passed, for 0 <= w < total.
func (t *yearTable) latest(w int64) int64 {
	// The last span i with cum[i]*1e9 <= w, that is cum[i] <= floor(w/1e9).
	c := uint32(w / 1e9)
	lo, hi := 0, len(t.start)-1
	for lo < hi {
		m := int(uint(lo+hi+1) >> 1)
		if t.cum[m] <= c {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return t.startAt(lo) + w - t.cumAt(lo)
}

// runEnd returns the last span of the run of touching spans that holds
// span i.
func (t *yearTable) runEnd(i int) int {
	n := len(t.start)
	for w := i >> 6; w < len(t.touch); w++ {
		word := ^t.touch[w]
		if w == i>>6 {
			word &= ^uint64(0) << (i & 63)
		}
		if word != 0 {
			return min(w<<6+bits.TrailingZeros64(word), n-1)
		}
	}
	return n - 1
}

// dayOf returns the day of the year that span i belongs to.
func (t *yearTable) dayOf(i int) int {
	// The first day d with dayFirst[d] > i follows the span's day.
	lo, hi := 0, len(t.dayFirst)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(t.dayFirst[m]) > i {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}

// rank returns the number of business days before day d of the year.
func (t *yearTable) rank(d int) int {
	n := 0
	for w := range d >> 6 {
		n += bits.OnesCount64(t.bdays[w])
	}
	if r := d & 63; r != 0 {
		n += bits.OnesCount64(t.bdays[d>>6] << (64 - r))
	}
	return n
}

// nthBusinessDay returns the day of the year of business day idx (from 0),
// for idx < nbdays.
func (t *yearTable) nthBusinessDay(idx int) int {
	for w, word := range t.bdays {
		c := bits.OnesCount64(word)
		if idx >= c {
			idx -= c
			continue
		}
		for range idx {
			word &= word - 1 // drop the lowest set bit
		}
		return w<<6 + bits.TrailingZeros64(word)
	}
	return -1 // unreachable for idx < nbdays
}
