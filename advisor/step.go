package advisor

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// questions are the prompts and choices for each slot, in plain words.
var questions = map[Slot]struct {
	prompt, example string
	choices         []Choice
}{
	SlotProgramming: {
		prompt:  "How much programming have you done?",
		example: `"never coded", "a bit of Python" or "backend developer"`,
		choices: []Choice{{"programming=none", "None yet"}, {"programming=some", "Some (scripts, a course)"}, {"programming=professional", "I code for a living"}},
	},
	SlotML: {
		prompt:  "And machine learning: how far have you got?",
		example: `"never touched ML", "took a course", "built a few models" or "deployed models to production"`,
		choices: []Choice{{"ml=none", "None yet"}, {"ml=coursework", "Courses or tutorials"}, {"ml=built_models", "Built my own models"}, {"ml=production", "Shipped models to production"}},
	},
	SlotGoal: {
		prompt:  "What do you want ML for?",
		example: `"become a data scientist", "MLOps", "understand ML for my PM job" or "fill a specific gap"`,
		choices: []Choice{{"goal=literacy", "Understand ML (no building)"}, {"goal=data_scientist", "Data scientist"}, {"goal=ml_engineer", "ML engineer"}, {"goal=mlops", "MLOps"}, {"goal=fill_gap", "Fill a specific gap"}, {"goal=research", "Research"}},
	},
	SlotHours: {
		prompt:  "How many hours a week can you study, honestly?",
		example: `"6", "about 8 hours a week" or "an hour a day"`,
		choices: []Choice{{"hours=3", "3 h"}, {"hours=5", "5 h"}, {"hours=8", "8 h"}, {"hours=10", "10 h"}, {"hours=15", "15 h"}},
	},
	SlotBudget: {
		prompt:  "Last one: what can you spend on certificates?",
		example: `"free only", "I can pay the subscription" or "I'd need financial aid"`,
		choices: []Choice{{"budget=free", "Nothing: audit for free"}, {"budget=paid", "I can pay"}, {"budget=aid", "I'd need financial aid"}},
	},
}

var valueLabels = map[Slot]map[string]string{
	SlotProgramming: {ProgrammingNone: "no programming yet", ProgrammingSome: "some programming", ProgrammingProfessional: "programs professionally"},
	SlotML:          {MLNone: "no ML yet", MLCoursework: "ML coursework", MLBuiltModels: "has built models", MLProduction: "ML in production"},
	SlotGoal:        {GoalLiteracy: "goal: ML literacy", GoalDataScientist: "goal: data scientist", GoalMLEngineer: "goal: ML engineer", GoalMLOps: "goal: MLOps", GoalFillGap: "goal: fill a gap", GoalResearch: "goal: research"},
	SlotBudget:      {BudgetFree: "free (audit)", BudgetPaid: "can pay", BudgetAid: "financial aid"},
}

// Step is the interview state machine: one learner input in, the next
// session and the reply out. It never fails: anything it cannot use gets a
// short re-ask with examples.
func (a *Advisor) Step(s Session, in Input) (Session, Reply) {
	offer := s.Offer
	s.Offer = ""
	if offer != "" && in.Choice == "" && acceptsOffer(in.Text, offer) {
		// "ok do 10" after "At 10 h a week your plan would take ...
		// To switch, say ..." (a stranger got "Glad to help").
		in.Text = offer
	}
	s, r := a.step(s, in)
	// (Before the plan only a pace weighed offers a change: courseAtHours.)
	s.Offer = offered(r.Text)
	return countAsked(s, r), r
}

// switchSay opens the sentence that offers a change after the plan; what
// follows in quotes is what makes it.
const switchSay = "To switch, say "

// offered is the change a reply offers: the quoted words after switchSay.
func offered(reply string) string {
	_, rest, ok := strings.Cut(reply, switchSay+`"`)
	if !ok {
		return ""
	}
	say, _, ok := strings.Cut(rest, `"`)
	if !ok {
		return ""
	}
	return say
}

// acceptWords say yes to an offer ("ok do it", "yes please", "let's go
// with that", "switch"); acceptCue are those that do it on their own
// ("ok" alone or "ok thanks" only acknowledges).
var (
	acceptWords = map[string]bool{"ok": true, "okay": true, "k": true, "yes": true, "yeah": true, "yep": true, "ya": true, "yup": true, "sure": true,
		"do": true, "it": true, "that": true, "this": true, "lets": true, "let": true, "us": true, "go": true, "with": true, "switch": true,
		"please": true, "pls": true, "plz": true, "make": true, "change": true, "then": true, "cool": true, "alright": true, "fine": true,
		"sounds": true, "good": true, "great": true, "perfect": true, "deal": true, "hours": true, "hrs": true, "h": true, "a": true,
		"week": true, "instead": true, "to": true, "the": true, "one": true, "update": true, "switching": true, "is": true, "lah": true, "la": true}
	acceptCue = map[string]bool{"yes": true, "yeah": true, "yep": true, "ya": true, "yup": true, "sure": true, "do": true, "switch": true,
		"go": true, "make": true, "change": true, "deal": true, "please": true, "pls": true, "plz": true, "update": true, "switching": true}
)

// acceptsOffer reports a short yes to the change offered: every word
// one of acceptWords or the offer's own number, and one that does it.
func acceptsOffer(text, offer string) bool {
	if strings.Contains(text, "?") {
		return false
	}
	words := strings.Fields(normalizeText(text))
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	num := ""
	for _, w := range strings.Fields(offer) {
		if _, err := strconv.Atoi(w); err == nil {
			num = w
		}
	}
	cue, other := false, 0
	for _, w := range words {
		w = strings.Trim(w, ".,!")
		switch {
		case w == num:
			cue = true
		case acceptCue[w]:
			cue = true
		case declineWords[w]:
			return false
		case !acceptWords[w]:
			// "ok do that, 8 it is", "auk, ok do that lah, 5" (dev77):
			// a word or two of the learner's own around the yes.
			other++
		}
	}
	return cue && other <= 2
}

