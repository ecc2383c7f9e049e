package calendar

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error returned by this package wraps one of them,
// so callers can test the kind of failure with errors.Is.
var (
	// ErrInvalidSpec is wrapped by every error New returns for a bad Spec.
	// The concrete error is a *SpecError naming the field and the value.
	ErrInvalidSpec = errors.New("calendar: invalid spec")

	// ErrUnknownRegion is wrapped when a region or holiday-set code is not
	// known. The message lists the nearest valid codes.
	ErrUnknownRegion = errors.New("calendar: unknown region")

	// ErrOutOfRange is wrapped when an argument or a result would lie
	// outside the supported range: local years 1900 to 2199 in the
	// calendar's time zone.
	ErrOutOfRange = errors.New("calendar: time out of supported range")

	// ErrNoOpenTime is wrapped when the answer would need open time and the
	// calendar has none left in the supported range (for example a calendar
	// with no hours at all).
	ErrNoOpenTime = errors.New("calendar: no open time")

	// ErrNeverCloses is returned by NextClose on a calendar that is always
	// open, such as Always().
	ErrNeverCloses = errors.New("calendar: calendar never closes")

	// ErrInvalidArgument is wrapped when a method argument is not valid, such
	// as a negative day count for AddDays.
	ErrInvalidArgument = errors.New("calendar: invalid argument")
)

// SpecError reports a field of a Spec that New refused. Field is a path such
// as `hours["mon-fri"][1]` or `closed[0]`, Value the offending text and
// Reason what is wrong with it.
//
// A SpecError wraps ErrInvalidSpec, and ErrUnknownRegion where the value is
// an unknown holiday-set code.
type SpecError struct {
	Field  string
	Value  string
	Reason string
	err    error // an additional sentinel, or nil
}

func (e *SpecError) Error() string {
	var b strings.Builder
	b.WriteString("calendar: ")
	b.WriteString(e.Field)
	b.WriteString(": ")
	b.WriteString(quoteValue(e.Value))
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns ErrInvalidSpec and, where one applies, a more specific
// sentinel such as ErrUnknownRegion.
func (e *SpecError) Unwrap() []error {
	if e.err != nil {
		return []error{ErrInvalidSpec, e.err}
	}
	return []error{ErrInvalidSpec}
}

func specErr(field, value, reason string) *SpecError {
	return &SpecError{Field: field, Value: value, Reason: reason}
}

// maxQuotedValue bounds how much of a value an error message quotes, so
// that a 60 KB input does not make a 60 KB message.
const maxQuotedValue = 64

// quoteValue quotes s, or its first maxQuotedValue bytes (at a rune
// boundary) followed by its length when it is longer.
func quoteValue(s string) string {
	if len(s) <= maxQuotedValue {
		return strconv.Quote(s)
	}
	cut := maxQuotedValue
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "... (" + strconv.Itoa(len(s)) + " bytes)"
}
