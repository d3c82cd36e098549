package advisor

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/certpath/certpath/catalog"
)

// Progress tracking: the learner says "done 1", "finished the
// classification course" or "progress 12 hours"; the plan then re-flows
// the unfinished steps from today at their pace and is compared with the
// schedule they started from.

// Progress is what a learner has done on their plan.
type Progress struct {
	// Done lists finished steps in the order they were reported.
	Done []Finished `json:"done,omitempty"`
	// Hours is the hours logged per unfinished course id.
	Hours map[string]float64 `json:"hours,omitempty"`
	// Baseline is the schedule progress is measured against. It follows
	// the plan until the first progress is logged, then stays put, so a
	// later change of pace shows up as ahead or behind.
	Baseline *Baseline `json:"baseline,omitempty"`
}

// Finished is one step the learner reported done.
type Finished struct {
	Course string `json:"course"`
	// Start is when the step was scheduled to start (never after On).
	Start string `json:"start"`
	// On is the day the learner said it was done.
	On string `json:"on"`
}

// Baseline is the original schedule of a plan.
type Baseline struct {
	Profile Profile     `json:"profile"`
	Steps   []Milestone `json:"steps"`
	End     string      `json:"end"`
}

// Milestone is one step's place in the original schedule.
type Milestone struct {
	Course string `json:"course"`
	Start  string `json:"start"`
	End    string `json:"end"`
}

// PlanStatus says how far a learner is and how that compares with the
// original schedule.
type PlanStatus struct {
	Steps     int     `json:"steps"`
	StepsDone int     `json:"steps_done"`
	HoursDone float64 `json:"hours_done"`
	HoursLeft float64 `json:"hours_left"`
	// Current is the course id of the first unfinished step; empty when
	// everything is done.
	Current     string `json:"current,omitempty"`
	OriginalEnd string `json:"original_end"`
	// DaysAhead is how many days earlier than the original schedule the
	// plan now ends; negative when behind.
	DaysAhead int `json:"days_ahead"`
}

// maxLoggedHours bounds "progress N hours": more than this on one course
// is a typo, not a week of study.
const maxLoggedHours = 1000

// recorded reports whether the learner logged anything yet.
func (p *Progress) recorded() bool {
	return p != nil && (len(p.Done) > 0 || len(p.Hours) > 0)
}

func (p *Progress) finished(course string) (Finished, bool) {
	if p == nil {
		return Finished{}, false
	}
	for _, f := range p.Done {
		if f.Course == course {
			return f, true
		}
	}
	return Finished{}, false
}

// clone deep-copies p: Step must not mutate the session it was given,
// since a store may retry the turn from the same value.
func (p *Progress) clone() *Progress {
	if p == nil {
		return &Progress{}
	}
	out := &Progress{Done: append([]Finished(nil), p.Done...)}
	if len(p.Hours) > 0 {
		out.Hours = make(map[string]float64, len(p.Hours))
		for k, v := range p.Hours {
			out.Hours[k] = v
		}
	}
	if p.Baseline != nil {
		b := *p.Baseline
		b.Steps = append([]Milestone(nil), b.Steps...)
		out.Baseline = &b
	}
	return out
}

// progressFor is a copy of the session's progress to change, with the
// stored plan as its baseline if it has none yet (a session saved before
// progress was tracked): that is the schedule the learner was following.
func progressFor(s Session) *Progress {
	pr := s.Progress.clone()
	if pr.Baseline == nil && s.Plan != nil {
		pr.Baseline = baselineOf(s.Plan)
	}
	return pr
}

// rebase returns the progress with its baseline set from a fresh plan
// when there is none yet, when nothing has been logged and the profile
// changed, or when the plan's courses changed (a new goal).
func rebase(p *Progress, plan *Plan) *Progress {
	b := p.clone()
	switch {
	case b.Baseline == nil,
		!b.recorded() && !b.Baseline.Profile.Equal(plan.Profile),
		!sameCourses(b.Baseline, plan):
		b.Baseline = baselineOf(plan)
	}
	return b
}

func baselineOf(plan *Plan) *Baseline {
	b := &Baseline{Profile: plan.Profile, End: plan.End}
	for _, s := range plan.Steps {
		b.Steps = append(b.Steps, Milestone{Course: s.Course, Start: s.Start, End: s.End})
	}
	return b
}

func sameCourses(b *Baseline, plan *Plan) bool {
	if len(b.Steps) != len(plan.Steps) {
		return false
	}
	for i, s := range plan.Steps {
		if b.Steps[i].Course != s.Course {
			return false
		}
	}
	return true
}

// reflow keeps finished steps where they were and schedules the others
// from today (or the planned start, if later) at the learner's pace,
// counting hours already logged. A plan with no progress is returned as
// it is.
func reflow(cat *catalog.Catalog, plan *Plan, pr *Progress, now time.Time) *Plan {
	if !pr.recorded() {
		return plan
	}
	out := *plan
	out.Steps = make([]Step, len(plan.Steps))
	cursor := dateOnly(now)
	if plan.Profile.Start != "" {
		if st, err := time.Parse(DateLayout, plan.Profile.Start); err == nil && st.After(cursor) {
			cursor = st
		}
	}
	status := &PlanStatus{Steps: len(plan.Steps)}
	var first, last time.Time
	courseWeeks := 0
	for i, st := range plan.Steps {
		if f, ok := pr.finished(st.Course); ok {
			st.Done, st.HoursDone = true, st.Hours
			st.Start, st.End = f.Start, f.On
			st.Weeks = weeksBetween(f.Start, f.On)
			status.StepsDone++
			status.HoursDone += st.Hours
		} else {
			st.HoursDone = math.Min(pr.Hours[st.Course], st.Hours)
			left := st.Hours - st.HoursDone
			st.Weeks = max(1, weeksFor(left, plan.Profile.HoursPerWeek))
			end := cursor.AddDate(0, 0, st.Weeks*7-1)
			st.Start, st.End = cursor.Format(DateLayout), end.Format(DateLayout)
			cursor = end.AddDate(0, 0, 1)
			status.HoursDone += st.HoursDone
			status.HoursLeft += left
			if status.Current == "" {
				status.Current = st.Course
			}
			if st.Course != cat.Project.ID {
				courseWeeks += st.Weeks
			}
		}
		s, _ := time.Parse(DateLayout, st.Start)
		e, _ := time.Parse(DateLayout, st.End)
		if i == 0 || s.Before(first) {
			first = s
		}
		if i == 0 || e.After(last) {
			last = e
		}
		out.Steps[i] = st
	}
	out.Start, out.End = first.Format(DateLayout), last.Format(DateLayout)
	out.TotalWeeks = weeksBetween(out.Start, out.End)
	// What is left to pay depends on the courses still to take.
	costPlan(cat, &out, courseWeeks)
	if pr.Baseline != nil {
		status.OriginalEnd = pr.Baseline.End
		if orig, err := time.Parse(DateLayout, pr.Baseline.End); err == nil {
			status.DaysAhead = int(orig.Sub(last).Hours() / 24)
		}
	}
	out.Status = status
	return &out
}

