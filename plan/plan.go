// Package plan describes maintenance plans as data: the response target for
// each severity, the clock each target runs on, the entitlements of the
// plan, the maintenance term of a contract and which upgrades a plan covers.
//
// The built-in plans Gold and Platinum transcribe the published plan table;
// teams load their own plans from JSON (see Load) and keep them with the
// built-ins in a Catalog.
//
// The package knows nothing of severities or calendars: targets are indexed
// by the plain severity number 1 to 4, and a Target says exactly how to
// compute a due instant so the caller can apply it with a business-hours
// calendar.
package plan

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Clock is what a target's time runs on.
type Clock int

const (
	// BusinessHours counts only the customer's open time: an hour of the
	// target passes only while the customer's business-hours calendar is
	// open. It is the zero value, because the plans' response times are
	// "listed during business hours of operation".
	BusinessHours Clock = iota

	// WallClock counts elapsed time, 24x7x365, whatever the calendar: the
	// target is due at opened.Add(Duration).
	WallClock
)

// String returns "business hours" or "24x7x365".
func (c Clock) String() string {
	switch c {
	case BusinessHours:
		return "business hours"
	case WallClock:
		return "24x7x365"
	}
	return "plan.Clock(" + strconv.Itoa(int(c)) + ")"
}

// A DayRule says how a target of N business days is counted. Teams disagree
// about "within N business days"; each target picks its rule, and the zero
// value is SameTime, the rule of the published plans.
//
// The rules use these terms. A business day is a date on which the
// customer's calendar has open time. Open time comes in spans, and a span
// belongs to the date it starts on. For the instant opened at which the
// incident arrives, let s = NextOpen(opened) (opened itself when the
// calendar is open then), D the date of the span holding s, and p the open
// time of D before s (p is 0 when the incident arrives before D's first
// opening, or at it). The close of a business day is the end of the last
// span of that date.
type DayRule int

const (
	// SameTime: due at the same position in the N-th next business day. The
	// due instant is the earliest instant at which p of the open time of the
	// N-th business day after D has passed; if that day has less than p of
	// open time, its close. When p is 0 it is the close of the business day
	// before that one (so an incident that arrives before the day's opening
	// gets that whole day as its first). This is exactly
	// calendar.AddDays(opened, N).
	//
	// Mon–Fri 09:00–17:00, N = 1: Tue 11:00 → Wed 11:00; Fri 16:00 → Mon
	// 16:00; Mon 08:30 → Mon 17:00; Fri 20:00 → Mon 17:00.
	SameTime DayRule = iota

	// EndOfDay: due at the close of the N-th business day. When p is 0 the
	// incident's first business day is D itself, so the target is due at the
	// close of the (N-1)-th business day after D (D's own close for N = 1);
	// when p > 0 it is due at the close of the N-th business day after D.
	// Equivalently: the close of the business day on which the SameTime due
	// instant falls, where an instant at a day's close (and not at its
	// opening) falls on that day.
	//
	// Mon–Fri 09:00–17:00, N = 1: Tue 11:00 → Wed 17:00; Fri 16:00 → Mon
	// 17:00; Mon 08:30 → Mon 17:00; Mon 09:00 → Mon 17:00; Fri 20:00 → Mon
	// 17:00. With a 12:00–13:00 lunch break, Tue 12:30 → Wed 17:00.
	EndOfDay

	// FixedHours: each business day counts as Target.HoursPerDay of
	// business time, so the target is a business-time duration of
	// N × HoursPerDay, applied like any business-hours duration:
	// calendar.Add(opened, N*HoursPerDay). It ignores how long the
	// customer's days really are.
	//
	// Mon–Fri 09:00–17:00, N = 1, HoursPerDay 8h: Tue 11:00 → Wed 11:00;
	// with HoursPerDay 4h: Tue 11:00 → Tue 15:00.
	FixedHours
)

// String returns the rule's JSON name: "same-time", "end-of-day" or
// "fixed-hours".
func (r DayRule) String() string {
	if r >= 0 && int(r) < len(dayRuleNames) {
		return dayRuleNames[r]
	}
	return "plan.DayRule(" + strconv.Itoa(int(r)) + ")"
}

var dayRuleNames = [...]string{SameTime: "same-time", EndOfDay: "end-of-day", FixedHours: "fixed-hours"}

