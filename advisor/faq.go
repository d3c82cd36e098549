package advisor

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/certpath/certpath/catalog"
)

// FAQ matching answers a free-form question from the catalog or says
// honestly that it cannot. It is a small search engine built once per
// catalog (newFAQIndex) and then only read, so Match is safe for concurrent
// use and allocates little:
//
//   - text.go normalises both the catalog and the question into the same
//     canonical terms (slang, phrases, synonyms, stems);
//   - unknown words of four letters or more are corrected against the
//     catalog's own vocabulary (symmetric-delete lookup, then edit
//     distance), so "finanical" finds "financial";
//   - documents (one per FAQ, course and program type, with the guide's
//     traits, recognition notes, prices and order folded into their FAQ)
//     are ranked with BM25;
//   - a confidence combines how much of the question the best topic
//     explains (idf-weighted coverage, weaker for words only found in an
//     answer's body) with the strength of its score, and the best topic
//     must also lead the runner-up by a margin. Below either, the answer
//     is "I can't answer that" with the closest FAQ questions.
//
// Questions that ask for a number ("5 hours a week, how long for a
// course?", "how much for 3 months?") are computed from the catalog's
// durations and prices rather than matched.

// Tuning of the ranking and the answer/no-answer decision. They were set
// on the training half of testdata/faq_eval.yaml.
const (
	bm25K1 = 1.2
	bm25B  = 0.75

	// strongField and weakField weight a term's frequency by where it
	// occurs: a question, keyword, title or name says what a document is
	// about; an answer's body only mentions things in passing.
	strongField = 2.0
	weakField   = 1.0
	// weakCoverage is how much of a word's weight counts as explained
	// when the best topic has it only in a weak field.
	weakCoverage = 0.5
	// unknownWeightFactor scales the weight of a word the catalog never
	// uses, relative to the rarest catalog word: an unknown word is most
	// likely the real subject of an out-of-scope question ("printer").
	unknownWeightFactor = 0.6
	// intentBonus is added to the general duration FAQ when the question
	// asks "how many weeks/months/hours" without naming a course.
	intentBonus = 2.0
	// titleBonus is added to a course whose full title appears in the
	// question ("ml for all", "applied ml in python"); nameBonus to the one
	// course a word of the question names alone ("regression", "ng").
	titleBonus = 6.0
	nameBonus  = 3.0
	// neutralWeight is the weight of a word the synonym table knows but no
	// document uses ("study", "total"): part of the question, not its
	// subject.
	neutralWeight = 0.3
	// scoreScale turns a BM25 score into a strength in [0,1): s/(s+scale).
	scoreScale = 1.5
	// minConfidence and minMargin decide whether to answer.
	minConfidence = 0.45
	minMargin     = 0.15
	// computedConfidence is reported for computed answers, which only
	// happen when every word of the question is one the computation uses.
	computedConfidence = 0.95
)

// Topics of computed answers.
const (
	TopicComputedDuration = "computed:duration"
	TopicComputedCost     = "computed:cost"
	coursePrefix          = "course:"
)

// courseAttr is one fact about a course a question can ask for.
type courseAttr int

const (
	attrProvider courseAttr = iota
	attrRating
	attrContent
	attrLevel
	attrCode
	attrAudience
	attrHours
	attrCost
	attrPrereq
	attrRecognition
	numAttrs
)

// attrTerms are the canonical terms that ask for a course attribute. They
// count as explained when a course is the best topic, since every course
// has every attribute.
func attrTermTable() map[string]courseAttr {
	return map[string]courseAttr{
		"instructor": attrProvider, "offer": attrProvider,
		"rating": attrRating,
		"cover":  attrContent,
		"level":  attrLevel,
		"code":   attrCode,
		"hour":   attrHours, "duration": attrHours, "week": attrHours, "month": attrHours, "finish": attrHours,
		"cost": attrCost, "free": attrCost, "audit": attrCost, "subscription": attrCost,
		"prerequisite": attrPrereq,
		"recognize":    attrRecognition,
	}
}

// computedTerms are the only content words a computed question may use
// besides numbers and course names; anything else ("Stanford", "tuition",
// "flight") means the question is about something the catalog does not
// price or time.
func computedTermTable() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`cost free audit subscription total hour week month year day
		duration finish study course certificate specialization ml coursera program start
		cover level`) {
		m[t] = true
	}
	return m
}

type posting struct {
	doc int32
	w   float32
}

type bitset []uint64

func (b bitset) has(i int32) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }
func (b bitset) set(i int32)      { b[i>>6] |= 1 << (uint(i) & 63) }

// faqDoc is one ranked document.
type faqDoc struct {
	topic  string
	answer string // for FAQ and program-type documents
	course int    // index into cat.Courses, or -1
	faq    int    // index into cat.FAQs, or -1
	strong bitset // terms in a strong field
	any    bitset // terms anywhere
}

// courseFacts are the precomputed answer sentences about one course.
type courseFacts struct {
	title   []string // normalised title words, for phrase detection
	attrs   [numAttrs]string
	summary string
	// keys name the course among the six in a few chat words: the words
	// of its title no other title has ("regression", "structuring"),
	// or its last two ("for all"); see Advisor.coursesMentioned.
	keys []string
}

// dictWord is one correctly spelled word typo correction can suggest.
type dictWord struct {
	word string
	freq int
	stop bool
}

// sameStart reports whether a and b start alike, allowing the first two
// letters to be swapped.
func sameStart(a, b string) bool {
	return a[0] == b[0] || len(a) > 1 && len(b) > 1 && a[0] == b[1] && a[1] == b[0]
}