// weeksBetween counts the (started) weeks from start to end inclusive.
func weeksBetween(start, end string) int {
	s, err1 := time.Parse(DateLayout, start)
	e, err2 := time.Parse(DateLayout, end)
	if err1 != nil || err2 != nil || e.Before(s) {
		return 0
	}
	days := int(e.Sub(s).Hours()/24) + 1
	return (days + 6) / 7
}

// formatStatus says how far the learner is, in one or two sentences.
func formatStatus(p *Plan) string {
	st := p.Status
	if st.Current == "" {
		if st.Steps == 1 {
			return "Progress: the step is done. Congratulations!"
		}
		return fmt.Sprintf("Progress: all %d steps done. Congratulations!", st.Steps)
	}
	total := st.HoursDone + st.HoursLeft
	pct := 0
	if total > 0 {
		pct = int(math.Round(100 * st.HoursDone / total))
	}
	line := fmt.Sprintf("Progress: %d of %d steps done, %s of %s hours (%d%%). ",
		st.StepsDone, st.Steps, money(st.HoursDone), money(total), pct)
	if st.StepsDone == 0 && st.HoursDone == 0 {
		// Right after "Well done: X is finished" the plan made again
		// holds only what is left ("Progress: 0 of 1 steps done" read as
		// nothing counted; a stranger, sixteenth session).
		line = "Progress: "
		if st.OriginalEnd == "" {
			return "Progress: the plan starts now."
		}
	}
	weeks := int(math.Round(math.Abs(float64(st.DaysAhead)) / 7))
	switch {
	case st.OriginalEnd == "":
	case st.DaysAhead >= 7:
		line += fmt.Sprintf("You are %d week%s ahead of your original schedule (it ended %s; now %s).", weeks, plural(weeks), st.OriginalEnd, p.End)
	case st.DaysAhead <= -7:
		line += fmt.Sprintf("You are %d week%s behind your original schedule (it ended %s; now %s).", weeks, plural(weeks), st.OriginalEnd, p.End)
	default:
		line += fmt.Sprintf("You are on track with your original schedule (ending %s).", st.OriginalEnd)
	}
	return strings.TrimSpace(line)
}

// writeStep renders one step of FormatPlan.
func writeStep(b *strings.Builder, i int, s Step) {
	if s.Done {
		fmt.Fprintf(b, "%d. [done %s] %s (%s): %s h\n", i+1, s.End, s.Title, s.Provider, money(s.Hours))
		return
	}
	fmt.Fprintf(b, "%d. %s (%s): %s h, %d week%s, %s to %s\n",
		i+1, s.Title, s.Provider, money(s.Hours), s.Weeks, plural(s.Weeks), s.Start, s.End)
	if s.HoursDone > 0 {
		fmt.Fprintf(b, "   Progress: %s of %s h done, %s h to go.\n", money(s.HoursDone), money(s.Hours), money(s.Hours-s.HoursDone))
	}
	fmt.Fprintf(b, "   Why: %s\n", s.Why)
}

// hasPlan is true once the learner has a plan to track progress on.
func hasPlan(s Session) bool { return s.Plan != nil && s.Profile.Complete() }

// currentStep is the first unfinished step of the session's plan.
func currentStep(s Session) (int, bool) {
	for i, st := range s.Plan.Steps {
		if _, done := s.Progress.finished(st.Course); !done {
			return i, true
		}
	}
	return 0, false
}

// markDone marks the steps arg names finished (or not, when done is
// false) and re-plans once.
func (a *Advisor) markDone(s Session, in Input, arg string, done bool) (Session, Reply) {
	idx, r, ok := a.stepsNamed(s, arg, done)
	if !ok {
		return s, r
	}
	acks := make([]string, len(idx))
	for k, i := range idx {
		s, acks[k] = a.markStep(s, in, i, done)
	}
	return a.next(s, in, strings.Join(acks, " ")+" Here is your plan from today.")
}

// markStep marks step i finished (or not) and says what changed.
func (a *Advisor) markStep(s Session, in Input, i int, done bool) (Session, string) {
	st := s.Plan.Steps[i]
	pr := progressFor(s)
	_, was := pr.finished(st.Course)
	var ack string
	switch {
	case done && was:
		ack = fmt.Sprintf("%s is already marked done.", st.Title)
	case done:
		today := dateOnly(in.Now).Format(DateLayout)
		start := st.Start
		if start == "" || start > today {
			start = today
		}
		pr.Done = append(pr.Done, Finished{Course: st.Course, Start: start, On: today})
		delete(pr.Hours, st.Course)
		ack = fmt.Sprintf("Well done: %s is finished.", st.Title)
		if _, isCourse := a.cat.Course(st.Course); isCourse && s.Profile.ML == MLNone {
			// A course of the six finished is ML coursework, as for a
			// course finished before the plan (dev58, dev69).
			s.Profile.ML = MLCoursework
		}
	case was:
		kept := pr.Done[:0]
		for _, f := range pr.Done {
			if f.Course != st.Course {
				kept = append(kept, f)
			}
		}
		pr.Done = kept
		ack = fmt.Sprintf("OK: %s is not done after all; I've put it back in the schedule.", st.Title)
	default:
		ack = fmt.Sprintf("%s wasn't marked done.", st.Title)
	}
	s.Progress = pr
	return s, ack
}

// stepListSep splits "regression and classification", "1, 2 & 3".
var stepListSep = regexp.MustCompile(`\s*(?:,|&|\+|\band\b|\bn\b)\s*`)

