package sla

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// Bounds that keep an explanation readable for long targets.
const (
	maxClosures   = 20 // closed stretches listed; the rest are counted
	maxClosedDays = 7  // closed dates listed per stretch; the rest are counted
)

// An Explanation says how a due instant was reached: the target and its
// clock, where counting started and why, the closed stretches and pauses
// that did not count, and the result. Its instants read in the customer's
// time zone (the policy calendar's), whatever zone the incident's times
// came in, so an agent reads "16:30 EST" for a ticket stored in UTC. It marshals to JSON; Text (and
// String) render it for a support agent.
type Explanation struct {
	Plan string `json:"plan"`
	// Metric is what the target measures: the first response, a
	// next-response cycle (numbered by Cycle, from 1) or the resolution.
	Metric   plan.Metric    `json:"metric"`
	Cycle    int            `json:"cycle,omitempty"`
	Severity severity.Level `json:"severity"`
	Target   string         `json:"target"` // "4h on business hours"
	Clock    string         `json:"clock"`  // "business hours" or "24x7x365"
	Rule     string         `json:"rule,omitempty"`
	// Zone is the IANA name of the zone every instant below is given in:
	// the customer's calendar's, or the zone opened came in when the
	// policy has no calendar.
	Zone string `json:"zone"`

	Opened      time.Time `json:"opened"`
	Start       time.Time `json:"start"` // the first instant that counts
	StartReason string    `json:"start_reason"`

	Changes []SeverityChange `json:"severity_changes,omitempty"`

	// Closed lists the stretches between Start and Due when the calendar
	// was closed, in order; ClosedMore counts those not listed.
	Closed     []Closure `json:"closed,omitempty"`
	ClosedMore int       `json:"closed_more,omitempty"`

	Pauses []Pause `json:"pauses,omitempty"`

	Due      time.Time `json:"due"`
	State    State     `json:"state,omitzero"`    // set by Clock.Explain
	Response time.Time `json:"response,omitzero"` // set once responded
}

// A SeverityChange is a reclassification of the incident.
type SeverityChange struct {
	At        time.Time      `json:"at"`
	From      severity.Level `json:"from"`
	To        severity.Level `json:"to"`
	Restarted bool           `json:"restarted,omitempty"` // the clock restarted at the change
}

// A Closure is a stretch [From, To) of closed time that did not count.
// Days lists the whole dates closed inside it, with the reason; DaysMore
// counts those not listed.
type Closure struct {
	From     time.Time   `json:"from"`
	To       time.Time   `json:"to"`
	Reason   string      `json:"reason"` // "outside business hours", "Christmas Day; weekend"
	Days     []ClosedDay `json:"days,omitempty"`
	DaysMore int         `json:"days_more,omitempty"`
}

// A ClosedDay is a date with no business hours, and why.
type ClosedDay struct {
	Date    string `json:"date"`    // "2026-12-25"
	Weekday string `json:"weekday"` // "Friday"
	Reason  string `json:"reason"`  // holiday names, "weekend", "closed date", …
}

// A Pause is a stretch [From, To) when the clock waited on the customer,
// or, with Resolved, when the incident stood resolved until it was
// reopened at To. Held is the time on the target's clock it kept from
// counting. Open marks a pause still going on; To is then the instant
// explained.
type Pause struct {
	From     time.Time     `json:"from"`
	To       time.Time     `json:"to"`
	Held     time.Duration `json:"held"`
	Open     bool          `json:"open,omitempty"`
	Resolved bool          `json:"resolved,omitempty"`
}

// Explain returns how ResponseDue(sev, opened) is reached. It fails as
// ResponseDue does.
func (p Policy) Explain(sev severity.Level, opened time.Time) (Explanation, error) {
	if _, err := p.ResponseDue(sev, opened); err != nil {
		return Explanation{}, err
	}
	c, err := NewClock(p, Options{Thresholds: []int{}}, Event{At: opened, Kind: EventOpened, Severity: sev})
	if err != nil {
		return Explanation{}, err
	}
	st := c.st
	s, err := c.status(&st, &st.first, plan.FirstResponse, opened)
	if err != nil {
		return Explanation{}, err
	}
	return c.explain(&st, &st.first, s)
}

