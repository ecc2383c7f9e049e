package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// memWatch samples a process's resident memory every 10 ms.
type memWatch struct {
	pid                  int
	rssBefore, hwmBefore int64 // kB
	peak                 atomic.Int64
	stop                 chan struct{}
}

// watch starts sampling pid's memory; pid 0 watches nothing.
func watch(pid int) *memWatch {
	m := &memWatch{pid: pid, stop: make(chan struct{})}
	if pid == 0 {
		return m
	}
	m.rssBefore, m.hwmBefore = readMem(pid)
	m.peak.Store(m.rssBefore)
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-m.stop:
				return
			case <-t.C:
				if rss, _ := readMem(pid); rss > m.peak.Load() {
					m.peak.Store(rss)
				}
			}
		}
	}()
	return m
}

// report stops sampling and writes the figures, in MB.
func (m *memWatch) report(w io.Writer) {
	close(m.stop)
	if m.pid == 0 {
		return
	}
	rss, hwm := readMem(m.pid)
	mb := func(kb int64) string { return fmt.Sprintf("%.1f MB", float64(kb)/1024) }
	fmt.Fprintf(w, "service RSS before %s, after %s (growth %s), peak sampled %s; VmHWM before %s, after %s\n",
		mb(m.rssBefore), mb(rss), mb(rss-m.rssBefore), mb(max(m.peak.Load(), rss)), mb(m.hwmBefore), mb(hwm))
}

// readMem reads VmRSS and VmHWM, in kB, from /proc; 0 when unreadable.
func readMem(pid int) (rss, hwm int64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		fields := strings.Fields(val)
		if len(fields) == 0 {
			continue
		}
		n, _ := strconv.ParseInt(fields[0], 10, 64)
		switch name {
		case "VmRSS":
			rss = n
		case "VmHWM":
			hwm = n
		}
	}
	return rss, hwm
}

// cpuTime reads a process's user and system CPU time from /proc; 0 when
// unreadable. The kernel counts in ticks of 10 ms (USER_HZ = 100 on Linux).
func cpuTime(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces: fields count from
	// after it. utime and stime are fields 14 and 15 of the line.
	_, rest, ok := strings.Cut(string(b), ") ")
	if !ok {
		return 0
	}
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * 10 * time.Millisecond
}
