package calendar_test

// Bad input (SPEC §5): every field of Spec refused with an error that names
// the field and the value and wraps a sentinel; nothing half-built; no
// hangs on calendars without open time; the 1900–2199 range.

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// invalidSpecCase is a spec New must refuse. field is a substring the
// SpecError's Field must contain; values lists the acceptable Value (more
// than one where the offending member of a pair depends on map order).
type invalidSpecCase struct {
	name   string
	spec   calendar.Spec
	fields []string
	values []string
	also   error // a second sentinel the error must wrap, or nil
}

func invalidSpecCases() []invalidSpecCase {
	mf := func(h map[string][]string) calendar.Spec { return calendar.Spec{TimeZone: nyName, Hours: h} }
	ok := hours("mon-fri", "09:00-17:00")
	with := func(f func(s *calendar.Spec)) calendar.Spec {
		s := calendar.Spec{TimeZone: nyName, Hours: ok}
		f(&s)
		return s
	}
	return []invalidSpecCase{
		// timezone
		{"timezone empty", calendar.Spec{TimeZone: "", Hours: ok}, []string{"timezone"}, []string{""}, nil},
		{"timezone Local", calendar.Spec{TimeZone: "Local", Hours: ok}, []string{"timezone"}, []string{"Local"}, nil},
		{"timezone unknown", calendar.Spec{TimeZone: "Mars/Olympus", Hours: ok}, []string{"timezone"}, []string{"Mars/Olympus"}, nil},
		// hours keys
		{"hours bad range end", mf(hours("mon-xyz", "09:00-17:00")), []string{"hours"}, []string{"mon-xyz"}, nil},
		{"hours unknown day", mf(hours("funday", "09:00-17:00")), []string{"hours"}, []string{"funday"}, nil},
		{"hours day named twice", mf(map[string][]string{"mon": {"09:00-17:00"}, "mon-fri": {"09:00-17:00"}}), []string{"hours"}, []string{"mon", "mon-fri"}, nil},
		// hours values
		{"hours 25:00-26:00", mf(hours("mon", "25:00-26:00")), []string{`hours["mon"]`}, []string{"25:00-26:00"}, nil},
		{"hours 13:00-25:00 (SPEC example)", mf(map[string][]string{"mon-fri": {"09:00-12:00", "13:00-25:00"}}), []string{`hours["mon-fri"][1]`}, []string{"13:00-25:00"}, nil},
		{"hours minute 60", mf(hours("mon", "09:60-10:00")), []string{`hours["mon"]`}, []string{"09:60-10:00"}, nil},
		{"hours one-digit hour", mf(hours("mon", "9:00-17:00")), []string{`hours["mon"]`}, []string{"9:00-17:00"}, nil},
		{"hours no colon", mf(hours("mon", "0900-1700")), []string{`hours["mon"]`}, []string{"0900-1700"}, nil},
		{"hours no end", mf(hours("mon", "09:00")), []string{`hours["mon"]`}, []string{"09:00"}, nil},
		{"hours empty string", mf(hours("mon", "")), []string{`hours["mon"]`}, []string{""}, nil},
		{"hours empty span", mf(hours("mon", "09:00-09:00")), []string{`hours["mon"]`}, []string{"09:00-09:00"}, nil},
		{"hours start 24:00", mf(hours("mon", "24:00-01:00")), []string{`hours["mon"]`}, []string{"24:00-01:00"}, nil},
		{"hours overlap", mf(map[string][]string{"mon": {"09:00-12:00", "11:00-13:00"}}), []string{`hours["mon"]`}, []string{"09:00-12:00", "11:00-13:00"}, nil},
		{"hours overlap across midnight", mf(map[string][]string{"mon": {"22:00-06:00"}, "tue": {"05:00-08:00"}}), []string{"hours"}, []string{"22:00-06:00", "05:00-08:00"}, nil},
		{"hours overlap across the week end", mf(map[string][]string{"sun": {"22:00-06:00"}, "mon": {"05:00-09:00"}}), []string{"hours"}, []string{"22:00-06:00", "05:00-09:00"}, nil},
		// holidays
		{"holidays unknown", with(func(s *calendar.Spec) { s.Holidays = []string{"XX"} }), []string{"holidays"}, []string{"XX"}, calendar.ErrUnknownRegion},
		{"holidays unknown subdivision", with(func(s *calendar.Spec) { s.Holidays = []string{"US", "US-ZZ"} }), []string{"holidays"}, []string{"US-ZZ"}, calendar.ErrUnknownRegion},
		// closed
		{"closed month 13", with(func(s *calendar.Spec) { s.Closed = []string{"2026-13-01"} }), []string{"closed"}, []string{"2026-13-01"}, nil},
		{"closed two-digit year", with(func(s *calendar.Spec) { s.Closed = []string{"26-12-24"} }), []string{"closed"}, []string{"26-12-24"}, nil},
		{"closed before 1900", with(func(s *calendar.Spec) { s.Closed = []string{"1899-12-31"} }), []string{"closed"}, []string{"1899-12-31"}, nil},
		{"closed after 2199", with(func(s *calendar.Spec) { s.Closed = []string{"2200-01-01"} }), []string{"closed"}, []string{"2200-01-01"}, nil},
		{"closed 30 February", with(func(s *calendar.Spec) { s.Closed = []string{"2026-02-30"} }), []string{"closed"}, []string{"2026-02-30"}, nil},
		// open
		{"open bad date key", with(func(s *calendar.Spec) { s.Open = map[string][]string{"2026-02-30": {"09:00-12:00"}} }), []string{"open"}, []string{"2026-02-30"}, nil},
		{"open bad span", with(func(s *calendar.Spec) { s.Open = map[string][]string{"2026-12-24": {"9-12"}} }), []string{"open"}, []string{"9-12"}, nil},
		{"open overlapping spans", with(func(s *calendar.Spec) { s.Open = map[string][]string{"2026-12-24": {"09:00-12:00", "10:00-11:00"}} }), []string{"open"}, []string{"09:00-12:00", "10:00-11:00"}, nil},
		{"date both closed and open", with(func(s *calendar.Spec) {
			s.Closed = []string{"2026-12-24"}
			s.Open = map[string][]string{"2026-12-24": {"09:00-12:00"}}
		}), []string{"closed", "open"}, []string{"2026-12-24"}, nil},
	}
}

