package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calus "github.com/rickar/cal/v2/us"
)

// United States: the federal holidays of 5 U.S.C. 6103(a)
// (https://www.law.cornell.edu/uscode/text/5/6103). A holiday on a Saturday
// is observed on the Friday before, one on a Sunday on the Monday after
// (5 U.S.C. 6103(b) and Executive Order 11582 of 1971). Days on which an
// executive order closes all executive departments and agencies (national
// days of mourning, Christmas Eve) are one-off days decreed by the
// government and are closed too. See sources/us.md.
//
// Upstream (rickar/cal v2.1.13) applies today's rules to every year. The
// names of upstream's holidays are kept as they are.
var (
	// Martin Luther King Jr. Day: Pub. L. 98-144 (1983), first observed in
	// 1986. Upstream applies it to every year.
	usMLK = during(calus.MlkDay, 1986, 0)

	// Washington's Birthday, Memorial Day and Columbus Day: Monday holidays
	// from 1971 (Uniform Monday Holiday Act, Pub. L. 90-363). Before 1971
	// they were on 22 February, 30 May and 12 October. Upstream applies the
	// Monday rules to every year.
	usPresidents      = during(calus.PresidentsDay, 1971, 0)
	usPresidentsFixed = usFixedBefore1971(calus.PresidentsDay, time.February, 22, 0)
	usMemorial        = during(calus.MemorialDay, 1971, 0)
	usMemorialFixed   = usFixedBefore1971(calus.MemorialDay, time.May, 30, 0)
	usColumbus        = during(calus.ColumbusDay, 1971, 0)
	// Columbus Day on 12 October from 1937 (proclaimed a national holiday
	// that year; not verified before 1971).
	usColumbusFixed = usFixedBefore1971(calus.ColumbusDay, time.October, 12, 1937)

	// Veterans Day: 11 November (Armistice Day, 1938 act), the fourth Monday
	// of October from 1971 to 1977 (Pub. L. 90-363), 11 November again from
	// 1978 (Pub. L. 94-97). Upstream keeps 11 November in 1971–1977.
	usVeterans       = usExcept(during(calus.VeteransDay, 1938, 0), 1971, 1972, 1973, 1974, 1975, 1976, 1977)
	usVeteransMonday = during(&cal.Holiday{
		Name: calus.VeteransDay.Name, Type: cal.ObservancePublic,
		Month: time.October, Weekday: time.Monday, Offset: 4, Func: cal.CalcWeekdayOffset,
	}, 1971, 1977)
)

// usFixedBefore1971 is h on a fixed date, with the weekend observance of the
// other fixed-date holidays, from year first (0: unbounded) to 1970.
func usFixedBefore1971(h *cal.Holiday, month time.Month, day, first int) *cal.Holiday {
	c := copyOf(h)
	c.Month, c.Day, c.Weekday, c.Offset, c.Func = month, day, 0, 0, cal.CalcDayOfMonth
	c.Observed = calus.IndependenceDay.Observed
	c.StartYear, c.EndYear = first, 1970
	return c
}

// usExcept returns a copy of h that does not apply in the given years.
func usExcept(h *cal.Holiday, years ...int) *cal.Holiday {
	c := copyOf(h)
	c.Except = years
	return c
}

// usClosings are the days on which an executive order closed all executive
// departments and agencies of the federal government.
var usClosings = []*cal.Holiday{
	// National day of mourning for President George H. W. Bush: executive
	// order closing executive departments and agencies on 2018-12-05.
	oneOff("National Day of Mourning for President George H. W. Bush", 2018, time.December, 5),
	// Christmas Eve closings: executive orders "Providing for the Closing of
	// Executive Departments and Agencies of the Federal Government on
	// December 24" of 2018 (signed 2018-12-18), 2019, 2020 (signed
	// 2020-12-11) and 2024.
	oneOff("Christmas Eve (federal offices closed)", 2018, time.December, 24),
	oneOff("Christmas Eve (federal offices closed)", 2019, time.December, 24),
	oneOff("Christmas Eve (federal offices closed)", 2020, time.December, 24),
	oneOff("Christmas Eve (federal offices closed)", 2024, time.December, 24),
	// National day of mourning for President Jimmy Carter: executive order
	// "Providing for the Closing of Executive Departments and Agencies of the
	// Federal Government on January 9, 2025" of 2024-12-30.
	oneOff("National Day of Mourning for President Jimmy Carter", 2025, time.January, 9),
	// Executive order of 2025-12-18 closing executive departments and
	// agencies on December 24 and December 26, 2025.
	oneOff("Christmas Eve (federal offices closed)", 2025, time.December, 24),
	oneOff("Day after Christmas (federal offices closed)", 2025, time.December, 26),
}

// usRegions are the presets of United States.
var usRegions = []Region{
	{Code: "US", Name: "United States", Zone: "America/New_York", Holidays: append([]*cal.Holiday{
		calus.NewYear,
		usMLK,
		usPresidentsFixed,
		usPresidents,
		usMemorialFixed,
		usMemorial,
		// Juneteenth National Independence Day: Pub. L. 117-17 (2021-06-17),
		// from 2021; upstream is right.
		calus.Juneteenth,
		calus.IndependenceDay,
		calus.LaborDay,
		usColumbusFixed,
		usColumbus,
		usVeterans,
		usVeteransMonday,
		calus.ThanksgivingDay,
		calus.ChristmasDay,
	}, usClosings...)},
}
