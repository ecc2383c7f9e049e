package incident

import (
	"bytes"
	"encoding/json"

	"github.com/slaclock/slaclock/calendar"
)

// WithICS returns cal with the holidays and closures of an iCalendar
// stream added by (*calendar.Spec).ImportICS: to its spec or, for a
// composite (calendar.Union, calendar.Intersect), to every spec inside it,
// so that each member closes the feed's dates on its own clock. cal itself
// is unchanged; the result is a new calendar.
func WithICS(cal *calendar.Calendar, ics []byte) (*calendar.Calendar, error) {
	desc, err := cal.MarshalJSON()
	if err != nil {
		return nil, err
	}
	desc, err = importInto(desc, ics)
	if err != nil {
		return nil, err
	}
	return calendar.Load(bytes.NewReader(desc))
}

// importInto applies ImportICS to every spec of a calendar description,
// as MarshalJSON writes it: a spec, or {"union"|"intersect": [...]}.
func importInto(desc, ics []byte) ([]byte, error) {
	var node map[string]json.RawMessage
	if err := json.Unmarshal(desc, &node); err != nil {
		return nil, err
	}
	for _, key := range []string{"union", "intersect"} {
		raw, ok := node[key]
		if !ok {
			continue
		}
		var members []json.RawMessage
		if err := json.Unmarshal(raw, &members); err != nil {
			return nil, err
		}
		for i, m := range members {
			out, err := importInto(m, ics)
			if err != nil {
				return nil, err
			}
			members[i] = out
		}
		return json.Marshal(map[string][]json.RawMessage{key: members})
	}
	var spec calendar.Spec
	if err := json.Unmarshal(desc, &spec); err != nil {
		return nil, err
	}
	if err := spec.ImportICS(bytes.NewReader(ics)); err != nil {
		return nil, err
	}
	return json.Marshal(spec)
}
