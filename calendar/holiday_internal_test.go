package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestHolidayDateReadsMidnightInAGapAsTheNextDate(t *testing.T) {
	saoPaulo, err := time.LoadLocation("America/Sao_Paulo")
	if err != nil {
		t.Skip("no zone data for America/Sao_Paulo")
	}
	// 2018-11-04 00:00 did not exist in São Paulo (clocks went to 01:00);
	// the time package may resolve it either side of the gap.
	midnight := time.Date(2018, 11, 4, 0, 0, 0, 0, saoPaulo)
	want := daysFromCivil(2018, 11, 4)
	for _, tt := range []struct {
		name string
		at   time.Time
	}{
		{"as resolved by time.Date", midnight},
		{"before the gap", time.Date(2018, 11, 3, 23, 0, 0, 0, saoPaulo)},
		{"after the gap", time.Date(2018, 11, 4, 1, 0, 0, 0, saoPaulo)},
		{"ordinary midnight", time.Date(2018, 11, 4, 0, 0, 0, 0, time.UTC)},
	} {
		assert.Equal(t, want, holidayDate(tt.at), "%s: holidayDate(%s)", tt.name, tt.at)
	}
}
