// Package redisurl reads the Redis URLs certpath accepts in redis.url. It is
// the one parser behind both the configuration check (package config) and
// the Redis store (package session/redis), so a URL that passes the check
// is one the store can open, and the other way round. It imports no Redis
// client: config stays free of one.
//
// The forms, each with an example in docs/DEPLOY.md:
//
//	redis://[user:password@]host[:6379][/db]                        one node
//	rediss://[user:password@]host[:6379][/db]                       one node over TLS
//	unix://[user:password@]/path/to/redis.sock[?db=N]               one node on a socket
//	redis+sentinel://[user:password@]s1[:26379],s2,.../master[/db]  Sentinel
//	redis+cluster://[user:password@]n1[:6379],n2,...                Cluster (seed nodes)
//
// rediss+sentinel:// and rediss+cluster:// are the same over TLS. Two older
// spellings still work: redis:// with several hosts is a Cluster, and
// ?master_name=M makes a redis:// URL a Sentinel one. Query parameters: db,
// client_name, master_name, and for Sentinel sentinel_username and
// sentinel_password. Without those the user and password, if any, are used
// for the Sentinels and for the master alike.
//
// Errors never repeat the URL, which may hold a password; Redact shows it
// without one.
package redisurl

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// Topology is how the Redis behind a URL is deployed.
type Topology string

// The topologies a URL can name.
const (
	Node     Topology = "node"
	Sentinel Topology = "sentinel"
	Cluster  Topology = "cluster"
)

// Default ports when a host names none.
const (
	DefaultPort         = "6379"
	DefaultSentinelPort = "26379"
)

// URL is a parsed redis.url.
type URL struct {
	Topology Topology
	// Network is "tcp", or "unix" for a socket (Addrs then holds its path).
	Network string
	// Addrs are host:port pairs: the node, the Sentinels or the Cluster's
	// seed nodes; or the one socket path.
	Addrs      []string
	DB         int
	Username   string
	Password   string
	MasterName string // Sentinel only
	// SentinelUsername and SentinelPassword log in to the Sentinels; they
	// default to Username and Password.
	SentinelUsername string
	SentinelPassword string
	TLS              bool
	ClientName       string
}

// Forms is the list of schemes for messages.
const Forms = "redis://, rediss://, unix://, redis+sentinel://, rediss+sentinel://, redis+cluster:// or rediss+cluster://"

