package timeline

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/certpath/certpath/advisor"
)

// MaxAlt bounds alt text, in characters: Slack takes up to 1,000 for an
// image's alt_txt and Discord 1,024 for an attachment's description.
const MaxAlt = 1000

// Alt says in words what the timeline of p as of now shows: the span and
// pace, each step with its hours, dates and state, where today falls, the
// total and the cost. It is a pure function of its arguments. A plan too
// long for MaxAlt drops the steps' dates first, then is cut at a word.
func Alt(p *advisor.Plan, now time.Time) string {
	c, err := chartOf(p, now)
	if err != nil {
		return "Timeline of your certpath plan: no steps yet."
	}
	text := altText(p, c, true)
	if utf8.RuneCountInString(text) > MaxAlt {
		text = altText(p, c, false)
	}
	return clipWords(text, MaxAlt)
}

func altText(p *advisor.Plan, c chart, dates bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Timeline of your certpath plan: %d step%s at %d hour%s a week, %s.",
		len(c.bars), plural(len(c.bars)), p.Profile.HoursPerWeek, plural(p.Profile.HoursPerWeek), span(c.start, c.end, " to ", true))
	if st := p.Status; st != nil {
		fmt.Fprintf(&b, " %d of %d steps done.", st.StepsDone, st.Steps)
	}
	for _, s := range c.bars {
		fmt.Fprintf(&b, " %d. %s: %s hours", s.n, s.title, number(s.hours))
		if dates {
			b.WriteString(", " + span(s.start, s.end, " to ", true))
		}
		if st := s.status(); st != "" {
			b.WriteString(", " + strings.Replace(st, " h ", " hours ", 1))
		}
		b.WriteString(".")
	}
	if c.under {
		fmt.Fprintf(&b, " Today, %s, ", c.today.Format("2 Jan 2006"))
		if cur, ok := c.current(); ok {
			fmt.Fprintf(&b, "falls in step %d.", cur.n)
		} else {
			b.WriteString("falls between steps.")
		}
	}
	fmt.Fprintf(&b, " Total: %s. Cost: %s", totalText(p), costText(p))
	if !strings.HasSuffix(b.String(), ".") {
		b.WriteString(".")
	}
	return b.String()
}

// clipWords cuts s to at most n characters at a word, marking the cut.
func clipWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.:") + "…"
}
