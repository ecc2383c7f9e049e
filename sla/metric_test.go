package sla_test

import (
	"encoding/json"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// diamond is a custom plan with every metric, all on business hours:
// first response 2h/4h/8h/8h, next response 1h/2h/4h/8h, resolution
// 8h/16h/24h/40h.
func diamond() plan.Plan {
	bh := func(h int) plan.Target { return plan.Target{Duration: time.Duration(h) * time.Hour} }
	return plan.Plan{
		Name:         "Diamond",
		Targets:      [plan.NumLevels]plan.Target{bh(2), bh(4), bh(8), bh(8)},
		NextResponse: [plan.NumLevels]plan.Target{bh(1), bh(2), bh(4), bh(8)},
		Resolution:   [plan.NumLevels]plan.Target{bh(8), bh(16), bh(24), bh(40)},
	}
}

func TestPolicyDue(t *testing.T) {
	us := usCalendar(t)
	p := sla.Policy{Plan: diamond(), Calendar: us}
	tests := []struct {
		name   string
		metric plan.Metric
		sev    severity.Level
		opened string
		due    string
	}{
		{"first response, Tue 09:00 + 2h", plan.FirstResponse, 1, "2026-12-01 09:00", "2026-12-01 11:00"},
		{"next response, Tue 16:30 + 2h runs into Wed", plan.NextResponse, 2, "2026-12-01 16:30", "2026-12-02 10:30"},
		{"resolution, Thu 24 Dec 16:00 + 16h skips Christmas and the weekend", plan.Resolution, 2, "2026-12-24 16:00", "2026-12-29 16:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Due(tt.metric, tt.sev, ny(t, tt.opened))
			require.NoError(t, err)
			want := ny(t, tt.due)
			assert.True(t, got.Equal(want), "Due(%v, %v, %s): got %v, want %v", tt.metric, tt.sev, tt.opened, got, want)
		})
	}
}

func TestPolicyDueErrors(t *testing.T) {
	us := usCalendar(t)
	opened := ny(t, "2026-12-01 09:00")
	for _, m := range []plan.Metric{plan.NextResponse, plan.Resolution} {
		for _, p := range []plan.Plan{plan.Gold, plan.Platinum} {
			_, err := sla.Policy{Plan: p, Calendar: us}.Due(m, severity.Sev1, opened)
			assert.ErrorIs(t, err, plan.ErrNoTarget, "%s %v: got %v, want ErrNoTarget", p.Name, m, err)
		}
	}
	_, err := sla.Policy{Plan: diamond()}.Due(plan.Resolution, severity.Sev1, opened)
	assert.ErrorIs(t, err, sla.ErrNoCalendar)
	assert.Contains(t, err.Error(), "Severity 1, resolution")
	_, err = sla.Policy{Plan: diamond(), Calendar: us}.Due(plan.Resolution, 9, opened)
	assert.ErrorIs(t, err, sla.ErrUnknownSeverity)
	zero := sla.Policy{Plan: diamond(), Calendar: &calendar.Calendar{}}
	_, err = zero.Due(plan.Resolution, severity.Sev1, opened)
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument, "Due on a zero calendar: got %v", err)
	_, err = zero.ResponseDue(severity.Sev1, opened)
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument, "ResponseDue on a zero calendar: got %v", err)
	_, err = zero.Explain(severity.Sev1, opened)
	assert.ErrorIs(t, err, calendar.ErrInvalidArgument, "Explain on a zero calendar: got %v", err)
}

