package plan_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
)

// contracts with end dates and gaps round-trip, and so does their next
// Renew.
func TestContractPeriodsJSONRoundTrip(t *testing.T) {
	ny := zone(t, "America/New_York")
	coterm, err := plan.NewContractUntil(plan.Gold, at(t, ny, "2026-07-15 14:20"), at(t, ny, "2027-01-01 00:00"))
	require.NoError(t, err)
	dst, err := plan.NewContract(plan.Gold, time.Date(2025, 3, 8, 2, 30, 0, 0, ny), 0) // ends in a DST gap
	require.NoError(t, err)
	lapsed, err := plan.NewContract(plan.Platinum, at(t, ny, "2026-01-15 00:00"), 0)
	require.NoError(t, err)
	tests := []struct {
		name     string
		c        plan.Contract
		wantForm string // "start" or "periods"
	}{
		{"co-terminating first period", coterm, "start"},
		{"co-terminating, renewed twice", mustRenew(t, mustRenew(t, coterm, plan.Renewal{}), plan.Renewal{}), "start"},
		{"end in a DST gap", dst, "start"},
		{"renewal from the renewal instant", mustRenew(t, lapsed, plan.Renewal{Start: at(t, ny, "2027-03-01 09:00")}), "periods"},
		{"renewal with an end of its own", mustRenew(t, lapsed, plan.Renewal{End: at(t, ny, "2027-09-30 00:00")}), "periods"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := json.Marshal(tc.c)
			require.NoError(t, err)
			var fields map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(data, &fields))
			assert.Contains(t, fields, tc.wantForm, "stored form of %s", data)
			var back plan.Contract
			require.NoError(t, json.Unmarshal(data, &back), "Unmarshal(%s)", data)
			assert.Equal(t, len(tc.c.Periods()), len(back.Periods()), "periods of %s", data)
			for i, p := range tc.c.Periods() {
				assertTime(t, "Start", back.Periods()[i].Start, p.Start)
				assertTime(t, "End", back.Periods()[i].End, p.End)
			}
			assert.Equal(t, "America/New_York", back.Start().Location().String())
			next, err1 := tc.c.Renew()
			backNext, err2 := back.Renew()
			if err1 != nil {
				assert.EqualError(t, err2, err1.Error())
				return
			}
			require.NoError(t, err2)
			assertTime(t, "End after the next Renew", backNext.End(), next.End())
		})
	}
}

