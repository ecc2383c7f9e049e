package holidays

import (
	calde "github.com/rickar/cal/v2/de"
)

// deRegions are the presets of Germany.
var deRegions = []Region{
	{Code: "DE", Name: "Germany", Zone: "Europe/Berlin", Holidays: calde.Holidays},
	{Code: "DE-BB", Name: "Germany: Brandenburg", Zone: "Europe/Berlin", Holidays: calde.HolidaysBB},
	{Code: "DE-BE", Name: "Germany: Berlin", Zone: "Europe/Berlin", Holidays: calde.HolidaysBE},
	{Code: "DE-BW", Name: "Germany: Baden-Württemberg", Zone: "Europe/Berlin", Holidays: calde.HolidaysBW},
	{Code: "DE-BY", Name: "Germany: Bavaria", Zone: "Europe/Berlin", Holidays: calde.HolidaysBY},
	{Code: "DE-HB", Name: "Germany: Bremen", Zone: "Europe/Berlin", Holidays: calde.HolidaysHB},
	{Code: "DE-HE", Name: "Germany: Hesse", Zone: "Europe/Berlin", Holidays: calde.HolidaysHE},
	{Code: "DE-HH", Name: "Germany: Hamburg", Zone: "Europe/Berlin", Holidays: calde.HolidaysHH},
	{Code: "DE-MV", Name: "Germany: Mecklenburg-Western Pomerania", Zone: "Europe/Berlin", Holidays: calde.HolidaysMV},
	{Code: "DE-NI", Name: "Germany: Lower Saxony", Zone: "Europe/Berlin", Holidays: calde.HolidaysNI},
	{Code: "DE-NW", Name: "Germany: North Rhine-Westphalia", Zone: "Europe/Berlin", Holidays: calde.HolidaysNW},
	{Code: "DE-RP", Name: "Germany: Rhineland-Palatinate", Zone: "Europe/Berlin", Holidays: calde.HolidaysRP},
	{Code: "DE-SH", Name: "Germany: Schleswig-Holstein", Zone: "Europe/Berlin", Holidays: calde.HolidaysSH},
	{Code: "DE-SL", Name: "Germany: Saarland", Zone: "Europe/Berlin", Holidays: calde.HolidaysSL},
	{Code: "DE-SN", Name: "Germany: Saxony", Zone: "Europe/Berlin", Holidays: calde.HolidaysSN},
	{Code: "DE-ST", Name: "Germany: Saxony-Anhalt", Zone: "Europe/Berlin", Holidays: calde.HolidaysST},
	{Code: "DE-TH", Name: "Germany: Thuringia", Zone: "Europe/Berlin", Holidays: calde.HolidaysTH},
}
