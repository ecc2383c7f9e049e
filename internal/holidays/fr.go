package holidays

import (
	calfr "github.com/rickar/cal/v2/fr"
)

// frRegions are the presets of France.
var frRegions = []Region{
	{Code: "FR", Name: "France", Zone: "Europe/Paris", Holidays: calfr.Holidays},
}
