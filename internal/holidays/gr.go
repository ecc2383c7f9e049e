package holidays

import (
	calgr "github.com/rickar/cal/v2/gr"
)

// grRegions are the presets of Greece.
var grRegions = []Region{
	{Code: "GR", Name: "Greece", Zone: "Europe/Athens", Holidays: calgr.Holidays},
}
