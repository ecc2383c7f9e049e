package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	calar "github.com/rickar/cal/v2/ar"
)

// Argentina: Ley 27.399 (2017), "Establecimiento de feriados y fines de
// semana largos", https://www.argentina.gob.ar/normativa/nacional/ley-27399-281835/texto.
// Art. 1 lists the national holidays ("feriados nacionales"), inamovible or
// transferable; the law also names "días no laborables" (Holy Thursday and
// the Jewish and Islamic days), where the employer decides whether to work,
// so they are not closures; art. 6 moves the transferable holidays; the
// executive may fix up to three "feriados o días no laborables" for tourism
// each year. See sources/ar.md.
//
// Upstream (rickar/cal v2.1.13) has Good Friday on Easter − 3 (Holy
// Thursday), keeps the transferable holidays on their date and adds
// Saturday→Friday and Sunday→Monday substitutes the law does not have, and
// applies Carnival and 24 March to every year.

// arTransferable is a holiday of Ley 27.399 art. 6: on a Tuesday or
// Wednesday it moves to the Monday before, on a Thursday or Friday to the
// Monday after; the original date is a working day. On a weekend it stays
// where it is unless the Jefatura de Gabinete moves it (Decreto 614/2025),
// which arTransferMoves records per year.
func arTransferable(name string, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, Func: arCalcTransfer}
}

// arTransferMoves are the weekend transferable holidays moved by the
// Jefatura de Gabinete under Decreto 614/2025 (Boletín Oficial
// 2025-08-28), which lets it move a transferable holiday that falls on a
// weekend to the Friday before or the Monday after.
var arTransferMoves = map[arTransferKey]time.Time{
	// Resolución 139/2025 JGM (Boletín Oficial 2025-09-01): 12 October 2025,
	// a Sunday, is held on Friday 10 October.
	{2025, time.October}: time.Date(2025, time.October, 10, 0, 0, 0, 0, time.UTC),
}

type arTransferKey struct {
	year  int
	month time.Month
}

func arCalcTransfer(h *cal.Holiday, year int) time.Time {
	if d, ok := arTransferMoves[arTransferKey{year, h.Month}]; ok {
		return time.Date(year, d.Month(), d.Day(), 0, 0, 0, 0, cal.DefaultLoc)
	}
	d := time.Date(year, h.Month, h.Day, 0, 0, 0, 0, cal.DefaultLoc)
	var moved time.Time
	switch d.Weekday() {
	case time.Tuesday, time.Wednesday:
		moved = d.AddDate(0, 0, -int(d.Weekday()-time.Monday))
	case time.Thursday, time.Friday:
		moved = d.AddDate(0, 0, 8-int(d.Weekday()))
	default:
		return d
	}
	// A Friday 17 June would move onto 20 June, Belgrano's inamovible
	// holiday; in 2022 the official calendar of the Ministerio del Interior
	// kept Güemes' holiday on Friday 17 June instead.
	if moved.Month() == time.June && moved.Day() == 20 {
		return d
	}
	return moved
}

