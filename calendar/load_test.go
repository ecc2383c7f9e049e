package calendar_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

func TestLoadAccepts(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"weekly hours", `{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE-BY"]}`},
		{"only dates", `{"timezone":"UTC","open":{"2026-12-24":["09:00-12:00"]}}`},
		{"white space after the object", "{\"timezone\":\"UTC\",\"hours\":{\"mon\":[\"09:00-17:00\"]}}\n\t \n"},
		{"a link name of the database", `{"timezone":"US/Eastern","hours":{"mon":["09:00-17:00"]}}`},
		{"a zone with a plus sign", `{"timezone":"Etc/GMT+5","hours":{"mon":["09:00-17:00"]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.Load(strings.NewReader(tt.in))
			require.NoError(t, err, "Load(%s)", tt.in)
			require.NotNil(t, c)
		})
	}
}

func TestLoadRefuses(t *testing.T) {
	tests := []struct {
		name, in  string
		wantField string
		wantText  string
	}{
		{"a misspelt field", `{"timezone":"Europe/Berlin","hour":{"mon-fri":["09:00-17:00"]}}`, "hour", "unknown field"},
		{"trailing data", `{"timezone":"UTC","hours":{"mon":["09:00-17:00"]}} {"timezone":"UTC"}`, "spec", "trailing data"},
		{"trailing garbage", `{"timezone":"UTC","hours":{"mon":["09:00-17:00"]}}x`, "spec", "trailing data"},
		{"a wrong type", `{"timezone":"UTC","hours":{"mon":"09:00-17:00"}}`, "hours", "want a list of strings"},
		{"a number for the zone", `{"timezone":1,"hours":{"mon":["09:00-17:00"]}}`, "timezone", "want a string"},
		{"not an object", `["UTC"]`, "spec", "want an object"},
		{"empty input", ``, "spec", "empty or truncated"},
		{"truncated", `{"timezone":"UTC","hours":{`, "spec", "empty or truncated"},
		{"bad syntax", `{"timezone":"UTC",}`, "spec", "invalid JSON"},
		{"no open time", `{"timezone":"Europe/Berlin"}`, "hours", "no open time"},
		{"only closed dates", `{"timezone":"UTC","open":{"2026-12-24":[]}}`, "hours", "no open time"},
		{"bad hours", `{"timezone":"UTC","hours":{"mon":["13:00-25:00"]}}`, `hours["mon"][0]`, "hour out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.Load(strings.NewReader(tt.in))
			require.Error(t, err, "Load(%s): got a calendar, want an error", tt.in)
			assert.Nil(t, c, "Load(%s): got a calendar with the error", tt.in)
			assert.True(t, errors.Is(err, calendar.ErrInvalidSpec), "Load(%s): got %v, want ErrInvalidSpec", tt.in, err)
			var se *calendar.SpecError
			require.True(t, errors.As(err, &se), "Load(%s): got %T, want *SpecError", tt.in, err)
			assert.Equal(t, tt.wantField, se.Field, "Load(%s): field", tt.in)
			assert.Contains(t, err.Error(), tt.wantText, "Load(%s): message", tt.in)
		})
	}
}

func TestLoadReadError(t *testing.T) {
	c, err := calendar.Load(iotest.ErrReader(io.ErrClosedPipe))
	assert.Nil(t, c)
	assert.True(t, errors.Is(err, calendar.ErrInvalidSpec), "got %v, want ErrInvalidSpec", err)
	assert.True(t, errors.Is(err, io.ErrClosedPipe), "got %v, want the read error wrapped", err)
}

func TestLoadTooLarge(t *testing.T) {
	big := `{"timezone":"UTC","hours":{"mon":["09:00-17:00"]}}` + strings.Repeat(" ", 16<<20)
	c, err := calendar.Load(strings.NewReader(big))
	assert.Nil(t, c)
	assert.True(t, errors.Is(err, calendar.ErrInvalidSpec), "got %v, want ErrInvalidSpec", err)
	assert.Contains(t, err.Error(), "too large")
}

// TestNewRefusesSpecWithoutOpenTime: a spec with no weekly hours and no
// Open date with a span used to give a calendar that is always closed.
func TestNewRefusesSpecWithoutOpenTime(t *testing.T) {
	for _, s := range []calendar.Spec{
		{TimeZone: "UTC"},
		{TimeZone: "America/New_York", Hours: map[string][]string{}},
		{TimeZone: "UTC", Holidays: []string{"US"}, Closed: []string{"2026-01-02"}},
		{TimeZone: "UTC", Open: map[string][]string{"2026-06-01": {}}},
	} {
		c, err := calendar.New(s)
		assert.Nil(t, c, "New(%+v): got a calendar", s)
		assert.True(t, errors.Is(err, calendar.ErrInvalidSpec), "New(%+v): got %v, want ErrInvalidSpec", s, err)
	}
}

func TestNewTimeZoneSpellings(t *testing.T) {
	tests := []struct {
		zone string
		ok   bool
	}{
		{"America/New_York", true},
		{"UTC", true},
		{"Etc/GMT-14", true},
		{"America/Argentina/Buenos_Aires", true},
		{"America//New_York", false},
		{"./UTC", false},
		{"America/./New_York", false},
		{"America/../America/New_York", false},
		{"/America/New_York", false},
		{"America/New_York/", false},
		{"/etc/localtime", false},
		{"localtime", false},
		{"posixrules", false},
		{"right/UTC", false},
		{"posix/Europe/Berlin", false},
		{"America/New York", false},
		{"America\\New_York", false},
		{"Europe/Berlin\x00", false},
		{"Mars/Olympus_Mons", false},
		{strings.Repeat("A", 65), false},
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			c, err := calendar.New(calendar.Spec{TimeZone: tt.zone, Hours: map[string][]string{"mon-fri": {"09:00-17:00"}}})
			if tt.ok {
				require.NoError(t, err, "New with zone %q", tt.zone)
				return
			}
			assert.Nil(t, c, "New with zone %q: got a calendar", tt.zone)
			var se *calendar.SpecError
			require.True(t, errors.As(err, &se), "New with zone %q: got %v, want a *SpecError", tt.zone, err)
			assert.Equal(t, "timezone", se.Field)
			assert.Equal(t, tt.zone, se.Value)
		})
	}
}

func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		`{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-12:00","13:00-17:00"]},"holidays":["DE-BY"],"closed":["2026-12-24"],"open":{"2026-12-31":["09:00-12:00"]}}`,
		`{"timezone":"UTC","hours":{"fri-mon":["22:00-06:00"]}}`,
		`{"timezone":"UTC","hour":{}}`,
		`{"timezone":"America//New_York","hours":{"mon":["09:00-17:00"]}}`,
		`{} {}`, ``, `null`, `{"timezone":"UTC","open":{"2026-12-24":[]}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := calendar.Load(strings.NewReader(in))
		if err != nil {
			if c != nil {
				t.Fatalf("Load(%q): got a calendar with error %v", in, err)
			}
			if !errors.Is(err, calendar.ErrInvalidSpec) {
				t.Fatalf("Load(%q): got %v, want ErrInvalidSpec", in, err)
			}
			return
		}
		// What loads is open somewhere and describes itself again.
		again, err := calendar.New(c.Spec())
		if err != nil || again == nil {
			t.Fatalf("New(Load(%q).Spec()): %v", in, err)
		}
	})
}
