package plan

import (
	"fmt"
	"strconv"
	"time"
)

// Maintenance terms. The plans: "The maintenance period lasts 12-month and
// may be renewed up to a maximum of three years. The end-date of the
// maintenance period varies based on the individual terms of the license
// agreement."
//
// This package reads "up to a maximum of three years" as a bound on the
// whole contract, measured on the calendar: its last period ends at most
// MaxMonths (36) months after its first period starts, and it has at most
// three periods, the first and MaxRenewals renewals. A lapse counts
// against the three years, because they are calendar time from the first
// start. A first period that co-terminates with a license agreement
// (purchase in July, license anniversary on 1 January) is shorter than 12
// months, and the two renewals after it end before the three years are
// used up; one that runs for the license's whole term may be longer.
//
// Rejected readings: "three years of renewals after the first period"
// (four years in all) — the maximum qualifies the maintenance period
// itself, and the project has counted three years in all from the start
// (MaxRenewals = 2); and "three years of covered time, not counting
// lapses" — a lapse would push the maximum out without end, and covered
// time has no exact length in months once periods end on dates of the
// license's choosing.
const (
	TermMonths  = 12 // a period's length when the agreement names no end date
	MaxRenewals = 2  // three periods in all
	MaxMonths   = 36 // the three-year maximum, from the first start to the last end
)

// A Period is one maintenance period of a contract. It covers the instants
// t with Start ≤ t < End.
type Period struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// Covers reports whether Start ≤ at < End.
func (p Period) Covers(at time.Time) bool {
	return !at.Before(p.Start) && at.Before(p.End)
}

// A Renewal is one renewal as the agreement writes it down. The zero
// Renewal is the usual one: 12 months that follow the contract's end
// directly.
type Renewal struct {
	// Start is when the renewed period starts. The zero time: at the
	// contract's End, whether the contract is still active or has lapsed;
	// a lapsed contract renewed so is back-dated and the lapse becomes
	// covered. A later instant: the renewal starts then (a lapsed contract
	// renewed from the instant of its renewal), and the lapse between the
	// old End and Start stays uncovered: Status reports Gap for it.
	Start time.Time
	// End is when the renewed period ends, such as the license
	// agreement's end date. The zero time: TermMonths after the period's
	// start (see Contract.End for how months are counted).
	End time.Time
}

// A Contract is a customer's maintenance contract: a plan and the periods
// it covers, in order. The first period starts at Start and ends after
// TermMonths or on the date the license agreement gives; each renewal adds
// a period, following the previous one directly (back-dated over a lapse)
// or starting later, which leaves a gap.
//
// Build a Contract with NewContract or NewContractUntil and extend it with
// Renew or RenewWith. A Contract is an immutable value; Renew
// returns a new one. The zero Contract covers no instant and reports status
// None.
type Contract struct {
	plan    Plan
	periods [1 + MaxRenewals]Period
	n       int // periods in use
	// Renew counts its months from anchor, the last date written down (a
	// start, an explicit end or a renewal's start), months being the
	// months counted from it so far, so that month-end clamping and
	// daylight-saving gaps do not drift from one period to the next.
	anchor time.Time
	months int
}

// NewContract returns a contract for plan p whose first period starts at
// start, renewed renewals times (0 to MaxRenewals), every period
// TermMonths long and following the previous one. It is an error wrapping
// ErrInvalidContract when start is the zero time or renewals is out of
// range or start's year is not 1900 to 2199, and a *FieldError when p is
// not valid.
func NewContract(p Plan, start time.Time, renewals int) (Contract, error) {
	if err := checkStart(p, start); err != nil {
		return Contract{}, err
	}
	if renewals < 0 || renewals > MaxRenewals {
		return Contract{}, fmt.Errorf("%w: renewals: %d: want 0 to %d (at most three years in all)", ErrInvalidContract, renewals, MaxRenewals)
	}
	c := Contract{plan: p}
	c.push(Period{Start: start, End: addMonths(start, TermMonths)})
	for range renewals {
		c.push(Period{Start: c.End(), End: c.nextEnd(c.End())})
	}
	return c, nil
}

