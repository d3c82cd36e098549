package advisor

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Answering a question the way learners ask it: find the question inside
// the message (story around it counts little), classify it (intent.go),
// read what it names (one of the six courses, another program and its
// type, the learner's own numbers), then answer from the catalog: an FAQ,
// a course's facts, a computed duration or cost, or an answer composed
// from several facts (ratings, order, which course for a goal, what next).
// When two topics are close it asks "Did you mean…?"; only a clearly
// off-topic question gets "I can't answer that".

// decision holds the thresholds that turn the classifier's probabilities
// into answer, "Did you mean" or decline. Out of scope comes in two kinds:
// another domain (CLINC150's weather and banking queries), judged by its
// own probability; and near the topic (exam fees, grader bugs), which
// competes with the topics within the domain. The topic probabilities are
// read within the domain (divided by 1 - P(another domain)), so a
// question whose words are new to the model is judged by which topic it
// leans to.
type decision struct {
	// oos: P(another domain) at or above this declines.
	oos float64
	// near: within the domain, P(near the topic but unanswerable) at or
	// above this, and above every topic, declines.
	near float64
	// answer: the best topic's probability needed to answer, and margin:
	// how far it must lead the runner-up.
	answer, margin float64
	// clarify: below answering, the two best topics together must reach
	// this to ask "Did you mean"; else the question is declined.
	clarify float64
	// lead: in a short question (leadWords or fewer), a best topic at or
	// above this with no runner-up worth offering (under 0.05) is
	// answered too: "Did you mean X or Y" with Y at 0.005 asks nothing.
	// Long posts are where the model is overconfident, so they need
	// answer. The question's own words count ("quick question before i
	// start, do i need to know calculus for these?"); a short question
	// in a longer message needs leadLong.
	lead, leadLong float64
	// family: when the two best topics are one family (topicFamily) and
	// together reach this, the best is answered and the runner-up's gist
	// follows it: "is this even real, will anyone care" is worth and
	// recognition at once, and asking which of the two was meant asks
	// nothing a learner can tell apart.
	family float64
}

// topicFamily groups the topics whose answers are facets of one question
// in the guide: worth, recognition and "certificates or projects"; a
// degree and the kinds of programs; free and financial aid; the order and
// what comes next. Families were kept this tight on purpose: adding
// good-program, cheapest-path or course-for-goal answered 4 more of 380
// cross-validated questions right for 3 more wrong (2026-11-29).
var topicFamily = map[string]int{
	"worth-it": 1, "recognition": 1, TopicBottomLine: 1,
	"degree": 2, "program-types": 2,
	"free": 3, "financial-aid": 3,
	"order": 4, TopicNextStep: 4,
}

// orFamily is decision.family for a question that offers alternatives
// ("do employers actually care about coursera certificates or is it all
// portfolio?", "should i pay for the certificate or just audit?"): when
// its two best topics are one family, the question asks about both
// facets, and the answer gives both. Cross-validated on the tune split
// (2026-12-01): 8 more of 1,133 right, none more wrong (0.6: 11 more
// right, 2 more wrong).
const orFamily = 0.7

// forQuestion is the decision for question q.
func (d decision) forQuestion(q questionText) decision {
	if d.family > 0 && strings.Contains(" "+strings.ToLower(q.focus)+" ", " or ") {
		d.family = min(d.family, orFamily)
	}
	return d
}

// leadFor is decision.lead for a question of the given number of words:
// a bare question of a few words ("how much is it", "is it worth it")
// has few features to be sure on, so its best topic is less extreme at
// the same clarity (shortLead).
func (d decision) leadFor(words int) float64 {
	if words <= shortWords {
		return min(d.lead, shortLead)
	}
	return d.lead
}

// shortWords and shortLead: see leadFor.
const (
	shortWords = 4
	shortLead  = 0.8
)

// sameFamily reports whether two topics are facets of one question.
func sameFamily(a, b string) bool {
	if fa, ok := topicFamily[a]; ok && fa == topicFamily[b] {
		return true
	}
	return facetPairs[[2]string{a, b}] || facetPairs[[2]string{b, a}]
}

// facetPairs are two topics outside one family whose answers are still
// two facets of one question, without their families becoming one: "is
// there a free way to do this?" (free, and the cheapest path), "how long
// and in what order?" (the duration, and the order). Cross-validated
// (2026-12-02, 1,413 tune questions, three fold assignments): 0.431,
// 0.432, 0.428 right with 18, 22, 16 wrong before; 0.436, 0.440, 0.435
// with 19, 23, 16 after. Least math and the order ("do i need the math
// first?") answered 7 more right for 2 more wrong in each, and was left
// out.
var facetPairs = map[[2]string]bool{
	{"free", TopicCheapestPath}: true,
	{"duration", "order"}:       true,
}

// alsoMin is how likely a runner-up of the best topic's family must be
// for its gist to follow the answer.
const alsoMin = 0.15

// courseAsideMin is how likely the best topic must be for a named course
// in second place (course-info) to be taken as the question's subject
// rather than a second reading.
const courseAsideMin = 0.6

// leadWords is how long a question decision.lead applies to.
const leadWords = 12

// decide is the decision used. Set on the tune split of the real
// questions by 5-fold cross-validation (TestIntentCrossValidation) under
// the bound of at most 1% of CLINC150's calibration slice answered; the
// held-out split and CLINC's validation split are only reported
// (faq_real_test.go). Re-chosen 2026-11-29 on both tune collections
// (264 questions): answering above 0.98 rather than 0.95 trades 9 right
// answers for 3 fewer wrong ones in cross-validation. lead (0.85) was
// chosen on the team's short questions (faq_eval.yaml: 0.899 → 0.966
// right, 1 more wrong) at a cost of one wrong answer in cross-validation.
//
// family was chosen the same way: 0.9 answered 15 more of 380
// cross-validated questions right for 1 more wrong; on 458 (the fifth
// collection added) 0.95 with oos 0.3 scores best under the same rule
// (197 right, 9 wrong against 200 and 12 at 0.9 and 0.5).
//
// 2026-11-30: with the features scaled to a common length (intent.go)
// and the sixth collection in (538 questions), re-chosen by the same
// search over three assignments of folds, at the point where confident-
// wrong is near 1%: 0.407 right, 7 wrong (1.3%), 64 declined; clarify
// 0.3 rather than 0.4 offers "Did you mean" for 30 more questions the
// model half knows, at the cost of 1 in 100 of CLINC's off-topic queries
// being offered topics too (2.2% → 3.2%; none more answered).
//
// 2026-11-30 (fifth session), with the seventh to ninth collections in
// (759 tune questions), re-chosen by the same rule over three fold
// assignments: another domain at 0.3, near-the-topic at 0.4, answering
// at 0.99 gave 0.420/0.414/0.412 right with 6/7/8 wrong, against
// 0.435/0.420/0.432 with 11/9/10 for the earlier 0.7/0.5/0.98; on the
// held-out part the two were equal (0.437 right, 10 wrong) and CLINC's
// validation slice went from 0.58% answered and 3.1% offered topics to
// 0.23% and 0.6%.
//
// 2026-12-01 (sixteenth session): the lead rule counts the question's own
// words, so a short clear question inside a story is answered like the
// same question alone, but only at leadLong (0.98): cross-validated,
// 0.429 -> 0.435 right with the same 12 wrong (at 0.85: 0.455 right and
// 21 wrong; 0.95: 0.440 and 16; 0.97: 0.438 and 14).
//
// 2026-12-01 (nineteenth session): with faq_real19 in (1,253 tune
// questions) the 0.85 lead gave 20 confident-wrong, over the 1.5% guard
// (18.8). Three changes, cross-validated together: Chinese and Japanese
// words are counted (textWords), so a headline of 30 characters is no
// short question; a question asked cold needs 0.9 (0.88 since faq_real20, below) to be answered on its
// lead, while inside a conversation (convLead) it stays 0.85, where the
// team's short replies were tuned and a stricter lead turned good answers
// into "Did you mean" (eighteenth session); and a bare question of four
// words or fewer needs 0.8 (leadFor: "how much is it" fell to 0.846 with
// the new collection trained on). Default folds: 0.435 right, 20 wrong
// before; 0.433 and 18 after (other assignments 17/16/18/15 against
// 20/17/19/18 before). A stronger L2 (2e-4) gave 14 wrong at 0.424
// right: the next collection will likely need that trade.
//
// With faq_real20 in (1,293 questions) the cold lead was measured again
// over four fold assignments: 0.85 gave 15/17/13/13 wrong, 0.88 the same,
// 0.9 14/17/13/13, right within 0.003 of each other; 0.88 is kept, the
// middle, where "will this get me a job" (0.894 with the new collection
// trained on) is answered again.
var decide = decision{oos: 0.3, near: 0.4, answer: 0.99, margin: 0, clarify: 0.3, lead: 0.88, leadLong: 0.98, family: 0.95}

// convLead is decision.lead for a question inside a conversation.
const convLead = 0.85

// costLead is how sure the price topic must be to answer a question the
// words say is about money when no other topic has 5%.
const costLead = 0.7

// convLeadLong is decision.leadLong inside a conversation: a clear
// question with a remark after it ("honestly is the certificate worth
// paying for? my friend says nobody even finishes these lol", asked for
// the budget) fell to 0.977 with faq_real21 trained on and got "Did you
// mean" (dev76's test). Cold questions keep 0.98, where cross-validation
// put it; conversations are where the team's replies were tuned.
const convLeadLong = 0.95

// choice is what a decision chose: the topic to answer (and a runner-up
// of its family whose gist follows), or the topics to offer, or neither.
type choice struct {
	answer, also string
	offer        []ranked
	// family: the answer was chosen for its family's probability.
	family bool
}

// choose applies a decision. top holds the topics within the domain, best
// first; near and oos are the two out-of-scope probabilities.
func (d decision) choose(top []ranked, near, oos float64, words, whole int) choice {
	if oos >= d.oos || len(top) < 2 {
		return choice{}
	}
	in := 1 - oos
	p1, p2, pn := top[0].p/in, top[1].p/in, near/in
	if pn >= d.near && pn >= p1 {
		return choice{}
	}
	switch {
	case p1 >= d.answer && p1-p2 >= d.margin, p1 >= d.leadFor(whole) && p2 < 0.05 && words <= leadWords && (whole <= leadWords || p1 >= d.leadLong):
		return choice{answer: top[0].topic}
	case d.family > 0 && p1+p2 >= d.family && sameFamily(top[0].topic, top[1].topic):
		c := choice{answer: top[0].topic, family: true}
		if p2 >= alsoMin {
			c.also = top[1].topic
		}
		return c
	case p1+p2 >= d.clarify:
		offer := make([]ranked, len(top))
		for i, r := range top {
			offer[i] = ranked{r.topic, r.p / in}
		}
		return choice{offer: offer}
	}
	return choice{}
}

// Composed topics, answered from several catalog facts.
const (
	TopicBestRated     = "best-rated"
	TopicCourseForGoal = "course-for-goal"
	TopicLeastMath     = "least-math"
	TopicCheapestPath  = "cheapest-path"
	TopicNextStep      = "next-step"
	TopicBottomLine    = "bottom-line"
	topicCourseInfo    = "course-info"
)

// questionText is a message split for classification.
type questionText struct {
	focus, context string
	// rawWords is how many words the message has as written (words
	// counts those certpath reads: a sentence in a language it glosses
	// only in part is shorter to it).
	rawWords int
	// unknown is what certpath says when it cannot answer a question of
	// a kind the guide does not cover (lexicon unknowns), or "".
	unknown string
	// unknownFirst: the unknown is said before any computed answer.
	unknownFirst bool
	entities     []string
	// courses are the catalog courses named; programs the other programs
	// (lexicon indices).
	courses  []string
	programs []int
	// asked are the programs named in the question sentences (the story
	// around them may name others: "did the google ML crash course ...
	// should i start with regression?").
	asked []int
	// words counts the message's words.
	words int
	// domain counts the words of this domain in the message (certificate,
	// course, Coursera, ML, a named course or program): another domain's
	// assistant query has none.
	domain int
	// moreRate is hours a week the question adds to the learner's own
	// ("what if i did 2 more hours a week?").
	moreRate int
	// rate is hours a week the question states ("at 5 h a week"), months
	// and weeks a span of time, count a number of courses.
	rate, months, weeks, count float64
	// mine is set when the question is about the asker ("how long for
	// me", "my plan").
	mine bool
	// onlyCourse is set when the message is just a course's name.
	onlyCourse bool
	// oneCourse is set when the question is about one course, not a
	// named one: "how long is each course?", "how lng is 1 course".
	oneCourse bool
	// costAsk and durationAsk say the words ask for money or time;
	// spec that they are about a specialization; after that they ask
	// what follows ("what comes after", "next").
	costAsk, durationAsk, spec, after bool
	// whenStart: "when can I start?" is asked.
	whenStart bool
	// startNow: "can i start today?"
	startNow bool
	// low is the question sentences normalised, padded with spaces, for
	// the phrase checks (focusHas).
	low string
	// glossLow is the question sentences as the gloss reads them, padded
	// with spaces, when a word of another language was given in English
	// ("¿Vale la pena pagar el certificate o alcanza con audit?" has
	// " worth "); else "".
	glossLow string
}

// splitQuestion finds the question sentences of a message and what it
// names.
func (a *Advisor) splitQuestion(text string) questionText {
	n := a.nlu
	tz := tokenize(text, n)
	var q questionText
	q.rawWords = textWords(text)
	q.unknown, q.unknownFirst = n.unknownIn(tz)
	var focus, context []string
	anyQ := false
	for i := range tz.toks {
		if tz.isQuestionAt(i) {
			anyQ = true
			break
		}
	}
	// A named program's words are a name, not the question's topic:
	// "is andrew ng's deep learning specialization worth it" asks what
	// "is it worth it" asks. The classifier reads the program's kind
	// instead ("certificate", "course", ...); its own entity feature says
	// which kind too. Exams keep their words (what they cost is another
	// guide's subject), and so do generic names ("a bootcamp", "a degree").
	var spans, pspans [16]span
	progSpans := keepLongest(n.progPats.find(tz.toks, pspans[:0]))
	// named holds the spans read as their kind's word (few: no map).
	var namedBuf [4]namedSpan
	named := namedBuf[:0]
	for _, sp := range progSpans {
		pr := n.programs[n.progPats.pats[sp.pat].ref]
		if w := kindWord[pr.kind]; w != "" && !pr.generic && ownWords(tz, sp) {
			named = append(named, namedSpan{sp.from, sp.to, w})
		}
	}
	for i, t := range tz.toks {
		// The words a gloss gave one written word ("值不值得学" -> worth it
		// learn, "quanto" -> how much) share its span: it is taken once.
		if t.punct || i > 0 && t.start == tz.toks[i-1].start && t.end == tz.toks[i-1].end {
			continue
		}
		word := tz.raw[t.start:t.end]
		if k := namedAt(named, i); k >= 0 {
			if i > named[k].from {
				continue
			}
			word = named[k].word
		}
		if i+3 < len(tz.toks) && t.text == "when" {
			q.whenStart = q.whenStart || whenStartAt(tz.toks, i)
		}
		if i+3 < len(tz.toks) && (t.text == "can" || t.text == "could") && (tz.toks[i+1].text == "i" || tz.toks[i+1].text == "we") &&
			(tz.toks[i+2].text == "start" || tz.toks[i+2].text == "begin") {
			switch tz.toks[i+3].text {
			case "today", "now", "tonight", "right", "immediately", "asap":
				// "can i start today?" (a probe, 2026-12-01, got "Did
				// you mean")
				q.startNow = true
			}
		}
		if !anyQ || tz.isQuestionAt(i) {
			focus = append(focus, word)
		} else {
			context = append(context, word)
		}
	}
	q.focus, q.context = strings.Join(focus, " "), strings.Join(context, " ")
	q.low = " " + normalize(q.focus) + " "
	q.glossLow = glossedFocus(tz, anyQ)

	for _, sp := range keepLongest(n.coursePats.find(tz.toks, spans[:0])) {
		for _, id := range n.coursesAt(sp) {
			q.courses = appendUnique(q.courses, id)
		}
		if sp.from == 0 && sp.to == len(tz.toks) {
			q.onlyCourse = true
		}
	}
	// Full titles ("applied machine learning in python") name a course
	// even where the lexicon's shorter names do not.
	low := " " + normalize(text) + " "
	for _, c := range a.cat.Courses {
		if strings.Contains(low, " "+normalize(c.Title)+" ") {
			q.courses = appendUnique(q.courses, c.ID)
		}
	}
	for _, sp := range progSpans {
		pi := n.progPats.pats[sp.pat].ref
		if !containsInt(q.programs, pi) {
			q.programs = append(q.programs, pi)
		}
		if (!anyQ || tz.isQuestionAt(sp.from)) && !containsInt(q.asked, pi) {
			q.asked = append(q.asked, pi)
		}
	}
	if len(q.courses) > 0 {
		q.entities = append(q.entities, "e:course")
	}
	if len(q.courses) == 1 {
		// "regression vs classification course": beside a course named,
		// the other of a pair is named by its subtitle alone (the part
		// of "Machine Learning: Regression" after the colon).
		for _, c := range a.cat.Courses {
			if sub := subtitle(c.Title); sub != "" && c.ID != q.courses[0] && strings.Contains(low, " "+sub+" ") {
				q.courses = append(q.courses, c.ID)
			}
		}
	}
	for _, pi := range q.programs {
		q.entities = append(q.entities, "e:prog:"+n.programs[pi].kind)
	}
	for _, t := range tz.toks {
		if !t.punct {
			q.words++
		}
	}
	// Words of the domain, each counted once.
	seen := map[string]bool{}
	for _, t := range tz.toks {
		if domainWords[t.text] && !seen[t.text] {
			seen[t.text] = true
			q.domain++
		}
	}
	q.domain += len(q.courses) + len(q.programs)
	// Numbers: hours a week, months, weeks, courses.
	var f Frame
	if h, ok := n.hoursFact(tz, &f); ok {
		q.rate = float64(atoiOr(h.Value, 0))
	}
	if m, ok := moreHours(tz, true); ok {
		q.rate, q.moreRate = 0, m
	}
	// The question sentences say what is asked; the story around them
	// may give the learner's numbers, but only plausible study spans
	// ("15 years in the job" is not one).
	inFocus := func(i int) bool { return !anyQ || tz.isQuestionAt(i) }
	for i, t := range tz.toks {
		if !t.isNum && n.numbers[t.text] == 0 && t.text != "a" || i+1 >= len(tz.toks) {
			continue
		}
		if !inFocus(i) && (q.months > 0 || q.weeks > 0) {
			continue
		}
		v := t.num
		if !t.isNum {
			v = n.numbers[t.text]
		}
		if t.text == "a" {
			v = 1
		}
		switch tz.toks[i+1].text {
		case "month", "months", "mo", "mos":
			q.months = v
		case "year", "years", "yr", "yrs":
			if i > 0 && tz.toks[i-1].text != "for" && (inFocus(i) || v <= 2) {
				q.months = 12 * v
			}
		case "week", "weeks":
			if q.rate == 0 || i+1 < len(tz.toks) {
				q.weeks = v
			}
		case "course", "courses", "certificates", "certs":
			if !t.ord {
				// (not "the 2nd course")
				q.count = v
			}
		}
	}
	for i := 1; i < len(tz.toks) && q.count == 0; i++ {
		// "when would i be done with all three?", "how long would all 3
		// take": the courses talked about.
		v := tz.toks[i].num
		if !tz.toks[i].isNum {
			v = n.numbers[tz.toks[i].text]
		}
		if tz.toks[i-1].text == "all" && v >= 2 && v <= 6 && (i+1 == len(tz.toks) || tz.toks[i+1].punct || tz.toks[i+1].text == "of" || tz.toks[i+1].text == "take") {
			q.count = v
		}
	}
	for i := 0; i+1 < len(tz.toks); i++ {
		switch tz.toks[i].text {
		case "each", "per", "single", "one", "1", "a", "every":
			switch tz.toks[i+1].text {
			case "course", "class":
				// (not "a cert": a certificate may be a specialization)
				q.oneCourse = true
			}
		}
	}
	for i, t := range tz.toks {
		switch t.text {
		case "me", "my", "i", "im":
			q.mine = true
		case "cost", "costs", "price", "pay", "paying", "usd", "bill", "spend", "fee", "fees", "expensive", "subscription", "dollars", "bucks":
			// "The school won't pay for it ... Is it too late at 38?"
			// asks nothing about money. Nor does time spent ("how many
			// hours a week should I expect to spend"), and in a message
			// that asks nothing, only a word naming a price does ("cost
			// of 3 months"): "It was frustrating and expensive", "($50
			// total)" tell a story.
			// "worth the cost", "worth paying for" ask whether, not how much.
			if t.text == "spend" && timeInClause(tz, i) || !anyQ && !priceNoun[t.text] || afterWorth(tz, i) {
				continue
			}
			q.costAsk = q.costAsk || inFocus(i)
		case "much":
			// "how much time", "how much hours" (多少小时) ask for time.
			// ("combien de temps" reads "how much of time".)
			next := i + 1
			if next+1 < len(tz.toks) && tz.toks[next].text == "of" {
				next++
			}
			// "cuánto dura" (how much lasts: how long; a stranger in
			// Spanish, twelfth session, was declined).
			lasts := next < len(tz.toks) && (tz.toks[next].text == "lasts" || tz.toks[next].text == "last")
			// Italian "quanto ci metto per il resto?" (how long will the
			// rest take me; dev84 got the cost), "quanto ci vuole".
			lasts = lasts || next+1 < len(tz.toks) && tz.toks[next].text == "ci" && italianTakes[tz.toks[next+1].text]
			if i > 0 && tz.toks[i-1].text == "how" && next < len(tz.toks) && notMoney[tz.toks[next].text] {
				// "how much maths I need" (dev76 got the cost): an amount
				// of something else.
			} else if i > 0 && tz.toks[i-1].text == "how" && (next >= len(tz.toks) || !timeWords[tz.toks[next].text]) && !lasts {
				q.costAsk = q.costAsk || inFocus(i)
			} else if i > 0 && tz.toks[i-1].text == "how" {
				// "how much time", "combien de temps au total"
				q.durationAsk = q.durationAsk || inFocus(i)
			}
		case "long", "weeks", "months", "finish", "complete", "lasts":
			// (Not "when i finish": "should i put these on my linkedin
			// when i finish" asks something else; dev76 got the plan's
			// length.)
			// ("When I finish?" alone asks when.)
			if i >= 2 && (tz.toks[i-1].text == "i" || tz.toks[i-1].text == "we") && (tz.toks[i-2].text == "when" || tz.toks[i-2].text == "once" || tz.toks[i-2].text == "after" || tz.toks[i-2].text == "until" || tz.toks[i-2].text == "before" || tz.toks[i-2].text == "if") &&
				(i >= 3 && tz.toks[i-3].sent == tz.toks[i].sent || i+1 < len(tz.toks) && tz.toks[i+1].sent == tz.toks[i].sent && !tz.toks[i+1].punct) {
				break
			}
			q.durationAsk = q.durationAsk || inFocus(i)
		case "take", "takes":
			// "how long does it take", "takes me ages"; not "should i
			// take classification before structuring?" (a stranger,
			// ninth session, got a computed duration).
			q.durationAsk = q.durationAsk || inFocus(i) && (timeInClause(tz, i) || i+1 < len(tz.toks) && takeTime[tz.toks[i+1].text])
		case "when", "whens":
			// "when would i be done?", "whens my end date" (a stranger
			// got "Did you mean"): when it ends is how long it takes;
			// not "when i finish regression, what next?".
			if i+2 < len(tz.toks) && whenEnds(tz.toks, i) {
				q.durationAsk = q.durationAsk || inFocus(i)
			}
		case "specialization", "specializations", "spec":
			q.spec = true
		case "after", "next", "afterwards", "then":
			q.after = true
		}
	}
	if q.rate > 0 {
		q.entities = append(q.entities, "e:rate")
		q.weeks = 0
	}
	if q.months > 0 || q.weeks > 0 {
		q.entities = append(q.entities, "e:span")
	}
	return q
}

