package advisor

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Tokens are the first step of understanding a message: words and numbers
// with the sentence and clause they belong to, so that negation stays in
// its clause, a question sentence can be told from the facts around it,
// and the words that stated a fact can be quoted back.

// maxMessageBytes bounds the work one message can cause. Chat messages
// are far shorter; the tail of a pasted essay is ignored.
const maxMessageBytes = 2048

// maxMessageTokens bounds the tokens kept from one message.
const maxMessageTokens = 400

// token is one word, number or punctuation mark of a message.
type token struct {
	// text is the lower-cased word with accents folded, apostrophes
	// dropped ("can't" -> "cant", "Ng's" -> "ng") and hyphens inside a
	// word removed ("ml-ops" -> "mlops"); for punctuation, the mark.
	text  string
	num   float64
	isNum bool
	// ord marks "1st", "2nd", "3rd", "4th"...
	ord bool
	// clock marks a time of day written with a colon ("21:30" is 21.5).
	clock bool
	punct bool
	// quoted marks words inside quotes: a title ('Python for Data
	// Science'), not the learner's own words about themselves.
	quoted bool
	// glossed marks a word of another language given in English.
	glossed bool
	// sent and clause number the sentence and clause of the message.
	sent, clause int
	// start and end are byte offsets into the original message.
	start, end int
}

// sentence is a run of tokens ended by . ! ? ; or a line break.
type sentence struct {
	from, to int // token range [from, to)
	question bool
}

// tokenized is a message split into tokens and sentences.
type tokenized struct {
	raw   string
	toks  []token
	sents []sentence
	// clauseQ marks clauses that ask something (by clause number): they
	// open with a question word or end with a question mark; clauseAsk
	// only the former, since "maybe 5 hrs weekly?" is a hedge, not a
	// question.
	clauseQ, clauseAsk []bool
}

// mergeTable joins adjacent words that mean one thing, before patterns
// see them; built from the lexicon's merge list.
type mergeTable map[string][]mergeRule

// mergeRule is the rest of a phrase after its first word, and the word
// it becomes: "fin de semana" -> weekend.
type mergeRule struct {
	rest   []string
	joined string
}

// add records a phrase, keeping each first word's phrases longest first.
func (m mergeTable) add(words []string, joined string) {
	rules := append(m[words[0]], mergeRule{rest: words[1:], joined: joined})
	sort.SliceStable(rules, func(i, j int) bool { return len(rules[i].rest) > len(rules[j].rest) })
	m[words[0]] = rules
}

// cutBytes cuts s to at most n bytes, on a rune boundary.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tokenize splits a message. It never fails and bounds its work.
// titleColons blanks the colon of the UW course titles ("Machine
// Learning: Regression"), so the title reads as one name and not two
// clauses: "i finished the UW machine learning: regression course on
// coursera in august" (dev60) named no course. Offsets are kept.
func titleColons(raw string) string {
	i := strings.IndexByte(raw, ':')
	if i < 0 {
		return raw
	}
	b := []byte(raw)
	for ; i >= 0 && i < len(b); i++ {
		if b[i] != ':' {
			continue
		}
		before := strings.ToLower(string(b[max(0, i-8):i]))
		after := strings.ToLower(strings.TrimLeft(string(b[i+1:min(len(b), i+17)]), " "))
		if strings.HasSuffix(before, "learning") && (strings.HasPrefix(after, "regression") || strings.HasPrefix(after, "classification")) {
			b[i] = ' '
		}
	}
	return string(b)
}

// spacedDash reports whether the dash at raw[i:i+size] stands alone
// between two words, as a clause break: spaces on both sides, a word
// before it that is no number, day or month, and a letter after it.
func spacedDash(raw string, i, size int, toks []token) bool {
	if i == 0 || raw[i-1] != ' ' || i+size >= len(raw) || raw[i+size] != ' ' || len(toks) == 0 {
		return false
	}
	prev := toks[len(toks)-1]
	if prev.end != i-1 || prev.isNum || prev.punct {
		return false
	}
	if _, ok := weekdayNames[prev.text]; ok {
		return false
	}
	if _, ok := monthNames[prev.text]; ok {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(raw[i+size:], " "))
	return unicode.IsLetter(next)
}

