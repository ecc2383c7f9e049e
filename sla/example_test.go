package sla_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

func ExamplePolicy_ResponseDue() {
	us, err := calendar.Region("US") // Mon–Fri 09:00–17:00 New York, US federal holidays
	if err != nil {
		fmt.Println(err)
		return
	}
	nyc, _ := time.LoadLocation("America/New_York")
	show := func(p plan.Plan, sev severity.Level, opened time.Time) {
		due, err := sla.Policy{Plan: p, Calendar: us}.ResponseDue(sev, opened)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-8s %v, opened %s → due %s\n", p.Name, sev,
			opened.Format("Mon Jan 2 15:04 MST"), due.Format("Mon Jan 2 15:04 MST"))
	}
	// Platinum Severity 1 runs on the wall clock, even on a Sunday.
	show(plan.Platinum, severity.Sev1, time.Date(2026, 12, 27, 10, 0, 0, 0, nyc))
	// Christmas Day and the weekend do not count on business hours.
	show(plan.Gold, severity.Sev1, time.Date(2026, 12, 24, 16, 30, 0, 0, nyc))
	// Over the spring-forward weekend: the answer comes back in EDT.
	show(plan.Platinum, severity.Sev2, time.Date(2026, 3, 6, 15, 0, 0, 0, nyc))
	// One business day.
	show(plan.Gold, severity.Sev3, time.Date(2026, 12, 1, 11, 0, 0, 0, nyc))
	// Output:
	// Platinum Severity 1, opened Sun Dec 27 10:00 EST → due Sun Dec 27 12:00 EST
	// Gold     Severity 1, opened Thu Dec 24 16:30 EST → due Mon Dec 28 12:30 EST
	// Platinum Severity 2, opened Fri Mar 6 15:00 EST → due Mon Mar 9 11:00 EDT
	// Gold     Severity 3, opened Tue Dec 1 11:00 EST → due Wed Dec 2 11:00 EST
}

func ExampleClock_Status() {
	us, _ := calendar.Region("US")
	nyc, _ := time.LoadLocation("America/New_York")
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 12, day, hour, minute, 0, 0, nyc) }

	// Gold Severity 1 (4 business hours), opened Friday 15:00, paused at
	// 16:00 while waiting on the customer.
	clock, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{},
		sla.Event{At: at(4, 15, 0), Kind: sla.EventOpened, Severity: severity.Sev1},
		sla.Event{At: at(4, 16, 0), Kind: sla.EventPaused},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := clock.Status(at(7, 10, 0))
	fmt.Printf("Mon 10:00: %v, %v used, due %s if resumed now\n", s.State, s.Elapsed, s.Due.Format("Mon 15:04"))

	// The customer answers on Monday at 11:00; the weekend never counted.
	if err := clock.Apply(sla.Event{At: at(7, 11, 0), Kind: sla.EventResumed}); err != nil {
		fmt.Println(err)
		return
	}
	s, _ = clock.Status(at(7, 12, 0))
	fmt.Printf("Mon 12:00: %v, %v used (%.0f%%), %v left, due %s\n",
		s.State, s.Elapsed, s.PercentUsed, s.Remaining, s.Due.Format("Mon 15:04"))
	for _, w := range s.Warnings {
		fmt.Printf("  %d%% at %s (reached: %v)\n", w.Percent, w.At.Format("Mon 15:04"), w.Reached)
	}
	wake, _ := s.NextWake()
	fmt.Println("wake at", wake.Format("Mon 15:04"))
	// Output:
	// Mon 10:00: paused, 1h0m0s used, due Mon 13:00 if resumed now
	// Mon 12:00: running, 2h0m0s used (50%), 2h0m0s left, due Mon 14:00
	//   50% at Mon 12:00 (reached: true)
	//   75% at Mon 13:00 (reached: false)
	//   90% at Mon 13:36 (reached: false)
	// wake at Mon 13:00
}

