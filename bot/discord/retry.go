package discord

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// The retry policy of every REST call the adapter makes. discordgo's own
// retries are off (see newSession): they sleep without a context and would
// hold a goroutine for as long as Discord asks. Instead each call goes
// through retryREST, which bounds attempts, each attempt and the whole.
const (
	// maxSendAttempts bounds the attempts of one REST call.
	maxSendAttempts = 3
	// maxRateLimitWait is the longest Retry-After certpath waits for; a
	// longer one gives up at once (the caller may try again later).
	maxRateLimitWait = 30 * time.Second
	// retryBudget bounds one REST call, attempts and waits included. An
	// interaction token lasts 15 minutes, so this stays well inside it.
	retryBudget = 30 * time.Second
	// attemptTimeout bounds one attempt, so a hanging API costs at most
	// this before the next attempt (or the error) comes.
	attemptTimeout = 10 * time.Second
	// backoffBase is the first backoff after a 5xx or a timeout; it
	// doubles per attempt and is jittered to spread a thundering herd.
	backoffBase = 250 * time.Millisecond
)

// retryREST runs call, with a context bounded by attemptTimeout, until it
// succeeds, fails for good, or the policy gives up:
//
//   - 429: waits what Discord asks for (retry_after in the body, or the
//     Retry-After / X-RateLimit-Reset-After headers, whichever is longest);
//     the error wraps ErrRateLimited when the retries run out.
//   - 5xx and timeouts: jittered exponential backoff from backoffBase.
//   - anything else (4xx, a closed DM, a cancelled ctx): returned at once.
//
// It never waits past ctx, retryBudget or maxRateLimitWait: a wait that
// would is not started, so no goroutine sleeps for a call that cannot
// succeed in time. A 5xx or a timeout may mean Discord acted on the
// request, so a retried follow-up can (rarely) appear twice; a lost answer
// is the worse failure.
func retryREST(ctx context.Context, call func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, retryBudget)
	defer cancel()
	for attempt := 1; ; attempt++ {
		var hint restHint
		actx, acancel := context.WithTimeout(withHint(ctx, &hint), attemptTimeout)
		err := call(actx)
		timedOut := errors.Is(actx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
		acancel()
		if err == nil {
			return nil
		}
		wait, limited, ok := retryable(err, &hint, timedOut, attempt)
		if !ok {
			return err
		}
		if limited {
			err = fmt.Errorf("%w after %d attempts (retry after %s): %w", ErrRateLimited, attempt, wait, err)
		}
		if attempt == maxSendAttempts || wait > maxRateLimitWait {
			return err
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			// The wait alone would outlive the call's deadline.
			return fmt.Errorf("%w; waiting %s would outlive the deadline: %w", err, wait, context.DeadlineExceeded)
		}
		timer := time.NewTimer(wait)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("%w; gave up waiting %s: %w", err, wait, ctx.Err())
		}
	}
}

// retryable reports whether err is worth another attempt and how long to
// wait first; limited marks a rate limit.
func retryable(err error, hint *restHint, timedOut bool, attempt int) (wait time.Duration, limited, ok bool) {
	status, after := hint.get()
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return max(rl.RetryAfter, after), true, true
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		status = rest.Response.StatusCode
	}
	var ne net.Error
	switch {
	case status == http.StatusTooManyRequests:
		return after, true, true
	case status >= 500, timedOut, errors.As(err, &ne) && ne.Timeout():
		return max(backoff(attempt), after), false, true
	}
	return 0, false, false
}

// backoff is the jittered wait before attempt+1: half of
// backoffBase·2^(attempt-1) plus a random part of the other half.
func backoff(attempt int) time.Duration {
	d := backoffBase << (attempt - 1)
	return d/2 + rand.N(d/2+1)
}

// restHint carries what the response of one attempt said about retrying,
// read off the wire by hintTransport: discordgo's errors do not keep the
// headers of a 429, nor the status of a 502.
type restHint struct {
	mu     sync.Mutex
	status int
	after  time.Duration
}

func (h *restHint) set(status int, after time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.status, h.after = status, after
}

func (h *restHint) get() (int, time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.status, h.after
}

type hintKey struct{}

func withHint(ctx context.Context, h *restHint) context.Context {
	return context.WithValue(ctx, hintKey{}, h)
}

// hintTransport records the status and the rate limit headers of error
// responses in the request's restHint. It also caps
// X-RateLimit-Reset-After at maxRateLimitWait: discordgo's bucket sleeps
// that long, without a context, before the next call on the route.
type hintTransport struct {
	base http.RoundTripper
}

func (t *hintTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		return resp, err
	}
	if after := headerSeconds(resp.Header.Get("X-RateLimit-Reset-After")); after > maxRateLimitWait {
		resp.Header.Set("X-RateLimit-Reset-After", strconv.Itoa(int(maxRateLimitWait/time.Second)))
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		if h, ok := r.Context().Value(hintKey{}).(*restHint); ok {
			after := max(headerSeconds(resp.Header.Get("Retry-After")), headerSeconds(resp.Header.Get("X-RateLimit-Reset-After")))
			h.set(resp.StatusCode, after)
		}
	}
	return resp, nil
}

// headerSeconds parses a number of seconds, fractions allowed, as Discord
// sends them; anything else is 0.
func headerSeconds(v string) time.Duration {
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f <= 0 || f > 24*3600 {
		return 0
	}
	return time.Duration(f * float64(time.Second))
}

// The REST calls of the handler, each under retryREST. The payload is
// built per attempt, so a retry uploads fresh file readers.

func (h *Handler) respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	return retryREST(ctx, func(ctx context.Context) error {
		return h.rest.InteractionRespond(i, resp, discordgo.WithContext(ctx))
	})
}

func (h *Handler) editOriginal(ctx context.Context, i *discordgo.Interaction, m message) error {
	return retryREST(ctx, func(ctx context.Context) error {
		_, err := h.rest.InteractionResponseEdit(i, m.edit(), discordgo.WithContext(ctx))
		return err
	})
}

func (h *Handler) followup(ctx context.Context, i *discordgo.Interaction, m message) error {
	return retryREST(ctx, func(ctx context.Context) error {
		_, err := h.rest.FollowupMessageCreate(i, false, m.webhook(), discordgo.WithContext(ctx))
		return err
	})
}

func (h *Handler) openDM(ctx context.Context, user string) (*discordgo.Channel, error) {
	var ch *discordgo.Channel
	err := retryREST(ctx, func(ctx context.Context) (err error) {
		ch, err = h.rest.UserChannelCreate(user, discordgo.WithContext(ctx))
		return err
	})
	return ch, err
}

func (h *Handler) sendMessage(ctx context.Context, channel string, m message) error {
	return retryREST(ctx, func(ctx context.Context) error {
		_, err := h.rest.ChannelMessageSendComplex(channel, m.send(), discordgo.WithContext(ctx))
		return err
	})
}
