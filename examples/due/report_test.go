package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/plan"
)

var update = flag.Bool("update", false, "rewrite testdata/sample_histories.jsonl and the golden report files")

const handAt = "2026-12-04T12:00:00-05:00"

// TestReportHandChecked: the incidents of testdata/handchecked.jsonl, each
// worked out by hand in its comment in sla/summary_test.go (the same
// histories), with a blank line, a line for the default region, one on the
// slow path (an inline calendar, a severity "S1", spaces) and one opened
// after -at.
func TestReportHandChecked(t *testing.T) {
	in, err := os.ReadFile("testdata/handchecked.jsonl")
	require.NoError(t, err)
	code, out, errOut := runDue(t, string(in), "-report", "-json", "-plans", "testdata/plans_bh.json", "-at", handAt)
	require.Equal(t, exitOK, code, "stderr: %s", errOut)
	want := []groupJSON{
		{Plan: "Diamond-BH", Severity: 1, Metric: "first_response", Incidents: 1, Met: 1, MetPercent: f(100), MedianUsed: n(25), P90Used: n(25)},
		{Plan: "Diamond-BH", Severity: 1, Metric: "next_response", Incidents: 1, Breached: 1, MetPercent: f(0), MedianUsed: n(501), P90Used: n(501)},
		{Plan: "Diamond-BH", Severity: 1, Metric: "resolution", Incidents: 1, Breached: 1, MetPercent: f(0), MedianUsed: n(338), P90Used: n(338)},
		{Plan: "Diamond-BH", Severity: 2, Metric: "first_response", Incidents: 4, Met: 2, Breached: 2, MetPercent: f(50), MedianUsed: n(25), P90Used: n(275)},
		{Plan: "Diamond-BH", Severity: 2, Metric: "next_response", Incidents: 2, Breached: 1, Open: 1, MetPercent: f(0), MedianUsed: n(150), P90Used: n(150)},
		{Plan: "Diamond-BH", Severity: 2, Metric: "resolution", Incidents: 4, Met: 2, Open: 2, MetPercent: f(100), MedianUsed: n(38), P90Used: n(94)},
		{Plan: "Gold", Severity: 1, Metric: "first_response", Incidents: 1, Met: 1, MetPercent: f(100), MedianUsed: n(75), P90Used: n(75)},
	}
	var got []groupJSON
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var g groupJSON
		if err := dec.Decode(&g); errors.Is(err, io.EOF) {
			break
		} else {
			require.NoError(t, err)
		}
		got = append(got, g)
	}
	assert.Equal(t, want, got)

	// The text form says the same, and what was not counted.
	code, text, _ := runDue(t, string(in), "-report", "-plans", "testdata/plans_bh.json", "-at", handAt)
	require.Equal(t, exitOK, code)
	assert.Contains(t, text, "SLA compliance at 2026-12-04T12:00:00-05:00: 6 incidents (1 opened later, not counted)")
	assert.Regexp(t, `Diamond-BH\s+2\s+first response\s+4\s+2\s+2\s+0\s+50\.0%\s+25%\s+275%`, text)
	assert.Regexp(t, `Diamond-BH\s+1\s+next response\s+1\s+0\s+1\s+0\s+0\.0%\s+>500%\s+>500%`, text)
}

func f(v float64) *float64 { return &v }
func n(v int) *int         { return &v }

