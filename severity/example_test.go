package severity_test

import (
	"encoding/json"
	"fmt"

	"github.com/slaclock/slaclock/severity"
)

func ExampleClassify() {
	// The order-entry system is down and nobody can work around it.
	c, err := severity.Classify(severity.Facts{CriticalAppUnusable: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Level, "-", c.Reason)

	// The same outage with a workaround is Severity 2.
	c, _ = severity.Classify(severity.Facts{CriticalAppUnusable: true, WorkaroundAvailable: true})
	fmt.Println(c.Level, "-", c.Reason)

	// A license-key block is Severity 1 whatever the workaround.
	c, _ = severity.Classify(severity.Facts{LicenseKeyBlocksUse: true, WorkaroundAvailable: true})
	fmt.Println(c.Level, "-", c.Reason)

	// No facts, no guess.
	_, err = severity.Classify(severity.Facts{})
	fmt.Println(err)
	// Output:
	// Severity 1 - Severity 1: a business-critical application is unusable and no workaround is available
	// Severity 2 - Severity 2: a business-critical application is unusable, but a workaround is available
	// Severity 1 - Severity 1: a license-key problem prevents installation and operation
	// severity: no facts to classify
}

func ExampleParse() {
	for _, s := range []string{"1", "S2", "sev-3", " Severity 4 ", "P1", "S5"} {
		l, err := severity.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %v\n", s, l)
	}
	// Output:
	// "1" → Severity 1
	// "S2" → Severity 2
	// "sev-3" → Severity 3
	// " Severity 4 " → Severity 4
	// "P1" → Severity 1
	// severity: unknown severity "S5": want 1 to 4, as "1", "S1", "sev-1", "Severity 1" or "P1"
}

func ExampleLevel_json() {
	var ticket struct {
		Severity severity.Level `json:"severity"`
	}
	_ = json.Unmarshal([]byte(`{"severity": "sev-2"}`), &ticket)
	out, _ := json.Marshal(ticket)
	fmt.Println(ticket.Severity, string(out))
	// Output:
	// Severity 2 {"severity":2}
}

func ExamplePriorityMap() {
	m := severity.DefaultPriorities()
	m["blocker"] = severity.Sev1 // this tracker's own top priority

	for _, p := range []string{"Highest", "normal", "P5", "Blocker", "whenever"} {
		l, err := m.Level(p)
		if err != nil {
			fmt.Println(p, "→", "error")
			continue
		}
		fmt.Println(p, "→", l)
	}
	// Output:
	// Highest → Severity 1
	// normal → Severity 3
	// P5 → Severity 4
	// Blocker → Severity 1
	// whenever → error
}
