package bot_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/certpath/certpath/bot"
)

var errTransient = errors.New("503")

func TestRetry(t *testing.T) {
	tests := []struct {
		name      string
		failures  int           // attempts that fail before one succeeds
		wait      time.Duration // what classify asks to wait
		retryable bool
		wantCalls int32
		wantErr   bool
	}{
		{"success at once", 0, 0, true, 1, false},
		{"transient then success", 2, time.Millisecond, true, 3, false},
		{"transient throughout", 99, time.Millisecond, true, bot.RetryAttempts, true},
		{"permanent", 99, 0, false, 1, true},
		{"wait longer than certpath waits", 99, 2 * bot.RetryMaxWait, true, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			err := bot.Retry(context.Background(), func(ctx context.Context) error {
				if _, ok := ctx.Deadline(); !ok {
					t.Error("an attempt ran without a deadline")
				}
				if calls.Add(1) <= int32(tt.failures) {
					return errTransient
				}
				return nil
			}, func(err error, _ bool, _ int) (time.Duration, bool, error) {
				return tt.wait, tt.retryable, err
			})
			if calls.Load() != tt.wantCalls || (err != nil) != tt.wantErr {
				t.Errorf("calls %d, err %v; want %d calls, error %v", calls.Load(), err, tt.wantCalls, tt.wantErr)
			}
			if tt.wantErr && !errors.Is(err, errTransient) {
				t.Errorf("err %v does not wrap the last failure", err)
			}
		})
	}
}

func TestRetryNeverWaitsPastTheDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := bot.Retry(ctx, func(context.Context) error { return errTransient },
		func(err error, _ bool, _ int) (time.Duration, bool, error) { return time.Second, true, err })
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, errTransient) || time.Since(start) > 500*time.Millisecond {
		t.Errorf("err %v after %v; want an immediate give-up naming the deadline", err, time.Since(start))
	}
}

func TestRetryHangingAttemptIsBounded(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var timedOut bool
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	err := bot.Retry(ctx, func(ctx context.Context) error {
		<-ctx.Done() // a hanging API
		return ctx.Err()
	}, func(err error, to bool, _ int) (time.Duration, bool, error) {
		timedOut = to
		return 0, true, err
	})
	if err == nil || timedOut {
		t.Errorf("cancelled hang: err %v, timedOut %v", err, timedOut)
	}
}

func TestBackoffIsJitteredAndGrows(t *testing.T) {
	for attempt := 1; attempt <= bot.RetryAttempts; attempt++ {
		d := bot.RetryBackoffBase << (attempt - 1)
		for range 100 {
			if got := bot.Backoff(attempt); got < d/2 || got > d {
				t.Fatalf("Backoff(%d) = %s, want within [%s, %s]", attempt, got, d/2, d)
			}
		}
	}
}
