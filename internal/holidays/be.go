package holidays

import (
	calbe "github.com/rickar/cal/v2/be"
)

// beRegions are the presets of Belgium.
var beRegions = []Region{
	{Code: "BE", Name: "Belgium", Zone: "Europe/Brussels", Holidays: calbe.Holidays},
}
