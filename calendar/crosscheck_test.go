package calendar_test

// An independent cross-check against github.com/rickar/cal/v2's
// BusinessCalendar on the one configuration where it is right: Monday to
// Friday 09:00–17:00 in America/New_York with the US federal holidays.
//
// Where rickar's BusinessCalendar deviates, and how the inputs avoid it:
//
//   - It computes a workday's start and end as local midnight plus a
//     Duration and steps days with Add(24*time.Hour), both wrong on a day
//     with a DST transition. US transitions fall on Sundays at 02:00, which
//     are never workdays here, so every start and end it computes is on a
//     day without a transition. Inputs are weekdays, never the DST Sunday.
//   - IsWorkTime treats the end of the day as open up to the end of the
//     closing minute's second (17:00:00.999999999 is "work time"), a closed
//     end instant. Inputs are whole minutes, so the only affected instant is
//     17:00:00 exactly, where both libraries then count zero open time.
//   - IsWorkday closes only a holiday's observed date, not its actual date.
//     For the US federal holidays the actual date differs from the observed
//     one only when it falls on a weekend, which is closed anyway.
//   - WorkHoursInRange swaps its arguments and returns a non-negative
//     duration; only from <= to is compared.
//   - AddWorkHours returns its argument for a non-positive duration; only
//     d > 0 is compared.
//   - Results and arithmetic happen in the argument's location, so every
//     input is in America/New_York.
//   - Years are 2000–2099, with the same holiday data on both sides (the
//     US preset's), including Juneteenth from 2021 on.

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/internal/holidays"
)

// newRickarUS builds rickar's calendar for Mon–Fri 09:00–17:00 with the US
// preset's holidays: rickar/cal's federal holidays as corrected in
// internal/holidays (the one-off closures by executive order among them).
// The cross-check compares the engines, so both read the same data.
func newRickarUS() *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	for _, r := range holidays.All() {
		if r.Code == "US" {
			c.AddHoliday(r.Holidays...)
		}
	}
	c.SetWorkHours(9*time.Hour, 17*time.Hour)
	return c
}

// randomWeekdayStart draws a whole-minute instant on a Monday to Friday in
// years lo..hi-1, New York time. Weekdays never hold a US DST transition.
func randomWeekdayStart(r *rand.Rand, ny *time.Location, lo, hi int) time.Time {
	for {
		day := time.Date(lo, 1, 1, 0, 0, 0, 0, ny).AddDate(0, 0, r.IntN(365*(hi-lo)))
		if day.Year() >= hi {
			continue
		}
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		minute := r.IntN(24 * 60)
		return time.Date(day.Year(), day.Month(), day.Day(), minute/60, minute%60, 0, 0, ny)
	}
}

// randomWorkDuration draws a positive whole number of minutes up to 40h;
// half of the draws are whole hours, which end exactly at closes.
func randomWorkDuration(r *rand.Rand) time.Duration {
	if r.IntN(2) == 0 {
		return time.Duration(1+r.IntN(40)) * time.Hour
	}
	return time.Duration(1+r.IntN(40*60)) * time.Minute
}

func TestCrossCheckRickarAdd(t *testing.T) {
	ny := zone(t, nyName)
	ours := region(t, "US")
	theirs := newRickarUS()
	r := rand.New(rand.NewPCG(20260101, 1))
	const n = 5000
	failures := 0
	for i := 0; i < n && failures < 10; i++ {
		start := randomWeekdayStart(r, ny, 2000, 2100)
		d := randomWorkDuration(r)
		want := theirs.AddWorkHours(start, d)
		got, err := ours.Add(start, d)
		require.NoError(t, err, "Add(%s, %v)", start, d)
		if !got.Equal(want) {
			failures++
			assert.Fail(t, "Add disagrees with rickar AddWorkHours",
				"Add(%s, %v): got %s, want %s", start.Format("Mon 2006-01-02 15:04 MST"), d,
				got.Format("Mon 2006-01-02 15:04 MST"), want.Format("Mon 2006-01-02 15:04 MST"))
		}
	}
}

func TestCrossCheckRickarBetween(t *testing.T) {
	ny := zone(t, nyName)
	ours := region(t, "US")
	theirs := newRickarUS()
	r := rand.New(rand.NewPCG(20260101, 2))
	const n = 5000
	failures := 0
	for i := 0; i < n && failures < 10; i++ {
		from := randomWeekdayStart(r, ny, 2000, 2100)
		// The end may be any whole minute up to three weeks later, weekends
		// and DST nights included: rickar only computes workday boundaries
		// from its own walk over workdays.
		to := from.Add(time.Duration(r.IntN(21*24*60)) * time.Minute)
		want := theirs.WorkHoursInRange(from, to)
		got, err := ours.Between(from, to)
		require.NoError(t, err, "Between(%s, %s)", from, to)
		if got != want {
			failures++
			assert.Fail(t, "Between disagrees with rickar WorkHoursInRange",
				"Between(%s, %s): got %v, want %v", from.Format("Mon 2006-01-02 15:04 MST"),
				to.Format("Mon 2006-01-02 15:04 MST"), got, want)
		}
	}
}

// Known days checked against both libraries, so a disagreement on them is
// easy to read: the observed holidays, and weeks around DST.
func TestCrossCheckRickarKnownDays(t *testing.T) {
	ny := zone(t, nyName)
	ours := region(t, "US")
	theirs := newRickarUS()
	tests := []struct {
		name  string
		start time.Time
		d     time.Duration
	}{
		{"before observed Independence Day 2026", wall(ny, 2026, 7, 2, 16, 0), 2 * time.Hour},
		{"before observed New Year 2021-12-31", wall(ny, 2021, 12, 30, 16, 0), 2 * time.Hour},
		{"before Christmas 2026", wall(ny, 2026, 12, 24, 16, 30), 4 * time.Hour},
		{"over the spring DST weekend", wall(ny, 2026, 3, 6, 15, 0), 4 * time.Hour},
		{"over the fall DST weekend", wall(ny, 2026, 10, 30, 15, 0), 4 * time.Hour},
		{"a target that uses up the day", wall(ny, 2026, 11, 3, 13, 0), 4 * time.Hour},
		{"from the close", wall(ny, 2026, 11, 3, 17, 0), 8 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := theirs.AddWorkHours(tt.start, tt.d)
			got, err := ours.Add(tt.start, tt.d)
			require.NoError(t, err)
			assertTime(t, want, got, "Add(%s, %v) vs rickar", tt.start, tt.d)
		})
	}
}