// ownWords reports whether a span's tokens are words as written, each its
// own: a gloss's words share the written word they came from ("吴恩达深度
// 学习课程值不值得学" is one run), which a name cannot be cut out of.
func ownWords(tz *tokenized, sp span) bool {
	for i := sp.from; i < sp.to; i++ {
		if tz.toks[i].glossed {
			return false
		}
	}
	return sp.to >= len(tz.toks) || tz.toks[sp.to].start != tz.toks[sp.to-1].start
}

// kindWord is the word a named program is read as by the classifier.
var kindWord = map[string]string{
	"industry-program": "certificate", "single-course": "course", "university-specialization": "specialization",
	"bootcamp": "bootcamp", "degree": "degree",
}

// priceNoun are the money words that ask for a price even in a message
// with no question in it ("cost of 3 months", "coursera price per month").
var priceNoun = map[string]bool{"cost": true, "costs": true, "price": true, "bill": true, "fee": true, "fees": true}

// timeWords are what "how much" asks about when it asks for time.
// ("cuánto dura cada curso" reads "how much lasts each course": a
// duration, a stranger in Spanish got the plan's cost; tenth session.)
var timeWords = map[string]bool{"time": true, "hours": true, "hour": true, "hrs": true, "hr": true, "h": true, "weeks": true, "days": true, "effort": true, "lasts": true, "takes": true,
	// Hinglish "kitna jaldi" (how much sooner; dev80): time, not money.
	// ("how much faster" in English is neither: notMoney.)
	"jaldi": true}

// afterWorth reports whether token i follows "worth" ("worth the cost",
// "worth it for the price", "worth paying").
func afterWorth(tz *tokenized, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		switch tz.toks[j].text {
		case "worth", "worthwhile":
			return true
		}
		if tz.toks[j].punct {
			break
		}
	}
	return false
}

// takeTime are words after "take" that make it time: "take me", "take
// forever".
var takeTime = map[string]bool{"me": true, "you": true, "to": true, "forever": true, "ages": true}

// timeInClause reports whether the clause of token i speaks of hours or
// time: the money word beside it is time spent, not money.
func timeInClause(tz *tokenized, i int) bool {
	c := tz.toks[i].clause
	for j := i; j >= 0 && tz.toks[j].clause == c; j-- {
		if timeWords[tz.toks[j].text] {
			return true
		}
	}
	for j := i + 1; j < len(tz.toks) && tz.toks[j].clause == c; j++ {
		if timeWords[tz.toks[j].text] {
			return true
		}
	}
	return false
}

func atoiOr(s string, d int) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return d
		}
		n = n*10 + int(c-'0')
	}
	if s == "" {
		return d
	}
	return n
}

// ranked is a topic and its probability.
type ranked struct {
	topic string
	p     float64
}

// classify returns the in-scope topics by probability, and the
// probabilities of near-topic and other-domain questions.
func (a *Advisor) classify(q questionText) (top []ranked, near, oos float64) {
	m := a.intents
	var buf [32]float64
	p := m.probs(a.intentFeatures(q), buf[:0])
	// Each word of the domain halves the odds of another domain: a long
	// story about a Coursera certificate is not a banking query, however
	// unlike the training questions its other words are.
	damp := math.Pow(domainDamp, float64(q.domain))
	for c, name := range m.classes {
		switch name {
		case intentOOS:
			oos = p[c] * damp
		case intentNearOOS:
			near = p[c]
		default:
			top = append(top, ranked{name, p[c]})
		}
	}
	if moved := pOOS(p, m.classes) - oos; moved > 0 {
		// What another domain loses goes to this one, in proportion.
		in := 1 - pOOS(p, m.classes)
		for i := range top {
			top[i].p += moved * top[i].p / in
		}
		near += moved * near / in
	}
	sort.SliceStable(top, func(i, j int) bool { return top[i].p > top[j].p })
	for len(top) < 2 {
		top = append(top, ranked{})
	}
	return top, near, oos
}

// pOOS is the model's P(another domain) in p.
func pOOS(p []float64, classes []string) float64 {
	for c, name := range classes {
		if name == intentOOS {
			return p[c]
		}
	}
	return 0
}

// domainDamp scales P(another domain) once per word of this domain.
var domainDamp = 0.5

// domainWords are words only this domain's questions use (after the
// lexicon's merges: "machine learning" is "ml").
var domainWords = map[string]bool{
	"ml": true, "ai": true, "dl": true, "datascience": true, "certificate": true, "certificates": true,
	"cert": true, "certs": true, "certification": true, "certifications": true, "certified": true,
	"course": true, "courses": true, "coursera": true, "courseraplus": true, "edx": true, "udacity": true, "udemy": true,
	"specialization": true, "specializations": true, "nanodegree": true, "bootcamp": true, "bootcamps": true,
	"degree": true, "masters": true, "mooc": true, "moocs": true, "audit": true, "kaggle": true,
	"deeplearningai": true, "tensorflow": true, "pytorch": true, "syllabus": true, "curriculum": true,
	"mlops": true, "nlp": true, "resume": true, "portfolio": true, "employers": true, "recruiters": true,
	"prerequisite": true, "prerequisites": true, "prereq": true, "prereqs": true,
}

// Ask answers a free-form question from the catalog, or asks which of two
// close topics was meant, or says honestly that it cannot.
func (a *Advisor) Ask(question string) Answer { return a.AskIn(Session{}, question) }

// AskIn answers a question asked inside a conversation: the learner's
// profile and plan make "how long for me" and "what next" theirs.
func (a *Advisor) AskIn(s Session, text string) Answer {
	if strings.TrimSpace(text) == "" {
		return a.unanswered(nil, 0)
	}
	q, top, near, oos := a.classifyText(text)
	if q.unknownFirst {
		ans := a.unanswered(nil, 0)
		ans.Text = q.unknown
		return ans
	}
	if len(q.courses) == 0 && len(q.programs) == 0 && len(top) > 0 && top[0].topic == topicCourseInfo {
		// "is regression gonna be hard for me?" asked cold (a stranger,
		// sixteenth session, got "Did you mean" cheapest path or order):
		// the model reads a question about one course, and the words
		// name one by its subtitle alone.
		q.courses = a.subtitlesNamed(q.low)
	}
	id, beyond := a.planStepNamed(s, q)
	if id != "" {
		// "can i skip the first one?" after the plan (a stranger,
		// thirteenth session, got "Did you mean"): the plan's step.
		q.courses = []string{id}
		// Read again with the course named: "what does the third one
		// cover?" is "what does Classification cover?" (dev84 got "I
		// can't answer that").
		q.entities = append(q.entities, "e:course")
		top, near, oos = a.classify(q)
		if q.has(" after this ", " after that ", " after it ") && !q.durationAsk && !q.asksSkip() {
			// "is there something after this one?" (dev84)
			return composedAnswer(a.after(q.courses), TopicNextStep, computedConfidence)
		}
	}
	if beyond > 0 {
		// "what's the second course about?" with a plan of one course
		// (a stranger in the console, 2026-12-01, got "Did you mean").
		return composedAnswer(a.beyondPlanText(s, beyond), TopicNextStep, computedConfidence)
	}
	ans := a.askClassified(s, q, top, near, oos)
	if !ans.Answered && q.unknown != "" {
		// A question the guide cannot answer, but whose kind is known
		// ("are the courses in Spanish?", "can i do this on my phone?",
		// "is 16 too young?"): say what is and isn't known instead of a
		// bare "I can't answer that" (dozens of tunable conversations
		// asked these). Still not an answer; and not "Did you mean"
		// either ("thanks! can i do the courses on my phone?" was offered
		// two topics it isn't about; a stranger, thirteenth session).
		if len(ans.Clarify) > 0 {
			ans = a.unanswered(nil, ans.Confidence)
		}
		ans.Text = q.unknown
	}
	return ans
}

// askClassified is AskIn once the text is split and classified.
func (a *Advisor) askClassified(s Session, q questionText, top []ranked, near, oos float64) Answer {
	// What the words settle outright comes before the thresholds: the
	// learner's own numbers for a duration or a cost, and the facts of
	// one named course.
	// Inside a conversation about certificates a "total bill" is theirs;
	// asked cold, the question must look like the domain. (The
	// learner's own numbers asked about are more evidence than a topic
	// alone: ownNumbersOOS, whatever the decision's oos.)
	inConversation := s.Asking != "" || !s.Profile.IsZero()
	domainOOS := max(decide.oos, ownNumbersOOS)
	if inConversation {
		domainOOS = 0.95
	}
	if ans, ok := a.settled(s, q, oos, oos < domainOOS, inConversation); ok {
		return ans
	}
	// Costs composed from the learner's plan or profile. (budgetEnough
	// needs a plan, so a conversation, and costBeforeBudget no plan:
	// neither comes before the other.)
	if text, ok := a.budgetEnough(s, q); ok {
		return composedAnswer(text, TopicComputedCost, computedConfidence)
	}
	for _, cost := range []func(Session, questionText) (string, bool){a.costBeforeBudget, a.fasterCheaper} {
		if text, ok := cost(s, q); ok && oos < domainOOS {
			return composedAnswer(text, TopicComputedCost, computedConfidence)
		}
	}
	// The plan paid for or audited is theirs whatever another domain's
	// "what if my boss says no" sounds like (a probe, eighteenth session,
	// was declined at oos 0.98), as their plan at another pace is.
	for _, cost := range []func(Session, questionText) (string, bool){a.planIfPaid, a.planIfFree} {
		if text, ok := cost(s, q); ok && (oos < domainOOS || hasPlan(s)) {
			return composedAnswer(text, TopicComputedCost, computedConfidence)
		}
	}
	if text, ok := a.planAtRate(s, q); ok && (oos < domainOOS || hasPlan(s) || inConversation) {
		// (Their plan at another pace is theirs whatever another
		// domain's "how much faster" sounds like: dev77.)
		return composedAnswer(text, TopicComputedDuration, computedConfidence)
	}
	if text, ok := a.planAnswer(s, q); ok && oos < domainOOS {
		return composedAnswer(text, TopicComputedDuration, computedConfidence)
	}
	if text, ok := startAnswer(s, q); ok && inConversation {
		return composedAnswer(text, TopicStart, computedConfidence)
	}
	// "whats the google one about?" (a stranger, thirteenth session, was
	// declined: near-the-topic reads "about" as anything); "whats the
	// last one about?" is no question of time.
	about := len(q.courses) == 1 && q.has(" about ") && q.has(" what ", " whats ", " wat ", " wht ", " tell me ")
	aboutOnly := about && !q.durationAsk && !q.costAsk
	if oos < domainOOS && near < top[0].p+0.3 && !aboutOnly {
		for _, r := range top[:2] {
			if text, t, ok := a.computed(s, q, r.topic); ok {
				if inConversation && !hasPlan(s) && !s.Profile.Complete() && (wholePathAsked(q) || pathPronounAsked(s, q)) {
					// "how long will the whole thing take me?" before the
					// interview is over: the plan will say; one course for
					// scale meanwhile.
					text = "Your whole path's total, with dates, comes with your plan as soon as I know the rest. " + text
				}
				return composedAnswer(a.programNote(q)+text, t, computedConfidence)
			}
		}
	}
	if oos < domainOOS && len(q.courses) <= 1 && len(q.programs) == 0 && asksCertificateGot(q) &&
		(inConversation || len(q.courses) == 1 || q.has(" these ", " each course ", " every course ", " coursera ", " audit ", " auditing ")) {
		// "what certificate do i get at the end?", "do i get a
		// certificate?" (a stranger, eleventh session, got "Did you
		// mean"): what the guide says a certificate takes, for the
		// learner's plan when there is one. (Cold, "do I get any
		// certificate after completing this course?" is about some other
		// course: the real questions label it out of scope.)
		return composedAnswer(a.certificateAnswer(s, q), "free", computedConfidence)
	}
	// A course of the six named outright is no question about another
	// program, whatever near-the-topic says ("the google one").
	worth := len(q.courses) == 1 && q.asksStanding()
	// ("is the google one still relevant", after faq_real19 was trained
	// on, read near-the-topic at 0.51: a named course's standing is no
	// question about another program.)
	if oos < decide.oos && (near < top[0].p || len(q.courses) == 1 && (near < 0.5 || worth) || about) {
		// ("would the google one be enough on its own?", a stranger in the
		// console, 2026-12-01, got "Did you mean": enough for a job is
		// its standing; "is 5 hrs enough for regression?" is time.)
		// ("is the google one still relevant?", "is regression outdated"
		// (a probe, eighteenth session, got "Did you mean" expiry or the
		// course): its standing, with the guide's date.)
		if len(q.courses) == 1 && len(q.programs) == 0 && (a.faq.askedAttrs(q.focus) != 0 || q.onlyCourse || q.has(" skip ", " skipping ") || worth || about) {
			topic := top[0].topic
			if aboutOnly {
				// What it is about, whatever other attribute a word
				// seems to name ("last" reads as time).
				return composedAnswer(a.coursesSummary(q.courses), coursePrefix+q.courses[0], max(top[0].p/(1-oos), 0.9))
			}
			if worth && a.faq.askedAttrs(q.focus) == 0 {
				// "is the google one worth it or nah" (a stranger,
				// eleventh session, got "Did you mean"): that course's
				// standing and rating.
				topic = "worth-it"
			}
			if text, topic, ok := a.courseReply(s, q, topic); ok {
				return composedAnswer(text, topic, max(top[0].p/(1-oos), 0.9))
			}
		}
	}
	if oos < domainOOS && len(q.courses) != 1 && len(q.programs) == 0 && (q.domain > 0 || hasPlan(s) || inConversation && oos < decide.oos && near < 0.9) && q.has(" hardest ", " most difficult ", " toughest ", " easiest ", " most advanced ", " most beginner friendly ", " most challenging ") {
		// "which one is hardest?" after the plan or during the interview
		// (strangers, eleventh session, got "I can't answer that"): the
		// guide says which
		// course is not beginner content and which is the gentlest.
		return composedAnswer(a.difficulty(s, q.has(" easiest ", " most beginner friendly ")), TopicLeastMath, computedConfidence)
	}
	if oos < decide.oos && near < top[0].p && len(q.courses) == 2 && len(q.programs) == 0 {
		// Two of the six named with what is asked of them: "regression
		// vs classification course, which first", "what's the difference
		// between the regression and classification courses" (a
		// stranger, tenth session, got "Did you mean").
		conf := max(top[0].p/(1-oos), 0.9)
		switch {
		case q.asksSkip():
			// "can i skip regression and go straight to classification?"
			return composedAnswer(a.skipAnswer(s, q.courses[0]), "order", conf)
		case q.has(" first ", " before ", " after ", " order ", " prerequisite ", " prereq "):
			return composedAnswer(a.orderBetween(q.courses), "order", conf)
		case q.has(" difference ", " differences ", " different ", " vs ", " versus ", " compare ", " compared ", " comparison ", " harder ", " easier ", " tougher ", " more difficult "):
			return composedAnswer(a.coursesSummary(q.courses), topicCourseInfo, conf)
		}
	}
	if oos < decide.oos && len(q.programs) == 0 && asksDifficulty(q) && !q.has(" hardest ", " easiest ", " most difficult ", " toughest ") {
		// "is the google one hard" (declined: near-the-topic 0.60),
		// "is the uw course hard", "are regression and classification
		// hard" (a stranger, nineteenth session, got "Did you mean"):
		// how hard each named course is.
		if ids := a.difficultyCourses(s, q); len(ids) > 0 {
			return composedAnswer(a.difficultyAnswer(ids), coursePrefix+ids[0], max(top[0].p/(1-oos), 0.9))
		}
		if wordsAllIn(q.low, difficultyWords) {
			// "is it hard?", "are the courses difficult for a beginner?"
			// (declined, the nineteenth session's strangers): how hard
			// the six are, and which of the learner's plan is hardest.
			return composedAnswer(a.difficulty(s, false), TopicLeastMath, max(top[0].p/(1-oos), 0.9))
		}
	}

	if oos < decide.oos && (q.costAsk || q.has(" free ")) && !q.durationAsk && len(q.courses) == 0 && a.askedHost(q) == "coursera" {
		// "how much is the andrew ng course", "is the andrew ng course
		// free?", "how much is the google data analytics certificate" (a stranger, thirteenth session,
		// got "I can't answer that" and "Did you mean"): a program the
		// guide places on Coursera costs what Coursera costs, which the
		// guide gives; the answer says it isn't one of the six.
		return a.compose(s, q, "free", max(top[0].p/(1-oos), 0.9))
	}
	if oos < decide.oos && len(q.courses) == 0 && len(q.programs) == 0 && q.has(" coursera plus ", " courseraplus ", " subscription ", " subscribe ") &&
		q.has(" per course ", " each course ", " by course ", " one time ", " onetime ", " individual ", " individually ", " single course ", " course fee ", " pay per ") {
		// "is coursera plus worth it vs paying per course?" (a stranger,
		// eighteenth session, got "Did you mean" free or worth it): the
		// two ways the guide says a certificate is paid for.
		return a.compose(s, q, "free", max(top[0].p/(1-oos), 0.9))
	}
	if (inConversation || q.domain > 0) && oos < decide.oos && near < decide.near*(1-oos) && q.costAsk && !q.durationAsk && len(q.courses) == 0 && len(q.programs) == 0 && q.rate == 0 && q.months == 0 && q.weeks == 0 &&
		top[0].topic == "free" && top[0].p >= costLead*(1-oos) && top[1].p < 0.05*(1-oos) {
		// "how much would it cost if he paid instead?" (a stranger,
		// twenty-third session, got "Did you mean" free or the cheapest
		// path, offered at 0.5%): a question of price that no other
		// topic claims is the price's.
		return a.compose(s, q, "free", top[0].p/(1-oos))
	}
	d := decide
	if inConversation {
		// Inside a conversation about certificates another domain is
		// less likely than cold.
		d.oos = max(d.oos, convOOS)
		d.lead = convLead
		d.leadLong = convLeadLong
	}
	c := d.forQuestion(q).choose(top, near, oos, q.focusWords(), q.wholeWords())
	if c.offer != nil && len(q.courses) == 1 && top[1].topic == topicCourseInfo && top[0].topic != topicCourseInfo &&
		top[0].p >= courseAsideMin*(1-oos) && top[0].p+top[1].p >= d.family*(1-oos) {
		// "does the cert from the uw regression course ever expire?" (a
		// probe, 2026-12-01, got "Did you mean" expiry or the course):
		// the course is what the question is about, not a second
		// question; the topic is answered and the course's gist follows.
		c = choice{answer: top[0].topic, family: true, also: topicCourseInfo}
	}
	switch {
	case c.answer != "":
		ans := a.compose(s, q, c.answer, top[0].p/(1-oos))
		ans.family = c.family
		if c.also != "" && ans.Answered && ans.Topic == c.answer {
			a.addGist(s, q, &ans, c.also)
		}
		return ans
	case c.offer != nil:
		return a.clarify(q, c.offer, top[0].p/(1-oos))
	}
	if oos >= d.oos || top[0].p < suggestMin*(1-oos-near) {
		// Another domain's question, or one no topic claims: the topics
		// it leans to are noise, so the suggestions are the guide's first
		// questions.
		return a.unanswered(nil, top[0].p)
	}
	return a.unanswered(top, top[0].p)
}

