package advisor

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The understanding lexicon lives in data/lexicon.yaml; this file loads
// and compiles it once per Advisor. Everything compiled here is read-only
// afterwards, so one nlu is shared by every goroutine.

//go:embed data/lexicon.yaml
var lexiconYAML []byte

// lexiconFile mirrors data/lexicon.yaml.
type lexiconFile struct {
	Merge       [][]string          `yaml:"merge"`
	Spelling    map[string]string   `yaml:"spelling"`
	TypoTargets []string            `yaml:"typo_targets"`
	TypoKeep    []string            `yaml:"typo_keep"`
	Numbers     map[string]float64  `yaml:"numbers"`
	Macros      map[string][]string `yaml:"macros"`
	Negators    []string            `yaml:"negators"`
	Corrections patternGroup        `yaml:"corrections"`
	GoalCues    struct {
		Src   []string `yaml:"src"`
		Words []string `yaml:"words"`
		Weak  []string `yaml:"weak"`
	} `yaml:"goal_cues"`
	BackgroundCues struct {
		Src   []string `yaml:"src"`
		Words []string `yaml:"words"`
	} `yaml:"background_cues"`
	RoleAfterGoal       []string               `yaml:"role_after_goal"`
	RoleAfterBackground []string               `yaml:"role_after_background"`
	Roles               []roleEntry            `yaml:"roles"`
	Slots               map[string][]slotEntry `yaml:"slots"`
	NotBudget           patternGroup           `yaml:"not_budget"`
	Programs            []programEntry         `yaml:"programs"`
	Courses             map[string][]string    `yaml:"courses"`
	CompletedCues       []string               `yaml:"completed_cues"`
	OngoingCues         []string               `yaml:"ongoing_cues"`
	Yes                 []string               `yaml:"yes"`
	No                  []string               `yaml:"no"`
	Little              []string               `yaml:"little"`
	Lots                []string               `yaml:"lots"`
	Nothing             []string               `yaml:"nothing"`
	DontKnow            []string               `yaml:"dont_know"`
	Commands            map[string]yaml.Node   `yaml:"commands"`
	WhereToStart        patternGroup           `yaml:"where_to_start"`
	Unknowns            []unknownEntry         `yaml:"unknowns"`
	ForOther            patternGroup           `yaml:"for_other"`
	Days                map[string][]string    `yaml:"days"`
	Labels              map[string][]string    `yaml:"labels"`
	WhenAsked           map[string]yaml.Node   `yaml:"when_asked"`
	Others              struct {
		Owners   []string `yaml:"owners"`
		People   []string `yaml:"people"`
		Pronouns []string `yaml:"pronouns"`
		Reported []string `yaml:"reported"`
		ObjectOf []string `yaml:"object_of"`
	} `yaml:"others"`
	_ map[string]map[string]int64 `yaml:"-"`
}

type patternGroup struct {
	Src      []string `yaml:"src"`
	Patterns []string `yaml:"patterns"`
}

type roleEntry struct {
	ID          string            `yaml:"id"`
	Src         []string          `yaml:"src"`
	Goal        string            `yaml:"goal"`
	GoalWeak    string            `yaml:"goal_weak"`
	GoalGuess   string            `yaml:"goal_guess"`
	Implies     map[string]string `yaml:"implies"`
	ImpliesConf float64           `yaml:"implies_conf"`
	Patterns    []string          `yaml:"patterns"`
	Past        []string          `yaml:"past"`
	// CueOnly patterns count only when words around them say goal or
	// background ("want to do research"; "research" alone is not a goal).
	CueOnly []string `yaml:"cue_only"`
}

type slotEntry struct {
	Value    string   `yaml:"value"`
	Src      []string `yaml:"src"`
	Patterns []string `yaml:"patterns"`
	Conf     float64  `yaml:"conf"`
	// Supersedes marks a statement of how things stand now ("haven't
	// coded in 6 years"): said after others of its slot in a message, it
	// replaces them whatever their strength ("did python in school").
	Supersedes bool `yaml:"supersedes"`
}

