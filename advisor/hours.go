package advisor

import (
	"math"
	"strconv"
)

// Hours: people say how much time they have in many ways — "~6h a week",
// "an hour a day", "1-2 hrs every evening", "saturdays and sundays, 3
// hours each", "20 minutes a day", "twelve hours", "weekdays 1h, weekends
// 3h". hoursExprs finds each amount with its unit and the days it applies
// to, and hoursFact turns them into one weekly figure.

// hoursExpr is one amount of study time found in a message.
type hoursExpr struct {
	// amount is the figure said; mult turns it into hours a week (7 for
	// "a day").
	amount, mult float64
	from, to     int
	// days names the day set the amount applies to ("weekday",
	// "weekend", "sat+sun", ""), so amounts for different days add up.
	days  string
	vague bool
}

// unitOf classifies a word as an hours or minutes unit.
func unitOf(w string) (minutes, ok bool) {
	switch w {
	case "h", "hour", "hours", "hrs", "hr", "hs", "hrz":
		return false, true
	case "minutes", "minute", "mins", "min":
		return true, true
	}
	return false, false
}

// amountAt reads an amount starting at token i: "5", "1.5", "2-3", "2 to
// 3", "five", "twenty five", "a couple", "a few", "half an", "an". It
// returns the value (a range's midpoint), the index after it and whether
// it is a vague word ("a few").
func (n *nlu) amountAt(toks []token, i int) (v float64, next int, vague, ok bool) {
	num := func(j int) (float64, bool) {
		if j >= len(toks) || toks[j].punct {
			return 0, false
		}
		if toks[j].isNum && !toks[j].ord {
			return toks[j].num, true
		}
		if x, ok := n.numbers[toks[j].text]; ok && toks[j].text != "an" {
			return x, true
		}
		return 0, false
	}
	j := i
	switch toks[i].text {
	case "a", "an":
		if i+1 < len(toks) {
			switch toks[i+1].text {
			case "couple", "few":
				j = i + 2
				if j < len(toks) && toks[j].text == "of" {
					j++
				}
				return n.numbers[toks[i+1].text], j, true, true
			case "half":
				return 0.5, i + 2, false, true
			}
		}
		if i+1 < len(toks) {
			if _, isUnit := unitOf(toks[i+1].text); isUnit {
				return 1, i + 1, false, true
			}
		}
		return 0, i, false, false
	case "half":
		// "half an hour"
		if i+1 < len(toks) && (toks[i+1].text == "an" || toks[i+1].text == "a") {
			return 0.5, i + 2, false, true
		}
	case "couple", "few", "several":
		j = i + 1
		if j < len(toks) && toks[j].text == "of" {
			j++
		}
		return n.numbers[toks[i].text], j, true, true
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
	if j+1 < len(toks) && (toks[j].text == "-" || toks[j].text == "to" || toks[j].text == "or" || toks[j].text == "/") {
		if h, ok := num(j + 1); ok && h > lo && h <= lo*6 {
			hi = h
			j += 2
		}
	}
	return (lo + hi) / 2, j, false, true
}

// hoursExprs finds every amount of study time in the message.
func (n *nlu) hoursExprs(tz *tokenized) []hoursExpr {
	toks := tz.toks
	var daySpans [16]span
	days := n.dayPats.find(toks, daySpans[:0])
	days = keepLongest(days)
	var out []hoursExpr
	for i := 0; i < len(toks); i++ {
		if toks[i].punct {
			continue
		}
		v, j, vague, ok := n.amountAt(toks, i)
		if !ok {
			continue
		}
		// "an hour and a half", "1h30", "2 and a half hours"
		unitAt := j
		if j+2 < len(toks) && toks[j].text == "and" && toks[j+1].text == "a" && toks[j+2].text == "half" {
			v += 0.5
			unitAt = j + 3
		}
		if unitAt >= len(toks) {
			continue
		}
		minutes, isUnit := unitOf(toks[unitAt].text)
		end := unitAt + 1
		if !isUnit && len(out) > 0 && toks[j].sent == toks[out[len(out)-1].from].sent && !vague {
			// "an hour on weekdays and 3 on saturday": a second amount
			// without its unit, for other days.
			if k, ok := n.periodAfter(toks, days, j); ok && days[k].from <= j+1 {
				switch n.dayKinds[n.dayPats.pats[days[k].pat].ref] {
				case "weekday", "weekend", "weekday_names", "daily":
					e := hoursExpr{amount: v, from: i, to: j}
					e.mult, e.days = n.weekly(tz, days, i, j)
					out = append(out, e)
					i = j - 1
					continue
				}
			}
		}
		if !isUnit {
			// "5 a week", "5 per week", "5/week" with no unit count; "one
			// week of a course" does not.
			if k, ok := n.periodAfter(toks, days, j); ok && days[k].from == j && n.dayKinds[n.dayPats.pats[days[k].pat].ref] == "week" && !vague &&
				j < len(toks) && (toks[j].text == "a" || toks[j].text == "per" || toks[j].text == "/" || toks[j].text == "each" || toks[j].text == "every" || toks[j].text == "pw") {
				end = j
			} else {
				continue
			}
		} else {
			if end+2 < len(toks) && toks[end].text == "and" && toks[end+1].text == "a" && toks[end+2].text == "half" {
				v += 0.5
				end += 3
			} else if end < len(toks) && toks[end].isNum && toks[end].num < 60 && !minutes && toks[end].sent == toks[unitAt].sent {
				// "1h30"
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
		// "a 30 hour course" is the course's length, not study time.
		if end < len(toks) {
			switch toks[end].text {
			case "course", "courses", "class", "program", "specialization", "certificate", "video", "videos", "shift", "shifts", "commute", "job", "workweek", "work":
				i = end
				continue
			}
		}
		if minutes {
			v /= 60
		}
		e := hoursExpr{amount: v, from: i, to: end, vague: vague}
		e.mult, e.days = n.weekly(tz, days, i, end)
		out = append(out, e)
		i = end - 1
	}
	return out
}

// periodAfter returns the day span starting at or within two words after
// token j, in its sentence.
func (n *nlu) periodAfter(toks []token, days []span, j int) (int, bool) {
	for k, d := range days {
		if d.from >= j && d.from <= j+3 && j < len(toks) && toks[d.from].sent == toks[min(j, len(toks)-1)].sent {
			return k, true
		}
	}
	return -1, false
}

// weekly turns an amount into hours a week from the day words around it:
// per day (x7), on weekdays (x5), on named days (x their number), per
// month (/4.33), "3 days a week" (x3); otherwise it is already a week's.
func (n *nlu) weekly(tz *tokenized, days []span, from, to int) (float64, string) {
	toks := tz.toks
	sent := toks[from].sent
	kindOf := func(d span) string { return n.dayKinds[n.dayPats.pats[d.pat].ref] }
	_ = kindOf
	// Day words in the amount's clause ("weekdays 1h, weekends 3h" are
	// two amounts); when the clause has none, in its sentence ("saturdays
	// and sundays, 3 hours each").
	clause := toks[from].clause
	var near []span
	for _, d := range days {
		if toks[d.from].clause == clause {
			near = append(near, d)
		}
	}
	onlyDaily := len(near) > 0
	for _, d := range near {
		if kindOf(d) != "daily" {
			onlyDaily = false
		}
	}
	if len(near) == 0 || onlyDaily {
		// "i'm free on weekends, 5 hrs each day": the days are named in
		// another clause of the sentence.
		for _, d := range days {
			if toks[d.from].clause != clause && toks[d.from].sent == sent && (d.from >= to && d.from <= to+6 || d.to <= from && d.to >= from-8) {
				if k := kindOf(d); !onlyDaily || k == "weekend" || k == "weekday" || k == "weekday_names" {
					near = append(near, d)
				}
			}
		}
	}
	each := false
	for i := max(0, from-8); i < min(len(toks), to+6); i++ {
		if toks[i].sent == sent && (toks[i].text == "each" || toks[i].text == "both") {
			each = true
		}
	}
	// "5 days a week", "three evenings a week", "twice a week": a count
	// of days.
	count := 0.0
	for i := 0; i < len(toks); i++ {
		if toks[i].sent != sent || i >= from && i < to {
			continue
		}
		switch toks[i].text {
		case "twice":
			count = 2
		case "thrice":
			count = 3
		case "once":
			count = 1
		}
		if x, _, _, ok := n.amountAt(toks, i); ok && i+1 < len(toks) && i+1 != from {
			k := i + 1
			if toks[i].text == "a" || toks[i].text == "an" {
				continue
			}
			switch toks[k].text {
			case "days", "day", "evenings", "nights", "mornings", "times", "sessions", "afternoons", "weekdays":
				if x >= 1 && x <= 7 {
					count = x
				}
			}
		}
	}
	var daily, weekday, weekend, month, week bool
	names := map[string]bool{}
	for _, d := range near {
		switch kindOf(d) {
		case "daily":
			daily = true
		case "weekday":
			weekday = true
		case "weekend":
			weekend = true
		case "month":
			month = true
		case "week":
			week = true
		case "weekday_names":
			names[dayName(toks[d.from].text)] = true
		}
	}
	switch {
	case count > 0 && (daily || week || count > 0):
		return count, ""
	case month:
		return 1 / (52.0 / 12.0), ""
	case weekday && weekend:
		return 7, ""
	case weekday:
		return 5, "weekday"
	case weekend && (each || daily):
		return 2, "weekend"
	case weekend:
		return 1, "weekend"
	case len(names) > 0 && (each || len(names) == 1 || !week):
		key := ""
		for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
			if names[d] {
				key += d
			}
		}
		mult := float64(len(names))
		if !each && len(names) > 1 && week {
			mult = 1
		}
		return mult, key
	case daily && !week:
		return 7, ""
	}
	return 1, ""
}

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
			if c.from < last.to {
				continue
			}
			for i := c.to; i < len(toks) && i <= c.to+8 && toks[i].sent == toks[c.from].sent; i++ {
				if v, end, _, ok := n.amountAt(toks, i); ok && (toks[i].isNum || n.numbers[toks[i].text] > 0) {
					// It keeps the earlier amount's period: "2 hrs a day...
					// no, more like 1" is 1 a day.
					exprs = append(exprs, hoursExpr{amount: v, mult: last.mult, days: last.days, from: i, to: end})
					break
				}
			}
		}
	}
	if len(exprs) == 0 {
		return candidate{}, false
	}
	corrected := func(a, b hoursExpr) bool {
		for _, c := range corrections {
			if c.from >= a.to && c.from <= b.from {
				return true
			}
		}
		return false
	}
	total := exprs[0].amount * exprs[0].mult
	prev := exprs[0]
	used := exprs[0]
	for _, e := range exprs[1:] {
		switch {
		case corrected(prev, e):
			total = e.amount * e.mult
		case e.days != "" && prev.days != "" && e.days != prev.days:
			total += e.amount * e.mult
		default:
			total = e.amount * e.mult
		}
		prev, used = e, e
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
	return c, true
}
