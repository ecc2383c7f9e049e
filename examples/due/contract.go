package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/slaclock/slaclock/examples/internal/incident"
)

// contractFlagNames are the flags of the optional contract, in the order
// of incident.Contract's fields.
var contractFlagNames = []string{"contract-start", "contract-end", "contract-renewals"}

// contractFlags registers the flags of the customer's maintenance
// contract: with -contract-start, the incident must fall in a period of the
// contract, or the command fails (exit code 2) naming the contract's
// status and end.
func (cfg *config) contractFlags(fs *flag.FlagSet) {
	fs.StringVar(&cfg.contract.Start, "contract-start", "", "the customer's contract: when its first period starts, RFC 3339; the incident must be covered")
	fs.StringVar(&cfg.contract.End, "contract-end", "", "with -contract-start: the first period's end, the license agreement's end date (default 12 months)")
	fs.IntVar(&cfg.contract.Renewals, "contract-renewals", 0, "with -contract-start: 12-month renewals after the first period, 0 to 2")
}

// contractRequest returns the contract the flags give, nil for none. A
// -contract-end or -contract-renewals without -contract-start still makes
// one, so that the missing start is reported.
func (cfg config) contractRequest() *incident.Contract {
	if cfg.contract == (incident.Contract{}) {
		return nil
	}
	c := cfg.contract
	return &c
}

// contractFlagError names the flag behind a contract field
// ("contract.end" → -contract-end). An incident the contract does not
// cover (the field "contract" itself) is reported as it is: it names the
// contract's status and end.
func contractFlagError(field string, err error) error {
	name, ok := strings.CutPrefix(field, "contract.")
	if !ok {
		return usagef("contract: %v", err)
	}
	return usagef("-contract-%s: %v", name, err)
}

// contractLine is the text output's line about the contract, "" without
// one.
func contractLine(c *incident.Coverage) string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("Contract %s from %s to %s (renewals: %d).\n",
		c.Status, c.Start.Format(time.DateOnly), c.End.Format(time.DateOnly), c.Renewals)
}
