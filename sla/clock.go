package sla

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// Options change how a Clock counts. The zero Options are the defaults.
type Options struct {
	// RestartOnChange makes a severity change restart every running
	// metric at the change: the new target counts from the change instant,
	// and time before it no longer counts. By default a change keeps each
	// running metric's start and re-targets it, so a due instant may move
	// earlier, even into the past. Metrics that already stopped (a first
	// response given, a next-response cycle answered) keep the target they
	// stopped under.
	RestartOnChange bool `json:"restart_on_change"`

	// Thresholds are the at-risk warnings, in percent of the target used,
	// each 1 to 99. Nil means 50, 75 and 90; an empty non-nil slice means
	// no warnings. Order and duplicates do not matter.
	Thresholds []int `json:"thresholds"`
}

var defaultThresholds = []int{50, 75, 90}

// A State is where an incident's clock stands.
type State int

// The states of a clock. The zero State is not a state.
const (
	// Running: the clock counts and the due instant has not passed.
	Running State = iota + 1
	// Paused: the clock waits on the customer; the due instant has not
	// passed.
	Paused
	// Met: the metric stopped (the response, or the resolution) at or
	// before the due instant.
	Met
	// Breached: the due instant passed before the metric stopped, or it
	// stopped after it.
	Breached
)

var stateNames = [...]string{Running: "running", Paused: "paused", Met: "met", Breached: "breached"}

