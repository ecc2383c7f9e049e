package holidays

import (
	"fmt"
	"testing"
)

// TestITClosedDates2024to2030 checks the complete closed dates of IT.
// Source: Law no. 260/1949 arts. 1–2 as amended (Law no. 54/1977, DPR no.
// 792/1985, Law no. 336/2000, Law no. 151/2025: 4 October from 2026);
// Easter from the table in golden_test.go; no weekend substitutes.
func TestITClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		want := []string{fromEaster(westernEaster, y, 0), fromEaster(westernEaster, y, 1)}
		for _, md := range []string{"01-01", "01-06", "04-25", "05-01", "06-02", "08-15", "11-01", "12-08", "12-25", "12-26"} {
			want = append(want, fmt.Sprintf("%d-%s", y, md))
		}
		if y >= 2026 {
			want = append(want, fmt.Sprintf("%d-10-04", y))
		}
		assertClosed(t, "IT", y, want)
	}
}

// 4 October is a national holiday from 2026 (Law no. 151/2025), not before;
// 2027-10-04 is a Monday.
func TestITStFrancisFrom2026(t *testing.T) {
	if _, ok := closedDates(t, "IT", 2027)["2027-10-04"]; !ok {
		t.Error("IT 2027-10-04 open, want closed (Law no. 151/2025)")
	}
	if names, ok := closedDates(t, "IT", 2025)["2025-10-04"]; ok {
		t.Errorf("IT 2025-10-04 closed by %v, want open", names)
	}
}

// Upstream applied Epiphany and 2 June in the years Law no. 54/1977 took
// them away (Epiphany 1978–1985, 2 June 1977–2000), and had no 17 March
// 2011 (Decree-Law no. 5/2011).
func TestITHolidaysSuspendedFrom1977(t *testing.T) {
	for _, d := range []string{"1980-01-06", "1990-06-02"} {
		if names, ok := closedDates(t, "IT", atoiIT(d[:4]))[d]; ok {
			t.Errorf("IT %s closed by %v, want open (Law no. 54/1977)", d, names)
		}
	}
	for _, d := range []string{"1986-01-06", "2001-06-02", "2011-03-17"} {
		if _, ok := closedDates(t, "IT", atoiIT(d[:4]))[d]; !ok {
			t.Errorf("IT %s open, want closed", d)
		}
	}
}

func atoiIT(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}
