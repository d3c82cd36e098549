// Package load is certpath's load generator. It sends really signed Slack
// slash commands (HMAC-SHA256 over "v0:ts:body") and Discord interactions
// (Ed25519 over timestamp+body), each with a fresh timestamp, over a fixed
// number of keep-alive connections, and reports throughput and latency
// percentiles. It drives certpath and its peers (the Bolt and
// discord-interactions apps in bench/peers) the same way, so their numbers
// can be compared. It only ever targets loopback addresses, and every run
// is bounded in time and in request count.
package load

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Platform says how requests are built and signed.
type Platform string

// The platforms the generator speaks.
const (
	Slack   Platform = "slack"
	Discord Platform = "discord"
)

// Hard bounds of one run, whatever the options say: a load test on a
// shared machine must stop by itself.
const (
	MaxDuration = 10 * time.Minute
	MaxRequests = 5_000_000
	MaxConns    = 1024
)

// Options configure a Run. URL, Platform and the platform's secret are
// required; zero values elsewhere take the defaults noted.
type Options struct {
	// URL is the endpoint, e.g. http://127.0.0.1:8080/slack/commands. Its
	// host must be a loopback address or "localhost".
	URL      string
	Platform Platform
	// SlackSecret is the signing secret the target verifies with.
	SlackSecret string
	// DiscordKey is the private half of the key pair whose public key the
	// target is configured with.
	DiscordKey ed25519.PrivateKey

	Conns    int           // keep-alive connections (default 16)
	Duration time.Duration // how long to send (default 10 s, at most MaxDuration)
	// Requests stops the run after this many requests (0 = MaxRequests).
	Requests int64
	// Rate is the total requests per second in fixed-rate mode; 0 sends as
	// fast as the connections allow (closed loop). In fixed-rate mode a
	// request's latency counts from when it was due, not from when it was
	// sent, so a stalled server cannot hide its stall (coordinated
	// omission).
	Rate float64
	// Users is how many distinct users the requests cycle through
	// (default 1000); request k comes from user k mod Users, and each user
	// walks through the script in order, so every user has a real
	// conversation.
	Users int
	// UserPrefix makes user ids distinct across runs (default "U").
	UserPrefix string
	// Texts is the script of what users type (default DefaultTexts for
	// Slack; Discord sends subcommands built from the same texts).
	Texts []string
	// Timeout bounds one request (default 5 s); a request that takes
	// longer counts as a timeout error.
	Timeout time.Duration
	// FailBody counts a 2xx response whose body contains this string as an
	// error, e.g. certpath's "try again" reply when its store is down.
	FailBody string
	// Now is the clock the signatures' timestamps come from (default
	// time.Now).
	Now func() time.Time
}

// DefaultTexts is a user's script: interview answers, a plan, and FAQ
// questions, the mix a real workspace would send.
var DefaultTexts = []string{
	"start",
	"I write python every day but never touched ML",
	"I want to become an MLOps engineer",
	"about 6 hours a week",
	"I can pay a little",
	"plan",
	"how much does a coursera certificate cost",
	"do I need a degree for machine learning jobs",
	"is the tensorflow developer certificate still offered",
	"help",
}

// Result is what a run measured. Durations are in the JSON as
// nanoseconds; Text renders them for people.
type Result struct {
	// Label names what was measured, e.g. "certpath-memory" or "bolt-peer".
	Label string `json:"label,omitempty"`
	// Round names the round of a side-by-side run the result belongs to,
	// so targets measured in the same round can be compared.
	Round    string        `json:"round,omitempty"`
	Target   string        `json:"target"`
	Platform Platform      `json:"platform"`
	Conns    int           `json:"conns"`
	Rate     float64       `json:"rate,omitempty"`
	Elapsed  time.Duration `json:"elapsed_ns"`
	Requests int64         `json:"requests"`
	OK       int64         `json:"ok"`
	// Errors is every request that was not a 2xx answer in time: non-2xx
	// statuses, timeouts, transport failures and FailBody matches.
	Errors     int64         `json:"errors"`
	Non2xx     int64         `json:"non_2xx"`
	Timeouts   int64         `json:"timeouts"`
	Transport  int64         `json:"transport_errors"`
	FailBodies int64         `json:"fail_bodies"`
	Statuses   map[int]int64 `json:"statuses"`
	RPS        float64       `json:"rps"`
	P50        time.Duration `json:"p50_ns"`
	P90        time.Duration `json:"p90_ns"`
	P99        time.Duration `json:"p99_ns"`
	Max        time.Duration `json:"max_ns"`
	// FirstError is one example of an error, for diagnosis.
	FirstError string `json:"first_error,omitempty"`
}

// Text is a one-line human summary of r.
func (r Result) Text() string {
	return fmt.Sprintf("%s %s %s conns=%d requests=%d rps=%.0f p50=%s p90=%s p99=%s max=%s errors=%d (non-2xx=%d timeouts=%d transport=%d fail-body=%d)",
		r.Label, r.Platform, r.Target, r.Conns, r.Requests, r.RPS,
		ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max),
		r.Errors, r.Non2xx, r.Timeouts, r.Transport, r.FailBodies)
}

