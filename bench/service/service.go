// Package service builds certpath's HTTP service in-process exactly as
// `certpath serve` wires it (cmd/certpath/serve.go): server.New, the Slack
// and Discord handlers on its mux, bot.Conversations over a session store,
// and the same shutdown hooks. Package main cannot be imported, so the load
// generator's tests, the fault-injection tests and the profiling benchmark
// build the service through this package instead of copying the wiring.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord"
	"github.com/certpath/certpath/bot/slack"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/server"
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
	MaxBodyBytes     int64
	Log              *slog.Logger
	Now              func() time.Time
}

// Service is a built certpath HTTP service.
type Service struct {
	Server  *server.Server
	Slack   *slack.Handler
	Discord *discord.Handler
	Conv    *bot.Conversations
}

// New wires the service the way serve.go does, without listening.
func New(opts Options) (*Service, error) {
	if opts.Store == nil {
		return nil, errors.New("service: new: a store is required")
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cat, err := catalog.Default()
	if err != nil {
		return nil, fmt.Errorf("service: catalog: %w", err)
	}
	st := opts.Store
	srv := server.New(server.Options{
		Addr: "127.0.0.1:0", ShutdownTimeout: opts.ShutdownTimeout, MaxBodyBytes: opts.MaxBodyBytes,
		Ready: st.Ping, Log: log,
	})
	s := &Service{Server: srv}
	s.Conv = &bot.Conversations{Advisor: advisor.New(cat), Store: st, Now: opts.Now, Log: log, Observer: srv.Metrics()}
	if opts.SlackSecret != "" {
		h, err := slack.New(slack.Options{
			SigningSecret: opts.SlackSecret, BotToken: opts.SlackBotToken, APIURL: opts.SlackAPIURL,
			HTTPClient: opts.HTTPClient, Conversations: s.Conv, Store: st, Log: log, Now: opts.Now,
		})
		if err != nil {
			return nil, err
		}
		h.Register(srv.Mux())
		srv.OnShutdown(h.Wait)
		s.Slack = h
	}
	if opts.DiscordPublicKey != "" {
		h, err := discord.New(discord.Options{
			PublicKey: opts.DiscordPublicKey, AppID: opts.DiscordAppID, APIURL: opts.DiscordAPIURL,
			HTTPClient: opts.HTTPClient, DeferAfter: opts.DiscordDefer,
			Conversations: s.Conv, Log: log, Now: opts.Now,
		})
		if err != nil {
			return nil, err
		}
		h.Register(srv.Mux())
		srv.OnShutdown(h.Wait)
		s.Discord = h
	}
	srv.OnShutdown(func(context.Context) error { return st.Close() })
	return s, nil
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