// declineWords turn an offer down or ask about it: "nah keep 7", "not
// now", "what about 6".
var declineWords = map[string]bool{"no": true, "nah": true, "nope": true, "not": true, "dont": true, "don't": true, "keep": true, "stay": true,
	"leave": true, "never": true, "what": true, "how": true, "why": true, "cancel": true, "stop": true, "wait": true, "hmm": true, "maybe": true}

// countAsked records which slot a reply asks for, so no question is asked
// more than maxAsks times (next, continueWith and the conflict question
// check the count before asking again).
func countAsked(s Session, r Reply) Session {
	if r.Question == nil || r.Question.Slot == "" || r.Kind == KindPlan || r.repeat {
		return s
	}
	slot := r.Question.Slot
	if _, isSlot := questions[slot]; !isSlot || slot == SlotStart {
		return s
	}
	asked := make(map[Slot]int, len(s.Asked)+1)
	for k, v := range s.Asked {
		asked[k] = v
	}
	asked[slot]++
	s.Asked = asked
	return s
}

func (a *Advisor) step(s Session, in Input) (Session, Reply) {
	s.Turns++
	s.UpdatedAt = in.Now
	if asksTimeline(in) {
		return a.timeline(s, in)
	}
	if in.Choice != "" {
		return a.choose(s, in)
	}
	text := strings.TrimSpace(in.Text)
	norm := normalizeText(text)
	cmd, arg := parseCommand(norm, text)
	if cmd == "" && hasPlan(s) {
		if what, ok := paddedDone(strings.TrimPrefix(norm, "/")); ok {
			cmd, arg = "done", what
		} else if c, h, ok := hoursSpentSaid(norm); ok {
			cmd, arg = c, h
		}
	}
	if hasPlan(s) && (cmd == "" || cmd == "done") && (s.Pending == nil || s.Pending.Kind == PendingTopics) {
		// (A "Did you mean" left unanswered is dropped by a report:
		// "ok regression fertig, endlich 💪" after one; dev73.)
		idx, done := a.doneReport(s, text)
		if done && !finishedBeforePlan(s, norm, in.Now, stepIDs(s, idx)) {
			s.Pending = nil
			acks := make([]string, len(idx))
			for k, i := range idx {
				s, acks[k] = a.markStep(s, in, i, true)
			}
			return a.next(s, in, strings.Join(acks, " ")+" Here is your plan from today.")
		}
		if i, week, ok := a.weekReport(s, norm); ok && !done {
			// "ok week 1 done lol", "i am in week 2 of regression,
			// slowly" (dev77 got "Did you mean" or a course's length):
			// progress within a step, not the step ("week 4, finished
			// regression 👍" finished it: dev73).
			s.Pending = nil
			st := s.Plan.Steps[i]
			return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Nice: week %d of %s (%d week%s in your plan, to %s). When you finish it, say \"done %d\" and I'll re-date the rest; if you fall behind, say \"behind\".", week, st.Title, st.Weeks, plural(st.Weeks), st.End, i+1)}
		}
	}
	if cmd == "" && strings.HasPrefix(strings.TrimSpace(norm), "/") {
		// "/certpath foo": a command certpath doesn't have gets the
		// help, not the welcome.
		w := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(norm), "/"), "certpath"))
		r := a.help(s)
		if len(w) > 0 {
			r.Text = fmt.Sprintf("I don't know the command %q.\n", w[0]) + r.Text
		}
		return s, a.withResume(s, r)
	}
	var words chatWords
	if cmd == "" {
		words = wordsOf(norm)
		if text, ok := botAnswer(norm, words); ok {
			// Questions about certpath itself ("am i talking to a person
			// or a bot?", "who is behind this bot?", "does this bot speak
			// Portuguese?", "can i come back later?": dev78 got "I can't
			// answer that" or the courses' languages).
			return s, a.withResume(s, Reply{Kind: KindHelp, Text: text})
		}
	}
	if cmd == "" && reminderAsked(norm) {
		// "thx! can i get a reminder every sunday?" (a stranger got "I
		// can't answer that"): how to set one.
		day := "monday"
		for _, w := range strings.Fields(string(words)) {
			if _, ok := weekdayNames[w]; ok && len(w) > 3 {
				day = strings.TrimSuffix(w, "s")
			}
		}
		text := fmt.Sprintf(`Yes: say "remind weekly %s 18:00 Europe/London" with your day, time and time zone, and I'll check in on your plan every week ("remind off" stops it).`, day)
		if !hasPlan(s) {
			text = "Yes, once you have a plan: " + text[len("Yes: "):]
		}
		return s, a.withResume(s, Reply{Kind: KindHelp, Text: text})
	}
	if cmd == "" && behindAsked(norm, words) {
		// "what happens if i fall behind?" (a stranger, eighteenth
		// session, got "I can't answer that"): how the plan follows.
		lower := "actually 3 hours a week"
		if h := s.Profile.HoursPerWeek; h > 1 && h <= 3 {
			lower = fmt.Sprintf("actually %d hours a week", h-1)
		} else if h > 3 {
			lower = fmt.Sprintf("actually %d hours a week", h*2/3)
		}
		text := `Nothing is lost: your plan moves with you. Say "behind" and I'll re-date the steps left from today, log what you've done with "progress 12 hours", or lower the pace, e.g. "` + lower + `".`
		if !hasPlan(s) {
			text = "Once you have a plan, nothing is lost if you fall behind: " + `say "behind" and I'll re-date the steps left from today, or lower the pace, e.g. "actually 3 hours a week".`
		}
		return s, a.withResume(s, Reply{Kind: KindHelp, Text: text})
	}
	if cmd == "" && privacyAsked(norm, words) {
		// "how do i delete my data from this bot" (a stranger got "I
		// can't answer that"): what is kept, and how to delete it.
		r := Reply{Kind: KindHelp, Text: `I keep only what you tell me here (your answers, your plan and your progress), so we can pick up where you left off. Say "forget" and I'll delete all of it at once.`,
			Question: &Question{Prompt: "Delete everything I stored about you?", Choices: []Choice{{ID: "cmd=forget", Label: "Forget me"}}}}
		return s, a.withResume(s, r)
	}
	switch cmd {
	case "start":
		return a.next(s, in, greeting(s))
	case "help":
		return s, a.help(s)
	case "restart":
		s = Session{Key: s.Key, Version: s.Version, Turns: s.Turns, UpdatedAt: s.UpdatedAt}
		return a.next(s, in, "Starting over.")
	case "plan":
		if s.Profile.Complete() {
			return a.next(s, in, "")
		}
		return a.next(s, in, "I need a few more answers before I can plan.")
	case "profile":
		return a.next(s, in, "So far: "+describe(s.Profile, nil)+".")
	case "forget":
		return Session{Key: s.Key}, Reply{Kind: KindForget, Forget: true,
			Text: "Done: I've deleted everything I stored about you. Say start whenever you want a new plan."}
	case "ask":
		if arg == "" {
			return s, a.withResume(s, Reply{Kind: KindHelp, Text: `Ask me anything about ML certificates, e.g. "ask are certificates free?"`,
				Suggestions: a.faqQuestions(3)})
		}
		ans := a.AskIn(s, arg)
		if len(ans.Clarify) > 0 {
			s.Pending = &Pending{Kind: PendingTopics, Options: ans.Clarify}
		}
		return a.answerTurn(s, in, ans)
	case "skip":
		if !hasPlan(s) {
			return a.understandTurn(s, in, text)
		}
		return a.skipSteps(s, in, arg)
	case "done", "undo":
		// Without a plan "done regression" says a course is finished
		// (understood below); a step number or nothing has no step yet.
		if hasPlan(s) && cmd == "done" && finishedBeforePlan(s, norm, in.Now, a.stepCourses(s, arg)) {
			// "I finished the regression course already in July": a
			// course done before the plan, read as the reader reads it.
			return a.understandTurn(s, in, text)
		}
		if hasPlan(s) && cmd == "done" && notAStep(arg) {
			// "i finished my shift", "done for today" (a stranger got
			// 'I couldn't find "my shift" in your plan'): their day, not
			// a step. Said alone, a nod and how to log a step; with more
			// in the message, the rest is read as usual.
			k := strings.IndexAny(text, ",.!;")
			if rest := strings.TrimSpace(text[k+1:]); k >= 0 && rest != "" && asksOrRequests(rest) {
				// "ok finished my shift, can i change my hours to 5?"
				// ("finished my shift lol, 12 hrs of beds" tells of the
				// shift: dev75.)
				return a.understandTurn(s, in, rest)
			}
			i, _ := currentStep(s)
			return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Nice. When you finish a step of your plan, tell me (e.g. \"done %d\") and I'll re-date the rest.", i+1)}
		}
		if hasPlan(s) && cmd == "done" && partOfStep(arg) {
			// "done with week 1 of regression 😅" (dev75 marked the
			// course finished): a part of a step, not the step.
			i, _ := currentStep(s)
			if ids := a.coursesMentioned(s, arg); len(ids) == 1 {
				i = max(stepIndex(s, ids[0]), 0)
			}
			return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Nice progress on %s. When you finish the whole course, tell me (e.g. \"done %d\") and I'll re-date the rest; to log hours, say \"progress 5 hours\".", s.Plan.Steps[i].Title, i+1)}
		}
		if hasPlan(s) {
			return a.markDone(s, in, arg, cmd == "done")
		}
		var ids []string
		if cmd == "done" {
			ids = a.nlu.coursesNamed(arg)
		}
		if len(ids) > 0 {
			// Not those still going: "finished both UW ones ... half way
			// through the Michigan one".
			ongoing := a.nlu.understand(text, s.Asking, in.Now).ongoing
			ids = slices.DeleteFunc(ids, func(id string) bool { return slices.Contains(ongoing, id) })
		}
		if len(ids) > 0 {
			// "done regression": a course finished before any plan; the
			// rest of the message is read as usual ("finished the
			// michigan course" is also ML coursework).
			s.Profile.Completed = slices.Clone(s.Profile.Completed)
			titles := a.applyCompleted(&s, ids)
			next, r := a.understandTurn(s, in, text)
			if len(titles) > 0 && !strings.Contains(r.Text, "already completed") {
				r.Text = "Got it, already completed: " + strings.Join(titles, ", ") + ".\n" + r.Text
			}
			if len(titles) > 0 {
				next.Tries, next.Nudges = 0, 0
			}
			return next, r
		}
		if cmd == "undo" && strings.TrimSpace(arg) == "" && s.Asking != "" && !strings.Contains(strings.ToLower(text), "undo") {
			// "not done" while a question is open answers it ("not
			// done" to the ML question; dev26): there is no plan step
			// to take back.
			return a.understandTurn(s, in, text)
		}
		if _, err := strconv.Atoi(strings.TrimSpace(arg)); err == nil || strings.TrimSpace(arg) == "" {
			lead := "You don't have a plan yet, so there's no step to mark done. Answer a few questions and I'll make one; to say you already finished a course, name it, e.g. \"done regression\"."
			if cmd == "undo" {
				lead = "You don't have a plan yet, so there's nothing to undo. Answer a few questions and I'll make one."
			}
			return a.next(s, in, lead)
		}
	case "join", "leave", "group", "group stats":
		return a.groupCommand(s, in, cmd)
	case "export":
		return a.export(s, in)
	case "remind":
		return a.remind(s, in, arg)
	case "on track", "behind":
		if hasPlan(s) {
			return a.checkInAnswer(s, in, cmd == "on track")
		}
		return a.next(s, in, "Once you have a plan I'll ask every week whether you're on track.")
	case "progress", "log":
		if hasPlan(s) {
			return a.logProgress(s, in, arg, cmd == "log")
		}
		return a.next(s, in, "Once you have a plan I'll track your progress on it.")
	}
	return a.understandTurn(s, in, text)
}

