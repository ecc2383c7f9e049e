// Package holidays holds the holiday sets behind slaclock's region
// presets: one file per country, built on rickar/cal's holiday engine
// (its cal.Holiday type, observance functions and Easter maths).
//
// The presets are the law of each region, not whatever the upstream data
// happens to say. Where rickar/cal's data is wrong, missing, or applied to
// years before a rule existed, the country's file defines the holiday here,
// next to a comment that cites its source (the statute or the government's
// own page) and the first and last year it applies to. Each country's
// sources, what was checked and every remaining difference with the
// independent datasets used as cross-checks are written down in
// sources/<country>.md; SOURCES.md is the index.
//
// Holiday names are English, with the local name in parentheses where it
// helps: explanations built from them are English text.
package holidays
