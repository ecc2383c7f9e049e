package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runDue runs the program with args and stdin and returns the exit code,
// stdout and stderr.
func runDue(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

// The SPEC's response-due table, and the main command.
func TestDueFirstLine(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"issue example, Gold sev 2", []string{"-plan", "gold", "-severity", "2", "-region", "US", "-opened", "2026-12-24T16:30:00-05:00"}, "2026-12-28T16:30:00-05:00"},
		{"Platinum sev 1 on the wall clock", []string{"-plan", "platinum", "-severity", "1", "-opened", "2026-12-26T03:10:00-05:00"}, "2026-12-26T05:10:00-05:00"},
		{"Gold sev 1 over Christmas", []string{"-plan", "Gold", "-severity", "S1", "-region", "us", "-opened", "2026-12-24T16:30:00-05:00"}, "2026-12-28T12:30:00-05:00"},
		{"Platinum sev 2 into EDT", []string{"-plan", "platinum", "-severity", "sev-2", "-opened", "2026-03-06T15:00:00-05:00"}, "2026-03-09T11:00:00-04:00"},
		{"Gold sev 3, one business day", []string{"-plan", "gold", "-severity", "Severity 3", "-opened", "2026-12-01T11:00:00-05:00"}, "2026-12-02T11:00:00-05:00"},
		{"opened in UTC keeps UTC", []string{"-plan", "platinum", "-severity", "2", "-opened", "2026-03-06T20:00:00Z"}, "2026-03-09T15:00:00Z"},
		{"facts: critical app with a workaround is sev 2", []string{"-plan", "gold", "-facts", "critical-app,workaround", "-opened", "2026-12-24T16:30:00-05:00"}, "2026-12-28T16:30:00-05:00"},
		{"facts: license block is sev 1 even with a workaround", []string{"-plan", "gold", "-facts", " License , workaround", "-opened", "2026-12-24T16:30:00-05:00"}, "2026-12-28T12:30:00-05:00"},
		{"region in Germany", []string{"-plan", "gold", "-severity", "1", "-region", "DE-BY", "-opened", "2026-12-24T15:00:00+01:00"}, "2026-12-28T11:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", tt.args...)
			require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut)
			first, rest, _ := strings.Cut(out, "\n")
			assert.Equal(t, tt.want, first, "first line: got %q, want %q", first, tt.want)
			assert.NotEmpty(t, rest, "an explanation follows the first line")
			assert.Empty(t, errOut, "stderr")
		})
	}
}

func TestDueExplanation(t *testing.T) {
	code, out, _ := runDue(t, "", "-plan", "gold", "-severity", "2", "-region", "US", "-opened", "2026-12-24T16:30:00-05:00")
	require.Equal(t, exitOK, code)
	want := `2026-12-28T16:30:00-05:00
Gold, Severity 2: respond within 8h on business hours.
Counting starts Thu 2026-12-24 16:30 EST: the incident was opened at Thu 2026-12-24 16:30 EST, during business hours; counting starts there.
Not counted, closed:
  - Thu 2026-12-24 17:00 EST to Mon 2026-12-28 09:00 EST: Fri 2026-12-25 Christmas Day; Sat 2026-12-26 weekend; Sun 2026-12-27 weekend
Due Mon 2026-12-28 16:30 EST.
`
	assert.Equal(t, want, out)

	code, out, _ = runDue(t, "", "-plan", "gold", "-facts", "feature-blocked", "-opened", "2026-12-24T16:30:00-05:00")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "\nClassified from the facts: Severity 2: installation or a feature does not work, so use is restricted.\n")
}

