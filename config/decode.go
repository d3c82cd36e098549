package config

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/viper"

	"github.com/certpath/certpath/session/redis/redisurl"
)

// FieldError is one invalid value. Its message names the key, the allowed
// values and the environment variable, so an operator can fix it from the
// single line printed at start.
type FieldError struct {
	Key string // dotted key, e.g. "store"
	Msg string // what is wrong, e.g. `"mongo" is not one of bolt, redis, memory`
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("config: %s %s (%s)", e.Key, e.Msg, EnvName(e.Key))
}

// decoder reads typed values out of viper and collects every problem, so one
// run reports all bad keys instead of making the operator fix them one by one.
type decoder struct {
	v    *viper.Viper
	errs []error
}

func (d *decoder) fail(key, format string, args ...any) {
	d.errs = append(d.errs, &FieldError{Key: key, Msg: fmt.Sprintf(format, args...)})
}

// maxExactFloat is the largest integer a float64 holds exactly; JSON numbers
// arrive as float64, and a Discord snowflake above it would silently change.
const maxExactFloat = 1 << 53

func (d *decoder) str(key string) string {
	switch x := d.v.Get(key).(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(x)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < maxExactFloat {
			return strconv.FormatInt(int64(x), 10)
		}
		d.fail(key, "must be a string; quote it so it is not read as the number %v", x)
	case bool:
		return strconv.FormatBool(x)
	default:
		d.fail(key, "must be a string, not %T", x)
	}
	return ""
}

func (d *decoder) oneOf(key string, allowed ...string) string {
	s := strings.ToLower(d.str(key))
	if !slices.Contains(allowed, s) {
		d.fail(key, "%q is not one of %s", s, strings.Join(allowed, ", "))
	}
	return s
}

func (d *decoder) integer(key string, min int64) int64 {
	var n int64
	switch x := d.v.Get(key).(type) {
	case int:
		n = int64(x)
	case int64:
		n = x
	case int32:
		n = int64(x)
	case uint64:
		if x > math.MaxInt64 {
			d.fail(key, "%d is too large", x)
			return 0
		}
		n = int64(x)
	case float64:
		if x != math.Trunc(x) || math.Abs(x) >= maxExactFloat {
			d.fail(key, "%v is not a whole number", x)
			return 0
		}
		n = int64(x)
	case string:
		var err error
		n, err = strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		if err != nil {
			d.fail(key, "%q is not a whole number", x)
			return 0
		}
	default:
		d.fail(key, "must be a whole number, not %T", x)
		return 0
	}
	if n < min {
		d.fail(key, "%d must be at least %d", n, min)
	}
	return n
}

// duration accepts Go duration strings only. A bare number is rejected
// because "30" could mean seconds or nanoseconds depending on who reads it.
func (d *decoder) duration(key string) time.Duration {
	var (
		dur time.Duration
		err error
	)
	switch x := d.v.Get(key).(type) {
	case time.Duration:
		dur = x
	case string:
		dur, err = time.ParseDuration(strings.TrimSpace(x))
		if err != nil {
			d.fail(key, "%q is not a duration like 30s, 5m or 720h", x)
			return 0
		}
	default:
		d.fail(key, "%v is not a duration like 30s, 5m or 720h (write it as a quoted string with a unit)", x)
		return 0
	}
	if dur <= 0 {
		d.fail(key, "%s must be positive", dur)
	}
	return dur
}

// durationOrZero is duration for keys where 0s means "none".
func (d *decoder) durationOrZero(key string) time.Duration {
	if s, ok := d.v.Get(key).(string); ok {
		if dur, err := time.ParseDuration(strings.TrimSpace(s)); err == nil && dur <= 0 {
			if dur < 0 {
				d.fail(key, "%s must not be negative", dur)
			}
			return 0
		}
	}
	return d.duration(key)
}

// httpURL checks an optional absolute http(s) URL.
func (d *decoder) httpURL(key string) string {
	s := d.str(key)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		d.fail(key, "%q is not an absolute http:// or https:// URL", redactURL(s))
	}
	return s
}

// redisURL checks redis.url with the parser the Redis store uses, so the
// check and the store accept exactly the same URLs.
func (d *decoder) redisURL(key string) string {
	s := d.str(key)
	if _, err := redisurl.Parse(s); err != nil {
		d.fail(key, "%q: %s", redisurl.Redact(s), strings.TrimPrefix(err.Error(), "redis: "))
	}
	return s
}

// addr checks a listen address the way net.Listen will read it, so that a
// bad one stops the start with the other config errors instead of failing
// at bind after "serving" was logged.
func (d *decoder) addr(key string) string {
	s := d.str(key)
	host, port, err := net.SplitHostPort(s)
	if err != nil || port == "" {
		d.fail(key, "%q is not a host:port listen address like :8080 or 127.0.0.1:8080", s)
		return s
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		d.fail(key, "%q: port %q is not a number from 0 to 65535", s, port)
	}
	if host != "" && net.ParseIP(host) == nil && !validHostname(host) {
		d.fail(key, "%q: host %q is not an IP address or a host name", s, host)
	}
	return s
}

