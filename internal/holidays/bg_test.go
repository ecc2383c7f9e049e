package holidays

import (
	"fmt"
	"testing"
)

// bgStatutory is the list of Labour Code art. 154(1) for year y: the fixed
// official holidays and Good Friday to Easter Monday (Orthodox Easter from
// the table in golden_test.go).
func bgStatutory(y int) []string {
	out := []string{}
	for _, md := range []string{"01-01", "03-03", "05-01", "05-06", "05-24", "09-06", "09-22", "12-24", "12-25", "12-26"} {
		out = append(out, fmt.Sprintf("%d-%s", y, md))
	}
	for _, off := range []int{-2, -1, 0, 1} {
		out = append(out, fromEaster(orthodoxEaster, y, off))
	}
	return out
}

// TestBGClosedDates2024to2030 checks the complete closed dates of BG.
// Source: Labour Code art. 154 (State Gazette no. 105/2016, in force
// 2017): the list of para. 1, and para. 2's days off for holidays on a
// weekend (written out per year below, worked out by hand from the
// weekdays of each year); Council of Ministers decision of 19 November
// 2025 (31 December 2025, 2 January 2026).
func TestBGClosedDates2024to2030(t *testing.T) {
	daysOff := map[int][]string{
		2024: {"2024-03-04", "2024-09-23"},
		2025: {"2025-05-26", "2025-09-08", "2025-12-31"},
		2026: {"2026-01-02", "2026-05-25", "2026-09-07", "2026-12-28"},
		2027: {"2027-05-04", "2027-12-27", "2027-12-28"},
		2028: {"2028-01-03", "2028-05-08", "2028-12-27"},
		2029: {"2029-03-05", "2029-05-07", "2029-09-24"},
		2030: {"2030-03-04", "2030-09-23"},
	}
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "BG", y, union(bgStatutory(y), daysOff[y]))
	}
}

// Upstream moved 1 May to Easter Tuesday when 1 May fell within two days
// after Good Friday: 2024-05-01 (a Wednesday) was left open and
// 2024-05-07 closed. The Labour Code keeps 1 May. (2040's Easter Tuesday,
// 8 May, is closed for another reason: St George's Day is Easter Sunday,
// and its day off is the first working day after Easter Monday.)
func TestBGLabourDayNotMovedToEasterTuesday(t *testing.T) {
	for _, y := range []int{2002, 2013, 2024, 2040} {
		got := closedDates(t, "BG", y)
		if _, ok := got[fmt.Sprintf("%d-05-01", y)]; !ok {
			t.Errorf("BG %d: 1 May is open, want closed", y)
		}
		tuesday := fromEasterOrthodoxBG(y, 2)
		if y == 2040 {
			continue
		}
		if names, ok := got[tuesday]; ok {
			t.Errorf("BG %d: Easter Tuesday %s closed by %v, want open", y, tuesday, names)
		}
	}
}

// fromEasterOrthodoxBG returns Orthodox Easter + offset for years outside
// the table of golden_test.go (Orthodox Easter 2002: 5 May, 2013: 5 May,
// 2040: 6 May, from the Ecumenical Patriarchate's tables).
func fromEasterOrthodoxBG(y, offset int) string {
	extra := map[int]string{2002: "2002-05-05", 2013: "2013-05-05", 2040: "2040-05-06"}
	if e, ok := extra[y]; ok {
		return fromEaster(map[int]string{y: e}, y, offset)
	}
	return fromEaster(orthodoxEaster, y, offset)
}

// A 1 May on a Saturday before Easter Sunday gives Tuesday off, the first
// working day after Easter Monday (art. 154(2)); 2021 is such a year.
func TestBGLabourDaySubstituteSkipsEasterMonday(t *testing.T) {
	got := closedDates(t, "BG", 2021)
	for _, d := range []string{"2021-05-01", "2021-05-03", "2021-05-04"} {
		if _, ok := got[d]; !ok {
			t.Errorf("BG 2021: %s open, want closed", d)
		}
	}
}

// The weekend days off exist only from 2017 (State Gazette no. 105/2016):
// 1 January 2012 was a Sunday and 2 January 2012 was a day off only by a
// Council of Ministers transfer, which the preset does not model;
// 2017-01-02 is the statutory day off for the Sunday 1 January 2017.
func TestBGWeekendDaysOffFrom2017(t *testing.T) {
	if names, ok := closedDates(t, "BG", 2012)["2012-01-02"]; ok {
		t.Errorf("BG 2012-01-02 closed by %v; the statutory rule starts in 2017", names)
	}
	if _, ok := closedDates(t, "BG", 2017)["2017-01-02"]; !ok {
		t.Error("BG 2017-01-02 open, want closed (art. 154(2))")
	}
}

// The Orthodox date in 2100–2199 (upstream's Julian option adds 13 days,
// but the calendars are 14 days apart from March 2100): Orthodox Easter
// 2100 is 18 April Julian (Meeus' Julian algorithm, worked by hand), that
// is 2 May 2100 Gregorian.
func TestBGOrthodoxEasterAfter2099(t *testing.T) {
	got := closedDates(t, "BG", 2100)
	for _, d := range []string{"2100-04-30", "2100-05-03"} {
		if _, ok := got[d]; !ok {
			t.Errorf("BG 2100: %s open, want closed (Good Friday, Easter Monday)", d)
		}
	}
}

// 31 December 2020 was a day off by decision of the Council of Ministers
// (worked on Saturday 12 December 2020); upstream had no one-off days.
func TestBGOneOffDayOff2020(t *testing.T) {
	if _, ok := closedDates(t, "BG", 2020)["2020-12-31"]; !ok {
		t.Error("BG 2020-12-31 open, want closed")
	}
}
