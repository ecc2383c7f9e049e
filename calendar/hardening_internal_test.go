package calendar

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of the bounds on what a calendar may cost (issue "Hardening",
// items 5 to 7). They count tables, allocations and bytes, never time.

// trickySpecs are calendars whose year summaries are easy to get wrong:
// holidays, spans in a daylight-saving gap, overnight spans, a skipped
// date, an Open date overlapping the previous night, midnight transitions.
func trickySpecs(t *testing.T) map[string]Spec {
	t.Helper()
	return map[string]Spec{
		"US preset with lunch": {TimeZone: "America/New_York", Holidays: []string{"US"},
			Hours: map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}}},
		"spans in the gap": {TimeZone: "America/New_York",
			Hours: map[string][]string{"sun": {"02:00-02:30", "02:40-03:30"}, "mon-sat": {"09:00-17:00"}}},
		"overnight, holidays, open and closed dates": {TimeZone: "Europe/Berlin", Holidays: []string{"DE-BY"},
			Hours:  map[string][]string{"mon-fri": {"22:00-06:00"}, "sat": {"10:00-12:00"}},
			Closed: []string{"2026-03-02", "2011-12-30"},
			Open:   map[string][]string{"2026-03-07": {"05:00-09:00"}, "2025-12-31": {"20:00-03:00"}, "2026-01-01": {"02:00-04:00"}}},
		"a Sunday wholly in the gap": {TimeZone: "America/New_York",
			Hours: map[string][]string{"sun": {"02:10-02:50"}, "mon": {"09:00-17:00"}}},
		"dense with DST": {TimeZone: "Europe/Berlin", Holidays: []string{"DE"},
			Hours: map[string][]string{"mon-sun": denseDay()}},
		"Apia skips a date": {TimeZone: "Pacific/Apia", Hours: map[string][]string{"mon-sun": {"00:00-24:00"}}},
		"midnight transitions": {TimeZone: "America/Sao_Paulo",
			Hours: map[string][]string{"mon-sun": {"00:00-00:30", "23:30-24:00"}}},
		"half-hour DST": {TimeZone: "Australia/Lord_Howe", Holidays: []string{"AU-NSW"},
			Hours: map[string][]string{"mon-fri": {"01:30-02:30", "09:00-17:00"}}},
		"open dates only": {TimeZone: "UTC",
			Open: map[string][]string{"1900-01-01": {"09:00-10:00"}, "1999-12-31": {"23:00-01:00"}, "2199-12-31": {"23:00-24:00"}}},
	}
}

// summaryYears are the years the summaries are compared in: the edges of
// the range and the years around the transitions the specs exercise.
var summaryYears = []int{1900, 1901, 1999, 2000, 2010, 2011, 2012, 2018, 2019, 2025, 2026, 2027, 2198, 2199}

// TestYearSummariesMatchTables: the walks that count business days and
// open time of a year without building its table agree with the table.
func TestYearSummariesMatchTables(t *testing.T) {
	for name, spec := range trickySpecs(t) {
		t.Run(name, func(t *testing.T) {
			fresh, err := New(spec)
			require.NoError(t, err)
			built, err := New(spec)
			require.NoError(t, err)
			for _, y := range summaryYears {
				k := y - firstYear
				tbl := built.table(k)
				assert.Equal(t, tbl.nbdays, fresh.businessDays(k), "%d: business days: got %d from the walk, want %d from the table", y, fresh.businessDays(k), tbl.nbdays)
				assert.Equal(t, tbl.total(), fresh.openTime(k), "%d: open time: got %v from the walk, want %v from the table", y, time.Duration(fresh.openTime(k)), time.Duration(tbl.total()))
				assert.Nil(t, fresh.years[k].Load(), "%d: the summaries built the table, want it unbuilt", y)
			}
		})
	}
}

