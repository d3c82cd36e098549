package advisor

import "github.com/certpath/certpath/catalog"

// faqIndex is a placeholder replaced by the real matcher.
type faqIndex struct{ cat *catalog.Catalog }

func newFAQIndex(cat *catalog.Catalog) *faqIndex { return &faqIndex{cat: cat} }

// Match is not implemented yet.
func (ix *faqIndex) Match(q string) Answer {
	return Answer{Answered: false, Text: "I can't answer that yet."}
}
