package incident

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeRequestAccepts(t *testing.T) {
	tests := []struct {
		name string
		body string
		want Request
	}{
		{"plain", `{"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`,
			Request{ID: json.RawMessage(`"T-1"`), Plan: "gold", Severity: json.RawMessage(`2`), Region: "US", Opened: "2026-12-24T16:30:00-05:00"}},
		{"same key in sibling objects", `{"plan":"gold","calendar":{"timezone":"UTC","hours":{"mon":["09:00-17:00"]},"open":{"2026-12-24":["09:00-12:00"]}}}`,
			Request{Plan: "gold", Calendar: json.RawMessage(`{"timezone":"UTC","hours":{"mon":["09:00-17:00"]},"open":{"2026-12-24":["09:00-12:00"]}}`)}},
		{"same key in array elements", `{"id":[{"a":1},{"a":1}]}`, Request{ID: json.RawMessage(`[{"a":1},{"a":1}]`)}},
		{"map keys are free-form", `{"calendar":{"hours":{"Mon":["09:00-17:00"],"mon-FRI":[]}}}`,
			Request{Calendar: json.RawMessage(`{"hours":{"Mon":["09:00-17:00"],"mon-FRI":[]}}`)}},
		{"white space around", " \n{\"plan\":\"gold\"}\r\n ", Request{Plan: "gold"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeRequest([]byte(tt.body))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodeRequestRefuses(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		field  string
		detail string
		is     error // nil: no sentinel to test
	}{
		{"empty", " \n", "", "empty body", ErrEmpty},
		{"trailing data", `{"plan":"gold"} {}`, "", "unexpected data after the JSON object", ErrTrailingData},
		{"duplicate key", `{"plan":"gold","severity":2,"plan":"platinum"}`, "", `duplicate key "plan"`, ErrDuplicateKey},
		{"duplicate unknown key", `{"plan":"gold","severity":2,"severity":3}`, "", `duplicate key "severity"`, ErrDuplicateKey},
		{"duplicate day in calendar hours", `{"calendar":{"timezone":"UTC","hours":{"mon":["09:00-12:00"],"mon":["13:00-17:00"]}}}`, "calendar.hours", `duplicate key "mon"`, ErrDuplicateKey},
		{"duplicate date in calendar open", `{"calendar":{"open":{"2026-12-24":[],"2026-12-24":["09:00-12:00"]}}}`, "calendar.open", `duplicate key "2026-12-24"`, ErrDuplicateKey},
		{"duplicate inside an id", `{"id":{"a":1,"a":2}}`, "id", `duplicate key "a"`, ErrDuplicateKey},
		{"key in another case", `{"Plan":"gold"}`, "Plan", `"Plan", want "plan"`, ErrKeyCase},
		{"key in upper case", `{"plan":"gold","OPENED":"2026-12-24T16:30:00Z"}`, "OPENED", `"OPENED", want "opened"`, ErrKeyCase},
		{"calendar key in another case", `{"calendar":{"TimeZone":"UTC"}}`, "calendar.TimeZone", `"TimeZone", want "timezone"`, ErrKeyCase},
		{"unknown field", `{"plan":"gold","priority":"high"}`, "priority", "unknown field", nil},
		{"not an object", `[1,2]`, "", "want a JSON object, got array", nil},
		{"wrong type", `{"opened":1700000000}`, "opened", "want a JSON string, got number", nil},
		{"wrong type of list", `{"facts":"license"}`, "facts", "want a JSON array of strings, got string", nil},
		{"wrong element type", `{"facts":[1]}`, "facts", "want a JSON string, got number", nil},
		{"syntax", `{"plan":`, "", "invalid JSON", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeRequest([]byte(tt.body))
			require.Error(t, err, "got %+v", got)
			assert.Equal(t, Request{}, got, "nothing half-decoded")
			var ie *Error
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field, "field; got %v", err)
			assert.Contains(t, err.Error(), tt.detail)
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			for _, goName := range []string{"[]string", "incident.", "json.RawMessage", "Go ", "struct"} {
				assert.NotContains(t, err.Error(), goName, "the message names a Go type")
			}
		})
	}
}

func TestCheckID(t *testing.T) {
	tests := []struct {
		name string
		id   string
		ok   bool
	}{
		{"none", ``, true},
		{"string", `"T-1"`, true},
		{"escaped string", `"caf\u00e9 \ud800"`, true},
		{"UTF-8 string", `"café"`, true},
		{"integer", `12`, true},
		{"negative", `-12`, true},
		{"fraction and exponent", `1.5e3`, true},
		{"largest float64", `1.7976931348623157e308`, true},
		{"tiny underflows to zero", `1e-999`, true},
		{"invalid UTF-8", "\"T-\xff\"", false},
		{"truncated UTF-8", "\"caf\xc3\"", false},
		{"out of range", `1e999`, false},
		{"negative out of range", `-1e999`, false},
		{"a 400-digit integer", strings.Repeat("9", 400), false},
		{"object", `{"x":1}`, false},
		{"boolean", `true`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckID(json.RawMessage(tt.id))
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			var ie *Error
			require.ErrorAs(t, err, &ie, "got %v, want an error", err)
			assert.Equal(t, "id", ie.Field)
			assert.True(t, json.Valid([]byte(`{"detail":`+mustJSON(t, err.Error())+`}`)))
		})
	}
}

