package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// lvLaw lists the public holidays of year y (2024–2030) as Section 1 of the
// Law on Public Holidays, Remembrance Days and Celebration Days gives them,
// with the extra days off: the second Sunday of May (Mother's Day) and the
// next working day when 4 May or 18 November falls on a weekend are given
// by the caller from that year's calendar.
func lvLaw(y int, extra ...string) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	out := []string{
		d("01-01"), fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 0),
		fromEaster(westernEaster, y, 1), d("05-01"), d("05-04"),
		fromEaster(westernEaster, y, 49), d("06-23"), d("06-24"), d("11-18"),
		d("12-24"), d("12-25"), d("12-26"), d("12-31"),
	}
	for _, md := range extra {
		out = append(out, d(md))
	}
	return out
}

func TestLVClosedDates2024to2030(t *testing.T) {
	assertClosed(t, "LV", 2024, lvLaw(2024, "05-12", "05-06")) // 4 May a Saturday
	assertClosed(t, "LV", 2025, lvLaw(2025, "05-11", "05-05")) // 4 May a Sunday
	assertClosed(t, "LV", 2026, lvLaw(2026, "05-10"))
	assertClosed(t, "LV", 2027, lvLaw(2027, "05-09"))
	assertClosed(t, "LV", 2028, lvLaw(2028, "05-14", "11-20")) // 18 November a Saturday
	assertClosed(t, "LV", 2029, lvLaw(2029, "05-13", "11-19")) // 18 November a Sunday
	assertClosed(t, "LV", 2030, lvLaw(2030, "05-12", "05-06")) // 4 May a Saturday
}

// lvClosedOn reports whether the LV preset closes date d ("2006-01-02").
func lvClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "LV", y)[d]
	return ok
}

func TestLVOneOffDays(t *testing.T) {
	assert.True(t, lvClosedOn(t, "2018-09-24"), "Pope Francis' visit")
	assert.True(t, lvClosedOn(t, "2023-05-29"), "ice hockey bronze medal")
	assert.False(t, lvClosedOn(t, "2024-05-29"))
}

func TestLVSongFestivalClosingDayMovesToMonday(t *testing.T) {
	assert.True(t, lvClosedOn(t, "2018-07-09"), "closing day Sunday 8 July 2018")
	assert.True(t, lvClosedOn(t, "2023-07-10"), "closing day Sunday 9 July 2023")
	assert.False(t, lvClosedOn(t, "2024-07-08"))
}

func TestLVRulesBefore2007(t *testing.T) {
	assert.False(t, lvClosedOn(t, "2006-12-24"), "24 December a holiday from 2007")
	assert.True(t, lvClosedOn(t, "2007-12-24"))
	assert.False(t, lvClosedOn(t, "2001-05-04"), "4 May a holiday from 2002")
	assert.False(t, lvClosedOn(t, "2003-05-05"), "no substitute for 4 May before 2007")
	assert.False(t, lvClosedOn(t, "2006-11-20"), "no substitute for 18 November before 2007")
	assert.True(t, lvClosedOn(t, "2007-11-19"), "18 November 2007 a Sunday")
}
