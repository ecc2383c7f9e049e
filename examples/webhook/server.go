package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
)

const (
	maxBody         = 64 << 10 // request body limit, bytes
	shutdownTimeout = 10 * time.Second
)

// server answers the webhook's endpoints. It is safe for concurrent use:
// the resolver and the calendars it hands out are immutable.
type server struct {
	res incident.Resolver
	log *slog.Logger
}

// newHandler returns the webhook's routes:
//
//	POST /v1/response-due  the due instant of one incident
//	GET  /v1/regions       the region codes, names and time zones
//	GET  /healthz          200 while the server runs
//
// Every error is an application/problem+json body (RFC 9457).
func newHandler(res incident.Resolver, log *slog.Logger) http.Handler {
	s := &server{res: res, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/response-due", s.responseDue)
	mux.HandleFunc("GET /v1/regions", s.regions)
	mux.HandleFunc("GET /healthz", s.healthz)
	// The same paths without a method answer 405 in the problem format;
	// the patterns with a method are more specific and win.
	mux.Handle("/v1/response-due", methodNotAllowed(http.MethodPost))
	mux.Handle("/v1/regions", methodNotAllowed(http.MethodGet, http.MethodHead))
	mux.Handle("/healthz", methodNotAllowed(http.MethodGet, http.MethodHead))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, problem{Status: http.StatusNotFound, Detail: fmt.Sprintf("no resource at %s", r.URL.Path)})
	})
	return s.logged(mux)
}

// newHTTPServer returns the server with its timeouts set, so a slow or
// stalled client cannot hold a connection for ever.
func newHTTPServer(h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// serve runs srv on ln until ctx is done, then shuts it down gracefully:
// it stops accepting connections and waits, up to shutdownTimeout, for the
// requests in flight to finish.
func serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (s *server) responseDue(w http.ResponseWriter, r *http.Request) {
	// The body is read as JSON whatever its Content-Type says, so that
	// "curl -d" works as well as a client that sets application/json.
	req, err := decodeRequest(w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	in, err := s.res.Resolve(req)
	if err != nil {
		writeError(w, err)
		return
	}
	res, err := in.Explain()
	if err != nil {
		writeError(w, err)
		return
	}
	res.ID = req.ID
	writeJSON(w, http.StatusOK, res)
}

// decodeRequest reads exactly one JSON object of at most maxBody bytes,
// refusing unknown fields.
func decodeRequest(w http.ResponseWriter, r *http.Request) (incident.Request, error) {
	var req incident.Request
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			return req, err
		case errors.Is(err, io.EOF):
			return req, errEmptyBody
		}
		return req, incident.JSONError("", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return req, err
		}
		return req, errTrailingData
	}
	return req, nil
}

var (
	errEmptyBody    = errors.New("empty body: want a JSON object")
	errTrailingData = errors.New("unexpected data after the JSON object")
)

func (s *server) regions(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Regions []calendar.RegionInfo `json:"regions"`
	}{calendar.Regions()})
}

func (s *server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// problem is an RFC 9457 problem details body, with the request field at
// fault as an extension member.
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	Field  string `json:"field,omitempty"`
	// An incident the request's contract does not cover (422): the
	// contract's status ("lapsed") and its end, RFC 3339.
	ContractStatus string `json:"contract_status,omitempty"`
	ContractEnd    string `json:"contract_end,omitempty"`
}

func writeProblem(w http.ResponseWriter, p problem) {
	if p.Type == "" {
		p.Type = "about:blank"
	}
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	body, err := json.Marshal(p)
	if err != nil {
		http.Error(w, p.Title, p.Status)
		return
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(p.Status)
	w.Write(append(body, '\n'))
}

// writeError answers an error of decoding or resolving a request: 413 for
// a body over the limit, 422 for an incident the contract does not cover,
// else 400 naming the field when there is one.
func writeError(w http.ResponseWriter, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		writeProblem(w, problem{Status: http.StatusRequestEntityTooLarge, Detail: fmt.Sprintf("request body larger than %d bytes", mbe.Limit)})
		return
	}
	if p, ok := coverageProblem(err); ok {
		writeProblem(w, p)
		return
	}
	p := problem{Status: http.StatusBadRequest, Detail: err.Error()}
	var ie *incident.Error
	if errors.As(err, &ie) {
		p.Field = ie.Field
	}
	writeProblem(w, p)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		writeProblem(w, problem{Status: http.StatusInternalServerError, Detail: "encoding the response failed"})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(body, '\n'))
}

func methodNotAllowed(allowed ...string) http.Handler {
	allow := strings.Join(allowed, ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeProblem(w, problem{Status: http.StatusMethodNotAllowed, Detail: fmt.Sprintf("method %s: want %s", r.Method, allow)})
	})
}

// statusRecorder remembers the status code for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (s *server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
	})
}
