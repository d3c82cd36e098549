package server

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

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

// countingWriter counts writes; it is safe for the LineBuffer's timer goroutine.
type countingWriter struct {
	mu sync.Mutex
	b  bytes.Buffer
	n  int // writes
}

func (s *countingWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	return s.b.Write(p)
}

func (s *countingWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *countingWriter) writes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

func TestLineBufferBatchesInfoAndFlushesWarnings(t *testing.T) {
	var out countingWriter
	lb := NewLineBuffer(&out, time.Hour)
	log := NewLogger(lb, "info", "json", false)
	for i := range 100 {
		log.Info("http request", "i", i)
	}
	if out.writes() != 0 {
		t.Fatalf("%d writes before any flush, want 0", out.writes())
	}
	log.With("k", "v").Warn("store slow")
	if out.writes() != 1 || strings.Count(out.String(), "\n") != 101 {
		t.Fatalf("after a warning: %d writes, %d lines; want 1 write of 101 lines", out.writes(), strings.Count(out.String(), "\n"))
	}
	log.Info("last")
	if err := lb.Close(); err != nil {
		t.Fatal(err)
	}
	log.Info("after close")
	if got := out.String(); !strings.Contains(got, `"msg":"last"`) || !strings.Contains(got, `"msg":"after close"`) {
		t.Errorf("lines lost at close:\n%s", got)
	}
}

func TestLineBufferWritesWithinItsPeriod(t *testing.T) {
	var out countingWriter
	lb := NewLineBuffer(&out, 10*time.Millisecond)
	defer lb.Close()
	_, _ = lb.Write([]byte("one\n"))
	_, _ = lb.Write([]byte("two\n"))
	deadline := time.Now().Add(5 * time.Second)
	for out.String() != "one\ntwo\n" {
		if time.Now().After(deadline) {
			t.Fatalf("buffered lines not written within 5s: %q", out.String())
		}
		time.Sleep(time.Millisecond)
	}
	if out.writes() != 1 {
		t.Errorf("%d writes, want 1", out.writes())
	}
}

func TestLineBufferWritesAtOnceWhenFull(t *testing.T) {
	var out countingWriter
	lb := NewLineBuffer(&out, time.Hour)
	line := []byte(strings.Repeat("x", 1023) + "\n")
	for range maxBuffered / len(line) {
		_, _ = lb.Write(line)
	}
	if out.writes() != 1 || len(out.String()) != maxBuffered {
		t.Errorf("%d writes of %d bytes, want 1 of %d", out.writes(), len(out.String()), maxBuffered)
	}
}
