package calendar

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/internal/holidays"
)

func TestRegionDefsWellFormed(t *testing.T) {
	require.NotEmpty(t, regionDefs)
	seen := make(map[string]bool, len(regionDefs))
	for i, r := range regionDefs {
		t.Run(r.Code, func(t *testing.T) {
			assert.Equal(t, strings.ToUpper(strings.TrimSpace(r.Code)), r.Code, "code: got %q, want upper case without space", r.Code)
			assert.False(t, seen[r.Code], "code %q: got a duplicate, want unique codes", r.Code)
			seen[r.Code] = true
			if i > 0 {
				prev := regionDefs[i-1].Code
				assert.Less(t, prev, r.Code, "order: got %q after %q, want codes sorted", r.Code, prev)
			}
			assert.NotEmpty(t, r.Name, "name of %q: got empty", r.Code)
			_, err := time.LoadLocation(r.Zone)
			assert.NoError(t, err, "zone of %q: got %q, want a loadable IANA name", r.Code, r.Zone)
			assert.NotEmpty(t, r.Holidays, "holidays of %q: got none", r.Code)
			for j, h := range r.Holidays {
				assert.NotNil(t, h, "holidays[%d] of %q: got nil", j, r.Code)
			}
		})
	}
}

// expectedRegionCodes is every code the table must offer for rickar/cal
// v2.1.13. The coverage test below derives the same list from the source, so
// an upgrade that adds a holiday list shows up there; this list keeps the
// check alive where the source cannot be found.
var expectedRegionCodes = []string{
	"AR", "AT",
	"AU", "AU-ACT", "AU-NSW", "AU-NT", "AU-QLD", "AU-SA", "AU-TAS", "AU-VIC", "AU-WA",
	"BE", "BG", "BR", "CA",
	"CH", "CH-AG", "CH-AI", "CH-AR", "CH-BE", "CH-BL", "CH-BS", "CH-FR", "CH-GE", "CH-GL",
	"CH-GR", "CH-JU", "CH-LU", "CH-NE", "CH-NW", "CH-OW", "CH-SG", "CH-SH", "CH-SO",
	"CH-SZ", "CH-TG", "CH-TI", "CH-UR", "CH-VD", "CH-VS", "CH-ZG", "CH-ZH",
	"CZ",
	"DE", "DE-BB", "DE-BE", "DE-BW", "DE-BY", "DE-HB", "DE-HE", "DE-HH", "DE-MV",
	"DE-NI", "DE-NW", "DE-RP", "DE-SH", "DE-SL", "DE-SN", "DE-ST", "DE-TH",
	"DK", "ECB", "ES", "FR", "GB", "GR", "HR", "IE", "IT", "JP", "LT", "LV", "MW",
	"NC", "NL", "NO", "NZ", "PL", "RO", "RU", "SE", "SI", "SK", "UA", "US", "ZA",
}

func regionCodes(t *testing.T) []string {
	t.Helper()
	codes := make([]string, len(regionDefs))
	for i, r := range regionDefs {
		codes[i] = r.Code
	}
	return codes
}

func TestRegionCodesExpected(t *testing.T) {
	want := slices.Sorted(slices.Values(expectedRegionCodes))
	got := regionCodes(t)
	assert.Equal(t, want, got, "region codes: got %v, want %v", got, want)
}

// calHolidayList is one exported Holidays* slice found in rickar/cal's source.
type calHolidayList struct {
	pkg, name string
	elems     int // elements of its composite literal, -1 when not a literal
}

// code is the region code the list must be offered under: the package name
// for Holidays, the package name and the suffix for Holidays<XX>.
func (l calHolidayList) code() string {
	code := strings.ToUpper(l.pkg)
	if sub := strings.TrimPrefix(l.name, "Holidays"); sub != "" {
		code += "-" + strings.ToUpper(sub)
	}
	return code
}