var (
	// Carnival Monday and Tuesday: Decreto 1584/2010
	// (https://www.argentina.gob.ar/normativa/nacional/decreto-1584-2010-174389/texto)
	// restored them from 2011 and Ley 27.399 art. 1 keeps them. Upstream
	// applies them to every year; they were abolished by Ley 21.329 (1976),
	// and years before 1976 are not modelled.
	arCarnivalMonday  = during(named(calar.CarnivalDay1, "Carnival Monday (Lunes de Carnaval)"), 2011, 0)
	arCarnivalTuesday = during(named(calar.CarnivalDay2, "Carnival Tuesday (Martes de Carnaval)"), 2011, 0)

	// Day of Remembrance for Truth and Justice, 24 March: Ley 26.085 (2006,
	// https://www.argentina.gob.ar/normativa/nacional/ley-26085-114811/texto),
	// inamovible; from 2006. Upstream applies it to every year.
	arTruthJustice = during(named(calar.TruethDay, "Day of Remembrance for Truth and Justice (Día Nacional de la Memoria por la Verdad y la Justicia)"), 2006, 0)

	// Malvinas Day, 2 April, inamovible (Ley 26.110). In 2020 Decreto
	// 297/2020
	// (https://www.argentina.gob.ar/normativa/nacional/decreto-297-2020-335741/texto)
	// moved it to Tuesday 31 March.
	arMalvinas     = arExcept(named(calar.MalvinasVeterans, "Malvinas Day (Día del Veterano y de los Caídos en la Guerra de Malvinas)"), 2020)
	arMalvinas2020 = oneOff("Malvinas Day (Día del Veterano y de los Caídos en la Guerra de Malvinas)", 2020, time.March, 31)

	// Good Friday: Easter − 2 (Ley 27.399 art. 1, "Viernes Santo").
	// Upstream computes Easter − 3, which is Holy Thursday, a "día no
	// laborable" of the same law, not a holiday.
	arGoodFriday = easter("Good Friday (Viernes Santo)", -2)

	// Güemes' day, 17 June: Ley 27.258 (2016,
	// https://www.argentina.gob.ar/normativa/nacional/ley-27258-262574)
	// made it a holiday from 2016; transferable by Ley 27.399 art. 6 from
	// 2017. Upstream moves it only from a weekend.
	arGuemes2016 = oneOff("Anniversary of General Güemes' death (Paso a la Inmortalidad del General Martín Miguel de Güemes)", 2016, time.June, 17)
	arGuemes     = during(arTransferable("Anniversary of General Güemes' death (Paso a la Inmortalidad del General Martín Miguel de Güemes)", time.June, 17), 2017, 0)

	// Belgrano's day, 20 June, inamovible (Ley 27.399 art. 1). Upstream moves
	// it from a weekend; the law does not.
	arBelgrano = fixed("Anniversary of General Belgrano's death (Paso a la Inmortalidad del General Manuel Belgrano)", time.June, 20)

	// San Martín's day, 17 August: the third Monday of August from 1995 to
	// 2016 (Ley 24.445, Decreto 1584/2010), transferable by Ley 27.399 art. 6
	// from 2017. Upstream keeps it on 17 August with weekend substitutes.
	// Years before 1995 keep 17 August (not verified).
	arSanMartinFixed  = during(fixed("Anniversary of General San Martín's death (Paso a la Inmortalidad del General José de San Martín)", time.August, 17), 0, 1994)
	arSanMartinMonday = during(weekdayN("Anniversary of General San Martín's death (Paso a la Inmortalidad del General José de San Martín)", time.August, time.Monday, 3), 1995, 2016)
	arSanMartin       = during(arTransferable("Anniversary of General San Martín's death (Paso a la Inmortalidad del General José de San Martín)", time.August, 17), 2017, 0)

	// Day of Respect for Cultural Diversity, 12 October: the second Monday
	// of October from 2011 to 2016 (Decreto 1584/2010), transferable by Ley
	// 27.399 art. 6 from 2017. Years before 2011 keep 12 October (not
	// verified).
	arDiversityFixed  = during(fixed("Day of Respect for Cultural Diversity (Día del Respeto a la Diversidad Cultural)", time.October, 12), 0, 2010)
	arDiversityMonday = during(weekdayN("Day of Respect for Cultural Diversity (Día del Respeto a la Diversidad Cultural)", time.October, time.Monday, 2), 2011, 2016)
	arDiversity       = during(arTransferable("Day of Respect for Cultural Diversity (Día del Respeto a la Diversidad Cultural)", time.October, 12), 2017, 0)

	// National Sovereignty Day, 20 November: a holiday from 2010, the fourth
	// Monday of November until 2016 (Decreto 1584/2010; in 2015 Decreto
	// 2226/2015 moved it to Friday 27 November), transferable by Ley 27.399
	// art. 6 from 2017. Upstream applies it to every year.
	arSovereigntyMonday = arExcept(during(weekdayN("National Sovereignty Day (Día de la Soberanía Nacional)", time.November, time.Monday, 4), 2010, 2016), 2015)
	arSovereignty2015   = oneOff("National Sovereignty Day (Día de la Soberanía Nacional)", 2015, time.November, 27)
	arSovereignty       = during(arTransferable("National Sovereignty Day (Día de la Soberanía Nacional)", time.November, 20), 2017, 0)
)

