package calendar_test

// DST matrix in real zones. Every expected instant is written in UTC and was
// derived by hand from the zone's rules, applying SPEC's reading of a
// boundary "HH:MM on date D": the first instant at which the local clock
// reads D HH:MM or later. Each zone's transitions are first checked against
// the tz database in use, so a different tzdata release skips the zone
// instead of blaming the calendar.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/slaclock/slaclock/calendar"
)

// transition describes one change of UTC offset as the tz database has it.
type transition struct {
	at         time.Time // the first instant with the new offset
	fromOffset int       // seconds east of UTC before
	toOffset   int       // seconds east of UTC from at on
}

// zoneTransitions lists the transitions the cases below rely on.
var zoneTransitions = map[string][]transition{
	// 2026-03-08 02:00 EST → 03:00 EDT; 2026-11-01 02:00 EDT → 01:00 EST.
	"America/New_York": {
		{utc(2026, 3, 8, 7, 0), -5 * 3600, -4 * 3600},
		{utc(2026, 11, 1, 6, 0), -4 * 3600, -5 * 3600},
	},
	// 2026-03-29 02:00 CET → 03:00 CEST; 2026-10-25 03:00 CEST → 02:00 CET.
	"Europe/Berlin": {
		{utc(2026, 3, 29, 1, 0), 3600, 7200},
		{utc(2026, 10, 25, 1, 0), 7200, 3600},
	},
	// Half-hour shifts: 2026-04-05 02:00 +11 → 01:30 +10:30;
	// 2026-10-04 02:00 +10:30 → 02:30 +11.
	"Australia/Lord_Howe": {
		{utc(2026, 4, 4, 15, 0), 11 * 3600, 10*3600 + 1800},
		{utc(2026, 10, 3, 15, 30), 10*3600 + 1800, 11 * 3600},
	},
	// DST at midnight: 2018-11-04 00:00 -03 → 01:00 -02 (no midnight);
	// 2019-02-16 24:00 -02 → 23:00 -03 (the hour before midnight repeats).
	"America/Sao_Paulo": {
		{utc(2018, 11, 4, 3, 0), -3 * 3600, -2 * 3600},
		{utc(2019, 2, 17, 2, 0), -2 * 3600, -3 * 3600},
	},
	// 2011-12-29 24:00 -10 → 2011-12-31 00:00 +14: the 30th is skipped.
	"Pacific/Apia": {
		{utc(2011, 12, 30, 10, 0), -10 * 3600, 14 * 3600},
	},
	// Ramadan 2026: 2026-02-15 03:00 +01 → 02:00 +00;
	// 2026-03-22 02:00 +00 → 03:00 +01.
	"Africa/Casablanca": {
		{utc(2026, 2, 15, 2, 0), 3600, 0},
		{utc(2026, 3, 22, 2, 0), 0, 3600},
	},
}

// requireZoneRules skips the test when the tz database in use disagrees
// with the transitions the expected values were derived from.
func requireZoneRules(t *testing.T, name string) {
	t.Helper()
	loc := zone(t, name)
	for _, tr := range zoneTransitions[name] {
		_, before := tr.at.Add(-time.Nanosecond).In(loc).Zone()
		_, after := tr.at.In(loc).Zone()
		if before != tr.fromOffset || after != tr.toOffset {
			t.Skipf("tz database differs for %s at %s: offsets %d→%d, expected %d→%d",
				name, tr.at.Format(time.RFC3339), before, after, tr.fromOffset, tr.toOffset)
		}
	}
}

