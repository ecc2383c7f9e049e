package plan_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("time zone %s not available: %v", name, err)
	}
	return loc
}

// at reads "2006-01-02 15:04" in loc.
func at(t *testing.T, loc *time.Location, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	require.NoError(t, err)
	return v
}

func mustRenew(t *testing.T, c plan.Contract, r plan.Renewal) plan.Contract {
	t.Helper()
	c, err := c.RenewWith(r)
	require.NoError(t, err, "RenewWith(%+v)", r)
	return c
}

func assertTime(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	assert.True(t, got.Equal(want), "%s: got %s, want %s", what, got.Format(time.RFC3339Nano), want.Format(time.RFC3339Nano))
}

// The plans: "Businesses can add a maintenance plan at the time of their
// purchase to immediately begin using program benefits for the entire term
// of your license agreement." A purchase in mid-July whose license
// agreement renews on 1 January: the first period co-terminates with it,
// and renewals follow it in 12-month steps.
func TestContractCoterminatesWithLicense(t *testing.T) {
	ny := zone(t, "America/New_York")
	purchase := at(t, ny, "2026-07-15 14:20")
	licenseEnd := at(t, ny, "2027-01-01 00:00")
	c, err := plan.NewContractUntil(plan.Gold, purchase, licenseEnd)
	require.NoError(t, err)
	assertTime(t, "End", c.End(), licenseEnd)
	assertTime(t, "MaxEnd", c.MaxEnd(), at(t, ny, "2029-07-15 14:20"))
	assert.Equal(t, 0, c.Renewals())

	r1, err := c.Renew()
	require.NoError(t, err)
	r2, err := r1.Renew()
	require.NoError(t, err)
	assertTime(t, "End after one renewal", r1.End(), at(t, ny, "2028-01-01 00:00"))
	assertTime(t, "End after two renewals", r2.End(), at(t, ny, "2029-01-01 00:00"))
	assert.Equal(t, []plan.Period{
		{Start: purchase, End: licenseEnd},
		{Start: licenseEnd, End: at(t, ny, "2028-01-01 00:00")},
		{Start: at(t, ny, "2028-01-01 00:00"), End: at(t, ny, "2029-01-01 00:00")},
	}, r2.Periods())

	tests := []struct {
		name string
		c    plan.Contract
		at   string
		want plan.Status
	}{
		{"the minute before purchase", c, "2026-07-15 14:19", plan.Pending},
		{"at purchase", c, "2026-07-15 14:20", plan.Active},
		{"New Year's Eve, last period of the license", c, "2026-12-31 23:59", plan.Active},
		{"the license's end date, not renewed", c, "2027-01-01 00:00", plan.Lapsed},
		{"the license's end date, renewed", r1, "2027-01-01 00:00", plan.Active},
		{"after the second renewal ends", r2, "2029-01-01 00:00", plan.Expired},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.c.Status(at(t, ny, tc.at))
			assert.Equal(t, tc.want, got, "Status(%s): got %v, want %v", tc.at, got, tc.want)
		})
	}

	_, err = r2.Renew()
	assert.ErrorIs(t, err, plan.ErrTermExceeded)
	assert.EqualError(t, err, `plan: maximum term exceeded: contract for plan "Gold" from 2026-07-15 already has its 2 renewals, the maximum; it ends 2029-01-01`)
}

