package calendar_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// realisticFeed is shaped like a public-holiday feed with a company's own
// events added: ten years of all-day public holidays and observances with
// descriptions folded at 75 octets (as Google writes them), a handful of
// yearly rules with exceptions, and timed closures in a TZID.
func realisticFeed() string {
	holidays := []struct {
		month, day int
		name, kind string
	}{
		{1, 1, "New Year's Day", "Public holiday"}, {1, 19, "Martin Luther King Jr. Day", "Public holiday"},
		{2, 14, "Valentine's Day", "Observance"}, {2, 16, "Presidents' Day", "Public holiday"},
		{3, 17, "St. Patrick's Day", "Observance"}, {5, 10, "Mother's Day", "Observance"},
		{5, 25, "Memorial Day", "Public holiday"}, {6, 19, "Juneteenth", "Public holiday"},
		{7, 4, "Independence Day", "Public holiday"}, {9, 7, "Labor Day", "Public holiday"},
		{10, 12, "Columbus Day", "Public holiday"}, {10, 31, "Halloween", "Observance"},
		{11, 11, "Veterans Day", "Public holiday"}, {11, 26, "Thanksgiving Day", "Public holiday"},
		{12, 24, "Christmas Eve", "Observance"}, {12, 25, "Christmas Day", "Public holiday"},
	}
	var b strings.Builder
	line := func(s string) {
		// Fold at 75 octets, as RFC 5545 §3.1 asks of writers.
		for len(s) > 75 {
			b.WriteString(s[:75])
			b.WriteString("\r\n ")
			s = s[75:]
		}
		b.WriteString(s)
		b.WriteString("\r\n")
	}
	line("BEGIN:VCALENDAR")
	line("PRODID:-//Google Inc//Google Calendar 70.9054//EN")
	line("VERSION:2.0")
	line("X-WR-CALNAME:Holidays in United States")
	for y := 2020; y < 2030; y++ {
		for i, h := range holidays {
			line("BEGIN:VEVENT")
			line(fmt.Sprintf("DTSTART;VALUE=DATE:%04d%02d%02d", y, h.month, h.day))
			line("DTEND;VALUE=DATE:" + time.Date(y, time.Month(h.month), h.day+1, 0, 0, 0, 0, time.UTC).Format("20060102"))
			line("DTSTAMP:20261128T080000Z")
			line(fmt.Sprintf("UID:%04d%02d%02d_%d@holiday.example.com", y, h.month, h.day, i))
			line("CLASS:PUBLIC")
			line("DESCRIPTION:" + h.kind + "\\nTo hide observances\\, go to Google Calendar Setting s > Holidays in United States")
			line("STATUS:CONFIRMED")
			line("SUMMARY:" + h.name)
			line("TRANSP:TRANSPARENT")
			line("END:VEVENT")
		}
	}
	for i, r := range []string{"0102", "0703", "1124", "1226", "1231"} {
		line("BEGIN:VEVENT")
		line("DTSTART;VALUE=DATE:2020" + r)
		line("RRULE:FREQ=YEARLY;UNTIL=20291231")
		line("EXDATE;VALUE=DATE:2023" + r + ",2027" + r)
		line(fmt.Sprintf("UID:company-%d@example.com", i))
		line("SUMMARY:Company closure")
		line("END:VEVENT")
	}
	for m := 1; m <= 12; m++ {
		line("BEGIN:VEVENT")
		line(fmt.Sprintf("DTSTART;TZID=America/New_York:2026%02d15T140000", m))
		line(fmt.Sprintf("DTEND;TZID=America/New_York:2026%02d15T170000", m))
		line(fmt.Sprintf("UID:all-hands-%d@example.com", m))
		line("SUMMARY:All-hands meeting")
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.String()
}

func TestRealisticFeed(t *testing.T) {
	s := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00")}
	feed := realisticFeed()
	require.NoError(t, s.ImportICSFunc(strings.NewReader(feed), func(e calendar.ICSEvent) bool {
		return !strings.HasPrefix(e.Description, "Observance")
	}))
	// 11 public holidays a year for ten years, and 5 company days a year
	// in eight of them (two years are excepted); no date is named twice.
	require.Len(t, s.Closed, 110+40, "Closed: got %d dates", len(s.Closed))
	// The all-hands afternoons on weekdays: 2026-01-15 is a Thursday.
	require.Equal(t, []string{"09:00-14:00"}, s.Open["2026-01-15"], "Open[2026-01-15]")
	_, err := calendar.New(s)
	require.NoError(t, err)
}

// BenchmarkImportICS imports the realistic feed into a Mon–Fri spec; the
// baseline is golang-ical's own ParseCalendar of the same bytes, which
// builds its object model and expands nothing.
func BenchmarkImportICS(b *testing.B) {
	feed := realisticFeed()
	b.Run("slaclock", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(feed)))
		for b.Loop() {
			s := calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00")}
			if err := s.ImportICS(strings.NewReader(feed)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("golang-ical-parse-only", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(feed)))
		for b.Loop() {
			if _, err := ics.ParseCalendar(strings.NewReader(feed)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