// NewContractUntil returns a contract for plan p whose first period runs
// from start to end, the end date of the license agreement it
// co-terminates with ("for the entire term of your license agreement").
// end is read in start's location. It is an error wrapping
// ErrInvalidContract when start or end is the zero time, when start's
// year is not 1900 to 2199, when end is not
// after start, and when end is more than MaxMonths months after start;
// a *FieldError when p is not valid.
func NewContractUntil(p Plan, start, end time.Time) (Contract, error) {
	if err := checkStart(p, start); err != nil {
		return Contract{}, err
	}
	if end.IsZero() {
		return Contract{}, fmt.Errorf("%w: end: zero time: want the end of the first period, such as the license agreement's end date", ErrInvalidContract)
	}
	end = end.In(start.Location())
	if !end.After(start) {
		return Contract{}, fmt.Errorf("%w: end: %s: not after the start %s", ErrInvalidContract, end.Format(time.RFC3339), start.Format(time.RFC3339))
	}
	if limit := addMonths(start, MaxMonths); end.After(limit) {
		return Contract{}, fmt.Errorf("%w: end: %s: after %s, %d months after the start (at most three years in all)",
			ErrInvalidContract, end.Format(time.RFC3339), limit.Format(time.RFC3339), MaxMonths)
	}
	c := Contract{plan: p}
	c.push(Period{Start: start, End: end})
	return c, nil
}

func checkStart(p Plan, start time.Time) error {
	if fe := p.check(); fe != nil {
		return fe
	}
	if start.IsZero() {
		return fmt.Errorf("%w: start: zero time: want the instant the first term starts", ErrInvalidContract)
	}
	// The supported range of the whole project; it keeps every end a
	// contract computes within what RFC 3339 can write.
	if y := start.Year(); y < firstYear || y > lastYear {
		return fmt.Errorf("%w: start: %s: year %d, want %d to %d", ErrInvalidContract, start.Format(time.RFC3339), y, firstYear, lastYear)
	}
	return nil
}

// Supported years of a contract's start.
const (
	firstYear = 1900
	lastYear  = 2199
)

// push appends a valid period and moves the anchor Renew counts from.
func (c *Contract) push(p Period) {
	if c.n == 0 || !p.Start.Equal(c.End()) {
		c.anchor, c.months = p.Start, 0
	}
	if p.End.Equal(addMonths(c.anchor, c.months+TermMonths)) {
		c.months += TermMonths
	} else {
		c.anchor, c.months = p.End, 0
	}
	c.periods[c.n] = p
	c.n++
}

// nextEnd returns the default end of a period starting at start: TermMonths
// after it, counted from the anchor when the period follows the contract.
func (c Contract) nextEnd(start time.Time) time.Time {
	if c.n > 0 && start.Equal(c.End()) {
		return addMonths(c.anchor, c.months+TermMonths)
	}
	return addMonths(start, TermMonths)
}

// Plan returns the contract's plan.
func (c Contract) Plan() Plan { return c.plan }

// Start returns the instant the first period starts; the zero time for the
// zero Contract.
func (c Contract) Start() time.Time { return c.periods[0].Start }

// Renewals returns the number of renewals, 0 to MaxRenewals.
func (c Contract) Renewals() int { return max(c.n-1, 0) }

// Periods returns the contract's periods in order, a new slice each call;
// nil for the zero Contract.
func (c Contract) Periods() []Period {
	if c.n == 0 {
		return nil
	}
	return append([]Period(nil), c.periods[:c.n]...)
}

// End returns the instant the last period ends, the first instant after
// which the contract covers nothing.
//
// A period without an end date of its own lasts TermMonths, counted on the
// civil calendar in Start's location: the end is the same day of the month
// and the same wall-clock time as the date it counts from, clamped to the
// last day of a shorter month, so a contract starting 2026-01-31 10:00
// ends 2027-01-31 10:00 and one starting 2024-02-29 ends 2025-02-28. A
// renewal that follows directly counts from the same date as the period
// before it (the start, or the last end date written down), not from the
// previous computed end, so 2024-02-29 renewed twice ends 2027-02-28.
// Where that wall-clock time does not exist or occurs twice (a
// daylight-saving change) the end is the first instant at which the local
// clock reads it or later.
//
// The zero Contract's End is the zero time.
func (c Contract) End() time.Time {
	if c.n == 0 {
		return time.Time{}
	}
	return c.periods[c.n-1].End
}

// MaxEnd returns the latest instant the contract may end: MaxMonths months
// after Start, counted as End counts months. The zero Contract's MaxEnd is
// the zero time.
func (c Contract) MaxEnd() time.Time {
	if c.n == 0 {
		return time.Time{}
	}
	return addMonths(c.Start(), MaxMonths)
}

// Covers reports whether one of the contract's periods covers the instant
// at.
func (c Contract) Covers(at time.Time) bool {
	for _, p := range c.periods[:c.n] {
		if p.Covers(at) {
			return true
		}
	}
	return false
}

// Gap returns the uncovered stretch between two of the contract's periods
// that holds at: from the end of the period before at to the start of the
// one after it. It reports false when at is not in such a gap.
func (c Contract) Gap(at time.Time) (Period, bool) {
	for i := 1; i < c.n; i++ {
		g := Period{Start: c.periods[i-1].End, End: c.periods[i].Start}
		if g.Covers(at) {
			return g, true
		}
	}
	return Period{}, false
}

