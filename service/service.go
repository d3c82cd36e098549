// Package service wires certpath's HTTP service from a configuration: the
// advisor over the catalog, the session store (wrapped so reminders and
// study groups follow saved sessions), the HTTP server, the Slack and
// Discord adapters (with the timeline renderer that draws their
// pictures), and the weekly check-in scheduler. `certpath serve`
// runs it; the load benchmarks and fault tests build the very same thing.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord"
	"github.com/certpath/certpath/bot/slack"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/config"
	"github.com/certpath/certpath/groups"
	"github.com/certpath/certpath/schedule"
	"github.com/certpath/certpath/server"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/memory"
	"github.com/certpath/certpath/session/redis"
	"github.com/certpath/certpath/timeline"
)

// Deps are what the service takes from its caller rather than from the
// configuration.
type Deps struct {
	Log *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Store replaces the configured store (tests pass one they control).
	// The service owns it either way and closes it at shutdown.
	Store session.Store
	// HTTPClient calls Slack's and Discord's APIs; nil means each
	// adapter's own client.
	HTTPClient *http.Client
	// DiscordDeferAfter overrides discord.DefaultDeferAfter.
	DiscordDeferAfter time.Duration
	Version           string
}

// Service is a built certpath service; Run serves it.
type Service struct {
	Server        *server.Server
	Conversations *bot.Conversations
	Slack         *slack.Handler   // nil unless slack.signing_secret is set
	Discord       *discord.Handler // nil unless discord.public_key or bot_token is set
	Scheduler     *schedule.Scheduler
	// Transports names what is served, for the start-up log line.
	Transports []string

	cfg        config.Config
	log        *slog.Logger
	version    string
	background []namedRun
}

type namedRun struct {
	name string
	run  func(context.Context) error
}

// OpenStore opens the configured session store. The durable stores keep
// sessions through codec, the advisor that rebuilds their plans (see
// advisor.EncodeSession). An unreachable Redis fails within 10 s with a
// message naming Redis and the address.
func OpenStore(ctx context.Context, cfg config.Config, codec session.Codec) (session.Store, error) {
	switch cfg.Store {
	case config.StoreMemory:
		return memory.New(), nil
	case config.StoreBolt:
		return bolt.Open(filepath.Join(cfg.DataDir, "certpath.db"), bolt.Options{TTL: cfg.Session.TTL, Codec: codec})
	case config.StoreRedis:
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		return redis.Open(ctx, cfg.Redis.URL, redis.Options{TTL: cfg.Session.TTL, Codec: codec})
	}
	return nil, fmt.Errorf("service: store %q is not one of bolt, redis, memory", cfg.Store)
}

// TouchEvery is how long a session may go unsaved while its learner only
// takes turns that change nothing (bot.Conversations.TouchEvery): a day,
// or a tenth of a shorter session TTL, so a session never expires while
// its learner is still talking.
func TouchEvery(ttl time.Duration) time.Duration {
	if ttl > 0 && ttl/10 < bot.DefaultTouchEvery {
		return ttl / 10
	}
	return bot.DefaultTouchEvery
}

// Track wraps a store so the check-in index and the study group rosters
// follow every saved session.
func Track(st session.Store, log *slog.Logger) session.Store {
	return groups.Track(schedule.Track(st, log), log)
}

// Build wires the service. It opens the store (unless deps.Store is set)
// and closes it again if anything after that fails.
func Build(ctx context.Context, cfg config.Config, deps Deps) (svc *Service, err error) {
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	now := deps.Now
	if now == nil {
		now = time.Now
	}
	cat, err := catalog.Load(cfg.Catalog)
	if err != nil {
		return nil, err
	}
	adv := advisor.New(cat)
	base := deps.Store
	if base == nil {
		if base, err = OpenStore(ctx, cfg, adv); err != nil {
			return nil, err
		}
	}
	defer func() {
		if err != nil {
			base.Close()
		}
	}()
	st := Track(base, log)
	srv := server.New(server.Options{
		Addr: cfg.HTTP.Addr, ReadTimeout: cfg.HTTP.ReadTimeout, WriteTimeout: cfg.HTTP.WriteTimeout,
		IdleTimeout: cfg.HTTP.IdleTimeout, ShutdownTimeout: cfg.HTTP.ShutdownTimeout, MaxBodyBytes: cfg.HTTP.MaxBodyBytes,
		DrainPeriod: cfg.HTTP.DrainPeriod, Ready: st.Ping, ReadyInterval: cfg.HTTP.ReadyInterval, Log: log,
	})
	s := &Service{Server: srv, cfg: cfg, log: log, version: deps.Version}
	s.Conversations = &bot.Conversations{Advisor: adv, Store: st, Now: now, Log: log, Observer: srv.Metrics(),
		Enrich: groups.Enrich(st, log), StoreBudget: cfg.Session.StoreBudget, TouchEvery: TouchEvery(cfg.Session.TTL)}
	drawer, err := timeline.New()
	if err != nil {
		return nil, err
	}

	if cfg.Slack.SigningSecret != "" {
		h, err := slack.New(slack.Options{
			SigningSecret: cfg.Slack.SigningSecret, BotToken: cfg.Slack.BotToken,
			ClientID: cfg.Slack.ClientID, ClientSecret: cfg.Slack.ClientSecret, PublicURL: cfg.PublicURL,
			APIURL: cfg.Slack.APIURL, HTTPClient: deps.HTTPClient,
			Conversations: s.Conversations, Store: st, Log: log, Now: now, Drawer: drawer,
		})
		if err != nil {
			return nil, err
		}
		h.Register(srv.Mux())
		srv.OnShutdown(h.Wait)
		s.Slack = h
		s.Transports = append(s.Transports, "slack-http")
		if token := cfg.Slack.AppToken; token != "" {
			s.goBackground("slack-socket-mode", func(ctx context.Context) error { return h.RunSocketMode(ctx, token) })
		}
	}
	if cfg.Discord.PublicKey != "" || cfg.Discord.BotToken != "" {
		opts := DiscordOptions(cfg, s.Conversations, log, now, deps.HTTPClient, deps.DiscordDeferAfter)
		opts.Drawer = drawer
		h, err := discord.New(opts)
		if err != nil {
			return nil, err
		}
		if cfg.Discord.PublicKey != "" {
			h.Register(srv.Mux())
			s.Transports = append(s.Transports, "discord-http")
		}
		srv.OnShutdown(h.Wait)
		s.Discord = h
		if cfg.Discord.BotToken != "" {
			s.goBackground("discord-gateway", h.RunGateway)
		}
	}
	s.Scheduler = &schedule.Scheduler{Store: st, Advisor: adv, Send: s.send, CanSend: s.canSend, Now: now, Log: log}
	s.goBackground("check-in scheduler", s.Scheduler.Run)
	srv.OnShutdown(func(context.Context) error { return base.Close() })
	return s, nil
}

