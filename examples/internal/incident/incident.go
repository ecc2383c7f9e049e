// Package incident turns what a caller knows about an incident (a plan name,
// a severity or the facts of the problem, a region or a calendar, the opening
// instant) into an sla.Policy, a severity and a due instant. The command-line
// program and the webhook share it so that both read requests the same way
// and report bad input with the same field names.
package incident

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// Sentinel errors for input that is absent or given twice. Errors about a
// value that is present but wrong wrap the library's own sentinels instead.
var (
	ErrMissing  = errors.New("missing")
	ErrConflict = errors.New("conflicting fields")
)

// An Error reports a field of a request that cannot be used. Field is the
// request's JSON name for it ("opened", "facts[2]", `calendar.hours["mon"][0]`).
type Error struct {
	Field string
	Err   error
}

// Error returns "field: reason". Where the wrapped error already starts with
// the field's name (the library's "plan: unknown plan …" or "calendar:
// hours[…]"), the name is not repeated.
func (e *Error) Error() string {
	msg := e.Err.Error()
	root, _, _ := strings.Cut(e.Field, ".")
	root, _, _ = strings.Cut(root, "[")
	if e.Field == "" || strings.HasPrefix(msg, root+": ") {
		return msg
	}
	return e.Field + ": " + msg
}

func (e *Error) Unwrap() error { return e.Err }

func fieldError(field string, err error) error { return &Error{Field: field, Err: err} }

// A Request is one incident as the programs receive it, in JSON:
//
//	{"id": "T-1", "plan": "gold", "severity": 2, "region": "US",
//	 "opened": "2026-12-24T16:30:00-05:00"}
//
// Severity is a number 1 to 4 or a string severity.Parse accepts ("S2");
// Facts (see FactNames) may be given instead of Severity. Calendar is an
// inline calendar: a calendar.Spec or a composite as calendar.Load reads
// it, given instead of Region. ICS, the text of an iCalendar feed, adds its
// holidays to whichever calendar applies (see WithICS). ID is echoed back
// untouched; it must be a JSON string or number.
type Request struct {
	ID       json.RawMessage `json:"id,omitempty"`
	Plan     string          `json:"plan"`
	Severity json.RawMessage `json:"severity,omitempty"`
	Facts    []string        `json:"facts,omitempty"`
	Region   string          `json:"region,omitempty"`
	Calendar json.RawMessage `json:"calendar,omitempty"`
	ICS      string          `json:"ics,omitempty"` // iCalendar holidays added to the region's or the inline calendar
	Opened   string          `json:"opened"`
	Contract *Contract       `json:"contract,omitempty"` // optional: check that the plan covers the incident
}

// An Incident is a request resolved: the policy that applies, the severity
// and the opening instant.
type Incident struct {
	Policy   sla.Policy
	Severity severity.Level
	// Reason is the classification's reason when the severity came from
	// facts, empty otherwise.
	Reason string
	Opened time.Time
	// Coverage is the contract's standing at Opened when the request gave
	// a contract (always active: an uncovered incident is an error); nil
	// otherwise.
	Coverage *Coverage
}

// A Resolver resolves requests against a set of plans and a default
// calendar. The zero Resolver knows the built-in plans and requires every
// request to name a region or give a calendar. A Resolver is safe for
// concurrent use once built.
type Resolver struct {
	Plans *plan.Catalog // nil: the built-in plans only
	// Calendar is used when a request names neither a region nor a
	// calendar. Nil: such a request is refused, naming "region".
	Calendar *calendar.Calendar
}

// Resolve checks every field of req and returns the incident it describes.
// The error is an *Error naming the first field that is missing, conflicts
// with another, or holds a value that cannot be used. With a Contract, an
// incident the contract does not cover is an *Error naming "contract" that
// wraps the *sla.CoverageError.
func (r Resolver) Resolve(req Request) (Incident, error) {
	var in Incident
	if err := CheckID(req.ID); err != nil {
		return in, err
	}
	p, err := r.Plan(req.Plan)
	if err != nil {
		return in, err
	}
	in.Severity, in.Reason, err = Severity(req.Severity, req.Facts)
	if err != nil {
		return in, err
	}
	cal, err := r.calendar(req.Region, req.Calendar)
	if err != nil {
		return in, err
	}
	if req.ICS != "" {
		if cal, err = WithICS(cal, []byte(req.ICS)); err != nil {
			return in, fieldError("ics", err)
		}
	}
	in.Opened, err = Opened(req.Opened)
	if err != nil {
		return in, err
	}
	in.Opened = InZone(in.Opened, cal)
	in.Policy = sla.Policy{Plan: p, Calendar: cal}
	if err := in.cover(req.Contract); err != nil {
		return in, err
	}
	return in, nil
}

