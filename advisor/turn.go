package advisor

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A turn in the learner's own words: understand the message into a Frame
// (understand.go), then apply it in a fixed order — a command, the answer
// to a pending yes/no or choice, the facts (saying what was understood or
// changed), then the questions it asks — and continue the interview.

// defaults are assumed after three answers to one question could not be
// used, so no question is asked more than three times; the learner is
// told and can correct it any time.
var slotDefaults = map[Slot]string{
	SlotProgramming: ProgrammingSome,
	SlotML:          MLNone,
	SlotGoal:        GoalDataScientist,
	SlotHours:       "5",
	SlotBudget:      BudgetFree,
}

// understandTurn runs one free-text turn.
func (a *Advisor) understandTurn(s Session, in Input, text string) (Session, Reply) {
	// Step is pure: what the session shares with the caller is copied
	// before it changes.
	s.Hints = maps.Clone(s.Hints)
	s.Denied = maps.Clone(s.Denied)
	s.Profile.Completed = slices.Clone(s.Profile.Completed)
	f := a.nlu.understandFor(text, s.Asking, in.Now, s.ForOther)
	brkFrom, brkTo, brk := a.nlu.breakRange(f.tz, in.Now)
	if brk && hasPlan(s) {
		// "away 20 dec till 3 jan": the first date begins a break, it
		// is no start (the break is read below).
		f.Facts = slices.DeleteFunc(f.Facts, func(x Fact) bool { return x.Slot == SlotStart })
	}
	if s.Asking != SlotHours && s.Asking != "" && strings.Contains(s.HoursSaid, "?") && s.Pending == nil {
		if n, ok := revisedAmount(f.tz, s.Profile.HoursPerWeek); ok && len(f.Facts) <= 1 {
			// "is 2 hours a week enough?" was taken as 2 h and answered;
			// "Ok 3 then" next is the hours revised, not an answer to the
			// question now open (dev72 read it as the budget).
			f.Facts = []Fact{{Slot: SlotHours, Value: strconv.Itoa(n), Conf: 0.9, Words: text}}
			f.Short, f.HasBare = "", false
		} else if n, ok := revisedIn(firstClause(f.tz), s.Profile.HoursPerWeek); ok && !f.has(SlotHours) {
			// "ok 5 then, company pays, my manager signed it off" (dev83
			// kept the 3 h asked about): the first clause revises the
			// hours, the rest answers.
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(n), Conf: 0.9, Words: text})
		}
	}
	if cur := s.Profile.HoursPerWeek; cur > 0 && s.Asking != SlotHours && !f.has(SlotHours) {
		if n, ok := correctedHours(f.tz, cur); ok {
			// "actually make that 3, 4 won't happen with the shop",
			// "hmm actually 3, 2 is a bit slow" (dev97: "I can't answer
			// that"): the first clause corrects the hours, the rest
			// says why, naming the old ones.
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(n), Conf: 0.9, Words: text})
			f.corrects = true
			f.Short, f.HasBare = "", false
		}
	}
	if n, at, ok := nowAmount(f.tz); ok {
		// "Season is over in April, then I can do 6 hours. Now 2 is ok",
		// "da giugno solo 1 ora. Ma adesso 4 va bene" (dev75 took the
		// later amount): the hours are what they can do now; the date
		// of the later change is no start.
		for k, x := range f.Facts {
			if x.Slot == SlotHours && x.Value != strconv.Itoa(n) && x.from < at {
				// (Said before the other amount, "now" gives way to it:
				// "sem break now so like 10 hrs a week, once classes
				// start maybe 4. plan with 4 po", dev22.)
				f.Facts[k].Value = strconv.Itoa(n)
				break
			}
		}
		// The date of the later amount is no start, whichever amount
		// the hours were first read from ("hedging season ends in march,
		// from then i can do 6 hrs a week. for now 2 is fine": dev84
		// started in March): its sentence, or the one sentence both are
		// in ("from june only 1 hour, but 4 is fine now").
		later := map[int]bool{}
		for i, t := range f.tz.toks {
			if t.isNum && i != at && i+1 < len(f.tz.toks) {
				if m, _, ok := unitOf(f.tz.toks[i+1].text); ok && !m {
					later[t.sent] = true
				}
			}
		}
		f.Facts = slices.DeleteFunc(f.Facts, func(y Fact) bool {
			return y.Slot == SlotStart && y.from < len(f.tz.toks) && later[f.tz.toks[y.from].sent]
		})
	}
	if d, ok := a.nlu.startRefined(f.tz, in.Now); ok && hasPlan(s) && s.Profile.Start != "" && len(f.Facts) == 0 {
		// "say jan 18, that's a monday" after "back mid jan" set a start
		// (dev75 read 18 h a week): the start, said more exactly.
		f.Facts = append(f.Facts, Fact{Slot: SlotStart, Value: d.Format(DateLayout), Conf: 0.9, Words: text})
	}
	if n, ok := keptAmount(f.tz); ok && (hasPlan(s) || s.Profile.HoursPerWeek > 0 || s.Asking == SlotHours) && !f.has(SlotHours) {
		// "ok cool, leave it at 6 then" after a case weighed (dev75 got
		// "I can't answer that"): the hours, kept or set; before the plan
		// too ("eh keep it at 6" while the budget was asked, dev91).
		f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(n), Conf: 0.9, Words: text})
	}
	if p := s.Pending; (p != nil && p.Kind == PendingConfirm || p == nil && s.Hints[s.Asking] != "") && f.Short == "" && onlyImplied(f, s.Asking) {
		// "ok la, data scientist" after "you haven't done any ML yet,
		// right?" (or after a message that left that check unanswered):
		// a job title is no answer to a yes/no about the slot, so it is
		// read as if nothing were asked (here, the goal).
		f = a.nlu.understandFor(text, "", in.Now, s.ForOther)
	}
	if goal, ok := f.Fact(SlotGoal); ok && f.tz != nil {
		// "mlops? whats that", "maybe data scientist? what do they even
		// do" ask what the role is; they choose nothing yet (the
		// question is answered, the goal asked again).
		if term, asks := pronounTerm(" " + f.tz.words(0, len(f.tz.toks)) + " "); asks && goalTerms[goal.Value] == term {
			f.Facts = slices.DeleteFunc(f.Facts, func(x Fact) bool { return x.Slot == SlotGoal })
		}
	}
	if hours, ok := hoursAsked(s, f); ok {
		// "does 10 hours cost more?" after the plan (it re-made the plan
		// at 10 h): the plan at that pace beside theirs, and the switch
		// offered ("ok do 10" takes it).
		if text, ok := a.atHours(s, hours); ok {
			return a.answerAndResume(s, in, composedAnswer(text, TopicComputedDuration, computedConfidence), nil, false)
		}
	}
	if hasPlan(s) {
		// "oh i should say, i finished regression AND classification
		// over the autumn, the UW ones on coursera" (dev53): steps of the
		// plan reported done inside a story. (Courses the reader finds
		// itself, "finished the regression course last month", are
		// courses done before the plan, below.)
		norm := normalizeText(text)
		what, ok := a.reportedDone(s, norm)
		if !ok && f.tz != nil {
			// In the learner's language, as the gloss reads it:
			// "terminé el primer curso" (a stranger, twelfth session).
			what, ok = a.reportedDone(s, f.tz.words(0, len(f.tz.toks)))
		}
		if ok {
			ids := a.stepCourses(s, what)
			switch {
			case len(f.Completed) == 0 && !finishedBeforePlan(s, norm, in.Now, ids):
				return a.markDone(s, in, what, true)
			case len(f.Completed) == 0:
				// "... over the autumn": finished before the plan.
				f.Completed = ids
			default:
				// "finished ML for all and regression over the winter"
				// (dev75): the reader found the course named cold; the
				// plan names "regression" too.
				for _, id := range ids {
					f.Completed = appendUnique(f.Completed, id)
				}
			}
		}
	}
	if slot, ok := changeRequest(f.tz); s.Asking == "" && s.Profile.Complete() && !f.has(SlotBudget) && !(ok && slot == SlotBudget) {
		// (Not "change my budget": a request to change it, whose
		// value comes next.)
		// After the plan, "the farm will cover it", "talked to HR,
		// they'll reimburse it" (dev44) change who pays: read as if the
		// budget were asked, and keep only that (not inside a question).
		g := a.nlu.understandFor(text, SlotBudget, in.Now, s.ForOther)
		x, ok := g.Fact(SlotBudget)
		if !ok && len(f.Facts) > 0 && f.tz != nil && len(f.tz.sents) > 1 {
			// "update: talked to HR, they'll reimburse it. also can we
			// bump it to 8 hrs" (dev44): a reply that says only who pays
			// is read as one when it is a sentence of its own. (Only
			// when the message stated something else: that is what
			// kept the whole from reading as an answer.)
			for _, sent := range f.tz.sents {
				if sent.to <= sent.from {
					continue
				}
				part := f.tz.raw[f.tz.toks[sent.from].start:f.tz.toks[sent.to-1].end]
				h := a.nlu.understandFor(part, SlotBudget, in.Now, s.ForOther)
				if y, found := h.Fact(SlotBudget); found && len(h.Asks) == 0 && len(h.Facts) == 1 {
					g, x, ok = h, y, true
					break
				}
			}
		}
		if ok && x.Conf >= guessConf && !strings.Contains(strings.ToLower(strings.Join(g.Asks, " ")), strings.ToLower(x.Words)) {
			f.Facts = append(f.Facts, x)
		}
	}
	if f.AboutQuestion != "" && f.AboutQuestion == s.Asking && !f.has(s.Asking) {
		// "programming as in coding? no" (dev54): what the question
		// means, then the answer after the question mark.
		// (A short reply only: "what counts as programming? i edit audio
		// in reaper all day lol" describes, it does not answer; dev65.)
		if i := strings.LastIndex(text, "?"); i >= 0 && i+1 < len(text) && len(strings.Fields(text[i+1:])) <= 6 {
			// (Read as any reply to the open question: a short answer
			// or a bare option counts.)
			g := a.nlu.understandFor(text[i+1:], s.Asking, in.Now, s.ForOther)
			a.contextual(s, &g)
			if x, ok := g.Fact(s.Asking); ok && len(g.Asks) == 0 {
				f.Facts = append(f.Facts, x)
				f.AboutQuestion = ""
			}
		}
	}
	if s.Asking == SlotHours && !f.has(SlotHours) && len(f.Asks) == 0 && f.tz != nil && len(f.tz.toks) > 0 {
		// "summer break i could do a lot more, school year maybe 3" (a
		// stranger, twelfth session, was asked again): the last clause on
		// its own, when it is a short answer with a number, is the
		// answer; what comes before it is the exception.
		toks := f.tz.toks
		last := toks[len(toks)-1].clause
		from := len(toks)
		for from > 0 && toks[from-1].clause == last {
			from--
		}
		if h, ok := lastClauseHours(toks[from:]); ok && from > 0 && len(toks)-from <= 5 {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.85, Words: f.tz.raw[toks[from].start:]})
		} else if t := toks[0]; t.isNum && !t.clock && !t.ord && t.num >= 1 && t.num <= 60 && t.num == float64(int(t.num)) &&
			len(toks) > 2 && toks[1].clause != t.clause && !toks[1].isNum && !takesBack[toks[1].text] {
			// "8, i'm on a 4 on 4 off rotation so i got time" (dev86
			// asked again): the number first, alone, is the answer; the
			// rest says why.
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(int(t.num)), Conf: 0.85, Words: f.tz.raw[t.start:t.end]})
		}
	}
	if f.ForOther {
		s.ForOther = true
	}
	rotation := namesRotation(a.nlu, f.tz)
	if rotation {
		// Kept for hours given later for "my off days", whatever else
		// the message does (a greeting included).
		s.WorkSaid = cutBytes(f.raw, maxHoursSaid)
	}
	var lead []string
	restarted := false
	prevPending := s.Pending
	// Asked to choose and answered with both values again: the last one
	// said wins rather than the same question again.
	if p := prevPending; p != nil && p.Kind == PendingChoose {
		kept := f.Conflicts[:0]
		for _, c := range f.Conflicts {
			if c.Slot == p.Slot {
				f.Facts = append(f.Facts, c.Then)
				continue
			}
			kept = append(kept, c)
		}
		f.Conflicts = kept
	}

	switch f.Command {
	case "restart":
		s = Session{Key: s.Key, Version: s.Version, Turns: s.Turns, UpdatedAt: s.UpdatedAt}
		lead = append(lead, "Starting over.")
		restarted = true
	case "about":
		// "who are you?", "how does this work?": a question whose answer
		// is the help.
		if len(f.Facts) == 0 && len(f.Completed) == 0 && askingClauses(f.tz) <= 1 {
			s.Turns--
			return a.step(s, Input{Text: "help", Now: in.Now, Admin: in.Admin})
		}
	case "help", "plan", "profile", "forget":
		// ("can u show the plan again" asks for it: one asking clause
		// that is the command; dev5 got "I can't answer that".)
		if len(f.Facts) == 0 && (len(f.Asks) == 0 || f.Command != "forget" && askingClauses(f.tz) <= 1 && len(f.Asks) == 1) && len(f.Completed) == 0 {
			s.Turns--
			return a.step(s, Input{Text: f.Command, Now: in.Now, Admin: in.Admin})
		}
	case "greet":
		if len(f.Facts) == 0 && len(f.Asks) == 0 && len(f.Completed) == 0 {
			if next, r, ok := a.greet(s, in, f); ok {
				return next, r
			}
		}
	}

	// A short answer settles what was just asked.
	if s.Pending != nil && !restarted {
		next, r, done := a.settlePending(s, in, f)
		if done {
			return next, r
		}
		s = next
	}
	if p := prevPending; p != nil && p.Kind == PendingConfirm && f.HasBare && s.Pending == nil {
		// Another number to a yes/no ("4" to "you want to fill one
		// specific gap, right?", dev87 took it as the fourth goal):
		// no option of the question's full list. With the hours still
		// to come, it is probably those.
		n := f.Bare
		f.HasBare = false
		if p.Slot != SlotHours && !s.Profile.Has(SlotHours) && n >= MinHours && n <= MaxHours && n == float64(int(n)) {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(int(n)), Conf: 0.85})
		}
	}
	a.contextual(s, &f)
	if starred(f.tz) {
		// "*8 hrs, i forgot the weekend mornings" (dev93 added the 8
		// to the 8 it had: 16): a fix, never an addition.
		f.corrects = true
		if v, ok := starredHours(s, f); ok {
			// "*4, forgot saturdays" after "3 hrs a week" (dev92: a
			// failed answer to the budget question): the chat's star
			// fixes the number said last, here the hours; "*8 hrs, i
			// forgot the weekend mornings" is 8, not 8 on each weekend
			// morning.
			if _, had := f.Fact(SlotHours); had {
				f.setHours(strconv.Itoa(v))
			} else {
				f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(v), Conf: strongConf, Words: f.raw})
			}
		}
	}
	dropped := a.droppedEarlierDays(s, &f)
	hoursSaid := a.daysForEarlierHours(s, &f, in.Now)
	if !rotation {
		hoursSaid = a.offDaysOfEarlierRotation(s, &f, in.Now, hoursSaid)
	}
	if n, ok := moreHours(f.tz, false); ok && s.Profile.HoursPerWeek > 0 && s.Profile.HoursPerWeek+n <= MaxHours && !f.corrects {
		// "now I can do 2 hours more each week", "i can do 2 more hours
		// a week now" (dev79 set 2 h, or answered a question): added to
		// the hours they have.
		v := strconv.Itoa(s.Profile.HoursPerWeek + n)
		if _, had := f.Fact(SlotHours); had {
			f.setHours(v)
		} else {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: v, Conf: strongConf, Words: fmt.Sprintf("%d more hours", n)})
		}
		hoursSaid = ""
	}
	if hoursSaid == f.raw {
		// (An addition already read with the earlier hours, "and
		// Wednesday 1", is not added again.)
		hoursSaid = a.addedToEarlierHours(s, &f, in.Now, hoursSaid)
	}
	if !dropped {
		hoursSaid = a.correctedEarlierDays(s, &f, in.Now, hoursSaid)
	}

	hadPlan := hasPlan(s)

	var changed []Slot
	var guesses []Fact
	applied, newSlots := 0, 0
	startsNow := false
	mlBefore := s.Profile.ML
	for _, x := range f.Facts {
		if x.Conf < guessConf {
			if !s.Profile.Has(x.Slot) || hasPlan(s) && x.Value != s.Profile.value(x.Slot) && asksChange(f.tz) {
				// (After the plan, "what i really want is to predict
				// churn actually, change it to that" got "Noted": a
				// guess said as a change is worth a yes/no question.)
				guesses = append(guesses, x)
			}
			continue
		}
		if conflicted(f, x.Slot) {
			continue
		}
		if x.Slot == SlotStart && s.Profile.Start == "" && x.Value <= dateOnly(in.Now).Format(DateLayout) {
			// "starting the first one tonight", "starting it this week"
			// (dev73): today is when a plan starts anyway; a date pinned
			// to it would stop the plan moving with the days.
			startsNow = true
			continue
		}
		if x.Slot == SlotML && hasPlan(s) && namesPart(x.Words) {
			// "only got through week 1" after the plan (dev79 read ML
			// coursework): a week of the plan's course, not experience.
			continue
		}
		if x.Slot == SlotML && x.Value == MLCoursework && (mlBefore == MLBuiltModels || mlBefore == MLProduction) && !f.corrects {
			// "also did google's Production ML Systems on coursera"
			// after models in production (said in an earlier message):
			// a course taken besides, not a correction of what they
			// have done.
			continue
		}
		if x.Implied && (x.Slot == SlotML || x.Slot == SlotProgramming) && s.Profile.Has(x.Slot) && !(f.corrects && x.Conf >= strongConf && len(f.Facts) == 1) {
			// (Unless they correct the answer just given: "kinda", then
			// "i mean it's my job, 4 yrs of react + node"; dev47.)
			// "halfway through the Michigan course" implies coursework;
			// it does not undo the models they said they built. A job
			// title named later ("a workshop by Data Science Nigeria",
			// "first data analyst, after that data scientist") does not
			// undo the programming or the "no ML" they described.
			continue
		}
		var p Profile
		p.set(x.Slot, x.Value)
		if !s.Profile.Has(x.Slot) {
			newSlots++
		}
		changed = append(changed, s.Profile.merge(p)...)
		delete(s.Hints, x.Slot)
		applied++
		if x.Slot == SlotHours {
			s.HoursSaid = cutBytes(hoursSaid, maxHoursSaid)
		}
	}
	if s.Asking == SlotBudget || f.has(SlotBudget) || slices.ContainsFunc(guesses, func(x Fact) bool { return x.Slot == SlotBudget }) {
		// "no more than 100 bucks total": the amount is kept for the
		// plan to be compared with (budgetCapNote); a budget said again
		// without one drops it.
		if _, _, ok := usdCap(f.raw); ok {
			s.BudgetSaid = cutBytes(f.raw, maxHoursSaid)
		} else if f.has(SlotBudget) {
			s.BudgetSaid = ""
		}
	}
	var retracted []string
	for _, x := range f.Retracted {
		if s.Profile.value(x.Slot) == x.Value && !f.has(x.Slot) {
			s.Profile.set(x.Slot, "")
			retracted = append(retracted, "not "+valueWords(x.Slot, x.Value))
		}
	}
	if newSlots > 0 && s.Asking != "" && !s.Profile.Has(s.Asking) {
		// They answered another question than the one asked. Correcting
		// an earlier answer is not that: "idk", then "well i did a python
		// unit at TAFE last year" while the ML question is open keeps it
		// open (dev51).
		s.sidestepped = true
	}
	completed := a.applyCompleted(&s, f.Completed)
	if applied > 0 || len(retracted) > 0 || len(completed) > 0 {
		s.Tries, s.Nudges = 0, 0
	}
	if startsNow && applied == 0 && len(retracted) == 0 && len(completed) == 0 && len(f.Asks) == 0 && hasPlan(s) {
		if i, ok := currentStep(s); ok {
			return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Good luck! Your plan already starts today: %s first.", s.Plan.Steps[i].Title) + afterPlanHelp}
		}
	}

	var errNote string
	switch {
	case f.HoursErr != "" && s.Asked[SlotHours] < maxAsks:
		s = asking(s, SlotHours)
		return s, a.ask(s, SlotHours, joinLead(ack(s, changed, hadPlan, retracted, completed),
			fmt.Sprintf("I plan for %d to %d hours a week, so %s doesn't fit.", MinHours, MaxHours, f.HoursErr)))
	case f.HoursErr != "":
		// Asked three times: plan with the nearest amount that fits
		// rather than ask a fourth time.
		h := MinHours
		if v, err := strconv.ParseFloat(f.HoursErr, 64); err == nil && v > MaxHours {
			h = MaxHours
		}
		var p Profile
		p.set(SlotHours, strconv.Itoa(h))
		changed = append(changed, s.Profile.merge(p)...)
		applied++
		errNote = fmt.Sprintf("%s h/week doesn't fit, so I'll plan with %d, the nearest I can; change it any time.", f.HoursErr, h)
	case f.OptionErr > 0 && s.Asking != "" && !s.Profile.Has(s.Asking) && len(questions[s.Asking].choices) > 0:
		// "5" to the four ML options was a silent hours guess and the
		// same question again (a stranger, twenty-third session).
		errNote = fmt.Sprintf("There's no option %d here: pick 1 to %d, or say it in your own words.", f.OptionErr, len(questions[s.Asking].choices))
	case f.StartErr != "":
		// Said, and the interview goes on (a question already asked
		// three times is not asked again).
		errNote = fmt.Sprintf("I couldn't read the start date %q; try e.g. \"start 2027-01-04\" or \"start next monday\".", f.StartErr)
	}
	if a := ack(s, changed, hadPlan, retracted, completed); a != "" {
		lead = append(lead, a)
	}
	if errNote != "" {
		lead = append(lead, errNote)
	}

	// Two values for one slot with nothing saying which: ask.
	if len(f.Conflicts) > 0 {
		c := f.Conflicts[0]
		if s.Asked[c.Slot] < maxAsks {
			// ("prob ml engineer? or data science idk yet whats the
			// difference", a stranger, eighteenth session: no question
			// mark where it asks.)
			if c.Slot == SlotGoal && (len(f.Asks) > 0 || strings.Contains(strings.ToLower(in.Text), "differen")) {
				// "what does mlops even mean? and data scientist vs ml
				// engineer, which one fits me?" (dev67 got the choice
				// with no word on either): each in plain words first.
				lead = append(lead, a.goalsMeaning(c.First.Value, c.Then.Value))
			}
			return s, a.chooseBetween(&s, c, strings.Join(lead, "\n"))
		}
		// Asked enough: the last thing said wins.
		var p Profile
		p.set(c.Slot, c.Then.Value)
		changed = append(changed, s.Profile.merge(p)...)
		applied++
	}
	// Guesses wait for their slot's turn, then are asked as yes/no.
	for _, g := range guesses {
		if hadPlan && applied == 0 && s.Profile.Has(g.Slot) {
			// A change asked for after the plan is asked now.
			return a.confirmGuess(s, g.Slot, g.Value, "")
		}
		s.hint(g.Slot, g.Value)
	}

	understood := applied > 0 || len(retracted) > 0 || len(completed) > 0 || len(guesses) > 0 || restarted
	// Questions: with a complete profile "where do I start?" is answered
	// by the plan; anything else by the FAQ.
	if f.WhereToStart && hasPlan(s) {
		// "what do i do after i finish all of them?" asks past the plan.
		q, _, _, _ := a.classifyText(text)
		if after, ok := a.afterThePlan(s, q); ok {
			return a.answerAndResume(s, in, composedAnswer(after, TopicNextStep, computedConfidence), lead, understood)
		}
		// "whats next for me" (a stranger got the whole plan again):
		// the step that is next, in one line.
		if next, ok := a.isNext(s, q); ok && len(changed) == 0 {
			return a.answerAndResume(s, in, composedAnswer(next, TopicNextStep, computedConfidence), lead, understood)
		}
	}
	if f.WhereToStart && hasPlan(s) && len(changed) == 0 && startWords(f.tz) {
		// "which one do i start with?" once the plan is made (dev56,
		// dev58, dev67 got the guide's order for beginners, or the whole
		// plan again): its first step not yet done, and why.
		if i, ok := currentStep(s); ok {
			st := s.Plan.Steps[i]
			why := ""
			if st.Why != "" {
				why = " Why: " + st.Why
			}
			return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Start with %s (step %d of your plan): %s h, %s to %s.%s", st.Title, i+1, money(st.Hours), st.Start, st.End, why)}
		}
	}
	if f.WhereToStart && s.Profile.Complete() {
		// The plan is the answer, whatever else the message asked.
		lead = append(lead, "Here is where to start, in order:")
		return a.continueWith(s, in, lead)
	}
	if f.WhereToStart && !s.Profile.Complete() {
		// "where do I start?" is what the interview is for.
		missing := s.Profile.Missing()
		switch {
		case !understood && s.Profile.IsZero() && s.Asking != "":
			// "hey can u help me pick a cert" right after the welcome:
			// not "Hi again!".
			lead = append(lead, "Happy to help: a few quick questions first, then your path.")
		case !understood && s.Profile.IsZero():
			lead = append(lead, greeting(s))
		default:
			lead = append(lead, fmt.Sprintf("I'll suggest where to start as soon as I know %s.", missingWords(missing)))
		}
		return a.continueWith(s, in, lead)
	}
	if slot := f.AboutQuestion; slot != "" && slot != SlotStart && !s.Profile.Has(slot) && !f.statesAny() && s.Asked[slot] < maxAsks {
		// "wdym by programming? like excel?": what the question means,
		// then the question again.
		s = asking(s, slot)
		return s, a.ask(s, slot, joinLead(strings.Join(lead, "\n"), a.slotMeaning(slot)))
	}
	// Facts said again once the plan is made, which change nothing ("i
	// did ng's course btw" when the plan already has ML coursework; a
	// stranger, thirteenth session, got the same plan again with no word
	// on it): the plan stands, and a question beside them is answered.
	same := understood && hasPlan(s) && s.Profile.Complete() && len(changed) == 0 && len(retracted) == 0 && len(completed) == 0 &&
		len(guesses) == 0 && !restarted && errNote == "" && len(f.Conflicts) == 0 && f.Command == ""
	if hasPlan(s) && s.Pending == nil && f.Command == "" && len(f.Completed) == 0 {
		if from, to := brkFrom, brkTo; brk {
			back := to.AddDate(0, 0, 1)
			if from.After(dateOnly(in.Now).AddDate(0, 0, 7)) {
				// A break weeks away: the plan keeps its dates until
				// then (there is no gap in a plan); how to start after
				// it instead, and how to re-date on return.
				return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Noted: a break from %s to %s. Your plan keeps its dates: study until the break, and when you're back, say \"behind\" and I'll re-date the steps left from that day. To start everything after the break instead, say \"start %s\".",
					from.Format(DateLayout), to.Format(DateLayout), back.Format(DateLayout))}
			}
			// A break starting now: the plan starts after it.
			var p Profile
			p.Start = back.Format(DateLayout)
			changed := s.Profile.merge(p)
			return a.next(s, in, "OK: your plan waits until after your break. Updated: "+describe(s.Profile, changed)+". Here is your new plan.")
		}
	}
	if hasPlan(s) && s.Pending == nil && f.Command == "" && len(f.Completed) == 0 && !understood {
		if onTrack, ok := checkInSaid(f.tz); ok {
			// "i'm a bit behind lol", "behind on classification, had
			// exams" (a stranger, 2026-12-01, got "Noted"): the weekly
			// check-in's answer in their words.
			return a.checkInAnswer(s, in, onTrack)
		}
		if pause, ok := pauseAsked(f.tz); ok {
			// "can i pause for 2 weeks?" (a stranger, 2026-12-01, got a
			// course's duration): the plan waits; a new start re-dates it.
			// "for 2 weeks in december" counts from December (it was
			// dated from today).
			back := pause.back(in.Now)
			if pause.until != 0 {
				// "pausing till february" says when they pick it up
				// (dev75): the plan starts then.
				var p Profile
				p.Start = back.Format(DateLayout)
				if first := time.Date(back.Year(), back.Month(), 1, 0, 0, 0, 0, back.Location()); first.After(dateOnly(in.Now)) {
					p.Start = first.Format(DateLayout)
				}
				changed := s.Profile.merge(p)
				return a.next(s, in, "OK: your plan waits. Updated: "+describe(s.Profile, changed)+". Here is your new plan.")
			}
			lead := "OK"
			if strings.Contains(text, "?") {
				lead = "Yes"
			}
			return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("%s: your plan waits for you (whether a Coursera subscription can be paused, the guide doesn't say; check on Coursera). Tell me when you'll pick it up again, e.g. \"start %s\", and I'll re-date the steps left from then.", lead, back.Format(DateLayout))}
		}
	}
	if len(f.Asks) > 0 && !f.WhereToStart {
		// The whole message goes to the question reader, which finds
		// the question in it and reads the rest as context: "so if it
		// ends up taking me like 5 months, what's the total bill" needs
		// its 5 months.
		// The message that completes the interview is answered with the
		// plan it makes: "free. how long will it take me?" (a probe,
		// eighteenth session, got one course's 7-14 weeks before the
		// plan's own 10 weeks).
		// Only the plan's own numbers are taken from it: "do i need
		// python before the first course?" is still the guide's answer.
		ans, multi := a.eachAnswered(s, f.Asks)
		if !multi {
			ans = a.AskIn(s, text)
			if qs := a.withDraftPlan(s, in); qs.Plan != s.Plan {
				if alt := a.AskIn(qs, text); alt.Answered && (alt.Topic == TopicComputedDuration || alt.Topic == TopicComputedCost) {
					ans = alt
				}
			}
		}
		// ("idk tbh, something with data?" answering the goal question
		// is a hedged answer, not a question to decline: with nothing
		// to answer or offer, it is read as a reply below.)
		hedgedReply := !ans.Answered && len(ans.Clarify) == 0 && s.Asking != "" && !s.Profile.Has(s.Asking) && hedged(f.tz)
		knownUnknown := false
		if !ans.Answered && understood {
			// What the message stated is taken; the question is read on
			// its own: "ml engineer po, i want to build AI apps. is it
			// true you need a degree for that?" (dev67: the story sank
			// it to "Did you mean", and only the goal was acknowledged).
			alone := a.AskIn(s, strings.Join(f.Asks, " "))
			switch {
			case alone.Answered && !alone.family:
				ans = alone
			case !alone.Answered && len(alone.Clarify) == 0 && alone.Text != "" && alone.Text != a.faq.unanswered:
				// "im 45, accountant, zero code. too late for me?" (a
				// stranger: only the facts were acknowledged): what the
				// guide does and doesn't say, without the list of other
				// questions.
				ans, knownUnknown = alone, true
				ans.Suggestions = nil
			case len(alone.Clarify) > 0 && !hedgedReply && !s.Profile.Complete() && alone.Confidence >= clarifyAfterFacts:
				// The question read on its own is nearly known: "Did you
				// mean" after what was taken, rather than the question
				// dropped ("ml engineer po, ... is it true you need a
				// degree for that?" fell to 0.78 with a retraining,
				// twenty-first session, and was then not answered at
				// all). With the interview complete the plan comes.
				ans, knownUnknown = alone, true
			}
		}
		if ans.Answered || knownUnknown || (!understood || same) && !hedgedReply {
			return a.answerAndResume(s, in, ans, lead, understood && !same)
		}
	}
	if same {
		return s, Reply{Kind: KindInfo, Text: "Noted: that matches what I have, so your plan stays as it is." + afterPlanHelp}
	}
	if understood {
		return a.continueWith(s, in, lead)
	}
	if f.Command == "restart" {
		return a.continueWith(s, in, lead)
	}

	if s.Profile.Complete() && s.Pending == nil && f.Command == "" {
		if slot, ok := changeRequest(f.tz); ok {
			// "i want to change my hours", "can you change the start
			// date?" after the plan (dev72 and a probe, 2026-12-01: "Did
			// you mean" costs or "I can't answer that"): ask for the new
			// value; the answer re-plans as any change does.
			return a.askToChange(s, slot)
		}
	}

	// Nothing usable. Once the interview is over, a message is most
	// likely a question without a question mark; during it, only a
	// confident answer is given (and still counts as a miss, so the
	// interview cannot go round in circles).
	if f.Short == "unknown" && s.Asking == SlotBudget && s.Asked[SlotBudget] < maxAsks {
		// "no idea" about money: say what the choices cost, then ask.
		p := a.cat.Pricing
		return s, a.ask(s, SlotBudget, fmt.Sprintf("No problem. Auditing is free (lectures, no certificate); the certificate comes with a Coursera subscription of %s–%s a month (prices as of %s); financial aid can cover it if that's too much.",
			"$"+money(p.SubscriptionMonthlyMin), "$"+money(p.SubscriptionMonthlyMax), p.AsOf))
	}
	// ("yeah", "sounds good", "awesome" after the plan close like "ok"; a
	// stranger, twelfth session, got "I can't answer that".)
	agrees := s.Asking == "" && s.Profile.Complete() && agreement[plainWords(f.tz)]
	if s.Pending == nil && (acknowledges(f.tz) || agrees) {
		switch slot := s.Asking; {
		case slot != "" && !s.Profile.Has(slot) && !s.Profile.Complete() && s.Nudges < maxNudges:
			s.Nudges++
			// "ok cool" after an answer to an aside, or a bare "so":
			// taken in, not a try at the question, which stays open. A
			// nudge, not the question and its options once more (dev37,
			// dev41).
			text := questions[slot].prompt
			switch {
			case fillerOnly(f.tz):
				text = "No rush. " + text
			case thanks(f.tz):
				text = "You're welcome! " + text
			}
			return s, nudge(text)
		case len(f.Asks) == 0 && slot == "" && s.Profile.IsZero():
			// "ok" as a first message: the interview starts.
			return a.next(s, in, greeting(s))
		case len(f.Asks) == 0 && s.Profile.Complete():
			// "thanks!" or "ok" after the plan: a closing, not a
			// question to decline ("I can't answer that" was the reply).
			lead := "Great."
			if thanks(f.tz) {
				lead = "You're welcome, and good luck!"
			}
			return s, Reply{Kind: KindInfo, Text: lead + afterPlanHelp}
		}
	}
	ans := a.AskIn(s, text)
	// (A topic chosen only for its family is too soft a reading to take
	// an unread answer for a question.)
	if s.Profile.Complete() && !ans.Answered && len(ans.Clarify) == 0 && len(f.Asks) == 0 && !queryLike(f.tz) && !strings.Contains(text, "?") {
		// "yeah they said yes" after the plan: a statement that changes
		// nothing is taken in, not declined as a question (a stranger,
		// eighth session).
		return s, Reply{Kind: KindInfo, Text: fmt.Sprintf(`Noted. Ask me anything about the courses (cost, how long, is it worth it), or tell me what changed, e.g. "%s".`, hoursChange(s.Profile))}
	}
	if s.Profile.Complete() && s.Pending == nil && !ans.Answered && len(f.Asks) == 0 && !strings.Contains(text, "?") && closingLike(f.tz) && !a.topicCue(text) && a.namesNothing(text) {
		// "sweet thanks", "Hvala", "👍", "grand, thanks", "ok thanks lah"
		// after the plan (dozens of tunable conversations ended on "I
		// can't answer that"): a few words that ask nothing close, even
		// when the model would offer "Did you mean" ("grand, thanks" was
		// offered degrees and costs after one retraining, 2026-12-01).
		return s, Reply{Kind: KindInfo, Text: "Glad to help." + afterPlanHelp}
	}
	if s.Profile.Complete() || ans.Answered && !ans.family && ans.Confidence >= confidentAside && s.Tries == 0 && queryLike(f.tz) && (askingClauses(f.tz) > 0 || a.topicCue(text)) {
		return a.answerAndResume(s, in, ans, nil, false)
	}
	// A reply no pattern reads, close to a reply learners have given to
	// this question: ask yes or no about what those said.
	// (A bare "yes" or a number says nothing an example could add; and
	// the examples speak of the writer, so not for a plan for someone
	// else.)
	if slot := s.Asking; slot != "" && !s.Profile.Has(slot) && len(f.Asks) == 0 && f.Command == "" && f.Short == "" && !f.HasBare && s.Nudges < maxNudges && aside(f.tz) {
		// "bear with me 😅", "long day lol", "sorry typing one handed"
		// between the question and its answer, as people type in bursts
		// (dev92: each was taken as a failed answer, and after three the
		// question was answered for them). The question stays open, and
		// the aside is not one more try, as a hello is not (maxNudges
		// of them in a row; after that they count, so a learner who only
		// says "hmm" still gets a plan). The question is said in its one
		// line, a nudge.
		s.Nudges++
		return asking(s, slot), nudge("No rush. " + questions[slot].prompt)
	}
	if slot := s.Asking; slot != "" && !s.Profile.Has(slot) && len(f.Asks) == 0 && f.Command == "" && f.Short == "" && !f.HasBare && !s.ForOther {
		if slot == SlotBudget && payerOnlyDenied(f, text) {
			// "my parents wont pay lol" (a stranger in the console,
			// 2026-12-01, was asked "you can pay for the certificates,
			// right?", the neighbours of "parents pay"): a payer taken
			// back and nothing else is no sign that they pay; the
			// question again. (With more said, "работодатель не
			// оплатит, заплачу сам", the neighbours still decide.)
			s.deny(slot, BudgetPaid)
			return asking(s, slot), a.ask(s, slot, "OK, noted.")
		}
		// (A job said without a word of code is no sign of some
		// programming: "teaching assistant at a primary school", "I am
		// typist in a government office" were asked "you've done some
		// programming, right?"; dev77.)
		// (Nor is "not sure what i want yet": dev107 was asked "you're
		// aiming for data science, right?" from its neighbours.)
		if g, ok := a.answers().guess(f.tz, []Slot{slot}, -1); ok && s.Denied[slot] != g.Value && !(g.Value == ProgrammingSome && slot == SlotProgramming && introduces(f.tz) && !a.nlu.namesCode(f.tz)) && !(slot == SlotGoal && a.nlu.unsure(f.tz)) {
			if s.Asked[slot] < maxAsks {
				return a.confirmGuess(s, g.Slot, g.Value, "")
			}
			// Out of asks: what the reply is close to is a better
			// assumption than the default ("usare il ML nel mio
			// studio" after a denied guess was assumed data scientist).
			s.hint(slot, g.Value)
		}
	}
	return a.miss(s, in, text, f.tz)
}