// String returns "running", "paused", "met" or "breached"; "State(n)" for
// another value.
func (s State) String() string {
	if s >= Running && s <= Breached {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// MarshalText returns the state's name. It fails for a value that is not a
// state.
func (s State) MarshalText() ([]byte, error) {
	if s < Running || s > Breached {
		return nil, fmt.Errorf("sla: state: %d: unknown state", int(s))
	}
	return []byte(stateNames[s]), nil
}

// UnmarshalText reads a state's name, as MarshalText writes it. On error s
// is unchanged.
func (s *State) UnmarshalText(text []byte) error {
	for i, name := range stateNames {
		if i != 0 && name == string(text) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("sla: state: %q: want running, paused, met or breached", cut(string(text)))
}

// A Clock is the SLA clock of one incident, a pure function of the
// incident's history: the same events always give the same Clock, so a
// ticketing system can store the events and rebuild any state from them.
//
// A Clock follows every metric the policy's plan sets (see plan.Metric):
// the first response always; the resolution and next-response cycles when
// the plan has targets for them. Each metric runs from its start to the
// event that stops it:
//
//   - FirstResponse: from EventOpened to the first EventResponded (or
//     EventResolved, if that comes first).
//   - NextResponse: in cycles. Once the first response was given, an
//     EventCustomerReplied starts a cycle (when none is running), and the
//     next EventResponded or EventResolved ends it; EventReopened starts
//     one too. Status reports the current cycle, or the last one.
//   - Resolution: from EventOpened to EventResolved. EventReopened resumes
//     it with the time already used: the stretch while the incident was
//     resolved does not count, as with a pause. This is OTRS's rule for
//     solution time, chosen over restarting the target at each reopen
//     (Jira's multi-cycle goals) because the customer waits for one fix:
//     resolving too early must not buy a fresh target.
//
// Counting. Let start be a metric's start (or, with
// Options.RestartOnChange, the last severity change while it ran) and T the
// current severity's target for the metric. Time is counted on the target's
// clock: open time of the Policy's calendar for business-hours targets,
// elapsed time for 24x7x365 targets. Paused time does not count, on either
// clock, for any metric: the counted time at u is the time on the target's
// clock in [start, u) minus the time on that clock inside pauses (and, for
// the resolution, inside resolved stretches). The due instant is the
// earliest instant at which the counted time reaches the target's
// allowance A:
//
//   - a duration target (business hours or 24x7x365): A is the duration;
//   - a FixedHours day target: A is N × HoursPerDay of business time;
//   - a SameTime or EndOfDay day target: A is the business time between
//     start and the instant Policy.Due gives for start, that is
//     Calendar.Between(start, due). The day target becomes the business
//     time it spans, and a pause extends it by exactly the business time
//     paused. So with no pause the due instant is Policy.Due's; a pause
//     that holds one business hour moves it one business hour later, which
//     may carry it past a close (an EndOfDay due instant then no longer
//     falls at a close). Pauses outside open time move nothing.
//
// So a pause can only move a due instant later, and by exactly the time the
// pause held on the target's clock before the due instant.
//
// A severity change re-targets every running metric from its start (or
// restarts it, see Options); it keeps the pauses. A stopped metric's state
// is fixed: met when it stopped at or before its due instant, breached
// after it (a resolution is judged again if the incident is reopened).
//
// Results are in the location of the opening event's At.
//
// A Clock's methods may be called concurrently, except Apply, which must
// not run at the same time as any other method. Build a Clock with
// NewClock: every method of a nil or zero Clock returns an error wrapping
// ErrInvalidClock.
type Clock struct {
	policy     Policy
	restart    bool
	thresholds []int
	sets       [numMetrics]bool // the metrics the plan sets
	events     []Event
	st         state
}

// numMetrics is the number of plan.Metric values.
const numMetrics = 3

// state is what a history of events amounts to.
type state struct {
	opened  time.Time
	sev     severity.Level
	holds   []interval // closed pauses and resolved stretches, in order
	changes []change

	paused   bool
	pausedAt time.Time

	resolved   bool
	resolvedAt time.Time

	first run // FirstResponse
	next  run // the current or last NextResponse cycle
	res   run // Resolution

	// Next-response cycles: started, and of those ended, how many late,
	// and the most of its target an ended cycle used, in percent.
	cycles, ended, late int
	maxUsed             float64

	last time.Time // the latest event
}

// A run is one metric counting from start until end.
type run struct {
	on      bool      // the metric started
	began   time.Time // where it started, before any restart
	start   time.Time // where counting starts
	end     time.Time // where it stopped; zero while it runs
	sev     severity.Level
	target  plan.Target
	counter *calendar.Calendar // counts time on the target's clock
	allow   time.Duration      // the target as counted time from start
}

func (r *run) running() bool { return r.on && r.end.IsZero() }

type interval struct {
	from, to time.Time
	resolved bool // the incident was resolved, not paused
}

type change struct {
	at       time.Time
	from, to severity.Level
}

// NewClock returns the clock of the incident whose history is events, in
// the order they happened; the first must be EventOpened. It returns an
// error wrapping ErrInvalidOptions for bad options, one wrapping
// calendar.ErrInvalidArgument for a Policy whose Calendar is a zero
// calendar.Calendar (not built by calendar.New, Region or Always), or an
// *EventError wrapping ErrInvalidEvent naming the first event it cannot
// apply (see Apply); it then returns no Clock. Its cost is linear in the
// number of events.
//
// With no events NewClock returns a clock waiting for EventOpened.
func NewClock(p Policy, opts Options, events ...Event) (*Clock, error) {
	c := &Clock{}
	if err := c.init(p, opts); err != nil {
		return nil, err
	}
	c.events = make([]Event, 0, len(events))
	for _, e := range events {
		if err := c.Apply(e); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// init makes c a clock of p with no events.
func (c *Clock) init(p Policy, opts Options) error {
	if err := p.checkCalendar(); err != nil {
		return err
	}
	th := defaultThresholds
	if opts.Thresholds != nil {
		th = slices.Clone(opts.Thresholds)
		for i, v := range th {
			if v < 1 || v > 99 {
				return fmt.Errorf("%w: Thresholds[%d]: %d: want a percentage from 1 to 99", ErrInvalidOptions, i, v)
			}
		}
		slices.Sort(th)
		th = slices.Compact(th)
	}
	// A reused clock (Summary's) keeps its slices' backing arrays.
	*c = Clock{policy: p, restart: opts.RestartOnChange, thresholds: th, events: c.events[:0],
		st: state{holds: c.st.holds[:0], changes: c.st.changes[:0]}}
	var none [plan.NumLevels]plan.Target
	c.sets = [numMetrics]bool{plan.FirstResponse: true, plan.NextResponse: p.Plan.NextResponse != none, plan.Resolution: p.Plan.Resolution != none}
	return nil
}

// check reports a nil or zero Clock.
func (c *Clock) check(method string) error {
	if c == nil {
		return fmt.Errorf("%w: %s on a nil *Clock: build it with NewClock", ErrInvalidClock, method)
	}
	if c.thresholds == nil {
		return fmt.Errorf("%w: %s on a zero Clock: build it with NewClock", ErrInvalidClock, method)
	}
	return nil
}

// Apply adds an event to the history. It returns an *EventError wrapping
// ErrInvalidEvent, and leaves the clock unchanged, when the event does not
// follow from the history:
//
//   - At is the zero time, or before the previous event (events at the
//     same instant apply in the order given);
//   - the kind is not one of the constants;
//   - the first event is not EventOpened, or EventOpened comes again;
//   - EventPaused while paused, EventResumed while not paused;
//   - any event but EventReopened while resolved, EventReopened while not;
//   - Severity is not Sev1 to Sev4 on EventOpened or EventSeverityChanged
//     (also wrapping ErrUnknownSeverity), or is set on another kind;
//   - a new target cannot be applied: a business-hours target with no
//     calendar (ErrNoCalendar), or a calendar with no open time left
//     (calendar.ErrNoOpenTime, calendar.ErrOutOfRange).
//
// A change to the current severity is recorded and changes nothing, not
// even with Options.RestartOnChange. Apply on a nil or zero Clock returns
// an error wrapping ErrInvalidClock.
func (c *Clock) Apply(e Event) error {
	if err := c.check("Apply"); err != nil {
		return err
	}
	st := c.st
	if err := c.step(&st, e, len(c.events)); err != nil {
		return err
	}
	// st may share backing arrays with c.st: appends beyond c.st's lengths
	// are invisible to it, and the state that made them replaces it here.
	c.st = st
	c.events = append(c.events, e)
	return nil
}

// Events returns a copy of the history, in order; nil for a nil Clock.
func (c *Clock) Events() []Event {
	if c == nil {
		return nil
	}
	return slices.Clone(c.events)
}

// step applies e, the index-th event, to st in place. On error st is left
// half-changed: callers that must keep it apply to a copy.
func (c *Clock) step(st *state, e Event, index int) error {
	if reason, err := st.refuse(e); reason != "" {
		return &EventError{Index: index, Event: e, Reason: reason, err: err}
	}
	if reason, err := c.apply(st, e); reason != "" || err != nil {
		if reason == "" {
			reason = strings.TrimPrefix(err.Error(), "sla: ")
		}
		return &EventError{Index: index, Event: e, Reason: reason, err: err}
	}
	st.last = e.At
	return nil
}

// refuse says why e cannot follow st, or "" when it can; err is a more
// specific sentinel for the EventError to wrap.
func (st *state) refuse(e Event) (reason string, err error) {
	if !e.Kind.valid() {
		return fmt.Sprintf("kind: %d: unknown event kind", int(e.Kind)), nil
	}
	if e.At.IsZero() {
		return "at: zero time: want the instant the event happened", nil
	}
	if st.opened.IsZero() {
		if e.Kind != EventOpened {
			return fmt.Sprintf("the incident has not been opened: the first event must be %v", EventOpened), nil
		}
	} else {
		switch {
		case e.Kind == EventOpened:
			return fmt.Sprintf("the incident was already opened at %s", stamp(st.opened)), nil
		case e.At.Before(st.last):
			return fmt.Sprintf("out of order: before the previous event at %s", stamp(st.last)), nil
		case st.resolved && e.Kind != EventReopened:
			return fmt.Sprintf("the incident was resolved at %s: only %v may follow", stamp(st.resolvedAt), EventReopened), nil
		}
	}
	carries := e.Kind == EventOpened || e.Kind == EventSeverityChanged
	switch {
	case carries && !e.Severity.Valid():
		return fmt.Sprintf("severity: %d: unknown severity, want 1 to 4", int(e.Severity)),
			&wrapped{msg: "sla: unknown severity", errs: []error{ErrUnknownSeverity, severity.ErrUnknown}}
	case !carries && e.Severity != 0:
		return fmt.Sprintf("severity: %d: only %v and %v events carry a severity", int(e.Severity), EventOpened, EventSeverityChanged), nil
	}
	return "", nil
}

// apply changes st by e, which refuse admitted. A reason is a refusal;
// an error alone is a target that cannot be applied.
func (c *Clock) apply(st *state, e Event) (reason string, err error) {
	switch e.Kind {
	case EventOpened:
		st.opened, st.sev = e.At, e.Severity
		st.first = run{on: true, began: e.At, start: e.At}
		err = c.retarget(&st.first, plan.FirstResponse, e.Severity)
		if err == nil && c.sets[plan.Resolution] {
			st.res = run{on: true, began: e.At, start: e.At}
			err = c.retarget(&st.res, plan.Resolution, e.Severity)
		}
	case EventPaused:
		if st.paused {
			return "already paused since " + stamp(st.pausedAt), nil
		}
		st.paused, st.pausedAt = true, e.At
	case EventResumed:
		if !st.paused {
			return "not paused: a resume needs a pause before it", nil
		}
		st.endPause(e.At)
	case EventSeverityChanged:
		if e.Severity != st.sev {
			st.changes = append(st.changes, change{at: e.At, from: st.sev, to: e.Severity})
			st.sev = e.Severity
			for m, r := range [numMetrics]*run{&st.first, &st.next, &st.res} {
				if err == nil && r.running() {
					if c.restart {
						r.start = e.At
					}
					err = c.retarget(r, plan.Metric(m), e.Severity)
				}
			}
		}
	case EventResponded:
		switch {
		case st.first.running():
			st.first.end = e.At
		case st.next.running():
			err = c.endCycle(st, e.At)
		}
	case EventCustomerReplied:
		if st.paused {
			st.endPause(e.At)
		}
		if !st.first.running() {
			err = c.startCycle(st, e.At)
		}
	case EventResolved:
		if st.paused {
			st.endPause(e.At)
		}
		if st.first.running() {
			st.first.end = e.At
		}
		if st.next.running() {
			err = c.endCycle(st, e.At)
		}
		if st.res.on {
			st.res.end = e.At
		}
		st.resolved, st.resolvedAt = true, e.At
	case EventReopened:
		if !st.resolved {
			return "not resolved: a reopen needs a resolution before it", nil
		}
		st.holds = append(st.holds, interval{from: st.resolvedAt, to: e.At, resolved: true})
		st.resolved, st.resolvedAt = false, time.Time{}
		st.res.end = time.Time{}
		err = c.startCycle(st, e.At)
	}
	return "", err
}

// endPause closes the running pause at at.
func (st *state) endPause(at time.Time) {
	st.holds = append(st.holds, interval{from: st.pausedAt, to: at})
	st.paused, st.pausedAt = false, time.Time{}
}

// startCycle starts a next-response cycle at at, unless the plan sets no
// next-response target or a cycle is running.
func (c *Clock) startCycle(st *state, at time.Time) error {
	if !c.sets[plan.NextResponse] || st.next.running() {
		return nil
	}
	st.next = run{on: true, began: at, start: at}
	st.cycles++
	return c.retarget(&st.next, plan.NextResponse, st.sev)
}

// endCycle ends the running next-response cycle at at and records how it
// fared.
func (c *Clock) endCycle(st *state, at time.Time) error {
	st.next.end = at
	elapsed, late, err := st.judge(&st.next, at)
	if err != nil {
		return err
	}
	st.ended++
	if late {
		st.late++
	}
	st.maxUsed = max(st.maxUsed, percent(elapsed, st.next.allow))
	return nil
}

// retarget sets r's target for metric m at severity sev, counted from
// r.start.
func (c *Clock) retarget(r *run, m plan.Metric, sev severity.Level) error {
	t, err := (&c.policy).targetFor(m, sev)
	if err != nil {
		return err
	}
	r.sev, r.target, r.counter = sev, t, c.policy.Calendar
	if t.Clock == plan.WallClock {
		r.counter = calendar.Always()
	}
	switch {
	case t.BusinessDays == 0:
		r.allow = t.Duration
	case t.DayRule == plan.FixedHours:
		r.allow = time.Duration(t.BusinessDays) * t.HoursPerDay
	default:
		u, err := dueOn(t, r.counter, r.start)
		if err == nil {
			r.allow, err = r.counter.Between(r.start, u)
		}
		if err != nil {
			return c.policy.dueError(m, sev, t, r.start, err)
		}
	}
	return nil
}
