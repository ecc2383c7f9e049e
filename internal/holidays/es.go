package holidays

import (
	cales "github.com/rickar/cal/v2/es"
)

// esRegions are the presets of Spain.
var esRegions = []Region{
	{Code: "ES", Name: "Spain", Zone: "Europe/Madrid", Holidays: cales.Holidays},
}
