package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calch "github.com/rickar/cal/v2/ch"
)

// Switzerland has one federal holiday, 1 August (Federal Constitution
// art. 110 para. 3). Every other public holiday is cantonal: each canton
// equates up to eight further days with Sundays (Labour Act art. 20a
// para. 1) and may keep further public rest days of its own. The canton
// presets follow each canton's statute; sources/ch.md cites them and
// lists every difference with the datasets we compare with.
//
// Where a cantonal statute gives different days to different parts of the
// canton (districts or named municipalities, usually Catholic and Reformed
// parts), the preset closes the days of every list in the statute, so a
// date is closed when the canton's law makes it a holiday anywhere in the
// canton; sources/ch.md says which part keeps which day. Days that a
// municipality declares on its own (patron saints, local fairs) are not in
// any preset.

// Days shared by several cantons, with English names. rickar/cal's dates
// for these are right; only the names change.
var (
	chNewYear        = named(calch.Neujahr, "New Year's Day (Neujahr)")
	chEpiphany       = named(calch.HeiligeDreiKoenige, "Epiphany (Heilige Drei Könige)")
	chStJoseph       = named(calch.Josefstag, "Saint Joseph's Day (Josefstag)")
	chGoodFriday     = named(calch.Karfreitag, "Good Friday (Karfreitag)")
	chEasterMonday   = named(calch.Ostermontag, "Easter Monday (Ostermontag)")
	chLabourDay      = named(calch.TagderArbeit, "Labour Day (Tag der Arbeit)")
	chAscension      = named(calch.Auffahrt, "Ascension Day (Auffahrt)")
	chWhitMonday     = named(calch.Pfingstmontag, "Whit Monday (Pfingstmontag)")
	chCorpusChristi  = named(calch.Fronleichnam, "Corpus Christi (Fronleichnam)")
	chNationalDay    = named(calch.Bundesfeiertag, "Swiss National Day (Bundesfeiertag)")
	chAssumption     = named(calch.MariaHimmelfahrt, "Assumption Day (Mariä Himmelfahrt)")
	chAllSaints      = named(calch.Allerheiligen, "All Saints' Day (Allerheiligen)")
	chImmaculate     = named(calch.MariaEmpfangnis, "Immaculate Conception (Mariä Empfängnis)")
	chChristmas      = named(calch.Weihnachtstag, "Christmas Day (Weihnachtstag)")
	chStStephen      = named(calch.ZweiterWeihnachtsfeiertag, "Saint Stephen's Day (Stephanstag)")
	chBerchtoldsTag  = fixed("Berchtold's Day (Berchtoldstag)", time.January, 2)
	chStStephenShort = &cal.Holiday{
		Name: "Saint Stephen's Day (Stephanstag)", Type: cal.ObservancePublic,
		Month: time.December, Day: 26, Func: chCalcStStephenUnlessBridge,
	}
)

// chCalcStStephenUnlessBridge is 26 December, except in years when
// Christmas Day falls on a Monday or a Friday (then 26 December is a
// working day, or a Saturday that is not a rest day): the rule of the
// federal Sunday driving ban (VRV art. 91 para. 1) and of the Appenzell
// cantons, which avoid three rest days in a row.
func chCalcStStephenUnlessBridge(_ *cal.Holiday, year int) time.Time {
	switch time.Date(year, time.December, 25, 12, 0, 0, 0, time.UTC).Weekday() {
	case time.Monday, time.Friday:
		return time.Time{}
	}
	return time.Date(year, time.December, 26, 0, 0, 0, 0, cal.DefaultLoc)
}

// chNational are the days of the "CH" preset: the public holidays that
// federal law names for the whole country. Switzerland has no federal
// list of public holidays beyond 1 August; the one federal rule that
// applies to everybody on a fixed list of holidays is the Sunday driving
// ban for heavy vehicles, Verkehrsregelnverordnung (VRV, SR 741.11)
// art. 91 para. 1, as amended with effect from 2011-01-01 (AS 2010 4569):
// New Year's Day, Good Friday, Easter Monday, Ascension Day, Whit Monday,
// 1 August, Christmas Day, and 26 December unless Christmas Day falls on a
// Monday or a Friday.
// https://www.fedlex.admin.ch/eli/cc/1962/1364_1409_1420/de#art_91
//
// Correction: upstream's ch.Holidays also has 2 January, 6 January,
// 19 March, 1 May, Corpus Christi, 15 August and 8 December, which are
// holidays in some cantons only, and keeps 26 December every year.
// A user who needs one canton's days uses that canton's preset.
var chNational = []*cal.Holiday{
	chNewYear, chGoodFriday, chEasterMonday, chAscension, chWhitMonday,
	chNationalDay, chChristmas, chStStephenShort,
}

