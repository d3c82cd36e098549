package advisor

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Start dates: "begin on the 1st of february", "can we start next
// monday", "start jan 4th", "starting 2027-01-04", "start in two weeks".
// A date counts only after a word that means starting, so "I finished a
// course in january" sets nothing.
//
// This is a small reader for English dates on purpose. Both maintained
// libraries were measured here: github.com/markusmobius/go-dateparser reads
// every form above but its package initialisation costs 223 ms and 95 MB
// of allocations, more than certpath's whole cold start; and
// github.com/olebedev/when v1.1.0 reads "1st of february" as March 1 and
// "january 4th" as a date in the past.

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday,
	"sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// startCue words say that a date is when to start.
var startCue = map[string]bool{
	"start": true, "starting": true, "begin": true, "beginning": true, "kick": true, "kickoff": true,
	"commence": true, "launch": true, "startdate": true,
	// "can i restart on january 18?", "will resume 18 january" (dev73):
	// after a pause, when the plan starts again.
	"restart": true, "restarting": true, "resume": true, "resuming": true,
	// "je prends une pause pour les Fêtes, je recommence le 11 janvier"
	// (dev86): French "recommence" is spelled as the English word.
	"recommence": true, "recommencing": true,
	// Danish and Norwegian "jeg starter fra 4. januar"; English
	// "starter" is a noun, and a date must follow within six words.
	"starter": true,
}

// otherStart are things people start that are not their study plan:
// "starting uni in Feb", "start my new job on the 4th".
var otherStart = map[string]bool{
	"degree": true, "uni": true, "university": true, "school": true, "college": true, "job": true, "work": true,
	"semester": true, "term": true, "masters": true, "phd": true, "internship": true, "placement": true,
	"residency": true, "apprenticeship": true, "position": true, "role": true, "contract": true, "leave": true,
}

// seasonWords are things of the year that start on their own: "the high
// season is starting", "tax season starts in january".
var seasonWords = map[string]bool{
	"season": true, "semester": true, "term": true, "rush": true, "school": true, "exams": true, "exam": true,
	"harvest": true, "year": true, "quarter": true, "project": true, "job": true, "work": true, "shift": true,
	"rotation": true, "deployment": true, "classes": true, "course": true, "baby": true,
}

// somethingElseStarts reports whether the start word at i has a season
// or an event as its subject ("the high season is starting").
func somethingElseStarts(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].text == "is" || toks[j].text == "are" || toks[j].text == "s") {
		j--
	}
	// ("my job start date: jan 4" is theirs.)
	if j >= 0 && toks[j].clause == toks[i].clause && seasonWords[toks[j].text] && toks[i].text != "start" {
		return true
	}
	if toks[i].text == "starting" && !(j >= 0 && aboutSelf[toks[j].text]) {
		// "got the job at the billing office in glasgow starting
		// january" (dev94 started the plan then): the job starts.
		for k := i - 1; k >= 0 && k >= i-8 && toks[k].clause == toks[i].clause; k-- {
			if otherStart[toks[k].text] {
				return true
			}
		}
	}
	return false
}

// startFact finds a start date after a start word, or a message that is
// just a date ("jan 4", "from the 15th", "no wait, jan 4"). A date that
// belongs to something else is none: "no budget this year", "ab Dezember
// ist Hochsaison" (from December is high season; dev44).
func (n *nlu) startFact(tz *tokenized, now time.Time, f *Frame) (candidate, bool) {
	c, ok := n.startFactAt(tz, now, f)
	if !ok {
		return c, false
	}
	toks := tz.toks
	// "start jan 4. wait no jan 11, holiday shifts" (dev60): a date right
	// after a correction later in the message is the start.
	for _, cs := range n.corrections.find(toks, nil) {
		if cs.from < c.to {
			continue
		}
		for j := cs.to; j < len(toks) && j <= cs.to+2; j++ {
			if d, end, ok, _ := n.dateAt(toks, j, dateOnly(now)); ok && hasNumber(toks, j, end) {
				c = startAt(tz, d, j, end, c.Conf)
				break
			}
		}
	}
	for i := max(c.from-3, 0); i < c.from; i++ {
		switch toks[i].text {
		case "budget", "money", "funds", "funding", "cash", "salary", "pay", "bonus":
			if toks[i].clause == toks[c.from].clause {
				return candidate{}, false
			}
		}
	}
	if c.to < len(toks) && toks[c.to].clause == toks[c.from].clause {
		switch toks[c.to].text {
		case "is", "ist", "es", "e", "are", "sind", "est":
			return candidate{}, false
		}
	}
	return c, true
}

