package holidays

import (
	calbr "github.com/rickar/cal/v2/br"
)

// brRegions are the presets of Brazil.
var brRegions = []Region{
	{Code: "BR", Name: "Brazil", Zone: "America/Sao_Paulo", Holidays: calbr.Holidays},
}
