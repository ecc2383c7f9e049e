package holidays

import (
	calro "github.com/rickar/cal/v2/ro"
)

// roRegions are the presets of Romania.
var roRegions = []Region{
	{Code: "RO", Name: "Romania", Zone: "Europe/Bucharest", Holidays: calro.Holidays},
}
