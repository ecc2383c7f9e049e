package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// gbEnglandWalesDates are the bank holidays of England and Wales, weekend
// dates included, written from the Banking and Financial Dealings Act 1971
// sch. 1 para 1, the proclamations, and https://www.gov.uk/bank-holidays
// (which lists 2024–2027; 2028–2030 follow the Act's rules).
func gbEnglandWalesDates(y int) []string {
	gf, em := fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 1)
	return map[int][]string{
		2024: {"2024-01-01", gf, em, "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"},
		2025: {"2025-01-01", gf, em, "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"},
		// Boxing Day on a Saturday: substitute Monday 28 December.
		2026: {"2026-01-01", gf, em, "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-26", "2026-12-28"},
		// Christmas on a Saturday, Boxing Day on a Sunday: 27 and 28 December.
		2027: {"2027-01-01", gf, em, "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"},
		// New Year's Day on a Saturday: substitute Monday 3 January.
		2028: {"2028-01-01", "2028-01-03", gf, em, "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"},
		2029: {"2029-01-01", gf, em, "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"},
		2030: {"2030-01-01", gf, em, "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"},
	}[y]
}

// gbNorthernIrelandOwn are St Patrick's Day (1971 Act sch. 1 para 3) and
// 12 July (proclamation), with their Monday substitutes (gov.uk).
func gbNorthernIrelandOwn(y int) []string {
	return map[int][]string{
		2024: {"2024-03-17", "2024-03-18", "2024-07-12"},
		2025: {"2025-03-17", "2025-07-12", "2025-07-14"},
		2026: {"2026-03-17", "2026-07-12", "2026-07-13"},
		2027: {"2027-03-17", "2027-07-12"},
		2028: {"2028-03-17", "2028-07-12"},
		2029: {"2029-03-17", "2029-03-19", "2029-07-12"},
		2030: {"2030-03-17", "2030-03-18", "2030-07-12"},
	}[y]
}

// gbScotlandDates are Scotland's bank holidays: 1971 Act sch. 1 para 2,
// the St Andrew's Day Bank Holiday (Scotland) Act 2007 and gov.uk. No
// Easter Monday; summer holiday on the first Monday in August; St Andrew's
// Day on a weekend moves to the Monday.
func gbScotlandDates(y int) []string {
	gf := fromEaster(westernEaster, y, -2)
	return map[int][]string{
		2024: {"2024-01-01", "2024-01-02", gf, "2024-05-06", "2024-05-27", "2024-08-05", "2024-12-02", "2024-12-25", "2024-12-26"},
		2025: {"2025-01-01", "2025-01-02", gf, "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"},
		2026: {"2026-01-01", "2026-01-02", gf, "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-26", "2026-12-28"},
		2027: {"2027-01-01", "2027-01-02", "2027-01-04", gf, "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30",
			"2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"},
		2028: {"2028-01-01", "2028-01-02", "2028-01-03", "2028-01-04", gf, "2028-05-01", "2028-05-29", "2028-08-07", "2028-11-30",
			"2028-12-25", "2028-12-26"},
		2029: {"2029-01-01", "2029-01-02", gf, "2029-05-07", "2029-05-28", "2029-08-06", "2029-11-30", "2029-12-25", "2029-12-26"},
		2030: {"2030-01-01", "2030-01-02", gf, "2030-05-06", "2030-05-27", "2030-08-05", "2030-12-02", "2030-12-25", "2030-12-26"},
	}[y]
}

func TestGBClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		for _, code := range []string{"GB", "GB-ENG", "GB-WLS"} {
			assertClosed(t, code, y, gbEnglandWalesDates(y))
		}
		assertClosed(t, "GB-NIR", y, union(gbEnglandWalesDates(y), gbNorthernIrelandOwn(y)))
		assertClosed(t, "GB-SCT", y, gbScotlandDates(y))
	}
}

// gbAssertDays checks that each date is closed (want true) or open in
// region code.
func gbAssertDays(t *testing.T, code string, want map[string]bool) {
	t.Helper()
	for d, closed := range want {
		var y int
		for _, c := range d[:4] {
			y = y*10 + int(c-'0')
		}
		_, got := closedDates(t, code, y)[d]
		assert.Equal(t, closed, got, "%s %s: got closed=%v, want %v", code, d, got, closed)
	}
}

// Upstream lacks the state funeral of Queen Elizabeth II (proclaimed bank
// holiday, 19 September 2022) in every part of the UK.
func TestGBStateFuneral2022Missing(t *testing.T) {
	for _, code := range []string{"GB", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"} {
		gbAssertDays(t, code, map[string]bool{"2022-09-19": true})
	}
}

// Upstream moves the spring bank holiday only in 2022; in 2002 and 2012
// it was moved to 4 June with a jubilee day next to it, and 2011 had the
// royal wedding.
func TestGBJubileeMovesSpringHoliday(t *testing.T) {
	for _, code := range []string{"GB", "GB-SCT", "GB-NIR"} {
		gbAssertDays(t, code, map[string]bool{
			"2002-05-27": false, "2002-06-03": true, "2002-06-04": true,
			"2012-05-28": false, "2012-06-04": true, "2012-06-05": true,
			"2022-05-30": false, "2022-06-02": true, "2022-06-03": true,
			"2011-04-29": true, "2023-05-08": true,
		})
	}
}

// Upstream moves the early May bank holiday to VE Day only in 2020; it was
// moved in 1995 too.
func TestGBEarlyMayMovedToVEDay1995(t *testing.T) {
	gbAssertDays(t, "GB", map[string]bool{
		"1995-05-01": false, "1995-05-08": true,
		"2020-05-04": false, "2020-05-08": true,
	})
}

// Upstream applies New Year's Day (England and Wales, from 1974), the
// early May holiday (from 1978) and the spring holiday (from 1971) to every
// year.
func TestGBRulesBeforeTheyExisted(t *testing.T) {
	gbAssertDays(t, "GB", map[string]bool{
		"1973-01-01": false, "1974-01-01": true,
		"1977-05-02": false, "1978-05-01": true,
		"1971-05-31": true,
		"1964-08-03": true, "1964-08-31": false, "1965-08-30": true,
	})
	// Scotland: 1 January and the first Monday in May since 1871.
	gbAssertDays(t, "GB-SCT", map[string]bool{"1973-01-01": true, "1977-05-02": true})
}

// Scotland has no Easter Monday and a summer holiday on the first Monday
// of August; Northern Ireland's St Patrick's Day is a Monday substitute
// when the 17th is a Saturday.
func TestGBRegionalDifferences(t *testing.T) {
	easterMonday := fromEaster(westernEaster, 2025, 1)
	gbAssertDays(t, "GB-SCT", map[string]bool{easterMonday: false, "2025-08-25": false, "2025-08-04": true})
	gbAssertDays(t, "GB", map[string]bool{easterMonday: true, "2025-08-04": false, "2025-03-17": false, "2025-12-01": false})
	gbAssertDays(t, "GB-NIR", map[string]bool{"2029-03-19": true, "2035-07-12": true, "2034-07-12": true})
}
