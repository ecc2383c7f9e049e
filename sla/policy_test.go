package sla_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// newYork loads America/New_York or fails the test.
func newYork(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	return loc
}

// usCalendar returns the US region calendar or fails the test.
func usCalendar(t testing.TB) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Region("US")
	require.NoError(t, err)
	return c
}

// ny parses "2006-01-02 15:04" in New York.
func ny(t testing.TB, s string) time.Time {
	t.Helper()
	u, err := time.ParseInLocation("2006-01-02 15:04", s, newYork(t))
	require.NoError(t, err)
	return u
}

// TestResponseDueSpec is SPEC §4's table, verbatim.
func TestResponseDueSpec(t *testing.T) {
	us := usCalendar(t)
	tests := []struct {
		name   string
		plan   plan.Plan
		sev    severity.Level
		opened string
		due    string
		zone   string
	}{
		{"Platinum Sev1 Saturday night on the wall clock", plan.Platinum, severity.Sev1, "2026-12-26 03:10", "2026-12-26 05:10", "EST"},
		{"Gold Sev1 across Christmas and the weekend", plan.Gold, severity.Sev1, "2026-12-24 16:30", "2026-12-28 12:30", "EST"},
		{"Platinum Sev2 across the spring-forward weekend", plan.Platinum, severity.Sev2, "2026-03-06 15:00", "2026-03-09 11:00", "EDT"},
		{"Gold Sev3 one business day", plan.Gold, severity.Sev3, "2026-12-01 11:00", "2026-12-02 11:00", "EST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opened := ny(t, tt.opened)
			got, err := sla.Policy{Plan: tt.plan, Calendar: us}.ResponseDue(tt.sev, opened)
			require.NoError(t, err)
			want := ny(t, tt.due)
			assert.True(t, got.Equal(want), "got %v, want %v", got, want)
			assert.Equal(t, opened.Location(), got.Location(), "got location %v, want opened's", got.Location())
			zone, _ := got.Zone()
			assert.Equal(t, tt.zone, zone, "got zone %s, want %s", zone, tt.zone)
		})
	}
}

func TestResponseDueRules(t *testing.T) {
	us := usCalendar(t)
	day := func(rule plan.DayRule, n int, hours time.Duration) plan.Plan {
		p := plan.Gold
		p.Name = "Custom"
		p.Targets[3] = plan.Target{BusinessDays: n, DayRule: rule, HoursPerDay: hours}
		return p
	}
	tests := []struct {
		name   string
		policy sla.Policy
		sev    severity.Level
		opened string
		want   string
	}{
		{"Platinum Sev1 needs no calendar", sla.Policy{Plan: plan.Platinum}, severity.Sev1, "2026-12-27 10:00", "2026-12-27 12:00"},
		{"Platinum Sev1 ignores the calendar on a holiday", sla.Policy{Plan: plan.Platinum, Calendar: us}, severity.Sev1, "2026-12-25 23:30", "2026-12-26 01:30"},
		{"Gold Sev2 lands at the close, not the next opening", sla.Policy{Plan: plan.Gold, Calendar: us}, severity.Sev2, "2026-12-01 09:00", "2026-12-01 17:00"},
		{"Gold Sev4 opened before hours gets the day", sla.Policy{Plan: plan.Gold, Calendar: us}, severity.Sev4, "2026-12-01 08:30", "2026-12-01 17:00"},
		{"Gold Sev3 on Friday afternoon before New Year's Day", sla.Policy{Plan: plan.Gold, Calendar: us}, severity.Sev3, "2026-12-31 16:00", "2027-01-04 16:00"},
		{"end-of-day rule", sla.Policy{Plan: day(plan.EndOfDay, 1, 0), Calendar: us}, severity.Sev4, "2026-12-01 11:00", "2026-12-02 17:00"},
		{"end-of-day rule before hours", sla.Policy{Plan: day(plan.EndOfDay, 1, 0), Calendar: us}, severity.Sev4, "2026-12-01 08:00", "2026-12-01 17:00"},
		{"end-of-day rule on an always-open calendar", sla.Policy{Plan: day(plan.EndOfDay, 1, 0), Calendar: calendar.Always()}, severity.Sev4, "2026-12-01 11:00", "2026-12-02 11:00"},
		{"fixed-hours rule", sla.Policy{Plan: day(plan.FixedHours, 1, 4*time.Hour), Calendar: us}, severity.Sev4, "2026-12-01 11:00", "2026-12-01 15:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.policy.ResponseDue(tt.sev, ny(t, tt.opened))
			require.NoError(t, err)
			want := ny(t, tt.want)
			assert.True(t, got.Equal(want), "got %v, want %v", got, want)
		})
	}
}

