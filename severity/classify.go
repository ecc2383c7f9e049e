package severity

import "errors"

// ErrNoFacts is wrapped by the error Classify returns when the facts
// describe no problem at all.
var ErrNoFacts = errors.New("severity: no facts to classify")

// Facts are what a support agent knows about an incident, one flag per
// clause of the severity definitions. Set every flag that is true; Classify
// picks the severity.
type Facts struct {
	LicenseKeyBlocksUse   bool // a license-key problem prevents installation and operation
	EnterpriseWideFailure bool // enterprise-wide failure of the physical machine
	CriticalAppUnusable   bool // a business-critical application is unusable
	WorkaroundAvailable   bool // a workaround exists; lowers only CriticalAppUnusable to Severity 2
	FeatureBlocked        bool // installation or a feature does not work; use restricted
	PartialLoss           bool // partial, non-critical loss; work continues

	Cosmetic           bool // a cosmetic problem
	UsageQuestion      bool // a general usage question
	DocumentationError bool // an error in the documentation
	EnhancementRequest bool // a request for an enhancement
}

// A Classification is the severity Classify chose and the definition that
// made it so.
type Classification struct {
	Level Level
	// Reason quotes the matching clause of the severity definition in plain
	// words, ready to paste into a ticket: "Severity 1: a business-critical
	// application is unusable and no workaround is available".
	Reason string
}

// clause is one clause of the severity definitions, in the order Classify
// tries them.
type clause struct {
	level  Level
	text   string
	admits func(Facts) bool
}

// clauses lists the definitions most severe first; within a level, in the
// order the definition states them.
var clauses = []clause{
	{Sev1, "a license-key problem prevents installation and operation",
		func(f Facts) bool { return f.LicenseKeyBlocksUse }},
	{Sev1, "an enterprise-wide failure of the physical machine",
		func(f Facts) bool { return f.EnterpriseWideFailure }},
	{Sev1, "a business-critical application is unusable and no workaround is available",
		func(f Facts) bool { return f.CriticalAppUnusable && !f.WorkaroundAvailable }},
	{Sev2, "a business-critical application is unusable, but a workaround is available",
		func(f Facts) bool { return f.CriticalAppUnusable && f.WorkaroundAvailable }},
	{Sev2, "installation or a feature does not work, so use is restricted",
		func(f Facts) bool { return f.FeatureBlocked }},
	{Sev3, "partial, non-critical loss of functionality; some operations are impaired, but work can continue",
		func(f Facts) bool { return f.PartialLoss }},
	{Sev4, "a cosmetic problem",
		func(f Facts) bool { return f.Cosmetic }},
	{Sev4, "a general usage question",
		func(f Facts) bool { return f.UsageQuestion }},
	{Sev4, "a documentation error",
		func(f Facts) bool { return f.DocumentationError }},
	{Sev4, "an enhancement request",
		func(f Facts) bool { return f.EnhancementRequest }},
}

// Classify returns the most severe level whose definition the facts match:
//
//   - Severity 1: a license-key problem prevents installation and operation;
//     or an enterprise-wide failure of the physical machine; or a
//     business-critical application is unusable and no workaround is
//     available.
//   - Severity 2: a business-critical application is unusable but a
//     workaround is available; or installation or a feature does not work,
//     so use is restricted.
//   - Severity 3: partial, non-critical loss of functionality.
//   - Severity 4: a cosmetic problem, a general usage question, a
//     documentation error or an enhancement request.
//
// WorkaroundAvailable qualifies only the business-critical-application
// clause: a license-key block or an enterprise-wide failure is Severity 1
// with or without a workaround, and a workaround does not lower any other
// clause.
//
// When several clauses of the winning level match, Reason quotes the first
// in the order above. When no clause matches (no flag set, or only
// WorkaroundAvailable) Classify returns an error wrapping ErrNoFacts rather
// than guessing.
func Classify(f Facts) (Classification, error) {
	for _, c := range clauses {
		if c.admits(f) {
			return Classification{Level: c.level, Reason: c.level.String() + ": " + c.text}, nil
		}
	}
	if f.WorkaroundAvailable {
		return Classification{}, &inputError{
			input:  "WorkaroundAvailable",
			reason: "a workaround alone describes no problem; set the facts of the problem too",
			err:    ErrNoFacts,
		}
	}
	return Classification{}, ErrNoFacts
}