func TestErrorsInvalidSpec(t *testing.T) {
	for _, tt := range invalidSpecCases() {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.New(tt.spec)
			require.Error(t, err, "New(%+v): got nil error, want a refusal", tt.spec)
			assert.Nil(t, c, "New returned a calendar along with error %v", err)
			assert.True(t, errors.Is(err, calendar.ErrInvalidSpec), "errors.Is(%v, ErrInvalidSpec): got false, want true", err)
			if tt.also != nil {
				assert.True(t, errors.Is(err, tt.also), "errors.Is(%v, %v): got false, want true", err, tt.also)
			}
			assert.True(t, strings.HasPrefix(err.Error(), "calendar: "), "message %q: want the package prefix", err.Error())
			var se *calendar.SpecError
			require.True(t, errors.As(err, &se), "errors.As(%v, *SpecError): got false, want true", err)
			fieldOK := false
			for _, f := range tt.fields {
				fieldOK = fieldOK || strings.Contains(se.Field, f)
			}
			assert.True(t, fieldOK, "SpecError.Field: got %q, want it to contain one of %q", se.Field, tt.fields)
			assert.Contains(t, tt.values, se.Value, "SpecError.Value: got %q, want one of %q", se.Value, tt.values)
			assert.NotEmpty(t, se.Reason, "SpecError.Reason is empty")
			// The message carries the field and the quoted value.
			assert.Contains(t, err.Error(), se.Field, "message %q: want the field %q", err.Error(), se.Field)
		})
	}
}

