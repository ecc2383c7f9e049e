package main

import "github.com/slaclock/slaclock/severity"

// fastLine is a flat JSON object of a batch line, read without
// encoding/json. Its slices point into the line.
type fastLine struct {
	id       []byte // raw JSON: a string with its quotes, or an integer
	plan     []byte
	region   []byte
	opened   []byte
	severity severity.Level
	facts    [][]byte
	hasFacts bool
	scratch  []byte
}

// scan reads the common shape of a line: one object whose keys are exactly
// the lower-case field names, each at most once, with plain values: strings
// without escapes, severity a digit 1 to 4, id a string or an integer, and
// facts an array of plain strings. It reports false for anything else,
// which encoding/json then reads (and judges).
func (fl *fastLine) scan(line []byte) bool {
	fl.id, fl.plan, fl.region, fl.opened = nil, nil, nil, nil
	fl.severity, fl.facts, fl.hasFacts = 0, fl.facts[:0], false
	var seen uint8
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return false // an empty object: let the resolver name what is missing
	}
	for {
		key, j, ok := scanString(line, i)
		if !ok {
			return false
		}
		i = skipSpace(line, j)
		if i >= len(line) || line[i] != ':' {
			return false
		}
		i = skipSpace(line, i+1)
		var bit uint8
		switch string(key) {
		case "id":
			bit = 1
			if i < len(line) && line[i] == '"' {
				_, j, ok = scanString(line, i)
				fl.id = line[i:j]
			} else {
				j, ok = scanInt(line, i)
				fl.id = line[i:j]
			}
		case "plan":
			bit = 2
			fl.plan, j, ok = scanString(line, i)
		case "region":
			bit = 4
			fl.region, j, ok = scanString(line, i)
		case "opened":
			bit = 8
			fl.opened, j, ok = scanString(line, i)
		case "severity":
			bit = 16
			ok = i < len(line) && '1' <= line[i] && line[i] <= '4'
			if ok {
				fl.severity = severity.Level(line[i] - '0')
				j = i + 1
				ok = j >= len(line) || !isNumberByte(line[j])
			}
		case "facts":
			bit = 32
			j, ok = fl.scanFacts(line, i)
			fl.hasFacts = true
		default:
			return false
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		i = skipSpace(line, j)
		if i >= len(line) {
			return false
		}
		if line[i] == '}' {
			break
		}
		if line[i] != ',' {
			return false
		}
		i = skipSpace(line, i+1)
	}
	if skipSpace(line, i+1) != len(line) {
		return false
	}
	// Exactly one of severity and facts, and an opening instant: anything
	// else is an error the resolver words.
	hasSev := seen&16 != 0
	return hasSev != fl.hasFacts && seen&8 != 0
}

// scanFacts reads an array of plain strings starting at line[i].
func (fl *fastLine) scanFacts(line []byte, i int) (int, bool) {
	if i >= len(line) || line[i] != '[' {
		return i, false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == ']' {
		return i + 1, true
	}
	for {
		s, j, ok := scanString(line, i)
		if !ok {
			return j, false
		}
		fl.facts = append(fl.facts, s)
		i = skipSpace(line, j)
		if i >= len(line) {
			return i, false
		}
		switch line[i] {
		case ']':
			return i + 1, true
		case ',':
			i = skipSpace(line, i+1)
		default:
			return i, false
		}
	}
}

// scanString reads a string without escapes, control or non-ASCII bytes at
// line[i] and returns its contents and the index after its closing quote.
func scanString(line []byte, i int) ([]byte, int, bool) {
	if i >= len(line) || line[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(line); j++ {
		switch c := line[j]; {
		case c == '"':
			return line[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, j, false
		}
	}
	return nil, len(line), false
}

// scanInt reads an integer without sign, fraction or exponent, and without
// a leading zero unless it is 0.
func scanInt(line []byte, i int) (int, bool) {
	j := i
	for j < len(line) && '0' <= line[j] && line[j] <= '9' {
		j++
	}
	if j == i || (line[i] == '0' && j > i+1) || (j < len(line) && isNumberByte(line[j])) {
		return j, false
	}
	return j, true
}

func isNumberByte(c byte) bool {
	return '0' <= c && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'
}

func skipSpace(line []byte, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n') {
		i++
	}
	return i
}
