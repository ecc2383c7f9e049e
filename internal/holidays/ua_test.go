package holidays

import (
	"fmt"
	"testing"
)

// uaStatutory is the list of Labour Code art. 73 as in force from 2024:
// the fixed holidays, and Easter and Trinity (Sundays, Orthodox date from
// the table in golden_test.go) with their Mondays off (art. 67 part 3).
func uaStatutory(y int) []string {
	out := []string{}
	for _, md := range []string{"01-01", "03-08", "05-01", "05-08", "06-28", "07-15", "08-24", "10-01", "12-25"} {
		out = append(out, fmt.Sprintf("%d-%s", y, md))
	}
	for _, off := range []int{0, 1, 49, 50} {
		out = append(out, fromEaster(orthodoxEaster, y, off))
	}
	return out
}

// TestUAClosedDates2024to2030 checks the complete closed dates of UA: the
// statutory calendar (art. 73 as amended by Law no. 3107-IX and the Law of
// 14 July 2023; art. 67 part 3 for holidays on a weekend, days worked out
// by hand below), without the suspension of martial law (Law no.
// 2136-IX), as the preset documents.
func TestUAClosedDates2024to2030(t *testing.T) {
	daysOff := map[int][]string{
		2024: {"2024-08-26"},
		2025: {"2025-03-10", "2025-06-30", "2025-08-25"},
		2026: {"2026-03-09", "2026-06-29"},
		2027: {"2027-05-04", "2027-05-10", "2027-12-27"},
		2028: {"2028-01-03", "2028-07-17", "2028-10-02"},
		2029: {"2029-07-16"},
		2030: {"2030-08-26"},
	}
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "UA", y, union(uaStatutory(y), daysOff[y]))
	}
}

// Upstream closed Trinity Sunday only, never the Monday off.
func TestUATrinityMondayWasOpen(t *testing.T) {
	if _, ok := closedDates(t, "UA", 2025)["2025-06-09"]; !ok {
		t.Error("UA 2025-06-09 (Trinity Monday) open, want closed")
	}
}

// The 2023 reform: 7 January and 14 October are no longer holidays, 9 May
// became 8 May, 28 July became 15 July; upstream kept the old dates.
func TestUA2023Reform(t *testing.T) {
	got := closedDates(t, "UA", 2025)
	for _, d := range []string{"2025-01-07", "2025-10-14", "2025-05-09", "2025-07-28"} {
		if names, ok := got[d]; ok {
			t.Errorf("UA %s closed by %v, want open", d, names)
		}
	}
	got = closedDates(t, "UA", 2022)
	for _, d := range []string{"2022-01-07", "2022-10-14", "2022-05-09", "2022-07-28"} {
		if _, ok := got[d]; !ok {
			t.Errorf("UA %s open, want closed (statutory list of 2022)", d)
		}
	}
}

// A 25 December on a weekend gives the Monday off (art. 67 part 3);
// upstream gave none. 25 December was no holiday before 2017.
func TestUAChristmasDayOff(t *testing.T) {
	if _, ok := closedDates(t, "UA", 2021)["2021-12-27"]; !ok {
		t.Error("UA 2021-12-27 open, want closed")
	}
	if names, ok := closedDates(t, "UA", 2015)["2015-12-25"]; ok {
		t.Errorf("UA 2015-12-25 closed by %v, want open (Law no. 2211-VIII)", names)
	}
}

// Orthodox Easter 2100 is 2 May 2100 Gregorian (see the RO test): Easter
// Monday 3 May, Trinity Monday 21 June.
func TestUAOrthodoxEasterAfter2099(t *testing.T) {
	got := closedDates(t, "UA", 2100)
	for _, d := range []string{"2100-05-03", "2100-06-21"} {
		if _, ok := got[d]; !ok {
			t.Errorf("UA 2100: %s open, want closed", d)
		}
	}
}
