package holidays

import "testing"

// ieDates are Ireland's public holidays, written from the Organisation of
// Working Time Act 1997 sch. 2 para 1 and the 2022 regulations adding St
// Brigid's Day (first Monday in February, or 1 February when a Friday).
// No substitute days: a holiday on a weekend closes only its own date.
func ieDates(y int) []string {
	em := fromEaster(westernEaster, y, 1)
	return map[int][]string{
		2024: {"2024-01-01", "2024-02-05", "2024-03-17", em, "2024-05-06", "2024-06-03", "2024-08-05", "2024-10-28", "2024-12-25", "2024-12-26"},
		2025: {"2025-01-01", "2025-02-03", "2025-03-17", em, "2025-05-05", "2025-06-02", "2025-08-04", "2025-10-27", "2025-12-25", "2025-12-26"},
		2026: {"2026-01-01", "2026-02-02", "2026-03-17", em, "2026-05-04", "2026-06-01", "2026-08-03", "2026-10-26", "2026-12-25", "2026-12-26"},
		2027: {"2027-01-01", "2027-02-01", "2027-03-17", em, "2027-05-03", "2027-06-07", "2027-08-02", "2027-10-25", "2027-12-25", "2027-12-26"},
		2028: {"2028-01-01", "2028-02-07", "2028-03-17", em, "2028-05-01", "2028-06-05", "2028-08-07", "2028-10-30", "2028-12-25", "2028-12-26"},
		2029: {"2029-01-01", "2029-02-05", "2029-03-17", em, "2029-05-07", "2029-06-04", "2029-08-06", "2029-10-29", "2029-12-25", "2029-12-26"},
		// 1 February 2030 is a Friday: St Brigid's Day is that day.
		2030: {"2030-01-01", "2030-02-01", "2030-03-17", em, "2030-05-06", "2030-06-03", "2030-08-05", "2030-10-28", "2030-12-25", "2030-12-26"},
	}[y]
}

func TestIEClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "IE", y, ieDates(y))
	}
}

// The 1997 Act has no substitute day for a holiday on a weekend.
func TestIENoWeekendSubstitutes(t *testing.T) {
	gbAssertDays(t, "IE", map[string]bool{
		"2027-12-27": false, "2027-12-28": false, "2028-01-03": false,
		"2029-03-19": false, "2024-03-18": false,
	})
}

// The once-off public holiday of 18 March 2022.
func TestIEOnceOff2022(t *testing.T) {
	gbAssertDays(t, "IE", map[string]bool{"2022-03-18": true, "2023-03-18": false})
}

// Upstream applies New Year's Day (from 1974), the May (from 1994), June
// (from 1973) and October (from 1977) holidays to every year, and has no
// Whit Monday before the June holiday replaced it.
func TestIERulesBeforeTheyExisted(t *testing.T) {
	gbAssertDays(t, "IE", map[string]bool{
		"1973-01-01": false, "1974-01-01": true,
		"1993-05-03": false, "1994-05-02": true,
		"1972-06-05": false, "1972-05-22": true, "1973-06-04": true,
		"1976-10-25": false, "1977-10-31": true,
	})
}
