package severity

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseCases is the table for TestParse and the seed corpus of FuzzParse.
var parseCases = []struct {
	name  string
	in    string
	want  Level
	valid bool
}{
	{"digit", "1", Sev1, true},
	{"digit 4", "4", Sev4, true},
	{"S upper", "S1", Sev1, true},
	{"s lower", "s3", Sev3, true},
	{"sev hyphen", "sev-1", Sev1, true},
	{"SEV upper", "SEV1", Sev1, true},
	{"sev underscore", "sev_2", Sev2, true},
	{"sev space", "Sev 4", Sev4, true},
	{"sev colon", "sev:3", Sev3, true},
	{"severity space", "Severity 1", Sev1, true},
	{"severity two spaces", "severity  2", Sev2, true},
	{"severity hyphen", "severity-3", Sev3, true},
	{"severity joined", "SEVERITY4", Sev4, true},
	{"P upper", "P1", Sev1, true},
	{"p lower", "p4", Sev4, true},
	{"surrounding space", "  sev-2\t\n", Sev2, true},
	{"String output", Sev3.String(), Sev3, true},
	{"empty", "", 0, false},
	{"blank", "   ", 0, false},
	{"zero", "0", 0, false},
	{"five", "5", 0, false},
	{"S5", "S5", 0, false},
	{"P5 is a priority, not a severity", "P5", 0, false},
	{"two digits", "11", 0, false},
	{"leading zero", "01", 0, false},
	{"negative", "-1", 0, false},
	{"prefix only", "sev", 0, false},
	{"prefix and separator", "sev-", 0, false},
	{"double separator", "sev--1", 0, false},
	{"trailing text", "sev1 urgent", 0, false},
	{"word", "critical", 0, false},
	{"misspelt prefix", "sever1", 0, false},
	{"unicode digit", "S١", 0, false},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if !tc.valid {
				require.Error(t, err, "Parse(%q) = %v, want an error", tc.in, got)
				assert.ErrorIs(t, err, ErrUnknown)
				assert.Contains(t, err.Error(), "severity: ")
				assert.Equal(t, Level(0), got, "Parse(%q) returned a level with its error", tc.in)
				return
			}
			require.NoError(t, err, "Parse(%q)", tc.in)
			assert.Equal(t, tc.want, got, "Parse(%q): got %v, want %v", tc.in, got, tc.want)
		})
	}
}

func TestParseErrorQuotesInput(t *testing.T) {
	_, err := Parse("S9")
	require.Error(t, err)
	assert.Equal(t, `severity: unknown severity "S9": want 1 to 4, as "1", "S1", "sev-1", "Severity 1" or "P1"`, err.Error())

	long := make([]byte, 1000)
	for i := range long {
		long[i] = 'x'
	}
	_, err = Parse(string(long))
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200, "error for a long input: got %d bytes, want it cut short", len(err.Error()))
}

func TestLevelString(t *testing.T) {
	tests := []struct {
		name string
		l    Level
		want string
	}{
		{"Sev1", Sev1, "Severity 1"},
		{"Sev4", Sev4, "Severity 4"},
		{"zero", 0, "severity.Level(0)"},
		{"out of range", 7, "severity.Level(7)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.String(), "got %q, want %q", tc.l.String(), tc.want)
		})
	}
}

func TestLevelValid(t *testing.T) {
	for l := Level(-1); l <= 5; l++ {
		want := l >= 1 && l <= 4
		assert.Equal(t, want, l.Valid(), "Level(%d).Valid(): got %v, want %v", int(l), l.Valid(), want)
	}
}

func TestLevelJSON(t *testing.T) {
	type ticket struct {
		Severity Level `json:"severity"`
	}
	decode := []struct {
		name string
		in   string
		want Level
		ok   bool
	}{
		{"number", `{"severity":1}`, Sev1, true},
		{"number 4", `{"severity":4}`, Sev4, true},
		{"S string", `{"severity":"S1"}`, Sev1, true},
		{"digit string", `{"severity":"2"}`, Sev2, true},
		{"long string", `{"severity":"Severity 3"}`, Sev3, true},
		{"null keeps zero", `{"severity":null}`, 0, true},
		{"zero", `{"severity":0}`, 0, false},
		{"five", `{"severity":5}`, 0, false},
		{"fraction", `{"severity":1.5}`, 0, false},
		{"exponent", `{"severity":1e0}`, 0, false},
		{"bad string", `{"severity":"S0"}`, 0, false},
		{"bool", `{"severity":true}`, 0, false},
		{"object", `{"severity":{}}`, 0, false},
	}
	for _, tc := range decode {
		t.Run("decode "+tc.name, func(t *testing.T) {
			var got ticket
			err := json.Unmarshal([]byte(tc.in), &got)
			if !tc.ok {
				require.Error(t, err, "decoding %s: got %v, want an error", tc.in, got.Severity)
				assert.ErrorIs(t, err, ErrUnknown)
				return
			}
			require.NoError(t, err, "decoding %s", tc.in)
			assert.Equal(t, tc.want, got.Severity, "decoding %s: got %v, want %v", tc.in, got.Severity, tc.want)
		})
	}

	t.Run("encode as number", func(t *testing.T) {
		got, err := json.Marshal(ticket{Severity: Sev2})
		require.NoError(t, err)
		assert.JSONEq(t, `{"severity":2}`, string(got))
	})
	t.Run("encode zero fails", func(t *testing.T) {
		_, err := json.Marshal(ticket{})
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrUnknown)
	})
	t.Run("map keys", func(t *testing.T) {
		in := map[Level]string{Sev1: "page", Sev4: "queue"}
		b, err := json.Marshal(in)
		require.NoError(t, err)
		assert.JSONEq(t, `{"1":"page","4":"queue"}`, string(b))
		var got map[Level]string
		require.NoError(t, json.Unmarshal([]byte(`{"S1":"page","sev-4":"queue"}`), &got))
		assert.Equal(t, in, got)
	})
	t.Run("round trip", func(t *testing.T) {
		for l := Sev1; l <= Sev4; l++ {
			b, err := json.Marshal(l)
			require.NoError(t, err)
			var got Level
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, l, got, "round trip of %v through %s: got %v", l, b, got)
		}
	})
}

func TestUnmarshalTextLeavesLevelOnError(t *testing.T) {
	l := Sev2
	require.Error(t, l.UnmarshalText([]byte("S9")))
	assert.Equal(t, Sev2, l, "after a failed UnmarshalText: got %v, want %v", l, Sev2)
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Parse(s)
		if err != nil {
			if l != 0 {
				t.Errorf("Parse(%q) = %v with error %v, want 0", s, l, err)
			}
			return
		}
		if !l.Valid() {
			t.Fatalf("Parse(%q) = %v without error, want a valid level", s, l)
		}
		// Every accepted spelling survives the round trips.
		again, err := Parse(l.String())
		if err != nil || again != l {
			t.Errorf("Parse(%q) = %v, but Parse(%q) = %v, %v", s, l, l.String(), again, err)
		}
		var u Level
		if err := json.Unmarshal([]byte(`"`+l.String()+`"`), &u); err != nil || u != l {
			t.Errorf("JSON round trip of %v: got %v, %v", l, u, err)
		}
	})
}
