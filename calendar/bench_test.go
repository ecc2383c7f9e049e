package calendar_test

// Benchmarks of the hot paths, with rickar/cal's BusinessCalendar on the
// same inputs in the same run so the ratio can be read directly:
//
//	go test -run XXX -bench . ./calendar
//
// Both calendars are Mon–Fri 09:00–17:00 in America/New_York with the US
// federal holidays; slaclock's per-year tables are built before the timer
// starts.

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

// Package-level sinks keep the compiler from discarding the results.
var (
	sinkTime     time.Time
	sinkDuration time.Duration
	sinkBool     bool
	sinkCalendar *calendar.Calendar
)

const benchInputs = 1024

// benchStarts returns 1,024 whole-minute instants spread over 2026 in New
// York, from a fixed seed.
func benchStarts(b *testing.B, seed uint64) []time.Time {
	b.Helper()
	ny := zone(b, nyName)
	r := rand.New(rand.NewPCG(seed, 7))
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, ny)
	minutes := int(time.Date(2027, 1, 1, 0, 0, 0, 0, ny).Sub(start) / time.Minute)
	out := make([]time.Time, benchInputs)
	for i := range out {
		out[i] = start.Add(time.Duration(r.IntN(minutes)) * time.Minute)
	}
	return out
}

// benchPairs returns 1,024 ordered pairs of instants within 2026.
func benchPairs(b *testing.B) (from, to []time.Time) {
	b.Helper()
	from, to = benchStarts(b, 11), benchStarts(b, 12)
	for i := range from {
		if to[i].Before(from[i]) {
			from[i], to[i] = to[i], from[i]
		}
	}
	return from, to
}

// warmAdd builds every year table the benchmark will touch.
func warmAdd(b *testing.B, c *calendar.Calendar, starts []time.Time, d time.Duration) {
	b.Helper()
	for _, s := range starts {
		if _, err := c.Add(s, d); err != nil {
			b.Fatalf("Add(%s, %v): %v", s, d, err)
		}
	}
}

func benchmarkAdd(b *testing.B, d time.Duration) {
	starts := benchStarts(b, 1)
	b.Run("slaclock", func(b *testing.B) {
		c := region(b, "US")
		warmAdd(b, c, starts, d)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			u, err := c.Add(starts[i%benchInputs], d)
			if err != nil {
				b.Fatal(err)
			}
			sinkTime = u
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		c := newRickarUS()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkTime = c.AddWorkHours(starts[i%benchInputs], d)
			i++
		}
	})
}

func BenchmarkAdd4h(b *testing.B)    { benchmarkAdd(b, 4*time.Hour) }
func BenchmarkAdd2000h(b *testing.B) { benchmarkAdd(b, 2000*time.Hour) }

func BenchmarkBetween(b *testing.B) {
	from, to := benchPairs(b)
	b.Run("slaclock", func(b *testing.B) {
		c := region(b, "US")
		for i := range from {
			if _, err := c.Between(from[i], to[i]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d, err := c.Between(from[i%benchInputs], to[i%benchInputs])
			if err != nil {
				b.Fatal(err)
			}
			sinkDuration = d
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		c := newRickarUS()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkDuration = c.WorkHoursInRange(from[i%benchInputs], to[i%benchInputs])
			i++
		}
	})
}

func BenchmarkAddDays(b *testing.B) {
	starts := benchStarts(b, 2)
	b.Run("slaclock", func(b *testing.B) {
		c := region(b, "US")
		for _, s := range starts {
			if _, err := c.AddDays(s, 3); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			u, err := c.AddDays(starts[i%benchInputs], 3)
			if err != nil {
				b.Fatal(err)
			}
			sinkTime = u
			i++
		}
	})
}

// BenchmarkBuildRegionUS measures a cold start: compiling the US preset
// and its first Add in 2026, which builds that year's table. Region shares
// one calendar per code, so the preset's spec goes through New each time.
func BenchmarkBuildRegionUS(b *testing.B) {
	start := wall(zone(b, nyName), 2026, 6, 15, 10, 0)
	spec := region(b, "US").Spec()
	b.ReportAllocs()
	for b.Loop() {
		c, err := calendar.New(spec)
		if err != nil {
			b.Fatal(err)
		}
		u, err := c.Add(start, 4*time.Hour)
		if err != nil {
			b.Fatal(err)
		}
		sinkCalendar, sinkTime = c, u
	}
}

func BenchmarkNextOpen(b *testing.B) {
	starts := benchStarts(b, 3)
	b.Run("slaclock", func(b *testing.B) {
		c := region(b, "US")
		for _, s := range starts {
			if _, err := c.NextOpen(s); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			u, err := c.NextOpen(starts[i%benchInputs])
			if err != nil {
				b.Fatal(err)
			}
			sinkTime = u
			i++
		}
	})
}

func BenchmarkIsOpen(b *testing.B) {
	starts := benchStarts(b, 4)
	b.Run("slaclock", func(b *testing.B) {
		c := region(b, "US")
		for _, s := range starts {
			sinkBool = c.IsOpen(s)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkBool = c.IsOpen(starts[i%benchInputs])
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		c := newRickarUS()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkBool = c.IsWorkTime(starts[i%benchInputs])
			i++
		}
	})
}
