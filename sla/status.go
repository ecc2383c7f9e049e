package sla

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// ErrNotStarted is wrapped by MetricStatus for a metric the plan sets but
// that has not started: no next-response cycle yet, because the customer
// has not replied since the first response.
var ErrNotStarted = errors.New("sla: metric not started")

// A Status is where one metric of an incident's clock stands at an
// instant.
//
// Elapsed, Remaining, Held and Allowed are time on the target's clock: open
// time of the calendar for business-hours targets, elapsed time for
// 24x7x365 targets.
type Status struct {
	At     time.Time   `json:"at"`     // the instant described
	Metric plan.Metric `json:"metric"` // what the target measures
	// Cycle numbers the next-response cycle described, from 1; 0 for the
	// other metrics.
	Cycle    int            `json:"cycle,omitempty"`
	State    State          `json:"state"`
	Severity severity.Level `json:"severity"`
	Target   plan.Target    `json:"target"`
	Start    time.Time      `json:"start"` // where counting starts: the metric's start, or the restart

	// Due is the due instant. While Paused it is where the due instant
	// falls if the clock resumes at At, so it moves later as the pause
	// goes on.
	Due time.Time `json:"due"`

	// Response is the instant the metric stopped: the response, or for
	// Resolution the resolution; zero while it runs.
	Response time.Time `json:"response,omitzero"`

	Allowed   time.Duration `json:"allowed"`   // the target as counted time (see Clock)
	Elapsed   time.Duration `json:"elapsed"`   // counted until At, or until the metric stopped
	Remaining time.Duration `json:"remaining"` // Allowed - Elapsed, or 0 once used up
	Held      time.Duration `json:"held"`      // time the pauses (and resolved stretches) kept from counting

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
	Reached bool      `json:"reached"` // At is at or before Status.At (or the metric's stop)
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

// Status returns the first response's status at now:
// MetricStatus(plan.FirstResponse, now).
func (c *Clock) Status(now time.Time) (Status, error) {
	return c.MetricStatus(plan.FirstResponse, now)
}

// MetricStatus returns the metric m as it stood at now: events after now
// are not taken into account, so a stored history answers for any past
// instant. For plan.NextResponse it describes the running cycle or, when
// none runs, the last one.
//
// It returns an error wrapping plan.ErrNoTarget when the plan sets no
// target for m; ErrNotStarted when no next-response cycle has started by
// now; ErrInvalidEvent when the incident was not yet opened at now;
// ErrInvalidClock for a nil or zero Clock; and the calendar's error when
// the calendar runs out of open time or range.
func (c *Clock) MetricStatus(m plan.Metric, now time.Time) (Status, error) {
	if err := c.check("MetricStatus"); err != nil {
		return Status{}, err
	}
	if err := c.metricSet(m); err != nil {
		return Status{}, err
	}
	var buf state
	st, err := c.at(now, &buf)
	if err != nil {
		return Status{}, err
	}
	r, err := st.runOf(m, now)
	if err != nil {
		return Status{}, err
	}
	return c.status(st, r, m, now)
}

// NextWake returns the earliest instant after now at which the status of
// any metric changes by the passing of time alone (see Status.NextWake):
// a warning, or a breach, of the first response, the running next-response
// cycle or the resolution. It reports false when only an event can change
// any of them.
func (c *Clock) NextWake(now time.Time) (time.Time, bool, error) {
	if err := c.check("NextWake"); err != nil {
		return time.Time{}, false, err
	}
	var buf state
	st, err := c.at(now, &buf)
	if err != nil {
		return time.Time{}, false, err
	}
	var wake time.Time
	found := false
	for m := range plan.Metric(numMetrics) {
		if !c.sets[m] {
			continue
		}
		r, err := st.runOf(m, now)
		if errors.Is(err, ErrNotStarted) {
			continue
		}
		if err != nil {
			return time.Time{}, false, err
		}
		s, err := c.status(st, r, m, now)
		if err != nil {
			return time.Time{}, false, err
		}
		if w, ok := s.NextWake(); ok && (!found || w.Before(wake)) {
			wake, found = w, true
		}
	}
	return wake, found, nil
}

// metricSet reports a metric the plan sets no target for.
func (c *Clock) metricSet(m plan.Metric) error {
	if !m.Valid() {
		return fmt.Errorf("%w: metric: %d: unknown metric", plan.ErrNoTarget, int(m))
	}
	if !c.sets[m] {
		_, err := c.policy.Plan.TargetFor(m, 1)
		return fmt.Errorf("sla: %w", err)
	}
	return nil
}

// runOf returns the run of metric m.
func (st *state) runOf(m plan.Metric, now time.Time) (*run, error) {
	switch m {
	case plan.NextResponse:
		if st.cycles == 0 {
			return nil, fmt.Errorf("%w: %v at %s: no cycle yet: the customer has not replied since the first response", ErrNotStarted, m, stamp(now))
		}
		return &st.next, nil
	case plan.Resolution:
		return &st.res, nil
	}
	return &st.first, nil
}

// at returns the state of the history up to now: the clock's own, not to
// be changed, when no event is after now, and otherwise the history
// replayed into buf.
func (c *Clock) at(now time.Time, buf *state) (*state, error) {
	k := sort.Search(len(c.events), func(i int) bool { return c.events[i].At.After(now) })
	if k == 0 {
		if len(c.events) == 0 {
			return nil, fmt.Errorf("%w: Status(%s): the incident has not been opened", ErrInvalidEvent, stamp(now))
		}
		return nil, fmt.Errorf("%w: Status(%s): before the incident was opened at %s", ErrInvalidEvent, stamp(now), stamp(c.events[0].At))
	}
	if k == len(c.events) {
		return &c.st, nil
	}
	*buf = state{}
	for i, e := range c.events[:k] {
		if err := c.step(buf, e, i); err != nil {
			return nil, err
		}
	}
	return buf, nil
}

// effectiveHolds returns the holds that begin before x, with an open
// pause closed at x: what holds a metric that runs, or stopped, at x. It
// never appends to st.holds' backing array, which other states may share.
func (st *state) effectiveHolds(x time.Time) []interval {
	k := sort.Search(len(st.holds), func(i int) bool { return !st.holds[i].from.Before(x) })
	holds := st.holds[:k:k]
	if !st.paused || !st.pausedAt.Before(x) {
		return holds
	}
	return append(holds, interval{from: st.pausedAt, to: x})
}

// judge returns the time r counted until x, for a run that is running at
// x or stopped at x, and whether x is after its due instant. Counted time
// only grows, and the due instant is the earliest instant at which it
// reaches the allowance, so the due instant is needed only when the two
// are equal: x may then lie in closed time after it.
func (st *state) judge(r *run, x time.Time) (elapsed time.Duration, late bool, err error) {
	holds := st.effectiveHolds(x)
	if elapsed, _, err = counted(r.counter, r.start, holds, x); err != nil || elapsed != r.allow {
		return elapsed, elapsed > r.allow, err
	}
	var at [1]time.Time
	if err := reach(r.counter, r.start, holds, []time.Duration{r.allow}, at[:]); err != nil {
		return 0, false, err
	}
	return elapsed, x.After(at[0]), nil
}

func (c *Clock) status(st *state, r *run, m plan.Metric, now time.Time) (Status, error) {
	loc := st.opened.Location()
	x := now
	done := !r.end.IsZero()
	if done {
		x = r.end
	}
	holds := st.effectiveHolds(x)

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
		marks[i] = percentOf(r.allow, pct)
	}
	marks[n] = r.allow
	if err := reach(r.counter, r.start, holds, marks, at); err != nil {
		return Status{}, c.countError(m, r, err)
	}
	elapsed, held, err := counted(r.counter, r.start, holds, x)
	if err != nil {
		return Status{}, c.countError(m, r, err)
	}

	s := Status{
		At: now.In(loc), Metric: m, Severity: r.sev, Target: r.target, Start: r.start.In(loc),
		Due: at[n].In(loc), Allowed: r.allow, Elapsed: elapsed, Held: held,
		Remaining:   max(r.allow-elapsed, 0),
		PercentUsed: percent(elapsed, r.allow),
	}
	if m == plan.NextResponse {
		s.Cycle = st.cycles
	}
	switch {
	case done:
		s.Response = r.end.In(loc)
		s.State = Met
		if r.end.After(at[n]) {
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

func (c *Clock) countError(m plan.Metric, r *run, err error) error {
	if m == plan.FirstResponse {
		return fmt.Errorf("sla: counting %v target %v from %s: %w", r.sev, r.target, stamp(r.start), err)
	}
	return fmt.Errorf("sla: counting %v %v target %v from %s: %w", r.sev, m, r.target, stamp(r.start), err)
}

// percent is 100 × used / allow.
func percent(used, allow time.Duration) float64 { return 100 * float64(used) / float64(allow) }

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
