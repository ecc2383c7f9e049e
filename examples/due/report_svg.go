package main

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/slaclock/slaclock/plan"
	"github.com/slaclock/slaclock/sla"
)

// Layout of the chart, in pixels.
const (
	svgWidth    = 960
	svgMargin   = 24
	svgLabelW   = 300 // group labels
	svgBarW     = 420 // a bar for 100 % of the incidents
	svgRowH     = 24
	svgHistH    = 180 // histogram plot height
	svgHistBins = 21  // 0–10 %, …, 190–200 %, more than 200 %
)

const (
	colourMet      = "#2e7d32"
	colourBreached = "#c62828"
	colourOpen     = "#9e9e9e"
)

// reportSVG draws the report: per group a bar of met, breached and open
// incidents with the met percentage, then per metric a histogram of the
// target used by decided incidents, with the 100 % line.
func reportSVG(groups []sla.Group, at time.Time) []byte {
	var b strings.Builder
	histTop := svgMargin + 56 + len(groups)*svgRowH + 48
	height := histTop + svgHistH + 80
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif" font-size="13">`+"\n",
		svgWidth, height, svgWidth, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#ffffff"/>`+"\n")
	text(&b, svgMargin, svgMargin+6, "start", `font-size="18" font-weight="bold"`, "SLA compliance at "+at.Format("2006-01-02 15:04 MST"))
	legendY := svgMargin + 30
	x := svgMargin
	for _, l := range []struct{ colour, name string }{{colourMet, "met"}, {colourBreached, "breached"}, {colourOpen, "still open"}} {
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/>`+"\n", x, legendY-10, l.colour)
		text(&b, x+16, legendY, "start", "", l.name)
		x += 100
	}
	text(&b, svgMargin+svgLabelW+svgBarW+12, legendY, "start", `fill="#555"`, "met % of decided")

	y := svgMargin + 56
	for _, g := range groups {
		label := fmt.Sprintf("%s · Severity %d · %s", g.Plan, int(g.Severity), metricTitle(g.Metric))
		text(&b, svgMargin+svgLabelW-8, y+16, "end", "", label)
		bx := float64(svgMargin + svgLabelW)
		for _, part := range []struct {
			n      int
			colour string
		}{{g.Met, colourMet}, {g.Breached, colourBreached}, {g.Open, colourOpen}} {
			if part.n == 0 || g.Incidents == 0 {
				continue
			}
			w := float64(svgBarW) * float64(part.n) / float64(g.Incidents)
			fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%d</title></rect>`+"\n",
				bx, y+3, w, svgRowH-6, part.colour, part.n)
			if w >= 28 {
				text(&b, int(bx+w/2), y+16, "middle", `fill="#ffffff"`, strconv.Itoa(part.n))
			}
			bx += w
		}
		met := "no decided incident"
		if v, ok := g.MetPercent(); ok {
			met = strconv.FormatFloat(v, 'f', 1, 64) + " %"
		}
		text(&b, svgMargin+svgLabelW+svgBarW+12, y+16, "start", `font-weight="bold"`, met)
		y += svgRowH
	}

	text(&b, svgMargin, histTop-20, "start", `font-size="15" font-weight="bold"`,
		"Target used by met and breached incidents (10 % bins; the red line is 100 % of the target)")
	panelW := (svgWidth - 2*svgMargin - 2*24) / 3
	for i, m := range []plan.Metric{plan.FirstResponse, plan.NextResponse, plan.Resolution} {
		histogram(&b, groups, m, svgMargin+i*(panelW+24), histTop, panelW)
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// histogram draws one metric's panel at (x, top), w wide.
func histogram(b *strings.Builder, groups []sla.Group, m plan.Metric, x, top, w int) {
	var bins [svgHistBins]int
	total := 0
	for _, g := range groups {
		if g.Metric != m {
			continue
		}
		for pct, n := range g.UsedHistogram() {
			// Bins hold (0, 10], (10, 20], …: exactly 100 % is still met.
			bins[min(max(pct-1, 0)/10, svgHistBins-1)] += n
			total += n
		}
	}
	peak := 1
	for _, n := range bins {
		peak = max(peak, n)
	}
	text(b, x, top, "start", `font-weight="bold"`, fmt.Sprintf("%s (%d)", metricTitle(m), total))
	plotTop, plotH := top+14, svgHistH-30
	base := plotTop + plotH
	fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>`+"\n", x, base, x+w, base)
	binW := float64(w) / svgHistBins
	for i, n := range bins {
		if n == 0 {
			continue
		}
		h := float64(plotH) * float64(n) / float64(peak)
		colour := colourMet
		if i >= 10 {
			colour = colourBreached
		}
		fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %d</title></rect>`+"\n",
			float64(x)+float64(i)*binW+1, float64(base)-h, binW-2, h, colour, binLabel(i), n)
	}
	line := float64(x) + 10*binW
	fmt.Fprintf(b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="2" stroke-dasharray="5,3"/>`+"\n",
		line, plotTop-4, line, base+4, colourBreached)
	text(b, int(line)+4, plotTop+8, "start", `fill="`+colourBreached+`" font-size="11"`, "100 %")
	for _, tick := range []int{0, 5, 10, 15} {
		tx := float64(x) + float64(tick)*binW
		text(b, int(tx), base+16, "middle", `font-size="11" fill="#555"`, strconv.Itoa(tick*10)+"%")
	}
	text(b, x+w, base+16, "end", `font-size="11" fill="#555"`, ">200%")
	text(b, x, base+34, "start", `font-size="11" fill="#555"`, fmt.Sprintf("tallest bar: %d incidents", peak))
	if total == 0 {
		text(b, x+w/2, plotTop+plotH/2, "middle", `fill="#888"`, "no decided incident")
	}
}

func binLabel(i int) string {
	if i == svgHistBins-1 {
		return "more than 200 %"
	}
	return fmt.Sprintf("over %d up to %d %%", i*10, i*10+10)
}

// text writes an escaped text element.
func text(b *strings.Builder, x, y int, anchor, attrs, s string) {
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="%s" %s>%s</text>`+"\n", x, y, anchor, attrs, html.EscapeString(s))
}
