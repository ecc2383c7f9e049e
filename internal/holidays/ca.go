package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calca "github.com/rickar/cal/v2/ca"
)

// Canadian holidays: the general holidays of the Canada Labour Code for
// federally regulated work (CA), and the paid public holidays of each
// province's employment standards law (CA-xx). Sources read 2026-11-28;
// see sources/ca.md for each statute.
//
// Only the federal Code fixes a substitute day (s. 193(2)); the provincial
// Acts give an employee whose holiday falls on a day off another paid day
// chosen by the employer, or pay, so the provincial sets close only the
// holiday's own date, except where a statute names the substitute date
// (Quebec: 24 June and 1 July on a Sunday move to the Monday).

// Federal: Canada Labour Code (R.S.C. 1985, c. L-2) s. 166 "general
// holiday", https://laws-lois.justice.gc.ca/eng/acts/L-2/section-166.html:
// New Year's Day, Good Friday, Victoria Day, Canada Day, Labour Day, National
// Day for Truth and Reconciliation, Thanksgiving Day, Remembrance Day,
// Christmas Day and Boxing Day. Under s. 193(2), when New Year's Day, Canada
// Day, the National Day for Truth and Reconciliation, Remembrance Day,
// Christmas Day or Boxing Day falls on a non-working Saturday or Sunday, the
// employee gets the working day immediately before or after it; the preset
// closes the Monday after (Boxing Day: the Tuesday when Christmas takes the
// Monday), as the federal public service does. Upstream's list is neither
// this nor any province's: it adds Easter Monday and the Civic Holiday.
var caFederal = []*cal.Holiday{
	calca.NewYear,
	calca.GoodFriday,
	calca.VictoriaDay,
	calca.CanadaDay,
	calca.LabourDay,
	// National Day for Truth and Reconciliation, 30 September, from 2021:
	// S.C. 2021, c. 11 (Bill C-5, assented 3 June 2021),
	// https://www.parl.ca/DocumentViewer/en/43-2/bill/C-5/royal-assent,
	// added it to s. 166 and s. 193(2). Upstream's rule is right.
	calca.NationalDayForTruthAndReconciliation,
	calca.ThanksgivingDay,
	caRemembranceFederal,
	calca.ChristmasDay,
	calca.BoxingDay,
}

var (
	// Remembrance Day, 11 November, a holiday since 1931 (Armistice Day
	// Amendment Act, 1931). Upstream applies it to every year.
	caRemembranceFederal = during(calca.RemembranceDay, 1931, 0)
)

// Days shared by the provinces, on their own date only.
var (
	caNewYear      = fixed("New Year's Day", time.January, 1)
	caCanadaDay    = fixed("Canada Day", time.July, 1)
	caRemembrance  = during(fixed("Remembrance Day", time.November, 11), 1931, 0)
	caChristmas    = fixed("Christmas Day", time.December, 25)
	caCivicHoliday = weekdayN("Civic Holiday", time.August, time.Monday, 1)
	// National Day for Truth and Reconciliation in the provinces that made
	// it a paid holiday; no substitute day.
	caNDTR = fixed("National Day for Truth and Reconciliation", time.September, 30)
)

// caFamilyDay is the third Monday in February, from year first.
func caFamilyDay(name string, first int) *cal.Holiday {
	return during(weekdayN(name, time.February, time.Monday, 3), first, 0)
}

// caRegions are the presets of Canada.
var caRegions = []Region{
	{Code: "CA", Name: "Canada: federal (Canada Labour Code)", Zone: "America/Toronto", Holidays: caFederal},
	{Code: "CA-AB", Name: "Canada: Alberta", Zone: "America/Edmonton", Holidays: caAlberta},
	{Code: "CA-BC", Name: "Canada: British Columbia", Zone: "America/Vancouver", Holidays: caBritishColumbia},
	{Code: "CA-MB", Name: "Canada: Manitoba", Zone: "America/Winnipeg", Holidays: caManitoba},
	{Code: "CA-NB", Name: "Canada: New Brunswick", Zone: "America/Moncton", Holidays: caNewBrunswick},
	{Code: "CA-NL", Name: "Canada: Newfoundland and Labrador", Zone: "America/St_Johns", Holidays: caNewfoundland},
	{Code: "CA-NS", Name: "Canada: Nova Scotia", Zone: "America/Halifax", Holidays: caNovaScotia},
	{Code: "CA-ON", Name: "Canada: Ontario", Zone: "America/Toronto", Holidays: caOntario},
	{Code: "CA-PE", Name: "Canada: Prince Edward Island", Zone: "America/Halifax", Holidays: caPrinceEdwardIsland},
	{Code: "CA-QC", Name: "Canada: Quebec", Zone: "America/Toronto", Holidays: caQuebec},
	{Code: "CA-SK", Name: "Canada: Saskatchewan", Zone: "America/Regina", Holidays: caSaskatchewan},
}

