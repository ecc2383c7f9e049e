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

// checkKeys walks data, one JSON value that encoding/json has already read
// without error (so well-formed, nested less than 10,000 deep), and
// reports the first object that holds a key twice, or a key that matches
// one of its schema's names case-insensitively but not exactly. It reads
// the bytes directly: encoding/json's Token reader would cost five times
// the decoding itself.
func checkKeys(data []byte, root *schema) error {
	w := keyWalker{data: data}
	return w.value(root, "")
}

type keyWalker struct {
	data []byte
	i    int
}

func (w *keyWalker) space() {
	for w.i < len(w.data) {
		switch w.data[w.i] {
		case ' ', '\t', '\r', '\n':
			w.i++
		default:
			return
		}
	}
}

// value checks the value at w.i, whose path is field.
func (w *keyWalker) value(s *schema, field string) error {
	w.space()
	switch w.data[w.i] {
	case '{':
		return w.object(s, field)
	case '[':
		w.i++
		w.space()
		if w.data[w.i] == ']' {
			w.i++
			return nil
		}
		for {
			if err := w.value(nil, field); err != nil {
				return err
			}
			w.space()
			c := w.data[w.i]
			w.i++
			if c == ']' {
				return nil
			}
		}
	case '"':
		w.str()
		return nil
	}
	for w.i < len(w.data) {
		switch w.data[w.i] {
		case ',', ']', '}', ' ', '\t', '\r', '\n':
			return nil
		}
		w.i++
	}
	return nil
}

// str skips the string at w.i and returns its raw contents.
func (w *keyWalker) str() []byte {
	start := w.i + 1
	for w.i = start; w.data[w.i] != '"'; w.i++ {
		if w.data[w.i] == '\\' {
			w.i++
		}
	}
	w.i++
	return w.data[start : w.i-1]
}

func (w *keyWalker) object(s *schema, field string) error {
	w.i++
	w.space()
	if w.data[w.i] == '}' {
		w.i++
		return nil
	}
	var seen [][]byte
	var seenMap map[string]bool // for objects of many keys
	for {
		w.space()
		raw := w.str()
		key := raw
		if bytes.IndexByte(raw, '\\') >= 0 {
			var k string
			json.Unmarshal(w.data[w.i-len(raw)-2:w.i], &k) // a valid string: no error
			key = []byte(k)
		}
		dup := false
		if seenMap != nil {
			dup = seenMap[string(key)]
			seenMap[string(key)] = true
		} else {
			for _, k := range seen {
				if bytes.Equal(k, key) {
					dup = true
				}
			}
			if seen = append(seen, key); len(seen) > 16 {
				seenMap = make(map[string]bool, 2*len(seen))
				for _, k := range seen {
					seenMap[string(k)] = true
				}
			}
		}
		if dup {
			return fieldError(field, fmt.Errorf("%w %q", ErrDuplicateKey, key))
		}
		var nested *schema
		if s != nil {
			if want, ok := foldMatch(s, key); ok {
				if want != string(key) {
					return fieldError(join(field, string(key)), fmt.Errorf("%w: %q, want %q", ErrKeyCase, key, want))
				}
				nested = s.nested[want]
			}
		}
		w.space()
		w.i++ // the colon
		w.space()
		sub := field
		if c := w.data[w.i]; c == '{' || c == '[' {
			sub = join(field, string(key))
		}
		if err := w.value(nested, sub); err != nil {
			return err
		}
		w.space()
		c := w.data[w.i]
		w.i++
		if c == '}' {
			return nil
		}
	}
}

// foldMatch returns the schema's name that key matches case-insensitively.
func foldMatch(s *schema, key []byte) (string, bool) {
	for _, n := range s.names {
		if bytes.EqualFold([]byte(n), key) {
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
