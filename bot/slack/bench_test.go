package slack

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkSlashCommand measures a signed /certpath request through the
// handler: verification, parsing, a turn against the in-memory store and
// the Block Kit response.
func BenchmarkSlashCommand(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"faq", "how much does a coursera certificate cost"},
		{"plan", "backend dev, never touched ML, want to do MLOps, 6h a week, can't pay"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e := newEnv(b)
			body := commandBody(testTeam, testUser, bc.text)
			signed := signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded", body, testSecret, e.clock.Now())
			b.ReportAllocs()
			for b.Loop() {
				r := httptest.NewRequest("POST", "/slack/commands", strings.NewReader(body))
				r.Header = signed.Header.Clone()
				w := httptest.NewRecorder()
				e.mux.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}
