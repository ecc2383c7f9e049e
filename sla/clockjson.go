package sla

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
)

// ErrInvalidClock is wrapped by the errors of (*Clock).UnmarshalJSON, and
// of every method called on a nil or zero Clock (one not built by
// NewClock).
var ErrInvalidClock = errors.New("sla: invalid clock")

// clockJSON is the stored form of a Clock: everything NewClock needs.
type clockJSON struct {
	// Zone is the IANA name of the opening event's location, in which a
	// Clock reports its results; "" when it has none (a fixed offset).
	Zone     string          `json:"zone,omitempty"`
	Plan     plan.Plan       `json:"plan"`
	Calendar json.RawMessage `json:"calendar"` // null: the policy has no calendar
	Options  Options         `json:"options"`
	Events   []Event         `json:"events"`
}

// MarshalJSON stores the clock as the plan, the calendar's Spec, the
// options and the events:
//
//	{"zone": "America/New_York",
//	 "plan": {"name": "Gold", "targets": {…}, …},
//	 "calendar": {"timezone": "America/New_York", "hours": {…}, "holidays": ["US"]},
//	 "options": {"restart_on_change": false, "thresholds": [50, 75, 90]},
//	 "events": [{"at": "2026-12-24T16:30:00-05:00", "kind": "opened", "severity": 1}]}
//
// UnmarshalJSON rebuilds from it a clock with the same Status at every
// instant, in the same time zone: zone names the opening event's location,
// which JSON's RFC 3339 offsets alone would lose. The calendar is stored as its Spec, so a region preset is stored
// by its code and restores with the holiday data of the library that reads
// it; calendar.Always() is stored as the Spec it reports (every day
// 00:00–24:00 UTC), which counts the same. A composite (calendar.Union,
// calendar.Intersect) is stored as its MarshalJSON description, which
// calendar.Load reads back.
func (c *Clock) MarshalJSON() ([]byte, error) {
	if c == nil || c.thresholds == nil {
		return nil, fmt.Errorf("%w: a Clock not built by NewClock", ErrInvalidClock)
	}
	out := clockJSON{
		Plan:    c.policy.Plan,
		Options: Options{RestartOnChange: c.restart, Thresholds: c.thresholds},
		Events:  c.events,
	}
	if out.Events == nil {
		out.Events = []Event{}
	}
	if len(c.events) > 0 {
		if name := c.events[0].At.Location().String(); name != "" && name != "Local" {
			out.Zone = name
		}
	}
	if c.policy.Calendar != nil {
		cal, err := c.policy.Calendar.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("%w: calendar: %w", ErrInvalidClock, err)
		}
		out.Calendar = cal
	}
	return json.Marshal(out)
}

// UnmarshalJSON restores a clock that MarshalJSON stored. Unknown fields
// are refused; a bad plan, calendar, option or event is an error wrapping
// ErrInvalidClock and the error of the part that failed (plan.ErrInvalidPlan,
// calendar.ErrInvalidSpec, ErrInvalidOptions, ErrInvalidEvent). On error c
// is unchanged.
func (c *Clock) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var in clockJSON
	if err := dec.Decode(&in); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidClock, err)
	}
	if in.Plan.Name == "" {
		return fmt.Errorf("%w: plan: missing", ErrInvalidClock)
	}
	if in.Zone != "" {
		loc, err := time.LoadLocation(in.Zone)
		if err != nil || in.Zone == "Local" {
			return fmt.Errorf("%w: zone: %q: unknown time zone", ErrInvalidClock, in.Zone)
		}
		for i := range in.Events {
			in.Events[i].At = in.Events[i].At.In(loc)
		}
	}
	p := Policy{Plan: in.Plan}
	if len(in.Calendar) > 0 && !bytes.Equal(in.Calendar, []byte("null")) {
		cal, err := calendar.Load(bytes.NewReader(in.Calendar))
		if err != nil {
			return fmt.Errorf("%w: calendar: %w", ErrInvalidClock, err)
		}
		p.Calendar = cal
	}
	built, err := NewClock(p, in.Options, in.Events...)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidClock, err)
	}
	*c = *built
	return nil
}