// stepsNamed finds the steps arg names: a list ("i finished regression
// AND classification over the autumn"; dev53 got "matches more than one
// step") when each part names a different step, else one step as
// resolveStep reads it, with its reply when it cannot tell.
func (a *Advisor) stepsNamed(s Session, arg string, done bool) ([]int, Reply, bool) {
	// "done with the first one, what now?" (a stranger, eighteenth
	// session, got 'I couldn't find "the first one, what now"'), "done
	// with ml for all, is classification next?" (both marked done): the
	// step, then a question of its own.
	if head, tail, cut := strings.Cut(arg, ","); cut && askTail.MatchString(tail) {
		arg = head
	}
	if parts := stepListSep.Split(strings.ToLower(arg), -1); len(parts) >= 2 {
		var idx []int
		for _, p := range parts {
			i, _, ok := a.resolveStep(s, p, done)
			if strings.TrimSpace(p) == "" || !ok || slices.Contains(idx, i) {
				idx = nil
				break
			}
			idx = append(idx, i)
		}
		if idx != nil {
			return idx, Reply{}, true
		}
	}
	i, r, ok := a.resolveStep(s, arg, done)
	if !ok {
		// "ML for all ✅ regression next" (dev75: "matches more than
		// one step"): what comes before the tick or "next" is what was
		// done.
		if head := doneHead(arg); head != "" && head != arg {
			if j, _, found := a.resolveStep(s, head, done); found {
				return []int{j}, Reply{}, true
			}
		}
	}
	return []int{i}, r, ok
}

// doneHead is arg up to a tick or a word that turns to what comes next.
func doneHead(arg string) string {
	if k := strings.IndexAny(arg, "✅✔☑"); k > 0 {
		arg = arg[:k]
	}
	ws := strings.Fields(arg)
	for k, w := range ws {
		if stopDoneAt[w] && k > 0 {
			ws = ws[:k]
			break
		}
	}
	return strings.TrimSpace(strings.Join(ws, " "))
}

// resolveStep finds the step arg names: empty or only filler words mean
// the current one, a number is the plan's numbering, otherwise the words
// are matched against titles, course ids and providers. When it cannot
// tell, the reply lists the steps to pick from.
func (a *Advisor) resolveStep(s Session, arg string, done bool) (int, Reply, bool) {
	steps := s.Plan.Steps
	verb := "done"
	if !done {
		verb = "undo"
	}
	pick := func(lead string) Reply {
		var b strings.Builder
		b.WriteString(lead + "\n")
		q := &Question{Prompt: lead}
		for i, st := range steps {
			mark := ""
			if _, ok := s.Progress.finished(st.Course); ok {
				mark = " (done)"
			}
			fmt.Fprintf(&b, "  %d. %s%s\n", i+1, st.Title, mark)
			q.Choices = append(q.Choices, Choice{ID: fmt.Sprintf("cmd=%s %d", verb, i+1), Label: fmt.Sprintf("%d. %s", i+1, st.Title)})
		}
		fmt.Fprintf(&b, "Say %q with the step's number, e.g. %q.", verb+" N", fmt.Sprintf("%s %d", verb, 1))
		return Reply{Kind: KindQuestion, Text: b.String(), Question: q}
	}
	i, r, ok, missing := a.resolveStepWords(s, arg, done, pick)
	if ok || !missing {
		return i, r, ok
	}
	// "the first one already, last month 🙂" (dev69): what was finished,
	// without when.
	// (Only a tail that says when: "a python course on udemy" keeps its
	// platform, which rules the plan's steps out.)
	if short := strings.TrimSpace(whenTail.ReplaceAllString(strings.SplitN(arg, ",", 2)[0], "")); short != "" && short != arg && sayWhen.MatchString(strings.TrimPrefix(arg, short)) {
		if j, _, found, _ := a.resolveStepWords(s, short, done, pick); found {
			return j, Reply{}, true
		}
	}
	return i, r, ok
}

// askTail is a question after the step a message names: "what now",
// "whats next", "so how long is the next one".
var askTail = regexp.MustCompile(`^\s*(?:(?:and|so|ok|okay)\s+)?(?:what|whats|what's|wat|which|how|now|next|then|when|is|do|can|should)\b`)

// resolveStepWords is resolveStep for one reading of arg; missing says
// that no step matched its words at all.
func (a *Advisor) resolveStepWords(s Session, arg string, done bool, pick func(string) Reply) (i int, r Reply, ok, missing bool) {
	steps := s.Plan.Steps
	words := meaningfulWords(arg)
	if len(words) == 0 {
		if !done {
			return 0, pick("Which step should I mark as not done?"), false, false
		}
		if cur, found := currentStep(s); found {
			return cur, Reply{}, true, false
		}
		return 0, Reply{Kind: KindInfo, Text: "Every step of your plan is already done. Congratulations! Say restart for a new plan."}, false, false
	}
	if k, rest := ordinalAndRest(words, len(steps)); k >= 0 && (len(rest) == 0 || agreesWithStep(rest, steps[k])) {
		// "the first course", "the second one", "the last one" (a
		// stranger, twelfth session: "I couldn't find \"the first
		// course\" in your plan"); "the first one na, regression" when
		// the first is Regression (dev69).
		return k, Reply{}, true, false
	}
	if len(words) == 1 {
		if n, err := strconv.Atoi(words[0]); err == nil {
			if n >= 1 && n <= len(steps) {
				return n - 1, Reply{}, true, false
			}
			return 0, pick(fmt.Sprintf("Your plan has steps 1 to %d.", len(steps))), false, false
		}
	}
	best, bestScore, tied := -1, 0, false
	for k, st := range steps {
		score := matchScore(words, st)
		switch {
		case score > bestScore:
			best, bestScore, tied = k, score, false
		case score == bestScore && score > 0:
			tied = true
		}
	}
	switch {
	case best < 0:
		return 0, pick(fmt.Sprintf("I couldn't find %q in your plan.", arg)), false, true
	case tied:
		return 0, pick(fmt.Sprintf("%q matches more than one step.", arg)), false, false
	}
	return best, Reply{}, true, false
}

