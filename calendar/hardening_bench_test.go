package calendar_test

// Costs of calendars built to be expensive, and the memory a year table
// keeps. They use only the exported API, so the same file measures an
// older engine in the same run:
//
//	go test -run XXX -bench 'Crafted|YearTable' -benchmem ./calendar

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

// denseSpans returns n one-minute spans a day with one-minute gaps:
// "00:00-00:01", "00:02-00:03", …
func denseSpans(n int) []string {
	out := make([]string, n)
	for i := range out {
		m := 2 * i
		out[i] = fmt.Sprintf("%02d:%02d-%02d:%02d", m/60, m%60, (m+1)/60, (m+1)%60)
	}
	return out
}

// allRegionCodes returns every holiday-set code.
func allRegionCodes() []string {
	var codes []string
	for _, r := range calendar.Regions() {
		codes = append(codes, r.Code)
	}
	return codes
}

// sparseSpec is open on one date in 1900 and one in 2199 only, with every
// holiday set, so a query in between has a long way to look.
func sparseSpec() calendar.Spec {
	return calendar.Spec{
		TimeZone: "America/New_York",
		Holidays: allRegionCodes(),
		Open: map[string][]string{
			"1900-01-02": {"09:00-17:00"},
			"2199-12-30": {"09:00-17:00"},
		},
	}
}

// BenchmarkCraftedSparse builds the sparse calendar and asks for the next
// open instant after a date in 2026, which lies in 2199.
func BenchmarkCraftedSparse(b *testing.B) {
	spec := sparseSpec()
	t0 := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		c, err := calendar.New(spec)
		if err != nil {
			b.Fatal(err)
		}
		u, err := c.NextOpen(t0)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = u
	}
}

// BenchmarkCraftedDense builds a calendar of 96 one-minute spans on every
// day and adds 4 hours of open time.
func BenchmarkCraftedDense(b *testing.B) {
	spec := calendar.Spec{TimeZone: "Europe/Berlin", Hours: map[string][]string{"mon-sun": denseSpans(96)}}
	t0 := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		c, err := calendar.New(spec)
		if err != nil {
			b.Fatal(err)
		}
		u, err := c.Add(t0, 4*time.Hour)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = u
	}
}

// BenchmarkCraftedDenseDays counts 10,000 business days (the most a plan
// may set) on the dense calendar, built fresh each time.
func BenchmarkCraftedDenseDays(b *testing.B) {
	spec := calendar.Spec{TimeZone: "Europe/Berlin", Hours: map[string][]string{"mon-sun": denseSpans(96)}}
	t0 := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		c, err := calendar.New(spec)
		if err != nil {
			b.Fatal(err)
		}
		u, err := c.AddDays(t0, 10000)
		if err != nil {
			b.Fatal(err)
		}
		sinkTime = u
	}
}

// BenchmarkCraftedDenseRange measures the open time of the whole
// supported range on the dense calendar, built fresh each time.
func BenchmarkCraftedDenseRange(b *testing.B) {
	spec := calendar.Spec{TimeZone: "Europe/Berlin", Hours: map[string][]string{"mon-sun": denseSpans(96)}}
	from := time.Date(1900, 1, 1, 12, 0, 0, 0, time.UTC)
	to := time.Date(2199, 12, 31, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		c, err := calendar.New(spec)
		if err != nil {
			b.Fatal(err)
		}
		d, err := c.Between(from, to)
		if err != nil {
			b.Fatal(err)
		}
		sinkDuration = d
	}
}

// BenchmarkCraftedRegionCode asks for a region code of 60,000 bytes, which
// fails with a "did you mean" list.
func BenchmarkCraftedRegionCode(b *testing.B) {
	code := strings.Repeat("DE-BY", 12000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calendar.Region(code); err == nil {
			b.Fatal("Region accepted a 60,000-byte code")
		}
	}
}

// BenchmarkYearTableBytes reports the heap a year table keeps alive
// (retained-B/table), measured over 100 years of a fresh calendar after
// a garbage collection, for the US preset's spec and a 2-span weekday
// calendar.
func BenchmarkYearTableBytes(b *testing.B) {
	for _, bc := range []struct {
		name string
		spec calendar.Spec
	}{
		{"US", calendar.Spec{TimeZone: "America/New_York", Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}, Holidays: []string{"US"}}},
		{"2-span", calendar.Spec{TimeZone: "America/New_York", Hours: map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			const years = 100
			var per float64
			for b.Loop() {
				per = retainedPerYear(b, bc.spec, years)
			}
			b.ReportMetric(per, "retained-B/table")
		})
	}
}

func retainedPerYear(b *testing.B, spec calendar.Spec, years int) float64 {
	b.Helper()
	c, err := calendar.New(spec)
	if err != nil {
		b.Fatal(err)
	}
	// Build one table first so that caches shared by all calendars (zones,
	// holiday dates) are not counted.
	if _, err := c.NextOpen(time.Date(2000, 6, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for y := range years {
		if _, err := c.NextOpen(time.Date(2026+y, 6, 1, 0, 0, 0, 0, time.UTC)); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(c)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(years)
}