func TestDSTSpans(t *testing.T) {
	type span = calendar.Span
	tests := []struct {
		name     string
		zone     string
		hours    map[string][]string
		open     map[string][]string
		from, to time.Time // the window passed to Spans and Between
		want     []span
	}{
		// America/New_York, spring forward on Sunday 2026-03-08 (gap 02:00-03:00).
		{"NY gap: start in the gap moves to 03:00 EDT", "America/New_York", hours("sun", "02:30-04:00"),
			nil, utc(2026, 3, 8, 0, 0), utc(2026, 3, 9, 0, 0),
			[]span{{Start: utc(2026, 3, 8, 7, 0), End: utc(2026, 3, 8, 8, 0)}}},
		{"NY gap: span inside the gap is empty", "America/New_York", hours("sun", "02:10-02:50"),
			nil, utc(2026, 3, 8, 0, 0), utc(2026, 3, 9, 0, 0), nil},
		{"NY gap: end in the gap moves to 03:00 EDT", "America/New_York", hours("sun", "01:00-02:30"),
			nil, utc(2026, 3, 8, 0, 0), utc(2026, 3, 9, 0, 0),
			// 01:00 EST = 06:00Z; 02:30 → 03:00 EDT = 07:00Z.
			[]span{{Start: utc(2026, 3, 8, 6, 0), End: utc(2026, 3, 8, 7, 0)}}},
		{"NY gap: whole day is 23h", "America/New_York", hours("sun", "00:00-24:00"),
			nil, utc(2026, 3, 8, 0, 0), utc(2026, 3, 10, 0, 0),
			[]span{{Start: utc(2026, 3, 8, 5, 0), End: utc(2026, 3, 9, 4, 0)}}},
		{"NY gap: overnight Saturday span is 7h", "America/New_York", hours("sat", "22:00-06:00"),
			nil, utc(2026, 3, 7, 0, 0), utc(2026, 3, 9, 0, 0),
			// Sat 22:00 EST = Sun 03:00Z; Sun 06:00 EDT = 10:00Z.
			[]span{{Start: utc(2026, 3, 8, 3, 0), End: utc(2026, 3, 8, 10, 0)}}},
		{"NY gap: overnight span ending in the gap", "America/New_York", hours("sat", "23:00-02:30"),
			nil, utc(2026, 3, 7, 0, 0), utc(2026, 3, 9, 0, 0),
			// Sat 23:00 EST = Sun 04:00Z; Sun 02:30 → 03:00 EDT = 07:00Z.
			[]span{{Start: utc(2026, 3, 8, 4, 0), End: utc(2026, 3, 8, 7, 0)}}},
		// America/New_York, fall back on Sunday 2026-11-01 (01:00-02:00 twice).
		{"NY repeat: span inside the repeated hour takes the first occurrence", "America/New_York", hours("sun", "01:10-01:50"),
			nil, utc(2026, 11, 1, 0, 0), utc(2026, 11, 2, 0, 0),
			[]span{{Start: utc(2026, 11, 1, 5, 10), End: utc(2026, 11, 1, 5, 50)}}},
		{"NY repeat: 01:00-02:00 is 2h", "America/New_York", hours("sun", "01:00-02:00"),
			nil, utc(2026, 11, 1, 0, 0), utc(2026, 11, 2, 0, 0),
			// 01:00 EDT = 05:00Z; the clock first reads 02:00 at 02:00 EST = 07:00Z.
			[]span{{Start: utc(2026, 11, 1, 5, 0), End: utc(2026, 11, 1, 7, 0)}}},
		{"NY repeat: whole day is 25h", "America/New_York", hours("sun", "00:00-24:00"),
			nil, utc(2026, 10, 31, 0, 0), utc(2026, 11, 3, 0, 0),
			[]span{{Start: utc(2026, 11, 1, 4, 0), End: utc(2026, 11, 2, 5, 0)}}},
		{"NY repeat: overnight Saturday span is 9h", "America/New_York", hours("sat", "22:00-06:00"),
			nil, utc(2026, 10, 31, 0, 0), utc(2026, 11, 2, 0, 0),
			// Sat 22:00 EDT = Sun 02:00Z; Sun 06:00 EST = 11:00Z.
			[]span{{Start: utc(2026, 11, 1, 2, 0), End: utc(2026, 11, 1, 11, 0)}}},
		{"NY repeat: overnight span starting in the repeated hour", "America/New_York", hours("sun", "01:30-01:00"),
			nil, utc(2026, 11, 1, 0, 0), utc(2026, 11, 3, 0, 0),
			// Sun 01:30 EDT = 05:30Z; Mon 01:00 EST = 06:00Z.
			[]span{{Start: utc(2026, 11, 1, 5, 30), End: utc(2026, 11, 2, 6, 0)}}},

		// Europe/Berlin: gap 02:00-03:00 on 2026-03-29, repeat 02:00-03:00 on 2026-10-25.
		{"Berlin gap: 02:30-03:30 is 30 min", "Europe/Berlin", hours("sun", "02:30-03:30"),
			nil, utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 0, 0),
			// 02:30 → 03:00 CEST = 01:00Z; 03:30 CEST = 01:30Z.
			[]span{{Start: utc(2026, 3, 29, 1, 0), End: utc(2026, 3, 29, 1, 30)}}},
		{"Berlin repeat: 02:30-03:30 is 2h", "Europe/Berlin", hours("sun", "02:30-03:30"),
			nil, utc(2026, 10, 24, 0, 0), utc(2026, 10, 26, 0, 0),
			// 02:30 CEST (first) = 00:30Z; 03:30 CET = 02:30Z.
			[]span{{Start: utc(2026, 10, 25, 0, 30), End: utc(2026, 10, 25, 2, 30)}}},
		{"Berlin gap: whole day is 23h", "Europe/Berlin", hours("sun", "00:00-24:00"),
			nil, utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 0, 0),
			[]span{{Start: utc(2026, 3, 28, 23, 0), End: utc(2026, 3, 29, 22, 0)}}},
		{"Berlin repeat: whole day is 25h", "Europe/Berlin", hours("sun", "00:00-24:00"),
			nil, utc(2026, 10, 24, 0, 0), utc(2026, 10, 27, 0, 0),
			[]span{{Start: utc(2026, 10, 24, 22, 0), End: utc(2026, 10, 25, 23, 0)}}},
		{"Berlin gap: overnight Saturday span is 5h", "Europe/Berlin", hours("sat", "22:00-04:00"),
			nil, utc(2026, 3, 28, 0, 0), utc(2026, 3, 30, 0, 0),
			// Sat 22:00 CET = 21:00Z; Sun 04:00 CEST = 02:00Z.
			[]span{{Start: utc(2026, 3, 28, 21, 0), End: utc(2026, 3, 29, 2, 0)}}},

		// Australia/Lord_Howe: 30-minute shifts.
		{"Lord Howe gap: start in the half-hour gap", "Australia/Lord_Howe", hours("sun", "02:10-03:00"),
			nil, utc(2026, 10, 3, 0, 0), utc(2026, 10, 5, 0, 0),
			// 02:10 → 02:30 +11 = 15:30Z; 03:00 +11 = 16:00Z.
			[]span{{Start: utc(2026, 10, 3, 15, 30), End: utc(2026, 10, 3, 16, 0)}}},
		{"Lord Howe repeat: 01:45-02:15 is 1h", "Australia/Lord_Howe", hours("sun", "01:45-02:15"),
			nil, utc(2026, 4, 4, 0, 0), utc(2026, 4, 6, 0, 0),
			// 01:45 +11 (first) = 14:45Z; 02:15 +10:30 = 15:45Z.
			[]span{{Start: utc(2026, 4, 4, 14, 45), End: utc(2026, 4, 4, 15, 45)}}},
		{"Lord Howe repeat: inside the repeated half hour", "Australia/Lord_Howe", hours("sun", "01:40-01:50"),
			nil, utc(2026, 4, 4, 0, 0), utc(2026, 4, 6, 0, 0),
			[]span{{Start: utc(2026, 4, 4, 14, 40), End: utc(2026, 4, 4, 14, 50)}}},
		{"Lord Howe repeat: whole day is 24h30", "Australia/Lord_Howe", hours("sun", "00:00-24:00"),
			nil, utc(2026, 4, 4, 0, 0), utc(2026, 4, 6, 0, 0),
			// 00:00 +11 = Sat 13:00Z; Mon 00:00 +10:30 = Sun 13:30Z.
			[]span{{Start: utc(2026, 4, 4, 13, 0), End: utc(2026, 4, 5, 13, 30)}}},
		{"Lord Howe gap: whole day is 23h30", "Australia/Lord_Howe", hours("sun", "00:00-24:00"),
			nil, utc(2026, 10, 3, 0, 0), utc(2026, 10, 5, 0, 0),
			// 00:00 +10:30 = Sat 13:30Z; Mon 00:00 +11 = Sun 13:00Z.
			[]span{{Start: utc(2026, 10, 3, 13, 30), End: utc(2026, 10, 4, 13, 0)}}},

		// America/Sao_Paulo: DST began at midnight.
		{"Sao Paulo: day without midnight is 23h", "America/Sao_Paulo", hours("sun", "00:00-24:00"),
			nil, utc(2018, 11, 3, 0, 0), utc(2018, 11, 6, 0, 0),
			// 00:00 → 01:00 -02 = 03:00Z; Mon 00:00 -02 = 02:00Z.
			[]span{{Start: utc(2018, 11, 4, 3, 0), End: utc(2018, 11, 5, 2, 0)}}},
		{"Sao Paulo: Saturday and Sunday touch but stay two spans", "America/Sao_Paulo", hours("sat-sun", "00:00-24:00"),
			nil, utc(2018, 11, 3, 3, 0), utc(2018, 11, 5, 2, 0),
			// Saturday's 24:00 reads as Sunday 01:00 -02 = 03:00Z.
			[]span{{Start: utc(2018, 11, 3, 3, 0), End: utc(2018, 11, 4, 3, 0)}, {Start: utc(2018, 11, 4, 3, 0), End: utc(2018, 11, 5, 2, 0)}}},
		{"Sao Paulo: start in the midnight gap", "America/Sao_Paulo", hours("sun", "00:30-02:00"),
			nil, utc(2018, 11, 3, 0, 0), utc(2018, 11, 6, 0, 0),
			[]span{{Start: utc(2018, 11, 4, 3, 0), End: utc(2018, 11, 4, 4, 0)}}},
		{"Sao Paulo: overnight over the missing midnight is 3h", "America/Sao_Paulo", hours("sat", "22:00-02:00"),
			nil, utc(2018, 11, 3, 0, 0), utc(2018, 11, 5, 0, 0),
			// Sat 22:00 -03 = Sun 01:00Z; Sun 02:00 -02 = 04:00Z.
			[]span{{Start: utc(2018, 11, 4, 1, 0), End: utc(2018, 11, 4, 4, 0)}}},
		{"Sao Paulo: repeated hour before midnight, 23:30-24:00 is 1h30", "America/Sao_Paulo", hours("sat", "23:30-24:00"),
			nil, utc(2019, 2, 16, 0, 0), utc(2019, 2, 18, 0, 0),
			// 23:30 -02 (first) = Sun 01:30Z; the clock first reads Sun 00:00 at 00:00 -03 = 03:00Z.
			[]span{{Start: utc(2019, 2, 17, 1, 30), End: utc(2019, 2, 17, 3, 0)}}},

		// Pacific/Apia: 2011-12-30 does not exist.
		{"Apia: overnight span ending in the skipped day", "Pacific/Apia", hours("thu", "22:00-03:00"),
			nil, utc(2011, 12, 29, 0, 0), utc(2011, 12, 31, 0, 0),
			// Thu 22:00 -10 = Fri 08:00Z; "03:00 on the 30th" → 31st 00:00 +14 = 30th 10:00Z.
			[]span{{Start: utc(2011, 12, 30, 8, 0), End: utc(2011, 12, 30, 10, 0)}}},
		{"Apia: a Friday-only whole day is empty on the skipped Friday", "Pacific/Apia", hours("fri", "00:00-24:00"),
			nil, utc(2011, 12, 29, 0, 0), utc(2012, 1, 1, 0, 0), nil},
		{"Apia: Open on the skipped date is empty", "Pacific/Apia", nil,
			map[string][]string{"2011-12-30": {"09:00-17:00"}}, utc(2011, 12, 29, 0, 0), utc(2012, 1, 1, 0, 0), nil},

		// Africa/Casablanca: Ramadan moves clocks back to +00 and forward again.
		{"Casablanca repeat: 02:30-03:30 is 2h", "Africa/Casablanca", hours("sun", "02:30-03:30"),
			nil, utc(2026, 2, 14, 0, 0), utc(2026, 2, 16, 0, 0),
			// 02:30 +01 (first) = 01:30Z; 03:30 +00 = 03:30Z.
			[]span{{Start: utc(2026, 2, 15, 1, 30), End: utc(2026, 2, 15, 3, 30)}}},
		{"Casablanca repeat: inside the repeated hour", "Africa/Casablanca", hours("sun", "02:10-02:50"),
			nil, utc(2026, 2, 14, 0, 0), utc(2026, 2, 16, 0, 0),
			[]span{{Start: utc(2026, 2, 15, 1, 10), End: utc(2026, 2, 15, 1, 50)}}},
		{"Casablanca repeat: whole day is 25h", "Africa/Casablanca", hours("sun", "00:00-24:00"),
			nil, utc(2026, 2, 14, 0, 0), utc(2026, 2, 17, 0, 0),
			[]span{{Start: utc(2026, 2, 14, 23, 0), End: utc(2026, 2, 16, 0, 0)}}},
		{"Casablanca gap: 02:30-03:30 is 30 min", "Africa/Casablanca", hours("sun", "02:30-03:30"),
			nil, utc(2026, 3, 21, 0, 0), utc(2026, 3, 23, 0, 0),
			// 02:30 → 03:00 +01 = 02:00Z; 03:30 +01 = 02:30Z.
			[]span{{Start: utc(2026, 3, 22, 2, 0), End: utc(2026, 3, 22, 2, 30)}}},
		{"Casablanca gap: whole day is 23h", "Africa/Casablanca", hours("sun", "00:00-24:00"),
			nil, utc(2026, 3, 21, 0, 0), utc(2026, 3, 24, 0, 0),
			[]span{{Start: utc(2026, 3, 22, 0, 0), End: utc(2026, 3, 22, 23, 0)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			requireZoneRules(t, tt.zone)
			c := newCal(t, calendar.Spec{TimeZone: tt.zone, Hours: tt.hours, Open: tt.open})
			assertSpans(t, c, tt.from, tt.to, tt.want)
			// IsOpen agrees at each boundary: start open, end closed.
			for _, sp := range tt.want {
				assert.True(t, c.IsOpen(sp.Start), "IsOpen(%s): got false, want true", sp.Start)
				assert.True(t, c.IsOpen(sp.End.Add(-time.Nanosecond)), "IsOpen(%s - 1ns): got false, want true", sp.End)
			}
		})
	}
}