// Alberta: Employment Standards Code (RSA 2000, c. E-9) s. 1(1)(n)
// "general holiday"; Alberta Family Day from 1990 (Alberta Family Day Act).
// Easter Monday, Heritage Day (first Monday in August) and Boxing Day are
// optional, not general holidays.
var caAlberta = []*cal.Holiday{
	caNewYear, caFamilyDay("Alberta Family Day", 1990), calca.GoodFriday, calca.VictoriaDay, caCanadaDay,
	calca.LabourDay, calca.ThanksgivingDay, caRemembrance, caChristmas,
}

// British Columbia: Employment Standards Act (RSBC 1996, c. 113) s. 1(1)
// "statutory holiday". Family Day: second Monday in February 2013–2018,
// third Monday from 2019; B.C. Day (first Monday in August); National Day
// for Truth and Reconciliation from 2023 (National Day for Truth and
// Reconciliation Act, S.B.C. 2023, c. 2, assented 9 March 2023). Boxing Day
// and Easter Monday are not statutory holidays.
var caBritishColumbia = []*cal.Holiday{
	caNewYear,
	during(weekdayN("Family Day", time.February, time.Monday, 2), 2013, 2018),
	caFamilyDay("Family Day", 2019),
	calca.GoodFriday, calca.VictoriaDay, caCanadaDay,
	during(named(caCivicHoliday, "British Columbia Day"), 1974, 0),
	calca.LabourDay, during(caNDTR, 2023, 0), calca.ThanksgivingDay, caRemembrance, caChristmas,
}

// Manitoba: The Employment Standards Code (C.C.S.M. c. E110) s. 21(1)
// "general holiday": Louis Riel Day from 2008; Orange Shirt Day (National
// Day for Truth and Reconciliation) from 2024 (S.M. 2023, c. 50, assented
// 7 December 2023; no other date may be substituted). Remembrance Day (its
// own Remembrance Day Act), the Civic Holiday and Boxing Day are not
// general holidays.
var caManitoba = []*cal.Holiday{
	caNewYear, caFamilyDay("Louis Riel Day", 2008), calca.GoodFriday, calca.VictoriaDay, caCanadaDay,
	calca.LabourDay, during(named(caNDTR, "Orange Shirt Day (National Day for Truth and Reconciliation)"), 2024, 0),
	calca.ThanksgivingDay, caChristmas,
}

// New Brunswick: Employment Standards Act (SNB 1982, c. E-7.2) s. 1
// "public holiday"; Family Day from 2018. Victoria Day, Thanksgiving and
// Boxing Day are only "prescribed days of rest" (Days of Rest Act, retail
// closing), not paid public holidays.
var caNewBrunswick = []*cal.Holiday{
	caNewYear, caFamilyDay("Family Day", 2018), calca.GoodFriday, caCanadaDay,
	named(caCivicHoliday, "New Brunswick Day"), calca.LabourDay, caRemembrance, caChristmas,
}

// Newfoundland and Labrador: Labour Standards Act (RSNL 1990, c. L-2)
// s. 14: six paid public holidays. St Patrick's, St George's, Discovery,
// Orangemen's, Victoria and Thanksgiving Days and Boxing Day are public
// service or shop-closing days, not paid public holidays.
var caNewfoundland = []*cal.Holiday{
	caNewYear, calca.GoodFriday, named(caCanadaDay, "Memorial Day (Canada Day)"), calca.LabourDay,
	named(caRemembrance, "Remembrance Day (Armistice Day)"), caChristmas,
}

