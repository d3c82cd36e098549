package discord

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/bot"
)

// Every REST call goes through retryREST, which applies the shared policy
// (bot.Retry) with Discord's reading of its errors. discordgo's own
// retries are off (see newSession).
const (
	maxSendAttempts  = bot.RetryAttempts
	maxRateLimitWait = bot.RetryMaxWait
	attemptTimeout   = bot.RetryAttemptTimeout
	backoffBase      = bot.RetryBackoffBase
)

// retryREST runs call under the shared policy:
//
//   - 429: waits what Discord asks for (retry_after in the body, or the
//     Retry-After / X-RateLimit-Reset-After headers, whichever is longest);
//     the error wraps ErrRateLimited when the retries run out.
//   - 5xx and timeouts: jittered exponential backoff.
//   - anything else (4xx, a closed DM, a cancelled ctx): returned at once.
func retryREST(ctx context.Context, call func(ctx context.Context) error) error {
	var hint *restHint
	return bot.Retry(ctx, func(ctx context.Context) error {
		hint = &restHint{}
		return call(withHint(ctx, hint))
	}, func(err error, timedOut bool, attempt int) (time.Duration, bool, error) {
		wait, limited, ok := retryable(err, hint, timedOut, attempt)
		if limited {
			err = fmt.Errorf("%w after %d attempts (retry after %s): %w", ErrRateLimited, attempt, wait, err)
		}
		return wait, ok, err
	})
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
		return max(bot.Backoff(attempt), after), false, true
	}
	return 0, false, false
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
	m = h.drawn(m)
	if len(m.Files) > 0 {
		return h.upload(ctx, discordgo.EndpointWebhookToken(i.AppID, i.Token), m.webhook(), m.Files)
	}
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
	m = h.drawn(m)
	if len(m.Files) > 0 {
		return h.upload(ctx, discordgo.EndpointChannelMessages(channel), m.send(), m.Files)
	}
	return retryREST(ctx, func(ctx context.Context) error {
		_, err := h.rest.ChannelMessageSendComplex(channel, m.send(), discordgo.WithContext(ctx))
		return err
	})
}