// choose applies a clicked choice: "slot=value" or "cmd=name".
func (a *Advisor) choose(s Session, in Input) (Session, Reply) {
	name, value, _ := strings.Cut(in.Choice, "=")
	switch name {
	case "cmd":
		// A button standing for a typed command is the same turn, not a
		// second one, and keeps what the adapter knows about the user.
		s.Turns--
		return a.step(s, Input{Text: value, Now: in.Now, Admin: in.Admin})
	case "confirm":
		// Yes/No under a guess: the same as typing it.
		if s.Pending != nil && s.Pending.Kind == PendingConfirm {
			s.Turns--
			return a.step(s, Input{Text: value, Now: in.Now, Admin: in.Admin})
		}
		return a.next(s, in, "")
	case "ask":
		// A "Did you mean" topic button.
		s.Pending = nil
		return a.answerTurn(s, in, a.answerTopic(s, value))
	}
	s.Pending = nil
	slot := Slot(name)
	var p Profile
	p.set(slot, value)
	if err := p.Validate(); err != nil || !p.Has(slot) {
		return s, a.help(s)
	}
	hadPlan := s.Plan != nil
	changed := s.Profile.merge(p)
	ack := "Got it: " + describe(s.Profile, changed) + "."
	if hadPlan {
		ack = "Updated: " + describe(s.Profile, changed) + ". Here is your new plan."
	}
	return a.next(s, in, ack)
}

