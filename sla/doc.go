// Package sla computes when a response to an incident is due and follows
// the SLA clock of one incident through its life.
//
// A Policy pairs a maintenance plan with the customer's business-hours
// calendar; Policy.ResponseDue answers "by when must we respond?" for an
// incident of a given severity opened at a given instant. PolicyFor builds
// the Policy from a maintenance contract and refuses an instant the
// contract does not cover.
//
// A Clock follows one incident: it is rebuilt from the incident's stored
// events (opened, paused, resumed, severity changed, responded), so any
// state can be recomputed from history, and Clock.Status reports the due
// instant, the time used and left, and the instants at which at-risk
// warnings fire. Explain and Clock.Explain say how a due instant was
// reached, as a JSON-ready struct and as plain text.
//
// Nothing in the package reads the system clock except Clock.StatusNow, a
// thin wrapper of Clock.Status; every other method takes the instant it
// works at.
package sla
