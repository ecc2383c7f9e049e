package calendar

import (
	"slices"
	"strings"

	"github.com/rickar/cal/v2"
	calar "github.com/rickar/cal/v2/ar"
	calat "github.com/rickar/cal/v2/at"
	calau "github.com/rickar/cal/v2/au"
	calbe "github.com/rickar/cal/v2/be"
	calbg "github.com/rickar/cal/v2/bg"
	calbr "github.com/rickar/cal/v2/br"
	calca "github.com/rickar/cal/v2/ca"
	calch "github.com/rickar/cal/v2/ch"
	calcz "github.com/rickar/cal/v2/cz"
	calde "github.com/rickar/cal/v2/de"
	caldk "github.com/rickar/cal/v2/dk"
	calecb "github.com/rickar/cal/v2/ecb"
	cales "github.com/rickar/cal/v2/es"
	calfr "github.com/rickar/cal/v2/fr"
	calgb "github.com/rickar/cal/v2/gb"
	calgr "github.com/rickar/cal/v2/gr"
	calhr "github.com/rickar/cal/v2/hr"
	calie "github.com/rickar/cal/v2/ie"
	calit "github.com/rickar/cal/v2/it"
	caljp "github.com/rickar/cal/v2/jp"
	callt "github.com/rickar/cal/v2/lt"
	callv "github.com/rickar/cal/v2/lv"
	calmw "github.com/rickar/cal/v2/mw"
	calnc "github.com/rickar/cal/v2/nc"
	calnl "github.com/rickar/cal/v2/nl"
	calno "github.com/rickar/cal/v2/no"
	calnz "github.com/rickar/cal/v2/nz"
	calpl "github.com/rickar/cal/v2/pl"
	calro "github.com/rickar/cal/v2/ro"
	calru "github.com/rickar/cal/v2/ru"
	calse "github.com/rickar/cal/v2/se"
	calsi "github.com/rickar/cal/v2/si"
	calsk "github.com/rickar/cal/v2/sk"
	calua "github.com/rickar/cal/v2/ua"
	calus "github.com/rickar/cal/v2/us"
	calza "github.com/rickar/cal/v2/za"
)

// The imports carry a "cal" prefix because a file-scope import name may not
// collide with any package-level name of this package, and two-letter names
// such as "at", "it" or "no" are too likely to be taken.

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
		out[i] = RegionInfo{Code: r.code, Name: r.name, TimeZone: r.zone}
	}
	return out
}

// regionDef describes one holiday set.
type regionDef struct {
	code     string         // canonical code, upper case: "US", "DE-BY", "AU-NSW", "CH-ZH", "ECB"
	name     string         // English name: "United States", "Germany: Bavaria"
	zone     string         // default IANA zone: the capital's, or the subdivision's own
	holidays []*cal.Holiday // the rickar/cal holiday list for this set
}

// auNational is the "AU" set. The au package exports only per-state lists,
// so this is the national public holidays every state and territory keeps,
// built from the package's own holiday values: the ones all eight state
// lists share, plus ANZAC Day and Boxing Day. ANZAC Day is taken without a
// weekend substitute because the states disagree on one (NSW, VIC and TAS
// have none); Boxing Day is what SA calls Proclamation Day, the same date
// with the same substitutes. State-only days (Labour Day, the King's or
// Queen's Birthday, which WA and QLD hold on other dates, Easter Saturday)
// are left to the AU-xx sets.
var auNational = []*cal.Holiday{
	calau.NewYear,
	calau.AustraliaDay,
	calau.GoodFriday,
	calau.EasterMonday,
	calau.AnzacDay,
	calau.MourningDay2022,
	calau.ChristmasDay,
	calau.BoxingDay,
}

