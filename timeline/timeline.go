// Package timeline draws a learner's plan as a picture: a Gantt-style PNG
// with one bar per step on a calendar, and the same facts in words for
// alt text. It sits beside the adapters, not inside advisor, so the domain
// stays free of the drawing library: the advisor only names the picture
// (advisor.PictureTimeline), and the adapters have it drawn here, off the
// request path, when they upload a reply's files.
package timeline

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"strings"
	"time"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"

	"github.com/certpath/certpath/advisor"
)

// Width is the picture's width in pixels: a phone shows it at full width
// and its text stays legible there.
const Width = 800

// Geometry, in pixels.
const (
	margin     = 28
	headerH    = 92 // title and subtitle
	axisH      = 28 // month or week labels above the rows
	rowH       = 50 // one step: its label, then its bar
	barTop     = 25 // bar offset within a row
	barH       = 15 // bar thickness
	todayH     = 28 // the "today" label under the rows
	lineH      = 24 // a footer line
	smallH     = 21 // a small footer line
	bottomPad  = 18 // below the last line
	minBarW    = 6  // a one-day step still shows
	checkMinW  = 22 // room a done bar needs for its check mark
	legendGap  = 18 // between legend entries
	swatch     = 12 // legend square
	titleSize  = 26 // points at 72 dpi, so pixels
	textSize   = 16 // labels, subtitle, footer
	smallSize  = 14 // axis, legend, prices line
	chartLeft  = margin
	chartRight = Width - margin
)

// The palette is dark, and the picture paints its own background, so it
// reads the same in light and dark chat clients. Colours are 0xRRGGBB.
const (
	colBackground = 0x161b22
	colText       = 0xe6e9ef
	colMuted      = 0x9aa4b2
	colGrid       = 0x2b323d
	colPlanned    = 0x4c8df6
	colRemaining  = 0x355283
	colDone       = 0x3fb97a
	colToday      = 0xf5a524
	colCheck      = 0x0d2a1a
)

// rgb is an opaque colour of the palette.
func rgb(c uint32) color.RGBA {
	return color.RGBA{R: uint8(c >> 16), G: uint8(c >> 8), B: uint8(c), A: 0xff}
}

// Renderer draws timelines. Its fonts are parsed once; it is safe for
// concurrent use, since every picture gets faces of its own (a face
// caches glyphs and is not).
type Renderer struct {
	regular, bold *opentype.Font
}

// New parses the embedded Go fonts (BSD licence, shipped in
// golang.org/x/image), so rendering needs no font on the machine.
func New() (*Renderer, error) {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("timeline: font: %w", err)
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, fmt.Errorf("timeline: bold font: %w", err)
	}
	return &Renderer{regular: regular, bold: bold}, nil
}

// Draw draws pic for plan p as of now: the PNG and the same in words. It
// is how the chat adapters have a reply's pictures drawn (bot.Drawer).
func (r *Renderer) Draw(pic advisor.Picture, p *advisor.Plan, now time.Time) ([]byte, string, error) {
	if pic != advisor.PictureTimeline {
		return nil, "", fmt.Errorf("timeline: cannot draw a %q picture", pic)
	}
	data, err := r.PNG(p, now)
	if err != nil {
		return nil, "", err
	}
	return data, Alt(p, now), nil
}

// faces are one picture's fonts.
type faces struct {
	title, text, bold, small, smallBold font.Face
}

func (r *Renderer) faces() (faces, error) {
	var f faces
	var err error
	mk := func(dst *font.Face, src *opentype.Font, size float64) {
		if err != nil {
			return
		}
		*dst, err = opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	}
	mk(&f.title, r.bold, titleSize)
	mk(&f.text, r.regular, textSize)
	mk(&f.bold, r.bold, textSize)
	mk(&f.small, r.regular, smallSize)
	mk(&f.smallBold, r.bold, smallSize)
	if err != nil {
		return faces{}, fmt.Errorf("timeline: font face: %w", err)
	}
	return f, nil
}

