package discord

import (
	"github.com/certpath/certpath/internal/testlog"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/goleak"

	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord/discordtest"
)

// syncBuffer is a log sink the handler's goroutines may share.
type syncBuffer = testlog.Buffer

// TestDeferredEditRetried defers a slow turn and makes the edit of
// @original meet a fault: a rate limit or a 5xx is retried and the answer
// delivered; a fault that persists ends, after maxSendAttempts calls, in one
// logged error; a hanging API costs bounded time; a Retry-After longer than
// certpath waits gives up at once. No goroutine is left behind.
func TestDeferredEditRetried(t *testing.T) {
	edit := apiPath("/webhooks/" + testApp + "/itoken/messages/@original")
	fault := func(status, times int, retryAfter, delay time.Duration) discordtest.Fault {
		return discordtest.Fault{Method: http.MethodPatch, Path: edit, Status: status, RetryAfter: retryAfter, Delay: delay, Times: times}
	}
	tests := []struct {
		name      string
		fault     discordtest.Fault
		delivered bool
		calls     int
		minTook   time.Duration // from the interaction to the end of the work
		maxTook   time.Duration
	}{
		{"429 then OK", fault(http.StatusTooManyRequests, 1, 300*time.Millisecond, 0), true, 2, 300 * time.Millisecond, 3 * time.Second},
		{"500 then OK", fault(http.StatusInternalServerError, 1, 0, 0), true, 2, backoffBase / 2, 3 * time.Second},
		{"502 twice then OK", fault(http.StatusBadGateway, 2, 0, 0), true, 3, backoffBase/2 + backoffBase, 4 * time.Second},
		{"500 throughout", fault(http.StatusInternalServerError, 99, 0, 0), false, maxSendAttempts, backoffBase/2 + backoffBase, 4 * time.Second},
		{"429 throughout", fault(http.StatusTooManyRequests, 99, 100*time.Millisecond, 0), false, maxSendAttempts, 200 * time.Millisecond, 3 * time.Second},
		{"429 longer than certpath waits", fault(http.StatusTooManyRequests, 99, 2*maxRateLimitWait, 0), false, 1, 0, 2 * time.Second},
		{"hanging API", fault(0, 99, 0, time.Minute), false, maxSendAttempts, 3 * 200 * time.Millisecond, 5 * time.Second},
		{"hanging once then OK", fault(0, 1, 0, time.Minute), true, 2, 200 * time.Millisecond, 3 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			var logs syncBuffer
			tr := &http.Transport{}
			defer tr.CloseIdleConnections()
			hs := newHarness(t, func(o *Options, c *bot.Conversations) {
				o.DeferAfter = 10 * time.Millisecond
				// A client bound far below attemptTimeout stands in for a
				// hanging API without making the test wait 10 s per call.
				o.HTTPClient = &http.Client{Transport: tr, Timeout: 200 * time.Millisecond}
				o.Log = slog.New(slog.NewTextHandler(&logs, nil))
				c.Store = slowStore{Store: c.Store, delay: 50 * time.Millisecond}
			})
			defer hs.api.Close()
			hs.api.Inject(tt.fault)
			began := time.Now()
			if resp := hs.interact(hs.slash(testGuild, "help")); resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
				t.Fatalf("response type %d, want a deferral", resp.Type)
			}
			hs.wait()
			took := time.Since(began)
			if n := len(hs.api.Find(http.MethodPatch, edit)); n != tt.calls {
				t.Errorf("%d edits of @original, want %d", n, tt.calls)
			}
			logged := strings.Contains(logs.String(), "discord: edit deferred response")
			if logged == tt.delivered {
				t.Errorf("delivered %v, but error logged %v:\n%s", tt.delivered, logged, logs.String())
			}
			if took < tt.minTook || took > tt.maxTook {
				t.Errorf("took %s, want between %s and %s", took, tt.minTook, tt.maxTook)
			}
		})
	}
}

func TestRetryableWaits(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"1", time.Second}, {"0.25", 250 * time.Millisecond}, {"-3", 0}, {"soon", 0}, {"1e12", 0},
	}
	for _, tt := range tests {
		if got := headerSeconds(tt.in); got != tt.want {
			t.Errorf("headerSeconds(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
