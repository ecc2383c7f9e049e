package incident

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/slaclock/slaclock/calendar"
)

// Sentinel errors of DecodeRequest, wrapped in an *Error naming the field.
var (
	ErrEmpty        = errors.New("empty body: want a JSON object")
	ErrTrailingData = errors.New("unexpected data after the JSON object")
	ErrDuplicateKey = errors.New("duplicate key")
	ErrKeyCase      = errors.New("key differs from the field name in case only")
)

// DecodeRequest reads data as exactly one JSON object of a Request,
// strictly: unknown fields, trailing data, a key given twice in any object
// (encoding/json would keep the last one) and a key that matches a field
// name only case-insensitively ("Plan", which encoding/json would take for
// "plan") are errors. The same rules hold inside an inline calendar spec.
// Errors are *Error values naming the field; their text names JSON types,
// never Go types.
func DecodeRequest(data []byte) (Request, error) {
	var req Request
	if len(bytes.TrimSpace(data)) == 0 {
		return req, fieldError("", ErrEmpty)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return Request{}, JSONError("", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Request{}, fieldError("", ErrTrailingData)
	}
	if err := checkKeys(data, requestKeys); err != nil {
		return Request{}, err
	}
	return req, nil
}

// A schema lists the member names of a JSON object that decodes into a
// struct, and the schemas of its members that are such objects too. A nil
// *schema is an object with free-form keys (a map) or a value of no
// interest.
type schema struct {
	names  []string
	nested map[string]*schema
}

// requestKeys is the shape of a Request: its own fields and, under
// "calendar", those of a calendar.Spec. Both come from the struct tags, so
// they cannot drift from what encoding/json reads.
var requestKeys = &schema{
	names:  jsonNames(reflect.TypeFor[Request]()),
	nested: map[string]*schema{"calendar": {names: jsonNames(reflect.TypeFor[calendar.Spec]())}},
}

func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

// frame is one open object or array of checkKeys' walk.
type frame struct {
	object bool
	field  string // the path of this value, as the errors name it
	schema *schema
	seen   map[string]bool
	key    string // the last key read, for objects
	keyNow bool   // the next token of an object is a key
}

// checkKeys walks the valid JSON in data and reports the first object that
// holds a key twice, or a key that matches one of its schema's names
// case-insensitively but not exactly.
func checkKeys(data []byte, root *schema) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // numbers are not needed; this keeps them cheap and exact
	var stack []*frame
	next := &frame{schema: root} // the schema and path of the value about to start
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return JSONError("", err)
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.keyNow {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:len(stack)-1]
				continue
			}
			key := tok.(string) // in an object, anything else is a syntax error Token reports
			if top.seen[key] {
				return fieldError(top.field, fmt.Errorf("%w %q", ErrDuplicateKey, key))
			}
			top.seen[key] = true
			if want, ok := foldMatch(top.schema, key); ok && want != key {
				return fieldError(join(top.field, key), fmt.Errorf("%w: %q, want %q", ErrKeyCase, key, want))
			}
			top.key, top.keyNow = key, false
			continue
		}
		// tok starts or is a value, or closes an array.
		if top != nil {
			if top.object {
				next = &frame{field: join(top.field, top.key)}
				if top.schema != nil {
					next.schema = top.schema.nested[top.key]
				}
				top.keyNow = true
			} else {
				next = &frame{field: top.field}
			}
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{':
				next.object, next.keyNow, next.seen = true, true, make(map[string]bool)
				stack = append(stack, next)
			case '[':
				next.schema = nil
				stack = append(stack, next)
			case ']':
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// foldMatch returns the schema's name that key matches case-insensitively.
func foldMatch(s *schema, key string) (string, bool) {
	if s == nil {
		return "", false
	}
	for _, n := range s.names {
		if strings.EqualFold(n, key) {
			return n, true
		}
	}
	return "", false
}

func join(prefix, name string) string {
	switch {
	case prefix == "":
		return name
	case name == "":
		return prefix
	}
	return prefix + "." + name
}
