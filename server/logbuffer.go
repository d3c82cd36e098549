package server

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// LogFlushEvery is how long a log line may wait in a LineBuffer.
const LogFlushEvery = 100 * time.Millisecond

// maxBuffered is how much a LineBuffer holds before it writes at once.
const maxBuffered = 64 << 10

// LineBuffer batches log lines into few writes. Under load the one line
// per request otherwise costs one write(2) each, made while slog's handler
// holds its lock, so every request queues behind every other's syscall
// (docs/PERFORMANCE.md measures it). Lines are written at most
// LogFlushEvery after they were logged, at once when 64 KiB are waiting,
// and by Flush and Close; NewLogger flushes after every warning or error,
// so what an operator is alerted about is never held back.
type LineBuffer struct {
	w     io.Writer
	every time.Duration

	mu     sync.Mutex
	buf    []byte
	timer  *time.Timer
	closed bool
}

// NewLineBuffer buffers writes to w for at most every.
func NewLineBuffer(w io.Writer, every time.Duration) *LineBuffer {
	return &LineBuffer{w: w, every: every}
}

// Write buffers p, which slog passes as one whole line.
func (b *LineBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return b.w.Write(p)
	}
	b.buf = append(b.buf, p...)
	switch {
	case len(b.buf) >= maxBuffered:
		if err := b.flushLocked(); err != nil {
			return 0, err
		}
	case b.timer == nil:
		b.timer = time.AfterFunc(b.every, func() { _ = b.Flush() })
	}
	return len(p), nil
}

// Flush writes what is buffered.
func (b *LineBuffer) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.flushLocked()
}

func (b *LineBuffer) flushLocked() error {
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	if len(b.buf) == 0 {
		return nil
	}
	_, err := b.w.Write(b.buf)
	// A failed write is not retried: the next lines must not wait behind
	// a stuck stderr, and there is nowhere else to report it.
	b.buf = b.buf[:0]
	return err
}

// Close flushes; later writes go straight to the underlying writer, so
// whatever is logged during the last moments of shutdown is not lost.
func (b *LineBuffer) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	return b.flushLocked()
}

// flushing is a slog.Handler that flushes its LineBuffer after every
// record at warning level or above.
type flushing struct {
	slog.Handler
	buf *LineBuffer
}

func (h flushing) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Level >= slog.LevelWarn {
		_ = h.buf.Flush()
	}
	return err
}

func (h flushing) WithAttrs(attrs []slog.Attr) slog.Handler {
	return flushing{h.Handler.WithAttrs(attrs), h.buf}
}

func (h flushing) WithGroup(name string) slog.Handler {
	return flushing{h.Handler.WithGroup(name), h.buf}
}
