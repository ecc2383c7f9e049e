package plan

import (
	"fmt"
	"strconv"
)

// A Metric is what a target measures. Every plan promises a first
// response; a plan may also promise how soon each later reply is answered
// (NextResponse) and how soon the incident is resolved (Resolution). The
// built-in Gold and Platinum plans set only FirstResponse, as the published
// plan table does.
type Metric int

const (
	// FirstResponse is the time to the first response to the incident:
	// Plan.Targets. It is the zero value, the metric the published plans
	// promise.
	FirstResponse Metric = iota

	// NextResponse is the time from a customer's reply, once the first
	// response was given, to the next response: Plan.NextResponse. It runs
	// in cycles, one per unanswered reply.
	NextResponse

	// Resolution is the time to resolve the incident: Plan.Resolution.
	Resolution
)

// numMetrics is the number of metrics.
const numMetrics = 3

var metricNames = [numMetrics]string{FirstResponse: "first_response", NextResponse: "next_response", Resolution: "resolution"}

// metricFields are the JSON fields of a plan that hold each metric's targets.
var metricFields = [numMetrics]string{FirstResponse: "targets", NextResponse: "next_response", Resolution: "resolution"}

// Valid reports whether m is one of the metric constants.
func (m Metric) Valid() bool { return m >= 0 && m < numMetrics }

// String returns the metric's JSON name: "first_response", "next_response"
// or "resolution"; "plan.Metric(n)" for another value.
func (m Metric) String() string {
	if m.Valid() {
		return metricNames[m]
	}
	return "plan.Metric(" + strconv.Itoa(int(m)) + ")"
}

// MarshalText returns the metric's JSON name. It fails for a value that is
// not a metric.
func (m Metric) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("%w: metric: %d: unknown metric", ErrInvalidPlan, int(m))
	}
	return []byte(metricNames[m]), nil
}

// UnmarshalText reads a metric's JSON name, as MarshalText writes it. On
// error m is unchanged.
func (m *Metric) UnmarshalText(text []byte) error {
	for i, name := range metricNames {
		if name == string(text) {
			*m = Metric(i)
			return nil
		}
	}
	return fmt.Errorf("%w: metric: %s: want first_response, next_response or resolution", ErrInvalidPlan, quoteCut(string(text)))
}

// targets returns the plan's targets for m; m must be valid.
func (p *Plan) targets(m Metric) *[NumLevels]Target {
	switch m {
	case NextResponse:
		return &p.NextResponse
	case Resolution:
		return &p.Resolution
	}
	return &p.Targets
}

// Sets reports whether the plan sets targets for the metric. A plan always
// sets FirstResponse; it sets NextResponse or Resolution when any of the
// metric's four targets is not the zero Target.
func (p Plan) Sets(m Metric) bool {
	if !m.Valid() {
		return false
	}
	if m == FirstResponse {
		return true
	}
	return *p.targets(m) != [NumLevels]Target{}
}

// TargetFor returns the plan's target for the metric at the severity
// level (1 to 4). It returns an error wrapping ErrNoTarget when the plan
// sets no target for the metric, ErrInvalidLevel when level is not 1 to 4
// (or m is not a metric), and a *FieldError (wrapping ErrInvalidPlan) when
// the target is not valid. TargetFor(FirstResponse, level) is
// Target(level).
func (p Plan) TargetFor(m Metric, level int) (Target, error) {
	if !m.Valid() {
		return Target{}, fmt.Errorf("%w: metric: %d: unknown metric", ErrInvalidLevel, int(m))
	}
	if m == FirstResponse {
		return p.Target(level)
	}
	if level < 1 || level > NumLevels {
		return Target{}, fmt.Errorf("%w: %d in plan %s: want 1 to %d", ErrInvalidLevel, level, quoteCut(p.Name), NumLevels)
	}
	if !p.Sets(m) {
		return Target{}, fmt.Errorf("%w: plan %s sets no %s target (no %q in its JSON)", ErrNoTarget, quoteCut(p.Name), m, metricFields[m])
	}
	t := p.targets(m)[level-1]
	if fe := t.check(); fe != nil {
		fe.Plan = p.Name
		fe.Field = metricPath(m, level, fe.Field)
		return Target{}, fe
	}
	return t, nil
}

// metricPath is the JSON path of a field of the metric's target for level.
func metricPath(m Metric, level int, field string) string {
	p := metricFields[m] + `["` + strconv.Itoa(level) + `"]`
	if field != "" {
		p += "." + field
	}
	return p
}
