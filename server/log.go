package server

import (
	"io"
	"log/slog"
	"strings"
)

// NewLogger builds the process logger. format "json" or "text" is used as
// given; "auto" (or anything else) means text on a terminal for people and
// JSON otherwise for log collectors. An unknown level means info, because
// config has already rejected bad levels and a logger must never fail.
// When w is a *LineBuffer, warnings and errors flush it at once.
func NewLogger(w io.Writer, level, format string, isTerminal bool) *slog.Logger {
	h := newHandler(w, level, format, isTerminal)
	if lb, ok := w.(*LineBuffer); ok {
		h = flushing{h, lb}
	}
	return slog.New(h)
}

func newHandler(w io.Writer, level, format string, isTerminal bool) slog.Handler {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(strings.TrimSpace(level))); err != nil {
		lvl = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch strings.ToLower(format) {
	case "json":
		return slog.NewJSONHandler(w, opts)
	case "text":
		return slog.NewTextHandler(w, opts)
	}
	if isTerminal {
		return slog.NewTextHandler(w, opts)
	}
	return slog.NewJSONHandler(w, opts)
}
