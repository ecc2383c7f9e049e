package holidays

import (
	calar "github.com/rickar/cal/v2/ar"
)

// arRegions are the presets of Argentina.
var arRegions = []Region{
	{Code: "AR", Name: "Argentina", Zone: "America/Argentina/Buenos_Aires", Holidays: calar.Holidays},
}
