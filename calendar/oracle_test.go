package calendar_test

// An independent reference model ("oracle") of SPEC §3, written from the
// specification's text alone and compared with the engine on random
// calendars and instants.
//
// The oracle is naive on purpose. It builds every span of every date from the
// wall-clock rule, keeps them as a plain list, and answers each query by
// walking that list: no year tables, no cumulative sums, no binary search.
// Holidays come straight from github.com/rickar/cal/v2.
//
// One rule comes from the package documentation rather than SPEC §3, which
// is silent on it: where an Open date's spans overlap the previous day's
// overnight span, open time is their union and the overlap belongs to the
// earlier date. That matters only to AddDays (which date holds an instant,
// and how much open time a date has); see oracle.effective.
//
// Each query is answered over a window of dates around the instant. Spans of
// dates outside the window cannot reach into its trusted part (see
// oracleWindow), and a query whose answer would lie outside the trusted part
// is skipped rather than guessed.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/internal/holidays"
)

// oracleHolidaySets maps the holiday-set codes the random calendars use to
// their holiday definitions: the data is the presets', the model checks
// what the engine makes of it.
var oracleHolidaySets = func() map[string][]*cal.Holiday {
	sets := map[string][]*cal.Holiday{}
	for _, r := range holidays.All() {
		if r.Code == "US" || r.Code == "DE-BY" {
			sets[r.Code] = r.Holidays
		}
	}
	return sets
}()

// oracleWall is one "HH:MM-HH:MM" entry in minutes after midnight. end may be
// 1440 ("24:00"); end < start is an overnight span ending on the next date.
type oracleWall struct{ start, end int }

// oracleSpan is a half-open instant interval [start, end).
type oracleSpan struct{ start, end time.Time }

func (s oracleSpan) dur() time.Duration { return s.end.Sub(s.start) }

// oracle is the reference model of one Spec.
type oracle struct {
	loc      *time.Location
	weekly   [7][]oracleWall // by time.Weekday
	closed   map[int]bool    // by day number
	open     map[int][]oracleWall
	holidays []*cal.Holiday

	holidayYears map[int]bool // years whose holidays are in holidayDays
	holidayDays  map[int]bool
	ownCache     map[int][]oracleSpan
	effCache     map[int][]oracleSpan
}

// oracleDay numbers civil dates: days since 1970-01-01.
func oracleDay(y int, m time.Month, d int) int {
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// oracleCivil returns the date of a day number as midnight UTC.
func oracleCivil(day int) time.Time { return time.Unix(int64(day)*86400, 0).UTC() }

// oracleDateOf returns the day number of t's date in loc.
func oracleDateOf(t time.Time, loc *time.Location) int {
	x := t.In(loc)
	return oracleDay(x.Year(), x.Month(), x.Day())
}

var oracleDayNames = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

func oracleClock(s string) (int, error) {
	hh, mm, ok := strings.Cut(s, ":")
	if !ok {
		return 0, fmt.Errorf("bad clock %q", s)
	}
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("bad clock %q", s)
	}
	return h*60 + m, nil
}

func oracleWalls(list []string) ([]oracleWall, error) {
	var out []oracleWall
	for _, s := range list {
		a, b, ok := strings.Cut(s, "-")
		if !ok {
			return nil, fmt.Errorf("bad span %q", s)
		}
		start, err := oracleClock(a)
		if err != nil {
			return nil, err
		}
		end, err := oracleClock(b)
		if err != nil {
			return nil, err
		}
		out = append(out, oracleWall{start, end})
	}
	return out, nil
}

func oracleParseDate(s string) (int, error) {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, err
	}
	return oracleDay(d.Year(), d.Month(), d.Day()), nil
}

// newOracle reads a Spec the engine has accepted; it checks only what it
// needs to read.
func newOracle(s calendar.Spec) (*oracle, error) {
	loc, err := time.LoadLocation(s.TimeZone)
	if err != nil {
		return nil, err
	}
	o := &oracle{
		loc: loc, closed: map[int]bool{}, open: map[int][]oracleWall{},
		holidayYears: map[int]bool{}, holidayDays: map[int]bool{},
		ownCache: map[int][]oracleSpan{}, effCache: map[int][]oracleSpan{},
	}
	for key, list := range s.Hours {
		walls, err := oracleWalls(list)
		if err != nil {
			return nil, err
		}
		from, to, isRange := strings.Cut(strings.ToLower(key), "-")
		if !isRange {
			to = from
		}
		a, ok1 := oracleDayNames[from]
		b, ok2 := oracleDayNames[to]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("bad day key %q", key)
		}
		for wd := a; ; wd = (wd + 1) % 7 {
			o.weekly[wd] = append(o.weekly[wd], walls...)
			if wd == b {
				break
			}
		}
	}
	for _, c := range s.Closed {
		d, err := oracleParseDate(c)
		if err != nil {
			return nil, err
		}
		o.closed[d] = true
	}
	for date, list := range s.Open {
		d, err := oracleParseDate(date)
		if err != nil {
			return nil, err
		}
		walls, err := oracleWalls(list)
		if err != nil {
			return nil, err
		}
		o.open[d] = walls
	}
	for _, code := range s.Holidays {
		set, ok := oracleHolidaySets[code]
		if !ok {
			return nil, fmt.Errorf("oracle knows no holiday set %q", code)
		}
		o.holidays = append(o.holidays, set...)
	}
	return o, nil
}

