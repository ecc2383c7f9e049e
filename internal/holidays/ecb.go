package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calecb "github.com/rickar/cal/v2/ecb"
)

// European Central Bank: the closing days of the euro large-value payment
// system (TARGET from 1999, TARGET2 from 2007–2008, T2 from March 2023),
// set by the ECB's Governing Council. Sources and notes: sources/ecb.md.
var (
	// New Year's Day and Christmas Day: closing days from the start of
	// TARGET in 1999, ECB press release "Calendar of TARGET operating days
	// for 1999" (3 September 1998),
	// https://www.ecb.europa.eu/press/pr/date/1998/html/pr980903.en.html.
	// Upstream is right; renamed.
	ecbNewYear   = named(calecb.NewYear, "New Year's Day")
	ecbChristmas = named(calecb.ChristmasDay, "Christmas Day")

	// Good Friday, Easter Monday, 1 May and 26 December: closing days from
	// 2000, ECB press release "TARGET closing days in 2000" (15 July 1999),
	// https://www.ecb.europa.eu/press/pr/date/1999/html/pr990715_1.en.html,
	// and the long-term calendar "from 2002 until further notice" (14
	// December 2000),
	// https://www.ecb.europa.eu/press/pr/date/2000/html/pr001214_4.en.html.
	// In 1999 TARGET was open on them. Upstream applies them to every
	// year.
	ecbGoodFriday   = during(named(calecb.GoodFriday, "Good Friday"), 2000, 0)
	ecbEasterMonday = during(named(calecb.EasterMonday, "Easter Monday"), 2000, 0)
	ecbLabourDay    = during(named(calecb.LabourDay, "Labour Day (1 May)"), 2000, 0)
	ecbDecember26   = during(named(calecb.ChristmasHoliday, "26 December"), 2000, 0)

	// 31 December 1999 (year-2000 changeover), ECB press release of 31
	// March 1999, https://www.ecb.europa.eu/press/pr/date/1999/html/pr990331.en.html;
	// 31 December 2001 (euro cash changeover), Guideline ECB/2001/3 art.
	// 3(d)(1) as corrected (OJ L 167, 22.6.2001, p. 34). Upstream lacks
	// them.
	ecbYear2000Changeover = oneOff("31 December 1999 (year-2000 changeover)", 1999, time.December, 31)
	ecbCashChangeover     = oneOff("31 December 2001 (euro cash changeover)", 2001, time.December, 31)
)

// ecbRegions are the presets of European Central Bank (TARGET2).
var ecbRegions = []Region{
	{Code: "ECB", Name: "European Central Bank (TARGET2)", Zone: "Europe/Berlin", Holidays: []*cal.Holiday{
		ecbNewYear, ecbGoodFriday, ecbEasterMonday, ecbLabourDay, ecbChristmas, ecbDecember26,
		ecbYear2000Changeover, ecbCashChangeover,
	}},
}
