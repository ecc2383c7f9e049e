package holidays

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Golden tables for Germany, written from the states' holiday laws and the
// Unification Treaty (sources/de.md): for each year, every date the law
// closes, weekends included.

// deFederalDates are the days every state keeps (BMI list of public
// holidays; Unification Treaty art. 2(2) for 3 October).
func deFederalDates(y int) []string {
	return []string{
		fmt.Sprintf("%d-01-01", y),
		fromEaster(westernEaster, y, -2), // Good Friday
		fromEaster(westernEaster, y, 1),  // Easter Monday
		fmt.Sprintf("%d-05-01", y),
		fromEaster(westernEaster, y, 39), // Ascension Day
		fromEaster(westernEaster, y, 50), // Whit Monday
		fmt.Sprintf("%d-10-03", y),
		fmt.Sprintf("%d-12-25", y),
		fmt.Sprintf("%d-12-26", y),
	}
}

// deRepentanceDates is the Wednesday before 23 November (Saxony's
// Buß- und Bettag), written out from a calendar.
var deRepentanceDates = map[int]string{
	2024: "2024-11-20", 2025: "2025-11-19", 2026: "2026-11-18", 2027: "2027-11-17",
	2028: "2028-11-22", 2029: "2029-11-21", 2030: "2030-11-20",
}

// deStateDates are each state's own days for year y, from its holiday law.
func deStateDates(code string, y int) []string {
	epiphany := fmt.Sprintf("%d-01-06", y)
	corpusChristi := fromEaster(westernEaster, y, 60)
	assumption := fmt.Sprintf("%d-08-15", y)
	reformation := fmt.Sprintf("%d-10-31", y)
	allSaints := fmt.Sprintf("%d-11-01", y)
	switch code {
	case "DE":
		return nil
	case "DE-BB", "DE-HB", "DE-HH", "DE-NI", "DE-SH":
		// Reformation Day: Brandenburg FTG § 2; Bremen Gesetz über die Sonn-
		// und Feiertage § 1, Hamburg Feiertagsgesetz § 1, NFeiertagsG § 2,
		// Schleswig-Holstein SFTG § 2 (from 2018).
		return []string{reformation}
	case "DE-BE": // Women's Day from 2019; 8 May 2025 once (FeiertG BE § 1)
		if y == 2025 {
			return []string{fmt.Sprintf("%d-03-08", y), "2025-05-08"}
		}
		return []string{fmt.Sprintf("%d-03-08", y)}
	case "DE-BW", "DE-BY", "DE-NW", "DE-RP":
		// Baden-Württemberg FTG § 1, Bavaria FTG Art. 1, Feiertagsgesetz NW
		// § 2, Rhineland-Palatinate Feiertagsgesetz § 2. Bavaria: Assumption
		// Day only in Catholic-majority municipalities, not state-wide (FTG
		// Art. 1(1) Nr. 2); Augsburg's 8 August is local.
		out := []string{corpusChristi, allSaints}
		if code == "DE-BW" || code == "DE-BY" {
			out = append(out, epiphany)
		}
		return out
	case "DE-HE": // Hessisches Feiertagsgesetz § 1
		return []string{corpusChristi}
	case "DE-MV": // Reformation Day; Women's Day from 2023 (FTG M-V § 2)
		return []string{reformation, fmt.Sprintf("%d-03-08", y)}
	case "DE-SL": // Saarland Gesetz über die Sonn- und Feiertage § 2
		return []string{corpusChristi, assumption, allSaints}
	case "DE-SN": // SächsSFG § 1; Corpus Christi only in listed municipalities
		return []string{reformation, deRepentanceDates[y]}
	case "DE-ST": // FeiertG LSA § 2
		return []string{epiphany, reformation}
	case "DE-TH": // ThürFGtG § 2: Reformation Day; World Children's Day from 2019
		return []string{reformation, fmt.Sprintf("%d-09-20", y)}
	}
	panic("no table for " + code)
}

var deCodes = []string{
	"DE", "DE-BB", "DE-BE", "DE-BW", "DE-BY", "DE-HB", "DE-HE", "DE-HH", "DE-MV",
	"DE-NI", "DE-NW", "DE-RP", "DE-SH", "DE-SL", "DE-SN", "DE-ST", "DE-TH",
}

