package advisor

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestDebugFrames(t *testing.T) {
	msgs := os.Getenv("MSGS")
	if msgs == "" {
		t.Skip()
	}
	n := testNLU(t)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, m := range strings.Split(msgs, "||") {
		f := n.understand(m, Slot(os.Getenv("ASKING")), now)
		fmt.Printf("%q\n", m)
		for _, x := range f.Facts {
			fmt.Printf("   fact %s=%s conf=%.2f implied=%v words=%q\n", x.Slot, x.Value, x.Conf, x.Implied, x.Words)
		}
		for _, x := range f.Retracted {
			fmt.Printf("   retracted %s=%s %q\n", x.Slot, x.Value, x.Words)
		}
		for _, c := range f.Conflicts {
			fmt.Printf("   conflict %s: %s(%q) vs %s(%q)\n", c.Slot, c.First.Value, c.First.Words, c.Then.Value, c.Then.Words)
		}
		fmt.Printf("   cmd=%q asks=%q where=%v short=%q bare=%v/%v completed=%v programs=%v hoursErr=%q startErr=%q\n", f.Command, f.Asks, f.WhereToStart, f.Short, f.HasBare, f.Bare, f.Completed, f.Programs, f.HoursErr, f.StartErr)
	}
}
