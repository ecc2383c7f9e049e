package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/examples/internal/incident"
)

// startServer runs the real server on a loopback port and stops it when the
// test ends, checking that it shut down cleanly.
func startServer(t *testing.T) string {
	t.Helper()
	return startServerWith(t, newServer(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{}), defaultTimeouts)
}

// startServerWith runs s with the timeouts to.
func startServerWith(t *testing.T, s *server, to timeouts) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, newHTTPServer(s.handler(), s.log, to), ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			assert.NoError(t, err, "graceful shutdown")
		case <-time.After(shutdownTimeout + time.Second):
			t.Error("server did not stop")
		}
	})
	return "http://" + ln.Addr().String()
}

var client = &http.Client{Timeout: 10 * time.Second}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, method, url, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return response{resp.StatusCode, resp.Header, b}
}

type dueBody struct {
	ID          json.RawMessage `json:"id"`
	Due         string          `json:"due"`
	Severity    int             `json:"severity"`
	Plan        string          `json:"plan"`
	Reason      string          `json:"reason"`
	Explanation struct {
		Target string `json:"target"`
		Due    string `json:"due"`
	} `json:"explanation"`
}

func TestResponseDue(t *testing.T) {
	url := startServer(t) + "/v1/response-due"
	tests := []struct {
		name    string
		body    string
		wantDue string
		wantSev int
		target  string
	}{
		// Gold Sev 2 is 8 business hours: Thu 16:30–17:00, Christmas Day
		// and the weekend closed, Mon 09:00–16:30.
		{"SPEC example", `{"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, "2026-12-28T16:30:00-05:00", 2, "8h on business hours"},
		{"severity as text", `{"plan":"Platinum","severity":"S1","region":"us","opened":"2026-12-26T03:10:00-05:00"}`, "2026-12-26T05:10:00-05:00", 1, "2h on 24x7x365"},
		{"facts", `{"plan":"gold","facts":["critical-app"],"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, "2026-12-28T12:30:00-05:00", 1, "4h on business hours"},
		{"facts with workaround", `{"plan":"gold","facts":["critical-app","workaround"],"region":"US","opened":"2026-12-24T16:30:00-05:00"}`, "2026-12-28T16:30:00-05:00", 2, "8h on business hours"},
		{"into daylight saving time", `{"plan":"platinum","severity":2,"region":"US","opened":"2026-03-06T15:00:00-05:00"}`, "2026-03-09T11:00:00-04:00", 2, "4h on business hours"},
		{"inline calendar", `{"plan":"gold","severity":1,"opened":"2026-12-24T15:00:00+01:00",
			"calendar":{"timezone":"Europe/Berlin","hours":{"mon-fri":["08:00-12:00","13:00-16:00"]},"holidays":["DE"],"closed":["2026-12-28"]}}`,
			"2026-12-29T11:00:00+01:00", 1, "4h on business hours"},
		{"id echoed", `{"id":"T-1","plan":"gold","severity":3,"region":"US","opened":"2026-12-01T11:00:00-05:00"}`, "2026-12-02T11:00:00-05:00", 3, "1 business day (same-time)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, http.MethodPost, url, tt.body)
			require.Equal(t, http.StatusOK, r.status, "status; body %s", r.body)
			assert.Equal(t, "application/json", r.header.Get("Content-Type"))
			var got dueBody
			require.NoError(t, json.Unmarshal(r.body, &got), "body %s", r.body)
			assert.Equal(t, tt.wantDue, got.Due, "due")
			assert.Equal(t, tt.wantSev, got.Severity, "severity")
			assert.Equal(t, tt.target, got.Explanation.Target, "explanation.target")
			assert.Equal(t, got.Due, got.Explanation.Due, "explanation.due")
		})
	}

	r := do(t, http.MethodPost, url, `{"id":"T-1","plan":"gold","facts":["documentation"],"region":"US","opened":"2026-12-01T11:00:00-05:00"}`)
	var got dueBody
	require.NoError(t, json.Unmarshal(r.body, &got))
	assert.Equal(t, `"T-1"`, string(got.ID))
	assert.Equal(t, "Gold", got.Plan)
	assert.Equal(t, "Severity 4: a documentation error", got.Reason)
}

type problemBody struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Field  string `json:"field"`
}

