package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/examples/internal/incident"
)

const okBody = `{"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`

// Every answer, whatever its status, carries the security headers and a
// request ID of its own.
func TestHeadersOnEveryAnswer(t *testing.T) {
	base := startServer(t)
	tests := []struct {
		name, method, path, body string
		status                   int
	}{
		{"ok", "POST", "/v1/response-due", okBody, 200},
		{"bad request", "POST", "/v1/response-due", `{`, 400},
		{"too large", "POST", "/v1/response-due", strings.Repeat(" ", maxBody+1), 413},
		{"wrong method", "GET", "/v1/response-due", "", 405},
		{"not found", "GET", "/nope", "", 404},
		{"healthz", "GET", "/healthz", "", 200},
		{"regions", "GET", "/v1/regions", "", 200},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, base+tt.path, tt.body)
			require.Equal(t, tt.status, r.status, "status; body %s", r.body)
			assert.Equal(t, "no-store", r.header.Get("Cache-Control"), "Cache-Control")
			assert.Equal(t, "nosniff", r.header.Get("X-Content-Type-Options"), "X-Content-Type-Options")
			id := r.header.Get("X-Request-ID")
			require.NotEmpty(t, id, "X-Request-ID")
			if prev, dup := seen[id]; dup {
				t.Errorf("request ID %q given to both %s and %s", id, prev, tt.name)
			}
			seen[id] = tt.name
		})
	}
}

// The access log names the client's address and the request ID the answer
// carries.
func TestAccessLog(t *testing.T) {
	var logs syncBuffer
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(&logs, nil)), options{})
	base := startServerWith(t, s, defaultTimeouts)
	r := do(t, "POST", base+"/v1/response-due", okBody)
	require.Equal(t, 200, r.status)
	id := r.header.Get("X-Request-ID")
	require.Eventually(t, func() bool { return strings.Contains(logs.String(), "request_id="+id) }, 5*time.Second, 10*time.Millisecond,
		"log %s", logs.String())
	var line string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "request_id="+id) {
			line = l
		}
	}
	assert.Contains(t, line, "remote=127.0.0.1:")
	assert.Contains(t, line, "status=200")
	assert.Contains(t, line, "path=/v1/response-due")
}

// Item 4 and 10 of the hardening issue, as a client sees them.
func TestHostileRequests(t *testing.T) {
	url := startServer(t) + "/v1/response-due"
	const rest = `"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"`
	tests := []struct {
		name   string
		body   string
		status int
		field  string
		detail string
	}{
		{"id of invalid UTF-8", "{\"id\":\"T-\xff\"," + rest + "}", 400, "id", "valid UTF-8"},
		{"id out of float64 range", `{"id":1e999,` + rest + `}`, 400, "id", "number out of range"},
		{"duplicate key", `{` + rest + `,"severity":4}`, 400, "", `duplicate key "severity"`},
		{"duplicate key in calendar", `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"UTC","timezone":"Europe/Berlin","hours":{"mon-fri":["09:00-17:00"]}}}`, 400, "calendar", `duplicate key "timezone"`},
		{"key in another case", `{"Plan":"platinum","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, 400, "Plan", `want "plan"`},
		{"calendar key in another case", `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"TimeZone":"UTC","hours":{"mon-fri":["09:00-17:00"]}}}`, 400, "calendar.TimeZone", `want "timezone"`},
		{"facts of the wrong type", `{"plan":"gold","facts":"license","region":"US","opened":"2026-12-24T16:30:00-05:00"}`, 400, "facts", "want a JSON array of strings, got string"},
		{"plan of the wrong type", `{"plan":["gold"],"severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, 400, "plan", "want a JSON string, got array"},
		{"calendar hours of the wrong type", `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"UTC","hours":{"mon":"09:00-17:00"}}}`, 400, "calendar.hours", "want a list of strings"},
		{"24x7x365 due after 2199", `{"plan":"platinum","severity":1,"region":"US","opened":"2199-12-31T23:00:00-05:00"}`, 400, "opened", "out of supported range"},
		{"24x7x365 due after 9999", `{"plan":"platinum","severity":1,"region":"US","opened":"9999-12-31T23:00:00Z"}`, 400, "opened", "out of supported range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, http.MethodPost, url, tt.body)
			require.True(t, json.Valid(r.body), "the answer is valid JSON: %q", r.body)
			require.Equal(t, tt.status, r.status, "status; body %s", r.body)
			var p problemBody
			require.NoError(t, json.Unmarshal(r.body, &p))
			assert.Equal(t, tt.field, p.Field, "field; detail %q", p.Detail)
			assert.Contains(t, p.Detail, tt.detail)
			for _, goName := range []string{"[]string", "map[", "incident.", "calendar.Spec", "RawMessage", "Go ", "struct"} {
				assert.NotContains(t, p.Detail, goName, "the detail names a Go type")
			}
		})
	}

	// Lower-case "t" and "z" are RFC 3339 too.
	r := do(t, http.MethodPost, url, `{"id":1e2,"plan":"gold","severity":2,"region":"US","opened":"2026-12-24t21:30:00z"}`)
	require.Equal(t, 200, r.status, "body %s", r.body)
	var got dueBody
	require.NoError(t, json.Unmarshal(r.body, &got))
	assert.Equal(t, "2026-12-28T21:30:00Z", got.Due)
	assert.Equal(t, "1e2", string(got.ID), "a number id in range is echoed as written")
}