func (n *nlu) startFactAt(tz *tokenized, now time.Time, f *Frame) (candidate, bool) {
	toks := tz.toks
	today := dateOnly(now)
	paused := pausing(toks)
	if paused {
		// "heading back in tomorrow and then it's christmas, so pausing
		// till jan 18" (dev77 started tomorrow): what the pause lasts
		// until is when the plan picks up.
		for i := 0; i+1 < len(toks); i++ {
			switch toks[i].text {
			case "till", "til", "until", "untill":
				if d, end, ok, _ := n.dateAt(toks, i+1, today); ok && hasNumber(toks, i+1, end) {
					return startAt(tz, d, i+1, end, 0.85), true
				}
			}
		}
	}
	var last candidate
	found := false
	for i, t := range toks {
		if !startCue[t.text] && !(t.text == "back" && (paused || returnAt(toks, i))) {
			continue
		}
		// "start date: ...", "start on", "start from": the date follows
		// within six words in the sentence; but "starting a science
		// degree at UNSW in Feb" starts something else.
		// "exams end on 12 December, I'll start after that": the day
		// after the date named before.
		if i+2 < len(toks) && toks[i+1].text == "after" && (toks[i+2].text == "that" || toks[i+2].text == "it" || toks[i+2].text == "this" || toks[i+2].text == "then") {
			if d, ok := n.dateBefore(toks, i, today); ok {
				last = startAt(tz, d.AddDate(0, 0, 1), i, i+3, 0.85)
				found = true
				break
			}
		}
		if t.text == "start" || t.text == "begin" {
			// Chinese and Japanese order, after the gloss: "打算1月6日开始"
			// (plan january 6 start): a date right before the word.
			before := false
			for j := max(i-4, 0); j < i; j++ {
				if toks[j].clause != t.clause {
					continue
				}
				// ("am 04.01.2027 anfangen": the year after a day and
				// month the dateAt did not take.)
				if d, end, ok, _ := n.dateAt(toks, j, today); ok && (end == i || end+1 == i && (toks[end].text == "from" || toks[end].isNum && toks[end].num >= 2025 && toks[end].num <= 2035) ||
					// Hinglish "1 February se fir start" (from then
					// start; dev79)
					end+2 == i && toks[end].text == "from" && (toks[end+1].text == "then" || toks[end+1].text == "again")) && hasNumber(toks, j, end) && !pastTense(toks, t.sent) {
					last = startAt(tz, d, j, i+1, 0.85)
					found, before = true, true
					break
				}
			}
			if before {
				// (A start said again later still counts: "start jan 4.
				// wait no, start jan 11" (dev60) read the first date, as
				// this stopped at any date found before.)
				break
			}
		}
		if i+1 < len(toks) && toks[i+1].text == "then" && (i+2 >= len(toks) || toks[i+2].clause != toks[i+1].clause || toks[i+2].punct) {
			// "winter break starts the 19th, I'll start then": the date
			// named before.
			if d, ok := n.dateBefore(toks, i, today); ok {
				last = startAt(tz, d, i, i+2, 0.85)
				found = true
				break
			}
		}
		if somethingElseStarts(toks, i) {
			// "the high season is starting so in december less"
			continue
		}
		// "start when the kids go back on the 6th of January": a
		// clause of time reaches further.
		limit := i + 6
		timeClause := false
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			if toks[k].text == "when" || toks[k].text == "once" || toks[k].text == "after" {
				limit, timeClause = i+10, true
			}
		}
		for j := i + 1; j < len(toks) && j <= limit && toks[j].sent == t.sent; j++ {
			if otherStart[toks[j].text] && !timeClause {
				// ("I'll start once school goes back, 2nd of feb": the
				// school's date is when they start; dev50.)
				break
			}
			d, end, ok, bad := n.dateAt(toks, j, today)
			if bad {
				f.StartErr = tz.quote(j, end)
				return candidate{}, false
			}
			if !ok {
				continue
			}
			// "the monday after dec 18", "exams end dec 18, so start the
			// monday after": after a date named there or earlier.
			if end < len(toks) && toks[end].text == "after" {
				if wd, isDay := weekdayNames[toks[end-1].text]; isDay {
					if base, bend, ok, _ := n.dateAt(toks, end+1, today); ok && end+1 < len(toks) {
						d, end = nextWeekday(base, wd), bend
					} else if base, ok := n.dateBefore(toks, i, today); ok {
						d, end = nextWeekday(base, wd), end+1
					}
				}
			}
			// "starting in the new year, jan 4th": a day said right
			// after a vaguer date is the day.
			if !hasNumber(toks, j, end) {
				for k := end; k < len(toks) && k <= end+2 && toks[k].sent == t.sent; k++ {
					if d2, end2, ok2, _ := n.dateAt(toks, k, today); ok2 && hasNumber(toks, k, end2) {
						if toks[k].text == "the" && end2 == k+2 {
							// "start mid january, the 18th" (dev115 read
							// december 18): a day alone is the vaguer
							// date's month's.
							if dd, ok := dayOfMonth(d, toks[k+1].num); ok {
								d2 = dd
							}
						}
						d, end = d2, end2
						break
					}
					// "in January, the first Monday": that weekday of the
					// month named.
					if nth, isOrd := ordinalWords[toks[k].text]; isOrd && k+1 < len(toks) && d.Day() == 1 {
						if wd, isDay := weekdayNames[toks[k+1].text]; isDay {
							d, end = nthWeekday(d, wd, nth), k+2
							break
						}
					}
				}
			}
			if !hasNumber(toks, j, end) {
				// "i'll start mid january when the kids are back at
				// school, the 18th" (dev115): a day alone closing the
				// sentence names the day of the month said.
				for k := end; k+1 < len(toks) && toks[k].sent == t.sent; k++ {
					if toks[k].text == "the" && toks[k+1].isNum && toks[k+1].ord && lastOfClause(toks, k+1) && (k+2 >= len(toks) || toks[k+2].sent != t.sent) {
						if dd, ok := dayOfMonth(d, toks[k+1].num); ok {
							d, end = dd, k+2
						}
					}
				}
			}
			last = dayAfterEvent(toks, startAt(tz, d, i, end, 0.9), j, i+1)
			last.inQuestion = tz.isQuestionAt(i)
			found = true
			break
		}
	}
	if found {
		return last, true
	}
	// "from 15/01", "desde el 15/12", "from coming monday": a date right
	// after "from" is when they start, unless it opens a range ("from
	// monday to friday") or the sentence is about the past.
	for i, t := range toks {
		if t.text != "from" {
			continue
		}
		if i > 0 && seasonWords[toks[i-1].text] && toks[i-1].clause == t.clause && toks[i-1].text != "work" && toks[i-1].text != "job" {
			// "exam season from next week so ... only 4 a week till
			// january" (dev75 started the plan then): the season starts.
			continue
		}
		j := i + 1
		d, end, ok, _ := n.dateAt(toks, j, today)
		if !ok && j < len(toks) && dateArticle(toks[j].text) {
			// ("from the 14th i'm free to start": "the 14th" is a date
			// of its own; dev115 read none.)
			j++
			d, end, ok, _ = n.dateAt(toks, j, today)
		}
		if !ok || j >= len(toks) || toks[j].sent != t.sent {
			continue
		}
		w := j
		if w+1 < len(toks) && dateArticle(toks[w].text) {
			w++
		}
		if _, weekday := weekdayNames[toks[w].text]; weekday {
			continue
		}
		if toks[j].text == "now" && !(i > 0 && (toks[i-1].text == "start" || toks[i-1].text == "begin" || toks[i-1].text == "starting")) {
			// "so from now 6 hours a week is possible" (dev72): from
			// now on, the hours; not a start date.
			continue
		}
		if end < len(toks) && toks[end].sent == t.sent {
			switch toks[end].text {
			case "to", "-", "until", "till", "til", "through", "thru":
				continue
			}
		}
		if pastTense(toks, t.sent) {
			continue
		}
		if hoursInSentence(toks, t.sent) && !startInSentence(toks, t.sent) && timeChangeBefore(toks, i) {
			// "I have more time from January, 8 hours a week", "it's
			// summer break for me from next week so 10 hrs a week"
			// (dev69): when the hours change, not when the plan starts
			// ("from jan 4, 5 hrs a week" is a start).
			continue
		}
		c := startAt(tz, d, i, end, 0.85)
		c.inQuestion = tz.isQuestionAt(i)
		return c, true
	}
	// "harvest runs into feb so not before february, say feb 1", "i start
	// a new job in feb so march it is, march 1", "last exam's may 28 so
	// june 1" (dev115 read none): a dated day put down after "so" or
	// "say" is the start they conclude on.
	if !pastTense(toks, -1) {
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].text != "so" && toks[i].text != "say" {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+6 && toks[j].sent == toks[i].sent; j++ {
				d, end, ok, _ := n.dateAt(toks, j, today)
				if !ok || !hasNumber(toks, j, end) || !slices.ContainsFunc(toks[j:end], func(t token) bool { return monthNames[t.text] != 0 }) {
					// (A month named: "so far (3.8 GPA" is no date, and
					// "first week of jan, say the 4th" is read below.)
					continue
				}
				if _, weekday := weekdayNames[toks[j].text]; weekday {
					break
				}
				c := startAt(tz, d, j, end, 0.85)
				c.inQuestion = tz.isQuestionAt(j)
				return c, true
			}
		}
	}
	// A message that is (nearly) only a date. A bare weekday ("two hours
	// on sunday") or "now" says when they study, not when they start.
	// With two dates the later one refines the first ("first week of
	// jan, say the 4th").
	inDate := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		d, end, ok, _ := n.dateAt(toks, i, today)
		if !ok {
			continue
		}
		if _, weekday := weekdayNames[toks[i].text]; weekday {
			continue
		}
		switch toks[i].text {
		case "now", "right", "today", "tonight", "immediately", "asap":
			continue
		}
		for j := i; j < end; j++ {
			inDate[j] = true
		}
		if found {
			// A second date is the first one's day ("first week of jan,
			// say the 4th"), or something else's ("jan 11, december is
			// chaos").
			prev, _ := time.Parse(DateLayout, last.Value)
			dd, ok := time.Time{}, false
			if toks[i].text == "the" && end == i+2 {
				dd, ok = dayOfMonth(prev, toks[i+1].num)
			}
			if !ok {
				i = end - 1
				continue
			}
			d = dd
		}
		last = startAt(tz, d, i, end, 0.85)
		found = true
		i = end - 1
	}
	// "I graduated in june": a date in the past tense is history.
	if !found || pastTense(toks, -1) {
		return candidate{}, false
	}
	other := 0
	for j, t := range toks {
		if inDate[j] || t.punct || dateFiller[t.text] {
			continue
		}
		other++
	}
	corrected := false
	for j := max(0, last.from-3); j < last.from; j++ {
		switch toks[j].text {
		case "wait", "actually", "instead", "rather":
			corrected = true
		case "no":
			// "no, jan 11", "no wait jan 11"; not "no treks till March"
			// (dev75: a busy season, with hours for now).
			corrected = corrected || j+1 == last.from || toks[j+1].punct || toks[j+1].text == "wait" || toks[j+1].clause != toks[j].clause
		}
	}
	// "scratch that, jan 11, december is chaos"
	for j := max(0, last.from-4); j+1 < last.from; j++ {
		if (toks[j].text == "scratch" || toks[j].text == "forget") && toks[j+1].text == "that" {
			corrected = true
		}
	}
	if other <= 2 || corrected {
		return dayAfterEvent(toks, last, last.from, last.from-6), true
	}
	if endsThenAfter(toks, last.from, last.to) {
		// "my exams finish on December 20, after that 4 hours every
		// day": they start the day after.
		if d, err := time.Parse(DateLayout, last.Value); err == nil {
			last.Value = d.AddDate(0, 0, 1).Format(DateLayout)
			return last, true
		}
	}
	return candidate{}, false
}

