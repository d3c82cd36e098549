package advisor

import (
	"strings"
	"testing"
)

// tokenTexts is the words tokenize reads in msg, space-joined.
func tokenTexts(tz *tokenized) string {
	var ws []string
	for _, t := range tz.toks {
		ws = append(ws, t.text)
	}
	return strings.Join(ws, " ")
}

// The gloss machinery on a dictionary of its own: CJK segmentation by
// longest match, stems, multi-word glosses, "" dropping a word, dates.
func TestGlossSegmentsAndTranslates(t *testing.T) {
	n := testNLU(t)
	g, err := compileGloss([]byte(`
zh:
  我: i
  想: want
  读博: phd
  不想: not want
  转行: change career
  月: cjkmonth
  日: cjkday
  号: cjkday
  个月: months
  开始: start
ko:
  월: cjkmonth
  일: cjkday
ru:
  програм*: programming
  сам: myself
pt:
  quero: want
  trabalho: job
  no: ""
`))
	if err != nil {
		t.Fatal(err)
	}
	local := *n
	local.gloss = g
	for _, c := range []struct{ in, want string }{
		{"我想读博", "i want phd"},
		{"我不想转行, just add ML", "i not want change career just add ml"},
		{"1月15日开始", "january 15 start"},
		{"start 1월 15일", "start january 15"},
		{"3个月", "3 months"},
		{"用过TensorFlow", "tensorflow"},
		{"программирование сам", "programming myself"},
		{"quero usar ML no trabalho", "want use ml no job"},
	} {
		if got := tokenTexts(tokenize(c.in, &local)); got != c.want {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// The team's words keep their meaning: "no" is English before it is
	// Portuguese, since the patterns read it.
	if got := tokenTexts(tokenize("no ML", &local)); got != "no ml" {
		t.Errorf(`"no ML" = %q, want "no ml"`, got)
	}
	// Full-width and Arabic punctuation end sentences and ask.
	tz := tokenize("我想读博？5小时", &local)
	if len(tz.sents) != 2 || !tz.sents[0].question {
		t.Errorf("？ should end a question sentence: %+v", tz.sents)
	}
	if tz := tokenize("هل هو مجاني؟", &local); len(tz.sents) == 0 || !tz.sents[0].question {
		t.Errorf("؟ should ask: %+v", tz.sents)
	}
	// "mes" is a month in Spanish and "my" in French: it is left out.
	if g, err := compileGloss([]byte("es:\n  mes: month\n  quiero: want\nfr:\n  mes: my\n")); err != nil || g.words["mes"] != "" || g.words["quiero"] != "want" {
		t.Errorf("an ambiguous spelling should be left out: %v %v", g, err)
	}
	for _, bad := range []string{"es:\n  ab*: x\n", "es:\n  two words: x\n"} {
		if _, err := compileGloss([]byte(bad)); err == nil {
			t.Errorf("compileGloss(%q) should fail", bad)
		}
	}
}

// Questions in learners' other languages reach the classifier in English
// words: answered, or offered as the first "Did you mean" topic; the
// weather in Madrid stays unanswered.
func TestQuestionsInOtherLanguages(t *testing.T) {
	a := newTestAdvisor(t)
	for _, c := range []struct{ q, topic string }{
		{"wie lange dauert ein Kurs?", "duration"},
		{"apakah ada bantuan keuangan?", "financial-aid"},
		{"les certificats expirent-ils ?", "expiry"},
		{"¿cuánto cuesta el certificado?", "free"},
	} {
		ans := a.Ask(c.q)
		got := ans.Topic
		if !ans.Answered && len(ans.Clarify) > 0 {
			got = ans.Clarify[0]
		}
		if got != c.topic {
			t.Errorf("%q (read as %q): topic %q (answered %v, clarify %v), want %q", c.q, a.nlu.glossText(c.q), ans.Topic, ans.Answered, ans.Clarify, c.topic)
		}
	}
	if ans := a.Ask("¿cuál es el clima en madrid?"); ans.Answered {
		t.Errorf("the weather in Madrid was answered as %s", ans.Topic)
	}
}

// The classifier reads Chinese, Japanese and Korean in English words too:
// glossText segments them as tokenize does, and a written word the gloss
// gave several words is taken into the question once.
func TestGlossTextSegmentsCJK(t *testing.T) {
	a := newTestAdvisor(t)
	for _, c := range []struct{ q, want string }{
		{"吴恩达深度学习课程值不值得学", "andrew ng deep learning course worth it learn"},
		{"어떤 순서로 공부하는게 좋을까요", "which order study should"},
		{"quanto tempo leva o curso", "how long takes o course"},
		{"如何申请Coursera奖学金", "how apply Coursera scholarship"},
	} {
		q := a.splitQuestion(c.q)
		if got := strings.Join(strings.Fields(a.nlu.glossText(q.focus)), " "); got != c.want {
			t.Errorf("%q: focus %q reads %q, want %q", c.q, q.focus, got, c.want)
		}
	}
}

// Words of the languages added second (Dutch, Swedish, Greek, Czech,
// Thai...) reach the patterns in English; a Thai word keeps its vowel
// and tone marks.
func TestGlossSecondLanguages(t *testing.T) {
	n := testNLU(t)
	for _, c := range []struct{ in, want string }{
		{"ik wil machine learning leren, 5 uur per week", "5 hours per week"},
		{"เรียน", ""},
	} {
		got := tokenTexts(tokenize(c.in, n))
		if c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want it to contain %q", c.in, got, c.want)
		}
		if tz := tokenize(c.in, n); c.want == "" && len(tz.toks) > 1 {
			t.Errorf("tokenize(%q) split a word: %q", c.in, got)
		}
	}
}
