package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// healthTimeout bounds one probe; container health checks have their own
// timeout around the command, usually a few seconds.
const healthTimeout = 3 * time.Second

func newHealthCmd(e *env) *cobra.Command {
	var url string
	var timeout time.Duration
	c := &cobra.Command{
		Use:   "health [--url URL]",
		Short: "Probe a running certpath serve's /readyz; exit 0 when ready, 1 when not (for container health checks)",
		Long: `Probe /readyz of the certpath serve on this machine (http.addr, on loopback) and
exit 0 when it answers 200, 1 otherwise: not ready, draining, or not answering.
The image has no shell or curl, so this is what docker-compose.yml and other
container health checks run: ["CMD", "/certpath", "health"].`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" {
				cfg, err := e.config()
				if err != nil {
					return err
				}
				url = readyzURL(cfg.HTTP.Addr)
			}
			return e.health(cmd.Context(), url, timeout)
		},
	}
	c.Flags().StringVar(&url, "url", "", "URL to probe (default: /readyz on http.addr, on loopback)")
	c.Flags().DurationVar(&timeout, "timeout", healthTimeout, "give up after this long")
	return c
}

// readyzURL is /readyz on the listen address, reached over loopback when
// the address listens on every interface.
func readyzURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/readyz"
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/readyz"
}

func (e *env) health(ctx context.Context, url string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return usageError("health: --url %q: %v", url, err)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("health: %s: %w", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	answer := strings.TrimSpace(string(body))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s answered %d: %s", url, resp.StatusCode, answer)
	}
	_, err = fmt.Fprintln(e.stdout, answer)
	return err
}