// dayOfMonth is day (a day of the month said alone: "the 18th") in the
// month of d, if that month has it.
func dayOfMonth(d time.Time, day float64) (time.Time, bool) {
	dd := time.Date(d.Year(), d.Month(), int(day), 0, 0, 0, 0, time.UTC)
	return dd, day >= 1 && dd.Month() == d.Month()
}

// dateArticle reports whether w is an article a date may follow ("from
// the 14th", German "ab dem 4. Januar").
func dateArticle(w string) bool {
	return w == "the" || w == "dem" || w == "den" || articles[w]
}

// endsThenAfter reports whether the date at [from, to) ends something
// ("exams finish on", "the semester ends") and what follows comes after
// it ("after that", "afterwards", "from then on").
func endsThenAfter(toks []token, from, to int) bool {
	ends := false
	for j := from - 1; j >= 0 && j >= from-2 && toks[j].sent == toks[from].sent; j-- {
		switch toks[j].text {
		case "finish", "finishes", "end", "ends", "over", "done", "until", "till":
			ends = true
		}
	}
	if !ends {
		return false
	}
	for j := to; j+1 < len(toks) && j <= to+2 && toks[j].sent == toks[from].sent; j++ {
		if toks[j].text == "after" && (toks[j+1].text == "that" || toks[j+1].text == "this" || toks[j+1].text == "which") || toks[j].text == "afterwards" || toks[j].text == "from" && toks[j+1].text == "then" {
			return true
		}
	}
	return false
}

