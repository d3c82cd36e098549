package advisor

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Hours: people say how much time they have in many ways — "~6h a week",
// "an hour a day", "1-2 hrs every evening", "saturdays and sundays, 3
// hours each", "20 minutes a day", "twelve hours", "weekdays 1h, weekends
// 3h", "weeknights 7-8pm", "two 25-min pomodoros a day", "45min/day except
// sundays", "most evenings an hour". hoursExprs finds each amount with the
// day words that belong to it (those between it and its neighbours), and
// hoursFact turns them into one weekly figure. Hours that are not study
// time ("I work 50 hours a week", "the course is 40 hours", "back then")
// are left out.

// hoursExpr is one amount of study time found in a message.
type hoursExpr struct {
	// amount is the figure said; mult turns it into hours a week (7 for
	// "a day").
	amount, mult float64
	from, to     int
	// days names the day set the amount applies to ("weekday",
	// "weekend", "satsun", ""), so amounts for different days add up.
	days  string
	vague bool
	// alt is set for an amount of one kind of week ("day weeks 6 hours,
	// night weeks 2", "big weeks", "other weeks"): such amounts average.
	alt bool
	// clock is set for a clock range ("10pm-6am").
	clock bool
}

// unitOf classifies a word as an hours or minutes unit, with the minutes
// of "h30" forms.
func unitOf(w string) (minutes bool, extra float64, ok bool) {
	switch w {
	case "h", "hour", "hours", "hrs", "hr", "hs", "hrz", "hourly", "timer", "ora", "ore", "orat":
		// (Danish and Norwegian "2 timer", Italian "ore", Hungarian
		// "óra": hours; after a number only)
		return false, 0, true
	case "minutes", "minute", "mins", "min", "m":
		return true, 0, true
	}
	// "1h30" is the number 1 and the word "h30".
	if len(w) == 3 && w[0] == 'h' && w[1] >= '0' && w[1] <= '5' && w[2] >= '0' && w[2] <= '9' {
		return false, float64(int(w[1]-'0')*10+int(w[2]-'0')) / 60, true
	}
	return false, 0, false
}

// hourAdjectives may stand between "a" and "hour": "a solid hour".
var hourAdjectives = map[string]bool{
	"solid": true, "full": true, "good": true, "whole": true, "decent": true, "single": true, "extra": true, "spare": true, "free": true,
	// "two lunch hours a week"
	"lunch": true,
}

// amountAt reads an amount starting at token i: "5", "1.5", "2-3", "2 to
// 3", "between 5 and 8", "five", "twenty five", "a couple", "a few", "half
// an", "an", "10ish". It returns the value (a range's midpoint), the index
// after it and whether it is a vague word ("a few").
func (n *nlu) amountAt(toks []token, i int) (v float64, next int, vague, ok bool) {
	if i < 0 || i >= len(toks) {
		return 0, i, false, false
	}
	num := func(j int) (float64, bool) { return n.numberAt(toks, j) }
	if toks[i].isNum && i > 0 && moneyBefore(toks[i-1].text) {
		// "$50 a month is fine", "£50 total" (dev74 read 50 h a week):
		// money, never hours.
		return 0, i, false, false
	}
	j := i
	switch toks[i].text {
	case "a", "an":
		k := i + 1
		for k < len(toks) && hourAdjectives[toks[k].text] {
			k++
		}
		if k < len(toks) {
			switch toks[k].text {
			case "couple", "few":
				j = k + 1
				if j < len(toks) && toks[j].text == "of" {
					j++
				}
				return n.numbers[toks[k].text], j, true, true
			case "half":
				return 0.5, k + 1, false, true
			}
			if _, _, isUnit := unitOf(toks[k].text); isUnit {
				return 1, k, false, true
			}
		}
		return 0, i, false, false
	case "half", "media":
		// "half an hour", "half hour"; Spanish "media hora" (dev87: "media"
		// is an English word too, so not glossed)
		if toks[i].text == "media" && (!(i+1 < len(toks) && toks[i+1].text == "hour") || i > 0 && toks[i-1].text == "social") {
			break
		}
		if i+1 < len(toks) && (toks[i+1].text == "an" || toks[i+1].text == "a") {
			return 0.5, i + 2, false, true
		}
		if i+1 < len(toks) && (toks[i+1].text == "hour" || toks[i+1].text == "ora") {
			return 0.5, i + 1, false, true
		}
	case "couple", "few", "several":
		j = i + 1
		if j < len(toks) && toks[j].text == "of" {
			j++
		}
		return n.numbers[toks[i].text], j, true, true
	case "between":
		// "between 5 and 8"
		if lo, ok := num(i + 1); ok && i+3 < len(toks) && toks[i+2].text == "and" {
			if hi, ok := num(i + 3); ok && hi > lo {
				return (lo + hi) / 2, i + 4, false, true
			}
		}
		return 0, i, false, false
	}
	lo, ok := num(j)
	if !ok {
		return 0, i, false, false
	}
	j++
	// "twenty five"
	if lo >= 20 && lo < 100 && int(lo)%10 == 0 {
		if d, ok := num(j); ok && d < 10 && !toks[j].isNum {
			lo += d
			j++
		}
	}
	hi := lo
	// "2-3", "2 to 3", "2 or 3", "2/3"
	if j+1 < len(toks) && (toks[j].text == "-" || toks[j].text == "to" || rangeOr[toks[j].text] || toks[j].text == "/") {
		if h, ok := num(j + 1); ok && h > lo && h <= lo*6 {
			hi = h
			j += 2
		}
	}
	// "10ish", "5 or so", "6 not 8"
	if j < len(toks) && (toks[j].text == "ish" || toks[j].text == "odd" || toks[j].text == "plus" || toks[j].text == "+") {
		j++
	}
	if j+1 < len(toks) && toks[j].text == "not" {
		if _, ok := num(j + 1); ok {
			j += 2
		}
	}
	return (lo + hi) / 2, j, false, true
}

// timeRangeAt reads a clock range ("7-8pm", "9 to 1", "1pm-5pm", "from 7
// till 9") at token i and returns its length in hours. A range needs "am"
// or "pm", "from", or a day word just before it, so "2-3" stays an amount.
func (n *nlu) timeRangeAt(toks []token, i int, dayBefore bool) (float64, int, bool) {
	if i >= len(toks) || !toks[i].isNum || !toks[i].clock && (toks[i].num < 1 || toks[i].num > 12 || toks[i].num != math.Trunc(toks[i].num)) {
		return 0, i, false
	}
	j := i + 1
	// "21:00-22:30", "8:30 to 10": a time with a colon is a time.
	ampm := toks[i].clock
	if j < len(toks) && (toks[j].text == "am" || toks[j].text == "pm") {
		ampm = true
		j++
	}
	if j >= len(toks) {
		return 0, i, false
	}
	switch toks[j].text {
	case "-", "to", "till", "til", "until":
	default:
		return 0, i, false
	}
	j++
	if j >= len(toks) || !toks[j].isNum || !toks[j].clock && (toks[j].num < 1 || toks[j].num > 12) {
		return 0, i, false
	}
	end := toks[j].num
	ampm = ampm || toks[j].clock
	j++
	if j < len(toks) && (toks[j].text == "am" || toks[j].text == "pm") {
		ampm = true
		j++
	}
	from := i > 0 && (toks[i-1].text == "from" || toks[i-1].text == "between" || toks[i-1].text == "free")
	// (Days after it make "8 to 9" a time of day, but "2-3 on saturday"
	// stays an amount: 8 hours an evening is not what people mean.)
	if !ampm && !from && !dayBefore && !(toks[i].num >= 6 && daysAfterRange(toks, j)) {
		return 0, i, false
	}
	if j < len(toks) {
		// "3-4h" is an amount of hours, not a time of day.
		if _, _, isUnit := unitOf(toks[j].text); isUnit {
			return 0, i, false
		}
	}
	d := end - toks[i].num
	if d <= 0 {
		d += 12
	}
	if d <= 0 {
		// "22:00-01:00"
		d += 12
	}
	if d > 8 {
		return 0, i, false
	}
	return d, j, true
}

// daysAfterRange reports whether days follow a range with no unit: "8 to
// 9 on my 4 non-shift days", "7-8 every night" (a time of day).
func daysAfterRange(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].clause != toks[j-1].clause {
		return false
	}
	switch toks[j].text {
	case "on", "every", "each":
	default:
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+4 && toks[k].clause == toks[j].clause; k++ {
		w := toks[k].text
		if strings.HasPrefix(w, "day") || strings.HasPrefix(w, "night") || strings.HasPrefix(w, "evening") || strings.HasPrefix(w, "weekday") || strings.HasPrefix(w, "weekend") || isDayName(w) {
			return true
		}
	}
	return false
}

// notStudy are words that make hours in their clause something else than
// study time: work, sleep, a course's length, what a page says, the past.
var notStudy = map[string]bool{
	"work": true, "working": true, "job": true, "shift": true, "shifts": true, "sleep": true, "sleeping": true,
	"workday": true, "workdays": true,
	"commute": true, "commuting": true, "course": true, "courses": true, "specialization": true, "class": true,
	"says": true, "said": true, "listed": true, "lists": true, "recommends": true, "recommended": true,
	"apparently": true, "estimated": true, "supposedly": true, "suggests": true, "took": true, "used": true,
	"watched": true, "binged": true,
	"then": true, "ago": true, "last": true, "overtime": true, "workweek": true, "office": true, "gigs": true, "gig": true,
	// "cases run 4-6 hrs each" (a perfusionist; dev42): the length of
	// the work done.
	"cases": true, "surgeries": true, "surgery": true, "procedures": true, "flights": true, "deliveries": true, "appointments": true, "meetings": true,
}

// newSaying reports a first-person "I can", "I have", "I'll" between from
// and to: a new statement inside one unpunctuated clause.
func newSaying(toks []token, from, to int) bool {
	for k := from; k+1 < to; k++ {
		switch toks[k].text {
		case "i", "ill", "id":
			switch toks[k+1].text {
			case "can", "could", "have", "got", "will", "would", "should", "might", "study", "do", "prob", "probably", "guess", "think", "reckon", "only", "usually", "maybe":
				return true
			}
		}
	}
	return false
}

// studyWords make hours study time even beside such words ("I can study 6
// hours after work").
var studyWords = map[string]bool{
	"study": true, "studying": true, "learn": true, "learning": true, "spend": true, "put": true, "give": true,
	"dedicate": true, "commit": true, "can": true, "could": true, "available": true, "free": true, "have": true,
	"got": true, "manage": true, "afford": true, "set": true, "block": true, "carve": true, "ill": true, "do": true,
	"for": true, "on": true, "after": true, "at": true, "with": true,
}

// studyTime reports whether the amount at [from, to) is study time.
func studyTime(toks []token, from, to int) bool {
	clause := toks[from].clause
	// "subway 40 min but I'm too tired, don't count it"
	for i := to; i+1 < len(toks) && toks[i].sent == toks[from].sent; i++ {
		switch toks[i].text {
		case "dont", "doesnt", "not", "wont", "no":
			if toks[i+1].text == "count" || toks[i+1].text == "counting" || toks[i+1].text == "included" || toks[i+1].text == "studying" {
				return false
			}
		}
	}
	// "I work shift, 6 days, 8 hours.": a clause of only an amount and
	// its days goes on with the clause before it in the sentence.
	first := clause
	for bareClause(toks, first) {
		prev, ok := clauseBefore(toks, first, toks[from].sent)
		if !ok {
			break
		}
		first = prev
	}
	if first != clause && !workStatement(toks, first) {
		first = clause
	}
	blocked, study := false, false
	for i := range toks {
		if toks[i].clause < first || toks[i].clause > clause {
			continue
		}
		w := toks[i].text
		if notStudy[w] && !(w == "sleep" && (i > 0 && (toks[i-1].text == "kids" || toks[i-1].text == "kid" || toks[i-1].text == "baby" || toks[i-1].text == "children") || sleepsFirst(toks, i))) {
			// "after work", "before my shift" say when they study.
			if (w == "work" || w == "shift" || w == "job" || w == "office" || w == "workday" || w == "overtime") && (i > 0 && (toks[i-1].text == "after" || toks[i-1].text == "before") || i > 1 && (toks[i-2].text == "after" || toks[i-2].text == "before")) {
				continue
			}
			// "4 hours daily because I don't have a job now": no job
			// to take the hours.
			if (w == "job" || w == "work") && negatedWithin(toks, i, 3) {
				continue
			}
			// "weeks of work 2 h", "work weeks 2h": a kind of week.
			if w == "work" && (i > 1 && toks[i-1].text == "of" && strings.HasPrefix(toks[i-2].text, "week") || i+1 < len(toks) && strings.HasPrefix(toks[i+1].text, "week")) {
				continue
			}
			if namesWorkdays(toks, i) {
				continue
			}
			// "office 9-7 so nights 1 hour", "I work 9 to 5 so evenings 2
			// hours": work hours said before "so" are why, the amount
			// after it is study time. (But "I work three 12s a week so
			// maybe 6 hours on my days off" stays unread: asked again.)
			// "i work afternoons so mornings 9-11 mon-thu" (dev40): so do
			// the parts of the day worked.
			if i < from && wordBetween(toks, i+1, from, "so") && (workHoursAfter(toks, i+1) || i+1 < len(toks) && (partOfDay(toks[i+1].text) || dayish(toks[i+1].text))) {
				continue
			}
			// "back then", "last year", "used to".
			if (w == "then" && !(i > 0 && toks[i-1].text == "back")) || (w == "last" && !(i+1 < len(toks) && (toks[i+1].text == "year" || toks[i+1].text == "month" || toks[i+1].text == "summer"))) {
				continue
			}
			if w == "used" && !(i+1 < len(toks) && toks[i+1].text == "to") {
				continue
			}
			if i < from && newSaying(toks, i+1, from) {
				// "I run the night shift at a tomato paste plant ... I
				// can do about five hours a week" (voice-typed, one
				// clause; dev80 asked the hours again): a new "I can"
				// starts another statement.
				continue
			}
			if w == "course" || w == "courses" || w == "class" || w == "specialization" {
				// "the course is 40 hours", not "for the course".
				if !(i+1 < len(toks) && (toks[i+1].text == "is" || toks[i+1].text == "are" || toks[i+1].text == "takes" || toks[i+1].text == "take" || toks[i+1].text == "was")) {
					continue
				}
			}
			blocked = true
		}
		if studyWords[w] && i < from {
			study = true
		}
	}
	return !blocked || study && !strongBlock(toks, clause)
}

// workHoursAfter reports whether the clock hours of work follow at i:
// "9-7", "9 to 5", "from 7 till 3".
func workHoursAfter(toks []token, i int) bool {
	if i < len(toks) && toks[i].text == "from" {
		i++
	}
	return i+2 < len(toks) && toks[i].isNum && toks[i+2].isNum && toks[i+2].clause == toks[i].clause &&
		(toks[i+1].text == "-" || toks[i+1].text == "to" || toks[i+1].text == "till" || toks[i+1].text == "until")
}

// workStatement reports whether a clause says when the learner works
// ("I work shift"), with nothing about time off or free time.
func workStatement(toks []token, clause int) bool {
	work := false
	for _, t := range toks {
		if t.clause != clause {
			continue
		}
		switch t.text {
		case "work", "works", "working", "shift", "shifts":
			work = true
		case "no", "off", "free", "after", "before", "not", "dont":
			return false
		}
	}
	return work
}

// clauseBefore returns the clause before clause in sentence sent.
func clauseBefore(toks []token, clause, sent int) (int, bool) {
	start := -1
	for i, t := range toks {
		if t.clause == clause {
			start = i
			break
		}
	}
	for i := start - 1; i >= 0 && toks[i].sent == sent; i-- {
		if !toks[i].punct && toks[i].clause != clause {
			return toks[i].clause, true
		}
	}
	return 0, false
}

// bareClause reports whether a clause holds nothing but numbers, units
// and day words: "6 days", "8 hours".
func bareClause(toks []token, clause int) bool {
	any := false
	for _, t := range toks {
		if t.clause != clause || t.punct {
			continue
		}
		any = true
		if _, _, unit := unitOf(t.text); !(t.isNum || unit || partOfDay(t.text) || isDayName(t.text)) {
			switch t.text {
			case "a", "per", "each", "every", "and", "x":
			default:
				return false
			}
		}
	}
	return any
}

// saysEveryDay reports whether an everyday amount says so next to it:
// "every night 1 hour", "1 hour daily", "2 hrs a day" (not "12 hours
// each" of a shift).
func saysEveryDay(toks []token, e hoursExpr) bool {
	for i := max(e.from-3, 0); i < len(toks) && i < e.to+3; i++ {
		if toks[i].clause != toks[e.from].clause {
			continue
		}
		switch toks[i].text {
		case "daily", "nightly", "everyday":
			return true
		case "every", "each", "a", "per":
			if i+1 < len(toks) && (toks[i+1].text == "day" || toks[i+1].text == "night" || toks[i+1].text == "evening" || toks[i+1].text == "morning") {
				return true
			}
		}
	}
	return false
}

// butBetween reports whether "but" or "except" stands between two
// amounts.
func butBetween(toks []token, from, to int) bool {
	return wordBetween(toks, from, to, "but", "except")
}

// retractedBetween reports whether the words between two amounts take
// the first back: "forget it", "scratch that", "never mind", "nvm".
func retractedBetween(toks []token, from, to int) bool {
	for i := from; i < to && i+1 < len(toks); i++ {
		switch a, b := toks[i].text, toks[i+1].text; {
		case (a == "only" || a == "just") && (strings.HasPrefix(b, "weekend") || strings.HasPrefix(b, "weekday") || isDayName(b)) && i > from && (toks[i-1].text == "so" || toks[i-1].text == "honestly" || toks[i-1].text == "realistically"):
			// "on the bus 1.5 hrs each way so honestly only weekends, 4
			// hrs each day": the first amount is not study time.
			return true
		case a == "nvm" || a == "nevermind",
			a == "forget" && (b == "it" || b == "that"),
			a == "scratch" && (b == "it" || b == "that"),
			a == "never" && b == "mind":
			return true
		}
	}
	return false
}

// sleepsFirst reports whether "sleep" at i says when they study: "after
// my employer sleep", "once the baby is asleep", "when my son sleep".
func sleepsFirst(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].clause == toks[i].clause; j-- {
		switch toks[j].text {
		case "after", "when", "once", "while":
			return true
		}
	}
	return false
}

// negatedWithin reports whether one of the n words before token i
// negates it ("don't have a job", "no work", "without a job").
func negatedWithin(toks []token, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n && toks[j].clause == toks[i].clause; j-- {
		switch toks[j].text {
		case "dont", "no", "not", "without", "lost", "havent", "hasnt", "doesnt":
			return true
		}
	}
	return false
}

// wageRate reports whether the amount at i is a pay rate: "pays €13 an
// hour", "$20/hour", "15 dollars per hour".
func wageRate(toks []token, i int) bool {
	if i == 0 || (toks[i].text != "an" && toks[i].text != "a" && toks[i].text != "per") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].clause == toks[i].clause; j-- {
		if currencyWords[toks[j].text] {
			return true
		}
	}
	return false
}

// strongBlock reports words no study cue overrides: sleep, a shift, what
// a page says, the past.
func strongBlock(toks []token, clause int) bool {
	for i, t := range toks {
		if t.clause != clause {
			continue
		}
		switch t.text {
		case "shift", "shifts":
			// "before my shift" says when, not how long; "split shift so
			// I'm free 3 to 5" says why they are free.
			if !(i > 1 && (toks[i-2].text == "before" || toks[i-2].text == "after") || i > 0 && (toks[i-1].text == "before" || toks[i-1].text == "after" || toks[i-1].text == "split")) {
				return true
			}
		case "sleep", "sleeping":
			// "after the kids sleep" says when.
			if !(i > 0 && (toks[i-1].text == "kids" || toks[i-1].text == "kid" || toks[i-1].text == "baby" || toks[i-1].text == "children" || toks[i-1].text == "they" || toks[i-1].text == "everyone")) {
				return true
			}
		case "says", "apparently", "ago", "overtime",
			// "watched like 10 hours of youtube on neural nets" (dev86
			// read 10 h a week): what was watched, not study time to come.
			"watched", "binged":
			return true
		case "then":
			if i > 0 && toks[i-1].text == "back" {
				return true
			}
		}
	}
	return false
}

