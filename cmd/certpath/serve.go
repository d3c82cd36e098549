package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord"
	"github.com/certpath/certpath/bot/slack"
	"github.com/certpath/certpath/config"
	"github.com/certpath/certpath/server"
)

func newServeCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Run the HTTP service for Slack and Discord (health, readiness and metrics included)",
		Long: `Run the HTTP service. Slack is served when slack.signing_secret is set
(Socket Mode too when slack.app_token is set); Discord HTTP interactions when
discord.public_key is set (the gateway too when discord.bot_token is set).
SIGINT/SIGTERM stop it gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return e.serve(cmd.Context()) },
	}
}

func (e *env) serve(ctx context.Context) error {
	srv, err := e.service(ctx)
	if err != nil {
		return err
	}
	if err := srv.ListenAndServe(ctx); err != nil {
		return err
	}
	e.log.Info("certpath stopped")
	return nil
}

// service builds everything serve runs: configuration, catalog, store,
// HTTP server and the configured chat transports. Background transports
// start here and stop with ctx.
func (e *env) service(ctx context.Context) (*server.Server, error) {
	cfg, err := e.config()
	if err != nil {
		return nil, err
	}
	log := server.NewLogger(e.stderr, cfg.Log.Level, cfg.Log.Format, isTerminal(e.stderr))
	e.log = log
	adv, err := e.advisor()
	if err != nil {
		return nil, err
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	srv := server.New(server.Options{
		Addr: cfg.HTTP.Addr, ReadTimeout: cfg.HTTP.ReadTimeout, WriteTimeout: cfg.HTTP.WriteTimeout,
		IdleTimeout: cfg.HTTP.IdleTimeout, ShutdownTimeout: cfg.HTTP.ShutdownTimeout, MaxBodyBytes: cfg.HTTP.MaxBodyBytes,
		Ready: st.Ping, Log: log,
	})
	conv := &bot.Conversations{Advisor: adv, Store: st, Now: e.now, Log: log, Observer: srv.Metrics()}

	// Background transports (Socket Mode, the gateway) stop with ctx; their
	// failure is logged and does not take the HTTP service down.
	background := func(name string, run func(context.Context) error) {
		go func() {
			if err := run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("transport stopped", "transport", name, "err", err)
			}
		}()
	}
	var transports []string
	if cfg.Slack.SigningSecret != "" {
		h, err := slack.New(slack.Options{
			SigningSecret: cfg.Slack.SigningSecret, BotToken: cfg.Slack.BotToken,
			ClientID: cfg.Slack.ClientID, ClientSecret: cfg.Slack.ClientSecret, PublicURL: cfg.PublicURL,
			APIURL: cfg.Slack.APIURL, Conversations: conv, Store: st, Log: log, Now: e.now,
		})
		if err != nil {
			st.Close()
			return nil, err
		}
		h.Register(srv.Mux())
		srv.OnShutdown(h.Wait)
		transports = append(transports, "slack-http")
		if cfg.Slack.AppToken != "" {
			background("slack-socket-mode", func(ctx context.Context) error { return h.RunSocketMode(ctx, cfg.Slack.AppToken) })
			transports = append(transports, "slack-socket-mode")
		}
	}
	if cfg.Discord.PublicKey != "" || cfg.Discord.BotToken != "" {
		h, err := discord.New(discordOptions(cfg, conv, log, e))
		if err != nil {
			st.Close()
			return nil, err
		}
		if cfg.Discord.PublicKey != "" {
			h.Register(srv.Mux())
			transports = append(transports, "discord-http")
		}
		srv.OnShutdown(h.Wait)
		if cfg.Discord.BotToken != "" {
			background("discord-gateway", h.RunGateway)
			transports = append(transports, "discord-gateway")
		}
	}
	srv.OnShutdown(func(context.Context) error { return st.Close() })
	if len(transports) == 0 {
		log.Warn("no chat platform configured: set CERTPATH_SLACK_SIGNING_SECRET or CERTPATH_DISCORD_PUBLIC_KEY; serving health and metrics only")
	}
	log.Info("certpath serving", "addr", cfg.HTTP.Addr, "store", cfg.Store, "transports", transports, "version", version)
	return srv, nil
}

func discordOptions(cfg config.Config, conv *bot.Conversations, log *slog.Logger, e *env) discord.Options {
	return discord.Options{
		PublicKey: cfg.Discord.PublicKey, BotToken: cfg.Discord.BotToken, AppID: cfg.Discord.AppID,
		APIURL: cfg.Discord.APIURL, ShardID: cfg.Discord.ShardID, ShardCount: cfg.Discord.ShardCount,
		Conversations: conv, Log: log, Now: e.now,
	}
}

func newSlackCmd(e *env) *cobra.Command {
	c := &cobra.Command{Use: "slack", Short: "Slack app tools"}
	var url string
	manifest := &cobra.Command{
		Use:   "manifest --url https://HOST",
		Short: "Print a ready Slack app manifest for this deployment",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" {
				return usageError("slack manifest: --url is required, e.g. --url https://certpath.example.com")
			}
			m, err := slack.Manifest(url)
			if err != nil {
				return usageError("slack manifest: %v", err)
			}
			_, err = fmt.Fprintln(e.stdout, string(m))
			return err
		},
	}
	manifest.Flags().StringVar(&url, "url", "", "public https URL where Slack reaches certpath")
	c.AddCommand(manifest)
	return c
}

func newDiscordCmd(e *env) *cobra.Command {
	c := &cobra.Command{Use: "discord", Short: "Discord application tools"}
	var guild string
	register := &cobra.Command{
		Use:   "register [--guild ID]",
		Short: "Create or update the /certpath command (globally, or in one guild for fast iteration)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := e.config()
			if err != nil {
				return err
			}
			log := server.NewLogger(e.stderr, cfg.Log.Level, cfg.Log.Format, isTerminal(e.stderr))
			return discord.RegisterCommands(cmd.Context(), discordOptions(cfg, nil, log, e), guild, e.stdout)
		},
	}
	register.Flags().StringVar(&guild, "guild", "", "guild id; empty registers the command globally")
	c.AddCommand(register)
	return c
}
