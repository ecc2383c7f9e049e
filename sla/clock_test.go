package sla_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// ev builds an event at a New York wall-clock time.
func ev(t testing.TB, at string, kind sla.EventKind, sev severity.Level) sla.Event {
	t.Helper()
	return sla.Event{At: ny(t, at), Kind: kind, Severity: sev}
}

func TestClockSequences(t *testing.T) {
	us := usCalendar(t)
	gold := sla.Policy{Plan: plan.Gold, Calendar: us}
	platinum := sla.Policy{Plan: plan.Platinum, Calendar: us}
	tests := []struct {
		name    string
		policy  sla.Policy
		opts    sla.Options
		events  func(t testing.TB) []sla.Event
		now     string
		state   sla.State
		due     string
		elapsed time.Duration
		held    time.Duration
	}{
		{
			name: "no pause: due as ResponseDue", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{ev(t, "2026-12-04 15:00", sla.EventOpened, 1)}
			},
			now: "2026-12-04 16:00", state: sla.Running, due: "2026-12-07 11:00", elapsed: time.Hour,
		},
		{
			name: "pause across a weekend holds only business time", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-04 15:00", sla.EventOpened, 1),
					ev(t, "2026-12-04 16:00", sla.EventPaused, 0),
					ev(t, "2026-12-07 11:00", sla.EventResumed, 0),
				}
			},
			now: "2026-12-07 12:00", state: sla.Running, due: "2026-12-07 14:00", elapsed: 2 * time.Hour, held: 3 * time.Hour,
		},
		{
			name: "pause while closed moves nothing", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-04 15:00", sla.EventOpened, 1),
					ev(t, "2026-12-05 10:00", sla.EventPaused, 0),
					ev(t, "2026-12-06 10:00", sla.EventResumed, 0),
				}
			},
			now: "2026-12-07 10:00", state: sla.Running, due: "2026-12-07 11:00", elapsed: 3 * time.Hour,
		},
		{
			name: "pause on the 24x7 clock holds wall time", policy: platinum,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-26 03:10", sla.EventOpened, 1),
					ev(t, "2026-12-26 03:40", sla.EventPaused, 0),
					ev(t, "2026-12-26 04:40", sla.EventResumed, 0),
				}
			},
			now: "2026-12-26 05:00", state: sla.Running, due: "2026-12-26 06:10", elapsed: 50 * time.Minute, held: time.Hour,
		},
		{
			name: "paused: due projected from now", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 10:00", sla.EventPaused, 0),
				}
			},
			now: "2026-12-01 11:00", state: sla.Paused, due: "2026-12-01 14:00", elapsed: time.Hour, held: time.Hour,
		},
		{
			name: "paused after the due instant stays breached", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 14:00", sla.EventPaused, 0),
				}
			},
			now: "2026-12-01 15:00", state: sla.Breached, due: "2026-12-01 13:00", elapsed: 5 * time.Hour, held: time.Hour,
		},
		{
			name: "events after now are not yet known", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 10:00", sla.EventPaused, 0),
					ev(t, "2026-12-01 12:00", sla.EventResumed, 0),
					ev(t, "2026-12-01 12:30", sla.EventResponded, 0),
				}
			},
			now: "2026-12-01 11:00", state: sla.Paused, due: "2026-12-01 14:00", elapsed: time.Hour, held: time.Hour,
		},
		{
			name: "downgrade keeps the start and moves the due instant later", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 10:00", sla.EventSeverityChanged, 2),
				}
			},
			now: "2026-12-01 12:00", state: sla.Running, due: "2026-12-01 17:00", elapsed: 3 * time.Hour,
		},
		{
			name: "downgrade with restart counts from the change", policy: gold, opts: sla.Options{RestartOnChange: true},
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 10:00", sla.EventSeverityChanged, 2),
				}
			},
			now: "2026-12-01 12:00", state: sla.Running, due: "2026-12-02 10:00", elapsed: 2 * time.Hour,
		},
		{
			name: "upgrade re-targets into the past: breached at once", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 3),
					ev(t, "2026-12-01 14:00", sla.EventSeverityChanged, 1),
				}
			},
			now: "2026-12-01 14:00", state: sla.Breached, due: "2026-12-01 13:00", elapsed: 5 * time.Hour,
		},
		{
			name: "upgrade with restart gets the full new target", policy: gold, opts: sla.Options{RestartOnChange: true},
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 3),
					ev(t, "2026-12-01 14:00", sla.EventSeverityChanged, 1),
				}
			},
			now: "2026-12-01 14:00", state: sla.Running, due: "2026-12-02 10:00",
		},
		{
			name: "upgrade to the wall clock counts wall time from the opening", policy: platinum,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-04 16:00", sla.EventOpened, 2),
					ev(t, "2026-12-04 17:30", sla.EventSeverityChanged, 1),
				}
			},
			now: "2026-12-04 17:30", state: sla.Running, due: "2026-12-04 18:00", elapsed: 90 * time.Minute,
		},
		{
			name: "day target: pause extends it by the business time paused", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 11:00", sla.EventOpened, 3),
					ev(t, "2026-12-01 15:00", sla.EventPaused, 0),
					ev(t, "2026-12-01 16:30", sla.EventResumed, 0),
				}
			},
			now: "2026-12-02 09:00", state: sla.Running, due: "2026-12-02 12:30", elapsed: 4*time.Hour + 30*time.Minute, held: 90 * time.Minute,
		},
		{
			name: "breach then response", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 14:00", sla.EventResponded, 0),
				}
			},
			now: "2026-12-03 09:00", state: sla.Breached, due: "2026-12-01 13:00", elapsed: 5 * time.Hour,
		},
		{
			name: "response at the due instant is met", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 13:00", sla.EventResponded, 0),
				}
			},
			now: "2026-12-01 13:00", state: sla.Met, due: "2026-12-01 13:00", elapsed: 4 * time.Hour,
		},
		{
			name: "response while paused closes the pause", policy: gold,
			events: func(t testing.TB) []sla.Event {
				return []sla.Event{
					ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
					ev(t, "2026-12-01 10:00", sla.EventPaused, 0),
					ev(t, "2026-12-01 15:00", sla.EventResponded, 0),
				}
			},
			now: "2026-12-02 09:00", state: sla.Met, due: "2026-12-02 10:00", elapsed: time.Hour, held: 5 * time.Hour,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := sla.NewClock(tt.policy, tt.opts, tt.events(t)...)
			require.NoError(t, err)
			got, err := c.Status(ny(t, tt.now))
			require.NoError(t, err)
			assert.Equal(t, tt.state, got.State, "got state %v, want %v", got.State, tt.state)
			want := ny(t, tt.due)
			assert.True(t, got.Due.Equal(want), "got due %v, want %v", got.Due, want)
			assert.Equal(t, tt.elapsed, got.Elapsed, "got elapsed %v, want %v", got.Elapsed, tt.elapsed)
			assert.Equal(t, tt.held, got.Held, "got held %v, want %v", got.Held, tt.held)
			assert.Equal(t, max(got.Allowed-got.Elapsed, 0), got.Remaining, "got remaining %v, want allowed-elapsed", got.Remaining)
		})
	}
}

