package advisor

import "sync"

// askCache remembers how recent question texts were split and classified:
// both depend only on the text and the model, and the same questions come
// back all day ("how much does a coursera certificate cost"). Two
// generations of at most askCacheSize entries each: when the new one is
// full it becomes the old one, so memory stays bounded and popular
// questions stay in. The model it was filled with is kept, so an advisor
// copied with another model (cross-validation) never reads stale entries.
type askCache struct {
	mu       sync.Mutex
	model    *intentModel
	hot, old map[string]classified
}

// classified is one text's split and classification.
type classified struct {
	q         questionText
	top       []ranked
	near, oos float64
}

const askCacheSize = 2048

// classifyText splits and classifies text, from the cache when it can.
// The ranked slice is the caller's own.
func (a *Advisor) classifyText(text string) (questionText, []ranked, float64, float64) {
	c := a.askCache
	if c == nil {
		q := a.splitQuestion(text)
		top, near, oos := a.classify(q)
		return q, top, near, oos
	}
	c.mu.Lock()
	if c.model != a.intents {
		c.model, c.hot, c.old = a.intents, map[string]classified{}, nil
	}
	e, ok := c.hot[text]
	if !ok {
		if e, ok = c.old[text]; ok {
			c.put(text, e)
		}
	}
	c.mu.Unlock()
	if !ok {
		e.q = a.splitQuestion(text)
		e.top, e.near, e.oos = a.classify(e.q)
		c.mu.Lock()
		if c.model == a.intents {
			c.put(text, e)
		}
		c.mu.Unlock()
	}
	return e.q, append([]ranked(nil), e.top...), e.near, e.oos
}

// put stores e under text in the new generation (mu held).
func (c *askCache) put(text string, e classified) {
	if len(c.hot) >= askCacheSize {
		c.old, c.hot = c.hot, make(map[string]classified, askCacheSize)
	}
	c.hot[text] = e
}