// joinersOnly reports whether toks[from:to] holds only words that join a
// list ("and", "n", "&", ",").
func joinersOnly(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		switch toks[i].text {
		case "and", "n", "&", "+", "or", "y", "e", "et", "und":
		default:
			if !toks[i].punct {
				return false
			}
		}
	}
	return true
}

// opensWithAnd reports whether the sentence of token i opens by adding to what
// was said: "... 2 on sat. oh and sunday 1" (dev41).
func opensWithAnd(toks []token, i int) bool {
	k := i
	for k > 0 && toks[k-1].sent == toks[i].sent {
		k--
	}
	if k < len(toks) && (toks[k].text == "oh" || toks[k].text == "ah" || toks[k].text == "oops") {
		k++
	}
	return k < i && (toks[k].text == "and" || toks[k].text == "plus" || toks[k].text == "also" || toks[k].text == "+")
}

// daySetWord reports whether a word names days of study: a weekday,
// "weekend(s)", "weekday(s)".
func daySetWord(w string) bool {
	return isDayName(w) || strings.HasPrefix(w, "weekend") || strings.HasPrefix(w, "weekday")
}

// dayRightAfter reports whether a day is named at i ("2 on thu", "2
// thursday").
func dayRightAfter(toks []token, i int) bool {
	if i < len(toks) && toks[i].text == "on" {
		i++
	}
	return i < len(toks) && (isDayName(toks[i].text) || strings.HasPrefix(toks[i].text, "weekend"))
}

// dayNumberAt reports whether the number at [i, j) is a bare amount
// right after a day ("sat 3"): a small number, in the day's clause, with
// nothing but the clause's end, another day or "and" after it.
func dayNumberAt(toks []token, dayAt, periodAt map[int]bool, i, j int) bool {
	if !toks[i].isNum || toks[i].clock || toks[i].num < 0.5 || toks[i].num > 8 || i == 0 || !dayAt[i-1] || periodAt[i-1] || toks[i-1].clause != toks[i].clause {
		return false
	}
	if j >= len(toks) || toks[j].clause != toks[i].clause || dayAt[j] {
		return true
	}
	switch toks[j].text {
	case "and", "n", "&", "+", "plus":
		return true
	}
	return false
}

// brokenDown reports whether the amounts after the first say how it is
// split: "6 hours on the weekend, 3 on saturday and 3 on sunday" (dev91
// read 12), "10 hours a week, 2 on monday, 2 on tuesday and 6 on
// saturday". The first is for the week or a set of days, the others for
// days by name, in one sentence, and they add up to it.
func brokenDown(toks []token, exprs []hoursExpr, named func(hoursExpr) bool) bool {
	first := exprs[0]
	if len(exprs) < 3 || !(first.days == "" || named(first) && len(first.days) > 3) {
		return false
	}
	sum := 0.0
	for _, e := range exprs[1:] {
		if !named(e) || toks[e.from].sent != toks[first.from].sent {
			return false
		}
		sum += e.amount * e.mult
	}
	return math.Abs(sum-first.amount*first.mult) < 0.01
}

// eachAfter reports whether "each" follows the amount ending at i, at its
// clause's end: "4 hrs each".
func eachAfter(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i].text == "each" && toks[i+1].text == "day" {
		i++
	}
	return i < len(toks) && (toks[i].text == "each" || toks[i].text == "day" && toks[i-1].text == "each") && lastOfClause(toks, i)
}

// unitEachAfter reports whether the clause after i holds an amount with
// its unit and "each": after "2 a week", "4 hrs each" makes the 2 a
// count of days.
func unitEachAfter(toks []token, i int) bool {
	for k := i; k+2 < len(toks) && k < i+6 && toks[k].sent == toks[i-1].sent; k++ {
		if _, _, unit := unitOf(toks[k+1].text); toks[k].isNum && unit && eachAfter(toks, k+2) {
			return true
		}
	}
	return false
}

// dayOpensClause reports whether the bare number at [i, j) ends a clause
// that a day opens, a few words before it: "saturday 3 hrs, sunday after
// church 2" (dev91 read 3).
func dayOpensClause(toks []token, dayAt map[int]bool, i, j int) bool {
	if i == 0 || !lastOfClause(toks, j-1) || clockPrep[toks[i-1].text] || toks[i-1].text == "after" || toks[i-1].text == "before" || toks[i-1].text == "from" {
		return false
	}
	start := i
	for start > 0 && toks[start-1].clause == toks[i].clause {
		start--
	}
	if start < i && (toks[start].text == "and" || toks[start].text == "on") {
		start++
	}
	return start < i && i-start <= 4 && dayAt[start] && isDayName(toks[start].text)
}

// numberDayAt reports whether the number at [i, j) is a bare amount
// right before its day ("2 on tue"): a small number, the day (after an
// optional "on") in its clause.
func numberDayAt(toks []token, dayAt, periodAt map[int]bool, i, j int) bool {
	if !toks[i].isNum || toks[i].clock || toks[i].num < 0.5 || toks[i].num > 8 || j >= len(toks) {
		return false
	}
	if toks[j].text == "on" && j+1 < len(toks) {
		j++
	}
	return dayAt[j] && !periodAt[j] && toks[j].clause == toks[i].clause && isDayName(toks[j].text)
}

// dayNumberPairs counts the bare amounts after days in the message, and
// those before their days ("2 on tue 2 on thu").
func dayNumberPairs(toks []token, dayAt, periodAt map[int]bool) (after, before int) {
	for i := 0; i < len(toks); i++ {
		if i > 0 && dayNumberAt(toks, dayAt, periodAt, i, i+1) {
			after++
		}
		if numberDayAt(toks, dayAt, periodAt, i, i+1) {
			before++
		}
	}
	return after, before
}

// hoursExprs finds every amount of study time in the message.
func (n *nlu) hoursExprs(tz *tokenized) []hoursExpr {
	toks := tz.toks
	var daySpans [16]span
	days := keepLongest(n.dayPats.find(toks, daySpans[:0]))
	dayAt, periodAt := map[int]bool{}, map[int]bool{}
	for _, d := range days {
		k := n.dayKinds[n.dayPats.pats[d.pat].ref]
		for i := d.from; i < d.to; i++ {
			dayAt[i] = true
			periodAt[i] = k == "week" || k == "month"
		}
	}
	var out []hoursExpr
	for i := 0; i < len(toks); i++ {
		if toks[i].punct {
			continue
		}
		// A clock range: "weeknights 7-8pm", "every saturday 9 to 1".
		// ("depends on the week, 3 to 5" is an amount: a period is not
		// a day.)
		// A day ending a clause that held its own amount does not make
		// a small range a time of day: "an hour on weeknights, 2-3 on
		// sunday" (dev38).
		dayBefore := i > 0 && dayAt[i-1] && !periodAt[i-1] && (toks[i-1].clause == toks[i].clause || toks[i].num >= 5 || len(out) == 0 || out[len(out)-1].clock)
		if d, end, ok := n.timeRangeAt(toks, i, dayBefore); ok {
			out = append(out, hoursExpr{amount: d, from: i, to: end, clock: true})
			i = end - 1
			continue
		}
		if toks[i].isNum && toks[i].num >= 1900 && toks[i].num < 2200 && i+1 < len(toks) && (toks[i+1].text == "-" || toks[i+1].text == "/") {
			// "2027-01-04" is a date.
			i += 4
			continue
		}
		if toks[i].text == "hour" && (i == 0 || toks[i-1].clause != toks[i].clause || toks[i-1].punct) {
			if k := halfAfter(toks, i+1); k > 0 {
				// "hour and a half monday to friday", "hora y media de
				// lunes a viernes": the article left out.
				out = append(out, hoursExpr{amount: 1.5, from: i, to: i + 1 + k})
				i += k
				continue
			}
		}
		v, j, vague, ok := n.amountAt(toks, i)
		if !ok {
			continue
		}
		if i > 0 && toks[i-1].text == "not" && toks[i-1].clause == toks[i].clause {
			// "6 hours, not 10"
			i = j - 1
			continue
		}
		if earnedAt(toks, i, j) {
			// "i earn 600 a week and rent is half of that" (dev106 read
			// 1 h a week): money, not time.
			i = j - 1
			continue
		}
		if aspirational(toks, i) && len(out) > 0 {
			// "a minimum of 10 hours a week, hopefully 20": the floor.
			i = j - 1
			continue
		}
		// "an hour and a half", "2 and a half hours"
		unitAt := j
		if j+1 < len(toks) && hourAdjectives[toks[j].text] {
			// "2 free hours", "3 solid hours"
			if _, _, isUnit := unitOf(toks[j+1].text); isUnit {
				unitAt = j + 1
			}
		}
		if j+1 < len(toks) && toks[j].text == "-" {
			// "25-min pomodoros"
			if _, _, isUnit := unitOf(toks[j+1].text); isUnit {
				unitAt = j + 1
			}
		}
		if j+2 < len(toks) && toks[j].text == "and" && toks[j+1].text == "a" && toks[j+2].text == "half" {
			v += 0.5
			unitAt = j + 3
		}
		if after, before := dayNumberPairs(toks, dayAt, periodAt); after >= 2 && dayNumberAt(toks, dayAt, periodAt, i, j) || before >= 2 && numberDayAt(toks, dayAt, periodAt, i, j) {
			// "sat 3 sun 3", "mon 2 wed 2" (dev40), "2 on tue 2 on thu":
			// hours for each of two or more days, the unit left out.
			out = append(out, hoursExpr{amount: v, from: i, to: j})
			i = j - 1
			continue
		}
		if len(out) > 0 && unitAt < len(toks) && hedgeAfter[toks[unitAt].text] && (unitAt+1 == len(toks) || toks[unitAt+1].clause != toks[unitAt].clause) && !vague && toks[i].text != "a" && !daysCountAfter(toks, i-1) {
			// "10 hrs a week... 5 realistically" (dev102 kept 10): a
			// last bare amount, weighed again.
			out = append(out, hoursExpr{amount: v, from: i, to: j, days: "same"})
			i = j
			continue
		}
		if unitAt >= len(toks) {
			if len(out) > 0 && !daysCountAfter(toks, i-1) && (toks[j-1].sent == toks[out[len(out)-1].from].sent || opensWithAnd(toks, i)) && !vague && toks[i].text != "a" && (hedgedBefore(toks, i) || i > 0 && (dayAt[i-1] || toks[i-1].text == "weeks") || dayOpensClause(toks, dayAt, i, j)) {
				// "6 hours. well, 6 to 8": a last bare amount after one
				// with a unit.
				out = append(out, hoursExpr{amount: v, from: i, to: j, days: "same"})
			}
			continue
		}
		minutes, extra, isUnit := unitOf(toks[unitAt].text)
		end := unitAt + 1
		if !isUnit && (countOfDaysOff(toks, i) || shiftsPerWeekAt(toks, i)) {
			// "my off days is 2 per week, 3 hours each", "12 hour
			// shifts, 3 per week": days, whichever reading comes next.
			continue
		}
		aCouple := toks[i].text == "a" && i+1 < len(toks) && (toks[i+1].text == "couple" || toks[i+1].text == "few")
		if !isUnit && len(out) > 0 && toks[j-1].sent == toks[out[len(out)-1].from].sent && (!vague || aCouple) && (toks[i].text != "a" || aCouple) {
			// "an hour on weekdays and 3 on saturday", "one in the
			// morning + one at night": a further amount without its
			// unit.
			prev := toks[i-1].text
			if clockPrep[prev] || j < len(toks) && (toks[j].text == "pm" || toks[j].text == "am" || toks[j].text == "oclock") {
				// "route's done by 3 most days", "1 hour after 9 pm"
				// (dev41): a time of day.
				continue
			}
			if (prev == "get" || prev == "have") && mentionsDaysOff(toks) {
				// "on each of my days off, i get 2 a week": days.
				continue
			}
			// ("my two non-shift weekdays, 90 min each": a count of days.)
			if daysCountAfter(toks, i-1) {
				// "on my non-shift days (4)": how many days.
				continue
			}
			if j+1 < len(toks) && toks[j].text == "of" && (toks[j+1].text == "that" || toks[j+1].text == "those" || toks[j+1].text == "it" || toks[j+1].text == "them") && v < out[len(out)-1].amount {
				// "about 3 hrs in the middle of the day, i'd do 1.5 of
				// that": the part of the time free they would study.
				out[len(out)-1].amount = v
				i = j + 1
				continue
			}
			isCount := j+1 < len(toks) && (dayAdjective[toks[j].text] || strings.HasPrefix(toks[j].text, "non") || toks[j].text == "work" || toks[j].text == "working" || toks[j].text == "school" || toks[j].text == "off") && (strings.HasPrefix(toks[j+1].text, "day") || strings.HasPrefix(toks[j+1].text, "weekday") || toks[j+1].text == "evenings" || toks[j+1].text == "nights")
			isCount = isCount || j < len(toks) && (toks[j].text == "days" || toks[j].text == "weekdays" || toks[j].text == "times" || toks[j].text == "x" || toks[j].text == "evenings" || toks[j].text == "nights" || toks[j].text == "other" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].text, "day") || (toks[i].text == "one" || toks[i].text == "1") && (toks[j].text == "evening" || toks[j].text == "night" || toks[j].text == "morning" || toks[j].text == "day") || toks[j].text == "sessions" || toks[j].text == "weeks" || toks[j].text == "week" || toks[j].text == "months" || toks[j].text == "daysoff" || toks[j].text == "dayoff")
			// "2 hour, 3 day in week" (second-language English, dev50):
			// the singular after a count, with its week said.
			isCount = isCount || j+1 < len(toks) && toks[j].text == "day" && weekPhraseAt(toks, j+1)
			// "Saturday is half day": a working day's length.
			isCount = isCount || toks[i].text == "half" && j < len(toks) && (toks[j].text == "day" || toks[j].text == "shift")
			// "... and Wednesday evening 1": right after its day words.
			// ("an hour, 3 on a saturday": "on a" before the day; dev49)
			onA := j+1 < len(toks) && toks[j].text == "on" && (toks[j+1].text == "a" || toks[j+1].text == "the")
			if k, ok := n.periodAfter(toks, days, j); !isCount && (ok && (days[k].from <= j+1 || onA && days[k].from == j+2) || prev == "+" || prev == "and" || prev == "n" || prev == "plus" || (dayAt[i-1] || prev == "weeks") && (j >= len(toks) || toks[j].clause != toks[i].clause || toks[j].text == "each" && (j+1 >= len(toks) || toks[j+1].clause != toks[j].clause)) || dayOpensClause(toks, dayAt, i, j)) {
				out = append(out, hoursExpr{amount: v, from: i, to: j, days: "same"})
				i = j - 1
				continue
			}
		}
		if !isUnit {
			// "5 a week", "5 per week", "5/week" with no unit count; "one
			// week of a course" does not.
			if k, ok := n.periodAfter(toks, days, j); ok && days[k].from == j && n.dayKinds[n.dayPats.pats[days[k].pat].ref] == "week" && !vague && !unitEachAfter(toks, days[k].to) &&
				j < len(toks) && (toks[j].text == "a" || toks[j].text == "per" || toks[j].text == "/" || toks[j].text == "each" || toks[j].text == "every" || toks[j].text == "pw") {
				end = j
			} else {
				continue
			}
		} else {
			v += extra
			if k := halfAfter(toks, end); k > 0 {
				// "one hour and a half", "one hour and half", "una hora y
				// media"
				v += 0.5
				end += k
			} else if end < len(toks) && toks[end].isNum && toks[end].num < 60 && !minutes && toks[end].clause == toks[unitAt].clause && extra == 0 && !countsDays(toks, end+1) {
				// "1h 30" (but "2 hours, 5 days" and "1 hour 6 days a
				// week" are an amount and its days)
				v += toks[end].num / 60
				end++
			} else if end+1 < len(toks) && toks[end].text == "or" {
				// "an hour or two"
				if x, ok := n.numbers[toks[end+1].text]; ok && x > v && toks[end+1].text != "an" {
					v = (v + x) / 2
					end += 2
				} else if toks[end+1].isNum && toks[end+1].num > v {
					v = (v + toks[end+1].num) / 2
					end += 2
				}
			}
		}
		if i >= 2 && (toks[i-2].text == "days" || toks[i-2].text == "shifts" || toks[i-2].text == "nights") && shiftLengthAt(toks, i-1) {
			// "days of 12 h": a working day's length.
			i = end
			continue
		}
		// "a 30 hour course" is the course's length, not study time
		// (not "8 hrs, work pays": a list's next item).
		if end < len(toks) && toks[end].clause == toks[end-1].clause {
			switch toks[end].text {
			case "course", "courses", "class", "program", "specialization", "certificate", "video", "videos", "shift", "shifts", "commute", "job", "workweek", "work", "flight", "drive", "days", "day", "workday", "workdays":
				i = end
				continue
			case "weeks":
				// "60hr weeks" is a working week, not study time.
				if v >= 30 {
					i = end
					continue
				}
			}
		}
		if minutes {
			v /= 60
		}
		// "two 25-min pomodoros": sessions of the amount.
		if i > 0 && toks[i-1].sent == toks[i].sent && toks[i].isNum {
			if s, ok := n.numbers[toks[i-1].text]; ok && s >= 2 && s <= 6 && toks[i-1].text != "a" {
				v *= s
			}
		}
		out = append(out, hoursExpr{amount: v, from: i, to: end, vague: vague})
		i = end - 1
	}
	// Keep study time only, then give each amount its days: the day words
	// between it and its neighbours.
	kept := out[:0]
	for _, e := range out {
		if e.clock && e.amount >= 6 && len(out) > 1 && mentionsWork(toks) {
			// "nights 10pm-6am 4 days, so like 1h before my shift": a
			// range a working day long, beside a study amount, is the
			// shift.
			continue
		}
		if studyTime(toks, e.from, e.to) && !wageRate(toks, e.from) {
			kept = append(kept, e)
		}
	}
	out = kept
	halved := make([]bool, len(out))
	for k := range out {
		segFrom, segTo := 0, len(toks)
		// An amount whose days come before it ("weekday 1 hour weekend
		// 2 hours each") leaves the words after it to the next one.
		daysFirst := func(e hoursExpr) bool { return e.from > 0 && dayAt[e.from-1] }
		if k > 0 && toks[out[k-1].from].sent == toks[out[k].from].sent {
			segFrom = splitBetween(toks, out[k-1].to, out[k].from, daysFirst(out[k-1]))
		}
		if k+1 < len(out) && toks[out[k+1].from].sent == toks[out[k].from].sent {
			segTo = splitBetween(toks, out[k].to, out[k+1].from, daysFirst(out[k]))
		}
		mult, set := n.weekly(tz, days, out[k].from, out[k].to, segFrom, segTo)
		if set == "" && mult == 1 && out[k].to < len(toks) && toks[out[k].to].text == "each" && segFrom > 0 && toks[segFrom-1].sent == toks[out[k].from].sent {
			// "so realistically my two non-shift weekdays, 90 min each":
			// the days counted in the clause before.
			from := segFrom - 1
			for from > 0 && toks[from-1].clause == toks[segFrom-1].clause {
				from--
			}
			if k == 0 || from >= out[k-1].to {
				if m, s := n.weekly(tz, days, out[k].from, out[k].to, from, segTo); s != "" {
					mult, set = m, s
				}
			}
		}
		halved[k] = everyOtherIn(toks, segFrom, segTo, toks[out[k].from].sent)
		if k > 0 && halved[k-1] && !halved[k] && toks[out[k-1].from].sent == toks[out[k].from].sent && joinedBetween(toks, out[k-1].to, out[k].from) && (weekendDayAfter(toks, out[k].to) || out[k].from > 0 && weekendDay(toks[out[k].from-1].text)) {
			// "every other weekend ... 4 hrs sat and 4 sun": the days
			// joined to the first are on those weekends too ("fridays
			// off every other week, 4 hrs on those + 1 hr tues n thurs":
			// weekdays are every week).
			mult *= 0.5
			halved[k] = true
		}
		out[k].alt = weekKind(toks, segFrom, segTo, toks[out[k].from].sent)
		if out[k].days == "same" && k > 0 && set == "" {
			// "one at night": the days of the amount before.
			mult, set = out[k-1].mult, out[k-1].days
			if set == "" {
				set = "same"
			}
		}
		if (conclusionBefore(toks, out[k].from) || averageAfter(toks, out[k].to)) && !perDayAfter(toks, out[k].to) && !daysAfterIn(toks, out[k].to) && (k > 0 || daysBefore(toks, out[k].from)) {
			// "Lunch hour most weekdays, so ~5 hrs", "... concerts, so I
			// say 6 hours in week average" (dev49): what the schedule
			// comes to, a week's total.
			mult, set = 1, ""
		}
		if perWeekAfter(toks, out[k].to) {
			// "weeknights an hour, more on weekends, call it 8 a week":
			// an amount said per week is the week's, whatever days the
			// words around it name.
			mult, set = 1, ""
		}
		out[k].mult, out[k].days = mult, set
	}
	return out
}