// namesPart reports words that name a part of a course ("through week 1").
func namesPart(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if partWords[w] {
			return true
		}
	}
	return false
}

// payerOnlyDenied reports whether a message only takes a payer back: one
// short clause whose paid reading was retracted ("my parents wont pay
// lol", "the company won't pay for it").
func payerOnlyDenied(f Frame, text string) bool {
	if strings.ContainsAny(text, ",;?") || len(strings.Fields(text)) > 10 {
		return false
	}
	return slices.ContainsFunc(f.Retracted, func(x Fact) bool { return x.Slot == SlotBudget && x.Value == BudgetPaid })
}

// answerAndResume answers a question and goes back to the interview. An
// answer to a message that stated nothing counts as a miss of the pending
// question, so an interview cannot go round in circles: after three, the
// slot is assumed like any other miss.
func (a *Advisor) answerAndResume(s Session, in Input, ans Answer, lead []string, understood bool) (Session, Reply) {
	s = refreshAsking(s)
	if r, ok := clarifyReply(ans); ok {
		s.Pending = &Pending{Kind: PendingTopics, Options: ans.Clarify}
		if missing := s.Profile.Missing(); s.Asking == "" && len(missing) > 0 && s.Plan == nil {
			// (A first message with facts and a question: the interview
			// goes on after the topic is picked.)
			s.Asking = nextToAsk(s, missing)
		}
		if len(lead) > 0 {
			r.Text = strings.Join(lead, "\n") + "\n\n" + r.Text
		}
		return s, r
	}
	r := Reply{Kind: KindAnswer, Text: ans.Text, Answer: &ans, Suggestions: ans.Suggestions}
	if !ans.Answered && len(ans.Suggestions) > 0 {
		r.Text += "\nYou could ask:\n- " + strings.Join(ans.Suggestions, "\n- ")
	}
	if len(lead) > 0 {
		r.Text = strings.Join(lead, "\n") + "\n\n" + r.Text
	}
	if s.Profile.Complete() && !understood {
		return s, r
	}
	var note string
	if !understood && !ans.Answered && s.Asking != "" && !s.Profile.Complete() {
		s.Tries++
		if s.Tries >= maxAsks {
			s.Tries = 0
			s, note = assume(s, s.Asking, "")
		}
	}
	// Resumed like any turn: a guess for the next question is confirmed
	// rather than the question asked afresh.
	next, q := a.continueWith(s, in, []string{note})
	return resumed(next, r, q)
}