// next asks for the first missing slot, or makes the plan.
func (a *Advisor) next(s Session, in Input, ack string) (Session, Reply) {
	missing := s.Profile.Missing()
	for len(missing) > 0 {
		slot := nextToAsk(s, missing)
		if s.Asked[slot] < maxAsks {
			s = asking(s, slot)
			return s, a.ask(s, slot, ack)
		}
		// Asked three times already: assume, say so, and move on rather
		// than ask a fourth time.
		s, ack = assume(s, slot, ack)
		missing = s.Profile.Missing()
	}
	s.Asking = ""
	plan, err := a.Plan(s.Profile, in.Now)
	if err != nil {
		// Unreachable for a profile filled through Step, which validates
		// every value; recover by asking again rather than failing.
		s.Profile = Profile{}
		return a.next(s, in, "Something in your answers didn't add up, so let's go through them again.")
	}
	// Finished steps stay finished when the pace or budget changes: the
	// rest re-flows from today.
	s.Progress = rebase(s.Progress, plan)
	plan = reflow(a.cat, plan, s.Progress, in.Now)
	if _, ok := s.Progress.finished(a.cat.NonProgrammer.Course); ok {
		// Machine Learning for All just finished is no course "you
		// already know" (dev74 said it would repeat what they know).
		known := a.cat.Note("literacy_known")
		plan.Notes = slices.DeleteFunc(plan.Notes, func(n string) bool { return n == known })
	}
	if note := budgetCapNote(a.cat, plan, s.BudgetSaid); note != "" {
		plan.Notes = append(plan.Notes, note)
	}
	s.Plan = plan
	text := FormatPlan(plan)
	if ack != "" {
		text = ack + "\n\n" + text
	}
	suggestions := []string{hoursChange(s.Profile), "ask are certificates worth it?", "restart"}
	if plan.Status != nil {
		suggestions = progressSuggestions(plan)
	}
	return s, Reply{Kind: KindPlan, Text: text, Plan: plan, Suggestions: suggestions}
}

// maxAsks is how often one question may be asked (issue 12: never more
// than three times).
const maxAsks = 3

// assume fills a slot that could not be learned with its hint, or a
// sensible default, and says so in the acknowledgement.
func assume(s Session, slot Slot, ack string) (Session, string) {
	v, hinted := s.Hints[slot]
	if !hinted {
		v = slotDefaults[slot]
	}
	var p Profile
	p.set(slot, v)
	s.Profile.merge(p)
	note := fmt.Sprintf("I'll assume %s for now; you can change it any time, e.g. %s.", valueWords(slot, v), correctionExample(slot, v))
	if ack != "" {
		ack += "\n"
	}
	return s, ack + note
}

// nextToAsk picks the missing slot to ask about: the first in interview
// order, unless it was just asked and the learner answered something else,
// then the least asked, so sidestepping a question does not make certpath
// repeat it every turn.
func nextToAsk(s Session, missing []Slot) Slot {
	if !s.sidestepped && s.Asking != "" && slices.Contains(missing, s.Asking) {
		return s.Asking
	}
	best := missing[0]
	for _, m := range missing[1:] {
		if s.Asked[m] < s.Asked[best] {
			best = m
		}
	}
	return best
}

// asking records that the next reply asks for slot (Step counts it).
func asking(s Session, slot Slot) Session {
	s.Asking = slot
	return s
}