// InZone returns t in the calendar's time zone when t's offset is that
// zone's offset at t, so that results carry the zone's names and follow its
// daylight-saving changes ("2026-03-09T11:00:00-04:00", EDT, for an incident
// opened at "2026-03-06T15:00:00-05:00" in New York). Otherwise t keeps its
// fixed offset: the caller then gets results in the offset it used.
func InZone(t time.Time, cal *calendar.Calendar) time.Time {
	if cal == nil {
		return t
	}
	_, off := t.Zone()
	local := t.In(cal.Location())
	if _, o := local.Zone(); o == off {
		return local
	}
	return t
}

// Plan looks the plan up by name, case-insensitively.
func (r Resolver) Plan(name string) (plan.Plan, error) {
	if strings.TrimSpace(name) == "" {
		return plan.Plan{}, fieldError("plan", fmt.Errorf("%w: want one of %s", ErrMissing, strings.Join(r.Plans.Names(), ", ")))
	}
	p, err := r.Plans.Lookup(name)
	if err != nil {
		return plan.Plan{}, fieldError("plan", err)
	}
	return p, nil
}

// Region returns the preset calendar of a region code.
func Region(code string) (*calendar.Calendar, error) {
	c, err := calendar.Region(code)
	if err != nil {
		return nil, fieldError("region", err)
	}
	return c, nil
}

func (r Resolver) calendar(region string, spec json.RawMessage) (*calendar.Calendar, error) {
	hasSpec := len(spec) > 0 && !bytes.Equal(bytes.TrimSpace(spec), []byte("null"))
	switch {
	case region != "" && hasSpec:
		return nil, fieldError("calendar", fmt.Errorf("%w: give region or calendar, not both", ErrConflict))
	case hasSpec:
		return Calendar(spec)
	case region != "":
		return Region(region)
	case r.Calendar != nil:
		return r.Calendar, nil
	}
	return nil, fieldError("region", fmt.Errorf("%w: give a region code such as \"US\", or a calendar", ErrMissing))
}

// Calendar builds a calendar from the JSON form of a calendar.Spec with
// calendar.Load: unknown fields, trailing data and a spec with no open time
// are refused; errors name the field inside the spec ("calendar.timezone").
func Calendar(spec json.RawMessage) (*calendar.Calendar, error) {
	c, err := calendar.Load(bytes.NewReader(spec))
	if err != nil {
		var se *calendar.SpecError
		if errors.As(err, &se) && se.Field != "" && se.Field != "spec" {
			return nil, fieldError("calendar."+se.Field, err)
		}
		return nil, fieldError("calendar", err)
	}
	return c, nil
}

// Severity returns the severity given as JSON (raw), or classifies the
// facts when raw is empty. Exactly one of the two must be given.
func Severity(raw json.RawMessage, facts []string) (severity.Level, string, error) {
	hasLevel := len(raw) > 0 && !bytes.Equal(bytes.TrimSpace(raw), []byte("null"))
	switch {
	case hasLevel && facts != nil:
		return 0, "", fieldError("facts", fmt.Errorf("%w: give severity or facts, not both", ErrConflict))
	case hasLevel:
		var l severity.Level
		if err := l.UnmarshalJSON(raw); err != nil {
			return 0, "", fieldError("severity", err)
		}
		return l, "", nil
	case facts != nil:
		f, err := ParseFacts(facts)
		if err != nil {
			return 0, "", err
		}
		c, err := severity.Classify(f)
		if err != nil {
			return 0, "", fieldError("facts", err)
		}
		return c.Level, c.Reason, nil
	}
	return 0, "", fieldError("severity", fmt.Errorf("%w: give a severity 1 to 4, or facts", ErrMissing))
}

