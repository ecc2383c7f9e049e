package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// skLaw lists the days of rest of year y (2024–2030) as Act No. 241/1993
// Z. z. §§ 1–2 gives them, with Act No. 530/2023 Z. z. (1 September no day
// of rest from 2024) and Act No. 261/2025 Z. z. (17 November no day of
// rest from 2025; 8 May and 15 September none in 2026).
func skLaw(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	out := []string{
		d("01-01"), d("01-06"),
		fromEaster(westernEaster, y, -2), fromEaster(westernEaster, y, 1),
		d("05-01"), d("07-05"), d("08-29"), d("11-01"),
		d("12-24"), d("12-25"), d("12-26"),
	}
	if y != 2026 {
		out = append(out, d("05-08"), d("09-15"))
	}
	if y < 2025 {
		out = append(out, d("11-17"))
	}
	return out
}

func TestSKClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "SK", y, skLaw(y))
	}
}

// The 2025 list written out from §§ 1–2 of the Act: Good Friday 18 April,
// Easter Monday 21 April; 1 September and 17 November are working days.
func TestSKClosedDates2025Literal(t *testing.T) {
	assertClosed(t, "SK", 2025, []string{
		"2025-01-01", "2025-01-06", "2025-04-18", "2025-04-21", "2025-05-01",
		"2025-05-08", "2025-07-05", "2025-08-29", "2025-09-15", "2025-11-01",
		"2025-12-24", "2025-12-25", "2025-12-26",
	})
}

// skClosedOn reports whether the SK preset closes date d ("2006-01-02").
func skClosedOn(t *testing.T, d string) bool {
	t.Helper()
	var y int
	_, err := fmt.Sscanf(d[:4], "%d", &y)
	if err != nil {
		t.Fatalf("bad date %q", d)
	}
	_, ok := closedDates(t, "SK", y)[d]
	return ok
}

func TestSKConstitutionDayNoDayOfRestFrom2024(t *testing.T) {
	assert.True(t, skClosedOn(t, "2023-09-01"), "a day of rest until 2023")
	for _, d := range []string{"2025-09-01", "2026-09-01", "2027-09-01"} {
		assert.False(t, skClosedOn(t, d), "%s: Act No. 530/2023 Z. z.", d)
	}
}

func TestSKFreedomDayNoDayOfRestFrom2025(t *testing.T) {
	assert.True(t, skClosedOn(t, "2021-11-17"), "a day of rest until 2024")
	assert.False(t, skClosedOn(t, "2000-11-17"), "a state holiday only from 2001 (Act No. 442/2001 Z. z.)")
	for _, d := range []string{"2025-11-17", "2026-11-17", "2031-11-17"} {
		assert.False(t, skClosedOn(t, d), "%s: Act No. 261/2025 Z. z.", d)
	}
}

func TestSKMay8AndSeptember15OpenOnlyIn2026(t *testing.T) {
	assert.False(t, skClosedOn(t, "2026-05-08"), "Act No. 261/2025 Z. z.")
	assert.False(t, skClosedOn(t, "2026-09-15"), "Act No. 261/2025 Z. z.")
	assert.True(t, skClosedOn(t, "2025-05-08"))
	assert.True(t, skClosedOn(t, "2027-09-15"), "the suspension is for 2026 only")
	assert.True(t, skClosedOn(t, "2028-05-08"), "the suspension is for 2026 only")
}

func TestSKDeclarationCentenary2018(t *testing.T) {
	assert.True(t, skClosedOn(t, "2018-10-30"), "§ 4a Act No. 241/1993 Z. z.")
	assert.False(t, skClosedOn(t, "2019-10-30"))
}
