package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/sla"
)

// reporter reads incident histories as JSON lines and tallies them in an
// sla.Summary. The common line takes a fast path (historyLine.scan and a
// cache of policies keyed by plan and region as written); every other
// line, and every line the fast path cannot resolve, goes through
// encoding/json and incident.Resolver, so both paths count the same and
// fail with the same errors.
type reporter struct {
	res      incident.Resolver
	defPlan  string
	defPlanB []byte
	at       time.Time

	sum       sla.Summary
	policies  map[string]map[string]sla.Policy // plan → region → policy; region "" is the default calendar
	npolicies int
	calendars map[string]*calendar.Calendar // inline calendar specs, by their JSON text

	hl historyLine

	lines, incidents, later, failed int
}

func newReporter(res incident.Resolver, defPlan string, at time.Time) *reporter {
	return &reporter{
		res:       res,
		defPlan:   defPlan,
		defPlanB:  []byte(defPlan),
		at:        at,
		policies:  make(map[string]map[string]sla.Policy),
		calendars: make(map[string]*calendar.Calendar),
	}
}

// runReport reads histories from stdin until its end and prints the report.
func runReport(cfg config, res incident.Resolver, stdin io.Reader, stdout, stderr io.Writer) int {
	at := time.Now()
	if cfg.at != "" && cfg.at != "now" {
		var err error
		if at, err = time.Parse(time.RFC3339, cfg.at); err != nil {
			fmt.Fprintf(stderr, "due: -at: %q: want an RFC 3339 instant such as 2026-12-31T23:59:59Z, or \"now\"\n", cfg.at)
			return exitUsage
		}
	}
	r := newReporter(res, cfg.plan, at)
	if err := r.read(stdin, stderr); err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitFailed
	}
	groups := r.sum.Groups()
	var out []byte
	if cfg.json {
		out = appendReportJSON(nil, groups)
	} else {
		out = r.appendReportText(nil, groups)
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitFailed
	}
	if cfg.svg != "" {
		if err := os.WriteFile(cfg.svg, reportSVG(groups, at), 0o644); err != nil {
			fmt.Fprintln(stderr, "due: -svg:", err)
			return exitFailed
		}
	}
	if r.failed > 0 {
		fmt.Fprintf(stderr, "due: %d line(s) failed and are not counted\n", r.failed)
		return exitFailed
	}
	return exitOK
}

// read tallies every line of r and reports failed lines on stderr with
// their line numbers. The error is about reading.
func (r *reporter) read(in io.Reader, stderr io.Writer) error {
	lr := newLineReader(in)
	for {
		line, n, tooLong, last, err := lr.next()
		if err != nil {
			return err
		}
		var lerr error
		switch {
		case tooLong:
			lerr = fmt.Errorf("line longer than %d bytes", maxLine)
		case len(bytes.TrimSpace(line)) == 0:
			// Blank lines, and the end of input, count nothing.
		default:
			r.lines++
			lerr = r.line(line)
		}
		if lerr != nil {
			r.failed++
			fmt.Fprintf(stderr, "due: line %d: %v\n", n, lerr)
		}
		if last {
			return nil
		}
	}
}

// line tallies one history.
func (r *reporter) line(line []byte) error {
	hl := &r.hl
	if hl.scan(line) {
		planName := hl.plan
		if len(planName) == 0 {
			planName = r.defPlanB
		}
		pol, ok := r.policies[string(planName)][string(hl.region)]
		if !ok {
			var err error
			if pol, err = r.policy(string(planName), string(hl.region)); err != nil {
				return r.slow(line)
			}
		}
		return r.count(pol, hl.id, hl.events)
	}
	return r.slow(line)
}

// count tallies one resolved history.
func (r *reporter) count(p sla.Policy, id []byte, events []sla.Event) error {
	// AddEvents checks the whole history, also one opened after r.at,
	// which it then does not count.
	if err := r.sum.AddEvents(p, events, r.at); err != nil {
		return withID(id, err)
	}
	if events[0].At.After(r.at) {
		r.later++
	} else {
		r.incidents++
	}
	return nil
}

func withID(id []byte, err error) error {
	if len(id) == 0 {
		return err
	}
	return fmt.Errorf("id %s: %w", appendID(nil, id), err)
}

// policy finds the policy of a plan and a region ("" for the default
// calendar) and caches it.
func (r *reporter) policy(planName, region string) (sla.Policy, error) {
	p, err := r.res.Plan(planName)
	if err != nil {
		return sla.Policy{}, err
	}
	cal := r.res.Calendar
	if region != "" {
		if cal, err = incident.Region(region); err != nil {
			return sla.Policy{}, err
		}
	}
	if cal == nil {
		return sla.Policy{}, &incident.Error{Field: "region", Err: fmt.Errorf("%w: give a region code such as \"US\", or a calendar", incident.ErrMissing)}
	}
	pol := sla.Policy{Plan: p, Calendar: cal}
	if r.npolicies < maxPolicies {
		m := r.policies[planName]
		if m == nil {
			m = make(map[string]sla.Policy)
			r.policies[planName] = m
		}
		m[region] = pol
		r.npolicies++
	}
	return pol, nil
}

// history is a -report line as encoding/json reads it.
type history struct {
	ID       json.RawMessage `json:"id"`
	Plan     string          `json:"plan"`
	Region   string          `json:"region"`
	Calendar json.RawMessage `json:"calendar"`
	Events   []sla.Event     `json:"events"`
}