// PNG draws plan p as of now. Today's position is marked while the plan
// is under way.
func (r *Renderer) PNG(p *advisor.Plan, now time.Time) ([]byte, error) {
	c, err := chartOf(p, now)
	if err != nil {
		return nil, err
	}
	f, err := r.faces()
	if err != nil {
		return nil, err
	}
	cost := wrap(f.text, costText(p), chartRight-footerIndent(f))

	chartTop := float64(headerH + axisH)
	chartBottom := chartTop + float64(len(c.bars)*rowH)
	footerTop := chartBottom + 12
	if c.under {
		footerTop += todayH
	}
	height := int(footerTop) + 14 + lineH + len(cost)*lineH + smallH + bottomPad

	dc := gg.NewContext(Width, height)
	dc.SetColor(rgb(colBackground))
	dc.Clear()

	drawHeader(dc, f, p, c)
	ax := newAxis(c.start, c.end, chartLeft, chartRight)
	drawAxis(dc, f, ax, chartTop, chartBottom)
	// Bars, then the today line across them, then the labels on top,
	// each on a patch of background, so no line runs through a word.
	for i, b := range c.bars {
		drawBar(dc, ax, b, chartTop+float64(i*rowH))
	}
	if c.under {
		drawToday(dc, f, ax, c.today, chartTop, chartBottom)
	}
	for i, b := range c.bars {
		drawLabel(dc, f, ax, b, chartTop+float64(i*rowH))
	}
	drawFooter(dc, f, p, cost, footerTop)

	var buf bytes.Buffer
	// BestSpeed: a flat-colour chart compresses well anyway, and the
	// default level costs several times the drawing itself.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, dc.Image()); err != nil {
		return nil, fmt.Errorf("timeline: encode png: %w", err)
	}
	return buf.Bytes(), nil
}

func drawHeader(dc *gg.Context, f faces, p *advisor.Plan, c chart) {
	dc.SetFontFace(f.title)
	dc.SetColor(rgb(colText))
	dc.DrawString("Your certpath plan", margin, 46)

	dc.SetFontFace(f.text)
	dc.SetColor(rgb(colMuted))
	dc.DrawString(fit(f.text, subtitle(p, c), chartRight-chartLeft), margin, 74)

	// The legend, right-aligned on the title line.
	type entry struct {
		label string
		col   uint32
		line  bool
	}
	var entries []entry
	planned, done := false, false
	for _, b := range c.bars {
		planned = planned || b.progress() < 1
		done = done || b.progress() > 0
	}
	if planned {
		entries = append(entries, entry{"planned", colPlanned, false})
	}
	if done {
		entries = append(entries, entry{"done", colDone, false})
	}
	if c.under {
		entries = append(entries, entry{"today", colToday, true})
	}
	dc.SetFontFace(f.small)
	x := float64(chartRight)
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		w := measure(f.small, e.label)
		x -= w
		dc.SetColor(rgb(colMuted))
		dc.DrawString(e.label, x, 44)
		x -= 6 + swatch
		dc.SetColor(rgb(e.col))
		if e.line {
			dc.SetLineWidth(2)
			dc.SetDash(3, 3)
			dc.DrawLine(x+swatch/2, 30, x+swatch/2, 46)
			dc.Stroke()
			dc.SetDash()
		} else {
			dc.DrawRoundedRectangle(x, 33, swatch, swatch, 2)
			dc.Fill()
		}
		x -= legendGap
	}
}

// subtitle: how many steps at what pace, from when to when, and how far
// along the learner is.
func subtitle(p *advisor.Plan, c chart) string {
	s := fmt.Sprintf("%d step%s at %d h/week · %s", len(c.bars), plural(len(c.bars)), p.Profile.HoursPerWeek, span(c.start, c.end, " → ", true))
	if st := p.Status; st != nil {
		s += fmt.Sprintf(" · %d of %d done", st.StepsDone, st.Steps)
	}
	return s
}