func TestDueJSON(t *testing.T) {
	code, out, errOut := runDue(t, "", "-json", "-plan", "gold", "-facts", "partial-loss", "-opened", "2026-12-01T11:00:00-05:00")
	require.Equal(t, exitOK, code, "stderr: %s", errOut)
	var got struct {
		Due         time.Time `json:"due"`
		Severity    int       `json:"severity"`
		Plan        string    `json:"plan"`
		Reason      string    `json:"reason"`
		Explanation struct {
			Target string    `json:"target"`
			Due    time.Time `json:"due"`
		} `json:"explanation"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	require.NoError(t, dec.Decode(&got), "stdout: %s", out)
	assert.False(t, dec.More(), "one JSON object only")
	assert.Equal(t, "2026-12-02T11:00:00-05:00", got.Due.Format(time.RFC3339))
	assert.Equal(t, 3, got.Severity)
	assert.Equal(t, "Gold", got.Plan)
	assert.Equal(t, "Severity 3: partial, non-critical loss of functionality; some operations are impaired, but work can continue", got.Reason)
	assert.Equal(t, "1 business day (same-time)", got.Explanation.Target)
	assert.True(t, got.Due.Equal(got.Explanation.Due), "due %v, explanation.due %v", got.Due, got.Explanation.Due)
}

func TestDueCustomFiles(t *testing.T) {
	cal := writeFile(t, "cal.json", `{"timezone":"Europe/Berlin","hours":{"mon-fri":["08:00-12:00","13:00-16:00"]},"holidays":["DE"],"closed":["2026-12-28"]}`)
	plans := writeFile(t, "plans.json", `{"plans":[{"name":"Silver","targets":{"1":{"business_hours":"6h"},"2":{"business_hours":"12h"},"3":{"business_days":2},"4":{"business_days":5}}}]}`)

	tests := []struct {
		name string
		args []string
		want string
	}{
		// Wed 15:00–16:00, then Thu 24th (a working day in Germany) 08:00–11:00.
		{"custom calendar", []string{"-plan", "gold", "-severity", "1", "-calendar", cal, "-opened", "2026-12-23T15:00:00+01:00"}, "2026-12-24T11:00:00+01:00"},
		{"custom plan", []string{"-plan", "silver", "-severity", "1", "-plans", plans, "-opened", "2026-12-01T11:00:00-05:00"}, "2026-12-01T17:00:00-05:00"},
		// Thu 24th 15:00–16:00; 25th and 26th holidays, 27th Sunday, 28th
		// closed; Tue 29th 08:00–12:00 and 13:00–14:00.
		{"custom plan on a custom calendar over a closed date", []string{"-plan", "silver", "-severity", "1", "-plans", plans, "-calendar", cal, "-opened", "2026-12-24T15:00:00+01:00"}, "2026-12-29T14:00:00+01:00"},
		{"built-in plans still there", []string{"-plan", "platinum", "-severity", "1", "-plans", plans, "-opened", "2026-12-01T11:00:00-05:00"}, "2026-12-01T13:00:00-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", tt.args...)
			require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut)
			first, _, _ := strings.Cut(out, "\n")
			assert.Equal(t, tt.want, first)
		})
	}
}

func TestDueUsageErrors(t *testing.T) {
	badCal := writeFile(t, "bad.json", `{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-25:00"]}}`)
	unknownField := writeFile(t, "unknown.json", `{"timezone":"Europe/Berlin","hourz":{}}`)
	noHours := writeFile(t, "nohours.json", `{"timezone":"UTC","hours":{}}`)
	badPlans := writeFile(t, "plans.json", `{"plans":[{"name":"Gold","targets":{}}]}`)
	opened := "2026-12-24T16:30:00-05:00"

	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"unknown flag", []string{"-plan", "gold", "-nope"}, "flag provided but not defined: -nope"},
		{"positional argument", []string{"-plan", "gold", "-severity", "2", "-opened", opened, "extra"}, `unexpected argument "extra"`},
		{"no plan", []string{"-severity", "2", "-opened", opened}, "-plan is required: Gold, Platinum"},
		{"unknown plan", []string{"-plan", "silver", "-severity", "2", "-opened", opened}, `-plan: plan: unknown plan "silver": valid plans are Gold, Platinum`},
		{"no severity", []string{"-plan", "gold", "-opened", opened}, "-severity or -facts is required"},
		{"both severity and facts", []string{"-plan", "gold", "-severity", "2", "-facts", "license", "-opened", opened}, "-severity and -facts: give one, not both"},
		{"bad severity", []string{"-plan", "gold", "-severity", "5", "-opened", opened}, `-severity: severity: unknown severity "5"`},
		{"unknown fact", []string{"-plan", "gold", "-facts", "license,licence", "-opened", opened}, `-facts: unknown fact "licence": want one of license, enterprise-failure`},
		{"empty facts", []string{"-plan", "gold", "-facts", "", "-opened", opened}, "-facts: severity: no facts to classify"},
		{"workaround alone", []string{"-plan", "gold", "-facts", "workaround", "-opened", opened}, "-facts: severity: no facts to classify"},
		{"no opened", []string{"-plan", "gold", "-severity", "2"}, "-opened is required"},
		{"opened without offset", []string{"-plan", "gold", "-severity", "2", "-opened", "2026-12-24T16:30:00"}, `-opened: "2026-12-24T16:30:00": want an RFC 3339 instant`},
		{"opened out of range", []string{"-plan", "gold", "-severity", "2", "-opened", "2300-01-01T00:00:00Z"}, "-opened: sla: plan \"Gold\", Severity 2: target 8h on business hours from 2300-01-01T00:00:00Z: calendar: time out of supported range"},
		{"unknown region", []string{"-plan", "gold", "-severity", "2", "-region", "XX", "-opened", opened}, `-region: calendar: unknown region: "XX"`},
		{"empty region", []string{"-plan", "gold", "-severity", "2", "-region", "", "-opened", opened}, "-region: give a region code"},
		{"region and calendar", []string{"-plan", "gold", "-severity", "2", "-region", "US", "-calendar", badCal, "-opened", opened}, "-region and -calendar: give one, not both"},
		{"missing calendar file", []string{"-plan", "gold", "-severity", "2", "-calendar", "/nonexistent/cal.json", "-opened", opened}, "-calendar: open /nonexistent/cal.json"},
		{"bad calendar", []string{"-plan", "gold", "-severity", "2", "-calendar", badCal, "-opened", opened}, `calendar: hours["mon-fri"][0]: "09:00-25:00": hour out of range`},
		{"unknown calendar field", []string{"-plan", "gold", "-severity", "2", "-calendar", unknownField, "-opened", opened}, `calendar: hourz: "hourz": unknown field`},
		{"calendar with no open time", []string{"-plan", "gold", "-severity", "2", "-calendar", noHours, "-opened", opened}, `calendar: hours: "": no open time`},
		{"bad plans file", []string{"-plan", "gold", "-severity", "2", "-plans", badPlans, "-opened", opened}, "-plans " + badPlans + ": plan:"},
		{"json and timeline", []string{"-plan", "gold", "-severity", "2", "-opened", opened, "-json", "-timeline"}, "-json and -timeline: give one, not both"},
		{"batch with severity", []string{"-batch", "-severity", "2"}, "-severity does not apply to -batch"},
		{"batch with json", []string{"-batch", "-json"}, "-json does not apply to -batch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", tt.args...)
			assert.Equal(t, exitUsage, code, "exit code; stderr: %s", errOut)
			assert.Empty(t, out, "stdout must be empty on error")
			assert.Contains(t, errOut, tt.want, "stderr")
			assert.True(t, strings.HasPrefix(errOut, "due: ") || strings.Contains(errOut, "Usage:"), "stderr starts with the program name or shows the usage: %q", errOut)
		})
	}
}

