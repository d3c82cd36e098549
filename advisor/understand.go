package advisor

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Understanding turns one message into a Frame: every fact it states about
// the learner (with the words that stated it, negations and corrections
// resolved, the last statement winning), the courses they have finished,
// a command said in their own words, and the questions it asks. It is a
// pure function of (message, the slot just asked, today); the state
// machine in step.go only applies frames.

// Fact is one thing a message says about the learner.
type Fact struct {
	Slot  Slot
	Value string
	// Conf is how sure the words make us: below guessConf the fact is a
	// guess to confirm before it is used.
	Conf float64
	// Words are the learner's own words that stated it.
	Words string
	// Implied facts follow from something else they said ("backend dev"
	// implies programming); they never contradict what is said outright.
	Implied bool

	from, to int
}

// guessConf is the confidence below which a fact is only a guess. Set on
// the tune split of the conversation set: role implications such as
// "analyst -> some programming" (0.55) are guesses, "backend dev" (0.9) is
// not.
const guessConf = 0.6

// strongConf is the confidence of a fact said outright and surely; such
// facts win over looser mentions of the same slot in the message (a goal
// "one gap" over an uncued "data validation").
const strongConf = 0.85

// cuedGoalConf is how sure a role is the goal when words say so ("want
// to become a data scientist"); an uncued one is less.
const cuedGoalConf = 0.9

// Conflict is one slot stated two ways with nothing saying which is meant
// ("broke, but happy to pay").
type Conflict struct {
	Slot  Slot
	First Fact
	Then  Fact
}

// Frame is what one message says and asks.
type Frame struct {
	// ForOther is set when the message says the plan is for someone
	// else ("asking for my son").
	ForOther bool
	// Facts holds the winning fact per slot, in slot order.
	Facts []Fact
	// Retracted are values the message takes back ("not data science
	// anymore"), when it states no other value for that slot.
	Retracted []Fact
	Conflicts []Conflict
	// Completed lists catalog courses the learner says they finished;
	// ongoing those they say they are still doing ("halfway through").
	Completed []string
	ongoing   []string
	// corrects is set when the message holds a correction word
	// ("actually", "scratch that", "no wait").
	corrects bool
	// Programs are programs named that are not among the catalog's six
	// (indices into the lexicon's programs).
	Programs []int
	// Command is a command said in the learner's words: restart, help,
	// plan, profile, forget or greet.
	Command string
	// SmallTalk is set when the greeting asks after certpath ("how are
	// you?", "whats up").
	SmallTalk bool
	// greetClauses marks the clauses that are a greeting (bit per
	// clause index).
	greetClauses uint64
	// Asks are the question sentences, in the learner's words.
	Asks []string
	// WhereToStart is set when a question asks where to begin or what
	// to do; with a complete profile, the plan answers it.
	WhereToStart bool
	// AboutQuestion is the interview question the message asks about
	// ("wdym by programming? like excel?", "what counts as ML
	// experience?", "does youtube count?"), or "".
	AboutQuestion Slot
	// Short is a short answer: yes, no, little, lots or nothing.
	Short string
	// Bare is a message that is just a number.
	Bare    float64
	HasBare bool
	// byPlace is set when Bare names an option by its place ("the
	// second one"), lastOption for "the last one".
	byPlace, lastOption bool
	// OptionErr is a bare number the question just asked has no option
	// for ("5" to the four ML options): said, so the learner knows why
	// the question comes again.
	OptionErr int
	// HoursErr is the learner's figure when hours were given but fall
	// outside what certpath plans for.
	HoursErr string
	// StartErr is a start date that was given but cannot be a date.
	StartErr string
	raw      string
	// tz is the message's tokens, for the turn's further readings of it
	// (a short answer, a corrected figure) without tokenizing again.
	tz *tokenized
}

// Fact returns the frame's fact for a slot.
func (f *Frame) Fact(s Slot) (Fact, bool) {
	for _, x := range f.Facts {
		if x.Slot == s {
			return x, true
		}
	}
	return Fact{}, false
}

// Empty reports whether the frame says nothing certpath can use.
func (f *Frame) Empty() bool {
	return len(f.Facts) == 0 && len(f.Retracted) == 0 && len(f.Conflicts) == 0 && len(f.Completed) == 0 &&
		f.Command == "" && len(f.Asks) == 0 && f.Short == "" && !f.HasBare && f.HoursErr == "" && f.StartErr == ""
}

// candidate is a fact before resolution.
type candidate struct {
	Fact
	negated    bool
	inQuestion bool
	// other is set for facts about someone else.
	other bool
	// bySubject is set when other comes only from the clause's subject
	// ("he", "my friend"), not from what the words say.
	bySubject bool
	// supersedes: see slotEntry.Supersedes.
	supersedes bool
}

// understand reads one message. asking is the slot of the last question
// (for short answers), now is today for dates.
func (n *nlu) understand(msg string, asking Slot, now time.Time) Frame {
	return n.understandFor(msg, asking, now, false)
}

// understandFor reads a message written for someone else when forOther
// is set (or the message says so): the facts of the person the plan is
// for count, the writer's own do not.
func (n *nlu) understandFor(msg string, asking Slot, now time.Time, forOther bool) Frame {
	tz := tokenize(listMarkersOut(msg), n)
	f := Frame{raw: msg, tz: tz}
	if len(tz.toks) == 0 {
		return f
	}
	if len(n.proxyPats.find(tz.toks, nil)) > 0 {
		f.ForOther, forOther = true, true
	}
	restartAt := n.commands(tz, &f)
	n.shortAnswer(tz, &f)

	var cands []candidate
	var spans [64]span
	found := n.slotPats.find(tz.toks, spans[:0])
	notBudget := n.notBudget.find(tz.toks, nil)
	// Within a slot the longest statement wins ("no programming
	// experience" over "programming experience"); across slots both
	// stand ("started learning python on youtube" is about programming,
	// whatever it says about ML).
	// "company has no training budget so free": a payer's benefit said
	// with "no" is no payment, and goes before the longest are kept, so
	// the "so free" inside it stands.
	found = slices.DeleteFunc(found, func(sp span) bool {
		h := n.slotHits[n.slotPats.pats[sp.pat].ref]
		return h.slot == SlotBudget && h.value == BudgetPaid && noBenefitIn(tz.toks, sp)
	})
	found = keepLongestBy(found, func(sp span) Slot { return n.slotHits[n.slotPats.pats[sp.pat].ref].slot })
	courseSpans := n.coursePats.find(tz.toks, nil)
	progSpans := keepDisjoint(n.progPats.find(tz.toks, nil))
	for _, sp := range found {
		hit := n.slotHits[n.slotPats.pats[sp.pat].ref]
		if hit.slot == SlotBudget && overlapsAny(sp, notBudget) {
			continue
		}
		if asking == SlotProgramming && hit.slot == SlotGoal && hit.value == GoalLiteracy && slices.ContainsFunc(tz.toks[sp.from:sp.to], func(t token) bool { return n.codeMaking[t.text] }) {
			// "ноль, не программирую" (zero, I don't program; dev114)
			// asked about programming: "not programming" says they
			// don't, not that they only want to understand ML.
			cands = append(cands, n.candidate(tz, slotHit{slot: SlotProgramming, value: ProgrammingNone, conf: 0.85}, sp, false))
			continue
		}
		if insideAny(sp, courseSpans) || hit.slot == SlotProgramming && overlapsAny(sp, courseSpans) {
			// "the Production ML Systems certificate" names a course;
			// "finished Applied Machine Learning in Python" says
			// nothing about their programming.
			continue
		}
		if hit.slot == SlotML && (hit.value == MLBuiltModels || hit.value == MLProduction) && overlapsAny(sp, progSpans) {
			// "I made the Machine Learning Specialization from Andrew
			// Ng": a program finished, not a model built.
			continue
		}
		if hit.slot == SlotML && hit.value == MLBuiltModels && madeACourse(tz, sp) {
			// A course made is a course done: coursework.
			hit.value = MLCoursework
		}
		if hit.slot == SlotML && hit.value == MLBuiltModels && sp.to < len(tz.toks) && tz.toks[sp.to].clause == tz.toks[sp.to-1].clause {
			switch tz.toks[sp.to].text {
			case "course", "courses", "class", "tutorial", "tutorials", "specialization", "certificate", "mooc", "bootcamp", "module":
				// "I made the Kaggle Intro to Machine Learning course": a
				// course taken, not a model built.
				continue
			}
		}
		if n.aboutTheOtherSlot(tz, hit, sp) {
			continue
		}
		if asking == SlotGoal && hit.slot == SlotML && hit.value == MLBuiltModels && bareIngAt(tz, sp.from) {
			// "ML engineer, building the AI features end to end" answering
			// the goal question: what the job they want does.
			continue
		}
		cands = append(cands, n.candidate(tz, hit, sp, false))
	}
	var goalSpans []span
	for _, sp := range found {
		// Roles inside an understanding goal or an ML statement are its
		// object: "understand how these AI systems learn", "deployed a
		// model following a Udemy MLOps course".
		if h := n.slotHits[n.slotPats.pats[sp.pat].ref]; h.slot == SlotGoal && h.value == GoalLiteracy || h.slot == SlotML && (h.value == MLCoursework || h.value == MLNone) {
			goalSpans = append(goalSpans, sp)
		}
	}
	askedStated := false
	for _, c := range cands {
		askedStated = askedStated || c.Slot == asking
	}
	roles := n.roleFacts(tz, asking, askedStated, goalSpans, courseSpans)
	for _, g := range roles {
		if !(g.Slot == SlotGoal && !g.other && g.Conf >= cuedGoalConf || g.Slot == SlotML && g.other) {
			continue
		}
		for i := range cands {
			if c := &cands[i]; c.Slot == SlotML && c.Value != MLNone && c.from >= g.from && c.to <= g.to {
				// "i'd like to be one of the people who keep models
				// running in prod" (dev110): what a wished role, or
				// someone else's, does is no ML of their own.
				c.other = true
			}
		}
	}
	cands = append(cands, roles...)
	cands = append(cands, n.programFacts(tz, &f, courseSpans, progSpans)...)
	if c, ok := ownPrediction(tz, asking, forOther); ok {
		cands = append(cands, c)
	}
	if h, ok := n.hoursFact(tz, &f); ok {
		cands = append(cands, h)
	}
	if d, ok := n.startFact(tz, now, &f); ok {
		cands = append(cands, d)
	}
	// Right after a question, words that would say too little on their
	// own answer it ("finished an online course" to the ML question).
	weakFrom := -1
	about := aboutQuestion(tz, asking)
	if set, ok := n.whenAsked[asking]; ok {
		has := false
		for _, c := range cands {
			// (A message that gives its hours is not a short answer:
			// "30 min daily" to the programming question.)
			// (A job title's weak implication is no answer: "predict
			// sales for my own shop" names sales, not a sales job.)
			has = has || c.Slot == asking && !(asking == SlotGoal && c.Implied && c.Conf < guessConf) || c.Slot == SlotHours && asking != SlotHours
		}
		if !has {
			weakFrom = len(cands)
			for _, sp := range keepLongest(set.find(tz.toks, nil)) {
				hit := n.whenHits[set.pats[sp.pat].ref]
				if n.aboutTheOtherSlot(tz, hit, sp) || hit.slot == SlotProgramming && overlapsAny(sp, courseSpans) {
					continue
				}
				if hit.value == ProgrammingProfessional && about == asking {
					// "what counts as programming? i edit audio in reaper
					// all day lol" (dev65): how often, of something they
					// ask whether it counts.
					continue
				}
				cands = append(cands, n.candidate(tz, hit, sp, false))
			}
		}
	}
	labelled, labelClauses := n.labelledAnswers(tz, cands)
	cands = append(cands, labelled...)
	// A clause that only ends in "?" but states a fact is a hedge ("maybe 5
	// hrs weekly?", "mlops i guess??"): its facts count, and it is not a
	// question to answer.
	hedges := labelClauses
	asksIn := map[int]bool{} // sentences with a clause that asks
	for _, t := range tz.toks {
		if tz.clauseAsk[t.clause] {
			asksIn[t.sent] = true
		}
	}
	// "if i audit first can i pay for the certificate later?" (dev47):
	// a sentence that weighs a budget case asks about the budget.
	condSents := map[int]bool{}
	for _, c := range cands {
		if c.Slot == SlotBudget && ifBefore(tz, c.from) && tz.isQuestionAt(c.from) {
			condSents[tz.toks[c.from].sent] = true
		}
	}
	kept := cands[:0]
	for i := range cands {
		cl := tz.toks[cands[i].from].clause
		if weakFrom >= 0 && i >= weakFrom && questionAround(tz, span{from: cands[i].from, to: cands[i].to}) {
			// "i corsi sono solo in inglese?" (are the courses only in
			// English?) to the ML question: a question that names
			// courses, not "courses?" said unsure (dev42).
			continue
		}
		if cands[i].Slot == SlotGoal && curiousAfterQuestion(tz, cands[i]) {
			// "how long does one of these courses take roughly? just
			// curious before i start" (dev67): curious about the
			// question, no goal.
			continue
		}
		// "which is better for me, data scientist or ML engineer?": the
		// options of a question are part of it, not a hedge.
		// With nothing asked, "one course?" and "only one course?" are
		// about the plan, not hedged answers (dev58, after the plan: read
		// as ML coursework and a gap to fill); "maybe 5 hrs weekly?" and
		// "start 12/14?" are still theirs.
		// Nor are the words of a question that weighs a case ("and if i
		// go faster, like 15 hrs?", "if i audit first can i pay ...?") or
		// asks what the interview's question means ("what do you mean by
		// budget? like how much i can spend a month?", dev67).
		c, sent := cands[i], tz.toks[cands[i].from].sent
		asks := hypothetical(tz, c.from) ||
			c.Slot == SlotBudget && (ifBefore(tz, c.from) || condSents[sent] || askedWhether(tz, c)) ||
			about != "" && c.Slot == about && c.inQuestion
		if !tz.clauseAsk[cl] && !asksIn[sent] && !asks && (asking != "" || firstPerson(tz, cl) || hedgedWish(tz, cl) || c.Slot == SlotHours || c.Slot == SlotStart) {
			hedges[cl] = true
			cands[i].inQuestion = false
		}
		kept = append(kept, cands[i])
	}
	cands = kept
	n.questions(tz, &f, hedges)
	f.AboutQuestion = about
	// A restart forgets what came before it in the same message.
	if restartAt >= 0 {
		kept := cands[:0]
		for _, c := range cands {
			if c.from > restartAt {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	if forOther {
		// Written for someone else: what the writer says of themself
		// ("I'm a software architect") is not the learner's, and what
		// they say of the learner ("he trained a detector") is. Who pays
		// is the writer's to say ("I'll pay for it").
		for i := range cands {
			c := &cands[i]
			if c.Slot == SlotBudget {
				// "asking for my dad. he has never coded, free": in a
				// post for someone else, their budget is the learner's.
				if c.bySubject {
					c.other = false
				}
				continue
			}
			c.other = writerSpeaks(tz, c.from) ||
				(c.Slot == SlotML && c.Value != MLNone || c.Slot == SlotProgramming && c.Value != ProgrammingNone) && !c.negated && wishBefore(tz, span{from: c.from, to: c.to})
		}
	}
	if !slices.ContainsFunc(cands, func(c candidate) bool { return c.Slot == SlotProgramming && !c.negated && !c.Implied }) && deniesDeveloper(tz) {
		// "sql every day, python for the odd script, not a software dev"
		// to the ML question after "analytics engineer" (dev89 kept the
		// developer the title implied; a language alone is read only
		// when programming is asked): code named by someone who says
		// they are no developer is some programming, the sets'
		// convention since dev54. A job's implication does not stand in
		// for it: "forecast analyst ... python and SQL daily, not a dev"
		// (dev89) implied some at 0.55 from "analyst", too weak to be
		// taken, and the code said was never read.
		if k := slices.IndexFunc(tz.toks, func(t token) bool { return n.codeWords[t.text] }); k >= 0 {
			cands = append(cands, candidate{Fact: Fact{Slot: SlotProgramming, Value: ProgrammingSome, Conf: 0.8, Words: tz.quote(k, k+1), from: k, to: k + 1}})
		}
	}
	if asking == SlotProgramming && slices.ContainsFunc(cands, func(c candidate) bool { return c.Slot == SlotProgramming && c.Implied && c.Value == ProgrammingNone }) &&
		!slices.ContainsFunc(cands, func(c candidate) bool { return c.Slot == SlotProgramming && (!c.Implied || c.Value != ProgrammingNone) }) {
		// "SQL and power bi all day" to the programming question (dev104
		// took "power bi"'s implied none): a language named beside the
		// tools that imply none is some programming, unless it is denied
		// ("no sql").
		for k, t := range tz.toks {
			if n.langWords[t.text] && !ambiguousLang[t.text] && !(k > 0 && n.negators[tz.toks[k-1].text]) && !(k > 1 && n.negators[tz.toks[k-2].text]) {
				cands = append(cands, candidate{Fact: Fact{Slot: SlotProgramming, Value: ProgrammingSome, Conf: 0.8, Words: tz.quote(k, k+1), from: k, to: k + 1}})
				break
			}
		}
	}
	cands = forgotItAll(tz, cands)
	quitCourse(tz, cands)
	n.resolve(tz, cands, &f)
	n.cantPayButWantsCertificate(tz, &f)
	itsMyJob(tz, &f)
	return f
}

// ambiguousLang are language names that are also everyday words: "net"
// (Afrikaans "only", from ".net"), "go", "r", "swift", "unity".
var ambiguousLang = map[string]bool{"r": true, "c": true, "go": true, "net": true, "node": true, "shell": true, "unity": true, "unreal": true,
	"swift": true, "rust": true, "ruby": true, "julia": true, "dart": true, "pandas": true, "react": true, "flutter": true, "lua": true}

// listMarkerRE finds a numbered list's markers: "1. ", "2) ".
var listMarkerRE = regexp.MustCompile(`(?:^|[\s,;(])(\d{1,2})[.)]\s`)

// listMarkersOut replaces the markers of a numbered list of three or more
// items, numbered 1, 2, 3 ... in order, with commas: "1. i smoke fish ...
// 5. 2 hrs a week 6. free" (dev109 read 6 hours). The learner's own
// numbers stay.
func listMarkersOut(msg string) string {
	if strings.Count(msg, ". ")+strings.Count(msg, ") ") < 3 {
		return msg
	}
	ms := listMarkerRE.FindAllStringSubmatchIndex(msg, -1)
	if len(ms) < 3 {
		return msg
	}
	for i, m := range ms {
		if v, err := strconv.Atoi(msg[m[2]:m[3]]); err != nil || v != i+1 {
			return msg
		}
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(msg[last:m[2]])
		b.WriteString(",")
		last = m[3] + 1
	}
	b.WriteString(msg[last:])
	return b.String()
}

// forgotItAll reads "used to code in the 90s, cobol at a bank, forgot it
// all" (dev102 read some, and professional from "used to be a dev"):
// programming forgotten is none, whatever it was. Only when programming
// is what was said last before it: an ML course forgotten stays taken,
// as the sets record courses however long ago.
func forgotItAll(tz *tokenized, cands []candidate) []candidate {
	toks := tz.toks
	for i := 0; i+1 < len(toks); i++ {
		if !forgettingAt(toks, i) {
			continue
		}
		last := -1
		for k, c := range cands {
			if c.to <= i && !c.other && !c.inQuestion && (last < 0 || c.from > cands[last].from) {
				last = k
			}
		}
		if last < 0 || cands[last].Slot != SlotProgramming || cands[last].negated {
			continue
		}
		for k := range cands {
			if cands[k].Slot == SlotProgramming && cands[k].to <= i {
				cands[k].other = true
			}
		}
		cands = append(cands, candidate{Fact: Fact{Slot: SlotProgramming, Value: ProgrammingNone, Conf: 0.85, Words: tz.quote(i, i+2), from: i, to: i + 2}})
		return cands
	}
	return cands
}

// quitCourse reads "i've never coded, not even html. ... i tried a free
// python course in 2022 and quit in week 2" (dev108 read some): a course
// given up early does not undo "never coded" said outright. Only with
// that statement in the message: "a python course, quit halfway" alone
// stays some.
func quitCourse(tz *tokenized, cands []candidate) {
	if !slices.ContainsFunc(cands, func(c candidate) bool {
		return c.Slot == SlotProgramming && c.Value == ProgrammingNone && !c.Implied && !c.other && !c.negated && !c.inQuestion
	}) {
		return
	}
	toks := tz.toks
	for k := range cands {
		c := &cands[k]
		if c.Slot != SlotProgramming || c.Value != ProgrammingSome || c.negated {
			continue
		}
		for i := c.to; i < len(toks) && i < c.to+8 && toks[i].sent == toks[c.from].sent; i++ {
			switch toks[i].text {
			case "quit", "stopped", "dropped", "abandoned":
				c.other = true
			case "gave":
				c.other = c.other || i+1 < len(toks) && toks[i+1].text == "up"
			}
		}
	}
}

// forgettingAt reports "forgot it all", "forgotten everything" at i.
func forgettingAt(toks []token, i int) bool {
	switch toks[i].text {
	case "forgot", "forgotten", "forget":
	default:
		return false
	}
	// ("forgot most of it" keeps some: the sets since dev16 record a
	// course half remembered as some.)
	switch toks[i+1].text {
	case "everything":
		return true
	case "all":
		return i+2 >= len(toks) || toks[i+2].text != "about" && toks[i+2].text != "the"
	case "it":
		return i+2 < len(toks) && toks[i+2].text == "all"
	}
	return false
}

// itsMyJob reads "I write our pipelines in python, that's my job": the
// programming they describe is what they do for a living.
func itsMyJob(tz *tokenized, f *Frame) {
	i := slices.IndexFunc(f.Facts, func(x Fact) bool { return x.Slot == SlotProgramming && x.Value == ProgrammingSome })
	if i < 0 {
		return
	}
	toks := tz.toks
	for j := 0; j+2 < len(toks); j++ {
		// "that is my job"; "4 saal se yahi mera kaam hai" (for 4 years
		// that is my work, read "thats my work"; dev89): "work" only
		// closing the clause, not "its my work laptop".
		k := j + 1
		if toks[k].text == "is" && k+2 < len(toks) {
			k++
		}
		workEnds := toks[k+1].text == "work" && lastOfClause(toks, k+1)
		if (toks[j].text == "thats" || toks[j].text == "that" || toks[j].text == "its") && toks[k].text == "my" && (toks[k+1].text == "job" || toks[k+1].text == "profession" || workEnds) {
			f.Facts[i].Value = ProgrammingProfessional
			return
		}
	}
}

// coursesNamed returns the catalog courses a short text names ("the
// regression one", "structuring").
func (n *nlu) coursesNamed(text string) []string {
	tz := tokenize(text, n)
	var ids []string
	for _, sp := range keepLongest(n.coursePats.find(tz.toks, nil)) {
		for _, id := range n.coursesAt(sp) {
			ids = appendUnique(ids, id)
		}
	}
	return ids
}

// cantPayButWantsCertificate reads "I can't pay" as needing financial aid
// when the message also wants the certificate or asks about aid ("is
// there a scholarship? i cannot pay"): auditing for free gives no
// certificate.
func (n *nlu) cantPayButWantsCertificate(tz *tokenized, f *Frame) {
	i := slices.IndexFunc(f.Facts, func(x Fact) bool { return x.Slot == SlotBudget && x.Value == BudgetFree })
	if i < 0 {
		return
	}
	words := strings.ToLower(f.Facts[i].Words)
	if !strings.Contains(words, "pay") && !strings.Contains(words, "afford") && !strings.Contains(words, "money") {
		return
	}
	toks := tz.toks
	for j, t := range toks {
		switch t.text {
		case "scholarship", "scholarships", "aid", "waiver", "sponsorship":
			f.Facts[i].Value = BudgetAid
			return
		case "certificate", "cert", "certificates", "certs":
			for k := j - 1; k >= 0 && k >= j-4 && toks[k].clause == t.clause; k-- {
				if n.negators[toks[k].text] {
					break
				}
				if toks[k].text == "need" || toks[k].text == "want" || toks[k].text == "needs" {
					f.Facts[i].Value = BudgetAid
					return
				}
			}
		}
	}
}

// keepLongest drops matches that lie inside a longer one (ties: the
// earlier pattern), so "no programming experience" is one fact, not also
// "programming experience".
func keepLongest(spans []span) []span { return keepLongestOf(spans, false) }

// keepDisjoint is keepLongest that also drops matches overlapping a
// longer one: "fast.ai practical deep learning course" is one program,
// not also "deep learning course".
func keepDisjoint(spans []span) []span { return keepLongestOf(spans, true) }

func keepLongestOf(spans []span, disjoint bool) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		li, lj := spans[i].to-spans[i].from, spans[j].to-spans[j].from
		if li != lj {
			return li > lj
		}
		return spans[i].from < spans[j].from
	})
	out := spans[:0:0]
	for _, s := range spans {
		inside := false
		for _, k := range out {
			if s.from >= k.from && s.to <= k.to || disjoint && s.from < k.to && k.from < s.to {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].from < out[j].from })
	return out
}

