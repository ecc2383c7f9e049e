package holidays

import (
	calca "github.com/rickar/cal/v2/ca"
)

// caRegions are the presets of Canada.
var caRegions = []Region{
	{Code: "CA", Name: "Canada", Zone: "America/Toronto", Holidays: calca.Holidays},
}
