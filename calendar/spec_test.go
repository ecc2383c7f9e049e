package calendar_test

// Conformance suite for SPEC §3: one behaviour per named case. Every expected
// value below is derived by hand from the specification and the tz rules of
// the zone involved; the comments show the derivation.

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"
	_ "time/tzdata" // the DST matrices need real zones on every machine

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// ---------------------------------------------------------------------------
// Shared helpers for the black-box tests of this package.

// zone loads an IANA zone or fails the test.
func zone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(tb, err, "load zone %q", name)
	return loc
}

// wall builds an unambiguous wall-clock instant (never use it inside a DST
// gap or a repeated hour; those cases are written as explicit UTC instants).
func wall(loc *time.Location, y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, loc)
}

// utc builds a UTC instant.
func utc(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}

// newCal builds a calendar or fails the test.
func newCal(tb testing.TB, s calendar.Spec) *calendar.Calendar {
	tb.Helper()
	c, err := calendar.New(s)
	require.NoError(tb, err, "New(%+v)", s)
	require.NotNil(tb, c, "New(%+v) returned a nil calendar without error", s)
	return c
}

// region builds a preset calendar or fails the test.
func region(tb testing.TB, code string) *calendar.Calendar {
	tb.Helper()
	c, err := calendar.Region(code)
	require.NoError(tb, err, "Region(%q)", code)
	require.NotNil(tb, c, "Region(%q) returned a nil calendar without error", code)
	return c
}

// hours is a shorthand for a weekly-hours map with one key.
func hours(kv ...string) map[string][]string {
	m := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = append(m[kv[i]], kv[i+1])
	}
	return m
}

// assertTime compares instants with time.Equal and prints both sides in UTC
// and in want's zone.
func assertTime(tb testing.TB, want, got time.Time, format string, args ...any) bool {
	tb.Helper()
	if got.Equal(want) {
		return true
	}
	msg := fmt.Sprintf(format, args...)
	return assert.Fail(tb, fmt.Sprintf("%s: got %s (%s), want %s (%s)", msg,
		got.Format(time.RFC3339Nano), got.UTC().Format(time.RFC3339Nano),
		want.Format(time.RFC3339Nano), want.UTC().Format(time.RFC3339Nano)))
}

// spanString renders spans in UTC for failure messages.
func spanString(spans []calendar.Span) string {
	s := "["
	for i, sp := range spans {
		if i > 0 {
			s += ", "
		}
		s += sp.Start.UTC().Format(time.RFC3339Nano) + " – " + sp.End.UTC().Format(time.RFC3339Nano)
	}
	return s + "]"
}

// assertSpans checks Spans(from, to) against want (compared as instants) and
// that Between(from, to) is the sum of their lengths.
func assertSpans(tb testing.TB, c *calendar.Calendar, from, to time.Time, want []calendar.Span) {
	tb.Helper()
	got, err := c.Spans(from, to)
	require.NoError(tb, err, "Spans(%s, %s)", from, to)
	same := len(got) == len(want)
	for i := 0; same && i < len(got); i++ {
		same = got[i].Start.Equal(want[i].Start) && got[i].End.Equal(want[i].End)
	}
	assert.True(tb, same, "Spans(%s, %s): got %s, want %s", from.UTC(), to.UTC(), spanString(got), spanString(want))
	var sum time.Duration
	for _, sp := range want {
		sum += sp.End.Sub(sp.Start)
	}
	between, err := c.Between(from, to)
	require.NoError(tb, err, "Between(%s, %s)", from, to)
	assert.Equal(tb, sum, between, "Between(%s, %s): got %v, want %v", from.UTC(), to.UTC(), between, sum)
}

// ---------------------------------------------------------------------------
// The reference week: Monday 2026-11-02 to Sunday 2026-11-08 in New York,
// all of it EST (UTC-5); the fall-back transition was on Sunday 2026-11-01.
// No federal holiday falls in it (Veterans Day is Wednesday 2026-11-11).

const nyName = "America/New_York"

func nineToFive() calendar.Spec {
	return calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00")}
}

func withLunch() calendar.Spec {
	return calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}}}
}

// ---------------------------------------------------------------------------
// §3 Spec.Hours: day keys, ranges, wrapping ranges, days no key names.

func TestSpecHoursDayKeys(t *testing.T) {
	ny := zone(t, nyName)
	// 12:00 on each day of the reference week, Monday first.
	noon := func(wd int) time.Time { return wall(ny, 2026, 11, 2+wd, 12, 0) }
	tests := []struct {
		name  string
		hours map[string][]string
		want  [7]bool // Mon..Sun open at noon
	}{
		{"single day", hours("wed", "09:00-17:00"), [7]bool{false, false, true, false, false, false, false}},
		{"range mon-fri", hours("mon-fri", "09:00-17:00"), [7]bool{true, true, true, true, true, false, false}},
		{"range sat-sun", hours("sat-sun", "09:00-17:00"), [7]bool{false, false, false, false, false, true, true}},
		{"wrapping range fri-mon", hours("fri-mon", "09:00-17:00"), [7]bool{true, false, false, false, true, true, true}},
		{"wrapping range sun-mon", hours("sun-mon", "09:00-17:00"), [7]bool{true, false, false, false, false, false, true}},
		{"keys are case-insensitive", hours("MON-Fri", "09:00-17:00", "Sat", "10:00-14:00"), [7]bool{true, true, true, true, true, true, false}},
		{"several keys", hours("mon", "09:00-17:00", "wed-thu", "09:00-17:00", "sun", "11:00-13:00"), [7]bool{true, false, true, true, false, false, true}},
		{"a day no key names is closed", hours("tue", "09:00-17:00"), [7]bool{false, true, false, false, false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, calendar.Spec{TimeZone: nyName, Hours: tt.hours})
			for wd := 0; wd < 7; wd++ {
				got := c.IsOpen(noon(wd))
				assert.Equal(t, tt.want[wd], got, "IsOpen(%s): got %v, want %v", noon(wd).Format("Mon 2006-01-02 15:04"), got, tt.want[wd])
			}
		})
	}
}

func TestSpecSpanBoundaries(t *testing.T) {
	ny := zone(t, nyName)
	tue := func(hh, mm int) time.Time { return wall(ny, 2026, 11, 3, hh, mm) }
	tests := []struct {
		name string
		spec calendar.Spec
		at   time.Time
		want bool
	}{
		{"start is open", nineToFive(), tue(9, 0), true},
		{"just before start is closed", nineToFive(), tue(9, 0).Add(-time.Nanosecond), false},
		{"end is closed (half-open)", nineToFive(), tue(17, 0), false},
		{"just before end is open", nineToFive(), tue(17, 0).Add(-time.Nanosecond), true},
		{"lunch start closed", withLunch(), tue(12, 0), false},
		{"lunch end open", withLunch(), tue(13, 0), true},
		{"end 24:00 holds 23:59:59.999999999", calendar.Spec{TimeZone: nyName, Hours: hours("tue", "20:00-24:00")}, tue(24, 0).Add(-time.Nanosecond), true},
		{"end 24:00 excludes next midnight", calendar.Spec{TimeZone: nyName, Hours: hours("tue", "20:00-24:00")}, tue(24, 0), false},
		{"start 00:00 holds midnight", calendar.Spec{TimeZone: nyName, Hours: hours("tue", "00:00-01:00")}, tue(0, 0), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			got := c.IsOpen(tt.at)
			assert.Equal(t, tt.want, got, "IsOpen(%s): got %v, want %v", tt.at.Format(time.RFC3339Nano), got, tt.want)
		})
	}
}

