package sla_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/sla"
)

// FuzzEventJSON decodes events as a ticketing system would send them and
// feeds them to a clock: decoding either fails or round-trips, and the
// clock refuses bad events with an error, never a panic.
func FuzzEventJSON(f *testing.F) {
	for _, seed := range []string{
		`{"at":"2026-12-24T16:30:00-05:00","kind":"opened","severity":1}`,
		`{"at":"2026-12-24T17:00:00-05:00","kind":"paused"}`,
		`{"at":"2026-12-28T10:00:00-05:00","kind":"Resumed"}`,
		`{"at":"2026-12-28T10:00:00-05:00","kind":"severity-changed","severity":"S2"}`,
		`{"at":"2026-12-28T11:00:00-05:00","kind":"responded"}`,
		`{"at":"2026-12-28T11:00:00Z","kind":"responded","severity":3}`,
		`{"at":"2026-12-28T12:00:00-05:00","kind":"customer_replied"}`,
		`{"at":"2026-12-28T13:00:00-05:00","kind":"Resolved"}`,
		`{"at":"2026-12-28T14:00:00-05:00","kind":"reopened"}`,
		`{"at":"0001-01-01T00:00:00Z","kind":"opened","severity":"P1"}`,
		`{"kind":"closed"}`,
		`{"at":"2300-01-01T00:00:00Z","kind":"opened","severity":2}`,
	} {
		f.Add([]byte(seed))
	}
	us := usCalendar(f)
	opened := ny(f, "2026-12-24 16:30")
	f.Fuzz(func(t *testing.T, data []byte) {
		var e sla.Event
		if err := json.Unmarshal(data, &e); err != nil {
			return
		}
		c, err := sla.NewClock(sla.Policy{Plan: plan.Gold, Calendar: us}, sla.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if e.Kind != sla.EventOpened {
			if err := c.Apply(sla.Event{At: opened, Kind: sla.EventOpened, Severity: 2}); err != nil {
				t.Fatal(err)
			}
		}
		before := c.Events()
		if err := c.Apply(e); err != nil {
			if !errors.Is(err, sla.ErrInvalidEvent) {
				t.Fatalf("Apply(%v): got %v, want an error wrapping ErrInvalidEvent", e, err)
			}
			if len(c.Events()) != len(before) {
				t.Fatalf("Apply(%v) failed and still changed the history", e)
			}
			return
		}
		if _, err := c.Status(e.At); err != nil && !errors.Is(err, sla.ErrInvalidEvent) {
			// The calendar may run out of range; that is an error, not a panic.
			t.Logf("Status: %v", err)
		}
		out, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("Marshal(%v) after a successful Apply: %v", e, err)
		}
		var back sla.Event
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if !back.At.Equal(e.At) || back.Kind != e.Kind || back.Severity != e.Severity {
			t.Fatalf("round trip: got %v, want %v", back, e)
		}
	})
}

// FuzzEventKindText: UnmarshalText accepts exactly what MarshalText writes,
// give or take case, "-" and white space.
func FuzzEventKindText(f *testing.F) {
	for _, s := range []string{"opened", "PAUSED", " resumed ", "severity-changed", "severity_changed", "responded", "customer-replied", "RESOLVED", "reopened", "", "open"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var k sla.EventKind
		if err := k.UnmarshalText([]byte(s)); err != nil {
			if k != 0 {
				t.Fatalf("UnmarshalText(%q) failed and set %v", s, k)
			}
			return
		}
		text, err := k.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", k, err)
		}
		var back sla.EventKind
		if err := back.UnmarshalText(text); err != nil || back != k {
			t.Fatalf("round trip of %q: got %v, %v; want %v", s, back, err, k)
		}
	})
}