// JSON is r as indented JSON.
func (r Result) JSON() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }

func ms(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 2, 64) + "ms" }

// CheckLoopback returns an error unless rawURL is http(s) to a loopback
// address. Names other than "localhost" are refused rather than resolved:
// resolution could point anywhere.
func CheckLoopback(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("load: target %q: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("load: target %q: scheme must be http or https", rawURL)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("load: target %q: only loopback addresses (127.0.0.0/8, ::1, localhost) may be load tested", rawURL)
	}
	return nil
}

func (o *Options) defaults() error {
	if err := CheckLoopback(o.URL); err != nil {
		return err
	}
	switch o.Platform {
	case Slack:
		if o.SlackSecret == "" {
			return errors.New("load: slack needs a signing secret")
		}
	case Discord:
		if len(o.DiscordKey) != ed25519.PrivateKeySize {
			return errors.New("load: discord needs an Ed25519 private key")
		}
	default:
		return fmt.Errorf("load: unknown platform %q (want slack or discord)", o.Platform)
	}
	if o.Conns <= 0 {
		o.Conns = 16
	}
	if o.Conns > MaxConns {
		return fmt.Errorf("load: %d connections is more than %d", o.Conns, MaxConns)
	}
	if o.Duration <= 0 {
		o.Duration = 10 * time.Second
	}
	if o.Duration > MaxDuration {
		return fmt.Errorf("load: duration %s is longer than %s", o.Duration, MaxDuration)
	}
	if o.Requests <= 0 || o.Requests > MaxRequests {
		o.Requests = MaxRequests
	}
	if o.Rate < 0 {
		return fmt.Errorf("load: negative rate %g", o.Rate)
	}
	if o.Users <= 0 {
		o.Users = 1000
	}
	if o.UserPrefix == "" {
		o.UserPrefix = "U"
	}
	if len(o.Texts) == 0 {
		o.Texts = DefaultTexts
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return nil
}

// worker's share of the measurements; merged once at the end so the hot
// path takes no lock.
type tally struct {
	lat                                   []time.Duration
	ok, non2xx, timeouts, transport, fail int64
	statuses                              map[int]int64
	firstErr                              string
}

// Run sends requests until Duration has passed, Requests were sent, or ctx
// is done, and returns what it measured.
func Run(ctx context.Context, opts Options) (Result, error) {
	if err := opts.defaults(); err != nil {
		return Result{}, err
	}
	transport := &http.Transport{
		MaxIdleConns:        opts.Conns,
		MaxIdleConnsPerHost: opts.Conns,
		MaxConnsPerHost:     opts.Conns,
		IdleConnTimeout:     30 * time.Second,
		DisableCompression:  true,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: opts.Timeout}

	// Requests in flight when Duration ends run to completion (bounded by
	// Timeout) and are counted: cutting them off would report the
	// generator's deadline as the server's error.
	reqCtx := ctx
	ctx, cancel := context.WithTimeout(ctx, opts.Duration)
	defer cancel()

	var next atomic.Int64 // the next request number to send
	tallies := make([]tally, opts.Conns)
	start := time.Now()
	var wg sync.WaitGroup
	for w := range opts.Conns {
		t := &tallies[w]
		t.statuses = map[int]int64{}
		wg.Go(func() {
			var buf bytes.Buffer
			for {
				k := next.Add(1) - 1
				if k >= opts.Requests || ctx.Err() != nil {
					return
				}
				due := time.Now()
				if opts.Rate > 0 {
					due = start.Add(time.Duration(float64(k) / opts.Rate * float64(time.Second)))
					if wait := time.Until(due); wait > 0 {
						timer := time.NewTimer(wait)
						select {
						case <-ctx.Done():
							timer.Stop()
							return
						case <-timer.C:
						}
					}
				}
				req, err := opts.request(reqCtx, k)
				if err != nil {
					t.record(0, err, nil)
					continue
				}
				resp, err := client.Do(req)
				var status int
				buf.Reset()
				if err == nil {
					status = resp.StatusCode
					_, err = io.Copy(&buf, resp.Body)
					resp.Body.Close()
				}
				if err != nil && reqCtx.Err() != nil {
					// The caller gave up (e.g. Ctrl-C) while this request
					// was in flight; it is not the server's fault.
					return
				}
				t.lat = append(t.lat, time.Since(due))
				t.record(status, err, failBody(opts.FailBody, buf.Bytes()))
			}
		})
	}
	wg.Wait()
	return merge(opts, tallies, time.Since(start)), nil
}

func failBody(marker string, body []byte) error {
	if marker != "" && bytes.Contains(body, []byte(marker)) {
		return fmt.Errorf("reply contains %q", marker)
	}
	return nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

func (t *tally) record(status int, err, bodyErr error) {
	switch {
	case err != nil && isTimeout(err):
		t.timeouts++
	case err != nil:
		t.transport++
	case status < 200 || status > 299:
		t.non2xx++
		err = fmt.Errorf("status %d", status)
	case bodyErr != nil:
		t.fail++
		err = bodyErr
	default:
		t.ok++
	}
	if status != 0 {
		t.statuses[status]++
	}
	if err != nil && t.firstErr == "" {
		t.firstErr = err.Error()
	}
}

func merge(opts Options, tallies []tally, elapsed time.Duration) Result {
	r := Result{Target: opts.URL, Platform: opts.Platform, Conns: opts.Conns, Rate: opts.Rate, Elapsed: elapsed, Statuses: map[int]int64{}}
	var lat []time.Duration
	for i := range tallies {
		t := &tallies[i]
		lat = append(lat, t.lat...)
		r.OK += t.ok
		r.Non2xx += t.non2xx
		r.Timeouts += t.timeouts
		r.Transport += t.transport
		r.FailBodies += t.fail
		for s, n := range t.statuses {
			r.Statuses[s] += n
		}
		if r.FirstError == "" {
			r.FirstError = t.firstErr
		}
	}
	r.Errors = r.Non2xx + r.Timeouts + r.Transport + r.FailBodies
	r.Requests = r.OK + r.Errors
	if elapsed > 0 {
		r.RPS = float64(r.Requests) / elapsed.Seconds()
	}
	r.P50, r.P90, r.P99, r.Max = Percentile(lat, 0.50), Percentile(lat, 0.90), Percentile(lat, 0.99), Percentile(lat, 1)
	return r
}

// Percentile returns the q-quantile (0 < q <= 1) of lat by the
// nearest-rank method; it sorts lat in place.
func Percentile(lat []time.Duration, q float64) time.Duration {
	if len(lat) == 0 {
		return 0
	}
	slices.Sort(lat)
	rank := int(q*float64(len(lat))+0.999999999) - 1
	return lat[min(max(rank, 0), len(lat)-1)]
}

// Request is the signed request number k of a run with these options,
// for benchmarks that call a handler directly.
func (o Options) Request(ctx context.Context, k int64) (*http.Request, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	return o.request(ctx, k)
}

// request builds the signed request number k.
func (o *Options) request(ctx context.Context, k int64) (*http.Request, error) {
	user := o.UserPrefix + strconv.FormatInt(k%int64(o.Users), 10)
	text := o.Texts[int(k/int64(o.Users))%len(o.Texts)]
	stamp := strconv.FormatInt(o.Now().Unix(), 10)
	var body []byte
	var err error
	if o.Platform == Slack {
		body = SlackCommand(user, text)
	} else if body, err = DiscordCommand(strconv.FormatInt(k, 10), user, text); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, o.URL, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("load: request: %w", err)
	}
	if o.Platform == Slack {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Slack-Request-Timestamp", stamp)
		req.Header.Set("X-Slack-Signature", SlackSignature(o.SlackSecret, stamp, body))
	} else {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(o.DiscordKey, append([]byte(stamp), body...))))
	}
	return req, nil
}

