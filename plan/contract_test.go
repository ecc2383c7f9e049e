package plan

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("time zone %s not available: %v", name, err)
	}
	return loc
}

func TestContractEnd(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	tests := []struct {
		name     string
		start    time.Time
		renewals int
		want     time.Time
	}{
		{"one term", time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC), 0, time.Date(2027, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"31 January", time.Date(2026, 1, 31, 10, 0, 0, 0, time.UTC), 0, time.Date(2027, 1, 31, 10, 0, 0, 0, time.UTC)},
		{"31 January, three terms", time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), 2, time.Date(2029, 1, 31, 0, 0, 0, 0, time.UTC)},
		{"leap day clamps to 28 February", time.Date(2024, 2, 29, 9, 0, 0, 0, time.UTC), 0, time.Date(2025, 2, 28, 9, 0, 0, 0, time.UTC)},
		{"leap day, two terms", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), 1, time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"leap day, three terms", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), 2, time.Date(2027, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"into a leap year keeps 28 February", time.Date(2027, 2, 28, 0, 0, 0, 0, time.UTC), 0, time.Date(2028, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"31 December", time.Date(2026, 12, 31, 23, 59, 59, 999, time.UTC), 0, time.Date(2027, 12, 31, 23, 59, 59, 999, time.UTC)},
		{"local midnight across a DST change", time.Date(2026, 1, 10, 0, 0, 0, 0, ny), 0, time.Date(2027, 1, 10, 0, 0, 0, 0, ny)},
		{"summer start ends in summer", time.Date(2026, 7, 1, 0, 0, 0, 0, ny), 0, time.Date(2027, 7, 1, 0, 0, 0, 0, ny)},
		// 2026-03-08 02:30 does not exist in New York: clocks jump from
		// 02:00 EST to 03:00 EDT. The end is the first instant the clock
		// reads 02:30 or later: 03:00 EDT.
		{"end in a DST gap", time.Date(2025, 3, 8, 2, 30, 0, 0, ny), 0, time.Date(2026, 3, 8, 7, 0, 0, 0, time.UTC)},
		// 2026-11-01 01:30 happens twice in New York; the end is the first,
		// 01:30 EDT.
		{"end in a DST overlap", time.Date(2025, 11, 1, 1, 30, 0, 0, ny), 0, time.Date(2026, 11, 1, 5, 30, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewContract(Gold, tc.start, tc.renewals)
			require.NoError(t, err)
			got := c.End()
			assert.True(t, tc.want.Equal(got), "End: got %v, want %v", got, tc.want)
			assert.Equal(t, tc.start.Location(), got.Location(), "End's location")
		})
	}
}

func TestContractCoversAndStatus(t *testing.T) {
	start := time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)
	end := time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	c, err := NewContract(Platinum, start, 0)
	require.NoError(t, err)
	last, err := NewContract(Platinum, start, MaxRenewals)
	require.NoError(t, err)
	lastEnd := time.Date(2029, 1, 31, 0, 0, 0, 0, time.UTC)

	tests := []struct {
		name       string
		c          Contract
		at         time.Time
		wantCovers bool
		wantStatus Status
	}{
		{"before start", c, start.Add(-time.Nanosecond), false, Pending},
		{"at start", c, start, true, Active},
		{"mid term", c, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), true, Active},
		{"last nanosecond", c, end.Add(-time.Nanosecond), true, Active},
		{"at end", c, end, false, Lapsed},
		{"long after", c, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), false, Lapsed},
		{"three years used, still active", last, lastEnd.Add(-time.Nanosecond), true, Active},
		{"three years used, ended", last, lastEnd, false, Expired},
		{"zero contract", Contract{}, start, false, None},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.wantCovers, tc.c.Covers(tc.at), "Covers(%v)", tc.at)
			got := tc.c.Status(tc.at)
			assert.Equal(t, tc.wantStatus, got, "Status(%v): got %v, want %v", tc.at, got, tc.wantStatus)
		})
	}
}

func TestContractRenew(t *testing.T) {
	start := time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)
	c, err := NewContract(Gold, start, 0)
	require.NoError(t, err)

	lapsedAt := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	require.Equal(t, Lapsed, c.Status(lapsedAt))

	r1, err := c.Renew()
	require.NoError(t, err)
	assert.Equal(t, 1, r1.Renewals())
	assert.Equal(t, 0, c.Renewals(), "Renew changed the original")
	assert.True(t, time.Date(2028, 1, 31, 0, 0, 0, 0, time.UTC).Equal(r1.End()), "End after one renewal: got %v", r1.End())
	assert.Equal(t, Active, r1.Status(lapsedAt), "a lapsed contract renewed covers the gap")

	r2, err := r1.Renew()
	require.NoError(t, err)
	assert.True(t, time.Date(2029, 1, 31, 0, 0, 0, 0, time.UTC).Equal(r2.End()), "End after two renewals: got %v", r2.End())

	_, err = r2.Renew()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrTermExceeded)
	assert.Equal(t, `plan: maximum term exceeded: contract for plan "Gold" from 2026-01-31 already runs 36 months, the maximum; it ends 2029-01-31`, err.Error())

	_, err = Contract{}.Renew()
	assert.ErrorIs(t, err, ErrInvalidContract)

	assert.Equal(t, Gold, r2.Plan())
	assert.Equal(t, start, r2.Start())
}

func TestNewContractErrors(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		plan     Plan
		start    time.Time
		renewals int
		want     error
		wantMsg  string
	}{
		{"zero start", Gold, time.Time{}, 0, ErrInvalidContract, "plan: invalid contract: start: zero time: want the instant the first term starts"},
		{"negative renewals", Gold, start, -1, ErrInvalidContract, "plan: invalid contract: renewals: -1: want 0 to 2 (at most three years in all)"},
		{"past three years", Gold, start, 3, ErrInvalidContract, "plan: invalid contract: renewals: 3: want 0 to 2 (at most three years in all)"},
		{"invalid plan", Plan{}, start, 0, ErrInvalidPlan, `plan: "": name: missing: a plan needs a name`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewContract(tc.plan, tc.start, tc.renewals)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, tc.wantMsg, err.Error())
			assert.Equal(t, Contract{}, c)
		})
	}
}

func TestStatusString(t *testing.T) {
	want := map[Status]string{None: "none", Pending: "pending", Active: "active", Lapsed: "lapsed", Expired: "expired", 9: "plan.Status(9)"}
	for s, w := range want {
		assert.Equal(t, w, s.String())
	}
}

// TestAddMonthsEveryDay checks month arithmetic for every start day of a
// leap and a common year: the result keeps the month and the day, clamped.
func TestAddMonthsEveryDay(t *testing.T) {
	for _, year := range []int{2024, 2025} {
		for d := time.Date(year, 1, 1, 12, 0, 0, 0, time.UTC); d.Year() == year; d = d.AddDate(0, 0, 1) {
			for _, n := range []int{12, 24, 36} {
				got := addMonths(d, n)
				wantDay := min(d.Day(), daysIn(year+n/12, d.Month()))
				want := time.Date(year+n/12, d.Month(), wantDay, 12, 0, 0, 0, time.UTC)
				if !got.Equal(want) {
					t.Errorf("addMonths(%v, %d): got %v, want %v", d, n, got, want)
				}
			}
		}
	}
}
