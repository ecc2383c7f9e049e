package incident

import (
	"bytes"
	"encoding/json"
	"testing"
)

var benchBody = []byte(`{"id":"T-1","plan":"gold","severity":2,"region":"US","opened":"2026-12-24T16:30:00-05:00"}`)

// BenchmarkDecodeRequest compares the strict decoder with encoding/json
// alone, on a plain request.
func BenchmarkDecodeRequest(b *testing.B) {
	b.Run("strict", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := DecodeRequest(benchBody); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var req Request
			dec := json.NewDecoder(bytes.NewReader(benchBody))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&req); err != nil {
				b.Fatal(err)
			}
		}
	})
}
