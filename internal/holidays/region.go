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

// Dates returns the civil dates of holiday h in year: its actual date and
// its observed date (the same when no substitution applies), as UTC
// midnights; ok is false when h does not occur that year.
//
// It does what h.Calc does, except that the observance rule is applied to
// the civil date: h.Calc reads the weekday of a midnight in the machine's
// zone, which is the day before where that zone skips midnight, and would
// then pick the wrong substitute.
func Dates(h *cal.Holiday, year int) (actual, observed time.Time, ok bool) {
	a, _ := h.Calc(year)
	if a.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	y, m, d := CivilDate(a)
	actual = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	observed = actual
	for _, o := range h.Observed {
		if o.Day == actual.Weekday() {
			observed = actual.AddDate(0, 0, o.Offset)
			break
		}
	}
	return actual, observed, true
}
