package advisor

import "testing"

// benchQuestions mix what the matcher sees: FAQ paraphrases with typos and
// slang, course facts, computed answers and out-of-scope questions.
var benchQuestions = []string{
	"r certs free??",
	"how much $$ is coursera",
	"do certs expire",
	"finanical aid coursera",
	"who teaches the classification course",
	"is applied ml in python hard",
	"if I study 5 hours a week how long will one course take",
	"how much for 3 months",
	"what's the weather",
	"how much does a Stanford MS cost",
}

func BenchmarkFAQMatch(b *testing.B) {
	ix := testIndex(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		ix.Match(benchQuestions[i%len(benchQuestions)])
		i++
	}
}

// BenchmarkFAQMatchKinds reports each kind of question on its own, so a
// slow path is not hidden in the average.
func BenchmarkFAQMatchKinds(b *testing.B) {
	ix := testIndex(b)
	for _, q := range benchQuestions {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Match(q)
			}
		})
	}
}

func BenchmarkNewFAQIndex(b *testing.B) {
	cat := testIndex(b).cat
	b.ReportAllocs()
	for b.Loop() {
		newFAQIndex(cat)
	}
}