// Opened reads the opening instant, RFC 3339 with a zone offset
// ("2026-12-24T16:30:00-05:00"). Resolve then moves it into the calendar's
// zone when the offsets agree (see InZone).
func Opened(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, fieldError("opened", fmt.Errorf("%w: want an RFC 3339 instant such as \"2026-12-24T16:30:00-05:00\"", ErrMissing))
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		// RFC 3339 (section 5.6, note) allows "t" and "z" in lower case;
		// Go's layout does not.
		t, err = time.Parse(time.RFC3339, upperTZ(s))
	}
	if err != nil {
		return time.Time{}, fieldError("opened", fmt.Errorf("%q: want an RFC 3339 instant such as \"2026-12-24T16:30:00-05:00\"", s))
	}
	return t, nil
}

// upperTZ returns s with the date-time separator (after "YYYY-MM-DD") and
// a final zone designator "z" in upper case.
func upperTZ(s string) string {
	b := []byte(s)
	if len(b) > 10 && b[10] == 't' {
		b[10] = 'T'
	}
	if n := len(b); n > 0 && b[n-1] == 'z' {
		b[n-1] = 'Z'
	}
	return string(b)
}

// CheckID reports an id that cannot be echoed back as it came: one that is
// neither a JSON string nor a number, a string that is not valid UTF-8
// (echoed, it would make the answer invalid JSON) and a number that no JSON
// reader can hold ("1e999", beyond the range of a float64).
func CheckID(id json.RawMessage) error {
	id = bytes.TrimSpace(id)
	switch {
	case len(id) == 0:
		return nil
	case id[0] == '"':
		if !utf8.Valid(id) {
			return fieldError("id", fmt.Errorf("%q: want a string of valid UTF-8", id))
		}
		return nil
	case id[0] == '-' || ('0' <= id[0] && id[0] <= '9'):
		f, err := strconv.ParseFloat(string(id), 64)
		if err != nil || math.IsInf(f, 0) {
			return fieldError("id", fmt.Errorf("%.40s: number out of range: want a string or a number within ±1.8e308", id))
		}
		return nil
	}
	return fieldError("id", fmt.Errorf("%.40s: want a string or a number", id))
}

// JSONError turns an error of encoding/json into an *Error naming the field
// at fault, under the prefix (a field path, or "" for the top level).
func JSONError(prefix string, err error) error {
	join := func(name string) string {
		switch {
		case prefix == "":
			return name
		case name == "":
			return prefix
		}
		return prefix + "." + name
	}
	var ie *Error
	if errors.As(err, &ie) {
		return err // a field's own decoder has named it
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fieldError(join(te.Field), fmt.Errorf("want %s, got %s", jsonKind(te.Type), te.Value))
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fieldError(join(strings.Trim(name, `"`)), errors.New("unknown field"))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fieldError(prefix, fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, strings.TrimPrefix(se.Error(), "json: ")))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fieldError(prefix, errors.New("invalid JSON: unexpected end of input"))
	}
	return fieldError(prefix, err)
}

// jsonKind names what JSON value decodes into t, in JSON's words: an error
// message is for the caller, who knows JSON, not the program's Go types.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another JSON value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a JSON string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return "a JSON number"
	case reflect.Slice, reflect.Array:
		return "a JSON array of " + strings.TrimPrefix(strings.TrimPrefix(jsonKind(t.Elem()), "a JSON "), "an ") + "s"
	case reflect.Map, reflect.Struct:
		return "a JSON object"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "another JSON value"
}

// Result is the answer for one incident, as the programs print it in JSON.
type Result struct {
	ID          json.RawMessage `json:"id,omitempty"`
	Due         time.Time       `json:"due"`
	Severity    severity.Level  `json:"severity"`
	Plan        string          `json:"plan"`
	Reason      string          `json:"reason,omitempty"` // the classification, when facts were given
	Explanation sla.Explanation `json:"explanation"`
	Contract    *Coverage       `json:"contract,omitempty"` // when the request gave a contract
}

// Explain computes the due instant and its explanation.
func (in Incident) Explain() (Result, error) {
	x, err := in.Policy.Explain(in.Severity, in.Opened)
	if err != nil {
		field := "calendar"
		if errors.Is(err, calendar.ErrOutOfRange) {
			field = "opened"
		}
		return Result{}, fieldError(field, err)
	}
	// The due instant comes back in the zone it was asked in; the
	// explanation reads in the customer's.
	return Result{Due: x.Due.In(in.Opened.Location()), Severity: in.Severity, Plan: in.Policy.Plan.Name, Reason: in.Reason, Explanation: x, Contract: in.Coverage}, nil
}
