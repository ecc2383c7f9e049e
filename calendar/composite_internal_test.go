package calendar

import (
	"testing"
	"time"
)

// A long query on a composite builds the composite's tables at its ends
// only, and keeps none of its members' tables: the years between count
// from summaries, as on a plain calendar.
func TestCompositeLongQueriesKeepFewTables(t *testing.T) {
	newMember := func(zone string, hours ...string) *Calendar {
		c, err := New(Spec{TimeZone: zone, Hours: map[string][]string{"mon-fri": hours}, Holidays: []string{"US"}})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	a := newMember("America/New_York", "09:00-12:00", "13:00-17:00")
	b := newMember("Asia/Tokyo", "09:00-17:00")
	inner, err := Intersect(a, b)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Union(inner, newMember("Europe/Berlin", "08:00-16:00"))
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(1901, 3, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2198, 3, 1, 0, 0, 0, 0, time.UTC)
	if _, err := c.Between(from, to); err != nil {
		t.Fatal(err)
	}
	u, err := c.Add(from, 500_000*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.AddDays(from, 50_000); err != nil {
		t.Fatal(err)
	}
	if got := builtTables(c); got > 8 {
		t.Errorf("composite: got %d tables built, want at most 8 (the queries' ends)", got)
	}
	for name, m := range map[string]*Calendar{"a": a, "b": b, "inner": inner} {
		if got := builtTables(m); got != 0 {
			t.Errorf("member %s: got %d tables kept, want 0", name, got)
		}
	}
	// The summaries agree with the tables.
	back, err := c.Add(u, -500_000*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := c.Between(from, back); d != 0 {
		t.Errorf("Add(Add(from, 500000h), -500000h) = %s: %v of open time after from, want 0", back, d)
	}
}
