package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	nyDesk     = `{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]}`
	berlinDesk = `{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE"]}`
	companyICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example//EN\r\nBEGIN:VEVENT\r\nUID:shutdown-1\r\nDTSTART;VALUE=DATE:20261228\r\nDTEND;VALUE=DATE:20261229\r\nSUMMARY:Company shutdown\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

// An inline composite calendar and iCalendar holidays, in the answer and
// against the limits.
func TestResponseDueComposite(t *testing.T) {
	url := startServer(t) + "/v1/response-due"
	// Gold Sev 2 is 8 business hours, opened Thu 24 Dec 16:30 EST. Union:
	// New York gives 30 minutes; the 25th and the weekend are closed in
	// both; on Monday 28th Berlin opens at 03:00 EST, so 7h30 later is
	// 10:30. Intersection: 09:00–11:00 EST on days both are open, four of
	// them from Monday 28th. With the shutdown on the 28th, the region
	// needs Tuesday 09:00 + 7h30, the union Tuesday 03:00 + 7h30.
	body := func(extra string) string {
		return `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00"` + extra + `}`
	}
	ics, err := json.Marshal(companyICS)
	require.NoError(t, err)
	tests := []struct {
		name, body, due string
	}{
		{"union", body(`,"calendar":{"union":[` + nyDesk + `,` + berlinDesk + `]}`), "2026-12-28T10:30:00-05:00"},
		{"intersection", body(`,"calendar":{"intersect":[` + nyDesk + `,` + berlinDesk + `]}`), "2026-12-31T11:00:00-05:00"},
		{"region with a company shutdown", body(`,"region":"US","ics":` + string(ics)), "2026-12-29T16:30:00-05:00"},
		{"union with a company shutdown in both", body(`,"calendar":{"union":[` + nyDesk + `,` + berlinDesk + `]},"ics":` + string(ics)), "2026-12-29T10:30:00-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, http.MethodPost, url, tt.body)
			require.Equal(t, 200, r.status, "body %.400s", r.body)
			var got dueBody
			require.NoError(t, json.Unmarshal(r.body, &got))
			assert.Equal(t, tt.due, got.Due)
		})
	}

	five := `{"union":[` + strings.Repeat(nyDesk+",", 4) + nyDesk + `]}`
	deep := `{"union":[{"intersect":[{"union":[` + nyDesk + `]}]}]}`
	manySpecs := `{"union":[{"union":[` + nyDesk + `,` + nyDesk + `,` + nyDesk + `]},` + nyDesk + `,` + nyDesk + `]}`
	refused := []struct {
		name, body, field, detail string
	}{
		{"five members", body(`,"calendar":` + five), "calendar.union", "over the service's limit"},
		{"nested three deep", body(`,"calendar":` + deep), "calendar.union[0].intersect[0].union", "over the service's limit"},
		{"five specs in all", body(`,"calendar":` + manySpecs), "calendar.union[2]", "over the service's limit"},
		{"member over a spec limit", body(`,"calendar":{"union":[` + nyDesk + `,{"timezone":"UTC","hours":{"mon":["09:00-17:00"]},"holidays":["US","GB","DE","JP"]}]}`), "calendar.union[1].holidays", "over the service's limit"},
		{"member with more spans a day than a composite allows", body(`,"calendar":{"union":[{"timezone":"UTC","hours":{"mon":["00:00-01:00","02:00-03:00","04:00-05:00","06:00-07:00","08:00-09:00"]}}]}`), `calendar.union[0].hours["mon"]`, "5 spans (at most 4)"},
		{"bad member", body(`,"calendar":{"union":[` + nyDesk + `,{"timezone":"UTC","hours":{"mon":["09:00-25:00"]}}]}`), `calendar.union[1].hours["mon"][0]`, "hour out of range"},
		{"bad ics", body(`,"region":"US","ics":"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"`), "ics", "line"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, http.MethodPost, url, tt.body)
			require.Equal(t, 400, r.status, "body %.400s", r.body)
			var p problemBody
			require.NoError(t, json.Unmarshal(r.body, &p))
			assert.Equal(t, tt.field, p.Field, "field; detail %q", p.Detail)
			assert.Contains(t, p.Detail, tt.detail)
		})
	}
}
