package holidays

import (
	callv "github.com/rickar/cal/v2/lv"
)

// lvRegions are the presets of Latvia.
var lvRegions = []Region{
	{Code: "LV", Name: "Latvia", Zone: "Europe/Riga", Holidays: callv.Holidays},
}