// fillerWords say nothing about which course is meant: every title has
// "machine learning", and "the course", "with it" are just grammar.
var fillerWords = map[string]bool{
	"the": true, "a": true, "an": true, "my": true, "this": true, "that": true, "it": true, "one": true,
	"with": true, "of": true, "on": true, "in": true, "for": true, "and": true, "to": true, "just": true,
	"course": true, "class": true, "step": true, "number": true, "current": true, "now": true,
	"machine": true, "learning": true, "ml": true, "i": true, "have": true, "has": true, "is": true,
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// meaningfulWords splits normalized text into the words that can tell
// steps apart, with plural endings dropped.
func meaningfulWords(s string) []string {
	var out []string
	for _, w := range nonWord.Split(strings.ToLower(s), -1) {
		if w == "" || fillerWords[w] {
			continue
		}
		out = append(out, singular(w))
	}
	return out
}

func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// matchScore counts the query words found in a step's title, course id
// or provider; a word of four letters or more also matches as a prefix
// ("classif" finds Classification).
//
// A platform or school the step is not from rules it out: "a python
// course on udemy" is not Applied Machine Learning in Python (a stranger,
// ninth session, had it marked done).
func matchScore(words []string, st Step) int {
	vocab := meaningfulWords(st.Title + " " + st.Course + " " + st.Provider)
	score := 0
	for _, w := range words {
		found := false
		for _, v := range vocab {
			if w == v || (len(w) >= 4 && strings.HasPrefix(v, w)) {
				found = true
				break
			}
		}
		switch {
		case found:
			score++
		case otherSource[w]:
			return 0
		}
	}
	return score
}

// otherSource are places courses come from besides the plan's.
var otherSource = map[string]bool{
	"udemy": true, "edx": true, "udacity": true, "datacamp": true, "codecademy": true, "kaggle": true, "youtube": true,
	"freecodecamp": true, "linkedin": true, "pluralsight": true, "skillshare": true, "khan": true, "fastai": true,
	"fast": true, "mit": true, "harvard": true, "stanford": true, "nptel": true, "swayam": true, "bootcamp": true,
	"school": true, "uni": true, "university": true, "college": true, "degree": true, "book": true,
}

var loggedHours = regexp.MustCompile(`^(\+)?\s*(\d{1,4}(?:\.\d+)?)\s*(?:h|hrs?|hours?)?(?:\s+(?:done|so far|in total|total|logged))?[.!]?$`)

// hoursSpent reads hours spent on the course, said in the learner's
// words after the plan: "did about 10 hrs on structuring so far" (dev94
// had the plan re-made at 10 h a week), "put in 3 hours today". The rest
// of the sentence may say on what and when; hours a week ("did 10 hrs a
// week") are a pace, not hours spent.
var hoursSpent = regexp.MustCompile(`^(?:(?:so|ok|okay|well|update|btw|also)[:,]?\s+)*(?:i\s*(?:'ve|ve| have)?\s+)?(?:did|done|spent|put in|logged|studied|clocked)\s+(?:about |around |like |maybe |roughly |approx |~)?(\d{1,3}(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b([^?]*)$`)

// hoursSpentSaid reports hours spent said in words as the progress
// command they stand for: "log" adds them (this week, today), "progress"
// sets the total so far.
func hoursSpentSaid(norm string) (cmd, arg string, ok bool) {
	m := hoursSpent.FindStringSubmatch(strings.TrimSpace(norm))
	if m == nil {
		return "", "", false
	}
	rest := " " + m[2] + " "
	for _, rate := range []string{" a week", " per week", " each week", " every week", " weekly", " a day", " per day", " each day", " every day", " daily"} {
		if strings.Contains(rest, rate) {
			return "", "", false
		}
	}
	arg = m[1] + " hours"
	if on := spentOn.FindStringSubmatch(rest); on != nil {
		// "did about 10 hrs on structuring so far": on which step.
		arg += " on " + on[1]
	}
	for _, added := range []string{" this week", " today", " yesterday", " tonight", " last night", " more", " another", " extra", " this weekend"} {
		if strings.Contains(rest, added) {
			return "log", arg, true
		}
	}
	return "progress", arg, true
}

// spentOn is the step hours were spent on, after "on" ("on the
// classification one so far"), without when.
var spentOn = regexp.MustCompile(`\bon\s+(.+?)\s*(?:\b(?:so far|this week|today|yesterday|tonight|last night|this weekend|in total|total|already|now)\b.*)?\s*$`)

// logProgress records hours on the current step: "progress 12 hours"
// sets the total so far, "progress +3" (or "log 3 hours") adds to it.
// With no number it shows where the learner stands.
func (a *Advisor) logProgress(s Session, in Input, arg string, add bool) (Session, Reply) {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		if !s.Progress.recorded() {
			return a.next(s, in, `You haven't logged any progress yet: say "progress 5 hours" for hours on your current step, or "done 1" when a step is finished.`)
		}
		return a.next(s, in, "")
	}
	named := -1
	if head, what, cut := strings.Cut(arg, " on "); cut {
		// "log 3 hours on classification" (dev94: hours said for
		// another course went on the current step): the step named,
		// when the words name one.
		if j, _, found := a.resolveStep(s, what, true); found && len(meaningfulWords(what)) > 0 {
			named = j
		}
		arg = head
	}
	m := loggedHours.FindStringSubmatch(arg)
	if m == nil {
		return s, Reply{Kind: KindHelp, Text: `Tell me the hours you've spent on your current step, e.g. "progress 12 hours", or add some with "progress +3 hours". Say "done 1" when a step is finished.`}
	}
	i, ok := currentStep(s)
	if named >= 0 {
		i, ok = named, true
	}
	if !ok {
		return s, Reply{Kind: KindInfo, Text: "Every step of your plan is already done. Congratulations! Say restart for a new plan."}
	}
	h, _ := strconv.ParseFloat(m[2], 64)
	st := s.Plan.Steps[i]
	pr := progressFor(s)
	if pr.Hours == nil {
		pr.Hours = map[string]float64{}
	}
	if add || m[1] == "+" {
		h += pr.Hours[st.Course]
	}
	if h > maxLoggedHours {
		return s, Reply{Kind: KindHelp, Text: fmt.Sprintf("%s hours on one course looks like a typo; %s is estimated at %s hours.", money(h), st.Title, money(st.Hours))}
	}
	if h == 0 {
		delete(pr.Hours, st.Course)
	} else {
		pr.Hours[st.Course] = h
	}
	s.Progress = pr
	ack := fmt.Sprintf("Logged %s of %s hours on %s.", money(h), money(st.Hours), st.Title)
	if h >= st.Hours {
		ack += fmt.Sprintf(" That covers the estimate: say \"done %d\" once you've finished it.", i+1)
	}
	return a.next(s, in, ack)
}

