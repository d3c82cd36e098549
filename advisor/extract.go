package advisor

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Extraction reads every slot a free-text message mentions, whatever was
// asked: "backend dev, never touched ML, want to do MLOps, ~6h a week,
// can't pay much" fills five. Phrases are tried longest-first within a slot
// and goal phrases are removed before background is read, so "want to be
// an ML engineer" does not make someone a professional programmer.

// phrase maps a pattern to a slot value.
type phrase struct {
	re    *regexp.Regexp
	value string
}

// phrases compiles one value's patterns into a single alternation: one
// scan of the text per value keeps a turn in microseconds.
func phrases(value string, patterns ...string) []phrase {
	return []phrase{{regexp.MustCompile(`\b(?:` + strings.Join(patterns, "|") + `)\b`), value}}
}

func concat(lists ...[]phrase) []phrase {
	var out []phrase
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// extractor holds the compiled patterns; built once per Advisor.
type extractor struct {
	goal, programming, ml, budget []phrase
	hours, hoursPerDay, number    *regexp.Regexp
	wordHours, isoDate, startWord *regexp.Regexp
	startNow                      *regexp.Regexp
	numberWords                   map[string]int
	yes, no, some                 map[string]bool
}

func newExtractor() *extractor {
	const ml = `(?:ml|machine learning|ai|models?|deep learning)`
	return &extractor{
		// Goals first: their words ("engineer", "production") would
		// otherwise read as background.
		goal: concat(
			phrases(GoalMLOps, `ml ?ops`, `mlops engineer`, `deploy(?:ing)? (?:ml |machine learning )?models?`, `ml (?:platform|infrastructure|infra)`, `model deployment`, `deployment`, `productioni[sz]e models?`, `put models? (?:in|into) production`),
			phrases(GoalMLEngineer, `(?:ml|machine learning|ai) engineer(?:ing)?`, `mle`, `ml eng`),
			phrases(GoalDataScientist, `data scien(?:tist|ce)`, `ds role`, `analytics role`),
			phrases(GoalResearch, `research(?:er)?`, `phd`, `academi[ac]`, `publish(?:ing)? papers?`, `publications?`),
			phrases(GoalFillGap, `fill (?:a |the |some |my )?(?:specific )?gaps?`, `(?:a |one )?specific gap`, `brush up`, `refresh(?:er)?`, `upskill`, `single course`, `one course`),
			phrases(GoalLiteracy, `literacy`, `understand (?:ml|machine learning|ai|the basics|how (?:ml|ai|it) works)`, `work(?:ing)? (?:with|alongside) (?:ml |data )?(?:engineers|data scientists)`, `non[- ]?engineering role`, `talk to (?:engineers|data scientists)`, `manage (?:an? )?(?:ml|ai|data) team`, `(?:just )?curious(?: about (?:ml|ai|machine learning))?`, `overview`, `basics of `+ml, `(?:ml|ai|machine learning) for my (?:job|work|role|team|business)`, `learn what (?:ml|ai|machine learning) (?:is|can do)`),
		),
		programming: concat(
			phrases(ProgrammingNone, `never (?:programmed|coded|written code)`, `no (?:programming|coding|code)(?: background| experience)?`, `non[- ]?programmer`, `not (?:a )?(?:programmer|coder|developer|technical)`, `(?:can ?not|can'?t|don'?t|do not) (?:code|program)`, `non[- ]?technical`, `zero (?:programming|coding)`, `no tech(?:nical)? background`, `product manager`, `designer`),
			phrases(ProgrammingProfessional, `(?:software|backend|back-end|frontend|front-end|full ?stack|web|mobile|data|platform|devops|systems?) (?:dev(?:eloper)?|engineer)`, `(?:senior|junior|professional) (?:dev(?:eloper)?|engineer|programmer)`, `swe`, `sde`, `developer`, `programmer by trade`, `code for a living`, `program(?:ming)? (?:professionally|for work|at work)`, `professional(?:ly)?`, `\d+ (?:years|yrs) (?:of )?(?:python|java|go|c\+\+|javascript|coding|programming|experience)`, `(?:backend|frontend|web) dev`, `dev`, `coder`, `programmer`, `software engineering`),
			phrases(ProgrammingSome, `some (?:python|programming|coding|code|scripting|sql)`, `(?:a )?(?:little|bit of|bit) (?:python|programming|coding|code)`, `basic (?:python|programming|coding)`, `learning (?:to code|python|programming)`, `beginner (?:programmer|coder|in python)`, `(?:know|knows|i know) (?:some |a bit of )?python`, `hobby(?:ist)? (?:programmer|coder|projects?)`, `scripts?`, `analyst`, `python basics`, `intermediate python`, `python`),
		),
		ml: concat(
			phrases(MLNone, `never (?:touched|used|done|did|studied|tried) (?:any )?`+ml, `no `+ml+`(?: experience| background| at all)?`, `new to `+ml, `zero `+ml, `(?:haven'?t|have not|didn'?t) (?:done|touched|used|studied) (?:any )?`+ml, ml+` (?:newbie|beginner|noob)`, `complete beginner`, `never done any`, `(?:know|knows) nothing about `+ml, `no (?:idea|clue) about `+ml),
			phrases(MLProduction, `(?:deployed|shipped|run|running|ran|maintain(?:ed)?) (?:ml |machine learning )?models? (?:to|in|into) prod(?:uction)?`, `(?:deployed|shipped) (?:ml |machine learning )?models?`, ml+` in prod(?:uction)?`, `production (?:ml|models?|experience)`, `(?:built|run|ran) (?:ml )?pipelines`),
			phrases(MLBuiltModels, `(?:built|trained|made|created|fit|fitted) (?:a |some |my own |an? )?(?:few )?(?:ml |machine learning |simple |basic )?(?:models?|classifiers?|neural nets?|networks?)`, `kaggle`, `side projects?`, `(?:scikit|sklearn|pytorch|tensorflow|keras) projects?`, `used (?:scikit-learn|sklearn|pytorch|tensorflow|keras)`),
			phrases(MLCoursework, `(?:took|taken|did|done|finished|completed) (?:a |an |some |one |two )?(?:ml |machine learning |online |intro |university |uni |college )*(?:courses?|class(?:es)?|mooc|tutorials?)`, `coursework`, `andrew ng(?:'s)? course`, `(?:studied|read about|learning) `+ml, `some (?:ml|machine learning) (?:courses?|theory|classes)`, `(?:ml|machine learning) (?:courses?|classes|tutorials)`, `tutorials?`),
		),
		budget: concat(
			phrases(BudgetAid, `financial aid`, `aid`, `scholarships?`, `(?:can'?t|cannot|can not) (?:really )?afford`, `(?:tight|low|limited|small) budget`, `(?:can'?t|cannot|can not) pay much`, `not much (?:money|budget)`, `cheap(?:ly)?`),
			phrases(BudgetFree, `free(?: only)?`, `(?:can'?t|cannot|can not|won'?t|don'?t want to) pay`, `no (?:money|budget|cash)`, `zero budget`, `\$0`, `audit(?:ing)?(?: only)?`, `broke`),
			phrases(BudgetPaid, `(?:can|happy to|willing to|able to|ok to|fine to) pay`, `(?:employer|company|work|boss) (?:pays|will pay|covers|is paying)`, `(?:money|cost|price) (?:is )?(?:not|no) (?:an? )?(?:issue|problem|object)`, `(?:have|got) (?:a |some )?budget`, `paid(?: is fine)?`, `pay for (?:the )?certificates?`, `subscription`),
		),
		hours:       regexp.MustCompile(`(?:~|about |around |maybe |roughly )?(\d{1,3}(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d{1,3}(?:\.\d+)?)\s*)?(?:h|hrs?|hours?)\b`),
		hoursPerDay: regexp.MustCompile(`(?:a|an|per|each|every|/)\s*(?:day|night|evening)|daily`),
		number:      regexp.MustCompile(`^(?:actually |maybe |about |around |~)?(\d{1,3})(?:\s*(?:h|hrs?|hours?))?(?:\s*(?:a|per|/)\s*w(?:ee)?k)?[.!]?$`),
		wordHours:   regexp.MustCompile(`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a couple of|a couple|couple of|a few|an)\s+(?:hours?|hrs?)\b`),
		isoDate:     regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})\b`),
		startWord:   regexp.MustCompile(`\b(?:start|starting|begin|beginning)\b`),
		startNow:    regexp.MustCompile(`\b(?:today|now|right away|asap)\b`),
		yes:         set("yes", "yeah", "yep", "y", "sure", "a lot", "lots"),
		no:          set("no", "nope", "n", "none", "nothing", "never", "not really", "zero", "nah", "none yet"),
		some:        set("a little", "a bit", "some", "little", "kind of", "sort of", "somewhat", "basic", "basics"),
		numberWords: map[string]int{
			"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
			"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
			"an": 1, "a couple": 2, "a couple of": 2, "couple of": 2, "a few": 3,
		},
	}
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// found is what one message said about each slot.
type found struct {
	profile Profile
	// hoursErr is set when hours were given but outside 1–60.
	hoursErr string
	// startErr is set when a start date was given but not understood.
	startErr string
	any      bool
}

// typography folds the variants people type into ASCII; a Replacer is
// immutable and safe for concurrent use once built.
var typography = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-")

// normalizeText lower-cases, folds typographic variants and collapses
// white space. Step calls it once per turn.
func normalizeText(s string) string {
	return strings.Join(strings.Fields(typography.Replace(strings.ToLower(s))), " ")
}

// extract reads every slot the normalized text mentions. asking is the
// slot the last question was about, so short answers ("8", "no", "a
// little") are read in context.
func (x *extractor) extract(norm string, asking Slot, now time.Time) found {
	// "free time" is about hours, never about budget.
	t := strings.ReplaceAll(norm, "free time", "spare time")
	var f found
	rest := t
	if v, r, ok := firstMatch(x.goal, rest); ok {
		f.profile.Goal, rest, f.any = v, r, true
	}
	// Hours before budget and background, so "8 hours" is not read as a
	// number of years and "10h" never as anything else.
	if h, r, ok := x.hoursIn(rest); ok {
		rest, f.any = r, true
		if h < MinHours || h > MaxHours {
			f.hoursErr = strconv.Itoa(h)
		} else {
			f.profile.HoursPerWeek = h
		}
	}
	if v, r, ok := firstMatch(x.budget, rest); ok {
		f.profile.Budget, rest, f.any = v, r, true
	}
	if v, r, ok := firstMatch(x.ml, rest); ok {
		f.profile.ML, rest, f.any = v, r, true
	}
	if v, _, ok := firstMatch(x.programming, rest); ok {
		f.profile.Programming, f.any = v, true
	}
	if d, ok, bad := x.startIn(t, now); ok {
		f.profile.Start, f.any = d, true
	} else if bad != "" {
		f.startErr, f.any = bad, true
	}
	if !f.any {
		x.contextual(t, asking, &f)
	}
	return f
}

// firstMatch finds the earliest-listed phrase that matches and returns its
// value and the text with the match removed.
func firstMatch(ps []phrase, s string) (string, string, bool) {
	for _, p := range ps {
		if loc := p.re.FindStringIndex(s); loc != nil {
			return p.value, s[:loc[0]] + " " + s[loc[1]:], true
		}
	}
	return "", s, false
}

func (x *extractor) hoursIn(s string) (int, string, bool) {
	loc := x.hours.FindStringSubmatchIndex(s)
	var h float64
	if loc != nil {
		lo, _ := strconv.ParseFloat(s[loc[2]:loc[3]], 64)
		h = lo
		if loc[4] >= 0 {
			hi, _ := strconv.ParseFloat(s[loc[4]:loc[5]], 64)
			h = (lo + hi) / 2
		}
	} else {
		// "five hours", "a few hours", "an hour a day"
		m := x.wordHours.FindStringSubmatchIndex(s)
		if m == nil {
			return 0, s, false
		}
		loc, h = m, float64(x.numberWords[s[m[2]:m[3]]])
	}
	after := s[loc[1]:]
	if len(after) > 16 {
		after = after[:16]
	}
	if x.hoursPerDay.MatchString(after) {
		h *= 7
	}
	n := int(h + 0.5)
	return n, s[:loc[0]] + " " + s[loc[1]:], true
}

// startIn reads a start date: an ISO date, today, tomorrow, next week or
// next month. bad is set for "start <something unreadable>".
func (x *extractor) startIn(s string, now time.Time) (date string, ok bool, bad string) {
	if m := x.isoDate.FindStringSubmatch(s); m != nil {
		if _, err := time.Parse(DateLayout, m[1]); err != nil {
			return "", false, m[1]
		}
		return m[1], true, ""
	}
	if !x.startWord.MatchString(s) {
		return "", false, ""
	}
	today := dateOnly(now)
	switch {
	case x.startNow.MatchString(s):
		return today.Format(DateLayout), true, ""
	case strings.Contains(s, "tomorrow"):
		return today.AddDate(0, 0, 1).Format(DateLayout), true, ""
	case strings.Contains(s, "next week"):
		// The coming Monday.
		days := (8 - int(today.Weekday())) % 7
		if days == 0 {
			days = 7
		}
		return today.AddDate(0, 0, days).Format(DateLayout), true, ""
	case strings.Contains(s, "next month"):
		first := time.Date(today.Year(), today.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		return first.Format(DateLayout), true, ""
	}
	return "", false, ""
}

// contextual reads short answers to the question just asked.
func (x *extractor) contextual(t string, asking Slot, f *found) {
	t = strings.Trim(t, " .!")
	yes, no, some := x.yes, x.no, x.some
	set := func(v string) { f.any = true; f.profile.set(asking, v) }
	switch asking {
	case SlotProgramming:
		switch {
		case no[t]:
			set(ProgrammingNone)
		case some[t]:
			set(ProgrammingSome)
		case yes[t]:
			set(ProgrammingProfessional)
		}
	case SlotML:
		switch {
		case no[t]:
			set(MLNone)
		case some[t]:
			set(MLCoursework)
		case yes[t]:
			set(MLBuiltModels)
		}
	case SlotBudget:
		switch {
		case no[t]:
			set(BudgetFree)
		case yes[t]:
			set(BudgetPaid)
		}
	case SlotHours:
		if m := x.number.FindStringSubmatch(t); m != nil {
			n, _ := strconv.Atoi(m[1])
			f.any = true
			if n < MinHours || n > MaxHours {
				f.hoursErr = m[1]
			} else {
				f.profile.HoursPerWeek = n
			}
		} else if n, ok := x.numberWords[t]; ok {
			f.any = true
			f.profile.HoursPerWeek = n
		}
	}
	if f.any {
		return
	}
	// "2" picks the second choice of the question just asked.
	if n, err := strconv.Atoi(t); err == nil && asking != SlotHours {
		if cs := questions[asking].choices; n >= 1 && n <= len(cs) {
			_, v, _ := strings.Cut(cs[n-1].ID, "=")
			f.any = true
			f.profile.set(asking, v)
			return
		}
	}
	// A bare allowed value or choice label ("mlops", "data scientist",
	// "built models", "paid") answers the slot it belongs to.
	for _, s := range []Slot{SlotGoal, SlotML, SlotProgramming, SlotBudget} {
		for _, v := range AllowedValues[s] {
			if t == v || t == strings.ReplaceAll(v, "_", " ") {
				if s == asking || !ambiguousValue(v) {
					f.any = true
					f.profile.set(s, v)
					return
				}
			}
		}
	}
}

// ambiguousValue is a value that several slots share ("none").
func ambiguousValue(v string) bool { return v == "none" }

// set fills one slot from a string value; hours parse as a number.
func (p *Profile) set(s Slot, v string) {
	switch s {
	case SlotProgramming:
		p.Programming = v
	case SlotML:
		p.ML = v
	case SlotGoal:
		p.Goal = v
	case SlotBudget:
		p.Budget = v
	case SlotHours:
		p.HoursPerWeek, _ = strconv.Atoi(v)
	case SlotStart:
		p.Start = v
	}
}

// merge copies every filled slot of src into p and lists what changed.
func (p *Profile) merge(src Profile) (changed []Slot) {
	for _, s := range append(append([]Slot{}, Slots...), SlotStart) {
		if !src.Has(s) {
			continue
		}
		before := *p
		switch s {
		case SlotProgramming:
			p.Programming = src.Programming
		case SlotML:
			p.ML = src.ML
		case SlotGoal:
			p.Goal = src.Goal
		case SlotHours:
			p.HoursPerWeek = src.HoursPerWeek
		case SlotBudget:
			p.Budget = src.Budget
		case SlotStart:
			p.Start = src.Start
		}
		if before != *p || !before.Has(s) {
			changed = append(changed, s)
		}
	}
	return changed
}
