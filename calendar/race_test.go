package calendar_test

// Concurrent first use: many goroutines share one freshly built calendar
// while its per-year tables are built on demand. Run with -race; the answers
// must equal those of a separate calendar used by one goroutine.

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/slaclock/slaclock/calendar"
)

// raceWork runs a fixed mix of queries around year and the shared year
// 2026, rendering every answer (or error) as text.
func raceWork(c *calendar.Calendar, loc *time.Location, year int) []string {
	var out []string
	record := func(op string, v any, err error) {
		out = append(out, fmt.Sprintf("%s: %v %v", op, v, err))
	}
	for _, y := range []int{year, 2026} {
		for k := 0; k < 24; k++ {
			t := time.Date(y, time.Month(1+k%12), 1+(k*5)%28, (k*7)%24, (k*13)%60, 0, 0, loc)
			u, err := c.Add(t, time.Duration(1+k)*3*time.Hour+17*time.Minute)
			record("Add", u.UTC(), err)
			u, err = c.Add(t, -time.Duration(1+k)*2*time.Hour)
			record("Add-", u.UTC(), err)
			d, err := c.Between(t, t.AddDate(0, 1, 3))
			record("Between", d, err)
			u, err = c.AddDays(t, 1+k%5)
			record("AddDays", u.UTC(), err)
			record("IsOpen", c.IsOpen(t), nil)
			u, err = c.NextOpen(t)
			record("NextOpen", u.UTC(), err)
			u, err = c.NextClose(t)
			record("NextClose", u.UTC(), err)
		}
	}
	return out
}

func TestConcurrentFirstUse(t *testing.T) {
	ny := zone(t, nyName)
	specs := map[string]calendar.Spec{
		"business hours": {
			TimeZone: nyName,
			Hours:    map[string][]string{"mon-fri": {"08:00-12:00", "13:00-17:30"}, "sat": {"22:00-02:00"}},
			Holidays: []string{"US"},
			Closed:   []string{"2026-12-24"},
			Open:     map[string][]string{"2026-12-26": {"10:00-12:00"}},
		},
		"sparse": {
			TimeZone: nyName,
			Hours:    map[string][]string{"wed": {"10:00-11:00"}},
			Holidays: []string{"US", "DE-BY"},
		},
	}
	const workers = 32
	for name, spec := range specs {
		t.Run(name, func(t *testing.T) {
			shared := newCal(t, spec)
			got := make([][]string, workers)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					// Years 1905, 1912, … 2122: some goroutines share years too.
					got[w] = raceWork(shared, ny, 1905+7*(w%16)+(w/16)*3)
				}()
			}
			close(start)
			wg.Wait()

			sequential := newCal(t, spec)
			for w := 0; w < workers; w++ {
				want := raceWork(sequential, ny, 1905+7*(w%16)+(w/16)*3)
				assert.Equal(t, want, got[w], "worker %d: concurrent answers differ from sequential ones", w)
			}
		})
	}

	t.Run("Region shared by goroutines", func(t *testing.T) {
		shared := region(t, "US")
		got := make([][]string, workers)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[w] = raceWork(shared, ny, 1950+5*w)
			}()
		}
		wg.Wait()
		sequential := region(t, "US")
		for w := 0; w < workers; w++ {
			assert.Equal(t, raceWork(sequential, ny, 1950+5*w), got[w], "worker %d", w)
		}
	})
}

// Composites build their tables from their members' tables, which other
// goroutines may be building at the same time: fresh members and a fresh
// composite, shared by every goroutine, against a sequential copy.
func TestConcurrentFirstUseComposite(t *testing.T) {
	ny := zone(t, nyName)
	build := func() *calendar.Calendar {
		a := newCal(t, calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}, Holidays: []string{"US"}})
		b := newCal(t, calendar.Spec{TimeZone: "Europe/Berlin", Hours: map[string][]string{"mon-fri": {"08:00-12:00", "13:00-17:00"}}, Holidays: []string{"DE-BY"}})
		c := newCal(t, calendar.Spec{TimeZone: "Australia/Sydney", Hours: map[string][]string{"sat-sun": {"10:00-14:00"}}})
		u, err := calendar.Union(a, b)
		if err != nil {
			t.Fatal(err)
		}
		i, err := calendar.Intersect(u, calendar.Always(), c)
		if err != nil {
			t.Fatal(err)
		}
		out, err := calendar.Union(u, i, c)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	const workers = 16
	shared := build()
	got := make([][]string, workers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[w] = raceWork(shared, ny, 1930+11*(w%8))
		}()
	}
	close(start)
	wg.Wait()
	sequential := build()
	for w := 0; w < workers; w++ {
		assert.Equal(t, raceWork(sequential, ny, 1930+11*(w%8)), got[w], "worker %d: concurrent answers differ from sequential ones", w)
	}
}
