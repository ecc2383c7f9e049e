package calendar_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// followTheSun is the union of the US, German and New South Wales presets,
// read in New York. On a weekday in March 2026 its open time, in UTC, is
// Sydney 22:00–06:00, Berlin 08:00–16:00 and New York 14:00–22:00 (13:00–21:00
// once New York is on summer time): one gap a day, 06:00–08:00 UTC.
func followTheSun(t *testing.T) *calendar.Calendar {
	t.Helper()
	var cs []*calendar.Calendar
	for _, code := range []string{"US", "DE", "AU-NSW"} {
		c, err := calendar.Region(code)
		require.NoError(t, err)
		cs = append(cs, c)
	}
	u, err := calendar.Union(cs...)
	require.NoError(t, err)
	return u
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

func TestUnionFollowTheSun(t *testing.T) {
	u := followTheSun(t)
	ny := mustZone(t, "America/New_York")
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ny) }
	tests := []struct {
		name string
		do   func() (time.Time, error)
		want time.Time
	}{
		{"Add across the Sydney-Berlin gap", func() (time.Time, error) { return u.Add(at(2026, 3, 3, 0, 30), time.Hour) }, at(2026, 3, 3, 3, 30)},
		{"Add inside New York then Sydney", func() (time.Time, error) { return u.Add(at(2026, 3, 3, 16, 0), 2*time.Hour) }, at(2026, 3, 3, 18, 0)},
		{"NextClose runs New York into Sydney", func() (time.Time, error) { return u.NextClose(at(2026, 3, 3, 12, 0)) }, at(2026, 3, 4, 1, 0)},
		{"NextClose on Friday: no Sydney Saturday", func() (time.Time, error) { return u.NextClose(at(2026, 3, 6, 12, 0)) }, at(2026, 3, 6, 17, 0)},
		{"NextOpen: Sydney's Monday on a spring-forward Sunday", func() (time.Time, error) { return u.NextOpen(at(2026, 3, 7, 12, 0)) }, at(2026, 3, 8, 18, 0)},
		{"AddDays from Friday: Sunday evening is a business day", func() (time.Time, error) { return u.AddDays(at(2026, 3, 6, 12, 0), 1) }, at(2026, 3, 9, 0, 0)},
		{"AddDays from Tuesday noon", func() (time.Time, error) { return u.AddDays(at(2026, 3, 3, 12, 0), 1) }, at(2026, 3, 4, 12, 0)},
		{"CloseOfDay: the date's last piece ends at midnight", func() (time.Time, error) { return u.CloseOfDay(at(2026, 3, 3, 12, 0)) }, at(2026, 3, 4, 0, 0)},
		// New York's last hour on the 24th, then Christmas and the weekend
		// close all three; Sydney keeps Boxing Day (Saturday) on Monday the
		// 28th, so Berlin's Monday, from 03:00 EST, gives the second hour.
		{"Add over Christmas", func() (time.Time, error) { return u.Add(at(2026, 12, 24, 16, 0), 2*time.Hour) }, at(2026, 12, 28, 4, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.do()
			require.NoError(t, err)
			if !got.Equal(tt.want) {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	t.Run("Between over a week", func(t *testing.T) {
		// Mon 2 March to Mon 9 March 2026 (New York): five weekdays of
		// 22 hours minus what Sydney's Monday added before the window.
		got, err := u.Between(at(2026, 3, 2, 0, 0), at(2026, 3, 9, 0, 0))
		require.NoError(t, err)
		// Sydney Mon opens Sun 17:00 EST, before the window: Mon 00:00–01:00,
		// 03:00–24:00 (22h) Mon–Thu, Fri 00:00–01:00 and 03:00–17:00 (15h),
		// Sun 18:00–24:00 EDT (6h).
		if want := 4*22*time.Hour + 15*time.Hour + 6*time.Hour; got != want {
			t.Errorf("got %v, want %v", got, want)
		}
	})
}

// Members whose zones change to summer time on different dates: New York
// on 8 March 2026, Berlin on 29 March; back on 25 October (Berlin) and 1
// November (New York). The overlap of their 09:00–17:00 is 2 hours, 3 while
// only New York is on summer time, 2 again when both are.
func TestIntersectDSTBothSides(t *testing.T) {
	ny, berlin := mustZone(t, "America/New_York"), mustZone(t, "Europe/Berlin")
	desk := func(zone string) *calendar.Calendar {
		c, err := calendar.New(calendar.Spec{TimeZone: zone, Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}})
		require.NoError(t, err)
		return c
	}
	both, err := calendar.Intersect(desk("America/New_York"), desk("Europe/Berlin"))
	require.NoError(t, err)
	either, err := calendar.Union(desk("Europe/Berlin"), desk("America/New_York"))
	require.NoError(t, err)
	tests := []struct {
		date           string
		overlap, union time.Duration
		first          string // the overlap's start in New York
	}{
		{"2026-03-03", 2 * time.Hour, 14 * time.Hour, "09:00 EST"},
		{"2026-03-10", 3 * time.Hour, 13 * time.Hour, "09:00 EDT"},
		{"2026-03-31", 2 * time.Hour, 14 * time.Hour, "09:00 EDT"},
		{"2026-10-27", 3 * time.Hour, 13 * time.Hour, "09:00 EDT"},
		{"2026-11-03", 2 * time.Hour, 14 * time.Hour, "09:00 EST"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			d, err := time.ParseInLocation(time.DateOnly, tt.date, ny)
			require.NoError(t, err)
			day, err := both.Day(d.Add(12 * time.Hour))
			require.NoError(t, err)
			if day.Open != tt.overlap || len(day.Spans) != 1 {
				t.Fatalf("intersection Day(%s): got %v in %d spans, want %v in 1", tt.date, day.Open, len(day.Spans), tt.overlap)
			}
			if got := day.Spans[0].Start.Format("15:04 MST"); got != tt.first {
				t.Errorf("intersection opens at %s, want %s", got, tt.first)
			}
			// The union is read in Berlin, its first member's zone.
			dayB, err := either.Day(time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, berlin))
			require.NoError(t, err)
			if got := dayB.Open; got != tt.union {
				t.Errorf("union Day(%s) in Berlin: got %v, want %v", tt.date, got, tt.union)
			}
		})
	}
}

