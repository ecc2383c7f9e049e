package incident

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/sla"
)

func TestResolveContract(t *testing.T) {
	base := func(opened string, c *Contract) Request {
		return Request{Plan: "gold", Severity: json.RawMessage("1"), Region: "US", Opened: opened, Contract: c}
	}
	coterm := &Contract{Start: "2026-07-15T00:00:00-04:00", End: "2027-01-01T00:00:00-05:00"}
	tests := []struct {
		name       string
		req        Request
		wantStatus string // of the coverage, when covered
		wantEnd    string // of the coverage or of the refusal
		field      string // of the error; "" when covered
		status     plan.Status
		target     error // errors.Is a field error
	}{
		{"no contract: no coverage", base("2027-01-04T10:00:00-05:00", nil), "", "", "", 0, nil},
		{"co-terminating, covered", base("2026-12-31T10:00:00-05:00", coterm), "active", "2027-01-01T00:00:00-05:00", "", 0, nil},
		{"co-terminating, lapsed", base("2027-01-04T10:00:00-05:00", coterm), "", "2027-01-01T00:00:00-05:00", "contract", plan.Lapsed, nil},
		{"co-terminating, renewed", base("2027-01-04T10:00:00-05:00",
			&Contract{Start: coterm.Start, End: coterm.End, Renewals: 1}), "active", "2028-01-01T00:00:00-05:00", "", 0, nil},
		{"12 months, pending", base("2026-07-14T10:00:00-04:00", &Contract{Start: coterm.Start}), "", "2027-07-15T00:00:00-04:00", "contract", plan.Pending, nil},
		{"two renewals, expired", base("2029-08-01T10:00:00-04:00", &Contract{Start: coterm.Start, Renewals: 2}), "", "2029-07-15T00:00:00-04:00", "contract", plan.Expired, nil},
		{"no start", base("2027-01-04T10:00:00-05:00", &Contract{End: coterm.End}), "", "", "contract.start", 0, ErrMissing},
		{"start without zone", base("2027-01-04T10:00:00-05:00", &Contract{Start: "2026-07-15"}), "", "", "contract.start", 0, nil},
		{"end before start", base("2027-01-04T10:00:00-05:00", &Contract{Start: coterm.Start, End: "2026-07-01T00:00:00-04:00"}), "", "", "contract.end", 0, plan.ErrInvalidContract},
		{"end past three years", base("2027-01-04T10:00:00-05:00", &Contract{Start: coterm.Start, End: "2029-08-01T00:00:00-04:00"}), "", "", "contract.end", 0, plan.ErrInvalidContract},
		{"too many renewals", base("2027-01-04T10:00:00-05:00", &Contract{Start: coterm.Start, Renewals: 3}), "", "", "contract.renewals", 0, plan.ErrInvalidContract},
		{"renewals past three years", base("2027-01-04T10:00:00-05:00",
			&Contract{Start: coterm.Start, End: "2028-12-01T00:00:00-05:00", Renewals: 1}), "", "", "contract.renewals", 0, plan.ErrTermExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := Resolver{}.Resolve(tt.req)
			if tt.field != "" {
				var ie *Error
				require.ErrorAs(t, err, &ie, "got %v", err)
				assert.Equal(t, tt.field, ie.Field, "field of %v", err)
				if tt.field != "contract" {
					if tt.target != nil {
						assert.ErrorIs(t, err, tt.target)
					}
					return
				}
				var ce *sla.CoverageError
				require.ErrorAs(t, err, &ce)
				assert.Equal(t, tt.status, ce.Status, "got status %v, want %v", ce.Status, tt.status)
				assert.Equal(t, tt.wantEnd, ce.End.Format(time.RFC3339))
				assert.Contains(t, err.Error(), "status "+tt.status.String())
				return
			}
			require.NoError(t, err)
			r, err := in.Explain()
			require.NoError(t, err)
			if tt.wantStatus == "" {
				assert.Nil(t, r.Contract, "coverage without a contract")
				return
			}
			require.NotNil(t, r.Contract)
			assert.Equal(t, tt.wantStatus, r.Contract.Status)
			assert.Equal(t, tt.wantEnd, r.Contract.End.Format(time.RFC3339))
		})
	}
}
