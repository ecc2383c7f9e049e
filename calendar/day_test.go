package calendar_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

func TestDayDescribesHolidaysClosuresAndSpecialHours(t *testing.T) {
	c, err := calendar.New(calendar.Spec{
		TimeZone: "America/New_York",
		Hours:    map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}},
		Holidays: []string{"US"},
		Closed:   []string{"2026-12-24"},
		Open:     map[string][]string{"2026-12-31": {"09:00-12:00"}, "2026-12-25": {"10:00-11:00"}},
	})
	require.NoError(t, err)
	ny := c.Location()
	tests := []struct {
		name     string
		at       time.Time
		want     calendar.Day
		wantSpan [][2]string // local "15:04" pairs
	}{
		{"observed holiday", time.Date(2026, 7, 3, 10, 0, 0, 0, ny),
			calendar.Day{Date: "2026-07-03", Weekday: time.Friday, Holidays: []string{"Independence Day (observed)"}}, nil},
		{"actual holiday on a weekend", time.Date(2026, 7, 4, 23, 59, 0, 0, ny),
			calendar.Day{Date: "2026-07-04", Weekday: time.Saturday, Holidays: []string{"Independence Day"}}, nil},
		{"closed date", time.Date(2026, 12, 24, 0, 0, 0, 0, ny),
			calendar.Day{Date: "2026-12-24", Weekday: time.Thursday, Closed: true}, nil},
		{"special hours on a holiday", time.Date(2026, 12, 25, 12, 0, 0, 0, ny),
			calendar.Day{Date: "2026-12-25", Weekday: time.Friday, Holidays: []string{"Christmas Day"}, Special: true, Open: time.Hour},
			[][2]string{{"10:00", "11:00"}}},
		{"special short day", time.Date(2026, 12, 31, 8, 0, 0, 0, ny),
			calendar.Day{Date: "2026-12-31", Weekday: time.Thursday, Special: true, Open: 3 * time.Hour},
			[][2]string{{"09:00", "12:00"}}},
		{"ordinary day with lunch", time.Date(2026, 12, 1, 8, 0, 0, 0, ny),
			calendar.Day{Date: "2026-12-01", Weekday: time.Tuesday, Open: 7 * time.Hour},
			[][2]string{{"09:00", "12:00"}, {"13:00", "17:00"}}},
		{"date taken in the calendar's zone", time.Date(2026, 12, 2, 2, 0, 0, 0, time.UTC),
			calendar.Day{Date: "2026-12-01", Weekday: time.Tuesday, Open: 7 * time.Hour},
			[][2]string{{"09:00", "12:00"}, {"13:00", "17:00"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.Day(tt.at)
			require.NoError(t, err)
			var spans [][2]string
			for _, s := range got.Spans {
				spans = append(spans, [2]string{s.Start.In(ny).Format("15:04"), s.End.In(ny).Format("15:04")})
			}
			got.Spans = nil
			assert.Equal(t, tt.want, got, "Day(%s)", tt.at)
			assert.Equal(t, tt.wantSpan, spans, "Day(%s).Spans", tt.at)
		})
	}
}

func TestCloseOfDay(t *testing.T) {
	c, err := calendar.New(calendar.Spec{
		TimeZone: "Europe/Berlin",
		Hours:    map[string][]string{"mon-fri": {"09:00-12:00", "13:00-17:00"}, "sat": {"22:00-02:00"}},
	})
	require.NoError(t, err)
	be := c.Location()
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, be) } // 2026-11-02 is a Monday
	tests := []struct {
		name     string
		at, want time.Time
	}{
		{"inside the morning span", at(3, 10, 0), at(3, 17, 0)},
		{"in the lunch break", at(3, 12, 30), at(3, 17, 0)},
		{"at the morning close", at(3, 12, 0), at(3, 17, 0)},
		{"at the day's close", at(3, 17, 0), at(3, 17, 0)},
		{"after the close", at(3, 18, 0), at(4, 17, 0)},
		{"before the opening", at(3, 8, 0), at(3, 17, 0)},
		{"at the opening", at(3, 9, 0), at(3, 17, 0)},
		{"overnight span after midnight belongs to Saturday", at(8, 1, 0), at(8, 2, 0)},
		{"Friday evening goes to Saturday's overnight span", at(6, 20, 0), at(8, 2, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.CloseOfDay(tt.at)
			require.NoError(t, err)
			assert.True(t, got.Equal(tt.want), "CloseOfDay(%s): got %s, want %s", tt.at, got, tt.want)
		})
	}
	_, err = calendar.Always().CloseOfDay(at(3, 10, 0))
	assert.True(t, errors.Is(err, calendar.ErrNeverCloses), "Always().CloseOfDay: got %v, want ErrNeverCloses", err)
}

// The holiday data computes dates at midnight in the machine's zone; the
// calendar must not depend on that zone. Run the suite with TZ set to a zone
// whose midnight falls in a DST gap (America/Havana, America/Sao_Paulo) to
// exercise it; this case pins one such date in any zone.
func TestDayHolidayOnAMidnightGapDateOfTheMachineZone(t *testing.T) {
	c, err := calendar.Region("DE-BE")
	require.NoError(t, err)
	got, err := c.Day(time.Date(2026, 3, 8, 12, 0, 0, 0, c.Location()))
	require.NoError(t, err)
	assert.Equal(t, []string{"International Women's Day (Frauentag)"}, got.Holidays, "DE-BE 2026-03-08 holidays")
}
