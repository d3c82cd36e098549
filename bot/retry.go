package bot

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// The retry policy of every platform API call the adapters make (Slack's
// Web API and response_url, Discord's REST API). The SDKs' own retries stay
// off: they sleep without a context and know neither certpath's deadlines
// nor its budget.
const (
	// RetryAttempts bounds the attempts of one call.
	RetryAttempts = 3
	// RetryBudget bounds one call, attempts and waits included; both
	// platforms keep a reply's token or response_url valid far longer.
	RetryBudget = 30 * time.Second
	// RetryAttemptTimeout bounds one attempt, so a hanging API costs at
	// most this before the next attempt (or the error) comes.
	RetryAttemptTimeout = 10 * time.Second
	// RetryMaxWait is the longest Retry-After certpath waits for; a longer
	// one gives up at once (the caller may try again later).
	RetryMaxWait = 30 * time.Second
	// RetryBackoffBase is the first backoff after a 5xx or a timeout; it
	// doubles per attempt and is jittered to spread a thundering herd.
	RetryBackoffBase = 250 * time.Millisecond
)

// Classify judges a failed attempt: whether another is worth it, how long
// to wait first, and the error to report if none follows (err itself, or
// err wrapped, e.g. as a rate limit).
type Classify func(err error, timedOut bool, attempt int) (wait time.Duration, retry bool, report error)

// Retry runs call, each attempt under a context bounded by
// RetryAttemptTimeout, until it succeeds, fails for good, or the policy
// gives up. It never waits past ctx, RetryBudget or RetryMaxWait: a wait
// that would is not started, so no goroutine sleeps for a call that cannot
// succeed in time. A 5xx or a timeout may mean the platform acted on the
// request, so a retried post can (rarely) appear twice; a lost answer is
// the worse failure.
func Retry(ctx context.Context, call func(ctx context.Context) error, classify Classify) error {
	ctx, cancel := context.WithTimeout(ctx, RetryBudget)
	defer cancel()
	for attempt := 1; ; attempt++ {
		actx, acancel := context.WithTimeout(ctx, RetryAttemptTimeout)
		err := call(actx)
		timedOut := errors.Is(actx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
		acancel()
		if err == nil {
			return nil
		}
		wait, again, report := classify(err, timedOut, attempt)
		if !again || attempt == RetryAttempts || wait > RetryMaxWait {
			return report
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return fmt.Errorf("%w (waiting %s would outlive the deadline: %w)", report, wait, context.DeadlineExceeded)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (gave up waiting %s: %w)", report, wait, ctx.Err())
		case <-t.C:
		}
	}
}

// Backoff is the jittered wait before attempt+1: half of
// RetryBackoffBase·2^(attempt-1) plus a random part of the other half.
func Backoff(attempt int) time.Duration {
	d := RetryBackoffBase << (attempt - 1)
	return d/2 + rand.N(d/2+1)
}
