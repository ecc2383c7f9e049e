package severity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name       string
		facts      Facts
		want       Level
		wantReason string
	}{
		{"license key", Facts{LicenseKeyBlocksUse: true}, Sev1,
			"Severity 1: a license-key problem prevents installation and operation"},
		{"license key with workaround is still Sev1", Facts{LicenseKeyBlocksUse: true, WorkaroundAvailable: true}, Sev1,
			"Severity 1: a license-key problem prevents installation and operation"},
		{"enterprise-wide failure", Facts{EnterpriseWideFailure: true}, Sev1,
			"Severity 1: an enterprise-wide failure of the physical machine"},
		{"enterprise-wide failure with workaround is still Sev1", Facts{EnterpriseWideFailure: true, WorkaroundAvailable: true}, Sev1,
			"Severity 1: an enterprise-wide failure of the physical machine"},
		{"critical app, no workaround", Facts{CriticalAppUnusable: true}, Sev1,
			"Severity 1: a business-critical application is unusable and no workaround is available"},
		{"critical app with workaround is Sev2", Facts{CriticalAppUnusable: true, WorkaroundAvailable: true}, Sev2,
			"Severity 2: a business-critical application is unusable, but a workaround is available"},
		{"critical app with workaround and license block is Sev1", Facts{CriticalAppUnusable: true, WorkaroundAvailable: true, LicenseKeyBlocksUse: true}, Sev1,
			"Severity 1: a license-key problem prevents installation and operation"},
		{"first Sev1 clause wins the reason", Facts{EnterpriseWideFailure: true, CriticalAppUnusable: true}, Sev1,
			"Severity 1: an enterprise-wide failure of the physical machine"},
		{"feature blocked", Facts{FeatureBlocked: true}, Sev2,
			"Severity 2: installation or a feature does not work, so use is restricted"},
		{"feature blocked with workaround is still Sev2", Facts{FeatureBlocked: true, WorkaroundAvailable: true}, Sev2,
			"Severity 2: installation or a feature does not work, so use is restricted"},
		{"partial loss", Facts{PartialLoss: true}, Sev3,
			"Severity 3: partial, non-critical loss of functionality; some operations are impaired, but work can continue"},
		{"partial loss with workaround is still Sev3", Facts{PartialLoss: true, WorkaroundAvailable: true}, Sev3,
			"Severity 3: partial, non-critical loss of functionality; some operations are impaired, but work can continue"},
		{"cosmetic", Facts{Cosmetic: true}, Sev4, "Severity 4: a cosmetic problem"},
		{"usage question", Facts{UsageQuestion: true}, Sev4, "Severity 4: a general usage question"},
		{"documentation error", Facts{DocumentationError: true}, Sev4, "Severity 4: a documentation error"},
		{"enhancement request", Facts{EnhancementRequest: true}, Sev4, "Severity 4: an enhancement request"},
		{"highest wins over Sev4", Facts{Cosmetic: true, PartialLoss: true}, Sev3,
			"Severity 3: partial, non-critical loss of functionality; some operations are impaired, but work can continue"},
		{"highest wins over Sev3", Facts{PartialLoss: true, FeatureBlocked: true}, Sev2,
			"Severity 2: installation or a feature does not work, so use is restricted"},
		{"everything set", Facts{true, true, true, true, true, true, true, true, true, true}, Sev1,
			"Severity 1: a license-key problem prevents installation and operation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Classify(tc.facts)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Level, "level: got %v, want %v", got.Level, tc.want)
			assert.Equal(t, tc.wantReason, got.Reason, "reason: got %q, want %q", got.Reason, tc.wantReason)
		})
	}
}

func TestClassifyNoFacts(t *testing.T) {
	tests := []struct {
		name  string
		facts Facts
	}{
		{"nothing set", Facts{}},
		{"only a workaround", Facts{WorkaroundAvailable: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Classify(tc.facts)
			require.Error(t, err, "got %+v, want an error", got)
			assert.ErrorIs(t, err, ErrNoFacts)
			assert.Equal(t, Classification{}, got)
		})
	}
}

// TestClassifyAllCombinations checks the definition's algebra over every
// combination of facts: the level is the most severe matching clause, and
// the workaround only matters for a business-critical application.
func TestClassifyAllCombinations(t *testing.T) {
	for bits := range 1 << 10 {
		f := Facts{
			LicenseKeyBlocksUse: bits&1 != 0, EnterpriseWideFailure: bits&2 != 0,
			CriticalAppUnusable: bits&4 != 0, WorkaroundAvailable: bits&8 != 0,
			FeatureBlocked: bits&16 != 0, PartialLoss: bits&32 != 0,
			Cosmetic: bits&64 != 0, UsageQuestion: bits&128 != 0,
			DocumentationError: bits&256 != 0, EnhancementRequest: bits&512 != 0,
		}
		var want Level
		switch {
		case f.LicenseKeyBlocksUse || f.EnterpriseWideFailure || f.CriticalAppUnusable && !f.WorkaroundAvailable:
			want = Sev1
		case f.CriticalAppUnusable || f.FeatureBlocked:
			want = Sev2
		case f.PartialLoss:
			want = Sev3
		case f.Cosmetic || f.UsageQuestion || f.DocumentationError || f.EnhancementRequest:
			want = Sev4
		}
		got, err := Classify(f)
		if want == 0 {
			assert.ErrorIs(t, err, ErrNoFacts, "facts %+v", f)
			continue
		}
		require.NoError(t, err, "facts %+v", f)
		assert.Equal(t, want, got.Level, "facts %+v: got %v, want %v", f, got.Level, want)
		assert.Regexp(t, `^`+want.String()+`: \S`, got.Reason, "facts %+v", f)
	}
}
