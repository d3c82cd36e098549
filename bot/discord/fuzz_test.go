package discord

import (
	"net/http"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// FuzzInteraction feeds validly signed garbage through the handler: it must
// answer with a status, never panic, whatever the JSON says. Seeds are in
// testdata/fuzz/FuzzInteraction.
func FuzzInteraction(f *testing.F) {
	hs := newHarness(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		start := time.Now()
		rec := hs.post(body)
		// Whatever arrives, the handler must answer rather than hang. The
		// 3-second deadline itself is the deferral tests' job: a timing
		// bound this tight flakes on a loaded machine.
		if d := time.Since(start); d > 3*discordgo.InteractionDeadline {
			t.Errorf("took %v for %q", d, body)
		}
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Errorf("status %d for %q", rec.Code, body)
		}
	})
}
