package holidays

import (
	"fmt"
	"testing"
)

// Dates of each Canadian holiday 2024–2030, written out from its rule in
// the statute named in ca.go and sources/ca.md (a date on a Saturday or
// Sunday stays where it is unless a list says otherwise).
var (
	caTestNewYear      = caTestYears("01-01", "01-01", "01-01", "01-01", "01-01", "01-01", "01-01")
	caTestFamilyDay    = caTestYears("02-19", "02-17", "02-16", "02-15", "02-21", "02-19", "02-18") // third Monday in February
	caTestVictoriaDay  = caTestYears("05-20", "05-19", "05-18", "05-24", "05-22", "05-21", "05-20") // Monday before 25 May
	caTestCanadaDay    = caTestYears("07-01", "07-01", "07-01", "07-01", "07-01", "07-01", "07-01")
	caTestCivicHoliday = caTestYears("08-05", "08-04", "08-03", "08-02", "08-07", "08-06", "08-05") // first Monday in August
	caTestLabourDay    = caTestYears("09-02", "09-01", "09-07", "09-06", "09-04", "09-03", "09-02") // first Monday in September
	caTestNDTR         = caTestYears("09-30", "09-30", "09-30", "09-30", "09-30", "09-30", "09-30")
	caTestThanksgiving = caTestYears("10-14", "10-13", "10-12", "10-11", "10-09", "10-08", "10-14") // second Monday in October
	caTestRemembrance  = caTestYears("11-11", "11-11", "11-11", "11-11", "11-11", "11-11", "11-11")
	caTestChristmas    = caTestYears("12-25", "12-25", "12-25", "12-25", "12-25", "12-25", "12-25")
	caTestBoxingDay    = caTestYears("12-26", "12-26", "12-26", "12-26", "12-26", "12-26", "12-26")

	// Canada Labour Code s. 193(2): the Monday (Tuesday after a Monday
	// substitute) after New Year's Day, Canada Day, the National Day for
	// Truth and Reconciliation, Remembrance Day, Christmas Day or Boxing
	// Day on a Saturday or Sunday. 2026: Boxing Day Sat; 2027: Christmas
	// Sat, Boxing Day Sun; 2028: New Year's Day Sat, Canada Day Sat,
	// 30 September Sat, 11 November Sat; 2029: Canada Day Sun,
	// 30 September Sun, 11 November Sun.
	caTestFederalSubstitutes = map[int][]string{
		2026: {"2026-12-28"},
		2027: {"2027-12-27", "2027-12-28"},
		2028: {"2028-01-03", "2028-07-03", "2028-10-02", "2028-11-13"},
		2029: {"2029-07-02", "2029-10-01", "2029-11-12"},
	}
)

// caTestYears maps 2024…2030 to the given month-days of each year.
func caTestYears(monthDays ...string) map[int]string {
	m := map[int]string{}
	for i, md := range monthDays {
		y := 2024 + i
		m[y] = fmt.Sprintf("%d-%s", y, md)
	}
	return m
}

// caTestList is year y's date of each holiday, plus Good Friday when
// goodFriday is set.
func caTestList(y int, goodFriday bool, holidays ...map[int]string) []string {
	var out []string
	if goodFriday {
		out = append(out, fromEaster(westernEaster, y, -2))
	}
	for _, h := range holidays {
		out = append(out, h[y])
	}
	return out
}

func TestCAClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		// Canada Labour Code s. 166 and s. 193(2).
		assertClosed(t, "CA", y, union(caTestList(y, true, caTestNewYear, caTestVictoriaDay, caTestCanadaDay, caTestLabourDay,
			caTestNDTR, caTestThanksgiving, caTestRemembrance, caTestChristmas, caTestBoxingDay), caTestFederalSubstitutes[y]))
		// Alberta Employment Standards Code s. 1(1)(n).
		assertClosed(t, "CA-AB", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestVictoriaDay, caTestCanadaDay,
			caTestLabourDay, caTestThanksgiving, caTestRemembrance, caTestChristmas))
		// British Columbia Employment Standards Act s. 1(1); NDTR from 2023.
		assertClosed(t, "CA-BC", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestVictoriaDay, caTestCanadaDay,
			caTestCivicHoliday, caTestLabourDay, caTestNDTR, caTestThanksgiving, caTestRemembrance, caTestChristmas))
		// Manitoba Employment Standards Code s. 21(1); Orange Shirt Day from 2024.
		assertClosed(t, "CA-MB", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestVictoriaDay, caTestCanadaDay,
			caTestLabourDay, caTestNDTR, caTestThanksgiving, caTestChristmas))
		// New Brunswick Employment Standards Act s. 1.
		assertClosed(t, "CA-NB", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestCanadaDay,
			caTestCivicHoliday, caTestLabourDay, caTestRemembrance, caTestChristmas))
		// Newfoundland and Labrador Labour Standards Act s. 14.
		assertClosed(t, "CA-NL", y, caTestList(y, true, caTestNewYear, caTestCanadaDay, caTestLabourDay,
			caTestRemembrance, caTestChristmas))
		// Nova Scotia Labour Standards Code and Remembrance Day Act.
		assertClosed(t, "CA-NS", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestCanadaDay,
			caTestLabourDay, caTestRemembrance, caTestChristmas))
		// Ontario Employment Standards Act, 2000 s. 1(1).
		assertClosed(t, "CA-ON", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestVictoriaDay, caTestCanadaDay,
			caTestLabourDay, caTestThanksgiving, caTestChristmas, caTestBoxingDay))
		// Prince Edward Island Employment Standards Act s. 1; NDTR from 2022.
		assertClosed(t, "CA-PE", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestCanadaDay,
			caTestLabourDay, caTestNDTR, caTestRemembrance, caTestChristmas))
		// Saskatchewan Employment Act s. 2-1.
		assertClosed(t, "CA-SK", y, caTestList(y, true, caTestNewYear, caTestFamilyDay, caTestVictoriaDay, caTestCanadaDay,
			caTestCivicHoliday, caTestLabourDay, caTestThanksgiving, caTestRemembrance, caTestChristmas))

		// Quebec Act respecting labour standards s. 60 and Act respecting
		// the Fête nationale: 24 June and 1 July on a Sunday (2029) move
		// to the Monday.
		fete, canada := caTestYears("06-24", "06-24", "06-24", "06-24", "06-24", "06-25", "06-24"),
			caTestYears("07-01", "07-01", "07-01", "07-01", "07-01", "07-02", "07-01")
		assertClosed(t, "CA-QC", y, caTestList(y, true, caTestNewYear, caTestVictoriaDay, fete, canada,
			caTestLabourDay, caTestThanksgiving, caTestChristmas))
	}
}

