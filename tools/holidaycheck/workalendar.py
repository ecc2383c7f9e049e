"""Print the weekdays that Debian's python3-workalendar closes, per region.

    /usr/bin/python3 workalendar.py [--from 2020] [--to 2035] [--text] CODE...

Output (default): JSON lines. The first line names the dataset and its
version; then one line per code, in the order given:

    {"code": "DE-BY", "source": "workalendar.europe.germany.Bavaria",
     "closed": {"2024-01-01": ["New year"]}, "warnings": []}
    {"code": "MW", "missing": "..."}

"closed" holds every Monday to Friday for which
``not cal.is_working_day(date)``: that includes workalendar's shifted and
observed days. "warnings" holds the warnings a calendar raised.

Run it with Debian's interpreter (/usr/bin/python3), where the package is
installed; workalendar 17.0 is pure Python and reads no time zone.
"""

import argparse
import datetime
import json
import os
import sys
import warnings

# This file is named after the package it reads: drop its own folder from the
# import path so that "import workalendar" finds the package, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import workalendar  # noqa: E402
from workalendar.europe import EuropeanCentralBank, UnitedKingdom  # noqa: E402
from workalendar.registry import registry  # noqa: E402

# ALIASES maps our codes that workalendar's ISO registry does not resolve,
# or resolves to something else, to a calendar class.
#
# workalendar's "GB" (UnitedKingdom) is the England and Wales bank holidays,
# which is what our GB, GB-ENG and GB-WLS mean. Its Scotland classes are not
# registered, are flagged experimental by their authors, and the base class
# lacks Good Friday, the August bank holiday and St Andrew's Day, so GB-SCT
# is reported missing instead of guessed.
ALIASES = {
    "ECB": EuropeanCentralBank,
    "GB": UnitedKingdom,
    "GB-ENG": UnitedKingdom,
    "GB-WLS": UnitedKingdom,
}

# WHY_MISSING explains codes left out on purpose.
WHY_MISSING = {
    "GB-SCT": "workalendar's Scotland calendars are unregistered and "
              "experimental; the base class lacks Good Friday, the August "
              "bank holiday and St Andrew's Day",
}


def parse_args(argv):
    """Read --from, --to, --text and the region codes."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--from", dest="first", type=int, default=2020)
    p.add_argument("--to", dest="last", type=int, default=2035)
    p.add_argument("--text", action="store_true", help="one line per date")
    p.add_argument("codes", nargs="*")
    args = p.parse_args(argv)
    if args.first > args.last:
        p.error("--from is after --to")
    codes = []
    for arg in args.codes:
        codes.extend(c.strip().upper() for c in arg.split(",") if c.strip())
    args.codes = codes
    return args


def resolve(code):
    """Return the calendar class of a code, or None when there is none."""
    if code in ALIASES:
        return ALIASES[code]
    return registry.get(code)


def weekdays(first, last):
    """Yield every Monday to Friday of the years first..last."""
    day = datetime.date(first, 1, 1)
    end = datetime.date(last, 12, 31)
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += datetime.timedelta(days=1)


def region(code, first, last):
    """Compute the output object of one code."""
    cls = resolve(code)
    if cls is None:
        why = WHY_MISSING.get(code, "workalendar has no calendar for " + code)
        return {"code": code, "missing": why}
    cal = cls()
    closed, labels, notes = {}, {}, []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for year in range(first, last + 1):
            for day, label in cal.holidays(year):
                labels.setdefault(day, []).append(label)
        for day in weekdays(first, last):
            if not cal.is_working_day(day):
                names = labels.get(day) or ["(not a working day)"]
                closed[day.isoformat()] = sorted(set(names))
    for w in caught:
        msg = str(w.message).strip().splitlines()[0]
        if msg not in notes:
            notes.append(msg)
    source = "%s.%s" % (cls.__module__, cls.__name__)
    return {"code": code, "source": source, "closed": closed,
            "warnings": notes}


def print_text(out):
    """Write one "CODE DATE names" line per date, for people."""
    if "missing" in out:
        print("%s missing: %s" % (out["code"], out["missing"]))
        return
    for day, names in out["closed"].items():
        print("%s %s %s" % (out["code"], day, "; ".join(names)))
    for msg in out["warnings"]:
        print("%s warning: %s" % (out["code"], msg))


def main(argv):
    args = parse_args(argv)
    if not args.text:
        print(json.dumps({"dataset": "workalendar",
                          "version": workalendar.__version__}))
    for code in args.codes:
        out = region(code, args.first, args.last)
        if args.text:
            print_text(out)
        else:
            print(json.dumps(out, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
