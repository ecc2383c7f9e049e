package holidays

import (
	calus "github.com/rickar/cal/v2/us"
)

// usRegions are the presets of United States.
var usRegions = []Region{
	{Code: "US", Name: "United States", Zone: "America/New_York", Holidays: calus.Holidays},
}
