package calendar

import "time"

const (
	firstYear = 1900
	lastYear  = 2199
	numYears  = lastYear - firstYear + 1
)

type rules struct{}

type yearTable struct{}

// New compiles s into a Calendar.
func New(s Spec) (*Calendar, error) { return nil, ErrInvalidSpec }

// Region returns the preset calendar of a region: Monday to Friday
// 09:00–17:00 in the region's default time zone, closed on the actual and
// observed dates of the region's holidays. Codes are case-insensitive; see
// Regions for the list.
func Region(code string) (*Calendar, error) { return nil, ErrUnknownRegion }

func (c *Calendar) nanos(t time.Time) (int64, bool)         { return 0, false }
func (c *Calendar) spanAt(x int64) (int, bool)              { return 0, false }
func (c *Calendar) nextOpen(x int64) (int64, error)         { return 0, ErrNoOpenTime }
func (c *Calendar) nextClose(x int64) (int64, error)        { return 0, ErrNoOpenTime }
func (c *Calendar) between(a, b int64) time.Duration        { return 0 }
func (c *Calendar) addForward(x, d int64) (int64, error)    { return 0, ErrNoOpenTime }
func (c *Calendar) addBackward(x, d int64) (int64, error)   { return 0, ErrNoOpenTime }
func (c *Calendar) addDays(x int64, n int) (int64, error)   { return 0, ErrNoOpenTime }
func (c *Calendar) eachSpan(a, b int64, f func(s, e int64)) {}
