package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// JSON forms. A plan document, as Load reads it:
//
//	{"plans": [
//	  {
//	    "name": "Silver",
//	    "targets": {
//	      "1": {"business_hours": "4h"},
//	      "2": {"wall_clock": "8h"},
//	      "3": {"business_days": 2, "day_rule": "end-of-day"},
//	      "4": {"business_days": 5, "day_rule": "fixed-hours", "hours_per_day": "8h"}
//	    },
//	    "upgrades": true,
//	    "phone_support": false,
//	    "web_support": true,
//	    "max_requests": 20
//	  }
//	]}
//
// A target is an object with exactly one of
//
//	"business_hours": "4h"  a Duration of business time (Clock BusinessHours)
//	"wall_clock": "2h"      a Duration of elapsed time, 24x7x365 (Clock WallClock)
//	"business_days": 1      a number of BusinessDays (Clock BusinessHours)
//
// and, with business_days only, "day_rule" ("same-time", the default when
// absent; "end-of-day"; "fixed-hours") and, with "fixed-hours" only,
// "hours_per_day" ("8h"). Durations are Go duration strings ("4h", "90m",
// "1h30m"). "targets" needs all four keys "1" to "4". The entitlements
// default to false, and "max_requests" absent or 0 means unlimited.
// Unknown fields are errors.

// targetJSON is the JSON form of a Target. Pointers tell an absent field
// from a zero one.
type targetJSON struct {
	BusinessHours *string `json:"business_hours,omitempty"`
	WallClock     *string `json:"wall_clock,omitempty"`
	BusinessDays  *int    `json:"business_days,omitempty"`
	DayRule       *string `json:"day_rule,omitempty"`
	HoursPerDay   *string `json:"hours_per_day,omitempty"`
}

const targetFields = "business_hours, wall_clock, business_days, day_rule, hours_per_day"

// planJSON is the JSON form of a Plan.
type planJSON struct {
	Name         *string                    `json:"name"`
	Targets      map[string]json.RawMessage `json:"targets"`
	Upgrades     bool                       `json:"upgrades"`
	PhoneSupport bool                       `json:"phone_support"`
	WebSupport   bool                       `json:"web_support"`
	MaxRequests  int                        `json:"max_requests,omitempty"`
}

const planFields = "name, targets, upgrades, phone_support, web_support, max_requests"

// MarshalJSON encodes the target in its JSON form, such as
// {"business_hours":"4h"} or {"business_days":1,"day_rule":"same-time"}.
// An invalid target is an error.
func (t Target) MarshalJSON() ([]byte, error) {
	if fe := t.check(); fe != nil {
		return nil, fe
	}
	var w targetJSON
	str := func(d time.Duration) *string { s := formatDuration(d); return &s }
	switch {
	case t.BusinessDays != 0:
		days, rule := t.BusinessDays, t.DayRule.String()
		w.BusinessDays, w.DayRule = &days, &rule
		if t.DayRule == FixedHours {
			w.HoursPerDay = str(t.HoursPerDay)
		}
	case t.Clock == WallClock:
		w.WallClock = str(t.Duration)
	default:
		w.BusinessHours = str(t.Duration)
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes a target from its JSON form and validates it;
// unknown fields are errors. On error t is unchanged. The JSON null leaves
// t unchanged.
func (t *Target) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	v, fe := decodeTarget(data)
	if fe != nil {
		return fe
	}
	*t = v
	return nil
}

// MarshalJSON encodes the plan in its JSON form (see Load). An invalid
// plan is an error, so whatever MarshalJSON writes, UnmarshalJSON reads
// back to an equal Plan.
func (p Plan) MarshalJSON() ([]byte, error) {
	if fe := p.check(); fe != nil {
		return nil, fe
	}
	out := struct {
		Name         string            `json:"name"`
		Targets      map[string]Target `json:"targets"`
		Upgrades     bool              `json:"upgrades"`
		PhoneSupport bool              `json:"phone_support"`
		WebSupport   bool              `json:"web_support"`
		MaxRequests  int               `json:"max_requests,omitempty"`
	}{
		Name:         p.Name,
		Targets:      make(map[string]Target, NumLevels),
		Upgrades:     p.Upgrades,
		PhoneSupport: p.PhoneSupport,
		WebSupport:   p.WebSupport,
		MaxRequests:  p.MaxRequests,
	}
	for i, t := range p.Targets {
		out.Targets[strconv.Itoa(i+1)] = t
	}
	return json.Marshal(out)
}

// UnmarshalJSON decodes a plan from its JSON form (see Load) and validates
// it; unknown fields are errors, and errors are *FieldError values naming
// the plan, the field and the value. On error p is unchanged. The JSON null
// leaves p unchanged.
func (p *Plan) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	v, fe := decodePlan(data)
	if fe != nil {
		return fe
	}
	*p = v
	return nil
}

