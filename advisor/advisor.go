package advisor

import (
	"sync"

	"github.com/certpath/certpath/catalog"
)

// Advisor answers turns from one catalog. It is immutable after New and
// safe for concurrent use; Step is a pure function of its arguments.
type Advisor struct {
	cat     *catalog.Catalog
	faq     *faqIndex
	nlu     *nlu
	intents *intentModel
	// topicQuestions say each composed topic as a question, for
	// suggestions and "Did you mean" choices.
	topicQuestions map[string]string
	// askCache keeps recent questions' classifications (askcache.go).
	askCache *askCache
	// answers suggests what an unread reply says, by example (knn.go);
	// built on first use, since most turns never need it.
	examples *lazyAnswers
}

// lazyAnswers builds the example index once, on first use.
type lazyAnswers struct {
	once sync.Once
	ix   *answerIndex
}

// answers returns the example index, building it the first time.
func (a *Advisor) answers() *answerIndex {
	a.examples.once.Do(func() {
		ix, err := newAnswerIndex(a.nlu, answersYAML)
		if err != nil {
			// The examples are embedded and checked by the tests.
			panic("advisor: " + err.Error())
		}
		a.examples.ix = ix
	})
	return a.examples.ix
}

// New builds an advisor over a validated catalog. The understanding
// lexicon is embedded and checked by the tests, so failing to compile it
// is a broken build, reported like regexp.MustCompile.
func New(cat *catalog.Catalog) *Advisor {
	ids := map[string]bool{}
	for _, c := range cat.Courses {
		ids[c.ID] = true
	}
	n, err := loadNLU(ids)
	if err != nil {
		panic("advisor: " + err.Error())
	}
	a := &Advisor{cat: cat, faq: newFAQIndex(cat), nlu: n, askCache: &askCache{}, examples: &lazyAnswers{}}
	if a.topicQuestions, err = loadTopicQuestions(); err != nil {
		panic("advisor: " + err.Error())
	}
	if len(intentModelBin) == 0 {
		// Only while bootstrapping a new model (go test -run
		// TestIntentModel -update): every question goes unanswered.
		a.intents = &intentModel{classes: []string{intentOOS}, index: map[string]int32{}, bias: []float32{0}}
		return a
	}
	if a.intents, err = decodeIntentModel(intentModelBin); err != nil {
		panic("advisor: " + err.Error())
	}
	return a
}

// Catalog returns the catalog the advisor answers from.
func (a *Advisor) Catalog() *catalog.Catalog { return a.cat }
