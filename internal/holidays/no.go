package holidays

import (
	calno "github.com/rickar/cal/v2/no"
)

// noRegions are the presets of Norway.
var noRegions = []Region{
	{Code: "NO", Name: "Norway", Zone: "Europe/Oslo", Holidays: calno.Holidays},
}
