package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Bounds of a composite read by Load: members of one composite and levels
// of nesting. With 16 members of 16 members of … a description is still
// bounded by Load's 16 MiB, and the year-table bound (see Union) refuses
// what would not fit.
const (
	maxCompositeMembers = 16
	maxCompositeDepth   = 4
)

// compositeJSON is the JSON form of a composite: exactly one of the keys.
type compositeJSON struct {
	Union     []json.RawMessage `json:"union,omitempty"`
	Intersect []json.RawMessage `json:"intersect,omitempty"`
}

// loadValue reads a spec or a composite. path prefixes the field names of
// errors ("union[1]."), depth counts the composites around the value.
func loadValue(data []byte, path string, depth int) (*Calendar, error) {
	var keys map[string]json.RawMessage
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) && json.Unmarshal(data, &keys) == nil {
		_, union := keys["union"]
		_, inter := keys["intersect"]
		if union || inter {
			c, err := loadComposite(keys, path, depth)
			return c, err
		}
	}
	c, err := loadSpec(data)
	if err != nil {
		return nil, prefixField(err, path)
	}
	return c, nil
}

func loadComposite(keys map[string]json.RawMessage, path string, depth int) (*Calendar, error) {
	key, op := "union", opUnion
	if _, ok := keys["union"]; !ok {
		key, op = "intersect", opIntersect
	}
	if len(keys) != 1 {
		for k := range keys {
			if k != key {
				return nil, specErr(path+k, k, "a composite has exactly one key, union or intersect, and no other")
			}
		}
	}
	field := path + key
	if depth >= maxCompositeDepth {
		return nil, specErr(field, "", fmt.Sprintf("composites nested too deep: at most %d levels", maxCompositeDepth))
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(keys[key], &raws); err != nil || raws == nil {
		return nil, specErr(field, string(keys[key]), "want a list of calendars: specs or composites")
	}
	if len(raws) == 0 || len(raws) > maxCompositeMembers {
		return nil, specErr(field, fmt.Sprintf("%d calendars", len(raws)),
			fmt.Sprintf("want 1 to %d calendars", maxCompositeMembers))
	}
	members := make([]*Calendar, len(raws))
	for i, raw := range raws {
		c, err := loadValue(raw, fmt.Sprintf("%s[%d].", field, i), depth+1)
		if err != nil {
			return nil, err
		}
		members[i] = c
	}
	c, err := compose(op, members)
	if err != nil {
		return nil, &SpecError{Field: field, Value: fmt.Sprintf("%d calendars", len(raws)), Reason: err.Error(), err: ErrInvalidArgument}
	}
	return c, nil
}

// prefixField puts path before the field of a *SpecError.
func prefixField(err error, path string) error {
	var se *SpecError
	if path == "" || !errors.As(err, &se) {
		return err
	}
	out := *se
	out.Field = path + se.Field
	return &out
}

// MarshalJSON describes the calendar in the JSON that Load reads back: its
// Spec, or for a composite built by Union or Intersect
// {"union": [...]} or {"intersect": [...]} with its members' descriptions
// in order. Always is described by its Spec, every day 00:00–24:00 in UTC.
// A zero Calendar is an error wrapping ErrInvalidArgument (encoding/json
// writes a nil *Calendar as null).
func (c *Calendar) MarshalJSON() ([]byte, error) {
	if err := c.check("MarshalJSON"); err != nil {
		return nil, err
	}
	if c.comp == nil {
		return json.Marshal(c.Spec())
	}
	members := make([]json.RawMessage, len(c.comp.members))
	for i, m := range c.comp.members {
		b, err := m.MarshalJSON()
		if err != nil {
			return nil, err
		}
		members[i] = b
	}
	if c.comp.op == opUnion {
		return json.Marshal(compositeJSON{Union: members})
	}
	return json.Marshal(compositeJSON{Intersect: members})
}
