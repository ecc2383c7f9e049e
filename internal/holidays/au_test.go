package holidays

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The AU tables are written from the Acts cited in au.go and
// sources/au.md: fixed dates, their weekend substitutes, and the n-th
// Mondays of the schedules worked out per year. Easter-based days come from
// the westernEaster table.

// auNationalDays are the days every state keeps: 1 January, 26 January,
// Good Friday, Easter Monday, 25 April, 25 and 26 December, with the
// Monday (Tuesday) substitutes for New Year's Day, Australia Day,
// Christmas and Boxing Day on a weekend.
var auNationalDays = map[int][]string{
	2024: {"2024-01-01", "2024-01-26", "2024-04-25", "2024-12-25", "2024-12-26"},
	2025: {"2025-01-01", "2025-01-26", "2025-01-27", "2025-04-25", "2025-12-25", "2025-12-26"},
	2026: {"2026-01-01", "2026-01-26", "2026-04-25", "2026-12-25", "2026-12-26", "2026-12-28"},
	2027: {"2027-01-01", "2027-01-26", "2027-04-25", "2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"},
	2028: {"2028-01-01", "2028-01-03", "2028-01-26", "2028-04-25", "2028-12-25", "2028-12-26"},
	2029: {"2029-01-01", "2029-01-26", "2029-04-25", "2029-12-25", "2029-12-26"},
	2030: {"2030-01-01", "2030-01-26", "2030-01-28", "2030-04-25", "2030-12-25", "2030-12-26"},
}

// auNationalDates returns the national days of year y with Good Friday and
// Easter Monday.
func auNationalDates(y int) []string {
	return union(auNationalDays[y], []string{fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 1)})
}

// auEasterWeekend returns Easter Saturday and Easter Sunday of year y.
func auEasterWeekend(y int) []string {
	return []string{fromEaster(westernEaster, y, -1), fromEaster(westernEaster, y, 0)}
}

// auAssert checks region code for 2024–2030 against the national days
// (plus Easter Saturday and Sunday when easterWeekend) and its own days.
func auAssert(t *testing.T, code string, own map[int][]string, easterWeekend bool) {
	t.Helper()
	for y := 2024; y <= 2030; y++ {
		want := union(auNationalDates(y), own[y])
		if easterWeekend {
			want = union(want, auEasterWeekend(y))
		}
		assertClosed(t, code, y, want)
	}
}

func TestAUClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU", nil, false)
}

// Holidays Act 1958 (ACT): Canberra Day (second Monday in March), Easter
// Saturday and Sunday, ANZAC Day moved to Monday from a weekend,
// Reconciliation Day (Monday on or after 27 May), King's Birthday (second
// Monday in June), Labour Day (first Monday in October).
func TestAUACTClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU-ACT", map[int][]string{
		2024: {"2024-03-11", "2024-05-27", "2024-06-10", "2024-10-07"},
		2025: {"2025-03-10", "2025-06-02", "2025-06-09", "2025-10-06"},
		2026: {"2026-03-09", "2026-04-27", "2026-06-01", "2026-06-08", "2026-10-05"},
		2027: {"2027-03-08", "2027-04-26", "2027-05-31", "2027-06-14", "2027-10-04"},
		2028: {"2028-03-13", "2028-05-29", "2028-06-12", "2028-10-02"},
		2029: {"2029-03-12", "2029-05-28", "2029-06-11", "2029-10-01"},
		2030: {"2030-03-11", "2030-05-27", "2030-06-10", "2030-10-07"},
	}, true)
}

// Public Holidays Act 2010 (NSW): Easter Saturday and Sunday, King's
// Birthday (second Monday in June), Labour Day (first Monday in October);
// no ANZAC Day substitute except the days declared for 2026 and 2027.
func TestAUNSWClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU-NSW", map[int][]string{
		2024: {"2024-06-10", "2024-10-07"},
		2025: {"2025-06-09", "2025-10-06"},
		2026: {"2026-04-27", "2026-06-08", "2026-10-05"},
		2027: {"2027-04-26", "2027-06-14", "2027-10-04"},
		2028: {"2028-06-12", "2028-10-02"},
		2029: {"2029-06-11", "2029-10-01"},
		2030: {"2030-06-10", "2030-10-07"},
	}, true)
}

