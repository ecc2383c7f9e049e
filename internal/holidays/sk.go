package holidays

import (
	calsk "github.com/rickar/cal/v2/sk"
)

// skRegions are the presets of Slovakia.
var skRegions = []Region{
	{Code: "SK", Name: "Slovakia", Zone: "Europe/Bratislava", Holidays: calsk.Holidays},
}
