package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// ErrInvalidICS is wrapped by every error ImportICS returns for an
// iCalendar stream it cannot read. The concrete error is an *ICSError
// naming the line.
var ErrInvalidICS = errors.New("calendar: invalid iCalendar data")

// ICSError reports the line of an iCalendar stream that ImportICS refused.
// Line counts physical lines from 1 and names the first line of a folded
// content line; Property is the property's name ("DTSTART", "RRULE"), or
// empty for a line that is not a property; Value is the offending text.
type ICSError struct {
	Line     int
	Property string
	Value    string
	Reason   string
}

func (e *ICSError) Error() string {
	var b strings.Builder
	b.WriteString("calendar: ics line ")
	b.WriteString(strconv.Itoa(e.Line))
	if e.Property != "" {
		b.WriteString(": ")
		b.WriteString(e.Property)
	}
	b.WriteString(": ")
	b.WriteString(strconv.Quote(e.Value))
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns ErrInvalidICS.
func (e *ICSError) Unwrap() error { return ErrInvalidICS }

func icsErr(p icsProp, reason string) *ICSError {
	return &ICSError{Line: p.line, Property: p.name, Value: shorten(p.value), Reason: reason}
}

// shorten keeps error messages readable when a value is long.
func shorten(s string) string {
	const n = 80
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// ICSEvent is what a filter passed to ImportICSFunc sees of an event
// (a VEVENT) before it is imported.
type ICSEvent struct {
	UID         string
	Summary     string   // the event's title, unescaped
	Description string   // its description, unescaped
	Categories  []string // CATEGORIES values, in order
	Line        int      // the line of its BEGIN:VEVENT
}

// HasCategory reports whether the event lists the category name,
// ignoring case.
func (e ICSEvent) HasCategory(name string) bool {
	for _, c := range e.Categories {
		if strings.EqualFold(strings.TrimSpace(c), name) {
			return true
		}
	}
	return false
}

// Limits of an import. A holiday feed has a few hundred events; these
// bounds keep a hostile or broken stream from taking unbounded time or
// memory.
const (
	maxICSBytes       = 16 << 20 // what ImportICS reads
	maxICSOccurrences = 200_000  // occurrences expanded, feed-wide (every day of 1900–2199 fits)
	maxICSRules       = 1_000    // events with an RRULE
	maxICSSteps       = 4 << 20  // weighted rule-expansion steps (ruleSteps), feed-wide: under a second
)

// icsProp is one unfolded content line, parsed.
type icsProp struct {
	name   string // upper case
	params map[string][]string
	value  string
	line   int
}

func (p icsProp) param(name string) string {
	if v := p.params[name]; len(v) > 0 {
		return strings.Trim(v[0], `"`)
	}
	return ""
}

// icsComponent is a VEVENT with its properties.
type icsComponent struct {
	line  int
	props []icsProp
}

func (c *icsComponent) get(name string) (icsProp, bool) {
	for _, p := range c.props {
		if p.name == name {
			return p, true
		}
	}
	return icsProp{}, false
}

func (c *icsComponent) all(name string) []icsProp {
	var ps []icsProp
	for _, p := range c.props {
		if p.name == name {
			ps = append(ps, p)
		}
	}
	return ps
}

// readICS reads a stream into its VEVENT components. Content lines are
// unfolded here (a line that starts with a space or a tab continues the one
// before, after CRLF or LF), so that errors can name physical lines; each
// content line is then parsed by golang-ical. Components other than VEVENT
// (VTIMEZONE, VTODO, VALARM inside an event, …) are checked for nesting and
// skipped.
func readICS(r io.Reader) ([]*icsComponent, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxICSBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading the stream: %w", ErrInvalidICS, err)
	}
	if len(data) > maxICSBytes {
		return nil, &ICSError{Line: 1, Value: fmt.Sprintf("%d bytes or more", maxICSBytes+1), Reason: "too large: at most 16 MiB"}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))

	var (
		events []*icsComponent
		stack  []icsProp // open BEGIN lines
		cur    *icsComponent
		seen   bool // a VCALENDAR began
	)
	err = unfold(data, func(line int, text string) error {
		p, err := parseContentLine(line, text)
		if err != nil {
			return err
		}
		switch p.name {
		case "BEGIN":
			name := strings.ToUpper(p.value)
			switch {
			case len(stack) == 0 && name != "VCALENDAR":
				return icsErr(p, "want BEGIN:VCALENDAR first")
			case len(stack) == 0 && seen:
				return icsErr(p, "more than one VCALENDAR in the stream")
			case len(stack) > 0 && name == "VCALENDAR":
				return icsErr(p, "VCALENDAR inside a component")
			case len(stack) >= 8:
				return icsErr(p, "components nested too deep")
			}
			seen = true
			p.value = name
			stack = append(stack, p)
			if name == "VEVENT" && len(stack) == 2 {
				cur = &icsComponent{line: line}
			}
		case "END":
			name := strings.ToUpper(p.value)
			if len(stack) == 0 || stack[len(stack)-1].value != name {
				want := "no open component"
				if len(stack) > 0 {
					want = "want END:" + stack[len(stack)-1].value
				}
				return icsErr(p, "END without its BEGIN: "+want)
			}
			stack = stack[:len(stack)-1]
			if name == "VEVENT" && len(stack) == 1 {
				events = append(events, cur)
				cur = nil
			}
		default:
			switch {
			case len(stack) == 0:
				return icsErr(p, "property outside BEGIN:VCALENDAR … END:VCALENDAR")
			case cur != nil && len(stack) == 2:
				cur.props = append(cur.props, p)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !seen {
		return nil, &ICSError{Line: 1, Value: string(data[:min(len(data), 32)]), Reason: "no BEGIN:VCALENDAR: not an iCalendar stream"}
	}
	if len(stack) > 0 {
		open := stack[len(stack)-1]
		return nil, icsErr(open, "not closed: END:"+open.value+" missing")
	}
	return events, nil
}

// unfold calls f with each content line and the physical line it starts
// on. Lines end with CRLF or LF; a line that starts with a space or a tab
// continues the previous one (RFC 5545 §3.1). Empty lines are skipped.
func unfold(data []byte, f func(line int, text string) error) error {
	var cur []byte
	start := 0
	n := 0
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		err := f(start, string(cur))
		cur = cur[:0]
		return err
	}
	for len(data) > 0 {
		n++
		raw, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		raw = bytes.TrimSuffix(raw, []byte("\r"))
		if len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t') && len(cur) > 0 {
			cur = append(cur, raw[1:]...)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		if len(raw) > 0 {
			start = n
			cur = append(cur, raw...)
		}
	}
	return flush()
}

// parseContentLine parses `NAME;PARAM=VALUE:value` with golang-ical.
func parseContentLine(line int, text string) (icsProp, error) {
	bad := icsProp{line: line, value: text}
	bp, err := ics.ParseProperty(ics.ContentLine(text))
	if err != nil {
		return icsProp{}, icsErr(bad, "not a content line: "+err.Error())
	}
	if bp == nil || !strings.HasPrefix(text, bp.IANAToken) {
		return icsProp{}, icsErr(bad, "not a content line: want NAME:value or NAME;PARAM=value:value")
	}
	params := make(map[string][]string, len(bp.ICalParameters))
	for k, v := range bp.ICalParameters {
		params[strings.ToUpper(k)] = v
	}
	return icsProp{name: strings.ToUpper(bp.IANAToken), params: params, value: bp.Value, line: line}, nil
}

// splitList splits a comma-separated value list, as in RDATE, EXDATE and
// CATEGORIES, keeping escaped commas.
func splitList(v string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		switch {
		case v[i] == '\\' && i+1 < len(v):
			b.WriteByte(v[i])
			b.WriteByte(v[i+1])
			i++
		case v[i] == ',':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(v[i])
		}
	}
	return append(out, b.String())
}

// icsTime is a DATE or DATE-TIME value.
type icsTime struct {
	t      time.Time // a DATE is midnight UTC of that date
	allDay bool
}

// parseTime reads a DATE (20261225) or DATE-TIME value: UTC
// (20261225T090000Z), with a TZID parameter naming an IANA zone, or
// floating, which is read in the calendar's zone (floating, or an error
// when the spec has none).
func parseTime(p icsProp, value string, floating func() (*time.Location, error)) (icsTime, error) {
	v := strings.TrimSpace(value)
	isDate := strings.EqualFold(p.param("VALUE"), "DATE") || len(v) == 8
	if isDate {
		t, err := time.Parse("20060102", v)
		if err != nil {
			return icsTime{}, icsErr(p, "want a DATE such as 20261225")
		}
		return icsTime{t: t, allDay: true}, nil
	}
	if strings.HasSuffix(v, "Z") {
		t, err := time.Parse("20060102T150405Z", v)
		if err != nil {
			return icsTime{}, icsErr(p, "want a DATE-TIME such as 20261224T120000Z")
		}
		return icsTime{t: t}, nil
	}
	var loc *time.Location
	if tzid := p.param("TZID"); tzid != "" {
		l, err := loadLocation(tzid)
		if err != nil {
			return icsTime{}, icsErr(p, fmt.Sprintf("TZID %q: not an IANA time zone name (VTIMEZONE definitions are not read)", tzid))
		}
		loc = l
	} else {
		l, err := floating()
		if err != nil {
			return icsTime{}, err
		}
		loc = l
	}
	t, err := time.ParseInLocation("20060102T150405", v, loc)
	if err != nil {
		return icsTime{}, icsErr(p, "want a DATE-TIME such as 20261224T120000")
	}
	return icsTime{t: t}, nil
}

// parseDuration reads an RFC 5545 DURATION: P15DT5H0M20S, P7W, PT1H.
// Days and weeks are nominal (calendar days); the rest is exact.
func parseDuration(p icsProp) (days int, exact time.Duration, err error) {
	v := strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(p.value)), "+")
	bad := icsErr(p, "want a positive duration such as P1D, PT4H or P1W")
	if !strings.HasPrefix(v, "P") || len(v) < 3 {
		return 0, 0, bad
	}
	v = v[1:]
	inTime := false
	for v != "" {
		if v[0] == 'T' {
			if inTime {
				return 0, 0, bad
			}
			inTime = true
			v = v[1:]
			continue
		}
		i := 0
		for i < len(v) && v[i] >= '0' && v[i] <= '9' {
			i++
		}
		if i == 0 || i > 6 || i == len(v) {
			return 0, 0, bad
		}
		n, _ := strconv.Atoi(v[:i])
		unit := v[i]
		v = v[i+1:]
		switch {
		case !inTime && unit == 'W':
			days += 7 * n
		case !inTime && unit == 'D':
			days += n
		case inTime && unit == 'H':
			exact += time.Duration(n) * time.Hour
		case inTime && unit == 'M':
			exact += time.Duration(n) * time.Minute
		case inTime && unit == 'S':
			exact += time.Duration(n) * time.Second
		default:
			return 0, 0, bad
		}
	}
	return days, exact, nil
}
