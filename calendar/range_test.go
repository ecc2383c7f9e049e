package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// TestResultsStayInRange: every instant a method returns lies in local
// years 1900 to 2199 (SPEC §7). Always used to return t.Add(d) in any year
// (9999-12-31T22:00Z + 2h was "due" in year 10000), and a span ending at
// the first instant of 2200 used to be returned by Add, AddDays and
// CloseOfDay although no method accepts it back.
func TestResultsStayInRange(t *testing.T) {
	utc := func(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, time.UTC) }
	late, err := calendar.New(calendar.Spec{
		TimeZone: "UTC",
		Hours:    map[string][]string{"mon-sun": {"09:00-24:00"}},
		Open:     map[string][]string{"2199-12-31": {"23:00-24:00"}},
	})
	require.NoError(t, err)
	always := calendar.Always()
	tests := []struct {
		name string
		call func() (time.Time, error)
		want time.Time // zero: an error wrapping ErrOutOfRange
	}{
		{"Always Add into year 10000", func() (time.Time, error) { return always.Add(utc(9999, 12, 31, 22, 0), 2*time.Hour) }, time.Time{}},
		{"Always Add past 2199", func() (time.Time, error) { return always.Add(utc(2199, 12, 31, 23, 0), time.Hour) }, time.Time{}},
		{"Always Add before 1900", func() (time.Time, error) { return always.Add(utc(1900, 1, 1, 0, 30), -time.Hour) }, time.Time{}},
		{"Always Add to the last instant", func() (time.Time, error) { return always.Add(utc(2199, 12, 31, 23, 0), time.Hour-1) }, utc(2199, 12, 31, 23, 0).Add(time.Hour - 1)},
		{"Always AddDays past 2199", func() (time.Time, error) { return always.AddDays(utc(2199, 12, 31, 1, 0), 1) }, time.Time{}},
		{"Always AddDays inside", func() (time.Time, error) { return always.AddDays(utc(2199, 12, 30, 1, 0), 1) }, utc(2199, 12, 31, 1, 0)},
		{"Always NextOpen in 2300", func() (time.Time, error) { return always.NextOpen(utc(2300, 1, 1, 0, 0)) }, time.Time{}},
		{"Always NextOpen in 1800", func() (time.Time, error) { return always.NextOpen(utc(1800, 1, 1, 0, 0)) }, time.Time{}},
		{"Add to the end of the last span", func() (time.Time, error) { return late.Add(utc(2199, 12, 31, 23, 0), time.Hour) }, time.Time{}},
		{"Add just before it", func() (time.Time, error) { return late.Add(utc(2199, 12, 31, 23, 0), time.Hour-1) }, utc(2199, 12, 31, 23, 0).Add(time.Hour - 1)},
		{"AddDays to a short last day's close", func() (time.Time, error) { return late.AddDays(utc(2199, 12, 30, 20, 0), 1) }, time.Time{}},
		{"AddDays within the last day", func() (time.Time, error) { return late.AddDays(utc(2199, 12, 30, 9, 30), 1) }, utc(2199, 12, 31, 23, 30)},
		{"CloseOfDay on the last day", func() (time.Time, error) { return late.CloseOfDay(utc(2199, 12, 31, 10, 0)) }, time.Time{}},
		{"CloseOfDay the day before", func() (time.Time, error) { return late.CloseOfDay(utc(2199, 12, 30, 10, 0)) }, utc(2199, 12, 31, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.call()
			if tt.want.IsZero() {
				assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "got %v, %v; want ErrOutOfRange", got, err)
				assert.True(t, got.IsZero(), "got %v with the error, want the zero time", got)
				return
			}
			require.NoError(t, err)
			assert.True(t, got.Equal(tt.want), "got %v, want %v", got, tt.want)
		})
	}
	t.Run("Always Spans and Day outside the range", func(t *testing.T) {
		spans, err := always.Spans(utc(2199, 12, 31, 0, 0), utc(2200, 1, 2, 0, 0))
		assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "Spans into 2200: got %v, %v; want ErrOutOfRange", spans, err)
		day, err := always.Day(utc(2300, 1, 1, 0, 0))
		assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "Day in 2300: got %+v, %v; want ErrOutOfRange", day, err)
		spans, err = always.Spans(utc(2199, 12, 31, 0, 0), utc(2199, 12, 31, 12, 0))
		require.NoError(t, err)
		assert.Len(t, spans, 1, "Spans inside the range: got %v, want one span", spans)
	})
	t.Run("Always IsOpen outside the range", func(t *testing.T) {
		assert.False(t, always.IsOpen(utc(2200, 1, 1, 0, 0)), "IsOpen(2200-01-01): got true, want false")
		assert.True(t, always.IsOpen(utc(2199, 12, 31, 23, 59)), "IsOpen(2199-12-31 23:59): got false, want true")
	})
}