// Public Holidays Act 1981 (NT): Easter Saturday (not Sunday), ANZAC Day
// on a Sunday moved to Monday, May Day (first Monday in May), King's
// Birthday (second Monday in June), Picnic Day (first Monday in August).
func TestAUNTClosedDates2024to2030(t *testing.T) {
	own := map[int][]string{
		2024: {"2024-05-06", "2024-06-10", "2024-08-05"},
		2025: {"2025-05-05", "2025-06-09", "2025-08-04"},
		2026: {"2026-05-04", "2026-06-08", "2026-08-03"},
		2027: {"2027-04-26", "2027-05-03", "2027-06-14", "2027-08-02"},
		2028: {"2028-05-01", "2028-06-12", "2028-08-07"},
		2029: {"2029-05-07", "2029-06-11", "2029-08-06"},
		2030: {"2030-05-06", "2030-06-10", "2030-08-05"},
	}
	for y := 2024; y <= 2030; y++ {
		own[y] = append(own[y], fromEaster(westernEaster, y, -1))
	}
	auAssert(t, "AU-NT", own, false)
}

// Holidays Act 1983 (Qld): Easter Saturday and Sunday, ANZAC Day on a
// Sunday moved to Monday, Labour Day (first Monday in May), King's
// Birthday (first Monday in October).
func TestAUQLDClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU-QLD", map[int][]string{
		2024: {"2024-05-06", "2024-10-07"},
		2025: {"2025-05-05", "2025-10-06"},
		2026: {"2026-05-04", "2026-10-05"},
		2027: {"2027-04-26", "2027-05-03", "2027-10-04"},
		2028: {"2028-05-01", "2028-10-02"},
		2029: {"2029-05-07", "2029-10-01"},
		2030: {"2030-05-06", "2030-10-07"},
	}, true)
}

// Public Holidays Act 2023 (SA): Adelaide Cup Day (second Monday in
// March), Easter Saturday and Sunday, ANZAC Day on a Sunday moved to
// Monday, King's Birthday (second Monday in June), Labour Day (first
// Monday in October), 26 December (Proclamation Day).
func TestAUSAClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU-SA", map[int][]string{
		2024: {"2024-03-11", "2024-06-10", "2024-10-07"},
		2025: {"2025-03-10", "2025-06-09", "2025-10-06"},
		2026: {"2026-03-09", "2026-06-08", "2026-10-05"},
		2027: {"2027-03-08", "2027-04-26", "2027-06-14", "2027-10-04"},
		2028: {"2028-03-13", "2028-06-12", "2028-10-02"},
		2029: {"2029-03-12", "2029-06-11", "2029-10-01"},
		2030: {"2030-03-11", "2030-06-10", "2030-10-07"},
	}, true)
}

// Statutory Holidays Act 2000 (Tas): Eight Hours Day (second Monday in
// March), King's Birthday (second Monday in June); no Easter Saturday or
// Sunday, no ANZAC Day substitute.
func TestAUTASClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU-TAS", map[int][]string{
		2024: {"2024-03-11", "2024-06-10"},
		2025: {"2025-03-10", "2025-06-09"},
		2026: {"2026-03-09", "2026-06-08"},
		2027: {"2027-03-08", "2027-06-14"},
		2028: {"2028-03-13", "2028-06-12"},
		2029: {"2029-03-12", "2029-06-11"},
		2030: {"2030-03-11", "2030-06-10"},
	}, false)
}

// Public Holidays Act 1993 (Vic): Labour Day (second Monday in March),
// Easter Saturday and Sunday, King's Birthday (second Monday in June), the
// Friday before the AFL Grand Final (gazetted 2024–2026; later years the
// Friday before the last Saturday in September, where the AFL has held it),
// Melbourne Cup (first Tuesday in November).
func TestAUVICClosedDates2024to2030(t *testing.T) {
	auAssert(t, "AU-VIC", map[int][]string{
		2024: {"2024-03-11", "2024-06-10", "2024-09-27", "2024-11-05"},
		2025: {"2025-03-10", "2025-06-09", "2025-09-26", "2025-11-04"},
		2026: {"2026-03-09", "2026-06-08", "2026-09-25", "2026-11-03"},
		2027: {"2027-03-08", "2027-06-14", "2027-09-24", "2027-11-02"},
		2028: {"2028-03-13", "2028-06-12", "2028-09-29", "2028-11-07"},
		2029: {"2029-03-12", "2029-06-11", "2029-09-28", "2029-11-06"},
		2030: {"2030-03-11", "2030-06-10", "2030-09-27", "2030-11-05"},
	}, true)
}

