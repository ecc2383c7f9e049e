// Package sla computes when a response to an incident is due and follows
// the SLA clock of one incident through its life.
//
// A Policy pairs a maintenance plan with the customer's business-hours
// calendar; Policy.ResponseDue answers "by when must we respond?" for an
// incident of a given severity opened at a given instant. PolicyFor builds
// the Policy from a maintenance contract and refuses an instant the
// contract does not cover.
//
// Policy.Due answers the same for every metric a plan may promise (see
// plan.Metric): the first response, each next response after a customer's
// reply, and the resolution.
//
// A Clock follows one incident: it is rebuilt from the incident's stored
// events (opened, paused, resumed, severity changed, responded, customer
// replied, resolved, reopened), so any state can be recomputed from
// history. Clock.Status reports the first response's due instant, the time
// used and left, and the instants at which at-risk warnings fire;
// Clock.MetricStatus does the same for each metric, and Clock.NextWake
// says when any of them next changes. Explain and Clock.ExplainMetric say
// how a due instant was reached, as a JSON-ready struct and as plain text.
// A Summary tallies many incidents into a compliance report: met,
// breached and still open per plan, severity and metric.
//
// Nothing in the package reads the system clock except Clock.StatusNow, a
// thin wrapper of Clock.Status; every other method takes the instant it
// works at.
package sla