// startAt is a start date read from the words at [from, to).
func startAt(tz *tokenized, d time.Time, from, to int, conf float64) candidate {
	return candidate{Fact: Fact{Slot: SlotStart, Value: d.Format(DateLayout), Conf: conf, Words: tz.quote(from, to), from: from, to: to}}
}

// hasNumber reports whether tokens [from, to) hold a number.
func hasNumber(toks []token, from, to int) bool {
	for j := from; j < to && j < len(toks); j++ {
		if toks[j].isNum {
			return true
		}
	}
	return false
}

// dayAfterEvent moves a start to the next day when the date is the end of
// something else: "after my exams on the 18th" starts on the 19th. Only a
// day's date (with its number, at [date, c.to)) moves, and only after an
// "after" from token from on ("after my defense, start jan 15" is the
// start).
func dayAfterEvent(toks []token, c candidate, date, from int) candidate {
	hasDay := false
	for j := date; j < c.to; j++ {
		hasDay = hasDay || toks[j].isNum
	}
	if !hasDay {
		return c
	}
	// The date belongs to the event: "after my exams on the 18th", not
	// "after his exams, january 11" nor "the monday after dec 18".
	switch {
	case date == 0 || toks[date-1].clause != toks[date].clause:
		return c
	case toks[date-1].text == "on":
	case toks[date-1].text == "end" || toks[date-1].text == "ends" || toks[date-1].text == "over" || toks[date-1].text == "done" || toks[date-1].text == "finish" || toks[date-1].text == "finishes":
		// "after finals end dec 16"
	default:
		return c
	}
	ends := toks[date-1].text != "on"
	for j := date - 2; j >= 0 && j >= from && toks[j].clause == toks[date].clause; j-- {
		switch toks[j].text {
		case "done", "over", "end", "ends", "finish", "finished", "finishes", "through":
			ends = true
		}
		// "after my exams on the 18th", "once finals are done on the 17th"
		if toks[j].text == "after" || (toks[j].text == "once" || toks[j].text == "when") && ends {
			if d, err := time.Parse(DateLayout, c.Value); err == nil {
				c.Value = d.AddDate(0, 0, 1).Format(DateLayout)
			}
			return c
		}
	}
	return c
}