// Public and Bank Holidays Act 1972 (WA): Labour Day (first Monday in
// March), Easter Sunday (not Saturday), ANZAC Day moved to Monday from a
// weekend, Western Australia Day (first Monday in June), King's Birthday
// as proclaimed (23 September 2024; otherwise the last Monday in
// September).
func TestAUWAClosedDates2024to2030(t *testing.T) {
	own := map[int][]string{
		2024: {"2024-03-04", "2024-06-03", "2024-09-23"},
		2025: {"2025-03-03", "2025-06-02", "2025-09-29"},
		2026: {"2026-03-02", "2026-04-27", "2026-06-01", "2026-09-28"},
		2027: {"2027-03-01", "2027-04-26", "2027-06-07", "2027-09-27"},
		2028: {"2028-03-06", "2028-06-05", "2028-09-25"},
		2029: {"2029-03-05", "2029-06-04", "2029-09-24"},
		2030: {"2030-03-04", "2030-06-03", "2030-09-30"},
	}
	for y := 2024; y <= 2030; y++ {
		own[y] = append(own[y], fromEaster(westernEaster, y, 0))
	}
	auAssert(t, "AU-WA", own, false)
}

// TestAUQLDLabourDayAndKingsBirthdayMoves: upstream kept Labour Day in May
// and the King's Birthday in October in every year.
func TestAUQLDLabourDayAndKingsBirthdayMoves(t *testing.T) {
	closed := []string{"2011-06-13", "2012-05-07", "2012-06-11", "2012-10-01", "2013-06-10", "2013-10-07", "2015-10-05", "2016-05-02", "2016-10-03"}
	open := []string{"2011-10-03", "2013-05-06", "2014-05-05", "2015-05-04", "2016-06-13"}
	for _, d := range closed {
		assert.True(t, nzClosed(t, "AU-QLD", d), d)
	}
	for _, d := range open {
		assert.False(t, nzClosed(t, "AU-QLD", d), d)
	}
}

// TestAUWAKingsBirthday2024: proclaimed for 23 September 2024; upstream
// closed 30 September.
func TestAUWAKingsBirthday2024(t *testing.T) {
	assert.True(t, nzClosed(t, "AU-WA", "2024-09-23"))
	assert.False(t, nzClosed(t, "AU-WA", "2024-09-30"))
}

// TestAUNSWAnzacAdditionalDays: only 2026 and 2027 were declared.
func TestAUNSWAnzacAdditionalDays(t *testing.T) {
	assert.True(t, nzClosed(t, "AU-NSW", "2026-04-27"))
	assert.True(t, nzClosed(t, "AU-NSW", "2027-04-26"))
	assert.False(t, nzClosed(t, "AU-NSW", "2021-04-26"))
	assert.False(t, nzClosed(t, "AU-NSW", "2032-04-26"))
}

// TestAUMourningDay2022 is the one-off national public holiday.
func TestAUMourningDay2022(t *testing.T) {
	for _, c := range []string{"AU", "AU-ACT", "AU-NSW", "AU-NT", "AU-QLD", "AU-SA", "AU-TAS", "AU-VIC", "AU-WA"} {
		assert.True(t, nzClosed(t, c, "2022-09-22"), c)
	}
}

// TestAUEasterSundayFirstYears: upstream closed Easter Sunday in every year
// in ACT, NSW, QLD and VIC and never in WA; each state added it by its own
// amendment.
func TestAUEasterSundayFirstYears(t *testing.T) {
	for _, c := range []struct {
		code, before, from string
	}{
		{"AU-NSW", "2010-04-04", "2011-04-24"},
		{"AU-ACT", "2015-04-05", "2016-03-27"},
		{"AU-VIC", "2015-04-05", "2016-03-27"},
		{"AU-QLD", "2016-03-27", "2017-04-16"},
		{"AU-WA", "2021-04-04", "2022-04-17"},
		{"AU-SA", "2023-04-09", "2024-03-31"},
	} {
		assert.False(t, nzClosed(t, c.code, c.before), "%s %s", c.code, c.before)
		assert.True(t, nzClosed(t, c.code, c.from), "%s %s", c.code, c.from)
	}
}