// resumed puts the interview's next reply q after an answer r: the plan
// follows it, a question is asked after "Back to your plan".
func resumed(next Session, r, q Reply) (Session, Reply) {
	if q.Kind == KindPlan {
		q.Text = r.Text + "\n\n" + q.Text
		q.Answer = r.Answer
		return next, q
	}
	r.Question = q.Question
	r.Text += "\n\n" + ResumeLead + q.Text
	return next, r
}

// askingClauses counts the clauses of a message phrased as questions.
func askingClauses(tz *tokenized) int {
	n := 0
	for _, q := range tz.clauseQ {
		if q {
			n++
		}
	}
	return n
}

// queryLike reports whether a message reads as a query even without a
// question mark ("cost of certs"): a clause asks, or it says nothing
// about the learner. "did linear regression in my stats class" is a
// statement, however sure the classifier is of a topic; so is what
// someone else said or will do ("the doctors said they'll pay", dev38:
// answered three times with the cost of auditing).
func queryLike(tz *tokenized) bool {
	for i := range tz.toks {
		if tz.isQuestionAt(i) && !embeddedQuestion(tz, i) {
			return true
		}
	}
	if introduces(tz) {
		// "audit senior at one of the big four in dublin" (no "?"; it
		// got the audit answer once "audit senior" was no budget): a
		// job and where.
		return false
	}
	if len(tz.toks) > 0 {
		switch tz.toks[0].text {
		case "to", "understand", "learn", "become", "build", "predict", "automate", "switch", "use", "using", "get", "move":
			// "perceber a IA" (understand AI, answering the goal
			// question; dev50), "to build models", "become a data
			// scientist": the answer's shape, with its verb first.
			return false
		}
	}
	for _, t := range tz.toks {
		switch t.text {
		case "i", "im", "ive", "id", "ill", "my", "me", "mine", "myself", "we", "our", "did", "took", "done", "finished",
			"he", "she", "they", "theyll", "theyd", "said", "says", "told", "agreed", "promised", "offered", "idk", "dunno", "idek":
			return false
		}
	}
	return true
}

// cueTerms are the canonical terms (text.go) that name what the FAQ
// answers: a message that asks nothing in question form and names none
// of them is no question ("clerk at a customs broker in el paso", said
// while the programming question was open, got the financial-aid
// answer; dev53).
var cueTerms = map[string]bool{
	"cost": true, "free": true, "audit": true, "expire": true, "recognize": true, "worth": true, "hire": true,
	"duration": true, "degree": true, "aid": true, "order": true, "type": true, "bootcamp": true,
	"prerequisite": true, "certificate": true, "course": true, "program": true, "math": true, "difference": true,
	"rating": true, "level": true, "subscription": true, "total": true, "specialization": true, "finish": true,
	"start": true, "hour": true, "week": true, "month": true, "instructor": true, "cover": true, "offer": true,
}

// topicCue reports whether a message names something the FAQ answers.
func (a *Advisor) topicCue(text string) bool {
	var buf [maxTokens]word
	for _, w := range a.faq.lx.splitWords(normalize(a.nlu.glossText(text)), buf[:0]) {
		if cueTerms[w.term] {
			return true
		}
	}
	return false
}

// embeddedQuestion reports whether the question word at i follows "idk"
// or "not sure": "honestly idk how many hours, depends on the month" says
// the learner doesn't know, it asks nothing.
func embeddedQuestion(tz *tokenized, i int) bool {
	for j := i; j >= 1 && tz.toks[j-1].clause == tz.toks[i].clause; j-- {
		if !questionWord[tz.toks[j].text] {
			continue
		}
		switch tz.toks[j-1].text {
		case "idk", "dunno", "idek":
			return true
		case "sure", "know", "idea":
			// "not sure how", "don't know what", "no idea how"
			return j >= 2 && (tz.toks[j-2].text == "not" || tz.toks[j-2].text == "dont" || tz.toks[j-2].text == "no")
		}
	}
	return false
}

// questionWord open an embedded question: "idk how many".
var questionWord = map[string]bool{"how": true, "what": true, "which": true, "when": true, "where": true, "whether": true, "if": true}

// hedged reports whether a reply hedges ("idk tbh, something with
// data?", "not sure, maybe research?"): a guess at an answer, not a
// question for the FAQ.
func hedged(tz *tokenized) bool {
	for i, t := range tz.toks {
		switch t.text {
		case "idk", "dunno", "maybe", "perhaps", "probably", "something", "guess", "tbh", "hmm", "unsure":
			return true
		case "sure":
			if i > 0 && tz.toks[i-1].text == "not" {
				return true
			}
		}
	}
	return false
}

// confidentAside is the FAQ confidence above which a message that is not
// phrased as a question is still answered as one mid-interview ("cost of
// certs"). Set on the tune split of the conversation set, where answers
// such as "python from one class" must not be taken for questions.
const confidentAside = 0.8

// refreshAsking moves Asking off a slot that is already filled, so a
// resumed question and a bare "2" refer to the same slot.
func refreshAsking(s Session) Session {
	if s.Asking != "" && s.Profile.Has(s.Asking) {
		if missing := s.Profile.Missing(); len(missing) > 0 {
			s.Asking = nextToAsk(s, missing)
		} else {
			s.Asking = ""
		}
	}
	return s
}

// continueWith asks the next question (a pending guess first) or plans.
func (a *Advisor) continueWith(s Session, in Input, lead []string) (Session, Reply) {
	l := strings.Join(lead, "\n")
	missing := s.Profile.Missing()
	if len(missing) > 0 {
		slot := nextToAsk(s, missing)
		if v, ok := s.Hints[slot]; ok && s.Asked[slot] < maxAsks {
			return a.confirmGuess(s, slot, v, l)
		}
	}
	return a.next(s, in, l)
}

// joinLead joins non-empty lines.
func joinLead(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n")
}