// "The maintenance plan may also be renewed by customers with lapsed
// maintenance contracts." A renewal recorded before the contract ends, and
// after it has lapsed: back-dated to the old end (Renew), or from the
// instant of the renewal (RenewWith with a Start). Status for an incident
// in the lapse, before and after the renewal is recorded.
func TestContractRenewalAndLapse(t *testing.T) {
	ny := zone(t, "America/New_York")
	c, err := plan.NewContract(plan.Platinum, at(t, ny, "2026-01-15 00:00"), 0)
	require.NoError(t, err)
	end := at(t, ny, "2027-01-15 00:00")
	renewedOn := at(t, ny, "2027-03-01 09:00")

	early := mustRenew(t, c, plan.Renewal{})                       // recorded in December, before the end
	backDated := mustRenew(t, c, plan.Renewal{})                   // recorded on 1 March, after the lapse: same periods
	fromRenewal := mustRenew(t, c, plan.Renewal{Start: renewedOn}) // recorded on 1 March, starting then
	assertTime(t, "back-dated renewal's end", backDated.End(), at(t, ny, "2028-01-15 00:00"))
	assertTime(t, "renewal from the renewal instant: end", fromRenewal.End(), at(t, ny, "2028-03-01 09:00"))

	tests := []struct {
		name string
		c    plan.Contract
		at   string
		want plan.Status
	}{
		{"renewed early: the day after the old end", early, "2027-01-16 10:00", plan.Active},
		{"in the lapse, renewal not recorded yet", c, "2027-02-10 10:00", plan.Lapsed},
		{"in the lapse, after a back-dated renewal", backDated, "2027-02-10 10:00", plan.Active},
		{"in the lapse, after a renewal from its instant", fromRenewal, "2027-02-10 10:00", plan.Gap},
		{"at the old end, after a renewal from its instant", fromRenewal, "2027-01-15 00:00", plan.Gap},
		{"the minute before the renewal starts", fromRenewal, "2027-03-01 08:59", plan.Gap},
		{"when the renewal starts", fromRenewal, "2027-03-01 09:00", plan.Active},
		{"after the renewal from its instant ends", fromRenewal, "2028-03-01 09:00", plan.Lapsed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			when := at(t, ny, tc.at)
			got := tc.c.Status(when)
			assert.Equal(t, tc.want, got, "Status(%s): got %v, want %v", tc.at, got, tc.want)
			assert.Equal(t, tc.want == plan.Active, tc.c.Covers(when), "Covers(%s)", tc.at)
		})
	}

	g, ok := fromRenewal.Gap(at(t, ny, "2027-02-10 10:00"))
	require.True(t, ok, "Gap in the lapse")
	assert.Equal(t, plan.Period{Start: end, End: renewedOn}, g)
	_, ok = fromRenewal.Gap(renewedOn)
	assert.False(t, ok, "Gap once the renewal has started")
	_, ok = c.Gap(at(t, ny, "2027-02-10 10:00"))
	assert.False(t, ok, "Gap after the last period: a lapse, not a gap")
}

// The three years are calendar time from the first start: a lapse counts
// against them, a first period may run up to the whole term of a license,
// and a renewal may not end after MaxEnd.
func TestContractThreeYearLimit(t *testing.T) {
	utc := time.UTC
	start := at(t, utc, "2026-01-01 00:00")
	limit := at(t, utc, "2029-01-01 00:00")

	whole, err := plan.NewContractUntil(plan.Gold, start, limit)
	require.NoError(t, err, "a first period of exactly three years")
	assert.Equal(t, plan.Expired, whole.Status(limit), "after a three-year first period")
	_, err = whole.Renew()
	assert.EqualError(t, err, `plan: maximum term exceeded: contract for plan "Gold" from 2026-01-01 already runs 36 months, the maximum; it ends 2029-01-01`)

	_, err = plan.NewContractUntil(plan.Gold, start, limit.Add(time.Nanosecond))
	assert.ErrorIs(t, err, plan.ErrInvalidContract)
	assert.EqualError(t, err, "plan: invalid contract: end: 2029-01-01T00:00:00Z: after 2029-01-01T00:00:00Z, 36 months after the start (at most three years in all)")

	// One year, six months lapsed, renewed from the renewal instant: the
	// second renewal can no longer have its 12 months.
	c, err := plan.NewContract(plan.Gold, start, 0)
	require.NoError(t, err)
	c = mustRenew(t, c, plan.Renewal{Start: at(t, utc, "2027-07-01 00:00")})
	assertTime(t, "End", c.End(), at(t, utc, "2028-07-01 00:00"))
	assert.Equal(t, plan.Lapsed, c.Status(at(t, utc, "2028-08-01 00:00")), "renewable up to MaxEnd")
	_, err = c.Renew()
	assert.ErrorIs(t, err, plan.ErrTermExceeded)
	assert.EqualError(t, err, "plan: maximum term exceeded: renewal end: 2029-07-01T00:00:00Z: after 2029-01-01T00:00:00Z, 36 months after the contract's start 2026-01-01T00:00:00Z (at most three years in all)")
	last := mustRenew(t, c, plan.Renewal{End: c.MaxEnd()})
	assertTime(t, "a last renewal to MaxEnd", last.End(), limit)
	assert.Equal(t, plan.Expired, last.Status(limit))

	// A short first period leaves room, but not for a fourth period.
	short, err := plan.NewContractUntil(plan.Gold, start, at(t, utc, "2026-03-01 00:00"))
	require.NoError(t, err)
	short = mustRenew(t, mustRenew(t, short, plan.Renewal{}), plan.Renewal{})
	assertTime(t, "End", short.End(), at(t, utc, "2028-03-01 00:00"))
	assert.Equal(t, plan.Expired, short.Status(short.End()), "two renewals used, MaxEnd not reached")
	_, err = short.RenewWith(plan.Renewal{End: limit})
	assert.ErrorIs(t, err, plan.ErrTermExceeded)
}

