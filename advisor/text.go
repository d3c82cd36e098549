package advisor

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the text side of FAQ matching: it turns a chat message or a
// catalog sentence into terms that can be compared. Both sides go through
// the same pipeline (normalise, rewrite slang, merge phrases, map
// synonyms, stem), so "r certs free??" and the guide's "Can I get a machine
// learning certificate for free?" meet on the terms "certificate" and
// "free". Nothing here allocates per token: words are substrings of one
// normalised string and canonical terms are constants from the tables.

// maxQueryBytes bounds the work one question can cause; chat questions are
// far shorter, and the tail of a pasted essay would not change the answer.
const maxQueryBytes = 512

// maxTokens bounds the words kept from one question, for the same reason.
const maxTokens = 64

// normalize lower-cases s, folds common accents and typographic variants,
// splits digits from letters ("5h" -> "5 h"), keeps decimal points inside
// numbers, turns currency signs into their own word, drops apostrophes
// ("what's" -> "whats") and turns every other non-alphanumeric rune into a
// space. The result is single-space separated words.
func normalize(s string) string {
	if len(s) > maxQueryBytes {
		s = s[:maxQueryBytes]
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	const (
		none = iota
		letter
		digit
	)
	prev := none
	space := func() {
		if prev != none {
			b.WriteByte(' ')
			prev = none
		}
	}
	skip := -1 // byte offset of an 's to drop
	for i, r := range s {
		if i == skip {
			continue
		}
		if r == utf8.RuneError {
			space()
			continue
		}
		r = foldRune(unicode.ToLower(r))
		switch {
		case r >= 'a' && r <= 'z' || r > utf8.RuneSelf && unicode.IsLetter(r):
			if prev == digit {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prev = letter
		case r >= '0' && r <= '9':
			if prev == letter {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prev = digit
		case (r == '.' || r == ',') && prev == digit && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			// "1,000" is one number; "2.5" keeps its point.
			if r == '.' {
				b.WriteByte('.')
			}
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´':
			// Apostrophes join ("can't" -> "cant"); a possessive or "is"
			// 's is dropped ("Ng's" -> "ng", "what's" -> "what").
			if j := i + utf8.RuneLen(r); prev == letter && j < len(s) && (s[j] == 's' || s[j] == 'S') &&
				(j+1 == len(s) || !isWordByte(s[j+1])) {
				skip = j
			}
		case r == '$' || r == '€' || r == '£':
			space()
			b.WriteString("$ ")
		case r == '&':
			space()
			b.WriteString("and ")
		default:
			space()
		}
	}
	return strings.TrimRight(b.String(), " ")
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// foldRune maps accented Latin letters to their base letter, so "résumé"
// and "resume" are the same word.
func foldRune(r rune) rune {
	if r < 0xC0 || r > 0x17F {
		return r
	}
	switch {
	case r >= 'à' && r <= 'å', r == 'ā', r == 'ă', r == 'ą':
		return 'a'
	case r == 'ç', r == 'ć', r == 'č':
		return 'c'
	case r >= 'è' && r <= 'ë', r == 'ē', r == 'ę', r == 'ě':
		return 'e'
	case r >= 'ì' && r <= 'ï', r == 'ī', r == 'ı':
		return 'i'
	case r == 'ñ', r == 'ń', r == 'ň':
		return 'n'
	case r >= 'ò' && r <= 'ö', r == 'ø', r == 'ō', r == 'ő':
		return 'o'
	case r >= 'ù' && r <= 'ü', r == 'ū', r == 'ů', r == 'ű':
		return 'u'
	case r == 'ý', r == 'ÿ':
		return 'y'
	case r == 'ś', r == 'š':
		return 's'
	case r == 'ź', r == 'ż', r == 'ž':
		return 'z'
	case r == 'ł':
		return 'l'
	case r == 'ß':
		return 's'
	}
	return r
}

// stem strips the common English inflections with plain suffix rules. It
// only ever returns a prefix of w, so it never allocates. It is
// deliberately light: the synonym table handles word families a suffix
// stripper would get wrong ("recognition" / "recognised"), and both the
// catalog and the question are stemmed alike, so a consistent stem is all
// that matters.
func stem(w string) string {
	if len(w) <= 3 || !isASCIIWord(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ly") && len(w) > 4:
		w = w[:len(w)-2]
	}
	if len(w) > 3 && (w[len(w)-1] == 'e' || w[len(w)-1] == 'y') {
		w = w[:len(w)-1]
	}
	return w
}

// undouble turns "gett" into "get" and "programm" into "program".
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// lexicon holds the word tables of the pipeline. It is built once per
// index (newLexicon) and only read afterwards, so it is safe to share
// between goroutines; there is no package-level table to mutate.
type lexicon struct {
	// families holds the canonical terms of the synonym table: words the
	// matcher understands even when no catalog document uses them.
	families map[string]bool
	// familyWords are the words spelled out in the synonym table, the
	// ones typo correction may suggest (the table's stem keys are not
	// words).
	familyWords []string
	slang       map[string]string
	phrases     map[[2]string]string
	synonyms    map[string]string
	stopwords   map[string]bool
	numberWords map[string]float64
}

func newLexicon() *lexicon {
	syn, words := synonymTable()
	lx := &lexicon{
		families:    map[string]bool{},
		familyWords: words,
		slang:       slangTable(),
		phrases:     phraseTable(),
		synonyms:    syn,
		stopwords:   stopwordTable(),
		numberWords: numberWordTable(),
	}
	for _, canon := range lx.synonyms {
		lx.families[canon] = true
	}
	return lx
}

// slangTable rewrites chat short forms to the word they stand for before
// anything else looks at them.
func slangTable() map[string]string {
	return map[string]string{
		"r": "are", "u": "you", "ur": "your", "y": "why", "im": "i", "ive": "i",
		"pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
		"lil": "little", "wat": "what", "wut": "what", "whats": "what", "whos": "who", "hows": "how",
		"abt": "about", "cuz": "because", "bc": "because", "w": "with",
		"wanna": "want", "gonna": "going", "gotta": "must", "tho": "though",
		"n": "and", "nah": "no", "yeah": "yes", "ya": "you", "da": "the",
		"cert": "certificate", "certs": "certificates", "hr": "hour", "hrs": "hours",
		"h": "hours", "wk": "week", "wks": "weeks", "mo": "month", "mos": "months",
		"mth": "month", "mths": "months", "yr": "year", "yrs": "years",
		"prereq": "prerequisite", "prereqs": "prerequisites", "uni": "university",
		"$": "cost", "usd": "cost", "bucks": "cost",
	}
}

// phraseTable merges two adjacent words into one term before synonyms,
// for names and fixed expressions the guide and learners both use.
func phraseTable() map[[2]string]string {
	return map[[2]string]string{
		{"machine", "learning"}: "ml",
		{"ml", "ops"}:           "mlops",
		{"andrew", "ng"}:        "ng",
		{"boot", "camp"}:        "bootcamp",
		{"boot", "camps"}:       "bootcamp",
		{"scikit", "learn"}:     "sklearn",
		{"sci", "kit"}:          "sklearn",
		{"deeplearning", "ai"}:  "deeplearning",
		{"deep", "learning"}:    "deeplearning",
		{"financial", "aid"}:    "aid",
		{"no", "cost"}:          "free",
		{"non", "programmer"}:   "nonprogrammer",
		{"non", "programmers"}:  "nonprogrammer",
		{"non", "technical"}:    "nonprogrammer",
		{"multiple", "choice"}:  "quiz",
		{"real", "world"}:       "realworld",
		{"google", "cloud"}:     "gcloud",
		// "is X as good as Y" compares; it does not ask what is good.
		{"as", "good"}: "versus",
	}
}

// synonymTable maps a word (or its stem) to the canonical term of its
// family. Canonical terms are what the index stores; the catalog's own
// words pass through the same table, so the FAQ keyword "price" and a
// learner's "$$" are both "cost".
func synonymTable() (map[string]string, []string) {
	families := synonymFamilies()
	m := make(map[string]string)
	var all []string
	for _, f := range families {
		for _, w := range f.words {
			m[w] = f.canon
			all = append(all, w)
		}
	}
	// Stems of the variants map too, so inflections the list does not spell
	// out ("reviewing") still land in the family. Explicit entries win.
	for _, f := range families {
		for _, w := range f.words {
			if s := stem(w); s != w {
				if _, taken := m[s]; !taken {
					m[s] = f.canon
				}
			}
		}
	}
	return m, all
}

// synonymFamily is a canonical term and the words that mean it.
type synonymFamily struct {
	canon string
	words []string
}

// synonymFamilies lists the families; a word must belong to one family
// only (TestSynonymFamiliesDisjoint), or its meaning would depend on order.
func synonymFamilies() []synonymFamily {
	return []synonymFamily{
		{"cost", []string{"cost", "costs", "costly", "price", "prices", "pricing", "priced", "fee", "fees", "pay", "paying", "paid", "payment", "money", "dollar", "dollars", "expensive", "cheap", "cheaper", "cheapest", "charge", "charged", "tuition"}},
		{"free", []string{"free", "gratis", "freely"}},
		{"audit", []string{"audit", "auditing", "audited"}},
		{"expire", []string{"expire", "expires", "expired", "expiring", "expiry", "expiration", "outdated", "obsolete", "stale", "lapse", "renew", "renewal", "valid", "validity"}},
		{"recognize", []string{"recognize", "recognized", "recognizes", "recognise", "recognised", "recognition", "respected", "respect", "reputable", "reputation", "credible", "prestigious", "prestige", "legit", "legitimate", "seriously", "accredited", "accreditation", "accredit"}},
		{"worth", []string{"worth", "roi", "useful", "pointless", "point"}},
		{"hire", []string{"hire", "hired", "hiring", "job", "jobs", "employ", "employed", "employment", "career", "careers", "resume", "cv", "recruiter", "recruiters", "interview", "interviews", "land", "role", "roles", "position", "positions", "hireable", "employable", "employability"}},
		{"employer", []string{"employer", "employers", "company", "companies", "manager", "managers"}},
		{"duration", []string{"long", "duration", "length", "lengthy", "fast", "quick", "quickly", "time", "lasts"}},
		{"degree", []string{"degree", "degrees", "masters", "msc", "ms", "phd", "doctorate", "bachelor", "bachelors", "graduate", "grad"}},
		{"aid", []string{"aid", "scholarship", "scholarships", "waiver", "discount", "discounts", "sponsorship", "broke", "poor", "financial", "afford", "affordable"}},
		{"order", []string{"order", "sequence", "roadmap", "pathway", "path", "sequencing"}},
		{"type", []string{"type", "types", "kind", "kinds", "category", "categories", "option", "options", "format", "formats"}},
		{"bootcamp", []string{"bootcamp", "bootcamps", "nanodegree", "nanodegrees"}},
		{"teach", []string{"teach", "teaches", "taught", "teaching"}},
		{"instructor", []string{"instructor", "instructors", "professor", "professors", "lecturer", "lecturers", "teacher", "teachers", "tutor", "faculty"}},
		{"offer", []string{"offer", "offers", "offered", "provide", "provides", "provider", "make", "makes", "made", "run", "runs", "create", "created", "behind"}},
		{"rating", []string{"rating", "ratings", "rated", "rate", "score", "stars", "review", "reviews", "reviewed"}},
		{"cover", []string{"cover", "covers", "covered", "covering", "content", "contents", "syllabus", "topic", "topics", "curriculum", "learn", "learning"}},
		{"level", []string{"level", "hard", "difficult", "difficulty", "easy", "beginner", "beginners", "advanced", "intermediate", "challenging", "tough", "friendly", "basic"}},
		{"prerequisite", []string{"prerequisite", "prerequisites", "requirement", "requirements", "require", "required", "requires", "before"}},
		{"certificate", []string{"certificate", "certificates", "certification", "certifications", "certified", "certify", "credential", "credentials"}},
		{"course", []string{"course", "courses", "class", "classes", "mooc", "moocs"}},
		{"program", []string{"program", "programs", "programme", "programmes"}},
		{"code", []string{"code", "coding", "programming", "programmer", "coder", "developer"}},
		{"ml", []string{"ml", "ai"}},
		{"sklearn", []string{"sklearn", "scikit"}},
		{"washington", []string{"washington", "uw"}},
		{"michigan", []string{"michigan", "umich"}},
		{"google", []string{"google", "gcp"}},
		{"mlops", []string{"mlops", "devops"}},
		{"deploy", []string{"deploy", "deploying", "deployed", "deployment", "deployments", "productionize", "serving"}},
		{"good", []string{"good", "best", "quality", "choose", "pick", "select", "criteria", "traits", "trait", "look", "decent"}},
		{"hour", []string{"hour", "hours", "hourly"}},
		{"week", []string{"week", "weeks", "weekly"}},
		{"month", []string{"month", "months", "monthly"}},
		{"year", []string{"year", "years", "yearly", "annual", "annually"}},
		{"day", []string{"day", "days", "daily"}},
		{"specialization", []string{"specialization", "specializations", "specialisation", "specialisations", "spec", "track"}},
		{"finish", []string{"finish", "finished", "complete", "completed", "completion", "done", "end"}},
		{"start", []string{"start", "begin", "beginning", "first", "starting"}},
		{"study", []string{"study", "studying", "studied", "put", "spend", "spending", "dedicate"}},
		{"project", []string{"project", "projects", "capstone", "portfolio"}},
		{"quiz", []string{"quiz", "quizzes", "exam", "exams", "test", "tests"}},
		{"subscription", []string{"subscription", "subscriptions", "subscribe", "plus", "membership"}},
		{"total", []string{"total", "overall", "altogether", "sum"}},
		{"research", []string{"research", "researcher", "publications", "publication", "academia", "academic"}},
		// "do i need calculus" (a stranger, tenth session, got aid or math)
		{"math", []string{"math", "maths", "mathematics", "mathematical", "mathy", "calculus", "algebra"}},
		{"difference", []string{"difference", "differences", "different", "differ", "vs", "versus", "compare", "comparison"}},
	}
}

// stopwordTable lists words that carry no topic. They still reach the
// feature detectors (who, how much, for all), which read surface words.
func stopwordTable() map[string]bool {
	words := strings.Fields(`a an the and or but if then so of to in on at by for from with without
		about as into over under than that this these those there here it its is are was were be been
		being am do does did doing have has had having i me my mine you your yours we us our they
		them their he she his her what which who whom whose when where why how much many can could
		should would will shall may might must need needs want wanted going get gets got getting
		any anything some something one ones just really actually also still even very too more
		most less least all each every other such only own same again further once please thanks
		thank hi hello hey yo ok okay lol like well yes no not nor dont doesnt cant wont im ill id
		lets tell say know whether ever someone anyone people guys bro thing things stuff way ways
		question questions take taking took takes usually typically generally per via etc
		hmm hm um umm uh uhh er erm ah oh wow hmmm`)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// numberWordTable holds spelled-out numbers learners use for hours and
// months.
func numberWordTable() map[string]float64 {
	return map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
		"twenty": 20, "thirty": 30, "forty": 40, "half": 0.5, "couple": 2,
	}
}

// word is one normalised word of a text with its canonical term.
type word struct {
	surface string  // the normalised word as written (after slang)
	term    string  // canonical term: synonym family, else stem
	num     float64 // value when isNum
	isNum   bool
	stop    bool
}

// termOf maps one normalised word to its canonical term.
func (lx *lexicon) termOf(w string) string {
	if c, ok := lx.synonyms[w]; ok {
		return c
	}
	s := stem(w)
	if c, ok := lx.synonyms[s]; ok {
		return c
	}
	return s
}

// splitWords tokenises a normalised string into dst (reusing its storage)
// and returns it. It applies slang, phrase merging, numbers, stopwords and
// terms; it does not correct typos (that needs the index's vocabulary).
func (lx *lexicon) splitWords(norm string, dst []word) []word {
	dst = dst[:0]
	var prev string
	for len(norm) > 0 && len(dst) < cap(dst) {
		i := strings.IndexByte(norm, ' ')
		var w string
		if i < 0 {
			w, norm = norm, ""
		} else {
			w, norm = norm[:i], norm[i+1:]
		}
		if w == "" {
			continue
		}
		if s, ok := lx.slang[w]; ok {
			w = s
		}
		if len(dst) > 0 {
			if merged, ok := lx.phrases[[2]string{prev, w}]; ok {
				last := &dst[len(dst)-1]
				last.surface, last.term, last.stop, last.isNum = merged, lx.termOf(merged), false, false
				prev = merged
				continue
			}
		}
		prev = w
		dst = append(dst, lx.makeWord(w))
	}
	return dst
}

func (lx *lexicon) makeWord(w string) word {
	if w[0] >= '0' && w[0] <= '9' {
		if v, err := strconv.ParseFloat(w, 64); err == nil {
			return word{surface: w, term: w, num: v, isNum: true}
		}
	}
	if v, ok := lx.numberWords[w]; ok {
		return word{surface: w, term: w, num: v, isNum: true, stop: true}
	}
	if lx.stopwords[w] {
		return word{surface: w, term: w, stop: true}
	}
	t := lx.termOf(w)
	return word{surface: w, term: t, stop: lx.stopwords[t]}
}

// editDistance is the optimal-string-alignment distance (Levenshtein plus
// adjacent transposition) between a and b, giving up early with max+1 once
// the distance must exceed max. Words longer than 32 bytes are not
// compared (returns max+1): typo correction is for words, not pastes.
func editDistance(a, b string, max int) int {
	if len(a) > 32 || len(b) > 32 {
		return max + 1
	}
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var rows [3][33]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
