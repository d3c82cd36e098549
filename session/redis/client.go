package redis

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"

	goredis "github.com/redis/go-redis/v9"

	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/redis/redisurl"
)

// newClient builds the go-redis client for u's topology with the store's
// timeouts and retry policy in base.
func newClient(u redisurl.URL, base goredis.UniversalOptions) goredis.UniversalClient {
	o := base
	o.Addrs = u.Addrs
	o.DB = u.DB
	o.Username, o.Password = u.Username, u.Password
	o.ClientName = u.ClientName
	if u.TLS {
		// No ServerName: each node's certificate is checked against the
		// address dialled, which differs per Cluster node.
		o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	switch u.Topology {
	case redisurl.Sentinel:
		o.MasterName = u.MasterName
		o.SentinelUsername, o.SentinelPassword = u.SentinelUsername, u.SentinelPassword
		return goredis.NewFailoverClient(o.Failover())
	case redisurl.Cluster:
		return goredis.NewClusterClient(o.Cluster())
	}
	so := o.Simple()
	so.Network = u.Network
	return goredis.NewClient(so)
}

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

// ErrUnknownMaster is Open's error when the Sentinels answer but know no
// master of the name in the URL: a typo, not an outage.
var ErrUnknownMaster = errors.New("redis: unknown Sentinel master")

// diagnoseSentinel explains why a Sentinel client could not reach its
// master: the go-redis error says "all sentinels are unreachable" both when
// they are and when they answer that they know no such master. It asks
// each Sentinel itself.
func diagnoseSentinel(ctx context.Context, u redisurl.URL, base goredis.UniversalOptions, pingErr error) error {
	var unreachable []string
	var lastErr error
	for _, addr := range u.Addrs {
		o := base
		o.Addrs = []string{addr}
		o.Username, o.Password = u.SentinelUsername, u.SentinelPassword
		if u.TLS {
			o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		}
		so := o.Simple()
		sc := goredis.NewSentinelClient(so)
		master, err := sc.GetMasterAddrByName(ctx, u.MasterName).Result()
		_ = sc.Close()
		switch {
		case errors.Is(err, goredis.Nil):
			return fmt.Errorf("%w: the Sentinel at %s knows no master named %q (check the name in redis.url)", ErrUnknownMaster, addr, u.MasterName)
		case err != nil:
			unreachable = append(unreachable, addr)
			lastErr = err
		case len(master) == 2:
			// The Sentinels know the master; it is the master that fails.
			return &unreachableError{addr: "master " + u.MasterName + " at " + net.JoinHostPort(master[0], master[1]) + " (from the Sentinel at " + addr + ")", err: pingErr}
		}
	}
	if lastErr == nil {
		lastErr = pingErr
	}
	return &unreachableError{addr: "any Sentinel (" + strings.Join(unreachable, ", ") + ")", err: lastErr}
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
