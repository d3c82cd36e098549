package advisor

import (
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
}

// startFact finds a start date after a start word.
func (n *nlu) startFact(tz *tokenized, now time.Time, f *Frame) (candidate, bool) {
	toks := tz.toks
	today := dateOnly(now)
	for i, t := range toks {
		if !startCue[t.text] {
			continue
		}
		// "start date: ...", "start on", "start from": the date follows
		// within six words in the sentence.
		for j := i + 1; j < len(toks) && j <= i+6 && toks[j].sent == t.sent; j++ {
			d, end, ok, bad := n.dateAt(toks, j, today)
			if bad {
				f.StartErr = tz.quote(j, end)
				return candidate{}, false
			}
			if !ok {
				continue
			}
			c := candidate{Fact: Fact{Slot: SlotStart, Value: d.Format(DateLayout), Conf: 0.9,
				Words: tz.quote(i, end), from: i, to: end}}
			return c, true
		}
	}
	return candidate{}, false
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
			return build(year, m, 1, i+2, false)
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
		return nextWeekday(today, wd), i + 1, true, false
	}
	// 2027-01-04
	if isNum(i) && toks[i].num >= 2000 && toks[i].num < 2100 && at(i+1) == "-" && isNum(i+2) && at(i+3) == "-" && isNum(i+4) {
		return build(int(toks[i].num), time.Month(int(toks[i+2].num)), int(toks[i+4].num), i+5, true)
	}
	// january 4th, jan 4 2027
	if m, ok := monthNames[w]; ok && w != "may" || w == "may" && isNum(i+1) {
		m = monthNames[w]
		if isNum(i+1) && toks[i+1].num >= 1 && toks[i+1].num <= 31 {
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
	if isNum(k) && toks[k].num >= 1 && toks[k].num <= 31 && toks[k].num == float64(int(toks[k].num)) {
		j := k + 1
		if at(j) == "of" {
			j++
		}
		if m, ok := monthNames[at(j)]; ok && (toks[k].ord || at(j-1) == "of" || j == k+1) {
			day, end := int(toks[k].num), j+1
			if isNum(end) && toks[end].num >= 2000 && toks[end].num < 2100 {
				return build(int(toks[end].num), m, day, end+1, true)
			}
			return build(year, m, day, end, false)
		}
	}
	return time.Time{}, i, false, false
}

// nextWeekday is the first given weekday strictly after today.
func nextWeekday(today time.Time, wd time.Weekday) time.Time {
	days := (int(wd) - int(today.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return today.AddDate(0, 0, days)
}
