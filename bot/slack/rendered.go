package slack

import (
	"bytes"
	"encoding/json"
	"hash/maphash"
	"reflect"
	"sync"

	"github.com/certpath/certpath/advisor"
)

// maxRendered bounds the answers kept rendered.
const maxRendered = 256

// rendered keeps the JSON bodies of slash command replies that repeat:
// FAQ answers and help come from the catalog, so thousands of learners
// asking the same question get the same bytes, and encoding them again
// was a twentieth of a request's CPU (docs/PERFORMANCE.md). A reply is
// found by its kind and text and used only if it is the same reply in
// every field, so nothing personal can be served to someone else. The
// cache belongs to a Handler, which has one catalog.
type rendered struct {
	seed maphash.Seed

	mu      sync.Mutex
	entries map[uint64]renderedReply
}

type renderedReply struct {
	reply advisor.Reply
	body  []byte
}

// cacheable reports whether a reply is worth keeping: what the catalog
// says, which repeats, not plans or interview questions, which are each
// learner's own.
func cacheable(r advisor.Reply) bool {
	return (r.Kind == advisor.KindAnswer || r.Kind == advisor.KindHelp) && len(r.Files) == 0 && r.Group == nil
}

// commandBody is the body of the ephemeral answer to a slash command
// that replied r.
func (c *rendered) commandBody(r advisor.Reply) []byte {
	if !cacheable(r) {
		return commandJSON(r)
	}
	h := maphash.String(c.seed, string(r.Kind)+"\x00"+r.Text)
	c.mu.Lock()
	e, ok := c.entries[h]
	c.mu.Unlock()
	if ok && reflect.DeepEqual(e.reply, r) {
		return e.body
	}
	body := commandJSON(r)
	c.mu.Lock()
	if c.entries == nil || len(c.entries) >= maxRendered {
		// Start afresh rather than track use: the answers in demand
		// come back within a few requests.
		c.entries = make(map[uint64]renderedReply, maxRendered)
	}
	c.entries[h] = renderedReply{reply: r, body: body}
	c.mu.Unlock()
	return body
}

// commandJSON renders r as the ephemeral answer to a slash command.
func commandJSON(r advisor.Reply) []byte {
	msg := commandMessage(r)
	var b bytes.Buffer
	_ = json.NewEncoder(&b).Encode(wireOf(&msg))
	return b.Bytes()
}
