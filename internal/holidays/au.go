package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calau "github.com/rickar/cal/v2/au"
)

// Australia: each state and territory makes its own public holidays; the
// Acts are cited per set below and in sources/au.md (read 2026-11-28).
// Days that are part-day holidays (Christmas Eve and New Year's Eve from
// 18:00 or 19:00 in QLD, NT and SA) fall outside business hours and are not
// closures; regional days (show days, regattas, Melbourne Cup outside
// metropolitan Melbourne, Tasmania's Recreation Day) are not in the sets.

// auKingsBirthdayName is the name of the Sovereign's birthday holiday.
const auKingsBirthdayName = "King's Birthday (Queen's Birthday until 2022)"

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
	auMourningDay,
	calau.ChristmasDay,
	calau.BoxingDay,
}

// auMourningDay: Thursday 22 September 2022, the National Day of Mourning
// announced by the Prime Minister on 11 September 2022
// (https://www.pm.gov.au/media), was declared a one-off public holiday by
// every state and territory under its own holidays Act.
var auMourningDay = named(calau.MourningDay2022, "National Day of Mourning for Queen Elizabeth II")

// auSecondMondayJune is the King's Birthday of every state but QLD and WA.
var auSecondMondayJune = named(calau.QueensBirthday, auKingsBirthdayName)

// auNSWAnzacAdditional: the Public Holidays Order 2011 (NSW), made under the
// Public Holidays Act 2010 and amended in 2026, declares the Monday after
// ANZAC Day a public holiday for the whole state in 2026 and 2027 only (NSW
// Government announcement of 15 February 2026; Local Government NSW list,
// https://lgnsw.org.au/Public/Public/Members-Services/NSW_Public_Holidays.aspx).
// The Act itself has no weekend substitute for ANZAC Day.
var auNSWAnzacAdditional = []*cal.Holiday{
	oneOff("Additional day after ANZAC Day", 2026, time.April, 27),
	oneOff("Additional day after ANZAC Day", 2027, time.April, 26),
}

// auQLDLabourDay: Holidays Act 1983 (Qld), schedule: the first Monday in
// May (1 May, or the Monday after it), except 2013–2015, when the Holidays
// and Other Legislation Amendment Act 2012 put it on the first Monday in
// October; an amendment passed in October 2015 restored May from 2016 (https://www.legislation.qld.gov.au/view/html/inforce/current/act-1983-018).
// Upstream keeps May in every year.
var auQLDLabourDay = []*cal.Holiday{
	during(named(calau.LabourDayNtQld, "Labour Day"), 0, 2012),
	during(named(calau.LabourDayActNswSa, "Labour Day"), 2013, 2015),
	during(named(calau.LabourDayNtQld, "Labour Day"), 2016, 0),
}

// auQLDKingsBirthday: second Monday in June until 2011; in 2012 both the
// second Monday in June and the first Monday in October (a 2011 amendment
// moved it to October, with June kept for 2012); back to June for 2013–2015
// (the 2012 Act above); first Monday in October from 2016 (the 2015
// amendment). Upstream puts it in October in every year.
var auQLDKingsBirthday = []*cal.Holiday{
	during(auSecondMondayJune, 0, 2012),
	during(named(calau.QueensBirthdayQld, auKingsBirthdayName), 2012, 2012),
	during(auSecondMondayJune, 2013, 2015),
	during(named(calau.QueensBirthdayQld, auKingsBirthdayName), 2016, 0),
}

// auWAKingsBirthdayDates are the dates the Governor of Western Australia
// proclaimed under the Public and Bank Holidays Act 1972 (WA), Schedule 2,
// that differ from the usual last Monday in September: 2024 was Monday
// 23 September (Government Gazette; e.g. the Town of Port Hedland notice,
// http://www.porthedland.wa.gov.au/publicnotices/kings-birthday-public-holiday-2024/349).
var auWAKingsBirthdayDates = map[int]time.Time{
	2024: time.Date(2024, time.September, 23, 0, 0, 0, 0, time.UTC),
}

// auWAKingsBirthday: appointed by proclamation each year; the proclaimed
// date where recorded, otherwise the last Monday in September, the date
// proclaimed in most years. Upstream always uses the last Monday.
var auWAKingsBirthday = &cal.Holiday{
	Name: auKingsBirthdayName,
	Type: cal.ObservancePublic,
	Func: func(_ *cal.Holiday, y int) time.Time {
		if d, ok := auWAKingsBirthdayDates[y]; ok {
			return time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, cal.DefaultLoc)
		}
		return calau.QueensBirthdayWa.Func(calau.QueensBirthdayWa, y)
	},
}

// Easter Sunday became a public holiday in each state by its own
// amendment; upstream has it in every year in ACT, NSW, QLD and VIC and
// lacks it in SA and WA. First years: NSW 2011 (Public Holidays Act 2010,
// in force 2011); ACT 2016 and VIC 2016 (amendments of 2015); QLD 2017 (a
// 2016 amendment); WA 2022 (Industrial Relations Legislation Amendment Act
// 2021, in force 12 February 2022,
// https://www.commerce.wa.gov.au/announcements/easter-sunday-now-public-holiday-western-australia);
// SA 2024 (Public Holidays Act 2023). The NT gazetted it for 2022 and 2023
// only (section 6 of its Act); it is not in the NT set.
var (
	auEasterSundayNSW = during(calau.EasterSunday, 2011, 0)
	auEasterSundayACT = during(calau.EasterSunday, 2016, 0)
	auEasterSundayVIC = during(calau.EasterSunday, 2016, 0)
	auEasterSundayQLD = during(calau.EasterSunday, 2017, 0)
	auEasterSundayWA  = during(calau.EasterSunday, 2022, 0)
	auEasterSundaySA  = during(calau.EasterSunday, 2024, 0)
)

