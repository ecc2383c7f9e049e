// Command loadgen measures the webhook service on this machine: throughput
// and latency of ordinary requests at a given concurrency, the latency and
// status of crafted worst-case requests, and the service's memory while it
// answers them. It only talks to a loopback address, and every run is
// bounded in requests and in time.
//
//	go build -o webhook ./examples/webhook && ./webhook -addr 127.0.0.1:8080 &
//	go run ./tools/loadgen -scenario normal -c 64 -n 200000 -pid $!
//
// Scenarios:
//
//	normal   Gold Severity 2 in US, DE-BY and GB, as a ticketing system sends them
//	crafted  each crafted request of the hardening issue, -rounds times, one at a time
//	zones    -n inline calendars, each under a different spelling of a zone name
//	dense    -n inline calendars of -spans spans a day, every day (48, the default, is the densest accepted)
//	sparse   -n inline calendars open only in 1900 and 2199 with -sets holiday sets (the costliest accepted)
//
// With -pid, it reads the service's resident memory (VmRSS, and the peak
// VmHWM, from /proc) before and after the run and samples it during.
package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Bounds of one run.
const (
	maxRequests = 5_000_000
	maxDuration = 5 * time.Minute
)

type config struct {
	url      string
	scenario string
	c, n     int
	rounds   int
	duration time.Duration
	pid      int
	secret   []byte
	spans    int
	sets     int
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	var cfg config
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.url, "url", "http://127.0.0.1:8080/v1/response-due", "the service's POST /v1/response-due, on a loopback address")
	fs.StringVar(&cfg.scenario, "scenario", "normal", "normal, crafted, zones or dense")
	fs.IntVar(&cfg.c, "c", 16, "concurrent clients")
	fs.IntVar(&cfg.n, "n", 10000, fmt.Sprintf("requests in all (at most %d)", maxRequests))
	fs.IntVar(&cfg.rounds, "rounds", 20, "crafted: times each request is sent")
	fs.DurationVar(&cfg.duration, "d", time.Minute, fmt.Sprintf("stop after this long (at most %v)", maxDuration))
	fs.IntVar(&cfg.spans, "spans", 48, "dense: spans a day (1440: the issue's one-minute spans, which the service refuses)")
	fs.IntVar(&cfg.sets, "sets", 3, "sparse: holiday sets of the calendar (3 is the most the service accepts)")
	fs.IntVar(&cfg.pid, "pid", 0, "the service's process id, to report its memory")
	secretFile := fs.String("secret-file", "", "sign requests with the secret in this file, as the service's -secret-file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := cfg.check(); err != nil {
		fmt.Fprintln(stderr, "loadgen:", err)
		return 2
	}
	if *secretFile != "" {
		b, err := os.ReadFile(*secretFile)
		if err != nil {
			fmt.Fprintln(stderr, "loadgen:", err)
			return 2
		}
		cfg.secret = bytes.TrimRight(b, "\r\n")
	}
	var err error
	switch cfg.scenario {
	case "normal", "zones", "dense", "sparse":
		err = load(cfg, stdout)
	case "crafted":
		err = crafted(cfg, stdout)
	default:
		err = fmt.Errorf("unknown scenario %q", cfg.scenario)
	}
	if err != nil {
		fmt.Fprintln(stderr, "loadgen:", err)
		return 1
	}
	return 0
}

// check bounds the run and refuses any address but a loopback one.
func (cfg config) check() error {
	if cfg.c < 1 || cfg.c > 4096 {
		return fmt.Errorf("-c %d: want 1 to 4096", cfg.c)
	}
	if cfg.n < 1 || cfg.n > maxRequests {
		return fmt.Errorf("-n %d: want 1 to %d", cfg.n, maxRequests)
	}
	if cfg.spans < 1 || cfg.spans > 1440 {
		return fmt.Errorf("-spans %d: want 1 to 1440", cfg.spans)
	}
	if cfg.sets < 1 || cfg.sets > len(holidaySets) {
		return fmt.Errorf("-sets %d: want 1 to %d", cfg.sets, len(holidaySets))
	}
	if cfg.rounds < 1 || cfg.rounds > 1000 {
		return fmt.Errorf("-rounds %d: want 1 to 1000", cfg.rounds)
	}
	if cfg.duration <= 0 || cfg.duration > maxDuration {
		return fmt.Errorf("-d %v: want up to %v", cfg.duration, maxDuration)
	}
	u, err := url.Parse(cfg.url)
	if err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("-url %q: want http or https", cfg.url)
	}
	ip := net.ParseIP(u.Hostname())
	if u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("-url %q: only loopback addresses (127.0.0.0/8, ::1, localhost) are allowed", cfg.url)
	}
	return nil
}

// bodies returns the request bodies of a scenario; request i sends
// bodies[i%len].
func bodies(scenario string, n int) [][]byte {
	switch scenario {
	case "zones":
		out := make([][]byte, 0, n)
		for _, z := range zoneSpellings(n) {
			out = append(out, fmt.Appendf(nil, `{"plan":"gold","severity":2,"opened":"2026-12-24T16:30:00-05:00","calendar":{"timezone":%q,"hours":{"mon-fri":["09:00-17:00"]}}}`, z))
		}
		return out
	case "dense":
		return [][]byte{[]byte(denseBody(48, "2026-12-24T16:30:00-05:00"))}
	}
	return [][]byte{
		[]byte(`{"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`),
		[]byte(`{"id":"T-2","plan":"platinum","severity":2,"region":"DE-BY","opened":"2026-12-24T15:00:00+01:00"}`),
		[]byte(`{"id":"T-3","plan":"gold","facts":["critical-app"],"region":"GB","opened":"2026-12-24T16:00:00Z"}`),
	}
}