func TestContractPeriodErrors(t *testing.T) {
	utc := time.UTC
	start := at(t, utc, "2026-01-01 00:00")
	c, err := plan.NewContract(plan.Gold, start, 0)
	require.NoError(t, err)
	tests := []struct {
		name string
		call func() (plan.Contract, error)
		want error
		msg  string
	}{
		{"until: zero end", func() (plan.Contract, error) { return plan.NewContractUntil(plan.Gold, start, time.Time{}) },
			plan.ErrInvalidContract, "plan: invalid contract: end: zero time: want the end of the first period, such as the license agreement's end date"},
		{"until: end at start", func() (plan.Contract, error) { return plan.NewContractUntil(plan.Gold, start, start) },
			plan.ErrInvalidContract, "plan: invalid contract: end: 2026-01-01T00:00:00Z: not after the start 2026-01-01T00:00:00Z"},
		{"until: zero start", func() (plan.Contract, error) { return plan.NewContractUntil(plan.Gold, time.Time{}, start) },
			plan.ErrInvalidContract, "plan: invalid contract: start: zero time: want the instant the first term starts"},
		{"until: invalid plan", func() (plan.Contract, error) {
			return plan.NewContractUntil(plan.Plan{}, start, start.AddDate(1, 0, 0))
		},
			plan.ErrInvalidPlan, `plan: "": name: missing: a plan needs a name`},
		{"renewal starts before the end", func() (plan.Contract, error) {
			return c.RenewWith(plan.Renewal{Start: at(t, utc, "2026-12-01 00:00")})
		}, plan.ErrInvalidContract, "plan: invalid contract: renewal start: 2026-12-01T00:00:00Z: before the contract's end 2027-01-01T00:00:00Z; a renewal follows the contract"},
		{"renewal ends at its start", func() (plan.Contract, error) {
			return c.RenewWith(plan.Renewal{End: at(t, utc, "2027-01-01 00:00")})
		}, plan.ErrInvalidContract, "plan: invalid contract: renewal end: 2027-01-01T00:00:00Z: not after the renewal's start 2027-01-01T00:00:00Z"},
		{"renewing the zero Contract", func() (plan.Contract, error) { return plan.Contract{}.RenewWith(plan.Renewal{}) },
			plan.ErrInvalidContract, "plan: invalid contract: renewing the zero Contract"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.call()
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v, want it to wrap %v", err, tc.want)
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, plan.Contract{}, got, "a value with the error")
		})
	}
}