func TestCompositeErrors(t *testing.T) {
	us, err := calendar.Region("US")
	require.NoError(t, err)
	dense := make([]string, 90)
	for i := range dense {
		dense[i] = fmt.Sprintf("%02d:%02d-%02d:%02d", i/4, i%4*15, i/4, i%4*15+5) // 5 minutes every quarter
	}
	busy, err := calendar.New(calendar.Spec{TimeZone: "UTC", Hours: map[string][]string{"mon-sun": dense}})
	require.NoError(t, err)
	tests := []struct {
		name string
		do   func() (*calendar.Calendar, error)
		want string
	}{
		{"no members", func() (*calendar.Calendar, error) { return calendar.Union() }, "Union: no calendars"},
		{"nil member", func() (*calendar.Calendar, error) { return calendar.Intersect(us, nil) }, "nil *Calendar: build one with New, Load, Region or Always: calendar 2 of 2"},
		{"zero member", func() (*calendar.Calendar, error) { return calendar.Union(&calendar.Calendar{}) }, "zero Calendar"},
		{"too many spans", func() (*calendar.Calendar, error) { return calendar.Union(busy, busy) }, "spans a year in all: at most 65535"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.do()
			if c != nil || !errors.Is(err, calendar.ErrInvalidArgument) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got (%v, %v), want no calendar and an ErrInvalidArgument containing %q", c, err, tt.want)
			}
		})
	}
	t.Run("one dense member fits", func(t *testing.T) {
		if _, err := calendar.Union(busy); err != nil {
			t.Fatalf("got %v, want a calendar", err)
		}
	})
}

