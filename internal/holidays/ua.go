package holidays

import (
	calua "github.com/rickar/cal/v2/ua"
)

// uaRegions are the presets of Ukraine.
var uaRegions = []Region{
	{Code: "UA", Name: "Ukraine", Zone: "Europe/Kyiv", Holidays: calua.Holidays},
}
