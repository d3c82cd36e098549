package advisor

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDbgTrace prints the frame and candidates of messages (MSGS, "||"
// separated) with the patterns that matched: a tuning aid.
func TestDbgTrace(t *testing.T) {
	msgs := os.Getenv("TRACE")
	if msgs == "" {
		t.Skip()
	}
	n := testNLU(t)
	for _, msg := range strings.Split(msgs, "||") {
		tz := tokenize(msg, n)
		fmt.Printf("%q\n", msg)
		for _, sp := range keepLongest(n.slotPats.find(tz.toks, nil)) {
			h := n.slotHits[n.slotPats.pats[sp.pat].ref]
			fmt.Printf("   slot %s=%s %q <- %s neg=%v\n", h.slot, h.value, tz.quote(sp.from, sp.to), n.slotPats.pats[sp.pat].src, n.negatedAt(tz, sp))
		}
		for _, sp := range keepLongest(n.rolePats.find(tz.toks, nil)) {
			h := n.roleHits[n.rolePats.pats[sp.pat].ref]
			g, cued := n.roleIsGoal(tz, sp, n.roles[h.role])
			fmt.Printf("   role %s past=%v %q <- %s goal=%v cued=%v\n", n.roles[h.role].id, h.past, tz.quote(sp.from, sp.to), n.rolePats.pats[sp.pat].src, g, cued)
		}
		f := n.understand(msg, "", convNow)
		for _, x := range f.Facts {
			fmt.Printf("   => %s=%s conf=%.2f implied=%v %q\n", x.Slot, x.Value, x.Conf, x.Implied, x.Words)
		}
		for _, c := range f.Conflicts {
			fmt.Printf("   => conflict %s: %s vs %s\n", c.Slot, c.First.Value, c.Then.Value)
		}
	}
}
