// Package config loads certpath's configuration from defaults, an optional
// file and CERTPATH_* environment variables, and validates it so that a bad
// value stops the process at start with one line naming the key.
//
// It is the only package that imports spf13/viper; everything else receives
// a plain Config value.
package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/spf13/viper"
)

// EnvPrefix is prepended to every environment variable name.
const EnvPrefix = "CERTPATH_"

// FileEnv names the environment variable that points at a config file when
// Load is given no file name; handy in containers where flags are awkward.
const FileEnv = EnvPrefix + "CONFIG"

// Store names accepted by the "store" key.
const (
	StoreBolt   = "bolt"
	StoreRedis  = "redis"
	StoreMemory = "memory"
)

// Config is the effective configuration of one certpath process.
type Config struct {
	// DataDir holds the bbolt file when Store is "bolt".
	DataDir string
	// Store is one of StoreBolt, StoreRedis, StoreMemory.
	Store string
	// Catalog is a path to a catalog YAML file; empty means the embedded one.
	Catalog string

	Redis struct {
		// URL is a go-redis URL (redis://, rediss:// or unix://); it may
		// carry a password, so it is redacted when printed.
		URL string
	}

	HTTP struct {
		Addr            string
		ReadTimeout     time.Duration
		WriteTimeout    time.Duration
		IdleTimeout     time.Duration
		ShutdownTimeout time.Duration
		DrainPeriod     time.Duration
		ReadyInterval   time.Duration
		MaxBodyBytes    int64
		// DebugAddr, when set, serves net/http/pprof (CPU and heap
		// profiles, execution traces) on its own listener.
		DebugAddr string
	}

	Slack struct {
		SigningSecret string
		BotToken      string
		AppToken      string
		// APIURL overrides the Slack Web API base (tests, proxies); it must
		// end with "/" because slack-go appends method names to it.
		APIURL       string
		ClientID     string
		ClientSecret string
	}

	Discord struct {
		// PublicKey is the application's hex-encoded Ed25519 key used to
		// verify HTTP interactions.
		PublicKey  string
		BotToken   string
		AppID      string
		APIURL     string
		ShardID    int
		ShardCount int
	}

	Session struct {
		// TTL is how long a session lives after its last turn.
		TTL time.Duration
		// StoreBudget bounds the store's share of one turn.
		StoreBudget time.Duration
	}

	// PublicURL is where the platforms reach this service (OAuth redirects,
	// links in messages); empty when not needed.
	PublicURL string

	Log struct {
		Level  string // debug|info|warn|error
		Format string // json|text|auto
	}
}

// Key describes one configuration key, for documentation and `certpath
// config --keys` style listings.
type Key struct {
	Name    string // dotted key as used in files, e.g. "slack.bot_token"
	Env     string // environment variable, e.g. "CERTPATH_SLACK_BOT_TOKEN"
	Default string // default rendered as text; "" when there is none
	Secret  bool   // redacted whenever the configuration is printed
	Doc     string // one line for humans
}

// keySpec is the single table every other part of the package derives from,
// so a key cannot have a default without an env var or validation.
type keySpec struct {
	name   string
	def    any
	secret bool
	doc    string
}

