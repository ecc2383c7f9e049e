package holidays

import (
	calhr "github.com/rickar/cal/v2/hr"
)

// hrRegions are the presets of Croatia.
var hrRegions = []Region{
	{Code: "HR", Name: "Croatia", Zone: "Europe/Zagreb", Holidays: calhr.Holidays},
}