// ---------------------------------------------------------------------------
// §3 Overnight spans belong to the day they start on.

func TestSpecOvernight(t *testing.T) {
	ny := zone(t, nyName)
	d := func(day, hh, mm int) time.Time { return wall(ny, 2026, 11, day, hh, mm) }
	monNight := calendar.Spec{TimeZone: nyName, Hours: hours("mon", "22:00-06:00")}
	closedTue := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "22:00-06:00"), Closed: []string{"2026-11-03"}}
	tests := []struct {
		name string
		spec calendar.Spec
		at   time.Time
		want bool
	}{
		{"Monday 21:59 before the overnight span", monNight, d(2, 21, 59), false},
		{"Monday 22:00 opens", monNight, d(2, 22, 0), true},
		{"Tuesday 03:00 inside Monday's span", monNight, d(3, 3, 0), true},
		{"Tuesday 05:59 inside Monday's span", monNight, d(3, 5, 59), true},
		{"Tuesday 06:00 closes", monNight, d(3, 6, 0), false},
		{"Monday 03:00 (Sunday names no span)", monNight, d(2, 3, 0), false},
		{"Tuesday 23:00 (Tuesday names no span)", monNight, d(3, 23, 0), false},
		{"closed Tuesday still gets Monday's tail", closedTue, d(3, 5, 0), true},
		{"closed Tuesday has no span of its own", closedTue, d(3, 23, 0), false},
		{"closed Tuesday's span would run into Wednesday", closedTue, d(4, 5, 0), false},
		{"Wednesday's own span opens", closedTue, d(4, 23, 0), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			got := c.IsOpen(tt.at)
			assert.Equal(t, tt.want, got, "IsOpen(%s): got %v, want %v", tt.at.Format("Mon 2006-01-02 15:04"), got, tt.want)
		})
	}

	t.Run("spans of a closed Tuesday", func(t *testing.T) {
		c := newCal(t, closedTue)
		// Mon 22:00–Tue 06:00 is Monday's span; Tuesday has none; Wednesday's
		// starts at 22:00 and is clipped at Thursday 00:00.
		assertSpans(t, c, d(2, 0, 0), d(5, 0, 0), []calendar.Span{
			{Start: d(2, 22, 0), End: d(3, 6, 0)},
			{Start: d(4, 22, 0), End: d(5, 0, 0)},
		})
	})
	t.Run("overnight span clipped to the window", func(t *testing.T) {
		c := newCal(t, monNight)
		assertSpans(t, c, d(3, 0, 0), d(3, 12, 0), []calendar.Span{{Start: d(3, 0, 0), End: d(3, 6, 0)}})
	})
	t.Run("NextOpen after a closed day's tail", func(t *testing.T) {
		c := newCal(t, closedTue)
		got, err := c.NextOpen(d(3, 6, 0))
		require.NoError(t, err)
		assertTime(t, d(4, 22, 0), got, "NextOpen(Tue 06:00)")
	})
	t.Run("overnight span of Sunday runs into Monday of the next week", func(t *testing.T) {
		c := newCal(t, calendar.Spec{TimeZone: nyName, Hours: hours("sun", "20:00-04:00")})
		got := c.IsOpen(d(9, 3, 0))
		assert.True(t, got, "IsOpen(Mon 2026-11-09 03:00): got %v, want true", got)
	})
}

// ---------------------------------------------------------------------------
// §3 Days: holidays (actual and observed), Closed, per-date Open.

func TestSpecHolidays(t *testing.T) {
	ny := zone(t, nyName)
	berlin := zone(t, "Europe/Berlin")
	allWeekUS := calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "09:00-17:00"), Holidays: []string{"US"}}
	overnightUS := calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "22:00-06:00"), Holidays: []string{"US"}}
	by := calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"DE-BY"}}
	tests := []struct {
		name string
		cal  func(t *testing.T) *calendar.Calendar
		at   time.Time
		want bool
	}{
		// Independence Day 2026 is Saturday 07-04, observed Friday 07-03.
		{"US observed Independence Day Fri 2026-07-03 closed", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 7, 3, 10, 0), false},
		{"US Thu 2026-07-02 open", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 7, 2, 10, 0), true},
		{"US Mon 2026-07-06 open", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 7, 6, 10, 0), true},
		{"actual date Sat 2026-07-04 closed on a 7-day calendar", func(t *testing.T) *calendar.Calendar { return newCal(t, allWeekUS) }, wall(ny, 2026, 7, 4, 10, 0), false},
		{"observed date Fri 2026-07-03 closed on a 7-day calendar", func(t *testing.T) *calendar.Calendar { return newCal(t, allWeekUS) }, wall(ny, 2026, 7, 3, 10, 0), false},
		{"Sun 2026-07-05 open on a 7-day calendar", func(t *testing.T) *calendar.Calendar { return newCal(t, allWeekUS) }, wall(ny, 2026, 7, 5, 10, 0), true},
		// New Year's Day 2022 is a Saturday, observed Friday 2021-12-31.
		{"US observed New Year Fri 2021-12-31 closed", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2021, 12, 31, 10, 0), false},
		{"US Thu 2021-12-30 open", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2021, 12, 30, 10, 0), true},
		{"US Christmas Fri 2026-12-25 closed", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 12, 25, 10, 0), false},
		{"US Veterans Day Wed 2026-11-11 closed", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 11, 11, 10, 0), false},
		{"US Thanksgiving Thu 2026-11-26 closed", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 11, 26, 10, 0), false},
		{"US Juneteenth Fri 2026-06-19 closed", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 6, 19, 10, 0), false},
		{"US Juneteenth did not exist in 2020 (Fri 2020-06-19 open)", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2020, 6, 19, 10, 0), true},
		{"holiday eve's overnight tail runs into the holiday", func(t *testing.T) *calendar.Calendar { return newCal(t, overnightUS) }, wall(ny, 2026, 7, 3, 5, 0), true},
		{"observed holiday has no overnight span of its own", func(t *testing.T) *calendar.Calendar { return newCal(t, overnightUS) }, wall(ny, 2026, 7, 3, 23, 0), false},
		{"actual holiday has no overnight span of its own", func(t *testing.T) *calendar.Calendar { return newCal(t, overnightUS) }, wall(ny, 2026, 7, 4, 23, 0), false},
		{"day after the holidays opens again", func(t *testing.T) *calendar.Calendar { return newCal(t, overnightUS) }, wall(ny, 2026, 7, 5, 23, 0), true},
		// Bavaria: Epiphany Tue 2026-01-06; Corpus Christi = Easter (2026-04-05) + 60 = Thu 2026-06-04.
		{"DE-BY Epiphany Tue 2026-01-06 closed", func(t *testing.T) *calendar.Calendar { return newCal(t, by) }, wall(berlin, 2026, 1, 6, 10, 0), false},
		{"DE-BY Wed 2026-01-07 open", func(t *testing.T) *calendar.Calendar { return newCal(t, by) }, wall(berlin, 2026, 1, 7, 10, 0), true},
		{"DE-BY Corpus Christi Thu 2026-06-04 closed", func(t *testing.T) *calendar.Calendar { return newCal(t, by) }, wall(berlin, 2026, 6, 4, 10, 0), false},
		{"DE-BY Good Friday 2026-04-03 closed", func(t *testing.T) *calendar.Calendar { return newCal(t, by) }, wall(berlin, 2026, 4, 3, 10, 0), false},
		{"two holiday sets: US date closed", func(t *testing.T) *calendar.Calendar {
			return newCal(t, calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"DE-BY", "US"}})
		}, wall(berlin, 2026, 11, 26, 10, 0), false},
		{"two holiday sets: DE-BY date closed", func(t *testing.T) *calendar.Calendar {
			return newCal(t, calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"DE-BY", "US"}})
		}, wall(berlin, 2026, 1, 6, 10, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.cal(t)
			got := c.IsOpen(tt.at)
			assert.Equal(t, tt.want, got, "IsOpen(%s): got %v, want %v", tt.at.Format("Mon 2006-01-02 15:04 MST"), got, tt.want)
		})
	}
}