// isHoliday reports whether day is the actual or observed date of any
// holiday in the sets. An observed date may fall in the year before or after
// its holiday's year (New Year's Day on a Saturday is observed on 31
// December), so the neighbouring years are computed too. rickar computes at
// midnight in its DefaultLoc; Go resolves a midnight in a gap forward to the
// same date, so the returned time's own year, month and day are the date.
func (o *oracle) isHoliday(day int) bool {
	y := oracleCivil(day).Year()
	for year := y - 1; year <= y+1; year++ {
		if o.holidayYears[year] {
			continue
		}
		o.holidayYears[year] = true
		for _, h := range o.holidays {
			// The civil dates of rickar/cal's data, read independently
			// of the machine's zone (see holidays.Dates).
			actual, observed, ok := holidays.Dates(h, year)
			for _, x := range []time.Time{actual, observed} {
				if ok {
					o.holidayDays[oracleDay(x.Year(), x.Month(), x.Day())] = true
				}
			}
		}
	}
	return o.holidayDays[day]
}

// first returns the first instant at which the local clock reads the civil
// time "day, minute" or later (minute 1440 is the next day's 00:00).
//
// Why this is right: the zone's offset is constant on each interval
// [start, end) that time.Time.ZoneBounds reports, so on such a piece the
// local clock reads u+offset, which grows strictly with u. The instants of a
// piece whose clock reads c or later are therefore exactly
// [max(start, c-offset), end), possibly empty. Walking the pieces in time
// order, the first non-empty one holds the earliest such instant. The walk
// starts 15 hours before c read as UTC, where no offset (all lie within
// -12h..+14h) can make the clock read c yet, and it must succeed within 15
// hours after. Offsets and transitions are whole seconds, so the answer is.
func (o *oracle) first(day, minute int) time.Time {
	c := int64(day)*86400 + int64(minute)*60
	for u := c - 15*3600; u < c+15*3600; {
		x := time.Unix(u, 0).In(o.loc)
		_, offset := x.Zone()
		_, end := x.ZoneBounds()
		cand := max(u, c-int64(offset))
		if end.IsZero() || cand < end.Unix() {
			return time.Unix(cand, 0).In(o.loc)
		}
		if end.Unix() <= u {
			panic("oracle: zone bounds do not advance")
		}
		u = end.Unix()
	}
	panic("oracle: no instant reads the wall clock")
}

// wallsOf returns the wall-clock spans a date takes: its Open hours if
// listed, none when a holiday or Closed, else its weekday's hours.
func (o *oracle) wallsOf(day int) []oracleWall {
	if w, ok := o.open[day]; ok {
		return w
	}
	if o.closed[day] || o.isHoliday(day) {
		return nil
	}
	return o.weekly[oracleCivil(day).Weekday()]
}

// own returns the non-empty spans that belong to day, in time order.
func (o *oracle) own(day int) []oracleSpan {
	if s, ok := o.ownCache[day]; ok {
		return s
	}
	var out []oracleSpan
	for _, w := range o.wallsOf(day) {
		endDay, endMin := day, w.end
		if w.end < w.start {
			endDay++ // overnight: the end is on the next date
		}
		s := oracleSpan{o.first(day, w.start), o.first(endDay, endMin)}
		if s.end.After(s.start) {
			out = append(out, s)
		}
	}
	out = oracleMerge(out)
	o.ownCache[day] = out
	return out
}

// effective returns day's own open time minus what earlier dates' spans
// already cover: where spans of two dates overlap, the overlap stays with the
// earlier date. Only the two dates before can reach into day's spans.
func (o *oracle) effective(day int) []oracleSpan {
	if s, ok := o.effCache[day]; ok {
		return s
	}
	earlier := oracleMerge(append(slices.Clone(o.own(day-2)), o.own(day-1)...))
	out := oracleSubtract(o.own(day), earlier)
	o.effCache[day] = out
	return out
}

