package incident

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/sla"
)

// A Contract is the optional "contract" of a request: the customer's
// maintenance contract for the request's plan, as the agreement reads.
//
//	{"start": "2026-07-15T00:00:00-04:00", "end": "2027-01-01T00:00:00-05:00", "renewals": 2}
//
// Start is required. End is the first period's end, the license
// agreement's end date; without it the first period lasts 12 months.
// Renewals is the number of 12-month renewals that follow the first period
// directly (back-dated over any lapse). Months are counted in the
// calendar's time zone when Start's offset is that zone's (see InZone).
type Contract struct {
	Start    string `json:"start"`
	End      string `json:"end,omitempty"`
	Renewals int    `json:"renewals,omitempty"`
}

// UnmarshalJSON reads the contract strictly: unknown fields are refused,
// and every error names its field under "contract".
func (c *Contract) UnmarshalJSON(data []byte) error {
	type plain Contract
	var v plain
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return JSONError("contract", err)
	}
	*c = Contract(v)
	return nil
}

// Coverage is how the contract stood when the incident was opened, as the
// programs print it.
type Coverage struct {
	Status   string    `json:"status"` // "active": an uncovered incident is an error
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Renewals int       `json:"renewals"`
}

// cover checks the request's contract, when it has one, against the
// incident: the policy stays the one Resolve built when the contract
// covers the opening instant, and anything else is an *Error naming
// "contract" and wrapping the *sla.CoverageError, never a default plan.
func (in *Incident) cover(req *Contract) error {
	if req == nil {
		return nil
	}
	c, err := req.contract(in.Policy.Plan, in.Policy.Calendar)
	if err != nil {
		return err
	}
	if _, err := sla.PolicyFor(c, in.Policy.Calendar, in.Opened); err != nil {
		return fieldError("contract", err)
	}
	in.Coverage = &Coverage{Status: c.Status(in.Opened).String(), Start: c.Start(), End: c.End(), Renewals: c.Renewals()}
	return nil
}

// contract builds the plan.Contract a request describes.
func (r Contract) contract(p plan.Plan, cal *calendar.Calendar) (plan.Contract, error) {
	start, err := contractTime("start", r.Start, cal)
	if err != nil {
		return plan.Contract{}, err
	}
	if r.Renewals < 0 || r.Renewals > plan.MaxRenewals {
		return plan.Contract{}, fieldError("contract.renewals", fmt.Errorf("%w: renewals: %d: want 0 to %d (at most three years in all)", plan.ErrInvalidContract, r.Renewals, plan.MaxRenewals))
	}
	if r.End == "" {
		c, err := plan.NewContract(p, start, r.Renewals)
		if err != nil {
			return c, fieldError("contract.start", err)
		}
		return c, nil
	}
	end, err := contractTime("end", r.End, cal)
	if err != nil {
		return plan.Contract{}, err
	}
	c, err := plan.NewContractUntil(p, start, end)
	if err != nil {
		field := "contract.start"
		if strings.Contains(err.Error(), ": end: ") {
			field = "contract.end"
		}
		return plan.Contract{}, fieldError(field, err)
	}
	for range r.Renewals {
		if c, err = c.Renew(); err != nil {
			return plan.Contract{}, fieldError("contract.renewals", err)
		}
	}
	return c, nil
}

func contractTime(name, s string, cal *calendar.Calendar) (time.Time, error) {
	field := "contract." + name
	if s == "" {
		return time.Time{}, fieldError(field, fmt.Errorf("%w: want an RFC 3339 instant such as \"2026-07-15T00:00:00-04:00\"", ErrMissing))
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fieldError(field, fmt.Errorf("%q: want an RFC 3339 instant such as \"2026-07-15T00:00:00-04:00\"", s))
	}
	return InZone(t, cal), nil
}
