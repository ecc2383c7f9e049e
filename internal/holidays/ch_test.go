package holidays

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// chDays returns the dates of year y named by rules: "MM-DD" is that date,
// "E+n" / "E-n" is n days after / before Western Easter Sunday.
func chDays(y int, rules ...string) []string {
	out := make([]string, 0, len(rules))
	for _, r := range rules {
		if off, ok := strings.CutPrefix(r, "E"); ok {
			n, err := strconv.Atoi(off)
			if err != nil {
				panic(fmt.Sprintf("bad rule %q", r))
			}
			out = append(out, fromEaster(westernEaster, y, n))
			continue
		}
		out = append(out, fmt.Sprintf("%d-%s", y, r))
	}
	return out
}

// Days whose date needs a calendar, written out by hand for 2024–2030.
var (
	// 26 December unless Christmas Day is a Monday or a Friday (VRV
	// art. 91 para. 1; AR; AI): Christmas 2026 is a Friday, 2028 a Monday.
	chStStephenShortDates = map[int][]string{
		2024: {"2024-12-26"}, 2025: {"2025-12-26"}, 2026: nil, 2027: {"2027-12-26"},
		2028: nil, 2029: {"2029-12-26"}, 2030: {"2030-12-26"},
	}
	// Jeûne genevois: the Thursday after the first Sunday of September.
	chGenevaFastDates = map[int]string{
		2024: "2024-09-05", 2025: "2025-09-11", 2026: "2026-09-10", 2027: "2027-09-09",
		2028: "2028-09-07", 2029: "2029-09-06", 2030: "2030-09-05",
	}
	// Lundi du Jeûne: the Monday after the third Sunday of September (the
	// dates vd.ch publishes for 2023–2029).
	chFastMondayDates = map[int]string{
		2024: "2024-09-16", 2025: "2025-09-22", 2026: "2026-09-21", 2027: "2027-09-20",
		2028: "2028-09-18", 2029: "2029-09-17", 2030: "2030-09-16",
	}
	// Näfelser Fahrt: the first Thursday of April, a week later when that
	// is Maundy Thursday (2026: 2 April is Maundy Thursday).
	chNaefelsDates = map[int]string{
		2024: "2024-04-04", 2025: "2025-04-03", 2026: "2026-04-09", 2027: "2027-04-01",
		2028: "2028-04-06", 2029: "2029-04-05", 2030: "2030-04-04",
	}
)

