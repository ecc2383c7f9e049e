package holidays

import (
	calmw "github.com/rickar/cal/v2/mw"
)

// mwRegions are the presets of Malawi.
var mwRegions = []Region{
	{Code: "MW", Name: "Malawi", Zone: "Africa/Blantyre", Holidays: calmw.Holidays},
}