func TestResponseDueErrors(t *testing.T) {
	us := usCalendar(t)
	// Open on one date long past: no open time from 2026 on.
	closed, err := calendar.New(calendar.Spec{TimeZone: "UTC", Open: map[string][]string{"1950-06-01": {"09:00-10:00"}}})
	require.NoError(t, err)
	broken := plan.Gold
	broken.Targets[1] = plan.Target{}
	opened := ny(t, "2026-12-01 11:00")
	tests := []struct {
		name    string
		policy  sla.Policy
		sev     severity.Level
		opened  time.Time
		want    []error
		message string
	}{
		{"zero severity", sla.Policy{Plan: plan.Gold, Calendar: us}, 0, opened, []error{sla.ErrUnknownSeverity, severity.ErrUnknown}, "sla: severity: 0: unknown severity, want 1 to 4"},
		{"severity 5", sla.Policy{Plan: plan.Gold, Calendar: us}, 5, opened, []error{sla.ErrUnknownSeverity}, "sla: severity: 5: unknown severity, want 1 to 4"},
		{"business hours without a calendar", sla.Policy{Plan: plan.Platinum}, severity.Sev2, opened, []error{sla.ErrNoCalendar}, `sla: no business-hours calendar: Calendar: nil: plan "Platinum", Severity 2: target 4h on business hours needs the customer's calendar`},
		{"calendar with no open time", sla.Policy{Plan: plan.Gold, Calendar: closed}, severity.Sev1, opened, []error{calendar.ErrNoOpenTime}, ""},
		{"opened outside the supported range", sla.Policy{Plan: plan.Gold, Calendar: us}, severity.Sev1, time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC), []error{calendar.ErrOutOfRange}, ""},
		{"invalid plan target", sla.Policy{Plan: broken, Calendar: us}, severity.Sev2, opened, []error{plan.ErrInvalidPlan}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.policy.ResponseDue(tt.sev, tt.opened)
			require.Error(t, err)
			assert.True(t, got.IsZero(), "got %v with an error, want the zero time", got)
			for _, w := range tt.want {
				assert.True(t, errors.Is(err, w), "got %v, want it to wrap %v", err, w)
			}
			assert.Regexp(t, `^sla: `, err.Error())
			if tt.message != "" {
				assert.Equal(t, tt.message, err.Error())
			}
		})
	}
}

// TestResponseDueWallClockRange: a 24x7x365 target opened at
// 9999-12-31T22:00Z used to be "due" in year 10000, which has no RFC 3339
// form; every returned instant lies in local years 1900–2199.
func TestResponseDueWallClockRange(t *testing.T) {
	us := usCalendar(t)
	nyLoc := newYork(t)
	tests := []struct {
		name   string
		policy sla.Policy
		opened time.Time
		ok     bool
	}{
		{"far future", sla.Policy{Plan: plan.Platinum, Calendar: us}, time.Date(9999, 12, 31, 22, 0, 0, 0, time.UTC), false},
		{"far future, no calendar", sla.Policy{Plan: plan.Platinum}, time.Date(9999, 12, 31, 22, 0, 0, 0, time.UTC), false},
		{"due past 2199 in the calendar's zone", sla.Policy{Plan: plan.Platinum, Calendar: us}, time.Date(2199, 12, 31, 23, 0, 0, 0, nyLoc), false},
		{"due past 2199 in opened's zone", sla.Policy{Plan: plan.Platinum}, time.Date(2199, 12, 31, 23, 0, 0, 0, time.UTC), false},
		{"opened before 1900", sla.Policy{Plan: plan.Platinum}, time.Date(1899, 12, 31, 23, 0, 0, 0, time.UTC), false},
		{"last hours of the range", sla.Policy{Plan: plan.Platinum, Calendar: us}, time.Date(2199, 12, 31, 21, 0, 0, 0, nyLoc), true},
		{"first hour of the range", sla.Policy{Plan: plan.Platinum}, time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"1900 in UTC, 1899 in the calendar's zone", sla.Policy{Plan: plan.Platinum, Calendar: us}, time.Date(1900, 1, 1, 2, 0, 0, 0, time.UTC), false},
		{"2199 in UTC, 2200 in the calendar's zone", sla.Policy{Plan: plan.Platinum, Calendar: tokyo(t)}, time.Date(2199, 12, 31, 13, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, err := tt.policy.ResponseDue(severity.Sev1, tt.opened)
			if tt.ok {
				require.NoError(t, err)
				assert.True(t, due.Equal(tt.opened.Add(2*time.Hour)), "got %s", due)
				return
			}
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "ResponseDue(Sev1, %s): got %v, %v; want ErrOutOfRange", tt.opened, due, err)
			assert.True(t, due.IsZero(), "got %s with the error", due)
		})
	}
}