func tokenize(raw string, n *nlu) *tokenized {
	raw = cutBytes(raw, maxMessageBytes)
	// Invalid bytes become spaces, so quoted words are always text.
	raw = strings.ToValidUTF8(raw, " ")
	raw = asciiDigits(raw)
	raw = thaiDates(raw)
	raw = titleColons(raw)
	tz := &tokenized{raw: raw, toks: make([]token, 0, 32)}
	sent, clause := 0, 0
	var word strings.Builder
	wordStart, wordEnd := -1, -1
	wordLastCJK := false
	numStart := -1
	newSentence := func() {
		if n := len(tz.toks); n > 0 && tz.toks[n-1].sent == sent {
			sent++
			clause++
		}
	}
	newClause := func() {
		if n := len(tz.toks); n > 0 && tz.toks[n-1].clause == clause {
			clause++
		}
	}
	quoted := false
	push := func(t token) {
		if len(tz.toks) >= maxMessageTokens {
			return
		}
		t.sent, t.clause = sent, clause
		t.quoted = quoted
		tz.toks = append(tz.toks, t)
	}
	// pushWords pushes a word, or the words a gloss gave for it ("" says
	// nothing: a courtesy particle such as "po" in Filipino English).
	glossed := false
	pushWords := func(w string, start, end int) {
		defer func() { glossed = false }()
		for w != "" {
			part, rest, _ := strings.Cut(w, " ")
			w = rest
			if part == "" {
				continue
			}
			if glossed && (part == "an" || part == "a") && len(tz.toks) > 0 && tz.toks[len(tz.toks)-1].isNum && tz.toks[len(tz.toks)-1].sent == sent {
				// Russian "час" is "an hour" alone, "hour" after a
				// number: "21 час" is 21 hours.
				continue
			}
			// Clause breaks before contrast words keep negation and
			// corrections in their own clause: "broke, but happy to pay".
			switch part {
			case "but", "though", "however", "although", "except":
				newClause()
			}
			push(token{text: part, start: start, end: end, glossed: glossed})
		}
	}
	flushWord := func() {
		if wordStart < 0 {
			return
		}
		w := word.String()
		word.Reset()
		start, end := wordStart, wordEnd
		wordStart = -1
		if w == "" {
			return
		}
		// The word's meant English, read once: a typo is fixed before a
		// suffix is cut ("no mony sorry" is "money", not "mon" with a
		// "-y").
		t, src := w, fromNone
		if w == "ki" && raw[start:end] == "KI" {
			// German "KI" (AI), written in capitals; Hinglish "ki"
			// (that) is not, and the gloss leaves the shared spelling
			// out ("Ich will einfach verstehen, wie KI funktioniert").
			w, t = "ai", "ai"
		} else if n != nil && !hasCJK(w) {
			t, src = n.translateFrom(w)
			if src == fromTypo {
				w = t
			}
		}
		// "mlops-ish", "phd-style", "research-oriented": the word is what
		// counts.
		if n != nil && src != fromTypo && !n.known(w) {
			for _, suf := range hyphenSuffixes {
				// ("may" is no "ma-y": a stem of three letters at least.)
				if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 && n.known(w[:len(w)-len(suf)]) {
					w = w[:len(w)-len(suf)]
					t, src = n.translateFrom(w)
					break
				}
			}
		}
		if n != nil && n.gloss != nil && hasCJK(w) {
			n.gloss.segment(w, func(piece string, translated bool) {
				if !translated {
					piece = n.translate(piece)
				}
				glossed = translated
				pushWords(piece, start, end)
			})
			return
		}
		if raw[start:end] == "HR" {
			// "talked to HR, they'll reimburse it": human resources, a
			// payer, in capitals; "2 hr" stays an hour (dev44).
			pushWords("hr", start, end)
			return
		}
		if raw[start:end] == "SE" || raw[start:end] == "SDE" {
			// "SE, Java 4 years": a software engineer, in capitals (the
			// lower-case word is Spanish or Portuguese).
			pushWords("swe", start, end)
			return
		}
		if n != nil {
			glossed = src == fromGloss && t != w
			w = t
		}
		pushWords(w, start, end)
	}
	flushNum := func(end int) {
		if numStart < 0 {
			return
		}
		s := raw[numStart:end]
		if c := strings.IndexByte(s, ','); c > 0 && c <= 2 && len(s)-c-1 <= 2 && strings.Count(s, ",") == 1 {
			// "1,5 Std." is one and a half.
			s = s[:c] + "." + s[c+1:]
		}
		s = strings.ReplaceAll(s, ",", "")
		if d := strings.LastIndexByte(s, '.'); d > 0 && strings.Count(s, ".") == 2 && len(s)-d-1 >= 2 && len(s)-d-1 <= 4 {
			// "04.01.2027" (a date written the European way; it was
			// dropped): the day and month as "04.01", then the year.
			if v, err := strconv.ParseFloat(s[:d], 64); err == nil {
				push(token{text: s[:d], num: v, isNum: true, start: numStart, end: numStart + d})
				if y, err := strconv.ParseFloat(s[d+1:], 64); err == nil {
					push(token{text: s[d+1:], num: y, isNum: true, start: numStart + d + 1, end: end})
				}
			}
			numStart = -1
			return
		}
		v, err := strconv.ParseFloat(s, 64)
		if err == nil && len(s) <= 9 {
			push(token{text: s, num: v, isNum: true, start: numStart, end: end})
		}
		numStart = -1
	}
	punct := func(mark string, at, size int) {
		push(token{text: mark, punct: true, start: at, end: at + size})
	}
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[i:])
		r = halfWidth(r)
		lr := foldRune(unicode.ToLower(r))
		switch {
		case lr >= '0' && lr <= '9':
			if wordStart >= 0 && wordLastCJK {
				// "月15日": a number between CJK words is a number.
				flushWord()
			}
			if wordStart >= 0 {
				// "mp3", "ec2": a digit inside a word stays in it.
				word.WriteRune(lr)
				wordEnd = i + size
			} else if numStart < 0 {
				numStart = i
			}
		case r == ':' && numStart >= 0 && i+2 < len(raw) && isDigitByte(raw[i+1]) && isDigitByte(raw[i+2]) && (i+3 == len(raw) || !isDigitByte(raw[i+3])):
			// "21:30" is a time of day.
			h, err1 := strconv.Atoi(raw[numStart:i])
			m, err2 := strconv.Atoi(raw[i+1 : i+3])
			if err1 == nil && err2 == nil && h <= 24 && m < 60 {
				push(token{text: raw[numStart : i+3], num: float64(h) + float64(m)/60, isNum: true, clock: true, start: numStart, end: i + 3})
				numStart = -1
				i += 3
				continue
			}
			flushNum(i)
			newClause()
		case (r == '.' || r == ',') && numStart >= 0 && i+1 < len(raw) && raw[i+1] >= '0' && raw[i+1] <= '9':
			// "1.5" and "1,000" stay one number.
		case r != utf8.RuneError && (unicode.IsLetter(lr) || wordStart >= 0 && (unicode.In(r, unicode.Mn, unicode.Mc) || r == '\u200c')):
			// (Vowel and tone marks of Thai, Devanagari and Arabic, and
			// Persian's zero-width non-joiner, stay inside their word.)
			if numStart >= 0 {
				// "1st", "2nd", "3rd", "4th" are ordinals; "10h" is a
				// number, then a unit word.
				if o := ordinalSuffix(raw[i:]); o > 0 {
					s := raw[numStart:i]
					if v, err := strconv.ParseFloat(s, 64); err == nil && len(s) <= 4 {
						push(token{text: s, num: v, isNum: true, ord: true, start: numStart, end: i + o})
					}
					numStart = -1
					i += o
					continue
				}
				if n != nil && n.arabiziWord(raw, numStart, i) {
					// Arabizi "3andi", "7aga", "2ana": the digit is a
					// letter (a word the gloss knows; dev40, dev43).
					wordStart = numStart
					word.WriteByte(raw[numStart])
					numStart = -1
				} else {
					flushNum(i)
				}
			}
			if wordStart < 0 {
				wordStart = i
			}
			word.WriteRune(lr)
			wordEnd = i + size
			wordLastCJK = r >= firstSegmented && isCJK(r)
		case (r == '\'' || r == '‘' || r == '’') && wordStart < 0 && !quoted && i+size < len(raw) && isLetterByte(raw[i+size]) && (i == 0 || raw[i-1] == ' '):
			// An opening quote: 'Python for Data Science'.
			quoted = true
		case (r == '\'' || r == '’') && wordStart >= 0 && quoted && (i+size == len(raw) || !isLetterByte(raw[i+size])):
			// The closing quote after a title's last word.
			flushWord()
			quoted = false
		case (r == '\'' || r == '’') && numStart >= 0:
			// Turkish "3'er saat" (3 hours each): the number, then "each";
			// any other suffix after a number's apostrophe ("10'da") is
			// dropped.
			flushNum(i)
			j := i + size
			suffix := j
			for suffix < len(raw) && (isLetterByte(raw[suffix]) || raw[suffix] >= 0x80) {
				_, sz := utf8.DecodeRuneInString(raw[suffix:])
				suffix += sz
			}
			switch strings.ToLower(raw[j:suffix]) {
			case "er", "ar", "şer", "şar", "ser", "sar":
				push(token{text: "each", start: j, end: suffix})
			}
			i = suffix
			continue
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´':
			// Apostrophes join ("can't" -> "cant"); a possessive or
			// "is" 's is dropped ("Ng's" -> "ng", "what's" -> "what").
			if wordStart >= 0 {
				j := i + size
				if j < len(raw) && (raw[j] == 's' || raw[j] == 'S') && (j+1 == len(raw) || !isWordByte(raw[j+1])) {
					flushWord()
					i = j + 1
					continue
				}
			}
		case (r == '-' || r == '.') && wordStart >= 0 && i+1 < len(raw) && isLetterByte(raw[i+1]) && !(r == '-' && isDayWord(word.String())):
			// "ml-ops", "non-technical", "fast.ai", "e.g": one word; but
			// "mon-thu" is a range of days.
		default:
			flushWord()
			flushNum(i)
			switch r {
			case '.', '!', '\n', ';', '…':
				if r == '.' && size == 1 && i+1 < len(raw) && isWordByte(raw[i+1]) {
					// "e.g", "node.js", "deeplearning.ai": not a sentence end.
					punct(".", i, size)
					break
				}
				if (r == '.' || r == ')') && tz.listMarker(raw, i) {
					// "4. Hours: 5/week": the list's number is no amount.
					k := len(tz.toks) - 1
					tz.toks[k].isNum, tz.toks[k].punct, tz.toks[k].text = false, true, "#"
					newClause()
					break
				}
				if r == '.' && tz.ordinalDot(raw, i, n) {
					// "fra 4. januar", "ab 11. Januar": the day's ordinal.
					tz.toks[len(tz.toks)-1].ord = true
					break
				}
				newSentence()
			case '?':
				if n := len(tz.toks); n > 0 && tz.toks[n-1].sent == sent {
					tz.markQuestion(sent)
				}
				newSentence()
			case ':':
				// "Machine Learning: Regression" is one title.
				if n := len(tz.toks); !(n > 0 && (tz.toks[n-1].text == "ml" || tz.toks[n-1].text == "learning") && i+2 < len(raw) && raw[i+1] == ' ' && raw[i+2] >= 'A' && raw[i+2] <= 'Z') {
					newClause()
				}
			case '"', '“', '”':
				quoted = !quoted && r != '”'
				newClause()
			case ',', '(', ')', '[', ']':
				newClause()
			case '$', '€', '£':
				// A currency sign is the word "usd", so patterns can name
				// it ("$" there anchors the end of a clause).
				push(token{text: "usd", start: i, end: i + size})
			case '@':
				// "mle @ adtech co": at. (An address's "@" sits inside a
				// word and is handled there.)
				push(token{text: "at", start: i, end: i + size})
			case '+':
				// "C++" is a language.
				if k := len(tz.toks) - 1; k >= 0 && tz.toks[k].end == i && tz.toks[k].text == "c" && i+1 < len(raw) && raw[i+1] == '+' {
					tz.toks[k].text = "cpp"
					tz.toks[k].end = i + 2
					i += 2
					continue
				}
				punct("+", i, size)
			case '~', '/', '-', '–', '—', '%', '=', '>', '<', '*':
				if (r == '-' || r == '–' || r == '—') && spacedDash(raw, i, size, tz.toks) {
					// "hey quick q before we start - how much do these
					// cost?": a dash between words, spaced, sets off a
					// clause (not "3 - 5 hrs" or "mon - fri").
					newClause()
					break
				}
				mark := string(r)
				if r == '–' || r == '—' {
					mark = "-"
				}
				punct(mark, i, size)
			case '&':
				push(token{text: "and", start: i, end: i + size})
			case '#':
				// "C#", "F#" are languages, not a clause break.
				if k := len(tz.toks) - 1; k >= 0 && tz.toks[k].end == i && (tz.toks[k].text == "c" || tz.toks[k].text == "f") {
					tz.toks[k].text += "sharp"
					tz.toks[k].end = i + size
				} else {
					newClause()
				}
			case '❌', '✖', '✗', '✘', '🚫':
				// "❌ coding", "programming ❌" (dev109 assumed some):
				// a cross says no.
				newClause()
				push(token{text: "no", start: i, end: i + size})
			case '✅', '✔', '☑', '✓':
				newClause()
				push(token{text: "yes", start: i, end: i + size})
			default:
				if !unicode.IsSpace(r) {
					// Emoji and symbols separate clauses: "ok 👍 5h".
					newClause()
				}
			}
		}
		i += size
	}
	flushWord()
	flushNum(len(raw))
	if n != nil {
		tz.resolveDateMarkers()
		tz.resolveRepeats()
		tz.merge(n.merges)
		tz.invertApproximate(n)
		tz.swahiliHours(n)
		tz.eachAfterUnit()
		tz.dayRangeDo()
		tz.dutchDayRange()
		tz.dueOre()
		tz.readInContext()
		tz.joinComplements()
	}
	tz.buildSentences()
	return tz
}

