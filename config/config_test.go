package config

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// env is a hermetic getenv.
func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func defaults(dataDir string) Config {
	var c Config
	c.DataDir = dataDir
	c.Store = "bolt"
	c.Redis.URL = "redis://127.0.0.1:6379/0"
	c.HTTP.Addr = ":8080"
	c.HTTP.ReadTimeout = 10 * time.Second
	c.HTTP.WriteTimeout = 30 * time.Second
	c.HTTP.IdleTimeout = 120 * time.Second
	c.HTTP.ShutdownTimeout = 8 * time.Second
	c.HTTP.DrainPeriod = 5 * time.Second
	c.HTTP.ReadyInterval = 2 * time.Second
	c.HTTP.MaxBodyBytes = 1 << 20
	c.Session.TTL = 720 * time.Hour
	c.Session.StoreBudget = 500 * time.Millisecond
	c.Log.Level = "info"
	c.Log.Format = "auto"
	return c
}

func TestDefaults(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		dataDir string
	}{
		{"xdg", map[string]string{"XDG_DATA_HOME": "/xdg", "HOME": "/home/u"}, "/xdg/certpath"},
		{"home", map[string]string{"HOME": "/home/u"}, "/home/u/.local/share/certpath"},
		{"relative xdg ignored", map[string]string{"XDG_DATA_HOME": "rel", "HOME": "/home/u"}, "/home/u/.local/share/certpath"},
		{"nothing", nil, "data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load("", env(tt.env))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if want := defaults(tt.dataDir); !reflect.DeepEqual(got, want) {
				t.Errorf("Load() =\n%+v\nwant\n%+v", got.Redacted(), want.Redacted())
			}
		})
	}
}

func TestNilGetenv(t *testing.T) {
	got, err := Load("", nil)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if !reflect.DeepEqual(got, defaults("data")) {
		t.Errorf("Load(nil getenv) = %v", got)
	}
}