// TestLongSearchesMatchBuiltTables: Add, AddDays and Between across many
// years answer the same whether the years in between are counted from
// their summaries (a fresh calendar) or from their tables.
func TestLongSearchesMatchBuiltTables(t *testing.T) {
	for name, spec := range trickySpecs(t) {
		t.Run(name, func(t *testing.T) {
			fresh, err := New(spec)
			require.NoError(t, err)
			built, err := New(spec)
			require.NoError(t, err)
			for k := range numYears {
				built.table(k)
			}
			from := time.Date(2026, 3, 6, 23, 30, 0, 0, time.UTC)
			back := time.Date(2199, 6, 1, 12, 0, 0, 0, time.UTC)
			for _, n := range []int{1, 250, 1000, 10000} {
				got, gotErr := fresh.AddDays(from, n)
				want, wantErr := built.AddDays(from, n)
				assert.Equal(t, wantErr, gotErr, "AddDays(%d): got error %v, want %v", n, gotErr, wantErr)
				assert.True(t, got.Equal(want), "AddDays(%d): got %v, want %v", n, got, want)
			}
			for _, d := range []time.Duration{time.Hour, 2000 * time.Hour, 100000 * time.Hour, -100000 * time.Hour} {
				for _, x := range []time.Time{from, back} {
					got, gotErr := fresh.Add(x, d)
					want, wantErr := built.Add(x, d)
					assert.Equal(t, wantErr, gotErr, "Add(%v, %v): got error %v, want %v", x, d, gotErr, wantErr)
					assert.True(t, got.Equal(want), "Add(%v, %v): got %v, want %v", x, d, got, want)
				}
			}
			for _, to := range []time.Time{from.AddDate(0, 0, 1), from.AddDate(1, 0, 0), from.AddDate(2, 0, 1), back} {
				got, gotErr := fresh.Between(from, to)
				want, wantErr := built.Between(from, to)
				require.NoError(t, gotErr)
				require.NoError(t, wantErr)
				assert.Equal(t, want, got, "Between(%v, %v): got %v, want %v", from, to, got, want)
			}
		})
	}
}

// builtTables counts the year tables c holds.
func builtTables(c *Calendar) int {
	n := 0
	for k := range c.years {
		if c.years[k].Load() != nil {
			n++
		}
	}
	return n
}

// TestDenseCalendarManyBusinessDays: 10,000 business days on a calendar of
// 96 spans a day used to build a table for each of the ~27 years crossed
// (a table of 35,000 spans each; with 1,440 spans a day, 8.5 s and 3.1 GB).
// Only the first and the last year's tables are built now.
func TestDenseCalendarManyBusinessDays(t *testing.T) {
	c, err := New(Spec{TimeZone: "Europe/Berlin", Hours: map[string][]string{"mon-sun": denseDay()}})
	require.NoError(t, err)
	from := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	due, err := c.AddDays(from, 10000)
	require.NoError(t, err)
	assert.Equal(t, 2053, due.Year(), "AddDays(2026-06-15, 10000) on a daily calendar: got %v, want a date in 2053", due)
	assert.LessOrEqual(t, builtTables(c), 3, "tables built: got %d, want at most 3", builtTables(c))
	_, err = c.Add(from, 96*time.Minute*10000)
	require.NoError(t, err)
	_, err = c.Between(from, due)
	require.NoError(t, err)
	assert.LessOrEqual(t, builtTables(c), 6, "tables built after Add and Between: got %d, want at most 6", builtTables(c))
}

// TestSparseCalendarAllHolidaySets: a calendar open on one date in 1900 and
// one in 2199, with every holiday set, used to build (and compute every
// set's holidays for) each of the 173 years between 2026 and 2199 on its
// first query; years without spans are skipped now.
func TestSparseCalendarAllHolidaySets(t *testing.T) {
	var codes []string
	for _, r := range regionDefs {
		codes = append(codes, r.Code)
	}
	c, err := New(Spec{TimeZone: "America/New_York", Holidays: codes,
		Open: map[string][]string{"1900-01-02": {"09:00-17:00"}, "2199-12-30": {"09:00-17:00"}}})
	require.NoError(t, err)
	got, err := c.NextOpen(time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	want := time.Date(2199, 12, 30, 9, 0, 0, 0, c.loc)
	assert.True(t, got.Equal(want), "NextOpen: got %v, want %v", got, want)
	assert.LessOrEqual(t, builtTables(c), 3, "tables built: got %d, want at most 3", builtTables(c))
	d, err := c.Between(time.Date(1900, 1, 1, 0, 0, 0, 0, c.loc), time.Date(2199, 12, 31, 0, 0, 0, 0, c.loc))
	require.NoError(t, err)
	assert.Equal(t, 16*time.Hour, d, "Between over the range: got %v, want 16h", d)
}

// TestHolidayDatesShared: a set's holiday dates of a year are computed
// once and shared, so a table of a calendar with every set allocates only
// the table itself once the dates are known.
func TestHolidayDatesShared(t *testing.T) {
	var codes []string
	for _, r := range regionDefs {
		codes = append(codes, r.Code)
	}
	c, err := New(Spec{TimeZone: "UTC", Holidays: codes, Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}})
	require.NoError(t, err)
	k := 2026 - firstYear
	c.build(k) // computes the dates of 2025 to 2027 for every set
	us, ok := regionIndex("US")
	require.True(t, ok)
	first, again := holidayDates(us, 2026), holidayDates(us, 2026)
	require.NotEmpty(t, first)
	assert.Same(t, &first[0], &again[0], "holidayDates(US, 2026): got a new slice on the second call, want the shared one")
	allocs := testing.AllocsPerRun(5, func() { c.build(k) })
	assert.LessOrEqual(t, allocs, 5.0, "allocations of a year table with %d holiday sets: got %v, want at most 5 (the table)", len(codes), allocs)
}

