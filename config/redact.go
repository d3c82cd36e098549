package config

import (
	"encoding/json"
	"log/slog"
	"net/url"
	"sort"
	"strings"

	"github.com/certpath/certpath/session/redis/redisurl"
)

// SecretSet replaces a secret that has a value when the configuration is
// printed; an unset secret prints as "". Operators can see whether a token
// is configured without anyone seeing the token.
const SecretSet = "***set***"

func secret(s string) string {
	if s == "" {
		return ""
	}
	return SecretSet
}

// redactURL hides the password in a URL's user info and in query parameters
// such as go-redis' sentinel_password.
func redactURL(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		// We cannot tell which part is the password, so show none of it.
		return "(unparseable URL)"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for name := range q {
			n := strings.ToLower(name)
			if strings.Contains(n, "password") || strings.Contains(n, "secret") || strings.Contains(n, "token") {
				q.Set(name, "xxxxx")
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// Redacted returns the configuration as nested maps keyed like the config
// file, with secrets replaced by SecretSet (or "" when unset) and passwords
// removed from URLs. Durations render as Go duration strings, so the result
// marshalled to YAML is itself a valid config file (minus the secrets).
// `certpath config` prints this.
func (c Config) Redacted() map[string]any {
	return map[string]any{
		"data_dir":   c.DataDir,
		"store":      c.Store,
		"catalog":    c.Catalog,
		"public_url": redactURL(c.PublicURL),
		"redis": map[string]any{
			"url": redisurl.Redact(c.Redis.URL),
		},
		"http": map[string]any{
			"addr":             c.HTTP.Addr,
			"read_timeout":     c.HTTP.ReadTimeout.String(),
			"write_timeout":    c.HTTP.WriteTimeout.String(),
			"idle_timeout":     c.HTTP.IdleTimeout.String(),
			"shutdown_timeout": c.HTTP.ShutdownTimeout.String(),
			"drain_period":     c.HTTP.DrainPeriod.String(),
			"ready_interval":   c.HTTP.ReadyInterval.String(),
			"max_body_bytes":   c.HTTP.MaxBodyBytes,
			"debug_addr":       c.HTTP.DebugAddr,
		},
		"slack": map[string]any{
			"signing_secret": secret(c.Slack.SigningSecret),
			"bot_token":      secret(c.Slack.BotToken),
			"app_token":      secret(c.Slack.AppToken),
			"api_url":        redactURL(c.Slack.APIURL),
			"client_id":      c.Slack.ClientID,
			"client_secret":  secret(c.Slack.ClientSecret),
		},
		"discord": map[string]any{
			"public_key":  c.Discord.PublicKey,
			"bot_token":   secret(c.Discord.BotToken),
			"app_id":      c.Discord.AppID,
			"api_url":     redactURL(c.Discord.APIURL),
			"shard_id":    c.Discord.ShardID,
			"shard_count": c.Discord.ShardCount,
		},
		"session": map[string]any{
			"ttl":          c.Session.TTL.String(),
			"store_budget": c.Session.StoreBudget.String(),
		},
		"log": map[string]any{
			"level":  c.Log.Level,
			"format": c.Log.Format,
		},
	}
}

// String renders the redacted configuration as JSON, so printing a Config
// with %v or %s by accident never shows a secret.
func (c Config) String() string {
	b, err := json.Marshal(c.Redacted())
	if err != nil {
		return "config: " + err.Error()
	}
	return string(b)
}

// GoString keeps %#v from bypassing String and printing raw secrets.
func (c Config) GoString() string { return "config.Config" + c.String() }

// LogValue makes slog.Any("config", cfg) log the redacted form.
func (c Config) LogValue() slog.Value {
	return groupValue(c.Redacted())
}

func groupValue(m map[string]any) slog.Value {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	attrs := make([]slog.Attr, 0, len(m))
	for _, k := range names {
		if sub, ok := m[k].(map[string]any); ok {
			attrs = append(attrs, slog.Attr{Key: k, Value: groupValue(sub)})
			continue
		}
		attrs = append(attrs, slog.Any(k, m[k]))
	}
	return slog.GroupValue(attrs...)
}
