package plan

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sourceTable is the published plan table, verbatim. The built-in plans
// must say exactly what it says.
const sourceTable = `
| | Gold | Platinum |
|---|---|---|
| Software upgrades (major, minor, maintenance) | yes | yes |
| Phone and website support | yes | yes |
| Supported requests | unlimited | unlimited |
| Coverage hours | business hours (dependent on location) | Severity 1: 24x7x365; other severities: business hours (dependent on location) |
| Response, Severity 1 | within 4 hours | within 2 hours (24x7x365) |
| Response, Severity 2 | within 8 hours | within 4 hours |
| Response, Severity 3 | within 1 business day | within 8 hours |
| Response, Severity 4 | within 1 business day | within 1 business day |
`

// parseSourceTable returns the table's cells by row label and plan name.
func parseSourceTable(t *testing.T) map[string]map[string]string {
	t.Helper()
	var header []string
	cells := make(map[string]map[string]string)
	for _, line := range strings.Split(strings.TrimSpace(sourceTable), "\n") {
		cols := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		switch {
		case header == nil:
			header = cols
		case strings.HasPrefix(cols[0], "---"):
		default:
			row := make(map[string]string)
			for i := 1; i < len(cols); i++ {
				row[header[i]] = cols[i]
			}
			cells[cols[0]] = row
		}
	}
	return cells
}

var (
	withinHours = regexp.MustCompile(`^within (\d+) hours( \(24x7x365\))?$`)
	withinDays  = regexp.MustCompile(`^within (\d+) business days?$`)
)

// targetFromCell reads a response cell; coverage24x7 says whether the
// coverage row puts this severity on 24x7x365.
func targetFromCell(t *testing.T, cell string, coverage24x7 bool) Target {
	t.Helper()
	if m := withinHours.FindStringSubmatch(cell); m != nil {
		h, _ := strconv.Atoi(m[1])
		clock := BusinessHours
		if m[2] != "" || coverage24x7 {
			clock = WallClock
		}
		return Target{Clock: clock, Duration: time.Duration(h) * time.Hour}
	}
	if m := withinDays.FindStringSubmatch(cell); m != nil {
		n, _ := strconv.Atoi(m[1])
		return Target{Clock: BusinessHours, BusinessDays: n, DayRule: SameTime}
	}
	t.Fatalf("cannot read response cell %q", cell)
	return Target{}
}

func TestBuiltinsMatchSourceTable(t *testing.T) {
	cells := parseSourceTable(t)
	for _, p := range []Plan{Gold, Platinum} {
		t.Run(p.Name, func(t *testing.T) {
			require.NoError(t, p.Validate())
			col := func(row string) string {
				t.Helper()
				v, ok := cells[row][p.Name]
				require.True(t, ok, "table has no cell %q / %q", row, p.Name)
				return v
			}
			assert.Equal(t, col("Software upgrades (major, minor, maintenance)") == "yes", p.Upgrades, "upgrades")
			assert.Equal(t, col("Phone and website support") == "yes", p.PhoneSupport, "phone support")
			assert.Equal(t, col("Phone and website support") == "yes", p.WebSupport, "web support")
			assert.Equal(t, col("Supported requests") == "unlimited", p.MaxRequests == 0, "unlimited requests: MaxRequests %d", p.MaxRequests)

			coverage := col("Coverage hours")
			for level := 1; level <= NumLevels; level++ {
				cov24 := coverage != "business hours (dependent on location)" &&
					strings.HasPrefix(coverage, "Severity "+strconv.Itoa(level)+": 24x7x365")
				want := targetFromCell(t, col("Response, Severity "+strconv.Itoa(level)), cov24)
				got, err := p.Target(level)
				require.NoError(t, err)
				assert.Equal(t, want, got, "%s severity %d: got %v, want %v", p.Name, level, got, want)
			}
		})
	}
}

