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

// BenchmarkCompositeCrafted is what costly composites cost on fresh
// calendars: searches that cross the whole range build every year of the
// composite from its members' spans, so the cost grows with their sum.
// The webhook's limits allow 4 specs of 4 spans a day; the library allows
// 96 spans a day per spec, and Union refuses members whose spans would
// overflow a year table.
func BenchmarkCompositeCrafted(b *testing.B) {
	dense := func(zone string, n, offset int) *calendar.Calendar {
		spans := make([]string, n)
		for i := range spans {
			m := i*(24*60/n) + offset
			spans[i] = fmt.Sprintf("%02d:%02d-%02d:%02d", m/60, m%60, (m+5)/60, (m+5)%60)
		}
		c, err := calendar.New(calendar.Spec{TimeZone: zone, Hours: map[string][]string{"mon-sun": spans}, Holidays: []string{"US", "GB", "DE"}})
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	never := func(n int) func() (*calendar.Calendar, error) {
		return func() (*calendar.Calendar, error) {
			return calendar.Intersect(dense("UTC", n, 0), dense("UTC", n, 10), dense("UTC", n, 20), dense("UTC", n, 30))
		}
	}
	union := func(n int) func() (*calendar.Calendar, error) {
		return func() (*calendar.Calendar, error) {
			return calendar.Union(dense("America/New_York", n, 0), dense("Europe/Berlin", n, 10), dense("Asia/Tokyo", n, 20))
		}
	}
	union4 := func(n int) func() (*calendar.Calendar, error) {
		return func() (*calendar.Calendar, error) {
			return calendar.Union(dense("America/New_York", n, 0), dense("Europe/Berlin", n, 10), dense("Asia/Tokyo", n, 20), dense("UTC", n, 30))
		}
	}
	regions := func() (*calendar.Calendar, error) {
		return calendar.Union(region(b, "US"), region(b, "DE"), region(b, "AU-NSW"))
	}
	from := time.Date(1900, 1, 2, 0, 0, 0, 0, time.UTC)
	to := time.Date(2199, 12, 30, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		build func() (*calendar.Calendar, error)
		query func(c *calendar.Calendar) error
	}{
		{"never-open intersection of 4x4 spans, NextOpen from 1900", never(4), func(c *calendar.Calendar) error {
			if _, err := c.NextOpen(from); err == nil {
				return fmt.Errorf("want no open time")
			}
			return nil
		}},
		{"union of 4x4 spans, AddDays 10000", union4(4), func(c *calendar.Calendar) error {
			_, err := c.AddDays(from, 10_000)
			return err
		}},
		{"union of 3x8 spans, Between 1900-2199", union(8), func(c *calendar.Calendar) error {
			_, err := c.Between(from, to)
			return err
		}},
		{"union of 3x48 spans, Between 1900-2199", union(48), func(c *calendar.Calendar) error {
			_, err := c.Between(from, to)
			return err
		}},
		{"union of 3 regions, Between 1900-2199", regions, func(c *calendar.Calendar) error {
			_, err := c.Between(from, to)
			return err
		}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := tc.build()
				if err != nil {
					b.Fatal(err)
				}
				if err := tc.query(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
