package advisor

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The gloss: words of learners' other languages, replaced by the English
// words the lexicon's patterns read before any pattern runs, so that
// "quero usar ML no meu trabalho" is read as "want use ml in my job" and
// every rule written for English serves Portuguese too. It is a word-level
// dictionary (data/gloss.yaml), not a translator: word order is the
// learner's, which the patterns' gaps mostly absorb. Chinese, Japanese and
// Korean are segmented by longest match against the dictionary; stems
// ("програм*") match the inflected forms of languages that inflect.

//go:embed data/gloss.yaml
var glossYAML []byte

// Month and day markers of CJK dates ("1月15日", "1월 15일"): the tokens
// the gloss gives them, resolved by resolveDateMarkers.
const (
	cjkMonth = "cjkmonth"
	cjkDay   = "cjkday"
)

// glossStem is a key ending in "*": any word that starts with it.
type glossStem struct {
	prefix, english string
}

// gloss is the compiled dictionary; read-only once built.
type gloss struct {
	words  map[string]string
	stems  []glossStem // longest first
	cjk    map[string]string
	cjkMax int // longest CJK key, in runes
}

// foldWord lower-cases a word and folds accents the way the tokenizer does,
// so keys match what tokenize produces.
func foldWord(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(unicode.ToLower(r)))
	}
	return b.String()
}

// isCJK reports whether r is written without spaces between words (Han,
// kana, Thai) or is Hangul, whose words carry particles: all are
// segmented. (Thai joined 2026-11-30: "วันอาทิตย์ 4 ชั่วโมง กับคืนวันพุธอีก
// 1 ชั่วโมง" was a few unread words.)
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Thai, r)
}

// firstSegmented is the lowest rune isCJK can accept (Thai): a cheap
// test before the tables.
const firstSegmented = 0x0E00

func hasCJK(s string) bool {
	for _, r := range s {
		if r >= firstSegmented && isCJK(r) {
			return true
		}
	}
	return false
}

// compileGloss reads data/gloss.yaml: language -> word -> English.
func compileGloss(data []byte) (*gloss, error) {
	var f map[string]map[string]string
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("gloss: %w", err)
	}
	g := &gloss{words: map[string]string{}, cjk: map[string]string{}}
	ambiguous := map[string]bool{}
	for _, lang := range sortedKeys(f) {
		for _, key := range sortedKeys(f[lang]) {
			english := strings.Join(strings.Fields(strings.ToLower(f[lang][key])), " ")
			k := foldWord(strings.TrimSpace(key))
			switch {
			case k == "" || strings.ContainsAny(k, " \t"):
				return nil, fmt.Errorf("gloss: %s: key %q: want one word", lang, key)
			case hasCJK(k):
				if prev, ok := g.cjk[k]; ok && prev != english {
					// 日 is a day in Chinese and Japanese alike; a key
					// that means two things is left out.
					ambiguous[k] = true
				}
				g.cjk[k] = english
				g.cjkMax = max(g.cjkMax, utf8.RuneCountInString(k))
			case strings.HasSuffix(k, "*"):
				p := strings.TrimSuffix(k, "*")
				if utf8.RuneCountInString(p) < 4 {
					return nil, fmt.Errorf("gloss: %s: stem %q: want at least 4 letters before *", lang, key)
				}
				g.stems = append(g.stems, glossStem{p, english})
			default:
				// A spelling that means different things in two
				// languages ("mes": month in Spanish, my in French)
				// says nothing sure: it is left out.
				if prev, ok := g.words[k]; ok && prev != english {
					ambiguous[k] = true
				}
				g.words[k] = english
			}
		}
	}
	for k := range ambiguous {
		delete(g.words, k)
		delete(g.cjk, k)
	}
	sort.SliceStable(g.stems, func(i, j int) bool { return len(g.stems[i].prefix) > len(g.stems[j].prefix) })
	return g, nil
}

// word returns the English for a non-CJK word: an exact entry, else the
// longest stem it starts with.
func (g *gloss) word(w string) (string, bool) {
	if e, ok := g.words[w]; ok {
		return e, true
	}
	for _, s := range g.stems {
		if strings.HasPrefix(w, s.prefix) {
			return s.english, true
		}
	}
	return "", false
}

// segment splits a word holding CJK text: runs of other letters are
// passed to emit as words of their own; CJK runs are matched longest
// first against the dictionary, and what matches nothing is skipped.
func (g *gloss) segment(w string, emit func(piece string, translated bool)) {
	rs := []rune(w)
	latin := 0
	for i := 0; i < len(rs); {
		if !isCJK(rs[i]) {
			i++
			continue
		}
		if latin < i {
			emit(string(rs[latin:i]), false)
		}
		j := i
		for j < len(rs) && isCJK(rs[j]) {
			j++
		}
		for i < j {
			n := min(g.cjkMax, j-i)
			for ; n > 0; n-- {
				if e, ok := g.cjk[string(rs[i:i+n])]; ok {
					emit(e, true)
					break
				}
			}
			i += max(n, 1)
		}
		latin = i
	}
	if latin < len(rs) {
		emit(string(rs[latin:]), false)
	}
}

