package main

import (
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckRefusesOtherHosts(t *testing.T) {
	ok := config{url: "http://127.0.0.1:8080/v1/response-due", c: 1, n: 1, rounds: 1, spans: 48, sets: 3, duration: time.Second}
	tests := []struct {
		name string
		edit func(*config)
		want string // in the error; "" for none
	}{
		{"loopback", func(*config) {}, ""},
		{"localhost", func(c *config) { c.url = "http://localhost:8080/x" }, ""},
		{"IPv6 loopback", func(c *config) { c.url = "https://[::1]:8443/x" }, ""},
		{"127/8", func(c *config) { c.url = "http://127.1.2.3:8080/x" }, ""},
		{"another host", func(c *config) { c.url = "http://example.com/x" }, "only loopback"},
		{"a private address", func(c *config) { c.url = "http://10.0.0.1:8080/x" }, "only loopback"},
		{"every address", func(c *config) { c.url = "http://0.0.0.0:8080/x" }, "only loopback"},
		{"another scheme", func(c *config) { c.url = "ftp://127.0.0.1/x" }, "want http or https"},
		{"too many requests", func(c *config) { c.n = maxRequests + 1 }, "-n"},
		{"too long", func(c *config) { c.duration = maxDuration + time.Second }, "-d"},
		{"no clients", func(c *config) { c.c = 0 }, "-c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := ok
			tt.edit(&cfg)
			err := cfg.check()
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	assert.Equal(t, 2, run([]string{"-url", "http://192.0.2.1/x"}, io.Discard, io.Discard), "run refuses before sending")
}

func TestZoneSpellingsAreDistinct(t *testing.T) {
	const n = 3000
	got := zoneSpellings(n)
	require.Len(t, got, n)
	seen := map[string]bool{}
	for _, z := range got {
		assert.False(t, seen[z], "spelling %q twice", z)
		seen[z] = true
	}
}

func TestBodiesAreJSON(t *testing.T) {
	for _, sc := range []string{"normal", "zones", "dense"} {
		for _, b := range bodies(sc, 10) {
			assert.True(t, json.Valid(b), "%s: %s", sc, b)
		}
	}
	for _, c := range craftedCases() {
		if !strings.Contains(c.name, "invalid UTF-8") && !strings.Contains(c.name, "20,000 deep") {
			assert.True(t, json.Valid([]byte(c.body)), "%s", c.name)
		}
	}
	var req struct {
		Calendar struct {
			Hours map[string][]string `json:"hours"`
		} `json:"calendar"`
	}
	require.NoError(t, json.Unmarshal([]byte(denseBody(48, "2026-12-24T16:30:00Z")), &req))
	assert.Len(t, req.Calendar.Hours["mon-sun"], 48)
	require.NoError(t, json.Unmarshal([]byte(denseMinutes()), &req))
	assert.Len(t, req.Calendar.Hours["mon-sun"], 1440)
}