// ack says what the message changed: "Got it: ..." before a plan,
// "Updated: ..." once there is one.
func ack(s Session, changed []Slot, hadPlan bool, retracted, completed []string) string {
	var parts []string
	if len(changed) > 0 {
		parts = append(parts, describe(s.Profile, changed))
	}
	parts = append(parts, retracted...)
	if len(completed) > 0 {
		parts = append(parts, "already completed: "+strings.Join(completed, ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	text := strings.Join(parts, ", ")
	if hadPlan {
		if s.Profile.Complete() {
			return "Updated: " + text + ". Here is your new plan."
		}
		return "Updated: " + text + "."
	}
	return "Got it: " + text + "."
}

// conflicted reports whether the frame found two values for a slot.
func conflicted(f Frame, s Slot) bool {
	for _, c := range f.Conflicts {
		if c.Slot == s {
			return true
		}
	}
	return false
}

// statesAny reports whether the message states a fact outright (not a
// guess from "like excel?"): "I write some SQL queries, if that counts"
// answers, with a hedge.
func (f *Frame) statesAny() bool {
	for _, x := range f.Facts {
		if x.Conf >= guessConf && !x.Implied {
			return true
		}
	}
	return false
}

func (f *Frame) has(s Slot) bool {
	_, ok := f.Fact(s)
	return ok
}

// applyCompleted records courses finished before the plan (or, with a
// plan, marks its steps done) and returns their titles.
func (a *Advisor) applyCompleted(s *Session, ids []string) []string {
	var titles []string
	for _, id := range ids {
		if s.Profile.HasCompleted(id) {
			continue
		}
		c, ok := a.cat.Course(id)
		if !ok {
			continue
		}
		s.Profile.Completed = append(s.Profile.Completed, id)
		titles = append(titles, c.Title)
		if s.Profile.ML == MLNone {
			// "oh i already did the Regression one last year" after
			// "no ML" (dev44): a course of the six finished is ML
			// coursework.
			s.Profile.ML = MLCoursework
		}
	}
	return titles
}

// greet answers a message that is a hello: the welcome, "how are you?"
// in kind, or thanks for an intro said with it. ok is false for "hey
// folks, i run a bakery" mid-question, which told something, just not
// this (miss says so).
func (a *Advisor) greet(s Session, in Input, f Frame) (Session, Reply, bool) {
	var next Session
	var r Reply
	switch intro := !f.greetsOnly() && introduces(f.tz); {
	case intro && (s.Asking != "" || !s.Profile.IsZero()):
		return s, Reply{}, false
	case intro:
		// "Hey y'all! Prepping for a master's...": the welcome,
		// thanking them for the intro.
		next, r = a.next(s, in, "Hi, and thanks for the intro! "+welcomeSpeech)
	case f.SmallTalk:
		next, r = a.next(s, in, smallTalkReply(s))
	default:
		s.Turns--
		next, r = a.step(s, Input{Text: "start", Now: in.Now, Admin: in.Admin})
	}
	// A hello in the middle of a question is not a try at it: "yo" then
	// "i run a bakery" gets the question again, not "let me put it
	// another way".
	if s.Asking != "" && r.Question != nil && r.Question.Slot == s.Asking && next.Nudges < maxNudges {
		// Said as a nudge, the question's one line and not its options
		// once more: the learner has just seen them ("good morning all",
		// then "hows it going" showed the programming question twice).
		next.Nudges++
		lead, _, _ := strings.Cut(r.Text, "\n")
		text := joinLead(lead, questions[s.Asking].prompt)
		if lead == questions[s.Asking].prompt || strings.HasPrefix(lead, questions[s.Asking].prompt) {
			text = lead
		}
		r = nudge(text)
	}
	return next, r, true
}

// nudge is the open question said again in one line after a hello or an
// "ok": the learner has just seen its options, and it does not count as
// asking again. (Tried twice on 2026-11-30: the options as buttons,
// counted as an ask while fewer than three. It gave a plan to five
// tunable conversations that ended on "thanks" and assumed a value too
// early in three others; the report-only sets lost one and gained none.)
func nudge(text string) Reply {
	return Reply{Kind: KindInfo, Text: text}
}

// clarifyAfterFacts is how sure the best topic of a question said with
// facts must be for its "Did you mean" to follow them.
const clarifyAfterFacts = 0.7

// maxNudges is how many hellos and "ok"s in a row are let off as tries
// at the open question; after that they count, so a learner who only
// says "hmm" still gets a plan on assumed values.
const maxNudges = 2

// acknowledgement are replies that take something in and say nothing
// more.
var acknowledgement = map[string]bool{"ok": true, "okay": true, "k": true, "kk": true, "okk": true, "cool": true, "alright": true, "got it": true, "i see": true, "ok i see": true, "ok cool": true, "ok thanks": true, "ok thx": true, "ok ty": true, "thanks": true, "thx": true, "ty": true, "nice one": true, "nice": true, "sweet": true, "fair": true, "right ok": true, "righto": true, "ta": true}

// afterPlanHelp follows a closing after the plan.
const afterPlanHelp = ` Ask me anything about the courses (cost, how long, is it worth it), or say "restart" to plan again.`

// agreement are replies that agree with what was said; after the plan,
// with nothing asked, they close like an acknowledgement.
var agreement = map[string]bool{"yeah": true, "yea": true, "ya": true, "yep": true, "yup": true, "yes": true, "sure": true, "sounds good": true,
	"sounds great": true, "great": true, "awesome": true, "perfect": true, "will do": true, "ok will do": true, "love it": true, "lets go": true,
	"lets do it": true, "yeah ok": true, "yeah sure": true, "ok great": true, "ok perfect": true, "great stuff": true, "looks good": true, "amazing": true}

// fillers are replies that only fill a pause: "so", "um".
var fillers = map[string]bool{"so": true, "soo": true, "sooo": true, "um": true, "uh": true, "umm": true, "hmm": true, "hm": true, "well": true, "anyway": true, "anyways": true, "ok so": true, "so yeah": true,
	// "so basically" (a reply split over lines; a stranger in the
	// console, 2026-12-01, was asked "you don't program (yet), right?")
	"so basically": true, "basically": true, "ok so basically": true, "well um": true, "so um": true, "let me think": true, "lemme think": true, "hmm let me": true}

// fillerOnly reports whether a message only fills a pause.
func fillerOnly(tz *tokenized) bool {
	return fillers[plainWords(tz)]
}

// plainWords joins a message's words (up to three), or "".
func plainWords(tz *tokenized) string {
	var words []string
	for _, t := range tz.toks {
		if !t.punct {
			words = append(words, t.text)
		}
	}
	if len(words) > 3 {
		return ""
	}
	return strings.Join(words, " ")
}

// acknowledges reports whether a message is only an acknowledgement, a
// thank-you or a filler.
func acknowledges(tz *tokenized) bool {
	w := plainWords(tz)
	return acknowledgement[w] || fillers[w] || thanks(tz) || takesIn(tz)
}

// ackWords take in what was said; ackCore are the ones that must be there
// ("ok good to know", "ah makes sense", "noted, thanks", "beleza, valeu",
// "tamam sağ olun" after an answer to an aside were tries at the question).
var (
	ackCore  = map[string]bool{"ok": true, "okay": true, "k": true, "kk": true, "okk": true, "alright": true, "noted": true, "gotcha": true, "understood": true, "know": true, "sense": true, "beleza": true, "valeu": true, "tamam": true, "entendido": true, "entendi": true, "vale": true, "oke": true, "oki": true, "okey": true, "daccord": true, "compris": true, "klar": true, "verstehe": true, "capito": true, "acha": true, "accha": true, "theek": true, "baik": true, "sip": true, "fair": true}
	ackWords = map[string]bool{"good": true, "to": true, "got": true, "it": true, "makes": true, "ah": true, "oh": true, "ahh": true, "ohh": true, "i": true, "see": true, "nice": true, "great": true, "cool": true, "perfect": true, "enough": true, "that": true, "thats": true, "sounds": true, "lol": true, "haha": true, "then": true, "sag": true, "sağ": true, "olun": true, "alles": true, "hai": true, "bueno": true, "bom": true, "saber": true, "merci": true, "thanks": true, "thx": true, "ty": true, "cheers": true, "gracias": true, "obrigado": true, "obrigada": true, "danke": true, "grazie": true,
		// "ok phew" after the math answer (dev48 counted it a try)
		"phew": true, "whew": true, "relief": true,
		// "ah ok. fine" after an answer to an aside (dev78 was asked a guess)
		"fine": true, "right": true, "sure": true}
)

// takesIn reports whether a message only takes something in: a few of
// ackWords with one of ackCore.
func takesIn(tz *tokenized) bool { return onlyWords(tz, ackCore, ackWords, 6) }

// onlyWords reports whether a message is at most most words, each of
// core or fill, one at least of core: "ok good to know", "thank you so
// much".
func onlyWords(tz *tokenized, core, fill map[string]bool, most int) bool {
	said, n := false, 0
	for _, t := range tz.toks {
		if t.punct {
			continue
		}
		n++
		switch {
		case core[t.text]:
			said = true
		case !fill[t.text]:
			return false
		}
	}
	return said && n <= most
}

// thankWords say thank you; thankFill are the words around them ("thank
// you so much", "great, thanks a lot").
var (
	thankWords = map[string]bool{"thanks": true, "thank": true, "thx": true, "ty": true, "tysm": true, "tyvm": true, "thankyou": true, "thanx": true, "thnx": true, "tnx": true, "cheers": true, "appreciate": true, "appreciated": true,
		"gracias": true, "merci": true, "danke": true, "grazie": true, "obrigado": true, "obrigada": true, "asante": true, "shukran": true, "arigato": true, "arigatou": true, "salamat": true, "dziekuje": true, "dzieki": true, "tesekkurler": true, "tesekkur": true, "spasibo": true, "dhanyavaad": true, "shukriya": true, "terima": true, "kasih": true, "makasih": true, "bedankt": true, "tack": true}
	thankFill = map[string]bool{"you": true, "u": true, "so": true, "much": true, "very": true, "a": true, "lot": true, "lots": true, "again": true, "for": true, "the": true, "help": true, "info": true, "it": true, "this": true, "that": true, "man": true, "bro": true, "mate": true, "all": true,
		"great": true, "awesome": true, "perfect": true, "nice": true, "cool": true, "ok": true, "okay": true, "got": true, "sounds": true, "good": true, "alright": true, "amazing": true, "super": true, "helpful": true, "helps": true, "helped": true, "makes": true, "sense": true, "really": true, "will": true, "do": true, "oh": true, "wow": true, "ill": true, "check": true, "out": true, "sir": true, "po": true, "kak": true, "bhai": true, "nha": true, "ji": true,
		// "merci beaucoup", "muchas gracias", "vielen Dank", "muito
		// obrigado", "grazie mille" (a stranger, eighth session)
		"beaucoup": true, "muchas": true, "vielen": true, "muito": true, "mille": true, "tante": true, "mil": true, "bien": true, "dank": true}
)

// okWords agree: "ok thanks", "alright cheers".
var okWords = map[string]bool{"ok": true, "okay": true, "k": true, "kk": true, "okk": true, "alright": true, "cool": true, "great": true, "perfect": true, "good": true, "oke": true, "oki": true, "okey": true, "vale": true, "tamam": true}

// saysOK reports whether a message holds a word that agrees.
func saysOK(tz *tokenized) bool {
	for _, t := range tz.toks {
		if okWords[t.text] {
			return true
		}
	}
	return false
}

// leadingShort reports a message whose first sentence is only a short
// answer ("ok then none.", "nope,") followed by more sentences.
func leadingShort(tz *tokenized) bool {
	if tz == nil || len(tz.toks) == 0 || tz.toks[len(tz.toks)-1].sent == tz.toks[0].sent {
		return false
	}
	short := false
	for _, t := range tz.toks {
		if t.sent != tz.toks[0].sent {
			break
		}
		switch t.text {
		case "none", "nothing", "nope", "no", "nah", "zero", "nada", "never":
			short = true
		case "ok", "okay", "then", "so", "well", "alright", "fine", "hmm", "right", "yeah", "in", "that", "case",
			// "none yet. rotation is 2 weeks on 2 off ..." (dev54)
			"yet", "really", "sadly", "honestly", "tbh":
		default:
			if !t.punct {
				return false
			}
		}
	}
	return short
}

// thanks reports whether a message only says thank you.
func thanks(tz *tokenized) bool { return onlyWords(tz, thankWords, thankFill, 8) }

// contextual reads a short answer or a bare number as the answer to the
// question just asked, when the message states nothing else.
func (a *Advisor) contextual(s Session, f *Frame) {
	slot := s.Asking
	if s.Pending == nil && acknowledges(f.tz) {
		// "ok" after the answer to "can i audit the courses?" takes
		// the answer in; it is not "yes, I can pay" (dev41), nor
		// "some programming".
		return
	}
	if slot != "" && f.Short != "" && onlyImplied(*f, slot) {
		if v := shortValue(slot, f.Short); v != "" {
			// "none then, unless excel counts lol": the answer given,
			// not what a word in the aside implies.
			kept := f.Facts[:0]
			for _, x := range f.Facts {
				if x.Slot != slot {
					kept = append(kept, x)
				}
			}
			f.Facts = append(kept, Fact{Slot: slot, Value: v, Conf: 0.9})
			return
		}
	}
	if slot != "" && !f.has(slot) && f.tz != nil {
		// "can my school pay? idk, assume free" (a stranger, eleventh
		// session, was asked again): the value after "assume", "put" or
		// "go with" answers the open question, whatever came before.
		if x, ok := a.assumedAnswer(s, f.tz, slot); ok {
			f.Facts = append(f.Facts, x)
			return
		}
	}
	if slot != "" && slot != SlotHours && s.Profile.Has(SlotHours) && len(f.Facts) == 0 && len(f.Asks) == 0 && len(f.Conflicts) == 0 {
		// "Perdón, mejor 4, los sábados tengo turno" right after the
		// hours, to the next question (dev85: "Sorry, I didn't catch
		// that"): the hours corrected, the question asked again.
		if h, ok := a.nlu.correctedHours(f.tz); ok && h != s.Profile.HoursPerWeek {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.85})
			return
		}
	}
	if slot == "" && s.Profile.Has(SlotHours) && len(f.Facts) == 0 && len(f.Asks) == 0 && len(f.Conflicts) == 0 {
		// "hmm make that 3, work got busy" after the plan (dev44): the
		// hours corrected.
		if h, ok := a.nlu.correctedHours(f.tz); ok {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.85})
			return
		}
		if h, ok := canDoNow(f.tz); ok {
			// "i can do 4 now" after the plan (a stranger, tenth and
			// eleventh sessions, got "Did you mean"): their hours now.
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.85})
			return
		}
		if h, ok := settlesOnHours(f.tz); ok {
			// "ok let's do 8 then" after the plan at 8 h a week was
			// weighed, "for now 2", "now 10 is ok" (dev69).
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.85})
			return
		}
	}
	if slot != "" && !f.has(slot) && f.Short != "" && len(f.Facts) > 0 && leadingShort(f.tz) {
		// "ok then none. ML none too" (dev81 took only the ML and later
		// assumed some programming): the first sentence answers what was
		// asked, the next one another question.
		if v := shortValue(slot, f.Short); v != "" {
			f.Facts = append(f.Facts, Fact{Slot: slot, Value: v, Conf: 0.9})
			return
		}
	}
	if slot == "" || f.has(slot) || len(f.Facts) > 0 || len(f.Asks) > 0 || len(f.Conflicts) > 0 || len(f.Retracted) > 0 {
		return
	}
	add := func(v string) { f.Facts = append(f.Facts, Fact{Slot: slot, Value: v, Conf: 0.9}) }
	if slot != SlotHours && s.Profile.Has(SlotHours) {
		// "no, 5-6 is more honest" once the next question is asked: the
		// hours corrected, not an answer to it. A lone number that is one
		// of the question's options stays the option.
		if h, ok := a.nlu.correctedHours(f.tz); ok && !(f.HasBare && f.Bare <= float64(len(questions[slot].choices))) {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.85})
			return
		}
	}
	if slot == SlotHours && !f.HasBare {
		// "2 or 3", "like 5ish", "not much. maybe 2?"
		if h, ok := a.nlu.hoursAnswer(f.tz); ok {
			add(strconv.Itoa(h))
			return
		}
		if h, at, ok := lastWholeNumber(f.tz); ok {
			// "Cawa 3 i cabit. Pe, cawa 4, Ceng Abic bene" (Acholi: 3
			// hours a week. No, 4 hours, Saturdays too), "Ngbonga 2 ...
			// Ên-en, ngbonga 3" (dev97 asked three times and assumed
			// 5): in words certpath cannot read, the number said last
			// is worth a yes/no question.
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(h), Conf: 0.5, Words: f.tz.quote(at, at+1)})
			return
		}
	}
	if f.HasBare {
		n := f.Bare
		if slot == SlotHours && !f.byPlace {
			if n >= MinHours && n <= MaxHours && n == float64(int(n)) {
				add(strconv.Itoa(int(n)))
			} else {
				f.HoursErr = strconv.FormatFloat(n, 'f', -1, 64)
			}
			return
		}
		if f.lastOption {
			n = float64(len(questions[slot].choices))
		}
		// "2" picks the second option of the question just asked.
		if cs := questions[slot].choices; n >= 1 && n <= float64(len(cs)) && n == float64(int(n)) {
			_, v, _ := strings.Cut(cs[int(n)-1].ID, "=")
			add(v)
			return
		}
		if n >= 1 && n == float64(int(n)) && n <= 20 {
			f.OptionErr = int(n)
		}
		// A number no option has: hours, probably. Ask rather than guess.
		if n >= MinHours && n <= MaxHours && !s.Profile.Has(SlotHours) && n == float64(int(n)) {
			f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(int(n)), Conf: 0.5})
		}
		return
	}
	if v := shortValue(slot, f.Short); v != "" {
		add(v)
	}
	if f.has(slot) || f.Short != "" {
		return
	}
	// A bare value or option label ("mlops", "data scientist", "paid"),
	// with fillers around it ("free so", "ok free then", Spanish "gratis
	// si se puede": dev45, dev65, dev7 got the FAQ's answer on free once
	// the model took them for questions, faq_real20).
	t := strings.Join(strings.Fields(strings.ToLower(f.raw)), " ")
	var core []string
	if f.tz != nil {
		for _, tk := range f.tz.toks {
			if !tk.punct && !shortFillers[tk.text] && !valueFillers[tk.text] {
				core = append(core, tk.text)
			}
		}
	}
	bare := strings.Join(core, " ")
	for _, sl := range []Slot{slot, SlotGoal, SlotML, SlotProgramming, SlotBudget} {
		for _, c := range questions[sl].choices {
			_, v, _ := strings.Cut(c.ID, "=")
			if t == strings.ToLower(c.Label) || t == v || t == strings.ReplaceAll(v, "_", " ") || bare != "" && (bare == v || bare == strings.ReplaceAll(v, "_", " ")) {
				if sl == slot || v != "none" {
					f.Facts = append(f.Facts, Fact{Slot: sl, Value: v, Conf: 0.9})
					return
				}
			}
		}
	}
}

