package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/plan"
)

// The timeline draws one row per date of the calendar's zone, from the
// opening date to the due date, each a bar of half-hour cells.
const (
	cellsPerHour = 2
	cells        = 24 * cellsPerHour
	maxRows      = 31 // rows drawn; longer stretches skip the middle days

	glyphCounted = "█" // counts toward the target: between opened and due, and open or on the wall clock
	glyphOpen    = "░" // open, but before opened or after due
	glyphClosed  = "·"
	glyphOpened  = "▲"
	glyphDue     = "◆"
)

// drawTimeline writes the picture of the stretch from in.Opened to r.Due.
// Rows are dates in the calendar's zone; a cell counts when any of its half
// hour is open, or, for a 24x7x365 target, lies between opened and due.
func drawTimeline(w io.Writer, in incident.Incident, r incident.Result, title string) error {
	target, err := in.Policy.Plan.Target(int(in.Severity))
	if err != nil {
		return err
	}
	wallClock := target.Clock == plan.WallClock
	cal := in.Policy.Calendar
	loc := cal.Location()
	opened, due := in.Opened.In(loc), r.Due.In(loc)

	var b strings.Builder
	fmt.Fprintf(&b, "%s: respond within %s\n", title, r.Explanation.Target)
	fmt.Fprintf(&b, "opened %s → due %s\n\n", opened.Format("Mon 2006-01-02 15:04 MST"), due.Format("Mon 2006-01-02 15:04 MST"))

	const margin = "                " // as wide as a row's date label
	ruler := margin
	for h := 0; h <= 24; h += 3 {
		ruler += fmt.Sprintf("%-*s", 3*cellsPerHour, fmt.Sprintf("%02d", h))
	}
	b.WriteString(strings.TrimRight(ruler, " ") + "\n")

	first := civilDate(opened)
	days := daysBetween(first, civilDate(due))
	for i := 0; i <= days; i++ {
		if days >= maxRows && i == maxRows-1 {
			fmt.Fprintf(&b, "%s… %d more days\n", margin, days-i)
			i = days
		}
		y, m, d := first.AddDate(0, 0, i).Date()
		row, err := drawRow(cal, y, m, d, opened, due, wallClock)
		if err != nil {
			return err
		}
		b.WriteString(row)
	}
	fmt.Fprintf(&b, "\n%s counted   %s open, not counted   %s closed   %s opened   %s due   (one cell = %d minutes)\n",
		glyphCounted, glyphOpen, glyphClosed, glyphOpened, glyphDue, 60/cellsPerHour)
	_, err = io.WriteString(w, b.String())
	return err
}

// drawRow draws the date y-m-d of cal's zone.
func drawRow(cal *calendar.Calendar, y int, m time.Month, d int, opened, due time.Time, wallClock bool) (string, error) {
	loc := cal.Location()
	dayStart := time.Date(y, m, d, 0, 0, 0, 0, loc)
	dayEnd := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
	spans, err := cal.Spans(dayStart, dayEnd)
	if err != nil {
		return "", err
	}
	info, err := cal.Day(time.Date(y, m, d, 12, 0, 0, 0, loc))
	if err != nil {
		return "", err
	}

	var b strings.Builder
	b.WriteString(dayStart.Format("Mon 2006-01-02  "))
	openedCell, dueCell := cellOf(opened, dayStart), cellOf(due, dayStart)
	for k := 0; k < cells; k++ {
		start := cellTime(y, m, d, k, loc)
		end := cellTime(y, m, d, k+1, loc)
		open := overlapsAny(spans, start, end)
		inStretch := start.Before(due) && end.After(opened)
		switch {
		case k == dueCell:
			b.WriteString(glyphDue)
		case k == openedCell:
			b.WriteString(glyphOpened)
		case inStretch && (open || wallClock):
			b.WriteString(glyphCounted)
		case open:
			b.WriteString(glyphOpen)
		default:
			b.WriteString(glyphClosed)
		}
	}

	var labels []string
	if l := dayLabel(info); l != "" {
		labels = append(labels, l)
	}
	if openedCell >= 0 {
		labels = append(labels, glyphOpened+" opened "+opened.Format("15:04"))
	}
	if dueCell >= 0 {
		labels = append(labels, glyphDue+" due "+due.Format("15:04"))
	}
	if len(labels) > 0 {
		b.WriteString("  ")
		b.WriteString(strings.Join(labels, ", "))
	}
	b.WriteString("\n")
	return b.String(), nil
}

// dayLabel says why a date has no business hours, or which holiday it is.
func dayLabel(day calendar.Day) string {
	switch {
	case len(day.Holidays) > 0 && day.Special:
		return strings.Join(day.Holidays, ", ") + " (special hours)"
	case len(day.Holidays) > 0:
		return strings.Join(day.Holidays, ", ")
	case day.Closed:
		return "closed"
	case day.Special && len(day.Spans) == 0:
		return "special hours: closed"
	case day.Special:
		return "special hours"
	case len(day.Spans) > 0:
		return ""
	case day.Weekday == time.Saturday || day.Weekday == time.Sunday:
		return "weekend"
	}
	return "no business hours"
}

// cellOf returns the cell of the row starting at dayStart that t falls in,
// by t's wall clock, or -1 when t is on another date.
func cellOf(t, dayStart time.Time) int {
	ty, tm, td := t.Date()
	dy, dm, dd := dayStart.Date()
	if ty != dy || tm != dm || td != dd {
		return -1
	}
	return t.Hour()*cellsPerHour + t.Minute()*cellsPerHour/60
}

// cellTime is the wall-clock start of cell k of the date, in loc.
func cellTime(y int, m time.Month, d, k int, loc *time.Location) time.Time {
	minutes := k * 60 / cellsPerHour
	return time.Date(y, m, d, minutes/60, minutes%60, 0, 0, loc)
}

func overlapsAny(spans []calendar.Span, start, end time.Time) bool {
	for _, s := range spans {
		if s.Start.Before(end) && s.End.After(start) {
			return true
		}
	}
	return false
}

// civilDate is t's date as a UTC midnight, for counting days.
func civilDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Hours()+0.5) / 24
}