func TestSpecClosedAndOpenDates(t *testing.T) {
	ny := zone(t, nyName)
	d := func(mo time.Month, day, hh, mm int) time.Time { return wall(ny, 2026, mo, day, hh, mm) }
	withOpen := func(open map[string][]string) calendar.Spec {
		s := nineToFive()
		s.Open = open
		return s
	}
	tests := []struct {
		name string
		spec calendar.Spec
		at   time.Time
		want bool
	}{
		{"Closed weekday", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Closed: []string{"2026-11-04"}}, d(11, 4, 10, 0), false},
		{"Closed leaves other days", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Closed: []string{"2026-11-04"}}, d(11, 5, 10, 0), true},
		{"Open on a Saturday: inside", withOpen(map[string][]string{"2026-11-07": {"10:00-12:00"}}), d(11, 7, 11, 0), true},
		{"Open on a Saturday: before", withOpen(map[string][]string{"2026-11-07": {"10:00-12:00"}}), d(11, 7, 9, 30), false},
		{"Open on a Saturday: at end", withOpen(map[string][]string{"2026-11-07": {"10:00-12:00"}}), d(11, 7, 12, 0), false},
		{"Open replaces weekly hours: old hours closed", withOpen(map[string][]string{"2026-11-04": {"13:00-15:00"}}), d(11, 4, 10, 0), false},
		{"Open replaces weekly hours: new hours open", withOpen(map[string][]string{"2026-11-04": {"13:00-15:00"}}), d(11, 4, 14, 0), true},
		{"Open [] closes the date", withOpen(map[string][]string{"2026-11-04": {}}), d(11, 4, 10, 0), false},
		{"Open [] leaves the next date", withOpen(map[string][]string{"2026-11-04": {}}), d(11, 5, 10, 0), true},
		{"Open on a holiday opens it", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"US"}, Open: map[string][]string{"2026-07-03": {"09:00-12:00"}}}, d(7, 3, 10, 0), true},
		{"Open on a holiday takes only the listed spans", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"US"}, Open: map[string][]string{"2026-07-03": {"09:00-12:00"}}}, d(7, 3, 13, 0), false},
		{"Open with an overnight span", withOpen(map[string][]string{"2026-11-07": {"22:00-02:00"}}), d(11, 8, 1, 0), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			got := c.IsOpen(tt.at)
			assert.Equal(t, tt.want, got, "IsOpen(%s): got %v, want %v", tt.at.Format("Mon 2006-01-02 15:04"), got, tt.want)
		})
	}

	// An Open span may overlap the previous day's overnight span; open time
	// is the union: Mon 22:00–Tue 06:00 ∪ Tue 05:00–08:00 = Mon 22:00–Tue 08:00.
	overlap := calendar.Spec{TimeZone: nyName, Hours: hours("mon", "22:00-06:00"), Open: map[string][]string{"2026-11-03": {"05:00-08:00"}}}
	t.Run("Open overlapping an overnight tail: Between counts the union", func(t *testing.T) {
		c := newCal(t, overlap)
		got, err := c.Between(d(11, 2, 0, 0), d(11, 4, 0, 0))
		require.NoError(t, err)
		assert.Equal(t, 10*time.Hour, got, "Between(Mon 00:00, Wed 00:00): got %v, want %v", got, 10*time.Hour)
	})
	t.Run("Open overlapping an overnight tail: one period", func(t *testing.T) {
		c := newCal(t, overlap)
		got, err := c.NextClose(d(11, 2, 23, 0))
		require.NoError(t, err)
		assertTime(t, d(11, 3, 8, 0), got, "NextClose(Mon 23:00)")
	})
	t.Run("Open overlapping an overnight tail: Add runs through", func(t *testing.T) {
		c := newCal(t, overlap)
		got, err := c.Add(d(11, 2, 22, 0), 9*time.Hour)
		require.NoError(t, err)
		assertTime(t, d(11, 3, 7, 0), got, "Add(Mon 22:00, 9h)")
	})
}

// ---------------------------------------------------------------------------
// §3 Wall clock to instant, in America/New_York (the SPEC's own examples) and
// Pacific/Apia. EST is UTC-5, EDT UTC-4. 2026-03-08 02:00 EST → 03:00 EDT at
// 07:00Z; 2026-11-01 02:00 EDT → 01:00 EST at 06:00Z.