// TestResponseDueZeroOpened: a zero opened (a missing created_at) used to
// read "out of supported range … 0001-01-01"; it says "missing" now, and
// Explain agrees with ResponseDue.
func TestResponseDueZeroOpened(t *testing.T) {
	for _, p := range []sla.Policy{{Plan: plan.Gold, Calendar: usCalendar(t)}, {Plan: plan.Platinum}} {
		_, err := p.ResponseDue(severity.Sev1, time.Time{})
		assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "got %v", err)
		assert.ErrorContains(t, err, "opened: zero time: missing")
		_, xerr := p.Explain(severity.Sev1, time.Time{})
		assert.Equal(t, err, xerr, "Explain and ResponseDue disagree")
	}
}

// tokyo is Mon–Fri 09:00–17:00 in Asia/Tokyo, for range checks east of UTC.
func tokyo(t *testing.T) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(calendar.Spec{TimeZone: "Asia/Tokyo", Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}})
	require.NoError(t, err)
	return c
}

// TestPolicyZeroCalendar: a Policy whose Calendar is a zero
// &calendar.Calendar{} used to panic in ResponseDue and Explain; every
// target, 24x7x365 included, now returns an error wrapping
// calendar.ErrInvalidArgument that names the field.
func TestPolicyZeroCalendar(t *testing.T) {
	opened := ny(t, "2026-12-01 11:00")
	tests := []struct {
		name string
		plan plan.Plan
		sev  severity.Level
	}{
		{"business hours", plan.Gold, severity.Sev1},
		{"business day", plan.Gold, severity.Sev3},
		{"24x7x365", plan.Platinum, severity.Sev1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sla.Policy{Plan: tt.plan, Calendar: &calendar.Calendar{}}
			got, err := p.ResponseDue(tt.sev, opened)
			assert.True(t, errors.Is(err, calendar.ErrInvalidArgument), "ResponseDue: got %v, %v; want ErrInvalidArgument", got, err)
			assert.True(t, got.IsZero(), "ResponseDue: got %v with the error, want the zero time", got)
			assert.ErrorContains(t, err, "sla: Calendar: ", "ResponseDue: got %v, want the field named", err)
			_, xerr := p.Explain(tt.sev, opened)
			assert.Equal(t, err, xerr, "Explain: got %v, want ResponseDue's error %v", xerr, err)
		})
	}
}

// TestResponseDueWallClockInnerRange: the range check skips the zone
// lookups two days inside the range; at the edges, in the zones furthest
// from UTC, it still reads the local year.
func TestResponseDueWallClockInnerRange(t *testing.T) {
	for _, name := range []string{"Pacific/Kiritimati", "Etc/GMT+12", "UTC"} {
		loc, err := time.LoadLocation(name)
		require.NoError(t, err)
		cal, err := calendar.New(calendar.Spec{TimeZone: name, Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}})
		require.NoError(t, err)
		p := sla.Policy{Plan: plan.Platinum, Calendar: cal}
		for _, tt := range []struct {
			opened time.Time
			ok     bool
		}{
			{time.Date(1900, 1, 3, 0, 0, 0, 0, time.UTC), true},
			{time.Date(2199, 12, 29, 21, 59, 0, 0, time.UTC), true},
			{time.Date(2199, 12, 31, 21, 0, 0, 0, loc), true},
			{time.Date(2199, 12, 31, 22, 0, 1, 0, loc), false},
			{time.Date(1899, 12, 31, 23, 0, 0, 0, loc), false},
		} {
			due, err := p.ResponseDue(severity.Sev1, tt.opened)
			if tt.ok {
				assert.NoError(t, err, "%s: ResponseDue(Sev1, %s)", name, tt.opened)
				assert.True(t, due.Equal(tt.opened.Add(2*time.Hour)), "%s: got %s, want opened+2h", name, due)
				continue
			}
			assert.True(t, errors.Is(err, calendar.ErrOutOfRange), "%s: ResponseDue(Sev1, %s): got %v, %v; want ErrOutOfRange", name, tt.opened, due, err)
		}
	}
}