// ResponseDue is Due(FirstResponse, ...) for every plan, severity and a
// spread of instants.
func TestResponseDueIsFirstResponse(t *testing.T) {
	us := usCalendar(t)
	start := ny(t, "2026-12-18 07:10")
	for _, pl := range []plan.Plan{plan.Gold, plan.Platinum, diamond()} {
		p := sla.Policy{Plan: pl, Calendar: us}
		for sev := severity.Sev1; sev <= severity.Sev4; sev++ {
			for i := range 40 {
				opened := start.Add(time.Duration(i) * 197 * time.Minute)
				a, errA := p.ResponseDue(sev, opened)
				b, errB := p.Due(plan.FirstResponse, sev, opened)
				require.NoError(t, errA)
				require.NoError(t, errB)
				assert.True(t, a.Equal(b), "%s %v %v: ResponseDue %v, Due %v", pl.Name, sev, opened, a, b)
			}
		}
	}
}

// metricCase is one history and what each metric says about it at now.
type metricCase struct {
	name   string
	opts   sla.Options
	events func(t testing.TB) []sla.Event
	now    string
	metric plan.Metric
	state  sla.State
	due    string
	sev    severity.Level
	cycle  int
	used   time.Duration // Elapsed
	held   time.Duration
}

func TestMetricStatus(t *testing.T) {
	e := func(at string, k sla.EventKind, sev severity.Level) func(testing.TB) sla.Event {
		return func(t testing.TB) sla.Event { return ev(t, at, k, sev) }
	}
	h := func(es ...func(testing.TB) sla.Event) func(testing.TB) []sla.Event {
		return func(t testing.TB) []sla.Event {
			out := make([]sla.Event, len(es))
			for i, f := range es {
				out[i] = f(t)
			}
			return out
		}
	}
	opened1 := e("2026-12-01 09:00", sla.EventOpened, 1) // Tue
	opened2 := e("2026-12-01 09:00", sla.EventOpened, 2)
	opened3 := e("2026-12-01 09:00", sla.EventOpened, 3)
	tests := []metricCase{
		// Resolution across pauses: 8h from Tue 09:00 is Tue 17:00; a
		// two-hour pause moves it to Wed 11:00.
		{name: "resolution running, no pause", events: h(opened1), now: "2026-12-01 12:00",
			metric: plan.Resolution, state: sla.Running, due: "2026-12-01 17:00", sev: 1, used: 3 * time.Hour},
		{name: "resolution across a pause", events: h(opened1,
			e("2026-12-01 10:00", sla.EventPaused, 0), e("2026-12-01 12:00", sla.EventResumed, 0),
			e("2026-12-02 10:30", sla.EventResolved, 0)), now: "2026-12-02 12:00",
			metric: plan.Resolution, state: sla.Met, due: "2026-12-02 11:00", sev: 1, used: 7*time.Hour + 30*time.Minute, held: 2 * time.Hour},
		{name: "a pause holds the first response and the resolution alike", events: h(opened2,
			e("2026-12-01 10:00", sla.EventPaused, 0), e("2026-12-01 11:00", sla.EventResumed, 0)), now: "2026-12-01 12:00",
			metric: plan.FirstResponse, state: sla.Running, due: "2026-12-01 14:00", sev: 2, used: 2 * time.Hour, held: time.Hour},
		{name: "… the resolution's 16h move one hour too", events: h(opened2,
			e("2026-12-01 10:00", sla.EventPaused, 0), e("2026-12-01 11:00", sla.EventResumed, 0)), now: "2026-12-01 12:00",
			metric: plan.Resolution, state: sla.Running, due: "2026-12-03 10:00", sev: 2, used: 2 * time.Hour, held: time.Hour},
		{name: "a long pause moves the resolution's due instant along", events: h(opened1,
			e("2026-12-01 16:00", sla.EventPaused, 0)), now: "2026-12-03 12:00",
			metric: plan.Resolution, state: sla.Paused, due: "2026-12-03 13:00", sev: 1, used: 7 * time.Hour, held: 12 * time.Hour},

		// Reopen: OTRS's rule, the resolution keeps the time it used.
		{name: "resolved after 4h: met", events: h(opened1, e("2026-12-01 13:00", sla.EventResolved, 0)), now: "2026-12-01 14:00",
			metric: plan.Resolution, state: sla.Met, due: "2026-12-01 17:00", sev: 1, used: 4 * time.Hour},
		{name: "reopened: the resolved stretch does not count", events: h(opened1,
			e("2026-12-01 13:00", sla.EventResolved, 0), e("2026-12-02 10:00", sla.EventReopened, 0)), now: "2026-12-02 11:00",
			metric: plan.Resolution, state: sla.Running, due: "2026-12-02 14:00", sev: 1, used: 5 * time.Hour, held: 5 * time.Hour},
		{name: "resolved again after the due instant: breached", events: h(opened1,
			e("2026-12-01 13:00", sla.EventResolved, 0), e("2026-12-02 10:00", sla.EventReopened, 0),
			e("2026-12-02 15:00", sla.EventResolved, 0)), now: "2026-12-02 16:00",
			metric: plan.Resolution, state: sla.Breached, due: "2026-12-02 14:00", sev: 1, used: 9 * time.Hour, held: 5 * time.Hour},
		{name: "a reopen starts a next-response cycle", events: h(opened1,
			e("2026-12-01 13:00", sla.EventResolved, 0), e("2026-12-02 10:00", sla.EventReopened, 0)), now: "2026-12-02 10:30",
			metric: plan.NextResponse, state: sla.Running, due: "2026-12-02 11:00", sev: 1, cycle: 1, used: 30 * time.Minute},
		{name: "a resolution before any response ends the first response", events: h(opened1,
			e("2026-12-01 10:00", sla.EventResolved, 0)), now: "2026-12-01 12:00",
			metric: plan.FirstResponse, state: sla.Met, due: "2026-12-01 11:00", sev: 1, used: time.Hour},

		// Next-response cycles: a reply after the first response starts
		// one, a second reply does not, the next response ends it.
		{name: "cycle 1 runs from the first unanswered reply", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 11:30", sla.EventCustomerReplied, 0)), now: "2026-12-01 12:00",
			metric: plan.NextResponse, state: sla.Running, due: "2026-12-01 13:00", sev: 2, cycle: 1, used: time.Hour},
		{name: "cycle 1 answered in time", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 12:30", sla.EventResponded, 0)), now: "2026-12-01 14:00",
			metric: plan.NextResponse, state: sla.Met, due: "2026-12-01 13:00", sev: 2, cycle: 1, used: 90 * time.Minute},
		{name: "cycle 2 answered late, a later response changes nothing", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 12:30", sla.EventResponded, 0), e("2026-12-01 15:00", sla.EventCustomerReplied, 0),
			e("2026-12-02 09:30", sla.EventResponded, 0), e("2026-12-02 10:00", sla.EventResponded, 0)), now: "2026-12-02 11:00",
			metric: plan.NextResponse, state: sla.Breached, due: "2026-12-01 17:00", sev: 2, cycle: 2, used: 150 * time.Minute},
		{name: "a reply ends a pause and starts a cycle", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventPaused, 0),
			e("2026-12-01 13:00", sla.EventCustomerReplied, 0)), now: "2026-12-01 14:00",
			metric: plan.NextResponse, state: sla.Running, due: "2026-12-01 15:00", sev: 2, cycle: 1, used: time.Hour},
		{name: "… and the resolution counted none of the pause", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventPaused, 0),
			e("2026-12-01 13:00", sla.EventCustomerReplied, 0)), now: "2026-12-01 14:00",
			metric: plan.Resolution, state: sla.Running, due: "2026-12-03 11:00", sev: 2, used: 3 * time.Hour, held: 2 * time.Hour},
		{name: "a pause holds a running cycle", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 11:30", sla.EventPaused, 0), e("2026-12-01 12:30", sla.EventResumed, 0)), now: "2026-12-01 13:00",
			metric: plan.NextResponse, state: sla.Running, due: "2026-12-01 14:00", sev: 2, cycle: 1, used: time.Hour, held: time.Hour},
		{name: "a resolution ends the running cycle", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 11:45", sla.EventResolved, 0)), now: "2026-12-01 14:00",
			metric: plan.NextResponse, state: sla.Met, due: "2026-12-01 13:00", sev: 2, cycle: 1, used: 45 * time.Minute},

		{name: "pauses after the first response do not move it", events: h(opened2,
			e("2026-12-01 10:00", sla.EventResponded, 0), e("2026-12-01 11:00", sla.EventPaused, 0),
			e("2026-12-01 12:00", sla.EventResumed, 0), e("2026-12-01 13:00", sla.EventPaused, 0)), now: "2026-12-01 14:00",
			metric: plan.FirstResponse, state: sla.Met, due: "2026-12-01 13:00", sev: 2, used: time.Hour},

		// A severity change re-targets every running metric; a stopped
		// one keeps its target.
		{name: "change: the first response stays met under Severity 3", events: h(opened3,
			e("2026-12-01 09:30", sla.EventResponded, 0), e("2026-12-01 10:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 10:30", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:45",
			metric: plan.FirstResponse, state: sla.Met, due: "2026-12-01 17:00", sev: 3, used: 30 * time.Minute},
		{name: "change: the running cycle takes Severity 1's 1h from its start", events: h(opened3,
			e("2026-12-01 09:30", sla.EventResponded, 0), e("2026-12-01 10:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 10:30", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:45",
			metric: plan.NextResponse, state: sla.Running, due: "2026-12-01 11:00", sev: 1, cycle: 1, used: 45 * time.Minute},
		{name: "change: the resolution takes Severity 1's 8h from the opening", events: h(opened3,
			e("2026-12-01 09:30", sla.EventResponded, 0), e("2026-12-01 10:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 10:30", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:45",
			metric: plan.Resolution, state: sla.Running, due: "2026-12-01 17:00", sev: 1, used: 105 * time.Minute},
		{name: "restart: the running cycle counts 1h from the change", opts: sla.Options{RestartOnChange: true}, events: h(opened3,
			e("2026-12-01 09:30", sla.EventResponded, 0), e("2026-12-01 10:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 10:30", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:45",
			metric: plan.NextResponse, state: sla.Running, due: "2026-12-01 11:30", sev: 1, cycle: 1, used: 15 * time.Minute},
		{name: "restart: the resolution counts 8h from the change", opts: sla.Options{RestartOnChange: true}, events: h(opened3,
			e("2026-12-01 09:30", sla.EventResponded, 0), e("2026-12-01 10:00", sla.EventCustomerReplied, 0),
			e("2026-12-01 10:30", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:45",
			metric: plan.Resolution, state: sla.Running, due: "2026-12-02 10:30", sev: 1, used: 15 * time.Minute},
		{name: "restart: the first response still running restarts too", opts: sla.Options{RestartOnChange: true}, events: h(opened3,
			e("2026-12-01 10:00", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:30",
			metric: plan.FirstResponse, state: sla.Running, due: "2026-12-01 12:00", sev: 1, used: 30 * time.Minute},
		{name: "change: the first response still running re-targets", events: h(opened3,
			e("2026-12-01 10:00", sla.EventSeverityChanged, 1)), now: "2026-12-01 10:30",
			metric: plan.FirstResponse, state: sla.Running, due: "2026-12-01 11:00", sev: 1, used: 90 * time.Minute},
	}
	p := sla.Policy{Plan: diamond(), Calendar: usCalendar(t)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := sla.NewClock(p, tt.opts, tt.events(t)...)
			require.NoError(t, err)
			s, err := c.MetricStatus(tt.metric, ny(t, tt.now))
			require.NoError(t, err)
			assert.Equal(t, tt.metric, s.Metric)
			assert.Equal(t, tt.state, s.State, "state: got %v, want %v", s.State, tt.state)
			assert.True(t, s.Due.Equal(ny(t, tt.due)), "due: got %v, want %s", s.Due, tt.due)
			assert.Equal(t, tt.sev, s.Severity, "severity: got %v, want %v", s.Severity, tt.sev)
			assert.Equal(t, tt.cycle, s.Cycle, "cycle: got %d, want %d", s.Cycle, tt.cycle)
			assert.Equal(t, tt.used, s.Elapsed, "elapsed: got %v, want %v", s.Elapsed, tt.used)
			assert.Equal(t, tt.held, s.Held, "held: got %v, want %v", s.Held, tt.held)

			// The explanation names the metric and agrees on the due instant.
			x, err := c.ExplainMetric(tt.metric, ny(t, tt.now))
			require.NoError(t, err)
			assert.Equal(t, tt.metric, x.Metric)
			assert.True(t, x.Due.Equal(s.Due), "explanation due %v, status due %v", x.Due, s.Due)

			// A stored clock restores to the same status.
			data, err := json.Marshal(c)
			require.NoError(t, err)
			var back sla.Clock
			require.NoError(t, json.Unmarshal(data, &back))
			s2, err := back.MetricStatus(tt.metric, ny(t, tt.now))
			require.NoError(t, err)
			assert.True(t, s2.Due.Equal(s.Due) && s2.State == s.State && s2.Elapsed == s.Elapsed,
				"restored: got %v %v %v, want %v %v %v", s2.State, s2.Due, s2.Elapsed, s.State, s.Due, s.Elapsed)
		})
	}
}

func TestMetricStatusErrors(t *testing.T) {
	us := usCalendar(t)
	gold, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{}, ev(t, "2026-12-01 09:00", sla.EventOpened, 1))
	require.NoError(t, err)
	_, err = gold.MetricStatus(plan.Resolution, ny(t, "2026-12-01 10:00"))
	assert.ErrorIs(t, err, plan.ErrNoTarget, "Gold sets no resolution: got %v", err)
	_, err = gold.MetricStatus(plan.Metric(5), ny(t, "2026-12-01 10:00"))
	assert.ErrorIs(t, err, plan.ErrNoTarget)

	c, err := sla.NewClock(sla.Policy{Plan: diamond(), Calendar: us}, sla.Options{},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
		ev(t, "2026-12-01 09:10", sla.EventCustomerReplied, 0), // before the first response: no cycle
		ev(t, "2026-12-01 09:20", sla.EventResponded, 0),
		ev(t, "2026-12-01 10:00", sla.EventCustomerReplied, 0))
	require.NoError(t, err)
	_, err = c.MetricStatus(plan.NextResponse, ny(t, "2026-12-01 09:30"))
	assert.ErrorIs(t, err, sla.ErrNotStarted, "no reply since the first response: got %v", err)
	s, err := c.MetricStatus(plan.NextResponse, ny(t, "2026-12-01 10:30"))
	require.NoError(t, err)
	assert.Equal(t, 1, s.Cycle)
	_, err = c.MetricStatus(plan.Resolution, ny(t, "2026-12-01 08:00"))
	assert.ErrorIs(t, err, sla.ErrInvalidEvent)
}

// Warnings and NextWake cover every metric: once the first response is
// met, the clock still wakes for the resolution and for a reply.
func TestClockNextWakeCoversEveryMetric(t *testing.T) {
	p := sla.Policy{Plan: diamond(), Calendar: usCalendar(t)}
	c, err := sla.NewClock(p, sla.Options{Thresholds: []int{}},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 2),
		ev(t, "2026-12-01 10:00", sla.EventResponded, 0))
	require.NoError(t, err)
	tests := []struct {
		name string
		now  string
		want string
	}{
		{"after the first response: the resolution's breach", "2026-12-01 10:30", "2026-12-02 17:00"},
	}
	for _, tt := range tests {
		wake, ok, err := c.NextWake(ny(t, tt.now))
		require.NoError(t, err)
		require.True(t, ok, "%s: no wake", tt.name)
		assert.True(t, wake.Equal(ny(t, tt.want).Add(1)), "%s: got %v, want just after %s", tt.name, wake, tt.want)
	}
	require.NoError(t, c.Apply(ev(t, "2026-12-01 11:00", sla.EventCustomerReplied, 0)))
	wake, ok, err := c.NextWake(ny(t, "2026-12-01 11:30"))
	require.NoError(t, err)
	require.True(t, ok)
	assert.True(t, wake.Equal(ny(t, "2026-12-01 13:00").Add(1)), "a reply's cycle: got %v, want just after 13:00", wake)

	// With warnings, the resolution's 50 % mark comes first.
	w, err := sla.NewClock(p, sla.Options{Thresholds: []int{50}},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 2),
		ev(t, "2026-12-01 10:00", sla.EventResponded, 0))
	require.NoError(t, err)
	wake, ok, err = w.NextWake(ny(t, "2026-12-01 10:30"))
	require.NoError(t, err)
	require.True(t, ok)
	assert.True(t, wake.Equal(ny(t, "2026-12-01 17:00")), "the resolution's 50%% warning (8 of 16 business hours): got %v, want Tue 17:00", wake)
	s, err := w.MetricStatus(plan.Resolution, ny(t, "2026-12-01 10:30"))
	require.NoError(t, err)
	require.Len(t, s.Warnings, 1)

	// Only events can change a resolved incident.
	require.NoError(t, w.Apply(ev(t, "2026-12-01 11:00", sla.EventResolved, 0)))
	_, ok, err = w.NextWake(ny(t, "2026-12-01 11:30"))
	require.NoError(t, err)
	assert.False(t, ok, "a resolved incident has nothing to wake for")
}

func TestExplainNamesTheMetric(t *testing.T) {
	c, err := sla.NewClock(sla.Policy{Plan: diamond(), Calendar: usCalendar(t)}, sla.Options{},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 1),
		ev(t, "2026-12-01 09:30", sla.EventResponded, 0),
		ev(t, "2026-12-01 13:00", sla.EventResolved, 0),
		ev(t, "2026-12-02 10:00", sla.EventReopened, 0))
	require.NoError(t, err)
	now := ny(t, "2026-12-02 10:15")
	tests := []struct {
		metric plan.Metric
		want   []string
	}{
		{plan.FirstResponse, []string{"Diamond, Severity 1: respond within 2h on business hours.", "State: met"}},
		{plan.NextResponse, []string{"Diamond, Severity 1, next response (cycle 1): answer the customer's reply within 1h on business hours.",
			"the incident was reopened at Wed 2026-12-02 10:00 EST", "Due Wed 2026-12-02 11:00 EST. State: running."}},
		{plan.Resolution, []string{"Diamond, Severity 1, resolution: resolve within 8h on business hours.",
			"Tue 2026-12-01 13:00 EST to Wed 2026-12-02 10:00 EST (resolved, then reopened): 5h0m0s held", "Due Wed 2026-12-02 14:00 EST."}},
	}
	for _, tt := range tests {
		t.Run(tt.metric.String(), func(t *testing.T) {
			x, err := c.ExplainMetric(tt.metric, now)
			require.NoError(t, err)
			text := x.Text()
			for _, w := range tt.want {
				assert.Contains(t, text, w)
			}
		})
	}
}

// TestNilAndZeroClock: (*sla.Clock)(nil).Status panicked, and so did every
// method of a zero Clock; NewClock accepted a zero calendar.
func TestNilAndZeroClock(t *testing.T) {
	now := ny(t, "2026-12-01 10:00")
	for name, c := range map[string]*sla.Clock{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			calls := map[string]func() error{
				"Status":        func() error { _, err := c.Status(now); return err },
				"StatusNow":     func() error { _, err := c.StatusNow(); return err },
				"MetricStatus":  func() error { _, err := c.MetricStatus(plan.Resolution, now); return err },
				"Explain":       func() error { _, err := c.Explain(now); return err },
				"ExplainMetric": func() error { _, err := c.ExplainMetric(plan.FirstResponse, now); return err },
				"NextWake":      func() error { _, _, err := c.NextWake(now); return err },
				"Apply":         func() error { return c.Apply(ev(t, "2026-12-01 09:00", sla.EventOpened, 1)) },
				"MarshalJSON":   func() error { _, err := c.MarshalJSON(); return err },
			}
			for method, call := range calls {
				err := call()
				assert.ErrorIs(t, err, sla.ErrInvalidClock, "%s on a %s clock: got %v", method, name, err)
			}
			assert.Nil(t, c.Events())
		})
	}
	_, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: &calendar.Calendar{}}, sla.Options{})
	assert.True(t, errors.Is(err, calendar.ErrInvalidArgument), "NewClock with a zero calendar: got %v, want ErrInvalidArgument", err)
}

