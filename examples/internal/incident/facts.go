package incident

import (
	"fmt"
	"strings"

	"github.com/slaclock/slaclock/severity"
)

// fact is one clause of the severity definitions under a short name.
type fact struct {
	name string
	help string
	set  func(*severity.Facts)
}

// facts follow the order of severity.Facts.
var facts = []fact{
	{"license", "a license-key problem prevents installation and operation", func(f *severity.Facts) { f.LicenseKeyBlocksUse = true }},
	{"enterprise-failure", "enterprise-wide failure of the physical machine", func(f *severity.Facts) { f.EnterpriseWideFailure = true }},
	{"critical-app", "a business-critical application is unusable", func(f *severity.Facts) { f.CriticalAppUnusable = true }},
	{"workaround", "a workaround is available (lowers only critical-app to Severity 2)", func(f *severity.Facts) { f.WorkaroundAvailable = true }},
	{"feature-blocked", "installation or a feature does not work; use is restricted", func(f *severity.Facts) { f.FeatureBlocked = true }},
	{"partial-loss", "partial, non-critical loss of functionality; work continues", func(f *severity.Facts) { f.PartialLoss = true }},
	{"cosmetic", "a cosmetic problem", func(f *severity.Facts) { f.Cosmetic = true }},
	{"usage-question", "a general usage question", func(f *severity.Facts) { f.UsageQuestion = true }},
	{"documentation", "an error in the documentation", func(f *severity.Facts) { f.DocumentationError = true }},
	{"enhancement", "a request for an enhancement", func(f *severity.Facts) { f.EnhancementRequest = true }},
}

// FactNames returns the names ParseFacts accepts, in the order of the
// fields of severity.Facts.
func FactNames() []string {
	out := make([]string, len(facts))
	for i, f := range facts {
		out[i] = f.name
	}
	return out
}

// FactHelp describes the fact names, one per line, each line starting with
// indent.
func FactHelp(indent string) string {
	var b strings.Builder
	for _, f := range facts {
		fmt.Fprintf(&b, "%s%-19s %s\n", indent, f.name, f.help)
	}
	return b.String()
}

// ParseFacts sets the facts the names stand for. Names are matched
// case-insensitively, without surrounding white space; repeating a name is
// harmless. An unknown or empty name is an *Error naming its position
// ("facts[2]") and listing the valid names.
func ParseFacts(names []string) (severity.Facts, error) {
	var f severity.Facts
	for i, n := range names {
		if !SetFact(&f, strings.ToLower(strings.TrimSpace(n))) {
			return severity.Facts{}, fieldError(fmt.Sprintf("facts[%d]", i),
				fmt.Errorf("unknown fact %q: want one of %s", n, strings.Join(FactNames(), ", ")))
		}
	}
	return f, nil
}

// SetFact sets the fact that name, exactly as listed by FactNames, stands
// for, and reports whether it knows the name. It takes bytes too, so that a
// reader of raw input needs no conversion (and no allocation).
func SetFact[S string | []byte](f *severity.Facts, name S) bool {
	for _, c := range facts {
		if string(name) == c.name {
			c.set(f)
			return true
		}
	}
	return false
}
