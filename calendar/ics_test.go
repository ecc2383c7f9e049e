package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// vcal wraps content lines in a VCALENDAR, joined with CRLF as RFC 5545
// writes them.
func vcal(lines ...string) string {
	all := append([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//slaclock//test//EN"}, lines...)
	all = append(all, "END:VCALENDAR", "")
	return strings.Join(all, "\r\n")
}

// vevent is one VEVENT with the given properties.
func vevent(uid string, props ...string) []string {
	return append(append([]string{"BEGIN:VEVENT", "UID:" + uid}, props...), "END:VEVENT")
}

func importICS(t *testing.T, s calendar.Spec, ics string) calendar.Spec {
	t.Helper()
	require.NoError(t, s.ImportICS(strings.NewReader(ics)), "ImportICS")
	return s
}

func TestImportICSAllDay(t *testing.T) {
	cases := []struct {
		name       string
		ics        string
		wantClosed []string
	}{
		{"one day, no DTEND", vcal(vevent("a", "DTSTART;VALUE=DATE:20261225", "SUMMARY:Christmas Day")...),
			[]string{"2026-12-25"}},
		{"DTEND is exclusive", vcal(vevent("a", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261226")...),
			[]string{"2026-12-25"}},
		{"multi-day", vcal(vevent("a", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227")...),
			[]string{"2026-12-24", "2026-12-25", "2026-12-26"}},
		{"multi-day across a year", vcal(vevent("a", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270102")...),
			[]string{"2026-12-31", "2027-01-01"}},
		{"DURATION in days", vcal(vevent("a", "DTSTART;VALUE=DATE:20261224", "DURATION:P2D")...),
			[]string{"2026-12-24", "2026-12-25"}},
		{"DURATION in weeks", vcal(vevent("a", "DTSTART;VALUE=DATE:20260803", "DURATION:P1W")...),
			[]string{"2026-08-03", "2026-08-04", "2026-08-05", "2026-08-06", "2026-08-07", "2026-08-08", "2026-08-09"}},
		{"a date without VALUE=DATE", vcal(vevent("a", "DTSTART:20261225")...),
			[]string{"2026-12-25"}},
		{"DTEND equal to DTSTART is one day", vcal(vevent("a", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261225")...),
			[]string{"2026-12-25"}},
		{"overlapping events give each date once", vcal(append(
			vevent("a", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227"),
			vevent("b", "DTSTART;VALUE=DATE:20261225")...)...),
			[]string{"2026-12-24", "2026-12-25", "2026-12-26"}},
		{"outside 1900-2199 is ignored", vcal(append(
			vevent("a", "DTSTART;VALUE=DATE:18991231", "DTEND;VALUE=DATE:19000102"),
			vevent("b", "DTSTART;VALUE=DATE:22000101")...)...),
			[]string{"1900-01-01"}},
		{"cancelled events close nothing", vcal(vevent("a", "DTSTART;VALUE=DATE:20261225", "STATUS:CANCELLED")...),
			nil},
		{"VTIMEZONE, VTODO and VALARM are skipped", vcal(
			"BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD", "DTSTART:19701025T030000",
			"TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
			"BEGIN:VTODO", "UID:t", "DTSTART;VALUE=DATE:20261201", "END:VTODO",
			"BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20261225",
			"BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DTSTART;VALUE=DATE:20261101", "END:VALARM",
			"END:VEVENT"),
			[]string{"2026-12-25"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := importICS(t, nineToFive(), tc.ics)
			assert.Equal(t, tc.wantClosed, got.Closed, "Closed: got %v, want %v", got.Closed, tc.wantClosed)
			assert.Empty(t, got.Open, "Open: got %v, want none", got.Open)
		})
	}
}

func TestImportICSRecurrence(t *testing.T) {
	cases := []struct {
		name       string
		props      []string
		wantClosed []string
	}{
		{"yearly with COUNT", []string{"DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=YEARLY;COUNT=3"},
			[]string{"2024-07-04", "2025-07-04", "2026-07-04"}},
		{"yearly with UNTIL", []string{"DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=YEARLY;UNTIL=20260704"},
			[]string{"2024-07-04", "2025-07-04", "2026-07-04"}},
		{"yearly with EXDATE", []string{"DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=YEARLY;COUNT=4",
			"EXDATE;VALUE=DATE:20250704,20260704"},
			[]string{"2024-07-04", "2027-07-04"}},
		{"RFC 5545 3.8.5.3: every other week on Tuesday and Thursday", []string{
			"DTSTART;VALUE=DATE:20260901", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4"},
			[]string{"2026-09-01", "2026-09-03", "2026-09-15", "2026-09-17"}},
		{"US Thanksgiving: fourth Thursday of November", []string{
			"DTSTART;VALUE=DATE:20251127", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=3"},
			[]string{"2025-11-27", "2026-11-26", "2027-11-25"}},
		{"RDATE adds dates", []string{"DTSTART;VALUE=DATE:20261224", "RDATE;VALUE=DATE:20261231,20270102"},
			[]string{"2026-12-24", "2026-12-31", "2027-01-02"}},
		{"multi-day occurrences", []string{"DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261226",
			"RRULE:FREQ=YEARLY;COUNT=2"},
			[]string{"2026-12-24", "2026-12-25", "2027-12-24", "2027-12-25"}},
		{"an endless rule stops at 2199", []string{"DTSTART;VALUE=DATE:21971225", "RRULE:FREQ=YEARLY"},
			[]string{"2197-12-25", "2198-12-25", "2199-12-25"}},
		{"a rule from before 1900 starts there", []string{"DTSTART;VALUE=DATE:18980101", "RRULE:FREQ=YEARLY;COUNT=4"},
			[]string{"1900-01-01", "1901-01-01"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := importICS(t, nineToFive(), vcal(vevent("r", tc.props...)...))
			assert.Equal(t, tc.wantClosed, got.Closed, "Closed: got %v, want %v", got.Closed, tc.wantClosed)
		})
	}

	t.Run("RECURRENCE-ID moves one occurrence", func(t *testing.T) {
		ics := vcal(append(vevent("r", "DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=YEARLY;COUNT=3"),
			vevent("r", "RECURRENCE-ID;VALUE=DATE:20250704", "DTSTART;VALUE=DATE:20250703")...)...)
		got := importICS(t, nineToFive(), ics)
		want := []string{"2024-07-04", "2025-07-03", "2026-07-04"}
		assert.Equal(t, want, got.Closed, "Closed: got %v, want %v", got.Closed, want)
	})
	t.Run("a cancelled RECURRENCE-ID removes one occurrence", func(t *testing.T) {
		ics := vcal(append(vevent("r", "DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=YEARLY;COUNT=3"),
			vevent("r", "RECURRENCE-ID;VALUE=DATE:20250704", "DTSTART;VALUE=DATE:20250704", "STATUS:CANCELLED")...)...)
		got := importICS(t, nineToFive(), ics)
		want := []string{"2024-07-04", "2026-07-04"}
		assert.Equal(t, want, got.Closed, "Closed: got %v, want %v", got.Closed, want)
	})
}

func TestImportICSLines(t *testing.T) {
	want := []string{"2026-12-25"}
	cases := []struct{ name, ics string }{
		{"CRLF", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20261225\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"},
		{"LF", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\nEND:VCALENDAR\n"},
		{"no final newline", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\nEND:VCALENDAR"},
		{"folded with a space", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DA\r\n TE:2026\r\n 1225\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"},
		{"folded with a tab, LF", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:Christmas\n\t Day\nDTSTART;VALUE=DATE:\n\t20261225\nEND:VEVENT\nEND:VCALENDAR\n"},
		{"blank lines and a byte-order mark", "\uFEFFBEGIN:VCALENDAR\n\nBEGIN:VEVENT\nUID:a\n\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\nEND:VCALENDAR\n\n"},
		{"lower-case names", "begin:vcalendar\nbegin:vevent\nuid:a\ndtstart;value=date:20261225\nend:vevent\nend:vcalendar\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := importICS(t, nineToFive(), tc.ics)
			assert.Equal(t, want, got.Closed, "Closed: got %v, want %v", got.Closed, want)
		})
	}
}

func TestImportICSTimed(t *testing.T) {
	berlin9to5 := calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("mon-fri", "09:00-17:00")}
	nyAllDay := calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "00:00-24:00")}
	cases := []struct {
		name       string
		spec       calendar.Spec
		props      []string
		wantOpen   map[string][]string
		wantClosed []string
	}{
		{"TZID afternoon off", nineToFive(), []string{
			"DTSTART;TZID=America/New_York:20261224T120000", "DTEND;TZID=America/New_York:20261224T170000"},
			map[string][]string{"2026-12-24": {"09:00-12:00"}}, nil},
		{"UTC", nineToFive(), []string{"DTSTART:20261224T170000Z", "DTEND:20261224T220000Z"},
			map[string][]string{"2026-12-24": {"09:00-12:00"}}, nil},
		{"floating, read in the spec's zone", nineToFive(), []string{"DTSTART:20261224T120000", "DURATION:PT5H"},
			map[string][]string{"2026-12-24": {"09:00-12:00"}}, nil},
		{"a break inside the day", withLunch(), []string{"DTSTART:20261201T100000", "DTEND:20261201T110000"},
			map[string][]string{"2026-12-01": {"09:00-10:00", "11:00-12:00", "13:00-17:00"}}, nil},
		{"seconds round outwards", nineToFive(), []string{"DTSTART:20261201T100030", "DTEND:20261201T105930"},
			map[string][]string{"2026-12-01": {"09:00-10:00", "11:00-17:00"}}, nil},
		{"the whole day closes the date", nineToFive(), []string{"DTSTART:20261201T080000", "DTEND:20261201T180000"},
			nil, []string{"2026-12-01"}},
		{"over two days", nineToFive(), []string{"DTSTART:20261201T150000", "DTEND:20261202T110000"},
			map[string][]string{"2026-12-01": {"09:00-15:00"}, "2026-12-02": {"11:00-17:00"}}, nil},
		{"outside the hours changes nothing", nineToFive(), []string{"DTSTART:20261201T180000", "DTEND:20261201T200000"},
			nil, nil},
		{"on a holiday changes nothing", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"US"}},
			[]string{"DTSTART:20261225T100000", "DTEND:20261225T120000"}, nil, nil},
		{"an existing Open entry is cut", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"),
			Open: map[string][]string{"2026-12-26": {"09:00-12:00"}}},
			[]string{"DTSTART:20261226T100000", "DTEND:20261226T110000"},
			map[string][]string{"2026-12-26": {"09:00-10:00", "11:00-12:00"}}, nil},
		{"another zone across the US change (New York in EDT, Berlin still CET)", berlin9to5, []string{
			"DTSTART;TZID=America/New_York:20260309T100000", "DTEND;TZID=America/New_York:20260309T110000"},
			map[string][]string{"2026-03-09": {"09:00-15:00", "16:00-17:00"}}, nil},
		{"the same event a week before, both in standard time", berlin9to5, []string{
			"DTSTART;TZID=America/New_York:20260302T100000", "DTEND;TZID=America/New_York:20260302T110000"},
			map[string][]string{"2026-03-02": {"09:00-16:00"}}, nil},
		{"across the spring-forward gap", nyAllDay, []string{"DTSTART:20260308T060000Z", "DTEND:20260308T080000Z"},
			map[string][]string{"2026-03-08": {"00:00-01:00", "04:00-24:00"}}, nil},
		{"in the repeated hour, second occurrence: closed to its end", nyAllDay, []string{
			"DTSTART:20261101T063000Z", "DTEND:20261101T070000Z"},
			map[string][]string{"2026-11-01": {"00:00-01:59", "02:00-24:00"}}, nil},
		{"in the repeated hour, first occurrence", nyAllDay, []string{
			"DTSTART:20261101T053000Z", "DTEND:20261101T054500Z"},
			map[string][]string{"2026-11-01": {"00:00-01:30", "01:45-24:00"}}, nil},
		{"weekly in New York wall time across the DST change", nineToFive(), []string{
			"DTSTART;TZID=America/New_York:20260227T150000", "DTEND;TZID=America/New_York:20260227T170000",
			"RRULE:FREQ=WEEKLY;COUNT=3"},
			map[string][]string{"2026-02-27": {"09:00-15:00"}, "2026-03-06": {"09:00-15:00"}, "2026-03-13": {"09:00-15:00"}}, nil},
		{"cuts an overnight span; the rest moves to the next date", calendar.Spec{TimeZone: nyName, Hours: hours("mon", "22:00-06:00")},
			[]string{"DTSTART:20261201T000000", "DTEND:20261201T020000"},
			map[string][]string{"2026-11-30": {"22:00-24:00"}, "2026-12-01": {"02:00-06:00"}}, nil},
		{"regression: the rest of a cut overnight span reopens a closed date", calendar.Spec{TimeZone: nyName,
			Hours: hours("fri", "22:00-02:00"), Closed: []string{"2026-12-05"}},
			[]string{"DTSTART:20261205T000000", "DTEND:20261205T010000"},
			map[string][]string{"2026-12-04": {"22:00-24:00"}, "2026-12-05": {"01:00-02:00"}}, nil},
		{"a cut overnight span meets the next date's hours", calendar.Spec{TimeZone: nyName,
			Hours: map[string][]string{"mon": {"22:00-06:00"}, "tue": {"08:00-12:00"}}},
			[]string{"DTSTART:20261130T230000", "DTEND:20261201T010000"},
			map[string][]string{"2026-11-30": {"22:00-23:00"}, "2026-12-01": {"01:00-06:00", "08:00-12:00"}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := importICS(t, tc.spec, vcal(vevent("e", tc.props...)...))
			want := tc.wantOpen
			if want == nil {
				want = tc.spec.Open
			}
			assert.Equal(t, want, got.Open, "Open: got %v, want %v", got.Open, want)
			assert.Equal(t, tc.wantClosed, got.Closed, "Closed: got %v, want %v", got.Closed, tc.wantClosed)
		})
	}
}

// TestImportICSTimedInstants checks timed closures as instants on the
// calendar built from the imported spec: every instant of the event is
// closed, and open time outside it is what it was.
func TestImportICSTimedInstants(t *testing.T) {
	ny := zone(t, nyName)
	cases := []struct {
		name       string
		spec       calendar.Spec
		start, end time.Time
		extra      time.Duration // open time the wall clock cannot keep (repeated hour)
	}{
		{"afternoon", nineToFive(), time.Date(2026, 12, 24, 12, 0, 0, 0, ny), time.Date(2026, 12, 24, 17, 0, 0, 0, ny), 0},
		{"spring forward", calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "00:00-24:00")},
			time.Date(2026, 3, 8, 6, 0, 0, 0, time.UTC), time.Date(2026, 3, 8, 8, 0, 0, 0, time.UTC), 0},
		{"fall back, second 01:30", calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "00:00-24:00")},
			time.Date(2026, 11, 1, 6, 30, 0, 0, time.UTC), time.Date(2026, 11, 1, 7, 0, 0, 0, time.UTC), 31 * time.Minute},
		{"overnight", calendar.Spec{TimeZone: nyName, Hours: hours("mon", "22:00-06:00")},
			time.Date(2026, 12, 1, 0, 0, 0, 0, ny), time.Date(2026, 12, 1, 2, 0, 0, 0, ny), 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before, err := calendar.New(tc.spec)
			require.NoError(t, err)
			ics := vcal(vevent("e", "DTSTART:"+tc.start.UTC().Format("20060102T150405Z"), "DTEND:"+tc.end.UTC().Format("20060102T150405Z"))...)
			spec := importICS(t, tc.spec, ics)
			after, err := calendar.New(spec)
			require.NoError(t, err, "New(imported spec %+v)", spec)
			got, err := after.Between(tc.start, tc.end)
			require.NoError(t, err)
			assert.Zero(t, got, "open time during the event: got %v, want 0", got)
			from, to := tc.start.AddDate(0, 0, -2), tc.end.AddDate(0, 0, 2)
			was, err := before.Between(from, to)
			require.NoError(t, err)
			during, err := before.Between(tc.start, tc.end)
			require.NoError(t, err)
			is, err := after.Between(from, to)
			require.NoError(t, err)
			want := was - during - tc.extra
			assert.Equal(t, want, is, "open time around the event: got %v, want %v", is, want)
		})
	}
}

func TestImportICSAllDayReplacesOpenEntry(t *testing.T) {
	spec := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"),
		Closed: []string{"2026-01-02"}, Open: map[string][]string{"2026-12-24": {"09:00-12:00"}}}
	got := importICS(t, spec, vcal(vevent("a", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261226")...))
	wantClosed := []string{"2026-01-02", "2026-12-24", "2026-12-25"}
	assert.Equal(t, wantClosed, got.Closed, "Closed: got %v, want %v", got.Closed, wantClosed)
	assert.Empty(t, got.Open, "Open: got %v, want the entry of a closed date gone", got.Open)
	assert.Equal(t, map[string][]string{"2026-12-24": {"09:00-12:00"}}, spec.Open, "the caller's Open map must not change")
}

// TestImportICSRoundTrip: the imported spec is plain data. New accepts it,
// Calendar.Spec gives it back, and it survives JSON and Load.
func TestImportICSRoundTrip(t *testing.T) {
	ics := vcal(append(append(
		vevent("a", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227"),
		vevent("b", "DTSTART;TZID=America/New_York:20261231T120000", "DTEND;TZID=America/New_York:20261231T170000")...),
		vevent("c", "DTSTART;VALUE=DATE:20270704", "RRULE:FREQ=YEARLY;COUNT=3")...)...)
	spec := importICS(t, withLunch(), ics)
	c, err := calendar.New(spec)
	require.NoError(t, err)
	assert.Equal(t, spec, c.Spec(), "Calendar.Spec: got %+v, want %+v", c.Spec(), spec)
	data, err := json.Marshal(spec)
	require.NoError(t, err)
	loaded, err := calendar.Load(strings.NewReader(string(data)))
	require.NoError(t, err, "Load(%s)", data)
	assert.Equal(t, spec, loaded.Spec(), "after JSON: got %+v, want %+v", loaded.Spec(), spec)
	wantOpen := map[string][]string{"2026-12-31": {"09:00-12:00"}}
	assert.Equal(t, wantOpen, spec.Open, "Open: got %v, want %v", spec.Open, wantOpen)
}

func TestImportICSFilter(t *testing.T) {
	// As Google's public-holiday feeds write them: observances say so in
	// the description.
	ics := vcal(append(append(
		vevent("a", "DTSTART;VALUE=DATE:20261225", "SUMMARY:Christmas Day", "DESCRIPTION:Public holiday"),
		vevent("b", "DTSTART;VALUE=DATE:20261224", "SUMMARY:Christmas Eve", "DESCRIPTION:Observance\\nTo hide observances\\, go to settings")...),
		vevent("c", "DTSTART;VALUE=DATE:20261231", "SUMMARY:Shutdown", "CATEGORIES:Office,Closed")...)...)
	cases := []struct {
		name string
		keep func(calendar.ICSEvent) bool
		want []string
	}{
		{"nil keeps all", nil, []string{"2026-12-24", "2026-12-25", "2026-12-31"}},
		{"by description", func(e calendar.ICSEvent) bool { return !strings.HasPrefix(e.Description, "Observance") },
			[]string{"2026-12-25", "2026-12-31"}},
		{"by category, any case", func(e calendar.ICSEvent) bool { return e.HasCategory("closed") },
			[]string{"2026-12-31"}},
		{"by summary", func(e calendar.ICSEvent) bool { return e.Summary == "Christmas Eve" },
			[]string{"2026-12-24"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := nineToFive()
			require.NoError(t, s.ImportICSFunc(strings.NewReader(ics), tc.keep))
			assert.Equal(t, tc.want, s.Closed, "Closed: got %v, want %v", s.Closed, tc.want)
		})
	}
	t.Run("the filter sees unescaped text and the line", func(t *testing.T) {
		var seen []calendar.ICSEvent
		s := nineToFive()
		require.NoError(t, s.ImportICSFunc(strings.NewReader(ics), func(e calendar.ICSEvent) bool {
			seen = append(seen, e)
			return false
		}))
		require.Len(t, seen, 3)
		assert.Equal(t, "Observance\nTo hide observances, go to settings", seen[1].Description)
		assert.Equal(t, []string{"Office", "Closed"}, seen[2].Categories)
		assert.Equal(t, 4, seen[0].Line, "Line of the first BEGIN:VEVENT: got %d, want 4", seen[0].Line)
		assert.Nil(t, s.Closed, "nothing kept: got %v", s.Closed)
	})
}

func TestImportICSErrors(t *testing.T) {
	ev := func(props ...string) string { return vcal(vevent("e", props...)...) }
	// In ev's output the VEVENT begins on line 4 and its first property
	// after UID is on line 6.
	cases := []struct {
		name     string
		ics      string
		wantLine int
		wantText string
	}{
		{"empty", "", 1, "no BEGIN:VCALENDAR"},
		{"not iCalendar", "hello\r\n", 1, "not a content line"},
		{"property before VCALENDAR", "VERSION:2.0\r\n", 1, "outside BEGIN:VCALENDAR"},
		{"END without BEGIN", "BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", 2, "END without its BEGIN"},
		{"unclosed VEVENT", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n", 2, "END:VEVENT missing"},
		{"two calendars", vcal() + vcal(), 5, "more than one VCALENDAR"},
		{"no DTSTART", ev("SUMMARY:x"), 4, "no DTSTART"},
		{"bad date", ev("DTSTART;VALUE=DATE:20261332"), 6, "want a DATE"},
		{"bad date-time", ev("DTSTART:20261224T250000Z"), 6, "want a DATE-TIME"},
		{"unknown TZID", ev("DTSTART;TZID=W. Europe Standard Time:20261224T120000"), 6, "not an IANA time zone name"},
		{"path as TZID", ev("DTSTART;TZID=America//New_York:20261224T120000"), 6, "not an IANA time zone name"},
		{"DTEND before DTSTART", ev("DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261224"), 7, "before DTSTART"},
		{"date and date-time mixed", ev("DTSTART;VALUE=DATE:20261225", "DTEND:20261226T000000Z"), 7, "both be dates"},
		{"bad DURATION", ev("DTSTART;VALUE=DATE:20261225", "DURATION:1D"), 7, "duration"},
		{"hours on an all-day event", ev("DTSTART;VALUE=DATE:20261225", "DURATION:PT4H"), 7, "whole days"},
		{"bad RRULE", ev("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY;BYMONTH=13"), 7, "bymonth"},
		{"RRULE without FREQ", ev("DTSTART;VALUE=DATE:20261225", "RRULE:COUNT=2"), 7, "FREQ"},
		{"hourly rule", ev("DTSTART:20261225T100000Z", "DURATION:PT1H", "RRULE:FREQ=HOURLY"), 8, "HOURLY"},
		{"a rule that never matches", ev("DTSTART;VALUE=DATE:19000101", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"), 7, "matches no date"},
		{"two RRULEs", ev("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "RRULE:FREQ=MONTHLY"), 8, "more than one RRULE"},
		{"RDATE period", ev("DTSTART:20261225T100000Z", "DURATION:PT1H", "RDATE;VALUE=PERIOD:20261226T100000Z/PT1H"), 8, "PERIOD"},
		{"too many occurrences", vcal(append(
			vevent("a", "DTSTART;VALUE=DATE:19000101", "RRULE:FREQ=DAILY"),
			vevent("b", "DTSTART;VALUE=DATE:19000101", "RRULE:FREQ=DAILY")...)...), 12, "occurrences"},
		{"bad parameter", ev("DTSTART;VALUE=\"DATE:20261225"), 6, "not a content line"},
		{"folded error names the first physical line", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026\r\n 1399\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 3, "want a DATE"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spec := withLunch()
			spec.Closed = []string{"2026-01-02"}
			orig := withLunch()
			orig.Closed = []string{"2026-01-02"}
			err := spec.ImportICS(strings.NewReader(tc.ics))
			require.Error(t, err, "ImportICS(%q): got no error", tc.ics)
			assert.ErrorIs(t, err, calendar.ErrInvalidICS)
			var ie *calendar.ICSError
			require.True(t, errors.As(err, &ie), "got %T, want *ICSError", err)
			assert.Equal(t, tc.wantLine, ie.Line, "Line: got %d, want %d (%v)", ie.Line, tc.wantLine, err)
			assert.Contains(t, err.Error(), tc.wantText)
			assert.Contains(t, err.Error(), "calendar: ics line ")
			assert.Equal(t, orig, spec, "the spec changed on error")
		})
	}

	t.Run("rules that take too long to expand", func(t *testing.T) {
		// Each daily rule from 1900 steps through every day to 2200
		// whether it matches or not.
		var events []string
		for i := range 100 {
			events = append(events, vevent(fmt.Sprint(i), "DTSTART;VALUE=DATE:19000102",
				"RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")...)
		}
		spec := nineToFive()
		err := spec.ImportICS(strings.NewReader(vcal(events...)))
		assert.ErrorIs(t, err, calendar.ErrInvalidICS)
		assert.ErrorContains(t, err, "too long to expand")
		assert.Nil(t, spec.Closed)
	})
	t.Run("many yearly rules are fine", func(t *testing.T) {
		var events []string
		for i := range 200 {
			day := time.Date(2001, 1, 1+i, 0, 0, 0, 0, time.UTC) // no 29 February
			events = append(events, vevent(fmt.Sprint(i), "DTSTART;VALUE=DATE:"+day.Format("20060102"), "RRULE:FREQ=YEARLY")...)
		}
		spec := nineToFive()
		require.NoError(t, spec.ImportICS(strings.NewReader(vcal(events...))))
		assert.Equal(t, 200*199, len(spec.Closed), "Closed: got %d dates, want 200 a year for 199 years", len(spec.Closed))
	})
	t.Run("a timed event needs the spec's zone", func(t *testing.T) {
		spec := calendar.Spec{Hours: hours("mon-fri", "09:00-17:00")}
		err := spec.ImportICS(strings.NewReader(ev("DTSTART:20261224T120000", "DURATION:PT1H")))
		assert.ErrorIs(t, err, calendar.ErrInvalidSpec)
		assert.Contains(t, err.Error(), "timezone")
		assert.Nil(t, spec.Closed)
	})
	t.Run("a timed event needs valid hours", func(t *testing.T) {
		spec := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-25:00")}
		err := spec.ImportICS(strings.NewReader(ev("DTSTART:20261224T120000Z", "DURATION:PT1H")))
		assert.ErrorIs(t, err, calendar.ErrInvalidSpec)
		assert.Nil(t, spec.Open)
	})
	t.Run("nil spec", func(t *testing.T) {
		var s *calendar.Spec
		assert.ErrorIs(t, s.ImportICS(strings.NewReader(vcal())), calendar.ErrInvalidArgument)
	})
}

// FuzzImportICS: ImportICS never panics or hangs; on error the spec is
// unchanged and the error wraps a sentinel; on success the spec is one New
// accepts and Calendar.Spec gives back.
func FuzzImportICS(f *testing.F) {
	f.Add(vcal(vevent("a", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227")...))
	f.Add(vcal(vevent("a", "DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=YEARLY;COUNT=4", "EXDATE;VALUE=DATE:20250704")...))
	f.Add(vcal(vevent("a", "DTSTART;TZID=America/New_York:20260227T150000", "DTEND;TZID=America/New_York:20260227T170000",
		"RRULE:FREQ=WEEKLY;COUNT=3")...))
	f.Add(vcal(vevent("a", "DTSTART:20261101T063000Z", "DTEND:20261101T070000Z")...))
	f.Add(vcal(vevent("a", "DTSTART:20261130T230000", "DURATION:PT3H", "RDATE:20261207T230000,20261214T230000")...))
	f.Add(vcal(append(vevent("r", "DTSTART;VALUE=DATE:20240704", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270101"),
		vevent("r", "RECURRENCE-ID;VALUE=DATE:20250704", "DTSTART;VALUE=DATE:20250703")...)...))
	f.Add("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DA\n TE:2026\n 1225\nEND:VEVENT\nEND:VCALENDAR\n")
	f.Add("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=\"DATE:20261225\r\n")
	f.Fuzz(func(t *testing.T, data string) {
		spec := calendar.Spec{TimeZone: nyName, Hours: map[string][]string{
			"mon-fri": {"09:00-12:00", "13:00-17:00"}, "sat": {"22:00-06:00"}},
			Holidays: []string{"US"}, Closed: []string{"2026-12-31"}, Open: map[string][]string{"2026-12-24": {"09:00-12:00"}}}
		orig := spec
		orig.Closed = append([]string(nil), spec.Closed...)
		orig.Open = map[string][]string{"2026-12-24": {"09:00-12:00"}}
		err := spec.ImportICS(strings.NewReader(data))
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidICS) && !errors.Is(err, calendar.ErrInvalidSpec) {
				t.Fatalf("ImportICS: got %v, want an error wrapping ErrInvalidICS or ErrInvalidSpec", err)
			}
			if !assert.Equal(t, orig, spec) {
				t.Fatalf("the spec changed on error %v", err)
			}
			return
		}
		c, err := calendar.New(spec)
		if err != nil {
			t.Fatalf("New(imported spec): %v", err)
		}
		if !assert.Equal(t, spec, c.Spec()) {
			t.Fatal("Calendar.Spec does not give the imported spec back")
		}
	})
}

func TestImportICSNothingToImportKeepsTheSpec(t *testing.T) {
	spec := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"),
		Closed: []string{}, Open: map[string][]string{}}
	want := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"),
		Closed: []string{}, Open: map[string][]string{}}
	got := importICS(t, spec, vcal(vevent("a", "DTSTART;VALUE=DATE:20261225", "STATUS:CANCELLED")...))
	assert.Equal(t, want, got, "an import of nothing: got %+v, want %+v", got, want)
}
