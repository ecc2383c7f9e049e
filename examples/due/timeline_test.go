package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The SPEC's Gold Severity 1 example: opened Thursday 16:30 before
// Christmas, due Monday 12:30.
func TestTimelineGolden(t *testing.T) {
	code, out, errOut := runDue(t, "", "-timeline", "-plan", "gold", "-severity", "1", "-region", "US", "-opened", "2026-12-24T16:30:00-05:00")
	require.Equal(t, exitOK, code, "stderr: %s", errOut)
	want := `2026-12-28T12:30:00-05:00
Gold Severity 1, US (America/New_York): respond within 4h on business hours
opened Thu 2026-12-24 16:30 EST → due Mon 2026-12-28 12:30 EST

                00    03    06    09    12    15    18    21    24
Thu 2026-12-24  ··················░░░░░░░░░░░░░░░▲··············  ▲ opened 16:30
Fri 2026-12-25  ················································  Christmas Day
Sat 2026-12-26  ················································  weekend
Sun 2026-12-27  ················································  weekend
Mon 2026-12-28  ··················███████◆░░░░░░░░··············  ◆ due 12:30

█ counted   ░ open, not counted   · closed   ▲ opened   ◆ due   (one cell = 30 minutes)
`
	assert.Equal(t, want, out, "got:\n%s\nwant:\n%s", out, want)
}

func TestTimelineRows(t *testing.T) {
	// Open Mondays only, and four Mondays closed: 36 dates from opened to
	// due.
	cal := writeFile(t, "mondays.json", `{"timezone":"Europe/Berlin","hours":{"mon":["09:00-17:00"]},
		"closed":["2027-01-11","2027-01-18","2027-01-25","2027-02-01"]}`)

	tests := []struct {
		name      string
		args      []string
		rows      int // date rows drawn
		contains  []string
		firstLine string
	}{
		{
			name:      "24x7x365 target shades closed time",
			args:      []string{"-plan", "platinum", "-severity", "1", "-opened", "2026-12-26T03:10:00-05:00"},
			rows:      1,
			firstLine: "2026-12-26T05:10:00-05:00",
			contains:  []string{"Sat 2026-12-26  ······▲███◆···", "weekend, ▲ opened 03:10, ◆ due 05:10"},
		},
		{
			name:      "spring-forward weekend",
			args:      []string{"-plan", "platinum", "-severity", "2", "-opened", "2026-03-06T15:00:00-05:00"},
			rows:      4,
			firstLine: "2026-03-09T11:00:00-04:00",
			contains:  []string{"Sun 2026-03-08  ····", "opened Fri 2026-03-06 15:00 EST → due Mon 2026-03-09 11:00 EDT", "Mon 2026-03-09  ··················████◆░░░"},
		},
		{
			name:      "long stretch is capped",
			args:      []string{"-plan", "gold", "-severity", "1", "-calendar", cal, "-opened", "2027-01-04T16:00:00+01:00"},
			rows:      maxRows,
			firstLine: "2027-02-08T12:00:00+01:00",
			contains:  []string{"… 5 more days", "Mon 2027-01-11  ", "closed", "Mon 2027-02-08  ··················██████◆", "custom calendar (Europe/Berlin)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", append([]string{"-timeline"}, tt.args...)...)
			require.Equal(t, exitOK, code, "stderr: %s", errOut)
			first, _, _ := strings.Cut(out, "\n")
			assert.Equal(t, tt.firstLine, first)
			rows := 0
			for _, line := range strings.Split(out, "\n") {
				if len(line) > 15 && line[3] == ' ' && line[8] == '-' && line[11] == '-' {
					rows++
				}
			}
			assert.Equal(t, tt.rows, rows, "date rows in\n%s", out)
			for _, want := range tt.contains {
				assert.Contains(t, out, want)
			}
		})
	}
}
