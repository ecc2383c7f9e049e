package holidays

import (
	caljp "github.com/rickar/cal/v2/jp"
)

// jpRegions are the presets of Japan.
var jpRegions = []Region{
	{Code: "JP", Name: "Japan", Zone: "Asia/Tokyo", Holidays: caljp.Holidays},
}
