package sla_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// mixed is a plan whose metrics run on every kind of target: wall clock,
// business hours and each day rule.
func mixed() plan.Plan {
	return plan.Plan{
		Name: "Mixed",
		Targets: [plan.NumLevels]plan.Target{
			{Clock: plan.WallClock, Duration: time.Hour}, {Duration: 3 * time.Hour},
			{BusinessDays: 1}, {BusinessDays: 2, DayRule: plan.EndOfDay}},
		NextResponse: [plan.NumLevels]plan.Target{
			{Clock: plan.WallClock, Duration: 2 * time.Hour}, {Duration: 4 * time.Hour},
			{BusinessDays: 1, DayRule: plan.FixedHours, HoursPerDay: 6 * time.Hour}, {BusinessDays: 2}},
		Resolution: [plan.NumLevels]plan.Target{
			{Clock: plan.WallClock, Duration: 24 * time.Hour}, {BusinessDays: 3},
			{BusinessDays: 5, DayRule: plan.EndOfDay}, {Duration: 80 * time.Hour}},
	}
}

// drawHistory draws an opening in December 2026 and up to 14 events of any
// kind after it; Apply keeps those that follow from the history, and a
// refused event must leave the clock as it was.
func drawHistory(t *rapid.T, p sla.Policy, opts sla.Options) (*sla.Clock, []sla.Event) {
	loc := p.Calendar.Location()
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, loc).Add(time.Duration(rapid.IntRange(0, 20*24*60).Draw(t, "opened")) * time.Minute)
	c, err := sla.NewClock(p, opts,
		sla.Event{At: at, Kind: sla.EventOpened, Severity: severity.Level(rapid.IntRange(1, 4).Draw(t, "sev"))})
	if err != nil {
		t.Fatal(err)
	}
	kinds := []sla.EventKind{sla.EventPaused, sla.EventResumed, sla.EventSeverityChanged, sla.EventResponded,
		sla.EventCustomerReplied, sla.EventResolved, sla.EventReopened}
	for range rapid.IntRange(0, 14).Draw(t, "events") {
		at = at.Add(time.Duration(rapid.IntRange(0, 36*60).Draw(t, "gap")) * time.Minute)
		if rapid.IntRange(0, 3).Draw(t, "at due") == 0 {
			// Exactly at a running metric's due instant, or just after it:
			// the edges where met turns into breached.
			m := rapid.SampledFrom([]plan.Metric{plan.FirstResponse, plan.NextResponse, plan.Resolution}).Draw(t, "metric")
			if st, err := c.MetricStatus(m, at); err == nil && (st.State == sla.Running || st.State == sla.Paused) && !st.Due.Before(at) {
				at = st.Due.Add(time.Duration(rapid.IntRange(0, 1).Draw(t, "after")))
			}
		}
		e := sla.Event{At: at, Kind: rapid.SampledFrom(kinds).Draw(t, "kind")}
		if e.Kind == sla.EventSeverityChanged {
			e.Severity = severity.Level(rapid.IntRange(1, 4).Draw(t, "to"))
		}
		before := c.Events()
		if err := c.Apply(e); err != nil {
			if !errors.Is(err, sla.ErrInvalidEvent) {
				t.Fatalf("Apply(%v): %v", e, err)
			}
			if len(c.Events()) != len(before) {
				t.Fatalf("a refused %v changed the history", e)
			}
		}
	}
	return c, c.Events()
}

// The Summary judges each metric as MetricStatus does: met, breached or
// still open, and the target used to the nearest percent; AddEvents agrees
// with Add on a clock.
func TestPropertySummaryAgreesWithMetricStatus(t *testing.T) {
	us := usCalendar(t)
	rapid.Check(t, func(t *rapid.T) {
		p := sla.Policy{Plan: rapid.SampledFrom([]plan.Plan{diamond(), mixed(), plan.Gold}).Draw(t, "plan"), Calendar: us}
		opts := sla.Options{RestartOnChange: rapid.Bool().Draw(t, "restart")}
		c, events := drawHistory(t, p, opts)
		at := events[0].At.Add(time.Duration(rapid.IntRange(0, 30*24*60).Draw(t, "at")) * time.Minute)
		var s, viaEvents sla.Summary
		if err := s.Add(c, at); err != nil {
			t.Fatal(err)
		}
		if !opts.RestartOnChange { // AddEvents counts with the default Options
			if err := viaEvents.AddEvents(p, events, at); err != nil {
				t.Fatal(err)
			}
			if a, b := len(s.Groups()), len(viaEvents.Groups()); a != b {
				t.Fatalf("Add gave %d groups, AddEvents %d", a, b)
			}
		}
		groups := map[plan.Metric]sla.Group{}
		for _, g := range s.Groups() {
			groups[g.Metric] = g
		}
		for _, m := range []plan.Metric{plan.FirstResponse, plan.NextResponse, plan.Resolution} {
			st, err := c.MetricStatus(m, at)
			g, counted := groups[m]
			switch {
			case errors.Is(err, plan.ErrNoTarget), errors.Is(err, sla.ErrNotStarted):
				if counted {
					t.Fatalf("%v: counted, but MetricStatus says %v", m, err)
				}
				continue
			case err != nil:
				t.Fatal(err)
			case !counted:
				t.Fatalf("%v: not counted, MetricStatus %v", m, st.State)
			}
			if g.Severity != st.Severity {
				t.Fatalf("%v: group severity %v, status %v", m, g.Severity, st.Severity)
			}
			switch {
			case m == plan.NextResponse: // judged over all cycles; the last one bounds it
				if st.State == sla.Breached && g.Breached != 1 || st.State == sla.Met && g.Open != 0 ||
					(st.State == sla.Running || st.State == sla.Paused) && g.Met != 0 {
					t.Fatalf("next response: last cycle %v, summary met/breached/open %d/%d/%d", st.State, g.Met, g.Breached, g.Open)
				}
			case st.State == sla.Met && g.Met != 1, st.State == sla.Breached && g.Breached != 1,
				(st.State == sla.Running || st.State == sla.Paused) && g.Open != 1:
				t.Fatalf("%v: status %v, summary met/breached/open %d/%d/%d", m, st.State, g.Met, g.Breached, g.Open)
			case st.State == sla.Met || st.State == sla.Breached:
				want := int(math.Round(st.PercentUsed))
				if got, _ := g.UsedQuantile(0.5); want <= sla.MaxUsedPercent && got != want {
					t.Fatalf("%v: used %d %%, status %.3f %%", m, got, st.PercentUsed)
				}
			}
		}
	})
}
