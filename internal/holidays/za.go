package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calza "github.com/rickar/cal/v2/za"
)

// South Africa: the Public Holidays Act 36 of 1994 (commenced 1 January
// 1995; text and Schedule 1 at
// http://www.acts.co.za/public-holidays-act-1994/schedule_1).
// Schedule 1 lists the twelve public holidays; section 2(1) makes the Monday
// after a public holiday that falls on a Sunday a public holiday; section 2A
// lets the President declare further days by notice in the Gazette. See
// sources/za.md.
//
// Upstream (rickar/cal v2.1.13) applies the holidays to every year and moves
// the Day of Goodwill to Tuesday 27 December whenever 26 December is a
// Monday. The Act does not: when Christmas is a Sunday, its Monday is the
// Day of Goodwill and no further day follows. 27 December was a holiday in
// 2016 and 2022 only because the President declared it (section 2A).

// zaAct returns h bounded to the years of the Act (1995 on).
func zaAct(h *cal.Holiday, name string) *cal.Holiday {
	return during(named(h, name), 1995, 0)
}

var (
	// zaGoodwill is the Day of Goodwill, 26 December, with the Act's Sunday
	// to Monday substitute only.
	zaGoodwill = func() *cal.Holiday {
		h := zaAct(calza.GoodwillDay, "Day of Goodwill")
		h.Observed = sundayToMonday
		return h
	}()

	// zaDeclared are the days declared public holidays by the President under
	// section 2A of the Act.
	zaDeclared = []*cal.Holiday{
		// Local government elections (Presidency statement, 2011-03-16).
		oneOff("Local government elections", 2011, time.May, 18),
		// Local government elections (SAnews, 2016-06-25).
		oneOff("Local government elections", 2016, time.August, 3),
		// Christmas on a Sunday (Presidency statement, 2016-09-19).
		oneOff("Public holiday (Christmas Day on a Sunday)", 2016, time.December, 27),
		// National and provincial elections (Presidency statement, 2019-02-26).
		oneOff("National and provincial elections", 2019, time.May, 8),
		// Local government elections: Proclamation Notice 38 of 2021, GG 45354.
		oneOff("Local government elections", 2021, time.November, 1),
		// Christmas on a Sunday (Presidency statement, 2022-12-08).
		oneOff("Public holiday (Christmas Day on a Sunday)", 2022, time.December, 27),
		// Rugby World Cup victory (President's address, 2023-10-30).
		oneOff("Public holiday (Rugby World Cup victory)", 2023, time.December, 15),
		// National and provincial elections (Gazette of 2024-02-23).
		oneOff("National and provincial elections", 2024, time.May, 29),
	}
)

// zaRegions are the presets of South Africa.
var zaRegions = []Region{
	{Code: "ZA", Name: "South Africa", Zone: "Africa/Johannesburg", Holidays: append([]*cal.Holiday{
		zaAct(calza.NewYear, "New Year's Day"),
		zaAct(calza.HumanRightsDay, "Human Rights Day"),
		zaAct(calza.GoodFriday, "Good Friday"),
		zaAct(calza.FamilyDay, "Family Day"),
		zaAct(calza.FreedomDay, "Freedom Day"),
		zaAct(calza.WorkersDay, "Workers' Day"),
		zaAct(calza.YouthDay, "Youth Day"),
		zaAct(calza.WomensDay, "National Women's Day"),
		zaAct(calza.HeritageDay, "Heritage Day"),
		zaAct(calza.ReconciliationDay, "Day of Reconciliation"),
		zaAct(calza.ChristmasDay, "Christmas Day"),
		zaGoodwill,
	}, zaDeclared...)},
}
