package sla

import (
	"errors"
	"fmt"
	"time"

	"github.com/slaclock/slaclock/plan"
)

// Sentinel errors. Every error this package returns wraps one of them or an
// error of the calendar or plan package, so callers can test the kind of
// failure with errors.Is.
var (
	// ErrUnknownSeverity is wrapped when a severity is not Sev1 to Sev4. The
	// error also wraps severity.ErrUnknown.
	ErrUnknownSeverity = errors.New("sla: unknown severity")

	// ErrNoCalendar is wrapped when a target runs on business hours and the
	// Policy has no calendar.
	ErrNoCalendar = errors.New("sla: no business-hours calendar")

	// ErrNotCovered is wrapped when a maintenance contract does not cover
	// the instant an incident was opened. The concrete error is a
	// *CoverageError.
	ErrNotCovered = errors.New("sla: contract does not cover the incident")

	// ErrInvalidEvent is wrapped when an event cannot be applied to a
	// Clock: out of order, a resume without a pause, an event before the
	// incident was opened or after it was answered. The concrete error is
	// an *EventError.
	ErrInvalidEvent = errors.New("sla: invalid event")

	// ErrInvalidOptions is wrapped when Options are not valid, such as a
	// warning threshold outside 1 to 99 percent.
	ErrInvalidOptions = errors.New("sla: invalid options")
)

// A CoverageError reports that a contract does not cover the instant an
// incident was opened, why, and what the caller can do. It wraps
// ErrNotCovered.
type CoverageError struct {
	At     time.Time   // when the incident was opened
	Status plan.Status // the contract's status at At: None, Pending, Lapsed, Expired or Gap
	Start  time.Time   // the contract's start; zero for the zero Contract
	// End is the contract's end; for Status Gap the end of the period
	// before At, when the lapse began. Zero for the zero Contract.
	End time.Time
	// Resumes is, for Status Gap only, when the next period starts: the
	// contract was renewed from then, not back-dated, and no renewal can
	// cover At any more.
	Resumes time.Time
	// Renewable is whether Contract.Renew can extend the contract; true
	// only when Status is Lapsed.
	Renewable bool
}

func (e *CoverageError) Error() string {
	at := e.At.Format(time.RFC3339)
	switch e.Status {
	case plan.Pending:
		return fmt.Sprintf("sla: contract does not cover %s: status pending, it starts %s: handle the incident per incident (for a fee) or open it once the contract starts",
			at, e.Start.Format(time.RFC3339))
	case plan.Lapsed:
		return fmt.Sprintf("sla: contract does not cover %s: status lapsed, it ended %s: renew the contract (Contract.Renew) or handle the incident per incident (for a fee)",
			at, e.End.Format(time.RFC3339))
	case plan.Gap:
		return fmt.Sprintf("sla: contract does not cover %s: status gap, it lapsed %s and was renewed from %s, not back-dated: handle the incident per incident (for a fee)",
			at, e.End.Format(time.RFC3339), e.Resumes.Format(time.RFC3339))
	case plan.Expired:
		return fmt.Sprintf("sla: contract does not cover %s: status expired, it ended %s with its three years or its two renewals used and cannot be renewed: handle the incident per incident (for a fee) or under a new contract",
			at, e.End.Format(time.RFC3339))
	default:
		return fmt.Sprintf("sla: contract does not cover %s: status %s: no contract: handle the incident per incident (for a fee) or under a new contract",
			at, e.Status)
	}
}

// Unwrap returns ErrNotCovered.
func (e *CoverageError) Unwrap() error { return ErrNotCovered }

// An EventError reports an event a Clock refused. It wraps ErrInvalidEvent
// and, where one applies, a more specific sentinel such as
// ErrUnknownSeverity.
type EventError struct {
	Index  int   // the event's position in the history: events[Index]
	Event  Event // the refused event
	Reason string
	err    error
}

func (e *EventError) Error() string {
	return fmt.Sprintf("sla: events[%d] (%s): %s", e.Index, e.Event, e.Reason)
}

// Unwrap returns ErrInvalidEvent and, where one applies, a more specific
// error.
func (e *EventError) Unwrap() []error {
	if e.err != nil {
		return []error{ErrInvalidEvent, e.err}
	}
	return []error{ErrInvalidEvent}
}