// Explain returns how the first response's due instant at now is reached,
// with its state: ExplainMetric(plan.FirstResponse, now).
func (c *Clock) Explain(now time.Time) (Explanation, error) {
	return c.ExplainMetric(plan.FirstResponse, now)
}

// ExplainMetric returns how the due instant of the metric m at now is
// reached, with the metric's state. Like MetricStatus, it considers the
// events up to now, and fails as MetricStatus does.
func (c *Clock) ExplainMetric(m plan.Metric, now time.Time) (Explanation, error) {
	if err := c.check("ExplainMetric"); err != nil {
		return Explanation{}, err
	}
	if err := c.metricSet(m); err != nil {
		return Explanation{}, err
	}
	var buf state
	st, err := c.at(now, &buf)
	if err != nil {
		return Explanation{}, err
	}
	r, err := st.runOf(m, now)
	if err != nil {
		return Explanation{}, err
	}
	s, err := c.status(st, r, m, now)
	if err != nil {
		return Explanation{}, err
	}
	x, err := c.explain(st, r, s)
	if err != nil {
		return Explanation{}, err
	}
	x.State, x.Response = s.State, s.Response
	if !x.Response.IsZero() {
		x.Response = x.Response.In(x.Due.Location())
	}
	return x, nil
}

func (c *Clock) explain(st *state, r *run, s Status) (Explanation, error) {
	// The customer reads the explanation: its instants are in the
	// calendar's zone, whatever zone the events came in.
	loc := st.opened.Location()
	if cal := c.policy.Calendar; cal != nil {
		loc = cal.Location()
	}
	t := r.target
	x := Explanation{
		Plan: c.policy.Plan.Name, Metric: s.Metric, Cycle: s.Cycle, Severity: r.sev, Target: t.String(), Clock: t.Clock.String(),
		Rule: ruleText(t), Zone: loc.String(), Opened: st.opened.In(loc), Due: s.Due.In(loc),
	}
	for _, ch := range st.changes {
		x.Changes = append(x.Changes, SeverityChange{At: ch.at.In(loc), From: ch.from, To: ch.to, Restarted: c.restart})
	}
	fail := func(err error) (Explanation, error) { return Explanation{}, c.countError(s.Metric, r, err) }

	var why string
	switch {
	case !r.start.Equal(r.began):
		why = "the clock restarted at the severity change at " + clockText(r.start.In(loc))
	case s.Metric == plan.NextResponse && r.began.Equal(st.reopenedAt(r.began)):
		why = "the incident was reopened at " + clockText(r.began.In(loc))
	case s.Metric == plan.NextResponse:
		why = "the customer replied at " + clockText(r.began.In(loc))
	default:
		why = "the incident was opened at " + clockText(st.opened.In(loc))
	}
	if t.Clock == plan.WallClock {
		x.Start = r.start.In(loc)
		x.StartReason = why + "; the 24x7x365 clock counts every hour from there"
	} else {
		cal := r.counter
		start, err := cal.NextOpen(r.start)
		if err != nil {
			return fail(err)
		}
		x.Start = start.In(loc)
		if start.Equal(r.start) {
			x.StartReason = why + ", during business hours; counting starts there"
		} else {
			x.StartReason = why + ", outside business hours; counting starts at the next opening"
			// The stretch before the first opening is skipped too.
			cl := Closure{From: r.start.In(loc), To: x.Start}
			if err := cl.addDays(cal); err != nil {
				return fail(err)
			}
			x.Closed = append(x.Closed, cl)
		}
		if err := x.addClosures(cal, loc); err != nil {
			return fail(err)
		}
	}

	end := s.At
	if !r.end.IsZero() {
		end = r.end
	}
	for _, p := range st.effectiveHolds(end) {
		if !p.to.After(r.began) || !end.After(p.from) {
			continue // before the metric started, or after it stopped
		}
		_, held, err := counted(r.counter, r.start, []interval{p}, end)
		if err != nil {
			return fail(err)
		}
		open := st.paused && p.from.Equal(st.pausedAt) && p.to.Equal(end)
		x.Pauses = append(x.Pauses, Pause{From: p.from.In(loc), To: p.to.In(loc), Held: held, Open: open, Resolved: p.resolved})
	}
	return x, nil
}