// progressSuggestions are the follow-ups of a plan that tracks progress.
func progressSuggestions(p *Plan) []string {
	for i, st := range p.Steps {
		if !st.Done {
			return []string{"progress +3 hours", fmt.Sprintf("done %d", i+1), "export"}
		}
	}
	return []string{"export", "restart"}
}

// progressPrefixes map how learners report progress to a command; longer
// prefixes come first so "done with" wins over "done".
var progressPrefixes = []struct{ prefix, cmd string }{
	{"how am i doing", "progress"}, {"am i on track", "progress"}, {"my progress", "progress"}, {"progress", "progress"},
	{"log", "log"},
	{"undo done", "undo"}, {"not done", "undo"}, {"undone", "undo"}, {"undo", "undo"},
	{"i'm done with", "done"}, {"im done with", "done"}, {"i am done with", "done"},
	{"i've finished", "done"}, {"ive finished", "done"}, {"i have finished", "done"}, {"i finished", "done"},
	{"i've completed", "done"}, {"ive completed", "done"}, {"i have completed", "done"}, {"i completed", "done"},
	{"done with", "done"}, {"finished with", "done"}, {"done", "done"}, {"finished", "done"}, {"completed", "done"},
}

// progressCommand recognises the progress commands in normalized text.
func progressCommand(t string) (cmd, arg string, ok bool) {
	// "done w/ ML for all" (dev75)
	t = strings.Replace(t, " w/ ", " with ", 1)
	for _, p := range progressPrefixes {
		if t == p.prefix || strings.HasPrefix(t, p.prefix+" ") || strings.HasPrefix(t, p.prefix+"?") {
			return p.cmd, strings.Trim(strings.TrimPrefix(t, p.prefix), " ?!."), true
		}
	}
	return "", "", false
}

// paddedDone reads a step reported done among fillers, once there is a
// plan (before it, "also finished the UW classification course" is read
// with the rest of the interview): only a report that names what ("ok
// done" alone may answer something else).
func paddedDone(t string) (arg string, ok bool) {
	trimmed := trimFillers(t)
	if trimmed == t {
		return "", false
	}
	if cmd, arg, ok := progressCommand(trimmed); ok && cmd == "done" {
		if arg = trimFillers(arg); arg != "" && !reportFillers[arg] {
			return arg, true
		}
	}
	return "", false
}

// finishedClause finds what a message says was finished, up to the end
// of its clause: "oh i should say, i finished regression AND
// classification over the autumn, the UW ones on coursera" (dev53).
var finishedClause = regexp.MustCompile(`\b(?:finished|completed|done with|wrapped up)\s+([^,.;!?]+)`)

// whenTail cuts when it was finished off the end of a clause ("over the
// autumn", "last month", "back in may").
var whenTail = regexp.MustCompile(`\s+(?:over|during|in|last|back|this|earlier|already|a|few|over|on|at|from|years?|months?|weeks?|ago|yesterday|recently|before)\b.*$`)

// reportedDone reads the steps a message says were finished, once there
// is a plan: each part must name one step by every word it uses, so
// "finished my shift" or "finished the project for my boss" names none.
func (a *Advisor) reportedDone(s Session, norm string) (string, bool) {
	loc := finishedClause.FindStringSubmatchIndex(norm)
	if loc == nil {
		return "", false
	}
	// Not a finish to come or asked about: "so when would i be done with
	// regression at 5?" (dev77 marked it done).
	before := norm[:loc[0]]
	if k := strings.LastIndexAny(before, ".!?"); k >= 0 {
		before = before[k+1:]
	}
	after := norm[loc[1]:]
	if k := strings.IndexAny(after, ".!"); k >= 0 {
		after = after[:k]
	}
	if strings.Contains(after, "?") {
		return "", false
	}
	for _, w := range strings.Fields(before) {
		if notDoneWords[w] || w == "would" || w == "wanna" || w == "cant" {
			return "", false
		}
	}
	arg := strings.TrimSpace(whenTail.ReplaceAllString(norm[loc[2]:loc[3]], ""))
	parts := stepListSep.Split(arg, -1)
	for _, p := range parts {
		words := meaningfulWords(p)
		if len(words) == 0 {
			return "", false
		}
		if i, rest := ordinalAndRest(words, len(s.Plan.Steps)); i >= 0 && agreesWithStep(rest, s.Plan.Steps[i]) {
			continue
		}
		hits := 0
		for _, st := range s.Plan.Steps {
			if matchScore(words, st) == len(words) {
				hits++
			}
		}
		if hits != 1 {
			return "", false
		}
	}
	return arg, true
}

// reportFillers open or close a progress report without changing it: "oh
// and i finished classification too actually" is "i finished
// classification" (a stranger, ninth session, got "Did you mean").
var reportFillers = map[string]bool{
	"oh": true, "and": true, "also": true, "btw": true, "ok": true, "okay": true, "so": true, "update": true, "fyi": true,
	"too": true, "actually": true, "lol": true, "now": true, "yay": true, "finally": true,
}

// trimFillers drops reportFillers from both ends of t, and a closing "as
// well"; "and" and "so" only open a report.
func trimFillers(t string) string {
	words := strings.Fields(t)
	clean := func(w string) string { return strings.Trim(w, ",.!:") }
	for len(words) > 1 && reportFillers[clean(words[0])] {
		words = words[1:]
	}
	for n := len(words); n > 1; n = len(words) {
		switch last := clean(words[n-1]); {
		case last == "well" && n > 2 && words[n-2] == "as":
			words = words[:n-2]
		case reportFillers[last] && last != "and" && last != "so":
			words = words[:n-1]
		default:
			return strings.Join(words, " ")
		}
	}
	return strings.Join(words, " ")
}

