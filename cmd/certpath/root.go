package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/config"
	"github.com/certpath/certpath/server"
	"github.com/certpath/certpath/service"
	"github.com/certpath/certpath/session"
)

// env is what every command shares: the process's outside world and the
// lazily loaded configuration.
type env struct {
	getenv         func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
	configFile     string
	now            func() time.Time
	cfg            *config.Config
	log            *slog.Logger
	adv            *advisor.Advisor
	// logBuffer batches serve's log lines; nil on a terminal.
	logBuffer *server.LineBuffer
}

func newRoot(e *env) *cobra.Command {
	if e.now == nil {
		e.now = time.Now
	}
	root := &cobra.Command{
		Use:   "certpath",
		Short: "certpath suggests which ML certificates to take, in what order, at your pace and budget",
		Long: `certpath is a career-path advisor for ML certificates. It asks about your
background, goal, hours per week and budget, then suggests a sequenced path of
courses with hours, dates and cost, and answers common questions.

Start with:  certpath chat`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&e.configFile, "config", "", "config file (YAML, JSON or TOML); every key can also be set as CERTPATH_<KEY>")
	root.AddCommand(
		newChatCmd(e), newAskCmd(e), newPlanCmd(e), newCatalogCmd(e),
		newConfigCmd(e), newForgetCmd(e), newExportCmd(e), newVersionCmd(e),
		newServeCmd(e), newHealthCmd(e), newSlackCmd(e), newDiscordCmd(e),
	)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%s: %v (see certpath %s --help)", c.Name(), err, c.Name())
	})
	return root
}

// config loads the configuration once.
func (e *env) config() (config.Config, error) {
	if e.cfg != nil {
		return *e.cfg, nil
	}
	cfg, err := config.Load(e.configFile, e.getenv)
	if err != nil {
		return config.Config{}, &exitError{code: 2, err: err}
	}
	e.cfg = &cfg
	return cfg, nil
}

// advisor loads the configured catalog and builds the advisor, once.
func (e *env) advisor() (*advisor.Advisor, error) {
	if e.adv != nil {
		return e.adv, nil
	}
	cfg, err := e.config()
	if err != nil {
		return nil, err
	}
	cat, err := catalog.Load(cfg.Catalog)
	if err != nil {
		return nil, err
	}
	e.adv = advisor.New(cat)
	return e.adv, nil
}

// store opens the configured session store, tracked like serve's so that
// forget also clears the check-in index and study group rosters.
func (e *env) store(ctx context.Context) (session.Store, error) {
	cfg, err := e.config()
	if err != nil {
		return nil, err
	}
	adv, err := e.advisor()
	if err != nil {
		return nil, err
	}
	st, err := service.OpenStore(ctx, cfg, adv)
	if err != nil {
		return nil, err
	}
	return service.Track(st, slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))), nil
}

// conversations wires the advisor to a store.
func (e *env) conversations(ctx context.Context) (*bot.Conversations, session.Store, error) {
	adv, err := e.advisor()
	if err != nil {
		return nil, nil, err
	}
	st, err := e.store(ctx)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := e.config()
	if err != nil {
		return nil, nil, err
	}
	return &bot.Conversations{Advisor: adv, Store: st, Now: e.now, StoreBudget: cfg.Session.StoreBudget,
		TouchEvery: service.TouchEvery(cfg.Session.TTL)}, st, nil
}

// defaultUser names the console user when --user is not given.
func (e *env) defaultUser() string {
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := e.getenv(k); v != "" {
			return v
		}
	}
	if h, err := os.Hostname(); err == nil {
		return h
	}
	return "me"
}
