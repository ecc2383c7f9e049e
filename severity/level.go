// Package severity classifies support incidents into the four severity
// levels of the maintenance plans and reads the severity and priority names
// that ticketing systems send.
//
// The package knows nothing of plans or calendars: a Level is just the
// number 1 to 4, and other packages index their targets by it.
package severity

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// A Level is an incident severity, Sev1 (the most severe) to Sev4.
//
// The zero Level means "unknown": it is not a severity, Valid reports false
// for it, and every function that needs a level rejects it with an error
// wrapping ErrUnknown.
//
// A Level encodes to JSON as a number (1) and decodes from a number or from
// any string Parse accepts ("S1", "sev-1", "Severity 1"). As text
// (MarshalText, for map keys and other text formats) it is the digit "1".
type Level int

// The four severities. Lower numbers are more severe.
const (
	Sev1 Level = 1 // business-critical: the product cannot be used
	Sev2 Level = 2 // use is restricted; a workaround may exist
	Sev3 Level = 3 // partial, non-critical loss; work continues
	Sev4 Level = 4 // cosmetic problems, questions, documentation, enhancements
)

// ErrUnknown is wrapped by every error about a text or number that is not
// one of the four severities, including the zero Level.
var ErrUnknown = errors.New("severity: unknown severity")

// Valid reports whether l is one of Sev1 to Sev4.
func (l Level) Valid() bool { return l >= Sev1 && l <= Sev4 }

// String returns "Severity 1" to "Severity 4", or "severity.Level(n)" for a
// value that is not a severity.
func (l Level) String() string {
	if l.Valid() {
		return "Severity " + strconv.Itoa(int(l))
	}
	return "severity.Level(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText returns the level's digit, "1" to "4". It fails for a value
// that is not a severity, so an unknown level never leaves the program
// looking like a real one.
func (l Level) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, levelError(strconv.Itoa(int(l)))
	}
	return []byte{byte('0' + l)}, nil
}

// UnmarshalText sets l from any text Parse accepts. On error l is unchanged.
func (l *Level) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// MarshalJSON encodes the level as a JSON number, 1 to 4.
func (l Level) MarshalJSON() ([]byte, error) {
	return l.MarshalText() // a digit is also a JSON number
}

// UnmarshalJSON accepts a JSON number 1 to 4 or a JSON string Parse
// accepts ("S1", "sev-1", "Severity 1", "P1"). On error l is unchanged.
//
// As with encoding/json itself, the JSON null leaves l unchanged.
func (l *Level) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err == nil {
		return l.UnmarshalText([]byte(s))
	}
	var n json.Number
	if err := json.Unmarshal(data, &n); err != nil {
		return levelError(string(data))
	}
	i, err := strconv.Atoi(n.String())
	if err != nil || !Level(i).Valid() {
		return levelError(n.String())
	}
	*l = Level(i)
	return nil
}

// prefixes are the words ticketing systems put before the digit, longest
// first so "sev" is not read as "s" followed by "ev".
var prefixes = []string{"severity", "sev", "s", "p"}

// Parse reads a severity as ticketing systems write it: a digit "1" to "4",
// optionally after one of the words "severity", "sev", "s" or "p" and an
// optional separator (space, "-", "_", "." or ":"). Case and surrounding
// white space are ignored, so "1", "S1", "sev-1", "SEV1", "Severity 1",
// "p1" and " sev_2 " are all accepted.
//
// "P1" to "P4" are read as Sev1 to Sev4; for the full P1–P5 priority scale
// of a ticketing system use a PriorityMap instead.
//
// Anything else, including "0", "S5" and "", is an error wrapping
// ErrUnknown that quotes the input.
func Parse(s string) (Level, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(t, p); ok {
			t = rest
			if len(t) > 1 && strings.IndexByte(" -_.:", t[0]) >= 0 {
				t = strings.TrimLeft(t[1:], " ")
			}
			break
		}
	}
	if len(t) == 1 && t[0] >= '1' && t[0] <= '4' {
		return Level(t[0] - '0'), nil
	}
	return 0, levelError(s)
}

// levelError reports an input that is not a severity.
func levelError(input string) error {
	return &inputError{
		input:  input,
		reason: `want 1 to 4, as "1", "S1", "sev-1", "Severity 1" or "P1"`,
		err:    ErrUnknown,
	}
}

// inputError reports an input the package cannot read, quoting it (cut to a
// readable length) and wrapping a sentinel.
type inputError struct {
	input  string
	reason string
	err    error
}

const maxQuoted = 64

func (e *inputError) Error() string {
	in := e.input
	if len(in) > maxQuoted {
		in = in[:maxQuoted] + "…"
	}
	return e.err.Error() + " " + strconv.Quote(in) + ": " + e.reason
}

func (e *inputError) Unwrap() error { return e.err }