// reopenedAt returns at when a reopen ended a resolved stretch there, and
// the zero time otherwise.
func (st *state) reopenedAt(at time.Time) time.Time {
	for i := len(st.holds) - 1; i >= 0; i-- {
		if h := st.holds[i]; h.resolved && h.to.Equal(at) {
			return at
		}
	}
	return time.Time{}
}

// addClosures lists the closed stretches between x.Start and x.Due.
func (x *Explanation) addClosures(cal *calendar.Calendar, loc *time.Location) error {
	// Walk the open periods from Start to Due with NextClose and NextOpen:
	// no slice of every span, so a target of thousands of business days on
	// a calendar of many spans a day costs time in proportion to its
	// closures and no memory.
	t := x.Start
	for {
		from, err := cal.NextClose(t)
		if errors.Is(err, calendar.ErrNeverCloses) {
			return nil
		}
		if err != nil {
			return err
		}
		if !from.Before(x.Due) {
			return nil
		}
		to, err := cal.NextOpen(from)
		if err != nil {
			return err
		}
		t = to
		if len(x.Closed) == maxClosures {
			x.ClosedMore++
			continue
		}
		cl := Closure{From: from.In(loc), To: to.In(loc)}
		if err := cl.addDays(cal); err != nil {
			return err
		}
		x.Closed = append(x.Closed, cl)
	}
}

// addDays lists the dates with no business hours inside the closure. Every
// date strictly inside a closed stretch has none; the first may have spans
// that end where the stretch starts, and the last opens where it ends.
func (cl *Closure) addDays(cal *calendar.Calendar) error {
	zl := cal.Location()
	fy, fm, fd := cl.From.In(zl).Date()
	ty, tm, td := cl.To.In(zl).Date()
	last := time.Date(ty, tm, td, 12, 0, 0, 0, time.UTC)
	var reasons []string
	for i := 0; ; i++ {
		date := time.Date(fy, fm, fd+i, 12, 0, 0, 0, time.UTC)
		if !date.Before(last) {
			break
		}
		if len(cl.Days) == maxClosedDays {
			// Every date left is strictly inside the stretch, so closed.
			cl.DaysMore = int(last.Sub(date) / (24 * time.Hour))
			break
		}
		y, m, d := date.Date()
		d0, ok, err := closedDay(cal, time.Date(y, m, d, 12, 0, 0, 0, zl))
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		cl.Days = append(cl.Days, d0)
		if !slices.Contains(reasons, d0.Reason) {
			reasons = append(reasons, d0.Reason)
		}
	}
	cl.Reason = "outside business hours"
	if len(reasons) > 0 {
		cl.Reason = strings.Join(reasons, "; ")
	}
	return nil
}

// closedDay describes the date t falls on when it has no business hours.
func closedDay(cal *calendar.Calendar, t time.Time) (ClosedDay, bool, error) {
	d, err := cal.Day(t)
	if err != nil || len(d.Spans) > 0 {
		return ClosedDay{}, false, err
	}
	cd := ClosedDay{Date: d.Date, Weekday: d.Weekday.String()}
	switch {
	case len(d.Holidays) > 0 && !d.Special:
		cd.Reason = strings.Join(d.Holidays, ", ")
	case d.Closed:
		cd.Reason = "closed date"
	case d.Special:
		cd.Reason = "special hours: closed all day"
	case d.Weekday == time.Saturday || d.Weekday == time.Sunday:
		cd.Reason = "weekend"
	default:
		cd.Reason = "no business hours on " + d.Weekday.String() + "s"
	}
	return cd, true, nil
}