// resolveRepeats reads a doubled amount as "each", as learners from
// South Asia write it: "weekend 3-3 hours", "2-2 ghante" are that much on
// each day.
func (tz *tokenized) resolveRepeats() {
	toks := tz.toks
	// Between two numbers, other languages' "and" and "to" are ours:
	// "entre 6 y 8 horas", "6 a 8 horas", "2 bis 3 Stunden".
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].isNum && toks[i+1].isNum && !toks[i-1].clock && !toks[i+1].clock {
			switch toks[i].text {
			case "y", "e", "und", "et", "dan", "ve", "i", "og", "en":
				toks[i].text = "and"
			case "a", "ate", "bis", "hasta", "sampai", "do", "al":
				toks[i].text = "to"
			}
		}
	}
	// Between a day or an amount and the next, their "and" is ours too:
	// "2 ore sabato e 2 domenica", "2 horas y los miércoles 1".
	for i := 1; i+1 < len(toks); i++ {
		switch toks[i].text {
		case "y", "e", "und", "et", "og", "en", "dan", "ve":
		default:
			continue
		}
		prev, next := toks[i-1], toks[i+1]
		if i+2 < len(toks) && articles[next.text] {
			next = toks[i+2]
		}
		_, _, unit := unitOf(prev.text)
		if (prev.isNum || unit || isDayName(prev.text)) && (next.isNum || isDayName(next.text)) {
			toks[i].text = "and"
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		switch {
		case next.isNum && !next.clock && strings.EqualFold(tz.raw[t.start:t.end], "je"):
			// German "je 1,5 Std.": each.
			toks[i].text = "each"
		case next.isNum && !next.clock && (t.text == "hours" || t.text == "hour") && (i == 0 || !toks[i-1].isNum) && unitlessAfter(toks, i+2) &&
			!strings.ContainsAny(tz.raw[t.end:next.start], ",;.") && !(i > 0 && (toks[i-1].text == "an" || toks[i-1].text == "a")):
			// (Not "an hour, 3 on a saturday": the hour is the amount's
			// unit and 3 a new amount.)
			// Swahili "saa 2 kila usiku", "masaa 3": the unit comes
			// first.
			toks[i], toks[i+1] = next, t
			toks[i].start, toks[i].end, toks[i+1].start, toks[i+1].end = t.start, t.end, next.start, next.end
			i++
		}
	}
	// "5/week", "2h/day", "10 hrs / wk": per.
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != "/" {
			continue
		}
		_, _, unit := unitOf(toks[i-1].text)
		switch toks[i+1].text {
		case "week", "wk", "w", "day", "d", "month", "mo", "night", "weekday", "weekend":
			if toks[i-1].isNum || unit {
				toks[i].text, toks[i].punct = "per", false
			}
		}
	}
	// "3 hours a DAY, not a week": the period taken back is not read.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text != "not" || i == 0 {
			continue
		}
		n := 0
		switch {
		case toks[i+1].text == "weekly" || toks[i+1].text == "daily":
			n = 2
		case i+2 < len(toks) && (toks[i+1].text == "a" || toks[i+1].text == "per" || toks[i+1].text == "each") && (toks[i+2].text == "week" || toks[i+2].text == "day"):
			n = 3
		}
		if n > 0 {
			tz.toks = append(toks[:i], toks[i+n:]...)
			toks = tz.toks
			i--
		}
	}
	// German day abbreviations joined in a list: "Di und Do", "Mo-Fr",
	// "Sa, So". Alone they are words of other languages ("do", "so").
	for i := 0; i+2 < len(toks); i++ {
		a, b := germanDay(tz, toks[i]), germanDay(tz, toks[i+2])
		if a != "" && b != "" && (toks[i+1].text == "and" || toks[i+1].text == "-" || toks[i+1].clause != toks[i].clause && toks[i+2].clause == toks[i+1].clause) {
			toks[i].text, toks[i+2].text = a, b
		}
	}
	for i := 0; i+3 < len(toks); i++ {
		a, dash, b := toks[i], toks[i+1], toks[i+2]
		if a.isNum && b.isNum && !a.clock && !b.clock && dash.text == "-" && a.num == b.num && a.num > 0 && a.num <= 12 {
			if _, _, unit := unitOf(toks[i+3].text); unit {
				// "3-3 hours" -> "3 hours each"
				u := toks[i+3]
				toks[i+1] = u
				toks[i+2] = token{text: "each", sent: u.sent, clause: u.clause, start: dash.start, end: b.end}
				tz.toks = append(toks[:i+3], toks[i+4:]...)
				toks = tz.toks
			}
		}
	}
}

// articles of other languages may stand before a day: "y los miércoles".
var articles = map[string]bool{"los": true, "las": true, "el": true, "il": true, "la": true, "le": true, "les": true, "der": true, "die": true, "das": true, "o": true, "os": true, "as": true}

