package main

import (
	"context"
	"time"

	"github.com/certpath/certpath/config"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/redis"
)

func openBolt(cfg config.Config) (session.Store, error) {
	return bolt.Open(boltPath(cfg), bolt.Options{TTL: cfg.Session.TTL})
}

func openRedis(ctx context.Context, cfg config.Config) (session.Store, error) {
	// Never hang at start: an unreachable Redis fails within 10 s with a
	// message naming the address.
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return redis.Open(ctx, cfg.Redis.URL, redis.Options{TTL: cfg.Session.TTL})
}
