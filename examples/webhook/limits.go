package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
)

// Input limits of POST /v1/response-due. Each bounds what one request can
// make the service do: the body limit bounds reading and decoding, the
// string limits bound the "did you mean" searches and the echoed id, and the
// calendar limits bound the year tables an inline calendar builds (a
// table per year holds every span of the year) and the holiday sets it
// computes (each set costs about 2 ms of CPU on the reference machine when
// a search crosses the whole 1900–2199 range, see BENCHMARKS.md). README
// lists them; a request over any of them is a 400 naming the field, before
// any calendar is built.
const (
	maxBody          = 64 << 10 // request body, bytes: 413 above it
	maxIDBytes       = 256      // id, as written in JSON
	maxNameBytes     = 64       // plan, opened, calendar.timezone
	maxCodeBytes     = 16       // region, each of calendar.holidays
	maxFacts         = 16       // entries of facts
	maxHolidaySets   = 3        // entries of calendar.holidays
	maxSpansPerDay   = 48       // spans of one calendar.hours key or calendar.open date
	maxDatedEntries  = 400      // dates in calendar.closed, and in calendar.open: a year and more
	maxDateKeyLength = 16       // a date or day key, and a span ("09:00-17:00")
	maxMembers       = 4        // calendars in one calendar.union or calendar.intersect, and specs in all
	maxNesting       = 2        // composites inside composites: {"union": [{"intersect": [...]}, ...]}
	maxMemberSpans   = 4        // spans of one hours key or open date of a spec inside a composite
)

// ErrLimit is wrapped by the error of a request over an input limit.
var ErrLimit = errors.New("over the service's limit")

func limitError(field, what string, limit int) error {
	return &incident.Error{Field: field, Err: fmt.Errorf("%w: %s (at most %d)", ErrLimit, what, limit)}
}

// checkLimits reports the first field of req over a limit. It runs after
// decoding and before resolving, so that no limit is paid for.
func checkLimits(req incident.Request) error {
	if n := len(bytes.TrimSpace(req.ID)); n > maxIDBytes {
		return limitError("id", fmt.Sprintf("%d bytes", n), maxIDBytes)
	}
	for _, f := range []struct {
		field, value string
		limit        int
	}{
		{"plan", req.Plan, maxNameBytes},
		{"region", req.Region, maxCodeBytes},
		{"opened", req.Opened, maxNameBytes},
	} {
		if len(f.value) > f.limit {
			return limitError(f.field, fmt.Sprintf("%d bytes", len(f.value)), f.limit)
		}
	}
	if len(req.Facts) > maxFacts {
		return limitError("facts", fmt.Sprintf("%d entries", len(req.Facts)), maxFacts)
	}
	for i, f := range req.Facts {
		if len(f) > maxNameBytes {
			return limitError(fmt.Sprintf("facts[%d]", i), fmt.Sprintf("%d bytes", len(f)), maxNameBytes)
		}
	}
	if len(req.Calendar) == 0 || bytes.Equal(bytes.TrimSpace(req.Calendar), []byte("null")) {
		return nil
	}
	specs := 0
	return checkCalendarLimits(req.Calendar, "calendar", 0, &specs)
}

// checkCalendarLimits bounds an inline calendar: a spec, or a composite
// ({"union": [...]} or {"intersect": [...]}) of at most maxMembers
// calendars, nested at most maxNesting deep, with at most maxMembers specs
// in all, each within the limits of a spec and with at most maxMemberSpans
// spans a day: a composite's years are built from every member's spans, so
// its cost grows with their sum (see BENCHMARKS.md). What is not JSON of
// the right shape passes: calendar.Load words the error.
func checkCalendarLimits(raw json.RawMessage, field string, depth int, specs *int) error {
	return checkCalendar(raw, field, depth, specs, maxSpansPerDay)
}

// checkCalendar checks a calendar at depth, whose specs may have
// spanLimit spans a day; specs counts the specs seen.
func checkCalendar(raw json.RawMessage, field string, depth int, specs *int, spanLimit int) error {
	var node map[string]json.RawMessage
	if json.Unmarshal(raw, &node) != nil {
		return nil
	}
	for _, key := range []string{"union", "intersect"} {
		list, ok := node[key]
		if !ok {
			continue
		}
		field += "." + key
		if depth >= maxNesting {
			return limitError(field, fmt.Sprintf("a composite nested %d deep", depth+1), maxNesting)
		}
		var members []json.RawMessage
		if json.Unmarshal(list, &members) != nil {
			return nil
		}
		if len(members) > maxMembers {
			return limitError(field, fmt.Sprintf("%d calendars", len(members)), maxMembers)
		}
		for i, m := range members {
			if err := checkCalendar(m, fmt.Sprintf("%s[%d]", field, i), depth+1, specs, maxMemberSpans); err != nil {
				return err
			}
		}
		return nil
	}
	if *specs++; *specs > maxMembers {
		return limitError(field, fmt.Sprintf("spec number %d in the calendar", *specs), maxMembers)
	}
	var spec calendar.Spec
	if json.Unmarshal(raw, &spec) != nil {
		return nil
	}
	return checkSpecLimits(spec, field, spanLimit)
}

func checkSpecLimits(s calendar.Spec, field string, spanLimit int) error {
	if len(s.TimeZone) > maxNameBytes {
		return limitError(field+".timezone", fmt.Sprintf("%d bytes", len(s.TimeZone)), maxNameBytes)
	}
	if len(s.Holidays) > maxHolidaySets {
		return limitError(field+".holidays", fmt.Sprintf("%d holiday sets", len(s.Holidays)), maxHolidaySets)
	}
	for i, code := range s.Holidays {
		if len(code) > maxCodeBytes {
			return limitError(fmt.Sprintf("%s.holidays[%d]", field, i), fmt.Sprintf("%d bytes", len(code)), maxCodeBytes)
		}
	}
	// A day named twice is an error, so seven keys name every day.
	if err := checkSpanLists(field+".hours", s.Hours, 7, spanLimit); err != nil {
		return err
	}
	if len(s.Closed) > maxDatedEntries {
		return limitError(field+".closed", fmt.Sprintf("%d dates", len(s.Closed)), maxDatedEntries)
	}
	for i, d := range s.Closed {
		if len(d) > maxDateKeyLength {
			return limitError(fmt.Sprintf("%s.closed[%d]", field, i), fmt.Sprintf("%d bytes", len(d)), maxDateKeyLength)
		}
	}
	return checkSpanLists(field+".open", s.Open, maxDatedEntries, spanLimit)
}

// checkSpanLists bounds a map of span lists: its size, its keys and the
// spans under each key. Keys are visited in order, so that the field named
// is the same on every run.
func checkSpanLists(field string, m map[string][]string, maxKeys, maxSpans int) error {
	if len(m) > maxKeys {
		return limitError(field, fmt.Sprintf("%d keys", len(m)), maxKeys)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(k) > maxDateKeyLength {
			return limitError(fmt.Sprintf("%s[%.20q]", field, k), fmt.Sprintf("a key of %d bytes", len(k)), maxDateKeyLength)
		}
		if n := len(m[k]); n > maxSpans {
			return limitError(fmt.Sprintf("%s[%q]", field, k), fmt.Sprintf("%d spans", n), maxSpans)
		}
		for i, span := range m[k] {
			if len(span) > maxDateKeyLength {
				return limitError(fmt.Sprintf("%s[%q][%d]", field, k, i), fmt.Sprintf("%d bytes", len(span)), maxDateKeyLength)
			}
		}
	}
	return nil
}