// zoneSpellings returns n distinct spellings of zone names: canonical
// names, and the variants a path reader would take for the same zone
// ("America//New_York", "./America/New_York", "America/./New_York").
func zoneSpellings(n int) []string {
	zones := []string{"America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "Europe/London", "America/Sao_Paulo"}
	out := make([]string, 0, n)
	for k := 0; len(out) < n; k++ {
		for _, z := range zones {
			area, city, _ := strings.Cut(z, "/")
			var s string
			switch k % 3 {
			case 0:
				s = area + strings.Repeat("/", 2+k/3) + city
			case 1:
				s = strings.Repeat("./", 1+k/3) + z
			default:
				s = area + strings.Repeat("/.", 1+k/3) + "/" + city
			}
			if len(out) < n {
				out = append(out, s)
			}
		}
	}
	return out
}

// denseBody is a request on a calendar with spans spans every day of the
// week, each 15 minutes long.
func denseBody(spans int, opened string) string {
	step := 24 * 60 / spans
	var s []string
	for i := 0; i < spans; i++ {
		a := i * step
		b := a + max(1, min(15, step/2))
		s = append(s, fmt.Sprintf(`"%02d:%02d-%02d:%02d"`, a/60, a%60, b/60, b%60))
	}
	return fmt.Sprintf(`{"plan":"gold","severity":4,"opened":%q,"calendar":{"timezone":"America/New_York","hours":{"mon-sun":[%s]},"holidays":["US"]}}`,
		opened, strings.Join(s, ","))
}

type result struct {
	latency time.Duration
	status  int // 0: transport error; cutByDeadline
}

// cutByDeadline is the status of a request cut short by the run's -d.
const cutByDeadline = -1

func newClient(c int) *http.Client {
	return &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c, IdleConnTimeout: 30 * time.Second},
	}
}

func send(ctx context.Context, client *http.Client, cfg config, body []byte) result {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cfg.url, bytes.NewReader(body))
	if err != nil {
		return result{}
	}
	req.Header.Set("Content-Type", "application/json")
	if cfg.secret != nil {
		mac := hmac.New(sha256.New, cfg.secret)
		mac.Write(body)
		req.Header.Set("X-Signature-256", "sha256="+hex.EncodeToString(mac.Sum(nil)))
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return result{latency: time.Since(start), status: cutByDeadline}
		}
		return result{latency: time.Since(start)}
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return result{latency: time.Since(start), status: resp.StatusCode}
}

// load sends cfg.n requests of the scenario from cfg.c clients.
func load(cfg config, w io.Writer) error {
	all := bodies(cfg.scenario, cfg.n)
	if cfg.scenario == "dense" && cfg.spans == 1440 {
		all = [][]byte{[]byte(denseMinutes())}
	} else if cfg.scenario == "dense" {
		all = [][]byte{[]byte(denseBody(cfg.spans, "2026-12-24T16:30:00-05:00"))}
	} else if cfg.scenario == "sparse" {
		all = [][]byte{[]byte(sparseBody(cfg.sets))}
	}
	client := newClient(cfg.c)
	ctx, cancel := context.WithTimeout(context.Background(), cfg.duration)
	defer cancel()
	mem := watch(cfg.pid)
	var next atomic.Int64
	results := make([][]result, cfg.c)
	var wg sync.WaitGroup
	start := time.Now()
	for g := range cfg.c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := next.Add(1) - 1
				if i >= int64(cfg.n) {
					return
				}
				results[g] = append(results[g], send(ctx, client, cfg, all[i%int64(len(all))]))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	var rs []result
	for _, r := range results {
		rs = append(rs, r...)
	}
	statuses := map[int]int{}
	var lat []time.Duration
	for _, r := range rs {
		statuses[r.status]++
		lat = append(lat, r.latency)
	}
	slices.Sort(lat)
	fmt.Fprintf(w, "scenario %s, concurrency %d: %d requests in %.2fs, %.0f req/s\n", cfg.scenario, cfg.c, len(rs), elapsed.Seconds(), float64(len(rs))/elapsed.Seconds())
	fmt.Fprintf(w, "latency p50 %v, p99 %v, max %v\n", pct(lat, 50), pct(lat, 99), pct(lat, 100))
	fmt.Fprintf(w, "statuses %s\n", fmtStatuses(statuses))
	if cfg.scenario == "normal" {
		fmt.Fprintf(w, "errors (not 200) %d\n", len(rs)-statuses[200]-statuses[cutByDeadline])
	}
	mem.report(w)
	if len(rs) < cfg.n {
		return fmt.Errorf("stopped after %v with %d of %d requests sent", cfg.duration, len(rs), cfg.n)
	}
	return nil
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)].Round(time.Microsecond)
}

func fmtStatuses(m map[int]int) string {
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		name := fmt.Sprint(k)
		switch k {
		case 0:
			name = "transport error"
		case cutByDeadline:
			name = "cut by -d"
		}
		parts = append(parts, fmt.Sprintf("%s: %d", name, m[k]))
	}
	return strings.Join(parts, ", ")
}

// errServerError is returned when a crafted request got a 5xx or no answer.
var errServerError = errors.New("a crafted request got a 5xx or no answer")