// TestYearTableBytes: a year of the US preset used to take about 10 KB, of
// a 2-span weekday calendar about 20 KB. Both stay within their budget.
func TestYearTableBytes(t *testing.T) {
	for _, tt := range []struct {
		name  string
		spec  Spec
		spans int
		limit int
	}{
		{"US preset", regionSpec(&regionDefs[mustIndex(t, "US")]), 250, 4500},
		{"2-span weekdays", Spec{TimeZone: "America/New_York", Hours: map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}}}, 522, 8000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(tt.spec)
			require.NoError(t, err)
			tbl := c.table(2026 - firstYear)
			assert.Equal(t, tt.spans, len(tbl.start), "spans in 2026: got %d, want %d", len(tbl.start), tt.spans)
			assert.LessOrEqual(t, tbl.bytes(), tt.limit, "bytes of the 2026 table: got %d, want at most %d", tbl.bytes(), tt.limit)
		})
	}
}

func mustIndex(t *testing.T, code string) int {
	t.Helper()
	i, ok := regionIndex(code)
	require.True(t, ok, "regionIndex(%q): not found", code)
	return i
}

// TestRegionTableLimit: the year tables of the shared Region calendars
// used to stay for the life of the process (every region × every year,
// some 260 MB); they are kept within SetRegionTableLimit, and answers do
// not change when a dropped table is built again.
func TestRegionTableLimit(t *testing.T) {
	prev := SetRegionTableLimit(3)
	t.Cleanup(func() { SetRegionTableLimit(prev) })
	assert.Equal(t, DefaultRegionTableLimit, prev, "SetRegionTableLimit: got previous limit %d, want the default %d", prev, DefaultRegionTableLimit)

	us, err := Region("US")
	require.NoError(t, err)
	ref, err := New(us.Spec())
	require.NoError(t, err)
	for round := range 2 {
		for y := 2020; y < 2030; y++ {
			at := time.Date(y, 7, 1, 12, 0, 0, 0, time.UTC)
			got, err := us.Add(at, 40*time.Hour)
			require.NoError(t, err)
			want, err := ref.Add(at, 40*time.Hour)
			require.NoError(t, err)
			assert.True(t, got.Equal(want), "round %d, %d: Add: got %v, want %v", round, y, got, want)
			kept := regionTables.count()
			assert.LessOrEqual(t, kept, 3, "round %d, %d: region tables kept: got %d, want at most 3", round, y, kept)
		}
	}
	assert.LessOrEqual(t, builtTables(us), 3, "tables held by Region(US): got %d, want at most 3", builtTables(us))

	SetRegionTableLimit(0)
	for y := 2020; y < 2030; y++ {
		_, err := us.NextOpen(time.Date(y, 7, 1, 12, 0, 0, 0, time.UTC))
		require.NoError(t, err)
	}
	assert.GreaterOrEqual(t, builtTables(us), 10, "tables held with no limit: got %d, want all 10 kept", builtTables(us))
	SetRegionTableLimit(2)
	assert.LessOrEqual(t, regionTables.count(), 2, "after lowering the limit: got %d tables kept, want at most 2", regionTables.count())
}

