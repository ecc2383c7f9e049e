package sla

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// MaxUsedPercent is the largest share of a target, in percent, that a
// Summary tells apart; incidents that used more are counted together.
const MaxUsedPercent = 500

// A Summary accumulates how incidents fared against their targets, per
// plan, severity and metric: the numbers of an SLA compliance report ("did
// we meet the SLA last month?"). Add each incident's clock, or its events,
// judged at one instant; Groups returns the tallies.
//
// For each metric its plan sets, an incident counts once in the group of
// its plan, the severity the metric was last targeted at, and the metric:
//
//   - met: the metric stopped at or before its due instant;
//   - breached: it stopped after its due instant, or it is still running
//     and its due instant has passed;
//   - open: it is still running (or paused) and not yet due.
//
// Next responses are judged over all of an incident's cycles: breached
// when any cycle was, open when a cycle runs, met when every cycle was
// answered in time; an incident with no cycle is not counted for them.
// The target used by a met or breached incident is its Status.PercentUsed
// when the metric stopped (for next responses, the most any cycle used);
// it is kept to the nearest whole percent, so a Summary's size does not
// grow with the number of incidents.
//
// The zero Summary is empty and ready to use. A Summary is not safe for
// concurrent use; give each goroutine its own and Merge them.
type Summary struct {
	groups  map[groupKey]*tally
	scratch Clock // reused by AddEvents
}

type groupKey struct {
	plan   string
	sev    severity.Level
	metric plan.Metric
}

type tally struct {
	met, breached, open int
	used                [MaxUsedPercent + 2]uint32 // whole percent; the last counts more than MaxUsedPercent
}

// A Group is the tally of one plan, severity and metric.
type Group struct {
	Plan     string
	Severity severity.Level
	Metric   plan.Metric

	Incidents, Met, Breached, Open int // Incidents = Met + Breached + Open

	used []uint32
}

// Add counts the incident whose clock is c, as it stood at at (events
// after at are not taken into account). An incident opened after at is
// not counted. It returns the error MetricStatus would return, and then
// counts nothing.
func (s *Summary) Add(c *Clock, at time.Time) error {
	if err := c.check("Summary.Add"); err != nil {
		return err
	}
	if len(c.events) == 0 || c.events[0].At.After(at) {
		return nil
	}
	var buf state
	st, err := c.at(at, &buf)
	if err != nil {
		return err
	}
	return s.add(c, st, at)
}

// AddEvents counts the incident whose history is events under the policy
// p, with the default Options, as it stood at at: it is
// Add(NewClock(p, Options{}, events...), at) without building a Clock, and
// fails as NewClock does (an *EventError naming the bad event), counting
// nothing.
func (s *Summary) AddEvents(p Policy, events []Event, at time.Time) error {
	c := &s.scratch
	if err := c.init(p, Options{}); err != nil {
		return err
	}
	// Events after at do not count, but must still follow from the
	// history, as NewClock would check.
	k := len(events)
	for i, e := range events {
		if err := c.step(&c.st, e, i); err != nil {
			return err
		}
		if k == len(events) && e.At.After(at) {
			k = i
		}
	}
	if k == 0 {
		return nil
	}
	if k < len(events) {
		c.st = state{holds: c.st.holds[:0], changes: c.st.changes[:0]}
		for i, e := range events[:k] {
			if err := c.step(&c.st, e, i); err != nil {
				return err
			}
		}
	}
	return s.add(c, &c.st, at)
}

// outcome is how one metric of one incident fared.
type outcome struct {
	sev   severity.Level
	state State // Met, Breached or Running (open)
	used  float64
}

func (s *Summary) add(c *Clock, st *state, at time.Time) error {
	var outs [numMetrics]outcome
	var ok [numMetrics]bool
	for m := range plan.Metric(numMetrics) {
		if !c.sets[m] {
			continue
		}
		o, counted, err := st.outcome(m, at)
		if err != nil {
			return c.countError(m, st.runFor(m), err)
		}
		outs[m], ok[m] = o, counted
	}
	if s.groups == nil {
		s.groups = make(map[groupKey]*tally)
	}
	for m, o := range outs {
		if !ok[m] {
			continue
		}
		k := groupKey{plan: c.policy.Plan.Name, sev: o.sev, metric: plan.Metric(m)}
		t := s.groups[k]
		if t == nil {
			t = new(tally)
			s.groups[k] = t
		}
		switch o.state {
		case Met:
			t.met++
		case Breached:
			t.breached++
		default:
			t.open++
			continue
		}
		t.used[usedBin(o.used)]++
	}
	return nil
}