// Limits that keep every target computable: BusinessDays × HoursPerDay
// cannot overflow a time.Duration.
const (
	maxBusinessDays = 10000
	maxHoursPerDay  = 24 * time.Hour
)

// A Target is how soon a response is due, and on which clock. It is either
// a duration or a number of business days; exactly one of Duration and
// BusinessDays is set.
//
// To apply a target to an incident that arrives at opened, with the
// customer's business-hours calendar cal:
//
//   - Clock WallClock: due at opened.Add(Duration). The calendar plays no
//     part.
//   - Clock BusinessHours with Duration: due Duration of open time after
//     opened: cal.Add(opened, Duration).
//   - Clock BusinessHours with BusinessDays: as DayRule says (see SameTime,
//     EndOfDay and FixedHours).
//
// The zero Target is not valid: it promises nothing.
type Target struct {
	// Clock is what the target runs on. The zero value is BusinessHours.
	Clock Clock

	// Duration is the target as an amount of time on Clock: business time
	// for BusinessHours (4h means four hours of open time), elapsed time
	// for WallClock. Zero when BusinessDays is set.
	Duration time.Duration

	// BusinessDays is the target as a number of business days, 1 to 10000,
	// counted by DayRule. Zero when Duration is set. Only BusinessHours
	// targets count business days.
	BusinessDays int

	// DayRule says how BusinessDays are counted; the zero value is
	// SameTime. It must be SameTime (the zero value) when BusinessDays is
	// zero.
	DayRule DayRule

	// HoursPerDay is the business time one business day counts as under
	// the FixedHours rule, more than 0 and at most 24h. It must be zero
	// for every other rule.
	HoursPerDay time.Duration
}

// String describes the target: "4h on business hours", "2h on 24x7x365",
// "1 business day (same-time)", "2 business days (fixed-hours, 8h each)".
func (t Target) String() string {
	if t.BusinessDays != 0 {
		unit := "business days"
		if t.BusinessDays == 1 {
			unit = "business day"
		}
		s := fmt.Sprintf("%d %s (%v", t.BusinessDays, unit, t.DayRule)
		if t.DayRule == FixedHours {
			s += ", " + formatDuration(t.HoursPerDay) + " each"
		}
		return s + ")"
	}
	return formatDuration(t.Duration) + " on " + t.Clock.String()
}

// Validate reports whether the target is complete and consistent. The
// error is a *FieldError whose Field names the JSON field at fault.
func (t Target) Validate() error {
	if fe := t.check(); fe != nil {
		return fe
	}
	return nil
}

func (t Target) check() *FieldError {
	bad := func(field, value, reason string) *FieldError {
		return &FieldError{Field: field, Value: value, Reason: reason}
	}
	switch t.Clock {
	case BusinessHours, WallClock:
	default:
		return bad("clock", strconv.Itoa(int(t.Clock)), "unknown clock")
	}
	durField := "business_hours"
	if t.Clock == WallClock {
		durField = "wall_clock"
	}
	switch {
	case t.Duration != 0 && t.BusinessDays != 0:
		return bad("", "", "set either a duration or business_days, not both")
	case t.Duration == 0 && t.BusinessDays == 0:
		return bad("", "", "no target: set business_hours, wall_clock or business_days")
	case t.Duration < 0:
		return bad(durField, strconv.Quote(formatDuration(t.Duration)), "must be positive")
	case t.BusinessDays < 0:
		return bad("business_days", strconv.Itoa(t.BusinessDays), "must be positive")
	case t.BusinessDays > maxBusinessDays:
		return bad("business_days", strconv.Itoa(t.BusinessDays), "must be at most "+strconv.Itoa(maxBusinessDays))
	}
	if t.BusinessDays == 0 {
		if t.DayRule != SameTime {
			return bad("day_rule", strconv.Quote(t.DayRule.String()), "applies only to business_days")
		}
		if t.HoursPerDay != 0 {
			return bad("hours_per_day", strconv.Quote(formatDuration(t.HoursPerDay)), "applies only to business_days")
		}
		return nil
	}
	if t.Clock == WallClock {
		return bad("business_days", strconv.Itoa(t.BusinessDays), "only business-hours targets count business days; use wall_clock with a duration")
	}
	switch t.DayRule {
	case SameTime, EndOfDay:
		if t.HoursPerDay != 0 {
			return bad("hours_per_day", strconv.Quote(formatDuration(t.HoursPerDay)), `applies only to day_rule "fixed-hours"`)
		}
	case FixedHours:
		if t.HoursPerDay <= 0 || t.HoursPerDay > maxHoursPerDay {
			v := strconv.Quote(formatDuration(t.HoursPerDay))
			if t.HoursPerDay == 0 {
				v = ""
			}
			return bad("hours_per_day", v, `day_rule "fixed-hours" needs a duration more than 0 and at most 24h`)
		}
	default:
		return bad("day_rule", strconv.Itoa(int(t.DayRule)), "unknown day rule")
	}
	return nil
}