func specs(getenv func(string) string) []keySpec {
	return []keySpec{
		{name: "data_dir", def: defaultDataDir(getenv), doc: "directory for the bbolt file (store=bolt)"},
		{name: "store", def: StoreBolt, doc: "session store: bolt, redis or memory"},
		{name: "catalog", def: "", doc: "catalog YAML file; empty uses the embedded catalog"},
		{name: "redis.url", def: "redis://127.0.0.1:6379/0", doc: "Redis URL (store=redis); its password is redacted when printed"},
		{name: "http.addr", def: ":8080", doc: "listen address of certpath serve"},
		{name: "http.read_timeout", def: "10s", doc: "maximum time to read a request"},
		// Slack and Discord expect an acknowledgement within 3 s, but a
		// response may still be streaming after that; 30 s leaves room.
		{name: "http.write_timeout", def: "30s", doc: "maximum time to write a response"},
		{name: "http.idle_timeout", def: "120s", doc: "keep-alive idle timeout"},
		// Below Docker's default 10 s stop grace period, so a container is
		// never SIGKILLed while we still drain.
		{name: "http.shutdown_timeout", def: "8s", doc: "time from SIGTERM to exit: the drain, in-flight requests and pending replies"},
		// A few seconds: long enough for load balancers' health checks to
		// see /readyz fail, short enough to leave in-flight work its time.
		{name: "http.drain_period", def: "5s", doc: "after SIGTERM, how long /readyz answers 503 while requests are still served; 0s to stop at once"},
		{name: "http.ready_interval", def: "2s", doc: "how often readiness (a store write and read, the recent turn errors) is decided in the background"},
		{name: "http.max_body_bytes", def: int64(1 << 20), doc: "maximum request body size in bytes"},
		// Off by default: profiles show what users typed and cost CPU,
		// so they are for an operator on the host, never the internet.
		{name: "http.debug_addr", def: "", doc: "listen address of the profiling endpoints (/debug/pprof/); empty: off. Keep it on loopback"},
		{name: "slack.signing_secret", def: "", secret: true, doc: "Slack signing secret (HTTP requests)"},
		{name: "slack.bot_token", def: "", secret: true, doc: "Slack bot token xoxb-..."},
		{name: "slack.app_token", def: "", secret: true, doc: "Slack app-level token xapp-... (Socket Mode)"},
		{name: "slack.api_url", def: "", doc: "Slack Web API base URL override, ending in /"},
		{name: "slack.client_id", def: "", doc: "Slack OAuth client id (multi-workspace install)"},
		{name: "slack.client_secret", def: "", secret: true, doc: "Slack OAuth client secret"},
		{name: "discord.public_key", def: "", doc: "Discord application public key, 64 hex characters"},
		{name: "discord.bot_token", def: "", secret: true, doc: "Discord bot token"},
		{name: "discord.app_id", def: "", doc: "Discord application id"},
		{name: "discord.api_url", def: "", doc: "Discord API base URL override"},
		{name: "discord.shard_id", def: 0, doc: "gateway shard id of this process"},
		{name: "discord.shard_count", def: 0, doc: "total gateway shards; 0 means one shard (unsharded)"},
		{name: "session.ttl", def: "720h", doc: "session lifetime after the last turn"},
		// Well under a second: a hung store must leave time to answer
		// "try again" inside Slack's 3 s.
		{name: "session.store_budget", def: "500ms", doc: "the store's share of one turn (one attempt per command); past it the user is asked to try again"},
		{name: "public_url", def: "", doc: "public base URL of this service"},
		{name: "log.level", def: "info", doc: "debug, info, warn or error"},
		{name: "log.format", def: "auto", doc: "json, text or auto (text on a terminal, JSON otherwise)"},
	}
}

// EnvName returns the environment variable for a dotted key:
// "slack.bot_token" -> "CERTPATH_SLACK_BOT_TOKEN".
func EnvName(key string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// Keys lists every configuration key with its environment variable and
// default, in a stable order. getenv is used only for defaults that depend
// on the environment (data_dir); nil means an empty environment.
func Keys(getenv func(string) string) []Key {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	ss := specs(getenv)
	keys := make([]Key, 0, len(ss))
	for _, s := range ss {
		keys = append(keys, Key{Name: s.name, Env: EnvName(s.name), Default: fmt.Sprint(s.def), Secret: s.secret, Doc: s.doc})
	}
	return keys
}

// defaultDataDir follows the XDG base directory spec using only the
// injected environment, so tests never depend on the real home directory.
func defaultDataDir(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "certpath")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share", "certpath")
	}
	return filepath.Join(".", "data")
}

// fileTypes are the config file extensions we accept. Viper knows more, but
// these are the ones we document and test.
var fileTypes = []string{"yaml", "yml", "json", "toml"}

// Load builds the configuration: defaults, then the file (if file is not
// empty, or CERTPATH_CONFIG names one), then CERTPATH_* variables read through
// getenv. A missing named file, an unknown key in the file, or an invalid
// value is an error; each problem is one line naming the key.
func Load(file string, getenv func(string) string) (Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	if file == "" {
		file = getenv(FileEnv)
	}
	ss := specs(getenv)

	v := viper.New()
	for _, s := range ss {
		v.SetDefault(s.name, s.def)
	}

	if file != "" {
		ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(file)), ".")
		if !slices.Contains(fileTypes, ext) {
			return Config{}, fmt.Errorf("config: file %s: extension %q is not one of %s", file, ext, strings.Join(fileTypes, ", "))
		}
		v.SetConfigFile(file)
		v.SetConfigType(ext)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config: read %s: %w", file, err)
		}
		if err := checkKnown(v, ss, file); err != nil {
			return Config{}, err
		}
	}

	// Bind explicitly instead of viper.AutomaticEnv, which reads os.Environ
	// directly; going through getenv keeps tests hermetic. Set has the
	// highest precedence, which gives env > file > default.
	for _, s := range ss {
		if val := getenv(EnvName(s.name)); val != "" {
			v.Set(s.name, val)
		}
	}

	return decode(v)
}

// checkKnown rejects keys in the file that we do not know, because a typo
// such as "slak.bot_token" would otherwise be ignored silently.
func checkKnown(v *viper.Viper, ss []keySpec, file string) error {
	known := make(map[string]bool, len(ss))
	for _, s := range ss {
		known[s.name] = true
	}
	var unknown []string
	for _, k := range v.AllKeys() {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	errs := make([]error, 0, len(unknown))
	for _, k := range unknown {
		errs = append(errs, fmt.Errorf("config: unknown key %q in %s", k, file))
	}
	return errors.Join(errs...)
}