// unitlessAfter reports whether the words from i say how often, or
// nothing: "hours 2 every night", "hours 2", but not "hours 5 days".
func unitlessAfter(toks []token, i int) bool {
	if i >= len(toks) || toks[i].sent != toks[i-1].sent {
		return true
	}
	switch toks[i].text {
	case "every", "each", "a", "per", "daily", "weekly", "nightly", "at", "on", "in":
		return true
	}
	return false
}

// germanDays are the two-letter day names German writes capitalised.
var germanDays = map[string]string{"Mo": "monday", "Di": "tuesday", "Mi": "wednesday", "Do": "thursday", "Fr": "friday", "Sa": "saturday", "So": "sunday"}

// germanDay returns the day a token abbreviates in German, or "".
func germanDay(tz *tokenized, t token) string {
	if t.end-t.start != 2 {
		return ""
	}
	return germanDays[tz.raw[t.start:t.end]]
}

// digitZeros are the zeros of the decimal digits other scripts write:
// Arabic-Indic, Persian, N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati,
// Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar,
// Khmer, Mongolian and full-width.
var digitZeros = []rune{0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10}

// asciiDigits writes other scripts' digits as 0-9: "۲ ساعت" is "2 ساعت",
// "১ ঘণ্টা" is "1 ঘণ্টা".
func asciiDigits(s string) string {
	native := false
	for _, r := range s {
		if r > 0x7f && unicode.IsDigit(r) {
			native = true
			break
		}
	}
	if !native {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > 0x7f && unicode.IsDigit(r) {
			for _, z := range digitZeros {
				if r >= z && r <= z+9 {
					return '0' + (r - z)
				}
			}
		}
		return r
	}, s)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// arabiziWord reports whether the one digit at raw[at:letters] and the
// letters after it are one Arabizi word the gloss knows ("3andi" is "I
// have", "7aga" a thing): Arabic written in Latin letters uses 2, 3, 5,
// 7, 8 and 9 for sounds Latin lacks. Only words the gloss lists count, so
// "3hrs", "2nd" and "5pm" stay numbers.
func (n *nlu) arabiziWord(raw string, at, letters int) bool {
	if n.gloss == nil || letters-at != 1 || at > 0 && (isLetterByte(raw[at-1]) || isDigitByte(raw[at-1])) {
		return false
	}
	switch raw[at] {
	case '2', '3', '5', '7', '8', '9':
	default:
		return false
	}
	end := letters
	for end < len(raw) && (isLetterByte(raw[end]) || isDigitByte(raw[end])) {
		end++
	}
	_, ok := n.gloss.words[strings.ToLower(raw[at:end])]
	return ok
}

// halfWidth maps the punctuation of Chinese, Japanese, Korean and Arabic
// text to its ASCII form, so "？" asks and "，" breaks a clause.
func halfWidth(r rune) rune {
	switch r {
	case '？', '؟':
		return '?'
	case '！':
		return '!'
	case '。', '｡':
		return '.'
	case '，', '、', '،', '､':
		return ','
	case '；', '؛':
		return ';'
	case '：':
		return ':'
	case '（':
		return '('
	case '）':
		return ')'
	case '～', '〜':
		return '~'
	case '－':
		return '-'
	}
	return r
}

// translate gives a word's meant English: a known misspelling, else the
// gloss of a word of another language. Words the patterns read as they
// are keep their meaning.
func (n *nlu) translate(w string) string {
	t, _ := n.translateFrom(w)
	return t
}

// Where translateFrom found a word's English.
const (
	fromNone = iota
	fromSpelling
	fromGloss
	fromTypo
)

// translateFrom is translate, saying where the English came from: a known
// misspelling, the gloss, or a typo of a typo target (tried last, so a
// word the gloss knows is never "corrected").
func (n *nlu) translateFrom(w string) (string, int) {
	if fixed, ok := n.spelling[w]; ok {
		return fixed, fromSpelling
	}
	if n.gloss != nil && !n.vocab[w] {
		if e, ok := n.gloss.word(w); ok {
			return e, fromGloss
		}
	}
	if fixed, ok := n.typoFix(w); ok {
		return fixed, fromTypo
	}
	return w, fromNone
}

// typoFix corrects a chat typo of one of the lexicon's typo targets:
// "mony" money, "programing" programming, "finacial" financial, "evry"
// every. The word must be unknown to the patterns, plain ASCII, start
// with the target's letter and be one edit from it, and only one target
// may be that near; English words that near a target are listed in the
// lexicon's typo_keep. A four-letter word is only corrected to a
// five-letter target (a letter dropped), so short words of other
// languages stay as they are.
func (n *nlu) typoFix(w string) (string, bool) {
	if len(w) < 4 || len(w) > 24 || n.vocab[w] || n.typoKeep[w] || !isASCIIWord(w) {
		return "", false
	}
	// (Two edits turned German "programmiere" and Italian "programmare"
	// into "programmer".)
	const maxDist = 1
	best, bestDist, tie := "", maxDist+1, false
	for _, t := range n.typoTargets[w[0]] {
		if len(w) == 4 && len(t) != 5 {
			continue
		}
		d := editDistance(w, t, maxDist)
		switch {
		case d == 0:
			return "", false
		case d < bestDist:
			best, bestDist, tie = t, d, false
		case d == bestDist:
			tie = true
		}
	}
	if best == "" || tie {
		return "", false
	}
	return best, true
}

// hyphenSuffixes are endings that say "of that kind" ("phd-style"); a
// word known without them keeps its meaning.
var hyphenSuffixes = []string{"ish", "style", "like", "based", "oriented", "related", "level", "type", "heavy", "focused", "side", "y"}

// isDayWord reports whether w names a weekday ("mon", "tuesday").
func isDayWord(w string) bool {
	_, ok := weekdayNames[w]
	return ok
}

// listMarker reports whether the "." or ")" at raw[i] ends a list item's
// number: a small number alone at the start of a line ("\n4. Hours: 5"),
// in a message with at least one other line.
func (tz *tokenized) listMarker(raw string, i int) bool {
	k := len(tz.toks) - 1
	if k < 0 || !tz.toks[k].isNum || tz.toks[k].end != i || tz.toks[k].num < 1 || tz.toks[k].num > 20 || !strings.Contains(raw, "\n") {
		return false
	}
	start := tz.toks[k].start
	if start > 0 && raw[start-1] != '\n' {
		return false
	}
	return i+1 < len(raw) && raw[i+1] == ' '
}