// slow tallies a line with encoding/json and the shared resolver.
func (r *reporter) slow(line []byte) error {
	var h history
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return incident.JSONError("", err)
	}
	if dec.More() {
		return errors.New("unexpected data after the JSON object")
	}
	if err := incident.CheckID(h.ID); err != nil {
		return err
	}
	if len(h.Events) == 0 {
		return withID(h.ID, &incident.Error{Field: "events", Err: fmt.Errorf("%w: want the incident's events, the first one \"opened\"", incident.ErrMissing)})
	}
	if h.Plan == "" {
		h.Plan = r.defPlan
	}
	hasSpec := len(h.Calendar) > 0 && !bytes.Equal(bytes.TrimSpace(h.Calendar), []byte("null"))
	var pol sla.Policy
	var err error
	switch {
	case hasSpec && h.Region != "":
		err = &incident.Error{Field: "calendar", Err: fmt.Errorf("%w: give region or calendar, not both", incident.ErrConflict)}
	case hasSpec:
		var p plan.Plan
		if p, err = r.res.Plan(h.Plan); err == nil {
			var cal *calendar.Calendar
			cal, err = r.calendar(h.Calendar)
			pol = sla.Policy{Plan: p, Calendar: cal}
		}
	default:
		pol, err = r.policy(h.Plan, h.Region)
	}
	if err != nil {
		return withID(h.ID, err)
	}
	return r.count(pol, h.ID, h.Events)
}

// calendar builds an inline calendar, or finds it among those already
// built from the same text.
func (r *reporter) calendar(spec json.RawMessage) (*calendar.Calendar, error) {
	var key bytes.Buffer
	if err := json.Compact(&key, spec); err != nil {
		return nil, incident.JSONError("calendar", err)
	}
	if c, ok := r.calendars[key.String()]; ok {
		return c, nil
	}
	c, err := incident.Calendar(spec)
	if err != nil {
		return nil, err
	}
	if len(r.calendars) < maxCalendars {
		r.calendars[key.String()] = c
	}
	return c, nil
}

// metricTitle names a metric for people.
func metricTitle(m plan.Metric) string { return strings.ReplaceAll(m.String(), "_", " ") }

// appendReportText writes the report as an aligned table.
func (r *reporter) appendReportText(dst []byte, groups []sla.Group) []byte {
	dst = fmt.Appendf(dst, "SLA compliance at %s: %d incidents", r.at.Format(time.RFC3339), r.incidents)
	if r.later > 0 {
		dst = fmt.Appendf(dst, " (%d opened later, not counted)", r.later)
	}
	if r.failed > 0 {
		dst = fmt.Appendf(dst, ", %d bad lines (on stderr)", r.failed)
	}
	dst = append(dst, '\n')
	if len(groups) == 0 {
		return append(dst, "No incidents to report.\n"...)
	}
	header := []string{"plan", "severity", "metric", "incidents", "met", "breached", "open", "met %", "median used", "p90 used"}
	rows := [][]string{header}
	for _, g := range groups {
		met, med, p90 := "—", "—", "—"
		if v, ok := g.MetPercent(); ok {
			met = strconv.FormatFloat(v, 'f', 1, 64) + "%"
		}
		if v, ok := g.UsedQuantile(0.5); ok {
			med = usedText(v)
		}
		if v, ok := g.UsedQuantile(0.9); ok {
			p90 = usedText(v)
		}
		rows = append(rows, []string{g.Plan, strconv.Itoa(int(g.Severity)), metricTitle(g.Metric),
			strconv.Itoa(g.Incidents), strconv.Itoa(g.Met), strconv.Itoa(g.Breached), strconv.Itoa(g.Open), met, med, p90})
	}
	width := make([]int, len(header))
	for _, row := range rows {
		for i, cell := range row {
			width[i] = max(width[i], len([]rune(cell)))
		}
	}
	dst = append(dst, '\n')
	for _, row := range rows {
		for i, cell := range row {
			pad := strings.Repeat(" ", width[i]-len([]rune(cell)))
			if i > 0 {
				dst = append(dst, "  "...)
			}
			if i < 3 { // text left, numbers right
				dst = append(dst, cell+pad...)
			} else {
				dst = append(dst, pad+cell...)
			}
		}
		dst = append(bytes.TrimRight(dst, " "), '\n')
	}
	return append(dst, "\nmet % = met / (met + breached); used = share of the target used by met and breached incidents (median, 90th percentile).\n"...)
}

func usedText(pct int) string {
	if pct > sla.MaxUsedPercent {
		return ">" + strconv.Itoa(sla.MaxUsedPercent) + "%"
	}
	return strconv.Itoa(pct) + "%"
}

// groupJSON is one line of -report -json.
type groupJSON struct {
	Plan       string   `json:"plan"`
	Severity   int      `json:"severity"`
	Metric     string   `json:"metric"`
	Incidents  int      `json:"incidents"`
	Met        int      `json:"met"`
	Breached   int      `json:"breached"`
	Open       int      `json:"open"`
	MetPercent *float64 `json:"met_percent,omitempty"`
	MedianUsed *int     `json:"median_used_percent,omitempty"`
	P90Used    *int     `json:"p90_used_percent,omitempty"`
}

// appendReportJSON writes one JSON object per group, one per line.
func appendReportJSON(dst []byte, groups []sla.Group) []byte {
	for _, g := range groups {
		out := groupJSON{Plan: g.Plan, Severity: int(g.Severity), Metric: g.Metric.String(),
			Incidents: g.Incidents, Met: g.Met, Breached: g.Breached, Open: g.Open}
		if v, ok := g.MetPercent(); ok {
			v = float64(int(v*10+0.5)) / 10
			out.MetPercent = &v
		}
		if v, ok := g.UsedQuantile(0.5); ok {
			out.MedianUsed = &v
		}
		if v, ok := g.UsedQuantile(0.9); ok {
			out.P90Used = &v
		}
		b, _ := json.Marshal(out)
		dst = append(append(dst, b...), '\n')
	}
	return dst
}
