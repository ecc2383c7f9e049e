#!/usr/bin/env node
// dateholidays.js prints, for each region code given, the dates that the npm
// package date-holidays marks as "public" holidays in a range of years.
//
//   node dateholidays.js [--from 2020] [--to 2035] [--text] CODE...
//
// Output (default): JSON lines. The first line names the dataset and its
// version; then one line per code, in the order given:
//
//   {"code":"DE-BY","source":"DE/BY","closed":{"2024-01-01":["New Year's Day"]},"notes":{}}
//   {"code":"ECB","missing":"..."}
//
// "closed" holds every date covered by a whole-day public holiday (a holiday
// of several days counts every date it covers; substitute days are public
// holidays too). "notes" holds public holidays that cover only part of a day
// (date-holidays has a few that start at noon or in the evening); they are
// reported, not counted as closures. Bank, school, optional and observance
// days are not statutory closures and are left out.
//
// Dates come from each holiday's "date" string ("YYYY-MM-DD hh:mm:ss", the
// wall clock in the region's own zone), never from a Date object read in the
// machine's zone, so the output does not depend on TZ.
'use strict';

const fs = require('fs');
const path = require('path');
const Holidays = require('date-holidays');

const DAY_MS = 24 * 60 * 60 * 1000;

// regionAlias maps our codes whose meaning differs from date-holidays' own
// code. Our "GB" is England and Wales; date-holidays' "GB" alone holds only
// the days common to the whole United Kingdom (no Summer bank holiday), and
// its ENG and WLS subdivisions have the same public holidays.
const regionAlias = {
  GB: ['GB', 'ENG'],
};

/** parseArgs reads --from, --to, --text and the region codes. */
function parseArgs(argv) {
  const opts = { from: 2020, to: 2035, text: false, codes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from' || a === '--to') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v)) throw new Error(`${a} needs a year`);
      opts[a.slice(2)] = v;
    } else if (a === '--text') {
      opts.text = true;
    } else if (a.startsWith('-')) {
      throw new Error(`unknown flag ${a}`);
    } else {
      opts.codes.push(...a.split(',').filter(Boolean).map((c) => c.trim().toUpperCase()));
    }
  }
  if (opts.from > opts.to) throw new Error('--from is after --to');
  return opts;
}

/** datasetVersion reads the installed date-holidays version. */
function datasetVersion() {
  const file = path.join(path.dirname(require.resolve('date-holidays')), '..', 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/**
 * resolve returns {holidays, source} for a code, or {missing: reason} when
 * date-holidays has no such country or subdivision. Nothing is guessed.
 */
function resolve(code) {
  const [country, state] = regionAlias[code] || code.split('-', 2);
  const all = new Holidays();
  const countries = all.getCountries('en') || {};
  if (!(country in countries)) {
    return { missing: `date-holidays has no country "${country}"` };
  }
  if (state !== undefined) {
    const states = all.getStates(country, 'en') || {};
    if (!(state in states)) {
      return { missing: `date-holidays has no subdivision "${state}" of ${country}` };
    }
    return { holidays: new Holidays(country, state), source: `${country}/${state}` };
  }
  return { holidays: new Holidays(country), source: country };
}

/** addDays returns the civil date "YYYY-MM-DD" n days after y-m-d. */
function addDays(y, m, d, n) {
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** push appends name to map[date] once, creating the list if needed. */
function push(map, date, name) {
  const list = (map[date] = map[date] || []);
  if (!list.includes(name)) list.push(name);
}

/**
 * collect adds one public holiday to closed or notes. The date string is
 * "YYYY-MM-DD hh:mm:ss", optionally followed by an offset such as "-0600"
 * when the holiday begins the evening before; the date part is the day.
 */
function collect(h, closed, notes) {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):\d\d/.exec(h.date);
  if (!m) throw new Error(`unexpected date string "${h.date}" for ${h.name}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hours = (h.end - h.start) / 3600000;
  // A DST night makes a whole day 23 or 25 hours long.
  if (m[4] !== '00' || m[5] !== '00' || hours < 22) {
    push(notes, addDays(y, mo, d, 0), `${h.name} (from ${m[4]}:${m[5]} for ${hours}h, part of the day)`);
    return;
  }
  const days = Math.max(1, Math.round((h.end - h.start) / DAY_MS));
  for (let i = 0; i < days; i++) push(closed, addDays(y, mo, d, i), h.name);
}

/** region computes the output object of one code. */
function region(code, from, to) {
  const r = resolve(code);
  if (r.missing) return { code, missing: r.missing };
  const closed = {};
  const notes = {};
  // The year before is read too: a holiday of several days may start there.
  for (let y = from - 1; y <= to; y++) {
    for (const h of r.holidays.getHolidays(y, 'en')) {
      if (h.type === 'public') collect(h, closed, notes);
    }
  }
  const inRange = (o) => Object.fromEntries(Object.keys(o).sort()
    .filter((d) => Number(d.slice(0, 4)) >= from && Number(d.slice(0, 4)) <= to)
    .map((d) => [d, o[d]]));
  return { code, source: r.source, closed: inRange(closed), notes: inRange(notes) };
}

/** printText writes one "CODE DATE names" line per date, for people. */
function printText(out) {
  if (out.missing) {
    console.log(`${out.code} missing: ${out.missing}`);
    return;
  }
  for (const [d, names] of Object.entries(out.closed)) console.log(`${out.code} ${d} ${names.join('; ')}`);
  for (const [d, names] of Object.entries(out.notes)) console.log(`${out.code} ${d} not counted: ${names.join('; ')}`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const version = datasetVersion();
  if (!opts.text) console.log(JSON.stringify({ dataset: 'date-holidays', version }));
  for (const code of opts.codes) {
    const out = region(code, opts.from, opts.to);
    if (opts.text) printText(out);
    else console.log(JSON.stringify(out));
  }
}

try {
  main();
} catch (e) {
  console.error(`dateholidays.js: ${e.message}`);
  process.exit(2);
}