func TestEnvOverrides(t *testing.T) {
	hexKey := strings.Repeat("ab", 32)
	tests := []struct {
		env   string
		value string
		get   func(Config) any
		want  any
	}{
		{"CERTPATH_DATA_DIR", "/srv/certpath", func(c Config) any { return c.DataDir }, "/srv/certpath"},
		{"CERTPATH_STORE", "redis", func(c Config) any { return c.Store }, "redis"},
		{"CERTPATH_STORE", "MEMORY", func(c Config) any { return c.Store }, "memory"},
		{"CERTPATH_CATALOG", "/etc/catalog.yaml", func(c Config) any { return c.Catalog }, "/etc/catalog.yaml"},
		{"CERTPATH_REDIS_URL", "redis://redis:6379/2", func(c Config) any { return c.Redis.URL }, "redis://redis:6379/2"},
		{"CERTPATH_REDIS_URL", "unix:///run/redis.sock", func(c Config) any { return c.Redis.URL }, "unix:///run/redis.sock"},
		{"CERTPATH_HTTP_ADDR", "127.0.0.1:9000", func(c Config) any { return c.HTTP.Addr }, "127.0.0.1:9000"},
		{"CERTPATH_HTTP_READ_TIMEOUT", "3s", func(c Config) any { return c.HTTP.ReadTimeout }, 3 * time.Second},
		{"CERTPATH_HTTP_WRITE_TIMEOUT", "1m", func(c Config) any { return c.HTTP.WriteTimeout }, time.Minute},
		{"CERTPATH_HTTP_IDLE_TIMEOUT", "90s", func(c Config) any { return c.HTTP.IdleTimeout }, 90 * time.Second},
		{"CERTPATH_HTTP_SHUTDOWN_TIMEOUT", "20s", func(c Config) any { return c.HTTP.ShutdownTimeout }, 20 * time.Second},
		{"CERTPATH_HTTP_MAX_BODY_BYTES", "4096", func(c Config) any { return c.HTTP.MaxBodyBytes }, int64(4096)},
		{"CERTPATH_HTTP_DEBUG_ADDR", "127.0.0.1:6060", func(c Config) any { return c.HTTP.DebugAddr }, "127.0.0.1:6060"},
		{"CERTPATH_SLACK_SIGNING_SECRET", "s1", func(c Config) any { return c.Slack.SigningSecret }, "s1"},
		{"CERTPATH_SLACK_BOT_TOKEN", "xoxb-1", func(c Config) any { return c.Slack.BotToken }, "xoxb-1"},
		{"CERTPATH_SLACK_APP_TOKEN", "xapp-1", func(c Config) any { return c.Slack.AppToken }, "xapp-1"},
		{"CERTPATH_SLACK_API_URL", "http://127.0.0.1:1234/api/", func(c Config) any { return c.Slack.APIURL }, "http://127.0.0.1:1234/api/"},
		{"CERTPATH_SLACK_CLIENT_ID", "123.456", func(c Config) any { return c.Slack.ClientID }, "123.456"},
		{"CERTPATH_SLACK_CLIENT_SECRET", "cs", func(c Config) any { return c.Slack.ClientSecret }, "cs"},
		{"CERTPATH_DISCORD_PUBLIC_KEY", hexKey, func(c Config) any { return c.Discord.PublicKey }, hexKey},
		{"CERTPATH_DISCORD_BOT_TOKEN", "dt", func(c Config) any { return c.Discord.BotToken }, "dt"},
		{"CERTPATH_DISCORD_APP_ID", "1100000000000000001", func(c Config) any { return c.Discord.AppID }, "1100000000000000001"},
		{"CERTPATH_DISCORD_API_URL", "https://discord.test/api/v10", func(c Config) any { return c.Discord.APIURL }, "https://discord.test/api/v10"},
		{"CERTPATH_DISCORD_SHARD_COUNT", "4", func(c Config) any { return c.Discord.ShardCount }, 4},
		{"CERTPATH_SESSION_TTL", "24h", func(c Config) any { return c.Session.TTL }, 24 * time.Hour},
		{"CERTPATH_PUBLIC_URL", "https://certpath.example.org", func(c Config) any { return c.PublicURL }, "https://certpath.example.org"},
		{"CERTPATH_LOG_LEVEL", "debug", func(c Config) any { return c.Log.Level }, "debug"},
		{"CERTPATH_LOG_FORMAT", "json", func(c Config) any { return c.Log.Format }, "json"},
	}
	for _, tt := range tests {
		t.Run(tt.env+"="+tt.value, func(t *testing.T) {
			c, err := Load("", env(map[string]string{tt.env: tt.value}))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got := tt.get(c); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEveryKeyBindsToEnv guards the key table: each key's env var must change
// the printed configuration, so no key can be documented but unreadable.
func TestEveryKeyBindsToEnv(t *testing.T) {
	values := map[string]string{
		"data_dir": "/d", "store": "memory", "catalog": "/c.yaml", "redis.url": "redis://r:1/0",
		"http.addr": ":1", "http.read_timeout": "1s", "http.write_timeout": "2s", "http.idle_timeout": "3s",
		"http.shutdown_timeout": "9s", "http.drain_period": "3s", "http.ready_interval": "7s", "http.max_body_bytes": "5",
		"http.debug_addr":      "127.0.0.1:6060",
		"slack.signing_secret": "a", "slack.bot_token": "b", "slack.app_token": "c",
		"slack.api_url": "http://s/", "slack.client_id": "d", "slack.client_secret": "e",
		"discord.public_key": strings.Repeat("0f", 32), "discord.bot_token": "f", "discord.app_id": "7",
		"discord.api_url": "http://d", "discord.shard_id": "1", "discord.shard_count": "2",
		"session.ttl": "1h", "session.store_budget": "250ms", "public_url": "http://p", "log.level": "error", "log.format": "text",
	}
	base := flatten("", defaults("data").Redacted())
	for _, k := range Keys(nil) {
		v, ok := values[k.Name]
		if !ok {
			t.Errorf("key %s has no test value", k.Name)
			continue
		}
		m := map[string]string{k.Env: v}
		if k.Name == "discord.shard_id" {
			m["CERTPATH_DISCORD_SHARD_COUNT"] = "2"
		}
		c, err := Load("", env(m))
		if err != nil {
			t.Errorf("%s=%s: %v", k.Env, v, err)
			continue
		}
		got := flatten("", c.Redacted())
		if got[k.Name] == base[k.Name] {
			t.Errorf("%s=%s did not change %s (still %v)", k.Env, v, k.Name, got[k.Name])
		}
	}
}

func flatten(prefix string, m map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		if sub, ok := v.(map[string]any); ok {
			for sk, sv := range flatten(prefix+k+".", sub) {
				out[sk] = sv
			}
			continue
		}
		out[prefix+k] = fmt.Sprint(v)
	}
	return out
}

func TestKeysMatchRedacted(t *testing.T) {
	var names []string
	for _, k := range Keys(nil) {
		names = append(names, k.Name)
		if want := "CERTPATH_" + strings.ToUpper(strings.ReplaceAll(k.Name, ".", "_")); k.Env != want {
			t.Errorf("%s: env %s, want %s", k.Name, k.Env, want)
		}
		if k.Doc == "" {
			t.Errorf("%s has no doc", k.Name)
		}
	}
	var printed []string
	for k := range flatten("", Config{}.Redacted()) {
		printed = append(printed, k)
	}
	sort.Strings(names)
	sort.Strings(printed)
	if !reflect.DeepEqual(names, printed) {
		t.Errorf("Keys() = %v\nRedacted() keys = %v", names, printed)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFile(t *testing.T) {
	tests := []struct {
		name    string
		content string
	}{
		{"certpath.yaml", "store: memory\nhttp:\n  addr: 127.0.0.1:9999\n  read_timeout: 5s\n  max_body_bytes: 2048\ndiscord:\n  app_id: 1100000000000000001\n  shard_id: 1\n  shard_count: 2\nsession:\n  ttl: 48h\n"},
		{"certpath.yml", "store: memory\nhttp:\n  addr: 127.0.0.1:9999\n  read_timeout: 5s\n  max_body_bytes: 2048\ndiscord:\n  app_id: \"1100000000000000001\"\n  shard_id: 1\n  shard_count: 2\nsession:\n  ttl: 48h\n"},
		{"certpath.json", `{"store":"memory","http":{"addr":"127.0.0.1:9999","read_timeout":"5s","max_body_bytes":2048},"discord":{"app_id":"1100000000000000001","shard_id":1,"shard_count":2},"session":{"ttl":"48h"}}`},
		{"certpath.toml", "store = \"memory\"\n[http]\naddr = \"127.0.0.1:9999\"\nread_timeout = \"5s\"\nmax_body_bytes = 2048\n[discord]\napp_id = \"1100000000000000001\"\nshard_id = 1\nshard_count = 2\n[session]\nttl = \"48h\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.name, tt.content)
			got, err := Load(p, env(nil))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			want := defaults("data")
			want.Store = "memory"
			want.HTTP.Addr = "127.0.0.1:9999"
			want.HTTP.ReadTimeout = 5 * time.Second
			want.HTTP.MaxBodyBytes = 2048
			want.Discord.AppID = "1100000000000000001"
			want.Discord.ShardID = 1
			want.Discord.ShardCount = 2
			want.Session.TTL = 48 * time.Hour
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Load(%s) =\n%v\nwant\n%v", tt.name, got, want)
			}
		})
	}
}

func TestFileFromEnv(t *testing.T) {
	p := writeFile(t, "c.yaml", "store: memory\n")
	c, err := Load("", env(map[string]string{"CERTPATH_CONFIG": p}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store != "memory" {
		t.Errorf("store = %q, want memory from %s", c.Store, FileEnv)
	}
}

func TestPrecedence(t *testing.T) {
	p := writeFile(t, "certpath.yaml", "store: memory\nhttp:\n  addr: :7000\nlog:\n  level: warn\n")
	c, err := Load(p, env(map[string]string{"CERTPATH_STORE": "redis", "CERTPATH_LOG_FORMAT": "json"}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key, got, want, why string
	}{
		{"store", c.Store, "redis", "env beats file"},
		{"http.addr", c.HTTP.Addr, ":7000", "file beats default"},
		{"log.level", c.Log.Level, "warn", "file beats default"},
		{"log.format", c.Log.Format, "json", "env beats default"},
		{"redis.url", c.Redis.URL, "redis://127.0.0.1:6379/0", "default when neither"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q (%s)", tt.key, tt.got, tt.want, tt.why)
		}
	}
}

func TestValidationErrors(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"CERTPATH_STORE": "mongo"}, `config: store "mongo" is not one of bolt, redis, memory (CERTPATH_STORE)`},
		{map[string]string{"CERTPATH_LOG_LEVEL": "verbose"}, `config: log.level "verbose" is not one of debug, info, warn, error (CERTPATH_LOG_LEVEL)`},
		{map[string]string{"CERTPATH_LOG_FORMAT": "xml"}, `config: log.format "xml" is not one of json, text, auto (CERTPATH_LOG_FORMAT)`},
		{map[string]string{"CERTPATH_HTTP_READ_TIMEOUT": "soon"}, `config: http.read_timeout "soon" is not a duration like 30s, 5m or 720h (CERTPATH_HTTP_READ_TIMEOUT)`},
		{map[string]string{"CERTPATH_HTTP_WRITE_TIMEOUT": "30"}, `config: http.write_timeout "30" is not a duration like 30s, 5m or 720h (CERTPATH_HTTP_WRITE_TIMEOUT)`},
		{map[string]string{"CERTPATH_HTTP_IDLE_TIMEOUT": "-1s"}, `config: http.idle_timeout -1s must be positive (CERTPATH_HTTP_IDLE_TIMEOUT)`},
		{map[string]string{"CERTPATH_HTTP_SHUTDOWN_TIMEOUT": "0s"}, `config: http.shutdown_timeout 0s must be positive (CERTPATH_HTTP_SHUTDOWN_TIMEOUT)`},
		{map[string]string{"CERTPATH_HTTP_DRAIN_PERIOD": "-1s"}, `config: http.drain_period -1s must not be negative (CERTPATH_HTTP_DRAIN_PERIOD)`},
		{map[string]string{"CERTPATH_HTTP_DRAIN_PERIOD": "8s"}, `config: http.drain_period 8s must be shorter than http.shutdown_timeout 8s, which it counts against (CERTPATH_HTTP_DRAIN_PERIOD)`},
		{map[string]string{"CERTPATH_HTTP_READY_INTERVAL": "0s"}, `config: http.ready_interval 0s must be positive (CERTPATH_HTTP_READY_INTERVAL)`},
		{map[string]string{"CERTPATH_SESSION_STORE_BUDGET": "3s"}, `config: session.store_budget 3s must be under 2.5s: Slack wants an answer within 3s (CERTPATH_SESSION_STORE_BUDGET)`},
		{map[string]string{"CERTPATH_SESSION_TTL": "forever"}, `config: session.ttl "forever" is not a duration like 30s, 5m or 720h (CERTPATH_SESSION_TTL)`},
		{map[string]string{"CERTPATH_HTTP_MAX_BODY_BYTES": "1MB"}, `config: http.max_body_bytes "1MB" is not a whole number (CERTPATH_HTTP_MAX_BODY_BYTES)`},
		{map[string]string{"CERTPATH_HTTP_DEBUG_ADDR": "6060"}, `config: http.debug_addr "6060" is not a host:port listen address like :8080 or 127.0.0.1:8080 (CERTPATH_HTTP_DEBUG_ADDR)`},
		{map[string]string{"CERTPATH_HTTP_MAX_BODY_BYTES": "0"}, `config: http.max_body_bytes 0 must be at least 1 (CERTPATH_HTTP_MAX_BODY_BYTES)`},
		{map[string]string{"CERTPATH_HTTP_ADDR": "8080"}, `config: http.addr "8080" is not a host:port listen address like :8080 or 127.0.0.1:8080 (CERTPATH_HTTP_ADDR)`},
		{map[string]string{"CERTPATH_HTTP_ADDR": ":99999"}, `config: http.addr ":99999": port "99999" is not a number from 0 to 65535 (CERTPATH_HTTP_ADDR)`},
		{map[string]string{"CERTPATH_HTTP_ADDR": ":abc"}, `config: http.addr ":abc": port "abc" is not a number from 0 to 65535 (CERTPATH_HTTP_ADDR)`},
		{map[string]string{"CERTPATH_HTTP_ADDR": ":-1"}, `config: http.addr ":-1": port "-1" is not a number from 0 to 65535 (CERTPATH_HTTP_ADDR)`},
		{map[string]string{"CERTPATH_HTTP_ADDR": "bad_host:8080"}, `config: http.addr "bad_host:8080": host "bad_host" is not an IP address or a host name (CERTPATH_HTTP_ADDR)`},
		{map[string]string{"CERTPATH_DISCORD_PUBLIC_KEY": "abc"}, `config: discord.public_key must be 64 hex characters (the application's Ed25519 public key), got 3 characters (CERTPATH_DISCORD_PUBLIC_KEY)`},
		{map[string]string{"CERTPATH_DISCORD_PUBLIC_KEY": strings.Repeat("zz", 32)}, `config: discord.public_key must be 64 hex characters (the application's Ed25519 public key), got 64 characters (CERTPATH_DISCORD_PUBLIC_KEY)`},
		{map[string]string{"CERTPATH_DISCORD_APP_ID": "my-app"}, `config: discord.app_id "my-app" is not a numeric Discord id (CERTPATH_DISCORD_APP_ID)`},
		{map[string]string{"CERTPATH_DISCORD_SHARD_COUNT": "-1"}, `config: discord.shard_count -1 must be at least 0 (CERTPATH_DISCORD_SHARD_COUNT)`},
		{map[string]string{"CERTPATH_DISCORD_SHARD_ID": "2", "CERTPATH_DISCORD_SHARD_COUNT": "2"}, `config: discord.shard_id 2 must be below discord.shard_count 2 (CERTPATH_DISCORD_SHARD_ID)`},
		{map[string]string{"CERTPATH_DISCORD_SHARD_ID": "1"}, `config: discord.shard_id 1 needs discord.shard_count to be set (CERTPATH_DISCORD_SHARD_ID)`},
		{map[string]string{"CERTPATH_DISCORD_API_URL": "discord.com/api"}, `config: discord.api_url "discord.com/api" is not an absolute http:// or https:// URL (CERTPATH_DISCORD_API_URL)`},
		{map[string]string{"CERTPATH_SLACK_API_URL": "http://127.0.0.1:1234/api"}, `config: slack.api_url "http://127.0.0.1:1234/api" must end with "/" (CERTPATH_SLACK_API_URL)`},
		{map[string]string{"CERTPATH_SLACK_API_URL": "ftp://slack/api/"}, `config: slack.api_url "ftp://slack/api/" is not an absolute http:// or https:// URL (CERTPATH_SLACK_API_URL)`},
		{map[string]string{"CERTPATH_PUBLIC_URL": "/relative"}, `config: public_url "/relative" is not an absolute http:// or https:// URL (CERTPATH_PUBLIC_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "mongodb://db"}, `config: redis.url "mongodb://db": URL scheme "mongodb": want redis://, rediss://, unix://, redis+sentinel://, rediss+sentinel://, redis+cluster:// or rediss+cluster:// (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "redis:///0"}, `config: redis.url "redis:///0": URL has an empty host (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "unix://"}, `config: redis.url "unix://": unix:// URL has no socket path; want unix:///path/to/redis.sock (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "redis+sentinel://:hunter2@s1:26379"}, `config: redis.url "redis+sentinel://:xxxxx@s1:26379": Sentinel URL names no master; want redis+sentinel://host:26379/mymaster (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "redis://:hunter2@h:99999/0"}, `config: redis.url "redis://:xxxxx@h:99999/0": address "h:99999": bad port (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "redis://:hunter2@host:6379/0\x7f"}, `config: redis.url "redis://:xxxxx@host:6379/0\x7f": bad URL: net/url: invalid control character in URL (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_REDIS_URL": "mongodb://u:hunter2@db"}, `config: redis.url "mongodb://u:xxxxx@db": URL scheme "mongodb": want redis://, rediss://, unix://, redis+sentinel://, rediss+sentinel://, redis+cluster:// or rediss+cluster:// (CERTPATH_REDIS_URL)`},
		{map[string]string{"CERTPATH_STORE": "mongo", "CERTPATH_LOG_LEVEL": "loud"},
			"config: store \"mongo\" is not one of bolt, redis, memory (CERTPATH_STORE)\n" +
				"config: log.level \"loud\" is not one of debug, info, warn, error (CERTPATH_LOG_LEVEL)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := Load("", env(tt.env))
			if err == nil {
				t.Fatalf("Load(%v) succeeded, want error", tt.env)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error leaks a password: %s", err)
			}
		})
	}
}

func TestFileValidationErrors(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"duration number.yaml", "session:\n  ttl: 30\n", `config: session.ttl 30 is not a duration like 30s, 5m or 720h (write it as a quoted string with a unit) (CERTPATH_SESSION_TTL)`},
		{"snowflake.json", `{"discord":{"app_id":1100000000000000001}}`, `config: discord.app_id must be a string; quote it so it is not read as the number 1.1e+18 (CERTPATH_DISCORD_APP_ID)`},
		{"fraction.json", `{"http":{"max_body_bytes":1.5}}`, `config: http.max_body_bytes 1.5 is not a whole number (CERTPATH_HTTP_MAX_BODY_BYTES)`},
		{"map.yaml", "store:\n  kind: redis\n", `config: unknown key "store.kind" in `},
		{"typo.yaml", "slak:\n  bot_token: x\nstore: redis\n", `config: unknown key "slak.bot_token" in `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.name, tt.content)
			_, err := Load(p, env(nil))
			if err == nil {
				t.Fatal("Load succeeded, want error")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content, want string
	}{
		{"missing", filepath.Join(dir, "nope.yaml"), "", "config: read " + filepath.Join(dir, "nope.yaml") + ": open "},
		{"extension", filepath.Join(dir, "certpath.ini"), "store=memory", `config: file ` + filepath.Join(dir, "certpath.ini") + `: extension "ini" is not one of yaml, yml, json, toml`},
		{"malformed", filepath.Join(dir, "bad.yaml"), "store: [memory\n", "config: read " + filepath.Join(dir, "bad.yaml") + ": "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.content != "" {
				if err := os.WriteFile(tt.file, []byte(tt.content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Load(tt.file, env(nil))
			if err == nil {
				t.Fatal("Load succeeded, want error")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n got %s\nwant prefix %s", err, tt.want)
			}
		})
	}
}

func TestRedactionNeverLeaks(t *testing.T) {
	secrets := map[string]string{
		"CERTPATH_SLACK_SIGNING_SECRET": "sekrit-signing",
		"CERTPATH_SLACK_BOT_TOKEN":      "xoxb-sekrit-bot",
		"CERTPATH_SLACK_APP_TOKEN":      "xapp-sekrit-app",
		"CERTPATH_SLACK_CLIENT_SECRET":  "sekrit-client",
		"CERTPATH_DISCORD_BOT_TOKEN":    "sekrit-discord",
		"CERTPATH_REDIS_URL":            "redis+sentinel://user:sekrit-redis@redis:26379/mymaster?sentinel_password=sekrit-sentinel&db=1",
		"CERTPATH_PUBLIC_URL":           "https://op:sekrit-public@certpath.example.org",
	}
	c, err := Load("", env(secrets))
	if err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("start", "config", c)
	yml, err := yaml.Marshal(c.Redacted())
	if err != nil {
		t.Fatal(err)
	}
	renderings := map[string]string{
		"%v":    fmt.Sprintf("%v", c),
		"%+v":   fmt.Sprintf("%+v", c),
		"%#v":   fmt.Sprintf("%#v", c),
		"%s":    fmt.Sprintf("%s", c),
		"slog":  logged.String(),
		"yaml":  string(yml),
		"field": fmt.Sprint(c.Redacted()),
	}
	for name, out := range renderings {
		if strings.Contains(out, "sekrit") {
			t.Errorf("%s rendering leaks a secret:\n%s", name, out)
		}
		if !strings.Contains(out, SecretSet) {
			t.Errorf("%s rendering does not show that secrets are set:\n%s", name, out)
		}
	}
	flat := flatten("", c.Redacted())
	for _, k := range Keys(nil) {
		if k.Secret && flat[k.Name] != SecretSet {
			t.Errorf("%s = %v, want %s", k.Name, flat[k.Name], SecretSet)
		}
	}
	if got, want := flat["redis.url"], "redis+sentinel://user:xxxxx@redis:26379/mymaster?sentinel_password=xxxxx&db=1"; got != want {
		t.Errorf("redis.url = %v, want %v", got, want)
	}
	// Unset secrets stay empty, so an operator can tell "not configured".
	empty := flatten("", defaults("data").Redacted())
	if empty["slack.bot_token"] != "" {
		t.Errorf("unset slack.bot_token printed as %q", empty["slack.bot_token"])
	}
}

// TestRedactedIsAConfigFile checks that `certpath config` output (without
// secrets) loads back to the same configuration.
func TestRedactedIsAConfigFile(t *testing.T) {
	want, err := Load("", env(map[string]string{
		"CERTPATH_STORE": "redis", "CERTPATH_HTTP_READ_TIMEOUT": "90s", "CERTPATH_SESSION_TTL": "36h",
		"CERTPATH_DISCORD_APP_ID": "1100000000000000001", "CERTPATH_DISCORD_SHARD_COUNT": "3", "HOME": "/h",
	}))
	if err != nil {
		t.Fatal(err)
	}
	b, err := yaml.Marshal(want.Redacted())
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(writeFile(t, "printed.yaml", string(b)), env(nil))
	if err != nil {
		t.Fatalf("Load(printed): %v\n%s", err, b)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip =\n%v\nwant\n%v", got, want)
	}
}

// TestListenAddrsAccepted: what net.Listen takes passes validation too.
func TestListenAddrsAccepted(t *testing.T) {
	for _, addr := range []string{":8080", ":0", "127.0.0.1:8080", "0.0.0.0:80", "[::]:8080", "[::1]:8080", "localhost:8080", "certpath-1.internal:65535"} {
		t.Run(addr, func(t *testing.T) {
			c, err := Load("", env(map[string]string{"CERTPATH_HTTP_ADDR": addr}))
			if err != nil {
				t.Fatalf("Load with http.addr %q: %v", addr, err)
			}
			if c.HTTP.Addr != addr {
				t.Fatalf("HTTP.Addr = %q, want %q", c.HTTP.Addr, addr)
			}
		})
	}
}

func TestDrainPeriodZeroMeansNone(t *testing.T) {
	c, err := Load("", env(map[string]string{"CERTPATH_HTTP_DRAIN_PERIOD": "0s"}))
	if err != nil || c.HTTP.DrainPeriod != 0 {
		t.Fatalf("Load with drain_period 0s = %v, %v; want 0, nil", c.HTTP.DrainPeriod, err)
	}
}
