package holidays

import (
	calse "github.com/rickar/cal/v2/se"
)

// seRegions are the presets of Sweden.
var seRegions = []Region{
	{Code: "SE", Name: "Sweden", Zone: "Europe/Stockholm", Holidays: calse.Holidays},
}