// isTransposition reports whether b is a with two adjacent letters swapped.
func isTransposition(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

type faqIndex struct {
	cat      *catalog.Catalog
	lx       *lexicon
	vocab    map[string]int32
	idf      []float64
	postings [][]posting
	docs     []faqDoc
	avgLen   float64
	courses  []courseFacts
	// distinctive maps a term found in the title or provider of exactly
	// one course to that course ("regression", "ng", "london");
	// fromProvider marks those that only occur in the provider, which name
	// the institution unless the question also says "course".
	distinctive  map[string]int
	fromProvider map[string]bool
	courseIdx    map[string]int // course id -> index in cat.Courses
	// durationDoc is the FAQ document that answers "how long" in general
	// (the one whose strong fields weigh the duration term most); a
	// question that asks for a number of weeks or months without giving
	// a pace leans to it.
	durationDoc int
	attrTerms   map[string]courseAttr
	computed    map[string]bool
	dict        []dictWord
	deletes     map[string][]int32
	unknownW    float64
	priceNote   string
	unanswered  string
	// defaultSuggestions are the first FAQ questions, used when nothing
	// in the question points anywhere.
	faqQuestions []string
}

// newFAQIndex builds the matcher for a validated catalog.
func newFAQIndex(cat *catalog.Catalog) *faqIndex {
	ix := &faqIndex{
		cat:          cat,
		lx:           newLexicon(),
		vocab:        map[string]int32{},
		distinctive:  map[string]int{},
		fromProvider: map[string]bool{},
		courseIdx:    map[string]int{},
		durationDoc:  -1,
		attrTerms:    attrTermTable(),
		computed:     computedTermTable(),
		deletes:      map[string][]int32{},
		priceNote:    fmt.Sprintf("Prices as of %s, from the guide.", cat.Pricing.AsOf),
	}
	for i, c := range cat.Courses {
		ix.courseIdx[c.ID] = i
	}
	b := &indexBuilder{ix: ix, freq: map[string]int{}}
	b.addDocs()
	b.finish()
	ix.buildCourseFacts()
	b.buildDictionary()
	for _, f := range cat.FAQs {
		ix.faqQuestions = append(ix.faqQuestions, f.Question)
	}
	titles := make([]string, len(cat.Courses))
	for i, c := range cat.Courses {
		titles[i] = c.Title
	}
	// Short on purpose: the suggestions that follow say the rest.
	ix.unanswered = fmt.Sprintf("I can't answer that from what I know. I know about certificate costs, financial aid, "+
		"how long they take, recognition, certificates vs. degrees, expiry, and the %d courses in my catalog.", len(titles))
	return ix
}

// indexBuilder holds what is only needed while building.
type indexBuilder struct {
	ix     *faqIndex
	tf     []map[int32]float64
	strong [][]int32
	all    [][]int32
	lens   []float64
	freq   map[string]int // surface word frequencies, for typo correction
}

func (b *indexBuilder) termID(t string) int32 {
	id, ok := b.ix.vocab[t]
	if !ok {
		id = int32(len(b.ix.vocab))
		b.ix.vocab[t] = id
	}
	return id
}

// add indexes text into document d with a field weight.
func (b *indexBuilder) add(d int, text string, weight float64) {
	norm := normalize(text)
	var buf [maxTokens * 4]word
	for _, w := range b.ix.lx.splitWords(norm, buf[:0]) {
		b.freq[w.surface]++
		if w.stop || w.isNum {
			continue
		}
		id := b.termID(w.term)
		b.tf[d][id] += weight
		b.lens[d] += weight
		b.all[d] = append(b.all[d], id)
		if weight >= strongField {
			b.strong[d] = append(b.strong[d], id)
		}
	}
	// Surface words beyond the token cap still belong in the dictionary.
	for _, w := range strings.Fields(norm) {
		if len(w) > 2 {
			b.freq[w] += 0
		}
	}
}

func (b *indexBuilder) newDoc(doc faqDoc) int {
	b.ix.docs = append(b.ix.docs, doc)
	b.tf = append(b.tf, map[int32]float64{})
	b.strong = append(b.strong, nil)
	b.all = append(b.all, nil)
	b.lens = append(b.lens, 0)
	return len(b.ix.docs) - 1
}

// addDocs turns the catalog into documents. Facts that answer an FAQ's
// question are folded into that FAQ's document so they rank as one topic.
func (b *indexBuilder) addDocs() {
	cat := b.ix.cat
	for i, f := range cat.FAQs {
		d := b.newDoc(faqDoc{topic: f.ID, answer: b.ix.withPriceNote(f.Answer), course: -1, faq: i})
		b.add(d, f.Question, strongField)
		b.add(d, strings.Join(f.Keywords, " "), strongField)
		b.add(d, f.Answer, weakField)
		switch f.ID {
		case "free":
			b.add(d, cat.Pricing.Note, weakField)
		case "financial-aid":
			b.add(d, cat.Pricing.FinancialAid+" "+cat.Pricing.FinancialAidHow, weakField)
		case "recognition":
			b.add(d, strings.Join(cat.Recognition.Recognized, " "), strongField)
			b.add(d, strings.Join(cat.Recognition.Notes, " "), weakField)
		case "good-program":
			for _, t := range cat.Traits {
				b.add(d, t.Name, strongField)
				b.add(d, t.Detail, weakField)
			}
		case "order":
			for _, s := range cat.RecommendedOrder {
				b.add(d, s.Why, weakField)
			}
			b.add(d, cat.NonProgrammer.Why, weakField)
		}
	}
	// Program types answer under the program-types FAQ, each with its own
	// text, so "how much is a bootcamp" gets the bootcamp's cost.
	for _, t := range cat.ProgramTypes {
		ans := fmt.Sprintf("%s: %s Cost: %s Strength: %s Weakness: %s", t.Name, t.Description, t.Cost, t.GoodAt, t.WeakAt)
		d := b.newDoc(faqDoc{topic: "program-types", answer: b.ix.withPriceNote(ans), course: -1, faq: -1})
		b.add(d, t.Name, strongField)
		b.add(d, t.Description+" "+t.Cost+" "+t.GoodAt+" "+t.WeakAt, weakField)
	}
	for i, c := range cat.Courses {
		d := b.newDoc(faqDoc{topic: coursePrefix + c.ID, course: i, faq: -1})
		b.add(d, c.Title, strongField)
		b.add(d, c.Title, strongField) // titles are how people name a course
		b.add(d, c.Provider+" "+c.Platform+" course", strongField)
		b.add(d, strings.Join(c.Topics, ", "), strongField)
		b.add(d, c.Audience, strongField)
		b.add(d, c.Teaches+" "+c.Recognition, weakField)
	}
}

// finish computes idf, BM25 postings and the term bitsets.
func (b *indexBuilder) finish() {
	ix := b.ix
	n := len(ix.docs)
	nTerms := len(ix.vocab)
	df := make([]int, nTerms)
	for _, tf := range b.tf {
		for id := range tf {
			df[id]++
		}
	}
	var total float64
	for _, l := range b.lens {
		total += l
	}
	ix.avgLen = total / float64(max(n, 1))
	ix.idf = make([]float64, nTerms)
	maxIDF := 0.0
	for id, f := range df {
		ix.idf[id] = math.Log(1 + (float64(n)-float64(f)+0.5)/(float64(f)+0.5))
		maxIDF = max(maxIDF, ix.idf[id])
	}
	ix.unknownW = maxIDF * unknownWeightFactor
	ix.postings = make([][]posting, nTerms)
	words := (nTerms + 63) / 64
	for d := range ix.docs {
		ix.docs[d].strong = make(bitset, words)
		ix.docs[d].any = make(bitset, words)
		norm := bm25K1 * (1 - bm25B + bm25B*b.lens[d]/ix.avgLen)
		// Deterministic posting order: by term id within doc order.
		for id := int32(0); id < int32(nTerms); id++ {
			tf, ok := b.tf[d][id]
			if !ok {
				continue
			}
			w := ix.idf[id] * tf * (bm25K1 + 1) / (tf + norm)
			ix.postings[id] = append(ix.postings[id], posting{doc: int32(d), w: float32(w)})
		}
		for _, id := range b.all[d] {
			ix.docs[d].any.set(id)
		}
		for _, id := range b.strong[d] {
			ix.docs[d].strong.set(id)
		}
	}
	if id, ok := ix.vocab["duration"]; ok {
		bestW := float32(0)
		for _, p := range ix.postings[id] {
			if d := ix.docs[p.doc]; d.faq >= 0 && d.strong.has(id) && p.w > bestW {
				ix.durationDoc, bestW = int(p.doc), p.w
			}
		}
	}
	// A term in the title or provider of exactly one course names it.
	owner := map[string]int{}
	inTitle := map[string]bool{}
	for i, c := range ix.cat.Courses {
		seen := map[string]bool{}
		for fi, field := range []string{c.Title, c.Provider} {
			var buf [maxTokens]word
			for _, w := range ix.lx.splitWords(normalize(field), buf[:0]) {
				if w.stop || w.isNum {
					continue
				}
				if fi == 0 {
					inTitle[w.term] = true
				}
				if seen[w.term] {
					continue
				}
				seen[w.term] = true
				if _, dup := owner[w.term]; dup {
					owner[w.term] = -1
				} else {
					owner[w.term] = i
				}
			}
		}
	}
	for t, i := range owner {
		if i >= 0 && t != "ml" {
			ix.distinctive[t] = i
			ix.fromProvider[t] = !inTitle[t]
		}
	}
}

// buildDictionary collects correctly spelled words for typo correction:
// every word of the catalog and of the word tables, as long as it leads
// somewhere (a known term or a stopword).
func (b *indexBuilder) buildDictionary() {
	ix := b.ix
	lx := ix.lx
	for w := range lx.slang {
		b.freq[w] += 0
	}
	for _, w := range lx.familyWords {
		b.freq[w] += 0
	}
	for w := range lx.stopwords {
		b.freq[w] += 0
	}
	words := make([]string, 0, len(b.freq))
	for w := range b.freq {
		words = append(words, w)
	}
	// Sorted, so ties in correction resolve the same way on every run.
	sortStrings(words)
	for _, w := range words {
		if len(w) < 3 || !isASCIIWord(w) {
			continue
		}
		mw := lx.makeWord(w)
		if _, known := ix.vocab[mw.term]; !known && !mw.stop {
			continue
		}
		id := int32(len(ix.dict))
		ix.dict = append(ix.dict, dictWord{word: w, freq: b.freq[w], stop: mw.stop})
		maxDel := 1
		if len(w) >= 6 {
			maxDel = 2
		}
		forDeletes(w, maxDel, func(v string) {
			list := ix.deletes[v]
			if len(list) == 0 || list[len(list)-1] != id {
				ix.deletes[v] = append(list, id)
			}
		})
	}
}

// forDeletes calls fn with w and every string made by deleting up to
// maxDel bytes of w (duplicates possible). Build time only: it allocates.
func forDeletes(w string, maxDel int, fn func(string)) {
	fn(w)
	for i := 0; i < len(w); i++ {
		d1 := w[:i] + w[i+1:]
		fn(d1)
		if maxDel >= 2 {
			for j := i; j < len(d1); j++ {
				fn(d1[:j] + d1[j+1:])
			}
		}
	}
}

func sortStrings(s []string) {
	// Insertion into a sorted prefix is fine for a few thousand words at
	// build time and keeps the import list short.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (ix *faqIndex) withPriceNote(text string) string {
	if strings.Contains(text, "$") {
		return text + " " + ix.priceNote
	}
	return text
}

// buildCourseFacts writes every answer sentence about every course once,
// so answering a course question costs nothing at match time.
func (ix *faqIndex) buildCourseFacts() {
	cat := ix.cat
	p := cat.Pricing
	ix.courses = make([]courseFacts, len(cat.Courses))
	titleWords := map[string]int{}
	for _, c := range cat.Courses {
		for _, w := range strings.Fields(strings.ToLower(c.Title)) {
			titleWords[strings.Trim(w, ":")]++
		}
	}
	for i, c := range cat.Courses {
		f := &ix.courses[i]
		var buf [maxTokens]word
		for _, w := range ix.lx.splitWords(normalize(c.Title), buf[:0]) {
			f.title = append(f.title, w.surface)
		}
		rating := strconv.FormatFloat(c.Rating, 'f', -1, 64)
		programming := "needs no programming"
		if c.NeedsProgramming {
			programming = "needs programming"
		}
		hours := rangeText(c.HoursMin, c.HoursMax, "", " hours")
		f.attrs[attrProvider] = fmt.Sprintf("%s is taught by %s, on %s.", c.Title, c.Provider, c.Platform)
		f.attrs[attrRating] = fmt.Sprintf("%s is rated %s/10 by learners.", c.Title, rating)
		// The topics the description goes on to name are not listed
		// first as well ("covers ... decision trees ... Logistic
		// regression, decision trees ..." said them twice; issue 13).
		var rest []string
		for _, t := range c.Topics {
			if !topicSaid(c.Teaches, t) {
				rest = append(rest, t)
			}
		}
		if len(rest) == 0 {
			f.attrs[attrContent] = fmt.Sprintf("%s: %s", c.Title, upperFirst(c.Teaches))
		} else {
			f.attrs[attrContent] = fmt.Sprintf("%s covers %s. %s", c.Title, joinList(rest), upperFirst(c.Teaches))
		}
		f.attrs[attrLevel] = fmt.Sprintf("%s is %s %s-level course and %s. It suits %s", c.Title, article(c.Level), c.Level, programming, lowerFirst(c.Audience))
		f.attrs[attrCode] = fmt.Sprintf("%s %s; it is %s %s-level course.", c.Title, programming, article(c.Level), c.Level)
		f.attrs[attrAudience] = fmt.Sprintf("%s suits %s It is %s %s-level course and %s.", c.Title, lowerFirst(c.Audience), article(c.Level), c.Level, programming)
		f.attrs[attrHours] = fmt.Sprintf("%s takes about %s of study.", c.Title, hours)
		f.attrs[attrCost] = fmt.Sprintf("%s is free to audit on %s; the certificate requires paid enrollment, typically %s per month for a %s subscription. %s %s",
			c.Title, c.Platform, rangeText(p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax, "$", ""), c.Platform, p.FinancialAid, ix.priceNote)
		if len(c.Prerequisites) == 0 {
			f.attrs[attrPrereq] = fmt.Sprintf("%s has no prerequisite course; it %s.", c.Title, programming)
		} else {
			var pre []string
			for _, id := range c.Prerequisites {
				if pc, ok := cat.Course(id); ok {
					pre = append(pre, pc.Title)
				}
			}
			f.attrs[attrPrereq] = fmt.Sprintf("Before %s, take %s. It %s.", c.Title, joinList(pre), programming)
		}
		f.attrs[attrRecognition] = fmt.Sprintf("%s: %s", c.Title, c.Recognition)
		f.keys = courseKeys(c.Title, titleWords)
		f.summary = fmt.Sprintf("%s (%s, on %s) is rated %s/10, %s level, about %s. %s It suits %s",
			c.Title, c.Provider, c.Platform, rating, c.Level, hours, upperFirst(c.Teaches), lowerFirst(c.Audience))
	}
}

// courseKeys are the words of title that name its course among the six:
// those no other title has (titleWords counts them over all titles), save
// words too common to name a course ("python", "projects", "systems"),
// else its last two ("Machine Learning for All": "for all").
func courseKeys(title string, titleWords map[string]int) []string {
	var keys []string
	ws := strings.Fields(strings.ToLower(title))
	for _, w := range ws {
		w = strings.Trim(w, ":")
		if titleWords[w] == 1 && len(w) >= 4 && w != "python" && w != "projects" && w != "systems" {
			keys = append(keys, w)
		}
	}
	if len(keys) == 0 && len(ws) >= 2 {
		keys = append(keys, ws[len(ws)-2]+" "+ws[len(ws)-1])
	}
	return keys
}

// rangeText renders "20–40 hours" or "$49–$79", or a single value when
// both ends agree.
func rangeText(lo, hi float64, prefix, suffix string) string {
	l := prefix + strconv.FormatFloat(lo, 'f', -1, 64)
	if lo == hi {
		return l + suffix
	}
	return l + "–" + prefix + strconv.FormatFloat(hi, 'f', -1, 64) + suffix
}

// article is "an" before a vowel ("an intermediate-level course").
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	// Keep brand names that start lower-case ("scikit-learn") as they are.
	if strings.HasPrefix(s, "scikit") {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] >= 'A' && s[1] <= 'Z') {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}

