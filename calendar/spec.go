package calendar

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
)

const minutesPerDay = 24 * 60

// clockSpan is one "HH:MM-HH:MM" span as minutes after the local midnight of
// the day it belongs to. end > start; end exceeds minutesPerDay for an
// overnight span.
type clockSpan struct {
	start, end int32
	idx        int32 // position in the Spec's list, for error messages
}

// rules is a Spec compiled for evaluation.
type rules struct {
	weekly   [7][]clockSpan        // by time.Weekday
	holidays []*cal.Holiday        // every holiday of the sets, for their names
	sets     []int                 // the holiday sets, as indexes in regionDefs
	closed   map[int32]bool        // civil day number → closed
	open     map[int32][]clockSpan // civil day number → the day's exact spans

	hasWeekly     bool            // some weekday has hours
	weeklySpans   int             // the number of weekly spans in a week
	maxDaySpans   int             // the most weekly spans of one weekday
	weeklyOpen    [7]int64        // the open time of each weekday as written, seconds
	openYearSpans [numYears]int32 // per year, the spans of its dates in Open

	// firstTable and lastTable bound the year tables that can hold spans,
	// as indexes from firstYear. Searches stop there instead of building
	// empty tables up to the end of the range.
	firstTable, lastTable int

	minSec, maxSec     int64     // supported range [minSec, maxSec), Unix seconds
	minNanos, maxNanos int64     // the same bounds in nanoseconds
	minTime, maxTime   time.Time // the same bounds as times
}

var dayNames = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// New compiles s into a Calendar. It returns an error wrapping
// ErrInvalidSpec, as a *SpecError naming the field and the value, when any
// part of s is invalid; it then returns no calendar.
//
// The time zone must be an IANA name ("UTC" included) spelt as the
// time-zone database spells it; "" and "Local" are refused because a
// calendar must mean the same on every machine, and so are path spellings
// such as "America//New_York" or "./UTC" and the database's non-zone files
// ("localtime", "posixrules", "right/..."). A machine without a time-zone
// database (a scratch container) needs `import _ "time/tzdata"` in its
// main package; the error then says so.
//
// A spec with no open time at all — no weekly hours and no date in Open
// with a span — is refused: it is almost always a misspelt field, and every
// query would fail later with ErrNoOpenTime.
func New(s Spec) (*Calendar, error) {
	loc, err := loadLocation(s.TimeZone)
	if err != nil {
		return nil, err
	}
	r := &rules{}
	if err := r.compileHours(s.Hours); err != nil {
		return nil, err
	}
	if err := r.compileHolidays(s.Holidays); err != nil {
		return nil, err
	}
	if err := r.compileDates(s.Closed, s.Open); err != nil {
		return nil, err
	}
	if err := r.checkOpenTime(); err != nil {
		return nil, err
	}
	r.setRange(loc)
	return &Calendar{spec: cloneSpec(s), loc: loc, rules: r}, nil
}

func loadLocation(name string) (*time.Location, error) {
	switch name {
	case "":
		return nil, specErr("timezone", name, "required: an IANA time zone name such as \"Europe/Berlin\"")
	case "Local":
		return nil, specErr("timezone", name, "the machine's local zone is not portable; name an IANA zone")
	}
	if loc, ok := cachedLocation(name); ok {
		return loc, nil
	}
	if err := checkZoneName(name); err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, unknownZone(name)
	}
	cacheLocation(name, loc)
	return loc, nil
}

