package sla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// summaryIncidents is a hand-checked set of incidents on the US calendar
// (Tue 2026-12-01 onwards), judged at Fri 2026-12-04 12:00.
func summaryIncidents(t testing.TB) []struct {
	policy sla.Policy
	events []sla.Event
} {
	us := usCalendar(t)
	d := sla.Policy{Plan: diamond(), Calendar: us}
	g := sla.Policy{Plan: plan.Gold, Calendar: us}
	type inc = struct {
		policy sla.Policy
		events []sla.Event
	}
	return []inc{
		// A: first 1h of 4h (25 %), resolved after 6h of 16h (37.5 %).
		{d, []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 2), ev(t, "2026-12-01 10:00", sla.EventResponded, 0),
			ev(t, "2026-12-01 15:00", sla.EventResolved, 0)}},
		// B: first 5h of 4h (125 %); a cycle of 3h of 2h (150 %); resolved
		// after 15h of 16h (93.75 %).
		{d, []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 2), ev(t, "2026-12-01 14:00", sla.EventResponded, 0),
			ev(t, "2026-12-01 15:00", sla.EventCustomerReplied, 0), ev(t, "2026-12-02 10:00", sla.EventResponded, 0),
			ev(t, "2026-12-02 16:00", sla.EventResolved, 0)}},
		// C: no response by Fri 12:00, 11h of 4h (275 %): breached while
		// running; the resolution (due Fri 17:00) is open.
		{d, []sla.Event{ev(t, "2026-12-03 09:00", sla.EventOpened, 2)}},
		// D, Severity 1: first 30m of 2h (25 %); cycle 1 30m of 1h (50 %);
		// cycle 2 unanswered since Tue 11:00 (25h of 1h); resolution 27h
		// of 8h (337.5 %), breached while running.
		{d, []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 1), ev(t, "2026-12-01 09:30", sla.EventResponded, 0),
			ev(t, "2026-12-01 10:00", sla.EventCustomerReplied, 0), ev(t, "2026-12-01 10:30", sla.EventResponded, 0),
			ev(t, "2026-12-01 11:00", sla.EventCustomerReplied, 0)}},
		// E: first 30m of 4h (12.5 %); a cycle running for 1h of 2h: open;
		// the resolution open.
		{d, []sla.Event{ev(t, "2026-12-04 09:00", sla.EventOpened, 2), ev(t, "2026-12-04 09:30", sla.EventResponded, 0),
			ev(t, "2026-12-04 11:00", sla.EventCustomerReplied, 0)}},
		// F: opened after the report's instant: not counted.
		{d, []sla.Event{ev(t, "2026-12-04 13:00", sla.EventOpened, 2)}},
		// G, Gold: first 3h of 4h (75 %); Gold sets nothing else.
		{g, []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 1), ev(t, "2026-12-01 12:00", sla.EventResponded, 0),
			ev(t, "2026-12-01 13:00", sla.EventResolved, 0)}},
	}
}

type wantGroup struct {
	plan                           string
	sev                            severity.Level
	metric                         plan.Metric
	incidents, met, breached, open int
	median, p90                    int // -1: none decided
}

func TestSummaryHandChecked(t *testing.T) {
	want := []wantGroup{
		{"Diamond", 1, plan.FirstResponse, 1, 1, 0, 0, 25, 25},
		{"Diamond", 1, plan.NextResponse, 1, 0, 1, 0, sla.MaxUsedPercent + 1, sla.MaxUsedPercent + 1},
		{"Diamond", 1, plan.Resolution, 1, 0, 1, 0, 338, 338},
		{"Diamond", 2, plan.FirstResponse, 4, 2, 2, 0, 25, 275},
		{"Diamond", 2, plan.NextResponse, 2, 0, 1, 1, 150, 150},
		{"Diamond", 2, plan.Resolution, 4, 2, 0, 2, 38, 94},
		{"Gold", 1, plan.FirstResponse, 1, 1, 0, 0, 75, 75},
	}
	at := ny(t, "2026-12-04 12:00")
	var byEvents, byClock sla.Summary
	for _, in := range summaryIncidents(t) {
		require.NoError(t, byEvents.AddEvents(in.policy, in.events, at))
		c, err := sla.NewClock(in.policy, sla.Options{}, in.events...)
		require.NoError(t, err)
		require.NoError(t, byClock.Add(c, at))
	}
	checkGroups(t, byEvents.Groups(), want)
	assert.Equal(t, byEvents.Groups(), byClock.Groups(), "Add and AddEvents disagree")

	// Merging two halves gives the whole.
	var a, b sla.Summary
	for i, in := range summaryIncidents(t) {
		s := &a
		if i%2 == 1 {
			s = &b
		}
		require.NoError(t, s.AddEvents(in.policy, in.events, at))
	}
	a.Merge(&b)
	assert.Equal(t, byEvents.Groups(), a.Groups(), "merged halves differ from the whole")

	g := byEvents.Groups()[3]
	pct, ok := g.MetPercent()
	assert.True(t, ok)
	assert.Equal(t, 50.0, pct, "Diamond Severity 2 first response: got %v %% met, want 50", pct)
	h := g.UsedHistogram()
	assert.Equal(t, 1, h[13], "12.5 %% rounds to 13")
	assert.Equal(t, 1, h[275])
}

func checkGroups(t *testing.T, got []sla.Group, want []wantGroup) {
	t.Helper()
	require.Len(t, got, len(want), "got %d groups, want %d", len(got), len(want))
	for i, w := range want {
		g := got[i]
		name := w.plan + " " + w.sev.String() + " " + w.metric.String()
		assert.Equal(t, [3]any{w.plan, w.sev, w.metric}, [3]any{g.Plan, g.Severity, g.Metric}, "group %d", i)
		assert.Equal(t, [4]int{w.incidents, w.met, w.breached, w.open}, [4]int{g.Incidents, g.Met, g.Breached, g.Open},
			"%s: got incidents/met/breached/open %d/%d/%d/%d", name, g.Incidents, g.Met, g.Breached, g.Open)
		med, _ := g.UsedQuantile(0.5)
		p90, _ := g.UsedQuantile(0.9)
		assert.Equal(t, [2]int{w.median, w.p90}, [2]int{med, p90}, "%s: got median %d, p90 %d", name, med, p90)
	}
}

func TestSummaryEdges(t *testing.T) {
	var s sla.Summary
	assert.Empty(t, s.Groups(), "the zero Summary is empty")
	g := sla.Group{}
	_, ok := g.MetPercent()
	assert.False(t, ok, "no decided incident: no met percentage")
	_, ok = g.UsedQuantile(0.5)
	assert.False(t, ok)

	// Bad events are errors and count nothing.
	p := sla.Policy{Plan: diamond(), Calendar: usCalendar(t)}
	err := s.AddEvents(p, []sla.Event{ev(t, "2026-12-01 09:00", sla.EventPaused, 0)}, ny(t, "2026-12-02 09:00"))
	assert.ErrorIs(t, err, sla.ErrInvalidEvent)
	assert.Empty(t, s.Groups())
	assert.ErrorIs(t, s.Add(nil, ny(t, "2026-12-02 09:00")), sla.ErrInvalidClock)

	// Events after the instant are not taken into account.
	events := []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 2), ev(t, "2026-12-01 10:00", sla.EventResponded, 0)}
	require.NoError(t, s.AddEvents(p, events, ny(t, "2026-12-01 09:30")))
	fr := s.Groups()[0]
	assert.Equal(t, [3]int{0, 0, 1}, [3]int{fr.Met, fr.Breached, fr.Open}, "at 09:30 the first response is open")
}