// oracleMerge sorts spans and merges overlapping and touching ones.
func oracleMerge(in []oracleSpan) []oracleSpan {
	s := slices.Clone(in)
	sort.Slice(s, func(i, j int) bool { return s[i].start.Before(s[j].start) })
	var out []oracleSpan
	for _, x := range s {
		if n := len(out); n > 0 && !x.start.After(out[n-1].end) {
			if x.end.After(out[n-1].end) {
				out[n-1].end = x.end
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// oracleSubtract returns a minus b; both merged and sorted.
func oracleSubtract(a, b []oracleSpan) []oracleSpan {
	var out []oracleSpan
	for _, x := range a {
		pieces := []oracleSpan{x}
		for _, y := range b {
			var next []oracleSpan
			for _, p := range pieces {
				if !y.start.Before(p.end) || !y.end.After(p.start) {
					next = append(next, p)
					continue
				}
				if y.start.After(p.start) {
					next = append(next, oracleSpan{p.start, y.start})
				}
				if y.end.Before(p.end) {
					next = append(next, oracleSpan{y.end, p.end})
				}
			}
			pieces = next
		}
		out = append(out, pieces...)
	}
	return out
}

func oracleTotal(s []oracleSpan) time.Duration {
	var d time.Duration
	for _, x := range s {
		d += x.dur()
	}
	return d
}

// oracleWindowDays is how many dates either side of an instant a window holds.
const oracleWindowDays = 45

// oracleWindow is the merged open time of the dates loDay..hiDay. Spans of
// earlier dates end by loDay+1 00:00 (an overnight span ends on the date
// after its own) and spans of later dates start at hiDay+1 00:00 or after,
// so inside [lo, hi) the list is the calendar's whole open time.
type oracleWindow struct {
	o            *oracle
	loDay, hiDay int
	lo, hi       time.Time
	iv           []oracleSpan
}

func (o *oracle) window(t time.Time) *oracleWindow {
	d := oracleDateOf(t, o.loc)
	w := &oracleWindow{o: o, loDay: d - oracleWindowDays, hiDay: d + oracleWindowDays}
	w.lo = o.first(w.loDay+1, 0)
	w.hi = o.first(w.hiDay+1, 0)
	var all []oracleSpan
	for day := w.loDay; day <= w.hiDay; day++ {
		all = append(all, o.own(day)...)
	}
	w.iv = oracleMerge(all)
	return w
}

func (w *oracleWindow) inside(t time.Time) bool { return !t.Before(w.lo) && t.Before(w.hi) }

func (w *oracleWindow) isOpen(t time.Time) (bool, bool) {
	if !w.inside(t) {
		return false, false
	}
	for _, x := range w.iv {
		if !t.Before(x.start) && t.Before(x.end) {
			return true, true
		}
	}
	return false, true
}

func (w *oracleWindow) between(a, b time.Time) (time.Duration, bool) {
	if a.Before(w.lo) || b.Before(w.lo) || a.After(w.hi) || b.After(w.hi) {
		return 0, false
	}
	if b.Before(a) {
		d, ok := w.between(b, a)
		return -d, ok
	}
	var sum time.Duration
	for _, x := range w.iv {
		s, e := x.start, x.end
		if s.Before(a) {
			s = a
		}
		if e.After(b) {
			e = b
		}
		if e.After(s) {
			sum += e.Sub(s)
		}
	}
	return sum, true
}

// add walks the merged open time forward (d >= 0) or backward (d < 0).
func (w *oracleWindow) add(t time.Time, d time.Duration) (time.Time, bool) {
	if !w.inside(t) {
		return time.Time{}, false
	}
	if d == 0 {
		return t, true
	}
	if d > 0 {
		left := d
		for _, x := range w.iv {
			if !x.end.After(t) {
				continue
			}
			s := x.start
			if s.Before(t) {
				s = t
			}
			if n := x.end.Sub(s); n < left {
				left -= n
				continue
			}
			u := s.Add(left)
			return u.In(t.Location()), u.Before(w.hi)
		}
		return time.Time{}, false
	}
	left := -d
	for i := len(w.iv) - 1; i >= 0; i-- {
		x := w.iv[i]
		if !x.start.Before(t) {
			continue
		}
		e := x.end
		if e.After(t) {
			e = t
		}
		if n := e.Sub(x.start); n < left {
			left -= n
			continue
		}
		u := e.Add(-left)
		return u.In(t.Location()), u.After(w.lo)
	}
	return time.Time{}, false
}

func (w *oracleWindow) nextOpen(t time.Time) (time.Time, bool) {
	if !w.inside(t) {
		return time.Time{}, false
	}
	for _, x := range w.iv {
		if x.end.After(t) {
			if !t.Before(x.start) {
				return t, true
			}
			return x.start.In(t.Location()), x.start.Before(w.hi)
		}
	}
	return time.Time{}, false
}

// nextClose returns the end of the merged period holding t or the next one.
// An end at or after hi may continue into unknown dates: not an answer.
func (w *oracleWindow) nextClose(t time.Time) (time.Time, bool) {
	if !w.inside(t) {
		return time.Time{}, false
	}
	for _, x := range w.iv {
		if x.end.After(t) {
			return x.end.In(t.Location()), x.end.Before(w.hi)
		}
	}
	return time.Time{}, false
}

// addDays follows SPEC's AddDays text step by step, with dates' open time
// attributed as effective does.
func (w *oracleWindow) addDays(t time.Time, n int) (time.Time, bool) {
	if n == 0 {
		return t, w.inside(t)
	}
	s, ok := w.nextOpen(t)
	if !ok {
		return time.Time{}, false
	}
	o := w.o
	// D: the date whose (effective) spans hold s. A span starts at its
	// date's clock reading or later, so D is s's date or one shortly before.
	sd := oracleDateOf(s, o.loc)
	D, found := 0, false
	for d := sd - 3; d <= sd+1 && !found; d++ {
		for _, x := range o.effective(d) {
			if !s.Before(x.start) && s.Before(x.end) {
				D, found = d, true
				break
			}
		}
	}
	if !found {
		panic(fmt.Sprintf("oracle: no date holds open instant %s", s))
	}
	var p time.Duration // D's open time before s
	for _, x := range o.effective(D) {
		if x.end.After(s) {
			if s.After(x.start) {
				p += s.Sub(x.start)
			}
			break
		}
		p += x.dur()
	}
	prev, day := D, D
	for k := 1; k <= n; k++ {
		prev = day
		for day++; oracleTotal(o.effective(day)) == 0; day++ {
			if day > D+400 {
				return time.Time{}, false
			}
		}
	}
	closeOf := func(d int) time.Time {
		eff := o.effective(d)
		return eff[len(eff)-1].end
	}
	var u time.Time
	if p == 0 {
		u = closeOf(prev)
	} else {
		u = closeOf(day) // the day has less than p
		left := p
		for _, x := range o.effective(day) {
			if x.dur() >= left {
				u = x.start.Add(left)
				break
			}
			left -= x.dur()
		}
	}
	return u.In(t.Location()), true
}

// ---------------------------------------------------------------------------
// The oracle against SPEC's own examples.

func TestOracleMatchesSpecTables(t *testing.T) {
	ny := zone(t, nyName)
	mustOracle := func(s calendar.Spec) *oracle {
		t.Helper()
		o, err := newOracle(s)
		require.NoError(t, err)
		return o
	}
	mf := func(s ...string) map[string][]string { return map[string][]string{"mon-fri": s} }
	nyDay := func(y int, m time.Month, d int) int { return oracleDay(y, m, d) }

	t.Run("wall clock", func(t *testing.T) {
		o := mustOracle(calendar.Spec{TimeZone: nyName, Hours: mf("09:00-17:00")})
		// In the gap the boundary moves to the end of the gap.
		assertTime(t, time.Date(2026, 3, 8, 7, 0, 0, 0, time.UTC), o.first(nyDay(2026, 3, 8), 150), "02:30 on 2026-03-08")
		// In the repeated hour it is the first occurrence (EDT).
		assertTime(t, time.Date(2026, 11, 1, 5, 30, 0, 0, time.UTC), o.first(nyDay(2026, 11, 1), 90), "01:30 on 2026-11-01")
		assertTime(t, time.Date(2026, 3, 9, 13, 0, 0, 0, time.UTC), o.first(nyDay(2026, 3, 9), 540), "09:00 on 2026-03-09")
	})

	t.Run("whole days", func(t *testing.T) {
		o := mustOracle(calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon-sun": {"00:00-24:00"}}})
		assert.Equal(t, 23*time.Hour, oracleTotal(o.own(nyDay(2026, 3, 8))), "spring-forward day")
		assert.Equal(t, 25*time.Hour, oracleTotal(o.own(nyDay(2026, 11, 1))), "fall-back day")
		assert.Equal(t, 24*time.Hour, oracleTotal(o.own(nyDay(2026, 11, 2))), "ordinary day")
		apia := mustOracle(calendar.Spec{TimeZone: "Pacific/Apia", Hours: map[string][]string{"mon-sun": {"00:00-24:00"}}})
		assert.Zero(t, oracleTotal(apia.own(oracleDay(2011, 12, 30))), "Apia skips 2011-12-30")
		assert.Equal(t, 24*time.Hour, oracleTotal(apia.own(oracleDay(2011, 12, 29))), "Apia 2011-12-29")
	})

	t.Run("add lands at the close", func(t *testing.T) {
		o := mustOracle(calendar.Spec{TimeZone: nyName, Hours: mf("09:00-17:00")})
		tue := wall(ny, 2026, 3, 3, 13, 0)
		got, ok := o.window(tue).add(tue, 4*time.Hour)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 3, 3, 17, 0), got, "Tue 13:00 + 4h")
		got, ok = o.window(tue).add(tue, 0)
		require.True(t, ok)
		assertTime(t, tue, got, "Add(t, 0)")
		// Backward, the latest instant: Tue 09:00, not Mon 17:00.
		got, ok = o.window(tue).add(tue, -4*time.Hour)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 3, 3, 9, 0), got, "Tue 13:00 - 4h")
		got, ok = o.window(tue).add(tue, -5*time.Hour)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 3, 2, 16, 0), got, "Tue 13:00 - 5h")
	})

	t.Run("adjacent spans merge", func(t *testing.T) {
		o := mustOracle(calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon-tue": {"00:00-24:00"}}})
		mon := wall(ny, 2026, 3, 2, 10, 0)
		got, ok := o.window(mon).nextClose(mon)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 3, 4, 0, 0), got, "NextClose(Mon 10:00)")
	})

	t.Run("AddDays table", func(t *testing.T) {
		nine := calendar.Spec{TimeZone: nyName, Hours: mf("09:00-17:00")}
		lunch := calendar.Spec{TimeZone: nyName, Hours: mf("09:00-12:00", "13:00-17:00")}
		shortWed := calendar.Spec{TimeZone: nyName, Hours: map[string][]string{
			"mon-tue": {"09:00-17:00"}, "wed": {"09:00-13:00"}, "thu-fri": {"09:00-17:00"}}}
		// 2026-03-02 is a Monday; no US transition that week.
		at := func(d, hh, mm int) time.Time { return wall(ny, 2026, 3, d, hh, mm) }
		for _, tc := range []struct {
			name      string
			spec      calendar.Spec
			from, due time.Time
		}{
			{"Tue 11:00", nine, at(3, 11, 0), at(4, 11, 0)},
			{"Mon 09:00", nine, at(2, 9, 0), at(2, 17, 0)},
			{"Mon 08:30", nine, at(2, 8, 30), at(2, 17, 0)},
			{"Fri 20:00", nine, at(6, 20, 0), at(9, 17, 0)},
			{"Fri 16:00", nine, at(6, 16, 0), at(9, 16, 0)},
			{"Tue 12:30 with lunch", lunch, at(3, 12, 30), at(4, 12, 0)},
			{"Tue 16:00, short Wed", shortWed, at(3, 16, 0), at(4, 13, 0)},
		} {
			t.Run(tc.name, func(t *testing.T) {
				o := mustOracle(tc.spec)
				got, ok := o.window(tc.from).addDays(tc.from, 1)
				require.True(t, ok)
				assertTime(t, tc.due, got, "oracle AddDays(%s, 1)", tc.from)
				got, err := newCal(t, tc.spec).AddDays(tc.from, 1)
				require.NoError(t, err)
				assertTime(t, tc.due, got, "engine AddDays(%s, 1)", tc.from)
			})
		}
	})

	t.Run("response due on US", func(t *testing.T) {
		o := mustOracle(calendar.Spec{TimeZone: nyName, Hours: mf("09:00-17:00"), Holidays: []string{"US"}})
		gold1 := wall(ny, 2026, 12, 24, 16, 30)
		got, ok := o.window(gold1).add(gold1, 4*time.Hour)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 12, 28, 12, 30), got, "Gold sev1: the 25th is a holiday")
		plat2 := wall(ny, 2026, 3, 6, 15, 0)
		got, ok = o.window(plat2).add(plat2, 4*time.Hour)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 3, 9, 11, 0), got, "Platinum sev2 across spring-forward")
		gold3 := wall(ny, 2026, 12, 1, 11, 0)
		got, ok = o.window(gold3).addDays(gold3, 1)
		require.True(t, ok)
		assertTime(t, wall(ny, 2026, 12, 2, 11, 0), got, "Gold sev3")
	})

	t.Run("holidays", func(t *testing.T) {
		o := mustOracle(calendar.Spec{TimeZone: nyName, Hours: mf("09:00-17:00"), Holidays: []string{"US"}})
		assert.True(t, o.isHoliday(oracleDay(2026, 12, 25)), "Christmas")
		assert.True(t, o.isHoliday(oracleDay(2026, 7, 3)), "Independence Day observed on Friday")
		assert.True(t, o.isHoliday(oracleDay(2021, 12, 31)), "New Year 2022 observed in 2021")
		assert.False(t, o.isHoliday(oracleDay(2020, 6, 19)), "Juneteenth before 2021")
		assert.True(t, o.isHoliday(oracleDay(2021, 6, 18)), "Juneteenth 2021 observed")
		by := mustOracle(calendar.Spec{TimeZone: "Europe/Berlin", Hours: mf("09:00-17:00"), Holidays: []string{"DE-BY"}})
		assert.True(t, by.isHoliday(oracleDay(2026, 1, 6)), "Epiphany in Bavaria")
	})
}