func TestErrorsValidEdgeSpecs(t *testing.T) {
	tests := []struct {
		name string
		spec calendar.Spec
	}{
		{"end 24:00", calendar.Spec{TimeZone: nyName, Hours: hours("mon", "09:00-24:00")}},
		{"00:00-24:00", calendar.Spec{TimeZone: nyName, Hours: hours("mon-sun", "00:00-24:00")}},
		{"touching spans", calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon": {"09:00-12:00", "12:00-17:00"}}}},
		{"overnight touching next morning", calendar.Spec{TimeZone: nyName, Hours: map[string][]string{"mon": {"22:00-06:00"}, "tue": {"06:00-10:00"}}}},
		{"UTC", calendar.Spec{TimeZone: "UTC", Hours: hours("mon-fri", "09:00-17:00")}},
		{"Open overlapping the previous overnight span", calendar.Spec{TimeZone: nyName, Hours: hours("mon", "22:00-06:00"), Open: map[string][]string{"2026-11-03": {"05:00-08:00"}}}},
		{"Open [] on a date", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Open: map[string][]string{"2026-11-04": {}}}},
		{"closed range ends", calendar.Spec{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Closed: []string{"1900-01-01", "2199-12-31"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.New(tt.spec)
			require.NoError(t, err, "New(%+v)", tt.spec)
			require.NotNil(t, c)
		})
	}
}

// A calendar without open time answers with ErrNoOpenTime instead of
// searching forever. A hang would time the test out.
func TestErrorsNoOpenTime(t *testing.T) {
	t0 := utc(2026, 6, 15, 12, 0)
	// Calendars that never open.
	tests := []struct {
		name string
		spec calendar.Spec
		t    time.Time
	}{
		{"only a date long past", calendar.Spec{TimeZone: "UTC", Open: map[string][]string{"1950-06-01": {"09:00-10:00"}}}, t0},
		{"only a date long past, New York", calendar.Spec{TimeZone: nyName, Open: map[string][]string{"1950-06-01": {"09:00-10:00"}, "2026-06-01": {}}}, t0},
		{"only a span read empty in the gap", calendar.Spec{TimeZone: nyName, Open: map[string][]string{"2026-03-08": {"02:00-03:00"}}}, t0.AddDate(0, -6, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCal(t, tt.spec)
			assert.False(t, c.IsOpen(tt.t), "IsOpen: got true, want false")

			_, err := c.Add(tt.t, time.Hour)
			assert.True(t, errors.Is(err, calendar.ErrNoOpenTime), "Add(t, 1h): got %v, want ErrNoOpenTime", err)
			_, err = c.NextOpen(tt.t)
			assert.True(t, errors.Is(err, calendar.ErrNoOpenTime), "NextOpen: got %v, want ErrNoOpenTime", err)
			_, err = c.NextClose(tt.t)
			assert.True(t, errors.Is(err, calendar.ErrNoOpenTime), "NextClose: got %v, want ErrNoOpenTime", err)
			_, err = c.AddDays(tt.t, 1)
			assert.True(t, errors.Is(err, calendar.ErrNoOpenTime), "AddDays(t, 1): got %v, want ErrNoOpenTime", err)

			d, err := c.Between(tt.t, tt.t.AddDate(1, 0, 0))
			require.NoError(t, err)
			assert.Equal(t, time.Duration(0), d, "Between over a year: got %v, want 0", d)
			spans, err := c.Spans(tt.t, tt.t.AddDate(1, 0, 0))
			require.NoError(t, err)
			assert.Empty(t, spans, "Spans over a year: got %s, want none", spanString(spans))
		})
	}

	t.Run("backward Add past the first open time", func(t *testing.T) {
		c := newCal(t, calendar.Spec{TimeZone: "UTC", Open: map[string][]string{"2026-06-01": {"09:00-10:00"}}})
		_, err := c.Add(t0, -2*time.Hour)
		assert.True(t, isNoTimeErr(err), "Add(t, -2h) with 1h of open time: got %v, want ErrNoOpenTime or ErrOutOfRange", err)
		u, err := c.Add(t0, -time.Hour)
		require.NoError(t, err)
		assertTime(t, utc(2026, 6, 1, 9, 0), u, "Add(t, -1h)")
	})
	t.Run("forward Add past the last open time", func(t *testing.T) {
		c := newCal(t, calendar.Spec{TimeZone: "UTC", Open: map[string][]string{"2026-06-20": {"09:00-10:00"}}})
		u, err := c.Add(t0, time.Hour)
		require.NoError(t, err)
		assertTime(t, utc(2026, 6, 20, 10, 0), u, "Add(t, 1h) using up the only hour")
		_, err = c.Add(t0, time.Hour+time.Nanosecond)
		assert.True(t, isNoTimeErr(err), "Add(t, 1h+1ns): got %v, want ErrNoOpenTime or ErrOutOfRange", err)
		_, err = c.AddDays(t0, 2)
		assert.True(t, isNoTimeErr(err), "AddDays(t, 2) with one business day: got %v, want ErrNoOpenTime or ErrOutOfRange", err)
	})
}

// isNoTimeErr reports an error for "not enough open time before the range
// ends", which the documentation lets wrap either sentinel.
func isNoTimeErr(err error) bool {
	return errors.Is(err, calendar.ErrNoOpenTime) || errors.Is(err, calendar.ErrOutOfRange)
}

func TestErrorsOutOfRange(t *testing.T) {
	ny := zone(t, nyName)
	c := region(t, "US")
	tests := []struct {
		name string
		t    time.Time
	}{
		{"1899 local", wall(ny, 1899, 12, 31, 12, 0)},
		// 1900-01-01 02:00 UTC is still 1899-12-31 in New York.
		{"1900 in UTC but 1899 in the calendar's zone", utc(1900, 1, 1, 2, 0)},
		{"2200 local", wall(ny, 2200, 1, 1, 12, 0)},
		{"year 1", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"year 9999", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)},
		{"zero time", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := wall(ny, 2026, 6, 15, 12, 0)
			_, err := c.Add(tt.t, time.Hour)
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "Add: got %v, want ErrOutOfRange", err)
			_, err = c.AddDays(tt.t, 1)
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "AddDays: got %v, want ErrOutOfRange", err)
			_, err = c.Between(tt.t, in)
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "Between(out, in): got %v, want ErrOutOfRange", err)
			_, err = c.Between(in, tt.t)
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "Between(in, out): got %v, want ErrOutOfRange", err)
			_, err = c.NextOpen(tt.t)
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "NextOpen: got %v, want ErrOutOfRange", err)
			_, err = c.NextClose(tt.t)
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "NextClose: got %v, want ErrOutOfRange", err)
			_, err = c.Spans(in, tt.t.Add(time.Hour))
			if tt.t.After(in) {
				assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "Spans: got %v, want ErrOutOfRange", err)
			}
			assert.False(t, c.IsOpen(tt.t), "IsOpen out of range: got true, want false")
		})
	}

	t.Run("range ends are inside", func(t *testing.T) {
		_, err := c.NextOpen(wall(ny, 1900, 1, 1, 0, 0))
		assert.NoError(t, err, "NextOpen(1900-01-01 00:00 local)")
		_, err = c.Between(wall(ny, 1900, 1, 1, 0, 0), wall(ny, 2199, 12, 31, 23, 59))
		assert.NoError(t, err, "Between(1900-01-01, 2199-12-31 23:59 local)")
	})
	t.Run("results past 2199 are refused", func(t *testing.T) {
		// Wednesday 2199-12-31 16:00 local; 2h more would end in 2200.
		_, err := c.Add(wall(ny, 2199, 12, 31, 16, 0), 2*time.Hour)
		assert.True(t, isNoTimeErr(err),
			"Add past 2199: got %v, want ErrOutOfRange or ErrNoOpenTime", err)
		_, err = c.NextOpen(wall(ny, 2199, 12, 31, 18, 0))
		assert.True(t, isNoTimeErr(err),
			"NextOpen past 2199: got %v, want ErrOutOfRange or ErrNoOpenTime", err)
		// Tuesday 1900-01-02 10:00: at most 1h + 8h of open time lie before it.
		_, err = c.Add(wall(ny, 1900, 1, 2, 10, 0), -20*time.Hour)
		assert.True(t, isNoTimeErr(err),
			"Add before 1900: got %v, want ErrOutOfRange or ErrNoOpenTime", err)
	})
	t.Run("huge durations return an error", func(t *testing.T) {
		in := wall(ny, 2026, 6, 15, 12, 0)
		for _, d := range []time.Duration{1 << 62, -(1 << 62), time.Duration(1<<63 - 1), time.Duration(-1 << 63)} {
			_, err := c.Add(in, d)
			assert.True(t, isNoTimeErr(err),
				"Add(t, %v): got %v, want ErrOutOfRange or ErrNoOpenTime", d, err)
		}
		_, err := c.AddDays(in, 1<<40)
		assert.True(t, isNoTimeErr(err),
			"AddDays(t, 1<<40): got %v", err)
	})
}

