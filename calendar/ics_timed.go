package calendar

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// dayChange is the new Open entry of a date after timed closures; no spans
// means the date is closed.
type dayChange struct {
	day   int32
	spans []string
}

// minuteRange is [start, end) in minutes of the wall clock since
// 1970-01-01 00:00 (civil seconds / 60).
type minuteRange struct{ start, end int64 }

// timed subtracts the timed closures from the spans of the dates they
// touch. It compiles the spec as it will be after the all-day closures, so
// that a date's spans are its Open entry, none on a holiday or closed
// date, or its weekly hours, exactly as the engine reads them.
func (imp *icsImport) timed(closed, added []string, open map[string][]string) ([]dayChange, error) {
	loc, err := imp.zone()
	if err != nil {
		return nil, err
	}
	r := &rules{}
	if err := r.compileHours(imp.spec.Hours); err != nil {
		return nil, err
	}
	if err := r.compileHolidays(imp.spec.Holidays); err != nil {
		return nil, err
	}
	if err := r.compileDates(append(slices.Clone(closed), added...), open); err != nil {
		return nil, err
	}

	// The closures on the wall clock, rounded outwards to whole minutes: a
	// span boundary W is the first instant reading W or later, so an open
	// span may end at W only if that instant is not after the event's
	// start, and resume at W only if it is not before the event's end.
	cuts := make([]minuteRange, 0, len(imp.closures))
	for _, c := range imp.closures {
		cuts = append(cuts, minuteRange{
			start: floorDiv(maxReadingUpTo(loc, c[0]), 60),
			end:   -floorDiv(-supReadingBefore(loc, c[1]), 60),
		})
	}
	cuts = mergeRanges(cuts)

	lo, hi := daysFromCivil(firstYear, 1, 1), daysFromCivil(lastYear+1, 1, 1)
	holidays := map[int]daySet{}
	isHoliday := func(day int32) bool {
		y, _, _ := civilFromDays(day)
		set, ok := holidays[y]
		if !ok {
			set = r.holidayDays(y, daysFromCivil(y, 1, 1)-1)
			holidays[y] = set
		}
		return set.has(int(day - daysFromCivil(y, 1, 1) + 1))
	}
	own := func(day int32) []minuteRange {
		var out []minuteRange
		base := int64(day) * minutesPerDay
		for _, sp := range r.daySpans(day, isHoliday(day)) {
			out = append(out, minuteRange{base + int64(sp.start), base + int64(sp.end)})
		}
		return out
	}

	// Dates whose spans a closure touches: those it covers and the day
	// before each, whose overnight spans run into it.
	pieces := map[int32][]minuteRange{}
	changed := map[int32]bool{}
	last := lo - 1
	for _, c := range cuts {
		first := max(int32(floorDiv(c.start, minutesPerDay))-1, last+1, lo)
		end := min(int32(floorDiv(c.end-1, minutesPerDay))+1, hi)
		for day := first; day < end; day++ {
			spans := own(day)
			left := subtract(spans, cuts)
			if slices.Equal(spans, left) {
				continue
			}
			changed[day] = true
			if _, ok := pieces[day]; !ok {
				pieces[day] = nil // the date gets an entry even when nothing is left
			}
			for _, p := range left {
				owner := int32(floorDiv(p.start, minutesPerDay))
				pieces[owner] = append(pieces[owner], p)
			}
		}
		last = max(last, end-1)
	}

	var out []dayChange
	for day, ps := range pieces {
		if day < lo || day >= hi {
			continue
		}
		if !changed[day] {
			// It receives the part of the day before's overnight span that
			// is left after the cut; its own spans stay.
			ps = append(ps, own(day)...)
		}
		spans, err := renderSpans(day, ps)
		if err != nil {
			return nil, err
		}
		out = append(out, dayChange{day: day, spans: spans})
	}
	slices.SortFunc(out, func(a, b dayChange) int { return int(a.day - b.day) })
	return out, nil
}

// subtract returns spans minus the sorted, disjoint cuts.
func subtract(spans, cuts []minuteRange) []minuteRange {
	var out []minuteRange
	for _, sp := range spans {
		i, _ := slices.BinarySearchFunc(cuts, sp.start, func(c minuteRange, t int64) int {
			if c.end <= t {
				return -1
			}
			return 1
		})
		cur := sp.start
		for ; i < len(cuts) && cuts[i].start < sp.end; i++ {
			if cuts[i].start > cur {
				out = append(out, minuteRange{cur, cuts[i].start})
			}
			cur = max(cur, cuts[i].end)
		}
		if cur < sp.end {
			out = append(out, minuteRange{cur, sp.end})
		}
	}
	return out
}

// mergeRanges sorts ranges and merges those that overlap or touch.
func mergeRanges(rs []minuteRange) []minuteRange {
	slices.SortFunc(rs, func(a, b minuteRange) int {
		switch {
		case a.start < b.start:
			return -1
		case a.start > b.start:
			return 1
		}
		return 0
	})
	var out []minuteRange
	for _, r := range rs {
		if r.end <= r.start {
			continue
		}
		if n := len(out); n > 0 && r.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, r.end)
			continue
		}
		out = append(out, r)
	}
	return out
}

// renderSpans writes the pieces of a date as "HH:MM-HH:MM" values. Pieces
// that overlap are merged (open time is a union); one that would last a day
// or more after merging cannot be written as a span.
func renderSpans(day int32, ps []minuteRange) ([]string, error) {
	base := int64(day) * minutesPerDay
	merged := slices.Clone(ps)
	slices.SortFunc(merged, func(a, b minuteRange) int { return int(a.start - b.start) })
	var keep []minuteRange
	for _, p := range merged {
		if n := len(keep); n > 0 && p.start < keep[n-1].end {
			keep[n-1].end = max(keep[n-1].end, p.end)
			continue
		}
		keep = append(keep, p)
	}
	out := make([]string, 0, len(keep))
	for _, p := range keep {
		s, e := p.start-base, p.end-base
		if e-s > minutesPerDay || (e-s == minutesPerDay && s != 0) {
			return nil, specErr(fmt.Sprintf("open[%q]", dateKey(day)), dateKey(day),
				"its spans overlap the overnight span of the day before; a timed event on it cannot be subtracted")
		}
		if e > minutesPerDay {
			e -= minutesPerDay
		}
		out = append(out, fmt.Sprintf("%02d:%02d-%02d:%02d", s/60, s%60, e/60, e%60))
	}
	return out, nil
}

// maxReadingUpTo returns the latest wall-clock reading (civil seconds) at
// any instant up to and including u (Unix seconds).
func maxReadingUpTo(loc *time.Location, u int64) int64 {
	return readingBound(loc, u, true)
}

// supReadingBefore returns the least civil-seconds value above the reading
// of every instant before u.
func supReadingBefore(loc *time.Location, u int64) int64 {
	return readingBound(loc, u, false)
}

// readingBound scans the zone periods of the two days up to u. Offsets
// change by less than two days, so earlier instants read less.
func readingBound(loc *time.Location, u int64, inclusive bool) int64 {
	best := int64(math.MinInt64)
	for x := u - 2*secondsPerDay; x < u || (inclusive && x == u); {
		_, end, off := zonePeriod(loc, x)
		top := min(end, u) // readings below top+off, exclusive
		if inclusive {
			top = min(end-1, u) + 1
		}
		best = max(best, top+off)
		x = max(end, x+1)
	}
	if inclusive {
		return best - 1
	}
	return best
}
