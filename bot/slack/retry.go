package slack

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// The retry policy of every Web API and response_url call the adapter
// makes, in one place (retry). slack-go's own retries stay off: they know
// neither certpath's deadlines nor its budget.
const (
	// maxAttempts bounds the attempts of one call.
	maxAttempts = 3
	// maxRateLimitWait is the longest Retry-After certpath waits for; a
	// longer one gives up at once.
	maxRateLimitWait = 30 * time.Second
	// retryBudget bounds one call, attempts and waits included; it
	// matches backgroundTimeout, and a response_url stays valid for 30
	// minutes.
	retryBudget = 30 * time.Second
	// attemptTimeout bounds one attempt, so a hanging API costs at most
	// this before the next attempt (or the error) comes.
	attemptTimeout = 10 * time.Second
	// backoffBase is the first backoff after a 5xx or a timeout; it
	// doubles per attempt and is jittered.
	backoffBase = 250 * time.Millisecond
)

// retry runs call, with a context bounded by attemptTimeout, until it
// succeeds, fails for good, or the policy gives up:
//
//   - 429 (*slack.RateLimitedError): waits Slack's Retry-After;
//   - 5xx (slack.StatusCodeError) and timeouts: jittered exponential
//     backoff from backoffBase;
//   - anything else (Slack's ok:false errors, 4xx, a cancelled ctx):
//     returned at once.
//
// It never waits past ctx, retryBudget or maxRateLimitWait: a wait that
// would is not started. The last error is returned as it came, so callers
// still find *slack.RateLimitedError or slack.SlackErrorResponse in it. A
// 5xx or a timeout may mean Slack acted on the request, so a retried post
// can (rarely) appear twice; a lost answer is the worse failure.
func retry(ctx context.Context, call func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, retryBudget)
	defer cancel()
	for attempt := 1; ; attempt++ {
		actx, acancel := context.WithTimeout(ctx, attemptTimeout)
		err := call(actx)
		timedOut := errors.Is(actx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
		acancel()
		if err == nil {
			return nil
		}
		wait, ok := retryable(err, timedOut, attempt)
		if !ok || attempt == maxAttempts || wait > maxRateLimitWait {
			return err
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return fmt.Errorf("%w (waiting %s would outlive the deadline: %w)", err, wait, context.DeadlineExceeded)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (gave up waiting: %w)", err, ctx.Err())
		case <-t.C:
		}
	}
}

// retryable reports whether err is worth another attempt and how long to
// wait first.
func retryable(err error, timedOut bool, attempt int) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return rl.RetryAfter, true
	}
	var sc slack.StatusCodeError
	var ne net.Error
	switch {
	case errors.As(err, &sc) && (sc.Code >= 500 || sc.Code == http.StatusTooManyRequests):
		// A 429 without Retry-After is a StatusCodeError too.
		return backoff(attempt), true
	case timedOut, errors.As(err, &ne) && ne.Timeout():
		return backoff(attempt), true
	}
	return 0, false
}

// backoff is the jittered wait before attempt+1: half of
// backoffBase·2^(attempt-1) plus a random part of the other half.
func backoff(attempt int) time.Duration {
	d := backoffBase << (attempt - 1)
	return d/2 + rand.N(d/2+1)
}
