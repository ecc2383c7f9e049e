package plan_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
)

// TestContractJSONRoundTrip: json.Marshal of a Contract used to give {}.
func TestContractJSONRoundTrip(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	for _, start := range []time.Time{
		time.Date(2026, 1, 31, 10, 0, 0, 0, berlin),                 // month-end clamping
		time.Date(2026, 3, 29, 2, 30, 0, 0, time.UTC),               // no zone change
		time.Date(2024, 10, 27, 2, 30, 0, 0, berlin),                // a repeated hour
		time.Date(2026, 6, 1, 9, 0, 0, 0, time.FixedZone("", 3600)), // a fixed offset
	} {
		c, err := plan.NewContract(plan.Platinum, start, 1)
		require.NoError(t, err)
		data, err := json.Marshal(c)
		require.NoError(t, err)
		var back plan.Contract
		require.NoError(t, json.Unmarshal(data, &back), "Unmarshal(%s)", data)
		assert.True(t, back.Start().Equal(c.Start()), "Start: got %s, want %s", back.Start(), c.Start())
		assert.True(t, back.End().Equal(c.End()), "End: got %s, want %s", back.End(), c.End())
		assert.Equal(t, c.Renewals(), back.Renewals())
		assert.Equal(t, c.Plan(), back.Plan())
		assert.Equal(t, c.Start().Location().String(), back.Start().Location().String())
	}
}

func TestContractJSONZero(t *testing.T) {
	data, err := json.Marshal(plan.Contract{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(data))
}

func TestContractJSONRefuses(t *testing.T) {
	c, err := plan.NewContract(plan.Gold, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 0)
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	good := string(data)
	tests := []struct {
		name, in string
		want     error
	}{
		{"too many renewals", strings.Replace(good, `"renewals":0`, `"renewals":3`, 1), plan.ErrInvalidContract},
		{"zero start", strings.Replace(good, `"2026-01-01T00:00:00Z"`, `"0001-01-01T00:00:00Z"`, 1), plan.ErrInvalidContract},
		{"unknown field", strings.Replace(good, `"renewals"`, `"renewal"`, 1), plan.ErrInvalidContract},
		{"unknown zone", strings.Replace(good, `"zone":"UTC"`, `"zone":"Mars/Base"`, 1), plan.ErrInvalidContract},
		{"bad plan", strings.Replace(good, `"4h"`, `"0h"`, 1), plan.ErrInvalidPlan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotEqual(t, good, tt.in, "the case must change the document")
			var back plan.Contract
			err := json.Unmarshal([]byte(tt.in), &back)
			assert.True(t, errors.Is(err, tt.want), "got %v, want %v", err, tt.want)
			assert.Equal(t, plan.Contract{}, back, "unchanged on error")
		})
	}
}