var vietWeekdays = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

var cjkMonthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// resolveDateMarkers turns "1 cjkmonth 15 cjkday" into "january 15" and a
// month number alone into its name; markers left over are the words
// "month" and "day" ("三个月" is glossed "months" before this).
// Vietnamese weekdays are numbered the same way: "thứ 2" is Monday.
func (tz *tokenized) resolveDateMarkers() {
	out := tz.toks[:0]
	for i := 0; i < len(tz.toks); i++ {
		t := tz.toks[i]
		if t.isNum && !t.ord && t.num >= 1 && t.num <= 12 && t.num == float64(int(t.num)) &&
			i+1 < len(tz.toks) && tz.toks[i+1].text == cjkMonth {
			month := t
			month.text, month.isNum, month.num = cjkMonthNames[int(t.num)-1], false, 0
			month.end = tz.toks[i+1].end
			out = append(out, month)
			i++
			if i+2 < len(tz.toks) && tz.toks[i+1].isNum && tz.toks[i+2].text == cjkDay {
				out = append(out, tz.toks[i+1])
				i += 2
			}
			continue
		}
		// Vietnamese "thứ 2" .. "thứ 7": Monday to Saturday.
		if t.text == "thứ" && i+1 < len(tz.toks) && tz.toks[i+1].isNum && tz.toks[i+1].num >= 2 && tz.toks[i+1].num <= 7 && tz.toks[i+1].num == float64(int(tz.toks[i+1].num)) {
			day := t
			day.text = vietWeekdays[int(tz.toks[i+1].num)-2]
			day.end = tz.toks[i+1].end
			out = append(out, day)
			i++
			// "thứ 2, 4, 6", "thứ 3 và 5": the numbers listed after it are
			// weekdays too (but not "thứ 7 2 tiếng", an amount).
			for i+1 < len(tz.toks) {
				j := i + 1
				if tz.toks[j].text == "va" || tz.toks[j].text == "và" {
					j++
				}
				if j >= len(tz.toks) || !tz.toks[j].isNum || tz.toks[j].num < 2 || tz.toks[j].num > 7 || tz.toks[j].num != float64(int(tz.toks[j].num)) || tz.toks[j].clause == tz.toks[i].clause && j == i+1 {
					break
				}
				if j+1 < len(tz.toks) {
					if _, _, unit := unitOf(tz.toks[j+1].text); unit {
						break
					}
				}
				d := tz.toks[j]
				d.text, d.isNum, d.num = vietWeekdays[int(d.num)-2], false, 0
				out = append(out, d)
				i = j
			}
			continue
		}
		if t.isNum && t.num == 1 && i+2 < len(tz.toks) && tz.toks[i+1].text == cjkDay && tz.toks[i+2].isNum {
			// "1日3時間" is 3 hours a day, not the first of a month.
			t.text, t.isNum, t.num = "per", false, 0
		}
		switch t.text {
		case cjkMonth:
			t.text = "month"
		case cjkDay:
			t.text = "day"
		}
		out = append(out, t)
	}
	tz.toks = out
}

// glossText rewrites the words of another language in a question into English
// ("quanto tempo leva o curso?" -> "how much time takes o course?"), for
// the question classifier, which reads English. Every key was checked
// against English chat words, so English text passes unchanged.
func (n *nlu) glossText(s string) string {
	if n.gloss == nil {
		return s
	}
	var b strings.Builder
	changed := false
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		f := foldWord(w)
		// Gloss keys are never English words, so they always apply here;
		// the lexicon's spellings ("kurs", "hrs") too.
		if e, ok := n.gloss.word(f); ok {
			w, changed = e, true
		} else if e, ok := n.spelling[f]; ok {
			w, changed = e, true
		}
		b.WriteString(w)
		start = -1
	}
	// A run of Chinese, Japanese or Korean is segmented as tokenize does
	// ("值不值得学" -> "worth it learn"); what matches no key is left out.
	cjkStart := -1
	flushCJK := func(end int) {
		if cjkStart < 0 {
			return
		}
		sep := " " // "Coursera奖学金": the English is a word of its own
		n.gloss.segment(s[cjkStart:end], func(piece string, _ bool) {
			if piece != "" {
				b.WriteString(sep + piece)
				sep = " "
			}
		})
		b.WriteByte(' ')
		changed, cjkStart = true, -1
	}
	for i, r := range s {
		if isCJK(r) {
			flush(i)
			if cjkStart < 0 {
				cjkStart = i
			}
			continue
		}
		flushCJK(i)
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	flushCJK(len(s))
	if !changed {
		return s
	}
	return howLong.Replace(b.String())
}

// howLong reads "quanto tempo", "cuánto tiempo", "combien de temps" (how
// much time, once glossed) as "how long"; built once, not per question.
var howLong = strings.NewReplacer("how much time", "how long", "how much of time", "how long")