// chLaw holds, per region, the closed dates of year y as the source cited
// next to it lists them (see sources/ch.md).
var chLaw = map[string]func(y int) []string{
	// VRV (SR 741.11) art. 91 para. 1.
	"CH": func(y int) []string {
		return union(chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "08-01", "12-25"), chStStephenShortDates[y])
	},
	// Aargau: union of the district lists of the cantonal ordinance.
	"CH-AG": func(y int) []string {
		return chDays(y, "01-01", "01-02", "E-2", "E+1", "E+39", "E+50", "E+60", "08-01", "08-15",
			"11-01", "12-08", "12-25", "12-26")
	},
	// Appenzell Innerrhoden: Ruhetagsgesetz (GS 822.200) art. 2.
	"CH-AI": func(y int) []string {
		return union(chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "E+60", "08-01", "08-15",
			"09-22", "11-01", "12-08", "12-25"), chStStephenShortDates[y])
	},
	// Appenzell Ausserrhoden: ordinance to the Labour Act.
	"CH-AR": func(y int) []string {
		return union(chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "08-01", "12-25"), chStStephenShortDates[y])
	},
	"CH-BE": func(y int) []string {
		return chDays(y, "01-01", "01-02", "E-2", "E+1", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
	// Basel-Landschaft: Ruhetagsgesetz (no Corpus Christi, 15 August).
	"CH-BL": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+1", "05-01", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
	"CH-BS": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+1", "05-01", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
	// Fribourg: fr.ch, Catholic part plus Reformed municipalities.
	"CH-FR": func(y int) []string {
		return chDays(y, "01-01", "01-02", "E-2", "E+1", "E+39", "E+50", "E+60", "08-01", "08-15",
			"11-01", "12-08", "12-25", "12-26")
	},
	// Geneva: LJF (rs/GE J 1 45) art. 1.
	"CH-GE": func(y int) []string {
		return union(chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "08-01", "12-25", "12-31"),
			[]string{chGenevaFastDates[y]})
	},
	// Glarus: Ruhetagsgesetz of 2012 (gl.ch).
	"CH-GL": func(y int) []string {
		return union(chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "08-01", "11-01", "12-25", "12-26"),
			[]string{chNaefelsDates[y]})
	},
	// Graubünden: cantonal days only.
	"CH-GR": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
	// Jura: loi sur les jours fériés officiels of 2022, art. 3.
	"CH-JU": func(y int) []string {
		return chDays(y, "01-01", "01-02", "E-2", "E+1", "05-01", "E+39", "E+50", "E+60", "06-23",
			"08-01", "08-15", "11-01", "12-25")
	},
	// Lucerne: SRL 855 § 1a (19 March only by municipal decision).
	"CH-LU": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+39", "E+60", "08-01", "08-15", "11-01", "12-08",
			"12-25", "12-26")
	},
	// Neuchâtel: RSN 941.02 art. 3 (2 January and 26 December only after a
	// Sunday, which does not happen in 2024–2030).
	"CH-NE": func(y int) []string {
		return chDays(y, "01-01", "03-01", "E-2", "05-01", "E+39", "08-01", "12-25")
	},
	"CH-NW": func(y int) []string {
		return chDays(y, "01-01", "03-19", "E-2", "E+39", "E+60", "08-01", "08-15", "11-01", "12-08", "12-25")
	},
	// Obwalden: Ruhetagsgesetz of 2007, art. 2.
	"CH-OW": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+39", "E+60", "08-01", "08-15", "09-25", "11-01", "12-08", "12-25")
	},
	"CH-SG": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+1", "E+39", "E+50", "08-01", "11-01", "12-25", "12-26")
	},
	"CH-SH": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+1", "05-01", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
	// Solothurn: so.ch list of statutory holidays.
	"CH-SO": func(y int) []string {
		return chDays(y, "01-01", "E-2", "05-01", "E+39", "E+60", "08-01", "08-15", "11-01", "12-25")
	},
	"CH-SZ": func(y int) []string {
		return chDays(y, "01-01", "01-06", "03-19", "E-2", "E+1", "E+39", "E+50", "E+60", "08-01",
			"08-15", "11-01", "12-08", "12-25", "12-26")
	},
	"CH-TG": func(y int) []string {
		return chDays(y, "01-01", "01-02", "E-2", "E+1", "05-01", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
	// Ticino: RL 10.1.1.1.2 art. 1, the fifteen days in its order.
	"CH-TI": func(y int) []string {
		return chDays(y, "01-01", "01-06", "03-19", "E+1", "05-01", "E+39", "E+50", "E+60", "06-29",
			"08-01", "08-15", "11-01", "12-08", "12-25", "12-26")
	},
	"CH-UR": func(y int) []string {
		return chDays(y, "01-01", "01-06", "03-19", "E-2", "E+1", "E+39", "E+50", "E+60", "08-01",
			"08-15", "11-01", "12-08", "12-25", "12-26")
	},
	// Vaud: vd.ch official holidays.
	"CH-VD": func(y int) []string {
		return union(chDays(y, "01-01", "01-02", "E-2", "E+1", "E+39", "E+50", "08-01", "12-25"),
			[]string{chFastMondayDates[y]})
	},
	"CH-VS": func(y int) []string {
		return chDays(y, "01-01", "03-19", "E+39", "E+60", "08-01", "08-15", "11-01", "12-08", "12-25")
	},
	// Zug: BGS 942.31 § 1.
	"CH-ZG": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+39", "E+60", "08-01", "08-15", "11-01", "12-08", "12-25")
	},
	// Zurich: LS 822.4 § 1.
	"CH-ZH": func(y int) []string {
		return chDays(y, "01-01", "E-2", "E+1", "05-01", "E+39", "E+50", "08-01", "12-25", "12-26")
	},
}

func TestCHClosedDates2024to2030(t *testing.T) {
	for _, r := range all {
		if r.Code != "CH" && !strings.HasPrefix(r.Code, "CH-") {
			continue
		}
		law, ok := chLaw[r.Code]
		if !assert.True(t, ok, "%s: no golden table", r.Code) {
			continue
		}
		for y := 2024; y <= 2030; y++ {
			t.Run(fmt.Sprintf("%s/%d", r.Code, y), func(t *testing.T) { assertClosed(t, r.Code, y, law(y)) })
		}
	}
}

// chClosed reports whether region code closes date ("2006-01-02").
func chClosed(t *testing.T, code, date string) bool {
	t.Helper()
	y, err := strconv.Atoi(date[:4])
	assert.NoError(t, err)
	_, ok := closedDates(t, code, y)[date]
	return ok
}

func chAssertDates(t *testing.T, code string, want bool, dates ...string) {
	t.Helper()
	for _, d := range dates {
		assert.Equal(t, want, chClosed(t, code, d), "%s %s: got closed=%v, want %v", code, d, !want, want)
	}
}

// Upstream keeps cantonal days in the national preset: 2 January,
// 6 January, 19 March, 1 May, Corpus Christi, 15 August, 8 December.
func TestCHNationalHasNoCantonalDays(t *testing.T) {
	chAssertDates(t, "CH", false, "2026-01-02", "2026-01-06", "2026-03-19", "2026-05-01",
		"2026-06-04", "2025-08-15", "2026-12-08")
}