func TestResponseDueErrors(t *testing.T) {
	base := startServer(t)
	url := base + "/v1/response-due"
	const opened = `"opened":"2026-12-24T16:30:00-05:00"`
	tests := []struct {
		name   string
		method string
		path   string
		body   string
		status int
		field  string
		detail string // in the detail
	}{
		{"empty body", "POST", "", ``, 400, "", "empty body"},
		{"invalid JSON", "POST", "", `{"plan":`, 400, "", "invalid JSON"},
		{"not an object", "POST", "", `[1,2]`, 400, "", "want a JSON"},
		{"trailing data", "POST", "", `{"plan":"gold","severity":2,"region":"US",` + opened + `} {}`, 400, "", "unexpected data after the JSON object"},
		{"unknown field", "POST", "", `{"plan":"gold","severity":2,"region":"US",` + opened + `,"priority":"high"}`, 400, "priority", "unknown field"},
		{"wrong type", "POST", "", `{"plan":"gold","severity":2,"region":"US","opened":1700000000}`, 400, "opened", "want a JSON string"},
		{"missing plan", "POST", "", `{"severity":2,"region":"US",` + opened + `}`, 400, "plan", "missing"},
		{"unknown plan", "POST", "", `{"plan":"silver","severity":2,"region":"US",` + opened + `}`, 400, "plan", `unknown plan "silver"`},
		{"missing severity", "POST", "", `{"plan":"gold","region":"US",` + opened + `}`, 400, "severity", "missing"},
		{"bad severity", "POST", "", `{"plan":"gold","severity":5,"region":"US",` + opened + `}`, 400, "severity", `unknown severity "5"`},
		{"severity and facts", "POST", "", `{"plan":"gold","severity":2,"facts":["license"],"region":"US",` + opened + `}`, 400, "facts", "not both"},
		{"unknown fact", "POST", "", `{"plan":"gold","facts":["license","nope"],"region":"US",` + opened + `}`, 400, "facts[1]", `unknown fact "nope"`},
		{"no facts", "POST", "", `{"plan":"gold","facts":[],"region":"US",` + opened + `}`, 400, "facts", "no facts to classify"},
		{"missing region", "POST", "", `{"plan":"gold","severity":2,` + opened + `}`, 400, "region", "missing"},
		{"unknown region", "POST", "", `{"plan":"gold","severity":2,"region":"XX",` + opened + `}`, 400, "region", `unknown region: "XX"`},
		{"region and calendar", "POST", "", `{"plan":"gold","severity":2,"region":"US","calendar":{"timezone":"UTC"},` + opened + `}`, 400, "calendar", "not both"},
		{"bad inline calendar", "POST", "", `{"plan":"gold","severity":2,"calendar":{"timezone":"Mars/Olympus","hours":{"mon":["09:00-17:00"]}},` + opened + `}`, 400, "calendar.timezone", "Mars/Olympus"},
		{"unknown calendar field", "POST", "", `{"plan":"gold","severity":2,"calendar":{"timezone":"UTC","days":{}},` + opened + `}`, 400, "calendar.days", "unknown field"},
		{"calendar never open", "POST", "", `{"plan":"gold","severity":2,"calendar":{"timezone":"UTC","hours":{}},` + opened + `}`, 400, "calendar.hours", "no open time"},
		{"missing opened", "POST", "", `{"plan":"gold","severity":2,"region":"US"}`, 400, "opened", "missing"},
		{"opened without offset", "POST", "", `{"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00"}`, 400, "opened", "RFC 3339"},
		{"bad id", "POST", "", `{"id":{},"plan":"gold","severity":2,"region":"US",` + opened + `}`, 400, "id", "want a string or a number"},
		{"body too large", "POST", "", `{"plan":"gold","severity":2,"region":"US",` + opened + `,"id":"` + strings.Repeat("x", maxBody) + `"}`, 413, "", "larger than 65536 bytes"},
		{"wrong method", "GET", "", ``, 405, "", "method GET: want POST"},
		{"wrong method on healthz", "POST", "/healthz", ``, 405, "", "want GET, HEAD"},
		{"unknown path", "GET", "/v2/response-due", ``, 404, "", "no resource at /v2/response-due"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := url
			if tt.path != "" {
				u = base + tt.path
			}
			r := do(t, tt.method, u, tt.body)
			require.Equal(t, tt.status, r.status, "status; body %s", r.body)
			assert.Equal(t, "application/problem+json", r.header.Get("Content-Type"))
			var p problemBody
			require.NoError(t, json.Unmarshal(r.body, &p), "body %s", r.body)
			assert.Equal(t, tt.status, p.Status, "status member")
			assert.Equal(t, "about:blank", p.Type)
			assert.Equal(t, http.StatusText(tt.status), p.Title)
			assert.Equal(t, tt.field, p.Field, "field; detail %q", p.Detail)
			assert.Contains(t, p.Detail, tt.detail)
			if tt.status == 405 {
				assert.NotEmpty(t, r.header.Get("Allow"))
			}
		})
	}
}

