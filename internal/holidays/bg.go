package holidays

import (
	calbg "github.com/rickar/cal/v2/bg"
)

// bgRegions are the presets of Bulgaria.
var bgRegions = []Region{
	{Code: "BG", Name: "Bulgaria", Zone: "Europe/Sofia", Holidays: calbg.Holidays},
}