// SlackSignature is Slack's X-Slack-Signature for body sent at stamp.
func SlackSignature(secret, stamp string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + stamp + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// SlackCommand is the form body of `/certpath text` typed by user, as
// Slack posts it.
func SlackCommand(user, text string) []byte {
	return []byte(url.Values{
		"token":        {"unused-verification-token"},
		"team_id":      {"TLOAD"},
		"team_domain":  {"load"},
		"channel_id":   {"CLOAD"},
		"channel_name": {"general"},
		"user_id":      {user},
		"user_name":    {strings.ToLower(user)},
		"command":      {"/certpath"},
		"text":         {text},
		"api_app_id":   {"ALOAD"},
		"response_url": {"http://127.0.0.1:9/unused"},
		"trigger_id":   {"1.2.3"},
	}.Encode())
}

// DiscordCommand is the interaction body of /certpath in a guild for text:
// the commands ("start", "plan", "help", ...) become their subcommand and
// anything else becomes "/certpath ask question:<text>", since Discord's
// slash command has no free-text answer.
func DiscordCommand(id, user, text string) ([]byte, error) {
	sub := map[string]any{"name": "ask", "type": 1, "options": []any{map[string]any{"name": "question", "type": 3, "value": text}}}
	switch text {
	case "start", "plan", "help", "restart":
		sub = map[string]any{"name": text, "type": 1}
	}
	body, err := json.Marshal(map[string]any{
		"id": "load-" + id, "application_id": "1", "type": 2, "token": "load-token", "version": 1,
		"guild_id": "GLOAD", "channel_id": "CLOAD",
		"member": map[string]any{"user": map[string]any{"id": user, "username": strings.ToLower(user)}},
		"data":   map[string]any{"id": "cmd", "name": "certpath", "type": 1, "options": []any{sub}},
	})
	if err != nil {
		return nil, fmt.Errorf("load: discord body: %w", err)
	}
	return body, nil
}