// valueFillers may stand around a bare value said to its question, with
// shortFillers: "free so", "gratis si se puede" (if it can be), "free if
// possible".
// ("se" reads "from" after the gloss; "b'y" is Newfoundland's "boy".)
var valueFillers = map[string]bool{"rather": true, "instead": true, "if": true, "possible": true, "si": true, "se": true, "from": true, "puede": true, "pode": true, "can": true, "by": true, "b": true, "y": true,
	"only": true, "cheers": true, "yeah": true, "yes": true, "yep": true}

// assumeOpeners open a clause that hands the bot a value to go on: "assume
// free", "put me down as none", "go with 5", "just say data scientist".
var assumeOpeners = [][]string{
	{"assume"}, {"assuming"}, {"put", "me", "down", "as"}, {"put", "me", "down", "for"}, {"put", "me", "as"}, {"put"},
	{"go", "with"}, {"lets", "go", "with"}, {"ill", "go", "with"}, {"mark", "me", "as"}, {"mark", "me", "down", "as"},
	{"just", "say"}, {"just", "put"}, {"default", "to"},
}

// assumedAnswer reads the value a clause opened by an assumeOpener gives
// the slot asked.
func (a *Advisor) assumedAnswer(s Session, tz *tokenized, slot Slot) (Fact, bool) {
	toks := tz.toks
	for i := range toks {
		if i > 0 && toks[i-1].clause == toks[i].clause {
			continue
		}
		for _, op := range assumeOpeners {
			j := i
			for _, w := range op {
				if j >= len(toks) || toks[j].text != w || toks[j].clause != toks[i].clause {
					j = -1
					break
				}
				j++
			}
			if j <= i || j >= len(toks) || toks[j].clause != toks[i].clause {
				continue
			}
			end := j
			for end < len(toks) && toks[end].clause == toks[i].clause {
				end++
			}
			if end-j > 4 {
				break
			}
			rest := tz.raw[toks[j].start:toks[end-1].end]
			g := a.nlu.understandFor(rest, slot, s.UpdatedAt, s.ForOther)
			if g.Short != "" {
				if v := shortValue(slot, g.Short); v != "" {
					return Fact{Slot: slot, Value: v, Conf: 0.85, Words: rest}, true
				}
			}
			if x, ok := g.Fact(slot); ok {
				x.Conf = max(x.Conf, 0.85)
				return x, true
			}
			if g.HasBare && slot == SlotHours && g.Bare >= MinHours && g.Bare <= MaxHours && g.Bare == float64(int(g.Bare)) {
				return Fact{Slot: slot, Value: strconv.Itoa(int(g.Bare)), Conf: 0.85, Words: rest}, true
			}
			break
		}
	}
	return Fact{}, false
}

// canDoNow reads "i can do 4 now", "can only manage 3 now", "now i can do
// 6", "i have 5 now": a bare amount the learner can do now, once hours
// are known. The message must be just that.
func canDoNow(tz *tokenized) (int, bool) {
	toks := tz.toks
	i := 0
	skip := func(words ...string) bool {
		if i < len(toks) && slices.Contains(words, toks[i].text) {
			i++
			return true
		}
		return false
	}
	for skip("ok", "okay", "so", "well", "hmm", "actually", "update", "btw", "oh", "and", "but") {
	}
	now := skip("now")
	skip("i")
	skip("can", "could")
	skip("only", "just")
	if !skip("do", "manage", "have", "spare", "give", "got") {
		return 0, false
	}
	if i >= len(toks) || !toks[i].isNum || toks[i].clock {
		return 0, false
	}
	v := toks[i].num
	i++
	skip("hours", "hour", "hrs", "hr", "h")
	skip("a", "per")
	skip("week", "wk")
	now = skip("now", "instead", "nowadays", "max") || now
	if !now || i != len(toks) || v < MinHours || v > MaxHours || v != math.Floor(v) {
		return 0, false
	}
	return int(v), true
}

// maxHoursSaid bounds the message kept as Session.HoursSaid.
const maxHoursSaid = 280

// daysForEarlierHours reads a message that names days but no amount
// together with the message that set the hours: "i can do 2 hours", then
// "on sat and sun, each day i mean" is 4 a week; "50 min each way,
// mon-fri", then "actually make it 4 days". It returns the text the hours
// now come from.
func (a *Advisor) daysForEarlierHours(s Session, f *Frame, now time.Time) string {
	adds := f.tz != nil && addsDayAmount(f.tz)
	if f.has(SlotHours) || f.has(SlotStart) || s.HoursSaid == "" || s.Profile.HoursPerWeek == 0 || f.tz == nil || !namesDays(f.tz) && !adds {
		return f.raw
	}
	if len(f.Asks) > 0 && len(f.tz.toks) > 0 && hypothetical(f.tz, len(f.tz.toks)-1) {
		// "what if some weeks it's only 2 nights tho?" after "3 nights
		// a week" weighs a case (dev91 set 4).
		return f.raw
	}
	// One sentence: the days are the amount's.
	joined := s.HoursSaid + ", " + f.raw
	if adds {
		// (Said as the addition it is: "3 hours a week, and saturday 2"
		// reads the 2 as a correction.)
		_, rest, _ := strings.Cut(strings.TrimSpace(f.raw), " ")
		// ("and on weekends 2 more": the "more" is the addition said.)
		rest = strings.TrimRight(rest, " .!")
		for _, w := range []string{" more", " extra", " too", " also"} {
			rest = strings.TrimSuffix(rest, w)
		}
		joined = s.HoursSaid + ", plus " + rest
	}
	x, ok := a.hoursReadWith(s, joined, strconv.Itoa(s.Profile.HoursPerWeek), now)
	if !ok {
		return f.raw
	}
	if v, err := strconv.Atoi(x.Value); adds && (err != nil || v <= s.Profile.HoursPerWeek) {
		// An addition that does not add is no reading of it.
		return f.raw
	}
	x.Words = f.raw
	f.Facts = append(f.Facts, x)
	return joined
}

// offDaysOfEarlierRotation reads hours given for "my off days" together
// with the message that named the rotation ("24 on 48 off"). It returns
// the text the hours now come from.
func (a *Advisor) offDaysOfEarlierRotation(s Session, f *Frame, now time.Time, said string) string {
	x, ok := f.Fact(SlotHours)
	if !ok || s.WorkSaid == "" || f.tz == nil || !mentionsDaysOff(f.tz.toks) {
		return said
	}
	return a.joinHours(s, f, s.WorkSaid+". "+said, x.Value, said, now)
}

// joinHours reads the hours from a message joined to an earlier one; when
// they read differently from current, the frame takes them and the
// joined text is returned, else said.
func (a *Advisor) joinHours(s Session, f *Frame, joined, current, said string, now time.Time) string {
	y, ok := a.hoursReadWith(s, joined, current, now)
	if !ok {
		return said
	}
	f.setHours(y.Value)
	return joined
}

// addedToEarlierHours reads hours said as an addition ("oh and sunday 2
// hours also", "plus 3 on saturday") together with the message that set
// the hours: "evenings 1 hour, monday to thursday", then that, is 6. It
// returns the text the hours now come from.
func (a *Advisor) addedToEarlierHours(s Session, f *Frame, now time.Time, said string) string {
	x, ok := f.Fact(SlotHours)
	if !ok || s.HoursSaid == "" || s.Profile.HoursPerWeek == 0 || f.tz == nil || f.corrects && !sorryAlso(f.tz) || !addsOn(f.tz) && !a.otherDaySaid(s, f.tz) {
		return said
	}
	joined := s.HoursSaid + ", plus " + said
	y, ok := a.hoursReadWith(s, joined, x.Value, now)
	if !ok {
		return said
	}
	if v, err := strconv.Atoi(y.Value); err != nil || v <= s.Profile.HoursPerWeek {
		return said
	}
	f.setHours(y.Value)
	return joined
}

// correctedEarlierDays reads a correction of one part of a schedule
// given earlier ("weekdays 1 hr, weekends 3 each day", then "actually
// make that weekends 2 each"; dev41) together with that schedule: the
// other days' hours stay. It returns the text the hours now come from.
func (a *Advisor) correctedEarlierDays(s Session, f *Frame, now time.Time, said string) string {
	x, ok := f.Fact(SlotHours)
	if !ok || !f.corrects || s.HoursSaid == "" || s.Profile.HoursPerWeek == 0 || f.tz == nil {
		return said
	}
	// The earlier schedule has amounts for two or more sets of days,
	// one of them the days corrected now.
	before := a.nlu.hoursExprs(tokenize(s.HoursSaid, a.nlu))
	later := a.nlu.hoursExprs(f.tz)
	if len(before) < 2 || len(later) > 1 {
		return said
	}
	days := ""
	if len(later) == 1 {
		days = later[0].days
	}
	same := false
	for _, e := range before {
		if e.days == "" || e.days == "same" {
			return said
		}
		same = same || e.days == days
	}
	if !same && !(len(later) == 0 && slices.ContainsFunc(f.tz.toks, func(t token) bool { return daySetWord(t.text) })) {
		return said
	}
	return a.joinHours(s, f, s.HoursSaid+". "+said, x.Value, said, now)
}

// droppedEarlierDays reads a correction that keeps only some of the days
// of a schedule given earlier: "tue n thu 2 hrs, sat 3", then "wait no,
// saturdays i've got my kid, just tue n thu" is 4 (dev44). It states no
// amount; the amounts are the earlier ones of the days kept.
func (a *Advisor) droppedEarlierDays(s Session, f *Frame) bool {
	if _, ok := f.Fact(SlotHours); ok || s.HoursSaid == "" || s.Profile.HoursPerWeek == 0 || f.tz == nil || len(a.nlu.hoursExprs(f.tz)) > 0 {
		return false
	}
	kept := map[string]bool{}
	only := false
	for _, t := range f.tz.toks {
		switch {
		case t.text == "just" || t.text == "only":
			only = true
		case only && isDayName(t.text):
			kept[dayName(t.text)] = true
		}
	}
	if len(kept) == 0 {
		return false
	}
	before := a.nlu.hoursExprs(tokenize(s.HoursSaid, a.nlu))
	total, n := 0.0, 0
	for _, e := range before {
		if e.days == "" || e.alt || e.vague {
			return false
		}
		if keptDays(e.days, kept) {
			total += e.amount * e.mult
			n++
		}
	}
	if n == 0 || n == len(before) || total < 1 {
		return false
	}
	f.Facts = append(f.Facts, Fact{Slot: SlotHours, Value: strconv.Itoa(int(math.Round(total))), Conf: 0.9, Words: f.raw})
	return true
}

// keptDays reports whether every day of a day set ("tuethu", "weekday")
// is among kept.
func keptDays(days string, kept map[string]bool) bool {
	switch days {
	case "weekday":
		days = "montuewedthufri"
	case "weekend":
		days = "satsun"
	}
	if len(days)%3 != 0 {
		return false
	}
	for i := 0; i < len(days); i += 3 {
		if !kept[days[i:i+3]] {
			return false
		}
	}
	return true
}

// setHours replaces the hours the frame read with those read from the
// message joined to an earlier one.
func (f *Frame) setHours(v string) {
	for i := range f.Facts {
		if f.Facts[i].Slot == SlotHours {
			f.Facts[i].Value = v
		}
	}
}

// moreHours reads hours added to the learner's own: "2 more hours", "2
// hours more", "an extra 3 hrs", "another 2 hours" (a week); not "no more
// than 2 hours", "2 more hours a day", nor a question weighing it
// (asked is set to read the question instead: "what if i did 2 more hours
// a week?").
func moreHours(tz *tokenized, asked bool) (int, bool) {
	if tz == nil || len(tz.toks) > 30 {
		return 0, false
	}
	toks := tz.toks
	at := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].text
	}
	isUnit := func(i int) bool {
		m, _, ok := unitOf(at(i))
		return ok && !m
	}
	for i, t := range toks {
		if !t.isNum || t.num < 1 || t.num > 20 || t.num != float64(int(t.num)) || tz.isQuestionAt(i) != asked {
			continue
		}
		more := func(w string) bool { return w == "more" || w == "extra" || w == "additional" }
		var end int
		switch {
		case more(at(i+1)) && isUnit(i+2) && at(i+3) != "than":
			end = i + 3
		case isUnit(i+1) && more(at(i+2)) && at(i+3) != "than":
			end = i + 3
		case (at(i-1) == "extra" || at(i-1) == "another" || at(i-1) == "additional") && isUnit(i+1):
			end = i + 2
		default:
			continue
		}
		if w := at(i - 1); w == "no" || w == "not" || w == "than" || at(i-2) == "no" && w == "more" {
			continue
		}
		switch at(end) + " " + at(end+1) {
		case "a day", "per day", "each day", "every day", "a night", "per night", "each night", "every night", "on weekends", "at weekends":
			continue
		}
		return int(t.num), true
	}
	return 0, false
}

// sorryAlso reports whether a message opens with an apology and then adds:
// "Sorry, also Sunday 3 hours" (dev44) forgot a day, it takes nothing back.
func sorryAlso(tz *tokenized) bool {
	return len(tz.toks) > 2 && (tz.toks[0].text == "sorry" || tz.toks[0].text == "oops" || tz.toks[0].text == "oh") &&
		(tz.toks[1].text == "also" || tz.toks[1].text == "and" || tz.toks[1].text == "plus")
}

// addsOn reports whether a message says it adds to what came before:
// "also", "too", "as well", "on top", "plus" or "and" opening it.
func addsOn(tz *tokenized) bool {
	for i, t := range tz.toks {
		switch t.text {
		case "also", "too", "additionally", "extra":
			return true
		case "plus", "and":
			// "oh and sunday 2 hours", "plus 3 on saturday", "and 2
			// more": a part of the week or more of it. A bare amount is
			// the new total: "and 6 hrs then", "and 8 hrs not 5" after
			// a change of goal (dev53) were added to the old hours.
			if i <= 1 && slices.ContainsFunc(tz.toks, func(t token) bool {
				return daySetWord(t.text) || t.text == "more" || t.text == "night" || t.text == "nights" || t.text == "morning" || t.text == "mornings" || t.text == "evening" || t.text == "evenings"
			}) {
				return true
			}
		case "well":
			if i > 0 && tz.toks[i-1].text == "as" {
				return true
			}
		case "top":
			if i > 0 && tz.toks[i-1].text == "on" {
				return true
			}
		}
	}
	return false
}

// hoursReadWith reads the hours of a message joined to an earlier one;
// ok when they are a statement (not a guess) other than current.
func (a *Advisor) hoursReadWith(s Session, joined, current string, now time.Time) (Fact, bool) {
	g := a.nlu.understandFor(joined, SlotHours, now, s.ForOther)
	x, ok := g.Fact(SlotHours)
	return x, ok && x.Conf >= guessConf && x.Value != current
}

// namesRotation reports whether a message names a work rotation or the
// days worked: "24 on 48 off", "I work 3x12s".
func namesRotation(n *nlu, tz *tokenized) bool {
	return tz != nil && (rotationOffDays(tz.toks) > 0 || n.workDays(tz.toks) > 0)
}

// starred reports a message opening with the chat's star and a number:
// "*4", "*8 hrs, i forgot ...", a fix of a number just sent.
func starred(tz *tokenized) bool {
	return tz != nil && len(tz.toks) > 1 && tz.toks[0].text == "*" && tz.toks[1].isNum && !tz.toks[1].clock
}

// starredHours reads a starred number as the hours a week, when the hours
// were said with a number and no budget amount was said to be fixed
// instead.
func starredHours(s Session, f Frame) (int, bool) {
	tz := f.tz
	if !starred(tz) || slices.ContainsFunc(f.Facts, func(x Fact) bool { return x.Slot != SlotHours }) ||
		s.Profile.HoursPerWeek == 0 || !strings.ContainsAny(s.HoursSaid, "0123456789") || budgetAmountSaid(s) {
		return 0, false
	}
	v := tz.toks[1].num
	if v < MinHours || v > MaxHours || v != math.Floor(v) || int(v) == s.Profile.HoursPerWeek {
		return 0, false
	}
	return int(v), true
}