func TestDueHelp(t *testing.T) {
	code, out, errOut := runDue(t, "", "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	for _, want := range []string{"-plan", "-severity", "-facts", "-region", "-calendar", "-plans", "-opened", "-json", "-timeline", "-batch",
		`(default "US")`, "license", "enterprise-failure", "critical-app", "workaround", "feature-blocked", "partial-loss",
		"cosmetic", "usage-question", "documentation", "enhancement", "Exit status"} {
		assert.Contains(t, errOut, want, "usage mentions %s", want)
	}
}

// TestDueOpenedNowInTheRegionsZone: "-opened now" used to answer in the
// machine's zone; it answers in the region's. Japan has no DST, so its
// offset is +09:00 whenever the test runs; Platinum Sev 1 is 2 hours on
// the wall clock, so the answer is always a valid instant.
func TestDueOpenedNowInTheRegionsZone(t *testing.T) {
	code, out, errOut := runDue(t, "", "-plan", "platinum", "-severity", "1", "-region", "JP", "-opened", "now")
	require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut)
	first, _, _ := strings.Cut(out, "\n")
	due, err := time.Parse(time.RFC3339, first)
	require.NoError(t, err, "first line %q", first)
	assert.True(t, strings.HasSuffix(first, "+09:00"), "first line: got %q, want Tokyo's offset", first)
	assert.WithinDuration(t, time.Now().Add(2*time.Hour), due, time.Minute)
}