func (r *rules) compileHours(hours map[string][]string) error {
	keys := make([]string, 0, len(hours))
	for k := range hours {
		keys = append(keys, k)
	}
	slices.Sort(keys) // deterministic error messages
	var owner [7]string
	type weekSpan struct {
		start, end   int32 // minutes after Sunday 00:00
		field, value string
	}
	var all []weekSpan
	for _, key := range keys {
		days, err := parseDayKey(key)
		if err != nil {
			return specErr(fmt.Sprintf("hours[%q]", key), key, err.Error())
		}
		spans, err := parseSpans(fmt.Sprintf("hours[%q]", key), hours[key])
		if err != nil {
			return err
		}
		for _, d := range days {
			if owner[d] != "" {
				return specErr(fmt.Sprintf("hours[%q]", key), key,
					fmt.Sprintf("%s is also named by hours[%q]", dayNames[d], owner[d]))
			}
			owner[d] = key
			r.weekly[d] = spans
			for _, sp := range spans {
				all = append(all, weekSpan{
					start: int32(d)*minutesPerDay + sp.start,
					end:   int32(d)*minutesPerDay + sp.end,
					field: fmt.Sprintf("hours[%q][%d]", key, sp.idx),
					value: hours[key][sp.idx],
				})
			}
		}
	}
	// Overlaps across midnight and across the end of the week: compare each
	// span with the next one in week order, and the last with the first one
	// a week later.
	slices.SortFunc(all, func(a, b weekSpan) int { return int(a.start - b.start) })
	const week = 7 * minutesPerDay
	for i := range all {
		a := all[i]
		b := all[(i+1)%len(all)]
		bStart := b.start
		if i+1 == len(all) {
			bStart += week
		}
		if len(all) > 1 && a.end > bStart {
			return specErr(b.field, b.value, fmt.Sprintf("overlaps %s %q", a.field, a.value))
		}
	}
	return nil
}

// parseDayKey parses "mon" or a range "mon-fri" (which may wrap: "fri-mon").
func parseDayKey(key string) ([]time.Weekday, error) {
	k := strings.ToLower(strings.TrimSpace(key))
	from, to, isRange := strings.Cut(k, "-")
	a, ok := dayIndex(from)
	if !ok {
		return nil, fmt.Errorf("unknown day %q: want mon, tue, wed, thu, fri, sat, sun or a range such as mon-fri", from)
	}
	if !isRange {
		return []time.Weekday{a}, nil
	}
	b, ok := dayIndex(to)
	if !ok {
		return nil, fmt.Errorf("unknown day %q: want mon, tue, wed, thu, fri, sat, sun or a range such as mon-fri", to)
	}
	if a == b {
		return nil, fmt.Errorf("a range needs two different days; name a single day as %q", from)
	}
	var days []time.Weekday
	for d := a; ; d = (d + 1) % 7 {
		days = append(days, d)
		if d == b {
			return days, nil
		}
	}
}

