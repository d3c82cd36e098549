// Command load drives certpath (or a peer) with signed Slack slash commands
// or Discord interactions and prints requests/s and latency percentiles.
//
//	load -platform slack -url http://127.0.0.1:8080/slack/commands -c 16 -d 10s
//	load -platform discord -url http://127.0.0.1:8080/discord/interactions -rate 1000
//	load keygen    # prints "PRIVATE_SEED_HEX PUBLIC_KEY_HEX" for a Discord target
//	load report -slack-peer bolt-peer -discord-peer discord-peer results/*.json
//
// Secrets come from the environment, never from flags (flags show in ps):
// LOAD_SLACK_SECRET is the Slack signing secret, LOAD_DISCORD_SEED the hex
// Ed25519 seed whose public key the target is configured with.
package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/certpath/certpath/bench/load"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "keygen" {
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(stdout, hex.EncodeToString(priv.Seed()), hex.EncodeToString(pub))
		return err
	}
	if len(args) > 0 && args[0] == "report" {
		return report(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o load.Options
	var platform, jsonOut string
	fs.StringVar(&o.URL, "url", "", "target endpoint (loopback only)")
	fs.StringVar(&platform, "platform", "slack", "slack or discord")
	fs.IntVar(&o.Conns, "c", 16, "keep-alive connections")
	fs.DurationVar(&o.Duration, "d", 0, "duration (default 10s, at most 10m)")
	fs.Int64Var(&o.Requests, "n", 0, "stop after this many requests (0 = bounded by -d only)")
	fs.Float64Var(&o.Rate, "rate", 0, "fixed total rate in requests/s (0 = as fast as possible)")
	fs.IntVar(&o.Users, "users", 1000, "distinct users to cycle through")
	fs.StringVar(&o.UserPrefix, "user-prefix", "U", "prefix of user ids, to keep runs apart")
	fs.DurationVar(&o.Timeout, "timeout", 0, "per-request timeout (default 5s)")
	fs.StringVar(&o.FailBody, "fail-body", "", "count 2xx replies containing this text as errors")
	fs.StringVar(&jsonOut, "json", "", "also write the result as JSON to this file")
	var label, text, round string
	fs.StringVar(&label, "label", "", "name of what is measured, for reports")
	fs.StringVar(&round, "round", "", "name of the round of a side-by-side run, for reports")
	fs.StringVar(&text, "text", "", "what every user types on every request (default: the ten-turn script)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.Platform = load.Platform(platform)
	if text != "" {
		o.Texts = []string{text}
	}
	o.SlackSecret = getenv("LOAD_SLACK_SECRET")
	if seed := getenv("LOAD_DISCORD_SEED"); seed != "" {
		raw, err := hex.DecodeString(seed)
		if err != nil || len(raw) != ed25519.SeedSize {
			return errors.New("LOAD_DISCORD_SEED must be a 32-byte hex seed (see `load keygen`)")
		}
		o.DiscordKey = ed25519.NewKeyFromSeed(raw)
	}
	res, err := load.Run(ctx, o)
	if err != nil {
		return err
	}
	res.Label, res.Round = label, round
	fmt.Fprintln(stdout, res.Text())
	if res.FirstError != "" {
		fmt.Fprintln(stdout, "first error:", res.FirstError)
	}
	if jsonOut != "" {
		b, err := res.JSON()
		if err != nil {
			return err
		}
		if err := os.WriteFile(jsonOut, append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", jsonOut, err)
		}
	}
	return nil
}

// report prints the side-by-side table of result files written with -json.
func report(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	slackPeer := fs.String("slack-peer", "bolt-peer", "label of the Slack baseline")
	discordPeer := fs.String("discord-peer", "discord-peer", "label of the Discord baseline")
	var against []string
	fs.Func("against", "also compare every Slack target round by round with this label (repeatable), e.g. bare", func(v string) error {
		against = append(against, v)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	var results []load.Result
	for _, path := range fs.Args() {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var r load.Result
		if err := json.Unmarshal(b, &r); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		results = append(results, r)
	}
	if err := load.WriteTable(stdout, load.Summarize(results), map[load.Platform]string{load.Slack: *slackPeer, load.Discord: *discordPeer}); err != nil {
		return err
	}
	for _, ref := range against {
		fmt.Fprintln(stdout)
		if err := load.WriteRounds(stdout, results, load.Slack, ref); err != nil {
			return err
		}
	}
	return nil
}
