package holidays

import (
	"github.com/rickar/cal/v2"
	calau "github.com/rickar/cal/v2/au"
)

// auNational is the "AU" set. The au package exports only per-state lists,
// so this is the national public holidays every state and territory keeps,
// built from the package's own holiday values: the ones all eight state
// lists share, plus ANZAC Day and Boxing Day. ANZAC Day is taken without a
// weekend substitute because the states disagree on one (NSW, VIC and TAS
// have none); Boxing Day is what SA calls Proclamation Day, the same date
// with the same substitutes. State-only days (Labour Day, the King's or
// Queen's Birthday, which WA and QLD hold on other dates, Easter Saturday)
// are left to the AU-xx sets.
var auNational = []*cal.Holiday{
	calau.NewYear,
	calau.AustraliaDay,
	calau.GoodFriday,
	calau.EasterMonday,
	calau.AnzacDay,
	calau.MourningDay2022,
	calau.ChristmasDay,
	calau.BoxingDay,
}

// auRegions are the presets of Australia.
var auRegions = []Region{
	{Code: "AU", Name: "Australia", Zone: "Australia/Sydney", Holidays: auNational},
	{Code: "AU-ACT", Name: "Australia: Australian Capital Territory", Zone: "Australia/Sydney", Holidays: calau.HolidaysACT},
	{Code: "AU-NSW", Name: "Australia: New South Wales", Zone: "Australia/Sydney", Holidays: calau.HolidaysNSW},
	{Code: "AU-NT", Name: "Australia: Northern Territory", Zone: "Australia/Darwin", Holidays: calau.HolidaysNT},
	{Code: "AU-QLD", Name: "Australia: Queensland", Zone: "Australia/Brisbane", Holidays: calau.HolidaysQLD},
	{Code: "AU-SA", Name: "Australia: South Australia", Zone: "Australia/Adelaide", Holidays: calau.HolidaysSA},
	{Code: "AU-TAS", Name: "Australia: Tasmania", Zone: "Australia/Hobart", Holidays: calau.HolidaysTAS},
	{Code: "AU-VIC", Name: "Australia: Victoria", Zone: "Australia/Melbourne", Holidays: calau.HolidaysVIC},
	{Code: "AU-WA", Name: "Australia: Western Australia", Zone: "Australia/Perth", Holidays: calau.HolidaysWA},
}
