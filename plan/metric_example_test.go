package plan_test

import (
	"errors"
	"fmt"

	"github.com/slaclock/slaclock/plan"
)

func ExamplePlan_TargetFor() {
	for _, m := range []plan.Metric{plan.FirstResponse, plan.Resolution} {
		t, err := plan.Gold.TargetFor(m, 2)
		switch {
		case errors.Is(err, plan.ErrNoTarget):
			fmt.Printf("Gold, %v: none (%v)\n", m, err)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Printf("Gold, %v: %v\n", m, t)
		}
	}
	// Output:
	// Gold, first_response: 8h on business hours
	// Gold, resolution: none (plan: no target for the metric: plan "Gold" sets no resolution target (no "resolution" in its JSON))
}
