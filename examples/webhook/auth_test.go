package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/examples/internal/incident"
)

func hexHMAC(secret, body string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(body))
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

func TestSignature(t *testing.T) {
	const secret = "it's a secret to everybody"
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{Secret: []byte(secret)})
	base := startServerWith(t, s, defaultTimeouts)
	good := hexHMAC(secret, okBody)
	tests := []struct {
		name, body, signature string
		status                int
	}{
		{"signed", okBody, good, 200},
		{"upper-case hex", okBody, "sha256=" + strings.ToUpper(strings.TrimPrefix(good, "sha256=")), 200},
		{"missing", okBody, "", 401},
		{"no prefix", okBody, strings.TrimPrefix(good, "sha256="), 401},
		{"sha1 prefix", okBody, "sha1=" + strings.TrimPrefix(good, "sha256="), 401},
		{"truncated", okBody, good[:len(good)-2], 401},
		{"not hex", okBody, good[:len(good)-1] + "g", 401},
		{"wrong secret", okBody, hexHMAC("another secret of enough bytes", okBody), 401},
		{"body changed", strings.Replace(okBody, `"severity":2`, `"severity":1`, 1), good, 401},
		{"signed but invalid", `{"plan":"gold"}`, hexHMAC(secret, `{"plan":"gold"}`), 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, base+"/v1/response-due", strings.NewReader(tt.body))
			require.NoError(t, err)
			if tt.signature != "" {
				req.Header.Set(signatureHeader, tt.signature)
			}
			resp, err := client.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.Equal(t, tt.status, resp.StatusCode, "status; body %s", body)
			if tt.status != 401 {
				return
			}
			assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
			assert.NotEmpty(t, resp.Header.Get("WWW-Authenticate"))
			var p problemBody
			require.NoError(t, json.Unmarshal(body, &p))
			assert.Equal(t, 401, p.Status)
			assert.Equal(t, "Unauthorized", p.Title)
			assert.Contains(t, p.Detail, signatureHeader)
		})
	}
	// Health checks and the region list need no signature.
	for _, path := range []string{"/healthz", "/v1/regions"} {
		r := do(t, http.MethodGet, base+path, "")
		assert.Equal(t, 200, r.status, path)
	}
}

// run with -secret-file requires signatures, and its log says so.
func TestRunWithSecret(t *testing.T) {
	const secret = "0123456789abcdef-secret"
	file := filepath.Join(t.TempDir(), "secret")
	require.NoError(t, os.WriteFile(file, []byte(secret+"\n"), 0o600))
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-secret-file", file}, &stderr) }()
	defer func() {
		cancel()
		assert.Equal(t, 0, <-done, "stderr %s", stderr.String())
	}()
	require.Eventually(t, func() bool { return strings.Contains(stderr.String(), "listening") }, 5*time.Second, 10*time.Millisecond)
	log := stderr.String()
	assert.NotContains(t, log, "not authenticated")
	assert.Contains(t, log, "must carry X-Signature-256")
	_, addr, _ := strings.Cut(log, "addr=")
	addr, _, _ = strings.Cut(addr, " ")

	post := func(sig string) int {
		req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/v1/response-due", strings.NewReader(okBody))
		require.NoError(t, err)
		req.Header.Set(signatureHeader, sig)
		resp, err := client.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp.StatusCode
	}
	assert.Equal(t, 401, post(""), "unsigned")
	assert.Equal(t, 200, post(hexHMAC(secret, okBody)), "signed with the file's secret, its line end left out")
	assert.Equal(t, 401, post(hexHMAC(secret+"\n", okBody)), "signed with the line end")
}

// parseSignature never panics, and what it accepts is a SHA-256 sum
// written as the header's scheme says.
func FuzzParseSignature(f *testing.F) {
	for _, s := range []string{hexHMAC("k", "body"), "sha256=", "sha1=00", " sha256=" + strings.Repeat("A", 64) + " ", "sha256=" + strings.Repeat("g", 64)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		sum, err := parseSignature(h)
		if err != nil {
			assert.ErrorIs(t, err, errNoSignature)
			return
		}
		require.Len(t, sum, sha256.Size)
		assert.True(t, strings.EqualFold(strings.TrimSpace(h), "sha256="+hex.EncodeToString(sum)), "accepted %q", h)
	})
}