// TestOracleWallClock checks first against a reading of the clock itself:
// the result reads the target or later, and no whole minute in the 30 hours
// before it, nor the second before it, does.
func TestOracleWallClock(t *testing.T) {
	for _, name := range oracleZones {
		o, err := newOracle(calendar.Spec{TimeZone: name})
		require.NoError(t, err)
		reads := func(x time.Time, c int64) bool {
			l := x.In(o.loc)
			w := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
			return w.Unix() >= c
		}
		for i, tr := range oracleTransitions(o.loc, 2010, 2030) {
			d := oracleDateOf(tr, o.loc)
			for day := d - 1; day <= d+1; day++ {
				fullScan := i%3 == 0 && day == d // the minute scan is slow; a sample is enough
				for minute := 0; minute <= 1440; minute += 30 {
					c := int64(day)*86400 + int64(minute)*60
					got := o.first(day, minute)
					require.True(t, reads(got, c), "%s: first(%s +%dmin) = %s reads too early", name, oracleCivil(day).Format(time.DateOnly), minute, got)
					require.False(t, reads(got.Add(-time.Second), c), "%s: first(%s +%dmin) = %s is not the first", name, oracleCivil(day).Format(time.DateOnly), minute, got)
					if !fullScan || minute%360 != 0 {
						continue
					}
					for k := 1; k <= 30*60; k++ {
						x := got.Add(-time.Duration(k) * time.Minute)
						require.False(t, reads(x, c), "%s: first(%s +%dmin) = %s, but %s reads it", name, oracleCivil(day).Format(time.DateOnly), minute, got, x)
					}
				}
			}
		}
	}
}

