package holidays

import (
	"fmt"
	"testing"
)

// TestGRClosedDates2024to2030 checks the complete closed dates of GR.
// Source: Royal Decree no. 748/1966, Law no. 4468/2017 art. 14,
// Ministerial Decision 59635/1063/2017 and the customary holidays of the
// public sector; Orthodox Easter from the table in golden_test.go. 1 May
// 2024 fell on Holy Wednesday and was moved to Tuesday 7 May 2024 by
// decision of the Minister of Labour.
func TestGRClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		want := []string{}
		for _, off := range []int{-48, -2, 0, 1, 50} {
			want = append(want, fromEaster(orthodoxEaster, y, off))
		}
		for _, md := range []string{"01-01", "01-06", "03-25", "08-15", "10-28", "12-25", "12-26"} {
			want = append(want, fmt.Sprintf("%d-%s", y, md))
		}
		if y == 2024 {
			want = append(want, "2024-05-07")
		} else {
			want = append(want, fmt.Sprintf("%d-05-01", y))
		}
		assertClosed(t, "GR", y, want)
	}
}

// Upstream kept 1 May in the years the Minister of Labour moved it.
func TestGRLabourDayMovedByDecision(t *testing.T) {
	moved := map[int]string{2013: "2013-05-07", 2016: "2016-05-03", 2021: "2021-05-04", 2022: "2022-05-02", 2024: "2024-05-07"}
	for y, d := range moved {
		got := closedDates(t, "GR", y)
		if _, ok := got[d]; !ok {
			t.Errorf("GR %d: %s open, want closed (1 May moved)", y, d)
		}
		if y == 2013 || y == 2024 { // weekdays; 1 May 2016 was Easter Sunday
			if names, ok := got[fmt.Sprintf("%d-05-01", y)]; ok {
				t.Errorf("GR %d: 1 May closed by %v, want open (moved to %s)", y, names, d)
			}
		}
	}
}

// Orthodox Easter 2100 is 2 May 2100 Gregorian (see the RO test); Clean
// Monday is 48 days before: 15 March 2100.
func TestGROrthodoxEasterAfter2099(t *testing.T) {
	got := closedDates(t, "GR", 2100)
	for _, d := range []string{"2100-03-15", "2100-04-30", "2100-05-03"} {
		if _, ok := got[d]; !ok {
			t.Errorf("GR 2100: %s open, want closed", d)
		}
	}
}
