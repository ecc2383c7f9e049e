package incident

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/severity"
)

func TestParseFacts(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  severity.Facts
		field string // of the error; "" for none
	}{
		{"none", nil, severity.Facts{}, ""},
		{"every name", FactNames(), severity.Facts{
			LicenseKeyBlocksUse: true, EnterpriseWideFailure: true, CriticalAppUnusable: true, WorkaroundAvailable: true,
			FeatureBlocked: true, PartialLoss: true, Cosmetic: true, UsageQuestion: true, DocumentationError: true, EnhancementRequest: true,
		}, ""},
		{"case and spaces", []string{" Critical-App ", "WORKAROUND"}, severity.Facts{CriticalAppUnusable: true, WorkaroundAvailable: true}, ""},
		{"repeated", []string{"cosmetic", "cosmetic"}, severity.Facts{Cosmetic: true}, ""},
		{"unknown", []string{"license", "licence"}, severity.Facts{}, "facts[1]"},
		{"empty name", []string{""}, severity.Facts{}, "facts[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFacts(tt.names)
			if tt.field != "" {
				var ie *Error
				require.ErrorAs(t, err, &ie)
				assert.Equal(t, tt.field, ie.Field)
				assert.Contains(t, err.Error(), "want one of license, enterprise-failure")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFactNamesMatchHelp(t *testing.T) {
	names := FactNames()
	require.Len(t, names, 10)
	help := FactHelp("  ")
	for _, n := range names {
		assert.Contains(t, help, "  "+n+" ")
	}
}

func TestResolve(t *testing.T) {
	us, err := calendar.Region("US")
	require.NoError(t, err)
	nyc := us.Location()
	raw := func(s string) json.RawMessage { return json.RawMessage(s) }
	base := func(mod func(*Request)) Request {
		r := Request{Plan: "gold", Severity: raw("2"), Region: "US", Opened: "2026-12-24T16:30:00-05:00"}
		if mod != nil {
			mod(&r)
		}
		return r
	}

	tests := []struct {
		name    string
		res     Resolver
		req     Request
		wantDue time.Time
		wantSev severity.Level
		field   string // of the error
		target  error  // errors.Is the error
	}{
		{name: "SPEC example", req: base(nil), wantDue: time.Date(2026, 12, 28, 16, 30, 0, 0, nyc), wantSev: severity.Sev2},
		{name: "severity as text", req: base(func(r *Request) { r.Severity = raw(`"sev-1"`) }), wantDue: time.Date(2026, 12, 28, 12, 30, 0, 0, nyc), wantSev: severity.Sev1},
		{name: "facts", req: base(func(r *Request) { r.Severity, r.Facts = nil, []string{"enterprise-failure"} }), wantDue: time.Date(2026, 12, 28, 12, 30, 0, 0, nyc), wantSev: severity.Sev1},
		{name: "severity null with facts", req: base(func(r *Request) { r.Severity, r.Facts = raw("null"), []string{"cosmetic"} }), wantDue: time.Date(2026, 12, 28, 16, 30, 0, 0, nyc), wantSev: severity.Sev4},
		{name: "inline calendar", req: base(func(r *Request) {
			r.Region, r.Calendar = "", raw(`{"timezone":"America/New_York","hours":{"mon-sun":["00:00-24:00"]}}`)
		}), wantDue: time.Date(2026, 12, 25, 0, 30, 0, 0, nyc), wantSev: severity.Sev2},
		{name: "default calendar", res: Resolver{Calendar: us}, req: base(func(r *Request) { r.Region = "" }), wantDue: time.Date(2026, 12, 28, 16, 30, 0, 0, nyc), wantSev: severity.Sev2},
		{name: "custom plan", res: Resolver{Plans: silverCatalog(t)}, req: base(func(r *Request) { r.Plan = "SILVER" }), wantDue: time.Date(2026, 12, 28, 10, 30, 0, 0, nyc), wantSev: severity.Sev2},

		{name: "no plan", req: base(func(r *Request) { r.Plan = " " }), field: "plan", target: ErrMissing},
		{name: "unknown plan", req: base(func(r *Request) { r.Plan = "silver" }), field: "plan", target: plan.ErrUnknownPlan},
		{name: "no severity", req: base(func(r *Request) { r.Severity = nil }), field: "severity", target: ErrMissing},
		{name: "bad severity", req: base(func(r *Request) { r.Severity = raw("0") }), field: "severity", target: severity.ErrUnknown},
		{name: "severity and facts", req: base(func(r *Request) { r.Facts = []string{"license"} }), field: "facts", target: ErrConflict},
		{name: "empty facts", req: base(func(r *Request) { r.Severity, r.Facts = nil, []string{} }), field: "facts", target: severity.ErrNoFacts},
		{name: "no region", req: base(func(r *Request) { r.Region = "" }), field: "region", target: ErrMissing},
		{name: "unknown region", req: base(func(r *Request) { r.Region = "XX" }), field: "region", target: calendar.ErrUnknownRegion},
		{name: "region and calendar", req: base(func(r *Request) { r.Calendar = raw(`{"timezone":"UTC"}`) }), field: "calendar", target: ErrConflict},
		{name: "bad calendar field", req: base(func(r *Request) {
			r.Region, r.Calendar = "", raw(`{"timezone":"UTC","hours":{"mon":["09:00-12:00","13:00-25:00"]}}`)
		}), field: `calendar.hours["mon"][1]`, target: calendar.ErrInvalidSpec},
		{name: "unknown calendar field", req: base(func(r *Request) { r.Region, r.Calendar = "", raw(`{"timezone":"UTC","hourz":{}}`) }), field: "calendar.hourz"},
		{name: "calendar of wrong type", req: base(func(r *Request) { r.Region, r.Calendar = "", raw(`{"timezone":5}`) }), field: "calendar.timezone"},
		{name: "no opened", req: base(func(r *Request) { r.Opened = "" }), field: "opened", target: ErrMissing},
		{name: "opened without zone", req: base(func(r *Request) { r.Opened = "2026-12-24 16:30" }), field: "opened"},
		{name: "bad id", req: base(func(r *Request) { r.ID = raw(`[1]`) }), field: "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := tt.res.Resolve(tt.req)
			if tt.field != "" {
				var ie *Error
				require.ErrorAs(t, err, &ie, "got %v", err)
				assert.Equal(t, tt.field, ie.Field, "field of %v", err)
				if tt.target != nil {
					assert.ErrorIs(t, err, tt.target)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantSev, in.Severity)
			r, err := in.Explain()
			require.NoError(t, err)
			assert.True(t, tt.wantDue.Equal(r.Due), "got due %v, want %v", r.Due, tt.wantDue)
			assert.Equal(t, tt.wantDue.Format(time.RFC3339), r.Due.Format(time.RFC3339), "due in the caller's offset")
		})
	}
}

func silverCatalog(t *testing.T) *plan.Catalog {
	t.Helper()
	silver := plan.Gold
	silver.Name = "Silver"
	silver.Targets[1] = plan.Target{Duration: 2 * time.Hour}
	cat, err := plan.NewCatalog(silver)
	require.NoError(t, err)
	return cat
}

func TestInZone(t *testing.T) {
	us, err := calendar.Region("US")
	require.NoError(t, err)
	tests := []struct {
		name, in, wantZone string
	}{
		{"New York offset takes the zone", "2026-12-24T16:30:00-05:00", "EST"},
		{"summer offset", "2026-07-01T10:00:00-04:00", "EDT"},
		{"other offset stays fixed", "2026-12-24T16:30:00-04:00", "-0400"},
		{"UTC stays UTC", "2026-12-24T16:30:00Z", "UTC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := time.Parse(time.RFC3339, tt.in)
			require.NoError(t, err)
			got := InZone(in, us)
			assert.True(t, got.Equal(in), "same instant")
			assert.Equal(t, tt.wantZone, got.Format("-0700 MST")[6:])
		})
	}
	in := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, in, InZone(in, nil), "no calendar: unchanged")
}

func TestErrorText(t *testing.T) {
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"prefixed", &Error{Field: "opened", Err: errors.New("bad")}, "opened: bad"},
		{"library error already names it", &Error{Field: "plan", Err: errors.New("plan: unknown plan")}, "plan: unknown plan"},
		{"nested field", &Error{Field: `calendar.hours["mon"][0]`, Err: errors.New(`calendar: hours["mon"][0]: bad`)}, `calendar: hours["mon"][0]: bad`},
		{"no field", &Error{Err: errors.New("invalid JSON")}, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
		})
	}
}

func TestJSONError(t *testing.T) {
	decode := func(s string) error {
		var r Request
		return json.Unmarshal([]byte(s), &r)
	}
	tests := []struct {
		name, body, field string
	}{
		{"wrong type", `{"plan":1}`, "plan"},
		{"wrong element type", `{"facts":[1]}`, "facts"},
		{"syntax", `{"plan":`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := JSONError("", decode(tt.body))
			var ie *Error
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field, "got %v", err)
		})
	}
}
