package plan_test

import (
	"encoding/json"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/slaclock/slaclock/plan"
)

// drawContract builds a contract the way callers do: a first period of 12
// months or up to a license end date, then up to three renewals, each
// back-dated or starting after a lapse, with or without an end date of its
// own. Renewals the three-year rule refuses are skipped.
func drawContract(t *rapid.T, loc *time.Location) plan.Contract {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
	day := func(name string, lo, hi int) int { return rapid.IntRange(lo, hi).Draw(t, name) }
	start := base.AddDate(0, 0, day("start", 0, 365)).Add(time.Duration(day("startMinute", 0, 24*60-1)) * time.Minute)
	var c plan.Contract
	var err error
	if rapid.Bool().Draw(t, "licenseEnd") {
		c, err = plan.NewContractUntil(plan.Gold, start, start.AddDate(0, 0, day("firstDays", 1, 3*365)))
	} else {
		c, err = plan.NewContract(plan.Gold, start, 0)
	}
	if err != nil {
		t.Skip("first period past three years")
	}
	for range day("renewals", 0, 3) {
		var r plan.Renewal
		if rapid.Bool().Draw(t, "fromRenewal") {
			r.Start = c.End().AddDate(0, 0, day("lapseDays", 1, 200))
		}
		if rapid.Bool().Draw(t, "ownEnd") {
			from := c.End()
			if !r.Start.IsZero() {
				from = r.Start
			}
			r.End = from.AddDate(0, 0, day("renewalDays", 1, 500))
		}
		next, err := c.RenewWith(r)
		if err != nil {
			continue
		}
		c = next
	}
	return c
}

// The statuses partition time: Pending before the start, Active exactly
// where a period covers, Gap exactly between periods, Lapsed or Expired
// after the end; periods are ordered, non-empty and end by MaxEnd.
func TestContractStatusProperties(t *testing.T) {
	ny := zone(t, "America/New_York")
	rapid.Check(t, func(t *rapid.T) {
		c := drawContract(t, ny)
		ps := c.Periods()
		if len(ps) != c.Renewals()+1 {
			t.Fatalf("%d periods, %d renewals", len(ps), c.Renewals())
		}
		for i, p := range ps {
			if !p.End.After(p.Start) || (i > 0 && p.Start.Before(ps[i-1].End)) || p.End.After(c.MaxEnd()) {
				t.Fatalf("periods %v: out of order, empty or past MaxEnd %v", ps, c.MaxEnd())
			}
		}
		at := c.Start().Add(time.Duration(rapid.Int64Range(-30*24, 4*365*24).Draw(t, "hours")) * time.Hour)
		st := c.Status(at)
		_, inGap := c.Gap(at)
		switch {
		case (st == plan.Active) != c.Covers(at):
			t.Fatalf("Status(%v) = %v, Covers = %v", at, st, c.Covers(at))
		case (st == plan.Pending) != at.Before(c.Start()):
			t.Fatalf("Status(%v) = %v, start %v", at, st, c.Start())
		case (st == plan.Gap) != inGap:
			t.Fatalf("Status(%v) = %v, Gap reports %v", at, st, inGap)
		case (st == plan.Lapsed || st == plan.Expired) != !at.Before(c.End()):
			t.Fatalf("Status(%v) = %v, end %v", at, st, c.End())
		}
		// A lapsed contract can be renewed up to MaxEnd, back-dated, and
		// then covers the instant when the renewal reaches it.
		if st == plan.Lapsed {
			r, err := c.RenewWith(plan.Renewal{End: c.MaxEnd()})
			if err != nil {
				t.Fatalf("Lapsed at %v but RenewWith(MaxEnd) fails: %v", at, err)
			}
			if at.Before(r.End()) && r.Status(at) != plan.Active {
				t.Fatalf("back-dated renewal to %v: Status(%v) = %v, want active", r.End(), at, r.Status(at))
			}
		}
		if st == plan.Expired {
			if _, err := c.RenewWith(plan.Renewal{End: c.MaxEnd()}); err == nil {
				t.Fatalf("Expired at %v but a renewal to MaxEnd succeeds", at)
			}
		}
		// A back-dated renewal never takes coverage away.
		if r, err := c.Renew(); err == nil && c.Covers(at) && !r.Covers(at) {
			t.Fatalf("Renew uncovered %v", at)
		}
		// The stored form restores the same periods.
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var back plan.Contract
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		got := back.Periods()
		if len(got) != len(ps) {
			t.Fatalf("round trip of %s: %d periods, want %d", data, len(got), len(ps))
		}
		for i := range ps {
			if !got[i].Start.Equal(ps[i].Start) || !got[i].End.Equal(ps[i].End) {
				t.Fatalf("round trip of %s: period %d is %v, want %v", data, i, got[i], ps[i])
			}
		}
	})
}
