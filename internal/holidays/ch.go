package holidays

import (
	calch "github.com/rickar/cal/v2/ch"
)

// chRegions are the presets of Switzerland.
var chRegions = []Region{
	{Code: "CH", Name: "Switzerland", Zone: "Europe/Zurich", Holidays: calch.Holidays},
	{Code: "CH-AG", Name: "Switzerland: Aargau", Zone: "Europe/Zurich", Holidays: calch.HolidaysAG},
	{Code: "CH-AI", Name: "Switzerland: Appenzell Innerrhoden", Zone: "Europe/Zurich", Holidays: calch.HolidaysAI},
	{Code: "CH-AR", Name: "Switzerland: Appenzell Ausserrhoden", Zone: "Europe/Zurich", Holidays: calch.HolidaysAR},
	{Code: "CH-BE", Name: "Switzerland: Bern", Zone: "Europe/Zurich", Holidays: calch.HolidaysBE},
	{Code: "CH-BL", Name: "Switzerland: Basel-Landschaft", Zone: "Europe/Zurich", Holidays: calch.HolidaysBL},
	{Code: "CH-BS", Name: "Switzerland: Basel-Stadt", Zone: "Europe/Zurich", Holidays: calch.HolidaysBS},
	{Code: "CH-FR", Name: "Switzerland: Fribourg", Zone: "Europe/Zurich", Holidays: calch.HolidaysFR},
	{Code: "CH-GE", Name: "Switzerland: Geneva", Zone: "Europe/Zurich", Holidays: calch.HolidaysGE},
	{Code: "CH-GL", Name: "Switzerland: Glarus", Zone: "Europe/Zurich", Holidays: calch.HolidaysGL},
	{Code: "CH-GR", Name: "Switzerland: Graubünden", Zone: "Europe/Zurich", Holidays: calch.HolidaysGR},
	{Code: "CH-JU", Name: "Switzerland: Jura", Zone: "Europe/Zurich", Holidays: calch.HolidaysJU},
	{Code: "CH-LU", Name: "Switzerland: Lucerne", Zone: "Europe/Zurich", Holidays: calch.HolidaysLU},
	{Code: "CH-NE", Name: "Switzerland: Neuchâtel", Zone: "Europe/Zurich", Holidays: calch.HolidaysNE},
	{Code: "CH-NW", Name: "Switzerland: Nidwalden", Zone: "Europe/Zurich", Holidays: calch.HolidaysNW},
	{Code: "CH-OW", Name: "Switzerland: Obwalden", Zone: "Europe/Zurich", Holidays: calch.HolidaysOW},
	{Code: "CH-SG", Name: "Switzerland: St. Gallen", Zone: "Europe/Zurich", Holidays: calch.HolidaysSG},
	{Code: "CH-SH", Name: "Switzerland: Schaffhausen", Zone: "Europe/Zurich", Holidays: calch.HolidaysSH},
	{Code: "CH-SO", Name: "Switzerland: Solothurn", Zone: "Europe/Zurich", Holidays: calch.HolidaysSO},
	{Code: "CH-SZ", Name: "Switzerland: Schwyz", Zone: "Europe/Zurich", Holidays: calch.HolidaysSZ},
	{Code: "CH-TG", Name: "Switzerland: Thurgau", Zone: "Europe/Zurich", Holidays: calch.HolidaysTG},
	{Code: "CH-TI", Name: "Switzerland: Ticino", Zone: "Europe/Zurich", Holidays: calch.HolidaysTI},
	{Code: "CH-UR", Name: "Switzerland: Uri", Zone: "Europe/Zurich", Holidays: calch.HolidaysUR},
	{Code: "CH-VD", Name: "Switzerland: Vaud", Zone: "Europe/Zurich", Holidays: calch.HolidaysVD},
	{Code: "CH-VS", Name: "Switzerland: Valais", Zone: "Europe/Zurich", Holidays: calch.HolidaysVS},
	{Code: "CH-ZG", Name: "Switzerland: Zug", Zone: "Europe/Zurich", Holidays: calch.HolidaysZG},
	{Code: "CH-ZH", Name: "Switzerland: Zurich", Zone: "Europe/Zurich", Holidays: calch.HolidaysZH},
}