func TestErrorsRegion(t *testing.T) {
	t.Run("unknown code", func(t *testing.T) {
		for _, code := range []string{"XX", "", "USA", "DE-XX"} {
			c, err := calendar.Region(code)
			assert.Nil(t, c, "Region(%q) returned a calendar", code)
			require.Error(t, err, "Region(%q)", code)
			assert.True(t, errors.Is(err, calendar.ErrUnknownRegion), "Region(%q): got %v, want ErrUnknownRegion", code, err)
			assert.True(t, strings.HasPrefix(err.Error(), "calendar: "), "message %q: want the package prefix", err.Error())
			// The message lists valid codes.
			msg := err.Error()
			if code != "" {
				msg = strings.ReplaceAll(msg, code, "") // the echoed input does not count
			}
			listed := false
			for _, r := range calendar.Regions() {
				listed = listed || strings.Contains(msg, r.Code)
			}
			assert.True(t, listed, "Region(%q): message %q names no valid code", code, err.Error())
		}
	})
	t.Run("case-insensitive code", func(t *testing.T) {
		c := region(t, "us")
		assert.Equal(t, nyName, c.Location().String(), "Region(\"us\") zone: got %v, want %v", c.Location(), nyName)
	})
	t.Run("every listed region builds", func(t *testing.T) {
		regions := calendar.Regions()
		require.NotEmpty(t, regions)
		for _, r := range regions {
			c, err := calendar.Region(r.Code)
			if assert.NoError(t, err, "Region(%q)", r.Code) {
				assert.Equal(t, r.TimeZone, c.Location().String(), "Region(%q) zone: got %v, want %v", r.Code, c.Location(), r.TimeZone)
			}
			s := calendar.Spec{TimeZone: "UTC", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{r.Code}}
			_, err = calendar.New(s)
			assert.NoError(t, err, "New with holidays %q", r.Code)
		}
	})
}
