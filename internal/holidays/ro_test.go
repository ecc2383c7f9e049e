package holidays

import (
	"fmt"
	"testing"
)

// roStatutory is the list of Labour Code art. 139(1) as in force from 2024
// (Law no. 52/2023): fixed days, and Good Friday, Easter and Whitsun
// (Sunday and Monday) on the Orthodox dates of the table in golden_test.go.
func roStatutory(y int) []string {
	out := []string{}
	for _, md := range []string{"01-01", "01-02", "01-06", "01-07", "01-24", "05-01", "06-01", "08-15", "11-30", "12-01", "12-25", "12-26"} {
		out = append(out, fmt.Sprintf("%d-%s", y, md))
	}
	for _, off := range []int{-2, 0, 1, 49, 50} {
		out = append(out, fromEaster(orthodoxEaster, y, off))
	}
	return out
}

// TestROClosedDates2024to2030 checks the complete closed dates of RO.
// Source: Labour Code (Law no. 53/2003) art. 139(1) as amended by Law no.
// 52/2023; no weekend substitutes.
func TestROClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "RO", y, roStatutory(y))
	}
}

// 6 and 7 January are holidays from 2024 only (Law no. 52/2023); upstream
// had neither. 2025-01-06 and 2025-01-07 are a Monday and a Tuesday.
func TestROEpiphanyAndStJohnFrom2024(t *testing.T) {
	got := closedDates(t, "RO", 2025)
	for _, d := range []string{"2025-01-06", "2025-01-07"} {
		if _, ok := got[d]; !ok {
			t.Errorf("RO: %s open, want closed (Law no. 52/2023)", d)
		}
	}
	got = closedDates(t, "RO", 2023)
	for _, d := range []string{"2023-01-06", "2023-01-07"} {
		if names, ok := got[d]; ok {
			t.Errorf("RO: %s closed by %v, want open (before Law no. 52/2023)", d, names)
		}
	}
}

// Upstream applied 24 January (Law no. 176/2016, from 2017) and 30
// November (Law no. 147/2012, from 2012) to every year.
func TestROUnionDayAndStAndrewBeforeTheirLaws(t *testing.T) {
	if names, ok := closedDates(t, "RO", 2016)["2016-01-24"]; ok {
		t.Errorf("RO 2016-01-24 closed by %v, want open (Law no. 176/2016 applies from 2017)", names)
	}
	if names, ok := closedDates(t, "RO", 2011)["2011-11-30"]; ok {
		t.Errorf("RO 2011-11-30 closed by %v, want open (Law no. 147/2012 applies from 2012)", names)
	}
	if _, ok := closedDates(t, "RO", 2012)["2012-11-30"]; !ok {
		t.Error("RO 2012-11-30 open, want closed (Law no. 147/2012)")
	}
}

// Orthodox Easter 2100 is 2 May 2100 Gregorian (18 April Julian, Meeus'
// Julian algorithm worked by hand, plus the 14-day gap of 2100); upstream's
// Julian option adds 13 days and gave 1 May.
func TestROOrthodoxEasterAfter2099(t *testing.T) {
	got := closedDates(t, "RO", 2100)
	for _, d := range []string{"2100-04-30", "2100-05-02", "2100-05-03"} {
		if _, ok := got[d]; !ok {
			t.Errorf("RO 2100: %s open, want closed (Good Friday, Easter)", d)
		}
	}
}
