package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// TestNilAndZeroReceivers: a nil *Calendar and a zero Calendar{} used to
// panic in every method; each now returns an error wrapping
// ErrInvalidArgument (IsOpen reports false).
func TestNilAndZeroReceivers(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC)
	methods := []struct {
		name string
		call func(c *calendar.Calendar) error
	}{
		{"Validate", func(c *calendar.Calendar) error { return c.Validate() }},
		{"Add", func(c *calendar.Calendar) error { _, err := c.Add(t0, time.Hour); return err }},
		{"Add zero", func(c *calendar.Calendar) error { _, err := c.Add(t0, 0); return err }},
		{"AddDays", func(c *calendar.Calendar) error { _, err := c.AddDays(t0, 1); return err }},
		{"AddDays zero", func(c *calendar.Calendar) error { _, err := c.AddDays(t0, 0); return err }},
		{"Between", func(c *calendar.Calendar) error { _, err := c.Between(t0, t0.Add(time.Hour)); return err }},
		{"NextOpen", func(c *calendar.Calendar) error { _, err := c.NextOpen(t0); return err }},
		{"NextClose", func(c *calendar.Calendar) error { _, err := c.NextClose(t0); return err }},
		{"Spans", func(c *calendar.Calendar) error { _, err := c.Spans(t0, t0.Add(time.Hour)); return err }},
		{"Spans empty", func(c *calendar.Calendar) error { _, err := c.Spans(t0, t0); return err }},
		{"Day", func(c *calendar.Calendar) error { _, err := c.Day(t0); return err }},
		{"CloseOfDay", func(c *calendar.Calendar) error { _, err := c.CloseOfDay(t0); return err }},
	}
	for _, recv := range []struct {
		name string
		c    *calendar.Calendar
	}{
		{"nil", nil},
		{"zero", &calendar.Calendar{}},
	} {
		for _, m := range methods {
			t.Run(recv.name+"/"+m.name, func(t *testing.T) {
				var err error
				assert.NotPanics(t, func() { err = m.call(recv.c) })
				assert.True(t, errors.Is(err, calendar.ErrInvalidArgument), "got %v, want ErrInvalidArgument", err)
				if err != nil {
					assert.Regexp(t, `^calendar: invalid argument: `+m.name[:len(m.name)-len(trimWord(m.name))], err.Error())
				}
			})
		}
		t.Run(recv.name+"/IsOpen", func(t *testing.T) {
			assert.False(t, recv.c.IsOpen(t0), "IsOpen: got true, want false")
		})
		t.Run(recv.name+"/Location and Spec", func(t *testing.T) {
			assert.Equal(t, time.UTC, recv.c.Location(), "Location: got %v, want UTC", recv.c.Location())
			assert.Equal(t, calendar.Spec{}, recv.c.Spec(), "Spec: got %+v, want the zero Spec", recv.c.Spec())
		})
	}
	for _, c := range []*calendar.Calendar{calendar.Always(), mustRegion(t, "US")} {
		assert.NoError(t, c.Validate(), "Validate on a built calendar: got an error, want nil")
	}
}

// trimWord returns the suffix of a case name after its method name
// (" zero", " empty"), so the message check reads the method alone.
func trimWord(name string) string {
	for i := range name {
		if name[i] == ' ' {
			return name[i:]
		}
	}
	return ""
}

func mustRegion(t *testing.T, code string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Region(code)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSpansPerDayLimit: a day of 1,440 one-minute spans used to be
// accepted and cost ~40 MB a request; a day (a weekday's hours or a date
// in Open) takes at most 96 spans.
func TestSpansPerDayLimit(t *testing.T) {
	spans := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			m := 2 * i
			out[i] = time.Date(0, 1, 1, m/60, m%60, 0, 0, time.UTC).Format("15:04") + "-" +
				time.Date(0, 1, 1, (m+1)/60, (m+1)%60, 0, 0, time.UTC).Format("15:04")
		}
		return out
	}
	tests := []struct {
		name  string
		spec  calendar.Spec
		field string // "" when the spec is valid
	}{
		{"96 spans a weekday", calendar.Spec{TimeZone: "UTC", Hours: map[string][]string{"mon-sun": spans(96)}}, ""},
		{"97 spans a weekday", calendar.Spec{TimeZone: "UTC", Hours: map[string][]string{"mon-sun": spans(97)}}, `hours["mon-sun"]`},
		{"96 spans on a date", calendar.Spec{TimeZone: "UTC", Open: map[string][]string{"2026-12-24": spans(96)}}, ""},
		{"97 spans on a date", calendar.Spec{TimeZone: "UTC", Open: map[string][]string{"2026-12-24": spans(97)}}, `open["2026-12-24"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.New(tt.spec)
			if tt.field == "" {
				require.NoError(t, err)
				require.NotNil(t, c)
				return
			}
			assert.Nil(t, c, "New: got a calendar with the error, want none")
			assert.True(t, errors.Is(err, calendar.ErrInvalidSpec), "got %v, want ErrInvalidSpec", err)
			var se *calendar.SpecError
			require.True(t, errors.As(err, &se), "got %T, want *SpecError", err)
			assert.Equal(t, tt.field, se.Field, "field: got %q, want %q", se.Field, tt.field)
			assert.Equal(t, "97 spans", se.Value, "value: got %q, want %q", se.Value, "97 spans")
			assert.Contains(t, se.Reason, "at most 96", "reason: got %q", se.Reason)
		})
	}
}