func TestDEClosedDates2024to2030(t *testing.T) {
	for _, code := range deCodes {
		for y := 2024; y <= 2030; y++ {
			assertClosed(t, code, y, union(deFederalDates(y), deStateDates(code, y)))
		}
	}
}

// deAssertDay checks whether one date is closed in region code.
func deAssertDay(t *testing.T, code, date string, closed bool) {
	t.Helper()
	_, got := closedDates(t, code, deYear(date))[date]
	assert.Equal(t, closed, got, "%s %s closed", code, date)
}

// deYear returns the year of a "2006-01-02" date.
func deYear(date string) int {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err)
	}
	return d.Year()
}

// Upstream keeps Reformation Day in Bremen, Hamburg, Lower Saxony and
// Schleswig-Holstein in every year; their laws add it from 2018.
func TestDEReformationDayNorthOnlyFrom2018(t *testing.T) {
	for _, code := range []string{"DE-HB", "DE-HH", "DE-NI", "DE-SH"} {
		deAssertDay(t, code, "2016-10-31", false)
		deAssertDay(t, code, "2015-10-30", false)
		deAssertDay(t, code, "2018-10-31", true)
		deAssertDay(t, code, "2019-10-31", true)
	}
}

// 31 October 2017, the 500th anniversary of the Reformation, was a
// holiday in every state; upstream lacks it in seven of them.
func TestDEReformation500thAnniversaryEverywhere(t *testing.T) {
	for _, code := range deCodes {
		deAssertDay(t, code, "2017-10-31", true)
	}
	deAssertDay(t, "DE-BY", "2018-10-31", false)
	deAssertDay(t, "DE", "2016-10-31", false)
}

// Upstream keeps Berlin's Women's Day in every year; it is a holiday from
// 2019.
func TestDEBerlinWomensDayOnlyFrom2019(t *testing.T) {
	deAssertDay(t, "DE-BE", "2018-03-08", false)
	deAssertDay(t, "DE-BE", "2017-03-08", false)
	deAssertDay(t, "DE-BE", "2019-03-08", true)
}

// Upstream lacks Mecklenburg-Western Pomerania's Women's Day (from 2023).
func TestDEMVWomensDayFrom2023(t *testing.T) {
	deAssertDay(t, "DE-MV", "2022-03-08", false)
	deAssertDay(t, "DE-MV", "2023-03-08", true)
	deAssertDay(t, "DE-MV", "2033-03-08", true)
}

// Upstream lacks Berlin's one-off Day of Liberation holidays.
func TestDEBerlinLiberationDayOneOffs(t *testing.T) {
	deAssertDay(t, "DE-BE", "2020-05-08", true)
	deAssertDay(t, "DE-BE", "2025-05-08", true)
	deAssertDay(t, "DE-BE", "2024-05-08", false)
	deAssertDay(t, "DE-BE", "2030-05-08", false)
	deAssertDay(t, "DE-BB", "2020-05-08", false)
	deAssertDay(t, "DE", "2025-05-08", false)
}

// Thuringia's World Children's Day begins in 2019.
func TestDEThuringiaChildrensDayFrom2019(t *testing.T) {
	deAssertDay(t, "DE-TH", "2018-09-20", false)
	deAssertDay(t, "DE-TH", "2019-09-20", true)
	deAssertDay(t, "DE-BY", "2019-09-20", false)
}

// Upstream keeps 3 October in every year; the Unification Treaty made it
// the unity day from 1990, and 17 June was the Federal Republic's before.
func TestDEUnityDayMovedIn1990(t *testing.T) {
	deAssertDay(t, "DE", "1989-10-03", false)
	deAssertDay(t, "DE", "1990-10-03", true)
	deAssertDay(t, "DE", "1988-06-17", true)
	deAssertDay(t, "DE-BW", "1988-06-17", true)
	deAssertDay(t, "DE", "1991-06-17", false)
	deAssertDay(t, "DE-SN", "1988-06-17", false)
}

// Upstream keeps the Day of Repentance and Prayer in Saxony only; every
// state kept it until 1994 and only Saxony from 1995.
func TestDERepentanceDayEverywhereUntil1994(t *testing.T) {
	deAssertDay(t, "DE-BY", "1994-11-16", true)
	deAssertDay(t, "DE", "1994-11-16", true)
	deAssertDay(t, "DE-BY", "1995-11-22", false)
	deAssertDay(t, "DE-SN", "1995-11-22", true)
}
