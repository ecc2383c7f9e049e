// Command holidaycheck compares the holidays of slaclock's region presets
// with two independent datasets, weekday by weekday: the npm package
// date-holidays and Debian's python3-workalendar. It is a maintenance tool
// for documenting differences (SPEC §6); CI does not run it.
//
// Run it from the module root:
//
//	npm ci --prefix tools/holidaycheck
//	go run ./tools/holidaycheck -from 2020 -to 2035
//
// For every code of calendar.Regions and every Monday to Friday of the
// years, a weekday is closed in our preset when Calendar.Day reports no open
// time at noon of that date in the region's zone; date-holidays closes it
// when a whole-day "public" holiday covers it; workalendar when
// is_working_day is false. The output is one row per region with the
// agreement rates, a TOTAL row, and with -list or -v the dates that differ.
// See README.md for how to read it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Dataset versions the README documents. Another installed version still
// runs, with a warning, so that an upgrade can be measured before it is
// pinned.
const (
	wantDateHolidays = "3.37.0"
	wantWorkalendar  = "17.0.0"
)

// config holds the command-line flags.
type config struct {
	from, to int
	regions  codeList
	verbose  bool
	list     bool
	json     bool
	dir      string // folder of the scripts, relative to the working directory
	node     string
	python   string
}

// codeList is a repeatable flag of region codes, each value a comma list.
type codeList []string

func (l *codeList) String() string { return strings.Join(*l, ",") }

// Set adds the codes of one -region value, upper-cased.
func (l *codeList) Set(v string) error {
	for _, c := range strings.Split(v, ",") {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			*l = append(*l, c)
		}
	}
	return nil
}

// parseFlags reads the command line into a config.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("holidaycheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&c.from, "from", 2020, "first `year` compared")
	fs.IntVar(&c.to, "to", 2035, "last `year` compared")
	fs.Var(&c.regions, "region", "restrict to these region `codes` (repeatable or comma list)")
	fs.BoolVar(&c.verbose, "v", false, "list every differing date with the three verdicts and names")
	fs.BoolVar(&c.list, "list", false, "list only the disputed dates, one per line, without the table")
	fs.BoolVar(&c.json, "json", false, "print machine-readable JSON, differences included")
	fs.StringVar(&c.dir, "dir", "tools/holidaycheck", "folder of the scripts and node_modules")
	fs.StringVar(&c.node, "node", "node", "Node.js interpreter")
	fs.StringVar(&c.python, "python", "/usr/bin/python3", "Python interpreter that has python3-workalendar")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.from < 1900 || c.to > 2199 || c.from > c.to {
		return c, fmt.Errorf("-from %d -to %d: need 1900 <= from <= to <= 2199", c.from, c.to)
	}
	return c, nil
}

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return
	case err != nil:
		fmt.Fprintln(os.Stderr, "holidaycheck:", err)
		os.Exit(2)
	}
}

// run is the whole program: it gathers the three sources, compares them and
// writes the report the flags ask for.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if err := checkSetup(cfg.dir); err != nil {
		return err
	}
	regions, err := selectRegions(cfg.regions)
	if err != nil {
		return err
	}
	codes := make([]string, len(regions))
	for i, r := range regions {
		codes[i] = r.Code
	}
	days := weekdays(cfg.from, cfg.to)

	// The scripts run while our own verdicts are computed.
	dh, wa := startDatasets(cfg, codes)
	ours, err := ourVerdicts(regions, days)
	if err != nil {
		return err
	}
	dhSet, dhErr := dh.wait()
	waSet, waErr := wa.wait()
	if err := errors.Join(dhErr, waErr); err != nil {
		return err
	}
	warnVersion(stderr, "date-holidays", dhSet.Version, wantDateHolidays)
	warnVersion(stderr, "workalendar", waSet.Version, wantWorkalendar)

	rep := compareAll(cfg, regions, days, ours, dhSet, waSet)
	switch {
	case cfg.json:
		return writeJSON(stdout, rep)
	case cfg.list:
		writeList(stdout, rep, true)
		return nil
	}
	writeTable(stdout, rep)
	if cfg.verbose {
		fmt.Fprintln(stdout)
		writeList(stdout, rep, false)
	}
	return nil
}

// warnVersion notes on stderr a dataset version other than the documented
// one.
func warnVersion(w io.Writer, name, got, want string) {
	if got != want {
		fmt.Fprintf(w, "holidaycheck: warning: %s is %s; README.md documents %s\n", name, got, want)
	}
}
