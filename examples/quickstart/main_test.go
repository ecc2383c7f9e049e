package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func Example_main() {
	main()
	// Output: 2026-12-28 12:30:00 -0500 EST
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