// shiftLengthAt reports whether "of" and a length follow at i: "days of
// 12 h", "shifts of 10 hours".
func shiftLengthAt(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].text != "of" || !toks[i+1].isNum {
		return false
	}
	_, _, isUnit := unitOf(toks[i+2].text)
	return isUnit
}

// daysCountAfter reports whether the plural day word at i is followed by
// its count and nothing more in the clause: "on my non-shift days (4)".
func daysCountAfter(toks []token, i int) bool {
	if i < 0 || i+1 >= len(toks) {
		return false
	}
	switch toks[i].text {
	case "days", "nights", "evenings", "mornings", "daysoff":
	case "off":
		if i == 0 || toks[i-1].text != "days" {
			return false
		}
	default:
		return false
	}
	n := toks[i+1]
	return n.isNum && n.num >= 1 && n.num <= 7 && n.num == float64(int(n.num)) && (i+2 >= len(toks) || toks[i+2].clause != n.clause)
}

// busyDay reports whether the day's clause goes on to say what the
// learner does that day, with no amount: "Sunday I go to temple with
// family", "fridays we play football".
func busyDay(toks []token, d span) bool {
	i := d.to
	if i+1 >= len(toks) || toks[i].clause != toks[d.from].clause {
		return false
	}
	switch toks[i].text {
	case "i", "we", "im":
	default:
		return false
	}
	switch toks[i+1].text {
	case "can", "could", "will", "would", "study", "learn", "do", "have", "get", "might", "may", "should", "ll", "d", "usually", "also", "am", "got", "only", "just", "maybe", "probably", "try", "want", "need", "prefer", "like", "cant", "wont", "dont", "not":
		return false
	}
	for j := i; j < len(toks) && toks[j].clause == toks[d.from].clause; j++ {
		if toks[j].isNum || toks[j].text == "hour" || toks[j].text == "hours" || toks[j].text == "study" || toks[j].text == "studying" || toks[j].text == "learn" {
			return false
		}
	}
	return true
}

// allExcepted reports whether every day the span names is already left
// out.
func allExcepted(toks []token, d span, except map[string]bool) bool {
	n := 0
	for i := d.from; i < d.to; i++ {
		if isDayName(toks[i].text) {
			if !except[dayName(toks[i].text)] {
				return false
			}
			n++
		}
	}
	return n > 0
}

// keptFree reports whether the days are kept free of study: "keeping
// weekends free", "keep my weekends clear".
func keptFree(toks []token, d span) bool {
	kept := false
	for j := d.from - 1; j >= 0 && j >= d.from-2; j-- {
		if toks[j].text == "keeping" || toks[j].text == "keep" {
			kept = true
		}
	}
	if !kept || d.to >= len(toks) {
		return false
	}
	switch toks[d.to].text {
	case "free", "clear", "off", "open":
		return true
	}
	return false
}

// daysHomeAfter returns N when "N days (at) home" or "N days off"
// follows within a few words of i, after words saying where the first
// days are ("14 days at mine, 14 days home").
func daysHomeAfter(toks []token, i int) float64 {
	if i >= len(toks) || toks[i].text != "at" && toks[i].text != "on" && toks[i].text != "in" && toks[i].text != "offshore" {
		return 0
	}
	for j := i; j+2 < len(toks) && j <= i+5; j++ {
		if toks[j].isNum && toks[j+1].text == "days" {
			k := j + 2
			if toks[k].text == "at" && k+1 < len(toks) {
				k++
			}
			if toks[k].text == "home" || toks[k].text == "off" {
				return toks[j].num
			}
		}
	}
	return 0
}

// rotationPhases reads a rotation's two phases (on site, at home) with
// a rate a day for each: hours a week over the cycle, given its days off
// a week. Both phases must be spoken of (an amount or "nothing"), every
// amount must belong to one, and each must be a daily rate.
func rotationPhases(toks []token, exprs []hoursExpr, offDays float64) (float64, bool) {
	rate := map[string]float64{}
	for _, e := range exprs {
		ph := phaseAt(toks, e.from)
		if ph == "" {
			return 0, false
		}
		switch {
		case e.mult == 7 || e.days == "weekday" || e.mult == 1 && e.days == "" || e.days == "rotation":
			// (bare amounts in a rotation are a day's: "at home 2 hours")
		default:
			return 0, false
		}
		rate[ph] += e.amount
	}
	for i, t := range toks {
		if t.text != "nothing" && t.text != "zero" && t.text != "none" {
			continue
		}
		if ph := phaseAt(toks, i); ph != "" {
			if _, ok := rate[ph]; !ok {
				rate[ph] = 0
			}
		}
	}
	on, okOn := rate["on"]
	offRate, okOff := rate["off"]
	if okOff && !okOn && worksOnPhase(toks) {
		// "I work 7 days and rest 7 days. In the rest week 3 hours per
		// day" (dev41): the days on are work.
		okOn = true
	}
	if !okOn || !okOff {
		return 0, false
	}
	return on*(7-offDays) + offRate*offDays, true
}

// phasesDistinct reports whether each amount speaks of its own phase of
// a rotation: "on the boat 1 hr a day, off time more like 2 a day" is
// two phases, not a correction (dev41).
func phasesDistinct(toks []token, exprs []hoursExpr) bool {
	seen := map[string]bool{}
	for _, e := range exprs {
		ph := phaseAt(toks, e.from)
		if ph == "" || seen[ph] {
			return false
		}
		seen[ph] = true
	}
	return len(seen) > 1
}

// worksOnPhase reports whether the rotation is said as work and rest:
// "I work 7 days and rest 7 days".
func worksOnPhase(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].text == "work" || toks[i].text == "working") && toks[i+1].isNum && (toks[i+2].text == "days" || toks[i+2].text == "weeks") {
			return true
		}
	}
	return false
}

// phaseAt says which phase of a rotation the clause of token i speaks
// of: "on" (site, camp, mine, offshore, after shift) or "off" (home,
// onshore, days off), or "" when neither or both.
func phaseAt(toks []token, i int) string {
	if ph := phaseOfClause(toks, toks[i].clause); ph != "" {
		return ph
	}
	// "on site i'm cooked but maybe 30 min a night": the clause before
	// in the sentence says where.
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].clause != toks[i].clause {
			return phaseOfClause(toks, toks[j].clause)
		}
	}
	return ""
}

// amountPhase is phaseAt for an amount said beside a roster of weeks:
// the clause before it counts only when it is not the roster itself ("2
// weeks on 1 week off, 2 hours a day" names no phase for the amount).
func amountPhase(toks []token, i int) string {
	if ph := phaseOfClause(toks, toks[i].clause); ph != "" {
		return ph
	}
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].clause == toks[i].clause {
			continue
		}
		// (nor when it says the other phase has nothing: "on site
		// nothing, 2 hrs a day")
		c := toks[j].clause
		for k := range toks {
			if toks[k].clause == c && (toks[k].isNum && k+1 < len(toks) && strings.HasPrefix(toks[k+1].text, "week") || toks[k].text == "nothing" || toks[k].text == "none" || toks[k].text == "zero") {
				return ""
			}
		}
		return phaseOfClause(toks, c)
	}
	return ""
}

// phaseShare is the part of a roster's weeks (on weeks on, off weeks off)
// that the amount at i is said for, or share when it names no phase.
func phaseShare(toks []token, i int, on, off, share float64) float64 {
	switch amountPhase(toks, i) {
	case "off":
		return off / (on + off)
	case "on":
		return on / (on + off)
	}
	return share
}

// phaseOfClause is phaseAt for the words of one clause.
func phaseOfClause(toks []token, clause int) string {
	return phaseIn(toks, 0, len(toks), func(j int) bool { return toks[j].clause == clause }, sitePhase)
}

// sitePhase are the words of a rotation's phase on site; awayPlace the
// places a count of weeks away is said with ("out in the park 2 weeks").
var (
	sitePhase = map[string]bool{"site": true, "onsite": true, "camp": true, "mine": true, "rig": true, "offshore": true, "platform": true, "hitch": true, "shift": true, "ship": true, "vessel": true, "sea": true, "boat": true, "barge": true, "tug": true}
	awayPlace = map[string]bool{"away": true, "offshore": true, "onsite": true, "out": true, "site": true, "camp": true, "rig": true, "sea": true, "ship": true, "park": true, "bush": true, "field": true, "road": true, "mine": true}
)

// phaseIn says which phase the words at [from, to) that in keeps speak
// of: "on" (a word of on), "off" (home, onshore, leave, days off), or ""
// when neither or both.
func phaseIn(toks []token, from, to int, in func(int) bool, on map[string]bool) string {
	isOn, isOff := false, false
	for j := from; j < to; j++ {
		if !in(j) {
			continue
		}
		switch w := toks[j].text; {
		case on[w]:
			isOn = true
		case w == "home" || w == "onshore" || w == "leave" || w == "break" || w == "daysoff" || w == "dayoff":
			isOff = true
		case (w == "rest" || w == "off") && j+1 < len(toks) && toks[j+1].clause == toks[j].clause && (strings.HasPrefix(toks[j+1].text, "day") || strings.HasPrefix(toks[j+1].text, "week") || toks[j+1].text == "time" || toks[j+1].text == "period"):
			// "in the rest week 3 hours per day", "off time more like
			// 2 a day" (dev41)
			isOff = true
		case w == "off":
			if j > 0 && (toks[j-1].text == "days" || toks[j-1].text == "week" || toks[j-1].text == "weeks") {
				isOff = true
			}
			// "off week 2 hrs a day"
			if j+1 < len(toks) && toks[j+1].clause == toks[j].clause && (toks[j+1].text == "week" || toks[j+1].text == "weeks") {
				isOff = true
			}
		case w == "free":
			// "in free week", "1 week free"
			if j > 0 && strings.HasPrefix(toks[j-1].text, "week") || j+1 < len(toks) && strings.HasPrefix(toks[j+1].text, "week") {
				isOff = true
			}
		}
	}
	switch {
	case isOn && !isOff:
		return "on"
	case isOff && !isOn:
		return "off"
	}
	return ""
}

// daysOffFortnight reports whether days off are counted over two weeks:
// "every two weeks i have 7 days off", "7 days off per fortnight".
func daysOffFortnight(toks []token) bool {
	for i := range toks {
		end, off := daysOffAt(toks, i)
		if !off {
			continue
		}
		for k := max(0, i-7); k < len(toks) && k <= end+3; k++ {
			if toks[k].sent != toks[i].sent {
				continue
			}
			switch {
			case toks[k].text == "fortnight" || toks[k].text == "biweekly":
				return true
			case (toks[k].text == "two" || toks[k].isNum && toks[k].num == 2) && k+1 < len(toks) && toks[k+1].text == "weeks":
				return true
			}
		}
	}
	return false
}

// wordBetween reports whether one of words stands in [from, to).
func wordBetween(toks []token, from, to int, words ...string) bool {
	for i := from; i < to && i < len(toks); i++ {
		if slices.Contains(words, toks[i].text) {
			return true
		}
	}
	return false
}

// dayish reports whether w names days or parts of them in the plural:
// "evenings", "days", "nights", "mornings".
func dayish(w string) bool {
	switch w {
	case "evenings", "days", "nights", "mornings", "afternoons", "weeknights", "weekdays", "lunchtimes", "lunches":
		return true
	}
	return false
}

// onlyHedges reports whether [from, to) holds nothing but hedge words
// ("like", "about", "maybe") and punctuation.
func onlyHedges(toks []token, from, to int) bool {
	if from >= to {
		return false
	}
	for i := from; i < to && i < len(toks); i++ {
		switch toks[i].text {
		case "like", "about", "maybe", "around", "roughly", "approx", "approximately", "say", "prob", "probably", "~":
		default:
			if !toks[i].punct {
				return false
			}
		}
	}
	return true
}

// mentionsWork reports whether the words speak of work or shifts.
func mentionsWork(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool {
		switch t.text {
		case "shift", "shifts", "work", "working", "job", "office", "duty":
			return true
		}
		return false
	})
}

// namesHours reports whether the words speak of hours or study time:
// "scratch the hours, more like 8".
func namesHours(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool {
		_, _, unit := unitOf(t.text)
		return unit || t.text == "time"
	})
}

// perShift reports whether [from, to) says an amount is per shift:
// "before each shift", "after every shift", "per shift".
func perShift(toks []token, from, to int) bool {
	for i := from; i+1 < to && i+1 < len(toks); i++ {
		switch toks[i].text {
		case "each", "every", "per":
			switch toks[i+1].text {
			case "shift", "workday", "duty":
				return true
			}
		}
	}
	return false
}

// halfAfter returns how many tokens from i say "and a half" ("and half",
// Spanish "y media", Portuguese "e meia"), or 0.
func halfAfter(toks []token, i int) int {
	if i+1 >= len(toks) {
		return 0
	}
	switch toks[i].text {
	case "and", "y", "e":
	default:
		return 0
	}
	switch toks[i+1].text {
	case "half", "media", "meia":
		return 2
	case "a":
		if i+2 < len(toks) && toks[i+2].text == "half" {
			return 3
		}
	}
	return 0
}

// weekPhraseAt reports whether a week follows at i: what perWeekAfter
// reads, or second-language "in week", "in a week".
func weekPhraseAt(toks []token, i int) bool {
	if i >= len(toks) || toks[i].text != "in" {
		return perWeekAfter(toks, i)
	}
	j := i + 1
	if j < len(toks) && (toks[j].text == "a" || toks[j].text == "the") {
		j++
	}
	return j < len(toks) && (toks[j].text == "week" || toks[j].text == "wk")
}

// perWeekAfter reports whether "a week", "per week" or "weekly" follows
// an amount ending at i.
func perWeekAfter(toks []token, i int) bool {
	if i < len(toks) && (toks[i].text == "weekly" || toks[i].text == "pw") {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].clause != toks[i].clause {
		return false
	}
	switch toks[i].text {
	case "a", "per", "each", "every", "/", "an", "par", "por", "pro":
		// (French "par semaine", Spanish "por semana", German "pro
		// Woche": the gloss leaves the preposition alone; dev42)
		switch toks[i+1].text {
		case "week", "wk":
			return true
		}
	}
	return false
}

// shiftsPerWeekAt reports whether the number at i counts shifts a week
// said after them: "12 hour shifts, 3 per week", "turnos de 12 horas, 3
// por semana".
func shiftsPerWeekAt(toks []token, i int) bool {
	if i+2 >= len(toks) || !toks[i].isNum || toks[i].num < 1 || toks[i].num > 7 || toks[i+1].text != "per" && toks[i+1].text != "a" && toks[i+1].text != "par" || !strings.HasPrefix(toks[i+2].text, "week") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].sent == toks[i].sent; k-- {
		if toks[k].text == "shifts" || toks[k].text == "shift" {
			return true
		}
		// "12h days, 3 a week": days of a length are shifts.
		if toks[k].text == "days" || toks[k].text == "nights" {
			if k > 0 {
				if _, _, isUnit := unitOf(toks[k-1].text); isUnit {
					return true
				}
			}
			if shiftLengthAt(toks, k+1) {
				// "journées de 12h, 3 par semaine"
				return true
			}
		}
	}
	return false
}

// countOfDaysOff reports whether the number at i counts days off: "my
// off days is 2 per week", "days off are 2 a week".
func countOfDaysOff(toks []token, i int) bool {
	if i < 2 || toks[i-1].text != "is" && toks[i-1].text != "are" {
		return false
	}
	for j := max(i-4, 0); j < i-1; j++ {
		if end, off := daysOffAt(toks, j); off && end == i-1 {
			return true
		}
	}
	return false
}

// whenSubject are words that open a clause after "once" meaning "when".
var whenSubject = map[string]bool{"the": true, "my": true, "our": true, "i": true, "im": true, "we": true, "they": true, "he": true, "she": true, "it": true, "its": true, "kids": true, "baby": true, "everyone": true, "work": true, "everybody": true}

// offCountAfter reports whether a count of days off follows at i: "(6
// days) and 2 off", "(seis días) y dos francos".
func (n *nlu) offCountAfter(toks []token, i int) bool {
	for j := i; j+1 < len(toks) && j <= i+2; j++ {
		if (toks[j].isNum || n.numbers[toks[j].text] > 0) && (toks[j+1].text == "off" || toks[j+1].text == "daysoff" || toks[j+1].text == "dayoff") {
			return true
		}
	}
	return false
}

// startsOn reports whether the day name at i says when they start:
// "start next Monday", "starting on monday", "beginning this friday".
func startsOn(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].clause == toks[i].clause; j-- {
		switch toks[j].text {
		case "start", "starting", "starts", "begin", "beginning", "begins", "kick", "kicking":
			return true
		case "next", "this", "coming", "on":
		default:
			return false
		}
	}
	return false
}

// everyOtherIn reports whether the segment says "every other weekend",
// "every second saturday": half the weeks.
func everyOtherIn(toks []token, from, to, sent int) bool {
	for i := max(from, 1); i+1 < to && i+1 < len(toks); i++ {
		if toks[i].sent == sent && everyOtherAt(toks, i) {
			return true
		}
	}
	return false
}

// everyOtherAt reports "every other weekend", "every second saturday"
// with "other" (or "alternate", "second") at i: half the weeks.
func everyOtherAt(toks []token, i int) bool {
	switch toks[i].text {
	case "other", "alternate", "alternating", "second":
		// (Polish "co drugi tydzień": every second week.)
		return i > 0 && i+1 < len(toks) && (toks[i-1].text == "every" || toks[i-1].text == "co") && (strings.HasPrefix(toks[i+1].text, "week") || isDayName(toks[i+1].text))
	}
	return false
}

// earnedAt reports whether the amount at i is what is earned, paid or
// spent: "i earn 600 a week", "rent is 300 a month", "they pay me 15 an
// hour".
func earnedAt(toks []token, i, j int) bool {
	if j < len(toks) {
		if _, _, unit := unitOf(toks[j].text); unit {
			// "i can make 5 hours a week"
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].clause == toks[i].clause; k-- {
		switch toks[k].text {
		case "earn", "earns", "earning", "earned", "salary", "income", "wage", "wages", "rent", "paycheck", "paycheque", "make", "makes", "making", "pays", "costs", "owe":
			return true
		case "me":
			// "they pay me 15 an hour"
			if k > 0 && (toks[k-1].text == "pay" || toks[k-1].text == "paid") {
				return true
			}
		}
	}
	return false
}

// hedgeAfter are words after a bare amount that weigh it against one said
// before: "10 hrs a week... 5 realistically".
var hedgeAfter = map[string]bool{"realistically": true, "really": true, "honestly": true, "tbh": true, "actually": true, "probably": true, "prob": true}

// hedgedBefore reports whether a hedge or correction stands just before
// token i ("well, 6 to 8", "or maybe 7").
func hedgedBefore(toks []token, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		switch toks[j].text {
		case "well", "maybe", "or", "actually", "no", "hmm", "say", "more", "like", "rather", "make":
			return true
		}
	}
	return false
}

// aspirational reports whether the amount at i is a hope beyond what was
// said first ("hopefully 20", "ideally more", "up to 15 max").
func aspirational(toks []token, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		switch toks[j].text {
		case "hopefully", "ideally", "optimistically", "dream", "max", "maximum", "stretch":
			return true
		}
	}
	return false
}

