package sla_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

func TestPolicyFor(t *testing.T) {
	us := usCalendar(t)
	start := ny(t, "2025-01-15 00:00")
	fresh, err := plan.NewContract(plan.Platinum, start, 0)
	require.NoError(t, err)
	full, err := plan.NewContract(plan.Platinum, start, plan.MaxRenewals)
	require.NoError(t, err)

	tests := []struct {
		name      string
		contract  plan.Contract
		opened    string
		status    plan.Status
		renewable bool
		message   string
	}{
		{"active", fresh, "2025-06-01 10:00", plan.Active, false, ""},
		{"pending", fresh, "2025-01-14 10:00", plan.Pending, false, "status pending, it starts 2025-01-15T00:00:00-05:00: handle the incident per incident (for a fee) or open it once the contract starts"},
		{"lapsed", fresh, "2026-02-01 10:00", plan.Lapsed, true, "status lapsed, it ended 2026-01-15T00:00:00-05:00: renew the contract (Contract.Renew) or handle the incident per incident (for a fee)"},
		{"expired", full, "2028-02-01 10:00", plan.Expired, false, "cannot be renewed: handle the incident per incident (for a fee) or under a new contract"},
		{"no contract", plan.Contract{}, "2026-02-01 10:00", plan.None, false, "no contract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opened := ny(t, tt.opened)
			p, err := sla.PolicyFor(tt.contract, us, opened)
			if tt.status == plan.Active {
				require.NoError(t, err)
				assert.Equal(t, "Platinum", p.Plan.Name)
				assert.Same(t, us, p.Calendar)
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, sla.ErrNotCovered), "got %v, want it to wrap ErrNotCovered", err)
			var ce *sla.CoverageError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.status, ce.Status, "got status %v, want %v", ce.Status, tt.status)
			assert.Equal(t, tt.renewable, ce.Renewable)
			assert.Contains(t, err.Error(), "sla: contract does not cover "+opened.Format(time.RFC3339))
			assert.Contains(t, err.Error(), tt.message)
			assert.Equal(t, sla.Policy{}, p, "got a policy with the error")
		})
	}
}

// Renewing a lapsed contract is one of the ways forward the error names.
func TestPolicyForAfterRenewal(t *testing.T) {
	us := usCalendar(t)
	c, err := plan.NewContract(plan.Gold, ny(t, "2025-01-15 00:00"), 0)
	require.NoError(t, err)
	opened := ny(t, "2026-02-02 10:00")
	_, err = sla.PolicyFor(c, us, opened)
	var ce *sla.CoverageError
	require.ErrorAs(t, err, &ce)
	require.True(t, ce.Renewable)

	renewed, err := c.Renew()
	require.NoError(t, err)
	p, err := sla.PolicyFor(renewed, us, opened)
	require.NoError(t, err)
	due, err := p.ResponseDue(severity.Sev1, opened)
	require.NoError(t, err)
	want := ny(t, "2026-02-02 14:00")
	assert.True(t, due.Equal(want), "got %v, want %v", due, want)
}
