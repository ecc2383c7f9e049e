package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// craftedCase is one hostile or costly request from the hardening issue.
type craftedCase struct {
	name string
	body string
}

// craftedCases are the requests the hardening issue found costly or
// wrong, and their neighbours at the service's limits.
func craftedCases() []craftedCase {
	const rest = `"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"`
	var openDates []string
	for d := 0; d < 400; d++ {
		day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d)
		openDates = append(openDates, fmt.Sprintf(`%q:["09:00-10:00"]`, day.Format(time.DateOnly)))
	}
	return []craftedCase{
		{"24x7x365 due in year 10000", `{"plan":"platinum","severity":1,"region":"US","opened":"9999-12-31T22:00:00Z"}`},
		{"24x7x365 due after 2199", `{"plan":"platinum","severity":1,"region":"US","opened":"2199-12-31T23:00:00-05:00"}`},
		{"id of invalid UTF-8", "{\"id\":\"T-\xff\"," + rest + "}"},
		{"id 1e999", `{"id":1e999,` + rest + `}`},
		{"duplicate keys", `{` + rest + `,"severity":4}`},
		{"key in another case", `{"Plan":"platinum","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`},
		{"lower-case t and z", `{"plan":"gold","severity":2,"region":"US","opened":"2026-12-24t21:30:00z"}`},
		{"zone spelling America//New_York", `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"America//New_York","hours":{"mon-fri":["09:00-17:00"]}}}`},
		{"1,440 one-minute spans a day (refused)", denseMinutes()},
		{"48 spans a day, every day (the limit)", denseBody(48, "2026-12-24T16:30:00-05:00")},
		{"48 spans a day, opened 31 Dec", denseBody(48, "2026-12-31T16:30:00-05:00")},
		{"sparse 1900/2199, 3 holiday sets (the limit)", sparseBody(3)},
		{"sparse 1900/2199, 36 holiday sets (refused)", sparseBody(len(holidaySets))},
		{"400 open dates (the limit)", `{"plan":"gold","severity":4,"opened":"2026-06-01T09:30:00Z","calendar":{"timezone":"UTC","hours":{},"open":{` + strings.Join(openDates, ",") + `}}}`},
		{"60 KB region code (refused)", `{"plan":"gold","severity":2,"region":"` + strings.Repeat("U", 60000) + `","opened":"2026-12-24T16:30:00-05:00"}`},
		{"16-byte unknown region code", `{"plan":"gold","severity":2,"region":"QQQQQQQQQQQQQQQQ","opened":"2026-12-24T16:30:00-05:00"}`},
		{"16-byte unknown holiday code", `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"UTC","hours":{"mon-fri":["09:00-17:00"]},"holidays":["QQQQQQQQQQQQQQQQ"]}}`},
		{"64-byte unknown plan", `{"plan":"` + strings.Repeat("q", 64) + `","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`},
		{"JSON nested 20,000 deep", `{"id":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`},
		{"64 KiB of white space", strings.Repeat(" ", 64<<10-len(rest)-2) + "{" + rest + "}"},
		{"body over 64 KiB", `{"id":"` + strings.Repeat("x", 64<<10) + `",` + rest + `}`},
	}
}

// holidaySets are region codes for sparse calendars.
var holidaySets = []string{"US", "GB", "DE", "FR", "JP", "AU", "CA", "CH", "NL", "SE", "NO", "DK", "IT", "ES", "AT", "BE", "PL", "CZ", "SK", "HR", "SI", "LT", "LV", "RO", "BG", "GR", "IE", "NZ", "ZA", "BR", "AR", "MW", "NC", "RU", "UA", "ECB"}

// sparseBody is a request on a calendar open one hour in 1900 and one in
// 2199, with the first sets of holidaySets: answering it searches every
// year between.
func sparseBody(sets int) string {
	return fmt.Sprintf(`{"plan":"gold","severity":3,"opened":"1900-01-02T09:30:00Z","calendar":{"timezone":"UTC","hours":{},"holidays":[%s],"open":{"1900-01-02":["09:00-10:00"],"2199-12-30":["09:00-10:00"]}}}`,
		`"`+strings.Join(holidaySets[:sets], `","`)+`"`)
}

// denseMinutes is the costly calendar: 1,440 one-minute spans a
// day, every day.
func denseMinutes() string {
	var s []string
	for m := 0; m < 24*60; m++ {
		s = append(s, fmt.Sprintf(`"%02d:%02d-%02d:%02d"`, m/60, m%60, (m+1)/60, (m+1)%60))
	}
	return `{"plan":"gold","severity":4,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"America/New_York","hours":{"mon-sun":[` + strings.Join(s, ",") + `]}}}`
}

// crafted sends each crafted case cfg.rounds times, one request at a time,
// and reports each one's status and latency. A 5xx or a request without an
// answer is an error.
func crafted(cfg config, w io.Writer) error {
	client := newClient(1)
	ctx, cancel := context.WithTimeout(context.Background(), cfg.duration)
	defer cancel()
	mem := watch(cfg.pid)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "request\tbytes\tstatus\tp50\tmax\tservice CPU/request\n")
	var failed bool
	var worst time.Duration
	for _, c := range craftedCases() {
		var lat []time.Duration
		statuses := map[int]int{}
		cpu0 := cpuTime(cfg.pid)
		for range cfg.rounds {
			r := send(ctx, client, cfg, []byte(c.body))
			lat = append(lat, r.latency)
			statuses[r.status]++
			if r.status == 0 || r.status >= 500 {
				failed = true
			}
		}
		cpu := "-"
		if cfg.pid != 0 {
			cpu = ((cpuTime(cfg.pid) - cpu0) / time.Duration(cfg.rounds)).Round(10 * time.Microsecond).String()
		}
		slices.Sort(lat)
		worst = max(worst, lat[len(lat)-1])
		fmt.Fprintf(tw, "%s\t%d\t%s\t%v\t%v\t%s\n", c.name, len(c.body), fmtStatuses(statuses), pct(lat, 50), pct(lat, 100), cpu)
	}
	tw.Flush()
	fmt.Fprintf(w, "worst latency %v over %d rounds of each\n", worst.Round(time.Microsecond), cfg.rounds)
	mem.report(w)
	if failed {
		return errServerError
	}
	return nil
}
