package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDueWithContract(t *testing.T) {
	incidentArgs := func(opened string, contract ...string) []string {
		return append([]string{"-plan", "gold", "-severity", "1", "-region", "US", "-opened", opened}, contract...)
	}
	coterm := []string{"-contract-start", "2026-07-15T00:00:00-04:00", "-contract-end", "2027-01-01T00:00:00-05:00"}
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantOut   string // first lines of stdout, when exit code 0
		wantError string // stderr, when exit code 2
	}{
		{"covered to the license's end", incidentArgs("2026-12-24T16:30:00-05:00", coterm...), exitOK,
			"2026-12-28T12:30:00-05:00\nContract active from 2026-07-15 to 2027-01-01 (renewals: 0).\n", ""},
		{"lapsed with the license", incidentArgs("2027-01-04T10:00:00-05:00", coterm...), exitUsage, "",
			"due: contract: sla: contract does not cover 2027-01-04T10:00:00-05:00: status lapsed, it ended 2027-01-01T00:00:00-05:00: renew the contract (Contract.Renew) or handle the incident per incident (for a fee)\n"},
		{"renewed", incidentArgs("2027-01-04T10:00:00-05:00", append(coterm, "-contract-renewals", "1")...), exitOK,
			"2027-01-04T14:00:00-05:00\nContract active from 2026-07-15 to 2028-01-01 (renewals: 1).\n", ""},
		{"expired", incidentArgs("2029-08-01T10:00:00-04:00", "-contract-start", "2026-07-15T00:00:00-04:00", "-contract-renewals", "2"), exitUsage, "",
			"due: contract: sla: contract does not cover 2029-08-01T10:00:00-04:00: status expired, it ended 2029-07-15T00:00:00-04:00"},
		{"end without start", incidentArgs("2027-01-04T10:00:00-05:00", "-contract-end", "2027-01-01T00:00:00-05:00"), exitUsage, "",
			"due: -contract-start: missing: want an RFC 3339 instant"},
		{"end past three years", incidentArgs("2027-01-04T10:00:00-05:00", "-contract-start", "2026-07-15T00:00:00-04:00", "-contract-end", "2029-07-16T00:00:00-04:00"), exitUsage, "",
			"due: -contract-end: plan: invalid contract: end: 2029-07-16T00:00:00-04:00: after 2029-07-15T00:00:00-04:00, 36 months after the start (at most three years in all)\n"},
		{"three renewals", incidentArgs("2027-01-04T10:00:00-05:00", "-contract-start", "2026-07-15T00:00:00-04:00", "-contract-renewals", "3"), exitUsage, "",
			"due: -contract-renewals: plan: invalid contract: renewals: 3: want 0 to 2 (at most three years in all)\n"},
		{"not with -batch", []string{"-batch", "-contract-start", "2026-07-15T00:00:00-04:00"}, exitUsage, "",
			"due: -contract-start does not apply to -batch: give it on each line\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", tt.args...)
			require.Equal(t, tt.wantCode, code, "exit code; stderr: %s", errOut)
			if tt.wantCode == exitOK {
				assert.True(t, strings.HasPrefix(out, tt.wantOut), "stdout: got %q, want it to start with %q", out, tt.wantOut)
				assert.Empty(t, errOut)
				return
			}
			assert.Empty(t, out, "stdout on error")
			assert.True(t, strings.HasPrefix(errOut, tt.wantError), "stderr: got %q, want it to start with %q", errOut, tt.wantError)
		})
	}
}

func TestDueWithContractJSONAndBatch(t *testing.T) {
	code, out, errOut := runDue(t, "", "-json", "-plan", "gold", "-severity", "1", "-region", "US", "-opened", "2026-12-24T16:30:00-05:00",
		"-contract-start", "2026-07-15T00:00:00-04:00", "-contract-end", "2027-01-01T00:00:00-05:00")
	require.Equal(t, exitOK, code, "stderr: %s", errOut)
	var got struct {
		Contract struct {
			Status, Start, End string
			Renewals           int
		} `json:"contract"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got), "stdout %s", out)
	assert.Equal(t, "active", got.Contract.Status)
	assert.Equal(t, "2026-07-15T00:00:00-04:00", got.Contract.Start)
	assert.Equal(t, "2027-01-01T00:00:00-05:00", got.Contract.End)

	lines := `{"id":1,"plan":"gold","severity":1,"region":"US","opened":"2027-01-04T10:00:00-05:00","contract":{"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00"}}
{"id":2,"plan":"gold","severity":1,"region":"US","opened":"2027-01-04T10:00:00-05:00","contract":{"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00","renewals":1}}
`
	code, out, _ = runDue(t, lines, "-batch")
	assert.Equal(t, exitFailed, code, "a line failed")
	want := `{"id":1,"line":1,"error":"contract: sla: contract does not cover 2027-01-04T10:00:00-05:00: status lapsed, it ended 2027-01-01T00:00:00-05:00: renew the contract (Contract.Renew) or handle the incident per incident (for a fee)"}
{"id":2,"due":"2027-01-04T14:00:00-05:00","severity":1}
`
	assert.Equal(t, want, out)
}