// ---------------------------------------------------------------------------
// Random calendars.

var oracleZones = []string{
	"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo",
	"Pacific/Apia", "Africa/Casablanca", "Asia/Kolkata", "UTC",
}

// oracleTransitions lists the instants in local years lo..hi-1 at which
// loc's offset changes.
func oracleTransitions(loc *time.Location, lo, hi int) []time.Time {
	var out []time.Time
	end := time.Date(hi, 1, 1, 0, 0, 0, 0, loc)
	for x := time.Date(lo, 1, 1, 0, 0, 0, 0, loc); x.Before(end); {
		_, off := x.Zone()
		_, next := x.ZoneBounds()
		if next.IsZero() {
			break
		}
		if _, off2 := next.In(loc).Zone(); off2 != off {
			out = append(out, next)
		}
		x = next.In(loc)
	}
	return out
}

func oracleHHMM(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func oracleWallString(w oracleWall) string {
	return oracleHHMM(w.start) + "-" + oracleHHMM(w.end)
}

// oracleDrawDay draws 0–3 spans for one date, in time order; the last may be
// overnight.
func oracleDrawDay(r *rand.Rand) []oracleWall {
	switch x := r.IntN(100); {
	case x < 15:
		return nil
	case x < 23:
		return []oracleWall{{0, 1440}}
	}
	k := 1 + r.IntN(3)
	pts := map[int]bool{}
	for len(pts) < 2*k {
		m := 30 * r.IntN(49) // 00:00 … 24:00
		if r.IntN(5) == 0 && m < 1440 {
			m += r.IntN(30)
		}
		pts[m] = true
	}
	sorted := make([]int, 0, len(pts))
	for m := range pts {
		sorted = append(sorted, m)
	}
	slices.Sort(sorted)
	var out []oracleWall
	for i := 0; i < len(sorted); i += 2 {
		out = append(out, oracleWall{sorted[i], sorted[i+1]})
	}
	if last := &out[len(out)-1]; r.IntN(4) == 0 && last.start > 0 {
		// Overnight: end early on the next date.
		last.end = r.IntN(min(last.start, 10*60)/30+1) * 30
		if last.end >= last.start {
			last.end = 0
		}
	}
	return out
}

// oracleWeekOverlaps reports whether weekly spans overlap, also across
// midnight and across the end of the week.
func oracleWeekOverlaps(week [7][]oracleWall) bool {
	type iv struct{ a, b int }
	var ivs []iv
	const weekMin = 7 * 1440
	for wd, spans := range week { // wd: time.Weekday
		for _, w := range spans {
			a, b := wd*1440+w.start, wd*1440+w.end
			if w.end < w.start {
				b += 1440
			}
			if b > weekMin {
				ivs = append(ivs, iv{a, weekMin}, iv{0, b - weekMin})
			} else {
				ivs = append(ivs, iv{a, b})
			}
		}
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].a < ivs[j].a })
	for i := 1; i < len(ivs); i++ {
		if ivs[i].a < ivs[i-1].b {
			return true
		}
	}
	return false
}

