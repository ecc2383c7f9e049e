package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// contractJSON is the stored form of a Contract. A contract whose
// renewals all follow directly and last TermMonths is stored short, as
// the agreement reads: start, the first period's end when it has one of
// its own, and the number of renewals. Any other contract is stored as
// its periods.
type contractJSON struct {
	Plan  Plan      `json:"plan"`
	Start time.Time `json:"start,omitzero"`
	// End is the first period's end when it is not TermMonths after
	// Start: the license agreement's end date.
	End time.Time `json:"end,omitzero"`
	// Zone is the IANA name of Start's location, in which the periods'
	// months are counted; "" for a fixed offset.
	Zone     string   `json:"zone,omitempty"`
	Renewals *int     `json:"renewals,omitempty"`
	Periods  []Period `json:"periods,omitempty"`
}

// MarshalJSON stores the contract as its plan, start, start's time zone and
// renewals, with the first period's end when the license agreement sets
// one:
//
//	{"plan": {"name": "Gold", …}, "start": "2026-07-15T00:00:00+02:00",
//	 "end": "2027-01-01T00:00:00+01:00", "zone": "Europe/Berlin", "renewals": 1}
//
// A contract with a renewal that does not follow directly (a gap) or has
// an end date of its own is stored as its periods instead:
//
//	{"plan": {…}, "zone": "Europe/Berlin", "periods": [
//	  {"start": "2026-01-31T10:00:00+01:00", "end": "2027-01-31T10:00:00+01:00"},
//	  {"start": "2027-03-01T10:00:00+01:00", "end": "2028-03-01T10:00:00+01:00"}]}
//
// The zero Contract is stored as null. The zone keeps End and the next
// Renew on the same instants after a round trip: months are counted on
// Start's wall clock, and an RFC 3339 offset alone does not know the
// zone's daylight-saving changes.
func (c Contract) MarshalJSON() ([]byte, error) {
	if c.n == 0 {
		return []byte("null"), nil
	}
	out := contractJSON{Plan: c.plan}
	if name := c.Start().Location().String(); name != "" && name != "Local" {
		out.Zone = name
	}
	if short, ok := c.short(); ok {
		out.Start, out.End, out.Renewals = short.Start, short.End, &short.renewals
	} else {
		out.Periods = c.Periods()
	}
	return json.Marshal(out)
}

type shortForm struct {
	Start, End time.Time // End zero when the first period lasts TermMonths
	renewals   int
}

// short returns the short form of c when it has one.
func (c Contract) short() (shortForm, bool) {
	first := c.periods[0]
	s := shortForm{Start: first.Start, renewals: c.n - 1}
	if !first.End.Equal(addMonths(first.Start, TermMonths)) {
		s.End = first.End
	}
	back, err := s.contract(c.plan)
	if err != nil || back.n != c.n {
		return s, false
	}
	for i, p := range back.periods[:back.n] {
		if !p.Start.Equal(c.periods[i].Start) || !p.End.Equal(c.periods[i].End) {
			return s, false
		}
	}
	return s, true
}

func (s shortForm) contract(p Plan) (Contract, error) {
	if s.End.IsZero() {
		return NewContract(p, s.Start, s.renewals)
	}
	if s.renewals < 0 || s.renewals > MaxRenewals {
		return Contract{}, fmt.Errorf("%w: renewals: %d: want 0 to %d (at most three years in all)", ErrInvalidContract, s.renewals, MaxRenewals)
	}
	c, err := NewContractUntil(p, s.Start, s.End)
	for i := 0; err == nil && i < s.renewals; i++ {
		if c, err = c.Renew(); err != nil {
			err = inField(fmt.Sprintf("renewals: %d", s.renewals), err)
		}
	}
	return c, err
}

// UnmarshalJSON restores a contract MarshalJSON stored, in either form,
// validated as NewContract, NewContractUntil and RenewWith validate it;
// unknown fields, and "periods" together with "start", "end" or
// "renewals", are refused. Errors wrap ErrInvalidContract or
// ErrTermExceeded (ErrInvalidPlan for the plan) and name the field. On
// error c is unchanged; null leaves it unchanged.
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
	loc := time.UTC
	if in.Zone != "" {
		l, err := time.LoadLocation(in.Zone)
		if err != nil || in.Zone == "Local" {
			return fmt.Errorf("%w: zone: %q: unknown time zone", ErrInvalidContract, in.Zone)
		}
		loc = l
	}
	inZone := func(t time.Time) time.Time {
		if in.Zone == "" {
			return t
		}
		return t.In(loc)
	}
	var v Contract
	var err error
	if in.Periods != nil {
		if !in.Start.IsZero() || !in.End.IsZero() || in.Renewals != nil {
			return fmt.Errorf("%w: periods: give the periods, or start, end and renewals, not both", ErrInvalidContract)
		}
		v, err = fromPeriods(in.Plan, in.Periods, inZone)
	} else {
		s := shortForm{Start: inZone(in.Start), End: in.End}
		if in.Renewals != nil {
			s.renewals = *in.Renewals
		}
		v, err = s.contract(in.Plan)
	}
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func fromPeriods(p Plan, ps []Period, inZone func(time.Time) time.Time) (Contract, error) {
	if len(ps) == 0 || len(ps) > 1+MaxRenewals {
		return Contract{}, fmt.Errorf("%w: periods: %d periods: want 1 to %d", ErrInvalidContract, len(ps), 1+MaxRenewals)
	}
	c, err := NewContractUntil(p, inZone(ps[0].Start), ps[0].End)
	if err != nil {
		return Contract{}, inField("periods[0]", err)
	}
	for i, q := range ps[1:] {
		if q.Start.IsZero() {
			return Contract{}, fmt.Errorf("%w: periods[%d]: start: zero time: want the instant the period starts", ErrInvalidContract, i+1)
		}
		if q.End.IsZero() {
			return Contract{}, fmt.Errorf("%w: periods[%d]: end: zero time: want the instant the period ends", ErrInvalidContract, i+1)
		}
		if c, err = c.RenewWith(Renewal(q)); err != nil {
			return Contract{}, inField(fmt.Sprintf("periods[%d]", i+1), err)
		}
	}
	return c, nil
}

// inField puts a field path in front of the detail of a contract error:
// "plan: invalid contract: periods[1]: renewal end: …".
func inField(field string, err error) error {
	for _, s := range []error{ErrInvalidContract, ErrTermExceeded} {
		if !errors.Is(err, s) {
			continue
		}
		if rest, ok := strings.CutPrefix(err.Error(), s.Error()+": "); ok {
			return fmt.Errorf("%w: %s: %s", s, field, rest)
		}
	}
	return err
}