func dayIndex(s string) (time.Weekday, bool) {
	for i, n := range dayNames {
		if s == n {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// maxSpansPerDay bounds the spans of one day (a weekday's hours or a date
// in Open), so that a year table stays small (at most some 420 KB) and its
// indexes fit in 16 bits. A span every quarter of an hour is 96.
const maxSpansPerDay = 96

// parseSpans parses a list of "HH:MM-HH:MM" values of one day, sorted by
// start, refusing spans that overlap each other.
func parseSpans(field string, values []string) ([]clockSpan, error) {
	if len(values) > maxSpansPerDay {
		return nil, specErr(field, fmt.Sprintf("%d spans", len(values)),
			fmt.Sprintf("too many spans: at most %d a day", maxSpansPerDay))
	}
	spans := make([]clockSpan, 0, len(values))
	for i, v := range values {
		sp, err := parseSpan(v)
		if err != nil {
			return nil, specErr(fmt.Sprintf("%s[%d]", field, i), v, err.Error())
		}
		sp.idx = int32(i)
		spans = append(spans, sp)
	}
	slices.SortStableFunc(spans, func(a, b clockSpan) int { return int(a.start - b.start) })
	for j := 1; j < len(spans); j++ {
		if prev, cur := spans[j-1], spans[j]; prev.end > cur.start {
			return nil, specErr(fmt.Sprintf("%s[%d]", field, cur.idx), values[cur.idx],
				fmt.Sprintf("overlaps %s[%d] %q", field, prev.idx, values[prev.idx]))
		}
	}
	return spans, nil
}

// parseSpan parses "HH:MM-HH:MM". The end may be "24:00"; an end before
// the start makes an overnight span.
func parseSpan(v string) (clockSpan, error) {
	from, to, ok := strings.Cut(v, "-")
	if !ok {
		return clockSpan{}, fmt.Errorf("want HH:MM-HH:MM")
	}
	s, err := parseClock(from)
	if err != nil {
		return clockSpan{}, err
	}
	if s == minutesPerDay {
		return clockSpan{}, fmt.Errorf("a span cannot start at 24:00")
	}
	e, err := parseClock(to)
	if err != nil {
		return clockSpan{}, err
	}
	switch {
	case e == s:
		return clockSpan{}, fmt.Errorf("start equals end: the span is empty")
	case e < s:
		e += minutesPerDay // overnight: ends on the next day
	}
	return clockSpan{start: s, end: e}, nil
}

// parseClock parses "HH:MM" (two digits each, 00:00 to 24:00) into minutes.
func parseClock(s string) (int32, error) {
	if len(s) != 5 || s[2] != ':' || !isDigits(s[:2]) || !isDigits(s[3:]) {
		return 0, fmt.Errorf("want HH:MM-HH:MM with two-digit hours and minutes")
	}
	h, _ := strconv.Atoi(s[:2])
	m, _ := strconv.Atoi(s[3:])
	if h > 24 || (h == 24 && m != 0) {
		return 0, fmt.Errorf("hour out of range")
	}
	if m > 59 {
		return 0, fmt.Errorf("minute out of range")
	}
	return int32(h*60 + m), nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (r *rules) compileHolidays(codes []string) error {
	seen := map[string]bool{}
	for i, code := range codes {
		idx, ok := regionIndex(code)
		if !ok {
			e := specErr(fmt.Sprintf("holidays[%d]", i), code,
				"unknown holiday set; did you mean "+strings.Join(suggestRegions(code), ", ")+"?")
			e.err = ErrUnknownRegion
			return e
		}
		def := &regionDefs[idx]
		if seen[def.Code] {
			continue
		}
		seen[def.Code] = true
		r.sets = append(r.sets, idx)
		r.holidays = append(r.holidays, def.Holidays...)
	}
	return nil
}

func (r *rules) compileDates(closed []string, open map[string][]string) error {
	r.closed = make(map[int32]bool, len(closed))
	for i, s := range closed {
		day, err := parseDate(s)
		if err != nil {
			return specErr(fmt.Sprintf("closed[%d]", i), s, err.Error())
		}
		r.closed[day] = true
	}
	keys := make([]string, 0, len(open))
	for k := range open {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	r.open = make(map[int32][]clockSpan, len(open))
	for _, k := range keys {
		field := fmt.Sprintf("open[%q]", k)
		day, err := parseDate(k)
		if err != nil {
			return specErr(field, k, err.Error())
		}
		if r.closed[day] {
			return specErr(field, k, "the date is also listed in closed")
		}
		if _, dup := r.open[day]; dup {
			return specErr(field, k, "the date is listed twice")
		}
		spans, err := parseSpans(field, open[k])
		if err != nil {
			return err
		}
		r.open[day] = spans
	}
	return nil
}

// parseDate parses "YYYY-MM-DD" into a civil day number, refusing dates
// outside the supported years.
func parseDate(s string) (int32, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("want a date YYYY-MM-DD")
	}
	if t.Year() < firstYear || t.Year() > lastYear {
		return 0, fmt.Errorf("year out of the supported range %d-%d", firstYear, lastYear)
	}
	return daysFromCivil(t.Year(), t.Month(), t.Day()), nil
}

// setRange records the supported range and the years that can hold spans.
func (r *rules) setRange(loc *time.Location) {
	var z zoneCursor
	z.loc = loc
	r.minSec = z.instant(civilSeconds(daysFromCivil(firstYear, 1, 1), 0))
	r.maxSec = z.instant(civilSeconds(daysFromCivil(lastYear+1, 1, 1), 0))
	r.minNanos, r.maxNanos = r.minSec*1e9, r.maxSec*1e9
	r.minTime = time.Unix(r.minSec, 0)
	r.maxTime = time.Unix(r.maxSec, 0)

	for d, w := range r.weekly {
		r.weeklySpans += len(w)
		r.maxDaySpans = max(r.maxDaySpans, len(w))
		for _, sp := range w {
			r.weeklyOpen[d] += int64(sp.end-sp.start) * 60
		}
	}
	r.hasWeekly = r.weeklySpans > 0
	r.firstTable, r.lastTable = numYears, -1
	for day, spans := range r.open {
		if len(spans) == 0 {
			continue
		}
		y, _, _ := civilFromDays(day)
		r.openYearSpans[y-firstYear] += int32(len(spans))
		r.firstTable = min(r.firstTable, y-firstYear)
		r.lastTable = max(r.lastTable, y-firstYear)
	}
	if r.hasWeekly {
		r.firstTable, r.lastTable = 0, numYears-1
	}
}
