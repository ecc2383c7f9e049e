package plan

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can test the kind of failure with errors.Is.
var (
	// ErrInvalidPlan is wrapped by every error about a plan or a plan
	// document: a missing or bad target, a duplicate name, bad JSON. The
	// concrete error is a *FieldError naming the plan, the field and the
	// value.
	ErrInvalidPlan = errors.New("plan: invalid plan")

	// ErrUnknownPlan is wrapped when Lookup finds no plan of that name. The
	// message lists the valid names.
	ErrUnknownPlan = errors.New("plan: unknown plan")

	// ErrNoTarget is wrapped when a plan sets no target for a metric: Gold
	// and Platinum set only FirstResponse.
	ErrNoTarget = errors.New("plan: no target for the metric")

	// ErrInvalidLevel is wrapped when a severity level is not 1 to 4.
	ErrInvalidLevel = errors.New("plan: invalid severity level")

	// ErrInvalidContract is wrapped when a contract's start, end, renewal
	// count or renewal dates are not valid, and by every error decoding a
	// contract from JSON (except ErrInvalidPlan for its plan and
	// ErrTermExceeded for its three years).
	ErrInvalidContract = errors.New("plan: invalid contract")

	// ErrTermExceeded is wrapped when a renewal would take a contract past
	// the three-year maximum.
	ErrTermExceeded = errors.New("plan: maximum term exceeded")

	// ErrInvalidRelease is wrapped when a release's version cannot be read.
	ErrInvalidRelease = errors.New("plan: invalid release")
)

// A FieldError reports a bad field of a plan, or of a document of plans,
// and wraps ErrInvalidPlan. Its message reads
//
//	plan: plans[1] "Silver": targets["3"].business_days: 0: must be positive
//
// Where is the plan's position in a loaded document ("plans[1]"), empty
// for a single plan. Plan is the plan's name as written, empty when the
// plan has none. Field is the path of the field inside the plan, in JSON
// names (`targets["3"].business_days`), Value the offending value as
// written (empty when the field is missing) and Reason what is wrong.
type FieldError struct {
	Where  string
	Plan   string
	Field  string
	Value  string
	Reason string
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("plan: ")
	var head []string
	if e.Where != "" {
		head = append(head, e.Where)
	}
	if e.Plan != "" || e.Where == "" {
		head = append(head, quoteCut(e.Plan))
	}
	b.WriteString(strings.Join(head, " "))
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Value != "" {
		b.WriteString(cut(e.Value))
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns ErrInvalidPlan.
func (e *FieldError) Unwrap() error { return ErrInvalidPlan }

// maxShown bounds how much of a value an error message repeats.
const maxShown = 64

func cut(s string) string {
	if len(s) > maxShown {
		return s[:maxShown] + "…"
	}
	return s
}

func quoteCut(s string) string { return strconv.Quote(cut(s)) }
