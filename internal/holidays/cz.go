package holidays

import (
	calcz "github.com/rickar/cal/v2/cz"
)

// czRegions are the presets of Czechia.
var czRegions = []Region{
	{Code: "CZ", Name: "Czechia", Zone: "Europe/Prague", Holidays: calcz.Holidays},
}