func TestSpecWallClockToInstant(t *testing.T) {
	tests := []struct {
		name     string
		spec     calendar.Spec
		from, to time.Time
		want     []calendar.Span
	}{
		{
			name: "02:30 on 2026-03-08 is 03:00 EDT",
			spec: calendar.Spec{TimeZone: nyName, Hours: hours("sun", "02:30-04:00")},
			from: utc(2026, 3, 8, 0, 0), to: utc(2026, 3, 9, 0, 0),
			want: []calendar.Span{{Start: utc(2026, 3, 8, 7, 0), End: utc(2026, 3, 8, 8, 0)}},
		},
		{
			name: "01:30 on 2026-11-01 is 01:30 EDT (first occurrence)",
			spec: calendar.Spec{TimeZone: nyName, Hours: hours("sun", "01:30-03:00")},
			from: utc(2026, 11, 1, 0, 0), to: utc(2026, 11, 2, 0, 0),
			// 01:30 EDT = 05:30Z; 03:00 EST = 08:00Z.
			want: []calendar.Span{{Start: utc(2026, 11, 1, 5, 30), End: utc(2026, 11, 1, 8, 0)}},
		},
		{
			name: "00:00-24:00 is 23h on the spring-forward day",
			spec: calendar.Spec{TimeZone: nyName, Hours: hours("sun", "00:00-24:00")},
			from: utc(2026, 3, 7, 0, 0), to: utc(2026, 3, 10, 0, 0),
			// 00:00 EST = 05:00Z; Monday 00:00 EDT = 04:00Z.
			want: []calendar.Span{{Start: utc(2026, 3, 8, 5, 0), End: utc(2026, 3, 9, 4, 0)}},
		},
		{
			name: "00:00-24:00 is 25h on the fall-back day",
			spec: calendar.Spec{TimeZone: nyName, Hours: hours("sun", "00:00-24:00")},
			from: utc(2026, 10, 31, 0, 0), to: utc(2026, 11, 3, 0, 0),
			// 00:00 EDT = 04:00Z; Monday 00:00 EST = 05:00Z.
			want: []calendar.Span{{Start: utc(2026, 11, 1, 4, 0), End: utc(2026, 11, 2, 5, 0)}},
		},
		{
			name: "a span read empty in the gap has no open time",
			spec: calendar.Spec{TimeZone: nyName, Hours: hours("sun", "02:00-03:00")},
			from: utc(2026, 3, 8, 0, 0), to: utc(2026, 3, 9, 0, 0),
			// 02:00 → 03:00 EDT and 03:00 → 03:00 EDT: end not after start.
			want: nil,
		},
		{
			name: "Pacific/Apia 2011-12-30 has no open time",
			spec: calendar.Spec{TimeZone: "Pacific/Apia", Hours: hours("mon-sun", "09:00-17:00")},
			// Apia went from 2011-12-29 23:59:59 -10 to 2011-12-31 00:00 +14 at 10:00Z.
			from: utc(2011, 12, 29, 10, 0), to: utc(2011, 12, 31, 10, 0),
			want: []calendar.Span{
				{Start: utc(2011, 12, 29, 19, 0), End: utc(2011, 12, 30, 3, 0)}, // Thu 29th 09:00-17:00 -10
				{Start: utc(2011, 12, 30, 19, 0), End: utc(2011, 12, 31, 3, 0)}, // Sat 31st 09:00-17:00 +14
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertSpans(t, newCal(t, tt.spec), tt.from, tt.to, tt.want)
		})
	}

	t.Run("NextOpen skips a day the zone skips", func(t *testing.T) {
		// Friday 2011-12-30 does not exist in Apia, so a Friday-only calendar
		// next opens on Friday 2012-01-06 00:00 +14 = 2012-01-05 10:00Z.
		c := newCal(t, calendar.Spec{TimeZone: "Pacific/Apia", Hours: hours("fri", "00:00-24:00")})
		got, err := c.NextOpen(utc(2011, 12, 29, 22, 0))
		require.NoError(t, err)
		assertTime(t, utc(2012, 1, 5, 10, 0), got, "NextOpen(2011-12-29 12:00 -10)")
	})
	t.Run("NextOpen passes an empty DST span", func(t *testing.T) {
		// 2026-03-08 02:00-03:00 is empty; the next Sunday's span is
		// 2026-03-15 02:00 EDT = 06:00Z.
		c := newCal(t, calendar.Spec{TimeZone: nyName, Hours: hours("sun", "02:00-03:00")})
		got, err := c.NextOpen(utc(2026, 3, 8, 5, 0))
		require.NoError(t, err)
		assertTime(t, utc(2026, 3, 15, 6, 0), got, "NextOpen(2026-03-08 00:00 EST)")
	})
}

// ---------------------------------------------------------------------------
// §3 Add.

func TestSpecAdd(t *testing.T) {
	ny := zone(t, nyName)
	d := func(day, hh, mm int) time.Time { return wall(ny, 2026, 11, day, hh, mm) }
	tests := []struct {
		name string
		cal  func(t *testing.T) *calendar.Calendar
		t    time.Time
		d    time.Duration
		want time.Time
	}{
		{"Tuesday 13:00 + 4h is Tuesday 17:00", nil, d(3, 13, 0), 4 * time.Hour, d(3, 17, 0)},
		{"one nanosecond more starts Wednesday", nil, d(3, 13, 0), 4*time.Hour + time.Nanosecond, d(4, 9, 0).Add(time.Nanosecond)},
		{"4h01m lands Wednesday 09:01", nil, d(3, 13, 0), 4*time.Hour + time.Minute, d(4, 9, 1)},
		{"a full day from the opening lands at the close", nil, d(3, 9, 0), 8 * time.Hour, d(3, 17, 0)},
		{"from the close, 1h is next morning 10:00", nil, d(3, 17, 0), time.Hour, d(4, 10, 0)},
		{"from before opening", nil, d(2, 8, 0), time.Hour, d(2, 10, 0)},
		{"from Saturday", nil, d(7, 12, 0), time.Hour, d(9, 10, 0)},
		{"over the weekend", nil, d(6, 16, 0), 2 * time.Hour, d(9, 10, 0)},
		{"a whole week", nil, d(2, 9, 0), 40 * time.Hour, d(6, 17, 0)},
		{"a whole week and a minute", nil, d(2, 9, 0), 40*time.Hour + time.Minute, d(9, 9, 1)},
		{"Add(t, 0) is t when open", nil, d(3, 10, 0), 0, d(3, 10, 0)},
		{"Add(t, 0) is t when closed", nil, d(7, 12, 0), 0, d(7, 12, 0)},
		{"Add(t, 0) keeps nanoseconds", nil, d(7, 12, 0).Add(7), 0, d(7, 12, 0).Add(7)},
		{"lunch is skipped", func(t *testing.T) *calendar.Calendar { return newCal(t, withLunch()) }, d(3, 11, 0), 2 * time.Hour, d(3, 14, 0)},
		{"filling the morning lands at the lunch break", func(t *testing.T) *calendar.Calendar { return newCal(t, withLunch()) }, d(3, 11, 0), time.Hour, d(3, 12, 0)},
		// negative: the latest u ≤ t with Between(u, t) == -d
		{"negative inside a day", nil, d(4, 11, 0), -time.Hour, d(4, 10, 0)},
		{"negative to the opening is the opening", nil, d(4, 11, 0), -2 * time.Hour, d(4, 9, 0)},
		{"negative across the night", nil, d(4, 10, 0), -2 * time.Hour, d(3, 16, 0)},
		{"negative from the opening", nil, d(4, 9, 0), -time.Hour, d(3, 16, 0)},
		{"negative a full day from the opening is the previous opening", nil, d(4, 9, 0), -8 * time.Hour, d(3, 9, 0)},
		{"negative from the close", nil, d(3, 17, 0), -8 * time.Hour, d(3, 9, 0)},
		{"negative from the evening", nil, d(3, 18, 0), -8 * time.Hour, d(3, 9, 0)},
		{"negative one nanosecond from the morning", nil, d(4, 8, 0), -time.Nanosecond, d(3, 17, 0).Add(-time.Nanosecond)},
		{"negative across the weekend", nil, d(9, 10, 0), -2 * time.Hour, d(6, 16, 0)},
		// SPEC §4 rows on Region("US").
		{"US: Fri 2026-03-06 15:00 EST + 4h is Mon 11:00 EDT", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 3, 6, 15, 0), 4 * time.Hour, wall(ny, 2026, 3, 9, 11, 0)},
		{"US: Thu 2026-12-24 16:30 + 4h skips Christmas", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 12, 24, 16, 30), 4 * time.Hour, wall(ny, 2026, 12, 28, 12, 30)},
		{"US: observed Independence Day is skipped", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 7, 2, 16, 0), 2 * time.Hour, wall(ny, 2026, 7, 6, 10, 0)},
		{"US: observed New Year on 2021-12-31 is skipped", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2021, 12, 30, 16, 0), 2 * time.Hour, wall(ny, 2022, 1, 3, 10, 0)},
		{"US: negative over observed Independence Day", func(t *testing.T) *calendar.Calendar { return region(t, "US") }, wall(ny, 2026, 7, 6, 10, 0), -2 * time.Hour, wall(ny, 2026, 7, 2, 16, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c *calendar.Calendar
			if tt.cal == nil {
				c = newCal(t, nineToFive())
			} else {
				c = tt.cal(t)
			}
			got, err := c.Add(tt.t, tt.d)
			require.NoError(t, err, "Add(%s, %v)", tt.t, tt.d)
			assertTime(t, tt.want, got, "Add(%s, %v)", tt.t.Format("Mon 2006-01-02 15:04:05.999999999 MST"), tt.d)
		})
	}
}

