package sla_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// An incident in a lapse, before and after the renewal is recorded: a
// back-dated renewal covers it, a renewal from the renewal instant leaves
// it in a gap that no renewal can cover.
func TestPolicyForLapseAndRenewal(t *testing.T) {
	us := usCalendar(t)
	c, err := plan.NewContract(plan.Gold, ny(t, "2025-01-15 00:00"), 0)
	require.NoError(t, err)
	backDated, err := c.Renew()
	require.NoError(t, err)
	fromRenewal, err := c.RenewWith(plan.Renewal{Start: ny(t, "2026-03-02 09:00")})
	require.NoError(t, err)
	coterm, err := plan.NewContractUntil(plan.Gold, ny(t, "2025-07-15 00:00"), ny(t, "2026-01-01 00:00"))
	require.NoError(t, err)

	tests := []struct {
		name      string
		c         plan.Contract
		opened    string
		status    plan.Status
		renewable bool
		message   string // "" when covered
	}{
		{"lapse, not renewed", c, "2026-02-02 10:00", plan.Lapsed, true,
			"status lapsed, it ended 2026-01-15T00:00:00-05:00: renew the contract (Contract.Renew) or handle the incident per incident (for a fee)"},
		{"lapse, back-dated renewal", backDated, "2026-02-02 10:00", plan.Active, false, ""},
		{"lapse, renewal from the renewal instant", fromRenewal, "2026-02-02 10:00", plan.Gap, false,
			"status gap, it lapsed 2026-01-15T00:00:00-05:00 and was renewed from 2026-03-02T09:00:00-05:00, not back-dated: handle the incident per incident (for a fee)"},
		{"after a renewal from the renewal instant", fromRenewal, "2026-03-02 10:00", plan.Active, false, ""},
		{"co-terminating: the license's last day", coterm, "2025-12-31 16:00", plan.Active, false, ""},
		{"co-terminating: the license has ended", coterm, "2026-01-02 10:00", plan.Lapsed, true,
			"status lapsed, it ended 2026-01-01T00:00:00-05:00: renew the contract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opened := ny(t, tt.opened)
			p, err := sla.PolicyFor(tt.c, us, opened)
			if tt.message == "" {
				require.NoError(t, err)
				assert.Equal(t, "Gold", p.Plan.Name)
				return
			}
			var ce *sla.CoverageError
			require.ErrorAs(t, err, &ce)
			assert.True(t, errors.Is(err, sla.ErrNotCovered), "got %v, want it to wrap ErrNotCovered", err)
			assert.Equal(t, tt.status, ce.Status, "got status %v, want %v", ce.Status, tt.status)
			assert.Equal(t, tt.renewable, ce.Renewable, "Renewable")
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}

// A customer whose contract has lapsed opens a Severity 1 incident. The
// library does not choose a plan for an uncovered incident: the caller
// reads the *CoverageError and decides — here, to answer it per incident,
// for a fee, under Gold's targets — and says so.
func ExamplePolicyFor_perIncident() {
	us, err := calendar.Region("US")
	if err != nil {
		fmt.Println(err)
		return
	}
	ny := us.Location()
	contract, err := plan.NewContractUntil(plan.Platinum,
		time.Date(2025, 7, 15, 0, 0, 0, 0, ny), time.Date(2026, 1, 1, 0, 0, 0, 0, ny))
	if err != nil {
		fmt.Println(err)
		return
	}
	opened := time.Date(2026, 1, 6, 10, 0, 0, 0, ny)

	policy, err := sla.PolicyFor(contract, us, opened)
	var ce *sla.CoverageError
	if errors.As(err, &ce) {
		fmt.Println("not covered:", ce.Status, "since", ce.End.Format(time.DateOnly), "- renewable:", ce.Renewable)
		// The caller's choice: a paid per-incident response on Gold's
		// targets, recorded with the ticket.
		policy, err = sla.Policy{Plan: plan.Gold, Calendar: us}, nil
		fmt.Println("handled per incident under", policy.Plan.Name)
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	due, err := policy.ResponseDue(severity.Sev1, opened)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("due", due.Format(time.RFC3339))
	// Output:
	// not covered: lapsed since 2026-01-01 - renewable: true
	// handled per incident under Gold
	// due 2026-01-06T14:00:00-05:00
}