// pastTense reports whether a sentence (or, for sent < 0, the message)
// speaks of the past ("worked there from march 2019"): a verb in -ed. No
// date word ends so.
func pastTense(toks []token, sent int) bool {
	for _, t := range toks {
		if (sent < 0 || t.sent == sent) && len(t.text) > 4 && strings.HasSuffix(t.text, "ed") && !dateFiller[t.text] {
			return true
		}
	}
	return false
}

// dateBefore returns the last date named before token i.
func (n *nlu) dateBefore(toks []token, i int, today time.Time) (time.Time, bool) {
	var out time.Time
	found := false
	for j := 0; j < i; j++ {
		if d, end, ok, _ := n.dateAt(toks, j, today); ok {
			out, found = d, true
			j = end - 1
		}
	}
	return out, found
}

// dateFiller words may surround a date given on its own: "jan 4 is good",
// "no wait, jan 4", "from the 15th pls".
var dateFiller = map[string]bool{
	"no": true, "wait": true, "actually": true, "make": true, "it": true, "from": true, "on": true, "is": true,
	"good": true, "fine": true, "ok": true, "okay": true, "works": true, "pls": true, "please": true, "the": true,
	"then": true, "maybe": true, "how": true, "about": true, "sorry": true, "i": true, "mean": true, "instead": true,
	"passt": true, "fur": true, "mich": true, "for": true, "me": true, "after": true, "christmas": true, "lets": true,
	"say": true, "hmm": true, "ugh": true, "so": true,
}