// Always as a member is open throughout the composite's range.
func TestCompositeWithAlways(t *testing.T) {
	us, err := calendar.Region("US")
	require.NoError(t, err)
	ny := us.Location()
	u, err := calendar.Union(us, calendar.Always())
	require.NoError(t, err)
	i, err := calendar.Intersect(calendar.Always(), us)
	require.NoError(t, err)
	from, to := time.Date(2026, 12, 20, 0, 0, 0, 0, ny), time.Date(2027, 1, 10, 0, 0, 0, 0, ny)
	got, err := u.Between(from, to)
	require.NoError(t, err)
	if want := to.Sub(from); got != want {
		t.Errorf("union with Always: Between got %v, want the wall clock %v", got, want)
	}
	if _, err := u.NextClose(from); !errors.Is(err, calendar.ErrNeverCloses) {
		t.Errorf("union with Always: NextClose got %v, want ErrNeverCloses", err)
	}
	got, err = i.Between(from, to)
	require.NoError(t, err)
	want, err := us.Between(from, to)
	require.NoError(t, err)
	if got != want {
		t.Errorf("intersection with Always: Between got %v, want the member's %v", got, want)
	}
	if i.Location() != time.UTC {
		t.Errorf("Intersect(Always, US).Location(): got %v, want UTC, the first member's", i.Location())
	}
}

func TestCompositeRangeAndReceivers(t *testing.T) {
	u := followTheSun(t)
	ny := u.Location()
	if _, err := u.Add(time.Date(2199, 12, 31, 16, 0, 0, 0, ny), 100*time.Hour); !errors.Is(err, calendar.ErrOutOfRange) {
		t.Errorf("Add past 2199: got %v, want ErrOutOfRange", err)
	}
	if _, err := u.Between(time.Date(1899, 12, 31, 0, 0, 0, 0, ny), time.Date(1900, 1, 2, 0, 0, 0, 0, ny)); !errors.Is(err, calendar.ErrOutOfRange) {
		t.Errorf("Between before 1900: got %v, want ErrOutOfRange", err)
	}
	if got, err := u.Spans(time.Date(2199, 12, 31, 0, 0, 0, 0, ny), time.Date(2200, 1, 1, 0, 0, 0, 0, ny).Add(-time.Nanosecond)); err != nil || len(got) == 0 {
		t.Errorf("Spans on the last day: got %v, %v; want spans", got, err)
	}
	never, err := calendar.Intersect(mustNew(t, "UTC", "mon", "09:00-17:00"), mustNew(t, "UTC", "tue", "09:00-17:00"))
	require.NoError(t, err)
	if _, err := never.NextOpen(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); !errors.Is(err, calendar.ErrOutOfRange) && !errors.Is(err, calendar.ErrNoOpenTime) {
		t.Errorf("disjoint intersection NextOpen: got %v, want ErrOutOfRange or ErrNoOpenTime", err)
	}
	if got := u.Spec(); got.TimeZone != "" || got.Hours != nil {
		t.Errorf("composite Spec(): got %+v, want the zero Spec", got)
	}
}

func mustNew(t *testing.T, zone, day, span string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(calendar.Spec{TimeZone: zone, Hours: map[string][]string{day: {span}}})
	require.NoError(t, err)
	return c
}

// A composite names its members' holidays and closes only where all (a
// union) or any (an intersection) of them close.
func TestCompositeDayHolidays(t *testing.T) {
	u := followTheSun(t)
	ny := u.Location()
	day, err := u.Day(time.Date(2026, 7, 3, 12, 0, 0, 0, ny))
	require.NoError(t, err)
	if want := []string{"Independence Day (observed)"}; !equalStrings(day.Holidays, want) || day.Open != 11*time.Hour {
		t.Errorf("Day(2026-07-03): got holidays %q, open %v; want %q, 11h (Sydney and Berlin work)", day.Holidays, day.Open, want)
	}
	day, err = u.Day(time.Date(2026, 12, 25, 12, 0, 0, 0, ny))
	require.NoError(t, err)
	if want := []string{"Christmas Day", "Christmas Day (Erster Weihnachtstag)"}; !equalStrings(day.Holidays, want) || day.Open != 0 {
		t.Errorf("Day(2026-12-25): got holidays %q, open %v; want %q, 0", day.Holidays, day.Open, want)
	}
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}
