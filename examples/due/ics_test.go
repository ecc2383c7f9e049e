package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const bridgeICS = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:bridge\nDTSTART;VALUE=DATE:20270104\nEND:VEVENT\nEND:VCALENDAR\n"

func TestDueICS(t *testing.T) {
	company := "testdata/company.ics" // the file README's example uses
	bridge := writeFile(t, "bridge.ics", bridgeICS)
	custom := writeFile(t, "cal.json", `{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]}`)
	union := writeFile(t, "union.json", `{"union":[`+
		`{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]},`+
		`{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE"]}]}`)
	intersect := writeFile(t, "intersect.json", `{"intersect":[`+
		`{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]},`+
		`{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE"]}]}`)
	opened := "2026-12-23T15:00:00-05:00"
	tests := []struct {
		name string
		args []string
		want string
	}{
		// Wed 15:00: 2h that day, 3h on Thu 24th (the party closes the
		// afternoon), then Christmas, the weekend, the shutdown, New Year
		// and the weekend: the last 3h on Mon 4 January.
		{"region and one file", []string{"-region", "US", "-ics", company}, "2027-01-04T12:00:00-05:00"},
		{"without the file", []string{"-region", "US"}, "2026-12-24T15:00:00-05:00"},
		{"repeatable", []string{"-region", "US", "-ics", company, "-ics", bridge}, "2027-01-05T12:00:00-05:00"},
		{"with -calendar", []string{"-calendar", custom, "-ics", company}, "2027-01-04T12:00:00-05:00"},
		// New York or Berlin: Wed 15:00–17:00 is 2h; on Thu 24th Berlin
		// opens at 03:00 EST, so the other 6h end at 09:00.
		{"composite -calendar", []string{"-calendar", union}, "2026-12-24T09:00:00-05:00"},
		// New York and Berlin: 09:00–11:00 EST on days both are open. The
		// company's feed closes 28–31 December in both members, so after
		// Thu 24th's 2h come Mon 4, Tue 5 and Wed 6 January.
		{"composite -calendar with -ics", []string{"-calendar", intersect, "-ics", company}, "2027-01-06T11:00:00-05:00"},
		{"composite -calendar without -ics", []string{"-calendar", intersect}, "2026-12-30T11:00:00-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"-plan", "gold", "-severity", "2", "-opened", opened}, tt.args...)
			code, out, errOut := runDue(t, "", args...)
			require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut)
			first, _, _ := strings.Cut(out, "\n")
			assert.Equal(t, tt.want, first, "first line: got %q, want %q", first, tt.want)
		})
	}

	t.Run("batch lines without a calendar use it", func(t *testing.T) {
		code, out, errOut := runDue(t, `{"id":"T-1","plan":"gold","severity":2,"opened":"`+opened+`"}`+"\n",
			"-batch", "-region", "US", "-ics", company)
		require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut)
		assert.Contains(t, out, `"due":"2027-01-04T12:00:00-05:00"`)
	})
	t.Run("timeline names the file", func(t *testing.T) {
		code, out, errOut := runDue(t, "", "-plan", "gold", "-severity", "2", "-opened", opened, "-region", "US", "-ics", company, "-timeline")
		require.Equal(t, exitOK, code, "exit code; stderr: %s", errOut)
		assert.Contains(t, out, "US + company.ics (America/New_York)")
	})

	bad := writeFile(t, "bad.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261332\nEND:VEVENT\nEND:VCALENDAR\n")
	errs := []struct {
		name, file, want string
	}{
		{"malformed: names the file and the line", bad, `-ics ` + bad + `: calendar: ics line 3: DTSTART: "20261332"`},
		{"missing file", bad + ".missing", "-ics: open "},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDue(t, "", "-plan", "gold", "-severity", "2", "-opened", opened, "-ics", tt.file)
			assert.Equal(t, exitUsage, code, "exit code")
			assert.Empty(t, out, "stdout")
			assert.Contains(t, errOut, tt.want)
		})
	}
}
