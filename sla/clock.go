package sla

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// Options change how a Clock counts. The zero Options are the defaults.
type Options struct {
	// RestartOnChange makes a severity change restart the clock at the
	// change: the new target counts from the change instant, and time
	// before it no longer counts. By default a change keeps the original
	// start and re-targets, so the due instant may move earlier, even into
	// the past.
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
	// Met: the response came at or before the due instant.
	Met
	// Breached: the due instant passed without a response, or the response
	// came after it.
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
// Counting. Let start be the instant the incident was opened (or, with
// Options.RestartOnChange, of the last severity change) and T the current
// severity's target. Time is counted on the target's clock: open time of
// the Policy's calendar for business-hours targets, elapsed time for
// 24x7x365 targets. Paused time does not count, on either clock: the
// counted time at u is the time on the target's clock in [start, u) minus
// the time on that clock inside pauses. The due instant is the earliest
// instant at which the counted time reaches the target's allowance A:
//
//   - a duration target (business hours or 24x7x365): A is the duration;
//   - a FixedHours day target: A is N × HoursPerDay of business time;
//   - a SameTime or EndOfDay day target: A is the business time between
//     start and the instant Policy.ResponseDue gives for start, that is
//     Calendar.Between(start, due). The day target becomes the business
//     time it spans, and a pause extends it by exactly the business time
//     paused. So with no pause the due instant is Policy.ResponseDue's;
//     a pause that holds one business hour moves it one business hour
//     later, which may carry it past a close (an EndOfDay due instant
//     then no longer falls at a close). Pauses outside open time move
//     nothing.
//
// So a pause can only move the due instant later, and by exactly the time
// the pause held on the target's clock before the due instant.
//
// A severity change re-targets from the same start (or restarts, see
// Options); it keeps the pauses. A response fixes the state for good: met
// when it comes at or before the due instant, breached after it.
//
// Results are in the location of the opening event's At.
//
// A Clock's methods may be called concurrently, except Apply, which must
// not run at the same time as any other method. Build a Clock with
// NewClock; the zero Clock is not usable.
type Clock struct {
	policy     Policy
	restart    bool
	thresholds []int
	events     []Event
	st         state
}

// state is what a history of events amounts to.
type state struct {
	opened  time.Time
	sev     severity.Level
	target  plan.Target
	counter *calendar.Calendar // counts time on the target's clock
	start   time.Time
	allow   time.Duration // the target as counted time from start
	pauses  []interval    // closed pauses, in order
	changes []change

	paused   bool
	pausedAt time.Time

	done      bool
	responded time.Time

	last time.Time // the latest event
}

type interval struct{ from, to time.Time }

type change struct {
	at       time.Time
	from, to severity.Level
}

// NewClock returns the clock of the incident whose history is events, in
// the order they happened; the first must be EventOpened. It returns an
// error wrapping ErrInvalidOptions for bad options, or an *EventError
// wrapping ErrInvalidEvent naming the first event it cannot apply (see
// Apply); it then returns no Clock.
//
// With no events NewClock returns a clock waiting for EventOpened.
func NewClock(p Policy, opts Options, events ...Event) (*Clock, error) {
	th := defaultThresholds
	if opts.Thresholds != nil {
		th = slices.Clone(opts.Thresholds)
		for i, v := range th {
			if v < 1 || v > 99 {
				return nil, fmt.Errorf("%w: Thresholds[%d]: %d: want a percentage from 1 to 99", ErrInvalidOptions, i, v)
			}
		}
		slices.Sort(th)
		th = slices.Compact(th)
	}
	c := &Clock{policy: p, restart: opts.RestartOnChange, thresholds: th}
	for _, e := range events {
		if err := c.Apply(e); err != nil {
			return nil, err
		}
	}
	return c, nil
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
//   - any event after EventResponded;
//   - Severity is not Sev1 to Sev4 on EventOpened or EventSeverityChanged
//     (also wrapping ErrUnknownSeverity), or is set on another kind;
//   - the new target cannot be applied: a business-hours target with no
//     calendar (ErrNoCalendar), or a calendar with no open time left
//     (calendar.ErrNoOpenTime, calendar.ErrOutOfRange).
//
// A change to the current severity is recorded and changes nothing, not
// even with Options.RestartOnChange.
func (c *Clock) Apply(e Event) error {
	st, err := c.next(c.st, e, len(c.events))
	if err != nil {
		return err
	}
	c.st = st
	c.events = append(c.events[:len(c.events):len(c.events)], e)
	return nil
}

// Events returns a copy of the history, in order.
func (c *Clock) Events() []Event { return slices.Clone(c.events) }

// next returns st after e, the index-th event.
func (c *Clock) next(st state, e Event, index int) (state, error) {
	bad := func(err error, format string, args ...any) (state, error) {
		return state{}, &EventError{Index: index, Event: e, Reason: fmt.Sprintf(format, args...), err: err}
	}
	if !e.Kind.valid() {
		return bad(nil, "kind: %d: unknown event kind", int(e.Kind))
	}
	if e.At.IsZero() {
		return bad(nil, "at: zero time: want the instant the event happened")
	}
	if st.opened.IsZero() {
		if e.Kind != EventOpened {
			return bad(nil, "the incident has not been opened: the first event must be %v", EventOpened)
		}
	} else {
		switch {
		case e.Kind == EventOpened:
			return bad(nil, "the incident was already opened at %s", stamp(st.opened))
		case st.done:
			return bad(nil, "the clock stopped at the response at %s", stamp(st.responded))
		case e.At.Before(st.last):
			return bad(nil, "out of order: before the previous event at %s", stamp(st.last))
		}
	}
	carries := e.Kind == EventOpened || e.Kind == EventSeverityChanged
	switch {
	case carries && !e.Severity.Valid():
		return bad(&wrapped{msg: "sla: unknown severity", errs: []error{ErrUnknownSeverity, severity.ErrUnknown}},
			"severity: %d: unknown severity, want 1 to 4", int(e.Severity))
	case !carries && e.Severity != 0:
		return bad(nil, "severity: %d: only %v and %v events carry a severity", int(e.Severity), EventOpened, EventSeverityChanged)
	}

	// st's slices are shared with the clock's current state: append only
	// through full slice expressions so the current state stays intact.
	retarget := false
	switch e.Kind {
	case EventOpened:
		st.opened, st.start, st.sev = e.At, e.At, e.Severity
		retarget = true
	case EventPaused:
		if st.paused {
			return bad(nil, "already paused since %s", stamp(st.pausedAt))
		}
		st.paused, st.pausedAt = true, e.At
	case EventResumed:
		if !st.paused {
			return bad(nil, "not paused: a resume needs a pause before it")
		}
		st.pauses = append(st.pauses[:len(st.pauses):len(st.pauses)], interval{st.pausedAt, e.At})
		st.paused, st.pausedAt = false, time.Time{}
	case EventSeverityChanged:
		if e.Severity != st.sev {
			st.changes = append(st.changes[:len(st.changes):len(st.changes)], change{at: e.At, from: st.sev, to: e.Severity})
			st.sev = e.Severity
			if c.restart {
				st.start = e.At
			}
			retarget = true
		}
	case EventResponded:
		if st.paused {
			st.pauses = append(st.pauses[:len(st.pauses):len(st.pauses)], interval{st.pausedAt, e.At})
			st.paused, st.pausedAt = false, time.Time{}
		}
		st.done, st.responded = true, e.At
	}
	st.last = e.At
	if retarget {
		t, err := c.policy.target(st.sev)
		if err != nil {
			return bad(err, "%s", strings.TrimPrefix(err.Error(), "sla: "))
		}
		st.target = t
		st.counter = c.policy.Calendar
		if t.Clock == plan.WallClock {
			st.counter = calendar.Always()
		}
		switch {
		case t.BusinessDays == 0:
			st.allow = t.Duration
		case t.DayRule == plan.FixedHours:
			st.allow = time.Duration(t.BusinessDays) * t.HoursPerDay
		default:
			u, err := dueOn(t, st.counter, st.start)
			if err == nil {
				st.allow, err = st.counter.Between(st.start, u)
			}
			if err != nil {
				return bad(err, "%s", strings.TrimPrefix(c.policy.calendarError(st.sev, t, st.start, err).Error(), "sla: "))
			}
		}
	}
	return st, nil
}

// A Status is where an incident's clock stands at an instant.
//
// Elapsed, Remaining, Held and Allowed are time on the target's clock: open
// time of the calendar for business-hours targets, elapsed time for
// 24x7x365 targets.
type Status struct {
	At       time.Time      `json:"at"` // the instant described
	State    State          `json:"state"`
	Severity severity.Level `json:"severity"`
	Target   plan.Target    `json:"target"`
	Start    time.Time      `json:"start"` // where counting starts: the opening, or the restart

	// Due is the due instant. While Paused it is where the due instant
	// falls if the clock resumes at At, so it moves later as the pause
	// goes on.
	Due time.Time `json:"due"`

	// Response is the instant of the response; zero until there is one.
	Response time.Time `json:"response,omitzero"`

	Allowed   time.Duration `json:"allowed"`   // the target as counted time (see Clock)
	Elapsed   time.Duration `json:"elapsed"`   // counted until At, or until the response
	Remaining time.Duration `json:"remaining"` // Allowed - Elapsed, or 0 once used up
	Held      time.Duration `json:"held"`      // time the pauses kept from counting

	// PercentUsed is 100 × Elapsed / Allowed; above 100 once breached.
	PercentUsed float64 `json:"percent_used"`

	// Warnings are the at-risk thresholds, lowest first.
	Warnings []Warning `json:"warnings,omitempty"`
}

// A Warning is an at-risk threshold: the instant at which Percent of the
// target is used. Like Due, At is a projection while the clock is paused.
type Warning struct {
	Percent int       `json:"percent"`
	At      time.Time `json:"at"`
	Reached bool      `json:"reached"` // At is at or before Status.At (or the response)
}

// NextWake returns the next instant after s.At at which the status changes
// by the passing of time alone: the next warning not yet reached or, when
// all are, the first instant after Due, when the clock breaches. It reports
// false when only an event can change the status: while Paused, Met or
// Breached.
func (s Status) NextWake() (time.Time, bool) {
	if s.State != Running {
		return time.Time{}, false
	}
	for _, w := range s.Warnings {
		if w.At.After(s.At) {
			return w.At, true
		}
	}
	return s.Due.Add(1), true
}

// StatusNow is Status(time.Now()).
func (c *Clock) StatusNow() (Status, error) { return c.Status(time.Now()) }

// Status returns the clock as it stood at now: events after now are not
// taken into account, so a stored history answers for any past instant. It
// returns an error wrapping ErrInvalidEvent when the incident was not yet
// opened at now, and the calendar's error when the calendar runs out of
// open time or range.
func (c *Clock) Status(now time.Time) (Status, error) {
	st, err := c.at(now)
	if err != nil {
		return Status{}, err
	}
	return c.status(st, now)
}

// at returns the state of the history up to now.
func (c *Clock) at(now time.Time) (state, error) {
	k := sort.Search(len(c.events), func(i int) bool { return c.events[i].At.After(now) })
	if k == 0 {
		if len(c.events) == 0 {
			return state{}, fmt.Errorf("%w: Status(%s): the incident has not been opened", ErrInvalidEvent, stamp(now))
		}
		return state{}, fmt.Errorf("%w: Status(%s): before the incident was opened at %s", ErrInvalidEvent, stamp(now), stamp(c.events[0].At))
	}
	if k == len(c.events) {
		return c.st, nil
	}
	var st state
	for i, e := range c.events[:k] {
		var err error
		if st, err = c.next(st, e, i); err != nil {
			return state{}, err
		}
	}
	return st, nil
}

// effectivePauses returns st's pauses with an open pause closed at x.
func (st *state) effectivePauses(x time.Time) []interval {
	if !st.paused {
		return st.pauses
	}
	return append(st.pauses[:len(st.pauses):len(st.pauses)], interval{st.pausedAt, x})
}

func (c *Clock) status(st state, now time.Time) (Status, error) {
	loc := st.opened.Location()
	x := now
	if st.done {
		x = st.responded
	}
	pauses := st.effectivePauses(x)

	n := len(c.thresholds)
	// Room on the stack for the default thresholds and then some.
	var markBuf [8]time.Duration
	var atBuf [8]time.Time
	marks, at := markBuf[:0], atBuf[:0]
	if n+1 > len(markBuf) {
		marks, at = make([]time.Duration, 0, n+1), make([]time.Time, 0, n+1)
	}
	marks, at = marks[:n+1], at[:n+1]
	for i, pct := range c.thresholds {
		marks[i] = percentOf(st.allow, pct)
	}
	marks[n] = st.allow
	if err := reach(st.counter, st.start, pauses, marks, at); err != nil {
		return Status{}, c.countError(st, err)
	}
	elapsed, held, err := counted(st.counter, st.start, pauses, x)
	if err != nil {
		return Status{}, c.countError(st, err)
	}

	s := Status{
		At: now.In(loc), Severity: st.sev, Target: st.target, Start: st.start.In(loc),
		Due: at[n].In(loc), Allowed: st.allow, Elapsed: elapsed, Held: held,
		Remaining:   max(st.allow-elapsed, 0),
		PercentUsed: 100 * float64(elapsed) / float64(st.allow),
	}
	switch {
	case st.done:
		s.Response = st.responded.In(loc)
		s.State = Met
		if st.responded.After(at[n]) {
			s.State = Breached
		}
	case now.After(at[n]):
		s.State = Breached
	case st.paused:
		s.State = Paused
	default:
		s.State = Running
	}
	if n > 0 {
		s.Warnings = make([]Warning, n)
		for i, pct := range c.thresholds {
			s.Warnings[i] = Warning{Percent: pct, At: at[i].In(loc), Reached: !at[i].After(x)}
		}
	}
	return s, nil
}

func (c *Clock) countError(st state, err error) error {
	return fmt.Errorf("sla: counting %v target %v from %s: %w", st.sev, st.target, stamp(st.start), err)
}

// percentOf returns pct percent of d without overflow.
func percentOf(d time.Duration, pct int) time.Duration {
	p := time.Duration(pct)
	return d/100*p + d%100*p/100
}

// reach sets at[i] to the earliest instant at which the time counted on
// cal from start, less the time inside pauses, reaches marks[i]. marks must
// be ascending and pauses in order and disjoint.
func reach(cal *calendar.Calendar, start time.Time, pauses []interval, marks []time.Duration, at []time.Time) error {
	cursor, used, i := start, time.Duration(0), 0
	for _, p := range pauses {
		if !p.to.After(cursor) {
			continue
		}
		from := p.from
		if from.Before(cursor) {
			from = cursor
		}
		seg, err := cal.Between(cursor, from)
		if err != nil {
			return err
		}
		for ; i < len(marks) && marks[i]-used <= seg; i++ {
			if at[i], err = cal.Add(cursor, marks[i]-used); err != nil {
				return err
			}
		}
		if i == len(marks) {
			return nil
		}
		used += seg
		cursor = p.to
	}
	for ; i < len(marks); i++ {
		var err error
		if at[i], err = cal.Add(cursor, marks[i]-used); err != nil {
			return err
		}
	}
	return nil
}

// counted returns the time counted on cal in [start, x) outside pauses,
// and the time the pauses held.
func counted(cal *calendar.Calendar, start time.Time, pauses []interval, x time.Time) (elapsed, held time.Duration, err error) {
	if !x.After(start) {
		return 0, 0, nil
	}
	total, err := cal.Between(start, x)
	if err != nil {
		return 0, 0, err
	}
	for _, p := range pauses {
		from, to := p.from, p.to
		if from.Before(start) {
			from = start
		}
		if to.After(x) {
			to = x
		}
		if !to.After(from) {
			continue
		}
		h, err := cal.Between(from, to)
		if err != nil {
			return 0, 0, err
		}
		held += h
	}
	return total - held, held, nil
}

// stamp formats an instant for an error message.
func stamp(t time.Time) string { return t.Format(time.RFC3339Nano) }
