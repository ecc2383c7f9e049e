package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func Example_main() {
	main()
	// Output:
	// 2026-12-28 17:30:00 +0000 UTC
	// 2026-12-28 12:30:00 -0500 EST
	// Gold, Severity 1: respond within 4h on business hours.
	// Counting starts Thu 2026-12-24 16:30 EST: the incident was opened at Thu 2026-12-24 16:30 EST, during business hours; counting starts there.
	// Not counted, closed:
	//   - Thu 2026-12-24 17:00 EST to Mon 2026-12-28 09:00 EST: Fri 2026-12-25 Christmas Day; Sat 2026-12-26 weekend; Sun 2026-12-27 weekend
	// Due Mon 2026-12-28 12:30 EST.
}

// TestREADMEShowsThisProgram keeps the README's snippet and this program
// identical, so the snippet always compiles and prints what the README says.
func TestREADMEShowsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)
	// The README shows the program from its import block on.
	program := string(src[strings.Index(string(src), "import ("):])
	require.Contains(t, string(readme), program, "README.md must show examples/quickstart/main.go from its imports on")
}