// ask builds a question reply for slot, prefixed by lead.
func (a *Advisor) ask(s Session, slot Slot, lead string) Reply {
	q := questions[slot]
	if slot == SlotStart || q.prompt == "" {
		slot = s.Profile.Missing()[0]
		q = questions[slot]
	}
	labels := make([]string, len(q.choices))
	sep := "   "
	for i, c := range q.choices {
		labels[i] = strconv.Itoa(i+1) + ") " + c.Label
		if slot == SlotHours {
			// Numbered hour options would make "3" mean 3 hours or
			// option 3; a number typed here is always hours.
			labels[i], sep = c.Label, " · "
		}
	}
	var b strings.Builder
	if lead != "" {
		b.WriteString(lead + "\n")
	}
	b.WriteString(q.prompt + "\n")
	b.WriteString("  " + strings.Join(labels, sep) + "\n")
	b.WriteString("Or answer in your own words, e.g. " + q.example + ".")
	return Reply{Kind: KindQuestion, Text: b.String(),
		Question: &Question{Slot: slot, Prompt: q.prompt, Choices: q.choices}}
}

// answer renders an FAQ answer; mid-interview it resumes the question.
func (a *Advisor) answer(s Session, ans Answer) Reply {
	if r, ok := clarifyReply(ans); ok {
		return r
	}
	r := Reply{Kind: KindAnswer, Text: ans.Text, Answer: &ans, Suggestions: ans.Suggestions}
	if !ans.Answered && len(ans.Suggestions) > 0 {
		r.Text += "\nYou could ask:\n- " + strings.Join(ans.Suggestions, "\n- ")
	}
	return a.withResume(s, r)
}

// answerTurn answers a question in the middle of the interview and
// resumes it. A question already asked three times is not asked again:
// what it would have learned is assumed, said, and the interview moves on
// (before, the answer ended without a question and the conversation
// stalled: a "Did you mean" picked after the goal's third ask, dev48).
func (a *Advisor) answerTurn(s Session, in Input, ans Answer) (Session, Reply) {
	r := a.answer(s, ans)
	if r.Question != nil || s.Asking == "" || s.Profile.Complete() {
		return s, r
	}
	slot := s.Asking
	if s.Profile.Has(slot) {
		slot = nextToAsk(s, s.Profile.Missing())
	}
	s, note := assume(s, slot, "")
	next, q := a.next(s, in, note)
	return resumed(next, r, q)
}

// clarifyReply renders a "Did you mean" answer: its topics become choices
// (buttons in Slack and Discord, numbers in the console); picking one
// answers it. The interview waits for the pick.
func clarifyReply(ans Answer) (Reply, bool) {
	if len(ans.Clarify) == 0 {
		return Reply{}, false
	}
	q := &Question{Prompt: "Did you mean:"}
	for i, topic := range ans.Clarify {
		q.Choices = append(q.Choices, Choice{ID: "ask=" + topic, Label: ans.Suggestions[i]})
	}
	return Reply{Kind: KindAnswer, Text: ans.Text, Answer: &ans, Question: q}, true
}

// withResume appends the pending question so the interview goes on.
func (a *Advisor) withResume(s Session, r Reply) Reply {
	if s.Asking == "" || s.Profile.Complete() {
		return r
	}
	slot := s.Asking
	if s.Profile.Has(slot) {
		slot = nextToAsk(s, s.Profile.Missing())
	}
	if s.Asked[slot] >= maxAsks {
		// Asked enough; the next message settles it (next assumes).
		return r
	}
	q := a.ask(s, slot, "")
	r.Question = q.Question
	r.Text += "\n\n" + ResumeLead + q.Text
	return r
}

func (a *Advisor) help(s Session) Reply {
	text := `I'm certpath, a bot (not a person): I suggest which ML certificates to take, in what order, how long they take at your pace and what they cost.
Tell me about yourself in your own words, e.g. "backend dev, never touched ML, want to do MLOps, 6 hours a week, can't pay much".
Commands:
  start    start or resume the interview
  plan     show your plan
  done 1   mark step 1 (or "done regression") finished; the rest re-plans from today
  progress 12 hours   log hours on your current step; "progress" alone shows where you stand
  export   your plan as Markdown, a calendar (.ics) file and a timeline picture
  timeline your plan drawn as a timeline picture
  remind weekly monday 18:00 Europe/Paris   a weekly check-in ("remind off" stops it)
  join     join the study group of your current course here ("group" lists it, "leave" opts out)
  ask ...  ask a question, e.g. "ask do certificates expire?"
  restart  start over
  forget   delete everything I know about you
  help     this message
You can correct any answer at any time, e.g. "actually 8 hours a week".`
	return a.withResume(s, Reply{Kind: KindHelp, Text: text, Suggestions: a.faqQuestions(3)})
}

func (a *Advisor) faqQuestions(n int) []string {
	var out []string
	for _, f := range a.cat.FAQs {
		if len(out) == n {
			break
		}
		out = append(out, f.Question)
	}
	return out
}

func greeting(s Session) string {
	switch {
	case s.Profile.Complete():
		return "Welcome back. Here is your plan."
	case s.Turns > 1 && !s.Profile.IsZero():
		return "Welcome back; let's pick up where we left off."
	case s.Asking != "":
		// Already greeted: a "hi" after the welcome should not repeat
		// the speech (nor say "again" to someone who had not said hi).
		return "Hi!"
	}
	return "Hi! " + welcomeSpeech
}

// welcomeSpeech tells someone new what certpath will do.
const welcomeSpeech = "I'll ask a few quick questions, then suggest a certificate path with dates and costs. Answer in your own words or pick an option."

// firstContact reports whether greeting would give the welcome speech:
// nothing asked or known yet.
func firstContact(s Session) bool {
	return !s.Profile.Complete() && !(s.Turns > 1 && !s.Profile.IsZero()) && s.Asking == ""
}

// smallTalkReply answers "how are you?": in kind, and then, to someone
// new, what certpath will do.
func smallTalkReply(s Session) string {
	if firstContact(s) {
		return "Doing well, thanks for asking! " + welcomeSpeech
	}
	return "Doing well, thanks for asking!"
}