// keepLongestBy applies keepLongest within each group of spans.
func keepLongestBy(spans []span, group func(span) Slot) []span {
	by := map[Slot][]span{}
	var order []Slot
	for _, sp := range spans {
		g := group(sp)
		if _, ok := by[g]; !ok {
			order = append(order, g)
		}
		by[g] = append(by[g], sp)
	}
	var out []span
	for _, g := range order {
		out = append(out, keepLongest(by[g])...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].from < out[j].from })
	return out
}

// insideAny reports whether s lies within one of others.
func insideAny(s span, others []span) bool {
	for _, o := range others {
		if s.from >= o.from && s.to <= o.to {
			return true
		}
	}
	return false
}

// exceptionBetween reports whether the words between a "none" and a later
// statement make it the exception: "nothing, only ...", "none except",
// "nothing but", "besides".
func exceptionBetween(tz *tokenized, from, to int) bool {
	for i := from; i < to && i < from+3 && i < len(tz.toks); i++ {
		switch tz.toks[i].text {
		case "only", "except", "but", "besides", "apart", "just":
			return true
		}
	}
	return false
}

// goalAfter reports whether the words between two goals put the second
// later: "after that", "afterwards", "eventually", "ultimately", "long
// term", "in the end".
func goalAfter(tz *tokenized, from, to int) bool {
	for i := from; i < to && i < len(tz.toks); i++ {
		next := ""
		if i+1 < to {
			next = tz.toks[i+1].text
		}
		switch tz.toks[i].text {
		case "afterwards", "eventually", "ultimately", "later":
			return true
		case "after":
			// ("a master in data science and after to do research")
			if next == "that" || next == "this" || next == "to" {
				return true
			}
		case "long":
			if next == "term" {
				return true
			}
		case "end":
			if i > from && tz.toks[i-1].text == "the" {
				return true
			}
		}
	}
	return false
}

// inWantedPlace reports whether an "-ing" building phrase describes a
// place of work ("somewhere building models", "a role training models")
// rather than what the learner does.
func inWantedPlace(tz *tokenized, sp span) bool {
	switch tz.toks[sp.from].text {
	case "building", "training", "fitting", "making", "developing":
	default:
		return false
	}
	for j := sp.from - 1; j >= 0 && j >= sp.from-3 && tz.toks[j].clause == tz.toks[sp.from].clause; j-- {
		switch tz.toks[j].text {
		case "somewhere", "where", "job", "role", "position", "place", "startup":
			return true
		case "i", "im", "am", "we", "were", "been", "was":
			return false
		}
	}
	return false
}

// bareIngAt reports whether the token at i is an -ing form with no
// subject or auxiliary of its own before it in its clause ("..., building
// the AI features"), not "I'm building" or "we've been training".
func bareIngAt(tz *tokenized, i int) bool {
	if !strings.HasSuffix(tz.toks[i].text, "ing") {
		return false
	}
	for j := i - 1; j >= 0 && tz.toks[j].clause == tz.toks[i].clause; j-- {
		if progressiveAux[tz.toks[j].text] {
			return false
		}
		switch tz.toks[j].text {
		case "i", "we", "ive", "weve", "been", "was", "were", "currently", "already":
			return false
		}
	}
	return true
}

// payerRefuses reports whether a refusal to pay ("won't pay", "doesn't
// pay") has someone other than the learner as its subject: "the paper
// won't pay", "my employer doesn't pay", "they won't pay".
func payerRefuses(tz *tokenized, sp span) bool {
	switch tz.toks[sp.from].text {
	case "wont", "dont", "doesnt", "not", "wouldnt", "refuse", "refuses", "unwilling":
	default:
		return false
	}
	if sp.from == 0 || tz.toks[sp.from-1].clause != tz.toks[sp.from].clause {
		return false
	}
	switch tz.toks[sp.from-1].text {
	case "i", "we", "id", "ill", "im", "so", "and", "but", "just", "really", "definitely", "honestly", "probably", "still", "simply", "rather", "also", "def", "prob", "tbh", "then", "-", ",":
		return false
	}
	return true
}

// mayPay reports whether "might", "may" or "possibly" stands right before
// the paying inside a span ("work might pay", "my employer may cover it"),
// or later in its sentence ("my school has a PD budget, they might cover
// it": a stranger, eighteenth session, was taken at their word).
func (n *nlu) mayPay(tz *tokenized, sp span) bool {
	end := sp.to
	for end < len(tz.toks) && tz.toks[end].sent == tz.toks[sp.from].sent {
		end++
	}
	for i := sp.from; i+1 < end; i++ {
		switch tz.toks[i].text {
		case "might", "may", "possibly", "maybe", "hopefully":
			if n.payWords[tz.toks[i+1].text] {
				return true
			}
		}
	}
	return false
}

func overlapsAny(s span, others []span) bool {
	for _, o := range others {
		if s.from < o.to && o.from < s.to {
			return true
		}
	}
	return false
}

// candidate builds a candidate from a slot hit over a span.
func (n *nlu) candidate(tz *tokenized, hit slotHit, sp span, implied bool) candidate {
	c := candidate{Fact: Fact{Slot: hit.slot, Value: hit.value, Conf: hit.conf, Words: tz.quote(sp.from, sp.to),
		Implied: implied, from: sp.from, to: sp.to}, supersedes: hit.supersedes}
	c.negated = n.negatedAt(tz, sp)
	if hit.slot == SlotBudget && hit.value == BudgetPaid && !c.negated {
		// "the school not pay": the negation inside the span.
		// Right before the paying only: "money's not the problem" says
		// the opposite.
		for i := sp.from + 1; i+1 < sp.to; i++ {
			if n.negWords[tz.toks[i].text] && n.payWords[tz.toks[i+1].text] {
				c.negated = true
			}
		}
	}
	if hit.slot == SlotBudget && hit.value == BudgetPaid && !c.negated && c.Conf >= guessConf && n.mayPay(tz, sp) {
		// "school might pay? not sure yet": a payer who has not agreed
		// (dev22's convention states nothing), so a guess to confirm,
		// not the budget (a stranger, tenth session, got "can pay").
		c.Conf = guessConf - 0.1
	}
	if hit.slot == SlotBudget && c.Conf >= guessConf && !c.negated && unsureBudget(tz, sp) {
		// "budget not sure yet, maybe aid? idk" (dev107 took aid, and
		// they could pay): a guess to confirm.
		c.Conf = guessConf - 0.1
	}
	c.inQuestion = tz.isQuestionAt(sp.from)
	if hit.slot == SlotBudget && ifBefore(tz, sp.from) {
		// "what do i lose if i audit" (dev67): a case weighed.
		c.inQuestion = true
	}
	c.other = n.aboutSomeoneElse(tz, sp, hit)
	// Only the subject so far; a budget rule below that says whose money
	// it is clears it.
	c.bySubject = c.other && hit.slot == SlotBudget
	if hit.slot == SlotML && hit.value == MLBuiltModels && inWantedPlace(tz, sp) {
		// "ML engineer, somewhere actually building models not prompts":
		// the job they want, not what they have done.
		c.other = true
	}
	if hit.slot == SlotBudget && hit.value == BudgetPaid && coversCount(tz, sp) {
		// "our clinic covers about 150 herds": what it serves, not
		// what it pays.
		c.other = true
		c.bySubject = false
	}
	if hit.slot == SlotBudget && hit.value == BudgetPaid && paysForOther(tz, sp) {
		// "my parents already pay my college fees": paid, but not for
		// certificates.
		c.other = true
		c.bySubject = false
	}
	if hit.slot == SlotBudget && hit.value == BudgetFree && tookFreeCourse(tz, sp) {
		// "I learnt some Python from a free course": a course they
		// took, not what they can spend.
		c.other = true
		c.bySubject = false
	}
	if hit.slot == SlotBudget && hit.value == BudgetFree && payerRefuses(tz, sp) {
		// "the paper won't pay so i'll pay myself": a payer that will
		// not, not the learner's budget.
		c.other = true
		c.bySubject = false
	}
	if hit.slot == SlotBudget && hit.value == BudgetFree && auditAsWork(tz, sp) {
		// "she wants to use ML in audit at her firm" (dev12, once a
		// post for someone else kept her budget): the work, not how
		// the courses are taken.
		c.other = true
		c.bySubject = false
	}
	if (hit.slot == SlotML && hit.value != MLNone || hit.slot == SlotProgramming && hit.value != ProgrammingNone) && appealsAfter(tz, sp) {
		// "building AI stuff sounds cool": what appeals, not what they
		// have done.
		c.other = true
	}
	if hit.slot == SlotGoal && hit.value == GoalLiteracy && tz.toks[sp.to-1].text == "curiosity" && pastActionBefore(tz, sp) {
		// "I did Elements of AI last year out of curiosity": why they
		// took a course, not what they want now.
		c.other = true
	}
	if hit.slot == SlotML && hit.value != MLNone && comesLater(tz, sp) {
		// "the ML elective is next semester": not done yet.
		c.other = true
	}
	if hit.slot == SlotML && hit.value == MLNone && aboutTheirWork(tz, sp) {
		// "at work we classify tickets with keyword rules, no ML": their
		// workplace has none, not necessarily them.
		c.other = true
	}
	if c.other && hit.slot == SlotML && hit.value == MLNone && weInSentence(tz, sp.from) && usesOthersModels(tz, sp) {
		// "we use huggingface pretrained models in our app, never
		// trained one myself": the learner is one of "we", and using
		// someone else's model is no ML of their own.
		c.other = false
	}
	if hit.slot == SlotGoal && hit.value == GoalLiteracy && sp.from > 0 && partlyWords[tz.toks[sp.from-1].text] {
		// "i read arxiv stuff on the long runs and half understand it"
		// (dev91: read as the literacy goal over "research honestly"):
		// how much they follow now, no goal.
		c.other = true
	}
	if hit.slot == SlotGoal && hit.value == GoalLiteracy && n.itIsCode(tz, sp) {
		// "a bit of python with my year 12s, we use it in class most
		// weeks" (dev91: the literacy goal over "research eventually"):
		// "it" is the language named just before.
		c.other = true
	}
	if hit.slot == SlotML && hit.value == MLCoursework && onlyWatched(tz, sp) {
		// "i watched videos but no course, so none", "ML: a bit,
		// watched stuff, no course" (dev102, dev111, dev113): videos
		// alone, said to be no course, are no ML yet.
		c.Value = MLNone
	}
	if hit.slot == SlotGoal && turnedDownAfter(tz.toks, sp) {
		// "maybe later data science but nah, understanding is the main
		// thing" (dev110): weighed and turned down.
		c.other = true
	}
	if hit.slot == SlotML && hit.value == MLCoursework && sp.from > 0 && (tz.toks[sp.from-1].text == "so" || tz.toks[sp.from-1].text == "to") &&
		(tz.toks[sp.from].text == "understand" || tz.toks[sp.from].text == "know") {
		// "I'd like to help my grandson with his AI project, so
		// understand the basics" (dev112): understanding as a purpose is
		// the goal, not what they know now.
		c.other = true
	}
	if (hit.slot == SlotML && hit.value != MLNone || hit.slot == SlotProgramming && hit.value != ProgrammingNone) && !c.negated && wishBefore(tz, sp) {
		// "I want to do research on ML emulators", "I hope to build
		// models": what they want to do is not what they have done.
		c.other = true
	}
	return c
}

// aboutTheOtherSlot reports whether words that read as programming are
// about ML, or the other way round: "never coded a model", "no coding of
// models yet" are about ML; "I did python course from freeCodeCamp" is a
// course about a language, programming.
func (n *nlu) aboutTheOtherSlot(tz *tokenized, hit slotHit, sp span) bool {
	return hit.slot == SlotProgramming && n.modelAfter(tz, sp) ||
		hit.slot == SlotML && hit.value == MLCoursework && n.aboutCodeNotML(tz, sp)
}

// madeACourse reports whether a "made ... AI" reading of building models
// is doing a course: Polish "zrobiłam kurs Elements of AI" (I did the
// Elements of AI course; "zrobić" is both make and do; dev43).
func madeACourse(tz *tokenized, sp span) bool {
	for _, t := range tz.toks[sp.from:sp.to] {
		switch t.text {
		case "course", "courses", "class", "classes", "tutorial", "tutorials", "mooc", "specialization", "certificate":
			return true
		}
	}
	return false
}

