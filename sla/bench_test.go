package sla_test

import (
	"testing"
	"time"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

var (
	sinkTime   time.Time
	sinkStatus sla.Status
)

// benchOpened returns 1,024 instants spread over 2026 in New York, a prime
// number of minutes apart so they fall at every time of day and week.
func benchOpened(b *testing.B) []time.Time {
	b.Helper()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, newYork(b))
	out := make([]time.Time, 1024)
	for i := range out {
		out[i] = start.Add(time.Duration(i*509) * time.Minute)
	}
	return out
}

func BenchmarkResponseDue(b *testing.B) {
	us := usCalendar(b)
	opened := benchOpened(b)
	for _, bc := range []struct {
		name string
		plan plan.Plan
		sev  severity.Level
	}{
		{"business-hours", plan.Gold, severity.Sev1},
		{"business-day", plan.Gold, severity.Sev3},
		{"wall-clock", plan.Platinum, severity.Sev1},
	} {
		p := sla.Policy{Plan: bc.plan, Calendar: us}
		for _, t := range opened { // warm the year tables
			if _, err := p.ResponseDue(bc.sev, t); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkTime, _ = p.ResponseDue(bc.sev, opened[i&1023])
				i++
			}
		})
	}
}

func BenchmarkStatus(b *testing.B) {
	us := usCalendar(b)
	at := func(day, hour int) time.Time { return time.Date(2026, 12, day, hour, 0, 0, 0, newYork(b)) }
	c, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{},
		sla.Event{At: at(4, 15), Kind: sla.EventOpened, Severity: severity.Sev1},
		sla.Event{At: at(4, 16), Kind: sla.EventPaused},
		sla.Event{At: at(7, 11), Kind: sla.EventResumed},
	)
	if err != nil {
		b.Fatal(err)
	}
	now := at(7, 12)
	b.ReportAllocs()
	for b.Loop() {
		sinkStatus, _ = c.Status(now)
	}
}

// BenchmarkNewClockLongHistory builds the clock of an incident with 16,001
// events (an opening, then 8,000 pauses and resumes ten minutes apart, so
// they fall in business and closed hours alike) and asks its status at the
// last one. NewClock used to copy the whole history on every event, which
// made this take seconds.
func BenchmarkNewClockLongHistory(b *testing.B) {
	us := usCalendar(b)
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, newYork(b))
	events := []sla.Event{{At: at, Kind: sla.EventOpened, Severity: severity.Sev4}}
	for i := range 16000 {
		at = at.Add(10 * time.Minute)
		k := sla.EventPaused
		if i%2 == 1 {
			k = sla.EventResumed
		}
		events = append(events, sla.Event{At: at, Kind: k})
	}
	p := sla.Policy{Plan: plan.Gold, Calendar: us}
	b.ReportAllocs()
	for b.Loop() {
		c, err := sla.NewClock(p, sla.Options{}, events...)
		if err != nil {
			b.Fatal(err)
		}
		if sinkStatus, err = c.Status(at); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSummaryAddEvents counts one incident history (the hand-checked
// set of summary_test.go in turn: 1 to 5 events, every metric) per
// iteration.
func BenchmarkSummaryAddEvents(b *testing.B) {
	incidents := summaryIncidents(b)
	at := ny(b, "2026-12-04 12:00")
	var s sla.Summary
	for _, in := range incidents { // warm the year tables
		if err := s.AddEvents(in.policy, in.events, at); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		in := incidents[i%len(incidents)]
		if err := s.AddEvents(in.policy, in.events, at); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