// otherDaySaid reports a short amount for one day after an amount for
// another: "2 hrs thurs" after "2 hrs tues", sent in a burst while the
// next question was asked (dev93 kept 2). Each message names one weekday,
// not the same one.
func (a *Advisor) otherDaySaid(s Session, tz *tokenized) bool {
	if len(tz.toks) > 5 || strings.Contains(tz.raw, "?") {
		return false
	}
	day := func(t *tokenized) string {
		name := ""
		for _, x := range t.toks {
			if d := dayName(x.text); isDayName(x.text) && len(x.text) > 3 {
				if name != "" && name != d {
					return ""
				}
				name = d
			}
		}
		return name
	}
	now, before := day(tz), day(tokenize(s.HoursSaid, a.nlu))
	return now != "" && before != "" && now != before
}

// budgetAmountSaid reports an amount of money in the budget the learner
// gave ("$50 a month"), which a star could fix as well as the hours.
func budgetAmountSaid(s Session) bool {
	_, _, ok := usdCap(s.BudgetSaid)
	return ok
}

// addsDayAmount reports a short addition of a day and its amount to the
// hours said before: "and Wednesday 1" after "Sunday evening 2 hours"
// (dev92 took it for a failed answer to the budget question), "plus 2 on
// saturday".
func addsDayAmount(tz *tokenized) bool {
	toks := tz.toks
	if len(toks) < 3 || len(toks) > 6 || strings.Contains(tz.raw, "?") {
		return false
	}
	switch toks[0].text {
	case "and", "plus", "also", "+", "n":
	default:
		return false
	}
	nums, day := 0, false
	for _, t := range toks[1:] {
		switch {
		case t.isNum && !t.clock:
			nums++
		case studyDayWord(t.text):
			day = true
		}
	}
	return day && nums == 1
}

// studyDayWord reports a word that names days of study: a weekday by
// name, one or many ("saturday", "mondays"; three-letter names are other
// words too, French "mon"), or a kind of day ("weekends", "evenings").
func studyDayWord(w string) bool {
	_, day := weekdayNames[w]
	_, days := weekdayNames[strings.TrimSuffix(w, "s")]
	return (day || days) && len(w) > 3 || dayWords[w]
}

// namesDays reports whether a message names days of study (weekdays,
// weekends, a number of days) and no amount of time: every number in it
// counts days ("make it 4 days").
func namesDays(tz *tokenized) bool {
	named := false
	for i, t := range tz.toks {
		if t.isNum && !countsDays(tz.toks, i+1) {
			return false
		}
		if studyDayWord(t.text) {
			named = true
		}
	}
	return named
}

// dayWords name days without naming a weekday.
var dayWords = map[string]bool{"weekend": true, "weekends": true, "weekdays": true, "days": true, "day": true, "evenings": true, "nights": true, "mornings": true}

// settlePending applies a short answer to the pending question. done is
// false when the message is not such an answer; the pending question then
// stays only if the message does not move on.
func (a *Advisor) settlePending(s Session, in Input, f Frame) (Session, Reply, bool) {
	p := s.Pending
	switch p.Kind {
	case PendingConfirm:
		if f.HasBare && f.Short == "" {
			// "1" or "2" typed to "Just to check: ... right? 1) Yes 2) No"
			// is that option (a probe, eighteenth session: "1" picked the
			// first goal of the full list, "understand ML").
			switch f.Bare {
			case 1:
				f.Short = "yes"
			case 2:
				f.Short = "no"
			}
		}
		if f.Short == "nothing" && shortValue(p.Slot, f.Short) == p.Value {
			// "none then" to "you haven't done any ML yet, right?"
			// says the same: yes.
			s.Pending = nil
			delete(s.Hints, p.Slot)
			return a.setSlot(s, in, p.Slot, p.Value)
		}
		if f.Short == "" && thanks(f.tz) {
			// "ok thanks" / "ok gracias" to "you can pay, right?" says
			// yes; a bare "thanks" says neither, and the yes/no stays
			// (it was dropped for the open question) while it may be
			// asked again; after that, thanks for a guess made from
			// their own words takes it.
			if !saysOK(f.tz) && s.Nudges < maxNudges && s.Asked[p.Slot] < maxAsks {
				s.Nudges++
				next, r := a.confirmGuess(s, p.Slot, p.Value, "You're welcome!")
				return next, r, true
			}
			f.Short = "yes"
		}
		switch f.Short {
		case "yes", "lots":
			s.Pending = nil
			delete(s.Hints, p.Slot)
			return a.setSlot(s, in, p.Slot, p.Value)
		case "no", "nothing":
			if v := shortValue(p.Slot, f.Short); f.Short == "nothing" && v != "" && p.Slot != SlotHours && p.Slot != SlotBudget {
				// "none" to "you've done some programming, right?" is
				// the answer, not only a no (dev41: the next "none",
				// meant for ML, went to programming).
				s.Pending = nil
				delete(s.Hints, p.Slot)
				s.deny(p.Slot, p.Value)
				return a.setSlot(s, in, p.Slot, v)
			}
			if p.Slot == SlotHours || f.Short == "no" || !s.Profile.Has(p.Slot) {
				s.Pending = nil
				delete(s.Hints, p.Slot)
				s.deny(p.Slot, p.Value)
				if s.Profile.Has(p.Slot) {
					// Keep what they said before.
					next, r := a.next(s, in, "OK, I'll keep "+valueWords(p.Slot, s.Profile.value(p.Slot))+".")
					return next, r, true
				}
				if v := levelNextTo(p.Slot, p.Value); v != "" {
					// Should the question run out of asks, what is
					// assumed is not what they just denied: "no" to
					// "you've done some programming" leans to none.
					s.hint(p.Slot, v)
				}
				next, r := a.next(s, in, "OK, my mistake.")
				return next, r, true
			}
		}
	case PendingChoose:
		if f.HasBare {
			n := int(f.Bare)
			if n >= 1 && n <= len(p.Options) && float64(n) == f.Bare {
				slot, v, _ := strings.Cut(p.Options[n-1], "=")
				s.Pending = nil
				return a.setSlot(s, in, Slot(slot), v)
			}
		}
		if f.AboutQuestion == p.Slot && len(f.Facts) == 0 && s.Asked[p.Slot] < maxAsks {
			// "what's the difference?" to "You said "ML engineer" and
			// "data scientist": which fits best?" (a stranger, eleventh
			// session, got "I can't answer that"): what they mean, and
			// the same two to pick from.
			s = asking(s, p.Slot)
			return s, choiceReply(p.Slot, choicesOf(p.Slot, p.Options), "Which fits best?", a.slotMeaning(p.Slot)), true
		}
	case PendingTopics:
		if f.HasBare {
			n := int(f.Bare)
			if n >= 1 && n <= len(p.Options) && float64(n) == f.Bare {
				s.Pending = nil
				next, r := a.answerTurn(s, in, a.answerTopic(s, p.Options[n-1]))
				return next, r, true
			}
		}
		s.Pending = nil
		return s, Reply{}, false
	}
	// Anything else moves on: the pending question is dropped unless the
	// message answers it in other words (applied as facts). An unanswered
	// guess stays a hint: asked about again when its slot comes up, and
	// what is assumed should that question run out of asks.
	if p.Kind == PendingConfirm && !s.Profile.Has(p.Slot) {
		s.hint(p.Slot, p.Value)
	}
	s.Pending = nil
	return s, Reply{}, false
}

// setSlot applies one confirmed value and continues.
func (a *Advisor) setSlot(s Session, in Input, slot Slot, value string) (Session, Reply, bool) {
	hadPlan := hasPlan(s)
	var p Profile
	p.set(slot, value)
	if err := p.Validate(); err != nil || !p.Has(slot) {
		next, r := a.next(s, in, "")
		return next, r, true
	}
	changed := s.Profile.merge(p)
	s.Tries, s.Nudges = 0, 0
	next, r := a.continueWith(s, in, []string{ack(s, changed, hadPlan, nil, nil)})
	return next, r, true
}

// confirmGuess asks a yes/no about a guessed value.
func (a *Advisor) confirmGuess(s Session, slot Slot, value, lead string) (Session, Reply) {
	s.Pending = &Pending{Kind: PendingConfirm, Slot: slot, Value: value}
	s = asking(s, slot)
	prompt, ok := confirmPrompts[slot+"="+Slot(value)]
	if !ok {
		prompt = fmt.Sprintf("Just to check: %s, right?", valueWords(slot, value))
	}
	text := prompt
	if lead != "" {
		text = lead + "\n" + prompt
	}
	text += "\n  1) Yes   2) No"
	return s, Reply{Kind: KindQuestion, Text: text, Question: &Question{Slot: slot, Prompt: prompt,
		Choices: []Choice{{ID: "confirm=yes", Label: "Yes"}, {ID: "confirm=no", Label: "No"}}}}
}

// confirmPrompts ask about a guessed value in plain words.
var confirmPrompts = map[Slot]string{
	"programming=none":         "Just to check: you don't program (yet), right?",
	"programming=some":         "Just to check: you've done some programming (scripts, a course), right?",
	"programming=professional": "Just to check: you code for a living, right?",
	"ml=none":                  "Just to check: you haven't done any ML yet, right?",
	"ml=coursework":            "Just to check: you've taken ML courses or tutorials, but not built models of your own, right?",
	"ml=built_models":          "Just to check: you've built ML models of your own, right?",
	"ml=production":            "Just to check: you've run ML models in production, right?",
	"goal=literacy":            "Just to check: you want to understand ML rather than build models yourself, right?",
	"goal=data_scientist":      "Just to check: you're aiming for data science, right?",
	"goal=ml_engineer":         "Just to check: you're aiming for ML engineering, right?",
	"goal=mlops":               "Just to check: you're aiming for MLOps (deploying and running models), right?",
	"goal=fill_gap":            "Just to check: you want to fill one specific gap, not a whole path, right?",
	"goal=research":            "Just to check: you're aiming for research, right?",
	"budget=free":              "Just to check: free only (audit, no certificates), right?",
	"budget=paid":              "Just to check: you can pay for the certificates, right?",
	"budget=aid":               "Just to check: you'd need financial aid, right?",
}

// chooseBetween asks which of two values the learner meant.
func (a *Advisor) chooseBetween(s *Session, c Conflict, lead string) Reply {
	ids := []string{string(c.Slot) + "=" + c.First.Value, string(c.Slot) + "=" + c.Then.Value}
	if c.Slot == SlotBudget && !slices.Contains(ids, "budget=aid") {
		// Between "broke" and "happy to pay" financial aid is often the
		// answer: offer it too.
		ids = append(ids, "budget=aid")
	}
	opts := choicesOf(c.Slot, ids)
	ids = ids[:0]
	for _, o := range opts {
		ids = append(ids, o.ID)
	}
	s.Pending = &Pending{Kind: PendingChoose, Slot: c.Slot, Options: ids}
	*s = asking(*s, c.Slot)
	return choiceReply(c.Slot, opts, fmt.Sprintf("You said %q and %q: which fits best?", c.First.Words, c.Then.Words), lead)
}

// choicesOf are the question's choices for slot with these ids, in the
// ids' order.
func choicesOf(slot Slot, ids []string) []Choice {
	var opts []Choice
	for _, id := range ids {
		for _, ch := range questions[slot].choices {
			if ch.ID == id {
				opts = append(opts, ch)
			}
		}
	}
	return opts
}

// choiceReply asks which of opts fits, numbered, after lead.
func choiceReply(slot Slot, opts []Choice, prompt, lead string) Reply {
	labels := make([]string, len(opts))
	for i, o := range opts {
		labels[i] = strconv.Itoa(i+1) + ") " + o.Label
	}
	text := joinLead(lead, prompt) + "\n  " + strings.Join(labels, "   ")
	return Reply{Kind: KindQuestion, Text: text, Question: &Question{Slot: slot, Prompt: prompt, Choices: opts}}
}

// miss handles a message certpath could not use: the first time it asks
// again with the options, the second time it changes approach (an example
// close to what was written, options by number), the third time it assumes
// a sensible default, says so, and moves on.
func (a *Advisor) miss(s Session, in Input, text string, tz *tokenized) (Session, Reply) {
	if s.Asking == "" && s.Turns <= 1 && s.Profile.IsZero() && s.Plan == nil && tz != nil && len(tz.toks) <= 5 && !strings.Contains(text, "?") {
		// A first message of a few words that says nothing certpath can
		// use is a hello in words it doesn't know: "now then", "bout
		// ye", "Namaskara", "Dumelang bagaetsho 👋", "morning from
		// flagstaff ☀️" (dev75, dev77: "Sorry, I didn't catch that").
		return a.next(s, in, greeting(s))
	}
	slot := s.Asking
	if slot == "" {
		missing := s.Profile.Missing()
		if len(missing) == 0 {
			return s, a.answer(s, a.AskIn(s, text))
		}
		slot = missing[0]
	}
	s = asking(s, slot)
	s.Tries++
	switch {
	case s.Asked[slot] >= maxAsks || s.Tries > 2:
		s.Tries = 0
		s, lead := assume(s, slot, "Let's not get stuck.")
		return a.continueWith(s, in, []string{lead})
	case s.Tries == 1 && s.Asked[slot] < maxAsks-1:
		lead := "Sorry, I didn't catch that."
		switch {
		case a.nlu.unsure(tz) && slot == SlotGoal:
			// "idk yet", "honestly not sure, something with data": an
			// answer, just not a decided one (a stranger, seventh
			// session).
			lead = "No problem if you're not sure yet: pick the closest, you can change it any time."
		case a.nlu.unsure(tz):
			lead = "No problem: a rough answer is fine, you can change it later."
		case introduces(tz):
			// "I run a small bakery", "ho un'agenzia di viaggi a
			// Lecce": the learner told something, just not this.
			lead = "Thanks, good to know."
		case saysNoneAgain(tz) && (s.Profile.Programming == ProgrammingNone || s.Profile.ML == MLNone):
			// "ok none then" after "does using chatgpt count?" was
			// taken as no ML yet (dev85: "Sorry, I didn't catch that"):
			// the answer already noted, said again.
			lead = "OK, noted."
		}
		return s, a.ask(s, slot, lead)
	}
	// The last try changes approach.
	return s, a.simpler(s, slot)
}

// saysNoneAgain reports a short "ok none then", "right, nothing": only
// words of assent around a none.
func saysNoneAgain(tz *tokenized) bool {
	if tz == nil || len(tz.toks) > 5 {
		return false
	}
	none, assent := false, false
	for _, t := range tz.toks {
		switch t.text {
		case "none", "nothing", "nada", "zero":
			none = true
		case "ok", "okay", "then", "so", "right", "yeah", "yes", "fine", "alright":
			// (a bare "none" to the hours question is no "OK")
			assent = true
		case "lol", "its", "thats", "it", "is":
		default:
			if !t.punct {
				return false
			}
		}
	}
	return none && assent
}

// unsure reports whether a message says the learner doesn't know: "idk
// yet", "honestly not sure, something with data". Any one to three
// words of it that the lexicon's dont_know lists count, and a few words
// that only say it as part of a longer answer ("unsure", "not decided").
func (n *nlu) unsure(tz *tokenized) bool {
	for i, t := range tz.toks {
		switch t.text {
		case "unsure", "idek", "undecided", "nidk", "depends", "varies":
			// ("depends on the week honestly, weather and jobs": dev77
			// got "Sorry, I didn't catch that".)
			return true
		case "sure", "idea", "know", "certain", "decided":
			if i > 0 && (tz.toks[i-1].text == "no" || tz.toks[i-1].text == "not" || tz.toks[i-1].text == "dont" || tz.toks[i-1].text == "havent") {
				return true
			}
		}
		w := t.text
		for j := i; j < len(tz.toks) && j < i+3; j++ {
			if j > i {
				w += " " + tz.toks[j].text
			}
			if n.dontKnow[w] {
				return true
			}
		}
	}
	return false
}

// introduces reports whether a message tells something about the learner
// (a statement in the first person of three words or more) rather than
// being unreadable or confused ("i dont get it", "what?").
func introduces(tz *tokenized) bool {
	if len(tz.toks) < 3 {
		return false
	}
	self := false
	for i, t := range tz.toks {
		if tz.isQuestionAt(i) {
			return false
		}
		switch t.text {
		case "i", "im", "ive", "my", "we", "our", "me":
			self = true
		case "at", "in", "on", "for", "round", "near", "around":
			// "clerk at a customs broker in el paso", "box office
			// assistant at the opera house" (dev53, dev45): a job and
			// where, said without "I"; "relief milker on a few farms
			// round palmy", "ortho assistant in blenheim" (dev80 got
			// "Sorry, I didn't catch that").
			self = self || i > 0 && i+1 < len(tz.toks)
		case "understand", "know", "idk", "dunno", "confused", "get", "mean", "what", "huh", "sure", "not", "dont", "no", "sorry", "help", "wait", "nvm", "oops", "ugh":
			return false
		}
	}
	return self
}