// aboutCodeNotML reports whether a span names a programming language or
// coding and nothing about ML: "did python course".
func (n *nlu) aboutCodeNotML(tz *tokenized, sp span) bool {
	code := false
	for _, t := range tz.toks[sp.from:sp.to] {
		if n.mlWords[t.text] || t.text == "kaggle" || t.text == "datascience" || t.text == "statistics" || t.text == "stats" {
			return false
		}
		if n.codeWords[t.text] {
			code = true
		}
	}
	// "hice un curso de Python" (did a course of Python; dev42), "fiz um
	// curso de lógica de programação" (dev43): the subject said right
	// after the course.
	if to := sp.to; !code && to+1 < len(tz.toks) && tz.toks[to].clause == tz.toks[sp.from].clause {
		switch tz.toks[to].text {
		case "of", "in", "on", "de", "en", "di", "em", "about":
			for k := to + 1; k < len(tz.toks) && k <= to+3 && tz.toks[k].clause == tz.toks[sp.from].clause; k++ {
				if n.mlWords[tz.toks[k].text] {
					break
				}
				if n.codeWords[tz.toks[k].text] {
					code = true
					break
				}
			}
		}
	}
	// "un peu de Python, j'ai suivi un cours au cégep" (dev43): a
	// course in a sentence that speaks of code and not of ML.
	if !code {
		mentionsML, mentionsCode := false, false
		for _, t := range tz.toks {
			if t.sent != tz.toks[sp.from].sent {
				continue
			}
			mentionsML = mentionsML || n.mlWords[t.text] || t.text == "kaggle" || t.text == "datascience"
			mentionsCode = mentionsCode || n.codeWords[t.text]
		}
		code = mentionsCode && !mentionsML
	}
	progress := false
	for _, t := range tz.toks[sp.from:sp.to] {
		switch t.text {
		case "week", "module", "lesson", "chapter", "unit", "part":
			progress = true
		}
	}
	if !code && progress {
		// "did cs50p (harvard's python one) up to week 6": how far
		// along, with no subject, takes it from the sentence.
		for i := sp.from - 1; i >= 0 && tz.toks[i].sent == tz.toks[sp.from].sent; i-- {
			w := tz.toks[i].text
			if n.mlWords[w] || w == "kaggle" || w == "datascience" {
				return false
			}
			if n.codeWords[w] || w == "cs50" || w == "cs50p" || w == "cs50x" {
				code = true
			}
		}
	}
	return code
}

// statesBudget reports whether a budget value is stated, not asked about.
func statesBudget(cands []candidate, value string) bool {
	for _, c := range cands {
		if c.Slot == SlotBudget && c.Value == value && !c.inQuestion && !c.negated && !c.other {
			return true
		}
	}
	return false
}

// hedgedWish reports a clause that says what they want or guess, with
// the subject left out: "want to get into AI research someday??".
func hedgedWish(tz *tokenized, clause int) bool {
	for _, t := range tz.toks {
		if t.clause != clause {
			continue
		}
		switch t.text {
		case "want", "wanna", "hope", "hoping", "planning", "thinking", "guess", "maybe", "probably", "prob", "think", "like", "would", "prefer":
			return true
		}
	}
	return false
}

// statesNoMoney reports a budget stated as want of money ("broke college
// student", "can't pay"), not the choice "free" or "audit".
func statesNoMoney(cands []candidate) bool {
	for _, c := range cands {
		if c.Slot != SlotBudget || c.Value != BudgetFree || c.inQuestion || c.negated || c.other {
			continue
		}
		w := " " + strings.ToLower(c.Words) + " "
		if !strings.Contains(w, " free ") && !strings.Contains(w, " audit") {
			return true
		}
	}
	return false
}

// usesOthersModels reports whether the span speaks of models others made
// or of never training one: "use huggingface pretrained models", "never
// trained one myself".
func usesOthersModels(tz *tokenized, sp span) bool {
	for _, t := range tz.toks[sp.from:sp.to] {
		switch t.text {
		case "pretrained", "prebuilt", "api", "apis", "never", "trained", "readymade":
			return true
		}
	}
	return false
}

// weInSentence reports whether "we" or "our" speaks in the sentence of
// token i, before it.
func weInSentence(tz *tokenized, i int) bool {
	for j := i; j >= 0 && tz.toks[j].sent == tz.toks[i].sent; j-- {
		switch tz.toks[j].text {
		case "we", "weve", "were", "our", "us":
			return true
		}
	}
	return false
}

// comesLater reports whether the words after a span put it in the future:
// "(is) next semester", "starts in january".
func comesLater(tz *tokenized, sp span) bool {
	toks := tz.toks
	for i := sp.to; i < len(toks) && i < sp.to+3 && toks[i].clause == toks[sp.from].clause; i++ {
		switch toks[i].text {
		case "next", "upcoming", "starts", "starting", "begins":
			return true
		}
	}
	return false
}

// writerSpeaks reports whether the clause of token i has the writer as
// its subject ("I'm a software architect", "I am systems engineer").
func writerSpeaks(tz *tokenized, i int) bool {
	toks := tz.toks
	for j := i; j >= 0 && toks[j].clause == toks[i].clause; j-- {
		switch toks[j].text {
		case "i", "im", "ive", "id", "ill", "me", "myself":
			return true
		case "he", "she", "hes", "shes", "they", "theyre", "him", "her", "his", "them", "their":
			return false
		}
	}
	return false
}

// modelAfter reports whether a model is what the span's words act on:
// "never coded a model", "built any models".
// After "of", "for" or "on" ("no coding of models yet", "for the
// neural net") any ML word counts.
func (n *nlu) modelAfter(tz *tokenized, sp span) bool {
	toks := tz.toks
	i := sp.to
	prep := i < len(toks) && toks[i].clause == toks[sp.from].clause && (toks[i].text == "of" || toks[i].text == "for" || toks[i].text == "on")
	if prep {
		i++
	}
	for start := i; i < len(toks) && i < start+2 && toks[i].clause == toks[sp.from].clause; i++ {
		switch toks[i].text {
		case "a", "an", "any", "my", "ml", "the", "own", "real", "actual":
			continue
		}
		break
	}
	if i >= len(toks) || toks[i].clause != toks[sp.from].clause {
		return false
	}
	switch w := toks[i].text; {
	case prep:
		return n.mlWords[w]
	default:
		return w == "model" || w == "models" || w == "classifier" || w == "network"
	}
}

// aboutTheirWork reports whether the span's sentence speaks of the
// learner's workplace rather than the learner: "at work we...", "our
// team...", with no "I" before the span.
func aboutTheirWork(tz *tokenized, sp span) bool {
	toks := tz.toks
	work := false
	for i := 0; i < sp.from; i++ {
		if toks[i].sent != toks[sp.from].sent {
			continue
		}
		switch toks[i].text {
		case "i", "im", "ive", "me", "my":
			return false
		case "we", "our", "company", "team":
			work = true
		case "work":
			// "at work, no ML" (their workplace), but not "python at
			// work, no ml yet" (what the learner uses at work).
			if i > 0 && toks[i-1].text == "at" && !(i > 1 && toks[i-2].clause == toks[i].clause && (toks[i-2].text == "python" || toks[i-2].text == "sql" || toks[i-2].text == "java" || toks[i-2].text == "code" || toks[i-2].text == "coding" || toks[i-2].text == "r")) {
				work = true
			}
		}
	}
	return work
}

// pastActionBefore reports whether the span's clause tells of something
// done ("did", "took", "watched") before it.
func pastActionBefore(tz *tokenized, sp span) bool {
	for i := sp.from - 1; i >= 0 && tz.toks[i].clause == tz.toks[sp.from].clause; i-- {
		switch tz.toks[i].text {
		case "did", "took", "watched", "tried", "started", "read", "finished", "completed", "enrolled", "joined", "attended":
			return true
		}
	}
	return false
}

// paysForOther reports whether what is paid, right after the span, is
// something else than certificates: "pay my college fees", "pays the
// rent".
func paysForOther(tz *tokenized, sp span) bool {
	return saysAfter(tz, sp, 3, "college", "rent", "bills", "mortgage", "semester", "loan", "loans", "hostel", "groceries")
}

// coversCount reports whether "covers" ends the span and a count follows:
// "covers about 150 herds", "covering 3 counties".
func coversCount(tz *tokenized, sp span) bool {
	toks := tz.toks
	switch toks[sp.to-1].text {
	case "covers", "cover", "covering", "covered":
	default:
		return false
	}
	i := sp.to
	if i < len(toks) && (toks[i].text == "about" || toks[i].text == "around" || toks[i].text == "over" || toks[i].text == "roughly" || toks[i].text == "some" || toks[i].text == "nearly" || toks[i].text == "almost") {
		i++
	}
	return i < len(toks) && toks[i].isNum && toks[i].clause == toks[sp.to-1].clause
}

// saysAfter reports whether one of words stands within n words after the
// span, in its clause.
func saysAfter(tz *tokenized, sp span, n int, words ...string) bool {
	toks := tz.toks
	for i := sp.to; i < len(toks) && i <= sp.to+n && toks[i].clause == toks[sp.to-1].clause; i++ {
		if slices.Contains(words, toks[i].text) {
			return true
		}
	}
	return false
}

// predictVerbs name a prediction task: "predict the barge delays",
// "forecast demand", "price my apartments".
var predictVerbs = map[string]bool{"predict": true, "forecast": true, "estimate": true, "classify": true, "detect": true,
	"spot": true, "flag": true, "optimize": true, "optimise": true, "predicting": true, "forecasting": true}

// ownPrediction reads a goal said as a prediction task for the learner's
// own place, in answer to the goal question or after a wish: "predict
// which heifers will breed back, for our own place", "I want to predict
// the barge delays on the river, for my company". That is filling a gap
// where they are, not a new career.
// In a post for someone else their place counts: "she wants to be able
// to predict staff overtime at her company" (a stranger, twenty-fourth
// session, was asked to confirm).
func ownPrediction(tz *tokenized, asking Slot, forOther bool) (candidate, bool) {
	toks := tz.toks
	for i, t := range toks {
		if !predictVerbs[t.text] {
			continue
		}
		wish := asking == SlotGoal
		for j := i - 1; j >= 0 && j >= i-4 && toks[j].sent == t.sent; j-- {
			switch toks[j].text {
			case "want", "wanna", "like", "hope", "plan", "need", "goal", "aim", "would", "wants", "hopes", "plans", "needs", "aims":
				wish = true
			}
		}
		if !wish {
			continue
		}
		for j := i + 1; j+1 < len(toks) && j <= i+14 && toks[j].sent == t.sent; j++ {
			switch toks[j].text {
			case "for", "on", "in", "at", "of":
			default:
				continue
			}
			if toks[j+1].text == "my" || toks[j+1].text == "our" || forOther && (toks[j+1].text == "her" || toks[j+1].text == "his" || toks[j+1].text == "their") {
				end := j + 2
				if end < len(toks) && toks[end].sent == t.sent && !toks[end].punct {
					end++ // the place itself: "for my company"
				}
				return candidate{Fact: Fact{Slot: SlotGoal, Value: GoalFillGap, Conf: 0.75, Words: tz.quote(i, end), from: i, to: end}}, true
			}
		}
	}
	return candidate{}, false
}

// wishSaid reports whether the message says a wish anywhere: "ML
// engineer, i want to build AI products" answering the ML question is
// still the goal.
func wishSaid(tz *tokenized) bool {
	for i, t := range tz.toks {
		switch t.text {
		case "want", "wanna", "become", "becoming", "goal", "aim", "hope", "dream", "aspire", "move", "switch", "transition", "pivot", "switching", "transitioning", "pivoting":
			return true
		case "career", "careers":
			// "data science, change career, probably" (dev110, asked
			// the ML question): a career change is where they go.
			if i > 0 && careerChange[tz.toks[i-1].text] || i+1 < len(tz.toks) && careerChange[tz.toks[i+1].text] {
				return true
			}
		}
	}
	return false
}

// careerChange beside "career" says the career is changing.
var careerChange = map[string]bool{"change": true, "changing": true, "changer": true, "new": true, "switch": true, "shift": true}

// appealsAfter reports whether the span's clause goes on to say it
// appeals: "building AI stuff sounds cool", "training models seems fun".
func appealsAfter(tz *tokenized, sp span) bool {
	return saysAfter(tz, sp, 2, "sounds", "sound", "seems", "seem", "looks")
}

// ownSubject reports whether the clause of token at goes on from a
// subject of its own before it ("..., I deployed ...").
func ownSubject(toks []token, at int) bool {
	for i := at - 1; i >= 0 && toks[i].clause == toks[at].clause; i-- {
		switch toks[i].text {
		case "i", "im", "ive", "we", "weve", "my", "our", "he", "she", "they":
			return true
		}
	}
	return false
}

// pastClause reports whether the clause of token at says what was done
// ("..., built a few models last year").
func pastClause(toks []token, at int) bool {
	for i := range toks {
		if toks[i].clause != toks[at].clause {
			continue
		}
		w := toks[i].text
		switch w {
		case "built", "did", "took", "made", "wrote", "ran", "shipped", "deployed", "trained", "finished", "completed", "done", "ago", "last", "already", "used":
			return true
		}
	}
	return false
}

// wishBefore reports whether a wish ("want to", "hope to", "plan to",
// "would like to") stands before the span in its clause.
func wishBefore(tz *tokenized, sp span) bool {
	toks := tz.toks
	// "want to get into an AI startup, building the models side": a
	// bare -ing after a wish is what they want to do, across a comma.
	bareIng := strings.HasSuffix(toks[sp.from].text, "ing") && (sp.from == 0 || !progressiveAux[toks[sp.from-1].text])
	// "want to do a part-time PhD eventually, research on model
	// fairness": a topic named after a wish is the wish's, across a comma.
	switch toks[sp.from].text {
	case "research", "thesis", "dissertation", "project", "phd":
		bareIng = true
	}
	// "My objective is to go in MLOps, deploy the models in production":
	// what the goal sentence goes on to say is the goal.
	for i := sp.from - 1; i > 0 && i >= sp.from-12 && toks[i].sent == toks[sp.from].sent; i-- {
		switch toks[i].text {
		case "objective", "goal", "dream", "ambition", "aim", "target", "plan", "idea":
			if i+1 < sp.from && toks[i+1].text == "is" {
				return true
			}
		case "want", "wanna":
			// "I want to do MLOps, deploy and keep model running"
			// (dev48): the clause after a wished role goes on with it,
			// unless it opens with a subject of its own.
			if toks[i].clause != toks[sp.from].clause && !ownSubject(toks, sp.from) && !pastClause(toks, sp.from) {
				return true
			}
		}
	}
	for i := sp.from - 1; i >= 0 && i >= sp.from-12 && (toks[i].clause == toks[sp.from].clause || bareIng && toks[i].sent == toks[sp.from].sent); i-- {
		if i < sp.from-8 && toks[i].clause == toks[sp.from].clause {
			break
		}
		switch w := toks[i].text; w {
		case "wanted", "trying", "tried", "used":
			// "I always wanted to build...", "tried to": may be done.
			return false
		case "want", "wants", "wanna", "need", "needs", "hope", "hoping", "plan", "planning", "aim", "aiming", "gonna", "keen", "eager":
			// ("keen to get into ML engineering, like building actual
			// models that run in apps": what they want to do; dev47)
			return true
		case "teach", "teaching":
			// "teach a short ML unit": what they will teach, not what
			// they took ("I teach python" is theirs).
			return tz.toks[sp.from].text != "python" && slices.ContainsFunc(toks[sp.from:sp.to], func(t token) bool { return t.text == "ml" || t.text == "ai" })
		case "about":
			// "about to start a python course"
			if i+1 < len(toks) && toks[i+1].text == "to" {
				return true
			}
		case "like", "love":
			if i > 0 && (toks[i-1].text == "id" || toks[i-1].text == "would" || toks[i-1].text == "wd") {
				return true
			}
		case "id", "would", "wd", "ill", "will":
			// "i'd watch the lectures then" (dev91: ML coursework, of
			// someone with none): what they would do.
			if i == sp.from-1 {
				return true
			}
		case "rather", "prefer":
			// "i'd rather stay in actuarial and use ML on our own claims
			// data"
			if i > 0 && (toks[i-1].text == "id" || toks[i-1].text == "would" || toks[i-1].text == "i") {
				return true
			}
		case "going":
			if i+1 < len(toks) && toks[i+1].text == "to" {
				return true
			}
		}
	}
	return false
}

// itIsCode reports whether the "it" right after the span's first word
// stands for a language named earlier in the sentence: "a bit of python
// with my year 12s, we use it in class".
func (n *nlu) itIsCode(tz *tokenized, sp span) bool {
	toks := tz.toks
	if sp.from+1 >= sp.to || toks[sp.from+1].text != "it" {
		return false
	}
	for i := sp.from - 1; i >= 0 && i >= sp.from-10 && toks[i].sent == toks[sp.from].sent; i-- {
		switch {
		case toks[i].text == "ml" || toks[i].text == "ai":
			return false
		case n.codeWords[toks[i].text]:
			return true
		}
	}
	return false
}

// whenWords open a clause about a time to come: "when i finish ...".
var whenWords = map[string]bool{"when": true, "once": true, "after": true, "if": true, "until": true, "till": true, "before": true}

// partlyWords before "understand" say how much is understood now.
var partlyWords = map[string]bool{"half": true, "barely": true, "partly": true, "partially": true, "mostly": true, "vaguely": true}

// progressiveAux before an -ing word make it something done now or
// before ("I'm building", "been training"), not a wish's object.
var progressiveAux = map[string]bool{"im": true, "am": true, "was": true, "were": true, "been": true, "is": true, "are": true, "currently": true, "now": true, "already": true, "ive": true}

// aboutSomeoneElse reports whether a fact is stated about another person:
// the clause's subject before it is someone else ("my friend is a data
// scientist"), it reports what was read or said ("I read that ML
// engineers..."), or it is the object of managing or hiring ("I manage a
// team of data scientists"). A payer ("my company pays") states the
// learner's budget and is not someone else's fact.
func (n *nlu) aboutSomeoneElse(tz *tokenized, sp span, hit slotHit) bool {
	if hit.slot == SlotBudget && hit.value == BudgetPaid {
		return false
	}
	toks := tz.toks
	clause := toks[sp.from].clause
	start := sp.from
	for start > 0 && toks[start-1].clause == clause {
		start--
		// "my team is inheriting the serving stack so mlops i guess":
		// "so" starts what the learner says of themself.
		switch toks[start].text {
		case "so", "because", "then", "which", "thats", "therefore":
			if start < sp.from-0 {
				start++
				goto scan
			}
		}
	}
scan:
	// "hello everyone I just want to understand ..." (voice-typed, no
	// comma; dev68): the greeted are not the subject.
	if start < sp.from && greetWords[toks[start].text] {
		start++
		if start < sp.from && addressees[toks[start].text] {
			start++
		}
	}
	// "they're trialling AI triage in the control room and i'd like to
	// understand how it works": the learner takes over after "and".
	for k := sp.from - 2; k >= start; k-- {
		if (toks[k].text == "and" || toks[k].text == "but") && slices.Contains([]string{"i", "id", "im", "ive", "ill"}, toks[k+1].text) {
			start = k + 1
			break
		}
	}
	if other, decided := n.subjectOf(tz, start, sp.from, hit, false); decided {
		return other
	}
	// A clause with no subject of its own continues the one before it
	// in the sentence: "she's a nurse, never coded, 2 hours a week".
	for c := clause - 1; c >= 0 && start > 0; c-- {
		end := start
		for start > 0 && toks[start-1].clause == c {
			start--
		}
		if toks[start].sent != toks[sp.from].sent || end == start {
			break
		}
		if toks[start].text == "but" || toks[start].text == "and" && start+1 < len(toks) && toks[start+1].text == "i" {
			break
		}
		if other, decided := n.subjectOf(tz, start, end, hit, true); decided {
			if other && n.describesPerson(tz, start, end) {
				return true
			}
			break
		}
	}
	// "a team of data scientists" with no subject at all (but "a couple
	// of fast.ai lessons" are lessons, and "a couple of ml projects at
	// work" the learner's own).
	if sp.from > 1 && toks[sp.from-1].clause == clause && toks[sp.from-1].text == "of" && !(hit.slot == SlotML && hit.value == MLCoursework) {
		switch toks[sp.from-2].text {
		case "team", "group", "department", "crew":
			return true
		case "bunch", "lot", "couple", "few":
			return hit.slot != SlotML
		}
	}
	return false
}

