package sla_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// TestClockJSONRoundTrip: json.Marshal of a *sla.Clock used to give {}; a
// stored clock must restore to the same Status at every instant.
func TestClockJSONRoundTrip(t *testing.T) {
	us := usCalendar(t)
	bavaria, err := calendar.New(calendar.Spec{
		TimeZone: "Europe/Berlin",
		Hours:    map[string][]string{"mon-fri": {"08:00-12:00", "13:00-17:00"}},
		Holidays: []string{"DE-BY"},
		Closed:   []string{"2026-12-24"},
		Open:     map[string][]string{"2026-12-31": {"09:00-12:00"}},
	})
	require.NoError(t, err)
	de, err := calendar.Region("DE")
	require.NoError(t, err)
	sun, err := calendar.Union(us, de)
	require.NoError(t, err)
	silver := plan.Gold
	silver.Name = "Silver"
	silver.Targets[2] = plan.Target{BusinessDays: 2, DayRule: plan.EndOfDay}
	tests := []struct {
		name   string
		policy sla.Policy
		opts   sla.Options
		events []sla.Event
	}{
		{"Gold on the US preset with a pause and a change", sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{}, []sla.Event{
			ev(t, "2026-12-23 15:00", sla.EventOpened, severity.Sev2),
			ev(t, "2026-12-23 16:00", sla.EventPaused, 0),
			ev(t, "2026-12-28 10:00", sla.EventResumed, 0),
			ev(t, "2026-12-28 11:00", sla.EventSeverityChanged, severity.Sev1),
		}},
		{"responded", sla.Policy{Plan: plan.Platinum, Calendar: us}, sla.Options{RestartOnChange: true, Thresholds: []int{80}}, []sla.Event{
			ev(t, "2026-12-26 03:10", sla.EventOpened, severity.Sev1),
			ev(t, "2026-12-26 04:00", sla.EventSeverityChanged, severity.Sev3),
			ev(t, "2026-12-28 10:00", sla.EventResponded, 0),
		}},
		{"custom plan on a lunch-break calendar, no warnings", sla.Policy{Plan: silver, Calendar: bavaria}, sla.Options{Thresholds: []int{}}, []sla.Event{
			{At: time.Date(2026, 12, 23, 16, 0, 0, 0, time.UTC), Kind: sla.EventOpened, Severity: severity.Sev3},
			{At: time.Date(2026, 12, 30, 8, 0, 0, 0, time.UTC), Kind: sla.EventPaused},
		}},
		{"24x7x365 without a calendar", sla.Policy{Plan: plan.Platinum}, sla.Options{}, []sla.Event{
			ev(t, "2026-12-26 03:10", sla.EventOpened, severity.Sev1),
		}},
		{"always", sla.Policy{Plan: plan.Gold, Calendar: calendar.Always()}, sla.Options{}, []sla.Event{
			ev(t, "2026-12-26 03:10", sla.EventOpened, severity.Sev4),
		}},
		{"waiting for the opening event", sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{}, nil},
		{"follow-the-sun composite", sla.Policy{Plan: plan.Gold, Calendar: sun}, sla.Options{}, []sla.Event{
			ev(t, "2026-12-23 15:00", sla.EventOpened, severity.Sev2),
			ev(t, "2026-12-24 10:00", sla.EventPaused, 0),
			ev(t, "2026-12-28 04:00", sla.EventResumed, 0),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := sla.NewClock(tt.policy, tt.opts, tt.events...)
			require.NoError(t, err)
			data, err := json.Marshal(c)
			require.NoError(t, err)
			require.NotEqual(t, "{}", string(data))

			var back sla.Clock
			require.NoError(t, json.Unmarshal(data, &back), "Unmarshal(%s)", data)
			again, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again), "stored twice")
			assert.Equal(t, len(tt.events), len(back.Events()))
			if len(tt.events) == 0 {
				return
			}
			first := tt.events[0].At
			for h := 0; h <= 24*14; h += 5 {
				now := first.Add(time.Duration(h) * time.Hour)
				want, werr := c.Status(now)
				got, gerr := back.Status(now)
				require.Equal(t, werr == nil, gerr == nil, "Status(%s) errors: got %v, want %v", now, gerr, werr)
				assert.Equal(t, want, got, "Status(%s) after a round trip", now)
			}
		})
	}
}