func TestReportBadLines(t *testing.T) {
	good := `{"id":"ok","plan":"gold","region":"US","events":[{"at":"2026-12-01T09:00:00-05:00","kind":"opened","severity":2}]}`
	tests := []struct {
		name, line, want string
	}{
		{"invalid JSON", `{"id":"x",`, "line 2: invalid JSON"},
		{"unknown field", `{"id":"x","plan":"gold","opened":"2026-12-01T09:00:00Z","events":[]}`, "line 2: opened: unknown field"},
		{"no events", `{"id":"x","plan":"gold","region":"US"}`, `line 2: id "x": events: missing`},
		{"empty events", `{"id":"x","plan":"gold","region":"US","events":[]}`, `line 2: id "x": events: missing`},
		{"unknown plan", `{"id":"x","plan":"tin","region":"US","events":[{"at":"2026-12-01T09:00:00Z","kind":"opened","severity":2}]}`, `line 2: id "x": plan: unknown plan "tin"`},
		{"unknown region", `{"id":"x","plan":"gold","region":"XX","events":[{"at":"2026-12-01T09:00:00Z","kind":"opened","severity":2}]}`, `line 2: id "x": region: calendar: unknown region: "XX"`},
		{"region and calendar", `{"id":"x","plan":"gold","region":"US","calendar":{"timezone":"UTC","hours":{"mon":["09:00-17:00"]}},"events":[{"at":"2026-12-01T09:00:00Z","kind":"opened","severity":2}]}`, "calendar: conflicting fields"},
		{"first event not opened", `{"id":"x","plan":"gold","events":[{"at":"2026-12-01T09:00:00Z","kind":"paused"}]}`, `line 2: id "x": sla: events[0] (paused at 2026-12-01T09:00:00Z): the incident has not been opened`},
		{"events out of order", `{"id":7,"plan":"gold","events":[{"at":"2026-12-01T09:00:00Z","kind":"opened","severity":2},{"at":"2026-12-01T08:00:00Z","kind":"responded"}]}`, "line 2: id 7: sla: events[1] (responded at 2026-12-01T08:00:00Z): out of order"},
		{"unknown kind", `{"id":"x","plan":"gold","events":[{"at":"2026-12-01T09:00:00Z","kind":"closed","severity":2}]}`, "kind: \"closed\""},
		{"bad time", `{"id":"x","plan":"gold","events":[{"at":"2026-13-01T09:00:00Z","kind":"opened","severity":2}]}`, "line 2: "},
		{"bad history opened after -at", `{"id":"x","plan":"gold","events":[{"at":"2026-12-05T09:00:00Z","kind":"paused"}]}`, `line 2: id "x": sla: events[0] (paused at 2026-12-05T09:00:00Z): the incident has not been opened`},
		{"bad id", `{"id":true,"plan":"gold","events":[{"at":"2026-12-01T09:00:00Z","kind":"opened","severity":2}]}`, "line 2: id: true: want a string or a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, good+"\n"+tt.line+"\n"+good+"\n", "-report", "-json", "-at", "2026-12-02T00:00:00Z")
			assert.Equal(t, exitFailed, code, "a bad line: got exit %d, want %d", code, exitFailed)
			assert.Contains(t, errOut, tt.want)
			assert.Contains(t, errOut, "1 line(s) failed and are not counted")
			assert.Contains(t, out, `"plan":"Gold","severity":2,"metric":"first_response","incidents":2,`, "the good lines are all counted")
		})
	}
}

// A line of exactly maxLine bytes is read; one byte more is refused, as in
// -batch.
func TestReportLongLines(t *testing.T) {
	line := `{"id":"L","plan":"gold","region":"US","events":[{"at":"2026-12-01T09:00:00-05:00","kind":"opened","severity":2}]`
	pad := func(n int) string { return line + strings.Repeat(" ", n-len(line)-1) + "}" }
	code, out, errOut := runDue(t, pad(maxLine)+"\n"+pad(maxLine), "-report", "-json", "-at", "2026-12-02T00:00:00Z")
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, `"incidents":2,`)
	code, out, errOut = runDue(t, pad(maxLine+1)+"\n"+pad(maxLine), "-report", "-json", "-at", "2026-12-02T00:00:00Z")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "line 1: line longer than")
	assert.Contains(t, out, `"incidents":1,`)
	// The last line, without a line end, too.
	code, _, errOut = runDue(t, pad(maxLine)+"\n"+pad(maxLine+1), "-report", "-json", "-at", "2026-12-02T00:00:00Z")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "line 2: line longer than")
}

func TestReportFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad -at", []string{"-report", "-at", "yesterday"}, `-at: "yesterday"`},
		{"-svg without -report", []string{"-svg", "x.svg", "-plan", "gold", "-severity", "1", "-opened", "now"}, "-svg applies only to -report"},
		{"-at without -report", []string{"-at", "now", "-plan", "gold", "-severity", "1", "-opened", "now"}, "-at applies only to -report"},
		{"-report and -batch", []string{"-report", "-batch"}, "give one, not both"},
		{"-report with -opened", []string{"-report", "-opened", "now"}, "-opened does not apply to -report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.want)
		})
	}
	code, out, _ := runDue(t, "", "-report", "-at", "2026-12-01T00:00:00Z")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "0 incidents")
	assert.Contains(t, out, "No incidents to report.")
}

// TestReportFastPathAgrees: every line the fast path reads, encoding/json
// reads to the same history, and both tally the same.
func TestReportFastPathAgrees(t *testing.T) {
	lines := bytes.Split(bytes.TrimSpace(sampleHistories(t, 2000, 7)), []byte("\n"))
	res := sampleResolver(t)
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	fast, slow := newReporter(res, "", at), newReporter(res, "", at)
	for i, line := range lines {
		require.True(t, fast.hl.scan(line), "line %d not on the fast path: %s", i+1, line)
		require.NoError(t, fast.line(line), "line %d", i+1)
		require.NoError(t, slow.slow(line), "line %d", i+1)
	}
	assert.Equal(t, slow.sum.Groups(), fast.sum.Groups())
	assert.Equal(t, len(lines), fast.incidents+fast.later)
}