// splitBetween divides the words between two amounts: day words before
// "and", "+" or a clause break belong to the first ("1 hour on weekdays
// and 4h on saturday"), the rest to the second.
func splitBetween(toks []token, from, to int, daysFirst bool) int {
	// The last break before the second amount: "45 min on Tuesday and
	// Thursday, 1.5 h on Sunday" keeps Thursday with the first; "1 hour,
	// monday until friday, and sunday 3 hours" gives Sunday to the second.
	at, plusAt := -1, -1
	var breaks []int
	for i := from; i <= to && i < len(toks); i++ {
		if i < to && (toks[i].text == "plus" || toks[i].text == "+") {
			plusAt = i
		}
		if at >= 0 && (len(breaks) == 0 || breaks[len(breaks)-1] != at) {
			breaks = append(breaks, at)
		}
		if i > 0 && toks[i].clause != toks[i-1].clause {
			at = i
		}
		if i < to {
			switch toks[i].text {
			case "and", "n", "+", "plus", "then", "but", "e", "y", "et", "und", "og", "och":
				// (the "and" of languages the gloss leaves alone: "3 horas
				// e nos outros dias 1 hora")
				// ("Saturday and Sunday 4 hours each": a list of days.)
				// ("1 hr Mon-Thu and Saturday 4hrs": a range ends the
				// first amount's days.)
				rangeEnd := i > 2 && (toks[i-2].text == "-" || toks[i-2].text == "to" || toks[i-2].text == "till" || toks[i-2].text == "until") && isDayName(toks[i-3].text)
				if !(i > 0 && i+1 < len(toks) && isDayName(toks[i-1].text) && isDayName(toks[i+1].text)) || rangeEnd {
					at = i
				}
			}
		}
	}
	if at < 0 {
		if daysFirst {
			return from
		}
		return to
	}
	// "lunch breaks, 30 min, plus my off fridays (every other friday,
	// 9/80) i can do 4 hrs": "plus" opens the second amount's days,
	// whatever clauses follow it.
	if plusAt >= 0 && plusAt < at {
		for i := plusAt + 1; i < at; i++ {
			if isDayName(toks[i].text) || strings.HasPrefix(toks[i].text, "weekend") {
				at = plusAt
				break
			}
		}
	}
	// "an hour on weekdays and a longer session Saturday, like 3": a
	// break followed only by a hedge leaves the words before it (the
	// second amount's session and day) to the second amount.
	if onlyHedges(toks, at, to) {
		for k := len(breaks) - 1; k >= 0; k-- {
			if breaks[k] < at {
				at = breaks[k]
				break
			}
		}
	}
	// "1.5 hrs each way so honestly only weekends, 4 hrs each day": days
	// said with "only" just before the break go with the second amount.
	k := at - 1
	for k > from && (daySetWord(toks[k].text) || toks[k].text == "and") {
		k--
	}
	if k < at-1 && k > from && (toks[k].text == "only" || toks[k].text == "just") {
		return k
	}
	return at
}

// periodAfter returns the day span starting at or within three words after
// token j, in its sentence.
func (n *nlu) periodAfter(toks []token, days []span, j int) (int, bool) {
	for k, d := range days {
		if d.from >= j && d.from <= j+3 && j < len(toks) && toks[d.from].sent == toks[min(j, len(toks)-1)].sent {
			return k, true
		}
	}
	return -1, false
}

// weekly turns an amount into hours a week from the day words of its
// segment [segFrom, segTo) in its sentence: per day (x7), "most evenings"
// (x5), "every other day" (x3.5), weekdays (x5), named days (x their
// number), "except sundays" (minus those), "3 days a week" or "3x/week"
// (x3), per month (/4.33), "each way" (x2); otherwise it is already a
// week's.
func (n *nlu) weekly(tz *tokenized, days []span, from, to, segFrom, segTo int) (float64, string) {
	toks := tz.toks
	sent := toks[from].sent
	kindOf := func(d span) string { return n.dayKinds[n.dayPats.pats[d.pat].ref] }
	// "Weekdays I come home at 8 pm so only weekend, Saturday 5 hours",
	// "straight days 7 to 3:30 mon-fri, so evenings 2 hrs mon to thu":
	// days named after a "so" before the amount are the study days; the
	// days before it say why.
	// (Days by name or kind: "so ... on those days" means the days
	// before it.)
	for i := from - 1; i > segFrom; i-- {
		if toks[i].sent != sent || toks[i].text != "so" {
			continue
		}
		if slices.ContainsFunc(days, func(d span) bool {
			k := kindOf(d)
			return (k == "weekday_names" || k == "weekend" || k == "weekday") && d.from > i && d.from < segTo && toks[d.from].sent == sent
		}) {
			segFrom = i + 1
		}
		break
	}
	in := func(i int) bool { return i >= segFrom && i < segTo && toks[i].sent == sent }
	var daily, weekday, weekend, month, week, each, inclusive, habit, duringWeek bool
	// workRel: the days are said by work ("after work", "before my
	// shift"), so they are the days the message says are worked.
	var workRel, everyDay bool
	// saidExcept: days are left out with "except" ("1 hour, except
	// Monday"), so the amount is a day's.
	var saidExcept bool
	names := map[string]bool{}
	weekendNames := map[string]bool{}
	except := map[string]bool{}
	count := 0.0
	countClause := -1
	// fromRotation: count is a rotation's days off a week, which already
	// averages the weeks on and off.
	fromRotation := false
	mult := 1.0
	others := false
	// Day names in the amount's own clause ("so Monday to Wednesday I can
	// do 2 hours each") make the days named for work elsewhere not
	// study days; without them ("work week is Sunday to Thursday,
	// evenings 1 hour") the work days are when they study.
	ownDayNames := false
	for _, d := range days {
		// ("We work Monday to Friday, so Saturday and Sunday 3 hours
		// each": the weekend named in the amount's clause.)
		if (kindOf(d) == "weekday_names" || kindOf(d) == "weekend") && toks[d.from].clause == toks[from].clause {
			ownDayNames = true
		}
	}
	for _, d := range days {
		if !in(d.from) {
			continue
		}
		if d.to < len(toks) && (toks[d.to].text == "weeks" || toks[d.to].text == "week") && kindOf(d) != "week" {
			// "day weeks", "off-Friday weeks": a kind of week.
			continue
		}
		k := kindOf(d)
		if vaguelyMoreOn(toks, d.from) && toks[d.from].clause != toks[from].clause {
			// "an hour a day, maybe more on weekends": no amount for
			// those days, and the day's amount stands.
			continue
		}
		if k == "week" && !weekIsPeriod(toks, d, from) {
			continue
		}
		if k == "weekday_names" && startsOn(toks, d.from) {
			// "Saturday 2 hours, and I want to start next Monday": the
			// day they start, not a day of study.
			continue
		}
		if (k == "weekday" || k == "weekday_names") && ownDayNames && toks[d.from].clause != toks[from].clause && workClause(toks, toks[d.from].clause) {
			// "gigs are Thursday to Saturday nights, so Monday to
			// Wednesday I can do 2 hours each", "We work Monday to
			// Friday, so Saturday and Sunday 3 hours each": the work
			// days are not study days.
			continue
		}
		if (k == "weekday_names" || k == "weekend") && d.from >= to && toks[d.from].clause != toks[from].clause && busyDay(toks, d) {
			// "Saturday 4 hours, Sunday I go to temple with family":
			// what they do that day, not study; "every day 1 hour, but
			// Sunday I rest" (dev43): a day out of the every day.
			if k == "weekday_names" {
				for i := d.from; i < d.to; i++ {
					except[dayName(toks[i].text)] = true
				}
			}
			continue
		}
		if k == "weekday_names" && allExcepted(toks, d, except) {
			// "weeknights 2 hrs but not fridays, friday is lime": a day
			// already left out stays out.
			continue
		}
		if k == "weekend" && (keptFree(toks, d) || !unavailableAfter(toks, d.to) && (negatedWithin(toks, d.from, 3) || exceptBefore(toks, d.from))) {
			// "2 hours per day but not in the weekend", "each evening
			// 1h30 except the weekend": the weekdays.
			weekday = true
			continue
		}
		if unavailableAfter(toks, d.to) && !(k == "daily" && toks[d.to].clause != toks[d.to-1].clause) {
			// "weekdays are impossible", "в будни не получается"
			// (but "2h a day, nothing on the on week" is per day)
			if k == "weekday_names" {
				for i := d.from; i < d.to; i++ {
					except[dayName(toks[i].text)] = true
				}
			}
			continue
		}
		// "except sundays", "but not fridays", "no sundays"
		if k == "weekday_names" && d.from > 0 && in(d.from-1) && (toks[d.from-1].text == "sometimes" || toks[d.from-1].text == "occasionally" || toks[d.from-1].text == "maybe") && toks[d.from].clause != toks[from].clause &&
			!(d.to < len(toks) && (dayish(toks[d.to].text) || partOfDay(toks[d.to].text))) {
			// "tuesday and thursday evening 2 hours each, sometimes
			// sunday": no amount for the odd Sunday. ("maybe tuesday
			// mornings, 2 hrs" is the time they have: dev91 read the
			// mornings alone, every day, 14.)
			continue
		}
		if k == "weekday_names" && d.from > 0 && in(d.from-1) && (exceptBefore(toks, d.from) || exceptWords[toks[d.from-1].text]) {
			except[dayName(toks[d.from].text)] = true
			saidExcept = saidExcept || exceptBefore(toks, d.from) || toks[d.from-1].text == "except" || toks[d.from-1].text == "excluding"
			continue
		}
		if k == "daily" && toks[d.from].clause != toks[from].clause && workClause(toks, toks[d.from].clause) {
			// "python at work daily, im a backend dev, ..., 10 hrs" (a
			// stranger, eleventh session, was told 70 h doesn't fit):
			// what they do at work every day, another clause.
			continue
		}
		if k == "daily" && d.to < len(toks) && (toks[d.to].text == "shift" || toks[d.to].text == "shifts") && toks[d.from].clause != toks[from].clause {
			// "they moved me to the night shift, only 6 hrs now", "make
			// it 10 hrs, night shifts are dead quiet" (dev53): the
			// shift they work, in another clause, is no study period.
			continue
		}
		if k == "daily" && d.to-d.from == 1 && toks[d.from].text == "daily" && d.from > 0 && d.to < len(toks) && !toks[d.to].isNum && !toks[d.to].punct {
			switch toks[d.from-1].text {
			case "the", "my", "our", "his", "her", "their", "your":
				if _, _, unit := unitOf(toks[d.to].text); !unit {
					// "the keke owner increased the daily balance, I
					// can only do 4 hours now" (dev72): daily says
					// what the balance is, not the hours.
					continue
				}
			}
		}
		switch k {
		case "daily":
			daily = true
			for i := d.from; i < d.to; i++ {
				switch toks[i].text {
				case "every", "each", "daily", "everyday", "per":
					// "before my shift 1 hour every day": every day,
					// not the workdays.
					everyDay = true
				}
			}
		case "weekday":
			weekday = true
			workRel = workRel || d.to-d.from > 1 && toks[d.to-1].text == "work"
		case "workday_habit":
			habit = true
			workRel = true
		case "weekday_or_week":
			duringWeek = true
		case "weekend":
			weekend = true
			for i := d.from; i < d.to; i++ {
				if isDayName(toks[i].text) {
					weekendNames[dayName(toks[i].text)] = true
				}
			}
			// "every day incl weekends", "every day, the weekend also"
			if d.from > 0 {
				switch toks[d.from-1].text {
				case "incl", "including", "inc", "plus", "even", "also":
					inclusive = true
				}
			}
			if d.to < len(toks) && toks[d.to].sent == sent {
				switch toks[d.to].text {
				case "also", "too", "included", "incl", "including":
					inclusive = true
				}
			}
		case "month":
			// ("6, no, 4 hours, night shifts this month" (dev54): the
			// month of another clause is when, not per month.)
			if !(d.from > 0 && toks[d.from-1].text == "this" && toks[d.from].clause != toks[from].clause) {
				month = true
			}
		case "week":
			if duringTheWeek(toks, d, segFrom, segTo) {
				// "In the week 1 hour each evening, weekend nothing":
				// the weekdays, as second-language English says it.
				weekday = true
				continue
			}
			week = true
		case "weekday_names":
			addDayNames(toks, d, names, in)
		}
	}
	// "our work week is Sunday to Thursday. I'll do an hour each of those
	// evenings": the days named earlier in the message.
	// "fri-sun off, maybe 2 hrs each (of those)": the days off named
	// before the amount.
	backRef := false
	before := func(d span) bool {
		return kindOf(d) == "weekday_names" && (d.to <= from || toks[d.from].sent < sent)
	}
	for i := segFrom; i < segTo && i < len(toks); i++ {
		if toks[i].sent != sent || backRef {
			continue
		}
		those := (toks[i].text == "those" || toks[i].text == "these") &&
			(i+1 < len(toks) && (partOfDay(toks[i+1].text) || strings.HasPrefix(toks[i+1].text, "day")) ||
				i >= 2 && toks[i-1].text == "of" && (toks[i-2].text == "each" || toks[i-2].text == "all"))
		if !those && toks[i].text == "each" && i >= to && (i+1 >= len(toks) || toks[i+1].sent != sent || toks[i+1].text == "day" && (i+2 >= len(toks) || toks[i+2].sent != sent)) {
			// "each" (or "each day") ending the sentence after days said
			// to be off: "Friday and Saturday off, 4 hour each day"
			for _, d := range days {
				those = those || before(d) && d.to < len(toks) && toks[d.to].text == "off"
			}
		}
		if !those {
			continue
		}
		for _, d := range days {
			if before(d) {
				addDayNames(toks, d, names, func(int) bool { return true })
				backRef = true
			}
		}
	}
	for i := segFrom; i < segTo && i < len(toks); i++ {
		if toks[i].sent != sent || i >= from && i < to {
			continue
		}
		w := toks[i].text
		switch w {
		case "each", "both", "per":
			if i+1 < len(toks) && (toks[i+1].text == "way" || toks[i+1].text == "ways") {
				mult *= 2
				continue
			}
			// "cada dos días" (Spanish, read "each two days"): every two.
			if x, j, _, ok := n.amountAt(toks, i+1); w == "each" && ok && x >= 2 && x <= 7 && j < len(toks) && strings.HasPrefix(toks[j].text, "day") {
				count = 7 / x
				continue
			}
			each = true
		case "days", "nights", "evenings", "mornings", "off", "daysoff":
			if daysCountAfter(toks, i) {
				count = toks[i+1].num
			}
		case "couple":
			// "a couple of evenings a week, 2 hrs each": two.
			if j := i + 1; j < len(toks) && (toks[j].text == "of" && j+1 < len(toks) && dayish(toks[j+1].text) || dayish(toks[j].text)) {
				count = 2
			}
		case "twice":
			count = 2
		case "one":
			// "one evening midweek for an hour": one day of the week.
			if i+1 < len(toks) && (toks[i+1].sent == sent) && (toks[i+1].text == "evening" || toks[i+1].text == "night" || toks[i+1].text == "morning" || toks[i+1].text == "afternoon" || toks[i+1].text == "weeknight" || toks[i+1].text == "day") && !(i > 0 && toks[i-1].text == "every") {
				count = 1
			}
		case "thrice":
			count = 3
		case "once":
			// (but "once the wee ones are down", "once my toddler's
			// asleep" say when)
			if !(i+1 < len(toks) && whenSubject[toks[i+1].text]) {
				count = 1
			}
		case "every":
			// "every 2 days", "every three days"
			if x, j, _, ok := n.amountAt(toks, i+1); ok && x >= 2 && x <= 7 && j < len(toks) && strings.HasPrefix(toks[j].text, "day") {
				count = 7 / x
			}
			// "3 hrs every saturday and sunday": each of the days.
			if i+1 < len(toks) && isDayName(toks[i+1].text) && len(toks[i+1].text) > 3 {
				each = true
			}
		case "other", "alternate", "alternating", "second":
			if w == "other" && i > 0 && toks[i-1].isNum && toks[i-1].num >= 1 && toks[i-1].num <= 6 && i+1 < len(toks) && (strings.HasPrefix(toks[i+1].text, "day") || strings.HasPrefix(toks[i+1].text, "evening") || strings.HasPrefix(toks[i+1].text, "night")) {
				// "the 4 other days 1h a day": those four.
				count = toks[i-1].num
				continue
			}
			if everyOtherAt(toks, i) {
				mult *= 0.5
				continue
			}
			if w == "other" && !(i > 0 && toks[i-1].text == "every") && i+1 < len(toks) && (strings.HasPrefix(toks[i+1].text, "day") || strings.HasPrefix(toks[i+1].text, "evening") || strings.HasPrefix(toks[i+1].text, "night")) {
				// "Friday 5 hours and other days 1 hour": the days not
				// named for the other amount.
				if named := n.daysNamedOutside(toks, days, segFrom, segTo); named > 0 && named < 7 {
					count, others = 7-named, true
				} else if wd := n.workDays(toks); wd > 0 && wd < 7 {
					// "i work 3 nights a week, the other days 1 hour": the
					// days not worked; "6x1, on my day off 3 hours and the
					// other days 1 hour": the days worked.
					count, others = 7-wd, true
					if mentionsDaysOff(toks[:segFrom]) {
						count = wd
					}
				}
				continue
			}
			// "every other evening", "every alternate day", "alternate days"
			if i > 0 && toks[i-1].text == "every" || w != "other" && w != "second" && i+1 < len(toks) && strings.HasPrefix(toks[i+1].text, "day") {
				count = 3.5
			}
		case "most":
			if i+1 < len(toks) && partOfDay(toks[i+1].text) {
				// ("ZESA cuts power most evenings so Saturdays at the
				// library, 5 hours": another clause's, with days named.)
				count, countClause = 5, toks[i].clause
			}
		}
		// "every 2 weeks", "every other week", "biweekly": half.
		if (w == "every" || w == "each") && i+2 < len(toks) && (toks[i+1].text == "2" || toks[i+1].text == "two") && strings.HasPrefix(toks[i+2].text, "week") ||
			w == "biweekly" || w == "fortnight" || w == "fortnightly" {
			mult *= 0.5
		}
		// "3 of my days off", "2 of my evenings"
		if x, _, _, ok := n.amountAt(toks, i); ok && x >= 1 && x <= 7 && i+2 < len(toks) && toks[i+1].text == "of" && (toks[i+2].text == "my" || toks[i+2].text == "the" || toks[i+2].text == "those") && i+3 < len(toks) &&
			(strings.HasPrefix(toks[i+3].text, "day") || strings.HasPrefix(toks[i+3].text, "evening") || strings.HasPrefix(toks[i+3].text, "night") || strings.HasPrefix(toks[i+3].text, "off")) {
			count = x
			continue
		}
		// "5 days a week", "three evenings", "3x/week", "5 days"
		if x, _, _, ok := n.amountAt(toks, i); ok && i+1 < len(toks) && w != "a" && w != "an" && !(i > 0 && (toks[i-1].text == "every" || toks[i-1].text == "each" || toks[i-1].text == "work" || toks[i-1].text == "working")) {
			k := i + 1
			// "two non-shift weekdays", "3 free evenings"
			if k+1 < len(toks) && (dayAdjective[toks[k].text] || strings.HasPrefix(toks[k].text, "non")) {
				k++
			}
			if x >= 1 && x <= 7 && i < from && k+1 < len(toks) && (toks[k].text == "a" || toks[k].text == "per") && toks[k+1].text == "week" && eachAfter(toks, to) && !shiftsPerWeekAt(toks, i) {
				// "that's about 2 a week, 4 hrs each" (dev91 read 4):
				// how many days, the amount each.
				count, countClause = x, toks[from].clause
			}
			switch toks[k].text {
			case "days", "day", "evenings", "nights", "mornings", "times", "sessions", "afternoons", "weekdays", "x", "lunches", "lunchbreaks", "lunch",
				// Turkish "haftada 3 akşam" (3 evening a week; dev43):
				// the noun after a number is singular.
				"evening", "night", "morning", "afternoon":
				if k+1 < len(toks) && (toks[k+1].text == "shift" || toks[k+1].text == "shifts") {
					// "3 night shifts": work.
					break
				}
				if k+2 < len(toks) && toks[k+1].text == "on" && toks[k+2].isNum {
					// "3 nights on 4 off": a rotation's days at work, not
					// days of study.
					break
				}
				if x >= 1 && x <= 7 {
					count, countClause = x, toks[i].clause
					// "4 on 4 off ... on my 4 days off": the days off of
					// a cycle, not of a week.
					if k+1 < len(toks) && toks[k+1].text == "off" && !n.daysOffPerWeek(toks) || n.offCountAfter(toks, k+1) {
						// ("seis días y dos francos": the days worked
						// of a cycle with days off.)
						if r := rotationOffDays(toks); r > 0 {
							count, fromRotation = r, true
						}
					}
				}
			}
		}
	}
	if count > 0 && countClause != toks[from].clause && countClause >= 0 && (len(names) > 0 || weekend) {
		// "Estate life is 6 days a week and Sunday is my only off day,
		// so I can do 4 hours on Sundays": the days of the amount's own
		// clause, not the work week's.
		count = 0
	}
	// "4 days off ... 1.5 hours on each day off" (but "a week 6 hours,
	// exam days off" is 6 a week)
	weekTouching := false
	for _, d := range days {
		// ("i work 4 days a week, 1 hour on my days off": the week of
		// another clause is the work's.)
		if kindOf(d) == "week" && (d.from == to || d.to == from) && toks[d.from].sent == sent && (from >= len(toks) || toks[d.from].clause == toks[from].clause) {
			weekTouching = true
		}
	}
	// ("every night 1 hour, except Monday, it's my day off": the day off
	// is the day left out.)
	if count == 0 && (!weekTouching || n.daysOffCount(toks) > 0) && !(len(except) > 0 && daily) {
		// (The last word may be it: "2 hrs each of my off days".)
		for i := segFrom; i < segTo && i < len(toks); i++ {
			if _, off := daysOffAt(toks, i); off {
				// Days off said per week win; else a rotation's average.
				count = n.daysOffCount(toks)
				if count > 0 && daysOffFortnight(toks) {
					// "every two weeks i have 7 days off": half of them
					// a week.
					count /= 2
					fromRotation = true
				} else if count == 0 || !n.daysOffPerWeek(toks) {
					if r := rotationOffDays(toks); r > 0 {
						count, fromRotation = r, true
					}
				}
				if count == 0 {
					// "~12 days off a month": 12/4.35 a week; "in my 14
					// days off, 3 hours every day": every day of that
					// stretch (rotationShare halves the weeks).
					count = manyDaysOff(toks)
				}
				if count == 0 && len(names) == 0 {
					// "on my days off, i work 3x12s": the days not worked;
					// with nothing said about work, a weekend's two.
					count = 2
					if w := n.workDays(toks); w > 0 {
						count = 7 - w
					}
				}
				break
			}
		}
	}
	if duringWeek {
		if daily || each {
			weekday, daily = true, false
		} else {
			week = true
		}
	}
	// "office is sunday to friday so only saturday is free": the days
	// said to be the only ones.
	for k, d := range days {
		if kindOf(d) == "weekday_names" && d.from > 0 && in(d.from) && (toks[d.from-1].text == "only" || toks[d.from-1].text == "just") {
			names = map[string]bool{}
			addDayNames(toks, d, names, func(int) bool { return true })
			// "only sat n sun 2 hrs each" (dev41): the days joined to
			// it too.
			end := d.to
			for _, e := range days[k+1:] {
				if kindOf(e) != "weekday_names" || !joinersOnly(toks, end, e.from) || toks[e.from].clause != toks[d.from].clause {
					break
				}
				addDayNames(toks, e, names, func(int) bool { return true })
				end = e.to
			}
			weekday, weekend, daily = false, false, false
			break
		}
	}
	// "Fridays are out", "saturday is busy"
	for _, d := range days {
		if kindOf(d) == "weekend" && d.to < len(toks) && toks[d.to].text == "off" && toks[d.to].sent == sent && weekday {
			// "weekdays 1 hour each evening, weekends off"
			weekend = false
			continue
		}
		if !in(d.from) || kindOf(d) != "weekday_names" && kindOf(d) != "weekday" || d.to+1 >= len(toks) {
			continue
		}
		k := d.to
		if toks[k].text == "are" || toks[k].text == "is" {
			k++
		}
		switch toks[k].text {
		case "out", "busy", "impossible", "excluded", "taken", "blocked", "packed", "full", "crazy", "hectic", "slammed", "chaos", "chaotic":
			if kindOf(d) == "weekday" {
				// "a couple hours a day on weekends, weekdays are
				// packed"
				weekday = false
				continue
			}
			for i := d.from; i < d.to; i++ {
				delete(names, dayName(toks[i].text))
				except[dayName(toks[i].text)] = true
			}
		}
	}
	// "sundays off"; but when they study on their days off ("I can study
	// on my days off, I have Wednesday and Sunday off") those are the days.
	offDays := false
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i].text, toks[i+1].text
		if toks[i].sent == sent && (a == "days" || a == "day") && b == "off" || (a == "off" && (b == "days" || b == "day")) {
			offDays = true
		}
		// "fri sat sun off, i can do 3 hrs each of those days"
		if (a == "those" || a == "these") && partOfDay(b) {
			offDays = true
		}
	}
	offDays = offDays || backRef
	// ("Friday off, so Friday 5 hours": named again, it is a study day.)
	namedAgain := map[string]int{}
	for _, d := range days {
		if in(d.from) && kindOf(d) == "weekday_names" {
			for i := d.from; i < d.to; i++ {
				namedAgain[dayName(toks[i].text)]++
			}
		}
	}
	for _, d := range days {
		if offDays {
			break
		}
		if in(d.from) && kindOf(d) == "weekday_names" && d.to < len(toks) && toks[d.to].text == "off" {
			for i := d.from; i < d.to; i++ {
				if namedAgain[dayName(toks[i].text)] > 1 {
					continue
				}
				delete(names, dayName(toks[i].text))
				except[dayName(toks[i].text)] = true
			}
		}
	}
	// "6 hours a week" is already a week's, whatever days are named;
	// "90 minutes, three times per week" is not.
	for _, d := range days {
		if kindOf(d) == "week" && d.from == to && toks[d.from].sent == sent {
			return mult, ""
		}
	}
	// "60 hours total over the next 12 weeks": a total spread out.
	if weeks := n.spreadOver(toks, from, to, sent); weeks > 0 && !week && !daily && !weekday && !weekend && len(names) == 0 && count == 0 {
		return mult / weeks, ""
	}
	exceptN := float64(len(except))
	// Saturday and Sunday left out of the weekdays change nothing.
	exceptWork := exceptN
	for _, d := range []string{"sat", "sun"} {
		if except[d] {
			exceptWork--
		}
	}
	// "we work 6 days ... 2 hrs after work": the six.
	// (Read only for days said by work; a workday habit is one.)
	statedWorkdays, workdays := 0.0, 5.0
	if workRel {
		statedWorkdays = n.workDays(toks)
		if statedWorkdays > 0 {
			workdays = statedWorkdays
		}
	}
	shifts := 0.0
	if count == 0 && len(names) == 0 && !weekend && !month && perShift(toks, segFrom, segTo) {
		shifts = n.workDays(toks)
	}
	switch {
	case shifts > 0:
		// "4 nights on 3 off ... 2 hrs before each shift", "i work
		// 3x12s, an hour after each shift": each of the shifts worked.
		return mult * shifts, "weekday"
	case count > 0 && others:
		return mult * count, "others"
	case count > 0 && fromRotation:
		return mult * count, "rotation"
	case count > 0:
		// ("an hour most days + 3 on sundays": other days add up.)
		return mult * count, "count"
	case month:
		return mult / (52.0 / 12.0), ""
	case weekday && weekend, weekend && daily && inclusive:
		return mult * (7 - exceptN), ""
	case weekday && workRel && daily && everyDay && len(names) == 0 && statedWorkdays == 0:
		// "1 hour every evening after work": every evening.
		return mult * (7 - exceptN), ""
	case weekday && len(names) > 0 && onlyWorkdays(names):
		// "weeknights, 8:30 to 10, mon-thu": the days named.
		return mult * float64(len(names)), dayKey(names)
	case weekday:
		return mult * (workdays - exceptWork), "weekday"
	case weekend && (each || daily) && len(names) > 0 && len(weekendNames) > 0:
		// "Friday, Saturday and Sunday I can do 3 hours each": the
		// weekend's days and the days named with it. (A weekend named
		// by its days, "bel weekend, jom3a w sabt", is those days.)
		for d := range weekendNames {
			names[d] = true
		}
		return mult * float64(len(names)), dayKey(names)
	case weekend && (each || daily || len(weekendNames) == 2):
		// ("sabato e domenica 2 ore": both days named, 2 hours on each,
		// as "3 hours Saturday and Sunday morning" is.)
		return mult * 2, "weekend"
	case weekend:
		return mult, "weekend"
	case len(names) > 0:
		return mult * float64(len(names)), dayKey(names)
	case habit && daily && !week && (!everyDay || statedWorkdays > 0):
		// ("We work 6 days a week, 1 hour after duty each day": the six)
		// "mornings before work 6-7": the workday mornings.
		return mult * (workdays - exceptN), "weekday"
	case daily && !week:
		return mult * (7 - exceptN), ""
	case habit && !week:
		return mult * (workdays - exceptN), "weekday"
	case saidExcept && !week && !month:
		// "after close can do 1 hour, except Monday": every day but the
		// days left out.
		return mult * (7 - exceptN), ""
	}
	return mult, ""
}