// Load reads a JSON document of plans, {"plans": [ … ]} (the form is shown
// above), and returns the plans in document order. Every plan is validated:
// a name, a valid target for each severity 1 to 4 (durations and day
// counts positive), no unknown fields, and names unique case-insensitively
// within the document. Load does not compare the names with the built-in
// plans; NewCatalog does.
//
// Errors are *FieldError values (wrapping ErrInvalidPlan) naming the plan's
// position, its name, the field and the value:
//
//	plan: plans[1] "Silver": targets["3"].business_days: 0: must be positive
//
// Load reads the whole document; data after it is an error.
func Load(r io.Reader) ([]Plan, error) {
	const where = "document"
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var doc struct {
		Plans *[]json.RawMessage `json:"plans"`
	}
	if err := dec.Decode(&doc); err != nil {
		fe := jsonError(err, "plans")
		fe.Where = where
		return nil, fe
	}
	if err := dec.Decode(&struct{}{}); err != io.EOF {
		return nil, &FieldError{Where: where, Reason: "unexpected data after the document"}
	}
	if doc.Plans == nil {
		return nil, &FieldError{Where: where, Field: "plans", Reason: `missing: want {"plans": [...]}`}
	}
	plans := make([]Plan, 0, len(*doc.Plans))
	seen := make(map[string]int)
	for i, raw := range *doc.Plans {
		where := fmt.Sprintf("plans[%d]", i)
		p, fe := decodePlan(raw)
		if fe != nil {
			fe.Where = where
			return nil, fe
		}
		key := strings.ToLower(p.Name)
		if j, dup := seen[key]; dup {
			return nil, &FieldError{Where: where, Plan: p.Name, Field: "name", Value: quoteCut(p.Name),
				Reason: fmt.Sprintf("duplicate of plans[%d] %s", j, quoteCut(plans[j].Name))}
		}
		seen[key] = i
		plans = append(plans, p)
	}
	return plans, nil
}

// decodePlan decodes and validates one plan.
func decodePlan(data []byte) (Plan, *FieldError) {
	var w planJSON
	err := strictDecode(data, &w)
	name := ""
	if w.Name != nil {
		name = *w.Name
	}
	if err != nil {
		fe := jsonError(err, planFields)
		fe.Plan = name
		return Plan{}, fe
	}
	if w.Name == nil {
		return Plan{}, &FieldError{Field: "name", Reason: "missing: a plan needs a name"}
	}
	p := Plan{
		Name:         name,
		Upgrades:     w.Upgrades,
		PhoneSupport: w.PhoneSupport,
		WebSupport:   w.WebSupport,
		MaxRequests:  w.MaxRequests,
	}
	if fe := checkName(name); fe != nil {
		return Plan{}, fe
	}
	if w.Targets == nil {
		return Plan{}, &FieldError{Plan: name, Field: "targets", Reason: `missing: want an object with a target for each severity "1" to "4"`}
	}
	// Unknown keys first: a document keyed "P1" or "sev1" should hear
	// about its keys, not that "1" is missing.
	var extra []string
	for k := range w.Targets {
		if n, err := strconv.Atoi(k); err != nil || n < 1 || n > NumLevels || strconv.Itoa(n) != k {
			extra = append(extra, k)
		}
	}
	if len(extra) > 0 {
		slices.Sort(extra)
		return Plan{}, &FieldError{Plan: name, Field: "targets", Value: strconv.Quote(cut(extra[0])), Reason: `unknown severity: want "1" to "4"`}
	}
	for level := 1; level <= NumLevels; level++ {
		raw, ok := w.Targets[strconv.Itoa(level)]
		if !ok {
			return Plan{}, &FieldError{Plan: name, Field: targetPath(level, ""), Reason: "missing: every severity 1 to 4 needs a target"}
		}
		t, fe := decodeTarget(raw)
		if fe != nil {
			fe.Plan = name
			fe.Field = targetPath(level, fe.Field)
			return Plan{}, fe
		}
		p.Targets[level-1] = t
	}
	if fe := p.check(); fe != nil {
		return Plan{}, fe
	}
	return p, nil
}