// ordinalDot reports whether the "." at raw[i] makes the day number just
// before it an ordinal, as most of Europe writes dates ("4. januar",
// "11. Januar"): a month's name follows.
func (tz *tokenized) ordinalDot(raw string, i int, n *nlu) bool {
	k := len(tz.toks) - 1
	if k < 0 || !tz.toks[k].isNum || tz.toks[k].end != i || tz.toks[k].num < 1 || tz.toks[k].num > 31 || tz.toks[k].num != float64(int(tz.toks[k].num)) {
		return false
	}
	j := i + 1
	for j < len(raw) && raw[j] == ' ' {
		j++
	}
	e := j
	for e < len(raw) && isWordByte(raw[e]) {
		e++
	}
	if e == j {
		return false
	}
	w := strings.ToLower(raw[j:e])
	if n != nil {
		w = n.translate(foldWord(w))
	}
	_, month := monthNames[w]
	return month
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ordinalSuffix returns the length of an ordinal suffix ("st", "nd",
// "rd", "th") at the start of s when it ends the word, else 0.
func ordinalSuffix(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch strings.ToLower(s[:2]) {
	case "st", "nd", "rd", "th":
		if len(s) == 2 || !isWordByte(s[2]) {
			return 2
		}
	}
	return 0
}

// markQuestion records that sentence n ends with a question mark; the
// flag is applied when sentences are built.
func (tz *tokenized) markQuestion(n int) {
	for len(tz.sents) <= n {
		tz.sents = append(tz.sents, sentence{})
	}
	tz.sents[n].question = true
}

// merge joins adjacent words listed in the merge table, in place.
func (tz *tokenized) merge(m mergeTable) {
	out := tz.toks[:0]
	for i := 0; i < len(tz.toks); i++ {
		t := tz.toks[i]
		if !t.punct && !t.isNum {
		rules:
			for _, r := range m[t.text] {
				if i+len(r.rest) >= len(tz.toks) {
					continue
				}
				for k, w := range r.rest {
					n := tz.toks[i+1+k]
					if n.text != w || n.sent != t.sent || n.clause != t.clause || n.punct || n.isNum {
						continue rules
					}
				}
				t.text, t.end = r.joined, tz.toks[i+len(r.rest)].end
				i += len(r.rest)
				break
			}
		}
		out = append(out, t)
	}
	tz.toks = out
}

// buildSentences fills sents from the tokens' sentence numbers, keeping
// the question marks recorded while tokenizing, and marks question
// clauses.
func (tz *tokenized) buildSentences() {
	marked := tz.sents
	tz.sents = nil
	maxClause := -1
	for i, t := range tz.toks {
		if len(tz.sents) == 0 || tz.toks[i-1].sent != t.sent {
			q := t.sent < len(marked) && marked[t.sent].question
			tz.sents = append(tz.sents, sentence{from: i, to: i + 1, question: q})
		} else {
			tz.sents[len(tz.sents)-1].to = i + 1
		}
		maxClause = max(maxClause, t.clause)
	}
	tz.clauseQ = make([]bool, maxClause+1)
	tz.clauseAsk = make([]bool, maxClause+1)
	for _, s := range tz.sents {
		start := s.from
		for i := s.from; i <= s.to; i++ {
			if i == s.to || tz.toks[i].clause != tz.toks[start].clause {
				c := tz.toks[start].clause
				tz.clauseAsk[c] = asksSomething(tz.toks[start:i]) && !(endsWanting(tz.toks[start:i]) && !s.question) || tz.tagalogAsks(start, i) || tz.openedAsking(start)
				if tz.clauseAsk[c] && start > s.from && !s.question && (relativeAfter(tz.toks, start) || knowVerbBefore(tz.toks, start)) {
					// "two grandkids (2 and 4) who keep me busy": a
					// relative clause inside a statement; German "ich
					// will verstehen, wie KI funktioniert" (understand,
					// how it works): what they want to know.
					tz.clauseAsk[c] = false
				}
				tz.clauseQ[c] = tz.clauseAsk[c] || s.question && i == s.to && !politeRequest(tz.toks[start:i])
				start = i
			}
		}
	}
}

// endsWanting reports a clause whose verb of wanting comes last, as in
// Turkish, Japanese or Korean: "Hangi desenlerin turistlere daha çok
// satacağını tahmin etmek istiyorum" (which patterns will sell more to
// tourists predict want: I want to predict which; dev84 read a question).
func endsWanting(ts []token) bool {
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].punct {
			continue
		}
		return ts[k].glossed && (ts[k].text == "want" || ts[k].text == "wanna")
	}
	return false
}

// tagalogAsks reports whether tokens [from, to) hold Tagalog's question
// particle "ba" as Taglish places it: after "po" ("legit po ba yung
// financial aid ng coursera?" was read as the budget answer "aid"; dev80)
// or after the clause's first word ("pwede ba sa cellphone", "libre ba").
// Written in lower case: "BA" is a degree ("econ BA at night").
func (tz *tokenized) tagalogAsks(from, to int) bool {
	for j := from + 1; j < to && j <= from+3; j++ {
		t := tz.toks[j]
		if t.text != "ba" || tz.raw[t.start:t.end] != "ba" {
			continue
		}
		if tz.toks[j-1].text == "po" || j == from+1 {
			return true
		}
	}
	return false
}

// openedAsking reports whether the clause at token from opens with
// Spanish "¿": "¿Vale la pena pagar el certificate o alcanza con audit?"
// (worth paying for the certificate or is audit enough) was read as two
// budget answers while another question was open.
func (tz *tokenized) openedAsking(from int) bool {
	t := tz.toks[from]
	if t.punct && t.text == "¿" {
		return true
	}
	before := strings.TrimRight(tz.raw[:t.start], " \t")
	return strings.HasSuffix(before, "¿")
}

// knowVerbBefore reports whether the clause before start ends with a verb
// of knowing: "verstehen, wie KI funktioniert" reads "understand, how ...".
func knowVerbBefore(toks []token, start int) bool {
	if start == 0 {
		return false
	}
	switch toks[start-1].text {
	case "understand", "know", "learn", "see", "explain", "figure", "grasp", "comprendre":
		return true
	}
	return false
}

// asksSomething reports whether a clause is phrased as a question by its
// opening words. Modal openers count only before a subject: "can I audit"
// asks, "can pay" answers.
func asksSomething(ts []token) bool {
	k := 0
	for k < len(ts) && (ts[k].punct || fillerOpener[ts[k].text]) {
		k++
	}
	if k >= len(ts) {
		return false
	}
	first := ts[k].text
	second := ""
	if k+1 < len(ts) {
		second = ts[k+1].text
	}
	switch {
	case (first == "what" || first == "whats") && (second == "up" || second == "s" && k+2 < len(ts) && ts[k+2].text == "up"):
		// "What's up everybody" greets.
		return false
	case first == "is" && k > 0 && ts[k-1].text == "now":
		// "now is high season so only 3 hours" tells (dev32); "now, is
		// it worth it?" is a question by its mark.
		return false
	case first == "is" && len(ts)-k <= 3 && (second == "some" || second == "none" || second == "nothing" || second == "little" || second == "zero"):
		// "ok is some" (it is some; dev9): an answer, not "is some ...?"
		return false
	case politeRequest(ts[k:]):
		// "can you make it data scientist instead" (dev72, after the
		// plan, was declined as a question): a request, said politely.
		return false
	case (first == "when" || first == "where" || first == "whenever") && aboutSelf[second]:
		// "when I have data, maybe 4 hrs a week", "where I live it's
		// all retail": a clause about the learner, not a question (a
		// question marked "?" is one anyway).
		return false
	}
	switch first {
	case "how", "what":
		// "how to diagnose models" names a topic; "how do I" asks; "what
		// I'd like is to use ML on our data" tells.
		return second != "to" && !(first == "what" && pseudoCleft(ts[k+1:]))
	case "whats", "which", "hows", "why", "when", "where", "who", "whos", "wat", "wut",
		"is", "are", "does", "isnt", "arent", "doesnt", "wondering", "anyone", "any", "explain":
		return true
	case "r":
		// "r u sure" asks; "R and python for coursework" is the language.
		switch second {
		case "you", "u", "they", "there", "these", "those", "the", "certificates", "certs", "certificate", "employers", "companies", "recruiters", "people", "ml", "any":
			return true
		}
	case "did", "didnt":
		// "did andrew ng's course" tells; "did you..." asks.
		switch second {
		case "i", "you", "u", "we", "they", "he", "she", "anyone", "someone", "it", "anybody":
			return true
		}
	case "can", "could", "should", "will", "would", "do", "am", "may", "must", "shall", "cant", "shouldnt", "wouldnt", "dont":
		switch second {
		case "i", "you", "u", "we", "my", "a", "an", "the", "it", "they", "someone", "one", "this", "that",
			"certificates", "certs", "certificate", "cert", "these", "those", "ml", "employers", "companies", "recruiters", "people":
			return true
		}
	}
	return false
}

