package holidays

import (
	calnl "github.com/rickar/cal/v2/nl"
)

// nlRegions are the presets of Netherlands.
var nlRegions = []Region{
	{Code: "NL", Name: "Netherlands", Zone: "Europe/Amsterdam", Holidays: calnl.Holidays},
}