// calSourceDir returns the directory of the rickar/cal module the build
// uses, or skips the test when it cannot be found.
func calSourceDir(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/rickar/cal/v2").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Skipf("rickar/cal source not found (err %v, dir %q)", err, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "holiday.go")); err != nil {
		t.Skipf("rickar/cal source not found: %v", err)
	}
	return dir
}

// calHolidayLists parses every package directory under dir and returns its
// exported package-level variables whose names start with "Holidays".
func calHolidayLists(t *testing.T, dir string) []calHolidayList {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var lists []calHolidayList
	fset := token.NewFileSet()
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, e.Name(), "*.go"))
		require.NoError(t, err)
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
			require.NoError(t, err, "parse %s", file)
			for _, decl := range f.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, id := range vs.Names {
						if !id.IsExported() || !strings.HasPrefix(id.Name, "Holidays") {
							continue
						}
						l := calHolidayList{pkg: f.Name.Name, name: id.Name, elems: -1}
						if i < len(vs.Values) {
							if lit, ok := vs.Values[i].(*ast.CompositeLit); ok {
								l.elems = len(lit.Elts)
							}
						}
						lists = append(lists, l)
					}
				}
			}
		}
	}
	return lists
}

// TestRegionCoverage guards against an upgrade of rickar/cal that adds a
// country or a subdivision list the table does not offer.
func TestRegionCoverage(t *testing.T) {
	dir := calSourceDir(t)
	lists := calHolidayLists(t, dir)
	require.NotEmpty(t, lists, "Holidays* lists in %s: got none", dir)

	derived := make(map[string]bool, len(lists))
	for _, l := range lists {
		code := l.code()
		derived[code] = true
		t.Run(code, func(t *testing.T) {
			r, ok := lookupRegion(code)
			require.True(t, ok, "%s.%s: got no region %q, want one", l.pkg, l.name, code)
			assert.NotEmpty(t, r.Holidays, "%s holidays: got none", code)
		})
	}
	// Sets assembled by this project rather than taken from a list:
	// Australia's national days, the parts of the United Kingdom and
	// Canada's provinces.
	var extra []string
	for _, r := range regionDefs {
		if !derived[r.Code] {
			extra = append(extra, r.Code)
		}
	}
	for _, code := range extra {
		assert.True(t, code == "AU" || strings.HasPrefix(code, "GB-") || strings.HasPrefix(code, "CA-"),
			"code %q without a rickar/cal list: want only AU, GB-xx or CA-xx", code)
	}
}

// regionHolidayOn reports whether date (YYYY-MM-DD) is the actual or
// observed date of a holiday in the region's set, and returns its name.
func regionHolidayOn(t *testing.T, code, date string) (string, bool) {
	t.Helper()
	r, ok := lookupRegion(code)
	require.True(t, ok, "region %q: got none", code)
	d, err := time.Parse(time.DateOnly, date)
	require.NoError(t, err)
	for _, h := range r.Holidays {
		act, obs, ok := holidays.Dates(h, d.Year())
		if ok && (act.Equal(d) || obs.Equal(d)) {
			return h.Name, true
		}
	}
	return "", false
}

func TestRegionHolidaySpotChecks(t *testing.T) {
	tests := []struct {
		name, code, date string
		want             bool
	}{
		{"US Independence Day observed on Friday", "US", "2026-07-03", true},
		{"US Christmas", "US", "2026-12-25", true},
		{"US ordinary Monday", "US", "2026-07-06", false},
		{"Bavaria keeps Corpus Christi", "DE-BY", "2026-06-04", true},
		{"Berlin does not keep Corpus Christi", "DE-BE", "2026-06-04", false},
		{"Berlin keeps Women's Day", "DE-BE", "2026-03-08", true},
		{"Western Australia Day", "AU-WA", "2026-06-01", true},
		{"Western Australia Day is not national", "AU", "2026-06-01", false},
		{"Australia Day is national", "AU", "2026-01-26", true},
		{"Melbourne Cup in Victoria", "AU-VIC", "2026-11-03", true},
		{"Melbourne Cup not in NSW", "AU-NSW", "2026-11-03", false},
		{"UK Boxing Day observed on Monday", "GB", "2026-12-28", true},
		{"TARGET2 closed on Labour Day", "ECB", "2026-05-01", true},
		{"Japan National Foundation Day", "JP", "2026-02-11", true},
		{"Zurich: Sechseläuten is not a public holiday", "CH-ZH", "2026-04-20", false},
		{"Zurich keeps Labour Day", "CH-ZH", "2026-05-01", true},
		{"Bern does not keep Labour Day", "CH-BE", "2026-05-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, got := regionHolidayOn(t, tt.code, tt.date)
			assert.Equal(t, tt.want, got, "%s on %s: got holiday=%v (%q), want %v", tt.code, tt.date, got, name, tt.want)
		})
	}
}