// settled answers, before any threshold, the questions whose words say
// what is asked and which the catalog composes an answer for: "can i do
// two at once?", "what is the next one about?", "is it worth getting the
// certificate or just audit?", "is 3 hrs a week enough?". inDomain says
// the question is not another domain's (oos is the model's P(another domain)).
func (a *Advisor) settled(s Session, q questionText, oos float64, inDomain, inConversation bool) (Answer, bool) {
	if text, ok := a.programmingNeeded(q, inConversation); ok && inDomain {
		return composedAnswer(text, TopicLeastMath, computedConfidence), true
	}
	if q.durationAsk && len(q.courses) == 0 && len(q.programs) == 0 && (inDomain || inConversation) && asksAidWait(q) {
		// "financial aid if i can get it, how long does that take to
		// come through usually?", "financial aid coursera itu
		// approve-nya berapa lama sih?" (dev83 got a course's length):
		// the aid answer, and that the guide gives no waiting time.
		text, _ := a.faqText("financial-aid")
		return composedAnswer(a.withAidHow(text, q), "financial-aid", computedConfidence), true
	}
	if s.Asking == SlotBudget && q.words <= 8 && len(q.courses) == 0 && len(q.programs) == 0 && q.has(" cheap ", " cheapest ", " cheaper ", " price ", " prices ", " cost ", " costs ", " how much ") &&
		!q.has(" if i ", " for me ", " my ", " me ") {
		// (Their own cost, "how much does it cost if i pay?", is
		// computed from what they said.)
		// "whats cheapest" to "what can you spend on certificates?" (a
		// stranger in the console got "I can't answer that"): what
		// auditing, certificates and aid cost, then the question again.
		return a.compose(s, q, "free", computedConfidence), true
	}
	if payToStart(q) && (inDomain || inConversation) && len(q.programs) == 0 {
		// "Do I need credit card to start the course?" (dev31, got the
		// order), "can i start without paying?" (a stranger, thirteenth
		// session, got "I can't answer that"): starting costs nothing,
		// auditing is free.
		return a.compose(s, q, "free", computedConfidence), true
	}
	if (inDomain || inConversation) && q.words <= 16 && len(q.programs) == 0 && q.has(" resume ", " cv ", " linkedin ", " résumé ", " portfolio page ") &&
		q.has(" put ", " add ", " list ", " include ", " show ", " mention ", " goes on ", " go on ", " count on ", " worth listing ") {
		// "can i put this on my resume?", "should i add the certs to my
		// linkedin?" (a stranger in the console, 2026-12-01, got "Did
		// you mean"): yes, and what the guide says it is worth there.
		return composedAnswer("Yes: list each certificate you complete, with the institution that issued it (it carries that name). "+
			"The guide says certificates help on a resume "+certificateHelps+", so put a project you can talk about next to them. An audited course gives no certificate to list.", "worth-it", computedConfidence), true
	}
	note := ""
	if len(q.asked) > 0 {
		note = a.programNote(q)
	}
	if note != "" && q.words <= 16 && len(q.courses) == 0 && q.has(" one of yours ", " one of the six ", " in your list ", " on your list ", " in your catalog ", " do you have ", " do you cover ", " do you track ", " do you include ", " is that yours ", " is it yours ", " yours ", " do you know ") {
		// "what about the IBM data science cert, is that one of yours?"
		// (a stranger got "Did you mean"): no, what kind of program it
		// is, and the six.
		var titles []string
		for _, c := range a.cat.Courses {
			titles = append(titles, c.Title)
		}
		return composedAnswer(strings.TrimSuffix(note, " In general: ")+" The six I track: "+joinList(titles)+".", "program-types", computedConfidence), true
	}
	if len(q.courses) == 0 && note != "" && bareMention(q.focus) {
		// "what about the google ml certificate?", "and google's ML
		// cert?", "anyone looked into fast.ai?" (a stranger got "I can't
		// answer that"): what it is, beside the six, and what the guide
		// says makes such a program worth it.
		return a.compose(s, q, "good-program", computedConfidence), true
	}
	if note != "" && q.words <= 14 && len(q.courses) == 0 && q.has(" any good ", " good ", " legit ", " worth it ", " worth ", " recommend ", " recommended ") && !q.costAsk && !q.durationAsk {
		// "is the IBM data science professional certificate any good?"
		// (it got "Did you mean" expiry): not one of the six, its kind,
		// and what the guide says makes one worth it.
		topic := "good-program"
		if q.has(" worth ") {
			topic = "worth-it"
		}
		return a.compose(s, q, topic, computedConfidence), true
	}
	if botFree(q) {
		// "quick q first: is this thing free to use?" (dev77, a
		// stranger: "Did you mean"): the bot, then the courses.
		ans := a.compose(s, q, "free", computedConfidence)
		ans.Text = "Asking me costs you nothing. As for the courses: " + ans.Text
		return ans, true
	}
	if auditVersusAid(q) && (inDomain || inConversation) {
		// "what's the difference between auditing and aid tho?" (a
		// stranger got "Did you mean" free / aid; "audit vs financial
		// aid?" too): the free-audit answer says both, and how they
		// differ is the certificate.
		ans := a.compose(s, q, "free", computedConfidence)
		ans.Text = "They differ in the certificate: auditing gives you the lectures and materials but no certificate; financial aid, if approved, gives you the certificate at $0.\n\n" + ans.Text
		return ans, true
	}
	if mlVersusAI(q) {
		// "whats the difference between ML and AI", "is machine
		// learning the same as AI?" (tunable conversations got "I can't
		// answer that").
		return composedAnswer(a.termMeaning("ai"), TopicCourseForGoal, computedConfidence), true
	}
	if terms := rolesCompared(q); len(terms) >= 2 {
		// "whats the actual difference between mlops and ml engineer"
		// asked at the goal question (dev2, dev6, dev7: "I can't answer
		// that"): each in plain words, with its path.
		var parts []string
		for _, t := range terms {
			parts = append(parts, a.termMeaning(t))
		}
		return composedAnswer(strings.Join(parts, " "), TopicCourseForGoal, computedConfidence), true
	}
	// ("since i did ng's course" gives a reason, not what to skip: a
	// stranger, thirteenth session, got "Did you mean".)
	reason := q.has(" since ", " because ", " cause ", " cuz ", " coz ", " bc ", " as i did ", " as i have ", " as ive ")
	if inDomain && len(q.courses) == 1 && (len(q.programs) == 0 || reason) && q.asksSkip() {
		// "can i skip to the google one" (a stranger, twelfth session,
		// got "I can't answer that": "google" leans to other programs).
		if text, topic, ok := a.courseReply(s, q, "order"); ok {
			return composedAnswer(text, topic, computedConfidence), true
		}
	}
	if text, ok := a.topicCovered(q); ok && inDomain {
		return composedAnswer(text, topicCourseInfo, computedConfidence), true
	}
	if text, ok := a.afterThePlan(s, q); ok {
		return composedAnswer(text, TopicNextStep, computedConfidence), true
	}
	if text, ok := a.isNext(s, q); ok {
		return composedAnswer(text, TopicNextStep, computedConfidence), true
	}
	if text, ok := a.whyInPlan(s, q); ok {
		return composedAnswer(text, "order", computedConfidence), true
	}
	if term := meaningAsked(q); term != "" {
		// "whats ml exactly", "what is MLOps?" (strangers, twelfth
		// session, got "Did you mean" about goals and order).
		topic := TopicCourseForGoal
		if term == "audit" {
			topic = "free"
		}
		return composedAnswer(a.termMeaning(term), topic, computedConfidence), true
	}
	if inDomain && len(q.programs) == 0 && (q.domain > 0 || inConversation) && q.has(" two at once ", " 2 at once ", " both at once ", " two at a time ", " 2 at a time ", " at the same time ", " at same time ", " same time ", " in parallel ", " simultaneously ", " side by side ", " concurrently ", " two courses at once ", " 2 courses at once ", " multiple courses at once ", " several courses at once ", " two courses together ", " 2 courses together ") {
		// ("can i do two courses at once to go faster?", dev83: "Did
		// you mean")
		// "can i do two at once?" (a stranger, eleventh session, got
		// "I can't answer that").
		return composedAnswer(a.twoAtOnce(s), "order", computedConfidence), true
	}
	if hasPlan(s) && len(q.courses) == 0 && q.has(" next one ", " next course ", " next step ", " first one ", " first course ") && q.has(" about ", " cover ", " covers ", " teach ", " teaches ", " like ", " involve ") {
		// "what is the next one about?" after the plan (dev53): the
		// course the plan has next.
		if i, ok := currentStep(s); ok {
			if text := a.coursesSummary([]string{s.Plan.Steps[i].Course}); text != "" {
				return composedAnswer(text, topicCourseInfo, computedConfidence), true
			}
		}
	}
	if q.words <= 12 && len(q.programs) == 0 && q.has(" why ", " how come ", " reason ", " reasons ", " reasoning ", " logic ", " idea behind ", " rationale ") &&
		(q.has(" this order ", " that order ", " this sequence ", " that sequence ", " these steps ", " this path ") ||
			(inConversation || q.domain > 0) && q.has(" the order ", " the sequence ", " order ")) && !q.has(" my order ", " an order ", " order status ") {
		// "why this order?", "whats the idea behind the order?" (a
		// stranger, 2026-12-01: "Did you mean" or declined; "order" is
		// another domain's purchase as often): the reasons for the
		// order, for the learner's plan when there is one.
		return a.compose(s, q, "order", computedConfidence), true
	}
	if inDomain && len(q.programs) == 0 && q.has(" audit ", " auditing ", " audited ") && q.hasGlossed(" certificate ", " cert ", " certs ", " certificates ", " pay ", " paying ", " paid ") &&
		q.hasGlossed(" worth ", " or just ", " or audit ", " should i ", " better ", " vs ", " versus ", " instead ") {
		// "is it worth getting the certificate or just audit?" (a
		// stranger, eleventh session, got "Did you mean"): what each
		// gives, and when the certificate is worth its price.
		return composedAnswer(a.certificateOrAudit(s), "free", computedConfidence), true
	}
	// (Hours a week and "enough" are the domain's words more than any
	// other's: the model's P(another domain) for so short a question
	// swung with each retraining, 0.3 to 0.7.)
	if (inDomain || oos < 0.9) && q.rate > 0 && q.words <= 14 && len(q.courses) <= 1 && len(q.programs) == 0 && !q.costAsk && q.has(" enough ", " worth it ", " worth ", " realistic ", " doable ", " too little ", " too slow ", " too few ", " sufficient ") {
		// "is 3 hrs a week enough?", "hours... is 2 a week even worth
		// it?" (dev62: the generic durations, or "I can't answer that"):
		// yes, at that pace, and how long a course takes at it.
		dq := q
		dq.durationAsk = true
		if text, _, ok := a.computed(s, dq, "duration"); ok {
			return composedAnswer("Yes, it's enough, just slower. "+text+" The guide's advice is a pace you can keep: 10 hours a week is ambitious for most people, and finishing the assignments matters more than speed.", TopicComputedDuration, computedConfidence), true
		}
	}
	return Answer{}, false
}

// ownNumbersOOS is the P(another domain) below which a question with the
// learner's own numbers, or one asked inside a conversation, is read as
// this domain's ("so if it ends up taking me like 5 months, what's the
// total bill").
const ownNumbersOOS = 0.5

// convOOS is the P(another domain) below which a question asked inside a
// conversation is read as this domain's. Other domains' words pull real
// questions up to 0.56-0.68 ("do i need a credit card to start or is there
// free stuff?", "how many months would the whole plan take if i'm slow?",
// declined mid-interview once faq_real22 was trained on); messages of
// other domains score 0.95 and more ("what's the weather tomorrow" 0.97).
const convOOS = 0.7

// suggestMin is the share of the in-scope probability a topic must have
// for an unanswered question to offer it as a suggestion.
const suggestMin = 0.25

// AnswerTopic answers one topic directly (a "Did you mean" choice).
func (a *Advisor) answerTopic(s Session, topic string) Answer {
	return a.compose(s, questionText{}, topic, 1)
}

// topicQuestion is how a topic is offered as a suggestion or choice.
func (a *Advisor) topicQuestion(topic string) string {
	for _, f := range a.cat.FAQs {
		if f.ID == topic {
			return f.Question
		}
	}
	if q, ok := a.topicQuestions[topic]; ok {
		return q
	}
	return topic
}

// clarify asks which of the close topics was meant.
func (a *Advisor) clarify(q questionText, top []ranked, conf float64) Answer {
	var topics, questions []string
	for _, r := range top[:min(3, len(top))] {
		if len(topics) >= 2 && r.p < 0.15 {
			break
		}
		if r.topic == topicCourseInfo && len(q.courses) != 1 {
			continue
		}
		topics = append(topics, r.topic)
		questions = append(questions, a.topicQuestion(r.topic))
	}
	var b strings.Builder
	b.WriteString("I'm not sure which you mean. Did you mean:")
	for i, qq := range questions {
		fmt.Fprintf(&b, "\n  %d) %s", i+1, qq)
	}
	return Answer{Text: b.String(), Confidence: clamp01(conf), Suggestions: questions, Clarify: topics}
}

// unanswered is the honest "I can't answer that", with the topics that
// came closest as suggestions.
func (a *Advisor) unanswered(top []ranked, conf float64) Answer {
	var sugg []string
	for _, r := range top {
		if len(sugg) == 3 {
			break
		}
		if r.topic == topicCourseInfo {
			continue
		}
		sugg = append(sugg, a.topicQuestion(r.topic))
	}
	for _, f := range a.cat.FAQs {
		if len(sugg) >= 3 {
			break
		}
		if !contains(sugg, f.Question) {
			sugg = append(sugg, f.Question)
		}
	}
	return Answer{Text: a.faq.unanswered, Confidence: clamp01(conf), Suggestions: sugg}
}

// compose answers one topic for a question.
func (a *Advisor) compose(s Session, q questionText, topic string, conf float64) Answer {
	ans := Answer{Answered: true, Topic: topic, Confidence: clamp01(conf), Suggestions: []string{}}
	prefix := a.programNote(q)
	// A program certpath cannot speak for (an exam) is declined.
	for _, pi := range q.programs {
		if a.nlu.programs[pi].kind == "exam" && len(q.courses) == 0 {
			out := a.unanswered(nil, conf)
			out.Text = fmt.Sprintf("%s is a certification exam; the guide I answer from doesn't cover exams or their fees. %s",
				upperFirst(a.nlu.programs[pi].name), a.faq.unanswered)
			return out
		}
	}
	// The learner's own numbers make duration and cost a computation.
	if text, t, ok := a.computed(s, q, topic); ok {
		ans.Text, ans.Topic, ans.Confidence = prefix+text, t, max(conf, computedConfidence)
		return ans
	}
	// One named course: its facts, or where it stands in their plan.
	if text, t, ok := a.courseReply(s, q, topic); ok {
		ans.Text, ans.Topic = text, t
		return ans
	}
	if len(q.courses) >= 2 && (topic == "order" || topic == TopicNextStep || topic == topicCourseInfo || topic == TopicLeastMath) {
		ans.Topic = "order"
		if q.after {
			ans.Text = a.after(q.courses)
		} else {
			ans.Text = a.orderBetween(q.courses[:2])
		}
		return ans
	}
	switch topic {
	case TopicBestRated:
		ans.Text = a.bestRated()
	case TopicCourseForGoal:
		ans.Text = a.courseForGoal(s, q)
	case TopicLeastMath:
		ans.Text = a.leastMath()
	case TopicCheapestPath:
		ans.Text = a.cheapestPath(s)
	case TopicNextStep:
		ans.Text = a.nextStep(s, q)
	case TopicBottomLine:
		ans.Text = a.bottomLine()
	case topicCourseInfo:
		if len(q.courses) == 0 {
			return a.unanswered([]ranked{{"order", 0}, {"program-types", 0}}, conf)
		}
		ans.Text = a.coursesSummary(q.courses)
	case "order":
		// "which one first?" is answered from the plan; "why this
		// order?", "whats the idea behind the order?" by the guide's
		// reasons.
		if text, ok := planOrder(s); ok && len(q.programs) == 0 && q.has(" which ", " first ", " start with ", " begin with ", " what order ") && !q.has(" idea ", " reason ", " reasoning ", " logic ") {
			ans.Text = text
			break
		}
		ans.Text, _ = a.faqText(topic)
	default:
		text, ok := a.faqText(topic)
		if !ok {
			return a.unanswered(nil, conf)
		}
		if topic == "duration" && q.oneCourse && !q.spec && len(q.courses) == 0 {
			// "how long is each course?": the course's hours first, not
			// third after the specializations'.
			text = a.oneCourseFirst(text)
		}
		if topic == "financial-aid" {
			text = a.withAidHow(text, q)
		}
		ans.Text = text
	}
	if (topic == "free" || topic == "financial-aid") && q.has(" coursera plus ", " courseraplus ") {
		// "how much is coursera plus?" (dev83 got the audit answer as
		// if it were Plus's): the guide's subscription price is not a
		// word about Plus.
		prefix += "The guide doesn't name Coursera Plus or its price; what it gives is the Coursera subscription for certificates. "
	}
	ans.Text = prefix + ans.Text
	return ans
}