// dateAt reads a date starting at token i. bad is set for a date that
// cannot exist ("2027-02-30", "february 31st").
func (n *nlu) dateAt(toks []token, i int, today time.Time) (d time.Time, end int, ok, bad bool) {
	at := func(j int) string {
		if j < len(toks) && toks[j].sent == toks[i].sent {
			return toks[j].text
		}
		return ""
	}
	isNum := func(j int) bool { return j < len(toks) && toks[j].isNum && toks[j].sent == toks[i].sent }
	build := func(y int, m time.Month, day int, end int, yearGiven bool) (time.Time, int, bool, bool) {
		t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day || t.Month() != m {
			return time.Time{}, end, false, true
		}
		if !yearGiven && t.Before(today) {
			t = t.AddDate(1, 0, 0)
		}
		return t, end, true, false
	}
	year := today.Year()
	w := at(i)
	switch w {
	case "today", "now", "asap", "immediately", "tonight":
		return today, i + 1, true, false
	case "right":
		if at(i+1) == "away" || at(i+1) == "now" {
			return today, i + 2, true, false
		}
	case "tomorrow":
		return today.AddDate(0, 0, 1), i + 1, true, false
	case "next", "this", "coming", "upcoming":
		switch nx := at(i + 1); {
		case nx == "week" && w == "this":
			// "starting it this week" (dev73 read next Monday): now.
			return today, i + 2, true, false
		case nx == "week":
			days := (8 - int(today.Weekday())) % 7
			if days == 0 {
				days = 7
			}
			return today.AddDate(0, 0, days), i + 2, true, false
		case nx == "month":
			return time.Date(today.Year(), today.Month()+1, 1, 0, 0, 0, 0, time.UTC), i + 2, true, false
		case nx == "year":
			return time.Date(today.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC), i + 2, true, false
		default:
			if wd, ok := weekdayNames[nx]; ok {
				return nextWeekday(today, wd), i + 2, true, false
			}
		}
	case "in":
		// "in two weeks", "in 3 days", "in a month", "in january"
		if m, ok := monthNames[at(i+1)]; ok {
			// "in january, the 4th" (dev54): the day said after it.
			k := i + 2
			for k < len(toks) && toks[k].punct {
				k++
			}
			if at(k) == "the" {
				k++
			}
			if isNum(k) && toks[k].ord && toks[k].num >= 1 && toks[k].num <= 31 {
				return build(year, m, int(toks[k].num), k+1, false)
			}
			return build(year, m, 1, i+2, false)
		}
		if i > 0 && (at(i+1) == "a" || at(i+1) == "one") && (at(i+2) == "week" || at(i+2) == "day") {
			if _, _, unit := unitOf(toks[i-1].text); unit {
				// "3 hours in a week" (dev62): a rate, not a start.
				break
			}
		}
		if v, j, _, ok := n.amountAt(toks, i+1); ok || at(i+1) == "a" {
			if at(i+1) == "a" {
				v, j = 1, i+2
			}
			switch at(j) {
			case "day", "days":
				return today.AddDate(0, 0, int(v)), j + 1, true, false
			case "week", "weeks":
				return today.AddDate(0, 0, 7*int(v)), j + 1, true, false
			case "month", "months":
				return today.AddDate(0, int(v), 0), j + 1, true, false
			}
		}
	case "christmas", "xmas":
		// "i'll start after christmas" (not read in late November): the
		// day after it. Only after "after": "2 till christmas", "christmas
		// shutdown's 3 weeks" (dev78, dev69) start nothing.
		if i == 0 || toks[i-1].text != "after" {
			break
		}
		d := time.Date(year, 12, 26, 0, 0, 0, 0, time.UTC)
		if d.Before(dateOnly(today)) {
			d = d.AddDate(1, 0, 0)
		}
		return d, i + 1, true, false
	case "new":
		if at(i+1) == "year" || at(i+1) == "years" {
			return time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC), i + 2, true, false
		}
	case "early", "beginning", "start":
		k := i + 1
		if at(k) == "of" {
			k++
		}
		if m, ok := monthNames[at(k)]; ok {
			return build(year, m, 1, k+1, false)
		}
	case "mid", "middle":
		k := i + 1
		if at(k) == "of" {
			k++
		}
		if m, ok := monthNames[at(k)]; ok {
			return build(year, m, 15, k+1, false)
		}
	}
	if wd, ok := weekdayNames[w]; ok && w != "sun" && w != "sat" && w != "wed" && w != "mar" {
		// "monday the 21st", "monday the 11th (jan)": the day number
		// says which Monday.
		k := i + 1
		if at(k) == "the" {
			k++
		}
		if isNum(k) && toks[k].ord && toks[k].num >= 1 && toks[k].num <= 31 {
			day := int(toks[k].num)
			if m, ok := monthNames[at(k+1)]; ok {
				return build(year, m, day, k+2, false)
			}
			for mo := 0; mo < 12; mo++ {
				d := time.Date(today.Year(), today.Month()+time.Month(mo), day, 0, 0, 0, 0, time.UTC)
				if d.Day() == day && !d.Before(today) && d.Weekday() == wd {
					return d, k + 1, true, false
				}
			}
		}
		return nextWeekday(today, wd), i + 1, true, false
	}
	// "15/01", "12/14": the number over 12 is the day; both 12 or under
	// is left unread (15/01 is day first, 12/14 month first, 05/06 either).
	if isNum(i) && !toks[i].ord && at(i+1) == "/" && isNum(i+2) && toks[i].num == float64(int(toks[i].num)) && toks[i+2].num == float64(int(toks[i+2].num)) {
		a, b := int(toks[i].num), int(toks[i+2].num)
		end := i + 3
		y, yearGiven := year, false
		if at(end) == "/" && isNum(end+1) && toks[end+1].num >= 2000 && toks[end+1].num < 2100 {
			y, yearGiven, end = int(toks[end+1].num), true, end+2
		}
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			return build(y, time.Month(b), a, end, yearGiven)
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			return build(y, time.Month(a), b, end, yearGiven)
		case a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b && !yearGiven:
			// Both could be the month. Most of the world writes the day
			// first, and a message in another language surely does
			// ("começo no dia 4/1"); in English, the sooner of the two
			// ("starting 1/4 after the holidays" in late November is
			// January 4, not April 1).
			dayFirst, dm, _, _ := build(y, time.Month(b), a, end, false)
			monthFirst, md, _, _ := build(y, time.Month(a), b, end, false)
			for _, t := range toks {
				if t.glossed {
					return dayFirst, dm, true, false
				}
			}
			if monthFirst.Before(dayFirst) {
				return monthFirst, md, true, false
			}
			return dayFirst, dm, true, false
		}
	}
	// "14.12." (day first, as written in most of the world); "1.5 hour"
	// is an amount.
	if _, _, unit := unitOf(at(i + 1)); isNum(i) && !toks[i].ord && strings.Count(toks[i].text, ".") == 1 && !unit {
		parts := strings.SplitN(toks[i].text, ".", 2)
		day, e1 := strconv.Atoi(parts[0])
		mon, e2 := strconv.Atoi(parts[1])
		if e1 == nil && e2 == nil && day >= 1 && day <= 31 && mon >= 1 && mon <= 12 {
			return build(year, time.Month(mon), day, i+1, false)
		}
	}
	// "first week of january": that week's Monday (a study week starts
	// on Monday), "second week of jan" the one after.
	nth, isOrd := ordinalWords[w]
	if isNum(i) && toks[i].ord && toks[i].num >= 1 && toks[i].num <= 5 {
		nth, isOrd = int(toks[i].num), true
	}
	if isOrd && at(i+1) == "week" && at(i+2) == "of" {
		if m, isMonth := monthNames[at(i+3)]; isMonth {
			first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
			if first.AddDate(0, 1, -1).Before(today) {
				first = first.AddDate(1, 0, 0)
			}
			return nthWeekday(first, time.Monday, nth), i + 4, true, false
		}
	}
	// "first monday of january"
	if nth, ok := ordinalWords[w]; ok && i+2 < len(toks) {
		if wd, isDay := weekdayNames[at(i+1)]; isDay && at(i+2) == "of" {
			if m, isMonth := monthNames[at(i+3)]; isMonth {
				first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
				if first.AddDate(0, 1, -1).Before(today) {
					first = first.AddDate(1, 0, 0)
				}
				d := nthWeekday(first, wd, nth)
				return d, i + 4, true, false
			}
		}
	}
	// "the 15th": that day of this month, or the next; and "mulai tanggal
	// 14" (start the 14): a plain day number that ends the sentence.
	if w == "the" && isNum(i+1) && toks[i+1].num >= 1 && toks[i+1].num <= 31 && toks[i+1].num == float64(int(toks[i+1].num)) {
		next := at(i + 2)
		_, isMonth := monthNames[next]
		if toks[i+1].ord && !isMonth && next != "of" && next != "one" && next != "option" && next != "week" || !toks[i+1].ord && next == "" {
			day := int(toks[i+1].num)
			d := time.Date(today.Year(), today.Month(), day, 0, 0, 0, 0, time.UTC)
			if d.Day() != day || d.Before(today) {
				d = time.Date(today.Year(), today.Month()+1, day, 0, 0, 0, 0, time.UTC)
			}
			return d, i + 2, true, false
		}
	}
	// 2027-01-04
	if isNum(i) && toks[i].num >= 2000 && toks[i].num < 2100 && at(i+1) == "-" && isNum(i+2) && at(i+3) == "-" && isNum(i+4) {
		return build(int(toks[i].num), time.Month(int(toks[i+2].num)), int(toks[i+4].num), i+5, true)
	}
	// january 4th, jan 4 2027
	if m, ok := monthNames[w]; ok && w != "may" || w == "may" && isNum(i+1) {
		m = monthNames[w]
		// (Not "from January, 8 hours a week" (dev69): a number in the
		// next clause, or one of hours, is no day.)
		_, _, unitNext := unitOf(at(i + 2))
		if isNum(i+1) && toks[i+1].num >= 1 && toks[i+1].num <= 31 && !unitNext && (toks[i+1].clause == toks[i].clause || toks[i+1].ord) {
			day, end := int(toks[i+1].num), i+2
			if isNum(end) && toks[end].num >= 2000 && toks[end].num < 2100 {
				return build(int(toks[end].num), m, day, end+1, true)
			}
			return build(year, m, day, end, false)
		}
		return build(year, m, 1, i+1, false)
	}
	// the 1st of february, 4th january
	k := i
	if w == "the" {
		k++
	}
	if at(k) == "day" && isNum(k+1) && (at(k+2) == "of" || monthNames[at(k+2)] != 0) {
		// Romance "el día 11 de enero", "dia 11 de janeiro" (dev87): the
		// day 11 of january.
		k++
	}
	if isNum(k) && toks[k].num >= 1 && toks[k].num <= 31 && toks[k].num == float64(int(toks[k].num)) {
		j := k + 1
		if at(j) == "of" {
			j++
		}
		// (Not "keep 3, december is busy" (dev69): a plain number and a
		// month in the next clause.)
		if m, ok := monthNames[at(j)]; ok && (toks[k].ord || at(j-1) == "of" || j == k+1 && toks[j].clause == toks[k].clause) {
			day, end := int(toks[k].num), j+1
			if isNum(end) && toks[end].num >= 2000 && toks[end].num < 2100 {
				return build(int(toks[end].num), m, day, end+1, true)
			}
			return build(year, m, day, end, false)
		}
	}
	return time.Time{}, i, false, false
}

