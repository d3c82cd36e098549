package slack

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestManifest(t *testing.T) {
	raw, err := Manifest("https://certpath.example.com/")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	get := func(path string) any {
		var cur any = m
		for _, p := range strings.Split(path, ".") {
			obj, ok := cur.(map[string]any)
			if !ok {
				return nil
			}
			cur = obj[p]
		}
		return cur
	}
	want := map[string]any{
		// DMs work only with the Messages tab on and writable; both said
		// explicitly, false included.
		"features.app_home.messages_tab_enabled":           true,
		"features.app_home.messages_tab_read_only_enabled": false,
		"features.app_home.home_tab_enabled":               true,
		"settings.event_subscriptions.request_url":         "https://certpath.example.com/slack/events",
		"settings.interactivity.request_url":               "https://certpath.example.com/slack/interactions",
		"settings.interactivity.is_enabled":                true,
	}
	for path, w := range want {
		if got := get(path); got != w {
			t.Errorf("%s = %#v, want %#v", path, got, w)
		}
	}
	cmds, _ := get("features.slash_commands").([]any)
	if len(cmds) != 1 || cmds[0].(map[string]any)["url"] != "https://certpath.example.com/slack/commands" {
		t.Errorf("slash_commands = %v", cmds)
	}
	if r, _ := get("oauth_config.redirect_urls").([]any); len(r) != 1 || r[0] != "https://certpath.example.com/slack/oauth/callback" {
		t.Errorf("redirect_urls = %v", r)
	}
}

func TestManifestRefusesBadURLs(t *testing.T) {
	tests := []struct{ url, want string }{
		{"certpath.example.com", "not an absolute"},
		{"ftp://certpath.example.com", "not an absolute"},
		{"https://certpath.example.com/?team=T1", "query or fragment"},
		{"https://certpath.example.com/?", "query or fragment"},
		{"https://certpath.example.com/#top", "query or fragment"},
		{"https://certpath.example.com#", "query or fragment"},
		{"https://user:pw@certpath.example.com", "user info"},
		{"https://user:pw@certpath.example.com/?x=1", "user info"},
	}
	for _, tt := range tests {
		_, err := Manifest(tt.url)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Manifest(%q) = %v, want an error about %q", tt.url, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "pw@") {
			t.Errorf("error repeats the password: %v", err)
		}
	}
	if _, err := Manifest("https://example.com/certpath"); err != nil {
		t.Errorf("a base path behind a proxy is fine: %v", err)
	}
}