// describesPerson reports whether toks[from:to] opens by describing
// someone else ("she's a nurse", "my sister is a teacher"), so that the
// clauses after it may go on about them.
func (n *nlu) describesPerson(tz *tokenized, from, to int) bool {
	toks := tz.toks
	i := from
	for i < to && (toks[i].punct || toks[i].text == "and" || toks[i].text == "oh" || toks[i].text == "actually" || toks[i].text == "also") {
		i++
	}
	switch {
	case i < to && (toks[i].text == "shes" || toks[i].text == "hes" || toks[i].text == "theyre"):
		return true
	case i+1 < to && n.pronounWords[toks[i].text]:
		i++
	case i+2 < to && n.ownerWords[toks[i].text] && n.peopleWords[toks[i+1].text]:
		i += 2
	case i+3 < to && n.ownerWords[toks[i].text] && n.peopleWords[toks[i+2].text]:
		i += 3
	default:
		return false
	}
	switch toks[i].text {
	case "is", "was", "s", "has", "works", "studies", "does", "knows", "wants", "never", "codes", "can",
		// "she's a nurse" reads "she a nurse": the 's is dropped.
		"a", "an", "the", "not", "also", "still", "really":
		return true
	}
	return false
}

// subjectOf reads the subject of toks[from:to]: the learner (decided,
// not other), someone else (decided, other), or none (not decided).
// whoOnly reads only who speaks, not what the learner reports ("I think")
// or manages: for a clause whose subject a later one continues.
func (n *nlu) subjectOf(tz *tokenized, from, to int, hit slotHit, whoOnly bool) (other, decided bool) {
	toks := tz.toks
	sp := span{from: from, to: to}
	for i := sp.from; i < sp.to; i++ {
		w := toks[i].text
		switch w {
		case "i", "im", "ive", "id", "ill", "me", "myself":
			// The learner speaks of themself, unless reporting
			// ("I read that...").
			if whoOnly {
				return false, true
			}
			if i+1 < sp.to && n.reportedWords[toks[i+1].text] && reporting(toks, i+1, sp.to) {
				return true, true
			}
			if i+2 < sp.to && n.reportedWords[toks[i+2].text] && reporting(toks, i+2, sp.to) {
				return true, true
			}
			// "I manage a team of data scientists".
			for j := i + 1; j < sp.to; j++ {
				if n.objectOfWords[toks[j].text] && hit.slot != SlotBudget && hit.slot != SlotHours {
					return true, true
				}
			}
			return false, true
		}
		if n.pronounWords[w] {
			return true, true
		}
		if i > 0 && toks[i-1].text == "as" {
			// "did scratch as a kid": themself, younger.
			continue
		}
		if n.ownerWords[w] && i > sp.from && placeBefore(toks[i-1].text) {
			// "going to my sister's in cardiff for christmas" (dev79):
			// where they go, not who speaks.
			continue
		}
		if n.ownerWords[w] && i+1 < sp.to && n.peopleWords[toks[i+1].text] {
			return true, true
		}
		if n.ownerWords[w] && i+2 < sp.to && n.peopleWords[toks[i+2].text] && !n.peopleWords[toks[i+1].text] {
			// "my older sister", "our data team"
			return true, true
		}
	}
	return false, false
}

// placeBefore reports a word before "my sister" that makes her a place or
// a companion: "to my sister's", "at my mum's", "with my parents".
func placeBefore(w string) bool {
	switch w {
	case "to", "at", "with", "visiting", "visit", "see", "seeing", "from", "near":
		return true
	}
	return false
}

// reporting reports whether the word at i ("read", "heard") introduces
// what someone else says ("I read that...", "I heard on reddit...")
// rather than what the learner did ("I read half of the book").
func reporting(toks []token, i, end int) bool {
	if i+1 >= end {
		return true
	}
	switch toks[i+1].text {
	case "that", "somewhere", "online", "on", "in", "from", "people", "everyone", "someone", "its", "it", "you", "they":
		return true
	}
	return false
}

// negationSkip are words that may stand between a negator and what it
// negates: "not really a developer", "don't have any ML".
var negationSkip = map[string]bool{
	"really": true, "a": true, "an": true, "the": true, "any": true, "much": true, "been": true, "be": true,
	"even": true, "that": true, "so": true, "very": true, "i": true, "im": true, "am": true, "is": true,
	"are": true, "do": true, "at": true, "all": true, "into": true, "in": true, "to": true, "actually": true,
	"have": true, "had": true, "going": true, "want": true, "gonna": true, "doing": true, "sure": true,
	"about": true, "like": true, "more": true, "thinking": true, "of": true, "for": true, "my": true,
	"anything": true, "interested": true, "planning": true, "plan": true, "desire": true, "intention": true,
	"wish": true, "ambition": true, "need": true,
	"become": true, "becoming": true, "being": true, "as": true, "looking": true, "trying": true, "aiming": true, "hoping": true, "wanting": true,
}

// dataNoun are nouns a role word can describe instead of naming a job:
// "sales forecasts", "nurse staffing numbers".
var dataNoun = map[string]bool{
	"forecast": true, "forecasts": true, "forecasting": true, "figures": true, "numbers": true, "data": true,
	"reports": true, "volume": true, "volumes": true, "targets": true, "predictions": true, "trends": true,
	"pipeline": true, "records": true, "staffing": true,
}

// negatedAt reports whether a negator stands just before the span, in its
// clause, or "anymore" just after it. A span that starts with a negator
// carries its own negation ("never coded") and is not negated again.
func (n *nlu) negatedAt(tz *tokenized, sp span) bool {
	toks := tz.toks
	switch first := toks[sp.from].text; {
	case first == "nobody" || first == "noone" || first == "no" && sp.from+1 < sp.to && toks[sp.from+1].text == "one":
		// "nobody pays", "no one covers it": a subject that negates.
		return true
	case n.negators[first]:
		return false
	}
	clause := toks[sp.from].clause
	if ratherThan(toks, sp.from) {
		// "i'd rather go data scientist than ML engineer", "data
		// scientist instead of ML engineer" (dev50): the one turned down.
		return true
	}
	for i, skipped := sp.from-1, 0; i >= 0 && toks[i].clause == clause && skipped <= 4; i-- {
		w := toks[i].text
		if negationEnds[w] {
			// "the paper won't pay so i'll pay myself"
			break
		}
		if w == "i" && i >= 2 && toks[i-2].clause == clause && n.negators[toks[i-2].text] && opinionVerb[toks[i-1].text] {
			// "I don't think I need to be a data scientist" (dev97 read
			// the data scientist as the goal): the doubt is the
			// negation.
			return true
		}
		if (w == "i" || w == "im") && i+1 < sp.from && !n.negators[toks[i+1].text] {
			// "...never done any programming and no machine learning I
			// just want to understand what this AI is" (voice-typed, no
			// commas; dev68): a new subject starts what it says; the
			// "no" before it was about machine learning.
			break
		}
		if n.negators[w] && w != "anymore" && w != "longer" {
			if i+1 < len(toks) && toks[i+1].text == "mind" {
				// "i don't mind paying for the cert": minding is what
				// is negated.
				break
			}
			if i+1 <= sp.from && (toks[i+1].text == "i" || toks[i+1].text == "we") && (w == "cannot" || w == "cant" || w == "no" || w == "nope" || w == "nah") {
				// "if cannot I pay myself lor" (Singlish; dev46): a new
				// subject after the negation starts what it says.
				break
			}
			if (w == "no" || w == "nah" || w == "nope") && i+1 < sp.from && correctionCue[toks[i+1].text] && toks[i+1].text != "no" {
				// "ML engineer... no actually MLOps" (dev44): a
				// correction toward the span, not its negation.
				break
			}
			return true
		}
		if !negationSkip[w] {
			skipped += 2
		}
		skipped++
	}
	if sp.to < len(toks) && toks[sp.to].clause == clause {
		if w := toks[sp.to].text; w == "anymore" {
			return true
		}
	}
	return false
}

// opinionVerb are the verbs of "I don't think I ...": the doubt negates
// what follows.
var opinionVerb = map[string]bool{"think": true, "reckon": true, "believe": true, "suppose": true, "feel": true}

// ratherThan reports whether the span at from is what "rather ... than"
// or "instead of" turns down.
func ratherThan(toks []token, from int) bool {
	j := from - 1
	if j >= 0 && (toks[j].text == "a" || toks[j].text == "an") {
		j--
	}
	switch {
	case j >= 1 && toks[j].text == "of" && toks[j-1].text == "instead":
		return true
	case j >= 0 && toks[j].text == "than":
		for i := j - 1; i >= 0 && toks[i].sent == toks[j].sent; i-- {
			if toks[i].text == "rather" || toks[i].text == "prefer" || toks[i].text == "sooner" {
				return true
			}
		}
		// "i like keeping systems running more than building models"
		// (dev69): liked less, not done.
		if j >= 1 && toks[j-1].text == "more" {
			for i := j - 2; i >= 0 && toks[i].sent == toks[j].sent; i-- {
				if toks[i].text == "like" || toks[i].text == "enjoy" || toks[i].text == "love" || toks[i].text == "prefer" {
					return true
				}
			}
		}
	}
	return false
}

// soBetween reports whether "so" (or "hence", "therefore") joins the
// stretch [from, to) in one sentence: what follows is the conclusion.
func soBetween(tz *tokenized, from, to int) bool {
	if from <= 0 || from > to || to > len(tz.toks) {
		return false
	}
	for i := from; i < to; i++ {
		if tz.toks[i].sent != tz.toks[from-1].sent {
			return false
		}
		switch tz.toks[i].text {
		case "so", "hence", "therefore", "thus":
			return true
		}
	}
	return false
}

// negationEnds are conjunctions a negation does not reach across.
var negationEnds = map[string]bool{"so": true, "but": true, "because": true, "since": true, "although": true, "though": true, "then": true, "therefore": true}

// roleFacts reads roles and activities: as a goal where the learner wants
// to go, as background (what it implies) where they are.
//
// A role inside a goal statement is its object, neither the goal nor the
// learner's job ("understand how these AI systems learn").
func (n *nlu) roleFacts(tz *tokenized, asking Slot, askedStated bool, goalSpans, courses []span) []candidate {
	var spans [32]span
	found := keepLongest(n.rolePats.find(tz.toks, spans[:0]))
	// A catalog course's title is not a role ("the Production ML Systems
	// course").
	kept := found[:0]
	for _, sp := range found {
		if tz.toks[sp.from].quoted && tz.toks[sp.to-1].quoted {
			// A title: 'Python for Data Science' on NPTEL.
			continue
		}
		if sp.to < len(tz.toks) && tz.toks[sp.to].clause == tz.toks[sp.to-1].clause && dataNoun[tz.toks[sp.to].text] {
			// "sales forecasts", "Absatzprognosen": the word describes
			// data, not the learner's job.
			continue
		}
		if schoolSubject(tz.toks, sp.from) {
			// "bit of python from year 12 software dev" (dev42): a
			// subject at school, not a job.
			continue
		}
		if !overlapsAny(sp, courses) && !insideAny(sp, goalSpans) {
			kept = append(kept, sp)
		}
	}
	found = kept
	// A role that can only be background (a backend dev) answers the
	// question asked as well as a statement does.
	for _, sp := range found {
		hit := n.roleHits[n.rolePats.pats[sp.pat].ref]
		if r := n.roles[hit.role]; r.goal == "" && impliesSlot(r, asking) {
			askedStated = true
		}
	}
	var out []candidate
	for _, sp := range found {
		hit := n.roleHits[n.rolePats.pats[sp.pat].ref]
		r := n.roles[hit.role]
		if purposeOfWish(tz, sp) {
			// "I want to move onto the ML team, so I actually ship
			// models myself": what the wish is for.
			continue
		}
		if requiredBy(tz, sp.from) {
			// "Research needs a PhD and I don't want that" (dev97 asked
			// which of data scientist and research): what something
			// requires, not what they want.
			continue
		}
		if r.goal == "" && modestBefore(tz, sp.from) {
			// "a bit of python at work, mostly scripts": a little of a
			// language at work is not a developer's job.
			continue
		}
		goal, cued := false, false
		if !hit.past {
			goal, cued = n.roleIsGoal(tz, sp, r)
		}
		if asking == SlotGoal && r.hasGoal() && !hit.past && (!cued || !goal && n.onlyPlaceAfter(tz, sp)) {
			// The answer to "what do you want ML for?" is the goal, also
			// with a place after it ("ML engineer at an AI startup")
			// when nothing says they are one now.
			goal, cued = true, true
		}
		if goal && !cued && !askedStated && asking != "" && asking != SlotGoal && impliesSlot(r, asking) && !firstPerson(tz, tz.toks[sp.from].clause) &&
			!tz.isQuestionAt(sp.from) && !hedgeBefore(tz, sp.from) && !wishSaid(tz) {
			// "ctr models in prod" answering the ML question: what they
			// do. ("data scientist, some python, ..." answers it with
			// "some python"; the role stays the goal.)
			goal = false
		}
		if hit.cueOnly && (!cued || sp.from > 0 && possessive[tz.toks[sp.from-1].text]) {
			// "for my research" is what they do, not a goal.
			continue
		}
		if pluralOthers(tz, sp) {
			// "what our trading desk's modelers and devs are talking
			// about" (dev47): people they work with, named in the plural.
			continue
		}
		if sp.from > 0 && possessive[tz.toks[sp.from-1].text] && (sp.to >= len(tz.toks) || !n.roleAfterGoal[tz.toks[sp.to].text]) {
			// "my manager would want", "our data scientist": a person
			// they know ("my data science job" is theirs).
			continue
		}
		if goal && sp.from > 0 && (tz.toks[sp.from-1].text == "than" || tz.toks[sp.from-1].text == "of" && sp.from > 1 && tz.toks[sp.from-2].text == "instead" ||
			tz.toks[sp.from-1].text == "over" && slices.ContainsFunc(found, func(o span) bool { return o.to == sp.from-1 })) {
			// "data scientist suits me more than ml engineer", "data
			// science instead of ML engineering", "mlops over ml
			// engineer" (dev73 kept the ML engineer): the one turned
			// down.
			continue
		}
		if goal {
			g := r.goal
			conf := cuedGoalConf
			if !cued {
				conf = 0.75
			}
			if g == "" && r.goalGuess != "" {
				// "data analyst banna hai", "I want to become a data
				// analyst": the nearest goal, to confirm.
				g, conf = r.goalGuess, 0.55
			}
			if g == "" {
				continue
			}
			out = append(out, n.candidate(tz, slotHit{slot: SlotGoal, value: g, conf: conf}, sp, false))
			continue
		}
		notHeld := learningBefore(tz, sp) || notHeldAfter(tz, sp)
		for _, imp := range r.implies {
			if notHeld && imp.slot == SlotProgramming {
				// "been learning python for one year", "a system
				// engineer student": a learner, not a professional.
				continue
			}
			implied := true
			if hit.past && imp.slot == SlotML {
				// "deployed it", "maintain it in prod" state the
				// experience outright.
				imp.conf, implied = 0.85, false
			}
			c := n.candidate(tz, imp, sp, implied)
			if c.negated {
				// "not a developer" says nothing about what they are.
				continue
			}
			out = append(out, c)
		}
		if r.goalWeak != "" {
			c := n.candidate(tz, slotHit{slot: SlotGoal, value: r.goalWeak, conf: 0.45}, sp, true)
			if !c.negated {
				out = append(out, c)
			}
		}
	}
	return out
}

// learningBefore reports whether the learner says they are learning what
// the span names ("I have been learning python for a year").
func learningBefore(tz *tokenized, sp span) bool {
	toks := tz.toks
	for i := sp.from - 1; i >= 0 && i >= sp.from-2 && toks[i].clause == toks[sp.from].clause; i-- {
		switch toks[i].text {
		case "learning", "studying", "learnt", "learned", "learn", "study", "practicing", "practising":
			return true
		}
	}
	return false
}

// roleNotHeld are words after a role that make it something other than
// the learner's job: what they study ("system engineer student",
// "software engineering major") or a field and its job market ("the web
// dev market is brutal rn").
var roleNotHeld = map[string]bool{
	"student": true, "students": true, "major": true, "undergrad": true, "undergraduate": true, "intern": true,
	"trainee": true, "apprentice": true, "market": true, "industry": true, "scene": true, "world": true,
	"space": true, "sector": true, "hiring": true, "layoffs": true, "bootcamp": true, "bootcamps": true,
}

// notHeldAfter reports whether a roleNotHeld word follows the role in its
// clause.
func notHeldAfter(tz *tokenized, sp span) bool {
	toks := tz.toks
	return sp.to < len(toks) && toks[sp.to].clause == toks[sp.from].clause && roleNotHeld[toks[sp.to].text]
}

// hedgeBefore reports whether "maybe", "probably" or "perhaps" stands
// just before token i: "maybe data scientist" is a guess at a goal.
func hedgeBefore(tz *tokenized, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && tz.toks[j].clause == tz.toks[i].clause; j-- {
		switch tz.toks[j].text {
		case "maybe", "probably", "perhaps", "possibly", "prob", "mayb":
			return true
		}
	}
	return false
}

// purposeOfWish reports whether the span's clause opens with "so" or "so
// that" after a wish earlier in the sentence.
func purposeOfWish(tz *tokenized, sp span) bool {
	toks := tz.toks
	first := sp.from
	for first > 0 && toks[first-1].clause == toks[sp.from].clause {
		first--
	}
	if toks[first].text != "so" || first+1 >= len(toks) || toks[first+1].text != "i" && toks[first+1].text != "that" {
		return false
	}
	for i := first - 1; i >= 0 && toks[i].sent == toks[sp.from].sent; i-- {
		switch toks[i].text {
		case "want", "wanna", "hope", "hoping", "plan", "planning", "aim", "like", "love":
			return true
		}
	}
	return false
}

// impliesSlot reports whether a role says something about slot.
func impliesSlot(r role, slot Slot) bool {
	for _, imp := range r.implies {
		if imp.slot == slot {
			return true
		}
	}
	return false
}

// possessive words before a role make it the learner's own activity.
var possessive = map[string]bool{"my": true, "our": true, "his": true, "her": true, "their": true}

// pluralOthers reports whether a role named in the plural belongs to
// someone else's group: "our devs", "the trading desk's modelers and
// devs" (a possessive up to five words before, in the clause, with no
// "we" / "i" between).
func pluralOthers(tz *tokenized, sp span) bool {
	last := tz.toks[sp.to-1].text
	switch last {
	case "devs", "developers", "engineers", "programmers", "coders", "scientists", "datascientists", "analysts":
	default:
		return false
	}
	others := false
	for i := sp.from - 1; i >= 0 && i >= sp.from-5 && tz.toks[i].clause == tz.toks[sp.from].clause; i-- {
		switch w := tz.toks[i].text; {
		case w == "we" || w == "i" || w == "im" || w == "as" || w == "are" || w == "one":
			return false
		case possessive[w] && w != "my" || w == "the" || w == "s":
			others = true
		}
	}
	return others
}

// cueStop words end the look-back for cues: they join two statements.
var cueStop = map[string]bool{"and": true, "now": true, "so": true, "then": true, "while": true, "because": true, "since": true, "but": true}

