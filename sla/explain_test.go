package sla_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

func TestExplainClosures(t *testing.T) {
	us := usCalendar(t)
	special, err := calendar.New(calendar.Spec{
		TimeZone: "America/New_York",
		Hours:    map[string][]string{"mon-fri": {"09:00-17:00"}},
		Holidays: []string{"US"},
		Closed:   []string{"2026-12-28"},
		Open:     map[string][]string{"2026-12-29": {}},
	})
	require.NoError(t, err)
	tests := []struct {
		name    string
		policy  sla.Policy
		sev     severity.Level
		opened  string
		start   string
		reasons []string
		days    [][]string
	}{
		{
			name: "opened during hours, across a holiday and a weekend", policy: sla.Policy{Plan: plan.Gold, Calendar: us},
			sev: severity.Sev1, opened: "2026-12-24 16:30", start: "2026-12-24 16:30",
			reasons: []string{"Christmas Day; weekend"},
			days:    [][]string{{"Christmas Day", "weekend", "weekend"}},
		},
		{
			name: "opened overnight counts from the next opening", policy: sla.Policy{Plan: plan.Gold, Calendar: us},
			sev: severity.Sev2, opened: "2026-12-01 20:00", start: "2026-12-02 09:00",
			reasons: []string{"outside business hours"}, days: [][]string{nil},
		},
		{
			name: "observed holiday, closed date and special closed date", policy: sla.Policy{Plan: plan.Gold, Calendar: special},
			sev: severity.Sev1, opened: "2026-12-24 16:00", start: "2026-12-24 16:00",
			reasons: []string{"Christmas Day; weekend; closed date; special hours: closed all day"},
			days:    [][]string{{"Christmas Day", "weekend", "weekend", "closed date", "special hours: closed all day"}},
		},
		{
			name: "wall clock skips nothing", policy: sla.Policy{Plan: plan.Platinum, Calendar: us},
			sev: severity.Sev1, opened: "2026-12-25 03:00", start: "2026-12-25 03:00",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opened := ny(t, tt.opened)
			x, err := tt.policy.Explain(tt.sev, opened)
			require.NoError(t, err)
			due, err := tt.policy.ResponseDue(tt.sev, opened)
			require.NoError(t, err)
			assert.True(t, x.Due.Equal(due), "got due %v, want ResponseDue %v", x.Due, due)
			assert.True(t, x.Start.Equal(ny(t, tt.start)), "got start %v, want %v", x.Start, tt.start)
			require.Len(t, x.Closed, len(tt.reasons), "got closures %+v", x.Closed)
			for i, cl := range x.Closed {
				assert.Equal(t, tt.reasons[i], cl.Reason, "closure %d: got reason %q, want %q", i, cl.Reason, tt.reasons[i])
				var got []string
				for _, d := range cl.Days {
					got = append(got, d.Reason)
				}
				assert.Equal(t, tt.days[i], got, "closure %d: got day reasons %q, want %q", i, got, tt.days[i])
			}
			data, err := json.Marshal(x)
			require.NoError(t, err)
			var back sla.Explanation
			require.NoError(t, json.Unmarshal(data, &back))
			assert.True(t, back.Due.Equal(x.Due), "JSON round trip: got due %v, want %v", back.Due, x.Due)
			assert.Contains(t, x.Text(), "Due ")
		})
	}
}

func TestExplainIsBounded(t *testing.T) {
	long := plan.Gold
	long.Name = "Long"
	long.Targets[3] = plan.Target{BusinessDays: 400}
	x, err := sla.Policy{Plan: long, Calendar: usCalendar(t)}.Explain(severity.Sev4, ny(t, "2026-01-05 10:00"))
	require.NoError(t, err)
	assert.Len(t, x.Closed, 20, "got %d closures listed, want 20", len(x.Closed))
	assert.Greater(t, x.ClosedMore, 300, "got %d closures not listed, want the rest counted", x.ClosedMore)
	assert.Contains(t, x.Text(), "more closed stretches")
}

func TestClockExplain(t *testing.T) {
	us := usCalendar(t)
	c, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{RestartOnChange: true},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 3),
		ev(t, "2026-12-01 10:00", sla.EventPaused, 0),
		ev(t, "2026-12-01 11:00", sla.EventResumed, 0),
		ev(t, "2026-12-01 18:00", sla.EventSeverityChanged, 1),
		ev(t, "2026-12-02 09:30", sla.EventPaused, 0),
	)
	require.NoError(t, err)
	x, err := c.Explain(ny(t, "2026-12-02 10:00"))
	require.NoError(t, err)
	assert.Equal(t, sla.Paused, x.State)
	assert.Equal(t, severity.Sev1, x.Severity)
	require.Len(t, x.Changes, 1)
	assert.True(t, x.Changes[0].Restarted)
	assert.True(t, x.Start.Equal(ny(t, "2026-12-02 09:00")), "got start %v, want the opening after the restart", x.Start)
	assert.Contains(t, x.StartReason, "restarted at the severity change")
	require.Len(t, x.Pauses, 2)
	assert.Equal(t, time.Duration(0), x.Pauses[0].Held, "a pause before the restart holds nothing")
	assert.True(t, x.Pauses[1].Open)
	assert.Equal(t, 30*time.Minute, x.Pauses[1].Held)
	s, err := c.Status(ny(t, "2026-12-02 10:00"))
	require.NoError(t, err)
	assert.True(t, x.Due.Equal(s.Due), "got due %v, want Status's %v", x.Due, s.Due)
	assert.Contains(t, x.Text(), "(still paused)")
	assert.Contains(t, x.Text(), "State: paused.")
}

// TestExplainReadsInTheCustomersZone: an incident stored in UTC, or in a
// fixed offset restored from JSON, used to be explained in that zone
// ("21:30 UTC", "10:00 -0500" after a DST change) where the customer reads
// 16:30 EST and 11:00 EDT.
func TestExplainReadsInTheCustomersZone(t *testing.T) {
	us := usCalendar(t)
	policy := sla.Policy{Plan: plan.Platinum, Calendar: us}
	// Platinum Severity 2 from Fri 2026-03-06 15:00 EST: 2h on Friday,
	// 2h on Monday after the switch to EDT, due Mon 11:00 EDT (SPEC §4).
	for _, opened := range []time.Time{
		time.Date(2026, 3, 6, 20, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 6, 15, 0, 0, 0, time.FixedZone("", -5*3600)),
		time.Date(2026, 3, 7, 5, 0, 0, 0, time.FixedZone("JST", 9*3600)),
	} {
		due, err := policy.ResponseDue(severity.Sev2, opened)
		require.NoError(t, err)
		assert.Equal(t, opened.Location(), due.Location(), "ResponseDue(%s): the due value stays in the argument's zone", opened)

		x, err := policy.Explain(severity.Sev2, opened)
		require.NoError(t, err)
		assert.True(t, x.Due.Equal(due), "Explain(%s).Due: got %s, want %s", opened, x.Due, due)
		assert.Equal(t, "America/New_York", x.Zone)
		text := x.Text()
		assert.Contains(t, text, "the incident was opened at Fri 2026-03-06 15:00 EST", "Explain(%s)", opened)
		assert.Contains(t, text, "Due Mon 2026-03-09 11:00 EDT.", "Explain(%s)", opened)
		assert.NotContains(t, text, "UTC", "Explain(%s)", opened)
		assert.NotContains(t, text, "-0500", "Explain(%s)", opened)
	}
}
