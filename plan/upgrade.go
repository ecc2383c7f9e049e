package plan

import (
	"fmt"
	"strconv"
	"strings"
)

// A ReleaseKind says what sort of release is offered.
type ReleaseKind int

const (
	// Successor is a general-availability release that follows the
	// installed one: a major, minor or maintenance release of the same
	// product line, or of a product that directly succeeds it. It is the
	// zero value.
	Successor ReleaseKind = iota
	// Extension is an extension, add-on or accessory product.
	Extension
	// PreRelease is a beta or other pre-release version.
	PreRelease
)

// String returns "successor", "extension" or "pre-release".
func (k ReleaseKind) String() string {
	switch k {
	case Successor:
		return "successor"
	case Extension:
		return "extension"
	case PreRelease:
		return "pre-release"
	}
	return "plan.ReleaseKind(" + strconv.Itoa(int(k)) + ")"
}

// A Release is a version of a product.
type Release struct {
	// Product names the product line, compared case-insensitively and
	// ignoring surrounding white space. Leave it empty in both releases
	// when the caller has already established they are the same line.
	Product string

	// Version is the release's version: numbers separated by dots, an
	// optional leading "v", and optionally a maintenance letter ("2.01a")
	// or a pre-release suffix ("2.0-beta1", "2.0rc1", "3.0beta"). Numbers
	// compare as numbers, so "2.10" is after "2.9" and "2.01" is the same
	// version as "2.1"; missing numbers are 0, so "2" is "2.0".
	Version string

	// Kind is what sort of release it is; only the offered release's Kind
	// matters.
	Kind ReleaseKind

	// DirectSuccessor, on the offered release, says that its product,
	// though named differently, is the direct successor of the installed
	// product line. Successor products that are not direct successors are
	// not covered.
	DirectSuccessor bool
}

// An UpgradeDecision says whether a plan covers an upgrade, and why.
type UpgradeDecision struct {
	Covered bool
	// Reason explains the decision in a sentence a support agent can quote:
	// "covered: major release 1.0 → 2.0 of the same product line".
	Reason string
}

// CoversUpgrade reports whether the plan covers upgrading from the
// installed release to the offered one. A plan with Upgrades covers major
// (1.0 → 2.0), minor (2.0 → 2.1) and maintenance (2.01 → 2.01a, 2.1 →
// 2.1.1) releases of the same product line, and a general-availability
// release of a product that directly succeeds it. It does not cover
// extensions, add-ons or accessory products, pre-release or beta versions
// (by Kind or by a pre-release suffix on the version), successor products
// that are not direct successors, or an offered version that is not later
// than the installed one.
//
// It is an error wrapping ErrInvalidRelease when a version cannot be read
// or the offered Kind is not one of the constants.
func (p Plan) CoversUpgrade(installed, offered Release) (UpgradeDecision, error) {
	from, err := parseVersion(installed.Version)
	if err != nil {
		return UpgradeDecision{}, fmt.Errorf("%w: installed version %s: %v", ErrInvalidRelease, quoteCut(installed.Version), err)
	}
	to, err := parseVersion(offered.Version)
	if err != nil {
		return UpgradeDecision{}, fmt.Errorf("%w: offered version %s: %v", ErrInvalidRelease, quoteCut(offered.Version), err)
	}
	no := func(format string, a ...any) (UpgradeDecision, error) {
		return UpgradeDecision{Reason: "not covered: " + fmt.Sprintf(format, a...)}, nil
	}
	switch offered.Kind {
	case Successor:
	case Extension:
		return no("extensions, add-ons and accessory products are excluded")
	case PreRelease:
		return no("pre-release and beta versions are excluded")
	default:
		return UpgradeDecision{}, fmt.Errorf("%w: offered kind %d: want Successor, Extension or PreRelease", ErrInvalidRelease, int(offered.Kind))
	}
	if !p.Upgrades {
		return no("plan %s does not include software upgrades", quoteCut(p.Name))
	}
	if to.pre != "" {
		return no("%s is a pre-release version; pre-release and beta versions are excluded", offered.Version)
	}
	fromLine, toLine := strings.TrimSpace(installed.Product), strings.TrimSpace(offered.Product)
	if !strings.EqualFold(fromLine, toLine) {
		if offered.DirectSuccessor {
			return UpgradeDecision{Covered: true, Reason: fmt.Sprintf("covered: %s is the direct successor of %s", quoteCut(toLine), quoteCut(fromLine))}, nil
		}
		return no("%s is not the same product line as %s, nor its direct successor", quoteCut(toLine), quoteCut(fromLine))
	}
	change := to.changeFrom(from)
	if change == "" {
		return no("%s is not later than the installed %s", offered.Version, installed.Version)
	}
	return UpgradeDecision{Covered: true, Reason: fmt.Sprintf("covered: %s release %s → %s of the same product line", change, installed.Version, offered.Version)}, nil
}

