package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calgr "github.com/rickar/cal/v2/gr"
)

// Greece: mandatory holidays (υποχρεωτικές αργίες) of Royal Decree no.
// 748/1966 art. 4(1) and Legislative Decree no. 3755/1957 as amended (25
// March, Easter Monday, 15 August, 28 October, 25 December), 26 December
// (Ministerial Decision 59635/1063/2017) and 1 May (Law no. 4468/2017 art.
// 14); and the customary holidays (κατ' έθιμο αργίες) on which the public
// sector and the banks close (1 January, 6 January, Clean Monday, Good
// Friday, Whit Monday). The lists are summarised at
// https://e-mesara.gr/i-argies-toy-2021 and
// https://www.e-servia.gr/2023/01/16/ (read 2026-11-28). Holidays on a
// weekend are not moved. The sources document is sources/gr.md.

// grRegions are the presets of Greece.
var grRegions = []Region{
	{Code: "GR", Name: "Greece", Zone: "Europe/Athens", Holidays: grHolidays},
}

var grHolidays = []*cal.Holiday{
	named(calgr.Protoxronia, "New Year's Day (Πρωτοχρονιά)"),
	named(calgr.Theophania, "Epiphany (Θεοφάνεια)"),

	// Clean Monday, Good Friday, Easter Sunday, Easter Monday and Whit
	// Monday (Holy Spirit Monday) on the Orthodox date. Upstream computes
	// it with its Julian option, which adds a fixed 13 days and is wrong
	// from 2100 on; the orthodox helper adds the calendars' gap of each
	// year. Easter Sunday is a holiday too (a weekend day); upstream omits
	// it.
	orthodox("Clean Monday (Καθαρά Δευτέρα)", -48),
	named(calgr.IkostiPemptiMartiou, "Independence Day (Εικοστή Πέμπτη Μαρτίου)"),
	orthodox("Good Friday (Μεγάλη Παρασκευή)", -2),
	orthodox("Easter Sunday (Κυριακή του Πάσχα)", 0),
	orthodox("Easter Monday (Δευτέρα του Πάσχα)", 1),

	// 1 May, Labour Day (Law no. 4468/2017 art. 14; earlier by yearly
	// decision under Emergency Law 380/1968). The Minister of Labour moves
	// it by decision when it falls in Holy Week or on Easter: 2013 to 7 May,
	// 2016 to 3 May, 2021 to 4 May, 2022 to 2 May, 2024 to 7 May
	// (https://karditsalive.net/eidiseis/ellada/epikerwthta/την-τρίτη-του-πάσχα,-7-μαΐου-μεταφέρεται-ο-εορτασμός-της-εργατικής-πρωτομαγιάς,
	// http://www.someda.gr/2021/04/1-2021.html,
	// https://anaplirotes.gr/tag/υπουργείο-εργασίας,
	// https://xpatathens.com/living-in-athens/what-s-new/local-news/item/2724-may-1-holiday-has-been-moved-to-may-3,
	// https://hellasfrappe.blogspot.com/2013/03/labor-day-may-day-to-be-celebrated-on.html).
	// In those years 1 May itself is a working day. Upstream keeps 1 May.
	// Future moves are decided each spring; until then the preset keeps 1
	// May.
	{Name: "Labour Day (Εργατική Πρωτομαγιά)", Type: cal.ObservancePublic, Month: time.May, Day: 1, Func: grCalcLabourDay},

	orthodox("Whit Monday (Αγίου Πνεύματος)", 50),
	named(calgr.KimisiTisTheotokou, "Assumption (Κοίμηση της Θεοτόκου)"),
	named(calgr.ImeraTouOchi, "Ochi Day (Επέτειος του Όχι)"),
	named(calgr.Christougenna, "Christmas Day (Χριστούγεννα)"),
	named(calgr.SinaxisYperagiasTheotokou, "Synaxis of the Mother of God (Σύναξη της Θεοτόκου)"),
}

// grLabourDayMoved holds, by year, the day of May the Minister of Labour
// moved 1 May to.
var grLabourDayMoved = map[int]int{2013: 7, 2016: 3, 2021: 4, 2022: 2, 2024: 7}

func grCalcLabourDay(h *cal.Holiday, year int) time.Time {
	if day, ok := grLabourDayMoved[year]; ok {
		return time.Date(year, time.May, day, 0, 0, 0, 0, cal.DefaultLoc)
	}
	return cal.CalcDayOfMonth(h, year)
}