func oracleWeekOpen(week [7][]oracleWall) time.Duration {
	var m int
	for _, spans := range week {
		for _, w := range spans {
			if w.end < w.start {
				m += w.end + 1440 - w.start
			} else {
				m += w.end - w.start
			}
		}
	}
	return time.Duration(m) * time.Minute
}

var oracleKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} // by time.Weekday

// oracleDrawSpec draws a calendar around the date center.
func oracleDrawSpec(r *rand.Rand, zoneName string, center int) calendar.Spec {
	var week [7][]oracleWall
	for {
		for wd := range week {
			week[wd] = oracleDrawDay(r)
		}
		if r.IntN(3) == 0 { // a shared range key: Monday to Friday alike
			day := oracleDrawDay(r)
			for wd := time.Monday; wd <= time.Friday; wd++ {
				week[wd] = day
			}
		}
		if !oracleWeekOverlaps(week) && oracleWeekOpen(week) >= 4*time.Hour {
			break
		}
	}
	s := calendar.Spec{TimeZone: zoneName, Hours: map[string][]string{}}
	sameMonFri := true
	for wd := time.Tuesday; wd <= time.Friday; wd++ {
		sameMonFri = sameMonFri && slices.Equal(week[wd], week[time.Monday])
	}
	for wd, spans := range week {
		if len(spans) == 0 {
			continue
		}
		if sameMonFri && time.Weekday(wd) >= time.Monday && time.Weekday(wd) <= time.Friday {
			continue
		}
		var list []string
		for _, w := range spans {
			list = append(list, oracleWallString(w))
		}
		s.Hours[oracleKeys[wd]] = list
	}
	if sameMonFri && len(week[time.Monday]) > 0 {
		var list []string
		for _, w := range week[time.Monday] {
			list = append(list, oracleWallString(w))
		}
		s.Hours["mon-fri"] = list
	}
	switch r.IntN(3) {
	case 1:
		s.Holidays = []string{"US"}
	case 2:
		s.Holidays = []string{"DE-BY"}
	}
	used := map[int]bool{}
	date := func() (int, bool) {
		d := center + r.IntN(15) - 7
		if used[d] {
			return 0, false
		}
		used[d] = true
		return d, true
	}
	for range r.IntN(4) {
		if d, ok := date(); ok {
			s.Closed = append(s.Closed, oracleCivil(d).Format(time.DateOnly))
		}
	}
	// Dates after a weekly overnight span, for Open dates that meet it.
	var afterOvernight []int
	for d := center - 7; d <= center+7; d++ {
		prev := week[oracleCivil(d-1).Weekday()]
		if n := len(prev); n > 0 && prev[n-1].end < prev[n-1].start && prev[n-1].end > 0 && !used[d] {
			afterOvernight = append(afterOvernight, d)
		}
	}
	for range r.IntN(4) {
		d, ok := date()
		if len(afterOvernight) > 0 && r.IntN(2) == 0 {
			d = afterOvernight[r.IntN(len(afterOvernight))]
			ok = !slices.Contains(s.Closed, oracleCivil(d).Format(time.DateOnly))
		}
		if !ok {
			continue
		}
		if s.Open == nil {
			s.Open = map[string][]string{}
		}
		var list []string
		if r.IntN(4) > 0 {
			spans := oracleDrawDay(r)
			if r.IntN(2) == 0 && len(spans) > 0 && spans[0].start > 0 {
				// Often early: meets the previous day's overnight span.
				spans[0].start = 30 * r.IntN(min(spans[0].start, 6*60)/30+1)
				if spans[0].start == spans[0].end {
					spans[0].start = 0
				}
			}
			for _, w := range spans {
				list = append(list, oracleWallString(w))
			}
		}
		s.Open[oracleCivil(d).Format(time.DateOnly)] = append([]string{}, list...)
	}
	return s
}