// FuzzReportLine: the fast path only accepts what encoding/json reads the
// same way, and no line panics either path.
func FuzzReportLine(f *testing.F) {
	in, err := os.ReadFile("testdata/handchecked.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range bytes.Split(in, []byte("\n")) {
		f.Add(line)
	}
	for _, s := range []string{
		`{"events":[{"at":"2026-02-29T09:00:00Z","kind":"opened","severity":1}]}`,
		`{"events":[{"at":"2026-12-01T09:00:00.123456789+05:45","kind":"opened","severity":1}]}`,
		`{"events":[{"at":"2026-12-01T09:00:00.1234567890Z","kind":"opened","severity":1}]}`,
		`{"events":[{"at":"2026-12-01T24:00:00Z","kind":"opened","severity":1}]}`,
		`{"id":0,"events":[{"at":"2026-12-01T09:00:00-00:00","kind":"opened","severity":4},{"kind":"reopened","at":"2026-12-01T09:00:00Z"}]}`,
	} {
		f.Add([]byte(s))
	}
	res := sampleResolver(f)
	at := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, line []byte) {
		// Any line is counted or refused with an error; none panics.
		r := newReporter(res, "gold", at)
		if err := r.line(line); err == nil && r.incidents+r.later != 1 {
			t.Fatalf("line %q: no error, yet counted %d", line, r.incidents+r.later)
		}
		var hl historyLine
		if !hl.scan(line) {
			return
		}
		var h history
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&h); err != nil {
			t.Fatalf("fast path read %q, encoding/json refused it: %v", line, err)
		}
		if len(h.Events) != len(hl.events) || string(h.Plan) != string(hl.plan) || string(h.Region) != string(hl.region) {
			t.Fatalf("fast path read %q differently: %+v", line, hl)
		}
		for i, e := range h.Events {
			g := hl.events[i]
			if !g.At.Equal(e.At) || g.Kind != e.Kind || g.Severity != e.Severity {
				t.Fatalf("event %d: fast %v, encoding/json %v", i, g, e)
			}
			_, off1 := g.At.Zone()
			_, off2 := e.At.Zone()
			if off1 != off2 {
				t.Fatalf("event %d: fast offset %d, encoding/json %d", i, off1, off2)
			}
		}
	})
}

// TestReportSample runs the report on testdata/sample_histories.jsonl, the
// input of the README's example, and compares it with the golden output
// the README shows. go test -run TestReportSample -update rewrites them.
func TestReportSample(t *testing.T) {
	args := []string{"-report", "-plans", "testdata/plans.json", "-at", "2026-12-01T00:00:00Z"}
	if *update {
		require.NoError(t, os.WriteFile("testdata/sample_histories.jsonl", sampleHistories(t, 400, 2026), 0o644))
	}
	in, err := os.ReadFile("testdata/sample_histories.jsonl")
	require.NoError(t, err)
	svg := filepath.Join(t.TempDir(), "report.svg")
	code, out, errOut := runDue(t, string(in), append(args, "-svg", svg)...)
	require.Equal(t, exitOK, code, "stderr: %s", errOut)
	chart, err := os.ReadFile(svg)
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("testdata/sample_report.txt", []byte(out), 0o644))
		require.NoError(t, os.WriteFile("testdata/sample_report.svg", chart, 0o644))
	}
	want, err := os.ReadFile("testdata/sample_report.txt")
	require.NoError(t, err)
	assert.Equal(t, string(want), out, "the report differs from testdata/sample_report.txt (-update rewrites it)")
	wantSVG, err := os.ReadFile("testdata/sample_report.svg")
	require.NoError(t, err)
	assert.Equal(t, string(wantSVG), string(chart), "the chart differs from testdata/sample_report.svg (-update rewrites it)")
}

func TestReportSVG(t *testing.T) {
	in, err := os.ReadFile("testdata/handchecked.jsonl")
	require.NoError(t, err)
	svg := filepath.Join(t.TempDir(), "r.svg")
	code, _, errOut := runDue(t, string(in), "-report", "-plans", "testdata/plans_bh.json", "-at", handAt, "-svg", svg)
	require.Equal(t, exitOK, code, errOut)
	data, err := os.ReadFile(svg)
	require.NoError(t, err)
	// Well-formed XML.
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
	}
	s := string(data)
	for _, want := range []string{
		"Diamond-BH · Severity 2 · first response", "50.0 %", "Gold · Severity 1 · first response", "100.0 %",
		">100 %<", "first response (6)", "next response (2)", "resolution (3)",
	} {
		assert.Contains(t, s, want)
	}
	code, _, errOut = runDue(t, string(in), "-report", "-plans", "testdata/plans_bh.json", "-at", handAt, "-svg", filepath.Join(t.TempDir(), "no", "such", "dir.svg"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "-svg:")
}

