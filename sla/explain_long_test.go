package sla_test

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// denseLongPolicy is a custom plan of 10,000 business days on a calendar of
// 96 ten-minute spans a day: the costliest explanation a valid plan and
// calendar can ask for.
func denseLongPolicy(tb testing.TB) sla.Policy {
	tb.Helper()
	var spans []string
	for m := 0; m < 24*60; m += 15 {
		spans = append(spans, fmt.Sprintf("%02d:%02d-%02d:%02d", m/60, m%60, (m+10)/60, (m+10)%60))
	}
	cal, err := calendar.New(calendar.Spec{TimeZone: "Europe/Berlin", Hours: map[string][]string{"mon-fri": spans}})
	require.NoError(tb, err)
	p := plan.Gold
	p.Name = "Decades"
	p.Targets[3] = plan.Target{BusinessDays: 10000}
	return sla.Policy{Plan: p, Calendar: cal}
}

// TestExplainLongTargetIsBounded: Explain listed every span between start
// and due, about 950,000 on this policy (0.5 s and 268 MB a call); it now
// walks the closures without building a slice of spans.
func TestExplainLongTargetIsBounded(t *testing.T) {
	p := denseLongPolicy(t)
	opened := time.Date(2026, 3, 2, 10, 3, 0, 0, time.UTC)
	due, err := p.ResponseDue(severity.Sev4, opened)
	require.NoError(t, err)
	x, err := p.Explain(severity.Sev4, opened)
	require.NoError(t, err)
	assert.True(t, x.Due.Equal(due), "Explain's due %s, ResponseDue's %s", x.Due, due)
	assert.Len(t, x.Closed, 20, "listed closures")
	// Every gap between spans and every weekend is a closure: about 95 a
	// business day and one a weekend.
	assert.Greater(t, x.ClosedMore, 900000, "closures counted beyond the list")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = p.Explain(severity.Sev4, opened)
	require.NoError(t, err)
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	assert.Less(t, allocated, uint64(16<<20), "bytes allocated by one Explain: got %d, want far less than a slice of every span", allocated)
}

// BenchmarkExplainLongTarget measures Explain on the costliest valid
// target beside ResponseDue on the same policy, in the same run.
func BenchmarkExplainLongTarget(b *testing.B) {
	p := denseLongPolicy(b)
	opened := time.Date(2026, 3, 2, 10, 3, 0, 0, time.UTC)
	b.Run("ResponseDue", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkTime, _ = p.ResponseDue(severity.Sev4, opened)
		}
	})
	b.Run("Explain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			x, _ := p.Explain(severity.Sev4, opened)
			sinkTime = x.Due
		}
	})
}
