package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// jpDays prefixes month-day strings ("01-02") with year y.
func jpDays(y int, mds ...string) []string {
	out := make([]string, len(mds))
	for i, md := range mds {
		out[i] = fmt.Sprintf("%04d-%s", y, md)
	}
	return out
}

// TestJPClosedDates2024to2030 checks the national holidays of Article 2
// of the Act on National Holidays, the substitute holidays of Article 3(2)
// and the citizens' holidays of Article 3(3). 2024–2027 as listed by the
// Cabinet Office (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html, with
// the equinox days of the NAOJ gazette notices); 2028–2030 written from the
// Articles, with the equinox days of the standard approximation.
func TestJPClosedDates2024to2030(t *testing.T) {
	want := map[int][]string{
		2024: jpDays(2024, "01-01", "01-08", "02-11", "02-12", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
			"07-15", "08-11", "08-12", "09-16", "09-22", "09-23", "10-14", "11-03", "11-04", "11-23"),
		2025: jpDays(2025, "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
			"07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24"),
		// Constitution Day on a Sunday: the substitute is 6 May, the first
		// day after it that is not a national holiday; 22 September lies
		// between two national holidays.
		2026: jpDays(2026, "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
			"07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"),
		2027: jpDays(2027, "01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04", "05-05",
			"07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23"),
		2028: jpDays(2028, "01-01", "01-10", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
			"07-17", "08-11", "09-18", "09-22", "10-09", "11-03", "11-23"),
		2029: jpDays(2029, "01-01", "01-08", "02-11", "02-12", "02-23", "03-20", "04-29", "04-30", "05-03", "05-04", "05-05",
			"07-16", "08-11", "09-17", "09-23", "09-24", "10-08", "11-03", "11-23"),
		2030: jpDays(2030, "01-01", "01-14", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
			"07-15", "08-11", "08-12", "09-16", "09-23", "10-14", "11-03", "11-04", "11-23"),
	}
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "JP", y, want[y])
	}
}

// TestJPOlympicMoves2020and2021: the Tokyo 2020 special measures moved
// Marine Day, Sports Day and Mountain Day; upstream kept Mountain Day on
// 11 August.
func TestJPOlympicMoves2020and2021(t *testing.T) {
	for _, d := range []string{"2020-07-23", "2020-07-24", "2020-08-10", "2021-07-22", "2021-07-23", "2021-08-08", "2021-08-09"} {
		assert.True(t, nzClosed(t, "JP", d), d)
	}
	for _, d := range []string{"2020-07-20", "2020-08-11", "2020-10-12", "2021-07-19", "2021-08-11", "2021-10-11"} {
		assert.False(t, nzClosed(t, "JP", d), d)
	}
}

// TestJPNoEmperorsBirthday2019: the Emperor's Birthday moved from
// 23 December (Akihito) to 23 February (Naruhito) from 2020; upstream
// closed 2019-12-23.
func TestJPNoEmperorsBirthday2019(t *testing.T) {
	assert.False(t, nzClosed(t, "JP", "2019-12-23"))
	assert.True(t, nzClosed(t, "JP", "2018-12-24"), "23 Dec 2018 a Sunday: substitute Monday")
	assert.False(t, nzClosed(t, "JP", "2019-02-23"))
}

// TestJPEnthronement2019: Act No. 99 of 2018 and the citizens' holidays
// it made.
func TestJPEnthronement2019(t *testing.T) {
	for _, d := range []string{"2019-04-29", "2019-04-30", "2019-05-01", "2019-05-02", "2019-05-03", "2019-05-06", "2019-10-22"} {
		assert.True(t, nzClosed(t, "JP", d), d)
	}
}

// TestJPCitizensHolidayAfter2032: upstream tabulated the September
// citizens' holiday only up to 2032; Article 3(3) is a rule.
func TestJPCitizensHolidayAfter2032(t *testing.T) {
	for _, d := range []string{"2009-09-22", "2015-09-22", "2032-09-21", "2037-09-22", "2043-09-22"} {
		assert.True(t, nzClosed(t, "JP", d), d)
	}
	assert.False(t, nzClosed(t, "JP", "2031-09-16"))
}

// TestJPFirstYears: holidays apply only from the year their Act made them.
func TestJPFirstYears(t *testing.T) {
	assert.False(t, nzClosed(t, "JP", "1995-07-20"), "Marine Day from 1996")
	assert.True(t, nzClosed(t, "JP", "1996-07-20"))
	assert.False(t, nzClosed(t, "JP", "2015-08-11"), "Mountain Day from 2016")
	assert.True(t, nzClosed(t, "JP", "2006-05-04"), "citizens' holiday before Greenery Day moved")
	assert.True(t, nzClosed(t, "JP", "2006-04-29"), "Greenery Day on 29 April until 2006")
	assert.True(t, nzClosed(t, "JP", "2008-05-06"), "4 May 2008 a Sunday, 5 May a holiday: substitute on 6 May")
	assert.False(t, nzClosed(t, "JP", "1999-01-11"), "Coming of Age Day on 15 January until 1999")
	assert.True(t, nzClosed(t, "JP", "1999-01-15"))
	assert.False(t, nzClosed(t, "JP", "1967-01-16"), "15 January 1967 a Sunday: no substitute holiday before 12 April 1973")
	assert.True(t, nzClosed(t, "JP", "1973-04-30"), "29 April 1973 a Sunday: first substitute holiday")
}
