package holidays

import (
	callt "github.com/rickar/cal/v2/lt"
)

// ltRegions are the presets of Lithuania.
var ltRegions = []Region{
	{Code: "LT", Name: "Lithuania", Zone: "Europe/Vilnius", Holidays: callt.Holidays},
}