// TestNewClockIsLinear: NewClock copied the whole history on every event,
// so 16,001 events took seconds. Bytes allocated for twice the events
// must be about twice, not four times.
func TestNewClockIsLinear(t *testing.T) {
	p := sla.Policy{Plan: diamond(), Calendar: usCalendar(t)}
	alloc := func(n int) uint64 {
		events := longHistory(t, n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		c, err := sla.NewClock(p, sla.Options{}, events...)
		runtime.ReadMemStats(&after)
		require.NoError(t, err)
		_, err = c.MetricStatus(plan.Resolution, events[len(events)-1].At)
		require.NoError(t, err)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := alloc(2000), alloc(8000)
	assert.Less(t, float64(large)/float64(small), 6.0, "4× the events allocated %d bytes against %d: want linear growth", large, small)
}

// longHistory is an opening and n pause/resume or reply/response events,
// a minute apart, through business and closed hours alike.
func longHistory(t testing.TB, n int) []sla.Event {
	at := ny(t, "2026-01-05 09:00")
	events := []sla.Event{{At: at, Kind: sla.EventOpened, Severity: severity.Sev4}}
	kinds := [...]sla.EventKind{sla.EventResponded, sla.EventPaused, sla.EventResumed, sla.EventCustomerReplied}
	for i := range n {
		at = at.Add(time.Minute)
		k := kinds[i%len(kinds)]
		if i == 0 {
			k = sla.EventResponded
		}
		events = append(events, sla.Event{At: at, Kind: k})
	}
	return events
}

// A Clock's read methods may run concurrently (go test -race proves they
// only read the shared state).
func TestClockConcurrentReads(t *testing.T) {
	c, err := sla.NewClock(sla.Policy{Plan: diamond(), Calendar: usCalendar(t)}, sla.Options{},
		ev(t, "2026-12-01 09:00", sla.EventOpened, 2),
		ev(t, "2026-12-01 10:00", sla.EventResponded, 0),
		ev(t, "2026-12-01 11:00", sla.EventCustomerReplied, 0),
		ev(t, "2026-12-01 12:00", sla.EventPaused, 0))
	require.NoError(t, err)
	want, err := c.MetricStatus(plan.Resolution, ny(t, "2026-12-02 10:00"))
	require.NoError(t, err)
	base := ny(t, "2026-12-01 11:30")
	done := make(chan error, 8)
	for g := range 8 {
		go func() {
			for i := range 200 {
				now := base.Add(time.Duration(g*i) * time.Minute)
				if _, err := c.MetricStatus(plan.NextResponse, now); err != nil {
					done <- err
					return
				}
				if _, _, err := c.NextWake(now); err != nil {
					done <- err
					return
				}
				if _, err := c.ExplainMetric(plan.Resolution, now); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		require.NoError(t, <-done)
	}
	got, err := c.MetricStatus(plan.Resolution, ny(t, "2026-12-02 10:00"))
	require.NoError(t, err)
	assert.Equal(t, want, got, "concurrent reads changed the clock")
}