// TestRegionAUNational checks that every day in the national AU set is a
// holiday in every state and territory.
func TestRegionAUNational(t *testing.T) {
	au, ok := lookupRegion("AU")
	require.True(t, ok)
	for _, r := range regionDefs {
		if !strings.HasPrefix(r.Code, "AU-") {
			continue
		}
		t.Run(r.Code, func(t *testing.T) {
			for year := 2015; year <= 2035; year++ {
				for _, h := range au.Holidays {
					act, _, ok := holidays.Dates(h, year)
					if !ok {
						continue
					}
					date := act.Format(time.DateOnly)
					_, got := regionHolidayOn(t, r.Code, date)
					assert.True(t, got, "%s (%s) in %s: got not a holiday, want one", h.Name, date, r.Code)
				}
			}
		})
	}
}

func TestRegionLookup(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"US", "US", true},
		{"us", "US", true},
		{" de-by ", "DE-BY", true},
		{"De-By", "DE-BY", true},
		{"ecb", "ECB", true},
		{"au-wa\t", "AU-WA", true},
		{"ch-zh", "CH-ZH", true},
		{"", "", false},
		{"USA", "", false},
		{"DE-", "", false},
		{"DE_BY", "", false},
		{"DE BY", "", false},
		{"ZZ", "", false},
		{"AU-XYZ", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, ok := lookupRegion(tt.in)
			require.Equal(t, tt.ok, ok, "lookupRegion(%q) ok: got %v, want %v", tt.in, ok, tt.ok)
			if !tt.ok {
				assert.Nil(t, r, "lookupRegion(%q): got %v, want nil", tt.in, r)
				return
			}
			assert.Equal(t, tt.want, r.Code, "lookupRegion(%q): got %q, want %q", tt.in, r.Code, tt.want)
		})
	}
}

// checkRegionSuggestions asserts the invariants of every suggestRegions answer.
func checkRegionSuggestions(t *testing.T, in string, got []string) {
	t.Helper()
	require.NotEmpty(t, got, "suggestRegions(%q): got none, want at least one", in)
	assert.LessOrEqual(t, len(got), 5, "suggestRegions(%q): got %d codes, want at most 5", in, len(got))
	seen := map[string]bool{}
	for _, c := range got {
		_, ok := lookupRegion(c)
		assert.True(t, ok, "suggestRegions(%q): got unknown code %q", in, c)
		assert.False(t, seen[c], "suggestRegions(%q): got %q twice", in, c)
		seen[c] = true
	}
}

