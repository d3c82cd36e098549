package slack

import (
	"context"
	"github.com/certpath/certpath/internal/testlog"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"go.uber.org/goleak"

	"github.com/certpath/certpath/advisor"
)

// syncBuffer is a log sink the handler's goroutines may share.
type syncBuffer = testlog.Buffer

// TestBackgroundCallsRetried puts faults in front of the calls made after
// the ack: the response_url update of a click, and chat.postMessage of
// Send. Rate limits, 5xx and a hanging API are retried with backoff and
// the answer delivered; a fault that persists ends after maxAttempts calls
// in an error (logged for the click), in bounded time, with no goroutine
// left behind.
func TestBackgroundCallsRetried(t *testing.T) {
	limited := scripted{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "1"}}
	down := scripted{status: http.StatusInternalServerError, body: "<html>oops</html>"}
	bad := scripted{status: http.StatusBadGateway}
	hang := scripted{delay: time.Minute}
	tests := []struct {
		name      string
		via       string // "click" (response_url) or "send" (chat.postMessage)
		script    []scripted
		delivered bool
		calls     int
		minTook   time.Duration
		maxTook   time.Duration
	}{
		{"click: 429 then OK", "click", []scripted{limited}, true, 2, 900 * time.Millisecond, 3 * time.Second},
		{"click: 500 then OK", "click", []scripted{down}, true, 2, backoffBase / 2, 2 * time.Second},
		{"click: 500, 502 then OK", "click", []scripted{down, bad}, true, 3, backoffBase/2 + backoffBase, 3 * time.Second},
		{"click: 500 throughout", "click", []scripted{down, down, down, down}, false, maxAttempts, backoffBase/2 + backoffBase, 3 * time.Second},
		{"click: hanging once then OK", "click", []scripted{hang}, true, 2, 200 * time.Millisecond, 3 * time.Second},
		{"click: hanging throughout", "click", []scripted{hang, hang, hang, hang}, false, maxAttempts, 600 * time.Millisecond, 5 * time.Second},
		{"send: 503 then OK", "send", []scripted{{status: http.StatusServiceUnavailable}}, true, 2, backoffBase / 2, 2 * time.Second},
		{"send: 500 throughout", "send", []scripted{down, down, down, down}, false, maxAttempts, backoffBase/2 + backoffBase, 3 * time.Second},
		{"send: hanging once then OK", "send", []scripted{hang}, true, 2, 200 * time.Millisecond, 3 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			var logs syncBuffer
			tr := &http.Transport{}
			defer tr.CloseIdleConnections()
			e := newEnv(t, func(o *Options) {
				// Far below attemptTimeout: a hang costs the test 200 ms.
				o.HTTPClient = &http.Client{Transport: tr, Timeout: 200 * time.Millisecond}
				o.Log = slog.New(slog.NewTextHandler(&logs, nil))
			})
			defer e.slack.srv.Close()
			method := "response_url"
			if tt.via == "send" {
				method = "chat.postMessage"
			}
			for _, s := range tt.script {
				e.slack.then(method, s)
			}
			began := time.Now()
			var err error
			if tt.via == "click" {
				w := e.interaction(blockAction(testTeam, testUser, "choice_0", "programming=professional", e.slack.responseURL("1")))
				if w.Code != http.StatusOK {
					t.Fatalf("click ack = %d", w.Code)
				}
				if logged := strings.Contains(logs.String(), "slack: update message after click"); logged == tt.delivered {
					t.Errorf("delivered %v, but error logged %v:\n%s", tt.delivered, logged, logs.String())
				}
			} else {
				err = e.h.Send(context.Background(), keyOf("", testTeam, testUser), advisor.Reply{Text: "Weekly check-in."})
				if (err == nil) != tt.delivered {
					t.Errorf("Send = %v, want delivered %v", err, tt.delivered)
				}
			}
			took := time.Since(began)
			if n := len(e.slack.Calls(method)); n != tt.calls {
				t.Errorf("%d %s calls, want %d", n, method, tt.calls)
			}
			if took < tt.minTook || took > tt.maxTook {
				t.Errorf("took %s, want between %s and %s", took, tt.minTook, tt.maxTook)
			}
		})
	}
}

// TestRetryPolicy checks which errors retry retries and that it never
// waits past its bounds.
func TestRetryPolicy(t *testing.T) {
	timeout := &netTimeout{}
	tests := []struct {
		name    string
		errs    []error // what successive attempts return; the last repeats
		ctx     time.Duration
		calls   int
		wantErr bool
	}{
		{"ok", []error{nil}, 0, 1, false},
		{"slack error is final", []error{slack.SlackErrorResponse{Err: "channel_not_found"}}, 0, 1, true},
		{"4xx is final", []error{slack.StatusCodeError{Code: 404}}, 0, 1, true},
		{"5xx retried", []error{slack.StatusCodeError{Code: 500}, nil}, 0, 2, false},
		{"429 without Retry-After retried", []error{slack.StatusCodeError{Code: 429}, nil}, 0, 2, false},
		{"rate limit retried", []error{&slack.RateLimitedError{RetryAfter: time.Millisecond}, nil}, 0, 2, false},
		{"timeout retried", []error{timeout, nil}, 0, 2, false},
		{"5xx throughout", []error{slack.StatusCodeError{Code: 503}}, 0, maxAttempts, true},
		{"Retry-After past maxRateLimitWait", []error{&slack.RateLimitedError{RetryAfter: 2 * maxRateLimitWait}}, 0, 1, true},
		{"Retry-After past ctx", []error{&slack.RateLimitedError{RetryAfter: 5 * time.Second}}, 100 * time.Millisecond, 1, true},
		{"cancelled ctx is final", []error{context.Canceled}, 0, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			if tt.ctx > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctx)
				defer cancel()
			}
			calls := 0
			began := time.Now()
			err := retry(ctx, func(ctx context.Context) error {
				calls++
				if _, ok := ctx.Deadline(); !ok {
					t.Error("attempt without a deadline")
				}
				return tt.errs[min(calls, len(tt.errs))-1]
			})
			if (err != nil) != tt.wantErr || calls != tt.calls {
				t.Errorf("retry = %v after %d calls; want error %v after %d", err, calls, tt.wantErr, tt.calls)
			}
			if last := tt.errs[len(tt.errs)-1]; err != nil && !strings.HasPrefix(err.Error(), last.Error()) {
				t.Errorf("retry = %v, want the last error kept in the chain", err)
			}
			if took := time.Since(began); took > 2*time.Second {
				t.Errorf("took %s", took)
			}
		})
	}
}

type netTimeout struct{}

func (*netTimeout) Error() string   { return "i/o timeout" }
func (*netTimeout) Timeout() bool   { return true }
func (*netTimeout) Temporary() bool { return true }
