package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/slaclock/slaclock/calendar"
	"github.com/slaclock/slaclock/examples/internal/incident"
	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

var utf8BOM = []byte("\xef\xbb\xbf")

const (
	maxLine      = 1 << 20 // longest input line accepted, in bytes, without its end
	maxPolicies  = 1024    // cached (plan, region) pairs
	maxCalendars = 64      // cached inline calendars
)

// batcher answers JSON lines, one result line per input line. The common
// line (flat object, plain strings, a numeric severity) takes a fast path
// that allocates little: a small scanner instead of encoding/json, and a
// cache of policies keyed by the plan and region exactly as written. Any
// other line, and every line that fails, goes through encoding/json and
// incident.Resolver, so both paths give the same answers and the same
// errors.
type batcher struct {
	res     incident.Resolver
	defPlan string

	policies  map[string]map[string]sla.Policy // plan → region → policy; region "" is the default calendar
	npolicies int
	calendars map[string]*calendar.Calendar // inline calendar specs, by their JSON text

	fl  fastLine
	out []byte // the current output line
}

func newBatcher(res incident.Resolver, defPlan string) *batcher {
	return &batcher{
		res:       res,
		defPlan:   defPlan,
		policies:  make(map[string]map[string]sla.Policy),
		calendars: make(map[string]*calendar.Calendar),
	}
}

// runBatch reads incidents from stdin until its end.
func runBatch(cfg config, res incident.Resolver, stdin io.Reader, stdout, stderr io.Writer) int {
	b := newBatcher(res, cfg.plan)
	failed, err := b.run(stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "due:", err)
		return exitFailed
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "due: %d line(s) failed\n", failed)
		return exitFailed
	}
	return exitOK
}

// run answers every line of r on w, reports failed lines on stderr, and
// returns how many failed. The error is about reading or writing.
func (b *batcher) run(r io.Reader, w, stderr io.Writer) (failed int, err error) {
	lr := newLineReader(r)
	bw := bufio.NewWriterSize(w, 64<<10)
	for {
		line, n, tooLong, last, rerr := lr.next()
		if rerr != nil {
			bw.Flush()
			return failed, rerr
		}
		var lerr error
		switch {
		case tooLong:
			b.out = b.out[:0]
			lerr = fmt.Errorf("line longer than %d bytes", maxLine)
			b.appendError(nil, n, lerr)
		case len(bytes.TrimSpace(line)) == 0:
			// Blank lines, and the end of input, answer nothing.
		default:
			lerr = b.line(line, n)
		}
		if lerr != nil {
			failed++
			fmt.Fprintf(stderr, "due: line %d: %v\n", n, lerr)
		}
		if _, werr := bw.Write(b.out); werr != nil {
			return failed, werr
		}
		b.out = b.out[:0]
		if last {
			break
		}
	}
	return failed, bw.Flush()
}

// line answers one input line into b.out; the error is the line's failure,
// already written as an error line.
func (b *batcher) line(line []byte, n int) error {
	b.out = b.out[:0]
	if b.fast(line) {
		return nil
	}
	b.out = b.out[:0]
	id, err := b.slow(line)
	if err != nil {
		b.appendError(id, n, err)
	}
	return err
}

// fast answers a plain line, or reports false to leave it to slow.
func (b *batcher) fast(line []byte) bool {
	fl := &b.fl
	if !fl.scan(line) {
		return false
	}
	// An integer id of more than 15 digits may be beyond what a float64
	// holds; CheckID judges it as the slow path would.
	if len(fl.id) > 15 && fl.id[0] != '"' && incident.CheckID(fl.id) != nil {
		return false
	}
	planName := fl.plan
	if len(planName) == 0 {
		planName = append(fl.scratch[:0], b.defPlan...)
		fl.scratch = planName
	}
	pol, ok := b.policies[string(planName)][string(fl.region)]
	if !ok {
		var err error
		pol, err = b.policy(string(planName), string(fl.region))
		if err != nil {
			return false
		}
	}
	var sev severity.Level
	if fl.hasFacts {
		var f severity.Facts
		for _, name := range fl.facts {
			if !incident.SetFact(&f, name) {
				return false
			}
		}
		c, err := severity.Classify(f)
		if err != nil {
			return false
		}
		sev = c.Level
	} else {
		sev = fl.severity
	}
	opened, err := time.Parse(time.RFC3339, string(fl.opened))
	if err != nil {
		return false
	}
	due, err := pol.ResponseDue(sev, incident.InZone(opened, pol.Calendar))
	if err != nil {
		return false
	}
	b.appendResult(fl.id, due, sev)
	return true
}

