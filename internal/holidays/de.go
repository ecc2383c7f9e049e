package holidays

import (
	"slices"
	"time"

	"github.com/rickar/cal/v2"
	calde "github.com/rickar/cal/v2/de"
)

// Germany. German Unity Day is federal law (Unification Treaty); every other
// public holiday is set by each state's holiday law (Feiertagsgesetz). The
// "DE" preset holds the days that every one of the 16 states keeps. Sources
// and notes: sources/de.md.

// Days of every state. Upstream values are right for these; they are only
// renamed. Sources: each state's holiday law (see sources/de.md) and the
// Federal Ministry of the Interior's list of public holidays,
// https://www.bmi.bund.de/DE/themen/verfassung/staatliche-symbole/nationale-feiertage/nationale-feiertage-node.html
var (
	deNewYear       = named(calde.Neujahr, "New Year's Day (Neujahr)")
	deGoodFriday    = named(calde.Karfreitag, "Good Friday (Karfreitag)")
	deEasterMonday  = named(calde.Ostermontag, "Easter Monday (Ostermontag)")
	deLabourDay     = named(calde.TagderArbeit, "Labour Day (Tag der Arbeit)")
	deAscension     = named(calde.ChristiHimmelfahrt, "Ascension Day (Christi Himmelfahrt)")
	deWhitMonday    = named(calde.Pfingstmontag, "Whit Monday (Pfingstmontag)")
	deChristmas     = named(calde.Weihnachtstag, "Christmas Day (Erster Weihnachtstag)")
	deSecondXmasDay = named(calde.ZweiterWeihnachtsfeiertag, "Second Day of Christmas (Zweiter Weihnachtstag)")

	// German Unity Day, 3 October, from 1990: Unification Treaty
	// (Einigungsvertrag) art. 2(2),
	// https://www.gesetze-im-internet.de/einigvtr/art_2.html. Upstream
	// applies it to every year; before 1990 the day did not exist.
	deUnityDay = during(named(calde.DeutschenEinheit, "German Unity Day (Tag der Deutschen Einheit)"), 1990, 0)

	// Day of German Unity, 17 June, 1954–1990 in the Federal Republic
	// (West Germany and West Berlin): Gesetz über den Tag der deutschen
	// Einheit of 4 August 1953 (BGBl. I S. 778), repealed by the
	// Unification Treaty, which moved the day to 3 October. Upstream lacks it.
	deUnityDayJune17 = &cal.Holiday{
		Name: "Day of German Unity (17 June)", Type: cal.ObservancePublic,
		Month: time.June, Day: 17, Func: cal.CalcDayOfMonth, StartYear: 1954, EndYear: 1990,
	}

	// Day of Repentance and Prayer (Buß- und Bettag), the Wednesday before
	// 23 November, a holiday of every state from reunification to 1994; from
	// 1995 the states abolished it to fund the long-term care insurance
	// (§ 58 SGB XI, Pflege-Versicherungsgesetz of 26 May 1994, BGBl. I
	// S. 1014), except Saxony (Sächsisches Sonn- und Feiertagsgesetz § 1). Upstream keeps it in
	// Saxony only and in every year. Years before 1990 are not modelled.
	deRepentance     = during(named(calde.BussUndBettag, "Day of Repentance and Prayer (Buß- und Bettag)"), 1990, 0)
	deRepentanceTo94 = during(deRepentance, 1990, 1994)

	// Reformation Day, 31 October 2017, the 500th anniversary of the
	// Reformation: a one-off holiday in every state, each by its own
	// amendment of its holiday law after the heads of the state governments
	// agreed on it (the eastern states keep the day every year anyway).
	// Upstream lacks it outside the states that keep Reformation Day every
	// year.
	deReformation2017 = oneOff("Reformation Day, 500th anniversary (Reformationstag)", 2017, time.October, 31)
)