// daysNamedOutside counts the days the message names for study outside
// [from, to): day names, a weekend's two, the weekdays' five.
func (n *nlu) daysNamedOutside(toks []token, days []span, from, to int) float64 {
	names := map[string]bool{}
	count := 0.0
	for _, d := range days {
		if d.from >= from && d.from < to || unavailableAfter(toks, d.to) || workClause(toks, toks[d.from].clause) {
			continue
		}
		switch n.dayKinds[n.dayPats.pats[d.pat].ref] {
		case "weekday_names":
			addDayNames(toks, d, names, func(int) bool { return true })
		case "weekend":
			count = max(count, 2)
		case "weekday":
			count = max(count, 5)
		}
	}
	return max(count, float64(len(names)))
}

// workClause reports whether a clause is about work ("office is Saturday
// to Thursday"): its days are not study days.
func workClause(toks []token, clause int) bool {
	for i, t := range toks {
		if t.clause == clause && notStudy[t.text] && !(i > 0 && (toks[i-1].text == "after" || toks[i-1].text == "before")) &&
			!(i+1 < len(toks) && (toks[i+1].text == "days" || toks[i+1].text == "day")) {
			// ("in working days 1 hour": a name for the weekdays.)
			return true
		}
	}
	return false
}

// namesWorkdays reports whether the work word at i names the weekdays
// rather than work time: "in working days 1 hour", "workdays 1 hour" (but
// "my workday is 9 hours" is work).
func namesWorkdays(toks []token, i int) bool {
	switch w := toks[i].text; w {
	case "work", "working":
		return i+1 < len(toks) && (toks[i+1].text == "days" || toks[i+1].text == "day")
	case "workdays":
		return true
	case "workday":
		return !(i > 0 && (toks[i-1].text == "my" || toks[i-1].text == "a"))
	}
	return false
}

// partOfDay reports whether a word names days or a time of day in the
// plural or singular: "days", "evenings", "nights", "mornings".
func partOfDay(w string) bool {
	return strings.HasPrefix(w, "day") || strings.HasPrefix(w, "evening") || strings.HasPrefix(w, "night") || strings.HasPrefix(w, "morning") || strings.HasPrefix(w, "afternoon")
}

// dayAdjective words may stand between a count and its days: "3 free
// evenings", "two full days".
var dayAdjective = map[string]bool{"free": true, "full": true, "whole": true, "quiet": true, "spare": true, "open": true, "empty": true,
	// "Two weekday mornings, 2 hrs each" (dev74 read every weekday)
	"weekday": true, "weekend": true}

// countsDays reports whether token i names what a number before it
// counts in a week: days, evenings, times.
func countsDays(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := toks[i].text
	return partOfDay(w) || w == "times" || w == "x" || strings.HasPrefix(w, "weekday") || strings.HasPrefix(w, "session")
}

// joinedBetween reports whether "and", "+" or "plus" joins two amounts.
func joinedBetween(toks []token, from, to int) bool {
	// ("4 hrs on the sat n 4 on the sun": chat's "n".)
	return wordBetween(toks, from, to, "and", "n", "+", "plus", "also")
}

// countsSomethingElse reports whether the word after a bare number names
// what it counts ("2 toddlers", "3 jobs"): not hours.
func countsSomethingElse(toks []token, i int) bool {
	if i >= len(toks) || toks[i].punct || toks[i].isNum || toks[i].clause != toks[i-1].clause {
		return false
	}
	if _, _, unit := unitOf(toks[i].text); unit || isDayName(toks[i].text) {
		return false
	}
	switch w := toks[i].text; {
	case w == "a" || w == "an" || w == "per" || w == "each" || w == "every" || w == "on" || w == "in" || w == "and" || w == "or" || w == "to" || w == "max" || w == "tops" || w == "maybe" || w == "ish":
		return false
	case (w == "till" || w == "until" || w == "til") && i+1 < len(toks) && toks[i+1].text == "then":
		// "no wait, lambing's in march, say 2 till then" (dev91): the
		// amount until then, which is now's.
		return false
	case w == "only" || w == "just" || w == "instead" || w == "then" || w == "lang" || w == "lng" || w == "pala" || w == "po":
		// "no wait, 2 only", Tagalog "Sunday 2 lang pala" (only 2
		// after all; dev41)
		return false
	case strings.HasPrefix(w, "week") || partOfDay(w):
		return false
	}
	return true
}

// dayKey names a set of days in week order: "montuewed".
func dayKey(names map[string]bool) string {
	key := ""
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if names[d] {
			key += d
		}
	}
	return key
}

// onlyWorkdays reports whether the days named are all Monday to Friday.
func onlyWorkdays(names map[string]bool) bool {
	return !names["sat"] && !names["sun"]
}

// spreadOver reads "over the next 12 weeks", "in total across 3 months"
// after the amount at [from, to) and returns the weeks, or 0. "over" and
// "across" spread an amount by themselves; "in" and "within" only when
// the sentence says "total".
func (n *nlu) spreadOver(toks []token, from, to, sent int) float64 {
	total := false
	for i := range toks {
		if toks[i].sent == sent && (toks[i].text == "total" || toks[i].text == "altogether" || toks[i].text == "overall") {
			total = true
		}
	}
	for i := to; i < len(toks) && i <= to+8 && toks[i].sent == sent; i++ {
		switch toks[i].text {
		case "over", "across", "in", "within", "during":
		case "it", "its", "is", "thats", "which":
			// "45 hours total, it's 15 weeks"
			if !total {
				continue
			}
		default:
			continue
		}
		if !total && toks[i].text != "over" && toks[i].text != "across" {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].text == "the" || toks[j].text == "next" || toks[j].text == "coming" || toks[j].text == "following" || toks[j].text == "about" || toks[j].text == "around") {
			j++
		}
		x, k, _, ok := n.amountAt(toks, j)
		if !ok || k >= len(toks) || x < 1 {
			continue
		}
		switch toks[k].text {
		case "weeks", "week", "wks":
			return x
		case "months", "month":
			return x * 52 / 12
		}
	}
	return 0
}

// weekKind reports whether the segment names a kind of week: "weeks"
// after a word that is not a count ("day weeks", "night weeks", "other
// weeks", "big weeks", "on-call weeks").
func weekKind(toks []token, from, to, sent int) bool {
	for i := max(from, 1); i < to && i < len(toks); i++ {
		if toks[i].sent != sent || toks[i].text != "weeks" && toks[i].text != "week" {
			continue
		}
		switch w := toks[i-1].text; w {
		case "a", "per", "each", "every", "this", "next", "the", "few", "couple", "of", "last", "two", "three", "four", "in", "one", "1":
		default:
			if !toks[i-1].isNum {
				return true
			}
		}
	}
	return false
}

// weekShare reads "one week in four" (on call, nothing done): the share
// of weeks left, 3/4; 1 when the message says no such thing.
func (n *nlu) weekShare(toks []token) float64 {
	for i := 0; i+3 < len(toks); i++ {
		if (toks[i].text == "one" || toks[i].text == "1") && (toks[i+1].text == "week" || toks[i+1].text == "weeks") {
			j := i + 2
			if toks[j].text == "out" && toks[j+1].text == "of" {
				j++
			}
			if toks[j].text == "in" || toks[j].text == "of" {
				if x, _, _, ok := n.amountAt(toks, j+1); ok && x >= 2 && x <= 8 {
					return (x - 1) / x
				}
			}
		}
	}
	return 1
}

// unavailableAfter reports whether the words at i say the days before
// them are out: "are out", "is busy", "impossible", "not possible".
func unavailableAfter(toks []token, i int) bool {
	person := false
	if i < len(toks) && (toks[i].text == "are" || toks[i].text == "is" || toks[i].text == "im") {
		person = toks[i].text == "im"
		i++
	} else if i+1 < len(toks) && toks[i].text == "i" && (toks[i+1].text == "am" || toks[i+1].text == "m") {
		person = true
		i += 2
	}
	if person {
		// "weekdays I am too tired" (dev42)
		k := i
		for k < len(toks) && (toks[k].text == "too" || toks[k].text == "so" || toks[k].text == "very" || toks[k].text == "always" || toks[k].text == "just" || toks[k].text == "usually") {
			k++
		}
		if k < len(toks) && toks[k].clause == toks[i-1].clause {
			switch toks[k].text {
			case "tired", "exhausted", "dead", "wiped", "knackered", "drained", "beat", "fried", "cooked", "zonked", "busy", "swamped":
				return true
			}
		}
	}
	if i+1 < len(toks) && toks[i].clause == toks[i-1].clause {
		switch {
		case toks[i].text == "for" && forOtherThings(toks, i+1):
			// "weekend is for family", "weekends are for my part time
			// job"
			return true
		case (toks[i].text == "i" || toks[i].text == "we") && (toks[i+1].text == "rest" || toks[i+1].text == "relax" || toks[i+1].text == "sleep" || toks[i+1].text == "work"):
			// "on weekends I rest"
			return true
		}
	}
	if i >= len(toks) {
		return false
	}
	if i+2 < len(toks) && toks[i+1].clause == toks[i].clause && (toks[i+1].text == "no" && toks[i+2].text == "time" || toks[i+1].text == "impossible" || toks[i+1].text == "busy") {
		// "weekday 996 no time", "weekdays overtime impossible"
		return true
	}
	if person && toks[i].text == "off" {
		// "Fridays I'm off the grid"
		return true
	}
	if (toks[i].text == "cant" || toks[i].text == "cannot") && (i+1 >= len(toks) || toks[i+1].clause != toks[i].clause || toks[i+1].text == "because" || toks[i+1].text == "cause" || toks[i+1].text == "coz" || toks[i+1].text == "cuz" || toks[i+1].text == "bc") {
		// "weekend can't, kids", Malay "weekend tak boleh sebab
		// anak-anak" (weekends can't, because of the kids); but
		// "weekends can't do more than 2" says how much.
		return true
	}
	if (toks[i].text == "no" || toks[i].text == "nah") && i+1 < len(toks) && correctionCue[toks[i+1].text] && toks[i+1].text != "no" {
		// "2 hrs sun, no wait 4 on sat": a correction, not Sunday
		// refused.
		return false
	}
	switch toks[i].text {
	case "holiday", "holidays":
		// "Daily 1 hour after office I can give, Sunday holiday" (dev48):
		// the day the office is shut, not a day of study ("Friday is
		// holiday so Friday 3 hours": its own amount follows; dev49).
		return i+1 >= len(toks) || toks[i+1].clause != toks[i].clause || toks[i+1].text == "so" || toks[i+1].text == "and" || toks[i+1].text == "but"
	case "out", "busy", "impossible", "excluded", "taken", "blocked", "not", "no", "nothing", "none", "zero", "nada":
		if toks[i].text == "no" && i+2 < len(toks) && toks[i+1].text != "time" && toks[i+1].text != "way" && toks[i+2].text == "then" && lastOfClause(toks, i+2) {
			// "mondays and tuesdays, no market then, 2 hrs each"
			// (dev91): why the days are free, not days refused.
			return false
		}
		// ("in het weekend niks": "weekend nothing"; but "weekdays,
		// none on saturday" is about Saturday)
		if i+1 < len(toks) && toks[i+1].clause == toks[i].clause && (toks[i+1].text == "on" || toks[i+1].text == "at" || isDayName(toks[i+1].text)) && toks[i].clause != toks[i-1].clause {
			return false
		}
		return !(i+1 < len(toks) && toks[i+1].isNum)
	case "rest", "resting", "family":
		// "los fines de semana descanso" (weekends I rest); "weekends
		// are family time"
		return !(i+1 < len(toks) && toks[i+1].isNum)
	}
	return false
}