// ---------------------------------------------------------------------------
// §3 Between.

func TestSpecBetween(t *testing.T) {
	ny := zone(t, nyName)
	d := func(day, hh, mm int) time.Time { return wall(ny, 2026, 11, day, hh, mm) }
	tests := []struct {
		name     string
		spec     calendar.Spec
		from, to time.Time
		want     time.Duration
	}{
		{"one business day", nineToFive(), d(3, 13, 0), d(4, 13, 0), 8 * time.Hour},
		{"negative when to < from", nineToFive(), d(4, 13, 0), d(3, 13, 0), -8 * time.Hour},
		{"from == to", nineToFive(), d(3, 13, 0), d(3, 13, 0), 0},
		{"weekend only", nineToFive(), d(7, 0, 0), d(9, 0, 0), 0},
		{"over the weekend", nineToFive(), d(6, 16, 0), d(9, 10, 0), 2 * time.Hour},
		{"a whole week", nineToFive(), d(2, 0, 0), d(9, 0, 0), 40 * time.Hour},
		{"end instant excluded", nineToFive(), d(3, 16, 0), d(3, 17, 0), time.Hour},
		{"closed interval before opening", nineToFive(), d(3, 7, 0), d(3, 9, 0), 0},
		{"lunch excluded", withLunch(), d(3, 11, 0), d(3, 14, 0), 2 * time.Hour},
		{"overnight span", calendar.Spec{TimeZone: nyName, Hours: hours("mon", "22:00-06:00")}, d(2, 0, 0), d(9, 0, 0), 8 * time.Hour},
		{"mixed zones of the arguments", nineToFive(), d(3, 13, 0).UTC(), d(4, 13, 0).In(time.FixedZone("X", 3*3600)), 8 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			got, err := c.Between(tt.from, tt.to)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "Between(%s, %s): got %v, want %v", tt.from, tt.to, got, tt.want)
		})
	}
}

// ---------------------------------------------------------------------------
// §3 NextOpen and NextClose.

func TestSpecNextOpenNextClose(t *testing.T) {
	ny := zone(t, nyName)
	d := func(day, hh, mm int) time.Time { return wall(ny, 2026, 11, day, hh, mm) }
	adjacent := calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon": {"00:00-24:00"}, "tue": {"00:00-24:00"}}}
	overnightThenMorning := calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon": {"22:00-06:00"}, "tue": {"06:00-10:00"}}}
	eveningThenMidnight := calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon": {"22:00-24:00"}, "tue": {"00:00-06:00"}}}
	tests := []struct {
		name      string
		spec      calendar.Spec
		t         time.Time
		wantOpen  time.Time
		wantClose time.Time
	}{
		{"before opening", nineToFive(), d(3, 8, 0), d(3, 9, 0), d(3, 17, 0)},
		{"at opening", nineToFive(), d(3, 9, 0), d(3, 9, 0), d(3, 17, 0)},
		{"inside", nineToFive(), d(3, 10, 0), d(3, 10, 0), d(3, 17, 0)},
		{"last nanosecond", nineToFive(), d(3, 17, 0).Add(-1), d(3, 17, 0).Add(-1), d(3, 17, 0)},
		{"at close: next day's period", nineToFive(), d(3, 17, 0), d(4, 9, 0), d(4, 17, 0)},
		{"Saturday", nineToFive(), d(7, 12, 0), d(9, 9, 0), d(9, 17, 0)},
		{"Friday evening", nineToFive(), d(6, 20, 0), d(9, 9, 0), d(9, 17, 0)},
		{"morning before lunch", withLunch(), d(3, 10, 0), d(3, 10, 0), d(3, 12, 0)},
		{"lunch break", withLunch(), d(3, 12, 30), d(3, 13, 0), d(3, 17, 0)},
		{"Mon and Tue 00:00-24:00 merge: close Wed 00:00", adjacent, d(2, 10, 0), d(2, 10, 0), d(4, 0, 0)},
		{"merged period seen from Tuesday", adjacent, d(3, 23, 0), d(3, 23, 0), d(4, 0, 0)},
		{"merged period seen from Sunday", adjacent, d(1, 12, 0), d(2, 0, 0), d(4, 0, 0)},
		{"overnight span merges with Tuesday's morning", overnightThenMorning, d(2, 23, 0), d(2, 23, 0), d(3, 10, 0)},
		{"24:00 end merges with next 00:00 start", eveningThenMidnight, d(2, 23, 0), d(2, 23, 0), d(3, 6, 0)},
		{"closed before overnight span", overnightThenMorning, d(2, 12, 0), d(2, 22, 0), d(3, 10, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			gotOpen, err := c.NextOpen(tt.t)
			require.NoError(t, err, "NextOpen(%s)", tt.t)
			assertTime(t, tt.wantOpen, gotOpen, "NextOpen(%s)", tt.t.Format("Mon 2006-01-02 15:04:05.999999999"))
			gotClose, err := c.NextClose(tt.t)
			require.NoError(t, err, "NextClose(%s)", tt.t)
			assertTime(t, tt.wantClose, gotClose, "NextClose(%s)", tt.t.Format("Mon 2006-01-02 15:04:05.999999999"))
		})
	}
}

