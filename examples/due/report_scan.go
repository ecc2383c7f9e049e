package main

import (
	"time"

	"github.com/slaclock/slaclock/severity"
	"github.com/slaclock/slaclock/sla"
)

// historyLine is the common shape of a -report line, read without
// encoding/json. Its slices point into the line.
type historyLine struct {
	id, plan, region []byte
	events           []sla.Event
	zones            map[int]*time.Location // fixed offsets, by seconds east of UTC
	lastOffset       int                    // the offset of lastZone
	lastZone         *time.Location
}

// quoted returns the contents of the string at line[i] up to the next
// quote, without checking them: only for keys and values that are then
// matched exactly or parsed strictly, which refuse escapes and control
// bytes anyway.
func quoted(line []byte, i int) ([]byte, int, bool) {
	if i >= len(line) || line[i] != '"' {
		return nil, i, false
	}
	// A plain loop: these strings are short, shorter than what pays for
	// bytes.IndexByte's set-up.
	for j := i + 1; j < len(line); j++ {
		if line[j] == '"' {
			return line[i+1 : j], j + 1, true
		}
	}
	return nil, len(line), false
}

// scan reads a line that is one object with the keys id, plan, region and
// events (each at most once, events required), plain strings without
// escapes, and events that are objects with the keys at, kind and
// severity: at in the form 2026-12-01T09:00:00Z or with an offset
// (-05:00) and optional fraction of a second, kind a lower-case kind name,
// severity a digit 1 to 4. It reports false for anything else, which
// encoding/json then reads (and judges): the fast path only ever accepts.
func (hl *historyLine) scan(line []byte) bool {
	hl.id, hl.plan, hl.region, hl.events = nil, nil, nil, hl.events[:0]
	var seen uint8
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return false
	}
	i = skipSpace(line, i+1)
	for {
		key, j, ok := quoted(line, i)
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
			} else {
				j, ok = scanInt(line, i)
			}
			hl.id = line[i:j]
		case "plan":
			bit = 2
			hl.plan, j, ok = scanString(line, i)
		case "region":
			bit = 4
			hl.region, j, ok = scanString(line, i)
		case "events":
			bit = 8
			j, ok = hl.scanEvents(line, i)
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
	return skipSpace(line, i+1) == len(line) && seen&8 != 0 && len(hl.events) > 0
}