// sampleResolver is the built-in plans and Diamond on the US calendar.
func sampleResolver(t testing.TB) incident.Resolver {
	t.Helper()
	fh, err := os.Open("testdata/plans.json")
	require.NoError(t, err)
	defer fh.Close()
	plans, err := plan.Load(fh)
	require.NoError(t, err)
	cat, err := plan.NewCatalog(plans...)
	require.NoError(t, err)
	us, err := calendar.Region("US")
	require.NoError(t, err)
	return incident.Resolver{Plans: cat, Calendar: us}
}

// sampleHistories writes n incident histories of November 2026, from a
// fixed seed: Gold, Platinum and Diamond (testdata/plans.json) customers in
// the US, Germany and the United Kingdom, opened mostly in business hours;
// responses, pauses while waiting on the customer, customer replies and
// their answers, resolutions and the odd reopen, at delays spread around
// the targets so that some are late; the newest still open.
func sampleHistories(t testing.TB, n int, seed uint64) []byte {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	regions := []string{"US", "DE", "GB"}
	zones := map[string]*time.Location{}
	for _, r := range regions {
		c, err := calendar.Region(r)
		require.NoError(t, err)
		zones[r] = c.Location()
	}
	plans := []string{"Gold", "Platinum", "Diamond"}
	var b bytes.Buffer
	for i := range n {
		region := regions[rng.IntN(len(regions))]
		pl := plans[rng.IntN(len(plans))]
		sev := 1 + rng.IntN(4)
		if rng.IntN(3) > 0 && sev == 1 { // fewer Severity 1 incidents
			sev = 2 + rng.IntN(3)
		}
		day := 1 + rng.IntN(30)
		hour := 8 + rng.IntN(10)
		if rng.IntN(8) == 0 {
			hour = rng.IntN(24)
		}
		at := time.Date(2026, 11, day, hour, rng.IntN(60), 0, 0, zones[region])
		var events []string
		add := func(k string, s int) {
			e := fmt.Sprintf(`{"at":"%s","kind":"%s"`, at.Format(time.RFC3339), k)
			if s > 0 {
				e += fmt.Sprintf(`,"severity":%d`, s)
			}
			events = append(events, e+"}")
		}
		step := func(scale time.Duration) { at = at.Add(time.Duration(1+rng.IntN(100)) * scale / 40) }
		add("opened", sev)
		step(time.Duration(sev) * time.Hour) // first response around the target
		if rng.IntN(10) == 0 {
			add("severity_changed", 1+rng.IntN(4))
			step(time.Hour)
		}
		add("responded", 0)
		for range rng.IntN(3) {
			step(3 * time.Hour)
			if rng.IntN(3) == 0 {
				add("paused", 0)
				step(12 * time.Hour)
			}
			add("customer_replied", 0)
			step(time.Duration(sev) * 2 * time.Hour)
			add("responded", 0)
		}
		step(time.Duration(sev) * 24 * time.Hour)
		if at.Before(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) || rng.IntN(2) == 0 {
			add("resolved", 0)
			if rng.IntN(12) == 0 {
				step(24 * time.Hour)
				add("reopened", 0)
				step(24 * time.Hour)
				add("resolved", 0)
			}
		}
		fmt.Fprintf(&b, `{"id":"T-%d","plan":"%s","region":"%s","events":[%s]}`+"\n", 1000+i, strings.ToLower(pl), region, strings.Join(events, ","))
	}
	return b.Bytes()
}

var (
	benchInput []byte
	benchRes   incident.Resolver
	benchAt    = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
)

// BenchmarkReport reads 10,000 sample histories per iteration (the
// generator of the README's sample) through the whole -report path but
// the printing: scan, resolve the policy, build the clock, tally. It
// reports histories per second of wall time and of the process's CPU
// time, which on a shared machine is the honest per-core figure.
func BenchmarkReport(b *testing.B) {
	const perOp = 10000
	if benchInput == nil { // once per process, however often the benchmark runs
		benchInput, benchRes = sampleHistories(b, perOp, 99), sampleResolver(b)
		warm := newReporter(benchRes, "", benchAt)
		require.NoError(b, warm.read(bytes.NewReader(benchInput), io.Discard))
		require.Zero(b, warm.failed)
	}
	input, res, at := benchInput, benchRes, benchAt
	b.ReportAllocs()
	cpu0 := cpuTime()
	start := time.Now()
	for b.Loop() {
		r := newReporter(res, "", at)
		if err := r.read(bytes.NewReader(input), io.Discard); err != nil || r.failed > 0 {
			b.Fatal(err, r.failed)
		}
	}
	wall, cpu := time.Since(start), cpuTime()-cpu0
	total := float64(b.N * perOp)
	b.ReportMetric(total/wall.Seconds(), "histories/s")
	b.ReportMetric(total/cpu.Seconds(), "histories/cpu-s")
	b.ReportMetric(float64(cpu.Nanoseconds())/total, "cpu-ns/history")
}
