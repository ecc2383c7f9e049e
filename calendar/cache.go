package calendar

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/slaclock/slaclock/internal/holidays"
)

// Process-wide caches. Each is bounded; this file says by what.

// maxCachedZones bounds the zone cache. Only canonical IANA names reach it
// (see checkZoneName), and the time-zone database has about 600 of them,
// aliases included, so every real zone fits; past the bound a zone is
// loaded again on each New instead of being kept.
var maxCachedZones int64 = 1024

// locations caches loaded time zones by name; a *time.Location is immutable.
var (
	locations      sync.Map
	locationsCount atomic.Int64
)

func cachedLocation(name string) (*time.Location, bool) {
	loc, ok := locations.Load(name)
	if !ok {
		return nil, false
	}
	return loc.(*time.Location), true
}

func cacheLocation(name string, loc *time.Location) {
	if locationsCount.Add(1) > maxCachedZones {
		locationsCount.Add(-1)
		return
	}
	if _, loaded := locations.LoadOrStore(name, loc); loaded {
		locationsCount.Add(-1)
	}
}

// The years whose holiday dates a table can need: the table of year y
// reads the holidays of y-1 to y+1, as an observed date may move across
// New Year.
const (
	firstHolidayYear = firstYear - 1
	numHolidayYears  = numYears + 2
)

// regionHolidays holds, per holiday set (index in regionDefs) and year, the
// civil day numbers of the actual and observed dates of the set's holidays
// of that year. Each (set, year) is computed on first use and shared by
// every calendar naming the set. The ceiling is every set in every year:
// 302 years × 100 sets, measured at 2.7 MB, reached only if
// every set is asked for every year.
var regionHolidays = make([]atomic.Pointer[holidayYears], len(regionDefs))

type holidayYears [numHolidayYears]atomic.Pointer[[]int32]

// holidayDates returns the dates of holiday set region's holidays in year,
// for year in firstHolidayYear to lastYear+1. The slice is shared: callers
// must not modify it.
func holidayDates(region, year int) []int32 {
	ys := regionHolidays[region].Load()
	if ys == nil {
		regionHolidays[region].CompareAndSwap(nil, new(holidayYears))
		ys = regionHolidays[region].Load()
	}
	slot := &ys[year-firstHolidayYear]
	if p := slot.Load(); p != nil {
		return *p
	}
	var days []int32
	for _, h := range regionDefs[region].Holidays {
		actual, observed, ok := holidays.Dates(h, year)
		if !ok {
			continue
		}
		days = append(days, daysFromCivil(actual.Date()))
		if !observed.Equal(actual) {
			days = append(days, daysFromCivil(observed.Date()))
		}
	}
	slot.CompareAndSwap(nil, &days)
	return *slot.Load()
}

// DefaultRegionTableLimit is the number of year tables the shared Region
// calendars keep, in all, unless SetRegionTableLimit says otherwise.
const DefaultRegionTableLimit = 4096

// regionTables keeps the year tables of the shared Region calendars within
// a limit, dropping the oldest-built first. A dropped table is built again
// on its next use; readers that hold it keep a valid copy.
var regionTables = regionTableList{limit: DefaultRegionTableLimit}

type regionTableList struct {
	mu    sync.Mutex
	limit int // 0 for no limit
	queue []regionTable
	head  int // queue[head:] are kept, oldest first
}

type regionTable struct {
	c *Calendar
	k int
}

// kept records that table k of region calendar c was published, dropping
// the oldest tables beyond the limit.
func (l *regionTableList) kept(c *Calendar, k int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.queue = append(l.queue, regionTable{c, k})
	l.trim()
}

func (l *regionTableList) trim() {
	for l.limit > 0 && len(l.queue)-l.head > l.limit {
		old := l.queue[l.head]
		l.queue[l.head] = regionTable{}
		l.head++
		old.c.years[old.k].Store(nil)
	}
	// Compact the queue once half of it is dropped entries.
	if l.head > 0 && l.head >= len(l.queue)/2 {
		l.queue = append(l.queue[:0], l.queue[l.head:]...)
		l.head = 0
	}
}

// SetRegionTableLimit sets how many year tables the shared calendars
// returned by Region keep in all, and returns the previous limit. n < 1
// removes the limit.
//
// Region calendars live for the life of the process, and each keeps the
// tables of the years it was asked about: a Mon–Fri preset's table takes
// about 4 KB, so the default, DefaultRegionTableLimit (4,096 tables), caps
// them near 17 MB. Without a limit the ceiling is every region in every
// supported year, 30,000 tables or about 125 MB, which any caller able to
// choose a region and a date can reach. Beyond the limit the oldest-built
// table is dropped and built again, in some 20 µs, when next needed;
// answers do not change. Calendars built with New are not counted: their
// tables go when the calendar does.
func SetRegionTableLimit(n int) int {
	l := &regionTables
	l.mu.Lock()
	defer l.mu.Unlock()
	prev := l.limit
	l.limit = max(n, 0)
	l.trim()
	return prev
}