// nthWeekday is the nth wd on or after first (the first of a month):
// the first Monday of January, the second week's Monday.
func nthWeekday(first time.Time, wd time.Weekday, nth int) time.Time {
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(nth-1))
}

// ordinalWords say which occurrence of a weekday in a month.
var ordinalWords = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

// nextWeekday is the first given weekday strictly after today.
func nextWeekday(today time.Time, wd time.Weekday) time.Time {
	days := (int(wd) - int(today.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return today.AddDate(0, 0, days)
}

// returnAt reports "back" at i as the learner's return, a date right after
// it: "no laptop, back jan 4", "back on the 4th" (dev79: "going to my
// sister's in cardiff for christmas, no laptop, back jan 4" changed
// nothing); not someone else's ("the kids go back jan 6").
func returnAt(toks []token, i int) bool {
	if i > 0 && toks[i-1].clause == toks[i].clause {
		switch toks[i-1].text {
		case "go", "goes", "going", "went", "get", "gets", "come", "comes", "coming", "are", "is", "was", "were", "school", "kids", "they":
			return false
		}
	}
	if pastTense(toks, toks[i].sent) {
		// "i finished ML for all back on 3 november"
		return false
	}
	j := i + 1
	for j < len(toks) && j <= i+2 && (toks[j].text == "on" || toks[j].text == "the" || toks[j].text == "by" || toks[j].text == "i" || toks[j].text == "day" && j+1 < len(toks) && toks[j+1].isNum) {
		j++
	}
	return j < len(toks) && toks[j].clause == toks[i].clause && (toks[j].isNum || monthNames[toks[j].text] != 0)
}

// pausing reports a message about pausing the plan ("need to pause, back
// on 1 march", "gotta pause, back march 1"; dev73): "back" and a date
// say when it starts again.
func pausing(toks []token) bool {
	for i := range toks {
		if pauseAt(toks, i) {
			return true
		}
	}
	return false
}

// pauseAt reports a word for pausing the plan at token i: "pause",
// "hiatus", "a break", "take a break", "a short break".
func pauseAt(toks []token, i int) bool {
	switch toks[i].text {
	case "pause", "pausing", "paused", "hiatus":
		return true
	case "break":
		if i > 0 {
			switch toks[i-1].text {
			case "a", "take", "taking", "little", "short":
				return true
			}
		}
	}
	return false
}

// hoursInSentence reports an amount of hours in sentence sent ("8 hours",
// "10 hrs").
func hoursInSentence(toks []token, sent int) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].sent != sent || !toks[i].isNum || toks[i+1].sent != sent {
			continue
		}
		if _, _, unit := unitOf(toks[i+1].text); unit {
			return true
		}
	}
	return false
}