func TestHealthzAndRegions(t *testing.T) {
	base := startServer(t)

	r := do(t, http.MethodGet, base+"/healthz", "")
	require.Equal(t, http.StatusOK, r.status)
	assert.JSONEq(t, `{"status":"ok"}`, string(r.body))

	r = do(t, http.MethodGet, base+"/v1/regions", "")
	require.Equal(t, http.StatusOK, r.status)
	var got struct {
		Regions []struct {
			Code     string `json:"code"`
			Name     string `json:"name"`
			TimeZone string `json:"timezone"`
		} `json:"regions"`
	}
	require.NoError(t, json.Unmarshal(r.body, &got))
	require.NotEmpty(t, got.Regions)
	found := false
	for _, reg := range got.Regions {
		if reg.Code == "US" {
			found = true
			assert.Equal(t, "America/New_York", reg.TimeZone)
		}
	}
	assert.True(t, found, "US among %d regions", len(got.Regions))

	r = do(t, http.MethodHead, base+"/healthz", "")
	assert.Equal(t, http.StatusOK, r.status, "HEAD /healthz")
}

func TestConcurrentRequests(t *testing.T) {
	url := startServer(t) + "/v1/response-due"
	const workers, perWorker = 50, 4
	regions := []struct{ region, opened, due string }{
		{"US", "2026-12-24T16:30:00-05:00", "2026-12-28T16:30:00-05:00"},
		{"DE-BY", "2026-12-24T15:00:00+01:00", "2026-12-28T15:00:00+01:00"},
		{"GB", "2026-12-24T16:00:00Z", "2026-12-29T16:00:00Z"}, // Boxing Day observed on Monday the 28th
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers*perWorker)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				c := regions[(w+i)%len(regions)]
				body := fmt.Sprintf(`{"id":%d,"plan":"gold","severity":2,"region":%q,"opened":%q}`, w*perWorker+i, c.region, c.opened)
				resp, err := client.Post(url, "application/json", strings.NewReader(body))
				if err != nil {
					errs <- err
					continue
				}
				var got dueBody
				err = json.NewDecoder(resp.Body).Decode(&got)
				resp.Body.Close()
				switch {
				case err != nil:
					errs <- err
				case resp.StatusCode != http.StatusOK:
					errs <- fmt.Errorf("%s: status %d", c.region, resp.StatusCode)
				case got.Due != c.due:
					errs <- fmt.Errorf("%s: got due %s, want %s", c.region, got.Due, c.due)
				case string(got.ID) != fmt.Sprint(w*perWorker+i):
					errs <- fmt.Errorf("got id %s, want %d", got.ID, w*perWorker+i)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// A request in flight when shutdown starts still gets its answer.
func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	started, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		close(started)
		<-release
		w.Write([]byte("done"))
	})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, newHTTPServer(h, log, defaultTimeouts), ln) }()

	type result struct {
		body []byte
		err  error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := client.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{b, err}
	}()
	<-started
	cancel()
	// The listener closes at once; the request in flight is not cut off.
	require.Eventually(t, func() bool {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), 100*time.Millisecond)
		if err == nil {
			c.Close()
		}
		return err != nil
	}, 5*time.Second, 10*time.Millisecond, "listener still accepting after shutdown began")
	close(release)
	r := <-got
	require.NoError(t, r.err)
	assert.Equal(t, "done", string(r.body))
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(shutdownTimeout + time.Second):
		t.Fatal("serve did not return")
	}
}

func TestRunFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"help", []string{"-h"}, 0, "POST /v1/response-due"},
		{"unknown flag", []string{"-port", "80"}, 2, "flag provided but not defined: -port"},
		{"argument", []string{"serve"}, 2, `unexpected argument "serve"`},
		{"missing plans file", []string{"-plans", "/nonexistent/plans.json"}, 2, "-plans: open /nonexistent/plans.json"},
		{"bad address", []string{"-addr", "127.0.0.1:99999"}, 1, "invalid port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stderr)
			assert.Equal(t, tt.code, code, "exit code; stderr %s", stderr.String())
			assert.Contains(t, stderr.String(), tt.want)
		})
	}
}

// run serves until its context ends, then exits 0.
func TestRunStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0"}, &stderr) }()
	require.Eventually(t, func() bool { return strings.Contains(stderr.String(), "listening") }, 5*time.Second, 10*time.Millisecond)
	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code, "stderr %s", stderr.String())
	case <-time.After(shutdownTimeout + time.Second):
		t.Fatal("run did not return")
	}
	assert.Contains(t, stderr.String(), "stopped")
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
