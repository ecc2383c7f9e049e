package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCoversUpgrade(t *testing.T) {
	noUpgrades := Gold
	noUpgrades.Name = "Basic"
	noUpgrades.Upgrades = false
	rel := func(version string) Release { return Release{Product: "Ledger", Version: version} }

	tests := []struct {
		name        string
		plan        Plan
		installed   Release
		offered     Release
		wantCovered bool
		wantReason  string
	}{
		{"major", Gold, rel("1.0"), rel("2.0"), true, "covered: major release 1.0 → 2.0 of the same product line"},
		{"minor", Gold, rel("2.0"), rel("2.1"), true, "covered: minor release 2.0 → 2.1 of the same product line"},
		{"maintenance letter", Platinum, rel("2.01"), rel("2.01a"), true, "covered: maintenance release 2.01 → 2.01a of the same product line"},
		{"maintenance letter to letter", Gold, rel("2.01a"), rel("2.01b"), true, "covered: maintenance release 2.01a → 2.01b of the same product line"},
		{"maintenance third number", Gold, rel("2.1"), rel("2.1.1"), true, "covered: maintenance release 2.1 → 2.1.1 of the same product line"},
		{"skipping a major", Gold, rel("1.4"), rel("3.0"), true, "covered: major release 1.4 → 3.0 of the same product line"},
		{"numbers compare as numbers", Gold, rel("2.9"), rel("2.10"), true, "covered: minor release 2.9 → 2.10 of the same product line"},
		{"leading v and case", Gold, Release{Product: "ledger", Version: "v1.0"}, Release{Product: " LEDGER ", Version: "V2.0"}, true, "covered: major release v1.0 → V2.0 of the same product line"},
		{"from a beta to its release", Gold, rel("2.0-beta2"), rel("2.0"), true, "covered: maintenance release 2.0-beta2 → 2.0 of the same product line"},
		{"direct successor product", Gold, Release{Product: "Ledger", Version: "9.2"}, Release{Product: "Ledger Cloud", Version: "1.0", DirectSuccessor: true}, true, `covered: "Ledger Cloud" is the direct successor of "Ledger"`},
		{"add-on", Gold, rel("2.0"), Release{Product: "Ledger", Version: "2.0", Kind: Extension}, false, "not covered: extensions, add-ons and accessory products are excluded"},
		{"beta by kind", Gold, rel("2.0"), Release{Product: "Ledger", Version: "3.0", Kind: PreRelease}, false, "not covered: pre-release and beta versions are excluded"},
		{"beta by version", Gold, rel("2.0"), rel("3.0-beta1"), false, "not covered: 3.0-beta1 is a pre-release version; pre-release and beta versions are excluded"},
		{"rc by version", Gold, rel("2.0"), rel("3.0rc1"), false, "not covered: 3.0rc1 is a pre-release version; pre-release and beta versions are excluded"},
		{"not a direct successor", Gold, Release{Product: "Ledger", Version: "9.2"}, Release{Product: "Books", Version: "1.0"}, false, `not covered: "Books" is not the same product line as "Ledger", nor its direct successor`},
		{"same version", Gold, rel("2.1"), rel("2.1"), false, "not covered: 2.1 is not later than the installed 2.1"},
		{"2.01 is 2.1", Gold, rel("2.1"), rel("2.01"), false, "not covered: 2.01 is not later than the installed 2.1"},
		{"missing numbers are zero", Gold, rel("2"), rel("2.0.0"), false, "not covered: 2.0.0 is not later than the installed 2"},
		{"downgrade", Gold, rel("2.1"), rel("2.0"), false, "not covered: 2.0 is not later than the installed 2.1"},
		{"letter downgrade", Gold, rel("2.01b"), rel("2.01a"), false, "not covered: 2.01a is not later than the installed 2.01b"},
		{"plan without upgrades", noUpgrades, rel("1.0"), rel("2.0"), false, `not covered: plan "Basic" does not include software upgrades`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.plan.CoversUpgrade(tc.installed, tc.offered)
			require.NoError(t, err)
			assert.Equal(t, tc.wantCovered, got.Covered, "covered: got %v, want %v (%s)", got.Covered, tc.wantCovered, got.Reason)
			assert.Equal(t, tc.wantReason, got.Reason)
		})
	}
}

func TestCoversUpgradeErrors(t *testing.T) {
	tests := []struct {
		name      string
		installed string
		offered   string
		kind      ReleaseKind
		want      string
	}{
		{"empty installed", "", "2.0", Successor, `plan: invalid release: installed version "": want numbers separated by dots, such as 2.1`},
		{"word", "1.0", "latest", Successor, `plan: invalid release: offered version "latest": want numbers separated by dots, such as 2.1`},
		{"trailing dot", "1.0", "2.", Successor, `plan: invalid release: offered version "2.": want a pre-release suffix of letters, digits and dots after "."`},
		{"junk suffix", "1.0", "2.0xyz", Successor, `plan: invalid release: offered version "2.0xyz": unexpected "xyz" after the numbers; want a maintenance letter (2.01a) or a pre-release suffix (2.0-beta1)`},
		{"huge number", "1.0", "99999999999", Successor, `plan: invalid release: offered version "99999999999": number 99999999999 too large`},
		{"bad kind", "1.0", "2.0", 7, `plan: invalid release: offered kind 7: want Successor, Extension or PreRelease`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Gold.CoversUpgrade(Release{Version: tc.installed}, Release{Version: tc.offered, Kind: tc.kind})
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidRelease)
			assert.Equal(t, tc.want, err.Error())
		})
	}
}

func TestReleaseKindString(t *testing.T) {
	assert.Equal(t, "successor", Successor.String())
	assert.Equal(t, "extension", Extension.String())
	assert.Equal(t, "pre-release", PreRelease.String())
	assert.Equal(t, "plan.ReleaseKind(5)", ReleaseKind(5).String())
}
