package server

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/certpath/certpath/bot"
)

// The lead wires Server.Metrics() as bot.Conversations.Observer.
var _ bot.Observer = (*Metrics)(nil)

func TestNewLogger(t *testing.T) {
	tests := []struct {
		level, format string
		terminal      bool
		wantJSON      bool
		wantDebug     bool
		wantInfo      bool
	}{
		{"info", "auto", false, true, false, true},
		{"info", "auto", true, false, false, true},
		{"debug", "json", true, true, true, true},
		{"debug", "text", false, false, true, true},
		{"warn", "auto", false, true, false, false},
		{"error", "JSON", true, true, false, false},
		{"nonsense", "auto", false, true, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.level+"/"+tt.format, func(t *testing.T) {
			var buf bytes.Buffer
			log := NewLogger(&buf, tt.level, tt.format, tt.terminal)
			log.Debug("d-line")
			log.Info("i-line")
			log.Error("e-line", "k", "v")
			out := buf.String()
			if got := strings.Contains(out, "d-line"); got != tt.wantDebug {
				t.Errorf("debug logged = %v, want %v:\n%s", got, tt.wantDebug, out)
			}
			if got := strings.Contains(out, "i-line"); got != tt.wantInfo {
				t.Errorf("info logged = %v, want %v:\n%s", got, tt.wantInfo, out)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			last := lines[len(lines)-1]
			isJSON := json.Valid([]byte(last))
			if isJSON != tt.wantJSON {
				t.Errorf("JSON = %v, want %v: %s", isJSON, tt.wantJSON, last)
			}
			if !tt.wantJSON && !strings.Contains(last, "msg=e-line k=v") {
				t.Errorf("text line = %q", last)
			}
		})
	}
}
