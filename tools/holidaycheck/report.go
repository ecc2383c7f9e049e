package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// writeTable prints one row per region, the TOTAL row and the regions a
// dataset lacks.
func writeTable(w io.Writer, rep report) {
	fmt.Fprintf(w, "weekdays %d-%d; date-holidays %s, workalendar %s\n\n",
		rep.From, rep.To, rep.Datasets["date-holidays"], rep.Datasets["workalendar"])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tWEEKDAYS\tDATE-HOLIDAYS\tWORKALENDAR\tBOTH AGREE\tDISPUTED")
	for _, r := range rep.Regions {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", r.Code, r.Weekdays,
			percent(r.DH, r.Weekdays), percent(r.WA, r.Weekdays), count(r.Both), count(r.Disputed))
	}
	t := rep.Total
	fmt.Fprintf(tw, "TOTAL\t%d\t%s\t%s\t%d\t%d\n", t.Weekdays,
		ratio(t.DHAgree, t.DHWeekdays), ratio(t.WAAgree, t.WAWeekdays), t.Both, t.Disputed)
	tw.Flush()
	fmt.Fprintln(w)
	writeMissing(w, "date-holidays", rep, func(r regionResult) string { return r.DH.Missing })
	writeMissing(w, "workalendar", rep, func(r regionResult) string { return r.WA.Missing })
	if len(t.DHMissing)+len(t.WAMissing) > 0 {
		fmt.Fprintln(w, "(left out of the BOTH AGREE and DISPUTED totals)")
	}
}

// writeMissing lists the regions one dataset lacks, with its reason.
func writeMissing(w io.Writer, name string, rep report, why func(regionResult) string) {
	for _, r := range rep.Regions {
		if m := why(r); m != "" {
			fmt.Fprintf(w, "missing in %s: %s (%s)\n", name, r.Code, m)
		}
	}
}

// percent formats a dataset's agreement rate over a region's weekdays, or
// "-" when the dataset lacks the region.
func percent(s sourceResult, weekdays int) string {
	if s.Missing != "" {
		return "-"
	}
	return ratio(s.Agree, weekdays)
}

// ratio formats part/whole as a percentage with two decimals.
func ratio(part, whole int) string {
	if whole == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f%%", 100*float64(part)/float64(whole))
}

// count formats an optional count, "-" when absent.
func count(n *int) string {
	if n == nil {
		return "-"
	}
	return fmt.Sprint(*n)
}

// writeList prints the differing weekdays, sorted by code and date, one
// per line: "CODE DATE ours=... dh=... wa=... | ours: names | dh: ... |
// wa: ...". With disputedOnly it prints only the disputed ones; otherwise
// it prints every difference, the disputed marked, and the mapping and
// warnings of each region.
func writeList(w io.Writer, rep report, disputedOnly bool) {
	if !disputedOnly {
		fmt.Fprintln(w, "sources:")
		for _, r := range rep.Regions {
			fmt.Fprintf(w, "%s dh=%s wa=%s\n", r.Code, sourceName(r.DH), sourceName(r.WA))
			for _, m := range r.Warnings {
				fmt.Fprintf(w, "%s workalendar warning: %s\n", r.Code, m)
			}
		}
		fmt.Fprintln(w, "\ndiffering weekdays (DISPUTED: both datasets agree with each other, not with us):")
	}
	for _, r := range rep.Regions {
		for _, d := range r.Differences {
			if disputedOnly && !d.Disputed {
				continue
			}
			mark := ""
			if d.Disputed && !disputedOnly {
				mark = " DISPUTED"
			}
			fmt.Fprintf(w, "%s %s ours=%s dh=%s wa=%s | ours: %s | dh: %s | wa: %s%s\n",
				d.Code, d.Date, d.Ours, d.DH, d.WA,
				names(d.OurNames), names(d.DHNames), names(d.WANames), mark)
		}
	}
}

// sourceName is what a code was mapped to in a dataset, or why it is
// missing.
func sourceName(s sourceResult) string {
	if s.Missing != "" {
		return "missing"
	}
	return s.Source
}

// names joins holiday names, "-" for none.
func names(n []string) string {
	if len(n) == 0 {
		return "-"
	}
	return strings.Join(n, "; ")
}

// writeJSON prints the report as indented JSON.
func writeJSON(w io.Writer, rep report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