// validHostname accepts DNS names: dot-separated labels of letters, digits
// and '-', none empty or starting or ending with '-'.
func validHostname(h string) bool {
	if len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(h, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// maxStoreBudget leaves room for the rest of a turn within Slack's 3 s.
const maxStoreBudget = 2500 * time.Millisecond

func decode(v *viper.Viper) (Config, error) {
	d := &decoder{v: v}
	var c Config

	c.DataDir = d.str("data_dir")
	if c.DataDir == "" {
		d.fail("data_dir", "must not be empty")
	}
	c.Store = d.oneOf("store", StoreBolt, StoreRedis, StoreMemory)
	c.Catalog = d.str("catalog")

	c.Redis.URL = d.redisURL("redis.url")

	c.HTTP.Addr = d.addr("http.addr")
	c.HTTP.ReadTimeout = d.duration("http.read_timeout")
	c.HTTP.WriteTimeout = d.duration("http.write_timeout")
	c.HTTP.IdleTimeout = d.duration("http.idle_timeout")
	c.HTTP.ShutdownTimeout = d.duration("http.shutdown_timeout")
	c.HTTP.DrainPeriod = d.durationOrZero("http.drain_period")
	if c.HTTP.ShutdownTimeout > 0 && c.HTTP.DrainPeriod >= c.HTTP.ShutdownTimeout {
		d.fail("http.drain_period", "%s must be shorter than http.shutdown_timeout %s, which it counts against", c.HTTP.DrainPeriod, c.HTTP.ShutdownTimeout)
	}
	c.HTTP.ReadyInterval = d.duration("http.ready_interval")
	c.HTTP.MaxBodyBytes = d.integer("http.max_body_bytes", 1)
	if d.str("http.debug_addr") != "" {
		c.HTTP.DebugAddr = d.addr("http.debug_addr")
	}

	c.Slack.SigningSecret = d.str("slack.signing_secret")
	c.Slack.BotToken = d.str("slack.bot_token")
	c.Slack.AppToken = d.str("slack.app_token")
	c.Slack.APIURL = d.httpURL("slack.api_url")
	if c.Slack.APIURL != "" && !strings.HasSuffix(c.Slack.APIURL, "/") {
		d.fail("slack.api_url", "%q must end with \"/\"", c.Slack.APIURL)
	}
	c.Slack.ClientID = d.str("slack.client_id")
	c.Slack.ClientSecret = d.str("slack.client_secret")

	c.Discord.PublicKey = d.str("discord.public_key")
	if k := c.Discord.PublicKey; k != "" {
		if b, err := hex.DecodeString(k); err != nil || len(b) != 32 {
			d.fail("discord.public_key", "must be 64 hex characters (the application's Ed25519 public key), got %d characters", len(k))
		}
	}
	c.Discord.BotToken = d.str("discord.bot_token")
	c.Discord.AppID = d.str("discord.app_id")
	if id := c.Discord.AppID; id != "" {
		if _, err := strconv.ParseUint(id, 10, 64); err != nil {
			d.fail("discord.app_id", "%q is not a numeric Discord id", id)
		}
	}
	c.Discord.APIURL = d.httpURL("discord.api_url")
	c.Discord.ShardID = int(d.integer("discord.shard_id", 0))
	c.Discord.ShardCount = int(d.integer("discord.shard_count", 0))
	if c.Discord.ShardCount > 0 && c.Discord.ShardID >= c.Discord.ShardCount {
		d.fail("discord.shard_id", "%d must be below discord.shard_count %d", c.Discord.ShardID, c.Discord.ShardCount)
	}
	if c.Discord.ShardCount == 0 && c.Discord.ShardID != 0 {
		d.fail("discord.shard_id", "%d needs discord.shard_count to be set", c.Discord.ShardID)
	}

	c.Session.TTL = d.duration("session.ttl")
	c.Session.StoreBudget = d.duration("session.store_budget")
	if c.Session.StoreBudget >= maxStoreBudget {
		d.fail("session.store_budget", "%s must be under %s: Slack wants an answer within 3s", c.Session.StoreBudget, maxStoreBudget)
	}
	c.PublicURL = d.httpURL("public_url")

	c.Log.Level = d.oneOf("log.level", "debug", "info", "warn", "error")
	c.Log.Format = d.oneOf("log.format", "json", "text", "auto")

	if len(d.errs) > 0 {
		return Config{}, errors.Join(d.errs...)
	}
	return c, nil
}
