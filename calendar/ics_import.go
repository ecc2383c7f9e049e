package calendar

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/teambition/rrule-go"
)

// ImportICS reads an iCalendar (RFC 5545) stream of holidays or closures
// into s, as plain Closed and Open entries, so the spec stays the one
// description of the calendar (Calendar.Spec gives it back, and it encodes
// to JSON as before). It imports every event; ImportICSFunc keeps only
// some.
//
//   - An all-day event (DTSTART;VALUE=DATE) closes its dates: DTSTART up to
//     DTEND exclusive, or DURATION days, or the one date. The dates are
//     added to Closed and lose any Open entry. As for every closed date, an
//     overnight span of the day before still runs into it.
//   - A timed event closes [DTSTART, DTEND) (or DTSTART plus DURATION): each
//     date whose spans it touches gets an Open entry with its spans minus
//     the event, or is added to Closed when nothing is left. Times are UTC
//     (…Z), in a TZID that names an IANA zone, or floating, read in the
//     spec's zone. The subtraction is done on the calendar's wall clock in
//     whole minutes, rounded outwards, so the event is always closed; in a
//     repeated daylight-saving hour a wall-clock span cannot stop inside the
//     second occurrence, and the closure then reaches the end of that hour.
//   - RRULE, RDATE and EXDATE are expanded (DTSTART is the first
//     occurrence), as are RECURRENCE-ID overrides; only occurrences in the
//     supported years 1900–2199 are imported. So that no feed runs long,
//     these are errors: frequencies finer than DAILY, more than 1,000 rules
//     or 200,000 occurrences, a rule that matches no date in 50 years, and
//     rules that together would step through more periods than about a
//     second's work (some 30 daily or 250 yearly rules from 1900).
//   - Events with STATUS:CANCELLED, and components other than VEVENT
//     (VTIMEZONE, VTODO, …), are skipped. TZID must be an IANA name:
//     VTIMEZONE definitions are not read.
//
// Timed events are subtracted from the spec's hours, holidays and dates as
// they are when ImportICS runs, so set TimeZone, Hours and Holidays first.
//
// Input is read up to 16 MiB; lines may end with CRLF or LF and may be
// folded. Malformed input is an error wrapping ErrInvalidICS, an *ICSError
// naming the line; an invalid spec, when timed events need its hours, is a
// *SpecError wrapping ErrInvalidSpec. On any error s is unchanged.
func (s *Spec) ImportICS(r io.Reader) error {
	return s.ImportICSFunc(r, nil)
}

// ImportICSFunc is ImportICS importing only the events for which keep
// returns true; a nil keep imports every event. Public-holiday feeds list
// observances that are not days off (Google's say so in the description,
// "Observance" against "Public holiday"); others use CATEGORIES, which
// ICSEvent.HasCategory tests.
func (s *Spec) ImportICSFunc(r io.Reader, keep func(ICSEvent) bool) error {
	if s == nil {
		return fmt.Errorf("%w: ImportICS on a nil *Spec", ErrInvalidArgument)
	}
	events, err := readICS(r)
	if err != nil {
		return err
	}
	imp := &icsImport{spec: s, budget: maxICSOccurrences, steps: maxICSSteps}
	overrides, err := imp.overrides(events)
	if err != nil {
		return err
	}
	rules := 0
	for _, ev := range events {
		if st, ok := ev.get("STATUS"); ok && strings.EqualFold(strings.TrimSpace(st.value), "CANCELLED") {
			continue
		}
		if keep != nil && !keep(describeEvent(ev)) {
			continue
		}
		if rr, ok := ev.get("RRULE"); ok {
			if rules++; rules > maxICSRules {
				return icsErr(rr, fmt.Sprintf("more than %d recurring events", maxICSRules))
			}
		}
		if err := imp.event(ev, overrides); err != nil {
			return err
		}
	}
	return imp.apply()
}

func describeEvent(ev *icsComponent) ICSEvent {
	e := ICSEvent{Line: ev.line}
	for _, p := range ev.props {
		switch p.name {
		case "UID":
			e.UID = p.value
		case "SUMMARY":
			e.Summary = p.value
		case "DESCRIPTION":
			e.Description = p.value
		case "CATEGORIES":
			for _, c := range splitList(p.value) {
				e.Categories = append(e.Categories, ics.FromText(c))
			}
		}
	}
	return e
}

// icsImport gathers what a stream closes before it touches the spec.
type icsImport struct {
	spec     *Spec
	loc      *time.Location // the spec's zone, once loaded
	locErr   error
	loaded   bool
	budget   int        // occurrences left
	steps    int        // rule-expansion steps left (see ruleSteps)
	days     [][2]int32 // all-day closures [first, end) as day numbers
	closures [][2]int64 // timed closures [start, end) in Unix seconds
}

