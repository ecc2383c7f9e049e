package holidays

import (
	"fmt"
	"testing"
)

// ruStatutory is the list of Labour Code art. 112 part 1 for year y.
func ruStatutory(y int) []string {
	out := []string{}
	for _, md := range []string{"01-01", "01-02", "01-03", "01-04", "01-05", "01-06", "01-07", "01-08", "02-23", "03-08", "05-01", "05-09", "06-12", "11-04"} {
		out = append(out, fmt.Sprintf("%d-%s", y, md))
	}
	return out
}

// TestRUClosedDates2024to2030 checks the complete closed dates of RU.
// Source: Labour Code art. 112; the days off moved by government decrees
// no. 1314 of 10 August 2023 (2024), no. 1335 of 4 October 2024 (2025) and
// no. 1466 of 24 September 2025 (2026); for 2027–2030 art. 112 part 2
// alone (a holiday on a weekend, other than in January, gives the next
// working day off), worked out by hand from the weekdays.
func TestRUClosedDates2024to2030(t *testing.T) {
	daysOff := map[int][]string{
		2024: {"2024-04-29", "2024-04-30", "2024-05-10", "2024-12-30", "2024-12-31"},
		2025: {"2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31"},
		2026: {"2026-01-09", "2026-03-09", "2026-05-11", "2026-12-31"},
		2027: {"2027-05-03", "2027-05-10", "2027-06-14"},
		2028: {"2028-11-06"},
		2029: {"2029-11-05"},
		2030: {"2030-02-25"},
	}
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "RU", y, union(ruStatutory(y), daysOff[y]))
	}
}

// Upstream closed only 1 and 7 January of the New Year holidays, so 2–6
// and 8 January were open.
func TestRUNewYearHolidaysWereOpen(t *testing.T) {
	got := closedDates(t, "RU", 2025)
	for _, d := range []string{"2025-01-02", "2025-01-03", "2025-01-06", "2025-01-08"} {
		if _, ok := got[d]; !ok {
			t.Errorf("RU %s open, want closed (art. 112: New Year holidays)", d)
		}
	}
}

// Upstream moved a weekend 7 January to Monday (2023-01-09); art. 112 part
// 2 excludes the January holidays (their days off are moved by decree:
// 2023 to 24 February and 8 May).
func TestRUChristmasNotMovedToMonday(t *testing.T) {
	got := closedDates(t, "RU", 2023)
	if names, ok := got["2023-01-09"]; ok {
		t.Errorf("RU 2023-01-09 closed by %v, want open", names)
	}
	for _, d := range []string{"2023-02-24", "2023-05-08"} {
		if _, ok := got[d]; !ok {
			t.Errorf("RU %s open, want closed (decree no. 1505)", d)
		}
	}
}

// In 2025 decree no. 1335 moved the days off of Sunday 23 February and
// Saturday 8 March to 8 May and 13 June: 24 February and 10 March 2025 are
// working days.
func TestRU2025DecreeOverridesMondayRule(t *testing.T) {
	got := closedDates(t, "RU", 2025)
	for _, d := range []string{"2025-02-24", "2025-03-10"} {
		if names, ok := got[d]; ok {
			t.Errorf("RU %s closed by %v, want open (decree no. 1335)", d, names)
		}
	}
}

// Non-working days declared by the President: 24 June 2020 (Victory
// parade), 4–7 May 2021 (decree no. 242), 1–3 November 2021 (decree no.
// 595).
func TestRUPresidentialNonWorkingDays(t *testing.T) {
	for _, d := range []string{"2020-04-15", "2020-06-24", "2020-07-01", "2021-05-04", "2021-05-07", "2021-11-01", "2021-11-03"} {
		if _, ok := closedDates(t, "RU", atoiIT(d[:4]))[d]; !ok {
			t.Errorf("RU %s open, want closed", d)
		}
	}
}

// Before the Federal Law of 29 December 2004, 4 November was not a
// holiday and 2–5 January were working days (the preset does not model
// that list's 2 January); 6 and 8 January are holidays from 2013 (Federal
// Law no. 35-FZ), so 2012-01-06 is not one (days off moved by that year's
// decree are not modelled before 2020).
func TestRUUnityDayFrom2005(t *testing.T) {
	for _, d := range []string{"2004-11-04", "2004-01-05", "2012-01-06"} {
		if names, ok := closedDates(t, "RU", atoiIT(d[:4]))[d]; ok {
			t.Errorf("RU %s closed by %v, want open", d, names)
		}
	}
}
