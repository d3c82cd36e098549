// Package server is the HTTP service that `certpath serve` runs: one
// net/http server with health, readiness and Prometheus metrics routes, the
// middleware every route shares (request id, body limit, panic recovery, one
// log line per request) and graceful shutdown. Platform adapters register
// their own routes on Mux; the server knows nothing about Slack or Discord.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Defaults used when an Options field is zero. They match config's defaults,
// so a Server built in a test behaves like the deployed one.
const (
	DefaultAddr            = ":8080"
	DefaultReadTimeout     = 10 * time.Second
	DefaultWriteTimeout    = 30 * time.Second
	DefaultIdleTimeout     = 120 * time.Second
	DefaultShutdownTimeout = 8 * time.Second
	DefaultMaxBodyBytes    = 1 << 20
	// DefaultDrainPeriod is config's http.drain_period. Options.DrainPeriod
	// does not default to it: zero there means no drain, which is what
	// tests and benchmarks that stop a server want.
	DefaultDrainPeriod = 5 * time.Second
)

// readyCheckTimeout bounds one readiness check, so a hung dependency makes
// the check fail instead of piling up goroutines behind it.
const readyCheckTimeout = 2 * time.Second

// Options configure a Server. Zero values take the Default* constants.
type Options struct {
	Addr         string
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
	// ShutdownTimeout bounds the whole shutdown, from the signal to the
	// return of Serve: the drain, in-flight requests and the hooks.
	ShutdownTimeout time.Duration
	MaxBodyBytes    int64
	// DrainPeriod is how long Serve keeps serving after ctx is done while
	// /readyz answers 503, so load balancers stop sending new requests
	// before the listener closes. Zero: no drain. It should be well below
	// ShutdownTimeout, which it counts against.
	DrainPeriod time.Duration

	// Ready reports whether the process can serve turns, e.g. the session
	// store's Ping (a write and a read). nil means always ready. Serve
	// runs it every ReadyInterval and /readyz answers with the last
	// result: 503 when it failed; the error is logged, never shown in the
	// response.
	Ready func(ctx context.Context) error
	// ReadyInterval is how often Ready runs; zero means
	// DefaultReadyInterval.
	ReadyInterval time.Duration

	// Log receives one line per request and the shutdown story; nil discards.
	Log *slog.Logger

	// Registry collects the server's metrics and is what /metrics serves.
	// nil means a new registry that also carries the Go and process
	// collectors. Metrics are registered with MustRegister, so a registry
	// can back only one Server.
	Registry *prometheus.Registry
}

// Server is the HTTP service. Build it with New, let adapters register
// routes on Mux, then call Serve.
type Server struct {
	opts     Options
	log      *slog.Logger
	mux      *http.ServeMux
	metrics  *Metrics
	handler  http.Handler
	draining atomic.Bool
	ready    *readiness

	mu    sync.Mutex
	hooks []func(ctx context.Context) error
}

