package plan_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/slaclock/slaclock/plan"
)

func ExampleLookup() {
	p, err := plan.Lookup("platinum")
	if err != nil {
		fmt.Println(err)
		return
	}
	for level := 1; level <= plan.NumLevels; level++ {
		t, _ := p.Target(level)
		fmt.Printf("%s, Severity %d: %v\n", p.Name, level, t)
	}

	_, err = plan.Lookup("Silver")
	fmt.Println(err)
	// Output:
	// Platinum, Severity 1: 2h on 24x7x365
	// Platinum, Severity 2: 4h on business hours
	// Platinum, Severity 3: 8h on business hours
	// Platinum, Severity 4: 1 business day (same-time)
	// plan: unknown plan "Silver": valid plans are Gold, Platinum
}

func ExampleLoad() {
	doc := `{"plans": [{
		"name": "Silver",
		"targets": {
			"1": {"business_hours": "8h"},
			"2": {"business_days": 1},
			"3": {"business_days": 2, "day_rule": "end-of-day"},
			"4": {"business_days": 5, "day_rule": "fixed-hours", "hours_per_day": "8h"}
		},
		"web_support": true,
		"max_requests": 20
	}]}`
	plans, err := plan.Load(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	catalog, err := plan.NewCatalog(plans...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(catalog.Names())

	silver, _ := catalog.Lookup("silver")
	for level := 1; level <= plan.NumLevels; level++ {
		t, _ := silver.Target(level)
		fmt.Printf("Severity %d: %v\n", level, t)
	}

	// A mistake is reported with the plan, the severity and the field.
	_, err = plan.Load(strings.NewReader(strings.Replace(doc, `"business_days": 2`, `"business_days": 0`, 1)))
	fmt.Println(err)
	// Output:
	// [Gold Platinum Silver]
	// Severity 1: 8h on business hours
	// Severity 2: 1 business day (same-time)
	// Severity 3: 2 business days (end-of-day)
	// Severity 4: 5 business days (fixed-hours, 8h each)
	// plan: plans[0] "Silver": targets["3"].business_days: 0: must be positive
}

func ExampleTarget() {
	// How a caller applies a target: the clock first, then duration or days.
	t, _ := plan.Gold.Target(3)
	switch {
	case t.Clock == plan.WallClock:
		fmt.Println("due at opened +", t.Duration)
	case t.BusinessDays == 0:
		fmt.Println("due", t.Duration, "of business time after opened")
	default:
		fmt.Println("due", t.BusinessDays, "business day(s) after opened, rule", t.DayRule)
	}
	// Output:
	// due 1 business day(s) after opened, rule same-time
}

func ExampleContract() {
	start := time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)
	c, err := plan.NewContract(plan.Gold, start, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ends", c.End().Format(time.DateOnly))

	incident := time.Date(2027, 2, 10, 9, 0, 0, 0, time.UTC)
	fmt.Println("status at incident:", c.Status(incident))

	c, _ = c.Renew()
	c, _ = c.Renew()
	fmt.Println("renewed twice, ends", c.End().Format(time.DateOnly), "status:", c.Status(incident))

	_, err = c.Renew()
	fmt.Println(err)
	// Output:
	// ends 2027-01-31
	// status at incident: lapsed
	// renewed twice, ends 2029-01-31 status: active
	// plan: maximum term exceeded: contract for plan "Gold" from 2026-01-31 already runs 36 months, the maximum; it ends 2029-01-31
}

func ExamplePlan_CoversUpgrade() {
	installed := plan.Release{Product: "Ledger", Version: "2.01"}
	for _, offered := range []plan.Release{
		{Product: "Ledger", Version: "2.01a"},
		{Product: "Ledger", Version: "3.0"},
		{Product: "Ledger", Version: "3.0-beta1"},
		{Product: "Ledger Reports", Version: "1.0", Kind: plan.Extension},
	} {
		d, err := plan.Gold.CoversUpgrade(installed, offered)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d.Reason)
	}
	// Output:
	// covered: maintenance release 2.01 → 2.01a of the same product line
	// covered: major release 2.01 → 3.0 of the same product line
	// not covered: 3.0-beta1 is a pre-release version; pre-release and beta versions are excluded
	// not covered: extensions, add-ons and accessory products are excluded
}
