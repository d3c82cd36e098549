package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/certpath/certpath/advisor"
)

// The layout is worked out from the plan before anything is drawn, so the
// picture and its alt text read the same facts and the canvas height is
// known up front.

// errNoSteps: a plan without steps has nothing to put on a timeline.
var errNoSteps = errors.New("timeline: the plan has no steps")

// bar is one step as drawn: dates are whole days, end inclusive.
type bar struct {
	n          int
	title      string
	hours      float64
	hoursDone  float64
	start, end time.Time
	done       bool
}

// progress is the share of the step already done, 0 to 1.
func (b bar) progress() float64 {
	switch {
	case b.done:
		return 1
	case b.hours <= 0 || b.hoursDone <= 0:
		return 0
	}
	return min(b.hoursDone/b.hours, 1)
}

// status is the step's state in words: "done", "12 of 30 h done" or "".
func (b bar) status() string {
	switch {
	case b.done:
		return "done"
	case b.hoursDone > 0:
		return number(b.hoursDone) + " of " + number(b.hours) + " h done"
	}
	return ""
}

// chart is what a plan puts on a timeline.
type chart struct {
	bars       []bar
	start, end time.Time // the plan's first and last day
	// today is set when the plan is under way: it has started and not
	// yet ended.
	today time.Time
	under bool
}

func chartOf(p *advisor.Plan, now time.Time) (chart, error) {
	if p == nil || len(p.Steps) == 0 {
		return chart{}, errNoSteps
	}
	var c chart
	for i, s := range p.Steps {
		start, err := day(s.Start)
		if err != nil {
			return chart{}, fmt.Errorf("timeline: step %d start: %w", i+1, err)
		}
		end, err := day(s.End)
		if err != nil {
			return chart{}, fmt.Errorf("timeline: step %d end: %w", i+1, err)
		}
		if end.Before(start) {
			end = start
		}
		c.bars = append(c.bars, bar{n: i + 1, title: s.Title, hours: s.Hours, hoursDone: s.HoursDone, start: start, end: end, done: s.Done})
		if i == 0 || start.Before(c.start) {
			c.start = start
		}
		if i == 0 || end.After(c.end) {
			c.end = end
		}
	}
	y, m, d := now.Date()
	c.today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	c.under = !c.today.Before(c.start) && !c.today.After(c.end)
	return c, nil
}

func day(s string) (time.Time, error) { return time.Parse(advisor.DateLayout, s) }

// current is the bar today falls in, if any.
func (c chart) current() (bar, bool) {
	for _, b := range c.bars {
		if !c.today.Before(b.start) && !c.today.After(b.end) {
			return b, true
		}
	}
	return bar{}, false
}

// tick is a labelled gridline of the calendar axis.
type tick struct {
	at    time.Time
	label string
}

// axis maps days to x between x0 and x1. A plan of up to two months is
// marked by week (each Monday, with its month), a longer one by month;
// months are skipped so labels never crowd at phone width.
type axis struct {
	from, to time.Time // to is exclusive
	x0, x1   float64
	ticks    []tick
}

// weekScale is the longest plan, in days, marked week by week.
const weekScale = 62

// minTickGap is the least room, in pixels, between two month labels.
const minTickGap = 64

func newAxis(start, end time.Time, x0, x1 float64) axis {
	a := axis{x0: x0, x1: x1}
	if days(start, end)+1 <= weekScale {
		a.from = start.AddDate(0, 0, -((int(start.Weekday()) + 6) % 7))
		a.to = end.AddDate(0, 0, 1)
		if rest := (7 - (int(a.to.Weekday())+6)%7) % 7; rest != 0 {
			a.to = a.to.AddDate(0, 0, rest)
		}
		for t := a.from; t.Before(a.to); t = t.AddDate(0, 0, 7) {
			a.ticks = append(a.ticks, tick{at: t, label: t.Format("2 Jan")})
		}
		return a
	}
	a.from = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
	a.to = time.Date(end.Year(), end.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	months := (a.to.Year()-a.from.Year())*12 + int(a.to.Month()-a.from.Month())
	step := 12
	for _, s := range []int{1, 2, 3, 6, 12} {
		if float64(s)*(x1-x0)/float64(months) >= minTickGap {
			step = s
			break
		}
	}
	for i := 0; i < months; i += step {
		t := a.from.AddDate(0, i, 0)
		label := t.Format("Jan")
		if i == 0 || t.Month() <= time.Month(step) {
			// The year where the reader needs it: at the start and at
			// each new year.
			label = t.Format("Jan 2006")
		}
		a.ticks = append(a.ticks, tick{at: t, label: label})
	}
	return a
}

// x is where day t starts.
func (a axis) x(t time.Time) float64 {
	span := float64(days(a.from, a.to))
	return a.x0 + (a.x1-a.x0)*float64(days(a.from, t))/span
}

func days(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// span writes a date range short: "2 Mar → 12 Apr", with the year only
// where it changes.
func span(a, b time.Time, sep string, years bool) string {
	switch {
	case a.Equal(b) && years:
		return a.Format("2 Jan 2006")
	case a.Equal(b):
		return a.Format("2 Jan")
	case a.Year() != b.Year():
		return a.Format("2 Jan 2006") + sep + b.Format("2 Jan 2006")
	case years:
		return a.Format("2 Jan") + sep + b.Format("2 Jan 2006")
	}
	return a.Format("2 Jan") + sep + b.Format("2 Jan")
}

// number writes hours without a pointless ".0".
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
