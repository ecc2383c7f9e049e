package holidays

import (
	calgb "github.com/rickar/cal/v2/gb"
)

// gbRegions are the presets of United Kingdom.
var gbRegions = []Region{
	{Code: "GB", Name: "United Kingdom", Zone: "Europe/London", Holidays: calgb.Holidays},
}
