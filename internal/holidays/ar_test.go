package holidays

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// arNational returns the holidays of Argentina in year y (2024–2030) from
// Ley 27.399: art. 1 for the holidays, art. 6 for the transferable ones
// (17 June, 17 August, 12 October, 20 November: Tuesday and Wednesday move
// to the Monday before, Thursday and Friday to the Monday after), written
// out per year in moved.
func arNational(y int, moved ...string) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return append([]string{
		d("01-01"),
		fromEaster(westernEaster, y, -48), // Carnival Monday
		fromEaster(westernEaster, y, -47), // Carnival Tuesday
		d("03-24"), d("04-02"),
		fromEaster(westernEaster, y, -2), // Good Friday
		d("05-01"), d("05-25"), d("06-20"), d("07-09"), d("12-08"), d("12-25"),
	}, moved...)
}

// Sources: Ley 27.399 (https://www.argentina.gob.ar/normativa/nacional/ley-27399-281835/texto);
// the tourism bridge holidays of 2024 from Decreto 106/2023; the 2025
// move of 12 October from Resolución 139/2025 JGM. The 2025 and 2026
// tourism days (Decreto 1027/2024, Resolución 164/2025 JGM) are "días no
// laborables" and are not in the tables.
func TestARClosedDates2024to2030(t *testing.T) {
	want := map[int][]string{
		// 17 Jun Mon, 17 Aug Sat, 12 Oct Sat, 20 Nov Wed → 18 Nov;
		// bridges 1 Apr, 21 Jun, 11 Oct (Decreto 106/2023).
		2024: arNational(2024, "2024-06-17", "2024-08-17", "2024-10-12", "2024-11-18",
			"2024-04-01", "2024-06-21", "2024-10-11"),
		// 17 Jun Tue → 16 Jun, 17 Aug Sun, 12 Oct Sun → Fri 10 Oct
		// (Resolución 139/2025), 20 Nov Thu → 24 Nov.
		2025: arNational(2025, "2025-06-16", "2025-08-17", "2025-10-10", "2025-11-24"),
		// 17 Jun Wed → 15 Jun, 17 Aug Mon, 12 Oct Mon, 20 Nov Fri → 23 Nov.
		2026: arNational(2026, "2026-06-15", "2026-08-17", "2026-10-12", "2026-11-23"),
		// 17 Jun Thu → 21 Jun, 17 Aug Tue → 16 Aug, 12 Oct Tue → 11 Oct, 20 Nov Sat.
		2027: arNational(2027, "2027-06-21", "2027-08-16", "2027-10-11", "2027-11-20"),
		// 17 Jun Sat, 17 Aug Thu → 21 Aug, 12 Oct Thu → 16 Oct, 20 Nov Mon.
		2028: arNational(2028, "2028-06-17", "2028-08-21", "2028-10-16", "2028-11-20"),
		// 17 Jun Sun, 17 Aug Fri → 20 Aug, 12 Oct Fri → 15 Oct, 20 Nov Tue → 19 Nov.
		2029: arNational(2029, "2029-06-17", "2029-08-20", "2029-10-15", "2029-11-19"),
		// 17 Jun Mon, 17 Aug Sat, 12 Oct Sat, 20 Nov Wed → 18 Nov.
		2030: arNational(2030, "2030-06-17", "2030-08-17", "2030-10-12", "2030-11-18"),
	}
	for y, dates := range want {
		assertClosed(t, "AR", y, dates)
	}
}

// arClosed reports whether date ("2006-01-02") is a holiday of AR.
func arClosed(t *testing.T, date string) bool {
	t.Helper()
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		t.Fatalf("bad date %q", date)
	}
	_, ok := closedDates(t, "AR", y)[date]
	return ok
}

// Upstream put "Viernes Santo" on Easter − 3 (Holy Thursday, a "día no
// laborable" of Ley 27.399).
func TestARGoodFridayIsEasterMinusTwo(t *testing.T) {
	assert.True(t, arClosed(t, "2020-04-10"), "Good Friday 2020")
	assert.False(t, arClosed(t, "2020-04-09"), "Holy Thursday 2020")
	assert.True(t, arClosed(t, "2023-04-07"), "Good Friday 2023")
	assert.False(t, arClosed(t, "2023-04-06"), "Holy Thursday 2023")
}

// Upstream kept the transferable holidays of Ley 27.399 art. 6 on their
// date; the law moves them and the original date is a working day.
func TestARTransferableHolidaysMove(t *testing.T) {
	for moved, original := range map[string]string{
		"2020-06-15": "2020-06-17", // Wednesday → Monday before
		"2020-11-23": "2020-11-20", // Friday → Monday after
		"2021-08-16": "2021-08-17", // Tuesday → Monday before
		"2021-10-11": "2021-10-12",
		"2022-08-15": "2022-08-17",
		"2022-10-10": "2022-10-12",
		"2023-08-21": "2023-08-17", // Thursday → Monday after
		"2023-10-16": "2023-10-12",
	} {
		assert.True(t, arClosed(t, moved), "moved date %s", moved)
		assert.False(t, arClosed(t, original), "original date %s", original)
	}
	// 2022: Güemes on Friday 17 June stayed there, as the Monday after is
	// Belgrano's 20 June.
	assert.True(t, arClosed(t, "2022-06-17"))
}

// Upstream invented Saturday→Friday and Sunday→Monday substitutes.
func TestARNoWeekendSubstitutes(t *testing.T) {
	for _, d := range []string{"2020-06-19", "2021-11-19", "2023-06-16", "2025-08-18", "2024-08-16"} {
		assert.False(t, arClosed(t, d), d)
	}
}

// Upstream applied Carnival (restored by Decreto 1584/2010 from 2011),
// 24 March (Ley 26.085, 2006) and National Sovereignty Day (from 2010) to
// earlier years.
func TestARRulesNotBeforeTheyExisted(t *testing.T) {
	assert.False(t, arClosed(t, "2010-02-15"), "Carnival Monday 2010")
	assert.True(t, arClosed(t, "2011-03-07"), "Carnival Monday 2011")
	assert.False(t, arClosed(t, "2005-03-24"), "24 March 2005")
	assert.True(t, arClosed(t, "2006-03-24"), "24 March 2006")
	assert.False(t, arClosed(t, "2009-11-20"), "20 November 2009")
}

// Days decreed for a single year: Malvinas Day moved to 31 March 2020
// (Decreto 297/2020), census day 2022 (Decreto 42/2022), World Cup day
// (Decreto 842/2022), the tourism holidays of 2020–2024; the tourism days of
// 2025 are "días no laborables", not holidays.
func TestARDecreedDays(t *testing.T) {
	assert.True(t, arClosed(t, "2020-03-31"))
	assert.False(t, arClosed(t, "2020-04-02"))
	for _, d := range []string{"2020-03-23", "2020-07-10", "2020-12-07", "2021-05-24", "2021-10-08",
		"2021-11-22", "2022-05-18", "2022-10-07", "2022-11-21", "2022-12-09", "2022-12-20",
		"2023-05-26", "2023-06-19", "2023-10-13"} {
		assert.True(t, arClosed(t, d), d)
	}
	for _, d := range []string{"2025-05-02", "2025-08-15", "2025-11-21", "2026-03-23", "2026-07-10", "2026-12-07"} {
		assert.False(t, arClosed(t, d), "día no laborable %s", d)
	}
}
