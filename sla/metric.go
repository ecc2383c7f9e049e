package sla

import (
	"fmt"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

// Due returns the instant by which the metric m is due for an incident of
// severity sev whose metric starts at opened (the opening for the first
// response and the resolution; a customer's reply for a next-response
// cycle), under the plan's target for m and sev, computed as ResponseDue
// describes. ResponseDue(sev, opened) is Due(plan.FirstResponse, sev,
// opened).
//
// It fails as ResponseDue does and, when the plan sets no target for m,
// with an error wrapping plan.ErrNoTarget (Gold and Platinum set only the
// first response).
func (p Policy) Due(m plan.Metric, sev severity.Level, opened time.Time) (time.Time, error) {
	return p.due(m, sev, opened)
}

// due is Due without copying the Policy again: ResponseDue calls it too.
func (p *Policy) due(m plan.Metric, sev severity.Level, opened time.Time) (time.Time, error) {
	t, err := p.targetFor(m, sev)
	if err != nil {
		return time.Time{}, err
	}
	u, err := dueOn(t, p.Calendar, opened)
	if err == nil && t.Clock == plan.WallClock && (opened.Unix() < safeFirst || u.Unix() >= safeLast) {
		err = checkWallRange(p.Calendar, opened, u)
	}
	if err != nil {
		if opened.IsZero() {
			return time.Time{}, fmt.Errorf("sla: opened: zero time: missing; want the instant the incident was opened: %w", calendar.ErrOutOfRange)
		}
		return time.Time{}, p.dueError(m, sev, t, opened, err)
	}
	return u, nil
}

// targetFor returns the plan's target for metric m at sev, checked against
// the policy.
// It takes a pointer, as the Clock calls it per event: a Plan is large.
func (p *Policy) targetFor(m plan.Metric, sev severity.Level) (plan.Target, error) {
	if !sev.Valid() {
		return plan.Target{}, &wrapped{
			msg:  fmt.Sprintf("sla: severity: %d: unknown severity, want 1 to 4", int(sev)),
			errs: []error{ErrUnknownSeverity, severity.ErrUnknown},
		}
	}
	if err := p.checkCalendar(); err != nil {
		return plan.Target{}, err
	}
	var t plan.Target
	switch m {
	case plan.FirstResponse:
		t = p.Plan.Targets[sev-1]
	case plan.NextResponse:
		t = p.Plan.NextResponse[sev-1]
	case plan.Resolution:
		t = p.Plan.Resolution[sev-1]
	}
	if !m.Valid() || t.Validate() != nil {
		// TargetFor words the error: no target for the metric, or a bad one.
		_, err := p.Plan.TargetFor(m, int(sev))
		return plan.Target{}, fmt.Errorf("sla: plan %q, %v%s: %w", p.Plan.Name, sev, metricText(m), err)
	}
	if t.Clock == plan.BusinessHours && p.Calendar == nil {
		return plan.Target{}, fmt.Errorf("%w: Calendar: nil: plan %q, %v%s: target %v needs the customer's calendar",
			ErrNoCalendar, p.Plan.Name, sev, metricText(m), t)
	}
	return t, nil
}

// checkCalendar refuses a zero &calendar.Calendar{} (one not built by
// calendar.New, Load, Region or Always) whatever the target, as a nil one
// is refused for business hours.
func (p *Policy) checkCalendar() error {
	if p.Calendar != nil {
		if err := p.Calendar.Validate(); err != nil {
			return fmt.Errorf("sla: Calendar: %w", err)
		}
	}
	return nil
}

func (p Policy) dueError(m plan.Metric, sev severity.Level, t plan.Target, opened time.Time, err error) error {
	return fmt.Errorf("sla: plan %q, %v%s: target %v from %s: %w",
		p.Plan.Name, sev, metricText(m), t, opened.Format(time.RFC3339Nano), err)
}

// metricText names a metric other than the first response in a message,
// so the first response's messages read as they always have.
func metricText(m plan.Metric) string {
	if m == plan.FirstResponse {
		return ""
	}
	return ", " + m.String()
}