type programEntry struct {
	ID       string            `yaml:"id"`
	Name     string            `yaml:"name"`
	Type     string            `yaml:"type"`
	Contains []string          `yaml:"contains"`
	Implies  map[string]string `yaml:"implies"`
	Src      []string          `yaml:"src"`
	Patterns []string          `yaml:"patterns"`
	// Generic entries name a kind of program ("a bootcamp", "a degree"),
	// not one program: they say its type but get no "isn't one of the
	// six" note.
	Generic bool `yaml:"generic"`
	// Host is where the program is taken when the guide's prices apply
	// to it ("coursera": free to audit, the certificate on the monthly
	// subscription).
	Host string `yaml:"host"`
}

// unknownEntry is a kind of question the guide cannot answer, with what
// certpath says instead of a bare "I can't answer that".
type unknownEntry struct {
	ID       string   `yaml:"id"`
	Text     string   `yaml:"text"`
	Patterns []string `yaml:"patterns"`
	// First: said even where a computed answer would otherwise be
	// given ("does aid take long to approve?" is no course duration).
	First bool `yaml:"first"`
}

// slotHit is what a slot pattern stands for.
type slotHit struct {
	slot       Slot
	value      string
	conf       float64
	supersedes bool
}

// roleHit is what a role pattern stands for.
type roleHit struct {
	role    int
	past    bool
	cueOnly bool
}

// role is one compiled role.
type role struct {
	id       string
	goal     string
	goalWeak string
	// goalGuess is the goal to confirm when the role is what they want
	// but is not one of the goals ("become a data analyst").
	goalGuess   string
	implies     []slotHit
	impliesConf float64
}

// hasGoal reports whether the role names a goal, outright or as a guess
// to confirm.
func (r role) hasGoal() bool { return r.goal != "" || r.goalGuess != "" }

// program is one compiled program learners name.
type program struct {
	id, name, kind string
	contains       []string
	implies        []slotHit
	generic        bool
	host           string
}

// nlu is the compiled lexicon.
type nlu struct {
	merges   mergeTable
	spelling map[string]string
	// typoTargets are the words a typo is corrected to, by first letter
	// (typoFix).
	typoTargets map[byte][]string
	typoKeep    map[string]bool
	// gloss gives the English of other languages' words (gloss.go).
	gloss   *gloss
	numbers map[string]float64

	slotPats    *patternSet
	slotHits    []slotHit
	rolePats    *patternSet
	roleHits    []roleHit
	roles       []role
	notBudget   *patternSet
	corrections *patternSet
	progPats    *patternSet
	programs    []program
	coursePats  *patternSet
	courseIDs   []string
	commandPats *patternSet
	commandOf   []string
	whereStart  *patternSet
	// unknownPats find the questions the guide cannot answer; ref
	// indexes unknowns.
	unknownPats *patternSet
	unknowns    []unknownEntry
	// proxyPats say the plan is for someone else ("asking for my son").
	proxyPats *patternSet
	dayPats   *patternSet
	dayKinds  []string

	negators      map[string]bool
	goalCues      map[string]bool
	weakGoalCues  map[string]bool
	bgCues        map[string]bool
	roleAfterGoal map[string]bool
	roleAfterBg   map[string]bool
	completed     map[string]bool
	ongoing       map[string]bool
	fillers       map[string]bool

	yes, no, little, lots, nothing map[string]bool
	// dontKnow are short answers that say the learner does not know: "no
	// idea" about ML is none, about a budget it is not "free".
	dontKnow map[string]bool
	// others recognise facts about someone else (see lexicon.yaml).
	ownerWords, peopleWords, pronounWords, reportedWords, objectOfWords map[string]bool
	// mlWords name ML or a model (the lexicon's <modelish> and <ml>);
	// codeWords a language or coding (<lang> and <code>).
	mlWords, codeWords map[string]bool
	// langWords are the languages and tools alone (<lang>); codeMaking
	// the words of making that are coding (<making> and <code>:
	// "programming", not "building").
	langWords, codeMaking map[string]bool
	// negWords negate, payWords pay and payerWords name who may pay (the
	// lexicon's <neg>, <pays> and <payer>).
	negWords, payWords, payerWords map[string]bool
	// vocab holds every word the patterns use.
	vocab map[string]bool
	// whenAsked are patterns that answer a slot only right after its
	// question.
	whenAsked map[Slot]*patternSet
	whenHits  []slotHit
	// labels maps a topic word people put before a short answer ("ML =
	// 0") to its slot.
	labels map[string]Slot
}

