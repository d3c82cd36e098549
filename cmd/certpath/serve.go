package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/bot/discord"
	"github.com/certpath/certpath/bot/slack"
	"github.com/certpath/certpath/internal/gcfloor"
	"github.com/certpath/certpath/server"
	"github.com/certpath/certpath/service"
)

func newServeCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Run the HTTP service for Slack and Discord (health, readiness and metrics included)",
		Long: `Run the HTTP service. Slack is served when slack.signing_secret is set
(Socket Mode too when slack.app_token is set); Discord HTTP interactions when
discord.public_key is set (the gateway too when discord.bot_token is set).
Weekly check-ins are sent from here. SIGINT/SIGTERM stop it gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return e.serve(cmd.Context()) },
	}
}

func (e *env) serve(ctx context.Context) error {
	// With the default GOGC a busy serve collected dozens of times a
	// second for a live heap of a few megabytes.
	defer gcfloor.Keep(gcfloor.ServeFloor)()
	svc, err := e.service(ctx)
	if e.logBuffer != nil {
		// Whatever is still buffered goes out however serve ends.
		defer e.logBuffer.Close()
	}
	if err != nil {
		return err
	}
	if err := svc.Run(ctx); err != nil {
		return err
	}
	e.log.Info("certpath stopped")
	return nil
}

// service builds what serve runs from the configuration.
func (e *env) service(ctx context.Context) (*service.Service, error) {
	cfg, err := e.config()
	if err != nil {
		return nil, err
	}
	// Batched for log collectors, as written for someone watching a
	// terminal.
	out := e.stderr
	if !isTerminal(e.stderr) {
		e.logBuffer = server.NewLineBuffer(e.stderr, server.LogFlushEvery)
		out = e.logBuffer
	}
	e.log = server.NewLogger(out, cfg.Log.Level, cfg.Log.Format, isTerminal(e.stderr))
	return service.Build(ctx, cfg, service.Deps{Log: e.log, Now: e.now, Version: version})
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
			return discord.RegisterCommands(cmd.Context(), service.DiscordOptions(cfg, nil, log, e.now, nil, 0), guild, e.stdout)
		},
	}
	register.Flags().StringVar(&guild, "guild", "", "guild id; empty registers the command globally")
	c.AddCommand(register)
	return c
}