// Nova Scotia: Labour Standards Code (RSNS 1989, c. 246) general holidays,
// Heritage Day from 2015; Canada Day on 1 July always (regulations of
// 2018). Remembrance Day Act (RSNS 1989): most work is prohibited
// on 11 November and employees are paid, so it closes too. Victoria Day,
// Thanksgiving, Boxing Day and Natal Day are not general holidays.
var caNovaScotia = []*cal.Holiday{
	caNewYear, caFamilyDay("Heritage Day", 2015), calca.GoodFriday, caCanadaDay,
	calca.LabourDay, caRemembrance, caChristmas,
}

// Ontario: Employment Standards Act, 2000 (S.O. 2000, c. 41) s. 1(1)
// "public holiday"; Family Day from 2008. Easter Monday, the Civic Holiday
// and Remembrance Day are not public holidays; Boxing Day is.
var caOntario = []*cal.Holiday{
	caNewYear, caFamilyDay("Family Day", 2008), calca.GoodFriday, calca.VictoriaDay, caCanadaDay,
	calca.LabourDay, calca.ThanksgivingDay, caChristmas, fixed("Boxing Day", time.December, 26),
}

// Prince Edward Island: Employment Standards Act (RSPEI 1988, c. E-6.2)
// s. 1 "paid holiday"; Islander Day from 2009; National Day for Truth and
// Reconciliation from 2022. Victoria Day, Thanksgiving, Boxing Day and Gold
// Cup Parade Day are not paid holidays.
var caPrinceEdwardIsland = []*cal.Holiday{
	caNewYear, caFamilyDay("Islander Day", 2009), calca.GoodFriday, caCanadaDay,
	calca.LabourDay, during(caNDTR, 2022, 0), caRemembrance, caChristmas,
}

// Quebec: Act respecting labour standards (CQLR c. N-1.1) s. 60 and Act
// respecting the Fête nationale (CQLR c. F-1.1). Good Friday or Easter
// Monday at the employer's option: the preset closes Good Friday. The
// Monday before 25 May has been National Patriots' Day since 2003.
var caQuebec = []*cal.Holiday{
	caNewYear, calca.GoodFriday,
	named(calca.VictoriaDay, "National Patriots' Day (Journée nationale des patriotes)"),
	caFeteNationale, caQuebecCanadaDay,
	calca.LabourDay, calca.ThanksgivingDay, caChristmas,
}

var (
	// Fête nationale du Québec, 24 June, or 25 June when the 24th is a
	// Sunday (Act respecting the Fête nationale s. 2), from 1978.
	caFeteNationale = &cal.Holiday{
		Name: "Fête nationale du Québec (St-Jean-Baptiste)", Type: cal.ObservancePublic, StartYear: 1978,
		Month: time.June, Day: 24, Func: caCalcSundayToMonday,
	}
	// Canada Day in Quebec: 1 July, or 2 July when the 1st is a Sunday
	// (Act respecting labour standards s. 60).
	caQuebecCanadaDay = &cal.Holiday{
		Name: "Canada Day", Type: cal.ObservancePublic,
		Month: time.July, Day: 1, Func: caCalcSundayToMonday,
	}
)

// Saskatchewan: The Saskatchewan Employment Act (S.S. 2013, c. S-15.1)
// s. 2-1 "public holiday"; Family Day from 2007; Saskatchewan Day (first
// Monday in August). Boxing Day is not a public holiday.
var caSaskatchewan = []*cal.Holiday{
	caNewYear, caFamilyDay("Family Day", 2007), calca.GoodFriday, calca.VictoriaDay, caCanadaDay,
	named(caCivicHoliday, "Saskatchewan Day"), calca.LabourDay, calca.ThanksgivingDay, caRemembrance, caChristmas,
}

// caCalcSundayToMonday returns the holiday's date, or the Monday after
// when it is a Sunday: the law moves the holiday, the Sunday is not one.
func caCalcSundayToMonday(h *cal.Holiday, year int) time.Time {
	d := time.Date(year, h.Month, h.Day, 0, 0, 0, 0, cal.DefaultLoc)
	if d.Weekday() == time.Sunday {
		return d.AddDate(0, 0, 1)
	}
	return d
}