func TestInputLimits(t *testing.T) {
	url := startServer(t) + "/v1/response-due"
	spans := func(n int) string {
		var s []string
		for i := 0; i < n; i++ {
			s = append(s, fmt.Sprintf(`"%02d:%02d-%02d:%02d"`, i/2, (i%2)*30, i/2, (i%2)*30+15))
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	cal := func(fields string) string {
		return `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"America/New_York",` + fields + `}}`
	}
	tests := []struct {
		name   string
		body   string
		status int
		field  string
	}{
		{"id at the limit", `{"id":"` + strings.Repeat("x", maxIDBytes-2) + `",` + okBody[1:], 200, ""},
		{"id over the limit", `{"id":"` + strings.Repeat("x", maxIDBytes-1) + `",` + okBody[1:], 400, "id"},
		{"long plan", `{"plan":"` + strings.Repeat("g", maxNameBytes+1) + `","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, 400, "plan"},
		{"60 KB region code", `{"plan":"gold","severity":2,"region":"` + strings.Repeat("U", 60000) + `","opened":"2026-12-24T16:30:00-05:00"}`, 400, "region"},
		{"long opened", `{"plan":"gold","severity":2,"region":"US","opened":"` + strings.Repeat("2", maxNameBytes+1) + `"}`, 400, "opened"},
		{"many facts", `{"plan":"gold","facts":[` + strings.Repeat(`"cosmetic",`, maxFacts) + `"cosmetic"],"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, 400, "facts"},
		{"long fact", `{"plan":"gold","facts":["` + strings.Repeat("c", maxNameBytes+1) + `"],"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, 400, "facts[0]"},
		{"holiday sets at the limit", cal(`"hours":{"mon-fri":["09:00-17:00"]},"holidays":["US","GB","DE"]`), 200, ""},
		{"holiday sets over the limit", cal(`"hours":{"mon-fri":["09:00-17:00"]},"holidays":["US","GB","DE","JP"]`), 400, "calendar.holidays"},
		{"60 KB holiday code", cal(`"hours":{"mon-fri":["09:00-17:00"]},"holidays":["` + strings.Repeat("U", 60000) + `"]`), 400, "calendar.holidays[0]"},
		{"spans at the limit", cal(`"hours":{"mon-sun":` + spans(maxSpansPerDay) + `}`), 200, ""},
		{"spans over the limit", cal(`"hours":{"mon-sun":` + spans(maxSpansPerDay+1) + `}`), 400, `calendar.hours["mon-sun"]`},
		{"open date spans over the limit", cal(`"hours":{"mon":["09:00-17:00"]},"open":{"2026-12-24":` + spans(maxSpansPerDay+1) + `}`), 400, `calendar.open["2026-12-24"]`},
		{"long span", cal(`"hours":{"mon":["09:00-17:00` + strings.Repeat(" ", 20) + `"]}`), 400, `calendar.hours["mon"][0]`},
		{"too many closed dates", cal(`"hours":{"mon":["09:00-17:00"]},"closed":[` + strings.Repeat(`"2026-12-24",`, maxDatedEntries) + `"2026-12-24"]`), 400, "calendar.closed"},
		{"long zone name", `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"` + strings.Repeat("A", maxNameBytes+1) + `","hours":{"mon":["09:00-17:00"]}}}`, 400, "calendar.timezone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.LessOrEqual(t, len(tt.body), maxBody, "the case fits the body limit")
			r := do(t, http.MethodPost, url, tt.body)
			require.Equal(t, tt.status, r.status, "status; body %.300s", r.body)
			if tt.status == 200 {
				return
			}
			var p problemBody
			require.NoError(t, json.Unmarshal(r.body, &p))
			assert.Equal(t, tt.field, p.Field, "field; detail %q", p.Detail)
			assert.Contains(t, p.Detail, "over the service's limit")
		})
	}
}

// A body that does not arrive within the read timeout is a 408 that quotes
// no socket address.
func TestBodyReadTimeout(t *testing.T) {
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{})
	to := defaultTimeouts
	to.read = 300 * time.Millisecond
	base := startServerWith(t, s, to)
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/response-due HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"plan\":")
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(10*time.Second)))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode, "status; body %s", body)
	var p problemBody
	require.NoError(t, json.Unmarshal(body, &p), "body %s", body)
	assert.Equal(t, "reading the request body timed out", p.Detail)
	assert.NotContains(t, string(body), "127.0.0.1")
	assert.NotContains(t, string(body), "tcp")
}

// With every slot taken, a request waits its QueueWait and gets a 503
// with Retry-After; one whose client leaves while it waits is dropped
// without taking a slot, and the access log says 499.
func TestConcurrencyLimit(t *testing.T) {
	var logs syncBuffer
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(&logs, nil)), options{MaxInFlight: 1, QueueWait: 200 * time.Millisecond})
	base := startServerWith(t, s, defaultTimeouts)
	s.slots <- struct{}{} // a request being computed

	r := do(t, http.MethodPost, base+"/v1/response-due", okBody)
	require.Equal(t, http.StatusServiceUnavailable, r.status, "body %s", r.body)
	assert.Equal(t, "1", r.header.Get("Retry-After"))

	s.queueWait = time.Minute // wait longer than the client will
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/response-due", strings.NewReader(okBody))
	require.NoError(t, err)
	_, err = client.Do(req)
	require.Error(t, err, "the client gave up")
	require.Eventually(t, func() bool { return strings.Contains(logs.String(), "status=499") }, 5*time.Second, 10*time.Millisecond,
		"the dropped request is logged; log %s", logs.String())
	assert.Len(t, s.slots, 1, "the dropped request took no slot")

	<-s.slots // the computed request ends
	r = do(t, http.MethodPost, base+"/v1/response-due", okBody)
	assert.Equal(t, 200, r.status, "body %s", r.body)
	assert.Len(t, s.slots, 0, "the slot is given back")
}

// writeCert writes a self-signed certificate for 127.0.0.1 and its key.
func writeCert(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "webhook test"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600))
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

// run with -tls-cert and -tls-key serves HTTPS, and says in its log that
// it does not authenticate requests.
func TestRunTLS(t *testing.T) {
	certFile, keyFile, pool := writeCert(t)
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-tls-cert", certFile, "-tls-key", keyFile}, &stderr)
	}()
	defer func() {
		cancel()
		assert.Equal(t, 0, <-done, "stderr %s", stderr.String())
	}()
	require.Eventually(t, func() bool { return strings.Contains(stderr.String(), "listening") }, 5*time.Second, 10*time.Millisecond)
	log := stderr.String()
	assert.Contains(t, log, "requests are not authenticated")
	assert.Contains(t, log, "tls=true")
	_, addr, ok := strings.Cut(log, "addr=")
	require.True(t, ok, "log %s", log)
	addr, _, _ = strings.Cut(addr, " ")

	tlsClient := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := tlsClient.Post("https://"+addr+"/v1/response-due", "application/json", strings.NewReader(okBody))
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	require.NotNil(t, resp.TLS, "answered over TLS")

	plain, err := client.Get("http://" + addr + "/healthz")
	if err == nil {
		plain.Body.Close()
		assert.NotEqual(t, 200, plain.StatusCode, "plain HTTP is not served")
	}
}

func TestRunSecurityFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
		return p
	}
	certFile, keyFile, _ := writeCert(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"cert without key", []string{"-tls-cert", certFile}, "-tls-cert and -tls-key go together"},
		{"key without cert", []string{"-tls-key", keyFile}, "-tls-cert and -tls-key go together"},
		{"key for the cert swapped", []string{"-tls-cert", keyFile, "-tls-key", certFile}, "-tls-cert, -tls-key:"},
		{"missing secret file", []string{"-secret-file", filepath.Join(dir, "none")}, "-secret-file: open"},
		{"empty secret", []string{"-secret-file", write("empty", "\n")}, "want a secret of at least 16 bytes"},
		{"short secret", []string{"-secret-file", write("short", "hunter2\n")}, "want a secret of at least 16 bytes"},
		{"zero in-flight", []string{"-max-inflight", "0"}, "must be positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr syncBuffer
			code := run(context.Background(), tt.args, &stderr)
			assert.Equal(t, 2, code, "exit code; stderr %s", stderr.String())
			assert.Contains(t, stderr.String(), tt.want)
		})
	}
}

// Problem details read as written: "<hex …>", not "\u003chex …\u003e".
func TestProblemNotHTMLEscaped(t *testing.T) {
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{Secret: []byte("0123456789abcdef")})
	r := do(t, http.MethodPost, startServerWith(t, s, defaultTimeouts)+"/v1/response-due", okBody)
	require.Equal(t, 401, r.status)
	assert.Contains(t, string(r.body), "sha256=<hex HMAC-SHA256")
}

// slotWatcher fails the test when the answer is written while its
// request still holds a slot.
type slotWatcher struct {
	*httptest.ResponseRecorder
	t *testing.T
	s *server
}

func (w slotWatcher) Write(b []byte) (int, error) {
	assert.Len(w.t, w.s.slots, 0, "the answer is written while its slot is held")
	assert.Len(w.t, w.s.calSlots, 0, "the answer is written while its calendar slot is held")
	return w.ResponseRecorder.Write(b)
}

// A client reading its answer slowly holds no slot: the slot is given
// back before the answer is written.
func TestSlotFreeWhileWriting(t *testing.T) {
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{MaxInFlight: 1})
	for _, body := range []string{okBody, `{"plan":"silver"}`, calendarBody} {
		w := slotWatcher{httptest.NewRecorder(), t, s}
		s.handler().ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/response-due", strings.NewReader(body)))
		assert.NotZero(t, w.Body.Len(), "an answer was written for %s", body)
	}
}

// A request whose client has already gone away is not computed: nothing
// is written, and the access log says 499.
func TestClientGoneNotComputed(t *testing.T) {
	var logs syncBuffer
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(&logs, nil)), options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := httptest.NewRecorder()
	s.handler().ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/response-due", strings.NewReader(okBody)).WithContext(ctx))
	assert.Zero(t, w.Body.Len(), "got an answer: %s", w.Body.String())
	assert.Contains(t, logs.String(), "status=499")
	assert.Len(t, s.slots, 0)
}

// Whatever the body, the service answers below 500, in valid JSON, with
// its headers; a field it names is a field of the request.
func FuzzResponseDue(f *testing.F) {
	for _, s := range []string{
		okBody,
		`{"id":1e999,"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`,
		"{\"id\":\"\xff\",\"plan\":\"gold\"}",
		`{"plan":"platinum","severity":1,"region":"US","opened":"9999-12-31T22:00:00Z"}`,
		`{"plan":"gold","severity":3,"opened":"1900-01-02T09:30:00Z","calendar":{"timezone":"UTC","hours":{},"holidays":["US"],"open":{"1900-01-02":["09:00-10:00"],"2199-12-30":["09:00-10:00"]}}}`,
		`{"plan":"gold","facts":["critical-app","workaround"],"calendar":{"timezone":"Europe/Berlin","hours":{"fri-mon":["22:00-06:00"]},"closed":["2026-12-28"],"open":{"2026-12-24":[]}},"opened":"2026-12-24t16:30:00z"}`,
		`{"Plan":"gold","plan":"gold"}`,
	} {
		f.Add(s)
	}
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{})
	h := s.handler()
	f.Fuzz(func(t *testing.T, body string) {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/response-due", strings.NewReader(body)))
		require.Less(t, w.Code, 500, "body %q: answer %s", body, w.Body.String())
		require.True(t, json.Valid(w.Body.Bytes()), "body %q: answer %q", body, w.Body.String())
		assert.Equal(t, "no-store", w.Header().Get("Cache-Control"))
		assert.Equal(t, "nosniff", w.Header().Get("X-Content-Type-Options"))
		assert.Len(t, s.slots, 0)
	})
}

const calendarBody = `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":"America/New_York","hours":{"mon-fri":["09:00-17:00"]},"holidays":["US"]}}`

// Requests with inline calendars wait in a line of their own: with every
// calendar slot taken, requests on region calendars are still answered.
func TestCalendarsWaitApart(t *testing.T) {
	s := newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{MaxInFlight: 4, MaxCalendars: 1, QueueWait: 200 * time.Millisecond})
	base := startServerWith(t, s, defaultTimeouts)
	require.Equal(t, 200, do(t, http.MethodPost, base+"/v1/response-due", calendarBody).status, "a calendar slot is free")
	s.calSlots <- struct{}{} // a costly calendar being computed

	r := do(t, http.MethodPost, base+"/v1/response-due", okBody)
	assert.Equal(t, 200, r.status, "a region request does not wait for calendars; body %s", r.body)
	r = do(t, http.MethodPost, base+"/v1/response-due", calendarBody)
	assert.Equal(t, http.StatusServiceUnavailable, r.status, "a calendar request waits for the calendar slot; body %s", r.body)
	r = do(t, http.MethodPost, base+"/v1/response-due", `{"plan":"gold","severity":2,"calendar":null,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`)
	assert.Equal(t, 200, r.status, "a null calendar is no calendar; body %s", r.body)
	<-s.calSlots
	assert.Len(t, s.slots, 0)
}