// planOrder answers "which one should i do first and why" after the
// plan from the plan itself: its steps left, in order, each with its
// reason (a stranger, twenty-first session, got the guide's general
// order, which names courses their plan leaves out).
func planOrder(s Session) (string, bool) {
	if !hasPlan(s) {
		return "", false
	}
	var b strings.Builder
	n := 0
	for _, st := range s.Plan.Steps {
		if st.Done {
			continue
		}
		n++
		if n == 1 {
			b.WriteString("In your plan, in this order:")
		}
		fmt.Fprintf(&b, "\n%d. %s: %s", n, st.Title, firstSentence(st.Why))
	}
	if n < 2 {
		return "", false
	}
	return b.String(), true
}

// withAidHow puts aidHow into an aid answer, before the price note that
// closes it.
func (a *Advisor) withAidHow(text string, q questionText) string {
	how := a.aidHow(q)
	if how == "" {
		return text
	}
	if body, ok := strings.CutSuffix(text, " "+a.faq.priceNote); ok {
		return body + how + " " + a.faq.priceNote
	}
	return text + how
}

// asksAidWait reports a "how long" about financial aid: aid named in the
// message and the question about its approval ("how long does that take
// to come through?" after "financial aid if i can get it").
func asksAidWait(q questionText) bool {
	whole := q.wholeLow()
	if !strings.Contains(whole, " aid ") && !strings.Contains(whole, " approve") && !strings.Contains(whole, " approval ") {
		return false
	}
	if q.has(" course ", " courses ", " specialization ", " program ", " plan ", " path ", " certificate ", " cert ") {
		// "how long does the course take with financial aid?"
		return false
	}
	return q.hasGlossed(" aid ", " approve", " approval ", " come through ", " hear back ", " decision ", " accepted ")
}

// aidHow is what follows the financial-aid answer when the question asks
// how to apply ("how do i apply for the aid": a stranger got only that aid
// exists) or how long the decision takes, which the guide does not say.
func (a *Advisor) aidHow(q questionText) string {
	how := a.cat.Pricing.FinancialAidHow
	switch {
	case how == "":
		return ""
	case q.durationAsk || q.has(" how many days ", " how soon ", " when will i hear ", " when do i hear "):
		return " How long the decision takes, the guide doesn't say. " + how
	case q.has(" apply ", " application ", " how do i get ", " how to get ", " how can i get ", " where do i ", " how does it work ", " request "):
		return " " + how
	}
	return ""
}

// courseReply answers a question about one named course: a course the
// learner's plan leaves out is said to be left out (notInPlan), else its
// facts (courseAnswer, when no other program is named).
func (a *Advisor) courseReply(s Session, q questionText, topic string) (text, answerTopic string, ok bool) {
	if text, ok := a.notInPlan(s, q, topic); ok {
		return text, "order", true
	}
	if len(q.courses) == 1 && q.has(" skip to ", " jump to ", " go straight to ", " skip ahead to ") {
		if text, ok := a.skipToAnswer(s, q.courses[0]); ok {
			return text, "order", true
		}
	}
	if len(q.courses) == 1 && q.asksSkip() {
		return a.skipAnswer(s, q.courses[0]), "order", true
	}
	if len(q.courses) == 1 && len(q.programs) == 0 {
		if text, ok := a.courseAnswer(q.courses[0], topic, q); ok {
			attrs := a.faq.askedAttrs(q.focus)
			asksTime := q.durationAsk || attrs&(1<<attrHours) != 0 || topic == "duration" && attrs == 0
			if st, ok := planStep(s, q.courses[0]); ok && asksTime && !st.Done && st.Weeks > 0 && q.rate == 0 {
				// "how long is the production one?" after the plan (a
				// stranger, 2026-12-01, got the guide's 20–40 hours
				// only): its place in their plan as well.
				text += fmt.Sprintf(" In your plan: %s h over %d week%s at your %d h a week, %s to %s.", money(st.Hours), st.Weeks, plural(st.Weeks), s.Profile.HoursPerWeek, st.Start, st.End)
			}
			if topic == "worth-it" && q.has(" enough ") && !asksTime {
				// "would the google one be enough on its own?": the
				// course's standing, and what the guide says of any one
				// certificate alone.
				text += " On its own, though, no certificate is enough: the guide calls one a filter, not a hire signal; complete the assignments seriously and build something you can show."
			}
			return text, coursePrefix + q.courses[0], true
		}
	}
	return "", "", false
}

// planStep is the step of the learner's plan for course id.
func planStep(s Session, id string) (Step, bool) {
	i := stepIndex(s, id)
	if i < 0 {
		return Step{}, false
	}
	return s.Plan.Steps[i], true
}

// stepIndex is the index of course id in the learner's plan, or -1.
func stepIndex(s Session, id string) int {
	if !hasPlan(s) {
		return -1
	}
	return slices.IndexFunc(s.Plan.Steps, func(st Step) bool { return st.Course == id })
}

// notInPlan answers a question about the order that names a course the
// learner's plan leaves out: "do i need to do regression first? i
// already know that stuff" after a plan that starts further on (a
// stranger, ninth session, got the guide's whole order for beginners).
func (a *Advisor) notInPlan(s Session, q questionText, topic string) (string, bool) {
	if !hasPlan(s) || len(q.courses) != 1 || len(s.Plan.Steps) == 0 {
		return "", false
	}
	switch topic {
	case "order", TopicNextStep, topicCourseInfo, TopicLeastMath:
	default:
		// "do i need X first", "before", "skip"
		if !q.has(" first ", " before ", " skip ", " after ", " prerequisite ", " prereq ") {
			return "", false
		}
	}
	id := q.courses[0]
	if stepIndex(s, id) >= 0 {
		return "", false
	}
	c, ok := a.cat.Course(id)
	if !ok {
		return "", false
	}
	i, _ := currentStep(s)
	first := s.Plan.Steps[i]
	// "can i skip structuring?" is answered yes where "do i need X
	// first?" is answered no (a stranger, tenth session's review, was
	// told "No: your plan leaves out ..." to a skip).
	answer := "No"
	if q.asksSkip() {
		answer = "Yes"
	}
	if slices.Contains(s.Profile.Completed, id) {
		return fmt.Sprintf("%s: %s is done already, so your plan leaves it out and starts with %s.", answer, c.Title, first.Title), true
	}
	return fmt.Sprintf("%s: your plan leaves out %s for what you've told me (%s), and starts with %s. %s", answer, c.Title, describe(s.Profile, []Slot{SlotProgramming, SlotML, SlotGoal}), first.Title, first.Why), true
}

// skipAnswer answers "can i skip X?" for one named course: whether the
// guide's order leans on it, and how to tell certpath it is skipped (a
// stranger, tenth session: "can i skip the structuring one" got "Did you
// mean" the order or the best-rated course).
func (a *Advisor) skipAnswer(s Session, id string) string {
	c, _ := a.cat.Course(id)
	how := fmt.Sprintf("tell me \"done %s\" and your plan leaves it out", c.Title)
	if hasPlan(s) {
		for i, st := range s.Plan.Steps {
			if st.Course == id {
				how = fmt.Sprintf("say \"done %d\" and the rest of your plan re-flows from today", i+1)
			}
		}
	}
	return fmt.Sprintf("You can, if you already know what it teaches: a course you'd only be repeating costs you weeks. To skip %s, mark it done: %s. %s", c.Title, how, a.courseOrder(id))
}

// skipToAnswer answers "can i skip to the google one?": the steps before
// it are what is skipped, and the guide's reason for its place.
func (a *Advisor) skipToAnswer(s Session, id string) (string, bool) {
	if !hasPlan(s) {
		return "", false
	}
	for i, st := range s.Plan.Steps {
		if st.Course != id {
			continue
		}
		if i == 0 {
			return fmt.Sprintf("%s is already first in your plan.", st.Title), true
		}
		return fmt.Sprintf("You can, if you already know what the %d steps before it teach: say \"skip to %s\" and I'll mark them done and re-plan from today. %s", i, st.Title, a.courseOrder(id)), true
	}
	return "", false
}

// asksSkip reports whether the question asks about skipping a course.
func (q questionText) asksSkip() bool {
	return q.has(" skip ", " skipping ", " leave out ", " jump over ", " bypass ",
		// "do i really need the second course tho?" (dev84: "Did you
		// mean")
		" do i really need the ", " do i really need to do ", " do i actually need the ", " do i have to do the ") && !q.has(" math ", " maths ", " how much ")
}

// composedAnswer is an answer composed from the catalog for the question
// (not one FAQ paragraph): sure, with no suggestions.
func composedAnswer(text, topic string, conf float64) Answer {
	return Answer{Answered: true, Text: text, Topic: topic, Confidence: conf, Suggestions: []string{}}
}

// oneCourseFirst opens the duration answer with one course's hours and
// leaves out the sentence that said them further on.
func (a *Advisor) oneCourseFirst(text string) string {
	hours := a.courseHoursText()
	var kept []string
	for _, sent := range strings.SplitAfter(text, ". ") {
		if !strings.Contains(sent, hours) {
			kept = append(kept, sent)
		}
	}
	return "One course takes " + hours + " (from the guide). " + strings.TrimSpace(strings.Join(kept, ""))
}

// addGist follows an answer with the first sentence of a sibling topic's
// answer, unless the answer already says it.
func (a *Advisor) addGist(s Session, q questionText, ans *Answer, topic string) {
	other := a.compose(s, q, topic, 1)
	if !other.Answered {
		return
	}
	// (compose opens with the note about a program the question named;
	// the answer already has it.)
	gist := firstSentence(strings.TrimPrefix(other.Text, a.programNote(q)))
	if gist == "" || strings.Contains(ans.Text, gist) {
		return
	}
	if topic == topicCourseInfo {
		// The course the question named: its gist names it.
		ans.Text += "\n\n" + gist
	} else {
		ans.Text += "\n\nIf you were also asking " + lowerFirst(a.topicQuestion(topic)) + " " + gist
	}
	ans.Also = topic
}

// firstSentence is text up to the end of its first sentence.
func firstSentence(text string) string {
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && (text[i+1] == ' ' || text[i+1] == '\n') && i > 20 {
			return text[:i+1]
		}
	}
	return strings.TrimSpace(text)
}

// faqText is an FAQ's answer, with the prices' date when it has prices.
func (a *Advisor) faqText(id string) (string, bool) {
	for _, f := range a.cat.FAQs {
		if f.ID == id {
			return a.faq.withPriceNote(f.Answer), true
		}
	}
	return "", false
}

// programNote places a program that is not among the six in the guide's
// types, so the answer that follows is read as general advice.
func (a *Advisor) programNote(q questionText) string {
	var p program
	found := false
	for _, pi := range q.asked {
		if pr := a.nlu.programs[pi]; !pr.generic && pr.kind != "exam" {
			p, found = pr, true
			break
		}
	}
	if !found {
		return ""
	}
	var what string
	switch p.kind {
	case "degree":
		what = "a degree, which the guide compares with certificates rather than reviews"
	default:
		for _, t := range a.cat.ProgramTypes {
			if t.ID == p.kind {
				what = fmt.Sprintf("one of the guide's %s (%s; %s)", lowerFirst(t.Name), strings.TrimSuffix(lowerFirst(aboutProgram(t.GoodAt, p.name)), "."), strings.TrimSuffix(lowerFirst(t.WeakAt), "."))
			}
		}
	}
	if what == "" {
		return ""
	}
	lead := fmt.Sprintf("%s isn't one of the six courses I track, but it is %s.", upperFirst(p.name), what)
	if len(p.contains) > 0 {
		var titles []string
		for _, id := range p.contains {
			if c, ok := a.cat.Course(id); ok {
				titles = append(titles, c.Title)
			}
		}
		lead = fmt.Sprintf("%s includes %s, which I track; the rest isn't among my six courses. It is %s.", upperFirst(p.name), joinList(titles), what)
	}
	return lead + " In general: "
}

// aboutProgram keeps the parts of a type's description (split at ";")
// that apply to the program: "Google's ML certificates carry direct
// relevance for roles on Google Cloud" is no note about IBM's.
func aboutProgram(desc, name string) string {
	parts := strings.Split(desc, ";")
	kept := parts[:1]
	for _, part := range parts[1:] {
		other := false
		for _, provider := range []string{"Google", "IBM", "DeepLearning.AI"} {
			if strings.Contains(part, provider) && !strings.Contains(name, provider) {
				other = true
			}
		}
		if !other {
			kept = append(kept, part)
		}
	}
	return strings.Join(kept, ";")
}

// courseAnswer answers about one named course.
func (a *Advisor) courseAnswer(id, topic string, q questionText) (string, bool) {
	ci := -1
	for i, c := range a.cat.Courses {
		if c.ID == id {
			ci = i
		}
	}
	if ci < 0 {
		return "", false
	}
	facts := &a.faq.courses[ci]
	// What the words ask for ("who teaches", "cover", "free", "hard")
	// decides first; the topic when they name nothing.
	if q.has(" math ", " maths ", " mathematics ", " calculus ", " linear algebra ", " algebra ", " statistics ", " stats ") {
		// "how much maths is in the regression one?" (dev83 got its
		// level, twice): the guide gives no math prerequisites; what it
		// says of the course's depth.
		return fmt.Sprintf("The guide doesn't list math prerequisites for %s. ", a.cat.Courses[ci].Title) +
			a.faq.aboutCourse(ci, facts.attrs[attrLevel], facts.attrs[attrContent]), true
	}
	attrs := a.faq.askedAttrs(q.focus)
	if attrs&(1<<attrPrereq) != 0 {
		return a.courseOrder(id), true
	}
	if attrs != 0 {
		text := a.faq.courseText(ci, attrs)
		if attrs&(1<<attrHours) != 0 {
			text += " " + a.durationTail()
		}
		return text, true
	}
	switch topic {
	case "duration":
		return facts.attrs[attrHours] + " " + a.durationTail(), true
	case "free", "financial-aid", TopicCheapestPath:
		return facts.attrs[attrCost], true
	case "worth-it":
		// What it is for, beside its standing: "is structuring ml
		// projects worth it if i already built stuff" (dev52).
		return a.faq.aboutCourse(ci, facts.attrs[attrRecognition], facts.attrs[attrRating], facts.attrs[attrContent]), true
	case "recognition":
		return a.faq.aboutCourse(ci, facts.attrs[attrRecognition], facts.attrs[attrRating]), true
	case TopicLeastMath:
		return a.faq.aboutCourse(ci, facts.attrs[attrLevel], facts.attrs[attrCode]), true
	case "order", TopicNextStep:
		return a.courseOrder(id), true
	case TopicBestRated, "good-program":
		return a.faq.aboutCourse(ci, facts.attrs[attrRating], facts.attrs[attrContent]), true
	case topicCourseInfo, TopicCourseForGoal, "program-types":
		return a.coursesSummary([]string{id}), true
	}
	return "", false
}

// durationTail is the guide's practical note on course durations.
func (a *Advisor) durationTail() string {
	return "In practice people take longer than listed; budget time for actually completing the assignments."
}

// courseOrder says where a course sits in the guide's order and why.
func (a *Advisor) courseOrder(id string) string {
	c, _ := a.cat.Course(id)
	if id == a.cat.NonProgrammer.Course {
		return fmt.Sprintf("%s needs no earlier course: %s", c.Title, a.cat.NonProgrammer.Why)
	}
	pos := -1
	for i, st := range a.cat.RecommendedOrder {
		if st.Course == id {
			pos = i
		}
	}
	if pos < 0 {
		return a.faq.courses[0].summary
	}
	var b strings.Builder
	fmt.Fprintf(&b, "In the guide's order %s is step %d of %d. %s", c.Title, pos+1, len(a.cat.RecommendedOrder), a.cat.RecommendedOrder[pos].Why)
	if pos > 0 {
		prev, _ := a.cat.Course(a.cat.RecommendedOrder[pos-1].Course)
		fmt.Fprintf(&b, " Before it: %s.", prev.Title)
	}
	if pos+1 < len(a.cat.RecommendedOrder) {
		next, _ := a.cat.Course(a.cat.RecommendedOrder[pos+1].Course)
		fmt.Fprintf(&b, " After it: %s.", next.Title)
	}
	return b.String()
}

// orderBetween answers "X before Y?" for two named courses from the
// guide's order.
func (a *Advisor) orderBetween(ids []string) string {
	pos := func(id string) int {
		for i, st := range a.cat.RecommendedOrder {
			if st.Course == id {
				return i
			}
		}
		return -1
	}
	x, y := ids[0], ids[1]
	if pos(x) > pos(y) {
		x, y = y, x
	}
	cx, _ := a.cat.Course(x)
	cy, _ := a.cat.Course(y)
	if pos(x) < 0 {
		return fmt.Sprintf("%s comes first: %s Then the code-based courses, starting with %s.", cx.Title, a.cat.NonProgrammer.Why, cy.Title)
	}
	return fmt.Sprintf("The guide's order puts %s before %s. %s %s", cx.Title, cy.Title,
		a.cat.RecommendedOrder[pos(x)].Why, a.cat.RecommendedOrder[pos(y)].Why)
}

// after answers what follows the named courses in the guide's order.
func (a *Advisor) after(ids []string) string {
	if nonProg := a.cat.NonProgrammer.Course; nonProg != "" && len(ids) == 1 && ids[0] == nonProg && len(a.cat.RecommendedOrder) > 0 {
		// "ok and what after ML for all?" (a stranger in the console,
		// 2026-12-01, got the job-search bottom line on a plan to
		// understand ML): to understand ML it is the whole path; to
		// build models, the guide's order starts next.
		c, _ := a.cat.Course(a.cat.RecommendedOrder[0].Course)
		return fmt.Sprintf("To understand ML, that is the whole path. If you later want to build models yourself, learn basic Python first; then the guide's order starts with %s (%s): %s", c.Title, c.Provider, a.cat.RecommendedOrder[0].Why)
	}
	last := -1
	for i, st := range a.cat.RecommendedOrder {
		if contains(ids, st.Course) {
			last = i
		}
	}
	if last < 0 || last+1 >= len(a.cat.RecommendedOrder) {
		return a.bottomLine()
	}
	next := a.cat.RecommendedOrder[last+1]
	c, _ := a.cat.Course(next.Course)
	return fmt.Sprintf("Next in the guide's order: %s. %s", c.Title, next.Why)
}

// coursesSummary describes named courses.
func (a *Advisor) coursesSummary(ids []string) string {
	var parts []string
	for _, id := range ids {
		for i, c := range a.cat.Courses {
			if c.ID == id {
				parts = append(parts, a.faq.courses[i].summary)
			}
		}
	}
	return strings.Join(parts, " ")
}