// ruleText explains how a day target is counted.
func ruleText(t plan.Target) string {
	if t.BusinessDays == 0 {
		return ""
	}
	switch t.DayRule {
	case plan.EndOfDay:
		return fmt.Sprintf("due at the close of business day %d, counting the day the incident arrives when it arrives before the day's opening", t.BusinessDays)
	case plan.FixedHours:
		return fmt.Sprintf("each business day counts as %v of business time", t.HoursPerDay)
	default:
		return fmt.Sprintf("due at the same point of business day %d after the day the incident arrives", t.BusinessDays)
	}
}

// clockText formats an instant for people: "Thu 2026-12-24 16:30 EST", with
// seconds only when they are not zero.
func clockText(t time.Time) string {
	if t.Second() != 0 || t.Nanosecond() != 0 {
		return t.Format("Mon 2006-01-02 15:04:05 MST")
	}
	return t.Format("Mon 2006-01-02 15:04 MST")
}

// String returns Text.
func (x Explanation) String() string { return x.Text() }

// Text renders the explanation as plain text for a support agent.
func (x Explanation) Text() string {
	var b strings.Builder
	switch x.Metric {
	case plan.NextResponse:
		fmt.Fprintf(&b, "%s, %v, next response (cycle %d): answer the customer's reply within %s.\n", x.Plan, x.Severity, x.Cycle, x.Target)
	case plan.Resolution:
		fmt.Fprintf(&b, "%s, %v, resolution: resolve within %s.\n", x.Plan, x.Severity, x.Target)
	default:
		fmt.Fprintf(&b, "%s, %v: respond within %s.\n", x.Plan, x.Severity, x.Target)
	}
	if x.Rule != "" {
		fmt.Fprintf(&b, "Rule: %s.\n", x.Rule)
	}
	for _, ch := range x.Changes {
		fmt.Fprintf(&b, "Severity changed from %d to %d at %s", int(ch.From), int(ch.To), clockText(ch.At))
		if ch.Restarted {
			b.WriteString("; the clock restarted there")
		} else {
			b.WriteString("; the target counts from the original start")
		}
		b.WriteString(".\n")
	}
	fmt.Fprintf(&b, "Counting starts %s: %s.\n", clockText(x.Start), x.StartReason)
	if len(x.Closed) > 0 {
		b.WriteString("Not counted, closed:\n")
		for _, cl := range x.Closed {
			fmt.Fprintf(&b, "  - %s to %s: ", clockText(cl.From), clockText(cl.To))
			if len(cl.Days) == 0 {
				b.WriteString(cl.Reason)
			}
			for i, d := range cl.Days {
				if i > 0 {
					b.WriteString("; ")
				}
				fmt.Fprintf(&b, "%s %s %s", d.Weekday[:3], d.Date, d.Reason)
			}
			if cl.DaysMore > 0 {
				fmt.Fprintf(&b, "; and %d more closed days", cl.DaysMore)
			}
			b.WriteString("\n")
		}
		if x.ClosedMore > 0 {
			fmt.Fprintf(&b, "  - and %d more closed stretches\n", x.ClosedMore)
		}
	}
	if len(x.Pauses) > 0 {
		b.WriteString("Not counted, paused (waiting on the customer):\n")
		for _, p := range x.Pauses {
			to := clockText(p.To)
			switch {
			case p.Open:
				to += " (still paused)"
			case p.Resolved:
				to += " (resolved, then reopened)"
			}
			fmt.Fprintf(&b, "  - %s to %s: %v held\n", clockText(p.From), to, p.Held)
		}
	}
	fmt.Fprintf(&b, "Due %s.", clockText(x.Due))
	if x.State != 0 {
		fmt.Fprintf(&b, " State: %v", x.State)
		if !x.Response.IsZero() {
			fmt.Fprintf(&b, ", responded %s", clockText(x.Response))
		}
		b.WriteString(".")
	}
	b.WriteString("\n")
	return b.String()
}
