package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calmw "github.com/rickar/cal/v2/mw"
)

// Malawi: the Public Holidays Act (Cap. 18:03; consolidated text listed at
// http://www.malawilii.org/mw/consolidatedlegislation/1805/public_holidays_act_pdf_49780.pdf,
// not read: the holiday list and the Monday rule follow the government's
// yearly announcements) with the days the government adds by announcement: Boxing Day
// (restored 2013), Eid al-Fitr (announced each year by the Ministry of Local
// Government after the Muslim Association of Malawi's moon sighting) and
// one-off days. A holiday on a Saturday or Sunday is also observed on the
// following Monday. See sources/mw.md.
//
// Upstream (rickar/cal v2.1.13) moves both Christmas Day on a Saturday and
// Boxing Day on a Sunday to the same Monday, so one substitute day is lost,
// and has no Eid al-Fitr or one-off days.

var (
	// mwChristmasObserved: Christmas on a Saturday is observed on Monday 27
	// December, on a Sunday on Tuesday 27 December (Monday is Boxing Day).
	mwChristmasObserved = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}
	// mwBoxingObserved: Boxing Day on a Saturday is observed on Monday 28
	// December, on a Sunday on Tuesday 28 December (Monday is Christmas'
	// substitute), as published for 2021 (secondary source; no government
	// text found).
	mwBoxingObserved = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}

	mwChristmas = func() *cal.Holiday {
		h := named(calmw.ChristmasDay, "Christmas Day")
		h.Observed = mwChristmasObserved
		return h
	}()
	mwBoxing = func() *cal.Holiday {
		h := named(calmw.BoxingDay, "Boxing Day")
		h.Observed = mwBoxingObserved
		return h
	}()

	// mwAnnounced are the Eid al-Fitr holidays announced by the Ministry of
	// Local Government, and other days declared by the President.
	mwAnnounced = []*cal.Holiday{
		// Ministry of Local Government statement, July 2016 (moved off
		// Independence Day).
		oneOff("Eid al-Fitr", 2016, time.July, 7),
		// Ministry of Local Government statement of 2017-06-22.
		oneOff("Eid al-Fitr", 2017, time.June, 26),
		// Ministry of Local Government announcement, June 2019.
		oneOff("Eid al-Fitr", 2019, time.June, 5),
		// Observed on Monday 17 May 2021, as Friday 14 May was Kamuzu Day.
		oneOff("Eid al-Fitr", 2021, time.May, 17),
		// Ministry of Local Government, Unity and Culture statement of
		// 2024-04-03 (Wednesday 10 April after the moon sighting).
		oneOff("Eid al-Fitr", 2024, time.April, 10),
		// Burial of Vice President Saulos Chilima, declared by the President
		// on 2024-06-15.
		oneOff("Funeral of Vice President Saulos Chilima", 2024, time.June, 17),
	}
)

// mwRegions are the presets of Malawi.
var mwRegions = []Region{
	{Code: "MW", Name: "Malawi", Zone: "Africa/Blantyre", Holidays: append([]*cal.Holiday{
		named(calmw.NewYear, "New Year's Day"),
		named(calmw.ChilembweDay, "John Chilembwe Day"),
		named(calmw.MartyrsDay, "Martyrs' Day"),
		named(calmw.GoodFriday, "Good Friday"),
		named(calmw.Easter, "Easter Monday"),
		named(calmw.LabourDay, "Labour Day"),
		named(calmw.KamuzuDay, "Kamuzu Day"),
		named(calmw.IndependenceDay, "Independence Day"),
		named(calmw.MothersDay, "Mother's Day"),
		mwChristmas,
		mwBoxing,
	}, mwAnnounced...)},
}
