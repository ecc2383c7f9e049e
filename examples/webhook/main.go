// Command webhook is the HTTP service a ticketing system calls to learn by
// when a response to an incident is due.
//
//	go run ./examples/webhook -addr 127.0.0.1:8080
//	curl -s localhost:8080/v1/response-due -d '{"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}'
//
// Endpoints: POST /v1/response-due, GET /v1/regions, GET /healthz. Errors
// are application/problem+json bodies (RFC 9457) with a "field" member
// naming the request field at fault. -secret-file makes the service require
// requests signed with HMAC-SHA256 (X-Signature-256), -tls-cert and
// -tls-key serve HTTPS, and the input limits in limits.go bound what one
// request costs. The server stops gracefully on SIGTERM or SIGINT.
package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
	_ "time/tzdata" // run on machines without zoneinfo

	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/plan"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr))
}

// run serves until ctx is done and returns the exit code: 0 after a
// graceful shutdown, 1 when the server failed, 2 for bad flags.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("webhook", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, host:port")
	plansFile := fs.String("plans", "", "JSON file of custom plans ({\"plans\": [...]}), added to the built-in ones")
	secretFile := fs.String("secret-file", "", "file holding the shared secret (at least 16 bytes); requests must then carry\n"+
		signatureHeader+": sha256=<hex HMAC-SHA256 of the body>")
	tlsCert := fs.String("tls-cert", "", "PEM certificate chain file: serve HTTPS (with -tls-key)")
	tlsKey := fs.String("tls-key", "", "PEM private key file of -tls-cert")
	var opt options
	fs.IntVar(&opt.MaxInFlight, "max-inflight", 8*runtime.GOMAXPROCS(0), "requests on region calendars computed at once; more wait in line")
	fs.IntVar(&opt.MaxCalendars, "max-calendars", max(1, runtime.GOMAXPROCS(0)/2), "requests with an inline calendar computed at once, in a line of their own")
	fs.DurationVar(&opt.QueueWait, "queue-wait", 5*time.Second, "longest wait in line before a 503 with Retry-After")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage: webhook [-addr host:port] [-plans FILE] [-secret-file FILE] [-tls-cert FILE -tls-key FILE]
               [-max-inflight N] [-max-calendars N] [-queue-wait D]

Serves POST /v1/response-due, GET /v1/regions and GET /healthz.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "webhook: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if opt.MaxInFlight < 1 || opt.MaxCalendars < 1 || opt.QueueWait <= 0 {
		fmt.Fprintln(stderr, "webhook: -max-inflight, -max-calendars and -queue-wait must be positive")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	var res incident.Resolver
	if *plansFile != "" {
		cat, err := loadPlans(*plansFile)
		if err != nil {
			fmt.Fprintln(stderr, "webhook:", err)
			return 2
		}
		res.Plans = cat
	}
	if *secretFile != "" {
		secret, err := readSecret(*secretFile)
		if err != nil {
			fmt.Fprintln(stderr, "webhook:", err)
			return 2
		}
		opt.Secret = secret
	}
	tlsConfig, err := loadTLS(*tlsCert, *tlsKey)
	if err != nil {
		fmt.Fprintln(stderr, "webhook:", err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "webhook:", err)
		return 1
	}
	if opt.Secret == nil {
		log.Warn("requests are not authenticated: anyone who reaches the address can use the service; -secret-file requires signed requests")
	} else {
		log.Info("requests to /v1/response-due must carry " + signatureHeader)
	}
	srv := newHTTPServer(newHandler(res, log, opt), log, defaultTimeouts)
	srv.TLSConfig = tlsConfig
	log.Info("listening", "addr", ln.Addr().String(), "tls", tlsConfig != nil,
		"max_inflight", opt.MaxInFlight, "max_calendars", opt.MaxCalendars, "queue_wait", opt.QueueWait)
	if err := serve(ctx, srv, ln); err != nil {
		log.Error("server stopped", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// loadTLS reads the certificate and key of -tls-cert and -tls-key; both or
// neither must be given. Nil: serve plain HTTP.
func loadTLS(certFile, keyFile string) (*tls.Config, error) {
	switch {
	case certFile == "" && keyFile == "":
		return nil, nil
	case certFile == "" || keyFile == "":
		return nil, errors.New("-tls-cert and -tls-key go together")
	}
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("-tls-cert, -tls-key: %w", err)
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}}, nil
}

func loadPlans(name string) (*plan.Catalog, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("-plans: %w", err)
	}
	defer f.Close()
	plans, err := plan.Load(f)
	if err != nil {
		return nil, fmt.Errorf("-plans %s: %w", name, err)
	}
	cat, err := plan.NewCatalog(plans...)
	if err != nil {
		return nil, fmt.Errorf("-plans %s: %w", name, err)
	}
	return cat, nil
}
