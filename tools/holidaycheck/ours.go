package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/slaclock/slaclock/calendar"
)

// civil is a calendar date with no zone.
type civil struct {
	y int
	m time.Month
	d int
}

// String formats the date as YYYY-MM-DD.
func (c civil) String() string { return fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d) }

// weekdays lists every Monday to Friday of the years from..to, in order.
// Dates are stepped as civil dates (time.Date normalises day overflow) and
// the weekday is read in UTC, so the machine's zone plays no part.
func weekdays(from, to int) []civil {
	var out []civil
	for i := 0; ; i++ {
		t := time.Date(from, time.January, 1+i, 0, 0, 0, 0, time.UTC)
		if t.Year() > to {
			return out
		}
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			out = append(out, civil{t.Year(), t.Month(), t.Day()})
		}
	}
}

// selectRegions returns the presets to compare: all of calendar.Regions, or
// those named, in code order. An unknown name is an error that lists the
// nearest valid codes.
func selectRegions(names []string) ([]calendar.RegionInfo, error) {
	all := calendar.Regions()
	if len(names) == 0 {
		return all, nil
	}
	var out []calendar.RegionInfo
	for _, r := range all {
		if slices.Contains(names, r.Code) {
			out = append(out, r)
		}
	}
	for _, n := range names {
		if !slices.ContainsFunc(out, func(r calendar.RegionInfo) bool { return r.Code == n }) {
			_, err := calendar.Region(n)
			return nil, fmt.Errorf("-region %s: %w", n, err)
		}
	}
	return out, nil
}

// ourVerdicts computes, for each region, the weekdays its preset closes.
// A weekday is closed when Calendar.Day, asked at noon of that date in the
// region's zone, reports no open time; its names are Day.Holidays. An open
// weekday that still names holidays (a date with special hours) goes to
// Notes.
func ourVerdicts(regions []calendar.RegionInfo, days []civil) (map[string]regionData, error) {
	out := make(map[string]regionData, len(regions))
	for _, r := range regions {
		rd, err := ourRegion(r, days)
		if err != nil {
			return nil, err
		}
		out[r.Code] = rd
	}
	return out, nil
}

// ourRegion computes the closed weekdays of one preset.
func ourRegion(r calendar.RegionInfo, days []civil) (regionData, error) {
	c, err := calendar.Region(r.Code)
	if err != nil {
		return regionData{}, err
	}
	rd := regionData{Code: r.Code, Source: "calendar.Region", Closed: map[string][]string{}, Notes: map[string][]string{}}
	loc := c.Location()
	for _, d := range days {
		day, err := c.Day(time.Date(d.y, d.m, d.d, 12, 0, 0, 0, loc))
		if err != nil {
			return regionData{}, fmt.Errorf("%s %s: %w", r.Code, d, err)
		}
		if day.Date != d.String() {
			return regionData{}, fmt.Errorf("%s %s: Day reports date %s", r.Code, d, day.Date)
		}
		switch {
		case day.Open == 0 && len(day.Holidays) == 0:
			rd.Closed[day.Date] = []string{"(no open time)"}
		case day.Open == 0:
			rd.Closed[day.Date] = day.Holidays
		case len(day.Holidays) > 0:
			rd.Notes[day.Date] = day.Holidays
		}
	}
	return rd, nil
}