// NeedsAdmin reports whether an input is the admin-only command (the
// per-course study group counts), typed or clicked, so an adapter looks up
// the user's admin rights only when they matter.
func NeedsAdmin(in Input) bool { return commandOf(in) == "group stats" }

// NeedsCommunity reports whether a turn reads the workspace's study
// groups (Session.Community), so the runner reads the roster only then.
func NeedsCommunity(in Input) bool {
	cmd := commandOf(in)
	return cmd == "group" || cmd == "group stats"
}

// commandOf is the command an input is, typed or clicked, or "".
func commandOf(in Input) string {
	text := in.Text
	if in.Choice != "" {
		c, ok := strings.CutPrefix(in.Choice, "cmd=")
		if !ok {
			return ""
		}
		text = c
	}
	cmd, _ := parseCommand(normalizeText(text), text)
	return cmd
}

// parseCommand recognises the commands that work at any point in the
// normalized text; arg keeps the original spelling.
func parseCommand(norm, text string) (cmd, arg string) {
	t := strings.TrimPrefix(norm, "/")
	t = strings.TrimPrefix(t, "certpath ")
	word, _, _ := strings.Cut(t, " ")
	switch t {
	case "", "start", "begin", "hi", "hello", "hey", "resume", "continue", "go", "let's go", "lets go":
		return "start", ""
	case "help", "?", "commands", "usage", "what can you do", "what can you do?":
		return "help", ""
	case "restart", "start over", "reset", "begin again", "new plan":
		return "restart", ""
	case "plan", "my plan", "show plan", "show my plan", "show me my plan":
		return "plan", ""
	case "forget", "forget me", "delete my data", "delete me":
		return "forget", ""
	case "status", "profile", "where am i", "my profile":
		return "profile", ""
	}
	switch t {
	case "export", "export plan", "export my plan", "download", "download plan":
		return "export", ""
	case "join", "join group", "join study group", "join the study group":
		return "join", ""
	case "leave", "leave group", "leave study group", "leave the study group":
		return "leave", ""
	case "group", "study group", "my group", "my study group", "who is in my group", "who's in my group":
		return "group", ""
	case "group stats", "groups", "study groups", "group counts":
		return "group stats", ""
	case "on track", "i'm on track", "im on track", "on schedule":
		return "on track", ""
	case "behind", "i'm behind", "im behind", "falling behind", "i'm falling behind", "im falling behind":
		return "behind", ""
	}
	if word == "remind" || word == "reminder" || word == "reminders" {
		i := strings.Index(strings.ToLower(text), word)
		return "remind", strings.TrimSpace(text[i+len(word):])
	}
	if c, rest, ok := progressCommand(t); ok {
		return c, rest
	}
	// "skip the first two", "ok skip regression then", "skip to the
	// google one" (a stranger, twelfth session): not "can i skip ...?".
	if rest, ok := strings.CutPrefix(trimFillers(t), "skip "); ok && !strings.Contains(t, "?") {
		return "skip", strings.TrimSuffix(strings.TrimSpace(rest), " then")
	}
	if word == "ask" {
		return "ask", strings.TrimSpace(text[strings.Index(strings.ToLower(text), "ask")+3:])
	}
	return "", ""
}

// describe lists slot values in words; only the given slots when set.
func describe(p Profile, only []Slot) string {
	if only == nil {
		only = append(append([]Slot{}, Slots...), SlotStart)
	}
	var parts []string
	for _, s := range only {
		if !p.Has(s) {
			continue
		}
		switch s {
		case SlotHours:
			parts = append(parts, fmt.Sprintf("%d h/week", p.HoursPerWeek))
		case SlotStart:
			parts = append(parts, "starting "+p.Start)
		case SlotProgramming:
			parts = append(parts, valueLabels[s][p.Programming])
		case SlotML:
			parts = append(parts, valueLabels[s][p.ML])
		case SlotGoal:
			parts = append(parts, valueLabels[s][p.Goal])
		case SlotBudget:
			parts = append(parts, valueLabels[s][p.Budget])
		}
	}
	if len(parts) == 0 {
		return "nothing yet"
	}
	return strings.Join(parts, ", ")
}

// hoursText is the plan's hours for its total line: all of them, or,
// once some are done, those left ("170 hours over 28 weeks" at 5 h a week
// after a 30-hour course was finished read as too few weeks; dev84).
func (p *Plan) hoursText() string {
	if st := p.Status; st != nil && st.HoursDone > 0 && st.HoursLeft > 0 {
		return money(st.HoursLeft) + " hours left"
	}
	return money(p.TotalHours) + " hours"
}