func TestRegionSuggest(t *testing.T) {
	tests := []struct {
		in        string
		wantFirst string   // "" for no requirement
		wantAll   []string // codes that must be among the answer
		prefix    string   // every code must start with it; "" for none
	}{
		{in: "DE-BX", wantAll: []string{"DE-BY", "DE-BB", "DE-BE", "DE-BW"}, prefix: "DE-"},
		{in: "usa", wantFirst: "US"},
		{in: "au-nws", wantFirst: "AU-NSW", prefix: "AU-"},
		{in: "de_by", wantFirst: "DE-BY"},
		{in: "DE BY", wantFirst: "DE-BY"},
		{in: "CH-Z", wantAll: []string{"CH-ZG", "CH-ZH"}, prefix: "CH-"},
		{in: "AUS", wantFirst: "AU"},
		{in: "ECBB", wantFirst: "ECB"},
		{in: "uk", wantFirst: "GB"},
		{in: "EU", wantFirst: "ECB"},
		{in: "nsw", wantFirst: "AU-NSW"},
		{in: "BY", wantFirst: "DE-BY"},
		{in: "BE", wantFirst: "BE", wantAll: []string{"CH-BE", "DE-BE"}},
		{in: "zz", wantAll: []string{"ZA"}},
		{in: "QQQ", wantAll: []string{"US"}},
		{in: "", wantAll: []string{"US"}},
		{in: "  ", wantAll: []string{"US"}},
		{in: "not a region at all", wantAll: []string{"US"}},
		{in: "ÄÖ-ÜÜ"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := suggestRegions(tt.in)
			checkRegionSuggestions(t, tt.in, got)
			if tt.wantFirst != "" && len(got) > 0 {
				assert.Equal(t, tt.wantFirst, got[0], "suggestRegions(%q)[0]: got %q (all %v), want %q", tt.in, got[0], got, tt.wantFirst)
			}
			for _, w := range tt.wantAll {
				assert.Contains(t, got, w, "suggestRegions(%q): got %v, want it to contain %q", tt.in, got, w)
			}
			for _, c := range got {
				if tt.prefix != "" {
					assert.True(t, strings.HasPrefix(c, tt.prefix), "suggestRegions(%q): got %q (all %v), want prefix %q", tt.in, c, got, tt.prefix)
				}
			}
		})
	}
}

// TestRegionSuggestValidCodes checks that a valid code, in any case, is its
// own best suggestion.
func TestRegionSuggestValidCodes(t *testing.T) {
	for _, r := range regionDefs {
		for _, in := range []string{r.Code, strings.ToLower(r.Code)} {
			got := suggestRegions(in)
			checkRegionSuggestions(t, in, got)
			assert.Equal(t, r.Code, got[0], "suggestRegions(%q)[0]: got %q (all %v), want %q", in, got[0], got, r.Code)
		}
	}
}

func TestRegionEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"US", "", 2},
		{"", "ECB", 3},
		{"US", "US", 0},
		{"USA", "US", 1},
		{"AU-NWS", "AU-NSW", 1},
		{"DE-BX", "DE-BY", 1},
		{"CA", "AC", 1},
		{"KITTEN", "SITTING", 3},
		{"ÜS", "US", 1},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			got := editDistance(tt.a, tt.b)
			assert.Equal(t, tt.want, got, "editDistance(%q, %q): got %d, want %d", tt.a, tt.b, got, tt.want)
			rev := editDistance(tt.b, tt.a)
			assert.Equal(t, got, rev, "editDistance(%q, %q): got %d, want %d (symmetric)", tt.b, tt.a, rev, got)
		})
	}
}

func TestRegionRegionsCopy(t *testing.T) {
	first := Regions()
	require.Len(t, first, len(regionDefs), "Regions(): got %d, want %d", len(first), len(regionDefs))
	for i, r := range first {
		want := RegionInfo{Code: regionDefs[i].Code, Name: regionDefs[i].Name, TimeZone: regionDefs[i].Zone}
		assert.Equal(t, want, r, "Regions()[%d]: got %+v, want %+v", i, r, want)
	}
	assert.True(t, slices.IsSortedFunc(first, func(a, b RegionInfo) int { return strings.Compare(a.Code, b.Code) }), "Regions(): got unsorted codes")

	want := first[0]
	first[0] = RegionInfo{Code: "XX", Name: "changed", TimeZone: "UTC"}
	second := Regions()
	assert.Equal(t, want, second[0], "Regions()[0] after mutating an earlier result: got %+v, want %+v", second[0], want)
	_, ok := lookupRegion("XX")
	assert.False(t, ok, "lookupRegion(XX) after mutating Regions(): got found, want not found")
}
