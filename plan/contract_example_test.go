package plan_test

import (
	"fmt"
	"time"

	"github.com/slaclock/slaclock/plan"
)

// A customer buys Gold in mid-July; the license agreement runs to
// 1 January, so the first period co-terminates with it and the renewals
// follow it in 12-month steps, within three years of the purchase.
func ExampleNewContractUntil() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	purchase := time.Date(2026, 7, 15, 14, 20, 0, 0, ny)
	licenseEnd := time.Date(2027, 1, 1, 0, 0, 0, 0, ny)
	c, err := plan.NewContractUntil(plan.Gold, purchase, licenseEnd)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ = c.Renew()
	c, _ = c.Renew()
	for _, p := range c.Periods() {
		fmt.Println(p.Start.Format(time.DateOnly), "to", p.End.Format(time.DateOnly))
	}
	fmt.Println("at most until", c.MaxEnd().Format(time.DateOnly))
	_, err = c.Renew()
	fmt.Println(err)
	// Output:
	// 2026-07-15 to 2027-01-01
	// 2027-01-01 to 2028-01-01
	// 2028-01-01 to 2029-01-01
	// at most until 2029-07-15
	// plan: maximum term exceeded: contract for plan "Gold" from 2026-07-15 already has its 2 renewals, the maximum; it ends 2029-01-01
}

// A contract lapses on 15 January and the customer renews on 1 March. An
// incident on 10 February is Lapsed until the renewal is recorded; then it
// is covered when the renewal is back-dated, and in a Gap when the renewal
// runs from the day it was made.
func ExampleContract_RenewWith() {
	start := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	renewedOn := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	incident := time.Date(2027, 2, 10, 9, 0, 0, 0, time.UTC)
	c, err := plan.NewContract(plan.Platinum, start, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("before the renewal is recorded:", c.Status(incident))

	backDated, _ := c.Renew() // the same as c.RenewWith(plan.Renewal{})
	fmt.Println("back-dated:", backDated.Status(incident), "until", backDated.End().Format(time.DateOnly))

	fromRenewal, _ := c.RenewWith(plan.Renewal{Start: renewedOn})
	gap, _ := fromRenewal.Gap(incident)
	fmt.Println("from the renewal:", fromRenewal.Status(incident), gap.Start.Format(time.DateOnly), "to", gap.End.Format(time.DateOnly),
		"then", fromRenewal.Status(renewedOn), "until", fromRenewal.End().Format(time.DateOnly))
	// Output:
	// before the renewal is recorded: lapsed
	// back-dated: active until 2028-01-15
	// from the renewal: gap 2027-01-15 to 2027-03-01 then active until 2028-03-01
}