// FormatPlan renders a plan as plain text, for the console and as the
// fallback text of richer renderings.
func FormatPlan(p *Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Your path (%s, %d h/week):\n", describe(p.Profile, []Slot{SlotProgramming, SlotML, SlotGoal, SlotBudget}), p.Profile.HoursPerWeek)
	for i, s := range p.Steps {
		writeStep(&b, i, s)
	}
	if p.Status != nil {
		b.WriteString(formatStatus(p) + "\n")
	}
	if done := p.NothingLeft(); done != "" {
		b.WriteString(done + "\n")
	} else {
		fmt.Fprintf(&b, "Total: %s over %d week%s, %s to %s.\n", p.hoursText(), p.TotalWeeks, plural(p.TotalWeeks), p.Start, p.End)
		fmt.Fprintf(&b, "Cost: %s %s\n", p.CostNote, p.PriceNote())
	}
	for _, n := range p.Notes {
		b.WriteString("Note: " + n + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// stepIDs are the courses of plan steps idx.
func stepIDs(s Session, idx []int) []string {
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = s.Plan.Steps[i].Course
	}
	return ids
}

// hoursChange is an example of a change to the plan the learner could
// say: not the hours they already have.
func hoursChange(p Profile) string {
	if p.HoursPerWeek >= 10 {
		return "actually 5 hours a week"
	}
	return "actually 10 hours a week"
}

// notAStep reports the words after "done" or "finished" that name the
// learner's day rather than a step: "my shift", "for today", "with work".
func notAStep(arg string) bool {
	arg = strings.TrimSpace(trimFillers(arg))
	if k := strings.IndexAny(arg, ",.!;"); k > 0 {
		// "for today, my voice is shot" (dev75)
		arg = strings.TrimSpace(trimFillers(arg[:k]))
	}
	switch arg {
	case "for today", "for the day", "for tonight", "for now", "for the week", "with work", "work", "for the night", "eating", "with lunch", "lunch", "dinner":
		return true
	}
	rest, mine := strings.CutPrefix(arg, "my ")
	if !mine {
		rest, mine = strings.CutPrefix(arg, "with my ")
	}
	return mine && !strings.Contains(rest, "course") && !strings.Contains(rest, "step") && !strings.Contains(rest, "cert") && !strings.Contains(rest, "class")
}

// asksOrRequests reports words that ask or ask for something: a question
// mark, or an opening such as "can i", "please", "change".
func asksOrRequests(text string) bool {
	if strings.Contains(text, "?") {
		return true
	}
	f := strings.Fields(normalizeText(text))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "can", "could", "would", "will", "please", "pls", "change", "make", "switch", "set", "update", "actually", "what", "how", "when", "which", "is", "are", "do", "does":
		return true
	}
	return false
}

// partWords name a part of a course: a week, a module, a quiz.
var partWords = map[string]bool{"week": true, "weeks": true, "module": true, "modules": true, "lesson": true, "lessons": true, "chapter": true, "chapters": true,
	"unit": true, "units": true, "part": true, "section": true, "quiz": true, "quizzes": true, "assignment": true, "assignments": true,
	"lecture": true, "lectures": true, "video": true, "videos": true, "lab": true, "labs": true, "exercise": true, "exercises": true}

// partOfStep reports words after "done" that name a part of a course
// ("with week 1 of regression", "the first module"), not the course.
func partOfStep(arg string) bool {
	for _, w := range strings.Fields(trimFillers(arg)) {
		w = strings.Trim(w, ",.!;")
		switch {
		case w == "with" || w == "the" || w == "my" || w == "first" || w == "second" || w == "third" || w == "last" || w == "another" || w == "one" || w == "two" || w == "three":
		case strings.Trim(w, "0123456789") == "":
		default:
			return partWords[w]
		}
	}
	return false
}

// privacyAsked reports a question about the data certpath keeps: "how do
// i delete my data", "what do you store about me", "can you forget me".
func privacyAsked(norm string, t chatWords) bool {
	asked := strings.Contains(norm, "?")
	has := t.has
	mine := has("my data", "my info", "my information", "my details", "my profile", "my account", "my history", "my messages", "my chats", "my conversation", "my personal data")
	switch {
	case has("delete", "remove", "erase", "wipe", "clear") && (mine || has("everything you know", "everything about me", "all my")):
		return true
	case has("forget me", "forget about me", "forget everything"):
		return asked || has("can you", "could you", "how do i", "how can i", "please")
	case has("store", "keep", "save", "collect", "track") && has("about me", "my data", "my info", "my information", "my messages", "my chats") && has("what", "do you", "does this", "does it", "how long", "where"):
		return true
	}
	return false
}

// weekReport reads a short report of a week of a step: "ok week 1 done
// lol", "i am in week 2 of regression, slowly", "week 3 of ML for all,
// slow but good". The step is the one named, else the one under way.
// norm is the message as normalizeText gives it.
func (a *Advisor) weekReport(s Session, norm string) (step, week int, ok bool) {
	if strings.Contains(norm, "?") {
		return 0, 0, false
	}
	ws := strings.Fields(norm)
	if len(ws) > 14 {
		return 0, 0, false
	}
	for _, w := range ws {
		switch strings.Trim(w, ",.!") {
		case "behind", "late", "retard", "atrasado", "hinterher":
			// "i'm behind, only got through week 1": the check-in's
			// answer re-dates the plan.
			return 0, 0, false
		case "hrs", "hours", "hour", "hr", "h", "mins", "minutes":
			// "4 hrs a week, 2 seems slow" (dev69) is hours.
			return 0, 0, false
		}
	}
	for k, w := range ws {
		if w != "week" && w != "wk" || k+1 >= len(ws) {
			continue
		}
		if k > 0 && (ws[k-1] == "a" || ws[k-1] == "per" || ws[k-1] == "each" || ws[k-1] == "every" || ws[k-1] == "this" || ws[k-1] == "last") {
			continue
		}
		n, err := strconv.Atoi(strings.Trim(ws[k+1], ",.!"))
		if err != nil || n < 1 || n > 20 {
			continue
		}
		// Not "2 weeks", "week 3 of 6 hours", "start week 2".
		if k > 0 && (ws[k-1] == "next" || ws[k-1] == "start" || ws[k-1] == "from" || ws[k-1] == "by") {
			return 0, 0, false
		}
		i, found := currentStep(s)
		clean := make([]string, len(ws))
		for j, x := range ws {
			clean[j] = strings.Trim(x, ",.!;:")
		}
		if ids := a.coursesMentioned(s, strings.Join(clean, " ")); len(ids) == 1 {
			if j := stepIndex(s, ids[0]); j >= 0 {
				i, found = j, true
			}
		}
		return i, n, found
	}
	return 0, 0, false
}

// reminderAsked reports a question about reminders or check-ins: "can i
// get a reminder every sunday?", "can you remind me weekly?".
//
// Only a sentence that asks counts, and "reminds me of" is no reminder: "my
// mother reminds me of this every day. ... is it possible from zero at
// 30?" (dev108) got the reminder's how-to and none of its facts read.
func reminderAsked(norm string) bool {
	if !namesReminder(norm) {
		return false
	}
	for _, sent := range sentenceRE.FindAllString(norm, -1) {
		sent = strings.TrimSpace(sent)
		if !strings.HasSuffix(sent, "?") && !strings.HasPrefix(sent, "can ") && !strings.HasPrefix(sent, "could ") && !strings.HasPrefix(sent, "will ") && !strings.HasPrefix(sent, "do you ") {
			continue
		}
		if strings.Contains(sent, "reminds me") || strings.Contains(sent, "remind me of") {
			continue
		}
		if namesReminder(sent) {
			return true
		}
	}
	return false
}

// namesReminder reports words of a reminder or check-in in s.
func namesReminder(s string) bool {
	return strings.Contains(s, "remind") || strings.Contains(s, "check in") || strings.Contains(s, "check-in") || strings.Contains(s, "nudge me")
}

// sentenceRE splits text into sentences, each with its closing marks.
var sentenceRE = regexp.MustCompile(`[^.!?\n]+[.!?]*`)

// behindAsked reports a question about falling behind the plan: "what
// happens if i fall behind?", "what if i miss a week?", "what if i can't
// keep up?".
func behindAsked(norm string, t chatWords) bool {
	if !strings.Contains(norm, "?") && !t.has("what if", "what happens if", "what happens when", "and if") || len(strings.Fields(string(t))) > 14 {
		return false
	}
	return t.has("fall behind", "falling behind", "fell behind", "get behind", "getting behind", "miss a week", "miss some weeks", "miss a few weeks", "skip a week",
		"cant keep up", "can not keep up", "cannot keep up", "dont keep up", "dont finish on time", "dont finish in time", "not finish on time", "miss the dates", "miss a deadline", "miss the deadline")
}

// botAnswer answers a question about certpath itself: whether it is a
// person, who runs it, how it works, what language it speaks, whether one
// can come back later. The subject must be certpath ("you", "this bot",
// "this thing") and the message a question.
func botAnswer(norm string, t chatWords) (string, bool) {
	has := t.has
	if len(strings.Fields(string(t))) > 16 || !strings.Contains(norm, "?") && !has("how does this work", "who is behind", "who made", "who runs") && !thisAlone(t) {
		return "", false
	}
	bot := has("you", "u", "this bot", "the bot", "this thing", "certpath", "this", "talking to", "youre", "ur")
	if !bot || has("free", "cost", "costs", "pay", "charge", "price", "paid") {
		// ("is this bot free to use?" is answered with the courses'
		// costs: botFree.)
		return "", false
	}
	const who = "I'm certpath, a bot (not a person): I suggest which ML certificates to take, in what order, how long they take at your pace and what they cost."
	switch {
	case has("are you", "r u", "are u", "is this", "is it", "am i talking", "talking to", "youre", "you re", "is there a") && has("person", "human", "real person", "a bot", "bot", "robot", "chatgpt", "gpt", "an ai", "ai", "real"):
		return who + " Tell me about yourself in your own words and I'll plan it with you.", true
	case has("who is behind", "who made", "who built", "who runs", "who created", "who owns", "run by", "made by", "a company", "side project", "legit", "scam"):
		return who + " I'm not run by Coursera or any course provider, and I sell nothing: what I say about courses, prices and order comes from a guide to ML certificate programs (prices as of 2026), and this workspace's admins added me here.", true
	case has("speak", "portuguese", "spanish", "french", "german", "deutsch", "hindi", "arabic", "chinese", "japanese", "other languages", "in english", "only english"):
		return "I reply in English, and I understand many learners' words in other languages for the basics (hours, money, goals, what you've done). Which languages each course is taught in, the guide doesn't say: each course page on Coursera lists them.", true
	case has("come back", "ask you again", "ask again later", "later if", "talk to you later", "pick up later", "continue later"):
		return "Yes: I keep your answers and your plan, so come back any time and pick up where you left off; say \"plan\" to see it again.", true
	case has("how does this work", "how do you work", "just tell you", "do i just", "what do i do here", "how do i use") || thisAlone(t):
		return who + " Tell me about yourself in your own words (what you've coded, any ML, what you want, hours a week, what you can spend) and I'll ask for whatever is missing, then give you the plan.", true
	}
	return "", false
}

// thisAlone reports "what is this?", "whats this, a course bot?": this
// itself asked about, not "what is this Structuring course".
func thisAlone(t chatWords) bool {
	for _, q := range []string{" what is this ", " whats this "} {
		i := strings.Index(string(t), q)
		if i < 0 {
			continue
		}
		rest := strings.Fields(string(t)[i+len(q):])
		if len(rest) == 0 || rest[0] == "bot" || rest[0] == "thing" || rest[0] == "a" || rest[0] == "an" || rest[0] == "exactly" || rest[0] == "for" {
			return true
		}
	}
	return false
}

// chatWords are a message's words, lower-case, one space apart and padded
// with a space at each end, for checking phrases whole ("forget me" is not
// in "forget meeting").
type chatWords string

// wordsOf is chatWords for normalized text: letters and digits only.
func wordsOf(norm string) chatWords {
	return chatWords(" " + strings.Join(strings.FieldsFunc(norm, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " ")
}

// has reports whether any of the phrases stands whole in t.
func (t chatWords) has(phrases ...string) bool {
	for _, p := range phrases {
		if strings.Contains(string(t), " "+p+" ") {
			return true
		}
	}
	return false
}
