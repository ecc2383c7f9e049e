// Command webhook is the HTTP service a ticketing system calls to learn by
// when a response to an incident is due.
//
//	go run ./examples/webhook -addr 127.0.0.1:8080
//	curl -s localhost:8080/v1/response-due -d '{"plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}'
//
// Endpoints: POST /v1/response-due, GET /v1/regions, GET /healthz. Errors
// are application/problem+json bodies (RFC 9457) with a "field" member
// naming the request field at fault. The server stops gracefully on SIGTERM
// or SIGINT.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
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
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage: webhook [-addr host:port] [-plans FILE]

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
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "webhook:", err)
		return 1
	}
	log.Info("listening", "addr", ln.Addr().String())
	if err := serve(ctx, newHTTPServer(newHandler(res, log), log), ln); err != nil {
		log.Error("server stopped", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
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
