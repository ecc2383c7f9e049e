package holidays

import (
	calsi "github.com/rickar/cal/v2/si"
)

// siRegions are the presets of Slovenia.
var siRegions = []Region{
	{Code: "SI", Name: "Slovenia", Zone: "Europe/Ljubljana", Holidays: calsi.Holidays},
}
