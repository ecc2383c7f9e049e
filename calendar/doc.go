// Package calendar computes with business time: the open hours of a
// customer's regional calendar, with holidays, lunch breaks, overnight
// shifts and daylight-saving nights, exact to the nanosecond.
//
// A Calendar is built from a Spec (weekly hours, a time zone, holiday sets,
// closed and specially opened dates) with New, from a JSON document with
// Load (strict: a misspelt field is an error, not a calendar that is always
// closed), from a region preset with Region, or is the 24x7x365 calendar
// Always. Union and Intersect compose calendars (follow-the-sun desks, a
// desk's hours within a region's) into one that answers the same
// questions; Load reads composites too, and MarshalJSON writes any
// calendar back. It answers:
//
//   - IsOpen(t), NextOpen(t), NextClose(t): where open time is;
//   - Between(from, to): how much open time lies in [from, to);
//   - Add(t, d): the earliest instant after d of open time;
//   - AddDays(t, n): "within n business days", at the same position in the
//     n-th next business day;
//   - Spans, Day and CloseOfDay: the open spans of a window, the story of a
//     date (holiday names, closures) and the close of a business day.
//
// Open time is a union of half-open spans [start, end). A span written as
// "HH:MM-HH:MM" on date D starts at the first instant at which the local
// clock reads D HH:MM or later, and ends likewise; that one rule settles
// every daylight-saving case (see Calendar). Days are stepped as civil
// dates, never as 24-hour durations.
//
// The first query that touches a year compiles that year into a table of
// spans with cumulative open time; every later query is a binary search, so
// a 2,000-hour target costs what a 4-hour one does. Tables are published
// atomically: a Calendar is immutable and safe for concurrent use.
//
// What a calendar costs is bounded whatever its spec: a day takes at most
// 96 spans, so a year table stays under about 420 KB (about 4 KB for
// Mon–Fri 09:00–17:00); searches that cross whole years count them from
// per-year totals without building their tables, and skip years with no
// spans (a composite builds its years from its members' spans, keeping
// only its own tables and two recent ones per member). The process-wide caches are bounded too: time zones (1,024),
// holiday dates per set and year (every set in every year, 2.7 MB),
// and the tables of the shared Region calendars (SetRegionTableLimit).
//
// Time zones come from the machine's time-zone database; the package does
// not embed one. A program that runs where there is none (a scratch or
// distroless container) imports _ "time/tzdata" in its main package; New
// says so when it finds no database.
//
// Errors wrap the sentinels ErrInvalidSpec, ErrUnknownRegion,
// ErrOutOfRange, ErrNoOpenTime, ErrNeverCloses and ErrInvalidArgument, for
// errors.Is. No method panics on its input, and every search is bounded by
// the supported range, local years 1900 to 2199.
package calendar
