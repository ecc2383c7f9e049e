package calendar_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

// Four business hours from Christmas Eve afternoon on the US preset: the
// 25th is a federal holiday and the 26th and 27th a weekend, so the target
// runs on into Monday.
func ExampleCalendar_Add_holiday() {
	us, err := calendar.Region("US")
	if err != nil {
		panic(err)
	}
	opened := time.Date(2026, 12, 24, 16, 30, 0, 0, us.Location())
	due, err := us.Add(opened, 4*time.Hour)
	if err != nil {
		panic(err)
	}
	fmt.Println(due.Format(time.RFC1123))
	// Output: Mon, 28 Dec 2026 12:30:00 EST
}

// A night shift across the spring-forward night in Berlin: the clocks jump
// from 02:00 to 03:00, so the shift 22:00–06:00 holds seven hours of open
// time, not eight.
func ExampleCalendar_Between_dstNight() {
	c, err := calendar.New(calendar.Spec{
		TimeZone: "Europe/Berlin",
		Hours:    map[string][]string{"sat": {"22:00-06:00"}},
	})
	if err != nil {
		panic(err)
	}
	berlin := c.Location()
	from := time.Date(2026, 3, 28, 0, 0, 0, 0, berlin)
	to := time.Date(2026, 3, 30, 0, 0, 0, 0, berlin)
	shift, err := c.Between(from, to)
	if err != nil {
		panic(err)
	}
	end, err := c.NextClose(from)
	if err != nil {
		panic(err)
	}
	fmt.Println(shift, end.Format("Mon 15:04 MST"))
	// Output: 7h0m0s Sun 06:00 CEST
}

// "Within one business day" keeps the position in the day: the incident
// opened 3 hours into Tuesday (lunch is not open time) is due 3 hours into
// Wednesday.
func ExampleCalendar_AddDays() {
	c, err := calendar.New(calendar.Spec{
		TimeZone: "America/Chicago",
		Hours:    map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}},
	})
	if err != nil {
		panic(err)
	}
	for _, opened := range []time.Time{
		time.Date(2026, 12, 1, 12, 30, 0, 0, c.Location()), // Tuesday, lunch
		time.Date(2026, 12, 4, 20, 0, 0, 0, c.Location()),  // Friday night
	} {
		due, err := c.AddDays(opened, 1)
		if err != nil {
			panic(err)
		}
		fmt.Println(opened.Format("Mon 15:04"), "->", due.Format("Mon 15:04"))
	}
	// Output:
	// Tue 12:30 -> Wed 12:00
	// Fri 20:00 -> Mon 17:00
}

// The wall-clock rule at a daylight-saving gap: a shift starting at 02:30 on
// the night New York springs forward starts when the gap ends, at 03:00 EDT.
func ExampleCalendar_NextOpen_gap() {
	c, err := calendar.New(calendar.Spec{
		TimeZone: "America/New_York",
		Hours:    map[string][]string{"sun": {"02:30-06:00"}},
	})
	if err != nil {
		panic(err)
	}
	open, err := c.NextOpen(time.Date(2026, 3, 7, 12, 0, 0, 0, c.Location()))
	if err != nil {
		panic(err)
	}
	fmt.Println(open.Format(time.RFC3339))
	// Output: 2026-03-08T03:00:00-04:00
}

// Results come back in the location of the argument.
func ExampleAlways() {
	opened := time.Date(2026, 12, 27, 3, 10, 0, 0, time.UTC) // a Sunday
	due, _ := calendar.Always().Add(opened, 2*time.Hour)
	fmt.Println(due)
	// Output: 2026-12-27 05:10:00 +0000 UTC
}

// A calendar is data: its Spec round-trips through JSON.
func ExampleNew_json() {
	var spec calendar.Spec
	err := json.Unmarshal([]byte(`{
		"timezone": "Australia/Perth",
		"hours": {"mon-fri": ["08:30-12:30", "13:30-17:00"]},
		"holidays": ["AU-WA"],
		"closed": ["2026-12-24"]
	}`), &spec)
	if err != nil {
		panic(err)
	}
	c, err := calendar.New(spec)
	if err != nil {
		panic(err)
	}
	day, err := c.Day(time.Date(2026, 6, 1, 12, 0, 0, 0, c.Location()))
	if err != nil {
		panic(err)
	}
	fmt.Println(day.Date, day.Holidays, day.Open)
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(c.Spec()); err != nil {
		panic(err)
	}
	// Output:
	// 2026-06-01 [Western Australia Day] 0s
	// {"timezone":"Australia/Perth","hours":{"mon-fri":["08:30-12:30","13:30-17:00"]},"holidays":["AU-WA"],"closed":["2026-12-24"]}
}

// Bad input is an error naming the field and the value.
func ExampleNew_error() {
	_, err := calendar.New(calendar.Spec{
		TimeZone: "America/New_York",
		Hours:    map[string][]string{"mon-fri": {"09:00-12:00", "13:00-25:00"}},
	})
	fmt.Println(err)
	// Output: calendar: hours["mon-fri"][1]: "13:00-25:00": hour out of range
}

// Load reads a calendar spec strictly: a misspelt field is an error naming
// it, not a calendar that is silently always closed.
func ExampleLoad() {
	good := `{"timezone": "Europe/Berlin", "hours": {"mon-fri": ["08:00-12:00", "13:00-17:00"]}, "holidays": ["DE-BY"]}`
	c, err := calendar.Load(strings.NewReader(good))
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Location())

	typo := `{"timezone": "Europe/Berlin", "hour": {"mon-fri": ["08:00-17:00"]}}`
	_, err = calendar.Load(strings.NewReader(typo))
	fmt.Println(err)
	// Output:
	// Europe/Berlin
	// calendar: hour: "hour": unknown field: want timezone, hours, holidays, closed or open
}
