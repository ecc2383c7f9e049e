package holidays

import (
	calza "github.com/rickar/cal/v2/za"
)

// zaRegions are the presets of South Africa.
var zaRegions = []Region{
	{Code: "ZA", Name: "South Africa", Zone: "Africa/Johannesburg", Holidays: calza.Holidays},
}