func mustJSON(t *testing.T, s string) string {
	t.Helper()
	b, err := json.Marshal(s)
	require.NoError(t, err)
	return string(b)
}

func TestOpenedLowerCase(t *testing.T) {
	want := time.Date(2026, 12, 24, 21, 30, 0, 0, time.UTC)
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"upper case", "2026-12-24T21:30:00Z", true},
		{"lower-case t", "2026-12-24t21:30:00Z", true},
		{"lower-case z", "2026-12-24T21:30:00z", true},
		{"both lower case", "2026-12-24t21:30:00z", true},
		{"lower-case t with offset", "2026-12-24t16:30:00-05:00", true},
		{"lower-case t with fraction", "2026-12-24t21:30:00.000z", true},
		{"space is not RFC 3339 here", "2026-12-24 21:30:00Z", false},
		{"another letter", "2026-12-24x21:30:00z", false},
		{"z in the middle", "2026-12-24T21:30:00z+01:00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Opened(tt.in)
			if !tt.ok {
				var ie *Error
				require.ErrorAs(t, err, &ie, "got %v", got)
				assert.Equal(t, "opened", ie.Field)
				assert.Contains(t, err.Error(), tt.in, "the message quotes the input as given")
				return
			}
			require.NoError(t, err)
			assert.True(t, got.Equal(want), "got %v, want %v", got, want)
		})
	}
}

// DecodeRequest never panics, and what it accepts encoding/json reads the
// same way.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`,
		`{"plan":"gold","plan":"gold"}`,
		`{"Plan":"gold"}`,
		`{"calendar":{"timezone":"UTC","hours":{"mon":["09:00-17:00"],"mon":[]}}}`,
		`{"id":[{"a":[{"b":{}}]},{"a":1}],"facts":["license"]}`,
		`{"plan":"gold"} x`,
		`[]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		got, err := DecodeRequest([]byte(body))
		if errors.Is(err, ErrDuplicateKey) {
			assert.True(t, hasDuplicateKey(body), "%q: reported a duplicate key where there is none", body)
		}
		if err != nil {
			var ie *Error
			require.ErrorAs(t, err, &ie)
			return
		}
		assert.False(t, hasDuplicateKey(body), "%q: accepted with a duplicate key", body)
		var want Request
		require.NoError(t, json.Unmarshal([]byte(body), &want), "accepted %q", body)
		assert.Equal(t, want, got)
	})
}

// hasDuplicateKey is the reference for DecodeRequest's duplicate check:
// encoding/json's token reader, one set of keys per open object.
func hasDuplicateKey(body string) bool {
	dec := json.NewDecoder(strings.NewReader(body))
	type frame struct {
		object, keyNext bool
		seen            map[string]bool
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].keyNext {
			top := stack[n-1]
			if key, ok := tok.(string); ok {
				if top.seen[key] {
					return true
				}
				top.seen[key], top.keyNext = true, false
				continue
			}
		}
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].keyNext = true
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, keyNext: true, seen: map[string]bool{}})
		case json.Delim('['):
			stack = append(stack, &frame{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
	}
}