// NumLevels is the number of severity levels a plan has targets for.
const NumLevels = 4

// A Plan is a maintenance plan: a name, a response target for each of the
// four severities, optional next-response and resolution targets (see
// Metric), and what else the customer is entitled to.
//
// A Plan is a plain value with no references: copying it copies everything,
// so changing a copy never changes the original (or a built-in plan).
//
// The zero Plan is not valid: it has no name and no targets, and Target
// reports an error for every level.
type Plan struct {
	// Name identifies the plan, "Gold" or "Platinum"; Lookup and Catalog
	// match it case-insensitively.
	Name string

	// Targets holds the response target for each severity: Targets[0] for
	// Severity 1 through Targets[3] for Severity 4. Prefer Target(level),
	// which checks the level and the target.
	Targets [NumLevels]Target

	// NextResponse and Resolution hold the plan's next-response and
	// resolution targets, indexed as Targets. A plan sets a metric with
	// all four targets or none: all zero Targets mean the plan promises
	// nothing for the metric (Gold and Platinum promise only the first
	// response). Prefer TargetFor(metric, level), which says so with
	// ErrNoTarget.
	NextResponse [NumLevels]Target
	Resolution   [NumLevels]Target

	// Upgrades is whether the plan includes software upgrades: major,
	// minor and maintenance releases of the same product line (see
	// CoversUpgrade).
	Upgrades bool

	// PhoneSupport and WebSupport are whether the customer may open
	// incidents by phone and through the support website.
	PhoneSupport bool
	WebSupport   bool

	// MaxRequests is the number of support requests the plan includes per
	// term; 0 means unlimited.
	MaxRequests int
}

// Target returns the response target for the severity level (1 to 4). It
// is an error wrapping ErrInvalidLevel when level is not 1 to 4, and a
// *FieldError (wrapping ErrInvalidPlan) when the plan's target for it is not
// valid, so a target Target returns can be applied as it is.
func (p Plan) Target(level int) (Target, error) {
	if level < 1 || level > NumLevels {
		return Target{}, fmt.Errorf("%w: %d in plan %s: want 1 to %d", ErrInvalidLevel, level, quoteCut(p.Name), NumLevels)
	}
	t := p.Targets[level-1]
	if fe := t.check(); fe != nil {
		fe.Plan = p.Name
		fe.Field = targetPath(level, fe.Field)
		return Target{}, fe
	}
	return t, nil
}

// Validate reports whether the plan is complete: a name without
// surrounding white space, a valid target for every severity, for the
// next-response and resolution metrics either a valid target for every
// severity or none at all, and no negative MaxRequests. The error is a *FieldError naming the plan, the
// field and the value.
func (p Plan) Validate() error {
	if fe := p.check(); fe != nil {
		return fe
	}
	return nil
}

func (p Plan) check() *FieldError {
	if fe := checkName(p.Name); fe != nil {
		return fe
	}
	for m := FirstResponse; m < numMetrics; m++ {
		if !p.Sets(m) {
			continue
		}
		for i, t := range p.targets(m) {
			if fe := t.check(); fe != nil {
				fe.Plan = p.Name
				fe.Field = metricPath(m, i+1, fe.Field)
				return fe
			}
		}
	}
	if p.MaxRequests < 0 {
		return &FieldError{Plan: p.Name, Field: "max_requests", Value: strconv.Itoa(p.MaxRequests), Reason: "must not be negative (0 means unlimited)"}
	}
	return nil
}

func checkName(name string) *FieldError {
	switch {
	case name == "":
		return &FieldError{Field: "name", Reason: "missing: a plan needs a name"}
	case strings.TrimSpace(name) != name:
		return &FieldError{Plan: name, Field: "name", Value: quoteCut(name), Reason: "must not start or end with white space"}
	}
	return nil
}

// targetPath is the JSON path of a field of the target for level.
func targetPath(level int, field string) string { return metricPath(FirstResponse, level, field) }