// oracleCase is one calendar with its engine and oracle.
type oracleCase struct {
	spec   calendar.Spec
	json   string
	engine *calendar.Calendar
	o      *oracle
	center int
	trans  []time.Time
	others []*time.Location // zones for instants given in another location
}

func oracleNewCase(t *testing.T, r *rand.Rand) oracleCase {
	t.Helper()
	zoneName := oracleZones[r.IntN(len(oracleZones))]
	loc := zone(t, zoneName)
	trans := oracleTransitions(loc, 2010, 2030)
	for {
		var center int
		switch x := r.IntN(10); {
		case x < 4 && len(trans) > 0:
			tr := trans[r.IntN(len(trans))]
			center = oracleDateOf(tr, loc) + r.IntN(3) - 1
		default:
			center = oracleDay(2010, 1, 1) + r.IntN(20*365)
		}
		spec := oracleDrawSpec(r, zoneName, center)
		if len(spec.Holidays) > 0 && r.IntN(3) == 0 {
			// Centre on one of the set's holidays.
			y := oracleCivil(center).Year()
			hs := oracleHolidaySets[spec.Holidays[0]]
			if actual, observed, ok := holidays.Dates(hs[r.IntN(len(hs))], y); ok {
				x := []time.Time{actual, observed}[r.IntN(2)]
				center = oracleDay(x.Year(), x.Month(), x.Day())
			}
		}
		engine, err := calendar.New(spec)
		if err != nil {
			continue // a draw the engine refuses (overlaps through Open dates)
		}
		o, err := newOracle(spec)
		require.NoError(t, err)
		js, err := json.Marshal(spec)
		require.NoError(t, err)
		var others []*time.Location
		for _, name := range oracleZones {
			others = append(others, zone(t, name))
		}
		return oracleCase{spec: spec, json: string(js), engine: engine, o: o, center: center, trans: trans, others: others}
	}
}

// instant draws a test instant: near the centre, near a transition, at a
// span boundary (±1ns), or anywhere in 2010–2030; in the calendar's zone,
// UTC or another zone.
func (c *oracleCase) instant(r *rand.Rand) time.Time {
	const day = 24 * time.Hour
	jitter := func(span time.Duration) time.Duration {
		return time.Duration(r.Int64N(int64(2*span))) - span
	}
	var x time.Time
	switch k := r.IntN(20); {
	case k < 7:
		x = c.o.first(c.center, 720).Add(jitter(3 * day))
	case k < 13 && len(c.trans) > 0:
		x = c.trans[r.IntN(len(c.trans))].Add(jitter(2 * day))
	case k < 18:
		var bounds []time.Time
		for d := c.center - 4; d <= c.center+4; d++ {
			for _, s := range c.o.own(d) {
				bounds = append(bounds, s.start, s.end)
			}
		}
		if len(bounds) == 0 {
			x = c.o.first(c.center, 0)
			break
		}
		x = bounds[r.IntN(len(bounds))].Add(time.Duration(r.IntN(3)-1) * time.Nanosecond)
	default:
		lo := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
		hi := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
		x = time.Unix(0, lo+r.Int64N(hi-lo))
	}
	if r.IntN(3) == 0 {
		x = x.Truncate(time.Minute)
	}
	switch r.IntN(8) {
	case 0, 1:
		return x.UTC()
	case 2:
		return x.In(c.others[r.IntN(len(c.others))])
	}
	return x.In(c.o.loc)
}

// oracleStats counts comparisons made and skipped (answer outside a window).
type oracleStats struct{ compared, skipped int }

