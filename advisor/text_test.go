package advisor

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"R certs FREE??", "r certs free"},
		{"how much $$ is coursera", "how much $ $ is coursera"},
		{"What's the Résumé value?", "what the resume value"},
		{"Google's certs", "google certs"},
		{"it's", "it"},
		{"5h/week", "5 h week"},
		{"10hrs/wk", "10 hrs wk"},
		{"$1,000–$5,000", "$ 1000 $ 5000"},
		{"2.5 hours", "2.5 hours"},
		{"end.", "end"},
		{"don’t", "dont"},
		{"deeplearning.ai", "deeplearning ai"},
		{"Q&A", "q and a"},
		{"\xff\xfeok", "ok"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := normalize(strings.Repeat("a ", 4*maxQueryBytes)); len(got) > maxQueryBytes {
		t.Errorf("normalize kept %d bytes of a long input, want at most %d", len(got), maxQueryBytes)
	}
}

func TestStem(t *testing.T) {
	// Pairs that must meet on one stem.
	for _, pair := range [][2]string{
		{"courses", "course"}, {"rated", "rating"}, {"expires", "expire"}, {"studies", "study"},
		{"getting", "get"}, {"classes", "class"}, {"prices", "price"}, {"quickly", "quick"},
	} {
		if a, b := stem(pair[0]), stem(pair[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q, want equal", pair[0], a, pair[1], b)
		}
	}
	// Short and non-ASCII words are left alone.
	for _, w := range []string{"ms", "aid", "ibm", "naïve"} {
		if got := stem(w); got != w {
			t.Errorf("stem(%q) = %q, want unchanged", w, got)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b      string
		max, want int
	}{
		{"financial", "finanical", 2, 1}, // adjacent swap
		{"certificate", "certifcate", 2, 1},
		{"reset", "recent", 1, 2}, // over max: max+1
		{"reset", "resent", 1, 1},
		{"cost", "cost", 1, 0},
		{"a", "abcd", 1, 2},
		{strings.Repeat("x", 40), strings.Repeat("x", 40), 2, 3}, // too long to compare
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	lx := newLexicon()
	terms := func(s string) string {
		var buf [maxTokens]word
		var out []string
		for _, w := range lx.splitWords(normalize(s), buf[:0]) {
			if !w.stop {
				out = append(out, w.term)
			}
		}
		return strings.Join(out, " ")
	}
	tests := []struct{ in, want string }{
		{"r certs free??", "certificate free"},
		{"how much $$ is coursera", "cost cost coursera"},
		{"do certs expire", "certificate expire"},
		{"is it outdated", "expire"},
		{"Machine Learning for all", "ml"},
		{"Andrew Ng's course", "ng course"},
		{"5 hrs a wk", "5 hour week"},
		{"scikit-learn", "sklearn"},
		{"respected by employers", "recognize employer"},
	}
	for _, tt := range tests {
		if got := terms(tt.in); got != tt.want {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCorrect(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"finanical", "financial", true},
		{"certifcate", "certificate", true},
		{"classificaton", "classification", true},
		{"waht", "what", true}, // stopwords only by swapped letters
		{"cats", "", false},    // would be "cant": not a swap
		{"cook", "", false},    // "look" starts differently
		{"reset", "", false},   // "recent" is two edits away
		{"pizza", "", false},
		{"ml", "", false}, // too short to correct
	}
	for _, tt := range tests {
		got, ok := ix.correct(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("correct(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSynonymFamiliesDisjoint(t *testing.T) {
	seen := map[string]string{}
	lx := newLexicon()
	for _, f := range synonymFamilies() {
		for _, w := range f.words {
			if prev, dup := seen[w]; dup {
				t.Errorf("%q is in families %q and %q", w, prev, f.canon)
			}
			seen[w] = f.canon
			if lx.stopwords[w] {
				t.Errorf("%q (family %q) is also a stopword and would never reach the family", w, f.canon)
			}
		}
	}
}

// Typos of the lexicon's typo targets are corrected ("no mony" was read
// as paying, a stranger, eleventh session); no word of CLINC150's real
// assistant queries is changed, nor the words of the learners' languages
// the gloss knows.
func TestTypoFixLeavesEnglishAlone(t *testing.T) {
	a := newTestAdvisor(t)
	n := a.nlu
	for typo, want := range map[string]string{
		"mony": "money", "programing": "programming", "progamming": "programming", "finacial": "financial",
		"evry": "every", "sceintist": "scientist", "machien": "machine", "enginer": "engineer", "expirience": "experience",
		"weekeds": "weekends", "certifcate": "certificate", "nothign": "nothing",
	} {
		if got, ok := n.typoFix(typo); !ok || got != want {
			t.Errorf("typoFix(%q) = %q, %v; want %q", typo, got, ok, want)
		}
	}
	train, calib, val := clincSplits(t)
	changed := map[string]string{}
	for _, q := range append(append(train, calib...), val...) {
		for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) }) {
			// (CLINC's own misspellings may be fixed.)
			if fixed, ok := n.typoFix(w); ok && !slices.Contains([]string{"employeer", "intereted", "wednseday"}, w) {
				changed[w] = fixed
			}
		}
	}
	if len(changed) > 0 {
		t.Errorf("typoFix changes %d English words of CLINC150's queries: %v", len(changed), changed)
	}
}
