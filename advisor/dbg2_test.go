package advisor

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgHours(t *testing.T) {
	msg := os.Getenv("MSG")
	if msg == "" {
		t.Skip()
	}
	n := testNLU(t)
	tz := tokenize(msg, n)
	for _, e := range n.hoursExprs(tz) {
		fmt.Printf("%+v %q\n", e, tz.quote(e.from, e.to))
	}
	for _, d := range n.dayPats.find(tz.toks, nil) {
		fmt.Println("day", n.dayKinds[n.dayPats.pats[d.pat].ref], d)
	}
}
