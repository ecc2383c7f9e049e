package holidays

import (
	calpl "github.com/rickar/cal/v2/pl"
)

// plRegions are the presets of Poland.
var plRegions = []Region{
	{Code: "PL", Name: "Poland", Zone: "Europe/Warsaw", Holidays: calpl.Holidays},
}
