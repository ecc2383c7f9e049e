package calendar_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

const (
	nyDeskJSON     = `{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]}`
	berlinDeskJSON = `{"timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]},"holidays":["DE"]}`
	sydneyDeskJSON = `{"timezone":"Australia/Sydney","hours":{"mon-fri":["09:00-17:00"]},"holidays":["AU-NSW"]}`
	rotaJSON       = `{"timezone":"UTC","hours":{"sat-sun":["10:00-14:00"]}}`
)

func TestLoadComposite(t *testing.T) {
	sun := `{"union":[` + nyDeskJSON + `,` + berlinDeskJSON + `,` + sydneyDeskJSON + `]}`
	want := followTheSun(t)
	got, err := calendar.Load(strings.NewReader(sun))
	require.NoError(t, err)
	ny := want.Location()
	from, to := time.Date(2026, 3, 1, 0, 0, 0, 0, ny), time.Date(2026, 4, 1, 0, 0, 0, 0, ny)
	requireSameOpenTime(t, want, got, from, to)

	// A nested composite: the follow-the-sun desks, or the weekend rota,
	// while the customer's contract (Mon–Sat) runs.
	nested := `{"intersect":[{"union":[` + sun + `,` + rotaJSON + `]},{"timezone":"UTC","hours":{"mon-sat":["00:00-24:00"]}}]}`
	c, err := calendar.Load(strings.NewReader(nested))
	require.NoError(t, err)
	sat := time.Date(2026, 3, 7, 12, 0, 0, 0, time.UTC)
	sun7 := time.Date(2026, 3, 8, 12, 0, 0, 0, time.UTC)
	if !c.IsOpen(sat) || c.IsOpen(sun7) {
		t.Errorf("nested: IsOpen(Sat 12:00Z) got %v, want true; IsOpen(Sun 12:00Z) got %v, want false", c.IsOpen(sat), c.IsOpen(sun7))
	}
	if c.Location() != ny {
		t.Errorf("nested: Location got %v, want %v, the first member's first member's", c.Location(), ny)
	}
}

// MarshalJSON writes what Load reads back, for specs and composites alike.
func TestCompositeMarshalRoundTrip(t *testing.T) {
	for _, doc := range []string{
		nyDeskJSON,
		`{"union":[` + nyDeskJSON + `,` + berlinDeskJSON + `]}`,
		`{"intersect":[{"union":[` + sydneyDeskJSON + `,` + rotaJSON + `]},` + berlinDeskJSON + `]}`,
	} {
		c, err := calendar.Load(strings.NewReader(doc))
		require.NoError(t, err)
		out, err := json.Marshal(c)
		require.NoError(t, err)
		if !jsonEqual(t, doc, string(out)) {
			t.Errorf("MarshalJSON: got %s, want %s", out, doc)
		}
		again, err := calendar.Load(bytes.NewReader(out))
		require.NoError(t, err)
		loc := c.Location()
		requireSameOpenTime(t, c, again, time.Date(2026, 12, 1, 0, 0, 0, 0, loc), time.Date(2027, 1, 15, 0, 0, 0, 0, loc))
	}
	if _, err := (&calendar.Calendar{}).MarshalJSON(); !errors.Is(err, calendar.ErrInvalidArgument) {
		t.Errorf("zero Calendar MarshalJSON: got %v, want ErrInvalidArgument", err)
	}
	out, err := json.Marshal(struct{ C *calendar.Calendar }{})
	require.NoError(t, err)
	if string(out) != `{"C":null}` {
		t.Errorf("nil *Calendar: got %s, want {\"C\":null}", out)
	}
}

