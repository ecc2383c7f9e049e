// Command due prints by when a response to a support incident is due.
//
//	go run ./examples/due -plan gold -severity 2 -region US -opened 2026-12-24T16:30:00-05:00
//
// The first line of the output is the due instant in RFC 3339; an
// explanation follows. -json prints one JSON object instead, -timeline
// draws the stretch from opened to due, and -batch reads incidents as JSON
// lines on standard input. Run it with -h for every flag.
//
// -report reads incident histories as JSON lines and prints an SLA
// compliance report per plan, severity and metric (-json: JSON lines; -svg
// FILE: a chart).
//
// Exit codes: 0 on success; 2 for bad flags or input, and for an incident
// the contract given with -contract-start does not cover, with a message on
// standard error and nothing on standard output; in -batch and -report
// mode, 1 when any line failed (each failure is reported and the other
// lines are answered or counted).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	_ "time/tzdata" // run on machines without zoneinfo

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/plan"
)

const (
	exitOK     = 0
	exitFailed = 1 // -batch: some lines failed; or stdout could not be written
	exitUsage  = 2 // bad flags or input
)

const defaultRegion = "US"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the command line, parsed.
type config struct {
	plan, severity, facts, region, opened string
	calendarFile, plansFile               string
	icsFiles                              fileList
	json, timeline, batch                 bool
	report                                bool   // -report: a compliance report from incident histories
	at, svg                               string // -report's -at and -svg
	regionSet, factsSet                   bool
	contract                              incident.Contract
}

// usageError is bad input on the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// run is the program: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitUsage
	}
	res, err := cfg.resolver()
	if err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitUsage
	}
	if cfg.batch {
		return runBatch(cfg, res, stdin, stdout, stderr)
	}
	if cfg.report {
		return runReport(cfg, res, stdin, stdout, stderr)
	}
	out, err := cfg.single(res)
	if err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitUsage
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitFailed
	}
	return exitOK
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("due", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.plan, "plan", "", "maintenance plan: gold, platinum, or a plan from -plans (required, except in -batch where lines may name it)")
	fs.StringVar(&cfg.severity, "severity", "", "severity 1 to 4; also S1, sev-1, \"Severity 1\", P1")
	fs.StringVar(&cfg.facts, "facts", "", "comma-separated facts to classify the severity from, instead of -severity (names below)")
	fs.StringVar(&cfg.region, "region", defaultRegion, "region calendar: Mon–Fri 09:00–17:00 in the region's zone, closed on its holidays")
	fs.StringVar(&cfg.opened, "opened", "", "when the incident was opened, RFC 3339 (2026-12-24T16:30:00-05:00), or \"now\"")
	fs.StringVar(&cfg.calendarFile, "calendar", "", "JSON file with a custom calendar spec, used instead of -region")
	fs.Var(&cfg.icsFiles, "ics", "iCalendar `FILE` of holidays and closures to add to the -region or -calendar calendar (repeatable)")
	fs.StringVar(&cfg.plansFile, "plans", "", "JSON file of custom plans ({\"plans\": [...]}), added to the built-in ones")
	fs.BoolVar(&cfg.json, "json", false, "print one JSON object: due, severity, plan, explanation (with -report: one per group, per line)")
	fs.BoolVar(&cfg.timeline, "timeline", false, "draw the stretch from opened to due, one row per day")
	fs.BoolVar(&cfg.batch, "batch", false, "read incidents as JSON lines on stdin and write one result per line")
	fs.BoolVar(&cfg.report, "report", false, "read incident histories as JSON lines on stdin and print an SLA compliance report")
	fs.StringVar(&cfg.at, "at", "now", "with -report: the instant incidents still open are judged at, RFC 3339")
	fs.StringVar(&cfg.svg, "svg", "", "with -report: also write the report as an SVG chart to this file")
	cfg.contractFlags(fs)
	fs.Usage = func() {
		o := fs.Output()
		fmt.Fprint(o, `Usage: due -plan NAME (-severity N | -facts LIST) [-region CODE | -calendar FILE] [-ics FILE]... -opened TIME [-json | -timeline]
           [-contract-start TIME [-contract-end TIME] [-contract-renewals N]]
       due -batch [-plan NAME] [-region CODE | -calendar FILE] [-ics FILE]... < incidents.jsonl
       due -report [-json] [-at TIME] [-svg FILE] [-plan NAME] [-region CODE | -calendar FILE] [-ics FILE]... < histories.jsonl

Prints the instant by which a response to an incident is due: RFC 3339 on the
first line, then how it was reached.

Flags:
`)
		fs.PrintDefaults()
		fmt.Fprintf(o, `
Facts for -facts (the highest severity whose definition matches wins):
%s
Batch mode reads one JSON object per line:
  {"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}
"facts" (an array of the names above) may replace "severity", and "calendar"
(an inline calendar spec) may replace "region", and "contract"
({"start":TIME,"end":TIME,"renewals":N}) checks that the plan covers the
incident; -plan, -region and -calendar (with any -ics files) give the values
for lines that leave them out. Blank lines are skipped. Each line gets one
output line, in order:
  {"id":"T-1","due":"2026-12-28T16:30:00-05:00","severity":2}
  {"id":"T-2","line":7,"error":"opened: ..."}
A failed line is also reported on stderr with its line number; the rest go on.

Report mode reads one incident history per line, with the events of sla.Event:
  {"id":"T-1","plan":"gold","region":"US","events":[
    {"at":"2026-12-01T09:00:00-05:00","kind":"opened","severity":2},
    {"at":"2026-12-01T10:00:00-05:00","kind":"responded"}]}
Event kinds: opened, paused, resumed, severity_changed, responded,
customer_replied, resolved, reopened. It prints, per plan, severity and metric
(first response; next response and resolution where the plan sets them), the
incidents, how many met, breached or are still open at -at, the met
percentage and the median and 90th percentile of the target used; -json
prints one object per group instead. A bad line is reported on stderr with its
line number and not counted; the exit status is then 1.

Exit status: 0 success; 1 in -batch or -report when any line failed; 2 bad flags
or input, or an incident the contract does not cover (message on stderr naming
the contract's status and end, nothing on stdout).
`, incident.FactHelp("  "))
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, err
		}
		// The flag package has printed the error and the usage.
		return cfg, usageError{"invalid command line"}
	}
	if fs.NArg() > 0 {
		return cfg, usagef("unexpected argument %q (flags go before it, as -name value)", fs.Arg(0))
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "region":
			cfg.regionSet = true
		case "facts":
			cfg.factsSet = true
		}
	})
	if cfg.regionSet && cfg.calendarFile != "" {
		return cfg, usagef("-region and -calendar: give one, not both")
	}
	if cfg.json && cfg.timeline {
		return cfg, usagef("-json and -timeline: give one, not both")
	}
	if err := cfg.checkReport(fs); err != nil {
		return cfg, err
	}
	if cfg.batch {
		for _, name := range append([]string{"severity", "facts", "opened", "json", "timeline"}, contractFlagNames...) {
			if isSet(fs, name) {
				return cfg, usagef("-%s does not apply to -batch: give it on each line", name)
			}
		}
	}
	return cfg, nil
}

