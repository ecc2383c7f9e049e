package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// regionData is one region's answer from one source, as the scripts print
// it (one JSON object per line).
type regionData struct {
	Code    string `json:"code"`
	Source  string `json:"source,omitempty"`  // what the code was mapped to
	Missing string `json:"missing,omitempty"` // why the source has no such region
	// Closed maps each date the source closes to the holiday names.
	Closed map[string][]string `json:"closed,omitempty"`
	// Notes maps dates to holidays that do not close them (part-day
	// holidays in date-holidays, special hours in ours).
	Notes    map[string][]string `json:"notes,omitempty"`
	Warnings []string            `json:"warnings,omitempty"` // workalendar's warnings
}

// dataset is the whole output of one script.
type dataset struct {
	Name    string `json:"dataset"`
	Version string `json:"version"`
	Regions map[string]regionData
}

// pending is a script still running; wait returns its parsed output.
type pending struct {
	done chan struct{}
	set  dataset
	err  error
}

// wait blocks until the script has finished and been parsed.
func (p *pending) wait() (dataset, error) {
	<-p.done
	return p.set, p.err
}

// startDatasets starts both scripts for the codes and the configured years.
func startDatasets(cfg config, codes []string) (dh, wa *pending) {
	args := []string{"--from", strconv.Itoa(cfg.from), "--to", strconv.Itoa(cfg.to), strings.Join(codes, ",")}
	dh = start("date-holidays", cfg.dir, cfg.node, append([]string{"dateholidays.js"}, args...))
	// -I: ignore PYTHON* variables and the user's site-packages.
	wa = start("workalendar", cfg.dir, cfg.python, append([]string{"-I", "workalendar.py"}, args...))
	return dh, wa
}

// start runs a script in dir, with TZ=UTC, in the background.
func start(name, dir, interpreter string, args []string) *pending {
	p := &pending{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		cmd := exec.Command(interpreter, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TZ=UTC")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			p.err = scriptError(name, err, stderr.String())
			return
		}
		p.set, p.err = parseDataset(name, stdout.Bytes())
	}()
	return p
}

// checkSetup makes sure dir holds both scripts and the date-holidays
// install, naming the command that fixes what is missing.
func checkSetup(dir string) error {
	for _, f := range []string{"dateholidays.js", "workalendar.py"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return fmt.Errorf("no %s in -dir %q: run from the module root or set -dir", f, dir)
		}
	}
	_, err := os.Stat(filepath.Join(dir, "node_modules", "date-holidays", "package.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("date-holidays is not installed: run `npm ci --prefix tools/holidaycheck` from the module root")
	}
	return err
}

// scriptError describes a failed script by the last line it wrote to
// stderr (its own message, without a traceback's file paths), with a hint
// for the usual cause.
func scriptError(name string, err error, stderr string) error {
	var last string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			last = l
		}
	}
	hint := ""
	switch {
	case errors.Is(err, exec.ErrNotFound) || errors.Is(err, fs.ErrNotExist):
		hint = " (is the interpreter installed? see -node and -python)"
	case name == "workalendar" && strings.Contains(last, "No module named"):
		hint = " (install it with: apt-get install python3-workalendar)"
	}
	if last == "" {
		return fmt.Errorf("%s: %w%s", name, err, hint)
	}
	return fmt.Errorf("%s: %s: %s%s", name, err, last, hint)
}

// parseDataset reads a script's JSON lines: a header naming the dataset and
// its version, then one regionData per line.
func parseDataset(name string, out []byte) (dataset, error) {
	set := dataset{Regions: map[string]regionData{}}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		var err error
		if n == 1 {
			err = json.Unmarshal(sc.Bytes(), &set)
		} else {
			var rd regionData
			err = json.Unmarshal(sc.Bytes(), &rd)
			set.Regions[rd.Code] = rd
		}
		if err != nil {
			return dataset{}, fmt.Errorf("%s: output line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return dataset{}, fmt.Errorf("%s: reading output: %w", name, err)
	}
	if set.Name != name {
		return dataset{}, fmt.Errorf("%s: output names dataset %q", name, set.Name)
	}
	return set, nil
}