// aside reports a remark about the chat itself rather than an answer:
// only words of filler and apology ("lol", "ok sorry", "hmm"), an emoji
// alone, or one of asidePhrases ("bear with me", "long day", "typing one
// handed", "sorry my english typing is slow").
func aside(tz *tokenized) bool {
	if tz == nil || strings.Contains(tz.raw, "?") || len(tz.toks) > 12 {
		return false
	}
	if len(tz.toks) == 0 {
		// An emoji alone ("😅", "👍"); words certpath cannot read
		// (Japanese, Korean) are no aside.
		return strings.TrimSpace(tz.raw) != "" && !strings.ContainsFunc(tz.raw, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	}
	words := " " + tz.words(0, len(tz.toks)) + " "
	for _, p := range asidePhrases {
		if strings.Contains(words, p) {
			return true
		}
	}
	for _, t := range tz.toks {
		if !t.punct && !asideWords[t.text] {
			return false
		}
	}
	return true
}

// asideWords are the words a remark about the chat is made of; asidePhrases
// say it within a longer message.
var (
	asideWords = map[string]bool{"lol": true, "lmao": true, "haha": true, "hahaha": true, "hehe": true, "sorry": true, "sry": true, "soz": true,
		"hmm": true, "hmmm": true, "um": true, "umm": true, "uh": true, "oh": true, "ah": true, "oops": true, "welp": true, "brb": true, "sec": true, "ok": true, "okay": true, "kk": true}
	asidePhrases = []string{" bear with me ", " one sec ", " one second ", " a sec ", " hold on ", " hang on ", " brb ", " be right back ",
		" on my phone ", " one handed ", " long day ", " quick one ", " let me think ", " lemme think ", " my english ", " typing is slow ",
		" autocorrect ", " sorry typing ", " typing on ", " type slow ", " typing slow ", " on phone ", " signal ", " reception ", " messages might "}
)

// simpler is the second try at a question: fewer words, numbered options.
func (a *Advisor) simpler(s Session, slot Slot) Reply {
	q := questions[slot]
	var b strings.Builder
	b.WriteString("Let me put it another way. ")
	switch slot {
	case SlotHours:
		b.WriteString("Roughly how many hours a week? Just a number is fine, e.g. 4.")
	case SlotStart:
		b.WriteString(`When do you want to start? e.g. "next monday" or "2027-01-04".`)
	default:
		b.WriteString("Which of these is closest? Reply with its number:")
		for i, c := range q.choices {
			fmt.Fprintf(&b, "\n  %d) %s", i+1, c.Label)
		}
	}
	return Reply{Kind: KindQuestion, Text: b.String(), Question: &Question{Slot: slot, Prompt: q.prompt, Choices: q.choices}}
}

// correctionExample shows how to change an assumed value, with a value
// other than the one assumed ("I'll assume has built models ... e.g.
// 'actually I've built a few models'" suggested saying what was assumed).
func correctionExample(slot Slot, assumed string) string {
	switch slot {
	case SlotProgramming:
		if assumed == ProgrammingProfessional {
			return `"actually I've never coded"`
		}
		return `"actually I code for a living"`
	case SlotML:
		if assumed == MLBuiltModels || assumed == MLProduction {
			return `"actually I've only done courses"`
		}
		return `"actually I've built a few models"`
	case SlotGoal:
		if assumed == GoalMLOps {
			return `"actually I want to be a data scientist"`
		}
		return `"actually I want MLOps"`
	case SlotHours:
		if assumed == "8" {
			return `"actually 5 hours a week"`
		}
		return `"actually 8 hours a week"`
	case SlotBudget:
		if assumed == BudgetPaid {
			return `"actually free only"`
		}
		return `"actually I can pay"`
	}
	return `"actually ..."`
}

// valueWords says a slot value in words.
func valueWords(slot Slot, value string) string {
	if slot == SlotHours {
		return value + " h/week"
	}
	if slot == SlotStart {
		return "starting " + value
	}
	if l, ok := valueLabels[slot][value]; ok {
		return l
	}
	return value
}

// missingWords names missing slots in words.
func missingWords(missing []Slot) string {
	names := map[Slot]string{SlotProgramming: "your programming background", SlotML: "your ML experience",
		SlotGoal: "your goal", SlotHours: "your hours a week", SlotBudget: "your budget"}
	var out []string
	for _, m := range missing {
		out = append(out, names[m])
	}
	return joinList(out)
}

// levelOf is the rank of a levelled slot's value (none lowest), or -1.
func levelOf(slot Slot, value string) int { return slices.Index(AllowedValues[slot], value) }

// levelNextTo is the level beside a denied one of a levelled slot: one
// down, or one up from the lowest. "" for other slots.
func levelNextTo(slot Slot, value string) string {
	if slot != SlotProgramming && slot != SlotML {
		return ""
	}
	levels := AllowedValues[slot]
	switch i := levelOf(slot, value); {
	case i < 0:
		return ""
	case i == 0:
		return levels[1]
	default:
		return levels[i-1]
	}
}

// deny remembers a guessed value the learner said no to.
func (s *Session) deny(slot Slot, value string) {
	if s.Denied == nil {
		s.Denied = map[Slot]string{}
	}
	s.Denied[slot] = value
}

// hint keeps a guessed value for a slot, to be asked about as a yes/no
// when its question comes up.
func (s *Session) hint(slot Slot, value string) {
	if s.Denied[slot] == value {
		// Said no to already: what they said then still stands.
		return
	}
	if s.Hints == nil {
		s.Hints = map[Slot]string{}
	}
	s.Hints[slot] = value
}

// onlyImplied reports whether the frame's facts about slot are all
// implied (by a job title), and there is at least one.
func onlyImplied(f Frame, slot Slot) bool {
	n := 0
	for _, x := range f.Facts {
		if x.Slot != slot {
			continue
		}
		if !x.Implied {
			return false
		}
		n++
	}
	return n > 0
}

// slotMeaning says what an interview question asks and what counts, for
// a learner who asked ("what counts as ML experience?").
func (a *Advisor) slotMeaning(slot Slot) string {
	switch slot {
	case SlotProgramming:
		return "By programming I mean writing code yourself: Python or R scripts, SQL queries, notebooks, a coding course with exercises, VBA macros. Excel formulas, pivot tables and no-code tools don't count; if that's all, the answer is \"none yet\" (that's fine, there's a path for it)."
	case SlotML:
		return "By ML experience I mean machine learning itself: none yet; courses, tutorials or videos about it; models you built and trained yourself; or models you run in production. Using ChatGPT or other AI tools counts as none yet."
	case SlotGoal:
		return "I mean what you want machine learning for, for yourself, and it sets your path: understanding it for the job you have (no building) is Machine Learning for All; a data scientist builds models to answer questions with data, so Regression and Classification, Structuring Machine Learning Projects and Applied ML in Python; an ML engineer builds and ships models into products, so the same plus Production Machine Learning Systems; MLOps is deploying and running models, where Production Machine Learning Systems fills the gap; one specific gap to fill takes the course for that gap; research leans on a graduate degree, with these courses as a foundation."
	case SlotHours:
		return "I mean how many hours a week you can study, on average; a daily amount or a range is fine (\"an hour a day\", \"3-4 on weekends\")."
	case SlotBudget:
		p := a.cat.Pricing
		return fmt.Sprintf("I mean whether you can pay for certificates: auditing is free (lectures, no certificate); the certificate comes with a Coursera subscription of $%s–$%s a month (prices as of %s); financial aid can cover it.",
			money(p.SubscriptionMonthlyMin), money(p.SubscriptionMonthlyMax), p.AsOf)
	}
	return ""
}

// withDraftPlan is s with the plan its profile makes when this turn
// completes the interview (the plan next makes from the same profile), for
// answering a question asked in the same message.
func (a *Advisor) withDraftPlan(s Session, in Input) Session {
	if hasPlan(s) || !s.Profile.Complete() || s.Pending != nil {
		return s
	}
	if p, err := a.Plan(s.Profile, in.Now); err == nil {
		s.Plan = p
	}
	return s
}

// takesBack are words that open a clause taking back what came before it
// ("7, no wait, 5"; dev54).
var takesBack = map[string]bool{"no": true, "nah": true, "nope": true, "wait": true, "actually": true, "sorry": true, "or": true, "maybe": true,
	"hmm": true, "um": true, "uh": true, "scratch": true, "make": true, "rather": true, "well": true, "oops": true}

// lastClauseHours reads a clause that ends a reply to the hours question
// with one whole number, last or followed only by an hours word: "school
// year maybe 3", "normally like 4 hrs".
func lastClauseHours(toks []token) (int, bool) {
	n, at := 0, -1
	for i, t := range toks {
		if t.isNum {
			n++
			at = i
		}
	}
	if n != 1 || toks[at].clock {
		return 0, false
	}
	// A word before or after must say it is an amount of time ("maybe
	// 3", "4 hrs"): "real estate agent in Phoenix, 45" gives an age.
	said := false
	for _, t := range toks[at+1:] {
		switch t.text {
		case "h", "hr", "hrs", "hour", "hours", "ish", "tops", "max":
			said = true
		case "or", "so", "lol", "tbh":
		default:
			return 0, false
		}
	}
	if at > 0 {
		switch toks[at-1].text {
		case "maybe", "like", "about", "around", "prob", "probably", "roughly", "approx", "say", "just", "only", "realistically", "honestly":
			said = true
		}
	}
	if !said {
		return 0, false
	}
	h := toks[at].num
	if h < MinHours || h > MaxHours || h != float64(int(h)) {
		return 0, false
	}
	return int(h), true
}

// closingLike reports a message of at most five words that does not open
// like a question ("what about udemy", "can i pause").
func closingLike(tz *tokenized) bool {
	n := 0
	for _, t := range tz.toks {
		if t.punct {
			continue
		}
		if n == 0 {
			switch t.text {
			case "what", "whats", "how", "hows", "why", "when", "where", "which", "who", "can", "could", "is", "are", "do", "does", "should", "will", "would", "any", "and", "but", "also", "so":
				return false
			}
		}
		n++
	}
	return n <= 5
}

// namesNothing reports a message with no word of the domain, no course
// and no program in it ("udemy" alone is about Udemy).
func (a *Advisor) namesNothing(text string) bool {
	q, _, _, _ := a.classifyText(text)
	return q.domain == 0 && len(q.courses) == 0 && len(q.programs) == 0
}

// settleWords may stand around a bare number of hours that settles the
// pace after the plan; settleCues must be there ("then", "let's", "now").
var (
	settleWords = map[string]bool{"ok": true, "okay": true, "so": true, "then": true, "lets": true, "let": true, "do": true, "go": true, "with": true,
		"make": true, "it": true, "now": true, "for": true, "is": true, "fine": true, "just": true, "only": true, "instead": true, "say": true,
		"hours": true, "hour": true, "hrs": true, "hr": true, "h": true, "a": true, "week": true, "per": true, "wk": true, "yeah": true, "alright": true,
		"cool": true, "that": true, "switch": true, "to": true, "sure": true, "good": true, "works": true}
	settleCues = map[string]bool{"then": true, "lets": true, "let": true, "now": true, "instead": true, "switch": true, "make": true, "go": true,
		// Portuguese and Spanish "fica 2", "queda en 2" (it stays 2)
		"fica": true, "fico": true, "queda": true, "quedo": true}
)

// settlesOnHours reads "ok let's do 8 then", "for now 2", "now 10 is ok":
// one whole number of hours among settleWords, with a settleCue.
func settlesOnHours(tz *tokenized) (int, bool) {
	n, cue := -1.0, false
	// The first clause settles: "ok let's do 10 then, winter's slow"
	// (dev84 got "I can't answer that").
	toks := firstClause(tz)
	if len(toks) < len(tz.toks) && !slices.ContainsFunc(toks, func(t token) bool { return t.isNum }) {
		// "Beleza, fica 2 então" (dev87): an "ok" alone first, then the
		// amount.
		end := len(toks)
		for end < len(tz.toks) && tz.toks[end].clause == tz.toks[len(toks)].clause {
			end++
		}
		toks = tz.toks[:end]
	}
	for _, t := range toks {
		switch {
		case t.punct:
		case t.isNum && !t.clock && n < 0:
			n = t.num
		case settleWords[t.text] || settleAssent[t.text]:
			cue = cue || settleCues[t.text]
		default:
			return 0, false
		}
	}
	if !cue || n < MinHours || n > MaxHours || n != math.Floor(n) {
		return 0, false
	}
	return int(n), true
}

// startWords reports whether a message says start, begin or first: "which
// one do i start with?", not "what next".
func startWords(tz *tokenized) bool {
	for _, t := range tz.toks {
		switch t.text {
		case "start", "begin", "first", "starting", "beginning":
			return true
		}
	}
	return false
}

// changeVerbs ask to change a fact of the plan.
var changeVerbs = map[string]bool{"change": true, "update": true, "edit": true, "modify": true, "adjust": true, "switch": true, "redo": true, "fix": true, "alter": true, "correct": true, "different": true, "new": true}

// slotNouns name a fact of the plan.
var slotNouns = map[string]Slot{
	"hours": SlotHours, "hrs": SlotHours, "hour": SlotHours, "time": SlotHours, "schedule": SlotHours, "pace": SlotHours, "availability": SlotHours,
	"budget": SlotBudget, "payment": SlotBudget, "money": SlotBudget, "paying": SlotBudget,
	"goal": SlotGoal, "goals": SlotGoal, "role": SlotGoal, "target": SlotGoal, "aim": SlotGoal,
	"start": SlotStart, "date": SlotStart, "startdate": SlotStart,
}

// changeRequest reports a message that asks to change one fact of the
// plan without saying the new value: "change my hours", "can you change
// the start date?", "i want a different goal". Short messages only: a
// story that mentions its schedule is not a request.
func changeRequest(tz *tokenized) (Slot, bool) {
	if tz == nil {
		return "", false
	}
	verb, words := false, 0
	var slot Slot
	for _, t := range tz.toks {
		if t.punct {
			continue
		}
		words++
		if t.isNum {
			return "", false
		}
		if changeVerbs[t.text] {
			verb = true
		}
		if sl, ok := slotNouns[t.text]; ok && verb {
			if slot != "" && slot != sl && !(slot == SlotStart && sl == SlotStart) {
				return "", false
			}
			slot = sl
		}
	}
	return slot, verb && slot != "" && words <= 10
}

// askToChange asks for the new value of one fact of the plan.
func (a *Advisor) askToChange(s Session, slot Slot) (Session, Reply) {
	s.Asking = slot
	if slot == SlotStart {
		prompt := "When do you want to start?"
		return s, Reply{Kind: KindQuestion, Text: "Sure. " + prompt + "\nAnswer in your own words, e.g. \"next monday\", \"in january\" or \"2027-01-04\".",
			Question: &Question{Slot: SlotStart, Prompt: prompt}}
	}
	q := questions[slot]
	prompt := upperFirst(strings.TrimPrefix(q.prompt, "Last one: "))
	r := a.ask(s, slot, "Sure: you have "+describe(s.Profile, []Slot{slot})+" now.")
	r.Text = strings.Replace(r.Text, q.prompt, prompt, 1)
	r.Question.Prompt = prompt
	return s, r
}

// checkInSaid reads the weekly check-in's answer in the learner's words:
// "i'm a bit behind", "fell behind on classification" (behind),
// "on track", "ahead of schedule" (on track). Statements only, and short.
func checkInSaid(tz *tokenized) (onTrack, ok bool) {
	if tz == nil || len(tz.toks) == 0 || len(tz.toks) > 16 || strings.Contains(tz.raw, "?") {
		return false, false
	}
	if slices.Contains(tz.clauseAsk, true) {
		return false, false
	}
	behind, track := false, false
	for i, t := range tz.toks {
		next := ""
		if i+1 < len(tz.toks) {
			next = tz.toks[i+1].text
		}
		switch {
		case t.text == "behind" && next != "the" && next != "this" && next != "that" && next != "it" && next != "them":
			behind = true
		case t.text == "retard" && i > 0 && tz.toks[i-1].text == "en", t.text == "atrasado" || t.text == "atrasada" || t.text == "hinterher" || t.text == "indietro":
			// "chu en retard sur regression" (dev73 got "Glad to help"),
			// Spanish and Portuguese "atrasado", German "hinterher",
			// Italian "indietro"
			behind = true
		case t.text == "on" && (next == "track" || next == "schedule") && !(i > 0 && (tz.toks[i-1].text == "not" || tz.toks[i-1].text == "back")):
			track = true
		case t.text == "ahead" && (next == "of" || next == ""):
			track = true
		}
	}
	if behind == track {
		return false, false
	}
	return track, true
}

// pauseAsked reports a learner asking to pause the plan ("can i pause for
// 2 weeks?", "need a break for a month"), with the weeks said, if any.
func pauseAsked(tz *tokenized) (p pauseSaid, ok bool) {
	if tz == nil || len(tz.toks) > 20 {
		return p, false
	}
	weeks := 0
	for i, t := range tz.toks {
		// "in december", "over january" (when it begins); "till
		// february", "back in march" (when it ends).
		m, isMonth := monthNames[t.text]
		if !isMonth || i == 0 {
			continue
		}
		switch tz.toks[i-1].text {
		case "in", "during", "over", "for", "from":
			if i >= 2 && tz.toks[i-2].text == "back" {
				p.until = m
			} else {
				p.from = m
			}
		case "till", "til", "until", "to", "back", "thru", "through":
			p.until = m
		}
	}
	for i := range tz.toks {
		if !pauseAt(tz.toks, i) {
			continue
		}
		ok = true
		for j := i + 1; j+1 < len(tz.toks) && j <= i+4; j++ {
			if !tz.toks[j].isNum {
				continue
			}
			switch tz.toks[j+1].text {
			case "week", "weeks", "wk", "wks":
				weeks = int(tz.toks[j].num)
			case "month", "months":
				weeks = int(tz.toks[j].num * 4.35)
			}
		}
		if weeks == 0 {
			for j := i + 1; j+1 < len(tz.toks) && j <= i+4; j++ {
				if tz.toks[j].text == "a" || tz.toks[j].text == "one" {
					switch tz.toks[j+1].text {
					case "week":
						weeks = 1
					case "month":
						weeks = 4
					}
				}
			}
		}
	}
	p.weeks = weeks
	return p, ok
}

// pauseSaid is a pause as the learner put it: how many weeks, the month
// it begins in, the month it ends in (each zero when not said).
type pauseSaid struct {
	weeks       int
	from, until time.Month
}

// back is the Monday the plan picks up again after the pause: the month
// it ends in, else its weeks from the month it begins in (or today), a
// month said alone ("a break in december") lasting the month.
func (p pauseSaid) back(now time.Time) time.Time {
	today := dateOnly(now)
	first := func(m time.Month) time.Time {
		d := time.Date(today.Year(), m, 1, 0, 0, 0, 0, today.Location())
		if m < today.Month() {
			d = d.AddDate(1, 0, 0)
		}
		return d
	}
	var back time.Time
	switch {
	case p.until != 0:
		back = first(p.until)
	case p.from != 0:
		begin := first(p.from)
		if begin.Before(today) {
			begin = today
		}
		if p.weeks > 0 {
			back = begin.AddDate(0, 0, 7*p.weeks)
		} else {
			back = time.Date(begin.Year(), begin.Month()+1, 1, 0, 0, 0, 0, begin.Location())
		}
	default:
		back = today.AddDate(0, 0, 7*max(p.weeks, 1))
	}
	// (The Monday on or after it.)
	return nthWeekday(back, time.Monday, 1)
}

// firstClause is the tokens of a message's first clause.
func firstClause(tz *tokenized) []token {
	if tz == nil || len(tz.toks) == 0 {
		return nil
	}
	end := 0
	for end < len(tz.toks) && tz.toks[end].clause == tz.toks[0].clause {
		end++
	}
	return tz.toks[:end]
}

// revisedAmount reports a short "ok 3 then", "3 instead", "fine, 4 then":
// one number of hours other than the current one, settled on.
func revisedAmount(tz *tokenized, current int) (int, bool) {
	if tz == nil {
		return 0, false
	}
	return revisedIn(tz.toks, current)
}

// revisedIn is revisedAmount for a run of tokens: a message, or its first
// clause ("ok 5 then, company pays").
func revisedIn(toks []token, current int) (int, bool) {
	if len(toks) > 5 {
		return 0, false
	}
	nums, settle, n := 0, false, 0
	for _, t := range toks {
		switch {
		case t.punct:
		case t.isNum:
			if !otherHours(t, current) {
				return 0, false
			}
			nums, n = nums+1, int(t.num)
		case t.text == "then" || t.text == "instead":
			settle = true
		case t.text == "ok" || t.text == "okay" || t.text == "fine" || t.text == "alright" || t.text == "hours" || t.text == "hrs" || t.text == "h" || settleAssent[t.text]:
		default:
			return 0, false
		}
	}
	return n, nums == 1 && settle
}

// settleAssent are other languages' words for "ok, make it": "Beleza,
// fica 2 então" (OK, 2 it is then; dev87), "Pronto, fica 2" (dev86),
// "vale, 2 entonces", "bon, 2 alors".
var settleAssent = map[string]bool{"beleza": true, "pronto": true, "fica": true, "fico": true, "ficamos": true, "vale": true, "listo": true, "dale": true,
	"bueno": true, "queda": true, "quedo": true, "quedamos": true, "bon": true, "gut": true, "oke": true, "sige": true}

// hoursAsked reports hours a week named only inside a question after the
// plan, other than the learner's own, with no word asking to change them
// ("can i change my hours to 5?" changes them).
func hoursAsked(s Session, f Frame) (int, bool) {
	if !hasPlan(s) || f.tz == nil || !strings.Contains(f.tz.raw, "?") || len(f.Facts) != 1 || f.Facts[0].Slot != SlotHours {
		return 0, false
	}
	n, err := strconv.Atoi(f.Facts[0].Value)
	if err != nil || n == s.Profile.HoursPerWeek || f.Facts[0].from >= len(f.tz.toks) || !f.tz.isQuestionAt(f.Facts[0].from) {
		// ("I have more time from January, 8 hours a week. Can you plan
		// with 8?" says them: dev69.)
		return 0, false
	}
	weighs := false
	for i, t := range f.tz.toks {
		if changeVerbs[t.text] || requestVerb[t.text] {
			return 0, false
		}
		switch t.text {
		case "cost", "costs", "cheaper", "pricier", "save", "enough", "realistic", "long", "faster", "slower", "sooner", "later", "finish", "done", "weeks", "months", "difference", "more", "less", "takes", "take":
			// What the case would do: "does 10 hours cost more?", "is
			// 3h a week enough?" ("peux-tu mettre 2 heures par
			// semaine?" asks for it: dev73; "y cuánto tarda si hago 4
			// horas?", how much does it take if I do 4 hours?, read "how
			// much takes": a stranger, twentieth session).
			weighs = true
		}
		if (t.text == "you" || t.text == "u") && i > 0 && (f.tz.toks[i-1].text == "can" || f.tz.toks[i-1].text == "could" || f.tz.toks[i-1].text == "would" || f.tz.toks[i-1].text == "will") {
			// "Can you plan with 8?" asks for it.
			return 0, false
		}
		switch t.text {
		case "actually", "instead", "now", "anymore", "only", "just":
			// ("when would i finish if i do 8 hrs instead?" weighs a
			// case: dev75.)
			if !slices.ContainsFunc(f.tz.toks, func(x token) bool { return x.text == "if" }) {
				return 0, false
			}
		}
	}
	return n, weighs
}

// keptAmount reports "leave it at 6", "keep it at 6 then", "stick with 6",
// "stay at 6": a number of hours a week kept or settled on after the plan.
func keptAmount(tz *tokenized) (int, bool) {
	if tz == nil || len(tz.toks) > 10 || strings.Contains(tz.raw, "?") {
		return 0, false
	}
	for i, t := range tz.toks {
		if !t.isNum || t.num < MinHours || t.num > MaxHours || t.num != float64(int(t.num)) || i < 2 {
			continue
		}
		prev, verb := tz.toks[i-1].text, tz.toks[i-2].text
		if i >= 3 && tz.toks[i-2].text == "it" {
			verb = tz.toks[i-3].text
		}
		if (prev == "at" || prev == "with" || prev == "to") && (verb == "leave" || verb == "keep" || verb == "stay" || verb == "stick" || verb == "stays" || verb == "keeping" || verb == "leaving") {
			if i+1 < len(tz.toks) && !tz.toks[i+1].punct {
				switch tz.toks[i+1].text {
				case "then", "hours", "hrs", "h", "pls", "please", "thanks", "thx":
				default:
					return 0, false
				}
			}
			return int(t.num), true
		}
	}
	return 0, false
}

// startRefined reads a short message that is a date, opened by "say",
// "make it", "actually" or nothing: "say jan 18, that's a monday",
// "actually the 18th".
func (n *nlu) startRefined(tz *tokenized, now time.Time) (time.Time, bool) {
	if tz == nil || len(tz.toks) == 0 || len(tz.toks) > 9 || strings.Contains(tz.raw, "?") {
		return time.Time{}, false
	}
	i := 0
	for i < len(tz.toks) {
		switch tz.toks[i].text {
		case "say", "make", "it", "actually", "rather", "ok", "okay", "or", "no", "sorry", "i", "mean", "lets", "let", "us":
			i++
			continue
		}
		break
	}
	if i == len(tz.toks) {
		return time.Time{}, false
	}
	d, end, ok, _ := n.dateAt(tz.toks, i, dateOnly(now))
	if !ok || !hasNumber(tz.toks, i, end) {
		return time.Time{}, false
	}
	// What follows is only a remark about the date ("that's a monday").
	if end < len(tz.toks) && tz.toks[end].clause == tz.toks[i].clause && !tz.toks[end].punct {
		return time.Time{}, false
	}
	return d, true
}

// nowAmount reports a number of hours said with "now" in its clause
// ("Now 2 is ok", "but 4 is fine now", "for now 3") in a message that
// also names another amount: what the learner can do at present.
func nowAmount(tz *tokenized) (n, at int, ok bool) {
	if tz == nil {
		return 0, 0, false
	}
	nums, found := 0, -1
	perClause := map[int]int{}
	for _, t := range tz.toks {
		if t.isNum {
			perClause[t.clause]++
		}
	}
	for i, t := range tz.toks {
		if !t.isNum || t.clock {
			continue
		}
		nums++
		if t.num < MinHours || t.num > MaxHours || t.num != float64(int(t.num)) {
			continue
		}
		if i+1 < len(tz.toks) && tz.toks[i+1].clause == t.clause {
			switch tz.toks[i+1].text {
			case "years", "year", "yrs", "months", "month", "weeks", "days", "kids", "children", "am", "pm", "usd", "dollars", "euro", "euros":
				continue
			}
		}
		if perClause[t.clause] > 1 {
			// "three kids (now 10, 8 and 3)": ages.
			continue
		}
		for j := max(i-3, 0); j < len(tz.toks) && j <= i+4; j++ {
			if tz.toks[j].text == "now" && tz.toks[j].clause == t.clause && !(j > 0 && tz.toks[j-1].text == "from") {
				found, at = int(t.num), i
			}
		}
	}
	return found, at, found > 0 && nums >= 2
}

// eachAnswered answers two or three questions asked in one message one by
// one ("Is financial aid available for Pakistan? And how much maths I
// need?": dev76 got "Did you mean" the two), when each is answered on its
// own and they are about different things.
func (a *Advisor) eachAnswered(s Session, asks []string) (Answer, bool) {
	if len(asks) < 2 || len(asks) > 3 {
		return Answer{}, false
	}
	var out Answer
	var topics []string
	for i, q := range asks {
		if i > 0 && refersBack(q) {
			// "structuring next? how long is it?": "it" is the first
			// question's course; the message is one question.
			return Answer{}, false
		}
		x := a.AskIn(s, q)
		if !x.Answered || slices.Contains(topics, x.Topic) {
			return Answer{}, false
		}
		topics = append(topics, x.Topic)
		if out.Text == "" {
			out = x
			continue
		}
		out.Text += "\n\n" + x.Text
		out.Confidence = min(out.Confidence, x.Confidence)
	}
	return out, true
}

// refersBack reports a short question about something named before it:
// "how long is it?", "is that one hard?".
func refersBack(q string) bool {
	ws := strings.Fields(normalizeText(q))
	if len(ws) > 7 {
		return false
	}
	for _, w := range ws {
		switch strings.Trim(w, "?!.,") {
		case "it", "that", "its":
			return true
		}
	}
	return false
}

// namesCode reports a word of code in a message: the lexicon's languages
// and code words (codeWords), "scripts", a tool of analysts ("excel"), a
// technical job.
func (n *nlu) namesCode(tz *tokenized) bool {
	for _, t := range tz.toks {
		if n.codeWords[t.text] {
			return true
		}
		switch t.text {
		case "programmer", "developer", "dev", "script", "scripts", "excel", "html", "css", "software", "it", "data", "analyst", "engineer", "tech":
			return true
		}
	}
	return false
}

// correctedHours reads a first clause that corrects the hours with one
// new amount ("actually make that 3", "hmm actually 3") when the rest of
// the message names no amount but the current one ("4 won't happen").
func correctedHours(tz *tokenized, current int) (int, bool) {
	fc := firstClause(tz)
	if len(fc) == len(tz.toks) || len(fc) > 6 {
		return 0, false
	}
	n, nums, fix := 0, 0, false
	for _, t := range fc {
		switch {
		case t.punct:
		case t.isNum:
			if !otherHours(t, current) {
				return 0, false
			}
			n, nums = int(t.num), nums+1
		case t.text == "actually" || t.text == "wait" || t.text == "sorry" || t.text == "make" || t.text == "mean":
			fix = true
		case t.text == "hmm" || t.text == "ok" || t.text == "okay" || t.text == "no" || t.text == "that" || t.text == "it" || t.text == "i" ||
			t.text == "hours" || t.text == "hrs" || t.text == "h" || t.text == "then" || t.text == "oh":
		default:
			return 0, false
		}
	}
	if nums != 1 || !fix {
		return 0, false
	}
	for _, t := range tz.toks[len(fc):] {
		if t.isNum && int(t.num) != current {
			return 0, false
		}
	}
	return n, true
}

// otherHours reports a whole number of hours a week, in range, other than
// the current ones: what a revision or a correction may change them to.
func otherHours(t token, current int) bool {
	return t.num >= MinHours && t.num <= MaxHours && int(t.num) != current && t.num == float64(int(t.num))
}

// lastWholeNumber returns the last of the one to three numbers in a
// message when each is a whole number of hours certpath plans for.
func lastWholeNumber(tz *tokenized) (int, int, bool) {
	if tz == nil {
		return 0, 0, false
	}
	at, n := -1, 0
	for i, t := range tz.toks {
		if _, _, unit := unitOf(t.text); unit || dayish(t.text) || t.text == "each" || t.text == "day" || t.text == "days" || t.text == "week" || t.text == "weekly" {
			// "i work 4 10s so fri sat sun, 2 hours each": a schedule
			// the hours reading missed is asked again, not guessed.
			return 0, 0, false
		}
		if !t.isNum {
			continue
		}
		if t.clock || t.ord || t.num < MinHours || t.num > MaxHours || t.num != float64(int(t.num)) || i+1 < len(tz.toks) && countsSomething(tz.toks[i+1].text) {
			// ("staying, 18 yrs in": years at the job.)
			return 0, 0, false
		}
		at, n = i, n+1
	}
	if n == 0 || n > 3 {
		return 0, 0, false
	}
	return int(tz.toks[at].num), at, true
}

// countNouns after a number make it a count of something other than
// hours: "3 kids", "2 trucks"; so do the words of years (tenureWords: "18
// yrs in") and money (currencyWords).
var countNouns = map[string]bool{"months": true, "month": true, "mos": true, "weeks": true,
	"kids": true, "children": true, "people": true, "staff": true, "employees": true, "times": true, "x": true, "percent": true,
	"trucks": true, "cows": true}

func countsSomething(w string) bool { return countNouns[w] || tenureWords[w] || currencyWords[w] }

// asksChange reports whether a message asks for a change in so many
// words: "change it to that", "switch to that", "update it".
func asksChange(tz *tokenized) bool {
	if tz == nil {
		return false
	}
	return slices.ContainsFunc(tz.toks, func(t token) bool {
		return t.text != "new" && t.text != "different" && changeVerbs[t.text] || t.text == "instead"
	})
}
