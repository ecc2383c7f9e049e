package severity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultPriorities(t *testing.T) {
	tests := []struct {
		name     string
		priority string
		want     Level
	}{
		{"zendesk urgent", "urgent", Sev1},
		{"zendesk high", "high", Sev2},
		{"zendesk normal", "normal", Sev3},
		{"zendesk low", "low", Sev4},
		{"jira Highest", "Highest", Sev1},
		{"jira High", "High", Sev2},
		{"jira Medium", "Medium", Sev3},
		{"jira Low", "Low", Sev4},
		{"jira Lowest", "Lowest", Sev4},
		{"P1", "P1", Sev1},
		{"P2", "P2", Sev2},
		{"P3", "P3", Sev3},
		{"P4", "P4", Sev4},
		{"P5", "P5", Sev4},
		{"upper case and space", "  URGENT ", Sev1},
		{"plain critical", "critical", Sev1},
		{"Critical", "Critical", Sev1},
		{"servicenow 1 - Critical", "1 - Critical", Sev1},
		{"servicenow 2 - High", "2 - High", Sev2},
		{"servicenow 3 - Moderate", "3 - Moderate", Sev3},
		{"servicenow 4 - Low", "4 - Low", Sev4},
		{"servicenow 5 - Planning", "5 - Planning", Sev4},
		{"servicenow without spaces", "1-Critical", Sev1},
		{"jira server Blocker", "Blocker", Sev1},
		{"jira server Critical", "Critical", Sev1},
		{"jira server Major", "Major", Sev2},
		{"jira server Minor", "Minor", Sev3},
		{"jira server Trivial", "Trivial", Sev4},
	}
	m := DefaultPriorities()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := m.Level(tc.priority)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got, "Level(%q): got %v, want %v", tc.priority, got, tc.want)
		})
	}
}

func TestPriorityMapErrors(t *testing.T) {
	t.Run("unknown name lists the known ones", func(t *testing.T) {
		_, err := PriorityMap{"high": Sev2, "low": Sev4}.Level("blocker")
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrUnknownPriority)
		assert.Equal(t, `severity: unknown priority "blocker": want one of "high", "low"`, err.Error())
	})
	t.Run("nil map", func(t *testing.T) {
		var m PriorityMap
		_, err := m.Level("high")
		assert.ErrorIs(t, err, ErrUnknownPriority)
	})
	t.Run("value out of range", func(t *testing.T) {
		_, err := PriorityMap{"p0": 0}.Level("p0")
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrUnknown)
		assert.Contains(t, err.Error(), `"p0"`)
	})
}

func TestPriorityMapOverride(t *testing.T) {
	m := DefaultPriorities()
	m["Blocker"] = Sev1 // a key in any case is found
	m["low"] = Sev3
	delete(m, "p5")

	got, err := m.Level("blocker")
	require.NoError(t, err)
	assert.Equal(t, Sev1, got)

	got, err = m.Level("Low")
	require.NoError(t, err)
	assert.Equal(t, Sev3, got, "overridden low: got %v, want %v", got, Sev3)

	_, err = m.Level("P5")
	assert.ErrorIs(t, err, ErrUnknownPriority)

	// The change is local: a new default map is untouched.
	got, err = DefaultPriorities().Level("low")
	require.NoError(t, err)
	assert.Equal(t, Sev4, got, "fresh default low: got %v, want %v", got, Sev4)
}

// TestPriorityMapParse: one call for a severity or a priority name.
func TestPriorityMapParse(t *testing.T) {
	m := DefaultPriorities()
	for in, want := range map[string]Level{
		"1": Sev1, "S2": Sev2, "Severity 3": Sev3, "sev-4": Sev4, "P1": Sev1, "P5": Sev4,
		"critical": Sev1, "1 - Critical": Sev1, "5 - Planning": Sev4, "blocker": Sev1, "Medium": Sev3,
	} {
		got, err := m.Parse(in)
		require.NoError(t, err, "Parse(%q)", in)
		assert.Equal(t, want, got, "Parse(%q): got %v, want %v", in, got, want)
	}
	for _, in := range []string{"", "S5", "9 - Critical?", "- Critical", "x - Critical", "Critical -", "sev 0", "1 - 2 - 3"} {
		_, err := m.Parse(in)
		assert.ErrorIs(t, err, ErrUnknownPriority, "Parse(%q)", in)
	}
}