// decodeTarget decodes and validates one target. Field names in the error
// are relative to the target.
func decodeTarget(data []byte) (Target, *FieldError) {
	var w targetJSON
	if err := strictDecode(data, &w); err != nil {
		return Target{}, jsonError(err, targetFields)
	}
	var t Target
	set := 0
	if w.BusinessHours != nil {
		set++
		d, fe := parseDuration("business_hours", *w.BusinessHours)
		if fe != nil {
			return Target{}, fe
		}
		t.Duration = d
	}
	if w.WallClock != nil {
		set++
		d, fe := parseDuration("wall_clock", *w.WallClock)
		if fe != nil {
			return Target{}, fe
		}
		t.Clock, t.Duration = WallClock, d
	}
	if w.BusinessDays != nil {
		set++
		if *w.BusinessDays <= 0 {
			return Target{}, &FieldError{Field: "business_days", Value: strconv.Itoa(*w.BusinessDays), Reason: "must be positive"}
		}
		t.BusinessDays = *w.BusinessDays
	}
	switch {
	case set == 0:
		return Target{}, &FieldError{Reason: "no target: set one of business_hours, wall_clock and business_days"}
	case set > 1:
		return Target{}, &FieldError{Reason: "set only one of business_hours, wall_clock and business_days"}
	}
	if w.DayRule != nil {
		r, ok := parseDayRule(*w.DayRule)
		if !ok {
			return Target{}, &FieldError{Field: "day_rule", Value: quoteCut(*w.DayRule),
				Reason: `unknown day rule: want "same-time", "end-of-day" or "fixed-hours"`}
		}
		if t.BusinessDays == 0 {
			return Target{}, &FieldError{Field: "day_rule", Value: quoteCut(*w.DayRule), Reason: "applies only to business_days"}
		}
		t.DayRule = r
	}
	if w.HoursPerDay != nil {
		d, fe := parseDuration("hours_per_day", *w.HoursPerDay)
		if fe != nil {
			return Target{}, fe
		}
		t.HoursPerDay = d
	}
	if fe := t.check(); fe != nil {
		return Target{}, fe
	}
	return t, nil
}

func parseDayRule(s string) (DayRule, bool) {
	for r, name := range dayRuleNames {
		if s == name {
			return DayRule(r), true
		}
	}
	return 0, false
}

func parseDuration(field, s string) (time.Duration, *FieldError) {
	d, err := time.ParseDuration(s)
	switch {
	case err != nil:
		return 0, &FieldError{Field: field, Value: quoteCut(s), Reason: `want a duration such as "4h", "90m" or "1h30m"`}
	case d <= 0:
		return 0, &FieldError{Field: field, Value: quoteCut(s), Reason: "must be positive"}
	}
	return d, nil
}

// formatDuration writes d as time.Duration.String does, without the zero
// minutes and seconds: "4h", "1h30m", "90s".
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

// strictDecode decodes one JSON value into v, refusing unknown fields.
func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("unexpected data after the value")
	}
	return nil
}

// jsonError turns an encoding/json error into a FieldError naming the
// field; known lists the valid field names for an unknown-field error.
func jsonError(err error, known string) *FieldError {
	var (
		typeErr   *json.UnmarshalTypeError
		syntaxErr *json.SyntaxError
	)
	switch {
	case errors.As(err, &typeErr):
		return &FieldError{Field: typeErr.Field, Reason: fmt.Sprintf("got a JSON %s, want %s", typeErr.Value, jsonKind(typeErr.Type.String()))}
	case errors.As(err, &syntaxErr):
		return &FieldError{Reason: fmt.Sprintf("invalid JSON at byte %d: %v", syntaxErr.Offset, syntaxErr)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &FieldError{Reason: "invalid JSON: unexpected end of input"}
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return &FieldError{Field: strings.Trim(name, `"`), Reason: "unknown field: want one of " + known}
	}
	return &FieldError{Reason: "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")}
}

// jsonKind names a Go type as the JSON a user should write.
func jsonKind(goType string) string {
	switch {
	case goType == "string" || goType == "*string":
		return "a string"
	case goType == "int" || goType == "*int":
		return "an integer"
	case goType == "bool":
		return "true or false"
	case strings.HasPrefix(goType, "map["), strings.HasPrefix(goType, "struct"), strings.HasPrefix(goType, "plan."):
		return "an object"
	case strings.HasPrefix(goType, "[]"), strings.HasPrefix(goType, "*[]"):
		return "an array"
	}
	return goType
}
