package plan

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const silverDoc = `{"plans": [
  {
    "name": "Silver",
    "targets": {
      "1": {"business_hours": "8h"},
      "2": {"business_days": 1},
      "3": {"business_days": 2, "day_rule": "end-of-day"},
      "4": {"business_days": 5, "day_rule": "fixed-hours", "hours_per_day": "8h"}
    },
    "web_support": true,
    "max_requests": 20
  },
  {
    "name": "Acme contract",
    "targets": {
      "1": {"wall_clock": "1h"},
      "2": {"wall_clock": "4h"},
      "3": {"business_hours": "1h30m"},
      "4": {"business_days": 1, "day_rule": "same-time"}
    },
    "upgrades": true,
    "phone_support": true,
    "web_support": true
  }
]}`

func TestLoad(t *testing.T) {
	plans, err := Load(strings.NewReader(silverDoc))
	require.NoError(t, err)
	want := []Plan{
		{
			Name: "Silver",
			Targets: [NumLevels]Target{
				{Duration: 8 * time.Hour},
				{BusinessDays: 1},
				{BusinessDays: 2, DayRule: EndOfDay},
				{BusinessDays: 5, DayRule: FixedHours, HoursPerDay: 8 * time.Hour},
			},
			WebSupport:  true,
			MaxRequests: 20,
		},
		{
			Name: "Acme contract",
			Targets: [NumLevels]Target{
				{Clock: WallClock, Duration: time.Hour},
				{Clock: WallClock, Duration: 4 * time.Hour},
				{Duration: 90 * time.Minute},
				{BusinessDays: 1},
			},
			Upgrades: true, PhoneSupport: true, WebSupport: true,
		},
	}
	assert.Equal(t, want, plans)
}

func TestLoadEmptyList(t *testing.T) {
	plans, err := Load(strings.NewReader(`{"plans": []}`))
	require.NoError(t, err)
	assert.Empty(t, plans)
}

// plansDoc wraps plan objects into a document.
func plansDoc(plans ...string) string {
	return `{"plans": [` + strings.Join(plans, ",") + `]}`
}

const okTargets = `"targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}`

