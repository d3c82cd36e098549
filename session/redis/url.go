package redis

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"

	goredis "github.com/redis/go-redis/v9"

	"github.com/certpath/certpath/session"
)

// ParseURL turns a Redis URL into client options. The forms are:
//
//	redis://[user:password@]host[:6379][/db]             one node
//	rediss://...                                         the same over TLS
//	redis://host1:6379,host2:6379,host3:6379             Cluster (seed nodes)
//	redis+sentinel://[user:password@]s1:26379,s2:26379/master[/db]
//	redis://s1:26379,s2:26379/db?master_name=master      Sentinel, too
//
// rediss+sentinel:// is Sentinel over TLS. The password, if any, is used
// for the Sentinels and for the master alike. Query parameters: db,
// master_name and client_name. Errors never repeat the URL, which may hold
// a password.
func ParseURL(rawURL string) (*goredis.UniversalOptions, error) {
	scheme, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return nil, errors.New("redis: URL has no scheme; want redis://host:port/db")
	}
	var useTLS, sentinel bool
	switch scheme {
	case "redis":
	case "rediss":
		useTLS = true
	case "redis+sentinel":
		sentinel = true
	case "rediss+sentinel":
		useTLS, sentinel = true, true
	default:
		return nil, fmt.Errorf("redis: URL scheme %q: want redis, rediss, redis+sentinel or rediss+sentinel", scheme)
	}

	// net/url rejects "h1:1,h2:2" as a host, so split the host list off
	// by hand and let net/url read the rest with the first host in place.
	authority, tail := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, tail = rest[:i], rest[i:]
	}
	userinfo := ""
	if i := strings.LastIndex(authority, "@"); i >= 0 {
		userinfo, authority = authority[:i+1], authority[i+1:]
	}
	hosts := strings.Split(authority, ",")
	u, err := url.Parse("redis://" + userinfo + hosts[0] + tail)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // ue.Error() would print the password
		}
		return nil, fmt.Errorf("redis: bad URL: %w", err)
	}

	q := u.Query()
	for name := range q {
		switch name {
		case "db", "master_name", "client_name":
		default:
			return nil, fmt.Errorf("redis: URL parameter %q: want db, master_name or client_name", name)
		}
	}
	opts := &goredis.UniversalOptions{ClientName: q.Get("client_name")}
	if u.User != nil {
		opts.Username = u.User.Username()
		opts.Password, _ = u.User.Password()
	}

	path := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if sentinel && len(path) > 0 {
		opts.MasterName, path = path[0], path[1:]
	}
	if m := q.Get("master_name"); m != "" {
		opts.MasterName, sentinel = m, true
	}
	if sentinel && opts.MasterName == "" {
		return nil, errors.New("redis: Sentinel URL names no master; want redis+sentinel://host:26379/mymaster")
	}
	if sentinel {
		opts.SentinelUsername, opts.SentinelPassword = opts.Username, opts.Password
	}
	db := ""
	switch len(path) {
	case 0:
	case 1:
		db = path[0]
	default:
		return nil, fmt.Errorf("redis: URL path %q: want /db", u.Path)
	}
	if v := q.Get("db"); v != "" {
		db = v
	}
	if db != "" {
		if opts.DB, err = strconv.Atoi(db); err != nil || opts.DB < 0 {
			return nil, fmt.Errorf("redis: database %q: want a number", db)
		}
	}

	defaultPort := "6379"
	if sentinel {
		defaultPort = "26379"
	}
	for _, h := range hosts {
		addr, err := hostPort(h, defaultPort)
		if err != nil {
			return nil, err
		}
		opts.Addrs = append(opts.Addrs, addr)
	}
	if len(opts.Addrs) > 1 && !sentinel && opts.DB != 0 {
		return nil, fmt.Errorf("redis: database %d: Redis Cluster has only database 0", opts.DB)
	}
	if useTLS {
		// No ServerName: each node's certificate is checked against the
		// address dialled, which differs per Cluster node.
		opts.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	return opts, nil
}

func hostPort(h, defaultPort string) (string, error) {
	if h == "" {
		return "", errors.New("redis: URL has an empty host")
	}
	u, err := url.Parse("//" + h)
	if err != nil || u.Hostname() == "" || u.User != nil || u.Path != "" {
		return "", fmt.Errorf("redis: address %q: want host or host:port", h)
	}
	port := u.Port()
	if port == "" {
		port = defaultPort
	}
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
		return "", fmt.Errorf("redis: address %q: bad port", h)
	}
	return net.JoinHostPort(u.Hostname(), port), nil
}

func joinAddrs(addrs []string) string { return strings.Join(addrs, ",") }

// unreachableError is Open's failure: it reads as one line an operator can
// act on ("redis: cannot reach 127.0.0.1:6390: connection refused") and
// still matches session.ErrUnavailable and the underlying cause.
type unreachableError struct {
	addr string
	err  error
}

func (e *unreachableError) Error() string {
	return "redis: cannot reach " + e.addr + ": " + reason(e.err)
}

func (e *unreachableError) Unwrap() []error {
	return []error{session.ErrUnavailable, e.err}
}

// reason is the shortest true account of why a connection failed.
func reason(err error) string {
	var (
		errno syscall.Errno
		dns   *net.DNSError
	)
	switch {
	case errors.As(err, &dns):
		return "cannot resolve " + dns.Name + ": " + dns.Err
	case errors.As(err, &errno):
		return errno.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return "no answer in time (timeout)"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return err.Error()
}