func TestLoadCompositeRefuses(t *testing.T) {
	deep := nyDeskJSON
	for range 5 {
		deep = `{"union":[` + deep + `]}`
	}
	many := `{"union":[` + strings.Repeat(nyDeskJSON+",", 16) + nyDeskJSON + `]}`
	tests := []struct {
		name, doc, field string
	}{
		{"empty list", `{"union":[]}`, "union"},
		{"null list", `{"intersect":null}`, "intersect"},
		{"not a list", `{"union":{"timezone":"UTC"}}`, "union"},
		{"two keys", `{"union":[` + nyDeskJSON + `],"intersect":[` + nyDeskJSON + `]}`, ""},
		{"a spec field beside union", `{"union":[` + nyDeskJSON + `],"timezone":"UTC"}`, "timezone"},
		{"too deep", deep, "union[0].union[0].union[0].union[0].union"},
		{"too many members", many, "union"},
		{"bad member field", `{"union":[` + nyDeskJSON + `,{"timezone":"Europe/Berlin","hours":{"mon":["09:00-25:00"]}}]}`, `union[1].hours["mon"][0]`},
		{"unknown member field", `{"intersect":[{"union":[` + nyDeskJSON + `,{"timezone":"UTC","hour":{}}]}]}`, "intersect[0].union[1].hour"},
		{"member without open time", `{"union":[{"timezone":"UTC","hours":{}}]}`, "union[0].hours"},
		{"trailing data", `{"union":[` + nyDeskJSON + `]} {}`, "spec"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.Load(strings.NewReader(tt.doc))
			var se *calendar.SpecError
			if c != nil || !errors.Is(err, calendar.ErrInvalidSpec) || !errors.As(err, &se) {
				t.Fatalf("got (%v, %v), want no calendar and a *SpecError wrapping ErrInvalidSpec", c, err)
			}
			if tt.field != "" && se.Field != tt.field {
				t.Errorf("field: got %q, want %q (error %v)", se.Field, tt.field, err)
			}
		})
	}
}

// FuzzLoadComposite feeds Load specs and composites: it returns a
// calendar or a *SpecError, never panics or hangs, and what it returns
// answers and describes itself in JSON that Load reads back.
func FuzzLoadComposite(f *testing.F) {
	f.Add(`{"union":[` + nyDeskJSON + `,` + berlinDeskJSON + `,` + sydneyDeskJSON + `]}`)
	f.Add(`{"intersect":[{"union":[` + sydneyDeskJSON + `,` + rotaJSON + `]},` + berlinDeskJSON + `]}`)
	f.Add(`{"union":[{"union":[{"union":[{"union":[` + rotaJSON + `]}]}]}]}`)
	f.Add(`{"intersect":[` + rotaJSON + `,{"timezone":"UTC","hours":{"mon":["09:00-10:00"]}}]}`)
	f.Add(`{"union":[]}`)
	f.Add(`{"union":[` + nyDeskJSON + `],"x":1}`)
	f.Add(nyDeskJSON)
	t0 := time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, doc string) {
		c, err := calendar.Load(strings.NewReader(doc))
		if err != nil {
			var se *calendar.SpecError
			require.Nil(t, c)
			require.True(t, errors.As(err, &se) && errors.Is(err, calendar.ErrInvalidSpec), "Load(%s): %v is not a *SpecError wrapping ErrInvalidSpec", doc, err)
			return
		}
		if u, err := c.Add(t0, 10*time.Hour); err == nil {
			d, err := c.Between(t0, u)
			require.NoError(t, err)
			require.Equal(t, 10*time.Hour, d, "Between(t, Add(t, 10h)) on %s", doc)
		} else {
			require.True(t, isNoTimeErr(err), "Add on %s: unexpected error %v", doc, err)
		}
		_, _ = c.AddDays(t0, 2)
		_, _ = c.Day(t0)
		out, err := json.Marshal(c)
		require.NoError(t, err)
		again, err := calendar.Load(bytes.NewReader(out))
		require.NoError(t, err, "Load(MarshalJSON) of %s: %s", doc, out)
		a, errA := c.Between(t0, t0.Add(14*24*time.Hour))
		b, errB := again.Between(t0, t0.Add(14*24*time.Hour))
		require.Equal(t, errA == nil, errB == nil)
		require.Equal(t, a, b, "Between after a round trip of %s through %s", doc, out)
	})
}

func requireSameOpenTime(t *testing.T, want, got *calendar.Calendar, from, to time.Time) {
	t.Helper()
	ws, err := want.Spans(from, to)
	require.NoError(t, err)
	gs, err := got.Spans(from, to)
	require.NoError(t, err)
	require.Equal(t, len(ws), len(gs), "spans in [%s, %s)", from, to)
	for i := range ws {
		if !ws[i].Start.Equal(gs[i].Start) || !ws[i].End.Equal(gs[i].End) {
			t.Fatalf("span %d: got [%s, %s), want [%s, %s)", i, gs[i].Start, gs[i].End, ws[i].Start, ws[i].End)
		}
	}
}

func jsonEqual(t *testing.T, a, b string) bool {
	t.Helper()
	var x, y any
	require.NoError(t, json.Unmarshal([]byte(a), &x))
	require.NoError(t, json.Unmarshal([]byte(b), &y))
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}
