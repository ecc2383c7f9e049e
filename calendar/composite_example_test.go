package calendar_test

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

// Follow-the-sun: three regional desks hand over to each other. An
// incident opened at 16:00 on a Friday in New York gets New York's last
// hour; Sydney's Saturday is closed, so the other 3 hours come from
// Sydney's Monday, which starts on Sunday evening in New York. A date's
// open time is cut at New York's midnights.
func ExampleUnion() {
	var desks []*calendar.Calendar
	for _, code := range []string{"US", "DE", "AU-NSW"} {
		c, err := calendar.Region(code)
		if err != nil {
			panic(err)
		}
		desks = append(desks, c)
	}
	sun, err := calendar.Union(desks...) // read in New York, the first desk's zone
	if err != nil {
		panic(err)
	}
	ny := sun.Location()
	opened := time.Date(2026, 3, 6, 16, 0, 0, 0, ny) // Friday
	due, _ := sun.Add(opened, 4*time.Hour)
	fmt.Println("due:", due.Format("Mon 2006-01-02 15:04 MST"))
	day, _ := sun.Day(time.Date(2026, 3, 3, 12, 0, 0, 0, ny))
	for _, s := range day.Spans {
		fmt.Println("Tuesday:", s.Start.Format("15:04"), "-", s.End.Format("15:04"))
	}
	// Output:
	// due: Sun 2026-03-08 21:00 EDT
	// Tuesday: 00:00 - 01:00
	// Tuesday: 03:00 - 00:00
}

// A support desk's own hours inside the customer's business hours.
func ExampleIntersect() {
	us, _ := calendar.Region("US")
	desk, _ := calendar.New(calendar.Spec{
		TimeZone: "Europe/London",
		Hours:    map[string][]string{"mon-fri": {"08:00-18:00"}},
	})
	both, _ := calendar.Intersect(us, desk)
	ny := both.Location()
	day, _ := both.Day(time.Date(2026, 3, 10, 12, 0, 0, 0, ny))
	// New York is on summer time from 8 March, London only from 29 March:
	// London's 18:00 is 14:00 in New York.
	fmt.Println(day.Date, day.Spans[0].Start.Format("15:04"), "-", day.Spans[0].End.Format("15:04 MST"), day.Open)
	// Output:
	// 2026-03-10 09:00 - 14:00 EDT 5h0m0s
}

// A customer record as an integration stores it: where the customer is,
// its own holiday feed, and the hours of the desk that serves it.
type customer struct {
	ID          string
	Region      string // "US", "DE-BY", …
	HolidayFeed string // iCalendar text, or ""
	DeskZone    string
	DeskHours   map[string][]string
	Version     int // bumped when the record changes
}

// chooser maps customers to their calendar: the region's preset, closed on
// the customer's own holidays, intersected with the desk's hours. Calendars
// are immutable and safe to share, so one per customer version is cached.
type chooser struct {
	cache sync.Map // "id@version" → *calendar.Calendar
}

func (ch *chooser) calendarFor(c customer) (*calendar.Calendar, error) {
	key := fmt.Sprintf("%s@%d", c.ID, c.Version)
	if cal, ok := ch.cache.Load(key); ok {
		return cal.(*calendar.Calendar), nil
	}
	region, err := calendar.Region(c.Region)
	if err != nil {
		return nil, err
	}
	if c.HolidayFeed != "" {
		spec := region.Spec()
		if err := spec.ImportICS(strings.NewReader(c.HolidayFeed)); err != nil {
			return nil, fmt.Errorf("customer %s: holiday feed: %w", c.ID, err)
		}
		if region, err = calendar.New(spec); err != nil {
			return nil, err
		}
	}
	cal := region
	if c.DeskHours != nil {
		desk, err := calendar.New(calendar.Spec{TimeZone: c.DeskZone, Hours: c.DeskHours})
		if err != nil {
			return nil, fmt.Errorf("customer %s: desk hours: %w", c.ID, err)
		}
		// The customer's calendar first: the composite reads its dates.
		if cal, err = calendar.Intersect(region, desk); err != nil {
			return nil, err
		}
	}
	got, _ := ch.cache.LoadOrStore(key, cal)
	return got.(*calendar.Calendar), nil
}

// A policy chooser: one composed calendar per customer, built once.
func Example_policyChooser() {
	acme := customer{
		ID: "acme", Region: "DE-BY", Version: 3,
		HolidayFeed: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261130\r\nSUMMARY:Works outing\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		DeskZone:    "Europe/Dublin",
		DeskHours:   map[string][]string{"mon-fri": {"08:00-14:00"}}, // 09:00-15:00 in Munich
	}
	var ch chooser
	cal, err := ch.calendarFor(acme)
	if err != nil {
		panic(err)
	}
	again, _ := ch.calendarFor(acme)
	// Friday 14:00 in Munich: 1h that day; Monday is the works outing;
	// Tuesday 09:00 + 3h.
	opened := time.Date(2026, 11, 27, 14, 0, 0, 0, cal.Location())
	due, _ := cal.Add(opened, 4*time.Hour)
	fmt.Println("due:", due.Format("Mon 2006-01-02 15:04 MST"))
	fmt.Println("cached:", cal == again)
	out, _ := cal.MarshalJSON()
	fmt.Println(string(out))
	// Output:
	// due: Tue 2026-12-01 12:00 CET
	// cached: true
	// {"intersect":[{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE-BY"],"closed":["2026-11-30"]},{"timezone":"Europe/Dublin","hours":{"mon-fri":["08:00-14:00"]}}]}
}