// politeRequest reports "can you make it ...", "could you change it to
// ...": a request to change something, even with a question mark.
func politeRequest(ts []token) bool {
	if len(ts) < 4 {
		return false
	}
	switch ts[1].text {
	case "you", "u":
	case "i", "we":
		// "can i change my hours to 5?" (a stranger got "Did you
		// mean"): their own fact, not "can i change the order?".
		// "can i put financial aid?" (dev97 got the aid answer): what
		// to put down is their own fact too.
		if ts[3].text != "my" && ts[3].text != "our" && ts[3].text != "it" && !putsFact(ts) {
			return false
		}
	default:
		return false
	}
	switch ts[0].text {
	case "can", "could", "would", "will", "pls", "please":
		// Something they have already: "make it", "change my", "switch
		// the" ("can you make me a plan" asks for one).
		if !requestVerb[ts[2].text] {
			return false
		}
		if putsFact(ts) {
			return true
		}
		switch ts[3].text {
		case "it", "my", "our", "the", "that", "this", "mine":
			return true
		}
	}
	return false
}

// requestVerb after "can you" asks certpath to change something: a request,
// not a question.
var requestVerb = map[string]bool{"make": true, "change": true, "switch": true, "set": true, "update": true, "put": true, "swap": true, "adjust": true, "redo": true}

// aboutSelf are the subjects that make "when ..." a clause about the
// learner.
var aboutSelf = map[string]bool{"i": true, "im": true, "ive": true, "id": true, "we": true, "my": true, "our": true, "its": true}

// pseudoCleft reports "I'd like is", "I want is", "we need is" after
// "what": a statement about the learner, not a question.
func pseudoCleft(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	switch ts[0].text {
	case "i", "id", "im", "ive", "we", "my", "our":
	default:
		return false
	}
	for j := 1; j < len(ts) && j <= 5; j++ {
		if ts[j].text == "is" || ts[j].text == "was" {
			return true
		}
		if ts[j].text == "want" && ts[j].end-ts[j].start >= len("want is") {
			// "want is", merged to "want" by the lexicon.
			return true
		}
	}
	return false
}

// relativeAfter reports whether "who" at i opens a relative clause: it
// follows people counted or named in the plural ("two grandkids (2 and
// 4) who keep me busy", "colleagues who use it").
func relativeAfter(toks []token, i int) bool {
	if toks[i].text == "which" && i+1 < len(toks) {
		// "made about $90k, which sounds good until ...": "which" and a
		// verb inside a statement ("which course ..." still asks).
		switch toks[i+1].text {
		case "is", "was", "sounds", "sounded", "means", "meant", "makes", "made", "gives", "gave", "has", "had", "leaves", "left", "takes", "took", "helps", "pays", "paid", "isnt", "wasnt", "doesnt", "didnt", "kind", "honestly":
			return true
		}
		return false
	}
	if toks[i].text != "who" && toks[i].text != "whos" {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if toks[j].punct {
			continue
		}
		return toks[j].isNum || len(toks[j].text) > 3 && strings.HasSuffix(toks[j].text, "s")
	}
	return false
}

// fillerOpener words may precede a question word without making the clause
// a statement: "so what first", "ok how long".
var fillerOpener = map[string]bool{
	"so": true, "ok": true, "okay": true, "and": true, "also": true, "but": true, "hmm": true, "well": true,
	"then": true, "hey": true, "hi": true, "btw": true, "quick": true, "question": true, "q": true, "oh": true,
	"right": true, "anyway": true, "anyways": true, "now": true, "just": true, "plus": true, "lol": true,
	"wait": true, "um": true, "umm": true, "uh": true, "sorry": true, "actually": true,
	// ("yo r u a bot" to the programming question read "yo r" as R; a stranger)
	"yo": true, "hello": true, "hii": true, "hiya": true, "heya": true,
	// ("honestly is the certificate worth paying for?" read as a budget
	// answer while the budget was asked; dev76)
	"honestly": true, "seriously": true, "genuinely": true, "realistically": true, "tbh": true, "ngl": true, "basically": true,
	// Spanish, Portuguese and Italian "and" ("y cuánto tarda si hago 4
	// horas?", and how long does it take if I do 4 hours?, set the hours;
	// a stranger, twentieth session)
	"y": true, "e": true,
}

