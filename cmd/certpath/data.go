package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// userFlags are the flags naming one user on one platform.
type userFlags struct{ key advisor.Key }

func (u *userFlags) add(c *cobra.Command) {
	c.Flags().StringVar(&u.key.Platform, "platform", "", "console, slack or discord")
	c.Flags().StringVar(&u.key.Workspace, "workspace", "", "Slack team id (enterprise:team), Discord guild id or \"dm\"; empty for the console")
	c.Flags().StringVar(&u.key.User, "user", "", "the user's id on that platform")
}

func (u *userFlags) check(cmd string) error {
	switch u.key.Platform {
	case "console", "slack", "discord":
	default:
		return usageError("%s: --platform %q is not one of console, slack, discord", cmd, u.key.Platform)
	}
	if u.key.User == "" {
		return usageError("%s: --user is required", cmd)
	}
	return nil
}

func newForgetCmd(e *env) *cobra.Command {
	var u userFlags
	c := &cobra.Command{
		Use:   "forget --platform P [--workspace W] --user U",
		Short: "Delete everything stored about one user",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := u.check("forget"); err != nil {
				return err
			}
			st, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.Delete(cmd.Context(), u.key); err != nil {
				return fmt.Errorf("forget %s: %w", u.key, err)
			}
			fmt.Fprintf(e.stdout, "Forgot %s.\n", u.key)
			return nil
		},
	}
	u.add(c)
	return c
}

func newExportCmd(e *env) *cobra.Command {
	var u userFlags
	c := &cobra.Command{
		Use:   "export --platform P [--workspace W] --user U",
		Short: "Print everything stored about one user as JSON",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := u.check("export"); err != nil {
				return err
			}
			st, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Load(cmd.Context(), u.key)
			if errors.Is(err, session.ErrNotFound) {
				return &exitError{code: 1, err: fmt.Errorf("export: nothing is stored for %s", u.key)}
			}
			if err != nil {
				return fmt.Errorf("export %s: %w", u.key, err)
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		},
	}
	u.add(c)
	return c
}

func newConfigCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration, secrets redacted",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := e.config()
			if err != nil {
				return err
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(cfg.Redacted())
		},
	}
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(e.stdout, "certpath", version)
		},
	}
}