// DiscordOptions maps the configuration to the Discord adapter's options;
// `certpath discord register` uses it too.
func DiscordOptions(cfg config.Config, conv *bot.Conversations, log *slog.Logger, now func() time.Time, client *http.Client, deferAfter time.Duration) discord.Options {
	return discord.Options{
		PublicKey: cfg.Discord.PublicKey, BotToken: cfg.Discord.BotToken, AppID: cfg.Discord.AppID,
		APIURL: cfg.Discord.APIURL, ShardID: cfg.Discord.ShardID, ShardCount: cfg.Discord.ShardCount,
		HTTPClient: client, Conversations: conv, Log: log, Now: now, DeferAfter: deferAfter,
	}
}

// errNoTransport: a check-in is due for a platform this process does not
// serve (e.g. a console user's reminder, or Discord without a bot token).
var errNoTransport = errors.New("no transport can deliver to this platform")

// canSend reports whether this process can DM a learner on their
// platform: Slack needs the adapter (tokens come per workspace from
// installs or slack.bot_token), Discord a bot token.
func (s *Service) canSend(key advisor.Key) bool {
	switch key.Platform {
	case "slack":
		return s.Slack != nil
	case discord.Platform:
		return s.Discord != nil && s.cfg.Discord.BotToken != ""
	}
	return false
}

// send delivers a check-in through the learner's platform.
func (s *Service) send(ctx context.Context, key advisor.Key, r advisor.Reply) error {
	switch {
	case key.Platform == "slack" && s.Slack != nil:
		return s.Slack.Send(ctx, key, r)
	case key.Platform == discord.Platform && s.Discord != nil:
		return s.Discord.Send(ctx, key, r)
	}
	return fmt.Errorf("service: check-in for %s: %w", key.Platform, errNoTransport)
}

func (s *Service) goBackground(name string, run func(context.Context) error) {
	s.background = append(s.background, namedRun{name, run})
	s.Transports = append(s.Transports, name)
}

// Start runs the background parts (Socket Mode, the Discord gateway, the
// check-in scheduler) until ctx is done. A failing one is logged; it does
// not take the HTTP service down.
func (s *Service) Start(ctx context.Context) {
	for _, b := range s.background {
		go func() {
			if err := b.run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				s.log.Error("background transport stopped", "transport", b.name, "err", err)
			}
		}()
	}
}

// Run starts the background parts and serves HTTP on the configured
// address until ctx is done, then shuts down gracefully.
func (s *Service) Run(ctx context.Context) error {
	if !anyChat(s) {
		s.log.Warn("no chat platform configured: set CERTPATH_SLACK_SIGNING_SECRET or CERTPATH_DISCORD_PUBLIC_KEY; serving health and metrics only")
	}
	s.Start(ctx)
	if addr := s.cfg.HTTP.DebugAddr; addr != "" {
		go func() {
			if err := server.ServeDebug(ctx, addr, s.log); err != nil {
				s.log.Error("debug server stopped", "err", err)
			}
		}()
	}
	s.log.Info("certpath serving", "addr", s.cfg.HTTP.Addr, "store", s.cfg.Store, "transports", s.Transports, "version", s.version)
	return s.Server.ListenAndServe(ctx)
}

func anyChat(s *Service) bool { return s.Slack != nil || s.Discord != nil }