func TestClockWarnings(t *testing.T) {
	gold := sla.Policy{Plan: plan.Gold, Calendar: usCalendar(t)}
	c, err := sla.NewClock(gold, sla.Options{}, ev(t, "2026-12-01 09:00", sla.EventOpened, 1))
	require.NoError(t, err)

	got, err := c.Status(ny(t, "2026-12-01 11:30"))
	require.NoError(t, err)
	want := []struct {
		pct     int
		at      string
		reached bool
	}{{50, "2026-12-01 11:00", true}, {75, "2026-12-01 12:00", false}, {90, "2026-12-01 12:36", false}}
	require.Len(t, got.Warnings, len(want))
	for i, w := range want {
		g := got.Warnings[i]
		assert.Equal(t, w.pct, g.Percent, "warning %d: got %d%%, want %d%%", i, g.Percent, w.pct)
		assert.True(t, g.At.Equal(ny(t, w.at)), "warning %d%%: got %v, want %v", w.pct, g.At, w.at)
		assert.Equal(t, w.reached, g.Reached, "warning %d%%: got reached %v, want %v", w.pct, g.Reached, w.reached)
	}
	assert.InDelta(t, 62.5, got.PercentUsed, 1e-9, "got %v%% used, want 62.5", got.PercentUsed)
	wake, ok := got.NextWake()
	assert.True(t, ok)
	assert.True(t, wake.Equal(ny(t, "2026-12-01 12:00")), "got wake %v, want 12:00", wake)

	late, err := c.Status(ny(t, "2026-12-01 12:50"))
	require.NoError(t, err)
	wake, ok = late.NextWake()
	assert.True(t, ok)
	assert.True(t, wake.Equal(ny(t, "2026-12-01 13:00").Add(1)), "got wake %v, want just after 13:00", wake)

	custom, err := sla.NewClock(gold, sla.Options{Thresholds: []int{80, 25, 80}}, ev(t, "2026-12-01 09:00", sla.EventOpened, 1))
	require.NoError(t, err)
	s, err := custom.Status(ny(t, "2026-12-01 09:00"))
	require.NoError(t, err)
	require.Len(t, s.Warnings, 2)
	assert.Equal(t, 25, s.Warnings[0].Percent)
	assert.True(t, s.Warnings[1].At.Equal(ny(t, "2026-12-01 12:12")), "got 80%% at %v, want 12:12", s.Warnings[1].At)

	none, err := sla.NewClock(gold, sla.Options{Thresholds: []int{}}, ev(t, "2026-12-01 09:00", sla.EventOpened, 1))
	require.NoError(t, err)
	s, err = none.Status(ny(t, "2026-12-01 09:00"))
	require.NoError(t, err)
	assert.Empty(t, s.Warnings)
	wake, ok = s.NextWake()
	assert.True(t, ok)
	assert.True(t, wake.Equal(ny(t, "2026-12-01 13:00").Add(1)), "got wake %v, want just after 13:00", wake)

	_, err = sla.NewClock(gold, sla.Options{Thresholds: []int{50, 100}})
	assert.ErrorIs(t, err, sla.ErrInvalidOptions)
	assert.EqualError(t, err, "sla: invalid options: Thresholds[1]: 100: want a percentage from 1 to 99")
}