// startInSentence reports a word in sentence sent that says the learner
// starts ("start", "begin"), not something else that does.
func startInSentence(toks []token, sent int) bool {
	for i, t := range toks {
		if t.sent == sent && startCue[t.text] && !somethingElseStarts(toks, i) {
			return true
		}
	}
	return false
}

// timeChangeBefore reports words about time or a break earlier in the
// clause of token i: "more time from January", "summer break for me from
// next week".
func timeChangeBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && toks[j].clause == toks[i].clause; j-- {
		switch toks[j].text {
		case "time", "more", "less", "break", "free", "holiday", "holidays", "vacation", "off", "busy", "season", "freer":
			return true
		}
	}
	return false
}

// awayWords say the learner will be away: with a range of dates they are
// a break ("im on vacation dec 20 - jan 3").
var awayWords = map[string]bool{"vacation": true, "vacations": true, "holiday": true, "holidays": true, "away": true, "travelling": true,
	"traveling": true, "trip": true, "leave": true, "off": true, "break": true, "pause": true, "pausing": true, "offline": true}

// rangeJoin stands between the two dates of a range.
var rangeJoin = map[string]bool{"-": true, "–": true, "to": true, "till": true, "til": true, "until": true, "through": true, "thru": true}

// breakRange reads a break said as two dates: "on vacation dec 20 - jan
// 3", "taking a break from dec 20 to jan 3" (a stranger got "I can't answer
// that", and a start on January 1). The dates are the next ones from
// today; the second is after the first.
func (n *nlu) breakRange(tz *tokenized, now time.Time) (from, to time.Time, ok bool) {
	if tz == nil || len(tz.toks) > 30 {
		return from, to, false
	}
	away := false
	for _, t := range tz.toks {
		away = away || awayWords[t.text]
	}
	if !away {
		return from, to, false
	}
	today := dateOnly(now)
	toks := tz.toks
	// dayAt reads a date with its day ("dec 20", "20 dec"; not "jan"
	// alone) with the interview's date reader.
	dayAt := func(i int) (time.Time, int, bool) {
		d, end, ok, bad := n.dateAt(toks, i, today)
		return d, end, ok && !bad && end-i >= 2
	}
	for i := range toks {
		d1, j, ok := dayAt(i)
		if !ok || j >= len(toks) || !rangeJoin[toks[j].text] {
			continue
		}
		d2, _, ok := dayAt(j + 1)
		if !ok && j+1 < len(toks) && toks[j+1].isNum && toks[j+1].num >= 1 && toks[j+1].num <= 31 {
			// "dec 20-27": the first date's month
			d2, ok = time.Date(d1.Year(), d1.Month(), int(toks[j+1].num), 0, 0, 0, 0, d1.Location()), true
		}
		if !ok {
			continue
		}
		from, to = d1, d2
		for !to.After(from) {
			to = to.AddDate(1, 0, 0)
		}
		return from, to, to.Sub(from) < 120*24*time.Hour
	}
	return from, to, false
}
