package calendar

import (
	"fmt"
	"time"

	"github.com/slaclock/slaclock/internal/holidays"
)

// A Day describes one date of a calendar: why it is open or closed and
// which spans belong to it. It serves explanations and displays; the
// arithmetic methods do not need it.
type Day struct {
	Date    string       `json:"date"` // "2006-01-02" in the calendar's zone
	Weekday time.Weekday `json:"weekday"`
	// Holidays names the holidays of the calendar's sets that fall on the
	// date, on their actual date or, marked "(observed)", their observed
	// date. A holiday closes the date unless the date is Special.
	Holidays []string `json:"holidays,omitempty"`
	Closed   bool     `json:"closed,omitempty"`  // listed in Spec.Closed
	Special  bool     `json:"special,omitempty"` // hours come from Spec.Open
	// Spans are the date's own spans, in the location of the time passed
	// to Day; an overnight span ends on the next date. A date with no spans
	// is not a business day.
	Spans []Span        `json:"spans,omitempty"`
	Open  time.Duration `json:"open"` // the total of Spans
}

// Day describes the date that t falls on in the calendar's zone. On Always
// every date is one span from midnight to midnight UTC. On a composite
// (Union, Intersect) Holidays names its members' holidays on the date; see
// Union.
func (c *Calendar) Day(t time.Time) (Day, error) {
	if err := c.check("Day"); err != nil {
		return Day{}, err
	}
	if c.always {
		if _, err := alwaysResult("Day", t); err != nil {
			return Day{}, err
		}
		y, m, d := t.UTC().Date()
		start := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		end := start.AddDate(0, 0, 1)
		return Day{
			Date: start.Format(time.DateOnly), Weekday: start.Weekday(),
			Spans: []Span{{start, end}}, Open: end.Sub(start),
		}, nil
	}
	if _, err := c.arg("Day", t); err != nil {
		return Day{}, err
	}
	y, m, d := t.In(c.loc).Date()
	day := daysFromCivil(y, m, d)
	r := c.rules
	info := Day{Date: fmt.Sprintf("%04d-%02d-%02d", y, m, d), Weekday: weekday(day), Closed: r.closed[day]}
	_, info.Special = r.open[day]
	info.Holidays = r.holidayNames(y, day)
	if c.comp != nil {
		info.Holidays = c.compositeHolidays(y, m, d)
	}

	tbl := c.table(min(max(y-firstYear, 0), numYears-1))
	if doy := int(day - tbl.firstDay); doy >= 0 && doy+1 < len(tbl.dayFirst) {
		for i := int(tbl.dayFirst[doy]); i < int(tbl.dayFirst[doy+1]); i++ {
			info.Spans = append(info.Spans, Span{Start: c.out(tbl.startAt(i), t), End: c.out(tbl.endAt(i), t)})
			info.Open += time.Duration(tbl.endAt(i) - tbl.startAt(i))
		}
	}
	return info, nil
}

// holidayNames lists the holidays whose actual or observed date is day, a
// date of year y.
func (r *rules) holidayNames(y int, day int32) []string {
	var names []string
	for _, h := range r.holidays {
		for yy := y - 1; yy <= y+1; yy++ {
			actual, observed, ok := holidays.Dates(h, yy)
			switch {
			case !ok:
			case daysFromCivil(actual.Date()) == day:
				names = append(names, h.Name)
			case daysFromCivil(observed.Date()) == day:
				names = append(names, h.Name+" (observed)")
			}
		}
	}
	return names
}

// CloseOfDay returns the close of the business day that t falls on: the end
// of the last span of the date of the span that holds t or ends at t, or,
// when t is closed, of the next business day. On a Mon–Fri 09:00–12:00,
// 13:00–17:00 calendar: Tuesday 12:30 → Tuesday 17:00; Tuesday 17:00 →
// Tuesday 17:00; Tuesday 18:00 → Wednesday 17:00.
//
// It returns an error wrapping ErrNeverCloses on Always, and ErrNoOpenTime
// or ErrOutOfRange when no business day follows t.
func (c *Calendar) CloseOfDay(t time.Time) (time.Time, error) {
	if err := c.check("CloseOfDay"); err != nil {
		return time.Time{}, err
	}
	if c.always {
		return time.Time{}, fmt.Errorf("%w: CloseOfDay(%s)", ErrNeverCloses, t.Format(time.RFC3339))
	}
	x, err := c.arg("CloseOfDay", t)
	if err != nil {
		return time.Time{}, err
	}
	// The first span with end >= x holds x or ends at it when it starts
	// before x; otherwise it is the next span.
	_, tbl, i, err := c.spanAfter(x - 1)
	if err != nil {
		return time.Time{}, err
	}
	last := int(tbl.dayFirst[tbl.dayOf(i)+1]) - 1
	if err := c.checkResult("CloseOfDay", tbl.endAt(last)); err != nil {
		return time.Time{}, err
	}
	return c.out(tbl.endAt(last), t), nil
}
