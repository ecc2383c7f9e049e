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
	opened := time.Date(2026, 12, 24, 16, 30, 0, 0, us.Location())
	due, err := policy.ResponseDue(severity.Sev1, opened) // Gold Sev 1: 4 business hours
	if err != nil {
		panic(err)
	}
	fmt.Println(due) // Christmas Day and the weekend do not count
}
