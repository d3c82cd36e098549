package discord

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkInteraction measures one signed /certpath help through the
// whole handler: signature verification, parsing, a turn on the memory
// store and rendering. The request is signed once, outside the loop.
func BenchmarkInteraction(b *testing.B) {
	hs := newHarness(b)
	body, err := json.Marshal(hs.slash(testGuild, "help"))
	if err != nil {
		b.Fatal(err)
	}
	signed := hs.signer.Request("http://certpath.test/discord/interactions", body, testNow)
	b.ReportAllocs()
	for b.Loop() {
		r, err := http.NewRequest(http.MethodPost, signed.URL.String(), bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		r.Header = signed.Header
		rec := httptest.NewRecorder()
		hs.h.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