// Upstream's Canada set closes Easter Monday and the Civic Holiday, which
// no federal or Ontario law makes a holiday, and lacks Ontario's Family
// Day.
func TestCAUpstreamEasterMondayAndCivicHoliday(t *testing.T) {
	easterMonday := fromEaster(westernEaster, 2025, 1)
	for _, code := range []string{"CA", "CA-ON"} {
		gbAssertDays(t, code, map[string]bool{easterMonday: false, "2025-08-04": false})
	}
	gbAssertDays(t, "CA-ON", map[string]bool{"2025-02-17": true, "2025-11-11": false, "2025-12-26": true})
	gbAssertDays(t, "CA", map[string]bool{"2025-02-17": false, "2025-11-11": true, "2025-12-26": true})
}

// The National Day for Truth and Reconciliation: federal from 2021, Prince
// Edward Island from 2022, British Columbia from 2023, Manitoba from 2024,
// not in the other provinces.
func TestCANationalDayForTruthAndReconciliationFirstYears(t *testing.T) {
	gbAssertDays(t, "CA", map[string]bool{"2020-09-30": false, "2021-09-30": true})
	gbAssertDays(t, "CA-PE", map[string]bool{"2021-09-30": false, "2022-09-30": true})
	gbAssertDays(t, "CA-BC", map[string]bool{"2022-09-30": false, "2024-09-30": true})
	gbAssertDays(t, "CA-MB", map[string]bool{"2023-09-29": false, "2023-10-02": false, "2024-09-30": true})
	for _, code := range []string{"CA-AB", "CA-NB", "CA-NL", "CA-NS", "CA-ON", "CA-QC", "CA-SK"} {
		gbAssertDays(t, code, map[string]bool{"2025-09-30": false})
	}
}

// February holidays start in the year their law gave; British Columbia's
// was the second Monday until 2018.
func TestCAFamilyDayFirstYears(t *testing.T) {
	gbAssertDays(t, "CA-AB", map[string]bool{"1989-02-20": false, "1990-02-19": true})
	gbAssertDays(t, "CA-ON", map[string]bool{"2007-02-19": false, "2008-02-18": true})
	gbAssertDays(t, "CA-BC", map[string]bool{"2012-02-13": false, "2013-02-11": true, "2018-02-12": true, "2018-02-19": false, "2019-02-18": true})
	gbAssertDays(t, "CA-NB", map[string]bool{"2017-02-20": false, "2018-02-19": true})
	gbAssertDays(t, "CA-NS", map[string]bool{"2014-02-17": false, "2015-02-16": true})
}

// Provincial holidays on a weekend have no fixed substitute; the federal
// Code's and Quebec's do.
func TestCAWeekendSubstitutes(t *testing.T) {
	for _, code := range []string{"CA-AB", "CA-BC", "CA-ON", "CA-SK", "CA-NS"} {
		gbAssertDays(t, code, map[string]bool{"2027-12-27": false, "2028-01-03": false, "2029-07-02": false})
	}
	gbAssertDays(t, "CA", map[string]bool{"2027-12-27": true, "2028-01-03": true, "2029-07-02": true})
	closed := closedDates(t, "CA-QC", 2029)
	for _, d := range []string{"2029-06-24", "2029-07-01"} {
		if _, ok := closed[d]; ok {
			t.Errorf("CA-QC %s: got closed, want open (the holiday moves to the Monday)", d)
		}
	}
}
