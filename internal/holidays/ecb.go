package holidays

import (
	calecb "github.com/rickar/cal/v2/ecb"
)

// ecbRegions are the presets of European Central Bank (TARGET2).
var ecbRegions = []Region{
	{Code: "ECB", Name: "European Central Bank (TARGET2)", Zone: "Europe/Berlin", Holidays: calecb.Holidays},
}