// chGenevaFast is the Jeûne genevois, the Thursday after the first Sunday
// of September (the first Thursday on or after 5 September).
// Loi sur les jours fériés (LJF, rs/GE J 1 45) of 1951-11-03, art. 1
// para. 1 let. g (text as reproduced at https://www.cgas.ch/SPIP/spip.php?article1286).
// Correction: upstream's ch.HolidaysGE lacks it.
var chGenevaFast = weekdayFrom("Geneva Fast (Jeûne genevois)", time.September, 5, time.Thursday, 1)

// chGenevaRestoration is 31 December, the anniversary of the restoration
// of the Republic (1813). LJF (rs/GE J 1 45) art. 1 para. 1 let. i.
// Correction: upstream's ch.HolidaysGE lacks it.
var chGenevaRestoration = fixed("Restoration of the Republic (Restauration de la République)", time.December, 31)

// chFederalFastMonday is the Monday after the Federal Fast (the third
// Sunday of September), the first Monday on or after 16 September. Vaud:
// the State's list of official public holidays (jours fériés officiels),
// https://www.vd.ch/formation/jours-feries-et-vacances-scolaires
// (read for 2023 to 2029). Correction: upstream's ch.HolidaysVD lacks it.
var chFederalFastMonday = weekdayFrom("Federal Fast Monday (Lundi du Jeûne fédéral)", time.September, 16, time.Monday, 1)

// chJuraPlebiscite is 23 June, the anniversary of the 1974 plebiscite
// that created the canton. Loi sur les jours fériés officiels et le repos
// dominical of 2022-08-31 art. 3 let. b, which continues the
// canton's list since its creation on 1979-01-01.
// Correction: upstream's ch.HolidaysJU lacks it.
var chJuraPlebiscite = during(fixed("Jura Independence Day (Commémoration du plébiscite)", time.June, 23), 1979, 0)

// chNeuchatelRepublic is 1 March, the anniversary of the 1848 Republic.
// Loi sur le repos hebdomadaire et les jours fériés of 1991-09-30
// (RSN 941.02) art. 3 para. 1.
// https://rsn.ne.ch/DATA/program/books/rsne/htm/94102.htm
// Correction: upstream's ch.HolidaysNE lacks it.
var chNeuchatelRepublic = fixed("Republic Day (Instauration de la République)", time.March, 1)

// chNeuchatelJan2 and chNeuchatelDec26: RSN 941.02 art. 3 para. 1 makes
// 2 January and 26 December days of rest only when 1 January,
// respectively Christmas Day, falls on a Sunday. Correction: upstream's
// ch.HolidaysNE has neither.
var (
	chNeuchatelJan2 = &cal.Holiday{
		Name: "2 January (2 janvier, after a Sunday New Year)", Type: cal.ObservancePublic,
		Month: time.January, Day: 2, Func: chCalcAfterSunday,
	}
	chNeuchatelDec26 = &cal.Holiday{
		Name: "26 December (26 décembre, after a Sunday Christmas)", Type: cal.ObservancePublic,
		Month: time.December, Day: 26, Func: chCalcAfterSunday,
	}
)

// chCalcAfterSunday is h's date in years when the day before it is a
// Sunday, and no date otherwise.
func chCalcAfterSunday(h *cal.Holiday, year int) time.Time {
	if time.Date(year, h.Month, h.Day-1, 12, 0, 0, 0, time.UTC).Weekday() != time.Sunday {
		return time.Time{}
	}
	return time.Date(year, h.Month, h.Day, 0, 0, 0, 0, cal.DefaultLoc)
}