// bestRated ranks the six by the guide's ratings.
func (a *Advisor) bestRated() string {
	courses := append([]int{}, func() []int {
		var out []int
		for i := range a.cat.Courses {
			out = append(out, i)
		}
		return out
	}()...)
	sort.SliceStable(courses, func(i, j int) bool { return a.cat.Courses[courses[i]].Rating > a.cat.Courses[courses[j]].Rating })
	top := a.cat.Courses[courses[0]]
	var rest []string
	for _, i := range courses[1:] {
		c := a.cat.Courses[i]
		rest = append(rest, fmt.Sprintf("%s (%s/10)", c.Title, fmtNum(c.Rating)))
	}
	return fmt.Sprintf("By learner ratings in the guide, %s (%s) is the highest at %s/10; the other five are close behind: %s. "+
		"With ratings that close, pick by where you are in the guide's order, not by a tenth of a point.",
		top.Title, top.Provider, fmtNum(top.Rating), joinList(rest))
}

// goalCourse names the course that serves each goal best and why, from
// the guide.
func (a *Advisor) courseForGoal(s Session, q questionText) string {
	text := strings.ToLower(q.focus + " " + q.context)
	f := a.nlu.understand(text, "", time.Time{})
	goal := ""
	if x, ok := f.Fact(SlotGoal); ok {
		goal = x.Value
	}
	if goal == "" && strings.Contains(text, "cloud") {
		goal = GoalMLOps
	}
	if goal == "" {
		goal = s.Profile.Goal
	}
	c := func(id string) string { cc, _ := a.cat.Course(id); return cc.Title }
	switch goal {
	case GoalMLOps, GoalMLEngineer:
		lead := fmt.Sprintf("For %s: %s (Google Cloud). %s", map[string]string{GoalMLOps: "MLOps", GoalMLEngineer: "ML engineering"}[goal],
			c("production-ml-systems"), a.cat.RecommendedOrder[len(a.cat.RecommendedOrder)-1].Why)
		if strings.Contains(text, "google") || strings.Contains(text, "cloud") || strings.Contains(text, "gcp") {
			lead += " The guide adds that Google's ML certificates carry direct relevance for roles on Google Cloud infrastructure, and Google recognizes its own certificates in hiring."
		}
		return lead + fmt.Sprintf(" It assumes you can already build and evaluate models, so %s and %s come first.", c("ml-regression"), c("ml-classification"))
	case GoalDataScientist:
		return fmt.Sprintf("For data science roles the guide's strongest free-to-audit path is %s and %s with %s, plus %s for hands-on scikit-learn notebooks you can walk through in an interview.",
			c("ml-regression"), c("ml-classification"), c("structuring-ml-projects"), c("applied-ml-python"))
	case GoalLiteracy:
		return fmt.Sprintf("For understanding ML without building it (product managers, domain experts, analysts): %s. %s", c("ml-for-all"), a.cat.NonProgrammer.Why)
	case GoalResearch:
		return a.cat.Note("research") + fmt.Sprintf(" As a foundation: %s, %s and %s.", c("ml-regression"), c("ml-classification"), c("structuring-ml-projects"))
	case GoalFillGap:
		return "A single-course certificate is the guide's answer for one specific gap: pick the one course that covers it; it works as supporting evidence, not a primary credential."
	}
	return fmt.Sprintf("It depends on the goal: for MLOps or ML engineering, %s (after %s and %s); for data science, %s, %s and %s; to understand ML without building it, %s; for research, degrees and publications matter more than any certificate.",
		c("production-ml-systems"), c("ml-regression"), c("ml-classification"), c("ml-regression"), c("ml-classification"), c("structuring-ml-projects"), c("ml-for-all"))
}

// leastMath answers how much math the courses need, from what the guide
// says about rigor and code.
func (a *Advisor) leastMath() string {
	return "The guide doesn't list math prerequisites, but it says which programs lean on theory: Machine Learning for All covers ML concepts with visual tools and plain language rather than code, so it needs the least. " +
		"Industry programs (Google, IBM, DeepLearning.AI) are more applied and less mathematically rigorous than university courses. " +
		"The University of Washington courses (Machine Learning: Regression and Classification) are the most rigorous: regularization, cross-validation and feature selection with real depth, and challenging Python assignments."
}

// asksCertificateGot reports a question about the certificate one gets:
// "what certificate do i get at the end?", "do i get a certificate?",
// "will I receive a cert when I finish?", "is there a certificate?".
func asksCertificateGot(q questionText) bool {
	cert := q.has(" certificate ", " cert ", " certification ", " credential ", " certificates ", " certs ", " credentials ")
	if !cert {
		return false
	}
	if q.has(" later ", " afterwards ", " after that ") && q.has(" pay ", " get ", " buy ", " upgrade ", " purchase ") {
		// "if i audit first can i pay for the certificate later?" (dev47,
		// dev51: got the plan's cost).
		return true
	}
	return q.has(" do i get ", " will i get ", " would i get ", " do you get ", " will you get ", " do we get ", " do i receive ", " will i receive ",
		" do i earn ", " will i earn ", " is there a certificate ", " is there any certificate ", " is there a cert ", " do they give ", " does it give ", " do i still get ", " will i still get ", " can i still get ")
}

// certificateAnswer says what certificate a learner gets: one per course
// completed with paid enrollment, none when auditing (the guide: "All are
// available to audit free; certificates require paid enrollment"), with
// the learner's own budget and plan when known.
func (a *Advisor) certificateAnswer(s Session, q questionText) string {
	named := q.courses
	p := a.cat.Pricing
	price := rangeText(p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax, "$", "")
	var ids []string
	switch {
	case len(named) == 1:
		ids = named
	case hasPlan(s):
		for _, st := range s.Plan.Steps {
			ids = append(ids, st.Course)
		}
	}
	var from []string
	for _, id := range ids {
		if c, ok := a.cat.Course(id); ok {
			from = append(from, fmt.Sprintf("%s (%s)", c.Title, c.Provider))
		}
	}
	fee := fmt.Sprintf("paid enrollment (a Coursera subscription at %s a month, or a one-time course fee)", price)
	text := "Each course gives its own certificate, with its institution's name, when you complete it with " + fee + "."
	if len(from) > 0 {
		text = "You get one certificate per course you complete with " + fee + ", each with its institution's name: " + strings.Join(from, "; ") + "."
	}
	audit := "Auditing is free but gives no certificate."
	switch {
	case q.has(" later ", " afterwards ", " after ", " at the end ") && q.has(" audit ", " auditing ", " audited ", " for free ", " free ", " now "):
		// "can i still get the certificate later if i do free now?"
		// (dev69 was told "No", against the plan's own note).
		text = "Yes: auditing gives no certificate, but you can pay for the certificate later for any course you finish. " + text
	case q.has(" audit ", " auditing ", " audited ", " for free ", " free "):
		text = "No: auditing is free (lectures and materials at $0) but gives no certificate. " + text
	case hasPlan(s) && s.Profile.Budget == BudgetFree:
		text = "Your plan audits, so no certificate: the lectures and materials at $0. If you pay: " + lowerFirst(text) + " You can pay for the certificate later for any course you finish."
	case s.Profile.Budget == BudgetAid:
		text += " " + audit + " With financial aid the certificate costs you $0 (most applicants are approved)."
	default:
		text += " " + audit
	}
	return text + " " + a.faq.priceNote
}

// twoAtOnce answers taking courses side by side: the hours a week are the
// same, so it is no faster; the guide's order says which go together.
func (a *Advisor) twoAtOnce(s Session) string {
	text := "You can, but it won't finish sooner: at the same hours a week, two courses at once split your time, so each takes twice as long and the whole path takes as long as before."
	if hasPlan(s) {
		text += fmt.Sprintf(" Your plan is %s hours at %d h a week either way.", money(s.Plan.TotalHours), s.Profile.HoursPerWeek)
	}
	return text + " The guide's order builds each course on the one before: Regression and Classification first (the pair it says to take together), Structuring Machine Learning Projects once you've built a first model, and Production Machine Learning Systems last. So the two that sit well side by side are Regression and Classification; the others make more sense one after another."
}

// certificateOrAudit weighs paying for the certificate against auditing,
// from the guide's cost FAQ and its "worth it" answer, with the learner's
// goal when known.
func (a *Advisor) certificateOrAudit(s Session) string {
	p := a.cat.Pricing
	text := fmt.Sprintf("Auditing is free: every lecture and material at $0, but no certificate. The certificate needs paid enrollment (a Coursera subscription at %s a month, or a one-time course fee; financial aid can bring it to $0). ",
		rangeText(p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax, "$", ""))
	text += "It is worth paying for when you need proof on a resume: the guide says certificates help " + certificateHelps + "."
	switch s.Profile.Goal {
	case GoalLiteracy:
		text += " For understanding ML, your goal, auditing gives you everything the course teaches."
	case GoalDataScientist, GoalMLEngineer, GoalMLOps:
		text += " For a move into an ML job, your goal, the certificates help beside a project you can show."
	}
	return text + " " + a.faq.priceNote
}

// difficultyOf ranks a course of the six by how hard the guide says it
// is: its catalog level (Production ML Systems is the advanced one, "not
// beginner content"; Machine Learning for All the beginner one), and of
// the intermediate ones the UW specialization's, "the most rigorous". ok
// is false for a step that is no course of the catalog (the portfolio).
func (a *Advisor) difficultyOf(id string) (int, bool) {
	c, ok := a.cat.Course(id)
	switch {
	case !ok:
		return 0, false
	case c.Level == "beginner":
		return 0, true
	case c.Level == "advanced":
		return 3, true
	case c.Provider == "University of Washington":
		return 2, true
	}
	return 1, true
}

// asksStanding reports a question of a course's standing: worth it,
// enough for a job, still relevant ("is 5 hrs enough for regression?" is
// time).
func (q questionText) asksStanding() bool {
	return q.has(" worth ") || q.has(" enough ") && q.rate == 0 && q.months == 0 && q.weeks == 0 && !q.durationAsk && !q.costAsk ||
		q.has(" still good ", " still relevant ", " still worth ", " still useful ", " still valid ", " still up to date ", " outdated ", " out of date ", " dated ", " obsolete ")
}

// asksDifficulty reports a question of how hard something is: "is the
// google one hard", "how hard is the uw course", "are regression and
// classification difficult".
func asksDifficulty(q questionText) bool {
	return !q.costAsk && !q.durationAsk && q.has(" hard ", " difficult ", " tough ", " challenging ", " easy ", " doable ", " beginner friendly ", " rigorous ", " how hard ")
}

// difficultyWords are the words of a question of how hard the courses
// are that names nothing else: "is it hard?", "are these courses tough
// for a beginner?". "is it hard to get a job" names something else.
var difficultyWords = map[string]bool{
	"is": true, "are": true, "it": true, "this": true, "that": true, "they": true, "these": true, "those": true, "the": true,
	"course": true, "courses": true, "program": true, "programs": true, "path": true, "plan": true, "my": true, "stuff": true,
	"hard": true, "difficult": true, "tough": true, "challenging": true, "easy": true, "doable": true, "rigorous": true,
	"really": true, "very": true, "too": true, "how": true, "so": true, "gonna": true, "going": true, "to": true, "be": true,
	"will": true, "beginner": true, "beginners": true, "friendly": true, "for": true, "a": true, "me": true, "someone": true,
	"like": true, "hmm": true, "ok": true, "but": true, "and": true, "all": true, "of": true, "them": true,
	"honestly": true, "tbh": true, "lol": true, "pretty": true, "kinda": true, "ml": true, "new": true, "complete": true, "total": true,
}

// wordsAllIn reports whether text has words and every one, lower-cased
// and stripped of punctuation, is in set.
func wordsAllIn(text string, set map[string]bool) bool {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, "?!.,¿¡")
		if w == "" {
			continue
		}
		if !set[w] {
			return false
		}
		n++
	}
	return n > 0
}

// difficultyCourses are the catalog courses a question of how hard they
// are names: outright, by provider ("the uw course"), by subtitles ("are
// regression and classification hard"), or in a plan by place ("ok so
// the first one, how hard is it really": a stranger, twentieth session,
// got how hard the six are) or as the step under way ("this one").
func (a *Advisor) difficultyCourses(s Session, q questionText) []string {
	if len(q.courses) > 0 {
		return q.courses
	}
	if ids := a.providerCourses(q.low); len(ids) > 0 {
		return ids
	}
	if ids := a.subtitlesIn(q.low); len(ids) > 0 || !hasPlan(s) {
		return ids
	}
	idx := stepsByPlace(s, q.wholeLow())
	if i, ok := currentStep(s); ok && len(idx) == 0 && q.has(" next one ", " next course ", " this one ", " current one ") {
		idx = []int{i}
	}
	var ids []string
	for _, k := range idx {
		if _, ok := a.cat.Course(s.Plan.Steps[k].Course); ok {
			ids = append(ids, s.Plan.Steps[k].Course)
		}
	}
	return ids
}

// difficultyAnswer says how hard each named course is, from the guide:
// each one's summary (its level, what it demands, whom it suits), and
// which is not beginner content.
func (a *Advisor) difficultyAnswer(ids []string) string {
	text := a.coursesSummary(ids)
	for _, id := range ids {
		if c, _ := a.cat.Course(id); c.Level == "advanced" {
			text += " The guide says " + c.Title + " is not beginner content: of the six it is the hardest."
		}
	}
	return text
}

// providerCourses are the courses a provider's short name names ("the uw
// course", "the michigan one") when no course is named, or nil.
func (a *Advisor) providerCourses(low string) []string {
	var ids []string
	for _, c := range a.cat.Courses {
		for _, name := range providerNames[c.Provider] {
			if strings.Contains(low, " "+name+" ") {
				ids = append(ids, c.ID)
				break
			}
		}
	}
	return ids
}

// providerNames are what learners call the guide's course providers.
var providerNames = map[string][]string{
	"University of Washington": {"uw", "washington", "udub"},
	"University of Michigan":   {"michigan", "umich"},
	"University of London":     {"london"},
	"Google Cloud":             {"google"},
}

// difficulty answers which course is hardest or easiest, from the guide,
// and which of the learner's plan is hardest when one stands out.
func (a *Advisor) difficulty(s Session, easiest bool) string {
	hardest := "Hardest: Production Machine Learning Systems. The guide says it is not beginner content: it assumes you can already build and evaluate models. " +
		"Of the rest, the University of Washington courses (Machine Learning: Regression and Classification) are the most rigorous, with genuinely challenging Python assignments."
	gentlest := "The gentlest is Machine Learning for All: ML concepts with visual tools and plain language, no programming needed."
	text := hardest + " " + gentlest
	if easiest {
		text = gentlest + " " + hardest
	}
	if !hasPlan(s) {
		return text
	}
	best, top, tie, ranked := "", -1, false, 0
	for _, st := range s.Plan.Steps {
		r, ok := a.difficultyOf(st.Course)
		if ok {
			ranked++
		}
		switch {
		case !ok:
		case r > top:
			best, top, tie = st.Title, r, false
		case r == top:
			tie = true
		}
	}
	switch {
	case ranked < 2:
	case top == 2 && tie:
		text += " In your plan, the two University of Washington courses are the hardest."
	case !tie:
		text += " In your plan, the hardest is " + best + "."
	}
	return text
}

// cheapestPath is the lowest-cost route that still builds a foundation.
func (a *Advisor) cheapestPath(s Session) string {
	p := a.cat.Pricing
	base := fmt.Sprintf("Audit: every course I track can be audited for $%s (lectures and materials, no certificate). ", money(p.AuditCost))
	if s.Profile.Programming == ProgrammingNone {
		base += "Without programming, start with Machine Learning for All. "
	} else {
		base += "The guide's strongest free-to-audit path is Machine Learning: Regression and Machine Learning: Classification, then Structuring Machine Learning Projects. "
	}
	return base + fmt.Sprintf("If you want certificates, each month of Coursera costs %s, so finishing faster costs less; financial aid can bring it to $0 (most applicants are approved). %s",
		rangeText(p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax, "$", ""), a.faq.priceNote)
}

// nextStep answers "what now" from the learner's plan, a named course, or
// the guide's order.
func (a *Advisor) nextStep(s Session, q questionText) string {
	if hasPlan(s) {
		if i, ok := currentStep(s); ok {
			st := s.Plan.Steps[i]
			return fmt.Sprintf("Next in your plan: %s (%s, %s h). %s Say \"done %d\" when you finish a step and I'll re-plan from today.", st.Title, st.Provider, fmtNum(st.Hours), st.Why, i+1)
		}
		return a.bottomLine()
	}
	if len(q.courses) == 1 {
		id := q.courses[0]
		for i, st := range a.cat.RecommendedOrder {
			if st.Course == id && i+1 < len(a.cat.RecommendedOrder) {
				next := a.cat.RecommendedOrder[i+1]
				c, _ := a.cat.Course(next.Course)
				return fmt.Sprintf("After that, the guide's next step is %s. %s", c.Title, next.Why)
			}
		}
	}
	return "Build something you can show before collecting another certificate: the guide's bottom line is one program done seriously plus a project, even a Kaggle notebook with a write-up. " +
		"Then follow the guide's order: Regression and Classification, Structuring Machine Learning Projects once you've built a model, Applied Machine Learning in Python for hands-on practice, and Production Machine Learning Systems when you're ready for deployment. Tell me about yourself and I'll sequence it with dates."
}

// bottomLine is the guide's closing advice.
func (a *Advisor) bottomLine() string {
	return "Don't collect certificates. Pick one program, complete the assignments seriously, and build something you can show, even a Kaggle notebook with a write-up. " +
		"That combination does more for a job search than any credential on its own; a certificate alone is a filter, not a hire signal."
}

// planAnswer answers "how long will it take?", "when will I finish?" or
// "what will it cost me?" from the learner's plan, when they have one and
// the question names nothing else (no course, program, count or numbers
// of its own).
func (a *Advisor) planAnswer(s Session, q questionText) (string, bool) {
	if !hasPlan(s) || !q.durationAsk && !q.costAsk || q.spec || len(q.courses) > 0 || len(q.programs) > 0 || q.count > 0 || q.rate > 0 || q.months > 0 || q.weeks > 0 {
		return "", false
	}
	if q.has(" later ", " afterwards ") && asksCertificateGot(q) {
		// "if i audit first can i pay for the certificate later?" asks
		// whether, not how much (certificateAnswer).
		return "", false
	}
	p := s.Plan
	if q.oneCourse && q.durationAsk && !q.costAsk {
		// "cuánto dura cada curso?" after the plan ("how much lasts each
		// course"; a stranger in Spanish, tenth session, got the plan's
		// cost): each course of the plan, at the plan's pace.
		for _, st := range p.Steps {
			if _, ok := a.cat.Course(st.Course); ok && !st.Done {
				return fmt.Sprintf("Each course in your plan is about %s hours (the middle of the guide's %s per course): %d weeks at %d h a week. Your plan lists each one's dates.",
					money(st.Hours), a.courseHoursText(), st.Weeks, p.Profile.HoursPerWeek), true
			}
		}
	}
	// "How much will the remaining courses cost in total?" (dev69): the
	// courses left are the plan's.
	if !q.mine && !q.has(" remaining ", " rest of ", " left ", " the others ") && q.has(" course ", " courses ", " certificate ", " certificates ", " cert ", " certs ", " specialization ", " degree ", " program ", " programs ", " bootcamp ", " coursera ", " subscription ", " month ", " monthly ") {
		return "", false
	}
	if q.costAsk {
		return fmt.Sprintf("Your plan costs %s %s", p.CostNote, p.PriceNote()), true
	}
	months := ""
	if q.has(" months ", " mos ", " mths ") && p.TotalWeeks >= 6 {
		// "how many months is that" (a probe, eighteenth session, got
		// weeks only): the weeks said in months too.
		m := math.Round(float64(p.TotalWeeks)*7/30.44*2) / 2
		months = fmt.Sprintf(" (about %s months)", strconv.FormatFloat(m, 'f', -1, 64))
	}
	return fmt.Sprintf("Your plan: %s over %d week%s%s at %d h a week, %s to %s.", p.hoursText(), p.TotalWeeks, plural(p.TotalWeeks), months, p.Profile.HoursPerWeek, p.Start, p.End), true
}