func TestClockRefusesEvents(t *testing.T) {
	gold := sla.Policy{Plan: plan.Gold, Calendar: usCalendar(t)}
	history := func(t testing.TB) []sla.Event {
		return []sla.Event{
			ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
			ev(t, "2026-12-01 10:00", sla.EventPaused, 0),
		}
	}
	tests := []struct {
		name   string
		events func(t testing.TB) []sla.Event // applied to an empty clock first
		bad    sla.Event
		want   error
		reason string
	}{
		{"event out of order", history, ev(t, "2026-12-01 09:30", sla.EventResumed, 0), sla.ErrInvalidEvent, "out of order"},
		{"resume without a pause", func(t testing.TB) []sla.Event { return history(t)[:1] }, ev(t, "2026-12-01 11:00", sla.EventResumed, 0), sla.ErrInvalidEvent, "not paused"},
		{"pause while paused", history, ev(t, "2026-12-01 11:00", sla.EventPaused, 0), sla.ErrInvalidEvent, "already paused"},
		{"response before opening", func(testing.TB) []sla.Event { return nil }, ev(t, "2026-12-01 08:00", sla.EventResponded, 0), sla.ErrInvalidEvent, "has not been opened"},
		{"response before the opening instant", func(t testing.TB) []sla.Event { return history(t)[:1] }, ev(t, "2026-12-01 08:00", sla.EventResponded, 0), sla.ErrInvalidEvent, "out of order"},
		{"opened twice", history, ev(t, "2026-12-01 11:00", sla.EventOpened, 2), sla.ErrInvalidEvent, "already opened"},
		{"zero time", history, sla.Event{Kind: sla.EventResumed}, sla.ErrInvalidEvent, "zero time"},
		{"unknown kind", history, sla.Event{At: ny(t, "2026-12-01 11:00"), Kind: 9}, sla.ErrInvalidEvent, "unknown event kind"},
		{"unknown severity", history, ev(t, "2026-12-01 11:00", sla.EventSeverityChanged, 7), sla.ErrUnknownSeverity, "severity: 7"},
		{"severity on a pause", func(t testing.TB) []sla.Event { return history(t)[:1] }, ev(t, "2026-12-01 11:00", sla.EventPaused, 2), sla.ErrInvalidEvent, "carry a severity"},
		// A response no longer ends the history (next responses and the
		// resolution follow it); a resolution does, until a reopen.
		{"event after the resolution", func(t testing.TB) []sla.Event {
			return []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 1), ev(t, "2026-12-01 10:00", sla.EventResolved, 0)}
		}, ev(t, "2026-12-01 11:00", sla.EventSeverityChanged, 2), sla.ErrInvalidEvent, "only reopened may follow"},
		{"pause after the resolution", func(t testing.TB) []sla.Event {
			return []sla.Event{ev(t, "2026-12-01 09:00", sla.EventOpened, 1), ev(t, "2026-12-01 10:00", sla.EventResolved, 0)}
		}, ev(t, "2026-12-01 11:00", sla.EventPaused, 0), sla.ErrInvalidEvent, "resolved at"},
		{"reopen without a resolution", func(t testing.TB) []sla.Event { return history(t)[:1] }, ev(t, "2026-12-01 11:00", sla.EventReopened, 0), sla.ErrInvalidEvent, "not resolved"},
		{"severity on a resolution", func(t testing.TB) []sla.Event { return history(t)[:1] }, ev(t, "2026-12-01 11:00", sla.EventResolved, 3), sla.ErrInvalidEvent, "carry a severity"},
		{"business-hours target without a calendar", func(testing.TB) []sla.Event { return nil }, ev(t, "2026-12-01 11:00", sla.EventOpened, 2), sla.ErrNoCalendar, "needs the customer's calendar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := gold
			if errors.Is(tt.want, sla.ErrNoCalendar) {
				p.Calendar = nil
			}
			c, err := sla.NewClock(p, sla.Options{}, tt.events(t)...)
			require.NoError(t, err)
			before := c.Events()
			beforeStatus, beforeErr := c.Status(ny(t, "2026-12-01 12:00"))

			err = c.Apply(tt.bad)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.ErrorIs(t, err, sla.ErrInvalidEvent)
			var ee *sla.EventError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, len(before), ee.Index, "got index %d, want %d", ee.Index, len(before))
			assert.Contains(t, err.Error(), tt.reason)
			assert.Regexp(t, `^sla: events\[\d+\] `, err.Error())

			assert.Equal(t, before, c.Events(), "the history changed")
			afterStatus, afterErr := c.Status(ny(t, "2026-12-01 12:00"))
			assert.Equal(t, beforeErr, afterErr)
			assert.Equal(t, beforeStatus, afterStatus, "the status changed")

			_, err = sla.NewClock(p, sla.Options{}, append(tt.events(t), tt.bad)...)
			assert.ErrorIs(t, err, tt.want, "NewClock: got %v, want %v", err, tt.want)
		})
	}
}