// regionDefs holds every region, sorted by code. Countries use the
// package's national Holidays list and their capital's zone (Brazil's
// capital keeps America/Sao_Paulo time; Canada's presets use Ottawa's,
// America/Toronto). Subdivisions use the package's Holidays<XX> list, which
// already includes the national holidays, and their own zone.
//
// CH is the ch package's national Holidays list as published. Switzerland
// has one federal holiday (1 August); the list also holds days that only
// some cantons keep (Berchtoldstag, Epiphany, St. Joseph's Day, Corpus
// Christi, ...), so a Swiss customer should pick a canton.
var regionDefs = []regionDef{
	{"AR", "Argentina", "America/Argentina/Buenos_Aires", calar.Holidays},
	{"AT", "Austria", "Europe/Vienna", calat.Holidays},
	{"AU", "Australia", "Australia/Sydney", auNational},
	{"AU-ACT", "Australia: Australian Capital Territory", "Australia/Sydney", calau.HolidaysACT},
	{"AU-NSW", "Australia: New South Wales", "Australia/Sydney", calau.HolidaysNSW},
	{"AU-NT", "Australia: Northern Territory", "Australia/Darwin", calau.HolidaysNT},
	{"AU-QLD", "Australia: Queensland", "Australia/Brisbane", calau.HolidaysQLD},
	{"AU-SA", "Australia: South Australia", "Australia/Adelaide", calau.HolidaysSA},
	{"AU-TAS", "Australia: Tasmania", "Australia/Hobart", calau.HolidaysTAS},
	{"AU-VIC", "Australia: Victoria", "Australia/Melbourne", calau.HolidaysVIC},
	{"AU-WA", "Australia: Western Australia", "Australia/Perth", calau.HolidaysWA},
	{"BE", "Belgium", "Europe/Brussels", calbe.Holidays},
	{"BG", "Bulgaria", "Europe/Sofia", calbg.Holidays},
	{"BR", "Brazil", "America/Sao_Paulo", calbr.Holidays},
	{"CA", "Canada", "America/Toronto", calca.Holidays},
	{"CH", "Switzerland", "Europe/Zurich", calch.Holidays},
	{"CH-AG", "Switzerland: Aargau", "Europe/Zurich", calch.HolidaysAG},
	{"CH-AI", "Switzerland: Appenzell Innerrhoden", "Europe/Zurich", calch.HolidaysAI},
	{"CH-AR", "Switzerland: Appenzell Ausserrhoden", "Europe/Zurich", calch.HolidaysAR},
	{"CH-BE", "Switzerland: Bern", "Europe/Zurich", calch.HolidaysBE},
	{"CH-BL", "Switzerland: Basel-Landschaft", "Europe/Zurich", calch.HolidaysBL},
	{"CH-BS", "Switzerland: Basel-Stadt", "Europe/Zurich", calch.HolidaysBS},
	{"CH-FR", "Switzerland: Fribourg", "Europe/Zurich", calch.HolidaysFR},
	{"CH-GE", "Switzerland: Geneva", "Europe/Zurich", calch.HolidaysGE},
	{"CH-GL", "Switzerland: Glarus", "Europe/Zurich", calch.HolidaysGL},
	{"CH-GR", "Switzerland: Graubünden", "Europe/Zurich", calch.HolidaysGR},
	{"CH-JU", "Switzerland: Jura", "Europe/Zurich", calch.HolidaysJU},
	{"CH-LU", "Switzerland: Lucerne", "Europe/Zurich", calch.HolidaysLU},
	{"CH-NE", "Switzerland: Neuchâtel", "Europe/Zurich", calch.HolidaysNE},
	{"CH-NW", "Switzerland: Nidwalden", "Europe/Zurich", calch.HolidaysNW},
	{"CH-OW", "Switzerland: Obwalden", "Europe/Zurich", calch.HolidaysOW},
	{"CH-SG", "Switzerland: St. Gallen", "Europe/Zurich", calch.HolidaysSG},
	{"CH-SH", "Switzerland: Schaffhausen", "Europe/Zurich", calch.HolidaysSH},
	{"CH-SO", "Switzerland: Solothurn", "Europe/Zurich", calch.HolidaysSO},
	{"CH-SZ", "Switzerland: Schwyz", "Europe/Zurich", calch.HolidaysSZ},
	{"CH-TG", "Switzerland: Thurgau", "Europe/Zurich", calch.HolidaysTG},
	{"CH-TI", "Switzerland: Ticino", "Europe/Zurich", calch.HolidaysTI},
	{"CH-UR", "Switzerland: Uri", "Europe/Zurich", calch.HolidaysUR},
	{"CH-VD", "Switzerland: Vaud", "Europe/Zurich", calch.HolidaysVD},
	{"CH-VS", "Switzerland: Valais", "Europe/Zurich", calch.HolidaysVS},
	{"CH-ZG", "Switzerland: Zug", "Europe/Zurich", calch.HolidaysZG},
	{"CH-ZH", "Switzerland: Zurich", "Europe/Zurich", calch.HolidaysZH},
	{"CZ", "Czechia", "Europe/Prague", calcz.Holidays},
	{"DE", "Germany", "Europe/Berlin", calde.Holidays},
	{"DE-BB", "Germany: Brandenburg", "Europe/Berlin", calde.HolidaysBB},
	{"DE-BE", "Germany: Berlin", "Europe/Berlin", calde.HolidaysBE},
	{"DE-BW", "Germany: Baden-Württemberg", "Europe/Berlin", calde.HolidaysBW},
	{"DE-BY", "Germany: Bavaria", "Europe/Berlin", calde.HolidaysBY},
	{"DE-HB", "Germany: Bremen", "Europe/Berlin", calde.HolidaysHB},
	{"DE-HE", "Germany: Hesse", "Europe/Berlin", calde.HolidaysHE},
	{"DE-HH", "Germany: Hamburg", "Europe/Berlin", calde.HolidaysHH},
	{"DE-MV", "Germany: Mecklenburg-Western Pomerania", "Europe/Berlin", calde.HolidaysMV},
	{"DE-NI", "Germany: Lower Saxony", "Europe/Berlin", calde.HolidaysNI},
	{"DE-NW", "Germany: North Rhine-Westphalia", "Europe/Berlin", calde.HolidaysNW},
	{"DE-RP", "Germany: Rhineland-Palatinate", "Europe/Berlin", calde.HolidaysRP},
	{"DE-SH", "Germany: Schleswig-Holstein", "Europe/Berlin", calde.HolidaysSH},
	{"DE-SL", "Germany: Saarland", "Europe/Berlin", calde.HolidaysSL},
	{"DE-SN", "Germany: Saxony", "Europe/Berlin", calde.HolidaysSN},
	{"DE-ST", "Germany: Saxony-Anhalt", "Europe/Berlin", calde.HolidaysST},
	{"DE-TH", "Germany: Thuringia", "Europe/Berlin", calde.HolidaysTH},
	{"DK", "Denmark", "Europe/Copenhagen", caldk.Holidays},
	{"ECB", "European Central Bank (TARGET2)", "Europe/Berlin", calecb.Holidays},
	{"ES", "Spain", "Europe/Madrid", cales.Holidays},
	{"FR", "France", "Europe/Paris", calfr.Holidays},
	{"GB", "United Kingdom", "Europe/London", calgb.Holidays},
	{"GR", "Greece", "Europe/Athens", calgr.Holidays},
	{"HR", "Croatia", "Europe/Zagreb", calhr.Holidays},
	{"IE", "Ireland", "Europe/Dublin", calie.Holidays},
	{"IT", "Italy", "Europe/Rome", calit.Holidays},
	{"JP", "Japan", "Asia/Tokyo", caljp.Holidays},
	{"LT", "Lithuania", "Europe/Vilnius", callt.Holidays},
	{"LV", "Latvia", "Europe/Riga", callv.Holidays},
	{"MW", "Malawi", "Africa/Blantyre", calmw.Holidays},
	{"NC", "New Caledonia", "Pacific/Noumea", calnc.Holidays},
	{"NL", "Netherlands", "Europe/Amsterdam", calnl.Holidays},
	{"NO", "Norway", "Europe/Oslo", calno.Holidays},
	{"NZ", "New Zealand", "Pacific/Auckland", calnz.Holidays},
	{"PL", "Poland", "Europe/Warsaw", calpl.Holidays},
	{"RO", "Romania", "Europe/Bucharest", calro.Holidays},
	{"RU", "Russia", "Europe/Moscow", calru.Holidays},
	{"SE", "Sweden", "Europe/Stockholm", calse.Holidays},
	{"SI", "Slovenia", "Europe/Ljubljana", calsi.Holidays},
	{"SK", "Slovakia", "Europe/Bratislava", calsk.Holidays},
	{"UA", "Ukraine", "Europe/Kyiv", calua.Holidays},
	{"US", "United States", "America/New_York", calus.Holidays},
	{"ZA", "South Africa", "Africa/Johannesburg", calza.Holidays},
}

