package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
)

const shutdownTimeout = 10 * time.Second

// options configure the handler; the zero value of a field takes its
// default.
type options struct {
	// Secret, when set, makes POST /v1/response-due require a valid
	// X-Signature-256 header (see auth.go).
	Secret []byte
	// MaxInFlight bounds the requests on region calendars computed at
	// once; others wait in line. Default: 8 × GOMAXPROCS.
	MaxInFlight int
	// MaxCalendars bounds the requests with an inline calendar computed at
	// once: only they build a calendar of their own, so only they can be
	// costly, and they wait in a line of their own so that requests on the
	// shared region calendars keep the rest of the machine. Default:
	// GOMAXPROCS / 2, at least 1.
	MaxCalendars int
	// QueueWait bounds the wait in line; a request still waiting then is
	// answered 503 with Retry-After. Default: 5 s.
	QueueWait time.Duration
}

// server answers the webhook's endpoints. It is safe for concurrent use:
// the resolver and the calendars it hands out are immutable.
type server struct {
	res       incident.Resolver
	log       *slog.Logger
	secret    []byte
	slots     chan struct{} // one token per request being computed on a region calendar
	calSlots  chan struct{} // one token per request being computed on its own calendar
	queueWait time.Duration
	ids       requestIDs
}

// newHandler returns the webhook's routes:
//
//	POST /v1/response-due  the due instant of one incident
//	GET  /v1/regions       the region codes, names and time zones
//	GET  /healthz          200 while the server runs
//
// Every error is an application/problem+json body (RFC 9457).
func newHandler(res incident.Resolver, log *slog.Logger, opt options) http.Handler {
	return newServer(res, log, opt).handler()
}

func (s *server) handler() http.Handler {
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

func newServer(res incident.Resolver, log *slog.Logger, opt options) *server {
	if opt.MaxInFlight <= 0 {
		opt.MaxInFlight = 8 * runtime.GOMAXPROCS(0)
	}
	if opt.MaxCalendars <= 0 {
		opt.MaxCalendars = max(1, runtime.GOMAXPROCS(0)/2)
	}
	if opt.QueueWait <= 0 {
		opt.QueueWait = 5 * time.Second
	}
	return &server{
		res: res, log: log, secret: opt.Secret,
		slots:     make(chan struct{}, opt.MaxInFlight),
		calSlots:  make(chan struct{}, opt.MaxCalendars),
		queueWait: opt.QueueWait,
		ids:       newRequestIDs(),
	}
}

// timeouts of the HTTP server.
type timeouts struct {
	readHeader, read, write, idle time.Duration
}

// defaultTimeouts: a client has 5 s to send its headers and 10 s for the
// whole request, body included; the answer must be written within 15 s.
var defaultTimeouts = timeouts{readHeader: 5 * time.Second, read: 10 * time.Second, write: 15 * time.Second, idle: 60 * time.Second}

// newHTTPServer returns the server with its timeouts set, so a slow or
// stalled client cannot hold a connection for ever.
func newHTTPServer(h http.Handler, log *slog.Logger, t timeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.readHeader,
		ReadTimeout:       t.read,
		WriteTimeout:      t.write,
		IdleTimeout:       t.idle,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// serve runs srv on ln until ctx is done, then shuts it down gracefully:
// it stops accepting connections and waits, up to shutdownTimeout, for the
// requests in flight to finish.
func serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() {
		if srv.TLSConfig != nil {
			errc <- srv.ServeTLS(ln, "", "") // the certificate is in TLSConfig
			return
		}
		errc <- srv.Serve(ln)
	}()
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
	var sum []byte
	if s.secret != nil {
		// A request without a well-formed signature is refused before
		// its body is read.
		var err error
		if sum, err = parseSignature(r.Header.Get(signatureHeader)); err != nil {
			writeUnauthorized(w, err)
			return
		}
	}
	body, err := readBody(w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	if s.secret != nil {
		if err := checkSignature(s.secret, body, sum); err != nil {
			writeUnauthorized(w, err)
			return
		}
	}
	res, err := s.answer(r.Context(), body)
	switch {
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", "1")
		writeProblem(w, problem{Status: http.StatusServiceUnavailable, Detail: err.Error()})
	case errors.Is(err, errClientGone):
		clientGone(w)
	case err != nil:
		writeError(w, err)
	default:
		writeJSON(w, http.StatusOK, res)
	}
}

// errClientGone: the request's client went away before its answer was
// computed.
var errClientGone = errors.New("the client went away")

// answer computes the answer to a request body in one of the server's
// slots: one for region calendars, or, for a request with an inline
// calendar, one of the fewer slots for those. Decoding and checking the
// limits, bounded by the body limit, come first and take no slot. The slot
// is given back before the answer is written, so a client that reads its
// answer slowly holds no slot.
func (s *server) answer(ctx context.Context, body []byte) (incident.Result, error) {
	// The body is read as JSON whatever its Content-Type says, so that
	// "curl -d" works as well as a client that sets application/json.
	req, err := incident.DecodeRequest(body)
	if err == nil {
		err = checkLimits(req)
	}
	if err != nil {
		return incident.Result{}, err
	}
	pool := s.slots
	if hasCalendar(req) {
		pool = s.calSlots
	}
	if err := s.acquire(ctx, pool); err != nil {
		return incident.Result{}, err
	}
	defer func() { <-pool }()
	in, err := s.res.Resolve(req)
	if err != nil {
		return incident.Result{}, err
	}
	// Resolving built the calendar; computing the answer is the other
	// costly step. A client that has gone away does not get it computed.
	if ctx.Err() != nil {
		return incident.Result{}, errClientGone
	}
	res, err := in.Explain()
	if err != nil {
		return incident.Result{}, err
	}
	res.ID = req.ID
	return res, nil
}

// hasCalendar reports whether req brings a calendar of its own: an inline
// one, or iCalendar holidays that make one of the region's.
func hasCalendar(req incident.Request) bool {
	c := bytes.TrimSpace(req.Calendar)
	return req.ICS != "" || len(c) > 0 && !bytes.Equal(c, []byte("null"))
}

// readBody reads the whole body, at most maxBody bytes.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		return nil, bodyError{err}
	}
	return body, nil
}