func TestClockJSONShape(t *testing.T) {
	c, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: usCalendar(t)}, sla.Options{},
		ev(t, "2026-12-24 16:30", sla.EventOpened, severity.Sev1))
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &m))
	assert.JSONEq(t, `{"restart_on_change":false,"thresholds":[50,75,90]}`, string(m["options"]))
	assert.JSONEq(t, `{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]}`, string(m["calendar"]))
	assert.JSONEq(t, `[{"at":"2026-12-24T16:30:00-05:00","kind":"opened","severity":1}]`, string(m["events"]))
	assert.Contains(t, string(m["plan"]), `"name":"Gold"`)
}

func TestClockJSONRefuses(t *testing.T) {
	good := `{"plan":{"name":"Gold","targets":{"1":{"business_hours":"4h"},"2":{"business_hours":"8h"},"3":{"business_days":1},"4":{"business_days":1}},"upgrades":true,"phone_support":true,"web_support":true},` +
		`"calendar":{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]}},"options":{"thresholds":null},` +
		`"events":[{"at":"2026-12-24T16:30:00-05:00","kind":"opened","severity":1}]}`
	var ok sla.Clock
	require.NoError(t, json.Unmarshal([]byte(good), &ok), "the base case must load")

	tests := []struct {
		name, in string
		want     error
	}{
		{"unknown field", strings.Replace(good, `"options"`, `"option"`, 1), sla.ErrInvalidClock},
		{"no plan", strings.Replace(good, `"plan":{"name":"Gold"`, `"plan_":{"name":"Gold"`, 1), sla.ErrInvalidClock},
		{"bad plan", strings.Replace(good, `"4h"`, `"-4h"`, 1), plan.ErrInvalidPlan},
		{"bad calendar", strings.Replace(good, `America/New_York`, `America//New_York`, 1), calendar.ErrInvalidSpec},
		{"bad threshold", strings.Replace(good, `"thresholds":null`, `"thresholds":[100]`, 1), sla.ErrInvalidOptions},
		{"bad event order", strings.Replace(good, `"severity":1}]`, `"severity":1},{"at":"2026-12-24T16:00:00-05:00","kind":"paused"}]`, 1), sla.ErrInvalidEvent},
		{"wrong type", `{"plan":1}`, sla.ErrInvalidClock},
		{"unknown zone", strings.Replace(good, `{"plan"`, `{"zone":"Mars/Base","plan"`, 1), sla.ErrInvalidClock},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c sla.Clock
			err := json.Unmarshal([]byte(tt.in), &c)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.want), "got %v, want %v", err, tt.want)
			assert.True(t, errors.Is(err, sla.ErrInvalidClock), "got %v, want ErrInvalidClock", err)
			_, serr := c.Status(time.Now())
			assert.Error(t, serr, "a clock that failed to load must stay unusable")
		})
	}
}

func TestClockJSONZeroClock(t *testing.T) {
	_, err := json.Marshal(&sla.Clock{})
	assert.True(t, errors.Is(err, sla.ErrInvalidClock), "got %v, want ErrInvalidClock", err)
}

func FuzzClockJSON(f *testing.F) {
	f.Add(`{"plan":{"name":"Gold","targets":{"1":{"business_hours":"4h"},"2":{"business_hours":"8h"},"3":{"business_days":1},"4":{"business_days":1}}},"calendar":{"timezone":"UTC","hours":{"mon-fri":["09:00-17:00"]}},"options":{},"events":[{"at":"2026-12-24T16:30:00Z","kind":"opened","severity":2},{"at":"2026-12-24T17:30:00Z","kind":"paused"}]}`)
	f.Add(`{"plan":{"name":"Platinum","targets":{"1":{"wall_clock":"2h"},"2":{"business_hours":"4h"},"3":{"business_hours":"8h"},"4":{"business_days":1}}},"calendar":null,"options":{"thresholds":[]},"events":[]}`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, in string) {
		var c sla.Clock
		// Called directly: json.Unmarshal answers bad syntax itself.
		if err := c.UnmarshalJSON([]byte(in)); err != nil {
			if !errors.Is(err, sla.ErrInvalidClock) {
				t.Fatalf("Unmarshal(%q): got %v, want ErrInvalidClock", in, err)
			}
			return
		}
		data, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%q): %v", in, err)
		}
		var back sla.Clock
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(Marshal(Unmarshal(%q))) = %s: %v", in, data, err)
		}
	})
}
