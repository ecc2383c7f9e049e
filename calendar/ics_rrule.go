package calendar

import (
	"strings"
	"time"

	"github.com/teambition/rrule-go"
)

// parseRule reads an RRULE with rrule-go, refusing what would take
// unbounded time to expand.
func (imp *icsImport) parseRule(p icsProp, dtstart time.Time) (*rrule.RRule, error) {
	opt, err := rrule.StrToROptionInLocation(strings.TrimSpace(p.value), dtstart.Location())
	if err != nil {
		return nil, icsErr(p, err.Error())
	}
	if opt.Freq > rrule.DAILY {
		return nil, icsErr(p, "a holiday feed repeats daily at most: HOURLY, MINUTELY and SECONDLY are not supported")
	}
	if opt.Interval < 0 || opt.Count < 0 {
		return nil, icsErr(p, "INTERVAL and COUNT must be positive")
	}
	opt.Dtstart = dtstart
	if imp.steps -= ruleSteps(*opt); imp.steps < 0 {
		return nil, icsErr(p, "the feed's rules take too long to expand: fewer rules, a later DTSTART or an UNTIL would do")
	}
	if ok, err := ruleMatches(*opt); err != nil {
		return nil, icsErr(p, err.Error())
	} else if !ok {
		return nil, icsErr(p, "the rule matches no date (none in 50 years)")
	}
	rr, err := rrule.NewRRule(*opt)
	if err != nil {
		return nil, icsErr(p, err.Error())
	}
	return rr, nil
}

// ruleSteps estimates what expanding a rule costs: rrule-go steps through
// every period (day, week, month or year) from DTSTART to its last
// occurrence before UNTIL or 2200, matching or not, and one more stretch
// to the next occurrence, which the probe of ruleMatches keeps within 50
// years. A step is weighted by its cost relative to a daily one.
func ruleSteps(o rrule.ROption) int {
	end := time.Date(lastYear+1, 1, 1, 0, 0, 0, 0, time.UTC)
	if !o.Until.IsZero() && o.Until.Before(end) {
		end = o.Until
	}
	days := int64(daysFromCivil(end.Date())) + 50*366 - int64(daysFromCivil(o.Dtstart.Date()))
	if days <= 0 {
		return 1
	}
	// the stretch itself and the probe's fifty years
	return int(min(periodSteps(o, days)+periodSteps(o, 50*366), maxICSSteps+1))
}

// periodSteps is the weighted number of steps rrule-go takes through days.
func periodSteps(o rrule.ROption, days int64) int64 {
	interval := int64(max(o.Interval, 1))
	switch o.Freq {
	case rrule.YEARLY:
		return days/365/interval*50 + 1
	case rrule.MONTHLY:
		return days/28/interval*4 + 1
	case rrule.WEEKLY:
		return days/7/interval*2 + 1
	}
	return days/interval + 1
}

// ruleMatches reports whether the rule produces a date in a 50-year window
// at the end of rrule-go's range. rrule-go searches up to the year 9999
// for the next occurrence however far UNTIL is, so a rule that never
// matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) would cost millions of
// steps; run from shortly before 9999, with DTSTART moved by whole
// periods, the same search is short.
func ruleMatches(o rrule.ROption) (bool, error) {
	y, m, d := o.Dtstart.Date()
	interval := max(o.Interval, 1)
	periodDays := map[rrule.Frequency]int{rrule.YEARLY: 365, rrule.MONTHLY: 30, rrule.WEEKLY: 7, rrule.DAILY: 1}[o.Freq] * interval
	if (9999-y)*365/periodDays <= 2000 {
		return true, nil // a short search whatever the rule
	}
	const probeYear = 9999 - 50
	switch o.Freq {
	case rrule.YEARLY:
		y += (probeYear - y + interval - 1) / interval * interval
		d = min(d, 28)
	case rrule.MONTHLY:
		months := (probeYear-y)*12 - int(m-1)
		total := int(m-1) + (months+interval-1)/interval*interval
		y, m, d = y+total/12, time.Month(total%12+1), min(d, 28)
	default:
		from := daysFromCivil(y, m, d)
		diff := int(daysFromCivil(probeYear, 1, 1) - from)
		y, m, d = civilFromDays(from + int32((diff+periodDays-1)/periodDays*periodDays))
	}
	p := o
	if len(o.Byweekno)+len(o.Byyearday)+len(o.Bymonthday)+len(o.Byweekday)+len(o.Byeaster) == 0 {
		// rrule-go's defaults come from DTSTART; keep the original ones.
		_, om, od := o.Dtstart.Date()
		switch o.Freq {
		case rrule.YEARLY:
			if len(o.Bymonth) == 0 {
				p.Bymonth = []int{int(om)}
			}
			p.Bymonthday = []int{od}
		case rrule.MONTHLY:
			p.Bymonthday = []int{od}
		}
	}
	hh, mm, ss := o.Dtstart.Clock()
	p.Dtstart = time.Date(y, m, d, hh, mm, ss, 0, o.Dtstart.Location())
	p.Count, p.Until = 0, time.Time{}
	probe, err := rrule.NewRRule(p)
	if err != nil {
		return false, err
	}
	_, ok := probe.Iterator()()
	return ok, nil
}
