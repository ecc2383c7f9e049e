package calendar_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/slaclock/slaclock/calendar"
)

// TestImportICSTimedProperty imports random timed events into random
// calendars (the property tests' generator: awkward zones, overnight
// spans, holidays, closed and open dates, instants near offset changes)
// and compares the calendars before and after, instant by instant:
//
//   - every instant of an event is closed;
//   - an instant open after the import was open before and is in no event;
//   - an instant open before and in no event stays open, unless an event
//     starts or ends in the second occurrence of a repeated hour, where a
//     wall-clock span cannot stop (there the closure may reach the end of
//     that hour).
func TestImportICSTimedProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := drawCase(t)
		type event struct{ start, end time.Time }
		var events []event
		var lines []string
		origin := pc.base.Truncate(time.Minute)
		for i := range rapid.IntRange(1, 3).Draw(t, "events") {
			start := origin.Add(time.Duration(rapid.IntRange(-3*1440, 7*1440).Draw(t, fmt.Sprintf("event %d start", i))) * time.Minute)
			end := start.Add(time.Duration(rapid.IntRange(1, 3*1440).Draw(t, fmt.Sprintf("event %d minutes", i))) * time.Minute)
			events = append(events, event{start, end})
			lines = append(lines, vevent(fmt.Sprint(i),
				"DTSTART:"+start.UTC().Format("20060102T150405Z"), "DTEND:"+end.UTC().Format("20060102T150405Z"))...)
		}
		spec := pc.spec
		require.NoError(t, spec.ImportICS(strings.NewReader(vcal(lines...))))
		after, err := calendar.New(spec)
		require.NoError(t, err, "New(imported %+v)", spec)

		inEvent := func(x time.Time) bool {
			for _, e := range events {
				if !x.Before(e.start) && x.Before(e.end) {
					return true
				}
			}
			return false
		}
		// The offset fell within the hour before u: u may read a wall
		// clock that an earlier instant read too.
		repeated := func(u time.Time) bool {
			_, before := u.Add(-90 * time.Minute).In(pc.loc).Zone()
			_, now := u.In(pc.loc).Zone()
			return before > now
		}
		exact := true
		for _, e := range events {
			got, err := after.Between(e.start, e.end)
			require.NoError(t, err)
			require.Zero(t, got, "open time during the event %s – %s: got %v, want 0", e.start, e.end, got)
			exact = exact && !repeated(e.start) && !repeated(e.end)
		}
		for i := range 60 {
			x := origin.Add(time.Duration(rapid.IntRange(-4*86400, 11*86400).Draw(t, fmt.Sprintf("probe %d", i))) * time.Second)
			was, is := pc.cal.IsOpen(x), after.IsOpen(x)
			if is && (!was || inEvent(x)) {
				t.Fatalf("%s: open after the import, but open before %v, in an event %v", x, was, inEvent(x))
			}
			if exact && was && !inEvent(x) && !is {
				t.Fatalf("%s: open before and in no event, closed after the import (spec after: %+v)", x, spec)
			}
		}
	})
}
