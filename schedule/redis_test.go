package schedule_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/certpath/certpath/schedule"
	"github.com/certpath/certpath/session/redis"
	"github.com/certpath/certpath/session/redis/redistest"
)

// openRedis opens one replica's connection to the test's Redis under a
// prefix shared by the test's replicas, and removes the keys afterwards.
func openRedis(t *testing.T, url, prefix string) *redis.Store {
	t.Helper()
	st, err := redis.Open(context.Background(), url, redis.Options{Prefix: prefix})
	if err != nil {
		t.Fatalf("open redis: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func cleanupPrefix(t *testing.T, url, prefix string) {
	t.Helper()
	o, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c := goredis.NewClient(o)
	t.Cleanup(func() {
		ctx := context.Background()
		iter := c.Scan(ctx, 0, prefix+"*", 100).Iterator()
		for iter.Next(ctx) {
			c.Del(ctx, iter.Val())
		}
		_ = c.Close()
	})
}

// Two scheduler instances, each with its own Redis connection as two
// replicas would have, send every learner's check-in exactly once, and a
// third started later sends nothing again.
func TestTwoSchedulersOverRedis(t *testing.T) {
	url, _ := redistest.Start(t)
	prefix := redistest.Prefix(t)
	cleanupPrefix(t, url, prefix)
	replicaA, replicaB := openRedis(t, url, prefix), openRedis(t, url, prefix)

	c := &clock{t: signup}
	adv := newAdvisor(t)
	const learners = 8
	// Learners talk to either replica; the index must end up whole.
	done := make(chan struct{})
	for i := range learners {
		st := replicaA
		if i%2 == 1 {
			st = replicaB
		}
		go func() {
			defer func() { done <- struct{}{} }()
			signUpWeekly(t, schedule.Track(st, quiet), adv, fmt.Sprintf("u%02d", i))
		}()
	}
	for range learners {
		<-done
	}

	c.Set(firstDue.Add(time.Minute))
	o := &outbox{}
	a, b := newScheduler(replicaA, adv, c, o), newScheduler(replicaB, adv, c, o)
	replicas := []*schedule.Scheduler{a, b}
	runReplicas(t, 2, func() *schedule.Scheduler { s := replicas[0]; replicas = replicas[1:]; return s })
	assertOncePerLearner(t, o, learners)

	// A replica that restarts later the same week sends nothing again.
	c.Set(firstDue.Add(26 * time.Hour))
	tick(t, newScheduler(openRedis(t, url, prefix), adv, c, o))
	assertOncePerLearner(t, o, learners)
}
