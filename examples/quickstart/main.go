// Command quickstart computes one response-due instant: the README's first
// example, kept here so that it compiles and its output is tested.
package main

import (
	"fmt"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

func main() {
	us, err := calendar.Region("US") // Mon–Fri 09:00–17:00 New York, US federal holidays
	if err != nil {
		panic(err)
	}
	policy := sla.Policy{Plan: plan.Gold, Calendar: us}
	// As a database hands it back: Thu 24 Dec 2026, 21:30 UTC (16:30 in New York).
	opened := time.Date(2026, 12, 24, 21, 30, 0, 0, time.UTC)
	due, err := policy.ResponseDue(severity.Sev1, opened) // Gold Sev 1: 4 business hours
	if err != nil {
		panic(err)
	}
	fmt.Println(due)                   // in the zone it was asked in: UTC, ready to store
	fmt.Println(due.In(us.Location())) // the customer's local time: Christmas and the weekend do not count

	why, err := policy.Explain(severity.Sev1, opened)
	if err != nil {
		panic(err)
	}
	fmt.Print(why) // reads in the customer's time zone, whatever zone opened came in
}
