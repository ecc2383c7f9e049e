package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// maxSpecBytes bounds what Load reads: a spec of every date of the
// supported range with a few spans each stays well below it.
const maxSpecBytes = 16 << 20

// Load reads one JSON Spec from r strictly and compiles it with New. Unknown
// fields (a misspelt "hour"), a wrong type, trailing data after the object,
// input over 16 MiB and a spec with no open time at all are errors wrapping
// ErrInvalidSpec, as a *SpecError naming the field; Load then returns no
// calendar.
//
// Load also reads composites (see Union): an object with the single key
// "union" or "intersect" whose value lists 1 to 16 members, each a spec or
// a composite, nested at most 4 deep:
//
//	{"union": [
//	  {"timezone": "America/New_York", "hours": {"mon-fri": ["09:00-17:00"]}, "holidays": ["US"]},
//	  {"intersect": [{"timezone": "Europe/Berlin", "hours": {"mon-fri": ["09:00-17:00"]}}, ...]}
//	]}
//
// A member's error names its path: `union[1].intersect[0].hours["mon"]`.
// MarshalJSON writes this form back.
func Load(r io.Reader) (*Calendar, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxSpecBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading the spec: %w", ErrInvalidSpec, err)
	}
	if len(data) > maxSpecBytes {
		return nil, specErr("spec", fmt.Sprintf("%d bytes or more", maxSpecBytes+1), "too large: at most 16 MiB")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, jsonSpecErr(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, specErr("spec", string(data[dec.InputOffset():min(len(data), int(dec.InputOffset())+32)]),
			"trailing data after the JSON object: want exactly one spec")
	}
	return loadValue(raw, "", 0)
}

// loadSpec decodes one JSON Spec strictly and compiles it.
func loadSpec(data []byte) (*Calendar, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s Spec
	if err := dec.Decode(&s); err != nil {
		return nil, jsonSpecErr(err)
	}
	return New(s)
}

// jsonSpecErr turns a decoding error into a *SpecError naming the field.
func jsonSpecErr(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			field = "spec"
		}
		return specErr(field, typeErr.Value, "want "+jsonTypeName(typeErr.Type.String()))
	case errors.As(err, &syntaxErr):
		return specErr("spec", fmt.Sprintf("byte %d", syntaxErr.Offset), "invalid JSON: "+syntaxErr.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return specErr("spec", "", "empty or truncated JSON: want one object")
	}
	// encoding/json reports an unknown field as `json: unknown field "x"`.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name = strings.Trim(name, `"`)
		return specErr(name, name, "unknown field: want timezone, hours, holidays, closed or open")
	}
	return specErr("spec", "", "invalid JSON: "+strings.TrimPrefix(err.Error(), "json: "))
}

// jsonTypeName names a Go type of Spec in JSON words.
func jsonTypeName(goType string) string {
	switch goType {
	case "string":
		return "a string"
	case "[]string":
		return "a list of strings"
	case "map[string][]string":
		return "an object of string lists"
	case "calendar.Spec":
		return "an object"
	}
	return "another JSON type"
}

// checkOpenTime refuses a spec that can never be open: no weekly span and
// no date in Open with a span of its own.
func (r *rules) checkOpenTime() error {
	for _, spans := range r.weekly {
		if len(spans) > 0 {
			return nil
		}
	}
	for _, spans := range r.open {
		if len(spans) > 0 {
			return nil
		}
	}
	return specErr("hours", "", `no open time: name at least one day ("mon-fri": ["09:00-17:00"]) or a date in open`)
}

// checkZoneName refuses spellings of a zone name that the time package
// would read as a file path but that are not IANA names, so that one zone
// has one name: "America//New_York", "./UTC", "/etc/localtime",
// "localtime", "posixrules" and the "posix/" and "right/" trees.
func checkZoneName(name string) error {
	bad := func(reason string) error { return specErr("timezone", name, reason) }
	if len(name) > 64 {
		return bad("not an IANA time zone name: too long")
	}
	for _, part := range strings.Split(name, "/") {
		if part == "" || part == "." || part == ".." {
			return bad("not a canonical IANA time zone name: empty, \".\" or \"..\" path element")
		}
		for _, c := range part {
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '+') {
				return bad(fmt.Sprintf("not an IANA time zone name: character %q", c))
			}
		}
	}
	switch first, _, _ := strings.Cut(name, "/"); first {
	case "localtime", "posixrules", "posix", "right", "zone.tab", "zone1970.tab", "tzdata.zi", "leapseconds":
		return bad("not a time zone: a file of the time-zone database; name an IANA zone such as \"Europe/Berlin\"")
	}
	return nil
}

// unknownZone explains why time.LoadLocation refused a well-formed name:
// the name is unknown, or the machine has no time-zone database at all.
func unknownZone(name string) error {
	if _, err := time.LoadLocation("Etc/GMT"); err != nil {
		return specErr("timezone", name, "no time-zone database on this machine: "+
			"import _ \"time/tzdata\" in the main package, install the tzdata package, or set ZONEINFO")
	}
	return specErr("timezone", name, "unknown time zone")
}
