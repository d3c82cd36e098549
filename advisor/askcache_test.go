package advisor

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// The cache gives what classifying afresh gives, stays bounded, and is
// safe to share between goroutines.
func TestAskCache(t *testing.T) {
	a := newTestAdvisor(t)
	fresh := *a
	fresh.askCache = nil
	qs := []string{"how much does a coursera certificate cost", "do certs expire", "what's the weather", "is it free"}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				q := qs[(g+i)%len(qs)]
				if got, want := a.Ask(q), fresh.Ask(q); !reflect.DeepEqual(got, want) {
					t.Errorf("cached Ask(%q) = %+v, want %+v", q, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	for i := 0; i < 3*askCacheSize; i++ {
		a.classifyText(fmt.Sprintf("question number %d about certificates", i))
	}
	if n := len(a.askCache.hot) + len(a.askCache.old); n > 2*askCacheSize {
		t.Errorf("cache holds %d entries, want at most %d", n, 2*askCacheSize)
	}
	// A copy with another model never reads the first model's entries.
	b := *a
	other := *a.intents
	b.intents = &other
	if _, _, _, _ = b.classifyText(qs[0]); a.askCache.model != b.intents {
		t.Error("a copy with another model read the cache filled by the first")
	}
}