func (st *state) runFor(m plan.Metric) *run {
	r, _ := st.runOf(m, time.Time{})
	if r == nil {
		return &st.next
	}
	return r
}

// outcome judges metric m at at; it reports false for next responses when
// no cycle started.
func (st *state) outcome(m plan.Metric, at time.Time) (outcome, bool, error) {
	if m == plan.NextResponse {
		if st.cycles == 0 {
			return outcome{}, false, nil
		}
		o := outcome{sev: st.next.sev, state: Met, used: st.maxUsed}
		late := st.late > 0
		if st.next.running() {
			elapsed, pastDue, err := st.judge(&st.next, at)
			if err != nil {
				return outcome{}, false, err
			}
			if pastDue {
				late = true
				o.used = max(o.used, percent(elapsed, st.next.allow))
			} else {
				o.state = Running
			}
		}
		if late {
			o.state = Breached
		}
		return o, true, nil
	}
	r := &st.first
	if m == plan.Resolution {
		r = &st.res
	}
	x := at
	if !r.end.IsZero() {
		x = r.end
	}
	elapsed, pastDue, err := st.judge(r, x)
	if err != nil {
		return outcome{}, false, err
	}
	o := outcome{sev: r.sev, state: Running, used: percent(elapsed, r.allow)}
	switch {
	case pastDue:
		o.state = Breached
	case !r.end.IsZero():
		o.state = Met
	}
	return o, true, nil
}

func usedBin(pct float64) int {
	if pct >= MaxUsedPercent+0.5 || math.IsNaN(pct) {
		return MaxUsedPercent + 1
	}
	return int(math.Round(max(pct, 0)))
}

// Merge adds o's tallies to s.
func (s *Summary) Merge(o *Summary) {
	if o == nil || len(o.groups) == 0 {
		return
	}
	if s.groups == nil {
		s.groups = make(map[groupKey]*tally, len(o.groups))
	}
	for k, ot := range o.groups {
		t := s.groups[k]
		if t == nil {
			t = new(tally)
			s.groups[k] = t
		}
		t.met += ot.met
		t.breached += ot.breached
		t.open += ot.open
		for i, n := range ot.used {
			t.used[i] += n
		}
	}
}

// Groups returns the tallies, ordered by plan name, severity and metric.
func (s *Summary) Groups() []Group {
	out := make([]Group, 0, len(s.groups))
	for k, t := range s.groups {
		out = append(out, Group{
			Plan: k.plan, Severity: k.sev, Metric: k.metric,
			Incidents: t.met + t.breached + t.open, Met: t.met, Breached: t.breached, Open: t.open,
			used: slices.Clone(t.used[:]),
		})
	}
	slices.SortFunc(out, func(a, b Group) int {
		return cmp.Or(cmp.Compare(a.Plan, b.Plan), cmp.Compare(a.Severity, b.Severity), cmp.Compare(a.Metric, b.Metric))
	})
	return out
}

// MetPercent returns 100 × Met / (Met + Breached), the share of decided
// incidents that met the target; false when none is decided.
func (g Group) MetPercent() (float64, bool) {
	if g.Met+g.Breached == 0 {
		return 0, false
	}
	return 100 * float64(g.Met) / float64(g.Met+g.Breached), true
}

// UsedQuantile returns the q-quantile (0 < q ≤ 1: 0.5 the median, 0.9
// the 90th percentile) of the target used by the met and breached
// incidents, in whole percent, by the nearest-rank method; false when
// none is decided. A value above MaxUsedPercent reads as MaxUsedPercent+1.
func (g Group) UsedQuantile(q float64) (int, bool) {
	n := g.Met + g.Breached
	if n == 0 || !(q > 0 && q <= 1) {
		return 0, false
	}
	rank := uint64(math.Ceil(q * float64(n)))
	var seen uint64
	for pct, c := range g.used {
		seen += uint64(c)
		if seen >= rank {
			return pct, true
		}
	}
	return len(g.used) - 1, true
}

// UsedHistogram returns how many met and breached incidents used each
// whole percent of their target: h[p] for p percent, 0 to MaxUsedPercent,
// and h[MaxUsedPercent+1] for more.
func (g Group) UsedHistogram() []int {
	h := make([]int, len(g.used))
	for i, c := range g.used {
		h[i] = int(c)
	}
	return h
}
