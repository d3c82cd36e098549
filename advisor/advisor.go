package advisor

import "github.com/certpath/certpath/catalog"

// Advisor answers turns from one catalog. It is immutable after New and
// safe for concurrent use; Step is a pure function of its arguments.
type Advisor struct {
	cat *catalog.Catalog
	faq *faqIndex
	nlu *nlu
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
	return &Advisor{cat: cat, faq: newFAQIndex(cat), nlu: n}
}

// Catalog returns the catalog the advisor answers from.
func (a *Advisor) Catalog() *catalog.Catalog { return a.cat }

// Ask answers a free-form question from the catalog, or says honestly
// that it cannot, with suggestions.
func (a *Advisor) Ask(question string) Answer { return a.faq.Match(question) }

// AskIn answers a question asked inside a conversation, where the
// learner's profile and plan can make the answer theirs.
func (a *Advisor) AskIn(s Session, question string) Answer { return a.faq.Match(question) }

// answerTopic answers one topic directly (a "Did you mean" choice).
func (a *Advisor) answerTopic(s Session, topic string) Answer {
	for _, f := range a.cat.FAQs {
		if f.ID == topic {
			return a.faq.Match(f.Question)
		}
	}
	return a.faq.Match(topic)
}