// loadErrorCases is the table for TestLoadErrors and part of FuzzLoad's
// seed corpus.
var loadErrorCases = []struct {
	name string
	doc  string
	want string
}{
	{"the issue's example",
		plansDoc(`{"name": "Bronze", `+okTargets+`}`, `{"name": "Silver", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 0}, "4": {"business_days": 1}}}`),
		`plan: plans[1] "Silver": targets["3"].business_days: 0: must be positive`},
	{"negative duration",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "-4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"].business_hours: "-4h": must be positive`},
	{"zero duration",
		plansDoc(`{"name": "S", "targets": {"1": {"wall_clock": "0s"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"].wall_clock: "0s": must be positive`},
	{"bad duration",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4 hours"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"].business_hours: "4 hours": want a duration such as "4h", "90m" or "1h30m"`},
	{"duration as number",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": 4}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"].business_hours: got a JSON number, want a string`},
	{"days as string",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": "1"}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["3"].business_days: got a JSON string, want an integer`},
	{"fractional days",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1.5}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["3"].business_days: got a JSON number 1.5, want an integer`},
	{"missing severity",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["3"]: missing: every severity 1 to 4 needs a target`},
	{"extra severity",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}, "5": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets: "5": unknown severity: want "1" to "4"`},
	{"keys written P1 to P4",
		plansDoc(`{"name": "S", "targets": {"P1": {"business_hours": "4h"}, "P2": {"business_hours": "8h"}, "P3": {"business_days": 1}, "P4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets: "P1": unknown severity: want "1" to "4"`},
	{"one key written sev2",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "sev2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets: "sev2": unknown severity: want "1" to "4"`},
	{"empty target",
		plansDoc(`{"name": "S", "targets": {"1": {}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"]: no target: set one of business_hours, wall_clock and business_days`},
	{"null target",
		plansDoc(`{"name": "S", "targets": {"1": null, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"]: no target: set one of business_hours, wall_clock and business_days`},
	{"two amounts",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h", "wall_clock": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"]: set only one of business_hours, wall_clock and business_days`},
	{"unknown target field",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hour": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"].business_hour: unknown field: want one of business_hours, wall_clock, business_days, day_rule, hours_per_day`},
	{"unknown day rule",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1, "day_rule": "eod"}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["3"].day_rule: "eod": unknown day rule: want "same-time", "end-of-day" or "fixed-hours"`},
	{"day rule on hours",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h", "day_rule": "end-of-day"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["1"].day_rule: "end-of-day": applies only to business_days`},
	{"fixed-hours without hours",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1, "day_rule": "fixed-hours"}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["3"].hours_per_day: day_rule "fixed-hours" needs a duration more than 0 and at most 24h`},
	{"hours per day without fixed-hours",
		plansDoc(`{"name": "S", "targets": {"1": {"business_hours": "4h"}, "2": {"business_hours": "8h"}, "3": {"business_days": 1, "hours_per_day": "8h"}, "4": {"business_days": 1}}}`),
		`plan: plans[0] "S": targets["3"].hours_per_day: "8h": applies only to day_rule "fixed-hours"`},
	{"unknown plan field",
		plansDoc(`{"name": "S", "phone": true, ` + okTargets + `}`),
		`plan: plans[0] "S": phone: unknown field: want one of name, targets, upgrades, phone_support, web_support, max_requests`},
	{"missing name",
		plansDoc(`{` + okTargets + `}`),
		`plan: plans[0]: name: missing: a plan needs a name`},
	{"empty name",
		plansDoc(`{"name": "", ` + okTargets + `}`),
		`plan: plans[0]: name: missing: a plan needs a name`},
	{"missing targets",
		plansDoc(`{"name": "S"}`),
		`plan: plans[0] "S": targets: missing: want an object with a target for each severity "1" to "4"`},
	{"negative requests",
		plansDoc(`{"name": "S", "max_requests": -3, ` + okTargets + `}`),
		`plan: plans[0] "S": max_requests: -3: must not be negative (0 means unlimited)`},
	{"duplicate names",
		plansDoc(`{"name": "Silver", `+okTargets+`}`, `{"name": "SILVER", `+okTargets+`}`),
		`plan: plans[1] "SILVER": name: "SILVER": duplicate of plans[0] "Silver"`},
	{"plan not an object",
		plansDoc(`"Silver"`),
		`plan: plans[0]: got a JSON string, want an object`},
	{"missing plans",
		`{}`,
		`plan: document: plans: missing: want {"plans": [...]}`},
	{"unknown top-level field",
		`{"plan": []}`,
		`plan: document: plan: unknown field: want one of plans`},
	{"a bare array",
		`[]`,
		`plan: document: got a JSON array, want an object`},
	{"syntax error",
		`{"plans": [}`,
		`plan: document: invalid JSON at byte 12: invalid character '}' looking for beginning of value`},
	{"truncated",
		`{"plans": [`,
		`plan: document: invalid JSON: unexpected end of input`},
	{"empty input",
		``,
		`plan: document: invalid JSON: unexpected end of input`},
	{"trailing data",
		`{"plans": []} {}`,
		`plan: document: unexpected data after the document`},
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range loadErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			plans, err := Load(strings.NewReader(tc.doc))
			require.Error(t, err, "got %v, want an error", plans)
			assert.Nil(t, plans)
			assert.ErrorIs(t, err, ErrInvalidPlan)
			assert.Equal(t, tc.want, err.Error())
			var fe *FieldError
			assert.ErrorAs(t, err, &fe)
		})
	}
}

func TestPlanJSONRoundTrip(t *testing.T) {
	loaded, err := Load(strings.NewReader(silverDoc))
	require.NoError(t, err)
	for _, p := range append([]Plan{Gold, Platinum}, loaded...) {
		t.Run(p.Name, func(t *testing.T) {
			b, err := json.Marshal(p)
			require.NoError(t, err)
			var got Plan
			require.NoError(t, json.Unmarshal(b, &got), "decoding %s", b)
			assert.Equal(t, p, got, "round trip through %s", b)
		})
	}
}

func TestPlanJSONShape(t *testing.T) {
	b, err := json.Marshal(Platinum)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"name": "Platinum",
		"targets": {
			"1": {"wall_clock": "2h"},
			"2": {"business_hours": "4h"},
			"3": {"business_hours": "8h"},
			"4": {"business_days": 1, "day_rule": "same-time"}
		},
		"upgrades": true,
		"phone_support": true,
		"web_support": true
	}`, string(b))
}

func TestMarshalInvalid(t *testing.T) {
	_, err := json.Marshal(Plan{Name: "Empty"})
	assert.ErrorIs(t, err, ErrInvalidPlan)
	_, err = json.Marshal(Target{})
	assert.ErrorIs(t, err, ErrInvalidPlan)
}

func TestUnmarshalLeavesValueOnError(t *testing.T) {
	p := Gold
	err := json.Unmarshal([]byte(`{"name": "X"}`), &p)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidPlan)
	assert.Equal(t, Gold, p)

	tg := Target{Duration: time.Hour}
	require.Error(t, json.Unmarshal([]byte(`{"business_days": 0}`), &tg))
	assert.Equal(t, Target{Duration: time.Hour}, tg)

	require.NoError(t, json.Unmarshal([]byte(`null`), &tg))
	assert.Equal(t, Target{Duration: time.Hour}, tg, "null leaves the value alone")
}

func TestTargetJSON(t *testing.T) {
	tests := []struct {
		name   string
		target Target
		json   string
	}{
		{"business hours", Target{Duration: 4 * time.Hour}, `{"business_hours":"4h"}`},
		{"minutes", Target{Duration: 90 * time.Minute}, `{"business_hours":"1h30m"}`},
		{"wall clock", Target{Clock: WallClock, Duration: 2 * time.Hour}, `{"wall_clock":"2h"}`},
		{"same-time", Target{BusinessDays: 1}, `{"business_days":1,"day_rule":"same-time"}`},
		{"end-of-day", Target{BusinessDays: 3, DayRule: EndOfDay}, `{"business_days":3,"day_rule":"end-of-day"}`},
		{"fixed-hours", Target{BusinessDays: 2, DayRule: FixedHours, HoursPerDay: 7*time.Hour + 30*time.Minute},
			`{"business_days":2,"day_rule":"fixed-hours","hours_per_day":"7h30m"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.target)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var got Target
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.target, got, "round trip through %s", b)
		})
	}
	t.Run("day rule may be omitted", func(t *testing.T) {
		var got Target
		require.NoError(t, json.Unmarshal([]byte(`{"business_days": 2}`), &got))
		assert.Equal(t, Target{BusinessDays: 2, DayRule: SameTime}, got)
	})
}

func FuzzLoad(f *testing.F) {
	f.Add(silverDoc)
	for _, tc := range loadErrorCases {
		f.Add(tc.doc)
	}
	for _, p := range []Plan{Gold, Platinum} {
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(plansDoc(string(b)))
	}
	f.Fuzz(func(t *testing.T, doc string) {
		plans, err := Load(strings.NewReader(doc))
		if err != nil {
			if plans != nil {
				t.Errorf("Load returned plans with error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "plan: ") {
				t.Errorf("error %q does not start with the package name", err)
			}
			return
		}
		// Whatever loads is valid and survives a round trip.
		for i, p := range plans {
			if err := p.Validate(); err != nil {
				t.Fatalf("plans[%d] loaded but invalid: %v", i, err)
			}
			for level := 1; level <= NumLevels; level++ {
				if _, err := p.Target(level); err != nil {
					t.Fatalf("plans[%d].Target(%d): %v", i, level, err)
				}
			}
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatalf("marshal plans[%d]: %v", i, err)
			}
			again, err := Load(bytes.NewReader([]byte(plansDoc(string(b)))))
			if err != nil || len(again) != 1 || again[0] != p {
				t.Fatalf("round trip of plans[%d] through %s: got %v, %v", i, b, again, err)
			}
		}
	})
}
