package sla

import (
	"fmt"
	"strings"
	"time"

	"github.com/slaclock/slaclock/severity"
)

// An EventKind is what happened to an incident.
type EventKind int

// The kinds of event. The zero EventKind is not an event.
const (
	// EventOpened starts the clock; Event.Severity is the incident's severity.
	// It is the first event of every history, and only the first.
	EventOpened EventKind = iota + 1
	// EventPaused stops the clock while the team waits on the customer.
	EventPaused
	// EventResumed restarts a paused clock.
	EventResumed
	// EventSeverityChanged reclassifies the incident; Event.Severity is the new
	// severity.
	EventSeverityChanged
	// EventResponded records a response by the support team. The first one
	// ends the first-response metric and decides it met or breached for
	// good; a later one ends the running next-response cycle, if any, and
	// otherwise changes nothing.
	EventResponded
	// EventCustomerReplied records a reply from the customer. Once the
	// first response was given it starts a next-response cycle, unless one
	// is already running (the cycle then keeps counting from the oldest
	// unanswered reply). A reply while the clock is paused ends the pause:
	// the team was waiting on exactly this. Before the first response it
	// changes nothing else.
	EventCustomerReplied
	// EventResolved records the resolution. It ends every running metric:
	// the resolution, a first response still due and a running
	// next-response cycle (resolving answers the customer, as in Jira
	// Service Management, where "resolution set" stops time to first
	// response), and ends a pause. After it only EventReopened may come.
	EventResolved
	// EventReopened reopens a resolved incident. The resolution clock
	// resumes with the time it had already used: the stretch while the
	// incident was resolved does not count, like a pause (OTRS's rule for
	// solution time). A next-response cycle starts, since the customer is
	// waiting for an answer again.
	EventReopened
)

var kindNames = [...]string{
	EventOpened:          "opened",
	EventPaused:          "paused",
	EventResumed:         "resumed",
	EventSeverityChanged: "severity_changed",
	EventResponded:       "responded",
	EventCustomerReplied: "customer_replied",
	EventResolved:        "resolved",
	EventReopened:        "reopened",
}

func (k EventKind) valid() bool { return k >= EventOpened && k <= EventReopened }

// String returns the kind's JSON name: "opened", "paused", "resumed",
// "severity_changed", "responded", "customer_replied", "resolved" or
// "reopened"; "EventKind(n)" for another value.
func (k EventKind) String() string {
	if k.valid() {
		return kindNames[k]
	}
	return fmt.Sprintf("EventKind(%d)", int(k))
}

// MarshalText returns the kind's name. It fails for a value that is not a
// kind.
func (k EventKind) MarshalText() ([]byte, error) {
	if !k.valid() {
		return nil, fmt.Errorf("%w: kind: %d: unknown event kind", ErrInvalidEvent, int(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a kind's name, ignoring case and surrounding white
// space and accepting "-" for "_" ("Severity-Changed"). On error k is
// unchanged.
func (k *EventKind) UnmarshalText(text []byte) error {
	s := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(string(text))), "-", "_")
	for i, name := range kindNames {
		if i != 0 && name == s {
			*k = EventKind(i)
			return nil
		}
	}
	return fmt.Errorf("%w: kind: %q: want one of opened, paused, resumed, severity_changed, responded, customer_replied, resolved, reopened",
		ErrInvalidEvent, cut(string(text)))
}

// An Event is one entry of an incident's history. Severity is set on
// EventOpened and EventSeverityChanged events and is zero on the others.
//
// In JSON an event reads
//
//	{"at": "2026-12-24T16:30:00-05:00", "kind": "opened", "severity": 1}
type Event struct {
	At       time.Time      `json:"at"`
	Kind     EventKind      `json:"kind"`
	Severity severity.Level `json:"severity,omitzero"`
}

// String describes the event: "opened Severity 2 at 2026-03-06T15:00:00-05:00".
func (e Event) String() string {
	at := e.At.Format(time.RFC3339Nano)
	if e.Severity != 0 {
		return fmt.Sprintf("%v %v at %s", e.Kind, e.Severity, at)
	}
	return fmt.Sprintf("%v at %s", e.Kind, at)
}

// cut shortens a quoted input so an error message stays readable.
func cut(s string) string {
	const n = 40
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