func TestContractPeriodsJSONForms(t *testing.T) {
	gold, err := json.Marshal(plan.Gold)
	require.NoError(t, err)
	doc := func(rest string) string { return `{"plan":` + string(gold) + `,` + rest + `}` }
	tests := []struct {
		name    string
		in      string
		wantEnd string // RFC 3339, when the document is valid
		want    error
		msg     string
	}{
		{"start and end", doc(`"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00","zone":"America/New_York"`),
			"2027-01-01T00:00:00-05:00", nil, ""},
		{"start, end and renewals", doc(`"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00","zone":"America/New_York","renewals":2`),
			"2029-01-01T00:00:00-05:00", nil, ""},
		{"periods with a gap", doc(`"zone":"America/New_York","periods":[{"start":"2026-01-15T00:00:00-05:00","end":"2027-01-15T00:00:00-05:00"},{"start":"2027-03-01T09:00:00-05:00","end":"2028-03-01T09:00:00-05:00"}]`),
			"2028-03-01T09:00:00-05:00", nil, ""},
		{"periods and start", doc(`"start":"2026-01-15T00:00:00-05:00","periods":[{"start":"2026-01-15T00:00:00-05:00","end":"2027-01-15T00:00:00-05:00"}]`),
			"", plan.ErrInvalidContract, "plan: invalid contract: periods: give the periods, or start, end and renewals, not both"},
		{"no periods", doc(`"periods":[]`), "", plan.ErrInvalidContract, "plan: invalid contract: periods: 0 periods: want 1 to 3"},
		{"overlapping periods", doc(`"periods":[{"start":"2026-01-15T00:00:00Z","end":"2027-01-15T00:00:00Z"},{"start":"2027-01-01T00:00:00Z","end":"2028-01-01T00:00:00Z"}]`),
			"", plan.ErrInvalidContract, "plan: invalid contract: periods[1]: renewal start: 2027-01-01T00:00:00Z: before the contract's end 2027-01-15T00:00:00Z; a renewal follows the contract"},
		{"a period without an end", doc(`"periods":[{"start":"2026-01-15T00:00:00Z","end":"2027-01-15T00:00:00Z"},{"start":"2027-02-01T00:00:00Z"}]`),
			"", plan.ErrInvalidContract, "plan: invalid contract: periods[1]: end: zero time: want the instant the period ends"},
		{"a first period past three years", doc(`"periods":[{"start":"2026-01-15T00:00:00Z","end":"2029-01-16T00:00:00Z"}]`),
			"", plan.ErrInvalidContract, "plan: invalid contract: periods[0]: end: 2029-01-16T00:00:00Z: after 2029-01-15T00:00:00Z, 36 months after the start (at most three years in all)"},
		{"a renewal past three years", doc(`"periods":[{"start":"2026-01-15T00:00:00Z","end":"2027-01-15T00:00:00Z"},{"start":"2027-06-01T00:00:00Z","end":"2029-06-01T00:00:00Z"}]`),
			"", plan.ErrTermExceeded, "plan: maximum term exceeded: periods[1]: renewal end: 2029-06-01T00:00:00Z: after 2029-01-15T00:00:00Z, 36 months after the contract's start 2026-01-15T00:00:00Z (at most three years in all)"},
		{"end before start", doc(`"start":"2026-07-15T00:00:00Z","end":"2026-07-01T00:00:00Z"`),
			"", plan.ErrInvalidContract, "plan: invalid contract: end: 2026-07-01T00:00:00Z: not after the start 2026-07-15T00:00:00Z"},
		{"end with renewals past three years", doc(`"start":"2026-07-15T00:00:00Z","end":"2028-08-01T00:00:00Z","renewals":1`),
			"", plan.ErrTermExceeded, "plan: maximum term exceeded: renewals: 1: renewal end: 2029-08-01T00:00:00Z: after 2029-07-15T00:00:00Z, 36 months after the contract's start 2026-07-15T00:00:00Z (at most three years in all)"},
		{"a start past the supported years", doc(`"start":"9998-12-31T00:00:00Z","renewals":2`),
			"", plan.ErrInvalidContract, "plan: invalid contract: start: 9998-12-31T00:00:00Z: year 9998, want 1900 to 2199"},
		{"end with too many renewals", doc(`"start":"2026-07-15T00:00:00Z","end":"2027-01-01T00:00:00Z","renewals":3`),
			"", plan.ErrInvalidContract, "plan: invalid contract: renewals: 3: want 0 to 2 (at most three years in all)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c plan.Contract
			err := json.Unmarshal([]byte(tc.in), &c)
			if tc.want == nil {
				require.NoError(t, err)
				assert.Equal(t, tc.wantEnd, c.End().Format(time.RFC3339))
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v, want it to wrap %v", err, tc.want)
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, plan.Contract{}, c, "unchanged on error")
		})
	}
}

// FuzzContractJSON: any document either is refused or decodes to a
// contract whose periods are ordered, non-empty and within MaxEnd, and
// which round-trips.
func FuzzContractJSON(f *testing.F) {
	gold, err := json.Marshal(plan.Gold)
	if err != nil {
		f.Fatal(err)
	}
	for _, rest := range []string{
		`"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00","zone":"America/New_York","renewals":2`,
		`"start":"2024-02-29T00:00:00Z","renewals":1`,
		`"zone":"Europe/Berlin","periods":[{"start":"2026-01-15T00:00:00+01:00","end":"2027-01-15T00:00:00+01:00"},{"start":"2027-03-01T09:00:00+01:00","end":"2028-03-01T09:00:00+01:00"}]`,
		`"periods":[{"start":"2026-01-15T00:00:00Z","end":"2029-01-15T00:00:00Z"}]`,
		`"start":"9998-12-31T00:00:00Z","renewals":2`,
	} {
		f.Add(`{"plan":` + string(gold) + `,` + rest + `}`)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var c plan.Contract
		if err := c.UnmarshalJSON([]byte(in)); err != nil {
			if !errors.Is(err, plan.ErrInvalidContract) && !errors.Is(err, plan.ErrTermExceeded) && !errors.Is(err, plan.ErrInvalidPlan) {
				t.Fatalf("error %v wraps no contract or plan sentinel", err)
			}
			return
		}
		if c.Start().IsZero() {
			return // null
		}
		ps := c.Periods()
		for i, p := range ps {
			if !p.End.After(p.Start) || (i > 0 && p.Start.Before(ps[i-1].End)) || p.End.After(c.MaxEnd()) {
				t.Fatalf("periods %v: out of order, empty or past MaxEnd %v", ps, c.MaxEnd())
			}
		}
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var back plan.Contract
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		if got := back.Periods(); len(got) != len(ps) || !got[len(got)-1].End.Equal(c.End()) {
			t.Fatalf("round trip of %s: got periods %v, want %v", data, got, ps)
		}
	})
}

func TestStatusGapString(t *testing.T) {
	assert.Equal(t, "gap", plan.Gap.String())
}