// New builds a Server with /healthz, /readyz and /metrics registered.
func New(opts Options) *Server {
	if opts.Addr == "" {
		opts.Addr = DefaultAddr
	}
	if opts.ReadTimeout <= 0 {
		opts.ReadTimeout = DefaultReadTimeout
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = DefaultWriteTimeout
	}
	if opts.IdleTimeout <= 0 {
		opts.IdleTimeout = DefaultIdleTimeout
	}
	if opts.ShutdownTimeout <= 0 {
		opts.ShutdownTimeout = DefaultShutdownTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.ReadyInterval <= 0 {
		opts.ReadyInterval = DefaultReadyInterval
	}
	if opts.DrainPeriod < 0 {
		opts.DrainPeriod = 0
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Registry == nil {
		opts.Registry = prometheus.NewRegistry()
		opts.Registry.MustRegister(
			collectors.NewGoCollector(),
			collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		)
	}

	s := &Server{
		opts:    opts,
		log:     opts.Log,
		mux:     http.NewServeMux(),
		metrics: newMetrics(opts.Registry),
	}
	s.ready = &readiness{check: opts.Ready, interval: opts.ReadyInterval, log: opts.Log, metrics: s.metrics, draining: &s.draining}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(opts.Registry, promhttp.HandlerOpts{
		ErrorLog:      slog.NewLogLogger(opts.Log.Handler(), slog.LevelError),
		ErrorHandling: promhttp.ContinueOnError,
	}))
	s.handler = s.middleware(s.mux)
	return s
}

// Mux is where adapters register their routes, with Go 1.22 patterns such
// as "POST /slack/commands" so a wrong method gets 405.
func (s *Server) Mux() *http.ServeMux { return s.mux }

// Metrics is the server's metrics; it implements bot.Observer.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Handler is the mux wrapped in the middleware, for httptest and benchmarks.
func (s *Server) Handler() http.Handler { return s.handler }

// OnShutdown adds a hook run after the HTTP server has stopped, in the order
// added, e.g. waiting for adapters' background replies, then closing the
// store. Hooks share what is left of the shutdown timeout.
func (s *Server) OnShutdown(f func(ctx context.Context) error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hooks = append(s.hooks, f)
}

// ListenAndServe listens on Options.Addr and calls Serve.
func (s *Server) ListenAndServe(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("server: listen %s: %w", s.opts.Addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves HTTP on ln until ctx is done, then shuts down gracefully:
// report not ready while still serving for DrainPeriod, stop accepting,
// let in-flight requests finish, run the OnShutdown hooks, all within
// ShutdownTimeout. It returns nil after a clean shutdown, and an error if
// serving failed or the shutdown ran out of time.
//
// Readiness is decided once before the first request is accepted, then
// every ReadyInterval in the background.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadTimeout:       s.opts.ReadTimeout,
		ReadHeaderTimeout: s.opts.ReadTimeout,
		WriteTimeout:      s.opts.WriteTimeout,
		IdleTimeout:       s.opts.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		// Request contexts deliberately do not derive from ctx: cancelling
		// ctx means "shut down", and in-flight requests must still finish.
	}
	addr := ln.Addr().String()

	s.ready.decide(ctx)
	readyCtx, stopReady := context.WithCancel(context.WithoutCancel(ctx))
	readyDone := make(chan struct{})
	s.ready.running.Store(true)
	go func() {
		defer close(readyDone)
		s.ready.run(readyCtx)
	}()
	defer func() {
		stopReady()
		<-readyDone
	}()

	s.log.Info("http server listening", "addr", addr)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	var serveErr error
	select {
	case err := <-served:
		// Serve only returns early on a listener failure.
		serveErr = fmt.Errorf("server: serve %s: %w", addr, err)
	case <-ctx.Done():
	}

	// /readyz answers 503 from here on, so a load balancer that still
	// probes us stops sending new work while we drain.
	s.draining.Store(true)
	s.metrics.setReady(false)
	// Checking stops: the answer is "shutting down" from now on, and the
	// store is about to be closed. A check under way sees its context end.
	stopReady()
	start := time.Now()
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.ShutdownTimeout)
	defer cancel()

	var errs []error
	if serveErr != nil {
		errs = append(errs, serveErr)
	} else {
		s.drain(sctx)
		s.log.Info("http server shutting down", "timeout", s.opts.ShutdownTimeout-time.Since(start))
		if err := srv.Shutdown(sctx); err != nil {
			// Out of time: cut the remaining connections rather than hang.
			_ = srv.Close()
			errs = append(errs, fmt.Errorf("server: shutdown %s: %w", addr, err))
		}
		<-served
	}

	s.mu.Lock()
	hooks := append([]func(context.Context) error(nil), s.hooks...)
	s.mu.Unlock()
	for i, h := range hooks {
		if err := h(sctx); err != nil {
			errs = append(errs, fmt.Errorf("server: shutdown hook %d: %w", i+1, err))
		}
	}

	err := errors.Join(errs...)
	if err != nil {
		s.log.Error("http server stopped with errors", "took", time.Since(start), "err", err)
		return err
	}
	s.log.Info("http server stopped", "took", time.Since(start))
	return nil
}

// drain keeps serving for DrainPeriod while /readyz answers 503. Every
// response in that time says "Connection: close" (see middleware), so
// clients open a fresh connection for their next request instead of
// reusing one that Shutdown may close under them, and by the end of the
// drain no idle keep-alive connection is left to be cut mid-request.
func (s *Server) drain(ctx context.Context) {
	if s.opts.DrainPeriod <= 0 {
		return
	}
	s.log.Info("http server draining: not ready, still serving", "drain_period", s.opts.DrainPeriod)
	t := time.NewTimer(s.opts.DrainPeriod)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if reason := s.ready.current(r.Context()); reason != "" {
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte("not ready: " + reason + "\n"))
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}