// Dates: months are counted on the wall clock of the start's zone, from
// the last date written down, so a period's end clamps to the end of a
// shorter month and a daylight-saving gap does not shift the next one.
func TestContractPeriodDates(t *testing.T) {
	ny := zone(t, "America/New_York")
	santiago := zone(t, "America/Santiago")
	berlin := zone(t, "Europe/Berlin")
	type step struct {
		renewal plan.Renewal
		wantEnd time.Time
	}
	tests := []struct {
		name       string
		start, end time.Time // end zero: NewContract(start, 0)
		wantEnd    time.Time
		renewals   []step
	}{
		{"license end on 29 February, renewal clamps to 28 February",
			at(t, ny, "2027-03-10 00:00"), at(t, ny, "2028-02-29 00:00"), at(t, ny, "2028-02-29 00:00"),
			[]step{{plan.Renewal{}, at(t, ny, "2029-02-28 00:00")}}},
		{"license end on 31 August, renewal keeps the 31st",
			at(t, ny, "2026-02-10 00:00"), at(t, ny, "2026-08-31 00:00"), at(t, ny, "2026-08-31 00:00"),
			[]step{{plan.Renewal{}, at(t, ny, "2027-08-31 00:00")}, {plan.Renewal{}, at(t, ny, "2028-08-31 00:00")}}},
		{"lapsed renewal from 31 May lasts to 31 May",
			at(t, ny, "2025-05-01 00:00"), time.Time{}, at(t, ny, "2026-05-01 00:00"),
			[]step{{plan.Renewal{Start: at(t, ny, "2026-05-31 00:00")}, at(t, ny, "2027-05-31 00:00")}}},
		// 2026-03-08 02:30 does not exist in New York: the first period
		// ends at 03:00 EDT; the renewal counts from the start's 02:30,
		// and 2027-03-08 02:30 exists (DST starts 14 March 2027).
		{"an end in a DST gap does not shift the renewal",
			time.Date(2025, 3, 8, 2, 30, 0, 0, ny), time.Time{}, time.Date(2026, 3, 8, 7, 0, 0, 0, time.UTC),
			[]step{{plan.Renewal{}, time.Date(2027, 3, 8, 2, 30, 0, 0, ny)}}},
		// Chile moves its clocks at midnight: 2026-09-06 00:00 does not
		// exist in Santiago, the day starts at 01:00.
		{"a midnight end in Santiago's DST gap",
			at(t, santiago, "2025-09-06 00:00"), time.Time{}, time.Date(2026, 9, 6, 4, 0, 0, 0, time.UTC),
			[]step{{plan.Renewal{}, at(t, santiago, "2027-09-06 00:00")}}},
		{"a license end given in UTC is read in the start's zone",
			at(t, berlin, "2026-04-01 00:00"), time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC), at(t, berlin, "2027-01-01 00:00"),
			[]step{{plan.Renewal{End: time.Date(2027, 12, 31, 23, 0, 0, 0, time.UTC)}, at(t, berlin, "2028-01-01 00:00")}}},
		// 2026-10-25 02:30 happens twice in Berlin; the agreement's end is
		// the second, 02:30 CET, and stays that instant. The renewal reads
		// its wall clock, 2027-10-25 02:30, a summer-time instant.
		{"an explicit end in a repeated hour is kept as given",
			at(t, berlin, "2026-01-10 00:00"), time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC), time.Date(2026, 10, 25, 2, 30, 0, 0, time.FixedZone("CET", 3600)),
			[]step{{plan.Renewal{}, time.Date(2027, 10, 25, 0, 30, 0, 0, time.UTC)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c plan.Contract
			var err error
			if tc.end.IsZero() {
				c, err = plan.NewContract(plan.Gold, tc.start, 0)
			} else {
				c, err = plan.NewContractUntil(plan.Gold, tc.start, tc.end)
			}
			require.NoError(t, err)
			assertTime(t, "End", c.End(), tc.wantEnd)
			assert.Equal(t, tc.start.Location(), c.End().Location(), "End's location")
			for i, s := range tc.renewals {
				c = mustRenew(t, c, s.renewal)
				assertTime(t, "End after renewal "+string(rune('1'+i)), c.End(), s.wantEnd)
				assert.Equal(t, tc.start.Location(), c.End().Location(), "End's location")
			}
		})
	}
}