// version is a parsed release version.
type version struct {
	nums   []int
	letter string // maintenance letter(s): "a" in "2.01a"
	pre    string // pre-release suffix: "beta1" in "2.0-beta1"
}

// preReleaseWords start a pre-release suffix written straight after the
// numbers ("2.0beta", "2.0rc1").
var preReleaseWords = []string{"alpha", "beta", "rc", "pre", "preview", "dev", "snapshot"}

const (
	maxVersionLen  = 64
	maxComponent   = 999999999
	maxLetterCount = 2
)

func parseVersion(s string) (version, error) {
	var v version
	t := strings.ToLower(strings.TrimSpace(s))
	if len(t) > maxVersionLen {
		return v, fmt.Errorf("longer than %d characters", maxVersionLen)
	}
	t = strings.TrimPrefix(t, "v")
	for {
		i := 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 {
			return v, fmt.Errorf("want numbers separated by dots, such as 2.1")
		}
		n, err := strconv.Atoi(t[:i])
		if err != nil || n > maxComponent {
			return v, fmt.Errorf("number %s too large", t[:i])
		}
		v.nums = append(v.nums, n)
		t = t[i:]
		if len(t) > 1 && t[0] == '.' && t[1] >= '0' && t[1] <= '9' {
			t = t[1:]
			continue
		}
		break
	}
	switch {
	case t == "":
	case t[0] == '-' || t[0] == '.':
		if len(t) == 1 || !isIdent(t[1:]) {
			return v, fmt.Errorf("want a pre-release suffix of letters, digits and dots after %q", t[:1])
		}
		v.pre = t[1:]
	case hasPreReleaseWord(t):
		if !isIdent(t) {
			return v, fmt.Errorf("bad pre-release suffix %q", t)
		}
		v.pre = t
	case len(t) <= maxLetterCount && isLetters(t):
		v.letter = t
	default:
		return v, fmt.Errorf("unexpected %q after the numbers; want a maintenance letter (2.01a) or a pre-release suffix (2.0-beta1)", t)
	}
	return v, nil
}

func hasPreReleaseWord(s string) bool {
	for _, w := range preReleaseWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

func isIdent(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-') {
			return false
		}
	}
	return s != ""
}

// changeFrom names the kind of release v is after the installed version
// old: "major", "minor" or "maintenance", or "" when v is not later.
func (v version) changeFrom(old version) string {
	n := max(len(v.nums), len(old.nums), 2)
	at := func(nums []int, i int) int {
		if i < len(nums) {
			return nums[i]
		}
		return 0
	}
	for i := range n {
		a, b := at(old.nums, i), at(v.nums, i)
		switch {
		case b < a:
			return ""
		case b > a:
			switch i {
			case 0:
				return "major"
			case 1:
				return "minor"
			}
			return "maintenance"
		}
	}
	// Same numbers: a later maintenance letter, or the release of a
	// version the customer ran a pre-release of.
	if len(v.letter) > len(old.letter) || len(v.letter) == len(old.letter) && v.letter > old.letter {
		return "maintenance"
	}
	if v.letter == old.letter && old.pre != "" && v.pre == "" {
		return "maintenance"
	}
	return ""
}
