package calendar

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/slaclock/slaclock/internal/holidays"
)

// RegionInfo describes a region preset for a user interface: a code accepted
// by Region and in Spec.Holidays, its English name and its default IANA time
// zone.
type RegionInfo struct {
	Code     string `json:"code"`     // canonical upper-case code: "US", "DE-BY", "ECB"
	Name     string `json:"name"`     // English name: "Germany: Bavaria"
	TimeZone string `json:"timezone"` // IANA zone used by Region: "Europe/Berlin"
}

// Regions returns every region code accepted by Region and in
// Spec.Holidays, sorted by code, with its English name and the time zone
// Region uses for it. The returned slice is a fresh copy the caller may
// modify.
func Regions() []RegionInfo {
	out := make([]RegionInfo, len(regionDefs))
	for i, r := range regionDefs {
		out[i] = RegionInfo{Code: r.Code, Name: r.Name, TimeZone: r.Zone}
	}
	return out
}

// regionDef describes one holiday set; the sets, their sources and their
// corrections of rickar/cal's data live in internal/holidays.
type regionDef = holidays.Region

// regionDefs holds every region, sorted by code. It is shared with package
// holidays and never modified.
var regionDefs = holidays.All()

// normRegionCode is the canonical form of a user-supplied code: upper case,
// surrounding space removed.
func normRegionCode(code string) string {
	return strings.ToUpper(strings.TrimSpace(code))
}

// lookupRegion finds a region by code, case-insensitively and ignoring
// surrounding white space ("de-by", " US "). The result points into
// regionDefs and must not be modified.
func lookupRegion(code string) (*regionDef, bool) {
	i, ok := regionIndex(code)
	if !ok {
		return nil, false
	}
	return &regionDefs[i], true
}

// regionIndex returns the index in regionDefs of the region with code, as
// lookupRegion finds it.
func regionIndex(code string) (int, bool) {
	if len(strings.TrimSpace(code)) > utf8.UTFMax*maxRegionCodeLen {
		return 0, false // longer than any code; spare upper-casing it
	}
	key := normRegionCode(code)
	return slices.BinarySearchFunc(regionDefs, key, func(r regionDef, k string) int {
		return strings.Compare(r.Code, k)
	})
}

// maxRegionCodeLen is the length of the longest region code, in runes.
var maxRegionCodeLen = func() int {
	n := 0
	for _, r := range regionDefs {
		n = max(n, utf8.RuneCountInString(r.Code))
	}
	return n
}()

// maxRegionSuggestions bounds the length of suggestRegions' answer.
const maxRegionSuggestions = 5

// fallbackRegionSuggestions is offered when no code is near the input.
var fallbackRegionSuggestions = []string{"US", "GB", "DE", "AU", "ECB"}

// regionSuggestionAliases maps common non-ISO names to the code a user most
// likely meant. They are only suggested, never accepted.
var regionSuggestionAliases = map[string]string{
	"UK":      "GB",
	"EU":      "ECB",
	"TARGET":  "ECB",
	"TARGET2": "ECB",
}

// suggestRegions returns up to 5 valid codes nearest to code, best first,
// for "did you mean" messages; it never returns an empty list. Nearness is
// the edit distance with transpositions ("AU-NWS" is one edit from AU-NSW),
// where "_" and " " count as "-". A code whose subdivision part is the input
// ("NSW" for AU-NSW) or that a well-known alias stands for ("UK" for GB)
// counts as no edit; a code that extends the input ("CH-Z" to CH-ZG) as one.
// Ties go to the code sharing the longer prefix with the input ("USA": US
// before UA), then the shorter code, then alphabetical order. Codes further
// away than about half the input's length are not offered; when none is
// left, a few common codes are.
func suggestRegions(code string) []string {
	// A code more than twice as long as the longest valid one is further
	// from every code than half its length, so none would be offered:
	// answer at once instead of computing distances to a long input.
	if len(strings.TrimSpace(code)) > utf8.UTFMax*2*maxRegionCodeLen {
		return slices.Clone(fallbackRegionSuggestions)
	}
	key := strings.Map(func(r rune) rune {
		if r == '_' || r == ' ' {
			return '-'
		}
		return r
	}, normRegionCode(code))
	n := utf8.RuneCountInString(key)
	if key == "" || n > 2*maxRegionCodeLen {
		return slices.Clone(fallbackRegionSuggestions)
	}
	limit := max(1, n/2)

	type candidate struct {
		code           string
		dist, sharedPr int
	}
	var cands []candidate
	for _, r := range regionDefs {
		d := editDistance(key, r.Code)
		_, sub, isSub := strings.Cut(r.Code, "-")
		switch {
		case regionSuggestionAliases[key] == r.Code, isSub && key == sub:
			d = 0
		case len(key) >= 2 && strings.HasPrefix(r.Code, key):
			d = min(d, 1)
		}
		if d > limit {
			continue
		}
		cands = append(cands, candidate{code: r.Code, dist: d, sharedPr: sharedPrefixLen(key, r.Code)})
	}
	if len(cands) == 0 {
		return slices.Clone(fallbackRegionSuggestions)
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		switch {
		case a.dist != b.dist:
			return a.dist - b.dist
		case a.sharedPr != b.sharedPr:
			return b.sharedPr - a.sharedPr
		case len(a.code) != len(b.code):
			return len(a.code) - len(b.code)
		}
		return strings.Compare(a.code, b.code)
	})
	out := make([]string, 0, maxRegionSuggestions)
	for _, c := range cands[:min(len(cands), maxRegionSuggestions)] {
		out = append(out, c.code)
	}
	return out
}

// sharedPrefixLen returns the number of leading bytes a and b share.
func sharedPrefixLen(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and transpositions of adjacent
// runes each cost one.
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// Three rolling rows: two back (for transpositions), previous, current.
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}
