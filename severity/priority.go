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
//	urgent, high, normal, low             → 1, 2, 3, 4   (Zendesk-style)
//	highest, high, medium, low, lowest    → 1, 2, 3, 4, 4 (Jira-style)
//	p1, p2, p3, p4, p5                    → 1, 2, 3, 4, 4
//
// The two five-step scales fold their lowest step into Severity 4. The map
// is the caller's to change; each call returns a fresh one.
func DefaultPriorities() PriorityMap {
	return PriorityMap{
		"urgent": Sev1, "high": Sev2, "normal": Sev3, "low": Sev4,
		"highest": Sev1, "medium": Sev3, "lowest": Sev4,
		"p1": Sev1, "p2": Sev2, "p3": Sev3, "p4": Sev4, "p5": Sev4,
	}
}

// Level returns the level the map gives the priority name. It is an error
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