// whenStartAt reports "when can I start", "when do we begin", "when
// should i get started" at i.
func whenStartAt(toks []token, i int) bool {
	switch toks[i+1].text {
	case "can", "could", "should", "do", "shall", "will", "would":
	default:
		return false
	}
	if toks[i+2].text != "i" && toks[i+2].text != "we" {
		return false
	}
	switch toks[i+3].text {
	case "start", "begin":
		return true
	case "get":
		return i+4 < len(toks) && toks[i+4].text == "started"
	}
	return false
}

// namedSpan is a program's name in a question and the word it is read as.
type namedSpan struct {
	from, to int
	word     string
}

// namedAt returns the index of the span in named holding token i, or -1.
func namedAt(named []namedSpan, i int) int {
	for k, sp := range named {
		if i >= sp.from && i < sp.to {
			return k
		}
	}
	return -1
}

// TopicStart answers "when can I start?" inside a conversation.
const TopicStart = "start-date"

// startAnswer answers "when can i start?" asked of the learner's own
// plan (a stranger after the plan, ninth session, got "I can't answer
// that"): the plan starts when they say, today unless told.
func startAnswer(s Session, q questionText) (string, bool) {
	const how = `; to move it, tell me a date, e.g. "start on January 4" or "start next month".`
	if q.startNow && len(q.programs) == 0 {
		switch {
		case hasPlan(s) && s.Profile.Start == "":
			return "Yes: your plan already starts today, with " + s.Plan.Steps[0].Title + ".", true
		case s.Profile.Start != "":
			return "Yes: your plan now starts " + s.Profile.Start + `; say "start today" and I'll move it to today.`, true
		}
		return "Yes: your plan starts the day it's made unless you tell me otherwise.", true
	}
	if !q.whenStart || len(q.courses) > 0 || len(q.programs) > 0 {
		return "", false
	}
	switch {
	case hasPlan(s):
		return "Whenever you like: your plan starts " + s.Plan.Start + how, true
	case s.Profile.Start != "":
		return "Whenever you like: your plan will start " + s.Profile.Start + how, true
	}
	return "Whenever you like: your plan starts the day it's made unless you tell me otherwise" + how, true
}

// wholePathAsked reports whether the question is about the learner's
// whole path ("how long will the whole thing take me?", "all of this").
func wholePathAsked(q questionText) bool {
	return q.has(" whole ", " all of this ", " all of it ", " entire ", " everything ", " my path ", " the path ", " my plan ", " the plan ", " all this ")
}

// pathPronounAsked reports "how many months will that take?", "how long
// would it take?": in a conversation with no course named, "that" is the
// learner's path (a stranger, nineteenth session, got "I can't answer
// that" in the middle of the interview).
func pathPronounAsked(s Session, q questionText) bool {
	return (s.Asking != "" || !s.Profile.IsZero()) && len(q.courses) == 0 && len(q.programs) == 0 && q.count == 0 && !q.spec &&
		q.has(" will that take ", " will it take ", " will this take ", " would that take ", " would it take ", " would this take ", " does that take ", " does it take ")
}

// wholeLow is the whole message, story and question, lower-cased and
// padded with spaces (low holds the question sentences only).
// focusWords is how many words the question sentences have: the story
// around them neither lengthens nor shortens the question ("hii everyone!
// quick question before i start, do i need to know calculus for these?"
// was offered topics although its question is short and clear).
func (q questionText) focusWords() int { return textWords(q.focus) }

// wholeWords is the message's length for the lead rule: as read or as
// written, whichever is longer ("안녕하세요~ 질문 하나 해도 될까요? 27살인데
// 지금 시작해도 늦지 않을까요?" was read as four words and answered as a bare
// short question).
func (q questionText) wholeWords() int { return max(q.words, q.rawWords) }

// textWords counts the words of a text; Chinese and Japanese are written
// without spaces, so each two of their characters count as one word (a
// Japanese article's headline of 30 characters was one "word" to the
// lead rule and answered as a short question: cross-validation,
// nineteenth session).
func textWords(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		cjk, letters := 0, 0
		for _, r := range f {
			switch {
			case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
				cjk++
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				letters++
			}
		}
		if cjk+letters > 0 {
			// (An emoji or a dash alone is no word.)
			n += max(1, (cjk+1)/2)
		}
	}
	return n
}

func (q questionText) wholeLow() string {
	return " " + strings.Join(strings.Fields(strings.ToLower(q.context+" "+q.focus)), " ") + " "
}

// has reports whether the question sentences hold one of the phrases
// (each padded with spaces).
func (q questionText) has(phrases ...string) bool {
	for _, w := range phrases {
		if strings.Contains(q.low, w) {
			return true
		}
	}
	return false
}

// hasGlossed is has for the question sentences as the gloss reads them
// too. Used where a question's few words decide it (certificate or
// audit); applied to every phrase check, the gloss's loose English
// answered two more real out-of-scope questions (held-out, 2026-12-01).
func (q questionText) hasGlossed(phrases ...string) bool {
	return q.has(phrases...) || q.glossLow != "" && (questionText{low: q.glossLow}).has(phrases...)
}

