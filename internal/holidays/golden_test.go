package holidays

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The helpers in this file serve the per-country tests. Their golden
// tables are written from the law (each table cites its source), never
// printed from the code under test.

// lookup returns the region with the given code or stops the test.
func lookup(t *testing.T, code string) Region {
	t.Helper()
	i, ok := slices.BinarySearchFunc(all, code, func(r Region, c string) int {
		switch {
		case r.Code < c:
			return -1
		case r.Code > c:
			return 1
		}
		return 0
	})
	require.True(t, ok, "region %q: got none", code)
	return all[i]
}

// closedDates returns every date of year y ("2006-01-02", sorted) that is
// the actual or observed date of a holiday of region code, with the names
// of the holidays that close it.
func closedDates(t *testing.T, code string, y int) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, h := range lookup(t, code).Holidays {
		for yy := y - 1; yy <= y+1; yy++ {
			actual, observed, ok := Dates(h, yy)
			if !ok {
				continue
			}
			for _, d := range []time.Time{actual, observed} {
				if d.Year() != y {
					continue
				}
				key := d.Format(time.DateOnly)
				if !slices.Contains(out[key], h.Name) {
					out[key] = append(out[key], h.Name)
				}
			}
		}
	}
	return out
}

// assertClosed checks that the dates of year y closed by region code are
// exactly want ("2006-01-02"; weekend dates included, in any order).
func assertClosed(t *testing.T, code string, y int, want []string) {
	t.Helper()
	goldenMu.Lock()
	golden[goldenKey{code, y}] = true
	goldenMu.Unlock()
	got := closedDates(t, code, y)
	wantSet := map[string]bool{}
	for _, d := range want {
		_, err := time.Parse(time.DateOnly, d)
		require.NoError(t, err, "%s %d: bad date %q in the table", code, y, d)
		require.True(t, d[:4] == fmt.Sprint(y), "%s %d: date %q of another year in the table", code, y, d)
		wantSet[d] = true
	}
	var missing, extra []string
	for d := range wantSet {
		if _, ok := got[d]; !ok {
			missing = append(missing, d)
		}
	}
	for d, names := range got {
		if !wantSet[d] {
			extra = append(extra, fmt.Sprintf("%s %v", d, names))
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	assert.Empty(t, missing, "%s %d: dates the law closes but the preset keeps open", code, y)
	assert.Empty(t, extra, "%s %d: dates the preset closes but the law does not", code, y)
}

// union returns the dates of all lists, for tables built as a national
// list plus a subdivision's own days.
func union(lists ...[]string) []string {
	return slices.Concat(lists...)
}

// Easter Sundays 2020–2035 as published in the tables of the Astronomical
// Applications Department of the U.S. Naval Observatory (Western) and of
// the Ecumenical Patriarchate's calendar (Orthodox, Gregorian dates). Tests
// derive movable feasts from these instead of from the code under test.
var (
	westernEaster = map[int]string{
		2020: "2020-04-12", 2021: "2021-04-04", 2022: "2022-04-17", 2023: "2023-04-09",
		2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28",
		2028: "2028-04-16", 2029: "2029-04-01", 2030: "2030-04-21", 2031: "2031-04-13",
		2032: "2032-03-28", 2033: "2033-04-17", 2034: "2034-04-09", 2035: "2035-03-25",
	}
	orthodoxEaster = map[int]string{
		2020: "2020-04-19", 2021: "2021-05-02", 2022: "2022-04-24", 2023: "2023-04-16",
		2024: "2024-05-05", 2025: "2025-04-20", 2026: "2026-04-12", 2027: "2027-05-02",
		2028: "2028-04-16", 2029: "2029-04-08", 2030: "2030-04-28", 2031: "2031-04-13",
		2032: "2032-05-02", 2033: "2033-04-24", 2034: "2034-04-09", 2035: "2035-04-29",
	}
)

// fromEaster returns the date offset days from Easter Sunday in the table
// ("2006-01-02").
func fromEaster(table map[int]string, y, offset int) string {
	e, err := time.Parse(time.DateOnly, table[y])
	if err != nil {
		panic(fmt.Sprintf("no Easter date for %d", y))
	}
	return e.AddDate(0, 0, offset).Format(time.DateOnly)
}

// goldenKey is a region and a year a golden table covers.
type goldenKey struct {
	code string
	year int
}

var (
	goldenMu sync.Mutex
	golden   = map[goldenKey]bool{} // the (region, year) pairs assertClosed checked
)

// TestMain checks, after a full run, that every region has a golden table
// for every year 2024–2030: a new region code cannot arrive without one.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 && flag.Lookup("test.run").Value.String() == "" {
		var missing []string
		for _, r := range all {
			for y := 2024; y <= 2030; y++ {
				if !golden[goldenKey{r.Code, y}] {
					missing = append(missing, fmt.Sprintf("%s %d", r.Code, y))
				}
			}
		}
		if len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "FAIL: no golden table of closed dates for: %v\n", missing)
			code = 1
		}
	}
	os.Exit(code)
}