// known reports whether a word appears in any pattern or word list, so
// the tokenizer can tell "mlops-ish" (mlops) from "english".
func (n *nlu) known(w string) bool { return n.vocab[w] }

// loadNLU compiles the embedded lexicon against the catalog's course ids.
// coursesAt returns the catalog courses a course pattern's match names.
func (n *nlu) coursesAt(sp span) []string {
	return strings.Split(n.courseIDs[n.coursePats.pats[sp.pat].ref], "+")
}

func loadNLU(courseIDs map[string]bool) (*nlu, error) {
	return compileNLU(lexiconYAML, courseIDs)
}

func compileNLU(data []byte, courseIDs map[string]bool) (*nlu, error) {
	var f lexiconFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	n := &nlu{
		merges:        mergeTable{},
		spelling:      f.Spelling,
		typoTargets:   map[byte][]string{},
		typoKeep:      toSet(f.TypoKeep),
		numbers:       f.Numbers,
		negators:      toSet(f.Negators),
		goalCues:      toSet(f.GoalCues.Words),
		weakGoalCues:  toSet(f.GoalCues.Weak),
		bgCues:        toSet(f.BackgroundCues.Words),
		roleAfterGoal: toSet(f.RoleAfterGoal),
		roleAfterBg:   toSet(f.RoleAfterBackground),
		completed:     toSet(f.CompletedCues),
		ongoing:       toSet(f.OngoingCues),
		yes:           toSet(f.Yes),
		no:            toSet(f.No),
		little:        toSet(f.Little),
		lots:          toSet(f.Lots),
		nothing:       toSet(f.Nothing),
		dontKnow:      toSet(f.DontKnow),
	}
	g, err := compileGloss(glossYAML)
	if err != nil {
		return nil, err
	}
	n.gloss = g
	n.ownerWords, n.peopleWords, n.pronounWords = toSet(f.Others.Owners), toSet(f.Others.People), toSet(f.Others.Pronouns)
	n.reportedWords, n.objectOfWords = toSet(f.Others.Reported), toSet(f.Others.ObjectOf)
	var errs []error
	for _, m := range f.Merge {
		if len(m) < 3 {
			errs = append(errs, fmt.Errorf("lexicon: merge %v: want [word, word, ..., joined]", m))
			continue
		}
		n.merges.add(m[:len(m)-1], m[len(m)-1])
	}
	compile := func(set *patternSet, where, src string, ref int) {
		pats, err := compilePattern(src, f.Macros)
		if err != nil {
			errs = append(errs, fmt.Errorf("lexicon: %s: %w", where, err))
			return
		}
		for _, p := range pats {
			p.ref = ref
			set.add(p)
			for _, e := range p.elems {
				for w := range e.words {
					n.vocab[w] = true
				}
			}
		}
	}
	newSet := func() *patternSet { return newPatternSet(n.numbers) }
	n.vocab = map[string]bool{}
	for _, w := range f.TypoTargets {
		if len(w) < 5 || !isASCIIWord(w) {
			errs = append(errs, fmt.Errorf("lexicon: typo_targets: %q is shorter than 5 letters or not a plain word", w))
			continue
		}
		n.typoTargets[w[0]] = append(n.typoTargets[w[0]], w)
	}
	n.mlWords = toSet(append(append([]string{}, f.Macros["modelish"]...), f.Macros["ml"]...))
	n.codeWords = toSet(append(append([]string{}, f.Macros["lang"]...), f.Macros["code"]...))
	n.langWords = toSet(f.Macros["lang"])
	n.codeMaking = map[string]bool{}
	for _, w := range f.Macros["making"] {
		if slices.Contains(f.Macros["code"], w) {
			n.codeMaking[w] = true
		}
	}
	n.negWords, n.payWords, n.payerWords = toSet(f.Macros["neg"]), toSet(f.Macros["pays"]), toSet(f.Macros["payer"])
	for _, m := range f.Macros {
		for _, w := range m {
			n.vocab[w] = true
		}
	}

	n.slotPats = newSet()
	for _, slotName := range sortedKeys(f.Slots) {
		slot := Slot(slotName)
		allowed := AllowedValues[slot]
		for _, e := range f.Slots[slotName] {
			if !contains(allowed, e.Value) {
				errs = append(errs, fmt.Errorf("lexicon: slots.%s: unknown value %q", slotName, e.Value))
				continue
			}
			conf := e.Conf
			if conf == 0 {
				conf = 0.9
			}
			ref := len(n.slotHits)
			n.slotHits = append(n.slotHits, slotHit{slot: slot, value: e.Value, conf: conf, supersedes: e.Supersedes})
			for _, p := range e.Patterns {
				compile(n.slotPats, "slots."+slotName+"."+e.Value, p, ref)
			}
		}
	}

	n.rolePats = newSet()
	for i, r := range f.Roles {
		ro := role{id: r.ID, goal: r.Goal, goalWeak: r.GoalWeak, goalGuess: r.GoalGuess, impliesConf: r.ImpliesConf}
		if ro.impliesConf == 0 {
			ro.impliesConf = 0.6
		}
		for _, g := range []string{r.Goal, r.GoalWeak, r.GoalGuess} {
			if g != "" && !contains(AllowedValues[SlotGoal], g) {
				errs = append(errs, fmt.Errorf("lexicon: roles.%s: unknown goal %q", r.ID, g))
			}
		}
		for _, s := range sortedKeys(r.Implies) {
			v := r.Implies[s]
			if !contains(AllowedValues[Slot(s)], v) {
				errs = append(errs, fmt.Errorf("lexicon: roles.%s: implies %s=%q is not allowed", r.ID, s, v))
				continue
			}
			ro.implies = append(ro.implies, slotHit{slot: Slot(s), value: v, conf: ro.impliesConf})
		}
		n.roles = append(n.roles, ro)
		for _, h := range []roleHit{{role: i}, {role: i, past: true}, {role: i, cueOnly: true}} {
			list := r.Patterns
			switch {
			case h.past:
				list = r.Past
			case h.cueOnly:
				list = r.CueOnly
			}
			ref := len(n.roleHits)
			n.roleHits = append(n.roleHits, h)
			for _, p := range list {
				compile(n.rolePats, "roles."+r.ID, p, ref)
			}
		}
	}

	// A group of patterns that only says whether it matched.
	group := func(g patternGroup, where string) *patternSet {
		set := newSet()
		for _, p := range g.Patterns {
			compile(set, where, p, 0)
		}
		return set
	}
	n.notBudget = group(f.NotBudget, "not_budget")
	n.corrections = group(f.Corrections, "corrections")
	n.whereStart = group(f.WhereToStart, "where_to_start")
	n.unknownPats = newSet()
	n.unknowns = f.Unknowns
	for i, u := range f.Unknowns {
		if u.Text == "" {
			errs = append(errs, fmt.Errorf("lexicon: unknowns.%s: no text", u.ID))
		}
		for _, p := range u.Patterns {
			compile(n.unknownPats, "unknowns."+u.ID, p, i)
		}
	}
	n.proxyPats = group(f.ForOther, "for_other")

	n.progPats = newSet()
	for i, p := range f.Programs {
		pr := program{id: p.ID, name: p.Name, kind: p.Type, contains: p.Contains, generic: p.Generic, host: p.Host}
		for _, c := range p.Contains {
			if !courseIDs[c] {
				errs = append(errs, fmt.Errorf("lexicon: programs.%s: contains unknown course %q", p.ID, c))
			}
		}
		for _, s := range sortedKeys(p.Implies) {
			pr.implies = append(pr.implies, slotHit{slot: Slot(s), value: p.Implies[s], conf: 0.8})
		}
		n.programs = append(n.programs, pr)
		for _, src := range p.Patterns {
			compile(n.progPats, "programs."+p.ID, src, i)
		}
	}

	n.coursePats = newSet()
	for _, id := range sortedKeys(f.Courses) {
		// "a+b" names two courses at once ("regression and
		// classification").
		known := true
		for _, one := range strings.Split(id, "+") {
			known = known && courseIDs[one]
		}
		if !known {
			errs = append(errs, fmt.Errorf("lexicon: courses: unknown course %q", id))
			continue
		}
		ref := len(n.courseIDs)
		n.courseIDs = append(n.courseIDs, id)
		for _, p := range f.Courses[id] {
			compile(n.coursePats, "courses."+id, p, ref)
		}
	}

	n.commandPats = newSet()
	for _, name := range sortedKeys(f.Commands) {
		node := f.Commands[name]
		switch name {
		case "src":
			continue
		case "fillers":
			var words []string
			if err := node.Decode(&words); err != nil {
				errs = append(errs, fmt.Errorf("lexicon: commands.fillers: %w", err))
			}
			n.fillers = toSet(words)
			continue
		}
		var pats []string
		if err := node.Decode(&pats); err != nil {
			errs = append(errs, fmt.Errorf("lexicon: commands.%s: %w", name, err))
			continue
		}
		ref := len(n.commandOf)
		n.commandOf = append(n.commandOf, name)
		for _, p := range pats {
			compile(n.commandPats, "commands."+name, p, ref)
		}
	}

	n.dayPats = newSet()
	for _, kind := range sortedKeys(f.Days) {
		ref := len(n.dayKinds)
		n.dayKinds = append(n.dayKinds, kind)
		for _, p := range f.Days[kind] {
			compile(n.dayPats, "days."+kind, p, ref)
		}
	}
	n.whenAsked = map[Slot]*patternSet{}
	for _, name := range sortedKeys(f.WhenAsked) {
		if name == "src" {
			continue
		}
		slot := Slot(name)
		if _, ok := questions[slot]; !ok {
			errs = append(errs, fmt.Errorf("lexicon: when_asked: unknown slot %q", name))
			continue
		}
		var entries []slotEntry
		node := f.WhenAsked[name]
		if err := node.Decode(&entries); err != nil {
			errs = append(errs, fmt.Errorf("lexicon: when_asked.%s: %w", name, err))
			continue
		}
		set := newSet()
		for _, e := range entries {
			if !contains(AllowedValues[slot], e.Value) {
				errs = append(errs, fmt.Errorf("lexicon: when_asked.%s: unknown value %q", name, e.Value))
				continue
			}
			ref := len(n.whenHits)
			n.whenHits = append(n.whenHits, slotHit{slot: slot, value: e.Value, conf: 0.8})
			for _, p := range e.Patterns {
				compile(set, "when_asked."+name, p, ref)
			}
		}
		n.whenAsked[slot] = set
	}
	n.labels = map[string]Slot{}
	for slot, words := range f.Labels {
		if _, ok := questions[Slot(slot)]; !ok {
			errs = append(errs, fmt.Errorf("lexicon: labels: unknown slot %q", slot))
			continue
		}
		for _, w := range words {
			n.labels[w] = Slot(slot)
		}
	}
	if len(n.slotHits) == 0 || len(n.roles) == 0 {
		errs = append(errs, errors.New("lexicon: no slots or roles"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return n, nil
}

func toSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// phraseIn reports whether the words of toks (punctuation left out) are
// one of the phrases of set.
func phraseIn(set map[string]bool, toks []token) bool {
	var b strings.Builder
	for _, t := range toks {
		if t.punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return set[b.String()]
}
