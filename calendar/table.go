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
	start, end []uint32              // seconds after yearStart
	cum        []uint32              // cum[i] is the open time, in seconds, of the spans before i; cum[len] the year's total
	touch      []uint64              // bit i is set when span i+1 starts where span i ends
	dayFirst   []uint16              // the first span of each day of the year; dayFirst[days] is len
	bdays      daySet                // the business days (dates with open time), as days of the year from 0
	bprefix    [len(daySet{})]uint16 // bprefix[w] is the number of business days in bdays[:w]
	nbdays     int                   // the number of business days

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
	if x < t.yearStart {
		return 0
	}
	if x >= t.lastEnd {
		return len(t.end)
	}
	return t.search(x)
}

// search returns the index of the first span that ends after x, for x in
// [yearStart, lastEnd).
func (t *yearTable) search(x int64) int {
	// end*1e9 > x-yearStart exactly when end > floor((x-yearStart)/1e9).
	return t.searchSec(uint32(uint64(x-t.yearStart) / 1e9))
}

// searchSec returns the index of the first span that ends after second s
// of the table, or len.
func (t *yearTable) searchSec(s uint32) int {
	n := len(t.end)
	lo, hi := 0, n
	// Second s lies on about day g of the year. When the spans of days g-1
	// to g+1 bracket the answer, as they do but where a zone shifts by
	// a day, search only them.
	if g := int(s / secondsPerDay); g >= 1 && g+2 < len(t.dayFirst) {
		a, b := int(t.dayFirst[g-1]), int(t.dayFirst[g+2])
		if (a == 0 || t.end[a-1] <= s) && (b == n || t.end[b] > s) {
			lo, hi = a, b
		}
	}
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
	b, _ := t.beforeAt(x)
	return b
}

// beforeAt returns the open time of the table's spans before x, and the
// first span that ends after x (len when none does).
func (t *yearTable) beforeAt(x int64) (int64, int) {
	if x <= t.yearStart {
		return 0, 0
	}
	if x >= t.lastEnd {
		return t.total(), len(t.start) // also a table without spans
	}
	r := uint64(x - t.yearStart) // below 370 days
	i := t.searchSec(uint32(r / 1e9))
	if st := uint64(t.start[i]) * 1e9; r > st {
		return t.cumAt(i) + int64(r-st), i
	}
	return t.cumAt(i), i
}

// earliestFrom returns the earliest instant at which w of the table's
// open time has passed, for 0 < w <= total, when no span before span from
// uses up w. A short target from a known span (from > 0) ends in it or the
// next one, which it tries first.
func (t *yearTable) earliestFrom(w int64, from int) int64 {
	// The first span i with cum[i+1]*1e9 >= w, that is cum[i+1] >= ceil(w/1e9).
	c := uint32((uint64(w) + 1e9 - 1) / 1e9)
	n := len(t.start)
	lo := from
	if from > 0 {
		for ; lo < min(from+2, n-1); lo++ {
			if t.cum[lo+1] >= c {
				return t.startAt(lo) + w - t.cumAt(lo)
			}
		}
	}
	hi := n - 1
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
	c := uint32(uint64(w) / 1e9)
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
	// A span starts on its date, within a few hours of yearStart plus whole
	// days: guess from its start, and step to the date that holds it.
	last := len(t.dayFirst) - 2
	g := min(int(t.start[i]/secondsPerDay), last)
	for range 3 {
		switch {
		case int(t.dayFirst[g]) > i && g > 0:
			g--
		case int(t.dayFirst[g+1]) <= i && g < last:
			g++
		default:
			return g
		}
	}
	// Not reached for spans of real zones; a binary search is always right:
	// the first day d with dayFirst[d] > i follows the span's day.
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

// nextBusinessDay returns the first business day after day d of the year,
// or -1 when the year has none.
func (t *yearTable) nextBusinessDay(d int) int {
	d++
	for w := d >> 6; w < len(t.bdays); w++ {
		word := t.bdays[w]
		if w == d>>6 {
			word &= ^uint64(0) << (d & 63)
		}
		if word != 0 {
			return w<<6 + bits.TrailingZeros64(word)
		}
	}
	return -1
}

// rank returns the number of business days before day d of the year.
func (t *yearTable) rank(d int) int {
	w := d >> 6
	return int(t.bprefix[w]) + bits.OnesCount64(t.bdays[w]&(1<<(d&63)-1))
}

// nthBusinessDay returns the day of the year of business day idx (from 0),
// for idx < nbdays.
func (t *yearTable) nthBusinessDay(idx int) int {
	w := len(t.bprefix) - 1
	for int(t.bprefix[w]) > idx {
		w--
	}
	word, r := t.bdays[w], idx-int(t.bprefix[w])
	base := w << 6
	for {
		c := bits.OnesCount8(uint8(word))
		if r < c {
			break
		}
		r -= c
		word >>= 8
		base += 8
	}
	for ; r > 0; r-- {
		word &= word - 1 // drop the lowest set bit
	}
	return base + bits.TrailingZeros64(word)
}
