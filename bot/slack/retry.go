package slack

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/bot"
)

// Every Web API and response_url call goes through retry, which applies
// the shared policy (bot.Retry) with Slack's reading of its errors.
const (
	maxAttempts      = bot.RetryAttempts
	maxRateLimitWait = bot.RetryMaxWait
	attemptTimeout   = bot.RetryAttemptTimeout
	backoffBase      = bot.RetryBackoffBase
)

// retry runs call under the shared policy:
//
//   - 429 (*slack.RateLimitedError): waits Slack's Retry-After;
//   - 5xx (slack.StatusCodeError) and timeouts: jittered exponential
//     backoff;
//   - anything else (Slack's ok:false errors, 4xx, a cancelled ctx):
//     returned at once.
//
// The last error is returned as it came, so callers still find
// *slack.RateLimitedError or slack.SlackErrorResponse in it.
func retry(ctx context.Context, call func(ctx context.Context) error) error {
	return bot.Retry(ctx, call, func(err error, timedOut bool, attempt int) (time.Duration, bool, error) {
		wait, ok := retryable(err, timedOut, attempt)
		return wait, ok, err
	})
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
		return bot.Backoff(attempt), true
	case timedOut, errors.As(err, &ne) && ne.Timeout():
		return bot.Backoff(attempt), true
	}
	return 0, false
}
