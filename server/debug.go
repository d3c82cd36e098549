package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"
)

// DebugHandler serves the runtime's profiles under /debug/pprof/: CPU
// (/debug/pprof/profile?seconds=N), heap, goroutines, mutex and block
// profiles, and execution traces (/debug/pprof/trace?seconds=N), so the
// running `certpath serve` can be profiled under real load.
func DebugHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	return mux
}

// ServeDebug serves DebugHandler on addr until ctx is done. It is a
// listener of its own, apart from the chat routes: no middleware, no
// request log, and nothing a platform can reach when addr is loopback.
func ServeDebug(ctx context.Context, addr string, log *slog.Logger) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("server: debug listen %s: %w", addr, err)
	}
	// No WriteTimeout: a CPU profile or a trace streams for as long as
	// it was asked to.
	srv := &http.Server{Handler: DebugHandler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	log.Info("debug server listening", "addr", ln.Addr().String())
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: debug serve %s: %w", addr, err)
	}
	return nil
}