// TestZoneCacheBounded: the zone cache holds at most maxCachedZones
// zones; past it, New still works and loads the zone without keeping it.
func TestZoneCacheBounded(t *testing.T) {
	prev := maxCachedZones
	maxCachedZones = locationsCount.Load() + 2
	t.Cleanup(func() { maxCachedZones = prev })
	for _, name := range []string{"Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Australia/Eucla", "Asia/Pyongyang"} {
		c, err := New(Spec{TimeZone: name, Hours: map[string][]string{"mon": {"09:00-17:00"}}})
		require.NoError(t, err, "New in %s", name)
		assert.Equal(t, name, c.Location().String(), "zone: got %v, want %s", c.Location(), name)
		assert.LessOrEqual(t, locationsCount.Load(), maxCachedZones, "after %s: got %d zones cached, want at most %d", name, locationsCount.Load(), maxCachedZones)
	}
	n := 0
	locations.Range(func(any, any) bool { n++; return true })
	assert.Equal(t, int(locationsCount.Load()), n, "cache entries: got %d, want the count %d", n, locationsCount.Load())
}

// TestSuggestRegionsLongInput: "did you mean" for a 60 KB code used to
// compute an edit distance to every code over the whole input (50–70 ms,
// 25 MB); an input more than twice as long as any code is answered at
// once, with the answer the full search gives.
func TestSuggestRegionsLongInput(t *testing.T) {
	long := strings.Repeat("DE-BY", 12000)
	allocs := testing.AllocsPerRun(3, func() { suggestRegions(long) })
	assert.LessOrEqual(t, allocs, 4.0, "allocations for a 60 KB code: got %v, want at most 4", allocs)
	assert.Equal(t, fallbackRegionSuggestions, suggestRegions(long), "suggestions for a 60 KB code")
	// Just past the shortcut's threshold, the full search offers nothing
	// either: no code is within half the input's length.
	edge := strings.Repeat("A", 2*maxRegionCodeLen+1)
	assert.Equal(t, fallbackRegionSuggestions, suggestRegions(edge), "suggestions for %q", edge)
	for _, r := range regionDefs {
		assert.Greater(t, editDistance(edge, r.Code), len(edge)/2, "edit distance %q to %q: got within half the input, want beyond", edge, r.Code)
	}

	_, err := Region(long)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 300, "message for a 60 KB code: got %d bytes, want a short message", len(err.Error()))
	assert.Contains(t, err.Error(), "(60000 bytes)", "message for a 60 KB code: got %q", err.Error())
}

// count returns the number of region tables kept.
func (l *regionTableList) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue) - l.head
}

// TestRegionTableLimitConcurrent: tables dropped by the limit while other
// goroutines read them are rebuilt with the same answers; run with -race.
func TestRegionTableLimitConcurrent(t *testing.T) {
	prev := SetRegionTableLimit(2)
	t.Cleanup(func() { SetRegionTableLimit(prev) })
	de, err := Region("DE")
	require.NoError(t, err)
	ref, err := New(de.Spec())
	require.NoError(t, err)
	want := make(map[int]time.Time)
	for y := 2020; y < 2028; y++ {
		want[y], err = ref.AddDays(time.Date(y, 3, 1, 12, 0, 0, 0, time.UTC), 30)
		require.NoError(t, err)
	}
	done := make(chan error, 8)
	for g := range 8 {
		go func() {
			for i := range 200 {
				y := 2020 + (g+i)%8
				got, err := de.AddDays(time.Date(y, 3, 1, 12, 0, 0, 0, time.UTC), 30)
				if err != nil || !got.Equal(want[y]) {
					done <- fmt.Errorf("%d: AddDays: got %v, %v; want %v", y, got, err, want[y])
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		assert.NoError(t, <-done)
	}
}

// denseDay returns maxSpansPerDay one-minute spans with one-minute gaps,
// from midnight: "00:00-00:01", "00:02-00:03", …
func denseDay() []string {
	spans := make([]string, maxSpansPerDay)
	for i := range spans {
		m := 2 * i
		spans[i] = time.Date(0, 1, 1, m/60, m%60, 0, 0, time.UTC).Format("15:04") + "-" +
			time.Date(0, 1, 1, (m+1)/60, (m+1)%60, 0, 0, time.UTC).Format("15:04")
	}
	return spans
}

// TestYearIndex: the year guessed from the average Gregorian year and
// corrected is the civil year of every date of the range and its edges.
func TestYearIndex(t *testing.T) {
	first, last := daysFromCivil(firstYear-2, 1, 1), daysFromCivil(lastYear+2, 12, 31)
	for day := first; day <= last; day++ {
		y, _, _ := civilFromDays(day)
		want := min(max(y-firstYear, 0), numYears-1)
		if got := yearIndex(day); got != want {
			t.Fatalf("yearIndex(%d, a date of %d): got %d, want %d", day, y, got, want)
		}
	}
}
