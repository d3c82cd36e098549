package advisor

import (
	"flag"
	"os"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/certpath/certpath/catalog"
)

var verboseEval = flag.Bool("eval.v", false, "log every missed training question of the FAQ evaluation set")

type evalItem struct {
	Q     string `yaml:"q"`
	Topic string `yaml:"topic"`
}

type evalSet struct {
	Items   []evalItem `yaml:"items"`
	Heldout []evalItem `yaml:"heldout"`
}

func loadEval(t testing.TB) evalSet {
	t.Helper()
	data, err := os.ReadFile("testdata/faq_eval.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var s evalSet
	if err := yaml.Unmarshal(data, &s); err != nil {
		t.Fatalf("testdata/faq_eval.yaml: %v", err)
	}
	return s
}

func testIndex(t testing.TB) *faqIndex {
	t.Helper()
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	return newFAQIndex(cat)
}

type evalResult struct {
	n, correct, confidentWrong, outOfScope, outOfScopeAnswered int
}

func (r evalResult) accuracy() float64 { return float64(r.correct) / float64(max(r.n, 1)) }

func runEval(t *testing.T, ix *faqIndex, items []evalItem, logMisses bool) evalResult {
	var r evalResult
	for _, it := range items {
		a := ix.Match(it.Q)
		r.n++
		if it.Topic == "" {
			r.outOfScope++
		}
		got := ""
		if a.Answered {
			got = a.Topic
		}
		switch {
		case got == it.Topic:
			r.correct++
		case a.Answered:
			r.confidentWrong++
			if it.Topic == "" {
				r.outOfScopeAnswered++
			}
		}
		if got != it.Topic && logMisses {
			t.Logf("miss %-60q want %-28q got %-28q conf %.2f", it.Q, it.Topic, got, a.Confidence)
		}
	}
	return r
}

// TestFAQEval runs the evaluation set: accuracy counts a right topic or a
// correct refusal; a confident wrong answer is an answer with the wrong
// topic, the failure that matters most.
func TestFAQEval(t *testing.T) {
	ix := testIndex(t)
	set := loadEval(t)
	if len(set.Items)+len(set.Heldout) < 170 {
		t.Fatalf("evaluation set has %d questions, want at least 170", len(set.Items)+len(set.Heldout))
	}
	train := runEval(t, ix, set.Items, *verboseEval)
	held := runEval(t, ix, set.Heldout, false)
	all := evalResult{
		n:                  train.n + held.n,
		correct:            train.correct + held.correct,
		confidentWrong:     train.confidentWrong + held.confidentWrong,
		outOfScope:         train.outOfScope + held.outOfScope,
		outOfScopeAnswered: train.outOfScopeAnswered + held.outOfScopeAnswered,
	}
	for _, x := range []struct {
		name string
		r    evalResult
	}{{"training", train}, {"held-out", held}, {"all", all}} {
		t.Logf("%-8s %3d questions (%2d out of scope): accuracy %.3f, confident-wrong %d (out-of-scope answered %d)",
			x.name, x.r.n, x.r.outOfScope, x.r.accuracy(), x.r.confidentWrong, x.r.outOfScopeAnswered)
	}
	if all.outOfScope < 35 {
		t.Errorf("evaluation set has %d out-of-scope questions, want at least 35", all.outOfScope)
	}
	if acc := all.accuracy(); acc < 0.90 {
		t.Errorf("accuracy %.3f, want >= 0.90", acc)
	}
	if all.confidentWrong > 2 {
		t.Errorf("%d confident wrong answers, want <= 2", all.confidentWrong)
	}
}
