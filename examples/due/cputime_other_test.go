//go:build !unix

package main

import "time"

// cpuTime is not measured here; BenchmarkReport's CPU figures read +Inf.
func cpuTime() time.Duration { return 0 }
