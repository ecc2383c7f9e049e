package calendar

import (
	"fmt"
	"slices"
	"time"
)

// A composite is the recipe of a calendar made of others: its open time is
// the union or the intersection of its members' open time.
type composite struct {
	op      compositeOp
	members []*Calendar

	// Upper bounds of the spans of one date and of one year of the
	// composite's tables, checked when it is built so that a year's span
	// indexes fit the table's 16 bits.
	daySpans, yearSpans int
}

type compositeOp uint8

const (
	opUnion compositeOp = iota + 1
	opIntersect
)

func (op compositeOp) String() string {
	if op == opUnion {
		return "Union"
	}
	return "Intersect"
}

// maxYearSpans bounds the spans of one year table: its indexes are 16 bits.
const maxYearSpans = 1<<16 - 1

// Union returns the calendar that is open whenever at least one of cs is
// open: follow-the-sun coverage by desks in several regions, or a region's
// hours plus a weekend on-call rota.
//
// Intersect returns the calendar that is open only when all of cs are open:
// a support desk's hours within the customer's business hours.
//
// The result is a *Calendar like any other: every method answers with the
// same semantics, the same errors and from the same kind of compact year
// tables, built on first use from the members' spans. What the members'
// Spec fields mean on their own dates carries into the composite only as
// open time, so:
//
//   - Zone: a composite reads dates and years in the zone of its first
//     member (Location); its supported range is years 1900 to 2199 there.
//     A member contributes open time only within its own range, and Always
//     as a member is open throughout the composite's range.
//   - Dates: a composite's spans are its open time cut at the midnights of
//     its zone, each piece belonging to the date it lies on. A business day
//     is a date with open time in the composite's zone, so AddDays counts
//     those dates, and Spans, Day and CloseOfDay report the pieces. A span
//     running past midnight in a member (a desk open 22:00–06:00) is thus
//     open time of two dates of the composite.
//   - Day: Holidays names the holidays of every member that fall on the
//     same civil date in the member's own zone (deduplicated, in member
//     order), whether or not they close the composite; Closed and Special
//     are false, as they describe a Spec's fields.
//   - Spec: a composite has no Spec; Spec returns the zero Spec. Use
//     MarshalJSON for a description that Load reads back.
//
// Members may be composites themselves. Union and Intersect return an
// error wrapping ErrInvalidArgument when cs is empty, when a member is nil
// or zero, or when the members together may have too many spans for a
// year table: their bound, at most 65,535 in a year of the composite, is
// about 366 times their spans a day (three regions with a lunch break
// count as some 2,600; two calendars of 96 spans every day do not fit).
//
// Its own year tables are kept like any calendar's; the members' tables it
// reads to build them are not kept, beyond the last two per member, so a
// query across many years costs in proportion to the members' spans it
// passes over (a fresh union of three regions: some 30 ms for Between
// from 1900 to 2199).
func Union(cs ...*Calendar) (*Calendar, error) { return compose(opUnion, cs) }

// Intersect returns the calendar open only when every one of cs is open.
// See Union for what the methods mean on it and for the errors.
func Intersect(cs ...*Calendar) (*Calendar, error) { return compose(opIntersect, cs) }

func compose(op compositeOp, cs []*Calendar) (*Calendar, error) {
	if len(cs) == 0 {
		return nil, fmt.Errorf("%w: %s: no calendars: want at least one", ErrInvalidArgument, op)
	}
	comp := &composite{op: op, members: slices.Clone(cs)}
	for i, m := range cs {
		if err := m.check(op.String()); err != nil {
			return nil, fmt.Errorf("%w: calendar %d of %d", err, i+1, len(cs))
		}
		day, year := m.spanBounds()
		comp.daySpans += day
		// Spans of the member's dates next to the year reach into it.
		comp.yearSpans += year + 4*day
	}
	// Cutting at midnights adds at most one piece per date.
	comp.daySpans = min(4*comp.daySpans+1, maxYearSpans)
	comp.yearSpans += 367
	if comp.yearSpans > maxYearSpans {
		return nil, fmt.Errorf("%w: %s: %d calendars with up to %d spans a year in all: at most %d",
			ErrInvalidArgument, op, len(cs), comp.yearSpans, maxYearSpans)
	}
	loc := cs[0].loc
	r := &rules{}
	r.setRange(loc)
	r.hasWeekly = true // mayOpen is decided by the table range alone
	r.firstTable, r.lastTable = comp.tableRange()
	return &Calendar{loc: loc, rules: r, comp: comp}, nil
}

