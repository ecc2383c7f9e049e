package holidays

import (
	calat "github.com/rickar/cal/v2/at"
)

// atRegions are the presets of Austria.
var atRegions = []Region{
	{Code: "AT", Name: "Austria", Zone: "Europe/Vienna", Holidays: calat.Holidays},
}
