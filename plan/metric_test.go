package plan

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const metricsDoc = `{"plans": [{
  "name": "Diamond",
  "targets": {"1": {"wall_clock": "1h"}, "2": {"business_hours": "2h"}, "3": {"business_hours": "4h"}, "4": {"business_days": 1}},
  "next_response": {"1": {"wall_clock": "2h"}, "2": {"business_hours": "4h"}, "3": {"business_days": 1}, "4": {"business_days": 2}},
  "resolution": {"1": {"wall_clock": "24h"}, "2": {"business_days": 3}, "3": {"business_days": 10, "day_rule": "end-of-day"}, "4": {"business_days": 30}}
}]}`

func diamond(t *testing.T) Plan {
	t.Helper()
	plans, err := Load(strings.NewReader(metricsDoc))
	require.NoError(t, err)
	return plans[0]
}

func TestLoadMetrics(t *testing.T) {
	p := diamond(t)
	tests := []struct {
		name   string
		metric Metric
		level  int
		want   Target
	}{
		{"first response sev 1", FirstResponse, 1, Target{Clock: WallClock, Duration: time.Hour}},
		{"next response sev 2", NextResponse, 2, Target{Duration: 4 * time.Hour}},
		{"next response sev 4", NextResponse, 4, Target{BusinessDays: 2}},
		{"resolution sev 1", Resolution, 1, Target{Clock: WallClock, Duration: 24 * time.Hour}},
		{"resolution sev 3", Resolution, 3, Target{BusinessDays: 10, DayRule: EndOfDay}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.TargetFor(tt.metric, tt.level)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "TargetFor(%v, %d): got %v, want %v", tt.metric, tt.level, got, tt.want)
		})
	}
	assert.True(t, p.Sets(NextResponse) && p.Sets(Resolution), "Diamond sets every metric")
}

func TestTargetForErrors(t *testing.T) {
	p := diamond(t)
	tests := []struct {
		name   string
		plan   Plan
		metric Metric
		level  int
		want   error
		text   string
	}{
		{"Gold sets no resolution", Gold, Resolution, 1, ErrNoTarget, `plan "Gold" sets no resolution target`},
		{"Platinum sets no next response", Platinum, NextResponse, 2, ErrNoTarget, `no "next_response"`},
		{"level 0", p, Resolution, 0, ErrInvalidLevel, "0 in plan"},
		{"level 5 on a plan without the metric", Gold, Resolution, 5, ErrInvalidLevel, "5 in plan"},
		{"unknown metric", p, Metric(7), 1, ErrInvalidLevel, "metric: 7"},
		{"invalid target", Plan{Name: "X", Targets: Gold.Targets, Resolution: [NumLevels]Target{{Duration: time.Hour}}}, Resolution, 2, ErrInvalidPlan, `resolution["2"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.plan.TargetFor(tt.metric, tt.level)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want, "got %v, want an error wrapping %v", err, tt.want)
			assert.Contains(t, err.Error(), tt.text)
		})
	}
	// FirstResponse is Target.
	for level := 1; level <= NumLevels; level++ {
		got, err := Gold.TargetFor(FirstResponse, level)
		require.NoError(t, err)
		want, _ := Gold.Target(level)
		assert.Equal(t, want, got, "level %d: got %v, want %v", level, got, want)
	}
	assert.False(t, Gold.Sets(Resolution) || Gold.Sets(NextResponse) || Platinum.Sets(Resolution) || Platinum.Sets(NextResponse),
		"Gold and Platinum promise only the first response")
}

func TestValidateMetrics(t *testing.T) {
	partial := Plan{Name: "Half", Targets: Gold.Targets}
	partial.Resolution[0] = Target{Duration: time.Hour}
	err := partial.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidPlan)
	assert.Equal(t, `plan: "Half": resolution["2"]: no target: set business_hours, wall_clock or business_days`, err.Error())
}

func TestLoadMetricErrors(t *testing.T) {
	first := `"targets": {"1": {"business_hours": "1h"}, "2": {"business_hours": "1h"}, "3": {"business_hours": "1h"}, "4": {"business_hours": "1h"}}`
	tests := []struct {
		name, body, want string
	}{
		{"resolution missing a level", `"resolution": {"1": {"business_hours": "1h"}, "2": {"business_hours": "1h"}, "3": {"business_hours": "1h"}}`,
			`plan: plans[0] "S": resolution["4"]: missing: every severity 1 to 4 needs a target`},
		{"next response keyed P1", `"next_response": {"P1": {"business_hours": "1h"}}`,
			`plan: plans[0] "S": next_response: "P1": unknown severity: want "1" to "4"`},
		{"resolution empty object", `"resolution": {}`,
			`plan: plans[0] "S": resolution["1"]: missing: every severity 1 to 4 needs a target`},
		{"bad duration", `"next_response": {"1": {"business_hours": "-1h"}, "2": {"business_hours": "1h"}, "3": {"business_hours": "1h"}, "4": {"business_hours": "1h"}}`,
			`plan: plans[0] "S": next_response["1"].business_hours: "-1h": must be positive`},
		{"not an object", `"resolution": [1]`,
			`plan: plans[0] "S": resolution: got a JSON array, want an object`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `{"plans": [{"name": "S", ` + first + `, ` + tt.body + `}]}`
			plans, err := Load(strings.NewReader(doc))
			require.Error(t, err)
			assert.Nil(t, plans)
			assert.True(t, errors.Is(err, ErrInvalidPlan), "got %v, want ErrInvalidPlan", err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestMetricsRoundTrip(t *testing.T) {
	p := diamond(t)
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"resolution":{"1":{"wall_clock":"24h"}`)
	var back Plan
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, p, back)

	// A plan without the metrics writes none.
	gold, err := json.Marshal(Gold)
	require.NoError(t, err)
	assert.NotContains(t, string(gold), "resolution")
	assert.NotContains(t, string(gold), "next_response")
}

func TestMetricText(t *testing.T) {
	for _, m := range []Metric{FirstResponse, NextResponse, Resolution} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Metric = -1
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back, "got %v, want %v", back, m)
	}
	assert.Equal(t, "resolution", Resolution.String())
	assert.Equal(t, "plan.Metric(9)", Metric(9).String())
	_, err := Metric(9).MarshalText()
	assert.Error(t, err)
	m := Resolution
	assert.Error(t, m.UnmarshalText([]byte("Resolution")))
	assert.Equal(t, Resolution, m, "a failed UnmarshalText changed the metric")
}