// glossedFocus is the question sentences' words as the gloss gave them
// (questionText.glossLow), or "" when no word was glossed.
func glossedFocus(tz *tokenized, anyQ bool) string {
	inFocus := func(i int) bool { return !tz.toks[i].punct && (!anyQ || tz.isQuestionAt(i)) }
	glossed := false
	for i, t := range tz.toks {
		glossed = glossed || t.glossed && inFocus(i)
	}
	if !glossed {
		// (most questions: nothing to build)
		return ""
	}
	var b strings.Builder
	b.WriteByte(' ')
	for i, t := range tz.toks {
		if inFocus(i) {
			b.WriteString(t.text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// computed answers questions that give the learner's own numbers: hours a
// week for a duration, months or weeks (or hours a week) for a cost. The
// words decide which ("how much" is money, "how long" is time); the topic
// only rules out questions about something else (degrees, expiry).
func (a *Advisor) computed(s Session, q questionText, topic string) (string, string, bool) {
	switch topic {
	case "duration", "free", "financial-aid", TopicCheapestPath, topicCourseInfo, "worth-it", TopicNextStep:
	default:
		return "", "", false
	}
	d := a.cat.Durations
	rate := q.rate
	// "how long will the whole thing take?" in a conversation is about
	// the learner's own path, "me" or not.
	if rate == 0 && (q.mine || wholePathAsked(q) || pathPronounAsked(s, q)) && s.Profile.HoursPerWeek > 0 && q.durationAsk {
		rate = float64(s.Profile.HoursPerWeek)
	}
	hMin, hMax := d.CourseHoursMin, d.CourseHoursMax
	what, verb := "One course", "takes"
	switch {
	case q.spec:
		hMin, hMax, what = d.SpecializationHoursMin, d.SpecializationHoursMax, "A specialization"
	case len(q.courses) == 1:
		c, _ := a.cat.Course(q.courses[0])
		hMin, hMax, what = c.HoursMin, c.HoursMax, c.Title
	case q.count > 1:
		hMin, hMax = hMin*q.count, hMax*q.count
		what, verb = fmtNum(q.count)+" courses", "take"
	case wholePathAsked(q) && s.Asking == "" && s.Profile.IsZero() && len(a.cat.RecommendedOrder) > 0:
		// "how long would it take me at 5 hrs a week to finish
		// everything" asked cold (a stranger, tenth session, got one
		// course): the guide's whole order; a learner's own path is
		// their plan's.
		hMin, hMax = 0, 0
		var titles []string
		for _, st := range a.cat.RecommendedOrder {
			c, _ := a.cat.Course(st.Course)
			hMin, hMax = hMin+c.HoursMin, hMax+c.HoursMax
			titles = append(titles, c.Title)
		}
		what, verb = fmt.Sprintf("The guide's whole order (%d courses, from %s to %s)", len(titles), titles[0], titles[len(titles)-1]), "takes"
	}
	if q.costAsk {
		switch {
		case q.months > 0:
			m := math.Ceil(q.months)
			return a.faq.costAnswer(m, m, "").Text, TopicComputedCost, true
		case q.weeks > 0:
			m := math.Ceil(q.weeks / weeksPerMonth)
			return a.faq.costAnswer(m, m, fmt.Sprintf("%s weeks is about %s of subscription.", fmtNum(q.weeks), rangeText(m, m, "", " months"))).Text, TopicComputedCost, true
		case rate > 0:
			wMin, wMax := math.Ceil(hMin/rate), math.Ceil(hMax/rate)
			mMin, mMax := math.Ceil(wMin/weeksPerMonth), math.Ceil(wMax/weeksPerMonth)
			return a.faq.costAnswer(mMin, mMax, fmt.Sprintf("%s %s %s, %s at %s h a week, so about %s of subscription.",
				what, verb, rangeText(hMin, hMax, "", " h"), rangeText(wMin, wMax, "", " weeks"), fmtNum(rate), rangeText(mMin, mMax, "", " months"))).Text, TopicComputedCost, true
		case q.spec:
			return a.faq.costAnswer(d.SpecializationMonthsMin, d.SpecializationMonthsMax,
				fmt.Sprintf("A specialization is listed at %s at %s hours a week.",
					rangeText(d.SpecializationMonthsMin, d.SpecializationMonthsMax, "", " months"), fmtNum(d.SpecializationHoursPerWeek))).Text, TopicComputedCost, true
		}
	}
	if q.durationAsk && !q.costAsk && q.rate == 0 && q.mine && len(q.courses) == 1 {
		// "how long is classification for me?" with a plan (a stranger in
		// the console, 2026-12-01, got the guide's range at their pace):
		// the step's own weeks and dates.
		if i := stepIndex(s, q.courses[0]); i >= 0 && !s.Plan.Steps[i].Done {
			st := s.Plan.Steps[i]
			return fmt.Sprintf("In your plan, %s is step %d: %s h over %d weeks at %d h a week, %s to %s (the guide gives %s for it).",
				st.Title, i+1, fmtNum(st.Hours), st.Weeks, s.Profile.HoursPerWeek, st.Start, st.End, rangeText(hMin, hMax, "", " h")), TopicComputedDuration, true
		}
	}
	if rate > 0 && q.durationAsk {
		wMin, wMax := math.Ceil(hMin/rate), math.Ceil(hMax/rate)
		text := fmt.Sprintf("%s %s %s (from the guide). At %s h a week that is %s / %s h a week = %s.",
			what, verb, rangeText(hMin, hMax, "", " h"), fmtNum(rate), rangeText(hMin, hMax, "", " h"), fmtNum(rate), rangeText(wMin, wMax, "", " weeks"))
		if wMax >= 8 {
			text += fmt.Sprintf(" That is about %s.", rangeText(math.Ceil(wMin/weeksPerMonth), math.Ceil(wMax/weeksPerMonth), "", " months"))
		}
		return text, TopicComputedDuration, true
	}
	return "", "", false
}

// meaningTerms are the words a learner asks the meaning of, by what they
// stand for.
var meaningTerms = map[string]string{
	"ml": "ml", "machine learning": "ml", "ai": "ai", "artificial intelligence": "ai",
	"mlops": "mlops", "ml ops": "mlops", "data analyst": "data-analyst", "a data analyst": "data-analyst",
	"data science": "data-scientist", "data scientist": "data-scientist", "a data scientist": "data-scientist",
	"ml engineer": "ml-engineer", "an ml engineer": "ml-engineer", "machine learning engineer": "ml-engineer", "a machine learning engineer": "ml-engineer", "mle": "ml-engineer", "ml engineering": "ml-engineer",
	// "what is audit?" (dev4: answered, until the seventeenth collection
	// moved the model to "Did you mean")
	"audit": "audit", "auditing": "audit", "an audit": "audit", "to audit": "audit", "audit mode": "audit",
}

// roleTerms are the words for the roles a learner compares, longest
// first.
var roleTerms = []struct{ words, term string }{
	{" machine learning engineer", "ml-engineer"}, {" ml engineering", "ml-engineer"}, {" ml engineer", "ml-engineer"}, {" mle ", "ml-engineer"},
	{" data analyst", "data-analyst"}, {" data analytics ", "data-analyst"}, {" data analysis ", "data-analyst"},
	{" data scientist", "data-scientist"}, {" data science ", "data-scientist"}, {" datascientist", "data-scientist"}, {" datascience ", "data-scientist"}, {" mlops ", "mlops"}, {" ml ops ", "mlops"},
}

// rolesCompared returns the roles a question compares ("difference
// between mlops and ml engineer", "data scientist vs ml engineer?"), in
// the order named, or nil.
func rolesCompared(q questionText) []string {
	if !q.has(" difference ", " differences ", " diff ", " vs ", " versus ", " compared to ") || len(q.courses) > 0 || len(q.programs) > 0 {
		return nil
	}
	type at struct {
		i    int
		term string
	}
	var found []at
	low := q.low
	for _, r := range roleTerms {
		if i := strings.Index(low, r.words); i >= 0 {
			if !slices.ContainsFunc(found, func(f at) bool { return f.term == r.term }) {
				found = append(found, at{i, r.term})
			}
			low = low[:i] + strings.Repeat(" ", len(r.words)) + low[i+len(r.words):]
		}
	}
	if len(found) < 2 {
		return nil
	}
	slices.SortFunc(found, func(a, b at) int { return a.i - b.i })
	var terms []string
	for _, f := range found {
		terms = append(terms, f.term)
	}
	return terms
}

// meaningOpeners open a question asking what a word means.
var meaningOpeners = []string{"what is ", "whats ", "what s ", "wat is ", "wats ", "what does ", "what do you mean by ", "what exactly is ", "whats exactly ", "what even is ", "whats even ", "what is even ", "explain ", "define ", "meaning of ", "so what is ", "so whats ", "sorry what is ", "sorry whats ", "um what is ", "umm whats ", "what "}

// meaningLeads may open the question: "wait what does ... mean".
var meaningLeads = map[string]bool{"wait": true, "ok": true, "okay": true, "so": true, "hey": true, "um": true, "umm": true, "hmm": true, "sorry": true,
	"btw": true, "also": true, "and": true, "but": true, "quick": true, "q": true, "lol": true, "ah": true, "oh": true}

// meaningFillers may follow the word without changing the question.
var meaningFillers = map[string]bool{"exactly": true, "even": true, "mean": true, "means": true, "actually": true, "again": true, "lol": true,
	// "what does an ML engineer actually do all day?" (dev67)
	"do": true, "all": true, "day": true, "to": true, "at": true, "work": true, "job": true, "daily": true,
	"tho": true, "though": true, "then": true, "anyway": true, "really": true, "stand": true, "for": true, "sorry": true, "haha": true, "lmao": true, "pls": true, "please": true}

// pronounAsks ask what a word just said means: "maybe data scientist?
// what do they even do", "mlops? whats that".
var pronounAsks = []string{" what do they do ", " what do they even do ", " what do they actually do ", " what does that mean ", " what does that even mean ",
	" whats that ", " what is that ", " whats that mean ", " what s that ", " what does it mean ", " whats that even ", " what is that even ", " what do those do ",
	// "mlops? idk what even is that" (dev78 took MLOps as the goal)
	" what even is that ", " what even is it ", " what is that even ", " no idea what that is ", " dunno what that is ", " idk what that is "}

// pronounTerm reads "maybe data scientist? what do they even do": the one
// role the words before the question name, when it ends so (padded low
// text). ok says the question asks what a word means.
func pronounTerm(low string) (string, bool) {
	for _, p := range pronounAsks {
		if !strings.HasSuffix(low, p) {
			continue
		}
		found := ""
		rest := " " + strings.TrimSuffix(low, p) + " "
		for _, r := range roleTerms {
			if strings.Contains(rest, r.words) {
				if found != "" && found != r.term {
					return "", true
				}
				found = r.term
			}
		}
		return found, true
	}
	return "", false
}

// goalTerms are the role terms that say what a goal is.
var goalTerms = map[string]string{GoalDataScientist: "data-scientist", GoalMLEngineer: "ml-engineer", GoalMLOps: "mlops"}

// meaningAsked returns what a short question asks the meaning of ("whats
// ml exactly", "what does MLOps mean?"), or "".
func meaningAsked(q questionText) string {
	low := strings.TrimSpace(q.low)
	// "wait what does an ML engineer actually do all day?" (dev67)
	for {
		w, rest, ok := strings.Cut(low, " ")
		if !ok || !meaningLeads[w] {
			break
		}
		low = rest
	}
	if q.words > 12 || len(q.courses) > 0 || len(q.programs) > 0 {
		return ""
	}
	if term, ok := pronounTerm(q.low); ok {
		return term
	}
	for _, o := range meaningOpeners {
		rest, ok := strings.CutPrefix(low, o)
		if !ok {
			continue
		}
		words := strings.Fields(rest)
		for n := min(len(words), 4); n > 0; n-- {
			key, ok := meaningTerms[strings.Join(words[:n], " ")]
			if !ok {
				continue
			}
			for _, w := range words[n:] {
				if !meaningFillers[w] {
					return ""
				}
			}
			return key
		}
	}
	return ""
}

// termMeaning says in plain words what a term means and which of the
// six courses is for it. The guide does not define machine learning; the
// definition is the plain one every introduction gives.
func (a *Advisor) termMeaning(term string) string {
	name := a.courseTitle
	switch term {
	case "ai":
		return "AI is the broad idea of software doing things that seem to need intelligence; the part these courses teach is machine learning. " + a.termMeaning("ml")
	case "ml":
		return "Machine learning is software that learns patterns from examples instead of following rules someone wrote by hand: a spam filter trained on emails people marked as spam, a model that predicts prices from past sales. " +
			"For exactly this question the catalog has " + name("ml-for-all") + ": ML concepts with visual tools and plain language, no programming needed. You don't need to know any ML to start here: \"none yet\" is a fine answer."
	case "data-analyst":
		return "A data analyst works with the data that exists: queries, dashboards and reports, usually without building models. None of the six courses is for that role; they start where models begin."
	case "mlops":
		return "MLOps is deploying and running models in production: serving them, monitoring them, retraining them when the data changes. In the catalog that is " + name("production-ml-systems") + ", which assumes you can already build and evaluate models."
	case "data-scientist":
		return "A data scientist builds models to answer questions with data. The path for it here is " + name("ml-regression") + " and " + name("ml-classification") + ", then " + name("structuring-ml-projects") + " and " + name("applied-ml-python") + "."
	case "ml-engineer":
		return "An ML engineer builds and ships models into products: the data scientist's path plus " + name("production-ml-systems") + ", where models are deployed and run."
	case "audit":
		p := a.cat.Pricing
		return fmt.Sprintf("Auditing a course means taking it for free: every lecture and material at $0, but no certificate at the end. The certificate needs paid enrollment (a Coursera subscription at %s a month, or a one-time course fee), and you can pay for it later for a course you audited. %s",
			rangeText(p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax, "$", ""), a.faq.priceNote)
	}
	return ""
}

// whatIfs open a case weighed, not a correction ("actually if i'm honest,
// 3 hrs" changes the hours).
var whatIfs = []string{" what if ", " and if ", " but if ", " if i did ", " if i do ", " if i go ", " if i went ", " if i had ", " if i have ",
	" if i put ", " if i spent ", " if i spend ", " if i studied ", " if i study ", " if i could ", " if i can ", " suppose ", " supposing ", " hypothetically ",
	// "if i only have 3 hours?", Portuguese "E se eu só tiver 3 horas",
	// Spanish "y si solo tengo 3 horas" (dev72)
	" if i only ", " if i just ", " e se ", " se eu ", " mas se ", " y si ", " ma se ",
	// "how much faster" (Korean "얼마나 빨라져요", Hinglish "kitna jaldi";
	// dev82, dev80)
	" faster ", " sooner ", " quicker ", " jaldi "}

// planAtRate answers "and if i go faster, like 15 hrs?", "what if i did 8
// a week?" after the plan: the same plan at that pace, beside the one the
// learner has, without changing it (a stranger, twelfth session, had the
// plan re-made at 15 h).
func (a *Advisor) planAtRate(s Session, q questionText) (string, bool) {
	if !hasPlan(s) && s.Profile.HoursPerWeek == 0 {
		return "", false
	}
	if q.moreRate > 0 {
		q.rate = float64(min(s.Profile.HoursPerWeek+q.moreRate, MaxHours))
	}
	if q.rate <= 0 && q.months == 0 && q.weeks == 0 && q.count == 0 {
		// "what if i did 8?" (dev69): a bare number, after the plan, is
		// hours a week.
		nums := numbersIn(q.low)
		// (Before the plan, only a pace said as one: "up to 8", "down
		// to 3", "8 a week"; "what if i get 2 offers?" is no pace.)
		pace := hasPlan(s) || q.has(" up to ", " down to ", " a week ", " per week ", " weekly ", " instead ")
		if pace && len(nums) == 1 && nums[0] >= MinHours && nums[0] <= MaxHours && nums[0] == math.Floor(nums[0]) {
			q.rate = nums[0]
		}
	}
	if q.rate <= 0 || int(q.rate) == s.Profile.HoursPerWeek || len(q.courses) > 0 || len(q.programs) > 0 {
		return "", false
	}
	// (The case may be the clause before the question: "and if i go
	// faster, like 15 hrs?")
	whole := q.wholeLow()
	if !slices.ContainsFunc(whatIfs, func(w string) bool { return strings.Contains(whole, w) }) {
		return "", false
	}
	if !hasPlan(s) {
		return a.courseAtHours(s, int(q.rate)), true
	}
	for _, st := range s.Plan.Steps {
		if _, course := a.cat.Course(st.Course); st.HoursDone > 0 && !st.Done || st.Done && !course {
			// Hours logged on a step the planner cannot carry over.
			return "", false
		}
	}
	return a.atHours(s, int(q.rate))
}

// courseHoursText is the guide's hours for one course: "20–40 hours".
func (a *Advisor) courseHoursText() string {
	d := a.cat.Durations
	return rangeText(d.CourseHoursMin, d.CourseHoursMax, "", " hours")
}

// courseAtHours weighs another pace before the plan exists: "what if i
// went up to 8 in january when it's dead?" while the interview goes on
// (dev91 was told "I can't answer that", and "yeah do 8" then went
// nowhere). It says what a course takes at either pace and offers the
// switch, which Step takes on a short yes.
func (a *Advisor) courseAtHours(s Session, hours int) string {
	h := (a.cat.Durations.CourseHoursMin + a.cat.Durations.CourseHoursMax) / 2
	cur := s.Profile.HoursPerWeek
	return fmt.Sprintf("At %d h a week a course of about %s hours (the middle of the guide's %s per course) takes %d weeks; at your %d h a week, %d weeks. I'll keep %d h a week for now. "+switchSay+"\"actually %d hours a week\".",
		hours, money(h), a.courseHoursText(), weeksFor(h, hours), cur, weeksFor(h, cur), cur, hours)
}

// atHours is the learner's plan at hours a week beside their own, and how
// to switch to it.
func (a *Advisor) atHours(s Session, hours int) (string, bool) {
	other, ok := a.planInstead(s, func(p *Profile) { p.HoursPerWeek = hours })
	if !ok {
		return "", false
	}
	cur := s.Plan
	return fmt.Sprintf("At %d h a week your plan would take %d weeks, %s to %s (at your %d h a week: %d weeks, to %s). It would cost %s "+switchSay+"\"actually %d hours a week\".",
		hours, other.TotalWeeks, other.Start, other.End, cur.Profile.HoursPerWeek, cur.TotalWeeks, cur.End, other.CostNote, hours), true
}

// planInstead is the learner's plan made again, from the same start, with
// one thing of the profile changed: what "what if" and "if i paid" weigh,
// without changing the session.
func (a *Advisor) planInstead(s Session, change func(*Profile)) (*Plan, bool) {
	p := s.Profile
	if s.Plan != nil {
		p.Start = s.Plan.Start
		// With steps finished ("what if i go down to 4 hrs" after
		// "finished regression last night", a stranger, twentieth
		// session, got "I can't answer that"), what is left, from
		// where it starts now.
		p.Completed = slices.Clone(p.Completed)
		started := false
		for _, st := range s.Plan.Steps {
			switch {
			case st.Done:
				p.Completed = appendUnique(p.Completed, st.Course)
			case !started:
				started = true
				if st.Start != "" {
					p.Start = st.Start
				}
			}
		}
	}
	change(&p)
	// Dates come from the plan's start; without a plan or a start they
	// are meaningless, and only the cost is read (costBeforeBudget).
	other, err := a.Plan(p, time.Time{})
	return other, err == nil
}

// whyInPlan answers "why is regression in there?", "why do i have to do
// the UW ones" after the plan: the step's reason, or that the plan leaves
// the course out (an SRE, twelfth session's stranger, got "Did you mean").
func (a *Advisor) whyInPlan(s Session, q questionText) (string, bool) {
	// ("is the google one in there?", a stranger, twelfth session, got
	// "I can't answer that".)
	if !hasPlan(s) || len(q.courses) == 0 || len(q.programs) > 0 || !q.has(" why ", " whys ", " how come ", " in there ", " in my plan ", " in the plan ", " included ", " part of my plan ", " part of the plan ") {
		return "", false
	}
	inPlan := func(id string) bool { return stepIndex(s, id) >= 0 }
	if len(q.courses) > 1 && inPlan(q.courses[0]) && !q.has(" before ", " after ", " vs ", " versus ", " then ", " or ") {
		// "why got ML for all in my plan? i thought can start with
		// regression straight" (dev70): the one asked about comes
		// first, the other is the learner's thought.
		q.courses = q.courses[:1]
	}
	if len(q.courses) > 1 {
		// "why no regression or classification courses?" (dev69): the
		// ones the plan leaves out.
		var out []string
		for _, id := range q.courses {
			if inPlan(id) {
				return "", false
			}
			if c, ok := a.cat.Course(id); ok {
				out = append(out, c.Title)
			}
		}
		i, _ := currentStep(s)
		return fmt.Sprintf("%s aren't in your plan: for what you've told me (%s) it starts with %s.", strings.Join(out, " and "), describe(s.Profile, []Slot{SlotProgramming, SlotML, SlotGoal}), s.Plan.Steps[i].Title), true
	}
	id := q.courses[0]
	for i, st := range s.Plan.Steps {
		if st.Course != id {
			continue
		}
		return fmt.Sprintf("%s is step %d of your plan: %s If you already know what it teaches, say \"done %d\" and the rest re-flows from today.", st.Title, i+1, st.Why, i+1), true
	}
	c, ok := a.cat.Course(id)
	if !ok {
		return "", false
	}
	i, _ := currentStep(s)
	return fmt.Sprintf("%s isn't in your plan: for what you've told me (%s) it starts with %s.", c.Title, describe(s.Profile, []Slot{SlotProgramming, SlotML, SlotGoal}), s.Plan.Steps[i].Title), true
}

// goalsMeaning says in plain words what the goals mean, for those with a
// role term.
func (a *Advisor) goalsMeaning(goals ...string) string {
	var parts []string
	for _, g := range goals {
		if term, ok := goalTerms[g]; ok {
			parts = append(parts, a.termMeaning(term))
		}
	}
	return strings.Join(parts, " ")
}

// afterThePlan answers "and what comes after once i'm done with these?"
// (dev67 got "Did you mean"): the plan's last step and the guide's bottom
// line, and for research the degree the guide says matters more.
func (a *Advisor) afterThePlan(s Session, q questionText) (string, bool) {
	if !hasPlan(s) || q.rate > 0 {
		return "", false
	}
	whole := q.wholeLow()
	if slices.ContainsFunc(whatIfs, func(w string) bool { return strings.Contains(whole, w) }) {
		// "what if i did 8 after all, when would i be done?" (dev77)
		// weighs a pace.
		return "", false
	}
	// (What is finished may be the clause before the question: "and once
	// i finish these, what should i do next?", dev76 got the next step.)
	w := q
	if q.words <= 16 {
		w.low = whole
	}
	if len(q.courses) > 0 || len(q.programs) > 0 || !q.has(" after ", " next ", " afterwards ", " then ") ||
		!w.has(" these ", " all ", " everything ", " the plan ", " my plan ", " the whole ", " all of them ", " all this ", " this path ", " the path ") ||
		!w.has(" done ", " finish ", " finished ", " complete ", " completed ", " through ",
			// "what do i do after all these tho?" (dev70 got the plan
			// again as where to start)
			" after these ", " after all these ", " after all of them ", " after all this ", " after all that ", " after the plan ", " after my plan ", " after everything ") {
		return "", false
	}
	steps := s.Plan.Steps
	last := steps[len(steps)-1]
	text := fmt.Sprintf("Your plan ends with %s, around %s. After that, the guide's bottom line: pick one program, complete the assignments seriously, and build something you can show, even a Kaggle notebook with a write-up; that does more for a job search than any credential on its own.", last.Title, s.Plan.End)
	if last.Course == a.cat.Project.ID {
		text = fmt.Sprintf("Your plan already ends with the guide's bottom line: a portfolio project, around %s. After it, show that project when you apply (a notebook with a write-up is enough): it does more for a job search than any credential on its own.", s.Plan.End)
	}
	if s.Profile.Goal == GoalResearch {
		text += " For research, publications and a graduate degree matter more than any certificate program."
	}
	return text, true
}

// topicCovered answers "what about deep learning, is that in here?", "do
// any of these cover LLMs?" (a stranger, twelfth session, got "I can't
// answer that"): none of the six is about it, and what the guide says of
// it.
func (a *Advisor) topicCovered(q questionText) (string, bool) {
	if len(q.courses) > 0 || len(q.programs) > 0 || q.words > 16 || q.has(" job ", " jobs ", " salary ", " salaries ", " career ", " hiring ", " hire ", " market ", " degree ", " masters ", " phd ") {
		return "", false
	}
	if !q.has(" in here ", " included ", " include ", " covered ", " cover ", " covers ", " teach ", " teaches ", " in the plan ", " in my plan ",
		" in these ", " in any ", " what about ", " is there ", " are there ", " any course ", " any of ") {
		return "", false
	}
	dl := q.has(" deep learning ", " neural net ", " neural nets ", " neural network ", " neural networks ", " dl ")
	other := q.has(" nlp ", " llm ", " llms ", " computer vision ", " transformers ", " generative ai ", " genai ", " gen ai ", " reinforcement learning ")
	if !dl && !other {
		return "", false
	}
	structuring := a.courseTitle("structuring-ml-projects")
	if dl {
		return "None of the six courses is about deep learning itself. " + structuring + " comes from Andrew Ng's Deep Learning Specialization and teaches how to diagnose a model and what to improve first. The guide's order puts Regression and Classification before deep learning or NLP: the supervised learning foundation comes first.", true
	}
	return "None of the six courses covers that, and the guide names no course for it, so I can't recommend one. It says to do Regression and Classification before deep learning or NLP: the supervised learning foundation comes first.", true
}

// planIfPaid answers "and how much would it be if i paid later?", "What is
// difference if I pay?" on a free or aid plan (dev69 got the plan's $0):
// the same plan paid for, and what paying gives.
func (a *Advisor) planIfPaid(s Session, q questionText) (string, bool) {
	// ("what if my hospital reimburses it later?" on a free plan: a
	// stranger, eighteenth session, got "I can't answer that".)
	if !hasPlan(s) || s.Profile.Budget == BudgetPaid || len(q.courses) > 0 || len(q.programs) > 0 ||
		!q.has(" pay instead ", " paid instead ") && !ifPaying(q) && !a.payerPays(q) {
		return "", false
	}
	paid, ok := a.planInstead(s, func(p *Profile) { p.Budget = BudgetPaid })
	if !ok {
		return "", false
	}
	return fmt.Sprintf("Paying gets you a certificate for each course you finish; auditing gives the lectures and materials but no certificate. Your plan paid for would cost %s %s "+switchSay+"\"actually I can pay\".", paid.CostNote, paid.PriceNote()), true
}

// planIfFree answers "how much if i went free instead?", "what if i just
// audit?" on a paid or aid plan (dev77 got the plan's paid cost): the
// same plan audited, and what auditing leaves out.
func (a *Advisor) planIfFree(s Session, q questionText) (string, bool) {
	if len(q.courses) > 0 || len(q.programs) > 0 {
		return "", false
	}
	_, fallsThrough := a.nlu.payerWhatIf(q)
	if fallsThrough && !hasPlan(s) && s.Profile.Budget != BudgetFree && (s.Profile.Budget == BudgetPaid || s.Pending != nil && s.Pending.Slot == SlotBudget || s.Hints[SlotBudget] == BudgetPaid) {
		// "and if reimbursement falls through?" while certpath checks
		// "you can pay, right?" (a stranger, eighteenth session, got "I
		// can't answer that"): what is left without a payer.
		return noPayerSay + " If it falls through, tell me (\"free only\") and I'll plan for that.", true
	}
	if fallsThrough && hasPlan(s) && s.Profile.Budget == BudgetFree {
		// "what if my boss says no?" on a plan audited for free: nothing
		// changes.
		return fmt.Sprintf("Nothing changes: your plan already costs %s %s", s.Plan.CostNote, s.Plan.PriceNote()), true
	}
	if !hasPlan(s) || s.Profile.Budget == BudgetFree ||
		!fallsThrough && !q.has(" if i went free ", " if i go free ", " if i audit ", " if i audited ", " if i just audit ", " if i only audit ", " free instead ", " audit instead ", " audited instead ", " if i did it free ", " if i do it free ", " if i did it for free ", " if i do it for free ",
			" i stop paying ", " i stopped paying ", " i quit paying ") {
		return "", false
	}
	free, ok := a.planInstead(s, func(p *Profile) { p.Budget = BudgetFree })
	if !ok {
		return "", false
	}
	if fallsThrough {
		// "what if my company won't pay?" on a paid plan (the same
		// stranger got the plan's paid cost back).
		return fmt.Sprintf("%s Audited, your plan costs %s %s "+switchSay+"\"actually free only\".", noPayerSay, free.CostNote, free.PriceNote()), true
	}
	return fmt.Sprintf("Audited, your plan costs %s %s Auditing gives the lectures and materials but no certificate; you can pay for a course's certificate later. "+switchSay+"\"actually free only\".", free.CostNote, free.PriceNote()), true
}

// ifPaying reports "if i pay", "if i want to pay later", "if i decide to
// pay", Spanish "si después quiero pagar" (a stranger, nineteenth
// session, got the free plan's $0): a condition that the learner pays,
// within a few words of its "if", not taken back ("if i don't pay").
func ifPaying(q questionText) bool {
	ws := strings.Fields(q.low)
	for i, w := range ws {
		if w != "if" && w != "si" && w != "se" && w != "wenn" && w != "falls" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+5; j++ {
			switch ws[j] {
			case "dont", "don't", "not", "no", "never", "cant", "can't", "nicht", "nao", "não":
				return false
			case "pay", "paid", "paying", "pagar", "pago", "pagara", "pagase", "pagasse", "pagaria", "payer", "paie", "zahlen", "bezahlen", "bayar":
				return true
			}
		}
	}
	return false
}

// payerPays reports a what-if about someone paying for the learner.
func (a *Advisor) payerPays(q questionText) bool {
	pays, _ := a.nlu.payerWhatIf(q)
	return pays
}

// noPayerSay is what the guide leaves a learner whose payer falls through.
const noPayerSay = "Without someone paying, you can still take every course: auditing is free (the lectures and materials, no certificate), and Coursera's financial aid covers the certificate for learners who can't pay; most who apply are approved."

// payerWhatIf reads a what-if about the learner's payer in a question:
// someone paying ("what if my hospital reimburses it later?", "and if
// work pays?") or falling through ("what if my company won't pay?", "and
// if reimbursement falls through?", "if my boss says no"). Who pays and
// the words of paying and negation are the lexicon's <payer>, <pays> and
// <neg>; financial aid turned down is aid's own question.
func (n *nlu) payerWhatIf(q questionText) (pays, fallsThrough bool) {
	if !q.has(" if ") || q.has(" aid ") && q.has(" rejected ", " denied ") {
		return false, false
	}
	payer, it, pay, negated, refused := false, false, false, false, false
	ws := strings.Fields(q.low)
	for i, w := range ws {
		payer = payer || n.payerWords[w] || whatIfPayers[w]
		// ("if it falls through": "it" is the payment only when it
		// falls through; "if it covers the quizzes" pays nothing.)
		it = it || w == "it"
		negated = negated || n.negWords[w]
		if n.payWords[w] {
			pay = true
			refused = refused || i > 0 && n.negWords[ws[i-1]]
		}
	}
	if !payer && !it {
		return false, false
	}
	if refused || q.has(" falls through ", " fall through ", " fell through ", " says no ", " say no ", " said no ", " refuses ", " refuse ",
		" doesnt approve ", " wont approve ", " isnt approved ", " not approved ", " gets denied ", " is denied ", " gets rejected ", " is rejected ",
		" stops paying ", " stop paying ", " stopped paying ", " quits paying ") {
		return false, true
	}
	return payer && pay && !negated, false
}

// whatIfPayers name a payer in a what-if besides the lexicon's <payer>:
// the payment itself and the payers said as "they".
var whatIfPayers = map[string]bool{"reimbursement": true, "stipend": true, "sponsorship": true, "budget": true, "they": true}

// nextWords are the English (glossed) words of a question that only asks
// what comes next: "next", "what next", "and now, next?"; one of them must
// be "next", "then" or "after".
var nextWords = map[string]bool{"next": true, "then": true, "after": true,
	"what": true, "whats": true, "and": true, "now": true, "so": true, "ok": true, "okay": true, "that": true, "this": true}

// onlyNextWords reports text whose words only ask what comes next.
func onlyNextWords(text string) bool {
	if !wordsAllIn(text, nextWords) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, "?!.,¿¡") {
		case "next", "then", "after":
			return true
		}
	}
	return false
}

// isNext answers "next is classification right?", "so regression next?"
// after the plan (dev69 got "Did you mean"): yes, or which comes next.
func (a *Advisor) isNext(s Session, q questionText) (string, bool) {
	if !hasPlan(s) || len(q.programs) > 0 || q.has(" why ", " how long ", " cost ") {
		return "", false
	}
	i, ok := currentStep(s)
	if !ok {
		return "", false
	}
	cur := s.Plan.Steps[i]
	if len(q.courses) == 0 && q.words <= 12 {
		// "Next is classification, yes?" (dev73: "classification" alone
		// names no course cold; in a plan it names its step).
		if ids := a.coursesMentioned(s, strings.TrimSpace(q.low)); len(ids) == 1 {
			q.courses = ids
		}
	}
	if len(q.courses) == 0 && q.words <= 4 && onlyNextWords(a.nlu.glossText(q.wholeLow())) {
		// "qué sigue?", "et ensuite ?" (what follows?; a stranger,
		// twentieth session, got "Did you mean"): "next" and nothing
		// else, in any language the gloss reads.
		return fmt.Sprintf("Next in your plan is %s, %s to %s.", cur.Title, cur.Start, cur.End), true
	}
	if len(q.courses) == 0 && q.words <= 10 && !q.has(" about ", " cover ", " covers ", " teach ", " like ", " how much ") && q.has(" next course ", " next one ", " whats next ", " what is next ", " what s next ", " which is next ", " next step ", " next for me ", " course is next ", " do next ", " what now ", " now what ", " do now ", " i do first ") {
		// "What is the next course for me?" (dev73 got "Did you mean").
		return fmt.Sprintf("Next in your plan is %s, %s to %s.", cur.Title, cur.Start, cur.End), true
	}
	if len(q.courses) == 1 && q.words <= 12 && q.has(" after ") && q.has(" what ", " which ", " whats ") && !q.has(" next ", " how much ") {
		// "what comes after classification for me?" (dev73 got the
		// guide's order from zero): the step after it in their plan.
		if k := stepIndex(s, q.courses[0]); k >= 0 {
			st := s.Plan.Steps[k]
			if k+1 < len(s.Plan.Steps) {
				nx := s.Plan.Steps[k+1]
				return fmt.Sprintf("In your plan %s comes after %s: %s to %s.", nx.Title, st.Title, nx.Start, nx.End), true
			}
			return fmt.Sprintf("%s is the last step of your plan. %s", st.Title, a.after(q.courses)), true
		}
	}
	// (The question may be a tag after it: "Next is classification,
	// yes?" asks "yes?".)
	whole := q.wholeLow()
	// ("what now, classification?": dev75.)
	if len(q.courses) != 1 || !strings.Contains(whole, " next ") && !(q.words <= 6 && strings.Contains(whole, " what now ")) || strings.Contains(whole, " after ") {
		return "", false
	}
	if cur.Course == q.courses[0] {
		return fmt.Sprintf("Yes: next in your plan is %s, %s to %s.", cur.Title, cur.Start, cur.End), true
	}
	for k, st := range s.Plan.Steps {
		if st.Course == q.courses[0] && st.Done {
			return fmt.Sprintf("%s is done; next in your plan is %s, %s to %s.", st.Title, cur.Title, cur.Start, cur.End), true
		}
		if st.Course == q.courses[0] {
			return fmt.Sprintf("Not yet: next in your plan is %s (%s to %s); %s is step %d.", cur.Title, cur.Start, cur.End, st.Title, k+1), true
		}
	}
	return "", false
}

// bareWords may stand around a program's name in a question that only
// names it: "what about the ...?", "anyone looked into ...?", "thoughts on
// ...?".
var bareWords = map[string]bool{"what": true, "about": true, "and": true, "the": true, "a": true, "an": true, "anyone": true, "looked": true,
	"into": true, "thoughts": true, "on": true, "heard": true, "of": true, "opinions": true, "opinion": true, "tried": true, "is": true,
	"it": true, "any": true, "certificate": true, "cert": true, "certification": true, "program": true, "course": true, "ok": true, "so": true,
	"how": true, "hows": true, "one": true, "that": true, "this": true, "your": true, "you": true, "think": true, "do": true, "has": true, "done": true}

// bareMention reports a question focus that names a program and nothing
// else of what is asked.
func bareMention(focus string) bool {
	ws := strings.Fields(strings.ToLower(focus))
	if len(ws) == 0 || len(ws) > 7 {
		return false
	}
	asks := false
	for _, w := range ws {
		if !bareWords[w] {
			return false
		}
		switch w {
		case "what", "about", "and", "anyone", "thoughts", "opinions", "opinion", "heard", "how", "hows", "think", "tried":
			// (A name alone, "andrew ng course", asks nothing.)
			asks = true
		}
	}
	return asks
}

// botFree reports a question whether certpath itself costs anything: "is
// this bot free to use?", "do you charge?".
func botFree(q questionText) bool {
	if q.words > 14 || len(q.courses) > 0 || len(q.programs) > 0 {
		return false
	}
	bot := q.has(" this bot ", " the bot ", " this thing ", " this service ", " this tool ", " this app ", " certpath ", " you charge ", " do you cost ", " using you ", " use you ", " talking to you ")
	free := q.has(" free ", " cost ", " costs ", " charge ", " pay ", " paid ", " price ")
	return bot && free
}

// auditVersusAid reports a question comparing auditing and financial aid.
func auditVersusAid(q questionText) bool {
	return q.words <= 16 && len(q.courses) == 0 && len(q.programs) == 0 && q.has(" audit ", " auditing ", " audited ") && q.has(" aid ", " financial aid ", " scholarship ") &&
		q.has(" difference ", " diff ", " vs ", " versus ", " same ", " different ", " compare ", " or ", " better ")
}

// mlVersusAI reports a question comparing machine learning and AI.
func mlVersusAI(q questionText) bool {
	return q.words <= 14 && q.has(" ai ", " artificial intelligence ") && q.has(" ml ", " machine learning ") &&
		q.has(" difference ", " diff ", " same ", " vs ", " versus ", " different ")
}

// programmingNeeded answers "is python required?", "are these courses all
// in python?", "is this only for tech people?", "are these ok for total
// beginners?" (tunable conversations got "I can't answer that"): which of
// the six need programming, from the catalog.
func (a *Advisor) programmingNeeded(q questionText, inConversation bool) (string, bool) {
	if len(q.courses) > 0 || len(q.programs) > 0 || q.words > 20 {
		return "", false
	}
	code := q.has(" python ", " programming ", " coding ", " code ", " to code ") &&
		q.has(" required ", " needed ", " necessary ", " need to know ", " need to learn ", " need ", " must ", " prerequisite ", " all in ", " include ", " includes ", " first ")
	who := q.has(" beginners ", " beginner ", " non tech ", " nontechnical ", " tech people ", " techies ", " without coding ", " no coding ", " without programming ") &&
		q.has(" only for ", " just for ", " ok for ", " okay for ", " for total ", " for complete ", " too ", " can someone ", " can i ", " is this for ", " are these for ") ||
		// "are these courses any good if you've never coded?" (dev85:
		// "Did you mean")
		q.has(" never coded ", " never programmed ", " never done any coding ", " cant code ", " dont code ", " no coding background ") &&
			q.has(" any good ", " ok ", " okay ", " suitable ", " doable ", " possible ", " realistic ", " still ")
	// Cold, a long message about prerequisites is mostly about some
	// other course's ("prerequisites to taking this course?" under a
	// lecture video): only a short one, or one inside a conversation,
	// is about these.
	prereq := prerequisitesAsked(q) && (inConversation || q.words <= 8)
	if !code && !who && !prereq {
		return "", false
	}
	var need []string
	first, later := "", ""
	for _, c := range a.cat.Courses {
		switch {
		case c.NeedsProgramming:
			need = append(need, c.Title)
		case c.Level == "beginner" && first == "":
			first = c.Title
		default:
			later = c.Title
		}
	}
	if first == "" {
		return "", false
	}
	text := fmt.Sprintf("You don't need to program to start: %s needs none, and your plan starts there if you don't code. %s need programming, so learn basic Python before them.", first, strings.Join(need, ", "))
	if later != "" {
		text += fmt.Sprintf(" %s needs none either, but makes most sense after your first model.", later)
	}
	if prereq && !code {
		// "what are the prerequisites?" (a stranger, thirteenth session,
		// got "I can't answer that"): math is the other half.
		math, _, _ := strings.Cut(a.leastMath(), ". ")
		text += " Math: " + lowerFirst(math) + "."
	}
	return text, true
}

// payToStart reports a question about paying to begin: "do i need a
// credit card to start?", "can i start without paying?", "do i have to
// pay upfront?".
func payToStart(q questionText) bool {
	return q.words <= 20 && !q.has(" later ", " afterwards ") && q.has(" pay ", " paying ", " payment ", " credit card ", " card ", " upfront ", " up front ", " money ") &&
		q.has(" start ", " begin ", " enroll ", " sign up ", " signup ", " join ", " upfront ", " up front ", " first ") &&
		q.has(" do i need ", " do i have to ", " must i ", " need to ", " have to ", " can i ", " without ", " necessary ", " required ", " is it ")
}

// prerequisitesAsked reports a question about what to know before
// starting: "what are the prerequisites?", "what do i need to know before
// i start?", "anything i should learn beforehand?".
func prerequisitesAsked(q questionText) bool {
	for _, w := range []string{" prerequisites for ", " prerequisite for ", " prereqs for ", " prereq for ", " prerequisites of ", " prerequisites to "} {
		// "the prerequisites for the CFA exam" asks about another
		// program's: only ours, or none named, are answered.
		if _, rest, ok := strings.Cut(q.low, w); ok && !hasPrefixAny(rest, "the course", "these", "this", "them", "it ", "ml ", "machine learning", "the ml", "the certificate", "the cert", "starting", "beginners", "beginner", "me ", "a beginner") {
			return false
		}
	}
	return q.has(" prerequisite ", " prerequisites ", " prereq ", " prereqs ", " pre requisites ", " pre reqs ") ||
		q.has(" need to know ", " need to learn ", " should i know ", " should i learn ", " must i know ", " have to know ", " should know ", " need to study ") &&
			q.has(" beforehand ", " before starting ", " before i start ", " before i begin ", " before beginning ", " before taking ", " before enrolling ", " before the course ", " before these ", " to start ", " to begin ", " to get started ", " going in ", " prior ")
}

// askedHost is where the one program the question sentences name is
// taken (lexicon host), or "" when they name none, several, or a kind
// of program rather than one.
func (a *Advisor) askedHost(q questionText) string {
	host := ""
	for i, pi := range q.asked {
		p := a.nlu.programs[pi]
		if i > 0 || p.generic {
			return ""
		}
		host = p.host
	}
	return host
}

// hasPrefixAny reports whether s starts with one of the prefixes.
func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// planStepNamed is the catalog course of the plan's step a question names
// by its place ("the first one", "the 2nd course", "step 3", "the last
// one"), when it names no course or program otherwise; "" if none.
//
// beyond is the place named when the plan has fewer courses than that
// ("the second course" in a plan of one), else 0.
func (a *Advisor) planStepNamed(s Session, q questionText) (id string, beyond int) {
	if !hasPlan(s) || len(q.courses) > 0 || len(q.programs) > 0 {
		return "", 0
	}
	steps := s.Plan.Steps
	ws := strings.Fields(q.low)
	at := -1
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		switch {
		case (w == "step" || w == "course") && len(next) == 1 && next[0] >= '1' && next[0] <= '9':
			at = int(next[0] - '1')
		case w == "the" && i+3 < len(ws) && len(next) == 1 && next[0] >= '1' && next[0] <= '9' && len(ws[i+2]) == 2 && ordinalSuffix(ws[i+2]) == 2 && stepWord[ws[i+3]]:
			// "the 2nd one" (normalized "the 2 nd one"; dev83 got the
			// whole plan)
			at = int(next[0] - '1')
		case w == "the" && i+2 < len(ws) && stepWord[ws[i+2]]:
			if k, ok := ordinals[next]; ok {
				at = k - 1
			} else if next == "last" || next == "final" {
				at = len(steps) - 1
				for at >= 0 && !a.isCourse(steps[at].Course) {
					at--
				}
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 && q.words <= 10 && q.has(" that one ", " this one ", " that course ", " this course ", " the course ") {
		// "what does that one cover then?", "is there something after
		// this one?" with one course left in the plan (dev84: "I can't
		// answer that"): that course.
		var left []Step
		for _, st := range a.planCourses(s) {
			if !st.Done {
				left = append(left, st)
			}
		}
		if len(left) == 1 {
			return left[0].Course, 0
		}
	}
	if at < 0 && q.words <= 10 {
		// "how long is classification for me?" (dev77 got the whole
		// plan): a word of a step's title no other step has.
		if ids := a.coursesMentioned(s, strings.TrimSpace(q.low)); len(ids) == 1 && a.isCourse(ids[0]) {
			return ids[0], 0
		}
	}
	switch {
	case at < 0:
		return "", 0
	case at < len(steps) && a.isCourse(steps[at].Course):
		return steps[at].Course, 0
	case at >= len(a.planCourses(s)):
		return "", at + 1
	}
	return "", 0
}

// subtitlesNamed are the catalog courses whose subtitle (the part of
// "Machine Learning: Regression" after the colon) is a word of low, when
// exactly one is.
func (a *Advisor) subtitlesNamed(low string) []string {
	if ids := a.subtitlesIn(low); len(ids) == 1 {
		return ids
	}
	return nil
}

// subtitlesIn are all the catalog courses whose subtitle is a word of
// low ("are regression and classification hard").
func (a *Advisor) subtitlesIn(low string) []string {
	var ids []string
	for _, c := range a.cat.Courses {
		if sub := subtitle(c.Title); sub != "" && strings.Contains(low, " "+sub+" ") {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// subtitle is the part of a course title after its colon, normalized
// ("Machine Learning: Regression" -> "regression"), or "".
func subtitle(title string) string {
	if _, sub, ok := strings.Cut(title, ": "); ok {
		return normalize(sub)
	}
	return ""
}

// italianTakes follow "quanto ci" in a question about time.
var italianTakes = map[string]bool{"metto": true, "mette": true, "mettero": true, "vuole": true, "vorra": true, "impiego": true, "impieghero": true, "mettiamo": true}

// stepWord names a step after an ordinal: "the 2nd one", "the third
// course".
var stepWord = map[string]bool{"one": true, "course": true, "step": true, "class": true}

// planCourses are the catalog courses of the learner's plan, in order.
func (a *Advisor) planCourses(s Session) []Step {
	var out []Step
	for _, st := range s.Plan.Steps {
		if a.isCourse(st.Course) {
			out = append(out, st)
		}
	}
	return out
}

// beyondPlanText answers a question about the n-th course of a plan with
// fewer: what the plan holds, and the guide's next course after it.
func (a *Advisor) beyondPlanText(s Session, n int) string {
	courses := a.planCourses(s)
	var titles []string
	for _, st := range courses {
		titles = append(titles, st.Title)
	}
	text := fmt.Sprintf("Your plan has %d course%s (%s), so there is no course %d in it.", len(courses), plural(len(courses)), strings.Join(titles, ", "), n)
	for _, st := range a.cat.RecommendedOrder {
		if stepIndex(s, st.Course) >= 0 {
			continue
		}
		if c, ok := a.cat.Course(st.Course); ok {
			text += fmt.Sprintf(" If you want more after it, the guide's order goes on with %s (%s).", c.Title, c.Provider)
			break
		}
	}
	return text
}

// isCourse reports whether id is one of the catalog's courses (not the
// portfolio project).
func (a *Advisor) isCourse(id string) bool {
	_, ok := a.cat.Course(id)
	return ok
}

// costBeforeBudget answers "how much will it cost me total?" asked when
// only the budget is still open (a stranger, thirteenth session, got the
// generic price): the path so far, paid for, beside auditing and aid.
func (a *Advisor) costBeforeBudget(s Session, q questionText) (string, bool) {
	// ("how much will the whole thing cost me at 8 hrs a week?" with 8 h
	// their own hours (dev82 got one course's cost): their path.)
	if hasPlan(s) || !q.costAsk || q.durationAsk || len(q.courses) > 0 || len(q.programs) > 0 || q.rate > 0 && q.rate != float64(s.Profile.HoursPerWeek) || q.months > 0 || q.weeks > 0 || q.count > 0 ||
		!(q.mine || wholePathAsked(q) || q.has(" total ", " altogether ", " overall ", " in all ")) {
		return "", false
	}
	if m := s.Profile.Missing(); len(m) != 1 || m[0] != SlotBudget {
		return "", false
	}
	plan, ok := a.planInstead(s, func(p *Profile) { p.Budget = BudgetPaid })
	if !ok {
		return "", false
	}
	return fmt.Sprintf("From what you've told me, your path with certificates would cost %s Auditing every course is $0 (no certificates), and financial aid can bring the certificates to $0 too. %s", plan.CostNote, plan.PriceNote()), true
}

// fasterCheaper answers "is it cheaper if i go faster?" (a stranger,
// thirteenth session, got "I can't answer that"): the subscription is
// paid by the month.
func (a *Advisor) fasterCheaper(s Session, q questionText) (string, bool) {
	if q.words > 16 || len(q.programs) > 0 || !q.has(" cheaper ", " cost less ", " costs less ", " save money ", " save ", " less money ", " pay less ") ||
		!q.has(" faster ", " quicker ", " sooner ", " more hours ", " speed up ", " quickly ", " fast ") {
		return "", false
	}
	pr := a.cat.Pricing
	text := fmt.Sprintf("Yes, if you pay: the certificates come with a Coursera subscription of $%s–$%s a month, so every month you finish sooner is a month you don't pay. Auditing costs $0 at any pace.", money(pr.SubscriptionMonthlyMin), money(pr.SubscriptionMonthlyMax))
	if hasPlan(s) {
		text += ` To see your plan at another pace, ask e.g. "what if i do 15 hrs a week?".`
	}
	return text + " Prices as of " + pr.AsOf + ", from the guide.", true
}

// budgetEnough answers "is 500 enough?" or "would $300 cover it?" after
// the plan (a stranger, thirteenth session, got "I can't answer that"):
// the amount beside the plan's cost, paid for.
func (a *Advisor) budgetEnough(s Session, q questionText) (string, bool) {
	if !hasPlan(s) || q.words > 14 || len(q.courses) > 0 || len(q.programs) > 0 || !q.has(" enough ", " cover ", " covers ", " be ok ", " be okay ", " suffice ") {
		return "", false
	}
	// (normalize has set "$" and "usd" apart from the number.)
	amount := 0.0
	for _, v := range numbersIn(q.low) {
		if v >= 20 {
			amount = v
			break
		}
	}
	if amount == 0 {
		return "", false
	}
	p := s.Plan
	if s.Profile.Budget != BudgetPaid {
		paid, ok := a.planInstead(s, func(pr *Profile) { pr.Budget = BudgetPaid })
		if !ok {
			return "", false
		}
		p = paid
	}
	cost := rangeText(p.CostMinUSD, p.CostMaxUSD, "$", "")
	switch {
	case amount >= p.CostMaxUSD:
		return fmt.Sprintf("Yes: your plan with certificates costs %s, so $%s covers it even at the top price. %s", cost, money(amount), p.PriceNote()), true
	case amount >= p.CostMinUSD:
		return fmt.Sprintf("Probably: your plan with certificates costs %s, depending on the subscription price, so $%s covers it at the lower prices. Finishing sooner costs less, since the subscription is by the month. %s", cost, money(amount), p.PriceNote()), true
	}
	return fmt.Sprintf("Not quite: your plan with certificates costs %s, more than $%s. More hours a week finish it in fewer months (the subscription is by the month), financial aid can cover it, and auditing is $0. %s", cost, money(amount), p.PriceNote()), true
}

// numbersIn returns the numbers written in digits in normalized text.
func numbersIn(low string) []float64 {
	var nums []float64
	for _, w := range strings.Fields(low) {
		if w[0] < '0' || w[0] > '9' {
			continue
		}
		if v, err := strconv.ParseFloat(w, 64); err == nil {
			nums = append(nums, v)
		}
	}
	return nums
}

// certificateHelps is when the guide says a certificate helps, and what it
// is on its own (catalog FAQ "are certificates worth it"), for answers that
// put it in the learner's terms.
const certificateHelps = "when you have no ML work experience, when they show a specific domain like MLOps, or when they come from an institution hiring managers recognize; on their own they are a filter, not a hire signal"

// notMoney are what "how much" may ask the amount of besides money.
var notMoney = map[string]bool{"math": true, "maths": true, "mathematics": true, "calculus": true, "statistics": true, "stats": true, "algebra": true, "linear": true,
	"programming": true, "python": true, "coding": true, "code": true, "experience": true, "knowledge": true, "background": true, "effort": true,
	"work": true, "homework": true, "english": true, "practice": true, "theory": true, "prior": true,
	"faster": true, "sooner": true, "quicker": true, "slower": true, "longer": true, "shorter": true, "earlier": true, "later": true}

// whenEnds reports "when would i be done", "when will it end", "whens my
// end date" at i ("when"): a question about when, by an auxiliary or
// "whens", with an end word in the next few words of its clause.
func whenEnds(toks []token, i int) bool {
	if toks[i].text != "whens" {
		switch toks[i+1].text {
		case "would", "will", "do", "does", "am", "is", "can", "should", "ill", "shall", "could":
		default:
			return false
		}
	}
	for j := i + 1; j < len(toks) && j <= i+6 && toks[j].clause == toks[i].clause; j++ {
		switch toks[j].text {
		case "done", "finished", "finish", "end", "ends", "ending", "over", "through", "complete", "completed":
			return true
		}
	}
	return false
}
