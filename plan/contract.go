package plan

import (
	"fmt"
	"strconv"
	"time"
)

// Maintenance terms: a contract runs for one 12-month term and may be
// renewed in 12-month steps up to three years in all.
const (
	TermMonths  = 12
	MaxRenewals = 2 // three terms in all
)

// A Contract is a customer's maintenance contract: a plan, the instant its
// first term starts, and the number of 12-month renewals so far. The terms
// follow each other without gaps.
//
// Build a Contract with NewContract. A Contract is an immutable value; Renew
// returns a new one. The zero Contract covers no instant and reports
// status None.
type Contract struct {
	plan     Plan
	start    time.Time
	renewals int
}

// NewContract returns a contract for plan p whose first term starts at
// start, renewed renewals times (0 to MaxRenewals). It is an error wrapping
// ErrInvalidContract when start is the zero time or renewals is out of
// range, and a *FieldError when p is not valid.
func NewContract(p Plan, start time.Time, renewals int) (Contract, error) {
	if fe := p.check(); fe != nil {
		return Contract{}, fe
	}
	if start.IsZero() {
		return Contract{}, fmt.Errorf("%w: start: zero time: want the instant the first term starts", ErrInvalidContract)
	}
	if renewals < 0 || renewals > MaxRenewals {
		return Contract{}, fmt.Errorf("%w: renewals: %d: want 0 to %d (at most three years in all)", ErrInvalidContract, renewals, MaxRenewals)
	}
	return Contract{plan: p, start: start, renewals: renewals}, nil
}

// Plan returns the contract's plan.
func (c Contract) Plan() Plan { return c.plan }

// Start returns the instant the first term starts.
func (c Contract) Start() time.Time { return c.start }

// Renewals returns the number of renewals, 0 to MaxRenewals.
func (c Contract) Renewals() int { return c.renewals }

// End returns the instant the last term ends, the first instant the
// contract no longer covers: 12 × (1 + Renewals) months after Start.
//
// Months are counted on the civil calendar in Start's location: the end is
// the same day of the month and the same wall-clock time as Start, clamped
// to the last day of a shorter month, so a contract starting 2026-01-31
// 10:00 ends 2027-01-31 10:00 and one starting 2024-02-29 ends 2025-02-28.
// Each end is counted from Start, not from the previous end. Where that
// wall-clock time does not exist or occurs twice (a daylight-saving change)
// the end is the first instant at which the local clock reads it or later.
//
// The zero Contract's End is the zero time.
func (c Contract) End() time.Time {
	if c.start.IsZero() {
		return time.Time{}
	}
	return addMonths(c.start, TermMonths*(1+c.renewals))
}

// Covers reports whether the contract covers the instant at: Start ≤ at <
// End.
func (c Contract) Covers(at time.Time) bool {
	return !c.start.IsZero() && !at.Before(c.start) && at.Before(c.End())
}

// Status is where a contract stands at an instant, and so how an incident
// at that instant is handled.
type Status int

const (
	// None is the status of the zero Contract.
	None Status = iota
	// Pending: the instant is before the contract starts.
	Pending
	// Active: the contract covers the instant; incidents are handled under
	// its plan.
	Active
	// Lapsed: the contract has ended but may still be renewed. The caller
	// decides: renew it (Renew) or charge the incident per incident.
	Lapsed
	// Expired: the contract has ended and has used its three years; it
	// cannot be renewed. Incidents are handled per incident (or under a new
	// contract).
	Expired
)

// String returns the status in lower case: "active", "lapsed" and so on.
func (s Status) String() string {
	switch s {
	case None:
		return "none"
	case Pending:
		return "pending"
	case Active:
		return "active"
	case Lapsed:
		return "lapsed"
	case Expired:
		return "expired"
	}
	return "plan.Status(" + strconv.Itoa(int(s)) + ")"
}

// Status reports where the contract stands at the instant at.
func (c Contract) Status(at time.Time) Status {
	switch {
	case c.start.IsZero():
		return None
	case at.Before(c.start):
		return Pending
	case at.Before(c.End()):
		return Active
	case c.renewals < MaxRenewals:
		return Lapsed
	}
	return Expired
}

// Renew returns the contract with one more 12-month term, following the
// current End directly, whether the contract is still active or has
// lapsed. It is an error wrapping ErrTermExceeded when the contract already
// has three years in all; the zero Contract is an error wrapping
// ErrInvalidContract.
func (c Contract) Renew() (Contract, error) {
	if c.start.IsZero() {
		return Contract{}, fmt.Errorf("%w: renewing the zero Contract", ErrInvalidContract)
	}
	if c.renewals >= MaxRenewals {
		return Contract{}, fmt.Errorf("%w: contract for plan %s from %s already runs %d months, the maximum; it ends %s",
			ErrTermExceeded, quoteCut(c.plan.Name), c.start.Format(time.DateOnly), TermMonths*(1+c.renewals), c.End().Format(time.DateOnly))
	}
	c.renewals++
	return c, nil
}

// addMonths adds n months to t on the civil calendar in t's location,
// clamping the day to the end of a shorter month and keeping the wall-clock
// time (see wallTime).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	total := int(m) - 1 + n
	y += total / 12
	m = time.Month(total%12 + 1)
	if last := daysIn(y, m); d > last {
		d = last
	}
	return wallTime(y, m, d, hh, mm, ss, t.Nanosecond(), t.Location())
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// wallTime returns the first instant at which the local clock in loc reads
// the given date and time or later. time.Date alone leaves the choice open
// in a daylight-saving gap or overlap.
func wallTime(y int, mo time.Month, d, h, mi, s, ns int, loc *time.Location) time.Time {
	want := time.Date(y, mo, d, h, mi, s, ns, time.UTC) // the wall clock as a naive time
	reads := func(u time.Time) time.Time {              // u's local wall clock as a naive time
		u = u.In(loc)
		uy, um, ud := u.Date()
		uh, umi, us := u.Clock()
		return time.Date(uy, um, ud, uh, umi, us, u.Nanosecond(), time.UTC)
	}
	t := time.Date(y, mo, d, h, mi, s, ns, loc)
	// The answer is an instant whose clock reads want exactly (want minus
	// one of the offsets in force nearby) or, in a gap, the transition that
	// ends the gap. Collect those candidates and keep the earliest that
	// reads want or later.
	var candidates []time.Time
	for _, probe := range []time.Time{t.Add(-48 * time.Hour), t, t.Add(48 * time.Hour)} {
		_, off := probe.In(loc).Zone()
		candidates = append(candidates, want.Add(-time.Duration(off)*time.Second))
		start, end := probe.In(loc).ZoneBounds()
		candidates = append(candidates, start, end)
	}
	var best time.Time
	for _, c := range append(candidates, t) {
		if !c.IsZero() && !reads(c).Before(want) && (best.IsZero() || c.Before(best)) {
			best = c
		}
	}
	if best.IsZero() { // no candidate reads want or later; cannot happen with real zones
		return t
	}
	return best.In(loc)
}
