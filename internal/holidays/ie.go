package holidays

import (
	calie "github.com/rickar/cal/v2/ie"
)

// ieRegions are the presets of Ireland.
var ieRegions = []Region{
	{Code: "IE", Name: "Ireland", Zone: "Europe/Dublin", Holidays: calie.Holidays},
}