// Parse reads a redis.url.
func Parse(raw string) (URL, error) {
	scheme, rest, ok := strings.Cut(strings.TrimSpace(raw), "://")
	if !ok {
		return URL{}, errors.New("redis: URL has no scheme; want redis://host:port/db (or " + Forms + ")")
	}
	u := URL{Topology: Node, Network: "tcp"}
	switch strings.ToLower(scheme) {
	case "redis":
	case "rediss":
		u.TLS = true
	case "unix":
		u.Network = "unix"
	case "redis+sentinel":
		u.Topology = Sentinel
	case "rediss+sentinel":
		u.Topology, u.TLS = Sentinel, true
	case "redis+cluster":
		u.Topology = Cluster
	case "rediss+cluster":
		u.Topology, u.TLS = Cluster, true
	default:
		return URL{}, fmt.Errorf("redis: URL scheme %q: want %s", scheme, Forms)
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
	if u.Network == "unix" {
		if authority != "" {
			return URL{}, errors.New("redis: unix:// URL names a host; want unix:///path/to/redis.sock")
		}
		hosts = nil
	}
	first := ""
	if len(hosts) > 0 {
		first = hosts[0]
	}
	p, err := url.Parse("redis://" + userinfo + first + tail)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // ue.Error() would print the password
		}
		return URL{}, fmt.Errorf("redis: bad URL: %w", err)
	}
	if p.Fragment != "" {
		return URL{}, errors.New("redis: URL has a #fragment; remove it")
	}
	if p.User != nil {
		u.Username = p.User.Username()
		u.Password, _ = p.User.Password()
	}

	q := p.Query()
	for name := range q {
		switch name {
		case "db", "client_name", "master_name", "sentinel_username", "sentinel_password":
		default:
			return URL{}, fmt.Errorf("redis: URL parameter %q: want db, client_name, master_name, sentinel_username or sentinel_password", name)
		}
	}
	u.ClientName = q.Get("client_name")
	if m := q.Get("master_name"); m != "" {
		if u.Topology == Cluster || u.Network == "unix" {
			return URL{}, fmt.Errorf("redis: master_name is for Sentinel URLs, not %s ones", scheme)
		}
		u.Topology, u.MasterName = Sentinel, m
	}

	db := q.Get("db")
	var path []string
	if u.Network == "unix" {
		if p.Path == "" || p.Path == "/" {
			return URL{}, errors.New("redis: unix:// URL has no socket path; want unix:///path/to/redis.sock")
		}
		u.Addrs = []string{p.Path}
	} else {
		path = strings.FieldsFunc(p.Path, func(r rune) bool { return r == '/' })
	}
	if u.Topology == Sentinel {
		u.SentinelUsername, u.SentinelPassword = u.Username, u.Password
		if q.Has("sentinel_username") {
			u.SentinelUsername = q.Get("sentinel_username")
		}
		if q.Has("sentinel_password") {
			u.SentinelPassword = q.Get("sentinel_password")
		}
	} else if q.Has("sentinel_username") || q.Has("sentinel_password") {
		return URL{}, errors.New("redis: sentinel_username and sentinel_password are for Sentinel URLs")
	}
	if u.Topology == Sentinel && u.MasterName == "" {
		if len(path) == 0 {
			return URL{}, errors.New("redis: Sentinel URL names no master; want redis+sentinel://host:26379/mymaster")
		}
		u.MasterName, path = path[0], path[1:]
	}
	switch len(path) {
	case 0:
	case 1:
		if db == "" {
			db = path[0]
		}
	default:
		return URL{}, fmt.Errorf("redis: URL path %q: want /db", p.Path)
	}
	if db != "" {
		if u.DB, err = strconv.Atoi(db); err != nil || u.DB < 0 {
			return URL{}, fmt.Errorf("redis: database %q: want a number", db)
		}
	}

	if u.Network == "tcp" {
		defaultPort := DefaultPort
		if u.Topology == Sentinel {
			defaultPort = DefaultSentinelPort
		}
		for _, h := range hosts {
			addr, err := hostPort(h, defaultPort)
			if err != nil {
				return URL{}, err
			}
			u.Addrs = append(u.Addrs, addr)
		}
		if len(u.Addrs) > 1 && u.Topology == Node {
			u.Topology = Cluster
		}
	}
	if u.Topology == Cluster && u.DB != 0 {
		return URL{}, fmt.Errorf("redis: database %d: Redis Cluster has only database 0", u.DB)
	}
	return u, nil
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

// Where is the address list for messages: the socket path, the host:port,
// or the comma-joined Sentinels or seed nodes. It never holds a password.
func (u URL) Where() string { return strings.Join(u.Addrs, ",") }

// Redact returns raw with its password and any password-like query
// parameter (sentinel_password) replaced by "xxxxx", for printing a
// configuration. A URL this package cannot even split shows as
// "(unparseable URL)", since which part is the password is unknown.
func Redact(raw string) string {
	if raw == "" {
		return ""
	}
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		if strings.Contains(raw, "@") {
			return "(unparseable URL)"
		}
		return raw
	}
	authority, tail := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, tail = rest[:i], rest[i:]
	}
	if i := strings.LastIndex(authority, "@"); i >= 0 {
		if user, _, hasPassword := strings.Cut(authority[:i], ":"); hasPassword {
			authority = user + ":xxxxx" + authority[i:]
		}
	}
	if path, query, ok := strings.Cut(tail, "?"); ok {
		params := strings.Split(query, "&")
		for i, p := range params {
			name, _, _ := strings.Cut(p, "=")
			n := strings.ToLower(name)
			if strings.Contains(n, "password") || strings.Contains(n, "secret") || strings.Contains(n, "token") {
				params[i] = name + "=xxxxx"
			}
		}
		tail = path + "?" + strings.Join(params, "&")
	}
	return scheme + "://" + authority + tail
}
