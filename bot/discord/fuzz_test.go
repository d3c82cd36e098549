package discord

import (
	"net/http"
	"testing"
)

// FuzzInteraction feeds validly signed garbage through the handler: it must
// answer with a status, never panic, whatever the JSON says. Seeds are in
// testdata/fuzz/FuzzInteraction.
func FuzzInteraction(f *testing.F) {
	for _, seed := range []string{
		`{"type":1}`,
		`{"type":2,"guild_id":"g","member":{"user":{"id":"u"}},"data":{"name":"certpath","options":[{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":7}]}]}}`,
		`{"type":3,"user":{"id":"u"},"data":{"custom_id":"certpath/select","component_type":3}}`,
		`{"type":4,"user":{"id":"u"},"data":{"name":"certpath","options":[null]}}`,
		`{"type":5,"user":{"id":"u"},"data":{"custom_id":"certpath/modal/hours","components":[null,{"type":1,"components":[null]}]}}`,
	} {
		f.Add([]byte(seed))
	}
	hs := newHarness(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := hs.post(body)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Errorf("status %d for %q", rec.Code, body)
		}
	})
}
