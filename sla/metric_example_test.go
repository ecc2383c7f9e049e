package sla_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// A custom plan that promises a resolution: Gold and Platinum promise only
// the first response.
func ExamplePolicy_Due() {
	us, _ := calendar.Region("US")
	nyc, _ := time.LoadLocation("America/New_York")
	plans, err := plan.Load(strings.NewReader(`{"plans": [{"name": "Diamond",
	  "targets":       {"1": {"wall_clock": "1h"}, "2": {"business_hours": "2h"}, "3": {"business_hours": "4h"}, "4": {"business_days": 1}},
	  "next_response": {"1": {"wall_clock": "2h"}, "2": {"business_hours": "4h"}, "3": {"business_days": 1}, "4": {"business_days": 2}},
	  "resolution":    {"1": {"wall_clock": "24h"}, "2": {"business_days": 3}, "3": {"business_days": 10}, "4": {"business_days": 20}}}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	diamond := sla.Policy{Plan: plans[0], Calendar: us}
	opened := time.Date(2026, 12, 23, 15, 0, 0, 0, nyc) // Wednesday before Christmas
	for _, m := range []plan.Metric{plan.FirstResponse, plan.NextResponse, plan.Resolution} {
		due, err := diamond.Due(m, severity.Sev2, opened)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-14v due %s\n", m, due.Format("Mon Jan 2 15:04 MST"))
	}
	_, err = sla.Policy{Plan: plan.Gold, Calendar: us}.Due(plan.Resolution, severity.Sev2, opened)
	fmt.Println(errors.Is(err, plan.ErrNoTarget), err)
	// Output:
	// first_response due Wed Dec 23 17:00 EST
	// next_response  due Thu Dec 24 11:00 EST
	// resolution     due Tue Dec 29 15:00 EST
	// true sla: plan "Gold", Severity 2, resolution: plan: no target for the metric: plan "Gold" sets no resolution target (no "resolution" in its JSON)
}

// An incident's life: the first response, a customer's reply and its
// answer, a resolution that did not hold, and the final one.
func ExampleClock_MetricStatus() {
	us, _ := calendar.Region("US")
	nyc, _ := time.LoadLocation("America/New_York")
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 12, day, hour, minute, 0, 0, nyc) }
	bh := func(h time.Duration) plan.Target { return plan.Target{Duration: h * time.Hour} }
	silver := plan.Plan{
		Name:         "Silver",
		Targets:      [plan.NumLevels]plan.Target{bh(2), bh(4), bh(8), bh(8)},
		NextResponse: [plan.NumLevels]plan.Target{bh(1), bh(2), bh(4), bh(8)},
		Resolution:   [plan.NumLevels]plan.Target{bh(8), bh(16), bh(24), bh(40)},
	}
	clock, err := sla.NewClock(sla.Policy{Plan: silver, Calendar: us}, sla.Options{},
		sla.Event{At: at(1, 9, 0), Kind: sla.EventOpened, Severity: severity.Sev2},
		sla.Event{At: at(1, 10, 0), Kind: sla.EventResponded},
		sla.Event{At: at(1, 11, 0), Kind: sla.EventCustomerReplied},
		sla.Event{At: at(1, 14, 0), Kind: sla.EventResponded}, // 3h for a 2h target
		sla.Event{At: at(1, 15, 0), Kind: sla.EventResolved},
		sla.Event{At: at(2, 9, 0), Kind: sla.EventReopened}, // the resolved night does not count
		sla.Event{At: at(2, 16, 0), Kind: sla.EventResolved},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range []plan.Metric{plan.FirstResponse, plan.NextResponse, plan.Resolution} {
		s, err := clock.MetricStatus(m, at(3, 12, 0))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-14v %-8v due %s, used %v of %v", m, s.State, s.Due.Format("Mon 15:04"), s.Elapsed, s.Allowed)
		if m == plan.NextResponse {
			fmt.Printf(" (cycle %d, from the reopen to the resolution)", s.Cycle)
		}
		fmt.Println()
	}
	// Output:
	// first_response met      due Tue 13:00, used 1h0m0s of 4h0m0s
	// next_response  breached due Wed 11:00, used 7h0m0s of 2h0m0s (cycle 2, from the reopen to the resolution)
	// resolution     met      due Thu 11:00, used 13h0m0s of 16h0m0s
}

// A compliance report: how many incidents met each target.
func ExampleSummary() {
	us, _ := calendar.Region("US")
	nyc, _ := time.LoadLocation("America/New_York")
	at := func(day, hour int) time.Time { return time.Date(2026, 12, day, hour, 0, 0, 0, nyc) }
	gold := sla.Policy{Plan: plan.Gold, Calendar: us}
	histories := [][]sla.Event{
		{{At: at(1, 9), Kind: sla.EventOpened, Severity: severity.Sev2}, {At: at(1, 12), Kind: sla.EventResponded}},
		{{At: at(1, 9), Kind: sla.EventOpened, Severity: severity.Sev2}, {At: at(2, 12), Kind: sla.EventResponded}},
		{{At: at(3, 9), Kind: sla.EventOpened, Severity: severity.Sev2}},
	}
	var sum sla.Summary
	for _, events := range histories {
		if err := sum.AddEvents(gold, events, at(3, 12)); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, g := range sum.Groups() {
		pct, _ := g.MetPercent()
		median, _ := g.UsedQuantile(0.5)
		fmt.Printf("%s %v %v: %d incidents, %d met, %d breached, %d open; %.0f%% met, median %d%% of the target used\n",
			g.Plan, g.Severity, g.Metric, g.Incidents, g.Met, g.Breached, g.Open, pct, median)
	}
	// Output:
	// Gold Severity 2 first_response: 3 incidents, 1 met, 1 breached, 1 open; 50% met, median 38% of the target used
}
