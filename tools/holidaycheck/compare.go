package main

import (
	"github.com/slaclock/slaclock/calendar"
)

// verdict is one source's answer for one weekday.
type verdict int8

const (
	missing verdict = iota // the source has no such region
	open
	closed
)

// String returns "closed", "open" or "-".
func (v verdict) String() string {
	switch v {
	case open:
		return "open"
	case closed:
		return "closed"
	}
	return "-"
}

// MarshalText writes the verdict as its String, for JSON.
func (v verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// verdictOf reads a source's verdict and holiday names for a date: names
// of closing holidays first, then of those that do not close the date.
func verdictOf(rd regionData, date string) (verdict, []string) {
	if rd.Missing != "" {
		return missing, nil
	}
	names := append(append([]string(nil), rd.Closed[date]...), rd.Notes[date]...)
	if _, ok := rd.Closed[date]; ok {
		return closed, names
	}
	return open, names
}

// difference is a weekday on which the present sources do not all agree.
type difference struct {
	Code     string   `json:"code"`
	Date     string   `json:"date"`
	Ours     verdict  `json:"ours"`
	DH       verdict  `json:"dateholidays"`
	WA       verdict  `json:"workalendar"`
	Disputed bool     `json:"disputed"` // both datasets agree with each other, and not with us
	OurNames []string `json:"our_names,omitempty"`
	DHNames  []string `json:"dateholidays_names,omitempty"`
	WANames  []string `json:"workalendar_names,omitempty"`
}

// sourceResult is how one dataset fares in one region.
type sourceResult struct {
	Source  string `json:"source,omitempty"`
	Missing string `json:"missing,omitempty"`
	Agree   int    `json:"agree"` // weekdays with the same verdict as ours
}

// regionResult is one row of the report.
type regionResult struct {
	Code     string       `json:"code"`
	Name     string       `json:"name"`
	Weekdays int          `json:"weekdays"`
	DH       sourceResult `json:"dateholidays"`
	WA       sourceResult `json:"workalendar"`
	// Both counts the weekdays on which the two datasets agree with each
	// other, and Disputed those of them where we differ; both are nil when
	// a dataset is missing.
	Both        *int         `json:"both_agree"`
	Disputed    *int         `json:"disputed"`
	Differences []difference `json:"differences,omitempty"`
	Warnings    []string     `json:"workalendar_warnings,omitempty"`
}

// report is the whole comparison.
type report struct {
	From     int               `json:"from"`
	To       int               `json:"to"`
	Datasets map[string]string `json:"datasets"` // name -> version
	Regions  []regionResult    `json:"regions"`
	Total    total             `json:"total"`
}

// total sums the rows. The agreement counts of a dataset cover the regions
// it has; Both and Disputed cover the regions both have.
type total struct {
	Weekdays   int      `json:"weekdays"`
	DHWeekdays int      `json:"dateholidays_weekdays"`
	DHAgree    int      `json:"dateholidays_agree"`
	WAWeekdays int      `json:"workalendar_weekdays"`
	WAAgree    int      `json:"workalendar_agree"`
	Both       int      `json:"both_agree"`
	Disputed   int      `json:"disputed"`
	DHMissing  []string `json:"dateholidays_missing"`
	WAMissing  []string `json:"workalendar_missing"`
}

// lookup returns a region's data from a dataset, or a missing entry when
// the script printed nothing for it.
func lookup(set dataset, code string) regionData {
	if rd, ok := set.Regions[code]; ok {
		return rd
	}
	return regionData{Code: code, Missing: set.Name + " printed nothing for this code"}
}

// compareAll compares every region and sums the rows.
func compareAll(cfg config, regions []calendar.RegionInfo, days []civil, ours map[string]regionData, dh, wa dataset) report {
	rep := report{
		From: cfg.from, To: cfg.to,
		Datasets: map[string]string{dh.Name: dh.Version, wa.Name: wa.Version},
	}
	for _, r := range regions {
		row := compareRegion(r, days, ours[r.Code], lookup(dh, r.Code), lookup(wa, r.Code))
		rep.Regions = append(rep.Regions, row)
		rep.Total.add(row)
	}
	return rep
}

// compareRegion compares one region weekday by weekday.
func compareRegion(r calendar.RegionInfo, days []civil, ours, dh, wa regionData) regionResult {
	row := regionResult{
		Code: r.Code, Name: r.Name, Weekdays: len(days),
		DH:       sourceResult{Source: dh.Source, Missing: dh.Missing},
		WA:       sourceResult{Source: wa.Source, Missing: wa.Missing},
		Warnings: wa.Warnings,
	}
	var both, disputed int
	for _, d := range days {
		date := d.String()
		o, oNames := verdictOf(ours, date)
		h, hNames := verdictOf(dh, date)
		w, wNames := verdictOf(wa, date)
		if h == o {
			row.DH.Agree++
		}
		if w == o {
			row.WA.Agree++
		}
		diff := difference{Code: r.Code, Date: date, Ours: o, DH: h, WA: w,
			OurNames: oNames, DHNames: hNames, WANames: wNames}
		if h != missing && w != missing && h == w {
			both++
			if o != h {
				disputed++
				diff.Disputed = true
			}
		}
		if (h != missing && h != o) || (w != missing && w != o) {
			row.Differences = append(row.Differences, diff)
		}
	}
	if dh.Missing == "" && wa.Missing == "" {
		row.Both, row.Disputed = &both, &disputed
	}
	return row
}

// add sums one row into the total.
func (t *total) add(row regionResult) {
	t.Weekdays += row.Weekdays
	if row.DH.Missing == "" {
		t.DHWeekdays += row.Weekdays
		t.DHAgree += row.DH.Agree
	} else {
		t.DHMissing = append(t.DHMissing, row.Code)
	}
	if row.WA.Missing == "" {
		t.WAWeekdays += row.Weekdays
		t.WAAgree += row.WA.Agree
	} else {
		t.WAMissing = append(t.WAMissing, row.Code)
	}
	if row.Both != nil {
		t.Both += *row.Both
		t.Disputed += *row.Disputed
	}
}