func TestBuiltinCells(t *testing.T) {
	// The same table spelled out, so a mistake in the table reader above
	// cannot hide one in the plans.
	tests := []struct {
		plan  Plan
		level int
		want  string
	}{
		{Gold, 1, "4h on business hours"},
		{Gold, 2, "8h on business hours"},
		{Gold, 3, "1 business day (same-time)"},
		{Gold, 4, "1 business day (same-time)"},
		{Platinum, 1, "2h on 24x7x365"},
		{Platinum, 2, "4h on business hours"},
		{Platinum, 3, "8h on business hours"},
		{Platinum, 4, "1 business day (same-time)"},
	}
	for _, tc := range tests {
		t.Run(tc.plan.Name+" "+strconv.Itoa(tc.level), func(t *testing.T) {
			got, err := tc.plan.Target(tc.level)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String(), "got %q, want %q", got.String(), tc.want)
		})
	}
}

func TestPlanTargetLevels(t *testing.T) {
	for _, level := range []int{-1, 0, 5, 100} {
		t.Run(strconv.Itoa(level), func(t *testing.T) {
			got, err := Gold.Target(level)
			require.Error(t, err, "Target(%d) = %v, want an error", level, got)
			assert.ErrorIs(t, err, ErrInvalidLevel)
			assert.Contains(t, err.Error(), `"Gold"`)
			assert.Equal(t, Target{}, got)
		})
	}
	t.Run("zero plan", func(t *testing.T) {
		_, err := Plan{}.Target(1)
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrInvalidPlan)
		assert.Equal(t, `plan: "": targets["1"]: no target: set business_hours, wall_clock or business_days`, err.Error())
	})
}

func TestTargetValidate(t *testing.T) {
	tests := []struct {
		name    string
		target  Target
		wantErr string // empty: valid
	}{
		{"business hours", Target{Duration: 4 * time.Hour}, ""},
		{"wall clock", Target{Clock: WallClock, Duration: 2 * time.Hour}, ""},
		{"days same-time", Target{BusinessDays: 1}, ""},
		{"days end-of-day", Target{BusinessDays: 2, DayRule: EndOfDay}, ""},
		{"days fixed-hours", Target{BusinessDays: 3, DayRule: FixedHours, HoursPerDay: 8 * time.Hour}, ""},
		{"max days", Target{BusinessDays: 10000, DayRule: FixedHours, HoursPerDay: 24 * time.Hour}, ""},
		{"zero", Target{}, "no target: set business_hours, wall_clock or business_days"},
		{"both", Target{Duration: time.Hour, BusinessDays: 1}, "set either a duration or business_days, not both"},
		{"negative duration", Target{Duration: -time.Hour}, `business_hours: "-1h": must be positive`},
		{"negative wall clock", Target{Clock: WallClock, Duration: -time.Hour}, `wall_clock: "-1h": must be positive`},
		{"negative days", Target{BusinessDays: -1}, "business_days: -1: must be positive"},
		{"too many days", Target{BusinessDays: 10001}, "business_days: 10001: must be at most 10000"},
		{"unknown clock", Target{Clock: 7, Duration: time.Hour}, "clock: 7: unknown clock"},
		{"wall clock days", Target{Clock: WallClock, BusinessDays: 1}, "business_days: 1: only business-hours targets count business days; use wall_clock with a duration"},
		{"day rule on duration", Target{Duration: time.Hour, DayRule: EndOfDay}, `day_rule: "end-of-day": applies only to business_days`},
		{"hours per day on duration", Target{Duration: time.Hour, HoursPerDay: time.Hour}, `hours_per_day: "1h": applies only to business_days`},
		{"hours per day on same-time", Target{BusinessDays: 1, HoursPerDay: time.Hour}, `hours_per_day: "1h": applies only to day_rule "fixed-hours"`},
		{"fixed-hours without hours", Target{BusinessDays: 1, DayRule: FixedHours}, `hours_per_day: day_rule "fixed-hours" needs a duration more than 0 and at most 24h`},
		{"fixed-hours too long", Target{BusinessDays: 1, DayRule: FixedHours, HoursPerDay: 25 * time.Hour}, `hours_per_day: "25h": day_rule "fixed-hours" needs a duration more than 0 and at most 24h`},
		{"unknown rule", Target{BusinessDays: 1, DayRule: 9}, "day_rule: 9: unknown day rule"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.target.Validate()
			if tc.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidPlan)
			assert.Equal(t, `plan: "": `+tc.wantErr, err.Error())
		})
	}
}

