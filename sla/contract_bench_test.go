package sla_test

import (
	"testing"
	"time"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// BenchmarkPolicyFor measures what asking "is the customer covered?"
// adds to a due instant: the baseline computes ResponseDue on a Policy
// built once; PolicyFor checks a three-period contract (a first period
// co-terminating with a license, two renewals) first. Every instant of
// benchOpened falls in 2026, inside the contract.
func BenchmarkPolicyFor(b *testing.B) {
	us := usCalendar(b)
	opened := benchOpened(b)
	c, err := plan.NewContractUntil(plan.Gold, time.Date(2025, 7, 15, 0, 0, 0, 0, newYork(b)), time.Date(2026, 1, 1, 0, 0, 0, 0, newYork(b)))
	if err != nil {
		b.Fatal(err)
	}
	if c, err = c.Renew(); err != nil {
		b.Fatal(err)
	}
	if c, err = c.RenewWith(plan.Renewal{Start: time.Date(2027, 2, 1, 0, 0, 0, 0, newYork(b))}); err != nil {
		b.Fatal(err)
	}
	base := sla.Policy{Plan: plan.Gold, Calendar: us}
	for _, t := range opened { // warm the year tables
		if _, err := base.ResponseDue(severity.Sev1, t); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("baseline-ResponseDue", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkTime, _ = base.ResponseDue(severity.Sev1, opened[i&1023])
			i++
		}
	})
	b.Run("PolicyFor+ResponseDue", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			at := opened[i&1023]
			p, err := sla.PolicyFor(c, us, at)
			if err != nil {
				b.Fatal(err)
			}
			sinkTime, _ = p.ResponseDue(severity.Sev1, at)
			i++
		}
	})
	gap := time.Date(2027, 1, 10, 10, 0, 0, 0, newYork(b))
	b.Run("PolicyFor-not-covered", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, err := sla.PolicyFor(c, us, gap)
			if err == nil {
				b.Fatal("covered")
			}
		}
	})
}
