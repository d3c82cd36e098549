package advisor

import (
	"fmt"
	"strings"
)

// Patterns are how the lexicon (data/lexicon.yaml) says which words state
// a fact. A pattern is a sequence of space-separated elements matched
// against the tokens of one sentence:
//
//	word        that word
//	a|b|c       one of these words
//	(x y|z)     one of these sequences
//	x?  (x y)?  optional
//	<name>      one of the words of the lexicon's macro "name"
//	#           a number (digits or a spelled-out number word)
//	!#          one word that is not a number ("stay in !#": "stay in
//	            nursing", not "stay with 5" after a what-if on hours)
//	^  $        the start or the end of the clause ("^ free $": a clause
//	            that is just "free")
//	..          up to two words of anything (not punctuation)
//	...         up to four words of anything
//
// Patterns never cross a clause boundary (a comma, "but", a sentence end),
// and only literal punctuation elements ("$ #") match punctuation.

// elem is one compiled pattern element.
type elem struct {
	words map[string]bool // one of these words; nil for other kinds
	alts  [][]elem        // a group: one of these sequences
	num   bool
	// notNum: "!#", one word that is no number and no punctuation.
	notNum bool
	// pos: "#+", a number above zero ("$0 budget" is no amount paid).
	pos bool
	gap int // maximum words skipped by a gap element
	opt bool
	// start and end anchor a match to its clause's first or last word.
	start, end bool
}

// pattern is one compiled pattern and what it stands for.
type pattern struct {
	src   string
	elems []elem
	ref   int // index into the owner's payload table
}