func ExamplePolicy_Explain() {
	us, _ := calendar.Region("US")
	nyc, _ := time.LoadLocation("America/New_York")
	x, err := sla.Policy{Plan: plan.Gold, Calendar: us}.Explain(severity.Sev2, time.Date(2026, 12, 24, 18, 0, 0, 0, nyc))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(x.Text())
	// Output:
	// Gold, Severity 2: respond within 8h on business hours.
	// Counting starts Mon 2026-12-28 09:00 EST: the incident was opened at Thu 2026-12-24 18:00 EST, outside business hours; counting starts at the next opening.
	// Not counted, closed:
	//   - Thu 2026-12-24 18:00 EST to Mon 2026-12-28 09:00 EST: Fri 2026-12-25 Christmas Day; Sat 2026-12-26 weekend; Sun 2026-12-27 weekend
	// Due Mon 2026-12-28 17:00 EST.
}

func ExampleClock_Explain() {
	us, _ := calendar.Region("US")
	nyc, _ := time.LoadLocation("America/New_York")
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 12, day, hour, minute, 0, 0, nyc) }
	clock, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{},
		sla.Event{At: at(31, 15, 0), Kind: sla.EventOpened, Severity: severity.Sev1},
		sla.Event{At: at(31, 16, 0), Kind: sla.EventPaused},
		sla.Event{At: at(31, 16, 30), Kind: sla.EventResumed},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	x, err := clock.Explain(at(31, 16, 45))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(x)
	out, _ := json.MarshalIndent(x.Closed, "", "  ")
	fmt.Println(string(out))
	// Output:
	// Gold, Severity 1: respond within 4h on business hours.
	// Counting starts Thu 2026-12-31 15:00 EST: the incident was opened at Thu 2026-12-31 15:00 EST, during business hours; counting starts there.
	// Not counted, closed:
	//   - Thu 2026-12-31 17:00 EST to Mon 2027-01-04 09:00 EST: Fri 2027-01-01 New Year's Day; Sat 2027-01-02 weekend; Sun 2027-01-03 weekend
	// Not counted, paused (waiting on the customer):
	//   - Thu 2026-12-31 16:00 EST to Thu 2026-12-31 16:30 EST: 30m0s held
	// Due Mon 2027-01-04 11:30 EST. State: running.
	// [
	//   {
	//     "from": "2026-12-31T17:00:00-05:00",
	//     "to": "2027-01-04T09:00:00-05:00",
	//     "reason": "New Year's Day; weekend",
	//     "days": [
	//       {
	//         "date": "2027-01-01",
	//         "weekday": "Friday",
	//         "reason": "New Year's Day"
	//       },
	//       {
	//         "date": "2027-01-02",
	//         "weekday": "Saturday",
	//         "reason": "weekend"
	//       },
	//       {
	//         "date": "2027-01-03",
	//         "weekday": "Sunday",
	//         "reason": "weekend"
	//       }
	//     ]
	//   }
	// ]
}

// A ticketing system stores an incident's clock with its ticket and
// restores it later, in another process, to the same state. The stored
// form is the plan, the calendar's spec, the options and the events.
func ExampleClock_MarshalJSON() {
	us, err := calendar.Region("US")
	if err != nil {
		fmt.Println(err)
		return
	}
	// Times as a database hands them back: UTC.
	opened := time.Date(2026, 12, 24, 21, 30, 0, 0, time.UTC) // 16:30 EST
	clock, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{},
		sla.Event{At: opened, Kind: sla.EventOpened, Severity: severity.Sev1},
		sla.Event{At: opened.Add(15 * time.Minute), Kind: sla.EventPaused},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	stored, err := json.Marshal(clock)
	if err != nil {
		fmt.Println(err)
		return
	}

	var restored sla.Clock
	if err := json.Unmarshal(stored, &restored); err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, 12, 28, 15, 0, 0, 0, time.UTC)
	before, _ := clock.Status(now)
	after, _ := restored.Status(now)
	fmt.Println(after.State, after.Due.Equal(before.Due), len(restored.Events()), "events")
	// Output: paused true 2 events
}