// renewable reports whether a renewal can still be added.
func (c Contract) renewable() bool {
	return c.n > 0 && c.n <= MaxRenewals && c.End().Before(c.MaxEnd())
}

// Status is where a contract stands at an instant, and so how an incident
// at that instant is handled.
type Status int

const (
	// None is the status of the zero Contract.
	None Status = iota
	// Pending: the instant is before the contract starts.
	Pending
	// Active: a period of the contract covers the instant; incidents are
	// handled under its plan.
	Active
	// Lapsed: the contract has ended but may still be renewed. The caller
	// decides: renew it (Renew, back-dated, covers the instant) or charge
	// the incident per incident.
	Lapsed
	// Expired: the contract has ended and cannot be renewed: it has its
	// two renewals or runs to MaxEnd. Incidents are handled per incident
	// (or under a new contract).
	Expired
	// Gap: the instant falls between two periods: the contract lapsed and
	// was renewed later from the instant of its renewal, not back-dated.
	// No renewal can cover the instant any more; incidents are handled per
	// incident.
	Gap
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
	case Gap:
		return "gap"
	}
	return "plan.Status(" + strconv.Itoa(int(s)) + ")"
}

// Status reports where the contract stands at the instant at. An incident
// in a lapse is Lapsed until the renewal is recorded; after it, Active when
// the renewal was back-dated (Renew, or RenewWith with a zero Start) and
// Gap when it starts later.
func (c Contract) Status(at time.Time) Status {
	switch {
	case c.n == 0:
		return None
	case at.Before(c.Start()):
		return Pending
	case c.Covers(at):
		return Active
	case at.Before(c.End()):
		return Gap
	case c.renewable():
		return Lapsed
	}
	return Expired
}

// Renew returns the contract with one more period of TermMonths following
// the current End directly, whether the contract is still active or has
// lapsed: a lapsed contract renewed so is back-dated, and an incident in
// the lapse becomes covered. It is RenewWith(Renewal{}): when twelve
// months would end after MaxEnd it is an error wrapping ErrTermExceeded,
// and RenewWith(Renewal{End: c.MaxEnd()}) renews up to the maximum.
func (c Contract) Renew() (Contract, error) { return c.RenewWith(Renewal{}) }

// RenewWith returns the contract with the renewal r added as its next
// period (see Renewal for its zero fields). r's times are read in Start's
// location. It is an error wrapping ErrInvalidContract when c is the zero
// Contract, when r.Start is before End, or when the period's end is not
// after its start; wrapping ErrTermExceeded when the contract already has
// MaxRenewals renewals or the period would end after MaxEnd.
func (c Contract) RenewWith(r Renewal) (Contract, error) {
	if c.n == 0 {
		return Contract{}, fmt.Errorf("%w: renewing the zero Contract", ErrInvalidContract)
	}
	loc := c.Start().Location()
	if c.n > MaxRenewals || !c.End().Before(c.MaxEnd()) {
		what := fmt.Sprintf("already runs %d months, the maximum", MaxMonths)
		if c.End().Before(c.MaxEnd()) {
			what = fmt.Sprintf("already has its %d renewals, the maximum", MaxRenewals)
		}
		return Contract{}, fmt.Errorf("%w: contract for plan %s from %s %s; it ends %s",
			ErrTermExceeded, quoteCut(c.plan.Name), c.Start().Format(time.DateOnly), what, c.End().Format(time.DateOnly))
	}
	p := Period{Start: c.End(), End: r.End}
	if !r.Start.IsZero() {
		p.Start = r.Start.In(loc)
		if p.Start.Before(c.End()) {
			return Contract{}, fmt.Errorf("%w: renewal start: %s: before the contract's end %s; a renewal follows the contract",
				ErrInvalidContract, p.Start.Format(time.RFC3339), c.End().Format(time.RFC3339))
		}
	}
	if p.End.IsZero() {
		p.End = c.nextEnd(p.Start)
	} else {
		p.End = p.End.In(loc)
	}
	if !p.End.After(p.Start) {
		return Contract{}, fmt.Errorf("%w: renewal end: %s: not after the renewal's start %s",
			ErrInvalidContract, p.End.Format(time.RFC3339), p.Start.Format(time.RFC3339))
	}
	if limit := c.MaxEnd(); p.End.After(limit) {
		return Contract{}, fmt.Errorf("%w: renewal end: %s: after %s, %d months after the contract's start %s (at most three years in all)",
			ErrTermExceeded, p.End.Format(time.RFC3339), limit.Format(time.RFC3339), MaxMonths, c.Start().Format(time.RFC3339))
	}
	c.push(p)
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
