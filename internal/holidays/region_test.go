package holidays

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCivilDateReadsMidnightInAGapAsTheNextDate(t *testing.T) {
	saoPaulo, err := time.LoadLocation("America/Sao_Paulo")
	if err != nil {
		t.Skip("no zone data for America/Sao_Paulo")
	}
	// 2018-11-04 00:00 did not exist in São Paulo (clocks went to 01:00);
	// the time package may resolve it either side of the gap.
	for _, tt := range []struct {
		name string
		at   time.Time
	}{
		{"as resolved by time.Date", time.Date(2018, 11, 4, 0, 0, 0, 0, saoPaulo)},
		{"before the gap", time.Date(2018, 11, 3, 23, 0, 0, 0, saoPaulo)},
		{"after the gap", time.Date(2018, 11, 4, 1, 0, 0, 0, saoPaulo)},
		{"ordinary midnight", time.Date(2018, 11, 4, 0, 0, 0, 0, time.UTC)},
	} {
		y, m, d := CivilDate(tt.at)
		assert.Equal(t, "2018-11-04", time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), "%s: CivilDate(%s)", tt.name, tt.at)
	}
}

// TestDatesDoNotDependOnTheMachinesZone: rickar/cal computes holidays at
// midnight in cal.DefaultLoc. Where that zone skips midnight (Havana on its
// spring-forward days), h.Calc read the weekday of the day before and
// picked the wrong substitute: Russia's Women's Day 2020 (Sunday 8 March)
// was observed on Tuesday 10 March instead of Monday 9 March.
func TestDatesDoNotDependOnTheMachinesZone(t *testing.T) {
	zones := []string{"America/Havana", "America/Sao_Paulo", "Asia/Tehran", "Pacific/Apia", "America/Santiago"}
	want := datesIn(t, time.UTC)
	for _, name := range zones {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Skipf("no zone data for %s", name)
		}
		got := datesIn(t, loc)
		for key, w := range want {
			if g := got[key]; g != w {
				t.Errorf("%s with the machine in %s: got %s, want %s (as in UTC)", key, name, g, w)
			}
		}
	}
}

// datesIn returns the actual and observed dates of every holiday of every
// region, 1990–2040, computed with cal.DefaultLoc set to loc.
func datesIn(t *testing.T, loc *time.Location) map[string]string {
	t.Helper()
	saved := cal.DefaultLoc
	cal.DefaultLoc = loc
	defer func() { cal.DefaultLoc = saved }()
	out := map[string]string{}
	for _, r := range all {
		for i, h := range r.Holidays {
			for y := 1990; y <= 2040; y++ {
				a, o, ok := Dates(h, y)
				key := r.Code + "/" + h.Name + "/" + time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") + "/" + string(rune('a'+i%26))
				if ok {
					out[key] = a.Format(time.DateOnly) + " observed " + o.Format(time.DateOnly)
				} else {
					out[key] = "none"
				}
			}
		}
	}
	require.NotEmpty(t, out)
	return out
}
