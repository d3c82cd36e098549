package advisor

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"

	"go.yaml.in/yaml/v3"
)

// Answers by example: when no pattern reads a reply, the closest of the
// replies learners gave in the tunable conversation sets and the phrasebook
// (data/answers.yaml, generated from advisor/testdata by a test) suggests
// what it says. The suggestion is only ever a guess: certpath asks a yes/no
// question about it ("Just to check: your company pays, right?") before it
// uses it, so a wrong neighbour costs one question, not a wrong plan.

//go:embed data/answers.yaml
var answersYAML []byte

// answerExample is one labelled reply.
type answerExample struct {
	Text  string `yaml:"text"`
	Slot  Slot   `yaml:"slot"`
	Value string `yaml:"value"`
}

// exampleSlots are the slots read by example; hours and start dates are
// numbers, which patterns read better than neighbours.
var exampleSlots = []Slot{SlotProgramming, SlotML, SlotGoal, SlotBudget}

// answerIndex is a tf-idf index of the examples; read-only once built.
type answerIndex struct {
	examples []answerExample
	vecs     []map[string]float64 // unit length
	idf      map[string]float64
	post     map[string][]int
}

// Chosen by leave-one-out over the examples (TestAnswerExamplesLeaveOneOut)
// and the tunable sets: the most guesses while 97% of them stay right
// (0.45: 52% guessed, 98.8% right; 0.35: 67%, 97.2%; 0.3: 75%, 96.6%, and
// one dev conversation lost). A neighbour this close, whose label the next
// closest do not contradict, is worth a yes/no question.
const (
	exampleMinSim = 0.35
	exampleK      = 3
)

// exampleStop are words too common in replies to say which one a reply
// is like. Unlike the FAQ's stopwordTable it keeps "no", "not" and
// "never", which decide what a reply says ("no budget", "budget").
var exampleStop = toSet([]string{"i", "im", "a", "an", "the", "my", "to", "and", "is", "in", "of", "for", "it", "on", "at", "me", "so", "but",
	"just", "like", "lol", "its", "that", "this", "be", "am", "are", "was", "with", "do", "have", "ive", "would", "can", "will", "ill", "id",
	"yeah", "ok", "okay", "um", "uh", "tbh", "ngl", "haha", "pls", "please", "sir", "bro", "hi", "hello"})

// exampleTerms are the words and adjacent pairs of a message as the
// tokenizer reads it (so the gloss and spelling apply).
func exampleTerms(tz *tokenized) map[string]float64 {
	terms := map[string]float64{}
	prev := ""
	for _, t := range tz.toks {
		if t.punct || t.isNum {
			prev = ""
			continue
		}
		if exampleStop[t.text] {
			prev = ""
			continue
		}
		terms[t.text]++
		if prev != "" {
			terms[prev+" "+t.text]++
		}
		prev = t.text
	}
	return terms
}

// newAnswerIndex builds the index over the embedded examples.
func newAnswerIndex(n *nlu, data []byte) (*answerIndex, error) {
	var f struct {
		Examples []answerExample `yaml:"examples"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	ix := &answerIndex{examples: f.Examples, idf: map[string]float64{}, post: map[string][]int{}}
	raw := make([]map[string]float64, len(f.Examples))
	df := map[string]int{}
	for i, e := range f.Examples {
		if !contains(AllowedValues[e.Slot], e.Value) {
			return nil, fmt.Errorf("answers: %q: %s=%q is not allowed", e.Text, e.Slot, e.Value)
		}
		raw[i] = exampleTerms(tokenize(e.Text, n))
		for w := range raw[i] {
			df[w]++
		}
	}
	for w, d := range df {
		ix.idf[w] = math.Log(1 + float64(len(f.Examples))/float64(d))
	}
	ix.vecs = make([]map[string]float64, len(raw))
	for i, terms := range raw {
		ix.vecs[i] = ix.weigh(terms)
		for w := range ix.vecs[i] {
			ix.post[w] = append(ix.post[w], i)
		}
	}
	return ix, nil
}

// weigh turns term counts into a unit tf-idf vector; unknown terms drop.
func (ix *answerIndex) weigh(terms map[string]float64) map[string]float64 {
	v := make(map[string]float64, len(terms))
	norm := 0.0
	for w, c := range terms {
		idf, ok := ix.idf[w]
		if !ok {
			continue
		}
		x := (1 + math.Log(c)) * idf
		v[w] = x
		norm += x * x
	}
	norm = math.Sqrt(norm)
	for w := range v {
		v[w] /= norm
	}
	return v
}

// exampleGuess is what the closest examples say a reply means.
type exampleGuess struct {
	Slot  Slot
	Value string
	Sim   float64
}

// guess returns what the nearest examples say, among the given slots, or
// false when none is close enough or the nearest disagree. skip leaves one
// example out (for leave-one-out tuning; -1 otherwise).
func (ix *answerIndex) guess(tz *tokenized, slots []Slot, skip int) (exampleGuess, bool) {
	q := ix.weigh(exampleTerms(tz))
	if len(q) == 0 {
		return exampleGuess{}, false
	}
	scores := map[int]float64{}
	for w, x := range q {
		for _, i := range ix.post[w] {
			if i != skip {
				scores[i] += x * ix.vecs[i][w]
			}
		}
	}
	type hit struct {
		i   int
		sim float64
	}
	var hits []hit
	for i, sc := range scores {
		if slices.Contains(slots, ix.examples[i].Slot) {
			hits = append(hits, hit{i, sc})
		}
	}
	if len(hits) == 0 {
		return exampleGuess{}, false
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].sim != hits[b].sim {
			return hits[a].sim > hits[b].sim
		}
		return hits[a].i < hits[b].i
	})
	best := ix.examples[hits[0].i]
	if hits[0].sim < exampleMinSim {
		return exampleGuess{}, false
	}
	// The next closest must not say another value of the same slot with
	// nearly the same closeness.
	for _, h := range hits[1:min(exampleK, len(hits))] {
		e := ix.examples[h.i]
		if e.Slot == best.Slot && e.Value != best.Value && h.sim > 0.9*hits[0].sim {
			return exampleGuess{}, false
		}
	}
	return exampleGuess{Slot: best.Slot, Value: best.Value, Sim: hits[0].sim}, true
}
