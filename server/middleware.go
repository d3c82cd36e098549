package server

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"
)

// RequestIDHeader carries the request id in and out.
const RequestIDHeader = "X-Request-Id"

// maxRequestIDLen bounds an incoming id so a client cannot blow up log lines.
const maxRequestIDLen = 128

type ctxKey int

const requestIDKey ctxKey = iota

// RequestID returns the id the middleware gave this request, for adapters
// that log work they do on its behalf; "" outside a request.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// WithRequestID returns ctx carrying id; adapters use it to keep the id on
// background work (e.g. a Slack reply sent after the 3 s acknowledgement).
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

// validRequestID accepts what proxies usually send (UUIDs, hex, base32) and
// rejects anything that could forge log fields or headers.
func validRequestID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '='
		if !ok {
			return false
		}
	}
	return true
}

// quietRoute reports routes that orchestrators and Prometheus poll every few
// seconds; their successful requests are logged at debug so they do not
// drown the info log.
func quietRoute(route string) bool {
	switch route {
	case "GET /healthz", "GET /readyz", "GET /metrics":
		return true
	}
	return false
}

// unmatchedRoute labels requests no pattern matched (404/405), so scanners
// hitting random paths cannot create unbounded metric series.
const unmatchedRoute = "unmatched"

// middleware wraps next in everything every route shares. It is one function
// rather than a chain because the route pattern is known only after the mux
// has run on the very *http.Request we logged and measured.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get(RequestIDHeader)
		if !validRequestID(id) {
			id = rand.Text()
		}
		w.Header().Set(RequestIDHeader, id)
		if s.draining.Load() {
			// Answer, then close: see Server.drain.
			w.Header().Set("Connection", "close")
		}
		r = r.WithContext(WithRequestID(r.Context(), id))
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
		}
		rw := &responseWriter{ResponseWriter: w}

		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					// The handler asked to abort the connection; honour it.
					s.finish(rw, r, id, start)
					panic(p)
				}
				s.log.Error("http handler panicked",
					"request_id", id, "route", route(r),
					"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if !rw.wroteHeader {
					rw.Header().Set("Content-Type", "text/plain; charset=utf-8")
					rw.WriteHeader(http.StatusInternalServerError)
					_, _ = io.WriteString(rw, "internal error, request id "+id+"\n")
				} else {
					// Headers are gone; record the failure we could not report.
					rw.status = http.StatusInternalServerError
				}
			}
			s.finish(rw, r, id, start)
		}()
		next.ServeHTTP(rw, r)
	})
}

// finish logs and measures one request. Never the body or headers: they
// carry signatures, tokens and what users typed.
func (s *Server) finish(rw *responseWriter, r *http.Request, id string, start time.Time) {
	took := time.Since(start)
	status := rw.statusCode()
	rt := route(r)
	s.metrics.observeRequest(rt, status, took)

	level := slog.LevelInfo
	switch {
	case status >= 500:
		level = slog.LevelError
	case quietRoute(rt) && status < 400:
		level = slog.LevelDebug
	}
	s.log.LogAttrs(r.Context(), level, "http request",
		slog.String("method", r.Method),
		slog.String("route", rt),
		slog.String("path", r.URL.Path),
		slog.Int("status", status),
		slog.Duration("duration", took),
		slog.Int64("bytes", rw.bytes),
		slog.String("request_id", id),
	)
}

func route(r *http.Request) string {
	if r.Pattern == "" {
		return unmatchedRoute
	}
	return r.Pattern
}

// responseWriter records the status and size for the log line and metrics.
type responseWriter struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (w *responseWriter) WriteHeader(code int) {
	if !w.wroteHeader && code >= 200 {
		// 1xx informational headers may precede the real status.
		w.status = code
		w.wroteHeader = true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *responseWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.status = http.StatusOK
		w.wroteHeader = true
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Flush lets handlers stream through the wrapper with a type assertion.
func (w *responseWriter) Flush() {
	if !w.wroteHeader {
		w.status = http.StatusOK
		w.wroteHeader = true
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController access to the real writer.
func (w *responseWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *responseWriter) statusCode() int {
	if w.status == 0 {
		// A handler that writes nothing sends 200.
		return http.StatusOK
	}
	return w.status
}

// ReadBody reads the whole (size-limited) request body. On failure it has
// already answered: 413 when the body exceeds the server's limit, 400 when
// reading failed otherwise; the caller just returns.
func ReadBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	b, err := io.ReadAll(r.Body)
	if err == nil {
		return b, true
	}
	if tooBig, ok := errors.AsType[*http.MaxBytesError](err); ok {
		http.Error(w, "request body larger than "+strconv.FormatInt(tooBig.Limit, 10)+" bytes", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	http.Error(w, "could not read request body", http.StatusBadRequest)
	return nil, false
}