// afterGoalLabel reports whether token i follows a goal label ("goal:",
// "end goal -", "target:") earlier in its sentence.
func (n *nlu) afterGoalLabel(tz *tokenized, i int) bool {
	toks := tz.toks
	for j := i - 1; j >= 0 && toks[j].sent == toks[i].sent && j >= i-4; j-- {
		if toks[j].clause == toks[i].clause && !toks[j].punct {
			// "the goal is ML research", "my aim = MLOps"
			if s, end, ok := n.labelAt(toks, j); ok && s == SlotGoal && end < len(toks) && (toks[end].text == "is" || toks[end].text == "=" || toks[end].text == "would") {
				return true
			}
			continue
		}
		if s, _, ok := n.labelAt(toks, j); ok && s == SlotGoal {
			return true
		}
		if j > 0 {
			if s, end, ok := n.labelAt(toks, j-1); ok && s == SlotGoal && end == j+1 {
				return true
			}
		}
	}
	return false
}

// roleIsGoal decides whether a role is where the learner wants to go.
// cued reports whether words said so; without them, roles that are goals
// in the catalog's sense (data scientist, ML engineer, MLOps, research)
// are read as the goal, the others as background.
func (n *nlu) roleIsGoal(tz *tokenized, sp span, r role) (goal, cued bool) {
	toks := tz.toks
	clause := toks[sp.from].clause
	// "end goal: ML engineer at a startup": after a goal label, a role
	// is the goal.
	if n.afterGoalLabel(tz, sp.from) {
		return r.hasGoal(), true
	}
	strongGoal, bg, weakGoal := n.roleCuesBefore(tz, sp)
	if strongGoal {
		// "I wanna be an ML engineer at OpenAI": the wish decides, not
		// the "at" after the role.
		return r.hasGoal(), true
	}
	if sp.to < len(toks) && toks[sp.to].clause == clause {
		next := toks[sp.to].text
		switch {
		case n.roleAfterGoal[next]:
			return r.hasGoal(), true
		case n.roleAfterBg[next] && !((next == "since" || next == "as") && sp.to+1 < len(toks) && reasonSubject[toks[sp.to+1].text]):
			// ("maybe mlops since im already on the ops side": a reason,
			// not "since 2019".)
			return false, true
		}
	}
	// "ML engineer, ~2 yrs", "data scientist for 5 years": a role held;
	// "in 2 years" is when they want it.
	for i := sp.to; i < len(toks) && i <= sp.to+3 && toks[i].sent == toks[sp.from].sent; i++ {
		if toks[i].isNum && i+1 < len(toks) && !(i > 0 && (toks[i-1].text == "in" || toks[i-1].text == "within" || toks[i-1].text == "next")) {
			switch toks[i+1].text {
			case "years", "year", "yrs", "yr", "y", "months", "yoe":
				return false, true
			}
		}
	}
	switch {
	case bg:
		return false, true
	case weakGoal:
		return r.hasGoal(), true
	}
	return r.goal != "", false
}

// reasonSubject open a reason after "since" or "as".
var reasonSubject = map[string]bool{"i": true, "im": true, "ive": true, "id": true, "we": true, "my": true, "its": true, "it": true}

// schoolSubject reports whether the words before i say a school year or
// exam ("year 12", "grade 11", "GCSE"), so that a role
// after them is a subject taken there.
func schoolSubject(toks []token, i int) bool {
	if i >= 2 && toks[i-1].isNum && toks[i-1].clause == toks[i].clause {
		switch toks[i-2].text {
		case "year", "yr", "grade", "form", "class", "level":
			return true
		}
	}
	if i >= 1 && toks[i-1].clause == toks[i].clause {
		switch toks[i-1].text {
		case "gcse", "alevel", "highschool":
			return true
		}
	}
	return false
}

// onlyStepWords reports whether toks[from:to] holds at most three words
// that join a plan's next step to its role ("that", "a", "maybe").
func onlyStepWords(toks []token, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for i := from; i < to; i++ {
		switch toks[i].text {
		case "that", "this", "a", "an", "maybe", "hopefully", "on", "become", "be":
		default:
			return false
		}
	}
	return true
}

// modestBefore reports whether "a bit of", "a little", "some" or "basic"
// stands just before token i.
func modestBefore(tz *tokenized, i int) bool {
	toks := tz.toks
	if i == 0 || toks[i-1].clause != toks[i].clause {
		return false
	}
	switch toks[i-1].text {
	case "little", "some", "basic", "light", "occasional", "simple":
		return true
	case "of":
		return i >= 2 && (toks[i-2].text == "bit" || toks[i-2].text == "little")
	}
	return false
}

// onlyPlaceAfter reports whether the only cue of a role is the place
// after it ("data scientist at a bank"): no "I'm" or "work as" before it
// and no first person in its clause.
func (n *nlu) onlyPlaceAfter(tz *tokenized, sp span) bool {
	if sp.to >= len(tz.toks) || tz.toks[sp.to].text != "at" || firstPerson(tz, tz.toks[sp.from].clause) {
		return false
	}
	_, bg, _ := n.roleCuesBefore(tz, sp)
	return !bg
}

// roleCuesBefore looks back from a role, within its clause, for words
// saying it is a goal (strong: "want to become"; weak: "learn") or
// background ("I'm", "work as").
func (n *nlu) roleCuesBefore(tz *tokenized, sp span) (strongGoal, bg, weakGoal bool) {
	toks := tz.toks
	clause := toks[sp.from].clause
	for i := sp.from - 1; i >= 0 && i >= sp.from-10 && toks[i].clause == clause; i-- {
		w := toks[i].text
		if w == "to" && i > 0 && toks[i-1].text == "used" {
			// "I used to be a data scientist"
			return false, true, false
		}
		if (w == "after" || w == "then" || w == "later" || w == "eventually") && onlyStepWords(toks, i+1, sp.from) {
			// "first data analyst, after that data scientist", "and
			// after data scientist", "and after that a data scientist"
			// (dev39), "data analyst first then data scientist" (dev41):
			// the next step of a plan.
			weakGoal = true
			if cueStop[w] {
				break
			}
			continue
		}
		if cueStop[w] {
			// "...for years and now I must learn to X": what was before
			// "and now" is about the past.
			break
		}
		if w == "from" && i >= sp.from-2 && !strongGoal && !weakGoal {
			// "switch from data analyst to data scientist"
			return false, true, false
		}
		switch {
		case n.goalCues[w] && !n.weakGoalCues[w]:
			strongGoal = true
		case n.bgCues[w]:
			bg = true
		case n.weakGoalCues[w]:
			weakGoal = true
		}
	}
	// "I want to go back to engineering, as an ML engineer": a clause that
	// is only "as a <role>" takes its sense from the clause before.
	first := sp.from
	for first > 0 && toks[first-1].clause == clause {
		first--
	}
	if toks[first].text == "as" && first > 0 && toks[first-1].sent == toks[sp.from].sent {
		for i := first - 1; i >= 0 && i >= first-10 && toks[i].sent == toks[sp.from].sent; i-- {
			w := toks[i].text
			if n.goalCues[w] && !n.weakGoalCues[w] {
				return true, false, false
			}
			if n.bgCues[w] {
				break
			}
		}
	}
	return strongGoal, bg, weakGoal
}

// programFacts reads programs and catalog courses: finished ones go to
// Completed, programs outside the catalog to Programs, and what a program
// implies about experience ("finished Andrew Ng's course": coursework)
// becomes a fact when the learner did or is doing it.
func (n *nlu) programFacts(tz *tokenized, f *Frame, courses, progs []span) []candidate {
	var out []candidate
	for _, sp := range progs {
		pi := n.progPats.pats[sp.pat].ref
		if !containsInt(f.Programs, pi) {
			f.Programs = append(f.Programs, pi)
		}
		done, doing := n.completion(tz, sp)
		if n.aboutSomeoneElse(tz, sp, slotHit{slot: SlotML}) {
			// "my coworker finished the DLS"
			done, doing = false, false
		}
		if done {
			for _, c := range n.programs[pi].contains {
				f.Completed = appendUnique(f.Completed, c)
			}
		}
		if done || doing {
			for _, imp := range n.programs[pi].implies {
				out = append(out, n.candidate(tz, imp, sp, true))
			}
		}
	}
	for _, sp := range keepLongest(append([]span(nil), courses...)) {
		if insideAny(sp, progs) {
			// "Supervised Machine Learning: Regression and
			// Classification" is Andrew Ng's course, not the UW pair.
			continue
		}
		done, doing := n.completion(tz, sp)
		if n.aboutSomeoneElse(tz, sp, slotHit{slot: SlotML}) {
			done, doing = false, false
		}
		if done {
			for _, id := range n.coursesAt(sp) {
				f.Completed = appendUnique(f.Completed, id)
			}
		}
		if doing {
			f.ongoing = append(f.ongoing, n.coursesAt(sp)...)
		}
		if done || doing {
			// Doing or having done one of the six is ML coursework.
			out = append(out, n.candidate(tz, slotHit{slot: SlotML, value: MLCoursework, conf: 0.8}, sp, true))
		}
	}
	return out
}

// completion reads whether a named program is finished or under way from
// the words before it in its clause ("finished", "halfway through") or
// just after it ("... done").
func (n *nlu) completion(tz *tokenized, sp span) (done, doing bool) {
	toks := tz.toks
	clause := toks[sp.from].clause
	for i := sp.from - 1; i >= 0 && i >= sp.from-14 && toks[i].clause == clause; i-- {
		w := toks[i].text
		switch {
		case w == "halfway" || w == "half" || w == "started" || w == "doing" || w == "taking" || w == "enrolled" || w == "currently" || w == "through" && i > 0 && toks[i-1].text == "halfway":
			return false, true
		case n.ongoing[w]:
			return false, false
		case partWords[w] && partOfSpan(toks, i, sp.from) && !(i > 0 && wholeWord(toks[i-1].text)) && !(i > 1 && wholeWord(toks[i-2].text)):
			// "only got through week 1 of ML for all" (dev79 had the
			// course finished): a part of the course, under way. ("all 4
			// weeks of it" is the whole.)
			return false, true
		case n.completed[w]:
			if n.negatedAt(tz, span{from: i, to: i + 1}) {
				return false, false
			}
			if w == "have" && i+1 < len(toks) && (toks[i+1].text == "to" || toks[i+1].text == "got") {
				// "do i have to do regression AND classification?"
				// (dev92 had regression finished): what they must do.
				return false, false
			}
			if (w == "finish" || w == "complete") && i > 0 && (toks[i-1].text == "to" || toks[i-1].text == "will" || toks[i-1].text == "ill" || i > 1 && (whenWords[toks[i-2].text] || toks[i-2].text == "will")) {
				// "when i finish ML for all do i tell you here?" (dev92
				// had it finished), "once i finish regression": the
				// finishing to come.
				return false, false
			}
			if i > 0 && (toks[i-1].text == "why" || toks[i-1].text == "how") && (w == "got" || w == "have" || w == "did") {
				// "why got ML for all in my plan?" (Manglish: why is
				// it there; dev70 marked it done).
				return false, false
			}
			return true, false
		}
	}
	// "... course, finished it in october", "... done", "quit in week 2".
	for i := sp.to; i < len(toks) && i <= sp.to+6 && toks[i].sent == toks[sp.from].sent; i++ {
		switch toks[i].text {
		case "certificate", "certified", "cert", "certs", "certificates":
			if tz.isQuestionAt(i) {
				// "is the ML for all one worth paying for the
				// certificate?" asks about one (dev71 marked it done).
				continue
			}
			fallthrough
		case "done", "finished", "completed":
			if !n.negatedAt(tz, span{from: i, to: i + 1}) {
				return true, false
			}
		case "finish", "complete":
			// "Machine Learning for All on Coursera, I finish it last
			// year" (dev57, second-language English): finished; not "i
			// want to finish it", "will finish it".
			if i+1 < len(toks) && (toks[i+1].text == "it" || toks[i+1].text == "them" || toks[i+1].text == "both") && !(i > 0 && (toks[i-1].text == "to" || toks[i-1].text == "will" || toks[i-1].text == "can" || toks[i-1].text == "should" || toks[i-1].text == "must")) && !n.negatedAt(tz, span{from: i, to: i + 1}) {
				return true, false
			}
		case "quit", "dropped", "stopped", "abandoned":
			return false, true
		}
	}
	// "I finished Classification ..., and Regression too": "too" takes
	// the sentence's finishing.
	if last := toks[sp.to-1].text; last == "too" || last == "also" || last == "well" {
		for i := sp.from - 1; i >= 0 && toks[i].sent == toks[sp.from].sent; i-- {
			if n.completed[toks[i].text] {
				return true, false
			}
		}
	}
	// "courses done: the UW specialization (regression, classification)
	// and ...": a label clause ending in "done" earlier in the sentence.
	for i := sp.from - 1; i >= 0 && toks[i].sent == toks[sp.from].sent; i-- {
		if toks[i].clause == clause || toks[i+1].clause == toks[i].clause {
			continue
		}
		switch toks[i].text {
		case "done", "finished", "completed", "taken":
			return true, false
		}
	}
	return false, false
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func appendUnique(list []string, v string) []string {
	if contains(list, v) {
		return list
	}
	return append(list, v)
}

// firstPerson reports whether a clause speaks about the learner.
func firstPerson(tz *tokenized, clause int) bool {
	for _, t := range tz.toks {
		if t.clause != clause {
			continue
		}
		switch t.text {
		case "i", "im", "ive", "id", "ill", "my", "me", "mine", "myself", "we", "us":
			return true
		}
	}
	return false
}

// resolve picks, per slot, what the message means: outright statements
// beat implications, the last one wins, a negation takes a value back, and
// two values with no correction between them are a conflict to ask about.
func (n *nlu) resolve(tz *tokenized, cands []candidate, f *Frame) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].from < cands[j].from })
	// "did andrew ng's ml course years ago but nothing since" (a stranger
	// in the console, 2026-12-01: a backend dev's programming became
	// none): a bare "nothing since" after ML said, with no code named,
	// speaks of the ML said just before it, not of code.
	for i := 1; i < len(cands); i++ {
		if cands[i].Slot == SlotProgramming && bareSince(cands[i].Words) {
			if prev := lastStated(cands[:i]); prev != nil && prev.Slot == SlotML && !prev.negated {
				cands = slices.Delete(cands, i, i+1)
				i--
			}
		}
	}
	var corr [16]span
	corrections := n.corrections.find(tz.toks, corr[:0])
	f.corrects = len(corrections) > 0
	correctedBetween := func(a, b candidate) bool {
		for _, c := range corrections {
			if honestyTag(tz, c, a) {
				continue
			}
			// (A correction word that opens b itself is b's own
			// negation: "..., no 'real' programming".)
			if c.from >= a.from && c.to <= a.to && b.from >= a.to && !n.negators[tz.toks[c.from].text] {
				// A correction inside a's own words ("make it free,
				// money's tight": dev105 took the reason after it) is
				// a's, not between the two. A negation opening a ("no
				// money", "no coding") still gives way to what follows
				// ("..., financial aid", "..., i did half a JS course").
				continue
			}
			if c.from >= a.from && (c.from < b.from || c.from == b.from && c.to > b.to) {
				return true
			}
		}
		// "ML nothing, only I have seen the videos of 3blue1brown":
		// nothing but what follows.
		if a.Slot == b.Slot && (a.Value == MLNone || a.Value == ProgrammingNone) && b.from >= a.to && exceptionBetween(tz, a.to, b.from) {
			return true
		}
		// "research? nah. data scientist" (dev54): the first weighed in a
		// question of its own and turned down.
		if sa := tz.toks[a.from].sent; b.from > a.to && a.to < len(tz.toks) && sa < len(tz.sents) && tz.sents[sa].question && tz.toks[a.to].sent != sa {
			switch tz.toks[a.to].text {
			case "nah", "no", "nope", "naw", "nahh":
				return true
			}
		}
		// "broke student so free stuff": what it comes to, after "so"
		// (a stranger, ninth session, was asked which of the two fit).
		if a.Slot == SlotBudget && b.Slot == SlotBudget && b.from >= a.to && soBetween(tz, a.to, b.from) {
			return true
		}
		// "a master in health data science and after that research":
		// the goal after is where they are headed.
		return a.Slot == SlotGoal && b.Slot == SlotGoal && b.from > a.to && goalAfter(tz, a.to, b.from)
	}
	for _, slot := range append(append([]Slot{}, Slots...), SlotStart) {
		var pos, neg []candidate
		for _, c := range cands {
			if c.Slot != slot || c.other {
				continue
			}
			// Hours in a question are still theirs ("is 3h a week
			// enough?", "how long at 5h a week?"), and so is a goal
			// said outright ("is it too late to become an ML engineer?").
			theirs := slot == SlotHours || slot == SlotStart && (firstPerson(tz, tz.toks[c.from].clause) || addressed(tz, c.from)) || slot == SlotGoal && c.Conf >= strongConf && becomingBefore(tz, c.from)
			if c.inQuestion && slot == SlotGoal && addressed(tz, c.from) {
				// "what do you need to know about me?"
				continue
			}
			if c.inQuestion && slot == SlotGoal && needToBefore(tz, c.from) {
				// "is my uni maths enough or do i need to brush up
				// first?" (dev70: read as a gap to fill, over "i'd like
				// a data scientist job"): what they ask whether they
				// must do is no goal.
				continue
			}
			if slot == SlotHours && hypothetical(tz, c.from) && (c.inQuestion || questionSent(tz, c.from)) {
				// ("and if i did 8 hours, when would i finish?": the
				// case is weighed in its own clause, the question asked
				// in the next; dev89's Polish "A gdybym robił 8 godzin,
				// kiedy bym skończył?" had the hours changed.)
				// "what if i only have 2 hrs some weeks?" after the plan
				// (a stranger, tenth session, had the plan re-made at
				// 2 h): a case weighed, not their hours.
				continue
			}
			if slot == SlotML && c.inQuestion && !c.Implied && modalAsk(tz, c.from) {
				// "wait can i just watch the videos free or do i gotta
				// pay" (dev95 took ML coursework): what they could do,
				// asked, is not what they have done.
				continue
			}
			// "broke college student, is there financial aid": asking
			// for aid after saying they can't pay is asking for it.
			// ("free, but is financial aid hard to get?" chose free and
			// asks about aid: a stranger, eleventh session, was asked
			// which of the two.)
			wantsAid := slot == SlotBudget && c.Value == BudgetAid && statesNoMoney(cands)
			if c.inQuestion && !wantsAid && !(theirs && !offersChoice(tz, c)) && (slot == SlotBudget || !firstPerson(tz, tz.toks[c.from].clause) || offersChoice(tz, c)) {
				// "are certificates free?" asks; it does not answer.
				// Nor does "which is better for me, data scientist or
				// ML engineer?"
				continue
			}
			if c.negated {
				neg = append(neg, c)
				continue
			}
			pos = append(pos, c)
		}
		// Tiers, strongest first: what is said outright and surely
		// (a cued goal, "never coded"), said outright with less certainty
		// (a role with no word saying goal or background), implied, and
		// guesses. Within a tier the last statement wins.
		tiers := [4][]candidate{}
		for _, c := range pos {
			switch {
			case c.Conf >= strongConf:
				// A job title that says it outright ("backend dev") counts
				// like a statement.
				tiers[0] = append(tiers[0], c)
			case c.Conf >= guessConf && !c.Implied:
				tiers[1] = append(tiers[1], c)
			case c.Conf >= guessConf:
				tiers[2] = append(tiers[2], c)
			default:
				tiers[3] = append(tiers[3], c)
			}
		}
		// Among implications the surest wins ("backend dev" over "serving
		// models"); so among the less certain statements ("understand it
		// for my team" over "not switching careers").
		for _, t := range tiers[1:] {
			sort.SliceStable(t, func(i, j int) bool { return t[i].Conf < t[j].Conf })
		}
		var win *candidate
		for ti := range tiers {
			if len(tiers[ti]) > 0 {
				win = &tiers[ti][len(tiers[ti])-1]
				if ti == 0 && win.supersedes && win.Value != ProgrammingProfessional && !slices.ContainsFunc(tiers[0], func(c candidate) bool { return c.Value == ProgrammingProfessional }) {
					// How things stand now, said last, settles it: "did
					// some R in uni like 8 years ago, nothing since".
					break
				}
				if ti == 0 {
					if h, ok := higherLevel(tiers[0], correctedBetween); ok {
						// "trained and deployed our model": both are true;
						// the higher level says more.
						win = h
					} else {
						n.conflicts(tiers[0], correctedBetween, f)
					}
				}
				break
			}
		}
		// A later statement after a correction wins whatever its tier:
		// "did scratch as a kid and now python basics"; so does one of
		// how things stand now: "did python in school ages ago, havent
		// coded in like 6 years" (a stranger, eleventh session, was
		// asked which of the two). Years away do not undo a living in
		// code: "eng manager, used to write java, haven't coded in 4
		// yrs" (dev5).
		if win != nil {
			for i := range pos {
				c := pos[i]
				supersedes := c.supersedes && win.Value != ProgrammingProfessional
				if c.from > win.from && c.Value != win.Value && c.Conf >= guessConf && !c.Implied && (supersedes || correctedBetween(*win, c)) {
					win = &pos[i]
				}
			}
			// Said first, how things stand now still outweighs what was
			// done back then: "havent coded in like 6 years, did some
			// python for my marine bio degree" (dev65).
			for i := range pos {
				c := pos[i]
				if c.supersedes && c.from < win.from && c.Value != win.Value && win.Value != ProgrammingProfessional && c.Conf >= guessConf && pastClause(tz.toks, win.from) {
					win = &pos[i]
				}
			}
		}
		// "Test engineer ... I write Python scripts ..., but I'm not a
		// developer": a job title's implied living gives way to what
		// they say they do.
		if win != nil && slot == SlotProgramming && win.Value == ProgrammingProfessional && deniesDeveloper(tz) {
			switch {
			case win.Implied:
				found := false
				for i := range pos {
					if pos[i].Value == ProgrammingSome && pos[i].Conf >= guessConf {
						win, found = &pos[i], true
					}
				}
				if !found && slices.ContainsFunc(tz.toks, func(t token) bool { return n.codeWords[t.text] }) {
					// "Python은 매주 실험 데이터 분석에 쓰는데 developer는
					// 아니에요" (Python every week for lab data, not a
					// developer; dev82 read professional from the word
					// denied): code named, used by no developer.
					win = asSome(*win)
				}
			case usageOnly(tz, win.from, win.to):
				// "python and C++ every day but i'm not a software dev",
				// "bash and python every day for our servers, not a
				// developer" (dev66, dev72, dev76 all record some): code
				// used daily in another trade, said by the one who uses
				// it.
				win = asSome(*win)
			}
		}
		// "did 2 years of java at school": years of a language imply a
		// living, but the same clause says where they were spent (dev45).
		if win != nil && slot == SlotProgramming && win.Value == ProgrammingProfessional && win.Implied {
			for i := range pos {
				if pos[i].Value == ProgrammingSome && !pos[i].Implied && pos[i].Conf >= guessConf && tz.toks[pos[i].from].clause == tz.toks[win.from].clause && atSchool(tz, pos[i].from, pos[i].to) {
					win = &pos[i]
				}
			}
		}
		// A negation after the winner takes it back ("data science... no,
		// not data science").
		for _, c := range neg {
			if win != nil && c.Value == win.Value && c.from > win.from {
				win = nil
			}
			if win == nil || c.Value != win.Value {
				f.Retracted = append(f.Retracted, c.Fact)
			}
		}
		if win != nil {
			f.Facts = append(f.Facts, win.Fact)
		}
	}
}

