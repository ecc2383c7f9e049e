package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// contractJSON is the stored form of a Contract.
type contractJSON struct {
	Plan  Plan      `json:"plan"`
	Start time.Time `json:"start"`
	// Zone is the IANA name of Start's location, in which the terms'
	// months are counted; "" for a fixed offset.
	Zone     string `json:"zone,omitempty"`
	Renewals int    `json:"renewals"`
}

// MarshalJSON stores the contract as its plan, start, start's time zone and
// renewals:
//
//	{"plan": {"name": "Gold", …}, "start": "2026-01-31T10:00:00+01:00",
//	 "zone": "Europe/Berlin", "renewals": 1}
//
// The zero Contract is stored as null. The zone keeps End on the same
// instant after a round trip: terms are counted in months of Start's
// wall clock, and an RFC 3339 offset alone does not know the zone's
// daylight-saving changes.
func (c Contract) MarshalJSON() ([]byte, error) {
	if c.start.IsZero() {
		return []byte("null"), nil
	}
	out := contractJSON{Plan: c.plan, Start: c.start, Renewals: c.renewals}
	if name := c.start.Location().String(); name != "" && name != "Local" {
		out.Zone = name
	}
	return json.Marshal(out)
}

// UnmarshalJSON restores a contract MarshalJSON stored, validated as
// NewContract validates it; unknown fields are refused. Errors wrap
// ErrInvalidContract (or ErrInvalidPlan for the plan). On error c is
// unchanged; null leaves it unchanged.
func (c *Contract) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var in contractJSON
	if err := dec.Decode(&in); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidContract, err)
	}
	start := in.Start
	if in.Zone != "" {
		loc, err := time.LoadLocation(in.Zone)
		if err != nil || in.Zone == "Local" {
			return fmt.Errorf("%w: zone: %q: unknown time zone", ErrInvalidContract, in.Zone)
		}
		start = start.In(loc)
	}
	v, err := NewContract(in.Plan, start, in.Renewals)
	if err != nil {
		return err
	}
	*c = v
	return nil
}