// forOtherThings reports whether the words at i name what time is taken
// by: "family", "my kids", "my part time job".
func forOtherThings(toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+3 && toks[j].clause == toks[i].clause; j++ {
		switch toks[j].text {
		case "family", "kids", "rest", "church", "sleep", "job", "work", "chores", "shifts", "gig", "gigs", "children", "football", "sports":
			return true
		}
	}
	return false
}

// addDayNames adds the days a weekday-name span names to names, with
// every day between for a range ("monday until friday", "mon-thu").
func addDayNames(toks []token, d span, names map[string]bool, in func(int) bool) {
	for i := d.from; i < d.to; i++ {
		if _, ok := weekdayNames[dayName(toks[i].text)]; ok {
			names[dayName(toks[i].text)] = true
		}
	}
	if d.to+1 < len(toks) && in(d.to+1) {
		switch toks[d.to].text {
		case "-", "to", "until", "till", "through", "thru", "a", "al", "hingga", "au", "tot", "bis", "from":
			// ("from" between two days is a range said with postpositions:
			// Korean "월요일부터 토요일까지", Banglish "shonibar theke
			// brihoshpotibar": Monday-from Saturday-until.)
			if last, ok := weekdayNames[dayName(toks[d.to+1].text)]; ok {
				first := weekdayNames[dayName(toks[d.from].text)]
				for wd := first; wd != last; wd = (wd + 1) % 7 {
					names[dayName(strings.ToLower(wd.String()))] = true
				}
				names[dayName(toks[d.to+1].text)] = true
			}
		}
	}
}

// exceptBefore reports whether "except", "excluding" or "but not" (and
// perhaps "the" or "on") stands right before token i.
func exceptBefore(toks []token, i int) bool {
	j := i - 1
	// ("sauf le dimanche", "excepto los domingos", "ella l a7ad": the
	// article of the language the gloss leaves as it is.)
	if j >= 0 && (toks[j].text == "the" || toks[j].text == "my" || dayArticle[toks[j].text]) {
		j--
	}
	if j >= 0 && (toks[j].text == "on" || toks[j].text == "at" || toks[j].text == "for") {
		j--
	}
	if j < 0 || toks[j].clause != toks[i].clause {
		return false
	}
	switch toks[j].text {
	case "except", "excluding", "without", "minus", "nothing", "none", "zero", "nada":
		// ("an hour a day, nothing on weekends")
		return true
	case "not":
		return j > 0 && toks[j-1].text == "but"
	}
	return false
}

// dayArticle are other languages' articles before a day name, which the
// gloss leaves alone: "le", "los", "la", "las", "il", "o", "os", "l".
var dayArticle = map[string]bool{"le": true, "los": true, "la": true, "las": true, "il": true, "o": true, "os": true, "l": true}

// vaguelyMoreOn reports "more on", "a bit more at", "extra on" just
// before the day words at i.
func vaguelyMoreOn(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].text == "the" {
		j--
	}
	if j >= 0 && (toks[j].text == "on" || toks[j].text == "at" || toks[j].text == "during") {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].text {
	case "more", "extra", "longer", "less":
		return true
	}
	return false
}

// exceptWords just before a day name leave it out: "except sundays",
// "but not fridays", "no sundays".
var exceptWords = map[string]bool{"except": true, "not": true, "no": true, "minus": true, "excluding": true, "without": true, "but": true}

// duringTheWeek reports whether "in the week" / "during the week" opens
// an amount given per evening or day ("each evening", "every day"): the
// weekdays, not a week's total.
func duringTheWeek(toks []token, d span, segFrom, segTo int) bool {
	// "in the week", "during the week"; Polish "w tygodniu" reads "w
	// week".
	during := d.from >= 2 && toks[d.from-1].text == "the" && (toks[d.from-2].text == "in" || toks[d.from-2].text == "during") ||
		d.from >= 1 && toks[d.from-1].text == "w"
	if !during {
		return false
	}
	for i := d.to; i < segTo && i < len(toks) && i <= d.to+5 && toks[i].sent == toks[d.from].sent; i++ {
		if toks[i].text == "daily" || i+1 < len(toks) && (toks[i].text == "each" || toks[i].text == "every" || toks[i].text == "per" || toks[i].text == "a") && partOfDay(toks[i+1].text) {
			return true
		}
	}
	return false
}

// saysLetsSay reports whether "let's say", "call it" or "put me down for"
// stands right before the number at i.
func saysLetsSay(toks []token, i int) bool {
	return i >= 2 && toks[i-1].text == "say" && (toks[i-2].text == "lets" || toks[i-2].text == "let") ||
		i >= 2 && toks[i-1].text == "it" && toks[i-2].text == "call" ||
		i >= 3 && toks[i-1].text == "for" && toks[i-2].text == "down" && toks[i-3].text == "me"
}

// statedTotal finds a week's total said outright after a schedule: "8
// total", "8 hrs in total", "call it 8", "say 8 total".
func statedTotal(toks []token) (float64, int, bool) {
	for i := len(toks) - 1; i >= 1; i-- {
		t := toks[i]
		if !t.isNum || t.ord || t.clock || t.num < MinHours || t.num > MaxHours || moneyBefore(toks[i-1].text) {
			continue
		}
		j := i + 1
		if j < len(toks) {
			switch toks[j].text {
			case "hours", "hour", "hrs", "hr", "h":
				j++
			}
		}
		total := j < len(toks) && (toks[j].text == "total" || toks[j].text == "overall" || toks[j].text == "altogether" || toks[j].text == "in" && j+1 < len(toks) && toks[j+1].text == "total")
		if total {
			j++
		}
		callIt := i >= 2 && toks[i-1].text == "it" && toks[i-2].text == "call"
		// A part of the week ("weekend 5 hours total", "5 hours total over
		// the weekend") or another period ("call it 30 a month") is not
		// the week's total.
		for k := i - 1; k >= 0 && k >= i-4 && toks[k].clause == t.clause; k-- {
			if daySetWord(toks[k].text) {
				return 0, 0, false
			}
		}
		for k := j; k < len(toks) && toks[k].clause == t.clause; k++ {
			// Only "a week" and hedges may follow: "call it 30 a month",
			// "call it 2 or 3 hours a day", "60 hours total over the next
			// 12 weeks", "5 hours total over the weekend" are something
			// else.
			switch toks[k].text {
			case "a", "per", "week", "wk", "weekly", "tops", "max", "or", "so", "ish", "maybe", "probably", "realistically", "honestly", "lol", "then", "i", "think", "guess", "ok", "okay":
			default:
				if !toks[k].punct {
					return 0, 0, false
				}
			}
		}
		if total || callIt && unquantifiedMore(toks[:i]) {
			return t.num, i, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// unquantifiedMore reports whether a schedule leaves a part without an
// amount ("weekends more", "more on weekends"): "call it 8" after it is
// the week's total. (After a full schedule, "call it N" keeps the
// reading it had: a report-only set lost a conversation when it always
// won.)
func unquantifiedMore(toks []token) bool {
	for _, t := range toks {
		if t.text == "more" || t.text == "extra" {
			return true
		}
	}
	return false
}

// clockPrep are words before a bare number that make it a time of day:
// "done by 3", "at 6", "until 9".
var clockPrep = map[string]bool{"by": true, "at": true, "until": true, "till": true, "til": true, "around": true, "past": true}

// weekKinds are words that make "week" a kind of week ("the night shift
// week", "my on-call week", "exam week") rather than a unit.
var weekKinds = map[string]bool{
	"shift": true, "night": true, "nights": true, "early": true, "late": true, "oncall": true, "call": true,
	"work": true, "busy": true, "exam": true, "exams": true, "holiday": true, "vacation": true, "school": true,
	"term": true, "rotation": true, "off": true, "heavy": true, "light": true, "crunch": true, "release": true,
	"morning": true, "afternoon": true, "evening": true, "home": true,
	// "in free week 2 hours every day" (a roster's week off)
	"free": true,
}

// weekIsPeriod reports whether the week span d is the period of the
// amount at from ("2 hours a week"), not another week: a rotation's
// length ("3 weeks away, 1 week home", "week on week off", "on my week
// off"), the work week of another clause ("We work 6 days a week, I can
// study 1 hour after duty each day") or a kind of week ("also in the
// night shift week", "the on week").
func weekIsPeriod(toks []token, d span, from int) bool {
	if d.from > 0 && toks[d.from-1].isNum && d.to < len(toks) && rotationPhase[toks[d.to].text] || weekOnWeekOff(toks, d) {
		return false
	}
	if d.from > 0 && d.to < len(toks) && toks[d.to].text == "off" && (toks[d.from-1].text == "my" || toks[d.from-1].text == "the") {
		return false
	}
	if toks[d.from].clause != toks[from].clause && workClause(toks, toks[d.from].clause) {
		return false
	}
	// ("day week daily 1 hour, night week only sunday": Hindi "din wale
	// hafte", the day-shift weeks; dev43. But "a 4 day week" is a count.)
	dayKind := d.from > 1 && toks[d.from-1].text == "day" && !toks[d.from-2].isNum && toks[d.from-2].text != "a"
	return !(d.from > 0 && (weekKinds[toks[d.from-1].text] || dayKind || onWeek(toks, d.from)))
}

// weekOnWeekOff reports whether the week span d is one of "week on week
// off" ("week in, week out").
func weekOnWeekOff(toks []token, d span) bool {
	isWeek := func(i int) bool {
		return i >= 0 && i < len(toks) && (toks[i].text == "week" || toks[i].text == "weeks")
	}
	phase := func(i int) bool {
		return i >= 0 && i < len(toks) && (toks[i].text == "on" || toks[i].text == "off" || toks[i].text == "in" || toks[i].text == "out")
	}
	return phase(d.to) && isWeek(d.to+1) || phase(d.from-1) && isWeek(d.from-2)
}

// rotationPhase words after "N weeks" make them a rotation's phase.
var rotationPhase = map[string]bool{"home": true, "off": true, "on": true, "away": true, "offshore": true, "onshore": true, "out": true, "in": true}

// onWeek reports "the on week", "my on weeks", "the other week": a half
// of a week-on/week-off rotation, a kind of week.
func onWeek(toks []token, i int) bool {
	if i < 2 || toks[i-1].text != "on" && toks[i-1].text != "other" {
		return false
	}
	switch toks[i-2].text {
	case "the", "my", "an", "our", "those", "these":
		return true
	}
	return false
}

// isDayName reports whether w names a day of the week.
func isDayName(w string) bool {
	_, ok := weekdayNames[dayName(w)]
	return ok
}

// daysOffAt reports whether the words at i say "days off" ("day off",
// "days off", "dayoff", "daysoff"; the lexicon merges "off days") and
// where they end.
func daysOffAt(toks []token, i int) (end int, ok bool) {
	switch t := toks[i].text; {
	case t == "daysoff" || t == "dayoff":
		return i + 1, true
	case (t == "day" || t == "days") && i+1 < len(toks) && toks[i+1].text == "off":
		return i + 2, true
	case (t == "home" || t == "free" || t == "rest") && i+1 < len(toks) && (toks[i+1].text == "days" || toks[i+1].text == "day"):
		// ("on my free days I can study 2 hours", "rest days")
		// "home days 2 hrs a day" (a roster's days at home)
		return i + 2, true
	case (t == "days" || t == "day") && i+1 < len(toks) && toks[i+1].text == "home" && !(i > 0 && toks[i-1].isNum):
		// "days home", but not "6 days home" (a rotation's count)
		return i + 2, true
	case t == "other" && i > 0 && i+1 < len(toks) && (toks[i+1].text == "days" || toks[i+1].text == "day") && (toks[i-1].text == "the" || toks[i-1].text == "my"):
		// "I work 3 night shifts, 2 hrs on the other days"
		return i + 2, true
	case toks[i].isNum && i > 0 && i+1 < len(toks) && toks[i+1].text == "off" && (toks[i-1].text == "my" || toks[i-1].text == "the" || toks[i-1].text == "those"):
		// "on my 14 off i could do 2 hrs a day"
		return i + 2, true
	}
	return i, false
}

// daysOffCount reads "4 days off", "2 folgas" anywhere in the message:
// how many days off a week the learner has, or 0.
func (n *nlu) daysOffCount(toks []token) float64 {
	// "4 on 4 off. that's 3-4 days off a week": the count said per week
	// wins over a roster's.
	for i := 0; i+1 < len(toks); i++ {
		x, j, _, ok := n.amountAt(toks, i)
		if !ok || x < 1 || x > 7 || j >= len(toks) {
			continue
		}
		if end, off := daysOffAt(toks, j); off && end+1 < len(toks) && (toks[end].text == "a" || toks[end].text == "per") && strings.HasPrefix(toks[end+1].text, "week") {
			return x
		}
		// "los días libres 2 horas, tengo 3 libres por semana" (have 3
		// free a week): the days off named elsewhere, counted here.
		if (toks[j].text == "free" || toks[j].text == "off") && j+2 < len(toks) && (toks[j+1].text == "a" || toks[j+1].text == "per") && strings.HasPrefix(toks[j+2].text, "week") && mentionsDaysOff(toks) {
			return x
		}
	}
	// "my off days is 2 per week"
	for i := 0; i+2 < len(toks); i++ {
		if end, off := daysOffAt(toks, i); off && end+1 < len(toks) && (toks[end].text == "is" || toks[end].text == "are") && toks[end+1].isNum && toks[end+1].num >= 1 && toks[end+1].num <= 7 {
			return toks[end+1].num
		}
	}
	// "3 hrs on each of my days off, i get 2 a week"
	for i := 0; i+3 < len(toks); i++ {
		if (toks[i].text == "get" || toks[i].text == "have") && toks[i+1].isNum && toks[i+1].num >= 1 && toks[i+1].num <= 6 &&
			(toks[i+2].text == "a" || toks[i+2].text == "per") && strings.HasPrefix(toks[i+3].text, "week") && mentionsDaysOff(toks) {
			return toks[i+1].num
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		x, j, _, ok := n.amountAt(toks, i)
		if !ok || x < 1 || x > 7 || j >= len(toks) {
			continue
		}
		if _, off := daysOffAt(toks, j); off {
			return x
		}
	}
	return 0
}

// mentionsDaysOff reports whether the words speak of days off.
func mentionsDaysOff(toks []token) bool {
	for i := range toks {
		if _, off := daysOffAt(toks, i); off {
			return true
		}
	}
	return false
}

// daysOffPerWeek reports whether the days off are said per week: "4 off
// days a week on average".
func (n *nlu) daysOffPerWeek(toks []token) bool {
	for i := range toks {
		end, off := daysOffAt(toks, i)
		if !off {
			continue
		}
		for k := end; k < len(toks) && k <= end+2; k++ {
			if strings.HasPrefix(toks[k].text, "week") {
				return true
			}
		}
		// "most weeks that's 4 days off"
		for k := max(i-5, 0); k < i; k++ {
			if strings.HasPrefix(toks[k].text, "week") && toks[k].sent == toks[i].sent {
				return true
			}
		}
	}
	return false
}

// rotationOffDays reads a work rotation, "24 on 48 off", "14 on 14 off",
// "24/48" beside work words: the days off it gives in an average week
// (7 x off / (on + off), whether the numbers count hours or days).
func rotationOffDays(toks []token) float64 {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].isNum || toks[i].clock {
			continue
		}
		on, off := toks[i].num, 0.0
		switch {
		case i+2 >= len(toks):
		case toks[i+1].text == "x"+toks[i].text && rotationWordNear(toks, i):
			// "7x7 shift", "14x14 roster" (read as "7", "x7"); "3x12"
			// is three twelve-hour shifts, so only an even one.
			off = on
		case toks[i+1].text == "on" && toks[i+2].isNum && i+3 < len(toks) && toks[i+3].text == "off":
			off = toks[i+2].num
		case (toks[i+1].text == "days" || toks[i+1].text == "nights") && i+5 < len(toks) && (toks[i+2].text == "work" || toks[i+2].text == "working" || toks[i+2].text == "on" || toks[i+2].text == "then") && toks[i+3].isNum && toks[i+4].text == "days" && (toks[i+5].text == "off" || toks[i+5].text == "rest" || toks[i+5].text == "home"):
			// "4 days work 2 days off", "I work 2 days, then 2 days off",
			// "14 days work, 14 days rest" (dev41)
			off = toks[i+3].num
		case (toks[i+1].text == "and" || toks[i+1].text == "&" || toks[i+1].text == ":") && toks[i+2].isNum && on <= 4 && toks[i+2].num <= 4 && rotationWordNear(toks, i):
			// "2 and 1 roster" (FIFO: weeks on and off)
			off = toks[i+2].num
		case (toks[i+1].text == "days" || toks[i+1].text == "weeks") && i+4 < len(toks) && (toks[i+2].text == "and" || toks[i+2].text == "then") && (toks[i+3].text == "rest" || toks[i+3].text == "off" || toks[i+3].text == "home") && toks[i+4].isNum && toks[i+4].num == on:
			// "I work 7 days and rest 7 days" (dev41)
			off = toks[i+4].num
		case toks[i].num == 2 && toks[i+1].text == "-" && i+4 < len(toks) && toks[i+2].isNum && toks[i+2].num == 2 && toks[i+3].text == "-" && toks[i+4].isNum && toks[i+4].num == 3:
			// "a 2-2-3 rotation": 7 days on and 7 off over two weeks
			// (dev41)
			return 3.5
		case toks[i+1].text == "days" && daysHomeAfter(toks, i+2) > 0:
			// "14 days at mine, 14 days home"
			off = daysHomeAfter(toks, i+2)
		case i+3 < len(toks) && (toks[i+1].text == "days" || toks[i+1].text == "nights" || toks[i+1].text == "hours" || toks[i+1].text == "weeks") && toks[i+2].text == "on" && toks[i+3].isNum:
			off = toks[i+3].num
		case toks[i+1].text == "/" && toks[i+2].isNum && (on == 12 || on == 24 || on == 48 || on == toks[i+2].num && on >= 7 || on <= 28 && toks[i+2].num <= 28 && on+toks[i+2].num >= 7) && rotationWordNear(toks, i):
			// ("an 8/6 roster (8 days on site, 6 at home)")
			off = toks[i+2].num
		}
		if x, ok := xNumber(toks[i+1].text); ok && off == 0 {
			switch {
			case on >= 2 && on <= 14 && x >= 1 && x <= 7 && x < on && mentionsDaysOff(toks):
				// "Trabajo 6x2 ... en los francos": days on, days off (but
				// "3x12" is three 12-hour shifts, "4x10s" four 10s).
				off = x
			case (on == 12 || on == 24) && x >= 24 && math.Mod(on+x, 24) == 0:
				// "plantão 12x36", "24x48": hours on and off; the shift's
				// day is worked, the cycle's other days are off.
				days := (on + x) / 24
				return 7 * (days - 1) / days
			}
		}
		// ("48 on, 96 off": hours, whole days of them.)
		if on > 0 && off > 0 && (on <= 60 && off <= 60 || math.Mod(on, 24) == 0 && math.Mod(off, 24) == 0 && on+off <= 24*30) {
			return 7 * off / (on + off)
		}
	}
	// "2 days, 2 nights, 4 off": a cycle of 8 days, 4 of them off.
	on := 0.0
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].isNum || toks[i].clock {
			continue
		}
		switch toks[i+1].text {
		case "days", "nights", "day", "night", "earlies", "lates", "on", "mornings", "afternoons", "evenings":
			if toks[i].num <= 7 {
				on += toks[i].num
			}
		case "off", "daysoff", "dayoff":
			// ("seis días y dos francos": 6 days and 2 days off)
			if on > 0 && toks[i].num <= 7 && on+toks[i].num != 7 {
				return 7 * toks[i].num / (on + toks[i].num)
			}
			return 0
		}
	}
	return 0
}

