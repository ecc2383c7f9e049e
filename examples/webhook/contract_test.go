package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/examples/internal/incident"
)

// "Is this customer covered, and by when is the response due?" in one
// call: a covered incident gets its due instant and the contract's
// standing, an uncovered one a 422 naming the contract's status and end,
// never a due instant under some default plan.
func TestResponseDueWithContract(t *testing.T) {
	h := newHandler(incident.Resolver{}, slog.New(slog.NewTextHandler(io.Discard, nil)), options{})
	post := func(body string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/response-due", strings.NewReader(body)))
		return w
	}
	const incidentJSON = `{"plan":"gold","severity":1,"region":"US","opened":%q,"contract":%s}`
	body := func(opened, contract string) string {
		return strings.Replace(strings.Replace(incidentJSON, "%q", `"`+opened+`"`, 1), "%s", contract, 1)
	}
	coterm := `{"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00"}`
	tests := []struct {
		name       string
		body       string
		wantCode   int
		wantDue    string // 200
		wantStatus string // contract status: of the coverage (200) or of the problem (422)
		wantEnd    string
		wantField  string // 4xx
	}{
		{"covered: the license's last week", body("2026-12-24T16:30:00-05:00", coterm), http.StatusOK,
			"2026-12-28T12:30:00-05:00", "active", "2027-01-01T00:00:00-05:00", ""},
		{"lapsed with the license", body("2027-01-04T10:00:00-05:00", coterm), http.StatusUnprocessableEntity,
			"", "lapsed", "2027-01-01T00:00:00-05:00", "contract"},
		{"renewed once", body("2027-01-04T10:00:00-05:00", `{"start":"2026-07-15T00:00:00-04:00","end":"2027-01-01T00:00:00-05:00","renewals":1}`), http.StatusOK,
			"2027-01-04T14:00:00-05:00", "active", "2028-01-01T00:00:00-05:00", ""},
		{"not started", body("2026-07-01T10:00:00-04:00", `{"start":"2026-07-15T00:00:00-04:00"}`), http.StatusUnprocessableEntity,
			"", "pending", "2027-07-15T00:00:00-04:00", "contract"},
		{"expired", body("2029-08-01T10:00:00-04:00", `{"start":"2026-07-15T00:00:00-04:00","renewals":2}`), http.StatusUnprocessableEntity,
			"", "expired", "2029-07-15T00:00:00-04:00", "contract"},
		{"end before start", body("2026-12-24T16:30:00-05:00", `{"start":"2026-07-15T00:00:00-04:00","end":"2026-07-01T00:00:00-04:00"}`), http.StatusBadRequest,
			"", "", "", "contract.end"},
		{"unknown contract field", body("2026-12-24T16:30:00-05:00", `{"start":"2026-07-15T00:00:00-04:00","ends":"2027-01-01T00:00:00-05:00"}`), http.StatusBadRequest,
			"", "", "", "contract.ends"},
		{"renewals of the wrong type", body("2026-12-24T16:30:00-05:00", `{"start":"2026-07-15T00:00:00-04:00","renewals":"two"}`), http.StatusBadRequest,
			"", "", "", "contract.renewals"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := post(tt.body)
			require.Equal(t, tt.wantCode, w.Code, "status; body %s", w.Body)
			if tt.wantCode == http.StatusOK {
				var got struct {
					Due      string `json:"due"`
					Contract struct {
						Status string `json:"status"`
						End    string `json:"end"`
					} `json:"contract"`
				}
				require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got), "body %s", w.Body)
				assert.Equal(t, tt.wantDue, got.Due, "due")
				assert.Equal(t, tt.wantStatus, got.Contract.Status, "contract.status")
				assert.Equal(t, tt.wantEnd, got.Contract.End, "contract.end")
				return
			}
			assert.Equal(t, "application/problem+json", w.Header().Get("Content-Type"))
			var got struct {
				Status         int    `json:"status"`
				Detail         string `json:"detail"`
				Field          string `json:"field"`
				ContractStatus string `json:"contract_status"`
				ContractEnd    string `json:"contract_end"`
				Due            string `json:"due"`
			}
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got), "body %s", w.Body)
			assert.Equal(t, tt.wantCode, got.Status)
			assert.Equal(t, tt.wantField, got.Field, "field; detail %s", got.Detail)
			assert.Equal(t, tt.wantStatus, got.ContractStatus, "contract_status")
			assert.Equal(t, tt.wantEnd, got.ContractEnd, "contract_end")
			assert.Empty(t, got.Due, "no due instant for an uncovered incident")
			if tt.wantStatus != "" {
				assert.Contains(t, got.Detail, "status "+tt.wantStatus)
			}
		})
	}
}