// ---------------------------------------------------------------------------
// §3 AddDays: the SPEC's table on the reference week, Mon–Fri 09:00–17:00.

func TestSpecAddDays(t *testing.T) {
	ny := zone(t, nyName)
	d := func(day, hh, mm int) time.Time { return wall(ny, 2026, 11, day, hh, mm) }
	shortWed := nineToFive()
	shortWed.Open = map[string][]string{"2026-11-04": {"09:00-13:00"}}
	tests := []struct {
		name string
		spec calendar.Spec
		t    time.Time
		n    int
		want time.Time
	}{
		// The seven rows of the SPEC table.
		{"Tue 11:00 -> Wed 11:00", nineToFive(), d(3, 11, 0), 1, d(4, 11, 0)},
		{"Mon 09:00 -> Mon 17:00", nineToFive(), d(2, 9, 0), 1, d(2, 17, 0)},
		{"Mon 08:30 -> Mon 17:00", nineToFive(), d(2, 8, 30), 1, d(2, 17, 0)},
		{"Fri 20:00 -> Mon 17:00", nineToFive(), d(6, 20, 0), 1, d(9, 17, 0)},
		{"Fri 16:00 -> Mon 16:00", nineToFive(), d(6, 16, 0), 1, d(9, 16, 0)},
		{"Tue 12:30 with lunch -> Wed 12:00", withLunch(), d(3, 12, 30), 1, d(4, 12, 0)},
		{"Tue 16:00 when Wed is 09:00-13:00 -> Wed 13:00", shortWed, d(3, 16, 0), 1, d(4, 13, 0)},
		// Further consequences of the same definition.
		{"n = 0 is t", nineToFive(), d(7, 12, 0), 0, d(7, 12, 0)},
		{"two days", nineToFive(), d(3, 11, 0), 2, d(5, 11, 0)},
		{"five days is a week", nineToFive(), d(3, 11, 0), 5, d(10, 11, 0)},
		{"at the close: p = 0 after NextOpen Wed 09:00 -> Wed 17:00", nineToFive(), d(3, 17, 0), 1, d(4, 17, 0)},
		{"one minute before the close", nineToFive(), d(3, 16, 59), 1, d(4, 16, 59)},
		{"Saturday -> Monday close", nineToFive(), d(7, 12, 0), 1, d(9, 17, 0)},
		{"Saturday, two days -> Tuesday close", nineToFive(), d(7, 12, 0), 2, d(10, 17, 0)},
		{"lunch: p counts only open time", withLunch(), d(3, 14, 0), 1, d(4, 14, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			got, err := c.AddDays(tt.t, tt.n)
			require.NoError(t, err, "AddDays(%s, %d)", tt.t, tt.n)
			assertTime(t, tt.want, got, "AddDays(%s, %d)", tt.t.Format("Mon 2006-01-02 15:04"), tt.n)
		})
	}

	regionTests := []struct {
		name string
		t    time.Time
		n    int
		want time.Time
	}{
		{"US: Veterans Day Wed 2026-11-11 is skipped", d(10, 11, 0), 1, d(12, 11, 0)},
		{"US: SPEC §4 Gold sev 3, Tue 2026-12-01 11:00", wall(ny, 2026, 12, 1, 11, 0), 1, wall(ny, 2026, 12, 2, 11, 0)},
		{"US: Thu 2026-12-24 10:00 skips Christmas", wall(ny, 2026, 12, 24, 10, 0), 1, wall(ny, 2026, 12, 28, 10, 0)},
		{"US: Fri 2026-03-06 15:00 EST over the DST weekend", wall(ny, 2026, 3, 6, 15, 0), 1, wall(ny, 2026, 3, 9, 15, 0)},
	}
	for _, tt := range regionTests {
		t.Run(tt.name, func(t *testing.T) {
			c := region(t, "US")
			got, err := c.AddDays(tt.t, tt.n)
			require.NoError(t, err, "AddDays(%s, %d)", tt.t, tt.n)
			assertTime(t, tt.want, got, "AddDays(%s, %d)", tt.t.Format("Mon 2006-01-02 15:04 MST"), tt.n)
		})
	}

	t.Run("negative n is an invalid argument", func(t *testing.T) {
		c := newCal(t, nineToFive())
		_, err := c.AddDays(d(3, 11, 0), -1)
		require.Error(t, err)
		assert.True(t, errors.Is(err, calendar.ErrInvalidArgument), "AddDays(t, -1): got %v, want an error wrapping ErrInvalidArgument", err)
	})
}

// ---------------------------------------------------------------------------
// §3 Always.

func TestSpecAlways(t *testing.T) {
	ny := zone(t, nyName)
	c := calendar.Always()
	require.NotNil(t, c)
	// Saturday 2026-03-07 12:00 EST; the DST night follows.
	t0 := wall(ny, 2026, 3, 7, 12, 0)

	t.Run("Add is t.Add", func(t *testing.T) {
		for _, d := range []time.Duration{0, time.Nanosecond, 5 * time.Hour, 40 * time.Hour, -3 * time.Hour, 1000 * time.Hour} {
			got, err := c.Add(t0, d)
			require.NoError(t, err)
			assertTime(t, t0.Add(d), got, "Add(t, %v)", d)
		}
	})
	t.Run("AddDays is n*24h of wall-clock time", func(t *testing.T) {
		got, err := c.AddDays(t0, 3)
		require.NoError(t, err)
		// 72 real hours across the spring-forward night: Tue 13:00 EDT.
		assertTime(t, wall(ny, 2026, 3, 10, 13, 0), got, "AddDays(Sat 12:00 EST, 3)")
		assertTime(t, t0.Add(72*time.Hour), got, "AddDays(t, 3)")
	})
	t.Run("AddDays(t, 0) is t", func(t *testing.T) {
		got, err := c.AddDays(t0, 0)
		require.NoError(t, err)
		assertTime(t, t0, got, "AddDays(t, 0)")
	})
	t.Run("Between is to.Sub(from)", func(t *testing.T) {
		got, err := c.Between(t0, t0.Add(-90*time.Minute))
		require.NoError(t, err)
		assert.Equal(t, -90*time.Minute, got, "Between: got %v, want %v", got, -90*time.Minute)
	})
	t.Run("IsOpen and NextOpen", func(t *testing.T) {
		assert.True(t, c.IsOpen(t0), "IsOpen: got false, want true")
		got, err := c.NextOpen(t0)
		require.NoError(t, err)
		assertTime(t, t0, got, "NextOpen(t)")
	})
	t.Run("NextClose never closes", func(t *testing.T) {
		_, err := c.NextClose(t0)
		require.Error(t, err)
		assert.True(t, errors.Is(err, calendar.ErrNeverCloses), "NextClose: got %v, want ErrNeverCloses", err)
	})
	t.Run("result keeps the argument's location", func(t *testing.T) {
		got, err := c.Add(t0, time.Hour)
		require.NoError(t, err)
		assert.Equal(t, ny, got.Location(), "location: got %v, want %v", got.Location(), ny)
	})
}

