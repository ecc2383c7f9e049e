package main

import (
	"bytes"
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
