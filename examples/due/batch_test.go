package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// batchInput makes n plain lines over plans, regions, severities and a
// year of opening instants.
func batchInput(n int) []byte {
	plans := []string{"gold", "platinum", "Gold"}
	regions := []string{"US", "DE-BY", "GB", "JP"}
	offsets := []string{"-05:00", "+01:00", "Z", "+09:00"}
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		day := 1 + i%28
		month := 1 + (i/28)%12
		hour, minute := i%24, (i*7)%60
		r := i % len(regions)
		fmt.Fprintf(&b, `{"id":"T-%d","plan":%q,"severity":%d,"region":%q,"opened":"2026-%02d-%02dT%02d:%02d:00%s"}`+"\n",
			i, plans[i%len(plans)], 1+i%4, regions[r], month, day, hour, minute, offsets[r])
	}
	return b.Bytes()
}

func TestBatchMatchesLibrary(t *testing.T) {
	in := batchInput(2000)
	var out, errOut bytes.Buffer
	code := run([]string{"-batch"}, bytes.NewReader(in), &out, &errOut)
	require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut.String())
	assert.Empty(t, errOut.String())

	inLines := strings.Split(strings.TrimSuffix(string(in), "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, outLines, len(inLines), "one output line per input line")
	for i, line := range inLines {
		var req incident.Request
		require.NoError(t, jsonUnmarshal(line, &req))
		p, err := plan.Lookup(req.Plan)
		require.NoError(t, err)
		cal, err := calendar.Region(req.Region)
		require.NoError(t, err)
		var sev severity.Level
		require.NoError(t, sev.UnmarshalJSON(req.Severity))
		opened, err := time.Parse(time.RFC3339, req.Opened)
		require.NoError(t, err)
		due, err := sla.Policy{Plan: p, Calendar: cal}.ResponseDue(sev, opened)
		require.NoError(t, err)

		var got struct {
			ID       string    `json:"id"`
			Due      time.Time `json:"due"`
			Severity int       `json:"severity"`
		}
		require.NoError(t, jsonUnmarshal(outLines[i], &got), "line %d: %s", i+1, outLines[i])
		assert.Equal(t, fmt.Sprintf("T-%d", i), got.ID, "line %d id", i+1)
		assert.True(t, due.Equal(got.Due), "line %d (%s): got due %v, want %v", i+1, line, got.Due, due)
		assert.Equal(t, int(sev), got.Severity, "line %d severity", i+1)
	}
}

// BenchmarkBatch measures the batch path on plain lines; it reports
// lines/s (run with GOMAXPROCS=1 for the one-core figure).
func BenchmarkBatch(b *testing.B) {
	const n = 10000
	in := batchInput(n)
	// Build the year tables once, as a long run would.
	if code := run([]string{"-batch"}, bytes.NewReader(in), io.Discard, io.Discard); code != exitOK {
		b.Fatalf("warm-up: exit code %d", code)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		if code := run([]string{"-batch"}, bytes.NewReader(in), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit code %d", code)
		}
	}
	b.ReportMetric(float64(b.N*n)/time.Since(start).Seconds(), "lines/s")
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N*n), "ns/line")
}

func TestBatchLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`,
		``,
		`{"id":2,"plan":"platinum","facts":["license"],"opened":"2026-12-26T03:10:00-05:00"}`,
		`{"id":"T-3","plan":"gold","severity":"S3","region":"US","opened":"2026-12-01T11:00:00-05:00"}`,
		`{"id":"T-4","plan":"silver","severity":2,"opened":"2026-12-01T11:00:00-05:00"}`,
		`not json`,
		`{"id":"T-6","plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","x":1}`,
		`{"id":"T-7","plan":"gold","severity":2,"calendar":{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE"]},"opened":"2026-12-24T16:30:00+01:00"}`,
		`{"id":"T-8","severity":2,"opened":"2026-12-24T16:30:00-05:00"}`,
		`  {"id" : "T-9" , "facts" : [ "critical-app" , "workaround" ] , "opened" : "2026-12-24T16:30:00-05:00" }  `,
		`{"id":"T-10","severity":9,"opened":"2026-12-24T16:30:00-05:00"}`,
		`{"id":"T-11","severity":2,"opened":"2026-12-24"}`,
		`{"id":"T-12","severity":2,"region":"US","calendar":{"timezone":"UTC","hours":{"mon":["09:00-17:00"]}},"opened":"2026-12-24T16:30:00-05:00"}`,
		`{"id":"T-13","facts":["licence"],"opened":"2026-12-24T16:30:00-05:00"}`,
		`{"id":{"x":1},"severity":2,"opened":"2026-12-24T16:30:00-05:00"}`,
		`{"id":"T-15","severity":2,"region":"DE-BY","opened":"2026-12-24T15:00:00+01:00"}`,
	}, "\n") // no newline after the last line
	code, out, errOut := runDue(t, in, "-batch", "-plan", "gold")
	assert.Equal(t, exitFailed, code, "exit code when lines fail")

	want := []string{
		`{"id":"T-1","due":"2026-12-28T16:30:00-05:00","severity":2}`,
		`{"id":2,"due":"2026-12-26T05:10:00-05:00","severity":1}`,
		`{"id":"T-3","due":"2026-12-02T11:00:00-05:00","severity":3}`,
		`{"id":"T-4","line":5,"error":"plan: unknown plan \"silver\": valid plans are Gold, Platinum"}`,
		`{"line":6,"error":"invalid JSON at byte 2: invalid character 'o' in literal null (expecting 'u')"}`,
		`{"id":"T-6","line":7,"error":"x: unknown field"}`,
		`{"id":"T-7","due":"2026-12-28T16:30:00+01:00","severity":2}`,
		`{"id":"T-8","due":"2026-12-28T16:30:00-05:00","severity":2}`,
		`{"id":"T-9","due":"2026-12-28T16:30:00-05:00","severity":2}`,
		`{"id":"T-10","line":11,"error":"severity: unknown severity \"9\": want 1 to 4, as \"1\", \"S1\", \"sev-1\", \"Severity 1\" or \"P1\""}`,
		`{"id":"T-11","line":12,"error":"opened: \"2026-12-24\": want an RFC 3339 instant such as \"2026-12-24T16:30:00-05:00\""}`,
		`{"id":"T-12","line":13,"error":"calendar: conflicting fields: give region or calendar, not both"}`,
		`{"id":"T-13","line":14,"error":"facts[0]: unknown fact \"licence\": want one of license, enterprise-failure, critical-app, workaround, feature-blocked, partial-loss, cosmetic, usage-question, documentation, enhancement"}`,
		`{"line":15,"error":"id: {\"x\":1}: want a string or a number"}`,
		`{"id":"T-15","due":"2026-12-28T15:00:00+01:00","severity":2}`,
	}
	assert.Equal(t, strings.Join(want, "\n")+"\n", out)

	for _, n := range []string{"5", "6", "7", "11", "12", "13", "14", "15"} {
		assert.Contains(t, errOut, "due: line "+n+": ", "stderr reports line %s", n)
	}
	assert.Contains(t, errOut, "due: 8 line(s) failed")
	assert.NotContains(t, errOut, "line 1:")
}