// zone loads the spec's time zone for floating times and timed events.
func (imp *icsImport) zone() (*time.Location, error) {
	if !imp.loaded {
		imp.loc, imp.locErr = loadLocation(imp.spec.TimeZone)
		imp.loaded = true
	}
	return imp.loc, imp.locErr
}

// overrides collects RECURRENCE-ID values by UID: those occurrences of a
// recurring event are replaced by the overriding event.
func (imp *icsImport) overrides(events []*icsComponent) (map[string][]time.Time, error) {
	out := map[string][]time.Time{}
	for _, ev := range events {
		rid, ok := ev.get("RECURRENCE-ID")
		if !ok {
			continue
		}
		t, err := parseTime(rid, rid.value, imp.zone)
		if err != nil {
			return nil, err
		}
		uid, _ := ev.get("UID")
		out[uid.value] = append(out[uid.value], t.t)
	}
	return out, nil
}

// event records the closures of one VEVENT.
func (imp *icsImport) event(ev *icsComponent, overrides map[string][]time.Time) error {
	dtstart, ok := ev.get("DTSTART")
	if !ok {
		return &ICSError{Line: ev.line, Property: "BEGIN", Value: "VEVENT", Reason: "the event has no DTSTART"}
	}
	start, err := parseTime(dtstart, dtstart.value, imp.zone)
	if err != nil {
		return err
	}
	if y := start.t.Year(); y < 1 || y > 9999 {
		return icsErr(dtstart, "year out of range 0001-9999")
	}
	span, err := eventLength(ev, start, imp.zone)
	if err != nil {
		return err
	}
	if span.zero() {
		return nil // a zero-length event closes nothing
	}
	_, hasRule := ev.get("RRULE")
	if !hasRule && len(ev.all("RDATE")) == 0 && len(ev.all("EXDATE")) == 0 {
		return imp.occurrence(dtstart, start.t, span)
	}
	if _, isOverride := ev.get("RECURRENCE-ID"); isOverride {
		return imp.occurrence(dtstart, start.t, span)
	}
	uid, _ := ev.get("UID")
	return imp.recurring(ev, start, span, overrides[uid.value])
}

// length is an event's duration: whole days for an all-day event, else
// nominal days plus an exact duration.
type length struct {
	allDay bool
	days   int
	exact  time.Duration
}

func (l length) zero() bool { return l.days == 0 && l.exact == 0 }

func (l length) end(t time.Time) time.Time {
	if l.days != 0 {
		t = t.AddDate(0, 0, l.days)
	}
	return t.Add(l.exact)
}

func eventLength(ev *icsComponent, start icsTime, floating func() (*time.Location, error)) (length, error) {
	l := length{allDay: start.allDay}
	if p, ok := ev.get("DTEND"); ok {
		end, err := parseTime(p, p.value, floating)
		if err != nil {
			return l, err
		}
		switch {
		case end.allDay != start.allDay:
			return l, icsErr(p, "DTEND and DTSTART must both be dates or both date-times")
		case end.t.Before(start.t):
			return l, icsErr(p, "DTEND is before DTSTART")
		case start.allDay:
			l.days = max(1, int(daysFromCivil(end.t.Date())-daysFromCivil(start.t.Date())))
		default:
			l.exact = end.t.Sub(start.t)
		}
		return l, nil
	}
	if p, ok := ev.get("DURATION"); ok {
		days, exact, err := parseDuration(p)
		if err != nil {
			return l, err
		}
		if start.allDay && exact != 0 {
			return l, icsErr(p, "an all-day event lasts whole days: want P1D or P1W")
		}
		l.days, l.exact = days, exact
		return l, nil
	}
	if start.allDay {
		l.days = 1 // RFC 5545 §3.6.1: a date-valued event without an end lasts one day
	}
	return l, nil
}

