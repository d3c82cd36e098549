package advisor

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgSpans(t *testing.T) {
	msg := os.Getenv("MSG")
	if msg == "" {
		t.Skip()
	}
	n := testNLU(t)
	tz := tokenize(msg, n)
	for _, tk := range tz.toks {
		fmt.Printf("%q(c%d s%d) ", tk.text, tk.clause, tk.sent)
	}
	fmt.Println()
	for _, sp := range n.slotPats.find(tz.toks, nil) {
		h := n.slotHits[n.slotPats.pats[sp.pat].ref]
		fmt.Println("slot", h.slot, h.value, sp, n.slotPats.pats[sp.pat].src, "neg", n.negatedAt(tz, sp))
	}
	for _, sp := range n.rolePats.find(tz.toks, nil) {
		h := n.roleHits[n.rolePats.pats[sp.pat].ref]
		fmt.Println("role", n.roles[h.role].id, sp, n.rolePats.pats[sp.pat].src)
	}
	fmt.Println("notbudget", n.notBudget.find(tz.toks, nil))
}
