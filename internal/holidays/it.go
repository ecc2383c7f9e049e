package holidays

import (
	calit "github.com/rickar/cal/v2/it"
)

// itRegions are the presets of Italy.
var itRegions = []Region{
	{Code: "IT", Name: "Italy", Zone: "Europe/Rome", Holidays: calit.Holidays},
}
