package severity

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// ErrUnknownPriority is wrapped when a priority name is not in a
// PriorityMap.
var ErrUnknownPriority = errors.New("severity: unknown priority")

// A PriorityMap maps the priority names of a ticketing system to severity
// levels, for integrations that receive a priority rather than a severity.
//
// Names are matched case-insensitively and without surrounding white space,
// so a key "Highest" matches "highest" and " HIGHEST ". A nil PriorityMap
// knows no names. DefaultPriorities returns the mapping for common ticketing
// systems; copy and change it to suit yours:
//
//	m := severity.DefaultPriorities()
//	m["blocker"] = severity.Sev1
//	delete(m, "p5")
type PriorityMap map[string]Level

// DefaultPriorities returns a new map of the priority names of common
// ticketing systems:
//
//	urgent, high, normal, low                     → 1, 2, 3, 4    (Zendesk)
//	highest, high, medium, low, lowest            → 1, 2, 3, 4, 4 (Jira Cloud)
//	blocker, critical, major, minor, trivial      → 1, 1, 2, 3, 4 (Jira Server's older scheme)
//	critical, high, moderate, low, planning       → 1, 2, 3, 4, 4 (ServiceNow)
//	p1, p2, p3, p4, p5                            → 1, 2, 3, 4, 4
//
// The five-step scales fold their lowest step into Severity 4. "critical"
// is Severity 1 in every scale: it is ServiceNow's top step, and in Jira's
// older scheme it means crashes and data loss, which the plans' Severity 1
// covers, beside "blocker". ServiceNow writes its priorities with their
// number, "1 - Critical" … "5 - Planning"; Level reads that form by its name.
// The map is the caller's to change; each call returns a fresh one.
func DefaultPriorities() PriorityMap {
	return PriorityMap{
		"urgent": Sev1, "high": Sev2, "normal": Sev3, "low": Sev4,
		"highest": Sev1, "medium": Sev3, "lowest": Sev4,
		"blocker": Sev1, "critical": Sev1, "major": Sev2, "minor": Sev3, "trivial": Sev4,
		"moderate": Sev3, "planning": Sev4,
		"p1": Sev1, "p2": Sev2, "p3": Sev3, "p4": Sev4, "p5": Sev4,
	}
}

// Parse reads s as a severity (see the package-level Parse: "1", "S1",
// "Severity 1") or, failing that, as a priority name of the map ("Critical",
// "1 - Critical", "blocker"): the one call for an integration that receives
// either. The error, when both fail, wraps ErrUnknownPriority and lists the
// map's names.
func (m PriorityMap) Parse(s string) (Level, error) {
	if l, err := Parse(s); err == nil {
		return l, nil
	}
	return m.Level(s)
}

// Level returns the level the map gives the priority name. A name of the
// form "N - Name" (ServiceNow's "1 - Critical") that the map does not hold
// as a whole is looked up by its Name part. It is an error
// wrapping ErrUnknownPriority, listing the known names, when the map has no
// such name, and an error wrapping ErrUnknown when the map gives the name a
// value that is not a severity.
func (m PriorityMap) Level(priority string) (Level, error) {
	name := strings.TrimSpace(priority)
	l, ok := m[strings.ToLower(name)]
	if !ok {
		for k, v := range m {
			if strings.EqualFold(strings.TrimSpace(k), name) {
				l, ok = v, true
				break
			}
		}
	}
	if !ok {
		if num, word, found := strings.Cut(name, "-"); found && isNumber(strings.TrimSpace(num)) && strings.TrimSpace(word) != "" {
			if l, err := m.Level(strings.TrimSpace(word)); err == nil {
				return l, nil
			}
		}
		return 0, &inputError{
			input:  priority,
			reason: "want one of " + m.names(),
			err:    ErrUnknownPriority,
		}
	}
	if !l.Valid() {
		return 0, &inputError{
			input:  priority,
			reason: "the priority map gives it level " + strconv.Itoa(int(l)) + ", which is not 1 to 4",
			err:    ErrUnknown,
		}
	}
	return l, nil
}

// names lists the map's keys, sorted, for error messages.
func (m PriorityMap) names() string {
	if len(m) == 0 {
		return "nothing (the priority map is empty)"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, strconv.Quote(k))
	}
	slices.Sort(keys)
	return strings.Join(keys, ", ")
}

// isNumber reports whether s is one or more ASCII digits.
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