// checkReport refuses flags that -report does not take, and -report's own
// flags without it.
func (cfg config) checkReport(fs *flag.FlagSet) error {
	if !cfg.report {
		for _, name := range []string{"at", "svg"} {
			if isSet(fs, name) {
				return usagef("-%s applies only to -report", name)
			}
		}
		return nil
	}
	if cfg.batch {
		return usagef("-report and -batch: give one, not both")
	}
	for _, name := range append([]string{"severity", "facts", "opened", "timeline"}, contractFlagNames...) {
		if isSet(fs, name) {
			return usagef("-%s does not apply to -report: the histories give it", name)
		}
	}
	return nil
}

func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// resolver builds the plans and the default calendar the flags name.
func (cfg config) resolver() (incident.Resolver, error) {
	var res incident.Resolver
	if cfg.plansFile != "" {
		f, err := os.Open(cfg.plansFile)
		if err != nil {
			return res, usagef("-plans: %v", err)
		}
		defer f.Close()
		plans, err := plan.Load(f)
		if err != nil {
			return res, usagef("-plans %s: %v", cfg.plansFile, err)
		}
		res.Plans, err = plan.NewCatalog(plans...)
		if err != nil {
			return res, usagef("-plans %s: %v", cfg.plansFile, err)
		}
	}
	if cfg.calendarFile != "" {
		data, err := os.ReadFile(cfg.calendarFile)
		if err != nil {
			return res, usagef("-calendar: %v", err)
		}
		res.Calendar, err = incident.Calendar(data)
		if err != nil {
			return res, usagef("-calendar %s: %v", cfg.calendarFile, err)
		}
	} else {
		if cfg.region == "" {
			return res, usagef("-region: give a region code such as %q, or -calendar", defaultRegion)
		}
		cal, err := calendar.Region(cfg.region)
		if err != nil {
			return res, usagef("-region: %v", err)
		}
		res.Calendar = cal
	}
	if len(cfg.icsFiles) > 0 {
		cal, err := withICS(res.Calendar, cfg.icsFiles)
		if err != nil {
			return res, err
		}
		res.Calendar = cal
	}
	return res, nil
}

