package advisor

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// traceFrame writes what understanding saw in msg: the slot and role
// patterns that matched (with their lexicon source) and the frame.
func traceFrame(n *nlu, msg string, asking Slot) string {
	var b strings.Builder
	tz := tokenize(msg, n)
	fmt.Fprintf(&b, "%q (asking %q)\n", msg, asking)
	var words []string
	for _, t := range tz.toks {
		words = append(words, t.text)
	}
	fmt.Fprintf(&b, "  tokens %s\n", strings.Join(words, " "))
	for _, sp := range keepLongest(n.slotPats.find(tz.toks, nil)) {
		h := n.slotHits[n.slotPats.pats[sp.pat].ref]
		fmt.Fprintf(&b, "  slot %s=%s %q <- %s\n", h.slot, h.value, tz.quote(sp.from, sp.to), n.slotPats.pats[sp.pat].src)
	}
	for _, sp := range keepLongest(n.rolePats.find(tz.toks, nil)) {
		h := n.roleHits[n.rolePats.pats[sp.pat].ref]
		g, cued := n.roleIsGoal(tz, sp, n.roles[h.role])
		fmt.Fprintf(&b, "  role %s %q <- %s goal=%v cued=%v\n", n.roles[h.role].id, tz.quote(sp.from, sp.to), n.rolePats.pats[sp.pat].src, g, cued)
	}
	f := n.understand(msg, asking, convNow)
	for _, x := range f.Facts {
		fmt.Fprintf(&b, "  fact %s=%s conf=%.2f implied=%v %q\n", x.Slot, x.Value, x.Conf, x.Implied, x.Words)
	}
	for _, x := range f.Retracted {
		fmt.Fprintf(&b, "  retracted %s=%s %q\n", x.Slot, x.Value, x.Words)
	}
	for _, c := range f.Conflicts {
		fmt.Fprintf(&b, "  conflict %s: %s(%q) vs %s(%q)\n", c.Slot, c.First.Value, c.First.Words, c.Then.Value, c.Then.Words)
	}
	fmt.Fprintf(&b, "  cmd=%q asks=%q short=%q completed=%v hoursErr=%q startErr=%q\n", f.Command, f.Asks, f.Short, f.Completed, f.HoursErr, f.StartErr)
	return b.String()
}

// TestTraceNamesWhatMatched checks the tuning aid on fixed messages: the
// trace names the lexicon pattern behind each fact. To see why certpath
// read a message the way it did, add messages (separated by "||", with
// the question being answered in ASKING):
//
//	TRACE="ML? barely, followed a couple of notebooks" ASKING=ml go test ./advisor -run TestTraceNamesWhatMatched -v
func TestTraceNamesWhatMatched(t *testing.T) {
	n := testNLU(t)
	for msg, want := range map[string][]string{
		"backend dev, never touched ML, 6h a week": {"role dev", "fact programming=professional", "fact ml=none", "<- never (touched", "fact hours=6"},
		"my sister is a nurse, never coded":        {"slot programming=none"},
	} {
		got := traceFrame(n, msg, "")
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("trace lacks %q:\n%s", w, got)
			}
		}
	}
	if strings.Contains(traceFrame(n, "my sister is a nurse, never coded", ""), "fact programming") {
		t.Error("someone else's facts reached the frame")
	}
	if msgs := os.Getenv("TRACE"); msgs != "" {
		for _, m := range strings.Split(msgs, "||") {
			t.Log(traceFrame(n, m, Slot(os.Getenv("ASKING"))))
		}
	}
}