func TestPlanValidate(t *testing.T) {
	valid := Gold
	tests := []struct {
		name    string
		edit    func(p *Plan)
		wantErr string
	}{
		{"gold", func(*Plan) {}, ""},
		{"no name", func(p *Plan) { p.Name = "" }, `plan: "": name: missing: a plan needs a name`},
		{"spaced name", func(p *Plan) { p.Name = " Gold" }, `plan: " Gold": name: " Gold": must not start or end with white space`},
		{"bad target", func(p *Plan) { p.Targets[2] = Target{BusinessDays: -2} }, `plan: "Gold": targets["3"].business_days: -2: must be positive`},
		{"missing target", func(p *Plan) { p.Targets[3] = Target{} }, `plan: "Gold": targets["4"]: no target: set business_hours, wall_clock or business_days`},
		{"negative requests", func(p *Plan) { p.MaxRequests = -1 }, `plan: "Gold": max_requests: -1: must not be negative (0 means unlimited)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := valid
			tc.edit(&p)
			err := p.Validate()
			if tc.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidPlan)
			assert.Equal(t, tc.wantErr, err.Error())
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Gold", "Gold"},
		{"gold", "Gold"},
		{"GOLD", "Gold"},
		{" gold\n", "Gold"},
		{"Platinum", "Platinum"},
		{"platinum", "Platinum"},
		{"pLaTiNuM", "Platinum"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Lookup(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Name, "Lookup(%q): got %q, want %q", tc.in, got.Name, tc.want)
		})
	}
	for _, bad := range []string{"", "Silver", "gold plan", "Gol"} {
		t.Run("unknown "+bad, func(t *testing.T) {
			_, err := Lookup(bad)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrUnknownPlan)
			assert.Contains(t, err.Error(), "valid plans are Gold, Platinum")
			assert.Contains(t, err.Error(), strconv.Quote(bad))
		})
	}
}

func TestLookupReturnsCopies(t *testing.T) {
	p, err := Lookup("gold")
	require.NoError(t, err)
	p.Name = "Tin"
	p.Targets[0] = Target{Clock: WallClock, Duration: time.Minute}
	p.Upgrades = false

	again, err := Lookup("gold")
	require.NoError(t, err)
	assert.Equal(t, gold(), again, "Lookup after changing a looked-up plan")
	assert.Equal(t, gold(), Gold, "Gold after changing a looked-up plan")
}

func TestChangingTheVariablesLeavesLookupAlone(t *testing.T) {
	saved := Platinum
	t.Cleanup(func() { Platinum = saved })

	Platinum.Targets[0].Duration = 99 * time.Hour
	got, err := Lookup("Platinum")
	require.NoError(t, err)
	assert.Equal(t, 2*time.Hour, got.Targets[0].Duration, "Lookup after changing the Platinum variable")
}

func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"clock business", BusinessHours.String(), "business hours"},
		{"clock wall", WallClock.String(), "24x7x365"},
		{"clock bad", Clock(5).String(), "plan.Clock(5)"},
		{"rule same", SameTime.String(), "same-time"},
		{"rule end", EndOfDay.String(), "end-of-day"},
		{"rule fixed", FixedHours.String(), "fixed-hours"},
		{"rule bad", DayRule(-1).String(), "plan.DayRule(-1)"},
		{"target minutes", Target{Duration: 90 * time.Minute}.String(), "1h30m on business hours"},
		{"target days", Target{BusinessDays: 2, DayRule: EndOfDay}.String(), "2 business days (end-of-day)"},
		{"target fixed", Target{BusinessDays: 2, DayRule: FixedHours, HoursPerDay: 8 * time.Hour}.String(), "2 business days (fixed-hours, 8h each)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.got, "got %q, want %q", tc.got, tc.want)
		})
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{4 * time.Hour, "4h"},
		{time.Hour + 10*time.Minute, "1h10m"},
		{10 * time.Minute, "10m"},
		{90 * time.Second, "1m30s"},
		{time.Hour + time.Second, "1h0m1s"},
		{1500 * time.Millisecond, "1.5s"},
		{0, "0s"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			got := formatDuration(tc.d)
			assert.Equal(t, tc.want, got)
			back, err := time.ParseDuration(got)
			require.NoError(t, err)
			assert.Equal(t, tc.d, back, "round trip of %v through %q", tc.d, got)
		})
	}
}
