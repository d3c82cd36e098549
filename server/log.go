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
func NewLogger(w io.Writer, level, format string, isTerminal bool) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(strings.TrimSpace(level))); err != nil {
		lvl = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch strings.ToLower(format) {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts))
	case "text":
		return slog.New(slog.NewTextHandler(w, opts))
	}
	if isTerminal {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