// chBrotherKlaus is 25 September, the feast of Nicholas of Flüe, patron of
// Obwalden. Gesetz über die öffentlichen Ruhetage (Ruhetagsgesetz) of
// 2007-04-27 art. 2 para. 1 let. b.
// Correction: upstream's ch.HolidaysOW lacks it.
var chBrotherKlaus = fixed("Saint Nicholas of Flüe (Bruderklausenfest)", time.September, 25)

// chPeterPaul is 29 June. Ticino: Legge concernente i giorni festivi
// ufficiali of 2009-12-15 (RL 10.1.1.1.2, in force 2010-02-09) art. 1
// no. 9, which replaced the decree of 1934-07-10 with the same day.
// https://www3.ti.ch/CAN/RLeggi/public/raccolta-leggi/legge/numero/10.1.1.1.2
// Correction: upstream's ch.HolidaysTI lacks it.
var chPeterPaul = fixed("Saints Peter and Paul (San Pietro e Paolo)", time.June, 29)

// chSaintMaurice is 22 September, kept in the inner part (innerer
// Landesteil) of Appenzell Innerrhoden. Ruhetagsgesetz (GS 822.200)
// art. 2, as summarised on https://ai.ch/themen/wirtschaft-und-arbeit/feiertage-ruhetage.
// Correction: upstream's ch.HolidaysAI lacks it.
var chSaintMaurice = fixed("Saint Maurice's Day (Mauritiustag; inner part only)", time.September, 22)

// chNaefelsRide is the Näfelser Fahrt: the first Thursday of April, a
// week later when that Thursday is Maundy Thursday. Glarus: Gesetz über
// die öffentlichen Ruhetage of 2012-05-06 art. 2 para. 1, see
// https://www.gl.ch/verwaltung/volkswirtschaft-und-inneres/wirtschaft-und-arbeit/arbeit/arbeitsinspektorat/feiertagstagsregelung-sonntagsverkaeufe.html
// Correction: upstream's ch.HolidaysGL lacks it.
var chNaefelsRide = &cal.Holiday{
	Name: "Näfels Ride (Näfelser Fahrt)", Type: cal.ObservancePublic,
	Month: time.April, Func: chCalcNaefelsRide,
}

func chCalcNaefelsRide(_ *cal.Holiday, year int) time.Time {
	d := cal.CalcWeekdayFrom(&cal.Holiday{Month: time.April, Day: 1, Weekday: time.Thursday, Offset: 1}, year)
	maundy := cal.CalcEasterOffset(&cal.Holiday{Offset: -3}, year)
	if d.Equal(maundy) {
		d = d.AddDate(0, 0, 7)
	}
	return d
}

// chCanton builds a canton's region.
func chCanton(code, name string, days ...*cal.Holiday) Region {
	return Region{Code: code, Name: "Switzerland: " + name, Zone: "Europe/Zurich", Holidays: days}
}