// normRegionCode is the canonical form of a user-supplied code: upper case,
// surrounding space removed.
func normRegionCode(code string) string {
	return strings.ToUpper(strings.TrimSpace(code))
}

// lookupRegion finds a region by code, case-insensitively and ignoring
// surrounding white space ("de-by", " US "). The result points into
// regionDefs and must not be modified.
func lookupRegion(code string) (*regionDef, bool) {
	key := normRegionCode(code)
	i, ok := slices.BinarySearchFunc(regionDefs, key, func(r regionDef, k string) int {
		return strings.Compare(r.code, k)
	})
	if !ok {
		return nil, false
	}
	return &regionDefs[i], true
}

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
	key := strings.Map(func(r rune) rune {
		if r == '_' || r == ' ' {
			return '-'
		}
		return r
	}, normRegionCode(code))
	if key == "" {
		return slices.Clone(fallbackRegionSuggestions)
	}
	limit := max(1, len([]rune(key))/2)

	type candidate struct {
		code           string
		dist, sharedPr int
	}
	var cands []candidate
	for _, r := range regionDefs {
		d := editDistance(key, r.code)
		_, sub, isSub := strings.Cut(r.code, "-")
		switch {
		case regionSuggestionAliases[key] == r.code, isSub && key == sub:
			d = 0
		case len(key) >= 2 && strings.HasPrefix(r.code, key):
			d = min(d, 1)
		}
		if d > limit {
			continue
		}
		cands = append(cands, candidate{code: r.code, dist: d, sharedPr: sharedPrefixLen(key, r.code)})
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
