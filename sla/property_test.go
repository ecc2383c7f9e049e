package sla_test

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// incident draws a policy, a severity, an opening instant in 2026 and a
// history of closed pauses after it.
type incident struct {
	policy sla.Policy
	opened sla.Event
	pauses []sla.Event // paused, resumed, paused, resumed, …
}

func drawIncident(t *rapid.T, us *calendar.Calendar, loc *time.Location) incident {
	p := rapid.SampledFrom([]plan.Plan{plan.Gold, plan.Platinum}).Draw(t, "plan")
	sev := severity.Level(rapid.IntRange(1, 4).Draw(t, "sev"))
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
	opened := base.Add(time.Duration(rapid.IntRange(0, 364*24*60).Draw(t, "opened")) * time.Minute)
	inc := incident{
		policy: sla.Policy{Plan: p, Calendar: us},
		opened: sla.Event{At: opened, Kind: sla.EventOpened, Severity: sev},
	}
	at := opened
	for range rapid.IntRange(0, 3).Draw(t, "pauses") {
		at = at.Add(time.Duration(rapid.IntRange(0, 3*24*60).Draw(t, "gap")) * time.Minute)
		inc.pauses = append(inc.pauses, sla.Event{At: at, Kind: sla.EventPaused})
		at = at.Add(time.Duration(rapid.IntRange(1, 3*24*60).Draw(t, "length")) * time.Minute)
		inc.pauses = append(inc.pauses, sla.Event{At: at, Kind: sla.EventResumed})
	}
	return inc
}

func (inc incident) last() time.Time {
	if n := len(inc.pauses); n > 0 {
		return inc.pauses[n-1].At
	}
	return inc.opened.At
}

// Pausing can only move the due instant later, and without pauses the
// clock agrees with ResponseDue.
func TestPropertyPausingOnlyDelays(t *testing.T) {
	us, loc := usCalendar(t), newYork(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := drawIncident(t, us, loc)
		want, err := inc.policy.ResponseDue(inc.opened.Severity, inc.opened.At)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := sla.NewClock(inc.policy, sla.Options{}, inc.opened)
		if err != nil {
			t.Fatal(err)
		}
		s, err := plain.Status(inc.opened.At)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Due.Equal(want) {
			t.Fatalf("clock without pauses: got due %v, want ResponseDue %v", s.Due, want)
		}

		paused, err := sla.NewClock(inc.policy, sla.Options{}, append([]sla.Event{inc.opened}, inc.pauses...)...)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := paused.Status(inc.last())
		if err != nil {
			t.Fatal(err)
		}
		if ps.Due.Before(want) {
			t.Fatalf("paused clock: got due %v, before the unpaused %v", ps.Due, want)
		}
	})
}

// The due instant is exact: the time counted up to it is the allowance, and
// warnings come in order before it.
func TestPropertyDueIsExact(t *testing.T) {
	us, loc := usCalendar(t), newYork(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := drawIncident(t, us, loc)
		c, err := sla.NewClock(inc.policy, sla.Options{}, append([]sla.Event{inc.opened}, inc.pauses...)...)
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.Status(inc.last())
		if err != nil {
			t.Fatal(err)
		}
		at, err := c.Status(s.Due)
		if err != nil {
			t.Fatal(err)
		}
		if !at.Due.Equal(s.Due) || at.Elapsed != at.Allowed {
			t.Fatalf("at due %v: got due %v, elapsed %v, want elapsed %v", s.Due, at.Due, at.Elapsed, at.Allowed)
		}
		if at.State == sla.Breached {
			t.Fatalf("at due %v: got state breached, want not yet", s.Due)
		}
		prev := s.Start
		for _, w := range s.Warnings {
			if w.At.Before(prev) || w.At.After(s.Due) {
				t.Fatalf("warning %d%% at %v: want between %v and due %v", w.Percent, w.At, prev, s.Due)
			}
			prev = w.At
		}
	})
}

// A response at or before the due instant is met; after it, breached.
func TestPropertyResponseDecides(t *testing.T) {
	us, loc := usCalendar(t), newYork(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := drawIncident(t, us, loc)
		events := append([]sla.Event{inc.opened}, inc.pauses...)
		c, err := sla.NewClock(inc.policy, sla.Options{}, events...)
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.Status(inc.last())
		if err != nil {
			t.Fatal(err)
		}
		// Respond around the due instant, never before the last event.
		r := s.Due.Add(time.Duration(rapid.IntRange(-600, 600).Draw(t, "offset")) * time.Minute)
		if r.Before(inc.last()) {
			r = inc.last()
		}
		if err := c.Apply(sla.Event{At: r, Kind: sla.EventResponded}); err != nil {
			t.Fatal(err)
		}
		got, err := c.Status(r.Add(30 * 24 * time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		want := sla.Met
		if r.After(s.Due) {
			want = sla.Breached
		}
		if got.State != want {
			t.Fatalf("response at %v, due %v: got %v, want %v", r, s.Due, got.State, want)
		}
		if !got.Due.Equal(s.Due) {
			t.Fatalf("the response moved the due instant: got %v, want %v", got.Due, s.Due)
		}
	})
}
