package redis_test

import (
	"context"
	"testing"

	goredis "github.com/redis/go-redis/v9"
	"go.uber.org/goleak"
)

// TestMain fails the package if a closed Store leaves connection-pool
// goroutines behind. go-redis' dial prober is the one exception: after a
// node died it probes once a second, and sees the pool closed only when
// its sleep ends, up to a second after Close.
func TestMain(m *testing.M) {
	// The failover tests kill nodes on purpose; go-redis would print every
	// refused dial to stderr.
	goredis.SetLogger(quiet{})
	goleak.VerifyTestMain(m, goleak.IgnoreAnyFunction("github.com/redis/go-redis/v9/internal/pool.(*ConnPool).tryDial"))
}

type quiet struct{}

func (quiet) Printf(context.Context, string, ...any) {}