func TestOracleAgainstEngine(t *testing.T) {
	calendars, instants := 800, 20
	if testing.Short() {
		calendars = 100
	}
	r := rand.New(rand.NewPCG(20260314, 2718))
	var st oracleStats
	failures := 0
	for range calendars {
		c := oracleNewCase(t, r)
		weekly := oracleWeekOpen(c.o.weekly)
		for range instants {
			tt := c.instant(r)
			failures += c.compareAt(t, r, tt, weekly, &st)
			if failures >= 10 {
				t.Fatalf("stopping after %d mismatches", failures)
			}
		}
	}
	t.Logf("%d calendars, %d comparisons, %d skipped", calendars, st.compared, st.skipped)
	require.Greater(t, st.compared, 10*st.skipped, "too many cases fall outside the oracle's window")
}

// compareAt runs every query at t and reports mismatches; it returns their
// number.
func (c *oracleCase) compareAt(t *testing.T, r *rand.Rand, at time.Time, weekly time.Duration, st *oracleStats) int {
	t.Helper()
	w := c.o.window(at)
	fails := 0
	report := func(query string, got, want any) {
		t.Helper()
		fails++
		t.Errorf("mismatch\nspec: %s\ninstant: %s (%s)\nquery: %s\ngot:  %v\nwant: %v",
			c.json, at.Format(time.RFC3339Nano), at.Location(), query, got, want)
	}
	checkTime := func(query string, got time.Time, err error, want time.Time, ok bool) {
		t.Helper()
		if !ok {
			st.skipped++
			return
		}
		st.compared++
		switch {
		case err != nil:
			report(query, "error: "+err.Error(), want.Format(time.RFC3339Nano))
		case !got.Equal(want) || got.Location().String() != want.Location().String():
			report(query, got.Format(time.RFC3339Nano)+" ("+got.Location().String()+")",
				want.Format(time.RFC3339Nano)+" ("+want.Location().String()+")")
		}
	}

	if want, ok := w.isOpen(at); ok {
		st.compared++
		if got := c.engine.IsOpen(at); got != want {
			report("IsOpen", got, want)
		}
	} else {
		st.skipped++
	}

	want, ok := w.nextOpen(at)
	got, err := c.engine.NextOpen(at)
	checkTime("NextOpen", got, err, want, ok)
	want, ok = w.nextClose(at)
	got, err = c.engine.NextClose(at)
	checkTime("NextClose", got, err, want, ok)

	// Boundaries ahead and behind, for exact durations and Between ends.
	var ahead, behind []time.Time
	for _, x := range w.iv {
		for _, b := range []time.Time{x.start, x.end} {
			if b.After(at) && b.Sub(at) < 4*24*time.Hour {
				ahead = append(ahead, b)
			}
			if b.Before(at) && at.Sub(b) < 4*24*time.Hour {
				behind = append(behind, b)
			}
		}
	}
	maxD := min(60*time.Hour, 2*weekly)
	drawD := func(bounds []time.Time) time.Duration {
		switch k := r.IntN(10); {
		case k == 0:
			return 0
		case k < 4 && len(bounds) > 0:
			d, ok := w.between(at, bounds[r.IntN(len(bounds))])
			if ok {
				if d < 0 {
					d = -d
				}
				return d
			}
		case k < 6:
			return time.Duration(1+r.IntN(int(maxD/time.Minute))) * time.Minute
		}
		return time.Duration(r.Int64N(int64(maxD)) + 1)
	}

	d := drawD(ahead)
	want, ok = w.add(at, d)
	got, err = c.engine.Add(at, d)
	checkTime(fmt.Sprintf("Add(t, %v)", d), got, err, want, ok)
	d = drawD(behind)
	want, ok = w.add(at, -d)
	got, err = c.engine.Add(at, -d)
	checkTime(fmt.Sprintf("Add(t, %v)", -d), got, err, want, ok)

	var other time.Time
	switch k := r.IntN(3); {
	case k == 0 && len(ahead) > 0:
		other = ahead[r.IntN(len(ahead))].Add(time.Duration(r.IntN(3)-1) * time.Nanosecond)
	case k == 1 && len(behind) > 0:
		other = behind[r.IntN(len(behind))].Add(time.Duration(r.IntN(3)-1) * time.Nanosecond)
	default:
		other = at.Add(time.Duration(r.Int64N(int64(120*time.Hour))) - 60*time.Hour)
	}
	for _, pair := range [][2]time.Time{{at, other}, {other, at}} {
		wantD, ok := w.between(pair[0], pair[1])
		if !ok {
			st.skipped++
			continue
		}
		st.compared++
		gotD, err := c.engine.Between(pair[0], pair[1])
		q := fmt.Sprintf("Between(%s, %s)", pair[0].Format(time.RFC3339Nano), pair[1].Format(time.RFC3339Nano))
		if err != nil {
			report(q, "error: "+err.Error(), wantD)
		} else if gotD != wantD {
			report(q, gotD, wantD)
		}
	}

	n := r.IntN(6)
	want, ok = w.addDays(at, n)
	got, err = c.engine.AddDays(at, n)
	checkTime(fmt.Sprintf("AddDays(t, %d)", n), got, err, want, ok)
	return fails
}
