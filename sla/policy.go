package sla

import (
	"errors"
	"fmt"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// A Policy is how a customer's incidents are answered: the maintenance
// plan's response targets, counted on the customer's business-hours
// calendar. Calendar may be nil when every target the caller uses runs on
// the wall clock (Platinum Severity 1); a business-hours target then is an
// error wrapping ErrNoCalendar.
//
// A Policy is a plain value and safe for concurrent use.
type Policy struct {
	Plan     plan.Plan
	Calendar *calendar.Calendar
}

// PolicyFor returns the Policy under which an incident opened at opened is
// handled: the contract's plan on the calendar cal. When the contract does
// not cover opened (it has not started, has lapsed or has expired, opened
// falls in a gap between its periods, or it is the zero Contract)
// PolicyFor returns a *CoverageError wrapping ErrNotCovered that gives the
// contract's status and the caller's options: renew a lapsed contract
// (plan.Contract.Renew) and call again, or handle the incident per
// incident, for a fee, with a Policy of the caller's choosing. There is no
// silent fallback.
func PolicyFor(c plan.Contract, cal *calendar.Calendar, opened time.Time) (Policy, error) {
	if c.Covers(opened) {
		return Policy{Plan: c.Plan(), Calendar: cal}, nil
	}
	st := c.Status(opened)
	ce := &CoverageError{
		At: opened, Status: st, Start: c.Start(), End: c.End(),
		Renewable: st == plan.Lapsed,
	}
	if gap, ok := c.Gap(opened); ok {
		ce.End, ce.Resumes = gap.Start, gap.End
	}
	return Policy{}, ce
}

// ResponseDue returns the instant by which a response to an incident of
// severity sev, opened at opened, is due under the plan's target for sev:
//
//   - a 24x7x365 target (plan.WallClock) of d is due at opened.Add(d),
//     whatever the calendar; it needs no calendar at all;
//   - a business-hours duration d is due at Calendar.Add(opened, d), the
//     earliest instant at which d of open time has passed since opened;
//   - N business days are counted by the target's day rule: SameTime is
//     Calendar.AddDays(opened, N); EndOfDay the close of the business day
//     on which that instant falls (on a calendar that never closes, the
//     SameTime instant itself); FixedHours is
//     Calendar.Add(opened, N×HoursPerDay).
//
// The result is in opened's location, and lies in local years 1900 to 2199
// like every instant the calendar package returns: a 24x7x365 target that
// would fall outside them, and a zero opened ("missing"), are errors
// wrapping calendar.ErrOutOfRange. ResponseDue returns an error, never a
// zero time, when sev is not Sev1 to Sev4 (ErrUnknownSeverity), when the
// plan's target for sev is not valid (plan.ErrInvalidPlan), when a
// business-hours target has no calendar (ErrNoCalendar), when Calendar is
// a zero calendar.Calendar{} (calendar.ErrInvalidArgument), and when the
// calendar has no open time left before its supported range ends
// (calendar.ErrNoOpenTime, calendar.ErrOutOfRange).
//
// On a calendar whose year tables are built, ResponseDue does not allocate.
func (p Policy) ResponseDue(sev severity.Level, opened time.Time) (time.Time, error) {
	return p.due(plan.FirstResponse, sev, opened)
}

// Supported range of instants, as local years (calendar package's range).
const (
	firstYear = 1900
	lastYear  = 2199
)

// safeFirst and safeLast, Unix seconds, lie a day inside the range: an
// instant in [safeFirst, safeLast) is in the range in every zone (no zone's
// offset reaches a day), so only instants near the ends need their local
// year read.
const (
	safeFirst = -2208902400 // 1900-01-02T00:00:00Z
	safeLast  = 7258032000  // 2199-12-31T00:00:00Z
)

// checkWallRange refuses a 24x7x365 due instant (or its opening) outside
// local years 1900 to 2199, read in the calendar's zone when the policy
// has a calendar and in opened's otherwise: the calendar methods refuse the
// same instants, and a year past 9999 has no RFC 3339 form.
func checkWallRange(cal *calendar.Calendar, opened, due time.Time) error {
	loc := opened.Location()
	if cal != nil {
		loc = cal.Location()
	}
	for _, x := range [2]time.Time{opened, due} {
		if y := x.In(loc).Year(); y < firstYear || y > lastYear {
			return fmt.Errorf("%w: %s is in year %d, want %d to %d in %s",
				calendar.ErrOutOfRange, x.In(loc).Format(time.RFC3339), y, firstYear, lastYear, loc)
		}
	}
	return nil
}

// dueOn applies a valid target to an incident opened at opened. cal may be
// nil only for wall-clock targets.
func dueOn(t plan.Target, cal *calendar.Calendar, opened time.Time) (time.Time, error) {
	if t.Clock == plan.WallClock {
		return opened.Add(t.Duration), nil
	}
	if t.BusinessDays == 0 {
		return cal.Add(opened, t.Duration)
	}
	switch t.DayRule {
	case plan.EndOfDay:
		u, err := cal.AddDays(opened, t.BusinessDays)
		if err != nil {
			return time.Time{}, err
		}
		c, err := cal.CloseOfDay(u)
		if errors.Is(err, calendar.ErrNeverCloses) {
			return u, nil
		}
		return c, err
	case plan.FixedHours:
		return cal.Add(opened, time.Duration(t.BusinessDays)*t.HoursPerDay)
	default:
		return cal.AddDays(opened, t.BusinessDays)
	}
}

// wrapped is an error with its own message that wraps several sentinels.
type wrapped struct {
	msg  string
	errs []error
}

func (e *wrapped) Error() string   { return e.msg }
func (e *wrapped) Unwrap() []error { return e.errs }