// ---------------------------------------------------------------------------
// §2 Results come back in the location of the time argument.

func TestSpecResultLocation(t *testing.T) {
	c := region(t, "US")
	// Tue 2026-11-03 13:00 EST = 18:00Z.
	t0 := utc(2026, 11, 3, 18, 0)
	tokyo := time.FixedZone("JST", 9*3600)
	for _, loc := range []*time.Location{time.UTC, tokyo} {
		in := t0.In(loc)
		t.Run(loc.String(), func(t *testing.T) {
			got, err := c.Add(in, 4*time.Hour)
			require.NoError(t, err)
			assertTime(t, utc(2026, 11, 3, 22, 0), got, "Add")
			assert.Equal(t, loc, got.Location(), "Add location: got %v, want %v", got.Location(), loc)

			got, err = c.Add(in, 5*time.Hour)
			require.NoError(t, err)
			assertTime(t, utc(2026, 11, 4, 15, 0), got, "Add over the night")
			assert.Equal(t, loc, got.Location(), "Add location: got %v, want %v", got.Location(), loc)

			got, err = c.AddDays(in, 1)
			require.NoError(t, err)
			assertTime(t, utc(2026, 11, 4, 18, 0), got, "AddDays")
			assert.Equal(t, loc, got.Location(), "AddDays location: got %v, want %v", got.Location(), loc)

			got, err = c.NextOpen(utc(2026, 11, 3, 23, 0).In(loc))
			require.NoError(t, err)
			assertTime(t, utc(2026, 11, 4, 14, 0), got, "NextOpen")
			assert.Equal(t, loc, got.Location(), "NextOpen location: got %v, want %v", got.Location(), loc)

			got, err = c.NextClose(in)
			require.NoError(t, err)
			assertTime(t, utc(2026, 11, 3, 22, 0), got, "NextClose")
			assert.Equal(t, loc, got.Location(), "NextClose location: got %v, want %v", got.Location(), loc)

			spans, err := c.Spans(in, in.Add(24*time.Hour))
			require.NoError(t, err)
			require.NotEmpty(t, spans)
			for _, sp := range spans {
				assert.Equal(t, loc, sp.Start.Location(), "Spans start location: got %v, want %v", sp.Start.Location(), loc)
				assert.Equal(t, loc, sp.End.Location(), "Spans end location: got %v, want %v", sp.End.Location(), loc)
			}
		})
	}
	t.Run("Location is the calendar's zone", func(t *testing.T) {
		assert.Equal(t, nyName, c.Location().String(), "Location: got %v, want %v", c.Location(), nyName)
	})
}

// ---------------------------------------------------------------------------
// Spec() returns a copy from which New builds an equivalent calendar.

func TestSpecRoundTrip(t *testing.T) {
	ny := zone(t, nyName)
	from, to := wall(ny, 2026, 1, 1, 0, 0), wall(ny, 2027, 1, 1, 0, 0)
	specs := map[string]func(t *testing.T) *calendar.Calendar{
		"Region US": func(t *testing.T) *calendar.Calendar { return region(t, "US") },
		"custom": func(t *testing.T) *calendar.Calendar {
			return newCal(t, calendar.Spec{
				TimeZone: nyName,
				Hours:    map[string][]string{"mon-thu": {"08:00-12:00", "13:00-17:00"}, "fri": {"22:00-04:00"}},
				Holidays: []string{"US"},
				Closed:   []string{"2026-05-05"},
				Open:     map[string][]string{"2026-07-03": {"10:00-11:00"}, "2026-05-06": {}},
			})
		},
	}
	for name, build := range specs {
		t.Run(name, func(t *testing.T) {
			c := build(t)
			s := c.Spec()
			raw, err := json.Marshal(s)
			require.NoError(t, err)
			var back calendar.Spec
			require.NoError(t, json.Unmarshal(raw, &back))
			for label, again := range map[string]calendar.Spec{"Spec()": s, "JSON": back} {
				c2 := newCal(t, again)
				want, err := c.Spans(from, to)
				require.NoError(t, err)
				got, err := c2.Spans(from, to)
				require.NoError(t, err)
				require.Equal(t, len(want), len(got), "%s: number of spans in 2026: got %d, want %d", label, len(got), len(want))
				for i := range want {
					assertTime(t, want[i].Start, got[i].Start, "%s: span %d start", label, i)
					assertTime(t, want[i].End, got[i].End, "%s: span %d end", label, i)
				}
			}
			// Spec returns a copy: changing it does not change the calendar.
			wantBetween, err := c.Between(from, to)
			require.NoError(t, err)
			for k := range s.Hours {
				s.Hours[k] = []string{"00:00-24:00"}
			}
			s.Closed = append(s.Closed, "2026-06-01")
			gotBetween, err := c.Between(from, to)
			require.NoError(t, err)
			assert.Equal(t, wantBetween, gotBetween, "Between after mutating Spec(): got %v, want %v", gotBetween, wantBetween)
		})
	}
	t.Run("Always", func(t *testing.T) {
		c := newCal(t, calendar.Always().Spec())
		got, err := c.Between(from, to)
		require.NoError(t, err)
		want := to.Sub(from)
		assert.Equal(t, want, got, "Between over 2026 on New(Always().Spec()): got %v, want %v", got, want)
	})
	t.Run("New does not keep the caller's maps", func(t *testing.T) {
		s := nineToFive()
		c := newCal(t, s)
		s.Hours["mon-fri"][0] = "00:00-24:00"
		s.Hours["sat-sun"] = []string{"00:00-24:00"}
		got, err := c.Between(wall(ny, 2026, 11, 2, 0, 0), wall(ny, 2026, 11, 9, 0, 0))
		require.NoError(t, err)
		assert.Equal(t, 40*time.Hour, got, "Between after mutating the input spec: got %v, want %v", got, 40*time.Hour)
	})
}

// ---------------------------------------------------------------------------
// Whole years and the turn of the year, where per-year tables meet.