func drawAxis(dc *gg.Context, f faces, ax axis, top, bottom float64) {
	dc.SetFontFace(f.small)
	dc.SetLineWidth(1)
	for i, t := range ax.ticks {
		x := snap(ax.x(t.at))
		dc.SetColor(rgb(colGrid))
		dc.DrawLine(x, top-6, x, bottom)
		dc.Stroke()
		// A label that would run off the right edge is left out; the
		// gridline still shows.
		if x+4+measure(f.small, t.label) > chartRight && i > 0 {
			continue
		}
		dc.SetColor(rgb(colMuted))
		dc.DrawString(t.label, x+4, top-10)
	}
	dc.SetColor(rgb(colGrid))
	x := snap(ax.x(ax.to))
	dc.DrawLine(x, top-6, x, bottom)
	dc.Stroke()
}

// barSpan is where a step's bar starts and ends.
func barSpan(ax axis, b bar) (x0, x1 float64) {
	x0 = ax.x(b.start)
	return x0, max(ax.x(b.end.AddDate(0, 0, 1)), x0+minBarW)
}

func drawBar(dc *gg.Context, ax axis, b bar, top float64) {
	x0, x1 := barSpan(ax, b)
	y := top + barTop

	// The bar: green as far as the learner got, blue (muted once begun)
	// for the rest.
	switch pr := b.progress(); {
	case pr >= 1:
		dc.SetColor(rgb(colDone))
		dc.DrawRoundedRectangle(x0, y, x1-x0, barH, 4)
		dc.Fill()
		if x1-x0 >= checkMinW {
			drawCheck(dc, x1-16, y+barH/2)
		}
	case pr > 0:
		dc.SetColor(rgb(colRemaining))
		dc.DrawRoundedRectangle(x0, y, x1-x0, barH, 4)
		dc.Fill()
		dc.SetColor(rgb(colDone))
		dc.DrawRoundedRectangle(x0, y, max((x1-x0)*pr, minBarW), barH, 4)
		dc.Fill()
	default:
		dc.SetColor(rgb(colPlanned))
		dc.DrawRoundedRectangle(x0, y, x1-x0, barH, 4)
		dc.Fill()
	}
}

func drawLabel(dc *gg.Context, f faces, ax axis, b bar, top float64) {
	x0, _ := barSpan(ax, b)
	// The label above the bar: "1. Title  30 h · 2 Mar → 12 Apr · done",
	// starting where the bar starts, moved left if it would run off the
	// picture, the title shortened if it still does not fit.
	meta := number(b.hours) + " h · " + span(b.start, b.end, " → ", false)
	if st := b.status(); st != "" {
		meta += " · " + st
	}
	meta = "  " + meta
	head := fmt.Sprintf("%d. ", b.n)
	room := chartRight - chartLeft - measure(f.bold, head) - measure(f.text, meta)
	title := fit(f.bold, b.title, room)
	w := measure(f.bold, head+title) + measure(f.text, meta)
	x := min(x0, chartRight-w)
	x = max(x, chartLeft)
	base := top + 18
	dc.SetColor(rgb(colBackground))
	dc.DrawRectangle(x-4, base-14, w+8, 19)
	dc.Fill()
	dc.SetFontFace(f.bold)
	dc.SetColor(rgb(colText))
	dc.DrawString(head+title, x, base)
	x += measure(f.bold, head+title)
	dc.SetFontFace(f.text)
	dc.SetColor(rgb(colMuted))
	if b.done {
		dc.SetColor(rgb(colDone))
	}
	dc.DrawString(meta, x, base)
}

// drawCheck draws a check mark centred at (x, y): the Go fonts have no
// glyph for one.
func drawCheck(dc *gg.Context, x, y float64) {
	dc.SetColor(rgb(colCheck))
	dc.SetLineWidth(2.2)
	dc.SetLineCapRound()
	dc.SetLineJoinRound()
	dc.MoveTo(x-4.5, y)
	dc.LineTo(x-1.5, y+3.5)
	dc.LineTo(x+5, y-4)
	dc.Stroke()
}