// spanBounds returns upper bounds of the spans of one date and of one
// year of c's tables.
func (c *Calendar) spanBounds() (day, year int) {
	switch {
	case c.always:
		return 1, 366
	case c.comp != nil:
		return c.comp.daySpans, c.comp.yearSpans
	}
	day = c.rules.maxDaySpans
	for _, spans := range c.rules.open {
		day = max(day, len(spans))
	}
	return day, 366 * day
}

// tableRange returns the composite's years (as table indexes) that can hold
// open time: those of any member for a union, those of every member for an
// intersection, widened by a year for members in other zones. An empty
// range (first > last) means it is never open.
func (comp *composite) tableRange() (first, last int) {
	first, last = numYears, -1
	if comp.op == opIntersect {
		first, last = 0, numYears-1
	}
	for _, m := range comp.members {
		f, l := 0, numYears-1
		if !m.always {
			f, l = m.rules.firstTable, m.rules.lastTable
		}
		if comp.op == opUnion {
			first, last = min(first, f), max(last, l)
		} else {
			first, last = max(first, f), min(last, l)
		}
	}
	if first > last {
		return numYears, -1
	}
	return max(first-1, 0), min(last+1, numYears-1)
}

// openIn returns the open time of c in [a, b) as sorted, disjoint,
// non-touching intervals of Unix nanoseconds. It reads the year tables
// that are built and builds the others without keeping them, so that a
// composite's search across many years leaves no tables of its members
// behind.
func (c *Calendar) openIn(a, b int64) [][2]int64 {
	if c.always {
		return [][2]int64{{a, b}}
	}
	// The member answers only within its own range.
	r := c.rules
	a, b = max(a, r.minNanos), min(b, r.maxNanos)
	if a >= b {
		return nil
	}
	var out [][2]int64
	// The spans that meet [a, b) belong to the dates from the day before
	// a's to b's, in c's zone; a span reaches at most into the next date.
	ka := time.Unix(0, a).In(c.loc).Year() - firstYear - 1
	kb := time.Unix(0, b-1).In(c.loc).Year() - firstYear
	for k := max(ka, r.firstTable, 0); k <= min(kb, r.lastTable, numYears-1); k++ {
		if !r.mayOpen(k) {
			continue
		}
		t := c.peek(k)
		i := t.firstEndAfter(a)
		if out == nil {
			out = make([][2]int64, 0, len(t.start)-i+8)
		}
		for ; i < len(t.start) && t.startAt(i) < b; i++ {
			s, e := max(a, t.startAt(i)), min(b, t.endAt(i))
			if n := len(out); n > 0 && out[n-1][1] >= s {
				out[n-1][1] = max(out[n-1][1], e)
				continue
			}
			out = append(out, [2]int64{s, e})
		}
	}
	return out
}

// peek returns year table k without keeping it among the calendar's
// tables when it is not built yet. The last two tables so built are
// remembered, as a search across years asks for each year twice (for
// consecutive years of the composite), so a calendar keeps at most two
// tables beyond those its own queries built.
func (c *Calendar) peek(k int) *yearTable {
	if t := c.years[k].Load(); t != nil {
		return t
	}
	slot := &c.recent[k&1]
	if t := slot.Load(); t != nil && t.firstDay == yearFirstDays[k] {
		return t
	}
	t := c.build(k)
	slot.Store(t)
	return t
}

// summarize returns the open time and the business days of a composite's
// year k without keeping its table, and keeps both, so that Add, Between
// and AddDays across many years build no tables for the years between
// their ends.
func (c *Calendar) summarize(k int) (open int64, bdays int) {
	if t := c.years[k].Load(); t != nil {
		return t.total(), t.nbdays
	}
	if n, m := c.totals[k].Load(), c.bdayCounts[k].Load(); n > 0 && m > 0 {
		return n - 1, int(m - 1)
	}
	t := c.build(k)
	c.totals[k].Store(t.total() + 1)
	c.bdayCounts[k].Store(int32(t.nbdays + 1))
	return t.total(), t.nbdays
}

