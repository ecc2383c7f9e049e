package holidays

import (
	calru "github.com/rickar/cal/v2/ru"
)

// ruRegions are the presets of Russia.
var ruRegions = []Region{
	{Code: "RU", Name: "Russia", Zone: "Europe/Moscow", Holidays: calru.Holidays},
}
