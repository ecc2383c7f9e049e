package holidays

import (
	calnc "github.com/rickar/cal/v2/nc"
)

// ncRegions are the presets of New Caledonia.
var ncRegions = []Region{
	{Code: "NC", Name: "New Caledonia", Zone: "Pacific/Noumea", Holidays: calnc.Holidays},
}