func TestBatchExitCodes(t *testing.T) {
	ok := `{"id":"a","plan":"gold","severity":1,"opened":"2026-12-24T16:30:00-05:00"}` + "\n"
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		out   string
	}{
		{"empty input", []string{"-batch"}, "", exitOK, ""},
		{"blank lines only", []string{"-batch"}, "\n  \n\r\n", exitOK, ""},
		{"all good", []string{"-batch"}, ok + ok, exitOK, strings.Repeat(`{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}`+"\n", 2)},
		{"CRLF line ends", []string{"-batch"}, strings.ReplaceAll(ok, "\n", "\r\n"), exitOK, `{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}` + "\n"},
		{"default calendar from -calendar", []string{"-batch", "-calendar", writeFile(t, "cal.json", `{"timezone":"UTC","hours":{"mon-sun":["00:00-24:00"]}}`)}, ok, exitOK, `{"id":"a","due":"2026-12-24T20:30:00-05:00","severity":1}` + "\n"},
		{"no plan anywhere", []string{"-batch"}, `{"severity":1,"opened":"2026-12-24T16:30:00-05:00"}`, exitFailed, `{"line":1,"error":"plan: missing: want one of Gold, Platinum"}` + "\n"},
		{"line too long", []string{"-batch"}, `{"id":"` + strings.Repeat("x", maxLine) + `"}` + "\n" + ok, exitFailed,
			`{"line":1,"error":"line longer than 1048576 bytes"}` + "\n" + `{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}` + "\n"},
		{"line of exactly 1 MiB", []string{"-batch"}, padLine(ok, maxLine) + "\n" + ok, exitOK,
			strings.Repeat(`{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}`+"\n", 2)},
		{"last line of exactly 1 MiB, no line end", []string{"-batch"}, padLine(ok, maxLine), exitOK,
			`{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}` + "\n"},
		{"line of 1 MiB and a byte", []string{"-batch"}, padLine(ok, maxLine+1) + "\n" + ok, exitFailed,
			`{"line":1,"error":"line longer than 1048576 bytes"}` + "\n" + `{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}` + "\n"},
		{"UTF-8 byte order mark on line 1", []string{"-batch"}, "\xef\xbb\xbf" + ok + ok, exitOK,
			strings.Repeat(`{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}`+"\n", 2)},
		{"byte order mark on line 2 is an error", []string{"-batch"}, ok + "\xef\xbb\xbf" + ok, exitFailed,
			`{"id":"a","due":"2026-12-28T12:30:00-05:00","severity":1}` + "\n" + `{"line":2,"error":"invalid JSON at byte 1: invalid character 'ï' looking for beginning of value"}` + "\n"},
		{"lower-case t and z", []string{"-batch"}, `{"id":"a","plan":"gold","severity":1,"opened":"2026-12-24t21:30:00z"}`, exitOK,
			`{"id":"a","due":"2026-12-28T17:30:00Z","severity":1}` + "\n"},
		{"24x7x365 due after 2199", []string{"-batch"}, `{"id":"a","plan":"platinum","severity":1,"opened":"2199-12-31T23:00:00-05:00"}`, exitFailed,
			`{"id":"a","line":1,"error":"` + outOfRangeMsg(t) + `"}` + "\n"},
		{"id out of range", []string{"-batch"}, `{"id":1e999,"plan":"gold","severity":1,"opened":"2026-12-24T16:30:00-05:00"}`, exitFailed,
			`{"line":1,"error":"id: 1e999: number out of range: want a string or a number within ±1.8e308"}` + "\n"},
		{"integer id out of range", []string{"-batch"}, `{"id":` + strings.Repeat("9", 400) + `,"plan":"gold","severity":1,"opened":"2026-12-24T16:30:00-05:00"}`, exitFailed,
			`{"line":1,"error":"id: 9999999999999999999999999999999999999999: number out of range: want a string or a number within ±1.8e308"}` + "\n"},
		{"id of invalid UTF-8", []string{"-batch"}, "{\"id\":\"T-\xff\",\"plan\":\"gold\",\"severity\":1,\"opened\":\"2026-12-24T16:30:00-05:00\"}", exitFailed,
			`{"line":1,"error":"id: \"\\\"T-\\xff\\\"\": want a string of valid UTF-8"}` + "\n"},
		{"duplicate key", []string{"-batch"}, `{"id":"a","plan":"gold","severity":1,"severity":"S4","opened":"2026-12-24T16:30:00-05:00"}`, exitFailed,
			`{"id":"a","line":1,"error":"duplicate key \"severity\""}` + "\n"},
		{"key in another case", []string{"-batch"}, `{"id":"a","Plan":"platinum","severity":1,"opened":"2026-12-24T16:30:00-05:00"}`, exitFailed,
			`{"id":"a","line":1,"error":"Plan: key differs from the field name in case only: \"Plan\", want \"plan\""}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, "exit code; stderr: %s", errOut)
			assert.Equal(t, tt.out, out)
		})
	}
}

// padLine pads a JSON line with spaces before its closing brace to n bytes.
func padLine(line string, n int) string {
	line = strings.TrimSuffix(line, "\n")
	return line[:len(line)-1] + strings.Repeat(" ", n-len(line)) + "}"
}

// outOfRangeMsg is the library's error for a 24x7x365 target past 2199,
// JSON-escaped as an error line carries it.
func outOfRangeMsg(t *testing.T) string {
	t.Helper()
	_, err := sla.Policy{Plan: plan.Platinum, Calendar: mustRegion(t, "US")}.ResponseDue(severity.Sev1, time.Date(2199, 12, 31, 23, 0, 0, 0, mustRegion(t, "US").Location()))
	require.ErrorIs(t, err, calendar.ErrOutOfRange)
	b, _ := json.Marshal(err.Error())
	return string(b[1 : len(b)-1])
}

func mustRegion(t *testing.T, code string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Region(code)
	require.NoError(t, err)
	return c
}

// The fast path must answer exactly as the encoding/json path would.
func FuzzBatchFastMatchesSlow(f *testing.F) {
	for _, s := range []string{
		`{"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`,
		`{"id":7,"plan":"Platinum","facts":["license","workaround"],"region":"de-by","opened":"2026-03-27T23:30:00+01:00"}`,
		`{"plan":"gold","severity":4,"opened":"2026-11-01T01:30:00-04:00"}`,
		`{"id":"x","plan":"gold","severity":1,"region":"JP","opened":"2026-12-31T23:59:59.5+09:00"}`,
		`{"id":01,"plan":"gold","severity":1,"opened":"2026-12-24T16:30:00-05:00"}`,
		`{"plan":"gold","severity":2,"severity":3,"opened":"2026-12-24T16:30:00-05:00"}`,
		`{"plan":"","severity":2,"region":"","opened":"2026-12-24T16:30:00Z"}`,
		`{"facts":[],"opened":"2026-12-24T16:30:00Z"}`,
	} {
		f.Add(s)
	}
	res, err := (config{region: defaultRegion}).resolver()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsAny(line, "\n") || strings.TrimSpace(line) == "" {
			return
		}
		fastB := newBatcher(res, "gold")
		if !fastB.fast([]byte(line)) {
			return
		}
		slowB := newBatcher(res, "gold")
		_, err := slowB.slow([]byte(line))
		require.NoError(t, err, "the fast path answered %q, the slow one failed", line)
		assert.Equal(t, string(slowB.out), string(fastB.out), "line %q", line)
	})
}

// BenchmarkBatchFallback measures lines that the fast path leaves to
// encoding/json (a severity written as text), for comparison.
func BenchmarkBatchFallback(b *testing.B) {
	const n = 10000
	in := bytes.ReplaceAll(batchInput(n), []byte(`"severity":`), []byte(`"severity":"S`))
	in = bytes.ReplaceAll(in, []byte(`,"region"`), []byte(`","region"`))
	if code := run([]string{"-batch"}, bytes.NewReader(in), io.Discard, io.Discard); code != exitOK {
		b.Fatalf("warm-up: exit code %d", code)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		if code := run([]string{"-batch"}, bytes.NewReader(in), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit code %d", code)
		}
	}
	b.ReportMetric(float64(b.N*n)/time.Since(start).Seconds(), "lines/s")
}
