package holidays

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// brNational returns the national holidays of Brazil in year y (2024 on):
// Lei 662/1949 art. 1 (1 Jan, 21 Apr, 1 May, 7 Sep, 2 Nov, 15 Nov, 25 Dec),
// Lei 6.802/1980 (12 Oct), Lei 14.759/2023 (20 Nov) and Good Friday ("Paixão
// de Cristo", a national holiday in the federal calendar, e.g. Portaria MGI
// 9.783/2024 for 2025).
func brNational(y int) []string {
	d := func(md string) string { return fmt.Sprintf("%d-%s", y, md) }
	return []string{
		d("01-01"), fromEaster(westernEaster, y, -2), d("04-21"), d("05-01"), d("09-07"),
		d("10-12"), d("11-02"), d("11-15"), d("11-20"), d("12-25"),
	}
}

func TestBRClosedDates2024to2030(t *testing.T) {
	for y := 2024; y <= 2030; y++ {
		assertClosed(t, "BR", y, brNational(y))
	}
}

// brClosed reports whether date ("2006-01-02") of year y is a holiday of BR.
func brClosed(t *testing.T, y int, date string) bool {
	t.Helper()
	_, ok := closedDates(t, "BR", y)[date]
	return ok
}

// Upstream closed Carnival Tuesday and Corpus Christi, "pontos
// facultativos" of the federal calendar, not holidays.
func TestBRCarnivalAndCorpusChristiAreNotHolidays(t *testing.T) {
	assert.False(t, brClosed(t, 2024, "2024-02-13"), "Carnival Tuesday 2024")
	assert.False(t, brClosed(t, 2024, "2024-02-12"), "Carnival Monday 2024")
	assert.False(t, brClosed(t, 2024, "2024-05-30"), "Corpus Christi 2024")
	assert.False(t, brClosed(t, 2025, "2025-06-19"), "Corpus Christi 2025")
}

// Upstream lacked Black Consciousness Day (Lei 14.759/2023, from 2024).
func TestBRBlackConsciousnessDayFrom2024(t *testing.T) {
	assert.False(t, brClosed(t, 2023, "2023-11-20"))
	assert.True(t, brClosed(t, 2024, "2024-11-20"))
}

// Upstream applied Our Lady of Aparecida (Lei 6.802/1980) to earlier years.
func TestBRAparecidaFrom1980(t *testing.T) {
	assert.False(t, brClosed(t, 1979, "1979-10-12"))
	assert.True(t, brClosed(t, 1980, "1980-10-12"))
}
