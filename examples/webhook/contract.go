package main

import (
	"errors"
	"net/http"
	"time"

	"github.com/slaclock/slaclock/sla"
)

// coverageProblem answers an incident that the request's contract does not
// cover: 422 naming the contract's status and end. The request was well
// formed; the service does not fall back to another plan, because whether
// to answer per incident (for a fee) or to renew is the caller's decision.
func coverageProblem(err error) (problem, bool) {
	var ce *sla.CoverageError
	if !errors.As(err, &ce) {
		return problem{}, false
	}
	p := problem{Status: http.StatusUnprocessableEntity, Detail: err.Error(), Field: "contract", ContractStatus: ce.Status.String()}
	if !ce.End.IsZero() {
		p.ContractEnd = ce.End.Format(time.RFC3339)
	}
	return p, true
}