// xNumber reads the second number of "6x2", "12x36" (tokenized "6",
// "x2").
func xNumber(w string) (float64, bool) {
	if !strings.HasPrefix(w, "x") {
		return 0, false
	}
	x, err := strconv.ParseFloat(w[1:], 64)
	return x, err == nil
}

// manyDaysOff reads more than a week's days off: "12 days off a month"
// is 12/4.35 a week; "14 days off" (the off half of a rotation) is every
// day of the week. 0 when the message says no such thing.
func manyDaysOff(toks []token) float64 {
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].isNum || toks[i].num <= 7 || toks[i].num > 31 {
			continue
		}
		j, off := daysOffAt(toks, i+1)
		if !off {
			continue
		}
		for k := j; k < len(toks) && k <= j+2; k++ {
			if toks[k].text == "month" || toks[k].text == "monthly" {
				return toks[i].num * 7 / 30.44
			}
		}
		return 7
	}
	return 0
}

// longDaysOff reports "14 days off": a stretch off longer than a week.
func longDaysOff(toks []token) bool { return manyDaysOff(toks) == 7 }

// rotationShare is the share of weeks with study time when the message
// names an even rotation ("2 weeks in, 2 weeks out", "week on week off",
// "14 days on and 14 off") and a phase with nothing: 1/2; else 1.
//
// offPhaseOnly says the amount is for one kind of week ("in my off week 2
// hrs a day"), so the other half has nothing without saying so.
func rotationShare(toks []token, offPhaseOnly bool) float64 {
	even, nothing := false, saysNothing(toks)
	// "I can only study onshore": the other half of the rotation has
	// nothing.
	for i := 0; i+1 < len(toks) && !nothing; i++ {
		if toks[i].text == "only" && (toks[i+1].text == "study" || toks[i+1].text == "learn" || i+2 < len(toks) && (toks[i+2].text == "study" || toks[i+2].text == "learn")) {
			nothing = true
		}
	}
	for i, t := range toks {
		// "week on week off"
		if t.text == "week" && i+3 < len(toks) && (toks[i+1].text == "on" || toks[i+1].text == "in") && toks[i+2].text == "week" && (toks[i+3].text == "off" || toks[i+3].text == "out") {
			even = true
		}
		// "rotation 28/28"
		if t.isNum && t.num >= 7 && i+2 < len(toks) && toks[i+1].text == "/" && toks[i+2].isNum && toks[i+2].num == t.num && rotationWordNear(toks, i) {
			even = true
		}
		// "7x7 roster" (read as "7", "x7")
		if t.isNum && t.num >= 7 && i+1 < len(toks) && toks[i+1].text == "x"+t.text && rotationWordNear(toks, i) {
			even = true
		}
		// "about half at sea half at home"
		if t.text == "half" && i > 0 {
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				if toks[j].text == "half" {
					even = true
				}
			}
		}
		// "i work 7 days then 7 off"
		if t.isNum && t.num >= 7 && i+4 < len(toks) && toks[i+1].text == "days" && (toks[i+2].text == "then" || toks[i+2].text == "and" || toks[i+2].text == ",") && toks[i+3].isNum && toks[i+3].num == t.num && toks[i+4].text == "off" {
			even = true
		}
		// "7 on / 7 off", "14 on 14 off": even days on and off.
		if t.isNum && t.num >= 7 && i+3 < len(toks) && toks[i+1].text == "on" {
			j := i + 2
			if toks[j].text == "/" || toks[j].text == "and" || toks[j].text == "," {
				j++
			}
			if j+1 < len(toks) && toks[j].isNum && toks[j].num == t.num && toks[j+1].text == "off" {
				even = true
			}
		}
		// "2 weeks in, 2 weeks out", "14 days on and 14 days off",
		// "28 days offshore, 28 days onshore"
		if t.isNum && i+2 < len(toks) && (toks[i+1].text == "weeks" || toks[i+1].text == "days" && t.num >= 7) && (toks[i+2].text == "in" || toks[i+2].text == "on" || toks[i+2].text == "offshore" || toks[i+2].text == "away") {
			for j := i + 3; j+2 < len(toks) && j <= i+5; j++ {
				if toks[j].isNum && toks[j].num == t.num && (toks[j+1].text == toks[i+1].text && (toks[j+2].text == "out" || toks[j+2].text == "off" || toks[j+2].text == "home" || toks[j+2].text == "ashore" || toks[j+2].text == "onshore") || toks[j+1].text == "off" || toks[j+1].text == "out" || toks[j+1].text == "home") {
					even = true
				}
			}
		}
	}
	on, off, weeks := weekRotation(toks)
	if weeks && on == off {
		// "out in the park 2 weeks and home 2 weeks"
		even = true
	}
	if weeks && nothing && on != off {
		// "2 weeks on 1 off. on site nothing, off week 2 hrs a day":
		// the off weeks' share (or the on weeks', when the nothing is
		// said of the off weeks).
		if nothingOffPhase(toks) {
			return on / (on + off)
		}
		return off / (on + off)
	}
	if (even || longDaysOff(toks)) && (nothing || offPhaseOnly) {
		return 0.5
	}
	return 1
}

// weekRotation reads "2 weeks on 1 off", "3 weeks away, 1 week home":
// the weeks on and off.
func weekRotation(toks []token) (on, off float64, ok bool) {
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i].isNum || toks[i+1].text != "weeks" && toks[i+1].text != "week" {
			continue
		}
		out := toks[i+2].text == "out"
		switch w := toks[i+2].text; {
		case w == "on" || w == "in" || w == "away" || w == "offshore" || w == "onsite" || w == "out":
		case (w == "at" || w == "w" || w == "na") && awayPlace[toks[i+3].text]:
			// "2 weeks at camp", Polish "2 tygodnie w trasie" (on the road)
		case (w == "then" || w == "and") && i > 0 && (toks[i-1].text == "work" || toks[i-1].text == "working" || i > 1 && toks[i-2].text == "work"):
			// "I work 2 weeks, then 1 week free"
		default:
			continue
		}
		for j := i + 3; j < len(toks) && j <= i+5; j++ {
			// ("2 weeks on the road, a week at home": a week alone is one.)
			one := (toks[j].text == "week" || toks[j].text == "weeks") && !toks[j-1].isNum
			if !toks[j].isNum && !one {
				continue
			}
			n := 1.0
			k := j + 1
			if toks[j].isNum {
				n = toks[j].num
				if k < len(toks) && (toks[k].text == "weeks" || toks[k].text == "week") {
					k++
				}
			}
			if k+1 < len(toks) && (toks[k].text == "at" || toks[k].text == "w" || toks[k].text == "in") && toks[k+1].text == "home" {
				k++
			}
			// ("2 weeks out, 4 weeks home": out is away.)
			if k < len(toks) && (toks[k].text == "off" || toks[k].text == "home" || toks[k].text == "free" || toks[k].text == "out" && !out) && toks[i].num > 0 && n > 0 && toks[i].num <= 8 && n <= 8 {
				return toks[i].num, n, true
			}
			break
		}
	}
	// "I'm out in the park 2 weeks and home 2 weeks", "at the camp 2
	// weeks, home 2": the place said around each count of weeks.
	var at []int
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].isNum && toks[i].num > 0 && toks[i].num <= 8 && (toks[i+1].text == "weeks" || toks[i+1].text == "week") {
			at = append(at, i)
		}
	}
	for k := 0; k+1 < len(at); k++ {
		a, b := at[k], at[k+1]
		if toks[a].sent != toks[b].sent {
			continue
		}
		if weekPlace(toks, max(0, a-4), a+2, a) == "on" && weekPlace(toks, a+2, min(len(toks), b+3), b) == "off" {
			return toks[a].num, toks[b].num, true
		}
	}
	return 0, 0, false
}

// weekPlace says whether the words in [from, to) around a count of weeks
// at i place it away ("on": out, park, camp, site, at sea) or at home
// ("off"), or neither.
func weekPlace(toks []token, from, to, i int) string {
	return phaseIn(toks, from, to, func(j int) bool { return j != i && (toks[j].clause == toks[i].clause || toks[j].sent == toks[i].sent) }, awayPlace)
}

// nothingOffPhase reports whether the "nothing" is said of the weeks off
// or at home ("home weeks nothing", "nothing on my off weeks").
func nothingOffPhase(toks []token) bool {
	for i, t := range toks {
		if t.text != "nothing" && t.text != "none" && t.text != "zero" {
			continue
		}
		for j := max(0, i-3); j < len(toks) && j <= i+3; j++ {
			if j == i || toks[j].clause != t.clause {
				continue
			}
			switch toks[j].text {
			case "off", "home":
				return true
			case "on", "site", "onsite", "offshore", "away", "sea", "rig":
				return false
			}
		}
	}
	return false
}

// saysNothing reports whether some time is said to have no study in it:
// "nothing", "never", "zero", "none", "no time", "no study".
func saysNothing(toks []token) bool {
	for i, t := range toks {
		switch t.text {
		case "nothing", "never", "zero", "none":
			return true
		case "no":
			if i+1 < len(toks) && (toks[i+1].text == "time" || toks[i+1].text == "study" || toks[i+1].text == "studying" || toks[i+1].text == "chance" || toks[i+1].text == "way") {
				return true
			}
		}
	}
	return false
}

// rotationWordNear reports whether work words stand near token i: "I
// work 24/48", "shifts 24/48".
func rotationWordNear(toks []token, i int) bool {
	for j := max(0, i-3); j < len(toks) && j <= i+5; j++ {
		switch toks[j].text {
		case "work", "working", "shift", "shifts", "rotation", "roster", "duty", "daysoff", "dayoff", "off", "swing", "hitch":
			return true
		}
	}
	return false
}

// workDays reads how many days a week the learner works: "I work 3x12s",
// "work 4 days", "5 shifts a week". 0 when the message does not say.
func (n *nlu) workDays(toks []token) float64 {
	for i := 0; i < len(toks); i++ {
		x, j, _, ok := n.amountAt(toks, i)
		if !ok || toks[i].text == "a" || toks[i].text == "an" || x < 1 || x > 6 || j >= len(toks) || x != math.Trunc(x) {
			continue
		}
		// "three 12h shifts", "4 ten-hour shifts": the shift's length
		// between the count and "shifts".
		if j+2 < len(toks) && toks[j].isNum {
			if _, _, isUnit := unitOf(toks[j+1].text); isUnit && (toks[j+2].text == "shifts" || toks[j+2].text == "shift") {
				return x
			}
		}
		if shiftsPerWeekAt(toks, i) {
			return x
		}
		if j+1 < len(toks) && toks[j].isNum && (toks[j].num == 8 || toks[j].num == 10 || toks[j].num == 12 || toks[j].num == 24) && toks[j+1].text == "s" {
			// "three 12s a week" (read "three", "12", "s")
			return x
		}
		switch w := toks[j].text; {
		case strings.HasPrefix(w, "x1") || w == "x" || w == "shifts" || w == "shift" || w == "twelves" || w == "tens":
			return x
		case (w == "night" || w == "day" || w == "late" || w == "early" || w == "long") && j+1 < len(toks) && (toks[j+1].text == "shifts" || toks[j+1].text == "shift"):
			// "3 night shifts", "4 long shifts"
			return x
		case w == "on" && j+2 < len(toks) && toks[j+1].isNum && toks[j+2].text == "off" && x+toks[j+1].num == 7:
			// "roster is 5 on 2 off"
			return x
		case w == "days" || w == "day" || w == "nights":
			if j+1 < len(toks) && toks[j+1].text == "on" {
				// "4 nights on 3 off": a roster's days on.
				return x
			}
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if toks[k].text == "work" || toks[k].text == "working" {
					return x
				}
			}
		}
	}
	return 0
}

// weekendDayAfter reports whether Saturday or Sunday is named at i or
// after "on the" there: "4 sun", "4 on the sun".
func weekendDayAfter(toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+2 && toks[j].clause == toks[min(i, len(toks)-1)].clause; j++ {
		if weekendDay(toks[j].text) {
			return true
		}
		if toks[j].text != "on" && toks[j].text != "the" {
			return false
		}
	}
	return false
}

// weekendDay reports whether w names Saturday or Sunday.
func weekendDay(w string) bool {
	if !isDayName(w) {
		return false
	}
	d := dayName(w)
	return d == "sat" || d == "sun"
}

// nowClause reports whether a clause says "now": "right now", "at the
// moment", "currently", "for now", "this month".
func nowClause(toks []token, clause int) bool {
	for i, t := range toks {
		if t.clause != clause {
			continue
		}
		switch t.text {
		case "now", "currently", "rn", "atm", "nowadays":
			return true
		case "moment":
			return i > 1 && toks[i-2].text == "at"
		}
	}
	return false
}

// laterClause reports whether a clause puts its amount later: "after
// jan", "from february", "once the season ends", "in summer", "in
// march", "later".
func laterClause(toks []token, clause int) bool {
	for i, t := range toks {
		if t.clause != clause {
			continue
		}
		if t.text == "later" || t.text == "afterwards" {
			return true
		}
		if i+1 >= len(toks) || toks[i+1].clause != clause {
			continue
		}
		w := toks[i+1].text
		_, month := monthNames[w]
		switch t.text {
		case "after", "from", "once", "starting":
			if month || laterAfter[w] || season[w] {
				return true
			}
		case "in":
			if month || season[w] {
				return true
			}
		}
	}
	return false
}

// laterAfter are words after "after", "from" or "once" that put an
// amount later ("after christmas", "once the season ends"); season the
// seasons ("in summer").
var (
	laterAfter = map[string]bool{"christmas": true, "xmas": true, "harvest": true, "exams": true, "finals": true, "the": true, "new": true, "next": true}
	season     = map[string]bool{"summer": true, "winter": true, "spring": true, "autumn": true, "fall": true}
)

// dayName folds "saturdays", "sat" to "sat".
func dayName(w string) string {
	if len(w) < 3 {
		return w
	}
	return w[:3]
}