// VRV art. 91: 26 December is no holiday when Christmas Day is a Monday
// or a Friday; upstream keeps it in every year. Same rule in AR and AI.
func TestCHStStephenSkippedAfterMondayChristmas(t *testing.T) {
	for _, code := range []string{"CH", "CH-AR", "CH-AI"} {
		chAssertDates(t, code, false, "2023-12-26", "2028-12-26", "2034-12-26")
		chAssertDates(t, code, true, "2024-12-26", "2029-12-26")
	}
}

// Upstream's Geneva lacks the Jeûne genevois and 31 December and closes
// Corpus Christi, which Geneva does not keep.
func TestCHGenevaFastRestorationNoCorpusChristi(t *testing.T) {
	chAssertDates(t, "CH-GE", true, "2020-09-10", "2023-09-07", "2035-09-06", "2021-12-31")
	chAssertDates(t, "CH-GE", false, "2021-06-03", "2026-06-04", "2026-12-26")
}

// Appenzell Innerrhoden: upstream lacks Saint Maurice (22 September),
// a rest day of the inner part under the Ruhetagsgesetz.
func TestCHAppenzellInnerrhodenSaintMaurice(t *testing.T) {
	chAssertDates(t, "CH-AI", true, "2026-09-22", "2021-09-22")
}

// Upstream's Ticino lacks 29 June.
func TestCHTicinoPeterAndPaul(t *testing.T) {
	chAssertDates(t, "CH-TI", true, "2021-06-29", "2026-06-29")
	chAssertDates(t, "CH-TI", false, "2026-04-03") // no Good Friday in Ticino
}

// Upstream's Zug lacks Corpus Christi, 15 August and 8 December and
// closes Easter Monday, Whit Monday and 26 December.
func TestCHZugCatholicFeasts(t *testing.T) {
	chAssertDates(t, "CH-ZG", true, "2026-06-04", "2025-08-15", "2026-12-08")
	chAssertDates(t, "CH-ZG", false, "2026-04-06", "2026-05-25", "2025-12-26")
}

// Neuchâtel: upstream lacks 1 March and closes Corpus Christi; 2 January
// and 26 December are holidays only after a Sunday.
func TestCHNeuchatelRepublicAndSundayRule(t *testing.T) {
	chAssertDates(t, "CH-NE", true, "2022-03-01", "2023-01-02", "2022-12-26", "2034-01-02")
	chAssertDates(t, "CH-NE", false, "2024-01-02", "2024-12-26", "2026-06-04", "2026-04-06")
}

// Vaud: upstream lacks the Federal Fast Monday.
func TestCHVaudFastMonday(t *testing.T) {
	chAssertDates(t, "CH-VD", true, "2023-09-18", "2029-09-17")
}

// Jura: upstream lacks 23 June, kept since the canton began in 1979.
func TestCHJuraPlebiscite(t *testing.T) {
	chAssertDates(t, "CH-JU", true, "2022-06-23", "1979-06-23")
	chAssertDates(t, "CH-JU", false, "1978-06-23")
}

// Obwalden: upstream lacks Bruder Klaus (25 September).
func TestCHObwaldenBrotherKlaus(t *testing.T) {
	chAssertDates(t, "CH-OW", true, "2023-09-25", "2026-09-25")
}

// Glarus: upstream lacks the Näfelser Fahrt; 2023 moved it past Holy Week.
func TestCHGlarusNaefelsRide(t *testing.T) {
	chAssertDates(t, "CH-GL", true, "2023-04-13", "2022-04-07")
	chAssertDates(t, "CH-GL", false, "2023-04-06")
}

// Fribourg: upstream closes 1 May and lacks 8 December.
func TestCHFribourgImmaculateNoLabourDay(t *testing.T) {
	chAssertDates(t, "CH-FR", true, "2026-12-08")
	chAssertDates(t, "CH-FR", false, "2026-05-01")
}

// Basel-Landschaft and Graubünden: upstream closes Catholic feasts that
// only some municipalities keep.
func TestCHNoMunicipalFeastsInBLAndGR(t *testing.T) {
	chAssertDates(t, "CH-BL", false, "2026-06-04", "2025-08-15")
	chAssertDates(t, "CH-GR", false, "2026-01-06", "2026-03-19", "2026-06-04", "2025-08-15",
		"2023-11-01", "2026-12-08")
}

// Lucerne: upstream closes 19 March, a municipal rest day only.
func TestCHLucerneNoStJoseph(t *testing.T) {
	chAssertDates(t, "CH-LU", false, "2026-03-19")
}

// Solothurn: upstream closes Whit Monday and 26 December.
func TestCHSolothurnNoWhitMondayNoStStephen(t *testing.T) {
	chAssertDates(t, "CH-SO", false, "2026-05-25", "2025-12-26")
}