// scanEvents reads a non-empty array of events at line[i].
func (hl *historyLine) scanEvents(line []byte, i int) (int, bool) {
	if i >= len(line) || line[i] != '[' {
		return i, false
	}
	i = skipSpace(line, i+1)
	for {
		j, ok := hl.scanCompactEvent(line, i)
		if !ok {
			j, ok = hl.scanEvent(line, i)
		}
		if !ok {
			return j, false
		}
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

// fastKind reads an event kind's exact JSON name.
func fastKind(s []byte) (sla.EventKind, bool) {
	switch string(s) {
	case "opened":
		return sla.EventOpened, true
	case "paused":
		return sla.EventPaused, true
	case "resumed":
		return sla.EventResumed, true
	case "severity_changed":
		return sla.EventSeverityChanged, true
	case "responded":
		return sla.EventResponded, true
	case "customer_replied":
		return sla.EventCustomerReplied, true
	case "resolved":
		return sla.EventResolved, true
	case "reopened":
		return sla.EventReopened, true
	}
	return 0, false
}

// scanCompactEvent reads an event written as encoding/json writes an
// sla.Event, {"at":"…","kind":"…"} with ,"severity":N before the closing
// brace when it has one, without white space. It reports false, having
// appended nothing, for anything else: scanEvent reads other forms.
func (hl *historyLine) scanCompactEvent(line []byte, i int) (int, bool) {
	const head, mid = `{"at":"`, `","kind":"`
	if len(line)-i < len(head) || string(line[i:i+len(head)]) != head {
		return i, false
	}
	i += len(head)
	end := i
	for end < len(line) && line[end] != '"' {
		end++
	}
	at, ok := hl.parseTime(line[i:end])
	if !ok || len(line)-end < len(mid) || string(line[end:end+len(mid)]) != mid {
		return i, false
	}
	i = end + len(mid)
	end = i
	for end < len(line) && line[end] != '"' {
		end++
	}
	kind, ok := fastKind(line[i:end])
	if !ok || end+1 >= len(line) {
		return i, false
	}
	e := sla.Event{At: at, Kind: kind}
	i = end + 1
	const sev = `,"severity":`
	if line[i] == ',' {
		if len(line)-i < len(sev)+2 || string(line[i:i+len(sev)]) != sev {
			return i, false
		}
		i += len(sev)
		if d := line[i]; d < '1' || d > '4' {
			return i, false
		}
		e.Severity = severity.Level(line[i] - '0')
		i++
	}
	if line[i] != '}' {
		return i, false
	}
	hl.events = append(hl.events, e)
	return i + 1, true
}

// scanEvent reads one event object at line[i].
func (hl *historyLine) scanEvent(line []byte, i int) (int, bool) {
	if i >= len(line) || line[i] != '{' {
		return i, false
	}
	i = skipSpace(line, i+1)
	var e sla.Event
	var seen uint8
	for {
		key, j, ok := quoted(line, i)
		if !ok {
			return j, false
		}
		i = skipSpace(line, j)
		if i >= len(line) || line[i] != ':' {
			return i, false
		}
		i = skipSpace(line, i+1)
		var bit uint8
		switch string(key) {
		case "at":
			bit = 1
			var s []byte
			if s, j, ok = quoted(line, i); ok {
				e.At, ok = hl.parseTime(s)
			}
		case "kind":
			bit = 2
			var s []byte
			if s, j, ok = quoted(line, i); ok {
				e.Kind, ok = fastKind(s)
			}
		case "severity":
			bit = 4
			ok = i < len(line) && '1' <= line[i] && line[i] <= '4'
			if ok {
				e.Severity = severity.Level(line[i] - '0')
				j = i + 1
				ok = j >= len(line) || !isNumberByte(line[j])
			}
		default:
			return i, false
		}
		if !ok || seen&bit != 0 {
			return j, false
		}
		seen |= bit
		i = skipSpace(line, j)
		if i >= len(line) {
			return i, false
		}
		if line[i] == '}' {
			break
		}
		if line[i] != ',' {
			return i, false
		}
		i = skipSpace(line, i+1)
	}
	if seen&3 != 3 {
		return i, false
	}
	hl.events = append(hl.events, e)
	return i + 1, true
}

// parseTime reads 2006-01-02T15:04:05[.999999999](Z|±07:00), the RFC 3339
// form encoding/json reads, for years 1000 to 9999. It reports false for
// anything it does not read, valid or not.
func (hl *historyLine) parseTime(s []byte) (time.Time, bool) {
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	year, ok1 := digits2(s, 0)
	y2, ok2 := digits2(s, 2)
	year = year*100 + y2
	month, ok3 := digits2(s, 5)
	day, ok4 := digits2(s, 8)
	hour, ok5 := digits2(s, 11)
	minute, ok6 := digits2(s, 14)
	sec, ok7 := digits2(s, 17)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7) || year < 1000 || month < 1 || month > 12 || day < 1 ||
		day > daysIn(year, month) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	rest := s[19:]
	nsec := 0
	if rest[0] == '.' {
		n := 1
		for n < len(rest) && n <= 9 && '0' <= rest[n] && rest[n] <= '9' {
			nsec = nsec*10 + int(rest[n]-'0')
			n++
		}
		if n == 1 || (n < len(rest) && '0' <= rest[n] && rest[n] <= '9') {
			return time.Time{}, false
		}
		for k := n; k <= 9; k++ {
			nsec *= 10
		}
		rest = rest[n:]
	}
	offset := 0
	switch {
	case len(rest) == 1 && rest[0] == 'Z':
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := digits2(rest, 1)
		om, ok2 := digits2(rest, 4)
		if !ok1 || !ok2 || oh > 23 || om > 59 {
			return time.Time{}, false
		}
		offset = oh*3600 + om*60
		if rest[0] == '-' {
			offset = -offset
		}
	default:
		return time.Time{}, false
	}
	u := time.Unix(daysFromCivil(year, month, day)*86400+int64(hour*3600+minute*60+sec-offset), int64(nsec)).UTC()
	if offset == 0 && rest[0] == 'Z' {
		return u, true
	}
	if hl.lastZone != nil && offset == hl.lastOffset {
		return u.In(hl.lastZone), true
	}
	loc := hl.zones[offset]
	if loc == nil {
		if hl.zones == nil {
			hl.zones = make(map[int]*time.Location)
		}
		loc = time.FixedZone("", offset)
		if len(hl.zones) < 64 {
			hl.zones[offset] = loc
		}
	}
	hl.lastOffset, hl.lastZone = offset, loc
	return u.In(loc), true
}

// digits2 reads the two decimal digits at b[i:i+2]; len(b) > i+1.
func digits2(b []byte, i int) (int, bool) {
	hi, lo := b[i]-'0', b[i+1]-'0'
	return int(hi)*10 + int(lo), hi <= 9 && lo <= 9
}

// daysFromCivil returns the days from 1970-01-01 to the proleptic
// Gregorian date (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400 // y ≥ 999 here, so no negative division
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
