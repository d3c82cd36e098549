package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/certpath/certpath/bench/load"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	result := func(label string, rps float64) string {
		path := filepath.Join(dir, label+".json")
		b, _ := load.Result{Label: label, Platform: load.Slack, RPS: rps, P99: 1e6, Requests: 10}.JSON()
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	peer, cp := result("bolt-peer", 100), result("certpath", 250)
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		wantErr string
		wantOut string
	}{
		{"keygen", []string{"keygen"}, nil, "", ""},
		{"report", []string{"report", peer, cp}, nil, "", "2.50x"},
		{"remote target refused", []string{"-url", "http://192.0.2.1/slack/commands", "-d", "1s"}, map[string]string{"LOAD_SLACK_SECRET": "s"}, "loopback", ""},
		{"bad seed", []string{"-platform", "discord", "-url", "http://127.0.0.1:1/"}, map[string]string{"LOAD_DISCORD_SEED": "abc"}, "LOAD_DISCORD_SEED", ""},
		{"no secret", []string{"-url", "http://127.0.0.1:1/"}, nil, "secret", ""},
		{"bad flag", []string{"-nope"}, nil, "not defined", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut strings.Builder
			err := run(context.Background(), tt.args, func(k string) string { return tt.env[k] }, &out, &errOut)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("output %q does not contain %q", out.String(), tt.wantOut)
			}
			if tt.name == "keygen" {
				f := strings.Fields(out.String())
				seed, _ := hex.DecodeString(f[0])
				if len(f) != 2 || len(seed) != ed25519.SeedSize ||
					hex.EncodeToString(ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)) != f[1] {
					t.Errorf("keygen printed %q; want a seed and its public key", out.String())
				}
			}
		})
	}
}