// open returns the composite's open time in [a, b), as openIn does.
func (comp *composite) open(a, b int64) [][2]int64 {
	acc := comp.members[0].openIn(a, b)
	for _, m := range comp.members[1:] {
		if comp.op == opIntersect && len(acc) == 0 {
			break
		}
		if comp.op == opUnion {
			acc = unionOf(acc, m.openIn(a, b))
		} else {
			acc = intersectionOf(acc, m.openIn(a, b))
		}
	}
	return acc
}

// unionOf merges two lists of sorted, disjoint, non-touching intervals.
func unionOf(x, y [][2]int64) [][2]int64 {
	out := make([][2]int64, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		var iv [2]int64
		if j == len(y) || i < len(x) && x[i][0] <= y[j][0] {
			iv, i = x[i], i+1
		} else {
			iv, j = y[j], j+1
		}
		if n := len(out); n > 0 && iv[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], iv[1])
			continue
		}
		out = append(out, iv)
	}
	return out
}

// intersectionOf intersects two lists of sorted, disjoint, non-touching
// intervals.
func intersectionOf(x, y [][2]int64) [][2]int64 {
	var out [][2]int64
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		s, e := max(x[i][0], y[j][0]), min(x[i][1], y[j][1])
		if s < e {
			out = append(out, [2]int64{s, e})
		}
		if x[i][1] < y[j][1] {
			i++
		} else {
			j++
		}
	}
	return out
}

// buildComposite builds the table of year firstYear+k of a composite: its
// open time between the year's first and last midnight, cut at every
// midnight of its zone so that each piece belongs to one date.
func (c *Calendar) buildComposite(k int) *yearTable {
	y := firstYear + k
	z := zoneCursor{loc: c.loc}
	first := daysFromCivil(y, 1, 1)
	days := int(daysFromCivil(y+1, 1, 1) - first)
	mid := make([]int64, days+1) // the first instant of each date, seconds
	for i := range mid {
		mid[i] = z.instant(civilSeconds(first+int32(i), 0))
	}
	t := &yearTable{
		firstDay:  first,
		dayFirst:  make([]uint16, days+1),
		yearStart: mid[0] * 1e9,
		nextStart: mid[days] * 1e9,
	}
	t.prevReach = t.yearStart // no span runs past a midnight
	var open [][2]int64
	if k >= c.rules.firstTable && k <= c.rules.lastTable {
		open = c.comp.open(max(t.yearStart, c.rules.minNanos), min(t.nextStart, c.rules.maxNanos))
	}
	capacity := len(open) + days
	buf := make([]uint32, 3*capacity+1)
	start, end := buf[:0:capacity], buf[capacity:capacity:2*capacity]
	d := 0
	for _, iv := range open {
		// Member spans are whole seconds: clock minutes and range bounds.
		s, e := iv[0]/1e9, iv[1]/1e9
		for s < e {
			for d < days-1 && mid[d+1] <= s {
				d++
				t.dayFirst[d] = uint16(len(start))
			}
			pe := min(e, mid[d+1])
			start = append(start, uint32(s-mid[0]))
			end = append(end, uint32(pe-mid[0]))
			if !t.bdays.has(d) {
				t.bdays.add(d)
				t.nbdays++
			}
			s = pe
		}
	}
	n := len(start)
	for d < days {
		d++
		t.dayFirst[d] = uint16(n)
	}
	t.start, t.end = start, end
	t.cum = buf[2*capacity : 2*capacity+n+1 : 3*capacity+1]
	t.finish(n)
	return t
}

// compositeHolidays names the holidays of a composite's members on date
// y-m-d, each read in the member's own zone.
func (c *Calendar) compositeHolidays(y int, m time.Month, d int) []string {
	var names []string
	for _, member := range c.comp.members {
		if member.always {
			continue
		}
		day, err := member.Day(time.Date(y, m, d, 12, 0, 0, 0, member.loc))
		if err != nil {
			continue // the date lies outside the member's range
		}
		for _, h := range day.Holidays {
			if !slices.Contains(names, h) {
				names = append(names, h)
			}
		}
	}
	return names
}
