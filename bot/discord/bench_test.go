package discord

import (
	"encoding/json"
	"net/http"
	"testing"
)

// BenchmarkInteraction measures one signed /certpath help through the
// whole handler: verification, parsing, a turn on the memory store and
// rendering.
func BenchmarkInteraction(b *testing.B) {
	hs := newHarness(b)
	body, err := json.Marshal(hs.slash(testGuild, "help"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if rec := hs.post(body); rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