// arExcept returns a copy of h that does not apply in the given years.
func arExcept(h *cal.Holiday, years ...int) *cal.Holiday {
	c := copyOf(h)
	c.Except = years
	return c
}

// arDecreed are the one-off national holidays decreed for a single date.
var arDecreed = []*cal.Holiday{
	// "Feriados con fines turísticos" fixed under Ley 27.399.
	// Decreto 717/2019 (https://www.argentina.gob.ar/normativa/nacional/decreto-717-2019-330204/texto): 2020.
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2020, time.March, 23),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2020, time.July, 10),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2020, time.December, 7),
	// Decreto 947/2020 (https://www.argentina.gob.ar/normativa/nacional/decreto-947-2020-344620/texto): 2021.
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2021, time.May, 24),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2021, time.October, 8),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2021, time.November, 22),
	// Decreto 789/2021 (https://www.argentina.gob.ar/normativa/nacional/decreto-789-2021-356678/texto): 2022.
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2022, time.October, 7),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2022, time.November, 21),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2022, time.December, 9),
	// Decreto 764/2022 (https://www.argentina.gob.ar/normativa/nacional/decreto-764-2022-375264/texto): 2023.
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2023, time.May, 26),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2023, time.June, 19),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2023, time.October, 13),
	// Decreto 106/2023 (https://www.argentina.gob.ar/normativa/nacional/decreto-106-2023-395689/texto): 2024.
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2024, time.April, 1),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2024, time.June, 21),
	oneOff("Tourism bridge holiday (Feriado con fines turísticos)", 2024, time.October, 11),
	// The 2018–2019 (Decreto 923/2017), 2025 (Decreto 1027/2024) and 2026
	// (Resolución 164/2025 JGM) tourism days are "días no laborables", not
	// holidays: not closures.

	// National census day 2022: Decreto 42/2022
	// (https://www.argentina.gob.ar/normativa/nacional/decreto-42-2022-360018/texto).
	oneOff("National census (Censo Nacional)", 2022, time.May, 18),
	// Holiday for the World Cup champions: Decreto 842/2022
	// (https://www.argentina.gob.ar/normativa/nacional/decreto-842-2022-376857/texto).
	oneOff("World Cup champions' holiday (Feriado de los Campeones Mundiales)", 2022, time.December, 20),
}

// arRegions are the presets of Argentina.
var arRegions = []Region{
	{Code: "AR", Name: "Argentina", Zone: "America/Argentina/Buenos_Aires", Holidays: append([]*cal.Holiday{
		named(calar.NewYear, "New Year's Day (Año Nuevo)"),
		arCarnivalMonday,
		arCarnivalTuesday,
		arTruthJustice,
		arMalvinas,
		arMalvinas2020,
		arGoodFriday,
		named(calar.LaborDay, "Labour Day (Día del Trabajador)"),
		named(calar.RevolutionDay, "May Revolution Day (Día de la Revolución de Mayo)"),
		arGuemes2016,
		arGuemes,
		arBelgrano,
		named(calar.IndependenceDay, "Independence Day (Día de la Independencia)"),
		arSanMartinFixed,
		arSanMartinMonday,
		arSanMartin,
		arDiversityFixed,
		arDiversityMonday,
		arDiversity,
		arSovereigntyMonday,
		arSovereignty2015,
		arSovereignty,
		named(calar.VirgenDay, "Immaculate Conception (Inmaculada Concepción de María)"),
		named(calar.ChristmasDay, "Christmas Day (Navidad)"),
	}, arDecreed...)},
}