func drawToday(dc *gg.Context, f faces, ax axis, today time.Time, top, bottom float64) {
	// The middle of the day: "today" is the whole day, not its start.
	x := snap((ax.x(today) + ax.x(today.AddDate(0, 0, 1))) / 2)
	dc.SetColor(rgb(colToday))
	dc.SetLineWidth(2)
	dc.SetDash(5, 4)
	dc.DrawLine(x, top-6, x, bottom+6)
	dc.Stroke()
	dc.SetDash()
	label := "today · " + today.Format("2 Jan 2006")
	dc.SetFontFace(f.smallBold)
	w := measure(f.smallBold, label)
	lx := min(max(x-w/2, chartLeft), chartRight-w)
	dc.DrawString(label, lx, bottom+22)
}

func drawFooter(dc *gg.Context, f faces, p *advisor.Plan, cost []string, top float64) {
	dc.SetColor(rgb(colGrid))
	dc.SetLineWidth(1)
	dc.DrawLine(chartLeft, snap(top), chartRight, snap(top))
	dc.Stroke()
	// The labels make a column of their own; wrapped cost lines hang
	// under the first.
	indent := footerIndent(f)
	y := top + 14 + 17
	dc.SetColor(rgb(colText))
	dc.SetFontFace(f.bold)
	dc.DrawString(totalLabel, chartLeft, y)
	dc.SetFontFace(f.text)
	dc.DrawString(totalText(p), indent, y)
	for i, line := range cost {
		y += lineH
		if i == 0 {
			dc.SetFontFace(f.bold)
			dc.DrawString(costLabel, chartLeft, y)
		}
		dc.SetFontFace(f.text)
		dc.DrawString(line, indent, y)
	}
	y += smallH
	dc.SetFontFace(f.small)
	dc.SetColor(rgb(colMuted))
	dc.DrawString(fit(f.small, pricesLine(p), chartRight-chartLeft), chartLeft, y)
}

// The labels that lead the footer lines.
const (
	totalLabel = "Total"
	costLabel  = "Cost"
)

// footerIndent is where the footer's texts start: right of the wider
// label, with some room.
func footerIndent(f faces) float64 {
	return chartLeft + max(measure(f.bold, totalLabel), measure(f.bold, costLabel)) + 12
}

func totalText(p *advisor.Plan) string {
	return fmt.Sprintf("%s hours over %d week%s", number(p.TotalHours), p.TotalWeeks, plural(p.TotalWeeks))
}

// costText is the cost as the plan words it ("$0: audit every course
// free (no certificate).").
func costText(p *advisor.Plan) string {
	if p.CostNote == "" {
		return "$" + number(p.CostUSD)
	}
	return p.CostNote
}

// pricesLine dates the cost the way the plan's text does.
func pricesLine(p *advisor.Plan) string {
	if p.PriceAsOf == "" {
		return "Prices from the guide."
	}
	return "Prices as of " + p.PriceAsOf + ", from the guide."
}

func measure(face font.Face, s string) float64 {
	return float64(font.MeasureString(face, s)) / 64
}

// fit shortens s with "…" until it is at most w pixels wide.
func fit(face font.Face, s string, w float64) string {
	if measure(face, s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && measure(face, strings.TrimSpace(string(r))+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// wrap breaks s into lines at most w pixels wide, at spaces.
func wrap(face font.Face, s string, w float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		next := word
		if line != "" {
			next = line + " " + word
		}
		if line != "" && measure(face, next) > w {
			lines = append(lines, line)
			next = word
		}
		line = next
	}
	if line != "" {
		lines = append(lines, fit(face, line, w))
	}
	return lines
}

// snap puts a 1-pixel line on a pixel centre, so it is crisp, not a
// two-pixel blur.
func snap(x float64) float64 { return float64(int(x)) + 0.5 }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
