// Package service starts certpath's HTTP service in-process on a loopback
// port, built by the same service.Build that `certpath serve` runs, for the
// load generator's tests, the fault-injection tests and the profiling
// benchmarks. Options name the few settings those tests vary.
package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/config"
	"github.com/certpath/certpath/server"
	"github.com/certpath/certpath/service"
	"github.com/certpath/certpath/session"
)

// Options configure a Service. Store is required; Slack is served when
// SlackSecret is set, Discord HTTP interactions when DiscordPublicKey is.
type Options struct {
	Store            session.Store
	SlackSecret      string
	SlackBotToken    string
	SlackAPIURL      string // fake Slack Web API base, ending in "/"
	DiscordPublicKey string // hex
	DiscordAppID     string
	DiscordAPIURL    string // fake Discord scheme://host
	DiscordDefer     time.Duration
	HTTPClient       *http.Client // for the platforms' APIs
	ShutdownTimeout  time.Duration
	// DrainPeriod is the drain after Stop; zero stops at once.
	DrainPeriod time.Duration
	// ReadyInterval is how often readiness is decided; zero means
	// server.DefaultReadyInterval.
	ReadyInterval time.Duration
	// StoreBudget is the store's share of a turn; zero means
	// bot.DefaultStoreBudget, as deployed.
	StoreBudget  time.Duration
	MaxBodyBytes int64
	Log          *slog.Logger
	Now          func() time.Time
}

// Codec is the codec `certpath serve` opens its durable stores with: the
// advisor over the embedded catalog.
func Codec() session.Codec {
	cat, err := catalog.Default()
	if err != nil {
		panic("service: the embedded catalog: " + err.Error())
	}
	return advisor.New(cat)
}

// InfoLog is the logger `certpath serve` runs with (JSON at info, lines
// batched) writing to nowhere: benchmarks pay for every line but the
// write.
func InfoLog() *slog.Logger {
	return server.NewLogger(server.NewLineBuffer(io.Discard, server.LogFlushEvery), "info", "json", false)
}

// Service is a built certpath HTTP service.
type Service = service.Service

// New builds the service as `certpath serve` does, without listening.
func New(opts Options) (*Service, error) {
	if opts.Store == nil {
		return nil, errors.New("service: new: a store is required")
	}
	var cfg config.Config
	cfg.Store = "test"
	cfg.HTTP.Addr = "127.0.0.1:0"
	cfg.HTTP.ShutdownTimeout = opts.ShutdownTimeout
	cfg.HTTP.DrainPeriod = opts.DrainPeriod
	cfg.HTTP.ReadyInterval = opts.ReadyInterval
	cfg.HTTP.MaxBodyBytes = opts.MaxBodyBytes
	cfg.Session.StoreBudget = opts.StoreBudget
	cfg.Slack.SigningSecret = opts.SlackSecret
	cfg.Slack.BotToken = opts.SlackBotToken
	cfg.Slack.APIURL = opts.SlackAPIURL
	cfg.Discord.PublicKey = opts.DiscordPublicKey
	cfg.Discord.AppID = opts.DiscordAppID
	cfg.Discord.APIURL = opts.DiscordAPIURL
	return service.Build(context.Background(), cfg, service.Deps{
		Log: opts.Log, Now: opts.Now, Store: opts.Store, HTTPClient: opts.HTTPClient, DiscordDeferAfter: opts.DiscordDefer,
	})
}

// Running is a Service serving on a loopback port.
type Running struct {
	*Service
	// URL is the base, e.g. http://127.0.0.1:41234.
	URL  string
	stop context.CancelFunc
	done chan error

	once    sync.Once
	stopErr error
}

// Start builds the service and serves it on a free loopback port until
// Stop. Stop is what SIGTERM does to `certpath serve`: cancel the serve
// context and wait for the graceful shutdown.
func Start(opts Options) (*Running, error) {
	s, err := New(opts)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("service: listen: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &Running{Service: s, URL: "http://" + ln.Addr().String(), stop: cancel, done: make(chan error, 1)}
	s.Start(ctx)
	go func() { r.done <- s.Server.Serve(ctx, ln) }()
	return r, nil
}

// Stop cancels the serve context and returns Serve's error, or an error if
// the shutdown did not finish within limit. Later calls return the first
// call's result.
func (r *Running) Stop(limit time.Duration) error {
	r.once.Do(func() {
		r.stop()
		select {
		case r.stopErr = <-r.done:
		case <-time.After(limit):
			r.stopErr = fmt.Errorf("service: did not stop within %s", limit)
		}
	})
	return r.stopErr
}