// correct returns the dictionary word closest to w within the allowed
// edit distance (1 for 4–7 letters, 2 from 8), preferring the smaller
// distance, then the more frequent word. It does not allocate.
//
// Two rules keep it from inventing matches: the first letter must agree
// (people rarely mistype it, and "cook" is not a typo of "look"), and a
// stopword is only suggested for swapped letters ("waht"), so an unknown
// word like "cats" cannot silently vanish into "cant".
func (ix *faqIndex) correct(w string) (string, bool) {
	if len(w) < 4 || len(w) > 32 || !isASCIIWord(w) {
		return "", false
	}
	maxDist := 1
	if len(w) >= 8 {
		maxDist = 2
	}
	best, bestDist, bestFreq := int32(-1), maxDist+1, -1
	consider := func(v []byte) {
		for _, id := range ix.deletes[string(v)] {
			d := ix.dict[id]
			if d.word == w || !sameStart(w, d.word) {
				continue
			}
			if d.stop && !isTransposition(w, d.word) {
				continue
			}
			dist := editDistance(w, d.word, maxDist)
			if dist > maxDist {
				continue
			}
			if dist < bestDist || dist == bestDist && d.freq > bestFreq {
				best, bestDist, bestFreq = id, dist, d.freq
			}
		}
	}
	var buf [32]byte
	consider(append(buf[:0], w...))
	for i := 0; i < len(w); i++ {
		v := append(append(buf[:0], w[:i]...), w[i+1:]...)
		consider(v)
		if maxDist >= 2 {
			var buf2 [32]byte
			for j := i; j < len(v); j++ {
				consider(append(append(buf2[:0], v[:j]...), v[j+1:]...))
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return ix.dict[best].word, true
}

// query is one analysed question. It holds fixed arrays rather than
// slices so that it stays on Match's stack: no allocation per word.
type query struct {
	buf      [maxTokens]word
	n        int
	unknown  [maxTokens]bool // per word: not a word the matcher knows, even after correction
	neutral  [maxTokens]bool // per word: known to the synonym table but to no document
	termBuf  [maxTokens]int32
	nTerms   int
	titleHit int // course whose full title is in the question, or -1
}

func (qa *query) words() []word  { return qa.buf[:qa.n] }
func (qa *query) terms() []int32 { return qa.termBuf[:qa.nTerms] }

// Match answers q from the catalog. It never mutates the index.
func (ix *faqIndex) Match(q string) Answer {
	var qa query
	qa.n = len(ix.lx.splitWords(normalize(q), qa.buf[:0]))
	qa.titleHit = -1
	ix.analyse(&qa)
	f := ix.features(&qa)
	a, ok := ix.computedAnswer(&qa, &f)
	if !ok {
		a = ix.rank(&qa, &f)
	}
	if a.Suggestions == nil {
		// An empty list, not null, for JSON consumers (certpath ask --json).
		a.Suggestions = []string{}
	}
	return a
}

// analyse corrects typos, marks unknown words and collects distinct terms.
func (ix *faqIndex) analyse(qa *query) {
	for i := range qa.n {
		w := &qa.buf[i]
		unknown, neutral := false, false
		if !w.stop && !w.isNum {
			if _, ok := ix.vocab[w.term]; !ok && !ix.lx.families[w.term] {
				if c, ok := ix.correct(w.surface); ok {
					*w = ix.lx.makeWord(c)
				}
			}
			if _, ok := ix.vocab[w.term]; !ok && !w.stop && !w.isNum {
				neutral = ix.lx.families[w.term]
				unknown = !neutral
			}
		}
		qa.unknown[i], qa.neutral[i] = unknown, neutral
		if w.stop || w.isNum || unknown || neutral {
			continue
		}
		id := ix.vocab[w.term]
		dup := false
		for _, t := range qa.terms() {
			if t == id {
				dup = true
				break
			}
		}
		if !dup {
			qa.termBuf[qa.nTerms] = id
			qa.nTerms++
		}
	}
	// A course's full title, stopwords included ("ml for all").
	for ci, c := range ix.courses {
		if containsSeq(qa.words(), c.title) {
			qa.titleHit = ci
		}
	}
}

func containsSeq(ws []word, seq []string) bool {
	if len(seq) == 0 {
		return false
	}
outer:
	for i := 0; i+len(seq) <= len(ws); i++ {
		for j, s := range seq {
			if ws[i+j].surface != s {
				continue outer
			}
		}
		return true
	}
	return false
}

// features are what a question asks for, beyond its topic.
type features struct {
	ratePerWeek float64 // study hours per week, 0 if not given
	hoursOnly   float64 // "5 hours" with no period, a possible rate
	months      float64 // a span of time, in months
	weeks       float64 // a span of time, in weeks
	courses     float64 // "3 courses"
	durationAsk bool
	costAsk     bool
	spec        bool
	who         bool
	howGood     bool
	forMe       bool
	attrs       uint32 // bit per courseAttr
	course      int    // course named by a distinctive term or title, or -1
	courseAmbig bool   // more than one course is named
	courseWord  bool   // the question says "course" or "class"
	named       uint64 // bit per course named (first 64 courses)
}

func isUnit(w word, unit string) bool { return !w.isNum && w.term == unit }

// connector words between a number and its unit ("5 hours a week").
func isConnector(w word) bool {
	switch w.surface {
	case "a", "an", "per", "each", "every", "of", "in", "the":
		return true
	}
	return false
}

func (ix *faqIndex) features(qa *query) features {
	f := features{course: -1}
	ws := qa.words()
	amount := func(i int, n float64) int {
		// ws[i] is a number n; read its unit and return the next index.
		j := i + 1
		if j < len(ws) && isUnit(ws[j], "hour") {
			j++
			k := j
			for k < len(ws) && isConnector(ws[k]) {
				k++
			}
			switch {
			case k < len(ws) && isUnit(ws[k], "week"):
				f.ratePerWeek = n
				return k + 1
			case k < len(ws) && isUnit(ws[k], "day"):
				f.ratePerWeek = n * 7
				return k + 1
			}
			f.hoursOnly = n
			return j
		}
		for j < len(ws) && isConnector(ws[j]) && j < i+3 {
			j++
		}
		if j < len(ws) {
			switch {
			case isUnit(ws[j], "month"):
				f.months = n
			case isUnit(ws[j], "year"):
				f.months = 12 * n
			case isUnit(ws[j], "week"):
				f.weeks = n
			case isUnit(ws[j], "course"), isUnit(ws[j], "certificate"):
				f.courses = n
			default:
				return i + 1
			}
			return j + 1
		}
		return i + 1
	}
	for i := 0; i < len(ws); {
		w := ws[i]
		switch {
		case w.isNum:
			i = amount(i, w.num)
			continue
		case (w.surface == "a" || w.surface == "an") && i+1 < len(ws) &&
			(isUnit(ws[i+1], "month") || isUnit(ws[i+1], "year") || isUnit(ws[i+1], "week")):
			i = amount(i, 1)
			continue
		case w.surface == "how" && i+1 < len(ws):
			next := ws[i+1]
			switch {
			case next.surface == "much" && i+2 < len(ws) && (ws[i+2].term == "duration" || ws[i+2].term == "hour"):
				f.durationAsk = true
			case next.surface == "much":
				f.costAsk = true
			case next.surface == "many" && i+2 < len(ws) &&
				(isUnit(ws[i+2], "week") || isUnit(ws[i+2], "month") || isUnit(ws[i+2], "hour") || isUnit(ws[i+2], "day") || isUnit(ws[i+2], "year")):
				f.durationAsk = true
			case next.term == "good":
				f.howGood = true
			}
		case w.surface == "who":
			f.who = true
		case w.surface == "for" && i+1 < len(ws) && ws[i+1].surface == "me":
			f.forMe = true
		case w.surface == "when" && i+1 < len(ws):
			f.durationAsk = f.durationAsk || hasTerm(ws[i+1:], "finish")
		}
		if !w.stop && !w.isNum && !qa.unknown[i] {
			switch w.term {
			case "duration", "finish":
				f.durationAsk = true
			case "cost", "subscription":
				f.costAsk = true
			case "specialization":
				f.spec = true
			}
			if a, ok := ix.attrTerms[w.term]; ok {
				f.attrs |= 1 << a
			}
			if w.term == "teach" {
				if f.who {
					f.attrs |= 1 << attrProvider
				} else {
					f.attrs |= 1 << attrContent
				}
			}
			if c, ok := ix.distinctive[w.term]; ok && (!ix.fromProvider[w.term] || hasTerm(ws, "course")) {
				if f.course >= 0 && f.course != c {
					f.courseAmbig = true
				}
				f.course = c
				f.named |= 1 << (uint(c) & 63)
			}
		}
		i++
	}
	if f.who && f.attrs&(1<<attrProvider|1<<attrContent) == 0 && hasSurface(ws, "for") {
		f.attrs |= 1 << attrAudience // "who is it for"
	}
	if f.forMe || hasSurfacePair(ws, "good", "for") || hasSurfacePair(ws, "suitable", "") {
		f.attrs |= 1 << attrAudience
	}
	if f.howGood {
		f.attrs |= 1 << attrRating
	}
	f.courseWord = hasTerm(ws, "course")
	if qa.titleHit >= 0 {
		if f.course >= 0 && f.course != qa.titleHit {
			f.courseAmbig = true
		}
		f.course = qa.titleHit
		f.named |= 1 << (uint(qa.titleHit) & 63)
	}
	// "Do I need Regression before Classification?" names two courses but
	// asks about the prerequisites of the one that depends on the other.
	if f.courseAmbig && f.attrs&(1<<attrPrereq) != 0 {
		if c, ok := ix.dependent(f.named); ok {
			f.course, f.courseAmbig, f.courseWord = c, false, true
		}
	}
	return f
}

// dependent returns the one named course whose prerequisites include
// another named course.
func (ix *faqIndex) dependent(named uint64) (int, bool) {
	found, n := -1, 0
	for i, c := range ix.cat.Courses {
		if i >= 64 || named&(1<<uint(i)) == 0 {
			continue
		}
		for _, pre := range c.Prerequisites {
			if j, ok := ix.courseIdx[pre]; ok && j < 64 && named&(1<<uint(j)) != 0 {
				found, n = i, n+1
				break
			}
		}
	}
	return found, n == 1
}

func hasTerm(ws []word, t string) bool {
	for _, w := range ws {
		if !w.stop && w.term == t {
			return true
		}
	}
	return false
}

func hasSurface(ws []word, s string) bool {
	for _, w := range ws {
		if w.surface == s {
			return true
		}
	}
	return false
}

// hasSurfacePair reports whether a is followed by b (or a alone if b is "").
func hasSurfacePair(ws []word, a, b string) bool {
	for i, w := range ws {
		if w.surface == a && (b == "" || i+1 < len(ws) && ws[i+1].surface == b) {
			return true
		}
	}
	return false
}

// computedAnswer answers questions that ask for a number of weeks or
// dollars, using only the catalog's durations and prices.
func (ix *faqIndex) computedAnswer(qa *query, f *features) (Answer, bool) {
	// Every content word must be one the computation understands; a
	// question about a Stanford MS or a flight is not ours to price.
	for i, w := range qa.words() {
		if w.stop || w.isNum {
			continue
		}
		if qa.unknown[i] {
			return Answer{}, false
		}
		if _, named := ix.distinctive[w.term]; !ix.computed[w.term] && !named {
			return Answer{}, false
		}
	}
	d := ix.cat.Durations
	hMin, hMax := d.CourseHoursMin, d.CourseHoursMax
	what, verb := "One course", "takes"
	switch {
	case f.spec:
		hMin, hMax, what = d.SpecializationHoursMin, d.SpecializationHoursMax, "A specialization"
	case f.course >= 0 && !f.courseAmbig:
		c := ix.cat.Courses[f.course]
		hMin, hMax, what = c.HoursMin, c.HoursMax, c.Title
	case f.courses > 1:
		hMin, hMax = hMin*f.courses, hMax*f.courses
		what, verb = fmtNum(f.courses)+" courses", "take"
	}
	rate := f.ratePerWeek
	if rate == 0 && f.hoursOnly > 0 && f.durationAsk && f.months == 0 && f.weeks == 0 {
		rate = f.hoursOnly // "if I put in 6 hours, how long": a weekly figure
	}
	if rate > 0 && f.costAsk {
		wMin, wMax := math.Ceil(hMin/rate), math.Ceil(hMax/rate)
		mMin, mMax := math.Ceil(wMin/weeksPerMonth), math.Ceil(wMax/weeksPerMonth)
		return ix.costAnswer(mMin, mMax, fmt.Sprintf("%s %s %s, %s at %s h a week, so about %s of subscription.",
			what, verb, rangeText(hMin, hMax, "", " h"), rangeText(wMin, wMax, "", " weeks"), fmtNum(rate), rangeText(mMin, mMax, "", " months"))), true
	}
	if rate > 0 && (f.durationAsk || f.courses > 0 || f.spec || f.course >= 0 || hasTerm(qa.words(), "course") || hasTerm(qa.words(), "certificate")) {
		wMin, wMax := math.Ceil(hMin/rate), math.Ceil(hMax/rate)
		text := fmt.Sprintf("%s %s %s (from the guide). At %s h a week that is %s / %s h a week = %s.",
			what, verb, rangeText(hMin, hMax, "", " h"), fmtNum(rate), rangeText(hMin, hMax, "", " h"), fmtNum(rate), rangeText(wMin, wMax, "", " weeks"))
		if wMax >= 8 {
			text += fmt.Sprintf(" That is about %s.", rangeText(math.Ceil(wMin/weeksPerMonth), math.Ceil(wMax/weeksPerMonth), "", " months"))
		}
		return Answer{Answered: true, Text: text, Topic: TopicComputedDuration, Confidence: computedConfidence}, true
	}
	if f.costAsk {
		// (Years of a career are no subscription: "after 35 years in
		// accounting ... I'll pay" is not 420 months of Coursera.)
		switch {
		case f.months > 0 && f.months <= maxSubscriptionMonths:
			m := math.Ceil(f.months)
			return ix.costAnswer(m, m, ""), true
		case f.weeks > 0 && f.weeks <= maxSubscriptionMonths*weeksPerMonth:
			m := math.Ceil(f.weeks / weeksPerMonth)
			return ix.costAnswer(m, m, fmt.Sprintf("%s weeks is about %s of subscription.", fmtNum(f.weeks), rangeText(m, m, "", " months"))), true
		case f.spec:
			return ix.costAnswer(d.SpecializationMonthsMin, d.SpecializationMonthsMax,
				fmt.Sprintf("A specialization is listed at %s at %s hours a week.",
					rangeText(d.SpecializationMonthsMin, d.SpecializationMonthsMax, "", " months"), fmtNum(d.SpecializationHoursPerWeek))), true
		}
	}
	return Answer{}, false
}

// maxSubscriptionMonths bounds a duration read as time on a subscription.
const maxSubscriptionMonths = 36

// weeksPerMonth is the calendar's average (52 weeks / 12 months).
const weeksPerMonth = 52.0 / 12.0

func (ix *faqIndex) costAnswer(mMin, mMax float64, lead string) Answer {
	p := ix.cat.Pricing
	months := rangeText(mMin, mMax, "", " months")
	if mMin == mMax && mMin == 1 {
		months = "1 month"
	}
	text := fmt.Sprintf("%s × %s per month = %s for a Coursera subscription. Auditing is free (%s) but gives no certificate, and financial aid can lower the cost. %s",
		months, rangeText(p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax, "$", ""),
		rangeText(mMin*p.SubscriptionMonthlyMin, mMax*p.SubscriptionMonthlyMax, "$", ""),
		rangeText(p.AuditCost, p.AuditCost, "$", ""), ix.priceNote)
	if lead != "" {
		text = lead + " " + text
	}
	return Answer{Answered: true, Text: text, Topic: TopicComputedCost, Confidence: computedConfidence}
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// maxDocsOnStack keeps the score array off the heap for catalogs of the
// usual size.
const maxDocsOnStack = 64

// askedAttrs reads which course facts a question asks for ("who
// teaches", "cover", "hard", "free", "prereqs").
func (ix *faqIndex) askedAttrs(q string) uint32 {
	var qa query
	qa.n = len(ix.lx.splitWords(normalize(q), qa.buf[:0]))
	qa.titleHit = -1
	ix.analyse(&qa)
	f := ix.features(&qa)
	return f.attrs
}

// strengths adds the catalog search's view of a question as classifier
// features: per topic, how well its catalog text matches the question
// (BM25 times coverage, squashed to [0,1)). They carry the catalog's own
// vocabulary ("thesis", "relevance", "faculty") to topics whose training
// phrasings never used it.
func (ix *faqIndex) strengths(q string, feats []feature, seen map[string]int) []feature {
	var qa query
	qa.n = len(ix.lx.splitWords(normalize(q), qa.buf[:0]))
	qa.titleHit = -1
	ix.analyse(&qa)
	f := ix.features(&qa)
	var sbuf [maxDocsOnStack]float64
	scores := ix.score(&qa, sbuf[:0])
	best := map[string]float64{}
	for d := range ix.docs {
		if scores[d] <= 0 {
			continue
		}
		topic := ix.docs[d].topic
		if ix.docs[d].course >= 0 {
			topic = "course"
		}
		adj := scores[d] * ix.coverage(&qa, &f, d)
		best[topic] = max(best[topic], adj)
	}
	for _, topic := range sortedKeys(best) {
		name := "s:" + topic
		v := float32(best[topic] / (best[topic] + scoreScale))
		if i, ok := seen[name]; ok {
			feats[i].val = max(feats[i].val, v)
			continue
		}
		seen[name] = len(feats)
		feats = append(feats, feature{name: name, val: v})
	}
	return feats
}

// score adds up the query's term weights per document, into buf when it
// is large enough (no allocation for the catalog's few documents).
func (ix *faqIndex) score(qa *query, buf []float64) []float64 {
	scores := buf[:0]
	if len(ix.docs) <= cap(buf) {
		scores = buf[:len(ix.docs)]
		clear(scores)
	} else {
		scores = make([]float64, len(ix.docs))
	}
	for _, t := range qa.terms() {
		for _, p := range ix.postings[t] {
			scores[p.doc] += float64(p.w)
		}
	}
	return scores
}

// rank scores the documents and decides whether to answer.
func (ix *faqIndex) rank(qa *query, f *features) Answer {
	var sbuf [maxDocsOnStack]float64
	scores := ix.score(qa, sbuf[:0])
	for d := range ix.docs {
		switch c := ix.docs[d].course; {
		case c < 0:
		case f.courseAmbig:
			// Two courses named: the question is about how they relate
			// (order, comparison), which no single course's facts answer.
			scores[d] = 0
		case c == qa.titleHit:
			scores[d] += titleBonus
		case c == f.course && f.courseWord:
			scores[d] += nameBonus
		}
	}
	if f.durationAsk && f.course < 0 && ix.durationDoc >= 0 && scores[ix.durationDoc] > 0 {
		scores[ix.durationDoc] += intentBonus
	}
	// Topics are ranked by score × coverage: BM25 says how well a
	// document matches, coverage how much of the question it explains
	// with more than a passing mention. The best document per topic
	// stands for the topic, so the four program types do not compete
	// with each other.
	var abuf [maxDocsOnStack]float64
	var adj []float64
	if len(ix.docs) <= maxDocsOnStack {
		adj = abuf[:len(ix.docs)]
	} else {
		adj = make([]float64, len(ix.docs))
	}
	best, second := -1, -1
	for d := range ix.docs {
		if scores[d] <= 0 {
			continue
		}
		adj[d] = scores[d] * ix.coverage(qa, f, d)
		switch {
		case best < 0 || adj[d] > adj[best]:
			if best >= 0 && ix.docs[best].topic != ix.docs[d].topic {
				second = best
			}
			best = d
		case ix.docs[d].topic != ix.docs[best].topic && (second < 0 || adj[d] > adj[second]):
			second = d
		}
	}
	if best < 0 || adj[best] <= 0 {
		return ix.unansweredAnswer(scores, 0)
	}
	s1, a1 := scores[best], adj[best]
	a2 := 0.0
	if second >= 0 {
		a2 = adj[second]
	}
	cov := a1 / s1 // the coverage of the best document
	conf := cov * s1 / (s1 + scoreScale)
	margin := (a1 - a2) / a1
	if conf < minConfidence || margin < minMargin {
		return ix.unansweredAnswer(scores, conf)
	}
	doc := &ix.docs[best]
	a := Answer{Answered: true, Topic: doc.topic, Confidence: conf}
	if doc.course >= 0 {
		a.Text = ix.courseText(doc.course, f.attrs)
	} else {
		a.Text = doc.answer
	}
	return a
}

// coverage is the idf-weighted share of the question's content words that
// document d's topic explains, in [0,1].
func (ix *faqIndex) coverage(qa *query, f *features, d int) float64 {
	doc := &ix.docs[d]
	var total, covered float64
	for i, w := range qa.words() {
		if w.stop || w.isNum {
			continue
		}
		if qa.unknown[i] {
			total += ix.unknownW
			continue
		}
		if qa.neutral[i] {
			total += neutralWeight
			continue
		}
		id := ix.vocab[w.term]
		wt := ix.idf[id]
		total += wt
		switch {
		case doc.course >= 0 && qa.titleHit == doc.course && containsSeqWord(ix.courses[doc.course].title, w.surface):
			covered += wt
		case doc.course >= 0 && ix.fromProvider[w.term] && !f.courseWord:
			// "London" alone names a city or a university, not the course.
			covered += wt * weakCoverage
		case doc.strong.has(id):
			covered += wt
		case doc.course >= 0 && ix.isAttrTerm(w.term):
			covered += wt
		case doc.any.has(id):
			covered += wt * weakCoverage
		}
	}
	if total == 0 {
		return 0
	}
	return min(covered/total, 1)
}

func containsSeqWord(seq []string, s string) bool {
	for _, x := range seq {
		if x == s {
			return true
		}
	}
	return false
}

func (ix *faqIndex) isAttrTerm(t string) bool {
	if _, ok := ix.attrTerms[t]; ok {
		return true
	}
	return t == "teach" || t == "course" || t == "good"
}

// courseText answers about one course: the facts asked for, or a summary.
func (ix *faqIndex) courseText(ci int, attrs uint32) string {
	facts := &ix.courses[ci]
	if attrs == 0 {
		return facts.summary
	}
	if bits.OnesCount32(attrs) == 1 {
		return facts.attrs[bits.TrailingZeros32(attrs)]
	}
	var parts []string
	for a := courseAttr(0); a < numAttrs; a++ {
		if attrs&(1<<a) != 0 {
			parts = append(parts, facts.attrs[a])
		}
	}
	return ix.aboutCourse(ci, parts...)
}

// aboutCourse joins sentences about course ci, naming it once: after the
// first, "Machine Learning: Classification is rated ..." reads "It is
// rated ..." (an answer naming the course three times read like a form).
//
// A sentence two parts share is said once: "is regression hard for me?"
// asks its level and whom it suits, and each of those says both (a
// stranger in the console, 2026-12-01, read them twice).
func (ix *faqIndex) aboutCourse(ci int, parts ...string) string {
	title := ix.cat.Courses[ci].Title
	said := map[string]bool{}
	var out []string
	for i, p := range parts {
		if i > 0 {
			if rest, ok := strings.CutPrefix(p, title+": "); ok {
				p = upperFirst(rest)
			} else if rest, ok := strings.CutPrefix(p, title+" "); ok {
				p = "It " + rest
			}
		}
		for _, sentence := range strings.SplitAfter(p, ". ") {
			key := strings.TrimSuffix(strings.TrimSpace(sentence), ".")
			key = strings.TrimPrefix(strings.TrimPrefix(key, title+" "), "It ")
			if key == "" || said[key] {
				continue
			}
			said[key] = true
			out = append(out, strings.TrimSpace(sentence))
		}
	}
	return strings.Join(out, " ")
}

// unansweredAnswer is the honest "I can't answer that" with the three FAQ
// questions that came closest (catalog order breaks ties and fills in).
func (ix *faqIndex) unansweredAnswer(scores []float64, conf float64) Answer {
	const n = 3
	var pick [n]int
	var pickScore [n]float64
	k := 0
	for d := range ix.docs {
		fi := ix.docs[d].faq
		if fi < 0 || scores[d] <= 0 {
			continue
		}
		// Insert into the top n by score, keeping catalog order on ties.
		pos := k
		for pos > 0 && scores[d] > pickScore[pos-1] {
			pos--
		}
		if pos >= n {
			continue
		}
		for j := min(k, n-1); j > pos; j-- {
			pick[j], pickScore[j] = pick[j-1], pickScore[j-1]
		}
		pick[pos], pickScore[pos] = fi, scores[d]
		k = min(k+1, n)
	}
	out := make([]string, 0, n)
	for i := 0; i < k; i++ {
		out = append(out, ix.faqQuestions[pick[i]])
	}
	for i := 0; len(out) < n && i < len(ix.faqQuestions); i++ {
		if !slices.Contains(pick[:k], i) {
			out = append(out, ix.faqQuestions[i])
		}
	}
	return Answer{Text: ix.unanswered, Confidence: clamp01(conf), Suggestions: out}
}

func clamp01(v float64) float64 {
	if math.IsNaN(v) || v < 0 {
		return 0
	}
	return min(v, 1)
}

// topicSaid reports whether a course's description already says topic t:
// the phrase, or each of its words ("no code" in "... rather than code";
// "Machine Learning for All covers no code" was said).
func topicSaid(teaches, t string) bool {
	low := strings.ToLower(teaches)
	if strings.Contains(low, strings.ToLower(t)) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if w == "no" || w == "and" || w == "of" {
			continue
		}
		if !strings.Contains(low, w) {
			return false
		}
	}
	return true
}