// partOfSpan reports whether only a number and "of" stand between the
// part word at i and the course at from: "week 1 of ML for all", "the
// first module of regression"; not "fast.ai part 1 and also the Applied
// Machine Learning in Python course".
func partOfSpan(toks []token, i, from int) bool {
	for k := i + 1; k < from; k++ {
		if t := toks[k]; !t.isNum && t.text != "of" && t.text != "the" && t.text != "my" && t.text != "this" && t.text != "in" {
			return false
		}
	}
	return true
}

// wholeWord reports a word that makes the parts after it the whole
// course: "all 4 weeks", "every module".
func wholeWord(w string) bool {
	return w == "all" || w == "every" || w == "whole" || w == "each" || w == "entire"
}

// lastStated is the last candidate said outright (not implied), or nil.
func lastStated(cands []candidate) *candidate {
	for i := len(cands) - 1; i >= 0; i-- {
		if !cands[i].Implied {
			return &cands[i]
		}
	}
	return nil
}

// bareSince reports whether words only say that nothing followed ("nothing
// since", "nothing after that", "nada desde entonces"), naming no skill.
func bareSince(words string) bool {
	w := strings.Fields(strings.ToLower(words))
	if len(w) > 0 && (w[0] == "but" || w[0] == "and") {
		w = w[1:]
	}
	return len(w) >= 2 && len(w) <= 3 && (w[0] == "nothing" || w[0] == "nada" || w[0] == "none" || w[0] == "zero") &&
		(w[1] == "since" || w[1] == "after" || w[1] == "desde")
}

// honestyTag reports whether correction span c is "tbh" or "honestly"
// closing a's own clause: "just understanding it tbh. i'm staying in
// teaching" (dev56) vouches for what came before; it does not take it
// back for what follows ("tbh, some python" still corrects).
func honestyTag(tz *tokenized, c span, a candidate) bool {
	if c.to <= c.from || c.from < a.to || tz.toks[c.from].clause != tz.toks[a.from].clause {
		return false
	}
	if c.to < len(tz.toks) && tz.toks[c.to].clause == tz.toks[c.from].clause {
		return false
	}
	switch words := tz.toks[c.from:c.to]; {
	case len(words) == 1:
		return words[0].text == "tbh" || words[0].text == "honestly"
	default:
		return words[len(words)-1].text == "honest"
	}
}

// atSchool reports whether tokens [from, to) name a place of study.
func atSchool(tz *tokenized, from, to int) bool {
	for _, t := range tz.toks[from:to] {
		switch t.text {
		case "school", "class", "classes", "course", "courses", "uni", "university", "college", "bootcamp", "module", "highschool":
			return true
		}
	}
	return false
}

// hindiAm are Hindi and Urdu "am"/"is" after a denial: "nahi hu".
var hindiAm = map[string]bool{"hu": true, "hoon": true, "hun": true, "hai": true, "hain": true, "hoo": true}

// deniesDeveloper reports "I'm not a developer", "not a programmer".
func deniesDeveloper(tz *tokenized) bool {
	toks := tz.toks
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].text {
		case "not", "non", "nicht", "kein", "keine", "no", "nie":
			// (Polish "ale nie jestem programistą", but I'm not a
			// programmer; dev84 read professional)
			// (Italian "ma non sono developer", German "kein
			// Entwickler" / "kein Software-Developer" (read "no
			// softwaredeveloper"); dev81, dev82 read professional)
		default:
			// (Malayalam "but developer alla", not a developer; dev87:
			// "alla" is Italian "to the" too, so not glossed.)
			// (Hindi "developer nahi hu", glossed "developer no hu"; dev88
			// read professional. "developer no ML" is not one.)
			noEnds := toks[i+1].text == "no" && toks[i+1].clause == toks[i].clause &&
				(lastOfClause(toks, i+1) || hindiAm[toks[i+2].text])
			// Japanese "エンジニアではありません" (engineer, is not; dev89):
			// "engineer" then "not" closing the clause, so "ML engineer
			// not a data scientist" is no denial.
			notEnds := toks[i+1].text == "not" && lastOfClause(toks, i+1)
			if i > 0 && toks[i].text == "engineer" && notEnds {
				return true
			}
			if i > 0 && devWord(toks[i].text) && (toks[i+1].text == "not" || toks[i+1].text == "alla" || noEnds || i+2 < len(toks) && toks[i+2].text == "not" && toks[i+1].text != "but") {
				// Turkish "developer değilim", Korean "developer는
				// 아니에요" (developer not; dev82)
				return true
			}
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+3 && (toks[j].text == "a" || toks[j].text == "an" || toks[j].text == "sono" || toks[j].text == "sou" || toks[j].text == "soy" || toks[j].text == "jestem" || toks[j].text == "un" || toks[j].text == "una" || toks[j].text == "ein" || toks[j].text == "really") {
			j++
		}
		software := false
		if j < len(toks) && (toks[j].text == "real" || toks[j].text == "proper" || toks[j].text == "professional" || toks[j].text == "software" || toks[j].text == "coding" || toks[j].text == "tech") {
			software = toks[j].text == "software" || toks[j].text == "coding" || toks[j].text == "tech"
			j++
		}
		if j < len(toks) {
			if devWord(toks[j].text) {
				return true
			}
			switch toks[j].text {
			case "engineer", "entwickler", "sviluppatore", "programmatore", "softwareentwickler":
				return true
			case "eng":
				// "not a software eng" (dev89)
				if software {
					return true
				}
			case "guy", "person", "dude", "gal":
				// "not a software guy" (dev81)
				if software {
					return true
				}
			}
		}
	}
	return false
}

// asSome is candidate c read as some programming.
func asSome(c candidate) *candidate {
	c.Value = ProgrammingSome
	return &c
}

// devWord reports a word for a software developer.
func devWord(w string) bool {
	switch w {
	case "developer", "dev", "programmer", "coder", "swe", "softwaredeveloper":
		return true
	}
	return false
}

// addressed reports whether the clause of token i speaks to certpath
// ("you") before it.
func addressed(tz *tokenized, i int) bool {
	for j := i - 1; j >= 0 && tz.toks[j].clause == tz.toks[i].clause; j-- {
		if tz.toks[j].text == "you" || tz.toks[j].text == "u" {
			return true
		}
	}
	return false
}

// becomingBefore reports whether "become", "be", "get into" or "switch
// to" stands just before token i in its clause.
func becomingBefore(tz *tokenized, i int) bool {
	toks := tz.toks
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].clause == toks[i].clause; j-- {
		switch toks[j].text {
		case "become", "becoming", "be", "into", "switch", "switching", "transition", "transitioning", "pivot":
			return true
		}
	}
	return false
}

// offersChoice reports whether the candidate is one of the alternatives
// a question weighs: "or"/"vs" right before or after it ("data scientist
// or ML engineer?").
func offersChoice(tz *tokenized, c candidate) bool {
	toks := tz.toks
	alt := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].sent == toks[c.from].sent && (toks[i].text == "or" || toks[i].text == "vs" || toks[i].text == "versus")
	}
	before := c.from - 1
	for before >= 0 && (toks[before].text == "a" || toks[before].text == "an" || toks[before].text == "the") {
		before--
	}
	if alt(c.to) || alt(before) {
		return true
	}
	// "is the certificate worth anything or should i just learn from
	// youtube?" (dev74 took it for ML coursework): the second option of
	// the question, after "or should i".
	for j := c.from - 1; j >= 0 && j >= c.from-5 && toks[j].sent == toks[c.from].sent; j-- {
		switch toks[j].text {
		case "should", "shall", "do", "can", "could", "would", "i", "just", "we", "better", "rather", "to", "go", "instead":
			continue
		case "or":
			return j+1 < c.from && (toks[j+1].text == "should" || toks[j+1].text == "do" || toks[j+1].text == "can" || toks[j+1].text == "could" || toks[j+1].text == "would" || toks[j+1].text == "just")
		}
		break
	}
	return false
}

// hypothetical reports whether the question clause at i weighs a case:
// "what if", "suppose", "say i", "and if".
func hypothetical(tz *tokenized, i int) bool {
	// (Within the sentence: "and if i go faster, like 15 hrs?" after the
	// plan, a stranger, twelfth session, had the plan re-made at 15 h.)
	sent := tz.toks[i].sent
	if questionSent(tz, i) {
		// "주 10시간 하면 얼마나 빨라져요?", "agar ... 10 hrs karun toh
		// kitna jaldi ho jayega?" (if 10 h a week, how much faster?;
		// dev82 and dev80 had the hours changed): asking how much
		// sooner weighs a case.
		for _, t := range tz.toks {
			if t.sent == sent && (t.text == "faster" || t.text == "sooner" || t.text == "quicker" || t.text == "jaldi") {
				return true
			}
		}
	}
	for j := i - 1; j >= 0 && tz.toks[j].sent == sent; j-- {
		switch w := tz.toks[j].text; {
		case w == "suppose" || w == "supposing" || w == "hypothetically":
			return true
		case w == "if" && j > 0 && tz.toks[j-1].sent == sent && (tz.toks[j-1].text == "what" || tz.toks[j-1].text == "and" || tz.toks[j-1].text == "but" || tz.toks[j-1].text == "e" || tz.toks[j-1].text == "y" || tz.toks[j-1].text == "ma" || tz.toks[j-1].text == "mas" || tz.toks[j-1].text == "a"):
			// ("E se eu só tiver 3 horas ...?", Portuguese: and if I
			// only have 3 hours; dev72; Polish "A gdybym robił 8
			// godzin, kiedy bym skończył?", and if I did 8 hours;
			// dev89 took the 8)
			return true
		case w == "if" && (j == 0 || tz.toks[j-1].sent != sent) && questionSent(tz, i) && weighedCase(tz.toks[j+1:]) && numberIn(tz, sent):
			// "if i only have 3 hours?": a case weighed, asked ("if i
			// can, 5 hours a week?" answers).
			return true
		case w == "if" && weighedCase(tz.toks[j+1:]) && asksHowLong(tz.toks, j, sent):
			// "how many weeks left if i do 5 a week" (a stranger,
			// twenty-second session: the plan was re-made at 5 h):
			// the question opens the sentence and the case follows.
			return true
		}
	}
	return false
}

// askedWhether reports a budget value asked about as the subject of a
// question with no auxiliary, as Russian and many learners' Englishes ask:
// "А financial aid вообще работает для России?" (financial aid even works
// for Russia?; dev90 took aid), "does aid apply outside the US?". A
// bare "financial aid?" stays a hedged answer.
func askedWhether(tz *tokenized, c candidate) bool {
	if !questionSent(tz, c.from) {
		return false
	}
	cl := tz.toks[c.from].clause
	for i := c.to; i < len(tz.toks) && i <= c.to+3 && tz.toks[i].clause == cl; i++ {
		switch tz.toks[i].text {
		case "works", "work", "exists", "exist", "applies", "apply", "valid", "accepted":
			return true
		}
	}
	return false
}

// onlyWatched reports whether a coursework reading at sp is videos
// watched with no course, in the learner's words: the message says it
// watched (videos, youtube) and "no course" (or ends "so none"), and the
// reading names no course of its own.
func onlyWatched(tz *tokenized, sp span) bool {
	for _, t := range tz.toks[sp.from:sp.to] {
		switch t.text {
		case "course", "courses", "class", "classes", "tutorial", "tutorials", "mooc", "specialization", "certificate", "bootcamp", "module":
			return false
		}
	}
	watched, noCourse := false, false
	toks := tz.toks
	for i, t := range toks {
		switch t.text {
		case "watched", "watching", "videos", "video", "youtube", "yt":
			watched = true
		case "no", "not":
			if i+1 < len(toks) && toks[i+1].clause == t.clause && (toks[i+1].text == "course" || toks[i+1].text == "courses" || toks[i+1].text == "a" && i+2 < len(toks) && toks[i+2].text == "course") {
				noCourse = true
			}
		case "so":
			if i+1 < len(toks) && (toks[i+1].text == "none" || toks[i+1].text == "nothing") && lastOfClause(toks, i+1) {
				noCourse = true
			}
		}
	}
	return watched && noCourse
}

// turnedDownAfter reports whether "nah" (or "but nah", "but no") closes
// the clause right after span sp; "data science but no money" is no
// turning down.
func turnedDownAfter(toks []token, sp span) bool {
	i := sp.to
	switch {
	case i >= len(toks):
		return false
	case toks[i].text == "but":
		// ("but" opens a clause of its own.)
		i++
	case toks[i].clause != toks[sp.to-1].clause:
		// ("data science, nah" is left to the question rules.)
		return false
	}
	if i >= len(toks) {
		return false
	}
	switch toks[i].text {
	case "nah", "nope", "naw", "nahh", "no":
		return lastOfClause(toks, i)
	}
	return false
}

// lastOfClause reports whether token i is the last word of its clause.
func lastOfClause(toks []token, i int) bool {
	return i+1 == len(toks) || toks[i+1].clause != toks[i].clause
}

// questionSent reports whether token i's sentence is asked.
func questionSent(tz *tokenized, i int) bool {
	sent := tz.toks[i].sent
	return sent < len(tz.sents) && tz.sents[sent].question
}

// numberIn reports a number in sentence sent.
func numberIn(tz *tokenized, sent int) bool {
	for _, t := range tz.toks {
		if t.sent == sent && t.isNum {
			return true
		}
	}
	return false
}

// weighedCase reports "i only have", "we just get", "i had", "i did": the
// case an "if" opening a question weighs.
func weighedCase(ts []token) bool {
	if len(ts) < 2 {
		return false
	}
	switch ts[0].text {
	case "i", "we", "you", "u":
	default:
		return false
	}
	for _, t := range ts[1:min(len(ts), 3)] {
		switch t.text {
		case "only", "just", "have", "had", "get", "got", "did", "do", "go", "went", "spend", "put", "study", "studied", "drop", "tiver", "tenho":
			return true
		}
	}
	return false
}

// higherLevel returns, for a levelled slot (programming, ML) whose
// statements are all above none with no correction between them, the
// highest level stated: "did a course and built my own models" is built
// models. A "none" among them is a contradiction, not a level.
func higherLevel(list []candidate, correctedBetween func(a, b candidate) bool) (*candidate, bool) {
	if len(list) < 2 || (list[0].Slot != SlotML && list[0].Slot != SlotProgramming) {
		return nil, false
	}
	if correctedBetween(list[0], list[len(list)-1]) {
		return nil, false
	}
	levels := AllowedValues[list[0].Slot]
	best, bestLevel := -1, -1
	for i, c := range list {
		l := slices.Index(levels, c.Value)
		if l <= 0 {
			return nil, false
		}
		if l >= bestLevel {
			best, bestLevel = i, l
		}
	}
	return &list[best], true
}

