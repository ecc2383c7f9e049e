package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

// A company's own feed: a yearly day off with an exception, and an
// afternoon closed for a party. The spec gets plain Closed and Open entries.
func ExampleSpec_ImportICS() {
	feed := strings.Join([]string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Example Corp//Holidays//EN",
		"BEGIN:VEVENT",
		"UID:founders-day@example.com",
		"SUMMARY:Founders' Day",
		"DTSTART;VALUE=DATE:20250612",
		"RRULE:FREQ=YEARLY;COUNT=4",
		"EXDATE;VALUE=DATE:20260612",
		"END:VEVENT",
		"BEGIN:VEVENT",
		"UID:party-2026@example.com",
		"SUMMARY:Holiday party",
		"DTSTART;TZID=America/New_York:20261224T120000",
		"DTEND;TZID=America/New_York:20261224T170000",
		"END:VEVENT",
		"END:VCALENDAR",
	}, "\r\n")
	spec := calendar.Spec{TimeZone: "America/New_York", Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}}
	if err := spec.ImportICS(strings.NewReader(feed)); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("closed:", spec.Closed)
	fmt.Println("open:", spec.Open)

	c, err := calendar.New(spec)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Four business hours from Wednesday 23 December, 15:00: two that
	// day, two on the morning of the 24th.
	due, err := c.Add(time.Date(2026, 12, 23, 15, 0, 0, 0, c.Location()), 4*time.Hour)
	fmt.Println(due, err)
	// Output:
	// closed: [2025-06-12 2027-06-12 2028-06-12]
	// open: map[2026-12-24:[09:00-12:00]]
	// 2026-12-24 11:00:00 -0500 EST <nil>
}

// Google's public-holiday feeds list observances that are not days off
// (Valentine's Day, Christmas Eve) beside the public holidays, and say
// which is which in the description. Keep only the days off.
func ExampleSpec_ImportICSFunc() {
	feed := "BEGIN:VCALENDAR\r\n" +
		"PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n" +
		"VERSION:2.0\r\n" +
		"X-WR-CALNAME:Holidays in United States\r\n" +
		"BEGIN:VEVENT\r\n" +
		"DTSTART;VALUE=DATE:20261224\r\n" +
		"DTEND;VALUE=DATE:20261225\r\n" +
		"UID:20261224_christmas_eve@holiday.example.com\r\n" +
		"DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Setting\r\n" +
		" s > Holidays in United States\r\n" +
		"SUMMARY:Christmas Eve\r\n" +
		"TRANSP:TRANSPARENT\r\n" +
		"END:VEVENT\r\n" +
		"BEGIN:VEVENT\r\n" +
		"DTSTART;VALUE=DATE:20261225\r\n" +
		"DTEND;VALUE=DATE:20261226\r\n" +
		"UID:20261225_christmas_day@holiday.example.com\r\n" +
		"DESCRIPTION:Public holiday\r\n" +
		"SUMMARY:Christmas Day\r\n" +
		"TRANSP:TRANSPARENT\r\n" +
		"END:VEVENT\r\n" +
		"END:VCALENDAR\r\n"
	spec := calendar.Spec{TimeZone: "America/New_York", Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}}
	err := spec.ImportICSFunc(strings.NewReader(feed), func(e calendar.ICSEvent) bool {
		keep := !strings.HasPrefix(e.Description, "Observance")
		fmt.Printf("line %d %q: keep %v\n", e.Line, e.Summary, keep)
		return keep
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("closed:", spec.Closed)
	// Output:
	// line 5 "Christmas Eve": keep false
	// line 14 "Christmas Day": keep true
	// closed: [2026-12-25]
}