var (
	// Holidays Act 1958 (ACT), https://www.legislation.act.gov.au/a/1958-19/.
	auACT = []*cal.Holiday{
		calau.NewYear, calau.AustraliaDay, calau.CanberraDay,
		calau.GoodFriday, calau.EasterSaturday, auEasterSundayACT, calau.EasterMonday,
		calau.AnzacDayActWa, calau.ReconciliationDay, auSecondMondayJune,
		auMourningDay, calau.LabourDayActNswSa, calau.ChristmasDay, calau.BoxingDay,
	}
	// Public Holidays Act 2010 (NSW), https://legislation.nsw.gov.au/view/html/inforce/current/act-2010-115.
	auNSW = append([]*cal.Holiday{
		calau.NewYear, calau.AustraliaDay,
		calau.GoodFriday, calau.EasterSaturday, auEasterSundayNSW, calau.EasterMonday,
		calau.AnzacDay, auSecondMondayJune, auMourningDay, calau.LabourDayActNswSa,
		calau.ChristmasDay, calau.BoxingDay,
	}, auNSWAnzacAdditional...)
	// Public Holidays Act 1981 (NT), https://legislation.nt.gov.au/en/Legislation/PUBLIC-HOLIDAYS-ACT-1981.
	auNT = []*cal.Holiday{
		calau.NewYear, calau.AustraliaDay,
		calau.GoodFriday, calau.EasterSaturday, calau.EasterMonday,
		calau.AnzacDayNtQldSa, named(calau.LabourDayNtQld, "May Day"), auSecondMondayJune,
		calau.PicnicDay, auMourningDay, calau.ChristmasDay, calau.BoxingDay,
	}
	// Holidays Act 1983 (Qld), https://www.legislation.qld.gov.au/view/html/inforce/current/act-1983-018.
	auQLD = append(append([]*cal.Holiday{
		calau.NewYear, calau.AustraliaDay,
		calau.GoodFriday, calau.EasterSaturday, auEasterSundayQLD, calau.EasterMonday,
		calau.AnzacDayNtQldSa, auMourningDay, calau.ChristmasDay, calau.BoxingDay,
	}, auQLDLabourDay...), auQLDKingsBirthday...)
	// Public Holidays Act 2023 (SA) from 2024, Holidays Act 1910 (SA) before,
	// https://www.legislation.sa.gov.au/ (Public Holidays Act 2023).
	auSA = []*cal.Holiday{
		calau.NewYear, calau.AustraliaDay, named(calau.MarchPublicHoliday, "Adelaide Cup Day"),
		calau.GoodFriday, calau.EasterSaturday, auEasterSundaySA, calau.EasterMonday,
		calau.AnzacDayNtQldSa, auSecondMondayJune, auMourningDay, calau.LabourDayActNswSa,
		calau.ChristmasDay, calau.ProclamationDay,
	}
	// Statutory Holidays Act 2000 (Tas), https://www.legislation.tas.gov.au/view/html/inforce/current/act-2000-096.
	auTAS = []*cal.Holiday{
		calau.NewYear, calau.AustraliaDay, calau.LabourDayTas,
		calau.GoodFriday, calau.EasterMonday, calau.AnzacDay, auSecondMondayJune,
		auMourningDay, calau.ChristmasDay, calau.BoxingDay,
	}
	// Public Holidays Act 1993 (Vic), https://www.legislation.vic.gov.au/in-force/acts/public-holidays-act-1993.
	auVIC = []*cal.Holiday{
		calau.NewYear, calau.AustraliaDay, calau.LabourDayVic,
		calau.GoodFriday, calau.EasterSaturday, auEasterSundayVIC, calau.EasterMonday,
		calau.AnzacDay, auSecondMondayJune, auMourningDay, calau.FridayBeforeAflFinal,
		calau.MelbourneCup, calau.ChristmasDay, calau.BoxingDay,
	}
	// Public and Bank Holidays Act 1972 (WA), https://www.legislation.wa.gov.au/ (Schedules 1 and 2).
	auWA = []*cal.Holiday{
		calau.NewYear, calau.AustraliaDay, calau.LabourDayWa,
		calau.GoodFriday, auEasterSundayWA, calau.EasterMonday, calau.AnzacDayActWa,
		calau.WesternAustraliaDay, auWAKingsBirthday, auMourningDay,
		calau.ChristmasDay, calau.BoxingDay,
	}
)

// auRegions are the presets of Australia.
var auRegions = []Region{
	{Code: "AU", Name: "Australia", Zone: "Australia/Sydney", Holidays: auNational},
	{Code: "AU-ACT", Name: "Australia: Australian Capital Territory", Zone: "Australia/Sydney", Holidays: auACT},
	{Code: "AU-NSW", Name: "Australia: New South Wales", Zone: "Australia/Sydney", Holidays: auNSW},
	{Code: "AU-NT", Name: "Australia: Northern Territory", Zone: "Australia/Darwin", Holidays: auNT},
	{Code: "AU-QLD", Name: "Australia: Queensland", Zone: "Australia/Brisbane", Holidays: auQLD},
	{Code: "AU-SA", Name: "Australia: South Australia", Zone: "Australia/Adelaide", Holidays: auSA},
	{Code: "AU-TAS", Name: "Australia: Tasmania", Zone: "Australia/Hobart", Holidays: auTAS},
	{Code: "AU-VIC", Name: "Australia: Victoria", Zone: "Australia/Melbourne", Holidays: auVIC},
	{Code: "AU-WA", Name: "Australia: Western Australia", Zone: "Australia/Perth", Holidays: auWA},
}
