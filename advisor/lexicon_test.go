package advisor

import (
	"os"
	"sort"
	"testing"

	"github.com/certpath/certpath/catalog"
)

func testNLU(t testing.TB) *nlu {
	t.Helper()
	ids := map[string]bool{}
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cat.Courses {
		ids[c.ID] = true
	}
	n, err := loadNLU(ids)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLexiconCompiles(t *testing.T) {
	n := testNLU(t)
	if len(n.slotPats.pats) < 100 || len(n.rolePats.pats) < 20 {
		t.Fatalf("lexicon too small: %d slot patterns, %d role patterns", len(n.slotPats.pats), len(n.rolePats.pats))
	}
	t.Logf("%d slot, %d role, %d program, %d command patterns", len(n.slotPats.pats), len(n.rolePats.pats), len(n.progPats.pats), len(n.commandPats.pats))
}

// TestNoOneWordPatternIsTooGeneral checks the slot and role patterns
// that can match a single word: none may be a word that says nothing on
// its own ("data" alone is not a data scientist, "free" alone is not a
// budget: "I'm free most evenings"). LEXICON_REVIEW=1 lists them all for a
// human to read.
func TestNoOneWordPatternIsTooGeneral(t *testing.T) {
	tooGeneral := map[string]bool{
		"data": true, "engineer": true, "engineering": true, "work": true, "job": true, "team": true,
		"time": true, "free": true, "pay": true, "paid": true, "money": true, "learn": true,
		"learning": true, "course": true, "courses": true, "model": true, "models": true, "code": true,
		"coding": true, "programming": true, "science": true, "ml": true, "ai": true, "week": true,
		"hours": true, "experience": true, "study": true, "want": true, "need": true, "python": true,
	}
	n := testNLU(t)
	review := os.Getenv("LEXICON_REVIEW") != ""
	for name, set := range map[string]*patternSet{"slot": n.slotPats, "role": n.rolePats, "program": n.progPats, "course": n.coursePats} {
		seen := map[string]bool{}
		for _, p := range set.pats {
			req := 0
			var words []string
			for _, e := range p.elems {
				if !e.opt && e.gap == 0 {
					req++
					for w := range e.words {
						words = append(words, w)
					}
				}
			}
			if req != 1 || seen[p.src] {
				continue
			}
			seen[p.src] = true
			sort.Strings(words)
			for _, w := range words {
				if tooGeneral[w] {
					t.Errorf("%s pattern %q matches the word %q alone", name, p.src, w)
				}
			}
			if review {
				t.Logf("%s %q -> one word of %v", name, p.src, words)
			}
		}
	}
}
