package holidays

import (
	calnz "github.com/rickar/cal/v2/nz"
)

// nzRegions are the presets of New Zealand.
var nzRegions = []Region{
	{Code: "NZ", Name: "New Zealand", Zone: "Pacific/Auckland", Holidays: calnz.Holidays},
}