func TestDSTArithmetic(t *testing.T) {
	tests := []struct {
		name string
		zone string
		spec calendar.Spec
		op   func(c *calendar.Calendar) (time.Time, error)
		want time.Time
	}{
		{
			// Every day 00:00-24:00 adjacent: business time equals real time.
			name: "NY: 24h of a 7x24 calendar over the gap is 24 real hours",
			zone: "America/New_York",
			spec: calendar.Spec{TimeZone: "America/New_York", Hours: hours("mon-sun", "00:00-24:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2026, 3, 7, 17, 0), 24*time.Hour) },
			want: utc(2026, 3, 8, 17, 0),
		},
		{
			name: "NY: 23h from midnight on the spring day is next midnight",
			zone: "America/New_York",
			spec: calendar.Spec{TimeZone: "America/New_York", Hours: hours("sun", "00:00-24:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2026, 3, 8, 5, 0), 23*time.Hour) },
			want: utc(2026, 3, 9, 4, 0),
		},
		{
			name: "NY: 25h of the fall-back day fill it to the close",
			zone: "America/New_York",
			spec: calendar.Spec{TimeZone: "America/New_York", Hours: hours("sun", "00:00-24:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2026, 11, 1, 4, 0), 25*time.Hour) },
			want: utc(2026, 11, 2, 5, 0),
		},
		{
			// Fri 15:00 EST + 2h = Fri 17:00; then Mon 09:00-11:00 EDT.
			name: "US: business hours over the spring weekend",
			zone: "America/New_York",
			spec: calendar.Spec{TimeZone: "America/New_York", Hours: hours("mon-fri", "09:00-17:00"), Holidays: []string{"US"}},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2026, 3, 6, 20, 0), 4*time.Hour) },
			want: utc(2026, 3, 9, 15, 0),
		},
		{
			name: "NY: NextOpen of a span that starts in the gap",
			zone: "America/New_York",
			spec: calendar.Spec{TimeZone: "America/New_York", Hours: hours("sun", "02:30-04:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.NextOpen(utc(2026, 3, 8, 6, 30)) },
			want: utc(2026, 3, 8, 7, 0),
		},
		{
			name: "NY: NextClose of a span ending at the second 02:00",
			zone: "America/New_York",
			spec: calendar.Spec{TimeZone: "America/New_York", Hours: hours("sun", "01:00-02:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.NextClose(utc(2026, 11, 1, 6, 30)) },
			want: utc(2026, 11, 1, 7, 0),
		},
		{
			// The Saturday span is 5h long (21:00Z to 02:00Z); 5h lands at its close.
			name: "Berlin: overnight span over the gap is used up at its close",
			zone: "Europe/Berlin",
			spec: calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("sat", "22:00-04:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2026, 3, 28, 21, 0), 5*time.Hour) },
			want: utc(2026, 3, 29, 2, 0),
		},
		{
			// One more minute opens next Saturday 2026-04-04 22:00 CEST = 20:00Z.
			name: "Berlin: one minute past the shortened overnight span",
			zone: "Europe/Berlin",
			spec: calendar.Spec{TimeZone: "Europe/Berlin", Hours: hours("sat", "22:00-04:00")},
			op: func(c *calendar.Calendar) (time.Time, error) {
				return c.Add(utc(2026, 3, 28, 21, 0), 5*time.Hour+time.Minute)
			},
			want: utc(2026, 4, 4, 20, 1),
		},
		{
			// Saturday 00:00 -03 to Monday 00:00 -02 with the missing midnight between.
			name: "Sao Paulo: merged weekend closes Monday 00:00 -02",
			zone: "America/Sao_Paulo",
			spec: calendar.Spec{TimeZone: "America/Sao_Paulo", Hours: hours("sat-sun", "00:00-24:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.NextClose(utc(2018, 11, 3, 15, 0)) },
			want: utc(2018, 11, 5, 2, 0),
		},
		{
			name: "Lord Howe: NextOpen of a span that starts in the half-hour gap",
			zone: "Australia/Lord_Howe",
			spec: calendar.Spec{TimeZone: "Australia/Lord_Howe", Hours: hours("sun", "02:10-03:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.NextOpen(utc(2026, 10, 3, 14, 0)) },
			want: utc(2026, 10, 3, 15, 30),
		},
		{
			// Thursday 2011-12-29 09:00-17:00 -10 is 19:00Z-03:00Z; the 30th
			// is skipped; Saturday the 31st opens 09:00 +14 = 30th 19:00Z.
			name: "Apia: Add over the skipped day",
			zone: "Pacific/Apia",
			spec: calendar.Spec{TimeZone: "Pacific/Apia", Hours: hours("mon-sun", "09:00-17:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2011, 12, 30, 2, 0), 2*time.Hour) },
			want: utc(2011, 12, 30, 20, 0),
		},
		{
			// One business day after Thursday 16:00 is Saturday 16:00 +14.
			name: "Apia: AddDays over the skipped day",
			zone: "Pacific/Apia",
			spec: calendar.Spec{TimeZone: "Pacific/Apia", Hours: hours("mon-sun", "09:00-17:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.AddDays(utc(2011, 12, 30, 2, 0), 1) },
			want: utc(2011, 12, 31, 2, 0),
		},
		{
			// The repeated hour: 02:00-04:00 runs 01:00Z (02:00 +01) to 04:00Z (04:00 +00) = 3h.
			name: "Casablanca: a 2h wall span lasts 3h over the Ramadan fall-back",
			zone: "Africa/Casablanca",
			spec: calendar.Spec{TimeZone: "Africa/Casablanca", Hours: hours("sun", "02:00-04:00")},
			op:   func(c *calendar.Calendar) (time.Time, error) { return c.Add(utc(2026, 2, 15, 1, 0), 3*time.Hour) },
			want: utc(2026, 2, 15, 4, 0),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			requireZoneRules(t, tt.zone)
			c := newCal(t, tt.spec)
			got, err := tt.op(c)
			require.NoError(t, err)
			assertTime(t, tt.want, got, "%s", tt.name)
		})
	}
}

func TestDSTBetween(t *testing.T) {
	tests := []struct {
		name     string
		zone     string
		hours    map[string][]string
		from, to time.Time
		want     time.Duration
	}{
		// Sat 00:00 EDT (04:00Z) to Tue 00:00 EST (05:00Z): 72 + 1 hours.
		{"NY: three 7x24 days over fall-back are 73h", "America/New_York", hours("mon-sun", "00:00-24:00"),
			utc(2026, 10, 31, 4, 0), utc(2026, 11, 3, 5, 0), 73 * time.Hour},
		// Sat 00:00 EST (05:00Z) to Tue 00:00 EDT (04:00Z): 72 - 1 hours.
		{"NY: three 7x24 days over spring-forward are 71h", "America/New_York", hours("mon-sun", "00:00-24:00"),
			utc(2026, 3, 7, 5, 0), utc(2026, 3, 10, 4, 0), 71 * time.Hour},
		{"NY: mid-span window over the gap", "America/New_York", hours("sun", "00:00-24:00"),
			utc(2026, 3, 8, 6, 0), utc(2026, 3, 8, 8, 0), 2 * time.Hour},
		{"Lord Howe: a week of 7x24 over the half-hour fall-back", "Australia/Lord_Howe", hours("mon-sun", "00:00-24:00"),
			// Mon 2026-03-30 00:00 +11 = 03-29 13:00Z; Mon 2026-04-06 00:00 +10:30 = 04-05 13:30Z.
			utc(2026, 3, 29, 13, 0), utc(2026, 4, 5, 13, 30), 7*24*time.Hour + 30*time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			requireZoneRules(t, tt.zone)
			c := newCal(t, calendar.Spec{TimeZone: tt.zone, Hours: tt.hours})
			got, err := c.Between(tt.from, tt.to)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "Between(%s, %s): got %v, want %v", tt.from, tt.to, got, tt.want)
		})
	}
}