// conflicts records two outright values of one slot that nothing
// resolves: no correction between them.
func (n *nlu) conflicts(list []candidate, correctedBetween func(a, b candidate) bool, f *Frame) {
	for i := len(list) - 1; i > 0; i-- {
		a, b := list[i-1], list[i]
		if a.Value == b.Value || correctedBetween(a, b) {
			continue
		}
		if a.Slot == SlotStart {
			continue
		}
		f.Conflicts = append(f.Conflicts, Conflict{Slot: a.Slot, First: a.Fact, Then: b.Fact})
		return
	}
}

// commands finds a command said in the learner's words: a clause that is
// nothing but the command and fillers. It returns the token index of a
// restart (facts before it are forgotten), or -1.
func (n *nlu) commands(tz *tokenized, f *Frame) int {
	var spans [8]span
	found := keepLongest(n.commandPats.find(tz.toks, spans[:0]))
	restartAt := -1
	// One pass for each clause's stretch of the message and its words;
	// only short clauses are read as small talk.
	var clauses [64]struct{ from, to, words int }
	for _, t := range tz.toks {
		if t.punct || t.clause >= 64 {
			continue
		}
		c := &clauses[t.clause]
		if c.words == 0 {
			c.from = t.start
		}
		c.to = t.end
		c.words++
	}
	for i, c := range clauses {
		if c.words >= 1 && c.words <= 6 && smallTalkAt(tz.raw, c.from, c.to) {
			f.greetClauses |= 1 << i
			f.SmallTalk = true
			if f.Command == "" {
				f.Command = "greet"
			}
		}
	}
	for _, sp := range found {
		name := n.commandOf[n.commandPats.pats[sp.pat].ref]
		if !n.coversClause(tz, sp, found) {
			continue
		}
		if name == "greet" {
			// "how are you?" is small talk, not a question for the FAQ.
			if c := tz.toks[sp.from].clause; c < 64 {
				f.greetClauses |= 1 << c
			}
			for _, t := range tz.toks[sp.from:sp.to] {
				if smallTalkWords[t.text] {
					f.SmallTalk = true
				}
			}
		}
		switch {
		case name == "restart" && sp.to-sp.from == 2 && tz.toks[sp.to-1].text == "that" && moreWordsAfter(tz, sp.to):
			// ("scratch all that, I was filling in my partner's details"
			// (dev2) is a restart.)
			// "actually scrap that, the season got pushed back to march
			// so 8 hrs a week" (dev69 was started over): "that" is the
			// last thing said, corrected by what follows.
		case name == "restart":
			f.Command, restartAt = name, sp.to-1
		case f.Command == "" || f.Command == "greet":
			f.Command = name
		}
	}
	return restartAt
}

// smallTalkWords are the words that make a greeting ask after certpath
// ("how are you?", "qué tal", "wie gehts"): it says how it is before the
// welcome.
var smallTalkWords = map[string]bool{"how": true, "hows": true, "whats": true, "wassup": true, "whatsup": true, "wazzup": true, "wasup": true}

// smallTalkPhrases are "how are you?" in the learners' languages, as a
// clause of its own, folded as tokens are ("hola, que tal?", "salut ça
// va?", "hallo, wie gehts?", "apa kabar", "kaise ho" and "merhaba
// nasılsın" were declined as questions). They are matched on the words as
// typed, not in the lexicon: their words ("wie", "que", "esta") are gloss
// keys, and a lexicon word is never glossed.
var smallTalkPhrases = smallTalkSet(map[string]bool{
	"que tal": true, "que tal todos": true, "o que tal": true, "como estas": true, "como esta": true, "como estan": true,
	"como estas todos": true, "como andas": true, "como vai": true, "como vao": true, "como vais": true, "como vai voce": true,
	"como voce esta": true, "tudo bem": true, "tudo bom": true, "td bem": true, "tudo bem com voce": true, "tudo bem contigo": true,
	"ca va": true, "comment ca va": true, "comment vas tu": true, "comment allez vous": true, "ca va bien": true,
	"wie gehts": true, "wie geht s": true, "wie geht es dir": true, "wie geht es euch": true, "wie gehts euch": true, "wie lauft s": true,
	"apa kabar": true, "apa kabar semua": true, "gimana kabarnya": true, "kaise ho": true, "kaise ho aap": true, "kaise hain": true,
	"kaise hain aap": true, "kya haal hai": true, "kya haal": true, "nasilsin": true, "nasılsın": true, "nasılsınız": true,
	"nasilsiniz": true, "naber": true, "come stai": true, "come state": true, "come va": true, "hoe gaat het": true, "hoe is het": true,
	"jak sie masz": true, "jak się masz": true, "jak leci": true, "как дела": true, "как ты": true, "как вы": true, "ni hao ma": true,
	"kumusta ka": true, "kumusta kayo": true, "habari yako": true, "habari zenu": true, "habari gani": true, "keef halak": true,
	"kifak": true, "kaifa haluk": true, "comment tu vas": true, "que onda": true, "q tal": true,
	// Arabic and Bengali as typed (dev46): "ازيكم يا جماعة" (how are you
	// all), "كيفكم", "শুভেচ্ছা... কেমন আছেন সবাই" (how is everyone).
	"ازيكم": true, "ازيكم يا جماعة": true, "ازيك": true, "كيفكم": true, "كيفك": true, "كيف الحال": true, "كيف حالكم": true,
	"كيف حالك": true, "شلونكم": true, "شلونك": true, "عاملين ايه": true, "عامل ايه": true, "কেমন আছেন": true,
	"কেমন আছেন সবাই": true, "কেমন আছো": true, "কেমন আছিস": true, "आप कैसे हैं": true, "कैसे हो": true, "कैसे हैं": true,
	"як справи": true, "як ви": true, "お元気ですか": true, "元気": true, "你好吗": true,
	"大家好吗": true, "잘 지내세요": true, "잘 지냈어요": true, "สบายดีไหม": true, "τι κάνετε": true, "τι κάνεις": true, "מה שלומכם": true, "מה נשמע": true,
	"حالتون چطوره": true, "چطورید": true, "خوبید": true,
})

// smallTalkAt reports whether the message's stretch [from, to), widened
// to the clause's punctuation (to take words the gloss dropped: "que" has
// no token), is only a "how are you?" of smallTalkPhrases, after a hello.
func smallTalkAt(raw string, from, to int) bool {
	for from > 0 {
		r, n := utf8.DecodeLastRuneInString(raw[:from])
		if strings.ContainsRune(clauseMarks, r) {
			break
		}
		from -= n
	}
	for to < len(raw) {
		r, n := utf8.DecodeRuneInString(raw[to:])
		if strings.ContainsRune(clauseMarks, r) {
			break
		}
		to += n
	}
	if to-from > 60 {
		return false
	}
	words := smallTalkWordsOf(raw[from:to])
	if len(words) > 1 && helloWords[words[0]] {
		words = words[1:]
	}
	return len(words) > 0 && len(words) <= 5 && smallTalkPhrases[strings.Join(words, " ")]
}

// clauseMarks end a clause for smallTalkAt (Latin, Arabic, CJK).
const clauseMarks = ",.!?;:\n،؟；，。！？、"

// smallTalkWordsOf splits a stretch of a message into words folded as the
// tokenizer folds them ("Qué tal?", "wie geht's", "jak się masz").
func smallTalkWordsOf(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	for i, w := range words {
		words[i] = foldWord(w)
	}
	return words
}

// smallTalkSet folds a list of phrases the way smallTalkWordsOf reads a
// message.
func smallTalkSet(phrases map[string]bool) map[string]bool {
	out := make(map[string]bool, len(phrases))
	for p := range phrases {
		out[strings.Join(smallTalkWordsOf(p), " ")] = true
	}
	return out
}

// helloWords may open a "how are you?" clause: "merhaba nasılsın".
var helloWords = smallTalkSet(map[string]bool{"hi": true, "hey": true, "hello": true, "hola": true, "oi": true, "ola": true, "salut": true, "bonjour": true, "hallo": true, "ciao": true, "merhaba": true, "selam": true, "privet": true, "привет": true, "halo": true, "hai": true, "namaste": true, "salam": true, "marhaba": true, "hej": true, "czesc": true, "cześć": true, "hoi": true, "e": true, "y": true,
	"مرحبا": true, "اهلا": true, "هلا": true, "নমস্কার": true, "নমস্তে": true, "नमस्ते": true, "привіт": true, "γεια": true, "שלום": true, "سلام": true})

// coversClause reports whether sp and the spans of the same command in
// found (sp among them), with filler words, make up sp's whole clause:
// "start over please", and "ignore all that and start over please" (two
// ways of saying restart).
func (n *nlu) coversClause(tz *tokenized, sp span, found []span) bool {
	name := n.commandOf[n.commandPats.pats[sp.pat].ref]
	clause := tz.toks[sp.from].clause
	for i, t := range tz.toks {
		if t.clause != clause || t.punct || n.fillers[t.text] {
			continue
		}
		if !slices.ContainsFunc(found, func(o span) bool {
			return i >= o.from && i < o.to && n.commandOf[n.commandPats.pats[o.pat].ref] == name
		}) {
			return false
		}
	}
	return true
}

// shortAnswers fold the fillers people wrap a short answer in.
var shortFillers = map[string]bool{
	"um": true, "umm": true, "uh": true, "hmm": true, "hm": true, "well": true, "honestly": true, "tbh": true,
	"lol": true, "haha": true, "ok": true, "okay": true, "so": true, "just": true, "really": true, "i": true,
	"mean": true, "guess": true, "think": true, "like": true, "uhh": true, "ngl": true, "idk": true,
	"probably": true, "pretty": true, "much": true, "er": true, "erm": true, "ah": true, "oh": true, "yet": true,
	// "none for now", "nothing so far", "zero atm"
	"for": true, "now": true, "far": true, "currently": true, "atm": true, "sadly": true, "unfortunately": true,
	"whatsoever": true,
	// "ok then none", "none then, unless excel counts lol"
	"then": true,
	// "help me pick a cert pls" (a stranger)
	"please": true, "pls": true, "plz": true, "thanks": true, "thx": true,
	// "oh ML? none sorry" (dev36 after labels may follow "oh")
	"sorry": true, "soz": true,
	// "ok is some", "its some" (dev9: after what "some" means)
	"is": true, "its": true, "it": true,
	// French "ML : aucune expérience" (no experience; dev43)
	"experience": true,
	// "no sir" (a stranger, twelfth session, was asked to confirm)
	"sir": true, "maam": true, "madam": true, "mam": true, "bro": true, "bhai": true, "boss": true, "mate": true, "dude": true,
}

// withoutMoreOrLess drops the hedge "more or less" from a short answer's
// words: "coding more or less none" (dev113 asked again) is none.
func withoutMoreOrLess(words []string) []string {
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "more" && words[i+1] == "or" && words[i+2] == "less" {
			return append(words[:i:i], words[i+3:]...)
		}
	}
	return words
}