// chRegions are the presets of Switzerland. Each canton's days come from
// its statute (sources/ch.md cites it); a comment says where the preset
// differs from upstream's list. Every canton has 1 August (federal).
var chRegions = []Region{
	// CH: see chNational.
	{Code: "CH", Name: "Switzerland", Zone: "Europe/Zurich", Holidays: chNational},
	// Aargau: the union of the district lists of the cantonal ordinance on
	// the days equated with Sundays (Reformed districts: 2 January, Easter
	// and Whit Monday, 26 December; Catholic districts: Corpus Christi,
	// 15 August, 1 November, 8 December).
	chCanton("CH-AG", "Aargau", chNewYear, chBerchtoldsTag, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chCorpusChristi, chNationalDay, chAssumption, chAllSaints,
		chImmaculate, chChristmas, chStStephen),
	// Appenzell Innerrhoden: Ruhetagsgesetz (GS 822.200) art. 2; 26 December
	// is not a rest day when it would make three in a row (upstream keeps
	// it every year); Saint Maurice in the inner part (upstream lacks it).
	chCanton("CH-AI", "Appenzell Innerrhoden", chNewYear, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chCorpusChristi, chNationalDay, chAssumption, chSaintMaurice,
		chAllSaints, chImmaculate, chChristmas, chStStephenShort),
	// Appenzell Ausserrhoden: cantonal ordinance to the Labour Act; 26
	// December is not a holiday when Christmas Day falls on a Monday or a
	// Friday (upstream keeps it every year).
	chCanton("CH-AR", "Appenzell Ausserrhoden", chNewYear, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephenShort),
	// Bern: Gesetz über die Ruhe an öffentlichen Feiertagen (BSG 555.1)
	// art. 2.
	chCanton("CH-BE", "Bern", chNewYear, chBerchtoldsTag, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephen),
	// Basel-Landschaft: Ruhetagsgesetz; Corpus Christi, 15 August and
	// 1 November are local holidays that each municipality may keep or
	// drop, so they are not cantonal (upstream closes Corpus Christi and
	// 15 August).
	chCanton("CH-BL", "Basel-Landschaft", chNewYear, chGoodFriday, chEasterMonday, chLabourDay,
		chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephen),
	// Basel-Stadt: Gesetz über öffentliche Ruhetage und Ladenöffnung
	// (SG 811.100) § 2.
	chCanton("CH-BS", "Basel-Stadt", chNewYear, chGoodFriday, chEasterMonday, chLabourDay,
		chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephen),
	// Fribourg: the union of the lists of the Catholic part (Corpus Christi,
	// 15 August, 1 November, 8 December) and of the Reformed municipalities
	// (2 January, Easter and Whit Monday, 26 December). Upstream has 1 May,
	// which is in neither list, and lacks 8 December and the Reformed days.
	chCanton("CH-FR", "Fribourg", chNewYear, chBerchtoldsTag, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chCorpusChristi, chNationalDay, chAssumption, chAllSaints,
		chImmaculate, chChristmas, chStStephen),
	// Geneva: LJF (rs/GE J 1 45) art. 1. Upstream has Corpus Christi, which
	// Geneva does not keep, and lacks the Jeûne genevois and 31 December.
	chCanton("CH-GE", "Geneva", chNewYear, chGoodFriday, chEasterMonday, chAscension,
		chWhitMonday, chNationalDay, chGenevaFast, chChristmas, chGenevaRestoration),
	// Glarus: Ruhetagsgesetz of 2012 (Whit Monday is a cantonal rest day,
	// the others are equated with Sundays). Upstream lacks the Näfels Ride.
	chCanton("CH-GL", "Glarus", chNewYear, chNaefelsRide, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chNationalDay, chAllSaints, chChristmas, chStStephen),
	// Graubünden: cantonal Ruhetagsgesetz; the Catholic feasts are kept by
	// municipal decision only, so they are not cantonal (upstream closes
	// 6 January, 19 March, Corpus Christi, 15 August, 1 November and
	// 8 December).
	chCanton("CH-GR", "Graubünden", chNewYear, chGoodFriday, chEasterMonday, chAscension,
		chWhitMonday, chNationalDay, chChristmas, chStStephen),
	// Jura: loi sur les jours fériés officiels of 2022 art. 3. Upstream
	// lacks 23 June.
	chCanton("CH-JU", "Jura", chNewYear, chBerchtoldsTag, chGoodFriday, chEasterMonday,
		chLabourDay, chAscension, chWhitMonday, chCorpusChristi, chJuraPlebiscite, chNationalDay,
		chAssumption, chAllSaints, chChristmas),
	// Lucerne: Ruhetags- und Ladenschlussgesetz (SRL 855) § 1a. 19 March
	// is a rest day only where a municipality declares it (upstream closes
	// it for the whole canton).
	chCanton("CH-LU", "Lucerne", chNewYear, chGoodFriday, chAscension, chCorpusChristi,
		chNationalDay, chAssumption, chAllSaints, chImmaculate, chChristmas, chStStephen),
	// Neuchâtel: RSN 941.02 art. 3. Easter Monday, Whit Monday and Corpus
	// Christi are not cantonal holidays (upstream closes Corpus Christi).
	chCanton("CH-NE", "Neuchâtel", chNewYear, chNeuchatelJan2, chNeuchatelRepublic,
		chGoodFriday, chLabourDay, chAscension, chNationalDay, chChristmas, chNeuchatelDec26),
	// Nidwalden: cantonal Ruhetagsgesetz (Easter Monday, Whit Monday and
	// 26 December are no holidays).
	chCanton("CH-NW", "Nidwalden", chNewYear, chStJoseph, chGoodFriday, chAscension,
		chCorpusChristi, chNationalDay, chAssumption, chAllSaints, chImmaculate, chChristmas),
	// Obwalden: Ruhetagsgesetz of 2007 art. 2. Upstream lacks 25 September.
	chCanton("CH-OW", "Obwalden", chNewYear, chGoodFriday, chAscension, chCorpusChristi,
		chNationalDay, chAssumption, chBrotherKlaus, chAllSaints, chImmaculate, chChristmas),
	// St. Gallen: Gesetz über Ruhetag und Ladenöffnung (sGS 552.1).
	chCanton("CH-SG", "St. Gallen", chNewYear, chGoodFriday, chEasterMonday, chAscension,
		chWhitMonday, chNationalDay, chAllSaints, chChristmas, chStStephen),
	// Schaffhausen: cantonal Ruhetagsgesetz (2 January is a working day).
	chCanton("CH-SH", "Schaffhausen", chNewYear, chGoodFriday, chEasterMonday, chLabourDay,
		chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephen),
	// Solothurn: the days equated with Sundays (1 May from noon; Corpus
	// Christi, 15 August and 1 November not in the Bucheggberg district),
	// https://so.ch/allgemeine-informationen/gesetzliche-feiertage/.
	// Upstream also closes Whit Monday and 26 December, which are not
	// cantonal holidays.
	chCanton("CH-SO", "Solothurn", chNewYear, chGoodFriday, chLabourDay, chAscension,
		chCorpusChristi, chNationalDay, chAssumption, chAllSaints, chChristmas),
	// Schwyz and Uri: upstream's lists, which both datasets share.
	chCanton("CH-SZ", "Schwyz", chNewYear, chEpiphany, chStJoseph, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chCorpusChristi, chNationalDay, chAssumption, chAllSaints,
		chImmaculate, chChristmas, chStStephen),
	// Thurgau: Ruhetagsgesetz (RB 822.9) § 1.
	chCanton("CH-TG", "Thurgau", chNewYear, chBerchtoldsTag, chGoodFriday, chEasterMonday,
		chLabourDay, chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephen),
	// Ticino: RL 10.1.1.1.2 art. 1 (no Good Friday). Upstream lacks 29 June.
	chCanton("CH-TI", "Ticino", chNewYear, chEpiphany, chStJoseph, chEasterMonday, chLabourDay,
		chAscension, chWhitMonday, chCorpusChristi, chPeterPaul, chNationalDay, chAssumption,
		chAllSaints, chImmaculate, chChristmas, chStStephen),
	chCanton("CH-UR", "Uri", chNewYear, chEpiphany, chStJoseph, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chCorpusChristi, chNationalDay, chAssumption, chAllSaints,
		chImmaculate, chChristmas, chStStephen),
	// Vaud: the State's list of official holidays. Upstream lacks the
	// Federal Fast Monday.
	chCanton("CH-VD", "Vaud", chNewYear, chBerchtoldsTag, chGoodFriday, chEasterMonday,
		chAscension, chWhitMonday, chNationalDay, chFederalFastMonday, chChristmas),
	// Valais: the canton's list of holidays equated with Sundays
	// (https://www.vs.ch/de/web/spt/jours-feries); no Good Friday, Easter
	// Monday, Whit Monday or 26 December.
	chCanton("CH-VS", "Valais", chNewYear, chStJoseph, chAscension, chCorpusChristi,
		chNationalDay, chAssumption, chAllSaints, chImmaculate, chChristmas),
	// Zug: Ruhetags- und Ladenöffnungsgesetz of 2003-08-28 (BGS 942.31)
	// § 1. Upstream lacks Corpus Christi, 15 August and 8 December and
	// closes Easter Monday, Whit Monday and 26 December, which are not
	// public rest days in Zug.
	chCanton("CH-ZG", "Zug", chNewYear, chGoodFriday, chAscension, chCorpusChristi,
		chNationalDay, chAssumption, chAllSaints, chImmaculate, chChristmas),
	// Zurich: Ruhetags- und Ladenöffnungsgesetz (LS 822.4) § 1.
	chCanton("CH-ZH", "Zurich", chNewYear, chGoodFriday, chEasterMonday, chLabourDay,
		chAscension, chWhitMonday, chNationalDay, chChristmas, chStStephen),
}