// fileList is a repeatable flag of file names.
type fileList []string

func (l *fileList) String() string { return strings.Join(*l, ", ") }

func (l *fileList) Set(name string) error {
	*l = append(*l, name)
	return nil
}

// withICS adds the holidays and closures of iCalendar files to a
// calendar (to every spec inside a composite) and builds it again.
func withICS(cal *calendar.Calendar, files []string) (*calendar.Calendar, error) {
	for _, name := range files {
		data, err := readICS(name)
		if err != nil {
			return nil, usagef("-ics: %v", err)
		}
		if cal, err = incident.WithICS(cal, data); err != nil {
			return nil, usagef("-ics %s: %v", name, err)
		}
	}
	return cal, nil
}

// readICS reads an iCalendar file, up to one byte past what ImportICS
// accepts (16 MiB), so that ImportICS words the error of a larger one.
func readICS(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 16<<20+1))
}

// single answers the one incident the flags describe.
func (cfg config) single(res incident.Resolver) ([]byte, error) {
	if cfg.plan == "" {
		return nil, usagef("-plan is required: %s", strings.Join(res.Plans.Names(), ", "))
	}
	if cfg.severity == "" && !cfg.factsSet {
		return nil, usagef("-severity or -facts is required")
	}
	if cfg.severity != "" && cfg.factsSet {
		return nil, usagef("-severity and -facts: give one, not both")
	}
	if cfg.opened == "" {
		return nil, usagef("-opened is required: an RFC 3339 instant such as 2026-12-24T16:30:00-05:00, or \"now\"")
	}
	req := incident.Request{Plan: cfg.plan, Opened: cfg.opened, Contract: cfg.contractRequest()}
	if cfg.opened == "now" {
		// Answer in the customer's zone, not the machine's.
		now := time.Now()
		if res.Calendar != nil {
			now = now.In(res.Calendar.Location())
		}
		req.Opened = now.Format(time.RFC3339)
	}
	if cfg.severity != "" {
		req.Severity, _ = json.Marshal(cfg.severity)
	} else {
		req.Facts = []string{}
		if strings.TrimSpace(cfg.facts) != "" {
			req.Facts = strings.Split(cfg.facts, ",")
		}
	}
	in, err := res.Resolve(req)
	if err != nil {
		return nil, cfg.flagError(err)
	}
	r, err := in.Explain()
	if err != nil {
		return nil, cfg.flagError(err)
	}
	switch {
	case cfg.json:
		out, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			return nil, err
		}
		return append(out, '\n'), nil
	case cfg.timeline:
		var b strings.Builder
		fmt.Fprintln(&b, r.Due.Format(time.RFC3339Nano))
		if err := drawTimeline(&b, in, r, cfg.timelineTitle(in)); err != nil {
			return nil, err
		}
		return []byte(b.String()), nil
	}
	var b strings.Builder
	fmt.Fprintln(&b, r.Due.Format(time.RFC3339Nano))
	if r.Reason != "" {
		fmt.Fprintf(&b, "Classified from the facts: %s.\n", r.Reason)
	}
	b.WriteString(contractLine(r.Contract))
	b.WriteString(r.Explanation.Text())
	return []byte(b.String()), nil
}

func (cfg config) timelineTitle(in incident.Incident) string {
	where := strings.ToUpper(cfg.region)
	if cfg.calendarFile != "" {
		where = "custom calendar"
	}
	if len(cfg.icsFiles) > 0 {
		for _, name := range cfg.icsFiles {
			where += " + " + filepath.Base(name)
		}
	}
	return fmt.Sprintf("%s %v, %s (%s)", in.Policy.Plan.Name, in.Severity, where, in.Policy.Calendar.Location())
}

// flagError renames the request field of an incident.Error after the flag
// that carries it.
func (cfg config) flagError(err error) error {
	var ie *incident.Error
	if !errors.As(err, &ie) {
		return err
	}
	if strings.HasPrefix(ie.Field, "contract") {
		return contractFlagError(ie.Field, ie.Err)
	}
	name, _, _ := strings.Cut(ie.Field, "[")
	name, _, _ = strings.Cut(name, ".")
	if name == "calendar" && cfg.calendarFile == "" {
		name = "region"
	}
	return usagef("-%s: %v", name, ie.Err)
}
