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

// TestLexiconReview lists patterns that can match a single word, for a
// human to check that none is too general ("data" alone is not a data
// scientist). Run with LEXICON_REVIEW=1.
func TestLexiconReview(t *testing.T) {
	if os.Getenv("LEXICON_REVIEW") == "" {
		t.Skip()
	}
	n := testNLU(t)
	for name, set := range map[string]*patternSet{"slot": n.slotPats, "role": n.rolePats, "program": n.progPats, "course": n.coursePats, "command": n.commandPats} {
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
			if req == 1 && !seen[p.src] {
				seen[p.src] = true
				sort.Strings(words)
				t.Logf("%s %q -> one word of %v", name, p.src, words)
			}
		}
	}
}