// bodyError is a failure to read the request body. Its text never quotes
// the underlying error, which names socket addresses.
type bodyError struct{ err error }

func (e bodyError) Error() string {
	if e.timeout() {
		return "reading the request body timed out"
	}
	return "reading the request body failed"
}

func (e bodyError) Unwrap() error { return e.err }

func (e bodyError) timeout() bool {
	var ne net.Error
	return errors.As(e.err, &ne) && ne.Timeout()
}

// errBusy is the answer to a request that waited its whole QueueWait.
var errBusy = errors.New("the service is busy: try again shortly")

// acquire waits for a slot of pool to compute in, until ctx ends
// (errClientGone) or the queue wait is over (errBusy). The caller gives
// the slot back by receiving from pool.
func (s *server) acquire(ctx context.Context, pool chan struct{}) error {
	if ctx.Err() != nil {
		return errClientGone
	}
	select {
	case pool <- struct{}{}:
		return nil
	default:
	}
	t := time.NewTimer(s.queueWait)
	defer t.Stop()
	select {
	case pool <- struct{}{}:
		return nil
	case <-ctx.Done():
		return errClientGone
	case <-t.C:
		return errBusy
	}
}

// clientGone notes, for the access log, a request whose client went away
// before its answer was computed: nothing is written.
func clientGone(w http.ResponseWriter) {
	if rec, ok := w.(*statusRecorder); ok {
		rec.status = statusClientClosed
	}
}

// statusClientClosed is the access log's status of a request whose client
// went away (nginx's convention; never sent).
const statusClientClosed = 499

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
	body, err := marshal(p)
	if err != nil {
		http.Error(w, p.Title, p.Status)
		return
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	w.Write(append(body, '\n'))
}

// writeUnauthorized answers a request without a valid signature.
func writeUnauthorized(w http.ResponseWriter, err error) {
	w.Header().Set("WWW-Authenticate", `HMAC-SHA256 header="`+signatureHeader+`"`)
	writeProblem(w, problem{Status: http.StatusUnauthorized, Detail: err.Error()})
}

// writeError answers an error of reading, decoding or resolving a request:
// 413 for a body over the limit, 408 when the body did not arrive in time,
// 422 for an incident the contract does not cover,
// else 400 naming the field when there is one.
func writeError(w http.ResponseWriter, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		writeProblem(w, problem{Status: http.StatusRequestEntityTooLarge, Detail: fmt.Sprintf("request body larger than %d bytes", mbe.Limit)})
		return
	}
	var be bodyError
	if errors.As(err, &be) {
		// The connection cannot be reused: the rest of the body is unread.
		w.Header().Set("Connection", "close")
		status := http.StatusBadRequest
		if be.timeout() {
			status = http.StatusRequestTimeout
		}
		writeProblem(w, problem{Status: status, Detail: be.Error()})
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

// marshal encodes v without escaping "<", ">" and "&": the answers are
// JSON for programs, not HTML, and read better as written.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := marshal(v)
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

// logged sets the headers every answer carries and writes the access log:
// method, path, status, duration, the client's address (the peer's: a
// proxy's X-Forwarded-For is not trusted) and the request ID, which the
// answer carries too, in X-Request-ID, so that a caller can quote it.
func (s *server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := s.ids.next()
		hdr := w.Header()
		hdr.Set("X-Request-ID", id)
		hdr.Set("Cache-Control", "no-store")
		hdr.Set("X-Content-Type-Options", "nosniff")
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"duration", time.Since(start), "remote", r.RemoteAddr, "request_id", id)
	})
}

// requestIDs hands out request IDs: a random prefix per process and a
// counter, unique without a random read per request.
type requestIDs struct {
	prefix string
	n      *atomic.Uint64
}

func newRequestIDs() requestIDs {
	var b [6]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return requestIDs{prefix: hex.EncodeToString(b[:]) + "-", n: new(atomic.Uint64)}
}

func (ids requestIDs) next() string {
	return ids.prefix + strconv.FormatUint(ids.n.Add(1), 10)
}