// policy finds the policy of a plan and a region ("" for the default
// calendar) and caches it.
func (b *batcher) policy(planName, region string) (sla.Policy, error) {
	p, err := b.res.Plan(planName)
	if err != nil {
		return sla.Policy{}, err
	}
	cal := b.res.Calendar
	if region != "" {
		cal, err = incident.Region(region)
	}
	if err != nil || cal == nil {
		return sla.Policy{}, errors.New("no calendar")
	}
	pol := sla.Policy{Plan: p, Calendar: cal}
	if b.npolicies < maxPolicies {
		m := b.policies[planName]
		if m == nil {
			m = make(map[string]sla.Policy)
			b.policies[planName] = m
		}
		m[region] = pol
		b.npolicies++
	}
	return pol, nil
}

// slow answers a line with encoding/json and the shared resolver. It
// returns the line's id, when it could read one, with the error.
func (b *batcher) slow(line []byte) (json.RawMessage, error) {
	req, err := incident.DecodeRequest(line)
	if err != nil {
		// Answer with the id when the line has a readable one.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(line, &idOnly) != nil || incident.CheckID(idOnly.ID) != nil {
			idOnly.ID = nil
		}
		return idOnly.ID, err
	}
	if err := incident.CheckID(req.ID); err != nil {
		return nil, err
	}
	if req.Plan == "" {
		req.Plan = b.defPlan
	}
	res := b.res
	if len(req.Calendar) > 0 && req.Region == "" && !bytes.Equal(req.Calendar, []byte("null")) {
		cal, err := b.calendar(req.Calendar)
		if err != nil {
			return req.ID, err
		}
		res.Calendar, req.Calendar = cal, nil
	}
	in, err := res.Resolve(req)
	if err != nil {
		return req.ID, err
	}
	due, err := in.Policy.ResponseDue(in.Severity, in.Opened)
	if err != nil {
		return req.ID, err
	}
	b.appendResult(req.ID, due, in.Severity)
	return req.ID, nil
}

// calendar builds an inline calendar, or finds it among those already
// built from the same text.
func (b *batcher) calendar(spec json.RawMessage) (*calendar.Calendar, error) {
	var key bytes.Buffer
	if err := json.Compact(&key, spec); err != nil {
		return nil, incident.JSONError("calendar", err)
	}
	if c, ok := b.calendars[key.String()]; ok {
		return c, nil
	}
	c, err := incident.Calendar(spec)
	if err != nil {
		return nil, err
	}
	if len(b.calendars) < maxCalendars {
		b.calendars[key.String()] = c
	}
	return c, nil
}

// appendResult writes {"id":…,"due":"…","severity":N}.
func (b *batcher) appendResult(id []byte, due time.Time, sev severity.Level) {
	b.out = append(b.out, '{')
	if len(id) > 0 {
		b.out = append(b.out, `"id":`...)
		b.out = appendID(b.out, id)
		b.out = append(b.out, ',')
	}
	b.out = append(b.out, `"due":"`...)
	b.out = due.AppendFormat(b.out, time.RFC3339Nano)
	b.out = append(b.out, `","severity":`...)
	b.out = strconv.AppendInt(b.out, int64(sev), 10)
	b.out = append(b.out, "}\n"...)
}

// appendError writes {"id":…,"line":N,"error":"…"}.
func (b *batcher) appendError(id []byte, n int, err error) {
	b.out = append(b.out, '{')
	if len(id) > 0 {
		b.out = append(b.out, `"id":`...)
		b.out = appendID(b.out, id)
		b.out = append(b.out, ',')
	}
	b.out = append(b.out, `"line":`...)
	b.out = strconv.AppendInt(b.out, int64(n), 10)
	b.out = append(b.out, `,"error":`...)
	msg, _ := json.Marshal(err.Error())
	b.out = append(b.out, msg...)
	b.out = append(b.out, "}\n"...)
}

// appendID writes an id as it came, unless it is not valid UTF-8, which
// would make the output line invalid JSON.
func appendID(dst, id []byte) []byte {
	id = bytes.TrimSpace(id)
	if utf8.Valid(id) {
		return append(dst, id...)
	}
	var s string
	if json.Unmarshal(id, &s) != nil {
		return append(dst, `null`...)
	}
	out, _ := json.Marshal(s)
	return append(dst, out...)
}