func TestSpecYearTotals(t *testing.T) {
	ny := zone(t, nyName)
	berlin := zone(t, "Europe/Berlin")
	tests := []struct {
		name     string
		cal      func(t *testing.T) *calendar.Calendar
		from, to time.Time
		want     time.Duration
	}{
		// 2026 starts on a Thursday: 52 weeks and a Thursday, 261 weekdays.
		// US federal holidays on weekdays: Jan 1, Jan 19, Feb 16, May 25,
		// Jun 19, Jul 3 (observed), Sep 7, Oct 12, Nov 11, Nov 26, Dec 25:
		// 11. So 250 business days of 8h.
		{"US 2026 is 2000h", func(t *testing.T) *calendar.Calendar { return region(t, "US") },
			wall(ny, 2026, 1, 1, 0, 0), wall(ny, 2027, 1, 1, 0, 0), 2000 * time.Hour},
		// Bavaria 2026 on weekdays: Jan 1, Jan 6, Apr 3 (Good Friday), Apr 6
		// (Easter Monday), May 1, May 14 (Ascension), May 25 (Whit Monday),
		// Jun 4 (Corpus Christi), Dec 25; Oct 3, Nov 1 and Dec 26 fall on
		// weekends. So 252 business days of 8h.
		{"DE-BY 2026 is 2016h", func(t *testing.T) *calendar.Calendar {
			return newCal(t, calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"DE-BY"}})
		}, wall(berlin, 2026, 1, 1, 0, 0), wall(berlin, 2027, 1, 1, 0, 0), 2016 * time.Hour},
		// A 7x24 calendar over a year is the year's real length: 365 days,
		// the DST hour lost in March given back in November.
		{"7x24 New York 2026 is 8760h", func(t *testing.T) *calendar.Calendar {
			return newCal(t, calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "00:00-24:00")})
		}, wall(ny, 2026, 1, 1, 0, 0), wall(ny, 2027, 1, 1, 0, 0), 8760 * time.Hour},
		{"7x24 New York over three years", func(t *testing.T) *calendar.Calendar {
			return newCal(t, calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "00:00-24:00")})
		}, wall(ny, 2027, 6, 1, 12, 0), wall(ny, 2030, 6, 1, 12, 0), wall(ny, 2030, 6, 1, 12, 0).Sub(wall(ny, 2027, 6, 1, 12, 0))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.cal(t)
			got, err := c.Between(tt.from, tt.to)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "Between(%s, %s): got %v, want %v", tt.from, tt.to, got, tt.want)
		})
	}
	t.Run("US 2026: 2000h from New Year's Day end at the last close", func(t *testing.T) {
		c := region(t, "US")
		got, err := c.Add(wall(ny, 2026, 1, 1, 0, 0), 2000*time.Hour)
		require.NoError(t, err)
		assertTime(t, wall(ny, 2026, 12, 31, 17, 0), got, "Add(2026-01-01, 2000h)")
		got, err = c.Add(wall(ny, 2027, 1, 1, 0, 0), -2000*time.Hour)
		require.NoError(t, err)
		assertTime(t, wall(ny, 2026, 1, 2, 9, 0), got, "Add(2027-01-01, -2000h)")
	})
}

func TestSpecTurnOfTheYear(t *testing.T) {
	ny := zone(t, nyName)
	// New Year's Day 2027 is a Friday, a holiday on its actual date.
	night := calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "22:00-06:00"), Holidays: []string{"US"}}
	d := func(y int, mo time.Month, day, hh, mm int) time.Time { return wall(ny, y, mo, day, hh, mm) }
	t.Run("holiday on Jan 1 still gets Dec 31's overnight tail", func(t *testing.T) {
		c := newCal(t, night)
		assert.True(t, c.IsOpen(d(2027, 1, 1, 3, 0)), "IsOpen(2027-01-01 03:00): got false, want true")
		assert.False(t, c.IsOpen(d(2027, 1, 1, 23, 0)), "IsOpen(2027-01-01 23:00): got true, want false")
		got, err := c.NextClose(d(2026, 12, 31, 23, 0))
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 1, 6, 0), got, "NextClose(2026-12-31 23:00)")
	})
	t.Run("Between over the turn of the year", func(t *testing.T) {
		c := newCal(t, night)
		// Dec 30's tail 00:00-06:00 on the 31st, then Dec 31 22:00 to Jan 1 06:00.
		got, err := c.Between(d(2026, 12, 31, 0, 0), d(2027, 1, 2, 0, 0))
		require.NoError(t, err)
		assert.Equal(t, 14*time.Hour, got, "Between: got %v, want 14h", got)
	})
	t.Run("Add uses up the tail at its close", func(t *testing.T) {
		c := newCal(t, night)
		got, err := c.Add(d(2026, 12, 31, 22, 0), 8*time.Hour)
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 1, 6, 0), got, "Add(2026-12-31 22:00, 8h)")
		got, err = c.Add(d(2026, 12, 31, 22, 0), 8*time.Hour+time.Minute)
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 2, 22, 1), got, "Add(2026-12-31 22:00, 8h01m)")
	})
	t.Run("AddDays from an overnight span counts its own date", func(t *testing.T) {
		c := newCal(t, night)
		// s = Dec 31 23:00, D = Dec 31, p = 1h. Jan 1 has no span of its own,
		// so the next business day is Jan 2: 1h into it is 23:00.
		got, err := c.AddDays(d(2026, 12, 31, 23, 0), 1)
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 2, 23, 0), got, "AddDays(2026-12-31 23:00, 1)")
		// s = Jan 1 02:00 lies in Dec 31's span: D = Dec 31, p = 4h.
		got, err = c.AddDays(d(2027, 1, 1, 2, 0), 1)
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 3, 2, 0), got, "AddDays(2027-01-01 02:00, 1)")
	})
	t.Run("US: AddDays into the next year", func(t *testing.T) {
		c := region(t, "US")
		got, err := c.AddDays(d(2026, 12, 31, 11, 0), 1)
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 4, 11, 0), got, "AddDays(Thu 2026-12-31 11:00, 1)")
		// p = 0: the close of the business day before Mon 2027-01-04, which
		// is Thu 2026-12-31 in the previous year.
		got, err = c.AddDays(d(2026, 12, 31, 8, 0), 1)
		require.NoError(t, err)
		assertTime(t, d(2026, 12, 31, 17, 0), got, "AddDays(Thu 2026-12-31 08:00, 1)")
		got, err = c.AddDays(d(2026, 12, 30, 11, 0), 2)
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 4, 11, 0), got, "AddDays(Wed 2026-12-30 11:00, 2)")
	})
	t.Run("US: backward Add into the previous year", func(t *testing.T) {
		c := region(t, "US")
		got, err := c.Add(d(2027, 1, 4, 10, 0), -2*time.Hour)
		require.NoError(t, err)
		assertTime(t, d(2026, 12, 31, 16, 0), got, "Add(Mon 2027-01-04 10:00, -2h)")
		got, err = c.NextOpen(d(2026, 12, 31, 17, 0))
		require.NoError(t, err)
		assertTime(t, d(2027, 1, 4, 9, 0), got, "NextOpen(Thu 2026-12-31 17:00)")
	})
}