// hoursFact combines the amounts of a message into one weekly figure:
// amounts for different days add up ("weekdays 1h, weekends 3h"); a
// correction replaces what came before ("12 hrs. hmm no, more like 5");
// otherwise the last one wins. A bare number after a correction counts as
// hours when the message already spoke of hours.
func (n *nlu) hoursFact(tz *tokenized, f *Frame) (candidate, bool) {
	exprs := n.hoursExprs(tz)
	toks := tz.toks
	var corr [8]span
	corrections := n.corrections.find(toks, corr[:0])
	if len(exprs) > 0 {
		// "more like 5": a number with no unit after a correction.
		last := exprs[len(exprs)-1]
		for _, c := range corrections {
			if c.from < last.to || exprs[len(exprs)-1].from >= c.to {
				// (Two correction words, "wait no, 2": one amount.)
				continue
			}
			for i := c.to; i < len(toks) && i <= c.to+8 && toks[i].sent == toks[c.from].sent; i++ {
				if i+1 < len(toks) && toks[i+1].clause == toks[i].clause {
					switch toks[i+1].text {
					case "days", "nights", "evenings", "mornings", "times", "sessions":
						// "1 hour, but only 5 days in week" (dev72 read
						// 25): how many days, not a corrected amount.
						continue
					}
				}
				if v, end, _, ok := n.amountAt(toks, i); ok && (toks[i].isNum || n.numbers[toks[i].text] > 0) && !countsSomethingElse(toks, end) {
					// It keeps the earlier amount's period: "2 hrs a day...
					// no, more like 1" is 1 a day; but what a schedule is
					// put down as is the week's ("an hour a day, most days,
					// call it 6", dev50; "let's say 5").
					mult, days := last.mult, last.days
					if saysLetsSay(toks, i) && (end >= len(toks) || toks[end].clause != toks[i].clause) {
						mult, days = 1, ""
					}
					exprs = append(exprs, hoursExpr{amount: v, mult: mult, days: days, from: i, to: end})
					break
				}
			}
		}
	}
	if len(exprs) == 1 {
		// "i'll drop to like 3 hrs a week from then. for now 6 is fine"
		// (dev73 took the 3): the amount for now, said after the later
		// one as a bare number.
		for i := 1; i+2 < len(toks); i++ {
			if !(toks[i-1].text == "for" && toks[i].text == "now" || (toks[i-1].text == "till" || toks[i-1].text == "until") && toks[i].text == "then") || i < exprs[0].to {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+3 && toks[j].sent == toks[i].sent; j++ {
				if !toks[j].isNum || toks[j].clock || toks[j].num < 1 || toks[j].num > 60 {
					continue
				}
				if j+1 < len(toks) && toks[j+1].sent == toks[j].sent && !toks[j+1].punct {
					if _, _, unit := unitOf(toks[j+1].text); !unit && toks[j+1].text != "is" && toks[j+1].text != "s" && toks[j+1].text != "works" {
						continue
					}
				}
				exprs = []hoursExpr{{amount: toks[j].num, mult: 1, from: j, to: j + 1}}
				break
			}
		}
	}
	if len(exprs) == 1 {
		// "3 or 4 hrs a week... 3 really", "3 u 4 horas a la semana, 3"
		// (dev96 read 4 and 7): a choice between two amounts, then one
		// of them alone at the end of the message, settles it.
		if v, ok := n.settledChoice(toks, exprs[0]); ok {
			exprs[0].amount = v
		}
	}
	if len(exprs) == 0 {
		// "how long at 5 hrs a week?" ... "ok i'll do 7 then": a bare
		// number someone says they will do is hours a week.
		for i := 1; i+1 < len(toks); i++ {
			if toks[i].text == "do" && (toks[i-1].text == "ill" || toks[i-1].text == "i" || toks[i-1].text == "can" || toks[i-1].text == "could" || toks[i-1].text == "lets") &&
				toks[i+1].isNum && !toks[i+1].clock && toks[i+1].num >= 1 && toks[i+1].num <= 60 &&
				(i+2 >= len(toks) || toks[i+2].clause != toks[i+1].clause || toks[i+2].text == "then" || toks[i+2].text == "instead") {
				exprs = append(exprs, hoursExpr{amount: toks[i+1].num, mult: 1, from: i + 1, to: i + 2})
				break
			}
		}
	}
	// A number put down: "plan for 4", "let's say 5", "make it 6".
	putV, putAt, put := n.putDownAt(toks)
	if len(exprs) == 0 && put && !toks[putAt].ord && (len(corrections) > 0 || saysLetsSay(toks, putAt)) {
		// "Actually scratch the 10 ... Make it 6": a number put down
		// in a correction; "5 is more honest. Let's say 5." put down
		// outright.
		exprs = append(exprs, hoursExpr{amount: putV, mult: 1, from: putAt, to: putAt + 1})
	}
	if v, at, ok := statedTotal(toks); ok && (len(exprs) == 0 || at >= exprs[len(exprs)-1].from) {
		// "school nights maybe an hour, more on weekends, say 8 total",
		// "weeknights an hour, weekends more, call it 8" (a stranger,
		// tenth session: 5 and 56): the week's total, said last, is the
		// answer; the schedule before it only explains it.
		exprs = []hoursExpr{{amount: v, mult: 1, from: at, to: at + 1}}
	}
	if len(exprs) == 0 {
		return candidate{}, false
	}
	// "peak season now so 2 hrs/wk, after jan like 8": the plan starts
	// now, so the amount for now is the one.
	if len(exprs) == 2 && len(corrections) == 0 && nowClause(toks, toks[exprs[0].from].clause) && laterClause(toks, toks[exprs[1].from].clause) {
		exprs = exprs[:1]
	}
	corrected := func(a, b hoursExpr) bool {
		for _, c := range corrections {
			if c.from >= a.to && c.from <= b.from {
				return true
			}
		}
		return false
	}
	if off := rotationOffDays(toks); off > 0 && off < 7 && (len(corrections) == 0 || phasesDistinct(toks, exprs)) {
		// "14/14 rotation. at site 1 hr every night, at home 3 hrs a
		// day": each phase's days at its own rate, averaged over the
		// cycle.
		if v, ok := rotationPhases(toks, exprs, off); ok {
			exprs = []hoursExpr{{amount: v, mult: 1, from: exprs[0].from, to: exprs[len(exprs)-1].to, days: "rotation"}}
		}
	}
	// Amounts for kinds of week average ("day weeks 6, night weeks 2" is
	// 4 a week); a single one is the usual week, less the weeks with
	// nothing ("one week in four").
	var alts []hoursExpr
	var plain []hoursExpr
	for _, e := range exprs {
		if e.alt {
			alts = append(alts, e)
		} else {
			plain = append(plain, e)
		}
	}
	if len(alts) > 0 {
		sum := 0.0
		for _, e := range alts {
			sum += e.amount * e.mult
		}
		avg := sum / float64(len(alts))
		if len(alts) == 1 {
			// "one week in four"; else an even rotation's half ("7 on /
			// 7 off ... on my off week 2 hrs a day, on week nothing").
			share := n.weekShare(toks)
			if on, off, ok := weekRotation(toks); ok && share == 1 && on != off {
				// "2 weeks on 1 week off, on my week off 3 hrs a day": the
				// weeks of the phase the amount is said for, over the
				// cycle.
				share = phaseShare(toks, alts[0].from, on, off, share)
			}
			if share == 1 {
				share = rotationShare(toks, true)
			}
			avg *= share
		}
		last := alts[len(alts)-1]
		exprs = append(plain, hoursExpr{amount: avg, mult: 1, from: alts[0].from, to: last.to, days: "alt"})
		sort.Slice(exprs, func(i, j int) bool { return exprs[i].from < exprs[j].from })
	}
	// named: an amount for days named ("sunday", "the weekend").
	named := func(e hoursExpr) bool {
		return e.days != "" && e.days != "alt" && e.days != "same" && e.days != "rotation"
	}
	// everydayAndDay splits two amounts into the everyday one (no days,
	// seven a week) and the one for days named, when they are such a pair.
	everydayAndDay := func(a, b hoursExpr) (daily, day hoursExpr, ok bool) {
		switch {
		case b.days == "" && b.mult == 7 && named(a):
			return b, a, true
		case a.days == "" && a.mult == 7 && named(b):
			return a, b, true
		}
		return hoursExpr{}, hoursExpr{}, false
	}
	if brokenDown(toks, exprs, named) {
		exprs = exprs[:1]
	}
	total := exprs[0].amount * exprs[0].mult
	prev := exprs[0]
	used := exprs[0]
	// sameDays finds the amount before e said for the same days.
	sameDays := func(k int, e hoursExpr) (hoursExpr, bool) {
		for j := k - 1; j >= 0; j-- {
			if named(exprs[j]) && exprs[j].days == e.days {
				return exprs[j], true
			}
		}
		return hoursExpr{}, false
	}
	for k, e := range exprs[1:] {
		daily, day, pair := everydayAndDay(prev, e)
		pair = pair && toks[prev.from].sent == toks[e.from].sent && !corrected(prev, e)
		before, sameDay := sameDays(k+1, e)
		switch {
		case corrected(prev, e) && named(prev) && sameDay && (dayRightAfter(toks, e.to) || e.from > 0 && daySetWord(toks[e.from-1].text)) && !retractedBetween(toks, prev.to, e.from):
			// "3 hrs tue, 3 hrs thu.. wait no, 2 on thu" (dev40), "3 hrs
			// sat, 2 hrs sun, no wait 4 on sat": the day's amount
			// corrected, the other days' kept.
			total += e.amount*e.mult - before.amount*before.mult
		case corrected(prev, e) && !(e.days != "" && prev.days != "" && e.days != prev.days && e.days != "same") || retractedBetween(toks, prev.to, e.from):
			// ("weekdays on the matatu 40 min... no forget it, too
			// noisy. evenings 1 hr Mon-Thu": the first is taken back.)
			// ("school nights 45 mins, weekends more like 3 hrs": other
			// days add up, whatever "more like" says.)
			total = e.amount * e.mult
		case pair && !butBetween(toks, prev.to, e.from) && (joinedBetween(toks, prev.to, e.from) || saysEveryDay(toks, daily)):
			// "Sunday 4 hours, and every night 30 mins", "every night 1
			// hour, Sunday 4 hours": a day's session and an everyday one
			// add up (but "1 hour every day, but Monday 3 hours" is
			// Monday's amount instead).
			total += e.amount * e.mult
		case pair && butBetween(toks, prev.to, e.from) && day.mult < 7:
			// "2 hours a day but on saturday 4": that day's amount
			// instead of the everyday one.
			total += daily.amount*(7-day.mult) + day.amount*day.mult - prev.amount*prev.mult
		case e.days != "" && prev.days != "" && (e.days != prev.days || e.days == "same" || joinedBetween(toks, prev.to, e.from)):
			// ("30 min lunch and 30 min after bedtime, weekdays": two
			// sessions on the same days add up.)
			total += e.amount * e.mult
		case (prev.mult < 1 || prev.days == "" && prev.mult == 1) && wordBetween(toks, prev.to, e.from, "plus", "+", "also", "additionally"):
			// "every second Friday off, I can do 5 hrs on those, plus 2
			// hrs every Sunday": a fortnightly day's amount and another
			// said to add up.
			total += e.amount * e.mult
		case (prev.mult < 1 || prev.days == "" && prev.mult == 1) && named(e) && moreAfterAmount(toks, e) && !corrected(prev, e):
			// "4 hrs a week and 2 more on sundays", "i can do 4 hrs now
			// but 2 more on sundays" (a stranger, eleventh session, got
			// 2 and 4): "more" adds the day's amount.
			total += e.amount * e.mult
		default:
			total = e.amount * e.mult
		}
		prev, used = e, e
	}
	if len(exprs) == 1 && used.days != "alt" {
		// "2 hours a day in port, underway nothing; 2 weeks in, 2 out":
		// half the weeks; "6 hrs a week normally, nothing on my on-call
		// weeks (1 week in 4)": three weeks in four. ("roster is 2 weeks
		// on 1 off so i reckon 6 hrs a week avg" (dev63) is averaged
		// already.)
		if used.days != "rotation" && !averagedAt(toks, used) {
			// (Days off counted from the rotation already average it.)
			share := rotationShare(toks, false)
			if on, off, ok := weekRotation(toks); ok {
				// "3 weeks at camp, 1 week home, at home 4 hrs a day":
				// the weeks of the phase the amount is said for.
				share = phaseShare(toks, used.from, on, off, share)
			}
			total *= share
		}
		if saysNothing(toks) {
			total *= n.weekShare(toks)
		}
	}
	if put && putAt >= used.to {
		// "10 hrs a week over winter break, then like 4 once spring
		// starts. plan for 4": the amount they ask to plan with.
		total, used = putV, hoursExpr{amount: putV, mult: 1, from: putAt, to: putAt + 1}
	}
	rounded := math.Floor(total + 0.5)
	conf := 0.9
	if used.vague {
		conf = 0.75
	}
	if rounded < MinHours || rounded > MaxHours {
		f.HoursErr = strconv.FormatFloat(math.Round(total*10)/10, 'f', -1, 64)
		return candidate{}, false
	}
	c := candidate{Fact: Fact{Slot: SlotHours, Value: strconv.Itoa(int(rounded)), Conf: conf,
		Words: tz.quote(exprs[0].from, used.to), from: used.from, to: used.to}}
	c.inQuestion = tz.isQuestionAt(used.from)
	c.other = n.aboutSomeoneElse(tz, span{from: used.from, to: used.to}, slotHit{slot: SlotHours})
	return c, true
}

// averagedAt reports "avg", "average" or "on average" said with an
// amount: "6 hrs a week avg".
func averagedAt(toks []token, e hoursExpr) bool {
	for i := max(e.from-2, 0); i < len(toks) && i <= e.to+3; i++ {
		if toks[i].clause != toks[e.from].clause {
			continue
		}
		switch toks[i].text {
		case "avg", "average", "averaged", "averaging", "avrg", "overall", "altogether":
			return true
		case "call":
			// "2 weeks on 1 off so call it 6 hrs a week" (dev76 took a
			// third of it): the sum already made.
			if i+1 < len(toks) && toks[i+1].text == "it" && i < e.from {
				return true
			}
		}
	}
	return false
}

// moreAfterAmount reports "more" or "extra" right after an amount's
// number ("2 more on sundays", "2 hrs extra on sat"), not "more like".
func moreAfterAmount(toks []token, e hoursExpr) bool {
	for i := e.from + 1; i <= e.to+1 && i < len(toks) && toks[i].clause == toks[e.from].clause; i++ {
		switch toks[i].text {
		case "more", "extra":
			return !(i+1 < len(toks) && toks[i+1].text == "like")
		}
	}
	return false
}

// hoursAnswer reads a short answer to the hours question: "2 or 3",
// "like 5ish", "not much. maybe 2?", "twenty", or a number put down after
// a shrug: "idk, weekdays are chaos. put me down for 5".
func (n *nlu) hoursAnswer(tz *tokenized) (int, bool) {
	if len(tz.toks) > 8 {
		return n.putDown(tz)
	}
	for i := range tz.toks {
		if v, end, _, ok := n.amountAt(tz.toks, i); ok && tz.toks[i].text != "a" && tz.toks[i].text != "an" {
			if end < len(tz.toks) && tenureWords[tz.toks[end].text] {
				// "staying, 18 yrs in" (dev93 set 18 h): years, not
				// hours.
				continue
			}
			// "7, no wait, 5" (dev54): a figure taken back for the one
			// after it.
			for j := i + 1; j < len(tz.toks); j++ {
				if !correctionCue[tz.toks[j].text] {
					continue
				}
				for k := j + 1; k < len(tz.toks); k++ {
					if w, _, _, ok := n.amountAt(tz.toks, k); ok && tz.toks[k].isNum {
						v = w
						break
					}
				}
				break
			}
			r := math.Floor(v + 0.5)
			if r >= MinHours && r <= MaxHours {
				return int(r), true
			}
			return 0, false
		}
	}
	return 0, false
}

// tenureWords after a number say it counts years or age.
var tenureWords = map[string]bool{"yrs": true, "yr": true, "years": true, "year": true, "yo": true, "decades": true}

// correctionCue are first words that take back what was said before: a
// message starting with one and holding a lone number corrects a figure
// ("no, 5-6 is more honest", "ugh, reality check... 5").
var correctionCue = map[string]bool{
	"no": true, "nah": true, "nope": true, "actually": true, "ugh": true, "hmm": true, "hm": true,
	"wait": true, "sorry": true, "oops": true, "make": true, "scratch": true, "reality": true,
	"honestly": true, "realistically": true, "correction": true, "change": true, "err": true,
}

// correctedHours reads a message that corrects the weekly hours already
// given with a lone number and no unit, after the conversation moved on:
// "no, 5-6 is more honest". It needs a correction word first and exactly
// one amount, so "2" (an option) or "I'm 29" are not read as hours.
func (n *nlu) correctedHours(tz *tokenized) (int, bool) {
	toks := tz.toks
	if len(toks) == 0 || len(toks) > 24 {
		return 0, false
	}
	// The cue comes before the number: "ghar pe 2 chhote bhai ...,
	// isliye zyada time nahi" (2 little brothers, so not much time) ends
	// with a "no" that corrects nothing.
	cueAt := len(toks)
	if correctionCue[toks[0].text] {
		cueAt = 0
	}
	for _, c := range n.corrections.find(toks, nil) {
		cueAt = min(cueAt, c.from)
	}
	if len(toks) == 3 && toks[0].isNum && toks[1].text == "not" && toks[2].isNum {
		// "4, not 8" (dev114): the amount, and the one it replaces.
		cueAt = 0
	}
	if cueAt == len(toks) {
		return 0, false
	}
	found, val := 0, 0.0
	for i := 0; i < len(toks); i++ {
		if !toks[i].isNum {
			continue
		}
		if i < cueAt {
			return 0, false
		}
		if _, month := monthNames[toks[max(i-1, 0)].text]; month && i > 0 && toks[i-1].clause == toks[i].clause || i+1 < len(toks) && monthNames[toks[i+1].text] != 0 && toks[i+1].clause == toks[i].clause {
			// "say jan 18, that's a monday" (dev75 set 18 h a week): a
			// date.
			return 0, false
		}
		v, j, _, ok := n.amountAt(toks, i)
		if !ok {
			continue
		}
		if j < len(toks) {
			if _, _, unit := unitOf(toks[j].text); unit {
				return 0, false
			}
			switch toks[j].text {
			case "years", "year", "yrs", "months", "weeks", "days", "usd", "dollars", "bucks", "k", "percent":
				return 0, false
			}
		}
		found++
		val = v
		i = j - 1
	}
	r := math.Floor(val + 0.5)
	if found != 1 || r < MinHours || r > MaxHours {
		return 0, false
	}
	return int(r), true
}

// putDown reads the number after "put me down for", "let's say", "call
// it", "go with" in a longer answer to the hours question.
func (n *nlu) putDown(tz *tokenized) (int, bool) {
	v, _, ok := n.putDownAt(tz.toks)
	return int(v), ok
}

// putDownAt finds the last number put down ("plan for 4", "put me down
// for 5", "let's say 3", "call it 6"), rounded, and where it is.
func (n *nlu) putDownAt(toks []token) (float64, int, bool) {
	for i := len(toks) - 1; i > 0; i-- {
		v, end, _, ok := n.amountAt(toks, i)
		if !ok || !toks[i].isNum || toks[i-1].text == "not" {
			// ("make it 4 not 8": the 8 is turned down; dev114 kept it.)
			continue
		}
		if _, month := monthNames[toks[i-1].text]; month || end < len(toks) && monthNames[toks[end].text] != 0 {
			// "actually make it jan 4" (dev53): a date, not hours.
			continue
		}
		if end < len(toks) && toks[end].clause == toks[i].clause {
			switch toks[end].text {
			case "week", "weeks", "wk", "wks", "day", "days", "month", "months", "year", "years", "course", "courses", "usd", "dollars", "bucks", "k", "percent", "people", "kids":
				// "plan for 2 weeks off at xmas"
				continue
			}
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if toks[j].text == "like" && j > 0 && (toks[j-1].text == "more" || toks[j-1].text == "closer") && j == i-1 && namesHours(toks) {
				// "actually scratch the hours, more like 8"
				r := math.Floor(v + 0.5)
				if r >= MinHours && r <= MaxHours {
					return r, i, true
				}
			}
			switch toks[j].text {
			case "for", "say", "it", "with", "as":
				if j > 0 && (toks[j-1].text == "down" || toks[j-1].text == "lets" || toks[j-1].text == "let" || toks[j-1].text == "call" || toks[j-1].text == "go" || toks[j-1].text == "me" || toks[j-1].text == "just" || toks[j-1].text == "plan" || toks[j-1].text == "make" && toks[j].text == "it") {
					r := math.Floor(v + 0.5)
					if r >= MinHours && r <= MaxHours {
						return r, i, true
					}
				}
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// conclusionBefore reports whether the amount at i is what a schedule
// comes to: "so ~5 hrs", "that's about 5" (a bare "so" is often only a
// cause: "we're closed mondays so 3 hrs mondays").
func conclusionBefore(toks []token, i int) bool {
	approx := false
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].sent == toks[i].sent; j-- {
		switch toks[j].text {
		case "thats":
			return true
		case "so":
			return approx
		case "~", "about", "around", "roughly", "approx", "approximately":
			approx = true
		default:
			return false
		}
	}
	return false
}

// perDayAfter reports whether an amount ending at i is said per day ("a
// day", "each", "daily", "per day", "every day").
func perDayAfter(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].text {
	case "each", "daily", "nightly", "everyday":
		return true
	case "a", "per", "every":
		return i+1 < len(toks) && (strings.HasPrefix(toks[i+1].text, "day") || toks[i+1].text == "night" || toks[i+1].text == "evening" || toks[i+1].text == "session" || toks[i+1].text == "shift")
	}
	return false
}

// daysBefore reports whether a day set is named before i in its sentence.
func daysBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent; j-- {
		if daySetWord(toks[j].text) || toks[j].text == "evenings" || toks[j].text == "nights" {
			return true
		}
	}
	return false
}

// averageAfter reports whether an amount ending at i is called an
// average ("6 hours in week average", "5 on average").
func averageAfter(toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+3 && toks[j].clause == toks[max(i-1, 0)].clause; j++ {
		if toks[j].text == "average" || toks[j].text == "avg" {
			return true
		}
	}
	return false
}

// daysAfterIn reports whether days are named after i in its sentence.
func daysAfterIn(toks []token, i int) bool {
	for j := i; j < len(toks) && toks[j].sent == toks[max(i-1, 0)].sent; j++ {
		if daySetWord(toks[j].text) || strings.HasPrefix(toks[j].text, "day") {
			return true
		}
	}
	return false
}

// moneyBefore reports a currency before a number: "usd" (what a currency
// sign is read as), "eur", "rs", "inr", "rm", "php".
func moneyBefore(w string) bool { return currencyWords[w] }

// currencyWords name money: "usd" (what a currency sign is read as),
// currency codes and the words for them.
var currencyWords = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "inr": true, "rs": true, "rm": true, "php": true, "aud": true, "cad": true, "ngn": true,
	"kes": true, "zar": true, "pkr": true, "egp": true, "idr": true, "brl": true, "mxn": true,
	"dollars": true, "dollar": true, "bucks": true, "euros": true, "euro": true, "pounds": true, "quid": true, "rupees": true, "pesos": true, "reais": true,
}

// numberAt reads the number at token j, in digits or words ("3",
// "three", "a"), but not an ordinal, a time of day or "an".
func (n *nlu) numberAt(toks []token, j int) (float64, bool) {
	if j >= len(toks) || toks[j].punct {
		return 0, false
	}
	if toks[j].isNum && !toks[j].ord && !toks[j].clock {
		return toks[j].num, true
	}
	if x, ok := n.numbers[toks[j].text]; ok && toks[j].text != "an" {
		return x, true
	}
	return 0, false
}

// rangeOr are the words for "or" between two amounts: "3 or 4", Spanish
// and Aragonese "3 o 4", "3 u 4" (u reads "you" after the slang),
// Portuguese and French "ou", German "oder", Indonesian "atau" and Manado
// "ato", Ndebele and Zulu "kumbe".
var rangeOr = map[string]bool{"or": true, "o": true, "u": true, "you": true, "ou": true, "oder": true, "atau": true, "ato": true, "kumbe": true}

// settledChoice reads the amount a learner settles on after a choice of
// two ("3 or 4 hrs a week... 3 really"): the message's last number, one
// of the two, with at most two words after it and nothing that makes it
// something other than hours.
func (n *nlu) settledChoice(toks []token, e hoursExpr) (float64, bool) {
	num := func(i int) (float64, bool) {
		// ("a" is no amount here: "an hour or two a week, one".)
		v, ok := n.numberAt(toks, i)
		return v, ok && toks[i].text != "a"
	}
	lo, hi := -1.0, -1.0
	for i := e.from; i+2 < e.to+1 && i+2 < len(toks); i++ {
		a, okA := num(i)
		b, okB := num(i + 2)
		if okA && okB && (rangeOr[toks[i+1].text] || toks[i+1].text == "-" || toks[i+1].text == "to") {
			lo, hi = a, b
			break
		}
	}
	if lo < 0 {
		return 0, false
	}
	last, v := -1, 0.0
	for k := e.to; k < len(toks); k++ {
		if x, ok := num(k); ok || toks[k].isNum {
			if last >= 0 {
				return 0, false
			}
			last, v = k, x
		}
	}
	if last < 0 || (v != lo && v != hi) || len(toks)-last > 3 {
		return 0, false
	}
	switch toks[last-1].text {
	case "work", "works", "working", "of", "for", "at", "on", "with", "x", "by", "than":
		// "like 3-4 hrs on my days off, i work 3x12s": what else
		// the number counts.
		return 0, false
	}
	for _, t := range toks[last+1:] {
		if strings.ContainsAny(t.text, "0123456789") {
			return 0, false
		}
		if _, _, unit := unitOf(t.text); unit && t.text != "hours" && t.text != "hour" && t.text != "hrs" && t.text != "h" {
			return 0, false
		}
		switch t.text {
		case "days", "day", "times", "weeks", "months", "people", "kids", "am", "pm", "x":
			return 0, false
		}
	}
	return v, true
}