func TestClockStatusBeforeOpening(t *testing.T) {
	gold := sla.Policy{Plan: plan.Gold, Calendar: usCalendar(t)}
	empty, err := sla.NewClock(gold, sla.Options{})
	require.NoError(t, err)
	_, err = empty.Status(ny(t, "2026-12-01 12:00"))
	assert.ErrorIs(t, err, sla.ErrInvalidEvent)

	c, err := sla.NewClock(gold, sla.Options{}, ev(t, "2026-12-01 09:00", sla.EventOpened, 1))
	require.NoError(t, err)
	_, err = c.Status(ny(t, "2026-12-01 08:59"))
	assert.ErrorIs(t, err, sla.ErrInvalidEvent)
	assert.Contains(t, err.Error(), "before the incident was opened")
}

// Events hands out a copy, and the caller's slice is not appended to.
func TestClockApplyKeepsEventsSlice(t *testing.T) {
	gold := sla.Policy{Plan: plan.Gold, Calendar: usCalendar(t)}
	events := make([]sla.Event, 1, 4)
	events[0] = ev(t, "2026-12-01 09:00", sla.EventOpened, 1)
	c, err := sla.NewClock(gold, sla.Options{}, events...)
	require.NoError(t, err)
	require.NoError(t, c.Apply(ev(t, "2026-12-01 10:00", sla.EventPaused, 0)))
	got := c.Events()
	got[0].Kind = sla.EventResponded
	assert.Equal(t, sla.EventOpened, c.Events()[0].Kind, "Events must return a copy")
}

func TestStatusJSONRoundTrip(t *testing.T) {
	gold := sla.Policy{Plan: plan.Gold, Calendar: usCalendar(t)}
	c, err := sla.NewClock(gold, sla.Options{},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
		ev(t, "2026-12-01 12:00", sla.EventResponded, 0))
	require.NoError(t, err)
	s, err := c.Status(ny(t, "2026-12-01 12:00"))
	require.NoError(t, err)
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var back sla.Status
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, sla.Met, back.State, "got %v, want met", back.State)
	assert.True(t, back.Due.Equal(s.Due), "got due %v, want %v", back.Due, s.Due)
	assert.Equal(t, s.Target, back.Target)

	var st sla.State
	assert.Error(t, st.UnmarshalText([]byte("late")))
	assert.Equal(t, sla.State(0), st, "a failed UnmarshalText changed the state")
}