// words returns the text of tokens [from, to), punctuation left out,
// single-space separated.
func (tz *tokenized) words(from, to int) string {
	var b strings.Builder
	for _, t := range tz.toks[from:to] {
		if t.punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// quote returns the original words of tokens [from, to).
func (tz *tokenized) quote(from, to int) string {
	if from >= to || to > len(tz.toks) {
		return ""
	}
	return strings.TrimSpace(tz.raw[tz.toks[from].start:tz.toks[to-1].end])
}

// isQuestionAt reports whether token i is in a clause that asks something.
func (tz *tokenized) isQuestionAt(i int) bool {
	c := tz.toks[i].clause
	return c < len(tz.clauseQ) && tz.clauseQ[c]
}

// jamCount are the words before "jam" that make it an hour.
var jamCount = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "half": true, "few": true,
	"some": true, "several": true, "many": true, "per": true, "every": true, "each": true, "an": true}

// readInContext fixes readings of words the gloss cannot tell apart by
// themselves: Hindi "se" between numbers, Egyptian "w nos" after an
// hour, Russian "по" between days. It reads Indonesian and Malay "Minggu" (week, and Sunday) as
// Sunday where it names a day: right before an amount ("Sabtu 4 jam,
// Minggu 2 jam": Saturday 4 hours, Sunday 2; dev43) or after "hari"
// (day). "2 jam per minggu" stays a week; "jam" itself is an hour only
// next to a number.
func (tz *tokenized) readInContext() {
	for i := range tz.toks {
		// Indonesian and Malay "jam" is an hour next to a number ("2 jam
		// seminggu", "jam 7", "setengah jam"); otherwise it is English:
		// "i run a jam and preserves stall" (dev71 read 1 h a week).
		t := tz.toks[i]
		if t.text != "hour" || !strings.EqualFold(tz.raw[t.start:t.end], "jam") {
			continue
		}
		prevNum := i > 0 && tz.toks[i-1].clause == t.clause && (tz.toks[i-1].isNum || jamCount[tz.toks[i-1].text])
		nextNum := i+1 < len(tz.toks) && tz.toks[i+1].clause == t.clause && tz.toks[i+1].isNum
		if !prevNum && !nextNum {
			tz.toks[i].text = "jam"
		}
	}
	for i := range tz.toks {
		// Visayan "dili" (not: "dili ako programmer", dev96) is also
		// Timor-Leste's capital: "an NGO in Dili" (dev54).
		t := tz.toks[i]
		if t.text == "not" && i > 0 && placePrep[tz.toks[i-1].text] && strings.EqualFold(tz.raw[t.start:t.end], "dili") {
			tz.toks[i].text = "dili"
		}
	}
	for i := range tz.toks {
		t := tz.toks[i]
		if t.text != "week" || t.end-t.start != len("minggu") || !strings.EqualFold(tz.raw[t.start:t.end], "minggu") {
			continue
		}
		next := i+1 < len(tz.toks) && tz.toks[i+1].isNum && tz.toks[i+1].clause == t.clause
		day := i > 0 && tz.toks[i-1].text == "day" && tz.toks[i-1].clause == t.clause
		if next || day {
			tz.toks[i].text = "sunday"
		}
	}
	for i, t := range tz.toks {
		// Portuguese and Italian "se" opening a clause is "if": "E se eu
		// só tiver 3 horas na época da romaria?" (and if I only have 3
		// hours; dev72 took it for a change); Hindi "se" (from) follows
		// what it is from.
		if t.text == "si" && tz.raw[t.start:t.end] != "sí" && i+1 < len(tz.toks) && !tz.toks[i+1].punct && (i == 0 || tz.toks[i-1].clause != t.clause || tz.toks[i-1].text == "y" || tz.toks[i-1].text == "pero" || tz.toks[i-1].text == "and" || tz.toks[i-1].text == "but") {
			// Spanish "y si hago 6 horas?" (and if I do 6 hours?; a
			// stranger's what-if re-made the plan at 6 h): "si" opening
			// a clause is "if" ("sí", yes, has its accent).
			tz.toks[i].text = "if"
			if i > 0 && tz.toks[i-1].text == "y" {
				tz.toks[i-1].text = "and"
			}
			continue
		}
		if t.text != "from" || !strings.EqualFold(tz.raw[t.start:t.end], "se") {
			continue
		}
		if i == 0 || tz.toks[i-1].clause != t.clause {
			tz.toks[i].text = "if"
			continue
		}
		switch strings.ToLower(tz.raw[tz.toks[i-1].start:tz.toks[i-1].end]) {
		case "e", "mas", "ma", "and", "ok", "tipo", "só", "so":
			if i < 2 || tz.toks[i-2].clause != t.clause || !tz.toks[i-2].isNum {
				tz.toks[i].text = "if"
			}
		}
	}
	for i := 1; i+1 < len(tz.toks); i++ {
		t := tz.toks[i]
		switch {
		case t.text == "from" && tz.toks[i-1].isNum && tz.toks[i+1].isNum && strings.EqualFold(tz.raw[t.start:t.end], "se"):
			// Hindi "1 se 2 ghante" (1 to 2 hours; dev43)
			tz.toks[i].text = "to"
		case t.text == "only" && strings.EqualFold(tz.raw[t.start:t.end], "ghir") && isDayName(tz.toks[i+1].text) || t.text == "only" && strings.EqualFold(tz.raw[t.start:t.end], "ghir") && i+2 < len(tz.toks) && tz.toks[i+1].text == "day" && isDayName(tz.toks[i+2].text):
			// Darija "ghir nhar l7ed la" (only Sunday no: except Sunday;
			// dev43); "ghir Excel" stays "only Excel".
			tz.toks[i].text = "except"
			if tz.toks[i+1].text == "day" {
				tz.toks[i+1].text = "on"
			}
		case t.text == "w" && tz.toks[i+1].text == "nos" && (tz.toks[i-1].text == "hour" || tz.toks[i-1].text == "hours"):
			// Egyptian "sa3a w nos" (an hour and a half; dev43)
			tz.toks[i].text, tz.toks[i+1].text = "and", "half"
		}
	}
	// Polish "W tygodniu godzinę wieczorem, a w sobotę 3 godziny" (in the
	// week an hour in the evening, and Saturday 3 hours; dev41): "w
	// tygodniu" opening a clause is the weekdays; after an amount ("2
	// godziny w tygodniu") it is a week.
	for i := 0; i+1 < len(tz.toks); i++ {
		t, next := tz.toks[i], tz.toks[i+1]
		if t.text != "w" || next.text != "week" || next.clause != t.clause || !strings.HasPrefix(strings.ToLower(tz.raw[next.start:next.end]), "tygodni") {
			continue
		}
		if i > 0 && tz.toks[i-1].clause == t.clause && (tz.toks[i-1].isNum || strings.HasPrefix(tz.toks[i-1].text, "hour") || strings.HasPrefix(tz.toks[i-1].text, "minute")) {
			continue
		}
		tz.toks[i].text, tz.toks[i+1].text = "on", "weekdays"
	}
	// Vietnamese "năm" is a year after a number ("7 năm": 7 years; it is
	// also five), and "tháng 1" (month 1) is January: "ngày 4 tháng 1"
	// (day 4 month 1) is 4 January (dev43).
	for i := range tz.toks {
		t := tz.toks[i]
		raw := strings.ToLower(tz.raw[t.start:t.end])
		switch {
		case raw == "năm" && i > 0 && tz.toks[i-1].isNum && tz.toks[i-1].clause == t.clause:
			tz.toks[i].text = "years"
		case raw == "tháng" && i+1 < len(tz.toks) && tz.toks[i+1].isNum && tz.toks[i+1].num >= 1 && tz.toks[i+1].num <= 12 && tz.toks[i+1].num == math.Trunc(tz.toks[i+1].num):
			tz.toks[i].text = strings.ToLower(time.Month(int(tz.toks[i+1].num)).String())
			tz.toks[i+1] = token{text: "of", start: tz.toks[i+1].start, end: tz.toks[i+1].end, sent: tz.toks[i+1].sent, clause: tz.toks[i+1].clause}
		}
	}
	// Thai "วันละ 3 ชั่วโมง" (a day 3 hours) is "3 hours a day", and
	// "วันละชั่วโมง" (a day an hour) is an hour a day.
	for i := 0; i+2 < len(tz.toks); i++ {
		t := tz.toks[i]
		if t.text != "a" || tz.toks[i+1].text != "day" || !strings.Contains(tz.raw[t.start:max(t.end, tz.toks[i+1].end)], "วันละ") {
			continue
		}
		next := tz.toks[i+2]
		if _, _, unit := unitOf(next.text); unit && !next.isNum {
			tz.toks[i].text, tz.toks[i].num, tz.toks[i].isNum = "1", 1, true
			tz.toks[i+1].text, tz.toks[i+2].text = next.text, "daily"
			continue
		}
		if i+3 < len(tz.toks) && next.isNum {
			if _, _, unit := unitOf(tz.toks[i+3].text); unit {
				a, d := tz.toks[i], tz.toks[i+1]
				tz.toks[i], tz.toks[i+1], tz.toks[i+2], tz.toks[i+3] = tz.toks[i+2], tz.toks[i+3], a, d
				i += 3
			}
		}
	}
	// Ukrainian and Russian "з понеділка по суботу", "с понедельника по
	// субботу" (from Monday to Saturday): "по" between two days is "to",
	// not "each" (dev43).
	for i := 2; i+1 < len(tz.toks); i++ {
		if tz.toks[i].text == "each" && tz.toks[i-2].text == "from" && isDayName(tz.toks[i-1].text) && isDayName(tz.toks[i+1].text) {
			tz.toks[i].text = "to"
		}
	}
}

// swahiliHours puts Swahili's number after "saa" / "masaa" (hours)
// before it: "saa moja" (one hour), "masaa matatu" (three hours; dev41,
// dev43). "moja" (one) is left out of the gloss: Polish "moja" is "my".
func (tz *tokenized) swahiliHours(n *nlu) {
	for i := 0; i+1 < len(tz.toks); i++ {
		t, next := tz.toks[i], tz.toks[i+1]
		if t.text != "hours" || next.clause != t.clause {
			continue
		}
		if w := strings.ToLower(tz.raw[t.start:t.end]); w != "saa" && w != "masaa" {
			continue
		}
		switch {
		case next.text == "moja":
			tz.toks[i+1].text, tz.toks[i+1].num, tz.toks[i+1].isNum = "1", 1, true
		case n.numbers[next.text] > 0 || next.isNum:
		default:
			continue
		}
		tz.swapNext(i)
		i++
	}
}

// invertApproximate puts a Russian unit back after its number: "часа
// полтора", "минут 30" (the order that says "about") read as "1.5
// hours", "30 minutes".
func (tz *tokenized) invertApproximate(n *nlu) {
	for i := 0; i+1 < len(tz.toks); i++ {
		t, next := tz.toks[i], tz.toks[i+1]
		if _, _, unit := unitOf(t.text); !unit || next.clause != t.clause || !(next.isNum || n.numbers[next.text] > 0) || i > 0 && (tz.toks[i-1].isNum || n.numbers[tz.toks[i-1].text] > 0) {
			continue
		}
		if !strings.ContainsFunc(tz.raw[t.start:t.end], func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
			continue
		}
		tz.swapNext(i)
		i++
	}
}

// swapNext swaps the words at i and i+1; each keeps the other's place
// in raw, so quotes stay in order.
func (tz *tokenized) swapNext(i int) {
	a, b := tz.toks[i], tz.toks[i+1]
	a.start, a.end, b.start, b.end = b.start, b.end, a.start, a.end
	tz.toks[i], tz.toks[i+1] = b, a
}

// eachAfterUnit reads "3 each hours" (Turkish "3'er saat") as "3 hours
// each".
func (tz *tokenized) eachAfterUnit() {
	for i := 1; i+1 < len(tz.toks); i++ {
		if tz.toks[i].text != "each" || !tz.toks[i-1].isNum {
			continue
		}
		if _, _, unit := unitOf(tz.toks[i+1].text); unit {
			tz.swapNext(i)
			i++
		}
	}
}

// dayRangeDo reads Polish "od poniedziałku do czwartku i w sobotę" (from
// Monday to Thursday and on Saturday): "do" between two day names is
// "to", "i" before another day "and".
func (tz *tokenized) dayRangeDo() {
	for i := 1; i+1 < len(tz.toks); i++ {
		// Polish "do", Italian "al", Spanish and Portuguese "a".
		switch tz.toks[i].text {
		case "do", "al", "a":
			if isDayName(tz.toks[i-1].text) && isDayName(tz.toks[i+1].text) {
				if tz.toks[i].text == "a" && westSlavicDay(tz.raw[tz.toks[i-1].start:tz.toks[i-1].end]) {
					// Czech and Slovak "úterý a čtvrtek": Tuesday and
					// Thursday.
					tz.toks[i].text = "and"
				} else {
					tz.toks[i].text = "to"
				}
			}
		}
		// "... do czwartku i w sobotę": Polish "i" (and) between days.
		if tz.toks[i].text == "i" && isDayName(tz.toks[i-1].text) && (isDayName(tz.toks[i+1].text) || tz.toks[i+1].text == "w" && i+2 < len(tz.toks) && isDayName(tz.toks[i+2].text)) {
			tz.toks[i].text = "and"
		}
	}
}

// westSlavicDay reports whether a day name is written in Czech or
// Slovak ("úterý", "čtvrtek", "pondelok"), where "a" between days is
// "and", not Spanish "lunes a viernes".
func westSlavicDay(raw string) bool {
	w := foldWord(raw)
	for _, p := range westSlavicDays {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// westSlavicDays are the Czech and Slovak day names' stems, folded.
var westSlavicDays = []string{"pondel", "uter", "utor", "stred", "ctvrt", "stvrt", "patek", "piat", "sobot", "nedel"}

// dutchDays are Dutch day abbreviations, read as days only in a range
// ("ma t/m do", "di-vr"): "do", "zo", "ma" are words of other languages.
var dutchDays = map[string]string{"ma": "monday", "di": "tuesday", "wo": "wednesday", "do": "thursday", "vr": "friday", "za": "saturday", "zo": "sunday"}

// dutchDayRange reads Dutch "ma t/m do" (Monday up to and including
// Thursday), "ma tot do", "di-vr": the range of days.
func (tz *tokenized) dutchDayRange() {
	ts := tz.toks
	for i := 0; i+2 < len(ts); i++ {
		first, ok := dutchDays[ts[i].text]
		if !ok || ts[i].isNum {
			continue
		}
		j := i + 1
		switch {
		case j+3 < len(ts) && ts[j].text == "t" && ts[j+1].text == "/" && ts[j+2].text == "m":
			j += 3
		case ts[j].text == "tot" || ts[j].text == "-" || ts[j].text == "to":
			j++
		default:
			continue
		}
		last, ok := dutchDays[ts[j].text]
		if !ok || ts[j].sent != ts[i].sent {
			continue
		}
		ts[i].text, ts[i+1].text, ts[j].text = first, "to", last
		ts[i+1].punct = false
		tz.toks = append(ts[:i+2], ts[j:]...)
		ts = tz.toks
		i += 2
	}
}

// dueOre reads Italian "due ore" (two hours): "due" is English too, so
// it is a number only before a unit written in Italian.
func (tz *tokenized) dueOre() {
	for i := 0; i+1 < len(tz.toks); i++ {
		if tz.toks[i].text != "due" || tz.toks[i].isNum {
			continue
		}
		next := tz.toks[i+1]
		_, _, unit := unitOf(next.text)
		// "due ore", and "due sere" (two evenings; dev38): a glossed
		// Italian word of days after it.
		if unit && strings.HasPrefix(strings.ToLower(tz.raw[next.start:next.end]), "or") || next.glossed && dayish(next.text) {
			tz.toks[i].text, tz.toks[i].isNum, tz.toks[i].num = "2", true, 2
		}
	}
}

// joinComplements keeps "understand, how it works" (German "verstehen,
// wie KI funktioniert": a comma before the complement) in one clause, as
// English writes it.
func (tz *tokenized) joinComplements() {
	for i := 0; i+1 < len(tz.toks); i++ {
		a, b := tz.toks[i], tz.toks[i+1]
		if b.clause == a.clause || b.sent != a.sent || !knowVerbBefore(tz.toks, i+1) {
			continue
		}
		switch b.text {
		case "how", "what", "why", "which":
		default:
			continue
		}
		for j := i + 1; j < len(tz.toks) && tz.toks[j].clause == b.clause; j++ {
			tz.toks[j].clause = a.clause
		}
	}
}

// thaiMonths are Thai month abbreviations ("4 ม.ค. 2570": 4 January).
var thaiMonths = strings.NewReplacer(
	"ม.ค.", " january ", "ก.พ.", " february ", "มี.ค.", " march ", "เม.ย.", " april ", "พ.ค.", " may ", "มิ.ย.", " june ",
	"ก.ค.", " july ", "ส.ค.", " august ", "ก.ย.", " september ", "ต.ค.", " october ", "พ.ย.", " november ", "ธ.ค.", " december ")

// thaiDates reads a date written the Thai way: its month abbreviated
// with dots, its year of the Buddhist Era (2570 is 2027; dev46).
func thaiDates(raw string) string {
	if !strings.ContainsFunc(raw, func(r rune) bool { return unicode.Is(unicode.Thai, r) }) {
		return raw
	}
	raw = thaiMonths.Replace(raw)
	var b strings.Builder
	for i := 0; i < len(raw); {
		if i+4 <= len(raw) && raw[i] == '2' && raw[i+1] == '5' && isDigitByte(raw[i+2]) && isDigitByte(raw[i+3]) &&
			(i == 0 || !isDigitByte(raw[i-1])) && (i+4 == len(raw) || !isDigitByte(raw[i+4])) {
			if y, err := strconv.Atoi(raw[i : i+4]); err == nil && y >= 2560 && y <= 2600 {
				b.WriteString(strconv.Itoa(y - 543))
				i += 4
				continue
			}
		}
		b.WriteByte(raw[i])
		i++
	}
	return b.String()
}

// placePrep are the English words before a place's name.
var placePrep = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "around": true, "outside": true}

// putsFact reports "can i put financial aid", "can we put 3 hours": what
// to put down for them, not "can i put the certificate on linkedin?".
func putsFact(ts []token) bool {
	if len(ts) < 4 || ts[2].text != "put" || ts[1].text != "i" && ts[1].text != "we" {
		return false
	}
	switch ts[3].text {
	case "the", "a", "an", "these", "this", "those", "them", "it", "that", "certificate", "certificates", "cert", "certs", "my", "our":
		return false
	}
	return true
}
