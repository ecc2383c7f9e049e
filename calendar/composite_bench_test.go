package calendar_test

// Composite calendars against a plain one, in the same run:
//
//	go test -run XXX -bench Composite -benchmem ./calendar
//
// The plain calendar is calendar.Region("US"); the union is US ∪ DE ∪
// AU-NSW (follow-the-sun), the intersection a support desk's hours inside
// the US preset. Year tables are warmed before the timer starts, as for the
// plain calendar; BenchmarkCompositeBuild measures the first use.

import (
	"fmt"
	"testing"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

func benchComposites(b *testing.B) map[string]*calendar.Calendar {
	b.Helper()
	us, de, au := region(b, "US"), region(b, "DE"), region(b, "AU-NSW")
	u, err := calendar.Union(us, de, au)
	if err != nil {
		b.Fatal(err)
	}
	desk, err := calendar.New(calendar.Spec{TimeZone: "Europe/London", Hours: map[string][]string{"mon-fri": {"08:00-12:00", "13:00-18:00"}}})
	if err != nil {
		b.Fatal(err)
	}
	i, err := calendar.Intersect(us, desk)
	if err != nil {
		b.Fatal(err)
	}
	return map[string]*calendar.Calendar{"plain": us, "union3": u, "intersect2": i}
}

var compositeOrder = []string{"plain", "union3", "intersect2"}

func BenchmarkCompositeAdd(b *testing.B) {
	cals := benchComposites(b)
	starts := benchStarts(b, 1)
	for _, name := range compositeOrder {
		b.Run(name, func(b *testing.B) {
			c := cals[name]
			warmAdd(b, c, starts, 4*time.Hour)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				u, err := c.Add(starts[i%benchInputs], 4*time.Hour)
				if err != nil {
					b.Fatal(err)
				}
				sinkTime = u
				i++
			}
		})
	}
}

func BenchmarkCompositeBetween(b *testing.B) {
	cals := benchComposites(b)
	from, to := benchPairs(b)
	for _, name := range compositeOrder {
		b.Run(name, func(b *testing.B) {
			c := cals[name]
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
	}
}

func BenchmarkCompositeAddDays(b *testing.B) {
	cals := benchComposites(b)
	starts := benchStarts(b, 3)
	for _, name := range compositeOrder {
		b.Run(name, func(b *testing.B) {
			c := cals[name]
			for _, s := range starts {
				if _, err := c.AddDays(s, 1); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				u, err := c.AddDays(starts[i%benchInputs], 1)
				if err != nil {
					b.Fatal(err)
				}
				sinkTime = u
				i++
			}
		})
	}
}

// BenchmarkCompositeBuild is the first use of a fresh union of three
// regions: composing it and building its 2026 table, with the members'
// tables already built (they are shared Region calendars).
func BenchmarkCompositeBuild(b *testing.B) {
	cals := benchComposites(b)
	us, de, au := region(b, "US"), region(b, "DE"), region(b, "AU-NSW")
	t0 := time.Date(2026, 6, 15, 12, 0, 0, 0, cals["plain"].Location())
	for _, c := range []*calendar.Calendar{us, de, au} {
		if _, err := c.Between(t0.AddDate(-1, 0, 0), t0.AddDate(1, 0, 0)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		u, err := calendar.Union(us, de, au)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := u.Add(t0, time.Hour); err != nil {
			b.Fatal(err)
		}
		sinkCalendar = u
	}
}

// BenchmarkCompositeCrafted is what the costliest composites the webhook
// accepts cost on a fresh calendar: an intersection that is never open
// searched to the end of the range, and a union of three specs of 48 spans
// a day counted across the whole range.
func BenchmarkCompositeCrafted(b *testing.B) {
	spans := make([]string, 48)
	for i := range spans {
		spans[i] = fmt.Sprintf("%02d:%02d-%02d:%02d", i/2, i%2*30, i/2, i%2*30+15)
	}
	dense := func(zone string) *calendar.Calendar {
		c, err := calendar.New(calendar.Spec{TimeZone: zone, Hours: map[string][]string{"mon-sun": spans}, Holidays: []string{"US", "GB", "DE"}})
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	b.Run("intersection never open, NextOpen from 1900", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			mon, _ := calendar.New(calendar.Spec{TimeZone: "UTC", Hours: map[string][]string{"mon": {"09:00-17:00"}}})
			tue, _ := calendar.New(calendar.Spec{TimeZone: "UTC", Hours: map[string][]string{"tue": {"09:00-17:00"}}})
			c, err := calendar.Intersect(mon, tue)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := c.NextOpen(time.Date(1900, 1, 2, 0, 0, 0, 0, time.UTC)); err == nil {
				b.Fatal("want an error")
			}
		}
	})
	b.Run("dense union of 3, Between 1900-2199", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c, err := calendar.Union(dense("America/New_York"), dense("Europe/Berlin"), dense("Asia/Tokyo"))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := c.Between(time.Date(1900, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(2199, 12, 30, 0, 0, 0, 0, time.UTC)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