// patternLexer splits a pattern's source into words and the marks ( ) | ?.
func patternLexer(src string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range src {
		switch r {
		case ' ', '\t':
			flush()
			out = append(out, " ")
		case '(', ')', '|', '?':
			flush()
			out = append(out, string(r))
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

type patternParser struct {
	lex    []string
	i      int
	src    string
	macros map[string][]string
}

func (pp *patternParser) peek() string {
	for pp.i < len(pp.lex) && pp.lex[pp.i] == " " {
		pp.i++
	}
	if pp.i < len(pp.lex) {
		return pp.lex[pp.i]
	}
	return ""
}

// seq parses elements until ")" or "|" at depth (inside a group) or the
// end.
func (pp *patternParser) seq(inGroup bool) ([]elem, error) {
	var out []elem
	for {
		tok := pp.peek()
		switch tok {
		case "":
			if inGroup {
				return nil, fmt.Errorf("pattern %q: unclosed (", pp.src)
			}
			return out, nil
		case ")", "|":
			if !inGroup && tok == ")" {
				return nil, fmt.Errorf("pattern %q: unbalanced )", pp.src)
			}
			if inGroup {
				return out, nil
			}
		case "?":
			return nil, fmt.Errorf("pattern %q: ? with nothing before it", pp.src)
		}
		var e elem
		switch tok {
		case "(":
			pp.i++
			for {
				alt, err := pp.seq(true)
				if err != nil {
					return nil, err
				}
				if len(alt) == 0 {
					return nil, fmt.Errorf("pattern %q: empty alternative", pp.src)
				}
				e.alts = append(e.alts, alt)
				next := pp.peek()
				pp.i++
				if next == ")" {
					break
				}
			}
			e = collapse(e)
		case "|":
			// A bare word alternation outside a group: "a|b" is parsed
			// word by word below, so a lone | here is an error.
			return nil, fmt.Errorf("pattern %q: | outside a word or group", pp.src)
		default:
			pp.i++
			// Outside a group "a|b|c" (no spaces) is one word element:
			// gather the words joined by |.
			words := []string{tok}
			for pp.i+1 < len(pp.lex) && pp.lex[pp.i] == "|" && pp.lex[pp.i+1] != " " && pp.lex[pp.i+1] != "(" && !inGroup {
				words = append(words, pp.lex[pp.i+1])
				pp.i += 2
			}
			var err error
			e, err = pp.wordElem(words)
			if err != nil {
				return nil, err
			}
		}
		if pp.i < len(pp.lex) && pp.lex[pp.i] == "?" {
			e.opt = true
			pp.i++
		}
		out = append(out, e)
	}
}

func (pp *patternParser) wordElem(words []string) (elem, error) {
	var e elem
	if len(words) == 1 {
		switch words[0] {
		case "^":
			e.start = true
			return e, nil
		case "$":
			e.end = true
			return e, nil
		case "..":
			e.gap = 2
			return e, nil
		case "...":
			e.gap = 4
			return e, nil
		case "#":
			e.num = true
			return e, nil
		case "#+":
			e.num, e.pos = true, true
			return e, nil
		case "!#":
			e.notNum = true
			return e, nil
		}
	}
	e.words = map[string]bool{}
	for _, w := range words {
		if strings.HasPrefix(w, "<") && strings.HasSuffix(w, ">") {
			list, ok := pp.macros[w[1:len(w)-1]]
			if !ok {
				return e, fmt.Errorf("pattern %q: unknown macro %s", pp.src, w)
			}
			for _, m := range list {
				e.words[m] = true
			}
			continue
		}
		e.words[w] = true
	}
	return e, nil
}

// maxExpansions bounds how many plain sequences one pattern's groups may
// expand to.
const maxExpansions = 512

// collapse turns a group whose alternatives are all single words into one
// word element, so "(a|b|c)" costs one element, not three sequences.
func collapse(g elem) elem {
	words := map[string]bool{}
	for _, a := range g.alts {
		if len(a) != 1 || a[0].words == nil || a[0].opt {
			return g
		}
		for w := range a[0].words {
			words[w] = true
		}
	}
	return elem{words: words}
}

// compilePattern parses one pattern into the plain sequences its groups
// expand to (groups are expanded at build time so matching never
// allocates). Unknown macros, unbalanced groups and patterns that could
// match nothing are errors, so a typo in the lexicon fails the tests
// instead of silently matching nothing.
func compilePattern(src string, macros map[string][]string) ([]pattern, error) {
	pp := &patternParser{lex: patternLexer(src), src: src, macros: macros}
	elems, err := pp.seq(false)
	if err != nil {
		return nil, err
	}
	if len(elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	if !required(elems) {
		return nil, fmt.Errorf("pattern %q: could match no words at all", src)
	}
	seqs := expand(elems)
	if len(seqs) > maxExpansions {
		return nil, fmt.Errorf("pattern %q: expands to %d sequences (at most %d)", src, len(seqs), maxExpansions)
	}
	var out []pattern
	for _, q := range seqs {
		if len(q) == 0 || !required(q) {
			continue
		}
		out = append(out, pattern{src: src, elems: q})
	}
	return out, nil
}

// expand turns groups into plain sequences: the cartesian product of each
// group's alternatives (and its absence when optional).
func expand(es []elem) [][]elem {
	out := [][]elem{nil}
	for _, e := range es {
		if e.alts == nil {
			for i := range out {
				out[i] = append(out[i], e)
			}
			continue
		}
		var choices [][]elem
		for _, a := range e.alts {
			choices = append(choices, expand(a)...)
		}
		if e.opt {
			choices = append(choices, nil)
		}
		next := make([][]elem, 0, len(out)*len(choices))
		for _, prefix := range out {
			for _, c := range choices {
				seq := make([]elem, 0, len(prefix)+len(c))
				seq = append(append(seq, prefix...), c...)
				next = append(next, seq)
			}
			if len(next) > maxExpansions {
				return next
			}
		}
		out = next
	}
	return out
}

// required reports whether a sequence must consume at least one word.
func required(es []elem) bool {
	for _, e := range es {
		if e.opt || e.gap > 0 || e.start || e.end {
			continue
		}
		if e.alts == nil {
			return true
		}
		all := true
		for _, a := range e.alts {
			if !required(a) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// patternSet indexes patterns by the words they can start with.
type patternSet struct {
	byFirst  map[string][]int
	anyFirst []int // patterns starting with a number, gap or optional
	pats     []pattern
	numbers  map[string]float64
}

func newPatternSet(numbers map[string]float64) *patternSet {
	return &patternSet{byFirst: map[string][]int{}, numbers: numbers}
}

func (ps *patternSet) add(p pattern) {
	i := len(ps.pats)
	ps.pats = append(ps.pats, p)
	firsts, ok := firstWords(p.elems)
	if !ok {
		ps.anyFirst = append(ps.anyFirst, i)
		return
	}
	for w := range firsts {
		ps.byFirst[w] = append(ps.byFirst[w], i)
	}
}

// firstWords is the set of words a match of es can start with, or false
// when it can start with anything (a number, a gap, or optional words
// that lead to those).
func firstWords(es []elem) (map[string]bool, bool) {
	out := map[string]bool{}
	for _, e := range es {
		if e.start || e.end {
			continue
		}
		if e.gap > 0 || e.num || e.notNum {
			return nil, false
		}
		for w := range e.words {
			out[w] = true
		}
		if !e.opt {
			return out, true
		}
	}
	return nil, false
}

// span is one match: pattern index and token range [from, to).
type span struct {
	pat      int
	from, to int
}

// isNumberTok reports whether a token is a number, digits or a word.
func (ps *patternSet) isNumberTok(t token) bool {
	if t.isNum {
		return true
	}
	_, ok := ps.numbers[t.text]
	return ok
}

// matchAt returns the end of the longest match of pattern p starting at
// token i, or -1. Matching stays inside token i's sentence.
func (ps *patternSet) matchAt(p *pattern, toks []token, i int) int {
	return ps.matchElems(p.elems, toks, i, toks[i].clause)
}

// matchElems matches es from token i inside one clause: a match never
// spans a comma or a "but", so "never coded, zero ML" is two facts.
func (ps *patternSet) matchElems(es []elem, toks []token, i, clause int) int {
	if len(es) == 0 {
		return i
	}
	e := es[0]
	best := -1
	switch {
	case e.start:
		if i > 0 && i <= len(toks) && toks[i-1].clause == clause && !toks[i-1].punct {
			return -1
		}
		return ps.matchElems(es[1:], toks, i, clause)
	case e.end:
		if i < len(toks) && toks[i].clause == clause && !toks[i].punct {
			return -1
		}
		return ps.matchElems(es[1:], toks, i, clause)
	}
	if e.gap > 0 {
		// Lazy is not enough for "longest": try every gap length and keep
		// the longest overall match.
		for skip := 0; skip <= e.gap; skip++ {
			if skip > 0 {
				j := i + skip - 1
				if j >= len(toks) || toks[j].clause != clause || toks[j].punct && toks[j].text != "+" && toks[j].text != "/" && toks[j].text != "-" {
					break
				}
			}
			if end := ps.matchElems(es[1:], toks, i+skip, clause); end > best {
				best = end
			}
		}
		return best
	}
	if i < len(toks) && toks[i].clause == clause && ps.elemMatches(e, toks[i]) {
		best = ps.matchElems(es[1:], toks, i+1, clause)
	}
	if e.opt {
		if end := ps.matchElems(es[1:], toks, i, clause); end > best {
			best = end
		}
	}
	return best
}

func (ps *patternSet) elemMatches(e elem, t token) bool {
	if e.notNum {
		return !t.punct && !ps.isNumberTok(t)
	}
	if e.num {
		// "3rd year" is a year of study, not three years: an ordinal
		// is no count.
		if e.pos && (t.isNum && t.num <= 0 || !t.isNum && ps.numbers[t.text] <= 0) {
			return false
		}
		return ps.isNumberTok(t) && !t.ord
	}
	return e.words[t.text]
}

// find returns every match, the longest per pattern and start, in token
// order. dst is reused.
func (ps *patternSet) find(toks []token, dst []span) []span {
	dst = dst[:0]
	for i := range toks {
		if toks[i].punct && len(ps.byFirst[toks[i].text]) == 0 {
			continue
		}
		try := func(pi int) {
			if end := ps.matchAt(&ps.pats[pi], toks, i); end > i {
				dst = append(dst, span{pat: pi, from: i, to: end})
			}
		}
		for _, pi := range ps.byFirst[toks[i].text] {
			try(pi)
		}
		for _, pi := range ps.anyFirst {
			try(pi)
		}
	}
	return dst
}
