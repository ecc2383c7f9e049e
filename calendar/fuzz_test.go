package calendar_test

// Fuzz targets. Their seed corpora run as ordinary tests:
//
//	go test -run Fuzz ./calendar
//	go test -fuzz FuzzNew -fuzztime 30s ./calendar

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// validSeedSpecs are specs New accepts, from the conformance tables.
func validSeedSpecs() []calendar.Spec {
	return []calendar.Spec{
		nineToFive(),
		withLunch(),
		{TimeZone: nyName, Hours: hours("mon", "22:00-06:00")},
		{TimeZone: nyName, Hours: hours("mon-fri", "22:00-06:00"), Closed: []string{"2026-11-03"}},
		{TimeZone: nyName, Hours: hours("fri-mon", "09:00-17:00")},
		{TimeZone: nyName, Hours: map[string][]string{"mon": {"00:00-24:00"}, "tue": {"00:00-24:00"}}},
		{TimeZone: nyName, Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"US"}, Open: map[string][]string{"2026-07-03": {"09:00-12:00"}}},
		{TimeZone: nyName, Hours: hours("mon", "22:00-06:00"), Open: map[string][]string{"2026-11-03": {"05:00-08:00"}}},
		{TimeZone: "Europe/Berlin", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"DE-BY"}},
		{TimeZone: "Pacific/Apia", Hours: hours("mon-sun", "09:00-17:00")},
		{TimeZone: "America/Sao_Paulo", Hours: hours("sat-sun", "00:00-24:00")},
		{TimeZone: "Australia/Lord_Howe", Hours: hours("sun", "01:45-02:15")},
		{TimeZone: "Africa/Casablanca", Hours: hours("sun", "02:30-03:30")},
		{TimeZone: "UTC"},
	}
}

func FuzzNew(f *testing.F) {
	for _, s := range validSeedSpecs() {
		raw, err := json.Marshal(s)
		require.NoError(f, err)
		f.Add(raw)
	}
	for _, tc := range invalidSpecCases() {
		raw, err := json.Marshal(tc.spec)
		require.NoError(f, err)
		f.Add(raw)
	}
	f.Add([]byte(`{"timezone":"UTC","hours":{"MON-sun":["00:00-24:00"]}}`))
	f.Add([]byte(`{"timezone":"America/New_York","hours":{"sun-sat":["23:59-00:01"]}}`))
	f.Add([]byte(`{}`))

	t0 := utc(2026, 6, 15, 12, 0)
	f.Fuzz(func(t *testing.T, raw []byte) {
		var s calendar.Spec
		if json.Unmarshal(raw, &s) != nil {
			return
		}
		c, err := calendar.New(s)
		if err != nil {
			require.Nil(t, c, "New returned a calendar along with error %v", err)
			require.True(t, errors.Is(err, calendar.ErrInvalidSpec) || errors.Is(err, calendar.ErrUnknownRegion),
				"New(%s): error %v wraps neither ErrInvalidSpec nor ErrUnknownRegion", raw, err)
			var se *calendar.SpecError
			require.True(t, errors.As(err, &se), "New(%s): error %v is not a *SpecError", raw, err)
			return
		}
		require.NotNil(t, c)
		// A working calendar answers, without panicking and without hanging.
		if u, err := c.Add(t0, 10*time.Hour); err == nil {
			d, err := c.Between(t0, u)
			require.NoError(t, err)
			require.Equal(t, 10*time.Hour, d, "Between(t, Add(t, 10h)) on %s: got %v, want 10h", raw, d)
		} else {
			require.True(t, isNoTimeErr(err), "Add on %s: unexpected error %v", raw, err)
		}
		if o, err := c.NextOpen(t0); err == nil {
			require.True(t, c.IsOpen(o), "IsOpen(NextOpen(t)) on %s: got false", raw)
		}
		_, _ = c.NextClose(t0)
		_, _ = c.AddDays(t0, 2)
		_, _ = c.Spans(t0, t0.Add(72*time.Hour))
		again, err := calendar.New(c.Spec())
		require.NoError(t, err, "New(c.Spec()) on %s", raw)
		require.NotNil(t, again)
	})
}

// FuzzAdd checks Between(t, Add(t, d)) == d over a small set of calendars.
func FuzzAdd(f *testing.F) {
	specs := validSeedSpecs()[:13] // calendars with open time
	for i := range specs {
		f.Add(uint8(i), utc(2026, 11, 3, 18, 0).Unix(), int64(0), int64(4*time.Hour))
	}
	f.Add(uint8(0), utc(2026, 3, 6, 20, 0).Unix(), int64(0), int64(-4*time.Hour))
	f.Add(uint8(9), utc(2011, 12, 29, 22, 0).Unix(), int64(1), int64(24*time.Hour))
	f.Add(uint8(10), utc(2018, 11, 3, 15, 0).Unix(), int64(999999999), int64(30*time.Hour))
	f.Add(uint8(1), utc(1900, 1, 1, 2, 0).Unix(), int64(0), int64(time.Hour))
	f.Add(uint8(2), utc(2199, 12, 31, 20, 0).Unix(), int64(0), int64(1<<62))

	cals := make([]*calendar.Calendar, len(specs))
	for i, s := range specs {
		c, err := calendar.New(s)
		require.NoError(f, err)
		cals[i] = c
	}
	f.Fuzz(func(t *testing.T, which uint8, sec, nsec int64, dn int64) {
		c := cals[int(which)%len(cals)]
		x := time.Unix(sec, nsec)
		d := time.Duration(dn)
		u, err := c.Add(x, d)
		if err != nil {
			require.True(t, isNoTimeErr(err), "Add(%s, %v): unexpected error %v", x, d, err)
			return
		}
		if d >= 0 {
			require.False(t, u.Before(x), "Add(%s, %v) = %s is before t", x, d, u)
		} else {
			require.False(t, u.After(x), "Add(%s, %v) = %s is after t", x, d, u)
		}
		got, err := c.Between(x, u)
		require.NoError(t, err)
		assert.Equal(t, d, got, "Between(t, Add(t, d)) for t=%s d=%v u=%s: got %v, want %v", x, d, u, got, d)
	})
}
