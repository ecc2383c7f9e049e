package holidays

import (
	"cmp"
	"slices"
	"time"

	"github.com/rickar/cal/v2"
)

// Region is one holiday set: the code users write in Spec.Holidays and
// calendar.Region, its English name, its default IANA zone and its holidays.
type Region struct {
	Code     string         // canonical code, upper case: "US", "DE-BY", "AU-NSW", "ECB"
	Name     string         // English name: "United States", "Germany: Bavaria"
	Zone     string         // default IANA zone: the capital's, or the subdivision's own
	Holidays []*cal.Holiday // every holiday of the set, national ones included
}

// all holds every region, sorted by code. Each country's file contributes
// its own slice, so a change to one country touches one file.
var all = sortedRegions(
	arRegions, atRegions, auRegions, beRegions, bgRegions, brRegions,
	caRegions, chRegions, czRegions, deRegions, dkRegions, ecbRegions,
	esRegions, frRegions, gbRegions, grRegions, hrRegions, ieRegions,
	itRegions, jpRegions, ltRegions, lvRegions, mwRegions, ncRegions,
	nlRegions, noRegions, nzRegions, plRegions, roRegions, ruRegions,
	seRegions, siRegions, skRegions, uaRegions, usRegions, zaRegions,
)

func sortedRegions(lists ...[]Region) []Region {
	out := slices.Concat(lists...)
	slices.SortFunc(out, func(a, b Region) int { return cmp.Compare(a.Code, b.Code) })
	return out
}

// All returns every region, sorted by code. The slice and the holidays it
// points to are shared: callers must not modify them.
func All() []Region { return all }

// CivilDate returns the date a holiday time computed by rickar/cal stands
// for. The package computes dates at midnight in cal.DefaultLoc (the
// machine's zone unless changed); where that zone skips midnight, the time
// package may resolve it to the last hour of the day before, and such a
// time still means the next date.
func CivilDate(t time.Time) (year int, month time.Month, day int) {
	if t.Hour() >= 12 {
		t = t.AddDate(0, 0, 1)
	}
	return t.Date()
}