// seasonMonths are the first months of the northern seasons.
var seasonMonths = map[string]time.Month{
	"spring": time.March, "summer": time.June, "autumn": time.September, "fall": time.September, "winter": time.December,
}

// finishedBy reads when a report of a finished course says it was
// finished, as the latest day the words can mean: "in july" and "back in
// october" (the last such month up to now), "over the summer", "last
// spring", "last month", "last year", "in 2025", "2 years ago",
// "yesterday". ok is false when the message says no such time.
func finishedBy(norm string, now time.Time) (by time.Time, ok bool) {
	today := dateOnly(now)
	words := strings.FieldsFunc(norm, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	at := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return words[i]
	}
	monthEnd := func(y int, m time.Month) time.Time {
		return time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	}
	// lastOf is the latest day of the last period of n months that
	// begins with month m and has begun by today.
	lastOf := func(m time.Month, n int, last bool) time.Time {
		y := today.Year()
		if m > today.Month() || last && m+time.Month(n)-1 >= today.Month() && m <= today.Month() {
			y--
		}
		end := monthEnd(y, m+time.Month(n)-1)
		if end.After(today) {
			end = today
		}
		return end
	}
	for i, w := range words {
		prev := at(i - 1)
		switch {
		case w == "yesterday":
			return today.AddDate(0, 0, -1), true
		case w == "ago" && i >= 2:
			// "2 years ago"; "a year ago" is one.
			n, err := strconv.Atoi(at(i - 2))
			if err != nil || n < 1 {
				n = 1
			}
			switch strings.TrimSuffix(prev, "s") {
			case "day":
				return today.AddDate(0, 0, -n), true
			case "week":
				return today.AddDate(0, 0, -7*n), true
			case "month":
				return today.AddDate(0, -n, 0), true
			case "year":
				return today.AddDate(-n, 0, 0), true
			}
		case prev == "last" && w == "year":
			return time.Date(today.Year()-1, 12, 31, 0, 0, 0, 0, time.UTC), true
		case prev == "last" && w == "month":
			return monthEnd(today.Year(), today.Month()-1), true
		case prev == "last" && w == "week":
			monday := (int(today.Weekday()) + 6) % 7
			return today.AddDate(0, 0, -monday-1), true
		case seasonMonths[w] != 0 && slices.Contains([]string{"last", "the", "in", "this", "past"}, prev):
			return lastOf(seasonMonths[w], 3, prev == "last"), true
		case monthNames[w] != 0 && (w != "may" || prev == "in") && slices.Contains([]string{"in", "last", "since", "during", "until", "back"}, prev):
			return lastOf(monthNames[w], 1, prev == "last"), true
		case prev == "in" && len(w) == 4 && strings.HasPrefix(w, "20"):
			if y, err := strconv.Atoi(w); err == nil && y < today.Year() {
				return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	return time.Time{}, false
}

// finishedBeforePlan reports whether a course reported finished was
// finished before the plan scheduled it ("i finished the regression
// course already in july", minutes after a plan that starts with it,
// dev53): that is a course done before the plan, which leaves the plan,
// not a step of it done today.
func finishedBeforePlan(s Session, norm string, now time.Time, courses []string) bool {
	by, ok := finishedBy(norm, now)
	if !ok || len(courses) == 0 {
		return false
	}
	for _, c := range courses {
		start := ""
		for _, st := range s.Plan.Steps {
			if st.Course == c {
				start = st.Start
			}
		}
		if s.Progress != nil && s.Progress.Baseline != nil {
			for _, m := range s.Progress.Baseline.Steps {
				if m.Course == c && (start == "" || m.Start < start) {
					start = m.Start
				}
			}
		}
		if start == "" || by.Format(DateLayout) > start {
			return false
		}
	}
	return true
}

// stepCourses are the catalog courses of the steps arg names (none when
// it names no step for sure).
func (a *Advisor) stepCourses(s Session, arg string) []string {
	idx, _, ok := a.stepsNamed(s, arg, true)
	if !ok {
		return nil
	}
	var ids []string
	for _, i := range idx {
		if _, isCourse := a.cat.Course(s.Plan.Steps[i].Course); isCourse {
			ids = append(ids, s.Plan.Steps[i].Course)
		}
	}
	return ids
}

// ordinals name a step by its place in the plan.
var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6}

// ordinalAndRest finds the ordinal of words ("the first course", "the
// 2nd one", "the last one") and the words that are neither it nor a word
// for a step: "the first one na, regression" is the
// first, with "na" and "regression" left to check against it.
func ordinalAndRest(words []string, n int) (int, []string) {
	at := -1
	var rest []string
	for _, w := range words {
		switch w {
		case "course", "one", "step", "module", "class", "cert", "certificate":
			continue
		}
		if reportFillers[w] {
			continue
		}
		switch w {
		case "last", "final":
			if at >= 0 {
				return -1, nil
			}
			at = n - 1
			continue
		}
		k, ok := ordinals[w]
		if !ok {
			rest = append(rest, w)
			continue
		}
		if at >= 0 {
			return -1, nil
		}
		at = k - 1
	}
	if at >= n {
		return -1, nil
	}
	return at, rest
}

// countWords are the counts a learner skips by: "the first two".
var countWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

// skipSteps marks done the steps a learner skips: "skip regression", "skip
// the first two", "skip to the google one" (every step before it).
func (a *Advisor) skipSteps(s Session, in Input, arg string) (Session, Reply) {
	var idx []int
	words := strings.Fields(strings.ToLower(arg))
	switch {
	case len(words) > 1 && words[0] == "to":
		i, r, ok := a.resolveStep(s, strings.Join(words[1:], " "), true)
		if !ok {
			return s, r
		}
		for k := range i {
			idx = append(idx, k)
		}
		if len(idx) == 0 {
			return a.next(s, in, fmt.Sprintf("%s is already first in your plan.", s.Plan.Steps[i].Title))
		}
	default:
		if w := meaningfulWords(arg); len(w) >= 2 && w[0] == "first" && countWords[w[1]] > 0 && countWords[w[1]] <= len(s.Plan.Steps) {
			for k := range countWords[w[1]] {
				idx = append(idx, k)
			}
			break
		}
		var r Reply
		var ok bool
		if idx, r, ok = a.stepsNamed(s, arg, true); !ok {
			return s, r
		}
	}
	var titles []string
	for _, i := range idx {
		titles = append(titles, s.Plan.Steps[i].Title)
		s, _ = a.markStep(s, in, i, true)
	}
	return a.next(s, in, "Skipped (marked done): "+strings.Join(titles, ", ")+". Here is your plan from today.")
}

// sayWhen finds words that say when something was finished.
var sayWhen = regexp.MustCompile(`\b(?:already|ago|last|yesterday|today|tonight|night|week|weeks|month|months|year|years|recently|earlier|before|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december)\b`)

// agreesWithStep reports whether the words besides an ordinal name that
// step, short fillers ("na", "po", "la") aside.
func agreesWithStep(rest []string, st Step) bool {
	var named []string
	for _, w := range rest {
		if len([]rune(w)) > 2 {
			named = append(named, w)
		}
	}
	return len(named) == 0 || matchScore(named, st) == len(named)
}

// doneWords say a course was finished, in the learners' languages:
// "done", "finished", "fertig" (German), "tapos" (Tagalog), "terminé"
// (French, Spanish), "terminei", "acabei" (Portuguese), "selesai"
// (Indonesian), "xong" (Vietnamese), "klaar" (Dutch), "закончил",
// "закончыў" (Russian, Belarusian).
var doneWords = map[string]bool{
	"done": true, "finished": true, "finish": true, "completed": true, "complete": true, "wrapped": true, "passed": true,
	"fertig": true, "abgeschlossen": true, "tapos": true, "termine": true, "terminei": true, "terminado": true, "acabei": true, "acabe": true,
	"selesai": true, "xong": true, "klaar": true, "afgerond": true, "finito": true, "finita": true, "finalizado": true,
	// French "j'ai fini", "terminée"; Dutch "afgewerkt"; Polish "skończyłem" (dev87, dev85)
	"fini": true, "finie": true, "terminee": true, "afgewerkt": true, "skonczylem": true, "skonczylam": true,
	"закончил": true, "закончила": true, "закончыў": true, "закончыла": true, "прошел": true, "прошла": true,
}

// notDoneWords before or around a done word take it back or put it off:
// "not done", "almost finished", "half of", "when i finish".
var notDoneWords = map[string]bool{
	"not": true, "havent": true, "hasnt": true, "didnt": true, "dont": true, "never": true, "almost": true, "nearly": true,
	"half": true, "halfway": true, "partly": true, "when": true, "once": true, "after": true, "if": true, "will": true,
	"gonna": true, "going": true, "hope": true, "until": true, "till": true, "before": true, "yet": true, "still": true,
	// "pas encore fini", "todavía no terminé", "ainda não terminei", "noch
	// nicht fertig", "bijna klaar"
	"pas": true, "encore": true, "presque": true, "quand": true, "no": true, "todavia": true, "aun": true, "casi": true, "cuando": true,
	"nao": true, "ainda": true, "quase": true, "quando": true, "nicht": true, "noch": true, "fast": true, "wenn": true, "bijna": true, "niet": true, "nog": true,
}

// stopDoneAt ends what a done clause names: "done ML for all, on to
// regression", "done with regression and half of classification".
var stopDoneAt = map[string]bool{
	"onto": true, "next": true, "starting": true, "started": true, "start": true, "half": true, "halfway": true,
	"moving": true, "then": true, "now": true, "but": true, "doing": true, "into": true,
}

// listBreak are words that make a clause after a finished course more
// than the next name in a list ("done regression, classification is
// hard", "..., classification left").
var listBreak = map[string]bool{
	"is": true, "was": true, "isnt": true, "looks": true, "seems": true, "left": true, "remaining": true, "to": true,
	"pending": true, "still": true, "not": true, "no": true, "hard": true, "tough": true, "later": true, "soon": true,
}

// placeWords are the ordinals a step is named by, in English and the
// learners' other languages (accents folded): "J'ai fini le premier cours
// 🎉 c'était pas si dur" (dev87 got "Did you mean").
var placeWords = [][]string{
	{"first", "premier", "primer", "primero", "primeiro", "primo", "erste", "ersten", "eerste", "pierwszy"},
	{"second", "deuxieme", "segundo", "secondo", "zweite", "zweiten", "tweede", "drugi"},
	{"third", "troisieme", "tercer", "tercero", "terceiro", "terzo", "dritte", "dritten", "derde", "trzeci"},
	{"fourth"}, {"fifth"}, {"sixth"},
}

// placeCourse reports an ordinal of another language before its word for
// a course: "premier cours", "primer curso", "erste Kurs".
func placeCourse(joined, ord string) bool {
	for _, c := range []string{"cours", "curso", "corso", "kurs", "cursus", "modulo", "module"} {
		if strings.Contains(joined, " "+ord+" "+c+" ") {
			return true
		}
	}
	return false
}

// ticksDone reads a tick as the word "done".
var ticksDone = strings.NewReplacer("✅", " done ", "✔", " done ", "☑", " done ")

// doneReport reads a report of steps finished after the plan, in the
// words learners use in chat: "ok first course done! ML for all ✅",
// "finished regression ✅ and classification ✅ over the holidays, i was on
// leave", "ok done with it finally 🎉" (the step under way), "ok
// regression fertig, endlich 💪" (dev73: a course's duration, "matches
// more than one step", "I couldn't find"). A statement only; what comes
// after "on to", "half of" or "next" is not finished; "it" is the step
// under way in a short message that names no course.
func (a *Advisor) doneReport(s Session, text string) ([]int, bool) {
	if !hasPlan(s) || strings.Contains(text, "?") {
		return nil, false
	}
	// A tick is a done word; any other emoji ends a clause: "finished
	// regression 👍 classification next" (dev79 had both finished).
	low := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.So, r) && r != '✅' && r != '✔' && r != '☑' {
			return '.'
		}
		return r
	}, strings.ToLower(text))
	low = ticksDone.Replace(low)
	raw := strings.FieldsFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != ',' && r != '.' && r != '!' && r != ';'
	})
	if len(raw) == 0 || len(raw) > 25 {
		return nil, false
	}
	// The words in order, with a clause break marked as "".
	var ws []string
	for _, w := range raw {
		brk := strings.IndexAny(w, ",.!;") >= 0
		w = strings.Trim(strings.ReplaceAll(w, "'", ""), ",.!;")
		if w != "" {
			ws = append(ws, foldWord(w))
		}
		if brk {
			ws = append(ws, "")
		}
	}
	said := false
	var named []string
	var parts []string
	for i, w := range ws {
		if !doneWords[w] && !certificateGot(ws, i) {
			continue
		}
		after := i + 1
		for after < len(ws) && ws[after] != "" {
			after++
		}
		if i+1 < after && partOfStep(strings.Join(ws[i+1:after], " ")) {
			// "done with week 1 of regression" (dev75)
			return nil, false
		}
		before := i
		for before > 0 && ws[before-1] != "" {
			before--
		}
		if before < i && partOfStep(strings.Join(ws[before:i], " ")) {
			// "week 1 of regression done lol" (a stranger in the console
			// had the course marked finished)
			return nil, false
		}
		// Taken back or put off in its clause?
		for j := i - 1; j >= 0 && ws[j] != "" && j >= i-4; j-- {
			if notDoneWords[ws[j]] {
				return nil, false
			}
		}
		if i+1 < len(ws) && (ws[i+1] == "yet" || ws[i+1] == "soon") {
			return nil, false
		}
		said = true
		// What it names: its clause before it ("regression fertig",
		// "first course done") and after it, up to a stop.
		from := i
		for from > 0 && ws[from-1] != "" {
			from--
		}
		to := i + 1
		for to < len(ws) && ws[to] != "" && !stopDoneAt[ws[to]] && !(ws[to] == "on" && to+1 < len(ws) && ws[to+1] == "to") {
			to++
		}
		parts = append(parts, strings.Join(ws[from:i], " "), strings.Join(ws[i+1:to], " "))
		// "done regression, classification" (a list with commas and no
		// "and"; only Regression was marked): a clause after the comma
		// that is only a course's name belongs to the list.
		for to < len(ws) && ws[to] == "" {
			end := to + 1
			for end < len(ws) && ws[end] != "" && !stopDoneAt[ws[end]] && !listBreak[ws[end]] {
				end++
			}
			if end == to+1 || end-to-1 > 4 || end < len(ws) && ws[end] != "" || len(a.coursesMentioned(s, strings.Join(ws[to+1:end], " "))) == 0 {
				break
			}
			parts = append(parts, strings.Join(ws[to+1:end], " "))
			to = end
		}
	}
	if !said {
		return nil, false
	}
	for _, p := range parts {
		if p == "" {
			continue
		}
		for _, id := range a.coursesMentioned(s, p) {
			named = appendUnique(named, id)
		}
	}
	var idx []int
	for _, id := range named {
		idx = append(idx, stepIndex(s, id))
	}
	joined := " " + strings.Join(parts, " ") + " "
	if len(idx) == 0 {
		// By place: "first course done", "step 2 finished".
		idx = stepsByPlace(s, joined)
	}
	if len(idx) == 0 && len(named) == 0 && len(ws) <= 10 && !strings.Contains(joined, " all ") && (strings.Contains(joined, " it ") || strings.Contains(joined, " this one ") || strings.Contains(joined, " that one ")) {
		// "ok done with it finally 🎉": the step under way.
		if i, ok := currentStep(s); ok {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 && !a.namesAnyCourse(joined) {
		// "I finish the first course now, Machine Learning for All":
		// the course named beside the report (not when the report
		// names a course of the six outside the plan: "done ML for all,
		// on to regression" in a plan without it).
		if ids := a.coursesMentioned(s, strings.Join(ws, " ")); len(ids) == 1 && len(parts) > 0 && !strings.Contains(low, "half") {
			idx = append(idx, stepIndex(s, ids[0]))
		}
	}
	return idx, len(idx) > 0
}

// stepsByPlace lists the plan's steps that padded (text padded with
// spaces) names by its place: "first course", "step 2", "the second one".
func stepsByPlace(s Session, padded string) []int {
	var idx []int
	for k, ords := range placeWords[:min(len(placeWords), len(s.Plan.Steps))] {
		named := strings.Contains(padded, " step "+strconv.Itoa(k+1)+" ")
		for _, ord := range ords {
			// (Another language's word for a course only after the
			// first three, the ordinals listed in other languages:
			// "the fourth module" is a part of a course.)
			named = named || strings.Contains(padded, " "+ord+" course ") || strings.Contains(padded, " "+ord+" one ") || k < 3 && placeCourse(padded, ord)
		}
		if named {
			idx = append(idx, k)
		}
	}
	return idx
}

// coursesMentioned lists the plan's steps a few words name by a word of
// their title no other step has ("regression", "structuring", "applied",
// "production", "for all", "portfolio"), in the plan's order. Words too
// common to name a course ("python", "projects", "systems") do not.
func (a *Advisor) coursesMentioned(s Session, words string) []string {
	padded := " " + words + " "
	var ids []string
	for _, st := range s.Plan.Steps {
		keys := []string{"portfolio"}
		if ci := slices.IndexFunc(a.cat.Courses, func(c catalog.Course) bool { return c.ID == st.Course }); ci >= 0 {
			keys = a.faq.courses[ci].keys
		}
		if mentions(padded, keys) {
			ids = appendUnique(ids, st.Course)
		}
	}
	return ids
}

// namesAnyCourse reports a word naming one of the six, in the plan or not.
func (a *Advisor) namesAnyCourse(words string) bool {
	padded := " " + words + " "
	return slices.ContainsFunc(a.faq.courses, func(f courseFacts) bool { return mentions(padded, f.keys) })
}

// mentions reports one of keys as words of padded (text padded with
// spaces).
func mentions(padded string, keys []string) bool {
	return slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(padded, " "+k+" ") })
}

// certificateGot reports "certificate" at i after "got", "earned" or
// "received" in its clause: "got my regression certificate today 🎉"
// (dev75 got "Noted").
func certificateGot(ws []string, i int) bool {
	switch ws[i] {
	case "certificate", "cert", "certification", "certificat", "certificado", "zertifikat":
	default:
		return false
	}
	for j := i - 1; j >= 0 && j >= i-5 && ws[j] != ""; j-- {
		switch ws[j] {
		case "got", "earned", "received", "get", "gotten", "have":
			return true
		}
	}
	return false
}
