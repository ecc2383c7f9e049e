package holidays

import (
	caldk "github.com/rickar/cal/v2/dk"
)

// dkRegions are the presets of Denmark.
var dkRegions = []Region{
	{Code: "DK", Name: "Denmark", Zone: "Europe/Copenhagen", Holidays: caldk.Holidays},
}