// shortAnswer reads a message that is only a short answer ("nope", "a
// bit", "nada") or a bare number.
func (n *nlu) shortAnswer(tz *tokenized, f *Frame) {
	var words []string
	var nums []token
	for _, t := range tz.toks {
		switch {
		case t.punct:
		case t.isNum:
			nums = append(nums, t)
			words = append(words, t.text)
		default:
			words = append(words, t.text)
		}
	}
	words = withoutMoreOrLess(words)
	if len(words) == 1 && len(nums) == 1 {
		f.Bare, f.HasBare = nums[0].num, true
		return
	}
	// "option 1", "#3", "choice 2", "number 4", "the 2nd one": a bare
	// number too.
	if len(nums) == 1 && len(words) <= 3 && !nums[0].clock {
		bare := true
		for _, w := range words {
			switch w {
			case nums[0].text, "option", "opt", "choice", "number", "nr", "num", "the", "one", "pick", "i", "pls", "please", "ok", "okay":
			default:
				bare = false
			}
		}
		if bare {
			f.Bare, f.HasBare = nums[0].num, true
			return
		}
	}
	if len(nums) == 0 && len(words) <= 4 {
		// "the second one", "last one", "third option" (dev99 got a
		// guess to confirm, or nothing): an option by its place.
		k, last := 0, false
		for _, w := range words {
			switch {
			case ordinals[w] > 0 && k == 0 && !last:
				k = ordinals[w]
			case w == "last" && k == 0 && !last:
				last = true
			case optionWords[w] || shortFillers[w]:
			default:
				k, last = -1, false
			}
			if k < 0 {
				break
			}
		}
		if k > 0 || last {
			f.Bare, f.HasBare, f.byPlace, f.lastOption = float64(k), true, true, last
			return
		}
	}
	if len(nums) == 1 && leadingOption(tz) {
		// "1, i just want to follow what people are on about", "option
		// 5 i guess, predicting when the crews are needed", "4, had a
		// panel soiling model in prod" (dev99 read nothing and asked
		// again): an option's number opening the message, the rest
		// saying why.
		f.Bare, f.HasBare = nums[0].num, true
		return
	}
	try := func(ws []string) bool {
		f.Short = n.shortKind(ws)
		return f.Short != ""
	}
	if len(words) > 6 {
		// "none. i mean i built our website on squarespace, that's not
		// coding right? so none" (dev96 read nothing): a one-word
		// sentence opening a longer message is the answer.
		var ws []string
		for _, t := range tz.toks {
			if t.sent != tz.toks[0].sent {
				break
			}
			if !t.punct && !shortFillers[t.text] {
				ws = append(ws, t.text)
			}
		}
		if len(ws) == 1 && tz.toks[len(tz.toks)-1].sent != tz.toks[0].sent {
			try(ws)
		}
		return
	}
	if len(words) == 0 || try(words) {
		return
	}
	var kept []string
	for _, w := range words {
		if !shortFillers[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) > 0 && len(kept) < len(words) && try(kept) {
		return
	}
	// "yeah some", "ya a bit", "yep loads": a yes that says how much.
	if len(kept) > 1 && n.yes[kept[0]] {
		if k := n.shortKind(kept[1:]); k == "little" || k == "lots" {
			f.Short = k
			return
		}
	}
	// "nope, none": the first clause decides.
	if first := tz.toks[0].clause; tz.toks[len(tz.toks)-1].clause != first {
		var ws []string
		for _, t := range tz.toks {
			if t.clause == first && !t.punct && !shortFillers[t.text] {
				ws = append(ws, t.text)
			}
		}
		if len(ws) > 0 {
			try(ws)
		}
	}
}

// labelFillers may open a clause before a label.
var labelFillers = map[string]bool{"oh": true, "and": true, "also": true, "plus": true, "btw": true, "ah": true, "um": true, "uh": true, "oops": true, "y": true, "e": true, "et": true, "und": true}

// labelledAnswers reads short answers put after a topic word: "ML = 0",
// "ML? a tiny bit", "budget: nothing". It returns the facts and the label
// clauses, which are not questions.
func (n *nlu) labelledAnswers(tz *tokenized, cands []candidate) ([]candidate, map[int]bool) {
	toks := tz.toks
	labels := map[int]bool{}
	var out []candidate
	for i := 0; i < len(toks); i++ {
		// A label starts its clause, after fillers ("oh and ML, nope,
		// never touched it": dev88 read nothing).
		j := i
		for j > 0 && toks[j-1].clause == toks[i].clause && (labelFillers[toks[j-1].text] || toks[j-1].punct) {
			j--
		}
		if j > 0 && toks[j-1].clause == toks[i].clause && !(j == i && (toks[j-1].text == "my" || toks[j-1].text == "the")) {
			continue
		}
		slot, end, ok := n.labelAt(toks, i)
		if !ok {
			continue
		}
		// The answer follows "=" or "-" in the clause, or is the next
		// clause.
		from := end
		if from < len(toks) && toks[from].clause == toks[i].clause {
			// "Machine learning I don't know anything": a label opening
			// the message may run straight into its answer.
			if t := toks[from].text; t == "=" || t == "-" || t == ":" {
				from++
			} else if i > 0 {
				continue
			}
		} else {
			labels[toks[i].clause] = true
		}
		if from >= len(toks) {
			continue
		}
		clause := toks[from].clause
		to := from
		for to < len(toks) && toks[to].clause == clause {
			to++
		}
		// A fact stated in the answer clause speaks for itself.
		// So does one later in the message, over a hedge: "ML? barely,
		// followed a couple of notebooks" is coursework.
		stated := false
		for _, c := range cands {
			if c.from >= from && c.Slot == slot && !c.negated && !c.other && !c.Implied && c.Conf >= guessConf {
				stated = true
			}
		}
		if stated {
			continue
		}
		v := n.shortValueOf(slot, toks[from:to])
		if v == "" && slot == SlotProgramming && !n.onlyLanguages(toks[i:end]) && n.onlyLanguages(toks[from:to]) &&
			!slices.ContainsFunc(cands, func(c candidate) bool { return c.Slot == SlotProgramming && c.from >= from && !c.negated }) {
			// "programming: R, used it for my honours and still use it
			// most weeks" (dev97 read nothing): languages after the
			// label answer it as they answer the question, some
			// programming; anything else the message says of their
			// programming after the label wins, a job's implication
			// too ("programming: python, i'm a data engineer").
			v = ProgrammingSome
		}
		if v == "" && to < len(toks) && toks[to].sent == toks[from].sent {
			// "ml: there's an ML elective i'm taking next term, nothing
			// yet" (dev13, once "nothing yet" alone stopped being ML):
			// the sentence's last clause answers the label.
			lf := to
			for k := to; k < len(toks) && toks[k].sent == toks[from].sent; k++ {
				if toks[k].clause != toks[lf].clause {
					lf = k
				}
			}
			lt := lf
			for lt < len(toks) && toks[lt].clause == toks[lf].clause {
				lt++
			}
			if slices.ContainsFunc(toks[lf:lt], func(t token) bool { return t.text == "yet" }) {
				// (Only "nothing yet": "ML: took a course, nothing much"
				// is not none.)
				if v = n.shortValueOf(slot, toks[lf:lt]); v != "" {
					from, to = lf, lt
				}
			}
		}
		if v == "" {
			continue
		}
		labels[toks[i].clause] = true
		out = append(out, candidate{Fact: Fact{Slot: slot, Value: v, Conf: 0.85, Words: tz.quote(i, to), from: from, to: to}})
	}
	return out, labels
}

// labelAt reads a topic label ("ml", "ml experience", "budget") at i.
func (n *nlu) labelAt(toks []token, i int) (Slot, int, bool) {
	if toks[i].text == "my" || toks[i].text == "the" || toks[i].text == "about" || toks[i].text == "regarding" {
		// ("About machine learning, I have no experience"; dev46)
		i++
	}
	if i >= len(toks) {
		return "", 0, false
	}
	if i+1 < len(toks) && toks[i+1].clause == toks[i].clause {
		if s, ok := n.labels[toks[i].text+" "+toks[i+1].text]; ok {
			return s, i + 2, true
		}
	}
	s, ok := n.labels[toks[i].text]
	return s, i + 1, ok
}

// shortValueOf maps a short answer ("nada", "a tiny bit", "0", "yes")
// to a slot value, or "".
func (n *nlu) shortValueOf(slot Slot, ts []token) string {
	var words []string
	for _, t := range ts {
		if !t.punct && !shortFillers[t.text] {
			words = append(words, t.text)
		}
	}
	words = withoutMoreOrLess(words)
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	s := strings.Join(words, " ")
	if len(words) == 1 && ts[0].isNum {
		switch slot {
		case SlotHours:
			if v := ts[0].num; v >= MinHours && v <= MaxHours && v == float64(int(v)) {
				return strconv.Itoa(int(v))
			}
			return ""
		case SlotProgramming, SlotML, SlotBudget:
			if ts[0].num == 0 {
				s = "nothing"
			}
		}
	}
	if s == "nothing" {
		return shortValue(slot, "nothing")
	}
	return shortValue(slot, n.shortKind(words))
}

// shortKind classifies a short answer's words: "unknown" (no idea),
// "nothing", "no", "yes", "little", "lots", or "" when they are not one.
// Words that each say no ("nope never", "nah none") say nothing.
func (n *nlu) shortKind(words []string) string {
	s := strings.Join(words, " ")
	switch {
	case n.dontKnow[s]:
		return "unknown"
	case n.nothing[s]:
		return "nothing"
	case n.no[s]:
		return "no"
	case n.yes[s]:
		return "yes"
	case n.little[s]:
		return "little"
	case n.lots[s]:
		return "lots"
	}
	if len(words) < 2 {
		return ""
	}
	for _, w := range words {
		if !n.no[w] && !n.nothing[w] {
			return ""
		}
	}
	return "nothing"
}

// shortValue is what a short answer means for a slot.
func shortValue(slot Slot, short string) string {
	switch slot {
	case SlotProgramming:
		// A bare "yes" to "how much programming have you done?" is some,
		// not a living.
		switch short {
		case "nothing", "no", "unknown":
			return ProgrammingNone
		case "little", "yes":
			return ProgrammingSome
		case "lots":
			return ProgrammingProfessional
		}
	case SlotML:
		// A bare "yes" to "how far have you got?" says nothing.
		switch short {
		case "nothing", "no", "unknown":
			return MLNone
		case "little":
			return MLCoursework
		case "lots":
			return MLBuiltModels
		}
	case SlotBudget:
		switch short {
		case "nothing", "no":
			return BudgetFree
		case "yes", "lots":
			return BudgetPaid
		}
	}
	return ""
}

// onlyFillersOutside reports whether every word outside sp is a filler:
// "ok so where do i start" is only "where do i start".
func onlyFillersOutside(tz *tokenized, sp span) bool {
	for i, t := range tz.toks {
		if i >= sp.from && i < sp.to || t.punct || fillerOpener[t.text] || shortFillers[t.text] {
			continue
		}
		return false
	}
	return true
}

// questionAround reports whether the words at sp sit in a sentence marked
// with "?" that says three or more words besides them: a question about
// the thing named, not the thing said unsure ("courses?").
func questionAround(tz *tokenized, sp span) bool {
	sent := tz.toks[sp.from].sent
	if sent >= len(tz.sents) || !tz.sents[sent].question {
		return false
	}
	other := 0
	for i := tz.sents[sent].from; i < tz.sents[sent].to; i++ {
		if (i < sp.from || i >= sp.to) && !tz.toks[i].punct {
			other++
		}
	}
	return other >= 3
}

// greetsIn reports whether a clause is a greeting or small talk.
func (f *Frame) greetsIn(clause int) bool {
	return clause < 64 && f.greetClauses&(1<<clause) != 0
}

// greetsOnly reports whether every word of the message is in a greeting
// clause: "hi there!", not "hey folks, i run a bakery".
func (f *Frame) greetsOnly() bool {
	for _, t := range f.tz.toks {
		if !t.punct && !f.greetsIn(t.clause) {
			return false
		}
	}
	return true
}

// questions collects the question sentences, and whether one asks where
// to begin.
func (n *nlu) questions(tz *tokenized, f *Frame, hedges map[int]bool) {
	var spans [8]span
	where := n.whereStart.find(tz.toks, spans[:0])
	for _, s := range tz.sents {
		from := -1
		for i := s.from; i <= s.to; i++ {
			if i < s.to && tz.isQuestionAt(i) && !hedges[tz.toks[i].clause] && !f.greetsIn(tz.toks[i].clause) && !embeddedQuestion(tz, i) {
				if from < 0 {
					from = i
					if from > s.from && strings.Contains(tz.raw[tz.toks[from-1].start:tz.toks[from].start], ")") {
						// "資格 (certificate) って転職で本当に役立ちますか？"
						// (does a certificate really help to change
						// jobs?): the question began before the
						// parenthesis (dev83 asked it without its
						// subject, and it went unanswered).
						from = s.from
					}
				}
				continue
			}
			if from >= 0 {
				if q := tz.quote(from, i); q != "" {
					f.Asks = append(f.Asks, q)
				}
				for _, w := range where {
					if w.from >= from && w.to <= i {
						f.WhereToStart = true
					}
				}
				from = -1
			}
		}
	}
	// "what next" typed without a question mark is still that question.
	for _, w := range where {
		if onlyFillersOutside(tz, w) {
			f.WhereToStart = true
			if len(f.Asks) == 0 {
				f.Asks = append(f.Asks, tz.quote(0, len(tz.toks)))
			}
		}
	}
}

// tookFreeCourse reports whether "free course" at sp is one the learner
// took: "from a free course", "did a free course on YouTube".
func tookFreeCourse(tz *tokenized, sp span) bool {
	toks := tz.toks
	if sp.to-sp.from != 2 || toks[sp.from].text != "free" || !strings.HasPrefix(toks[sp.from+1].text, "course") {
		return false
	}
	for j := sp.from - 1; j >= 0 && j >= sp.from-3 && toks[j].clause == toks[sp.from].clause; j-- {
		switch toks[j].text {
		case "from", "did", "took", "finished", "completed", "followed", "learnt", "learned", "done", "through", "via":
			return true
		case "a", "an", "one", "some", "couple", "few", "of", "the", "that":
		default:
			return false
		}
	}
	return false
}

// unsureBudget reports a budget said with "maybe" just before it and
// doubt in its sentence: "budget not sure yet, maybe aid? idk".
func unsureBudget(tz *tokenized, sp span) bool {
	toks := tz.toks
	maybe := false
	for k := sp.from - 1; k >= 0 && k >= sp.from-2; k-- {
		if toks[k].text == "maybe" || toks[k].text == "probably" || toks[k].text == "perhaps" {
			maybe = true
		}
	}
	if !maybe {
		return false
	}
	sent := toks[sp.from].sent
	for k, t := range toks {
		if t.sent < sent-1 || t.sent > sent+1 {
			continue
		}
		switch t.text {
		case "idk", "dunno", "unsure", "undecided":
			return true
		case "sure":
			if k > 0 && toks[k-1].text == "not" {
				return true
			}
		}
	}
	return false
}

// auditAsWork reports whether the span is "audit" the line of work: after
// "in", "of" or "internal", or before "firm", "team" and the like.
func auditAsWork(tz *tokenized, sp span) bool {
	toks := tz.toks
	if sp.to-sp.from != 1 || toks[sp.from].text != "audit" {
		return false
	}
	if sp.to < len(toks) && (toks[sp.to].text == "mode" || toks[sp.to].text == "track" || toks[sp.to].text == "option") {
		// "in audit mode"
		return false
	}
	if sp.from > 0 && toks[sp.from-1].clause == toks[sp.from].clause {
		switch toks[sp.from-1].text {
		case "in", "of", "internal", "external", "financial", "tax", "an":
			return true
		}
	}
	if sp.to < len(toks) && toks[sp.to].clause == toks[sp.from].clause {
		switch toks[sp.to].text {
		case "firm", "firms", "team", "teams", "department", "dept", "work", "reports", "report", "partner", "manager", "clients", "client", "trail", "trails", "findings", "season", "tools", "tool", "software", "system", "systems", "process", "processes", "job", "jobs", "role", "background", "experience":
			return true
		}
	}
	return false
}

// aboutQuestion reads a question about an interview question: what it
// means or what counts ("wdym by programming? like excel?", "what counts
// as ML experience?", "does watching youtube count?", "what do you mean
// by budget?"). The slot is the one named, else the one being asked.
func aboutQuestion(tz *tokenized, asking Slot) Slot {
	toks := tz.toks
	named := slotNamed(toks, asking)
	meta := false
	for i, t := range toks {
		switch t.text {
		case "wdym", "define", "meaning":
			meta = true
		case "difference", "differences", "diff":
			// "what's the difference?", "whats the difference between the
			// goals" (a stranger, eleventh session, got "Sorry, I didn't
			// catch that" and "I can't answer that").
			meta = meta || asking == SlotGoal || asking == SlotBudget
			if named == "" && (asking == SlotGoal || asking == SlotBudget) {
				named = asking
			}
		case "as":
			// "programming as in coding? no" (dev54)
			meta = meta || named != "" && i+1 < len(toks) && toks[i+1].text == "in"
		case "fits", "fit", "suits", "suit":
			// "idk which goal fits me tbh?" (dev67): what the goals are.
			if asking == SlotGoal && i > 0 && (toks[i-1].text == "goal" || toks[i-1].text == "goals" || toks[i-1].text == "one" || toks[i-1].text == "option") {
				for j := i - 2; j >= 0 && j >= i-4; j-- {
					if toks[j].text == "which" || toks[j].text == "what" {
						meta, named = true, SlotGoal
					}
				}
			}
		case "understand", "get":
			// "I don't understand this question" (dev67)
			if i > 0 && (toks[i-1].text == "dont" || toks[i-1].text == "not") && i+2 < len(toks) && toks[i+2].text == "question" {
				meta = true
			}
		case "mean", "means", "meant":
			// "Budget means money?" (dev67): the slot's word, then "means".
			if i > 0 && named != "" && slotNamed(toks[i-1:i], asking) == named {
				meta = true
			}
			// "what do you mean", "what does ... mean", "whats ... mean"
			// ("whats audit mode mean" asks about audit: a question for
			// the FAQ, unless it names the interview's words).
			you := false
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				you = you || toks[j].text == "you" || toks[j].text == "u"
				if toks[j].text == "what" || toks[j].text == "whats" || toks[j].text == "wat" {
					meta = you || named != ""
				}
			}
		case "right", "eh", "innit", "correct":
			// "i built our website on squarespace, that's not coding
			// right?" (dev96 got "I can't answer that"): a tag question
			// on whether what they did is the thing asked about.
			if i+1 < len(toks) && toks[i+1].clause == t.clause && !toks[i+1].punct {
				continue
			}
			for j := i - 1; j >= 0 && j >= i-5 && toks[j].clause == t.clause; j-- {
				if w := toks[j].text; w == "that" || w == "it" || w == "this" || w == "thats" || w == "its" {
					if s := slotNamed(toks[j:i], asking); s != "" {
						meta, named = true, s
					}
					break
				}
			}
		case "count", "counts", "counted":
			// "what counts as", "does excel count?", "does that count"
			// (not "the drone software does stand counts with AI").
			if i+1 < len(toks) && toks[i+1].clause == t.clause && !toks[i+1].punct && toks[i+1].text != "as" && toks[i+1].text != "for" && !shortFillers[toks[i+1].text] {
				continue
			}
			// ("does playing with the yield maps in the precision ag
			// software count as ML?", dev67: twelve words back.)
			for j := i - 1; j >= 0 && j >= i-14 && toks[j].sent == t.sent; j-- {
				switch toks[j].text {
				case "what", "whats", "does", "do", "would", "will", "doe", "that", "it", "this":
					meta = true
				}
			}
		}
	}
	switch {
	case !meta:
		return ""
	case named == "":
		return asking
	}
	return named
}

// slotNamed returns the interview question the words name (programming,
// ML experience, budget, goal), or "". "experience" alone is ML
// experience, unless programming is being asked ("what counts as
// experience?").
func slotNamed(toks []token, asking Slot) Slot {
	named, ml := Slot(""), false
	for i, t := range toks {
		switch t.text {
		case "programming", "coding", "code", "programmer", "program":
			named = SlotProgramming
		case "ml", "ai", "experience":
			ml = ml || t.text != "experience"
			if named == "" || t.text == "experience" && i > 0 && (toks[i-1].text == "ml" || toks[i-1].text == "ai") {
				named = SlotML
			}
		case "budget", "spend", "money":
			named = SlotBudget
		case "goal", "goals":
			named = SlotGoal
		}
	}
	if named == SlotML && !ml && asking == SlotProgramming {
		return asking
	}
	return named
}

// noBenefitIn reports "no" or "zero" a few words before a benefit in the
// span: "company has no training budget".
func noBenefitIn(toks []token, sp span) bool {
	for i := sp.from; i < sp.to; i++ {
		if toks[i].text != "no" && toks[i].text != "zero" {
			continue
		}
		for j := i + 1; j < sp.to && j <= i+3; j++ {
			switch toks[j].text {
			case "budget", "benefit", "benefits", "stipend", "allowance", "reimbursement", "fund", "funds", "program", "programme":
				return true
			}
		}
	}
	return false
}

// curiousAfterQuestion reports a "just curious" said after a question of
// the same message: about the question, not why they learn.
func curiousAfterQuestion(tz *tokenized, c candidate) bool {
	curious := false
	for _, t := range tz.toks[c.from:c.to] {
		curious = curious || t.text == "curious" || t.text == "wondering"
	}
	if !curious {
		return false
	}
	sent := tz.toks[c.from].sent
	for _, t := range tz.toks[:c.from] {
		if t.sent < sent && tz.clauseAsk[t.clause] {
			return true
		}
	}
	return false
}

// ifBefore reports "if" or "if i" right before token i, in its clause.
func ifBefore(tz *tokenized, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2 && tz.toks[j].clause == tz.toks[i].clause; j-- {
		if tz.toks[j].text == "if" {
			return true
		}
		if tz.toks[j].text != "i" && tz.toks[j].text != "we" {
			return false
		}
	}
	return false
}

// greetWords open a greeting; addressees are whom it greets.
var (
	greetWords = map[string]bool{"hi": true, "hello": true, "hey": true, "hiya": true, "heya": true, "hii": true, "yo": true, "howdy": true, "morning": true, "evening": true, "hallo": true, "hola": true}
	addressees = map[string]bool{"everyone": true, "everybody": true, "all": true, "guys": true, "folks": true, "yall": true, "team": true, "people": true, "friends": true, "there": true}
)

// unknownIn returns what certpath says to a question the guide cannot
// answer, when the question is of a known kind (data/lexicon.yaml
// unknowns), or "".
func (n *nlu) unknownIn(tz *tokenized) (string, bool) {
	var spans [8]span
	found := n.unknownPats.find(tz.toks, spans[:0])
	if len(found) == 0 {
		return "", false
	}
	first := found[0]
	for _, sp := range found[1:] {
		if sp.from < first.from {
			first = sp
		}
	}
	u := n.unknowns[n.unknownPats.pats[first.pat].ref]
	return u.Text, u.First
}

// moreWordsAfter reports at least three words from token i on.
func moreWordsAfter(tz *tokenized, i int) bool {
	n := 0
	for _, t := range tz.toks[i:] {
		if !t.punct {
			n++
		}
	}
	return n >= 3
}

// needToBefore reports "do i need to", "do i have to", "will i need to"
// earlier in the clause of token i.
func needToBefore(tz *tokenized, i int) bool {
	toks := tz.toks
	cl := toks[i].clause
	for j := i - 1; j >= 3 && toks[j].clause == cl; j-- {
		if toks[j].text == "to" && (toks[j-1].text == "need" || toks[j-1].text == "have") && toks[j-2].text == "i" {
			switch toks[j-3].text {
			case "do", "will", "would", "should":
				return true
			}
		}
	}
	return false
}

// usageOnly reports a span that says how often code is used ("python and
// bash every day"), not what the learner is ("backend developer").
func usageOnly(tz *tokenized, from, to int) bool {
	for i := from; i < to && i < len(tz.toks); i++ {
		switch tz.toks[i].text {
		case "developer", "developers", "dev", "devs", "engineer", "engineers", "programmer", "programmers", "swe", "sde", "living", "professionally", "job", "career":
			return false
		}
	}
	return true
}

// asksHowLong reports a sentence that opens, before position j, by
// asking when or how long: "how many weeks left if ...", "when would i
// finish if ...", "how long if ...".
func asksHowLong(toks []token, j, sent int) bool {
	k := j
	for k > 0 && toks[k-1].sent == sent {
		k--
	}
	for k < j && fillerOpener[toks[k].text] {
		k++
	}
	return k < j && (toks[k].text == "how" || toks[k].text == "when" || toks[k].text == "whens")
}

// modalAsk reports a clause that asks what the learner may or should do:
// it opens (after fillers) with a modal and "i" or "we" ("can i just
// watch the videos", "should i do a course first").
func modalAsk(tz *tokenized, i int) bool {
	clause := tz.toks[i].clause
	k := i
	for k > 0 && tz.toks[k-1].clause == clause {
		k--
	}
	for k < i && (tz.toks[k].punct || fillerOpener[tz.toks[k].text]) {
		k++
	}
	if k+1 >= i {
		return false
	}
	switch tz.toks[k].text {
	case "can", "could", "should", "shall", "may", "must", "would", "will", "do":
	default:
		return false
	}
	return tz.toks[k+1].text == "i" || tz.toks[k+1].text == "we"
}

// requiredBy reports a role named as what something else requires:
// "research needs a PhD", "it requires a masters" (not "I need a PhD").
func requiredBy(tz *tokenized, from int) bool {
	k := from - 1
	if k >= 0 && (tz.toks[k].text == "a" || tz.toks[k].text == "an" || tz.toks[k].text == "the") {
		k--
	}
	if k < 0 || tz.toks[k].clause != tz.toks[from].clause {
		return false
	}
	switch tz.toks[k].text {
	case "needs", "requires", "required", "require", "need":
	default:
		return false
	}
	return k > 0 && tz.toks[k-1].clause == tz.toks[from].clause && !aboutSelf[tz.toks[k-1].text] && tz.toks[k-1].text != "you" && tz.toks[k-1].text != "u"
}

// onlyLanguages reports whether a clause names programming languages and
// nothing else: "R", "python and sql", "VBA, SQL".
func (n *nlu) onlyLanguages(ts []token) bool {
	langs := 0
	for _, t := range ts {
		switch {
		case t.punct || shortFillers[t.text] || t.text == "and" || t.text == "&" || t.text == "mostly" || t.text == "mainly":
		case n.codeWords[t.text] && t.text != "code" && t.text != "coding" && t.text != "programming" && t.text != "program" && t.text != "programmed" && t.text != "coded":
			langs++
		default:
			return false
		}
	}
	return langs > 0 && langs <= 3
}

// optionWords may stand around an option's number: "option 2", "#3 for
// now", "2 i guess".
var optionWords = map[string]bool{"option": true, "opt": true, "choice": true, "number": true, "nr": true, "num": true, "no": true, "the": true, "one": true, "pick": true, "fuh": true, "fi": true}

// leadingOption reports whether the message opens with an option's
// number as a clause of its own ("2, mostly sql", "option 5 i guess,
// predicting ...") and goes on after it.
func leadingOption(tz *tokenized) bool {
	toks := tz.toks
	if len(toks) < 3 {
		return false
	}
	first := toks[0].clause
	end := 0
	num := false
	for end < len(toks) && toks[end].clause == first {
		t := toks[end]
		switch {
		case t.punct:
		case t.isNum && !num && !t.clock && !t.ord && t.num >= 1 && t.num <= 6 && t.num == float64(int(t.num)):
			num = true
		case !t.isNum && (optionWords[t.text] || shortFillers[t.text]):
		default:
			return false
		}
		end++
	}
	return num && end <= 5
}
