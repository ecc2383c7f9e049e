package calendar

import (
	"sync/atomic"
	"time"
)

// Spec is the declarative, JSON-friendly description of a business-hours
// calendar. New compiles it into a *Calendar.
//
// Hours maps day keys to the day's opening hours. A key is a day name
// ("mon" … "sun", case-insensitive) or an inclusive range of them
// ("mon-fri"; a range may wrap: "fri-mon"). A day named by two keys is an
// error; a day no key names is closed. Each value is a list of spans
// "HH:MM-HH:MM" on the 24-hour clock; the end may be "24:00". An end earlier
// than its start makes an overnight span that belongs to the day it starts on
// ("22:00-06:00" on Monday runs into Tuesday). Empty spans ("09:00-09:00")
// and overlapping spans, also across midnight and across the week, are
// errors.
//
// Holidays lists holiday-set codes (see Regions): "US", "DE-BY", "ECB". A
// date that is the actual or the observed date of any holiday in those sets
// has no spans of its own. Closed lists further closed dates ("2026-12-24").
// Open gives a date exactly the listed spans instead of its weekly hours,
// holiday or not; an empty list closes the date. A date both in Closed and
// in Open is an error. Where an Open date's spans meet the previous day's
// overnight span, open time is their union and the overlap stays with the
// earlier date. Dates must lie in the years 1900 to 2199.
type Spec struct {
	TimeZone string              `json:"timezone"`           // IANA name, e.g. "Europe/Berlin"
	Hours    map[string][]string `json:"hours"`              // "mon-fri": ["09:00-12:00", "13:00-17:00"]
	Holidays []string            `json:"holidays,omitempty"` // region codes: "US", "DE-BY", "AU-NSW", "ECB"
	Closed   []string            `json:"closed,omitempty"`   // extra closed dates, "2026-12-24"
	Open     map[string][]string `json:"open,omitempty"`     // per-date hours: "2026-12-24": ["09:00-12:00"]
}

// A Span is a half-open interval [Start, End) of open time.
type Span struct {
	Start, End time.Time
}

// Duration returns the length of the span.
func (s Span) Duration() time.Duration { return s.End.Sub(s.Start) }

// A Calendar answers questions about open (business) time: is an instant
// open, how much open time lies between two instants, and which instant is a
// given amount of open time after another.
//
// Open time is the union of spans. Each span is built from a wall-clock
// boundary "HH:MM on date D", read as the first instant at which the
// calendar's local clock reads D HH:MM or later. So in a daylight-saving gap
// a boundary moves to the end of the gap, in a repeated hour it is the first
// occurrence, "00:00-24:00" lasts 23 hours on a spring-forward day and 25 on
// a fall-back day, and a date the zone skips entirely has no open time. A
// span whose end, so read, is not after its start is empty.
//
// The supported range is local years 1900 to 2199 in the calendar's zone;
// outside it, methods return an error wrapping ErrOutOfRange. Methods return
// results in the location of their time argument.
//
// A Calendar is immutable once built and safe for concurrent use by any
// number of goroutines. Per-year tables of open spans are built on first use
// and published atomically. A nil or zero Calendar is not usable: every
// method returns an error wrapping ErrInvalidArgument (see Validate); build
// one with New, Load, Region or Always.
type Calendar struct {
	spec   Spec
	loc    *time.Location
	always bool

	rules  *rules
	comp   *composite // a Union or Intersect of other calendars, or nil
	shared bool       // a Region calendar: its tables count against the region limit
	years  [numYears]atomic.Pointer[yearTable]
	recent [2]atomic.Pointer[yearTable] // tables built for a composite's search, not kept in years

	// Per-year summaries for searches that cross whole years, so that
	// those years need no table: business days + 1, open time in
	// nanoseconds + 1; 0 when not yet known.
	bdayCounts [numYears]atomic.Int32
	totals     [numYears]atomic.Int64
}

// Location returns the calendar's time zone; UTC for a nil or zero
// Calendar (see Validate).
func (c *Calendar) Location() *time.Location {
	if c.Validate() != nil {
		return time.UTC
	}
	return c.loc
}

// Spec returns a copy of the specification the calendar was built from, so
// that New(c.Spec()) builds an equivalent calendar and the spec round-trips
// through JSON. Region calendars report Mon–Fri 09:00–17:00 with their zone
// and holiday set. Always reports every day 00:00–24:00 in UTC, which has the
// same open time. A nil or zero Calendar, and a composite built by Union or
// Intersect, report the zero Spec: MarshalJSON describes any calendar.
func (c *Calendar) Spec() Spec {
	if c.Validate() != nil {
		return Spec{}
	}
	return cloneSpec(c.spec)
}

func cloneSpec(s Spec) Spec {
	out := Spec{TimeZone: s.TimeZone}
	if s.Hours != nil {
		out.Hours = make(map[string][]string, len(s.Hours))
		for k, v := range s.Hours {
			out.Hours[k] = append([]string{}, v...)
		}
	}
	if s.Holidays != nil {
		out.Holidays = append([]string{}, s.Holidays...)
	}
	if s.Closed != nil {
		out.Closed = append([]string{}, s.Closed...)
	}
	if s.Open != nil {
		out.Open = make(map[string][]string, len(s.Open))
		for k, v := range s.Open {
			out.Open[k] = append([]string{}, v...)
		}
	}
	return out
}

var always = &Calendar{
	spec: Spec{
		TimeZone: "UTC",
		Hours:    map[string][]string{"mon-sun": {"00:00-24:00"}},
	},
	loc:    time.UTC,
	always: true,
	rules:  &rules{}, // unused: every method answers Always first
}

// Always returns the 24x7x365 calendar: one span forever. On it Add(t, d) is
// t.Add(d), Between(from, to) is to.Sub(from), AddDays(t, n) is
// t.Add(n*24*time.Hour), IsOpen is always true, NextOpen(t) is t, and
// NextClose returns ErrNeverCloses. Like every calendar it answers within
// years 1900 to 2199, here in UTC: a result outside them is an error
// wrapping ErrOutOfRange (and IsOpen is false there).
func Always() *Calendar { return always }