// Days of some states.
var (
	deEpiphany      = named(calde.HeiligeDreiKoenige, "Epiphany (Heilige Drei Könige)")
	deCorpusChristi = named(calde.Fronleichnam, "Corpus Christi (Fronleichnam)")
	deAssumption    = named(calde.MariaHimmelfahrt, "Assumption Day (Mariä Himmelfahrt)")
	deAllSaints     = named(calde.Allerheiligen, "All Saints' Day (Allerheiligen)")

	// Reformation Day in Brandenburg, Mecklenburg-Western Pomerania,
	// Saxony, Saxony-Anhalt and Thuringia: a holiday since the states were
	// re-established in 1990 (each state's holiday law, e.g. Brandenburg
	// FTG § 2, https://bravors.brandenburg.de/gesetze/ftg). Upstream applies
	// it to every year; bounded here to 1990 on.
	deReformationEast = during(named(calde.Reformationstag, "Reformation Day (Reformationstag)"), 1990, 0)

	// Reformation Day in Bremen, Hamburg, Lower Saxony and
	// Schleswig-Holstein from 2018: each state amended its holiday law in
	// 2018 (Bremen: Gesetz über die Sonn- und Feiertage § 1; Hamburg:
	// Feiertagsgesetz § 1; Lower Saxony: NFeiertagsG § 2; Schleswig-Holstein:
	// SFTG § 2). Upstream applies it to every year, which is wrong before
	// 2018 (2017 was the one-off anniversary, above).
	deReformationNorth = during(named(calde.Reformationstag, "Reformation Day (Reformationstag)"), 2018, 0)

	// International Women's Day in Berlin from 2019: Gesetz über die Sonn-
	// und Feiertage (FeiertG BE) § 1 as amended on 24 January 2019,
	// https://gesetze.berlin.de/bsbe/document/jlr-FeiertGBEpP1. Upstream
	// applies it to every year.
	deWomensDayBE = named(during(calde.Frauentag, 2019, 0), "International Women's Day (Frauentag)")

	// International Women's Day in Mecklenburg-Western Pomerania from
	// 2023: Feiertagsgesetz M-V § 2 as amended by the Landtag in June 2022,
	// https://www.landesrecht-mv.de/bsmv/document/jlr-FeiertGMVpP2.
	// Upstream lacks it.
	deWomensDayMV = named(during(calde.Frauentag, 2023, 0), "International Women's Day (Frauentag)")

	// Day of Liberation, 8 May 2020 and 8 May 2025 (75th and 80th
	// anniversaries of the end of the Second World War in Europe): one-off
	// holidays in Berlin: FeiertG BE § 1 as amended on 24 January 2019
	// (2020) and again for 2025. Upstream lacks them.
	deLiberation2020 = oneOff("Day of Liberation, 75th anniversary (Tag der Befreiung)", 2020, time.May, 8)
	deLiberation2025 = oneOff("Day of Liberation, 80th anniversary (Tag der Befreiung)", 2025, time.May, 8)

	// World Children's Day in Thuringia from 2019: Thüringer Feier- und
	// Gedenktagsgesetz § 2 as amended on 21 March 2019,
	// https://landesrecht.thueringen.de/bsth/document/jlr-FeiertGTHpP2.
	// Upstream is right (from 2019); renamed.
	deChildrensDayTH = named(calde.Weltkindertag, "World Children's Day (Weltkindertag)")
)

// deFederal is the list of days every state keeps.
var deFederal = []*cal.Holiday{
	deNewYear, deGoodFriday, deEasterMonday, deLabourDay, deAscension,
	deWhitMonday, deUnityDay, deChristmas, deSecondXmasDay,
	deRepentanceTo94, deReformation2017,
}

// deWest is deFederal plus the 17 June unity day of the old Federal
// Republic, for the states that belonged to it (West Berlin included).
var deWest = slices.Concat(deFederal, []*cal.Holiday{deUnityDayJune17})

// deWith returns the holidays of list followed by extra, in a new slice.
func deWith(list []*cal.Holiday, extra ...*cal.Holiday) []*cal.Holiday {
	return slices.Concat(list, extra)
}

// deRegions are the presets of Germany.
var deRegions = []Region{
	{Code: "DE", Name: "Germany", Zone: "Europe/Berlin", Holidays: deWest},
	{Code: "DE-BB", Name: "Germany: Brandenburg", Zone: "Europe/Berlin", Holidays: deWith(deFederal, deReformationEast)},
	{Code: "DE-BE", Name: "Germany: Berlin", Zone: "Europe/Berlin", Holidays: deWith(deWest, deWomensDayBE, deLiberation2020, deLiberation2025)},
	{Code: "DE-BW", Name: "Germany: Baden-Württemberg", Zone: "Europe/Berlin", Holidays: deWith(deWest, deEpiphany, deCorpusChristi, deAllSaints)},
	{Code: "DE-BY", Name: "Germany: Bavaria", Zone: "Europe/Berlin", Holidays: deWith(deWest, deEpiphany, deCorpusChristi, deAllSaints)},
	{Code: "DE-HB", Name: "Germany: Bremen", Zone: "Europe/Berlin", Holidays: deWith(deWest, deReformationNorth)},
	{Code: "DE-HE", Name: "Germany: Hesse", Zone: "Europe/Berlin", Holidays: deWith(deWest, deCorpusChristi)},
	{Code: "DE-HH", Name: "Germany: Hamburg", Zone: "Europe/Berlin", Holidays: deWith(deWest, deReformationNorth)},
	{Code: "DE-MV", Name: "Germany: Mecklenburg-Western Pomerania", Zone: "Europe/Berlin", Holidays: deWith(deFederal, deReformationEast, deWomensDayMV)},
	{Code: "DE-NI", Name: "Germany: Lower Saxony", Zone: "Europe/Berlin", Holidays: deWith(deWest, deReformationNorth)},
	{Code: "DE-NW", Name: "Germany: North Rhine-Westphalia", Zone: "Europe/Berlin", Holidays: deWith(deWest, deCorpusChristi, deAllSaints)},
	{Code: "DE-RP", Name: "Germany: Rhineland-Palatinate", Zone: "Europe/Berlin", Holidays: deWith(deWest, deCorpusChristi, deAllSaints)},
	{Code: "DE-SH", Name: "Germany: Schleswig-Holstein", Zone: "Europe/Berlin", Holidays: deWith(deWest, deReformationNorth)},
	{Code: "DE-SL", Name: "Germany: Saarland", Zone: "Europe/Berlin", Holidays: deWith(deWest, deCorpusChristi, deAssumption, deAllSaints)},
	{Code: "DE-SN", Name: "Germany: Saxony", Zone: "Europe/Berlin", Holidays: deWith(deFederal, deReformationEast, deRepentance)},
	{Code: "DE-ST", Name: "Germany: Saxony-Anhalt", Zone: "Europe/Berlin", Holidays: deWith(deFederal, deEpiphany, deReformationEast)},
	{Code: "DE-TH", Name: "Germany: Thuringia", Zone: "Europe/Berlin", Holidays: deWith(deFederal, deReformationEast, deChildrensDayTH)},
}