// recurring expands RRULE, RDATE and EXDATE with rrule-go.
func (imp *icsImport) recurring(ev *icsComponent, start icsTime, span length, skip []time.Time) (err error) {
	dtstart, _ := ev.get("DTSTART")
	at := dtstart
	defer func() {
		// rrule-go is not hardened against every input; a panic in it is
		// reported as an error on the event rather than passed on.
		if p := recover(); p != nil {
			err = icsErr(at, fmt.Sprintf("cannot expand the recurrence: %v", p))
		}
	}()
	set := &rrule.Set{}
	set.DTStart(start.t)
	if rules := ev.all("RRULE"); len(rules) > 0 {
		at = rules[0]
		if len(rules) > 1 {
			return icsErr(rules[1], "more than one RRULE in an event")
		}
		rr, err := imp.parseRule(rules[0], start.t)
		if err != nil {
			return err
		}
		set.RRule(rr)
	}
	set.RDate(start.t)
	for _, p := range ev.all("RDATE") {
		if strings.EqualFold(p.param("VALUE"), "PERIOD") {
			return icsErr(p, "RDATE;VALUE=PERIOD is not supported: list start dates")
		}
		at = p
		for _, v := range splitList(p.value) {
			t, err := parseTime(p, v, imp.zone)
			if err != nil {
				return err
			}
			if t.allDay != start.allDay {
				return icsErr(p, "RDATE and DTSTART must both be dates or both date-times")
			}
			set.RDate(t.t)
		}
	}
	for _, p := range ev.all("EXDATE") {
		for _, v := range splitList(p.value) {
			t, err := parseTime(p, v, imp.zone)
			if err != nil {
				return err
			}
			if start.allDay && !t.allDay {
				t.t = time.Date(t.t.Year(), t.t.Month(), t.t.Day(), 0, 0, 0, 0, time.UTC)
			}
			set.ExDate(t.t)
		}
	}
	for _, t := range skip {
		set.ExDate(t)
	}
	limit := time.Date(lastYear+1, 1, 2, 0, 0, 0, 0, time.UTC)
	next := set.Iterator()
	for t, ok := next(); ok && t.Before(limit); t, ok = next() {
		if err := imp.occurrence(at, t, span); err != nil {
			return err
		}
	}
	return nil
}

// occurrence records one occurrence starting at t, counting it against the
// feed's budget.
func (imp *icsImport) occurrence(p icsProp, t time.Time, span length) error {
	if imp.budget--; imp.budget < 0 {
		return icsErr(p, fmt.Sprintf("more than %d occurrences", maxICSOccurrences))
	}
	if span.allDay {
		first := daysFromCivil(t.Date())
		end := first + int32(span.days)
		first, end = max(first, daysFromCivil(firstYear, 1, 1)), min(end, daysFromCivil(lastYear+1, 1, 1))
		if first < end {
			imp.days = append(imp.days, [2]int32{first, end})
		}
		return nil
	}
	if _, err := imp.zone(); err != nil {
		return err // timed events need the calendar's zone
	}
	s, e := t.Unix(), span.end(t)
	en := e.Unix()
	if e.Nanosecond() > 0 {
		en++
	}
	if y := t.Year(); y >= firstYear-1 && y <= lastYear+1 && en > s {
		imp.closures = append(imp.closures, [2]int64{s, en})
	}
	return nil
}

// apply writes the closures into the spec, or nothing on error.
func (imp *icsImport) apply() error {
	s := imp.spec
	closed := slices.Clone(s.Closed)
	open := make(map[string][]string, len(s.Open))
	for k, v := range s.Open {
		open[k] = slices.Clone(v)
	}
	listed := map[string]bool{}
	for _, c := range closed {
		listed[c] = true
	}
	var added []string
	addClosed := func(key string) {
		delete(open, key)
		if !listed[key] {
			listed[key] = true
			added = append(added, key)
		}
	}
	for _, day := range mergeDays(imp.days) {
		addClosed(dateKey(day))
	}
	if len(imp.closures) > 0 {
		changes, err := imp.timed(closed, added, open)
		if err != nil {
			return err
		}
		for _, c := range changes {
			key := dateKey(c.day)
			if len(c.spans) == 0 {
				addClosed(key)
				continue
			}
			open[key] = c.spans
			if listed[key] {
				listed[key] = false
				closed = slices.DeleteFunc(closed, func(s string) bool { return s == key })
				added = slices.DeleteFunc(added, func(s string) bool { return s == key })
			}
		}
	}
	slices.Sort(added)
	closed = append(closed, added...)
	if len(closed) == 0 && len(s.Closed) > 0 {
		closed = nil // every date was reopened
	} else if len(closed) == 0 {
		closed = s.Closed // keep nil or empty as it was
	}
	if len(open) == 0 && len(s.Open) > 0 {
		open = nil
	} else if len(open) == 0 {
		open = s.Open
	}
	s.Closed, s.Open = closed, open
	return nil
}

func dateKey(day int32) string {
	y, m, d := civilFromDays(day)
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// mergeDays returns the sorted dates of a list of [first, end) ranges.
func mergeDays(ranges [][2]int32) []int32 {
	slices.SortFunc(ranges, func(a, b [2]int32) int { return int(a[0] - b[0]) })
	var days []int32
	next := int32(-1 << 30)
	for _, r := range ranges {
		for d := max(r[0], next); d < r[1]; d++ {
			days = append(days, d)
		}
		next = max(next, r[1])
	}
	return days
}
