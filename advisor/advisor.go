package advisor

import "github.com/certpath/certpath/catalog"

// Advisor answers turns from one catalog. It is immutable after New and
// safe for concurrent use; Step is a pure function of its arguments.
type Advisor struct {
	cat *catalog.Catalog
	faq *faqIndex
	ex  *extractor
}

// New builds an advisor over a validated catalog.
func New(cat *catalog.Catalog) *Advisor {
	return &Advisor{cat: cat, faq: newFAQIndex(cat), ex: newExtractor()}
}

// Catalog returns the catalog the advisor answers from.
func (a *Advisor) Catalog() *catalog.Catalog { return a.cat }

// Ask answers a free-form question from the catalog, or says honestly
// that it cannot, with suggestions.
func (a *Advisor) Ask(question string) Answer { return a.faq.Match(question) }
