// Package discord is certpath's Discord adapter. It turns Discord
// interactions (the /certpath slash command, button and select clicks,
// modal submits, autocomplete) and direct messages into advisor.Input, runs
// them through bot.Conversations, and renders advisor.Reply as message
// content, embeds and components. It decides nothing about the
// conversation itself: every decision is the advisor's.
//
// Two transports share one code path: signed HTTP interactions
// (POST /discord/interactions, stateless, so any number of replicas can
// serve them) and the gateway websocket (RunGateway), which also carries
// direct messages. All REST calls go through discordgo, each under one
// retry policy (retryREST: 429, 5xx and timeouts, bounded in attempts and
// time); Options.APIURL redirects them to another host for tests.
package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/bot"
)

// Limits and timings of the interaction transport.
const (
	// MaxBodyBytes bounds an interaction request body; Discord's are a few
	// KiB, so anything near this is not from Discord.
	MaxBodyBytes = 64 << 10
	// DefaultDeferAfter is how long a turn may run before the handler
	// defers (type 5/6) and edits the response later: Discord drops
	// interactions not answered within 3 s, and the network needs the rest.
	DefaultDeferAfter = 2 * time.Second
	// turnTimeout bounds work done after a deferral; interaction tokens
	// stay valid for 15 minutes, a turn that needs more is broken anyway.
	turnTimeout = 30 * time.Second
	// maxClockSkew rejects signed requests whose timestamp is far from now,
	// so a captured request cannot be replayed later.
	maxClockSkew = 5 * time.Minute
)

// Platform is the advisor.Key platform of every Discord conversation.
const Platform = "discord"

// dmWorkspace is the advisor.Key workspace of conversations outside a guild.
const dmWorkspace = "dm"

// Options configure a Handler. PublicKey and Conversations are required for
// HTTP interactions; BotToken for the gateway, DMs and RegisterCommands.
type Options struct {
	PublicKey string // hex Ed25519 public key (discord.public_key)
	BotToken  string
	AppID     string
	// APIURL is the scheme and host that replace https://discord.com in
	// every REST call, paths unchanged; "" means the real Discord.
	APIURL              string
	ShardID, ShardCount int
	HTTPClient          *http.Client
	Conversations       *bot.Conversations
	Log                 *slog.Logger
	Now                 func() time.Time
	// DeferAfter overrides DefaultDeferAfter (tests use a short one).
	DeferAfter time.Duration
	// Drawer draws the pictures replies name (the plan's timeline) when
	// the message carrying them is sent, after the interaction response;
	// without one they are left out and the message says so.
	Drawer bot.Drawer
}

// Handler serves Discord interactions and direct messages.
type Handler struct {
	key        ed25519.PublicKey
	appID      string
	canDM      bool
	conv       *bot.Conversations
	rest       restAPI
	session    *discordgo.Session
	log        *slog.Logger
	now        func() time.Time
	deferAfter time.Duration
	opts       Options
	drawer     bot.Drawer
	work       inflight
	courses    []courseName
}

// restAPI is the part of discordgo's REST client the handler calls; the
// real one is a *discordgo.Session whose HTTP client may be redirected.
type restAPI interface {
	InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, edit *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, data *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	UserChannelCreate(recipientID string, options ...discordgo.RequestOption) (*discordgo.Channel, error)
	ChannelMessageSendComplex(channelID string, data *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
	// RequestRaw sends messages with attachments (see upload), whose
	// descriptions discordgo's message types cannot carry.
	RequestRaw(method, urlStr, contentType string, b []byte, bucketID string, sequence int, options ...discordgo.RequestOption) ([]byte, error)
}

// New builds a Handler. A public key that is not 32 bytes of hex is an
// error, since every request would otherwise fail verification.
func New(opts Options) (*Handler, error) {
	if opts.Conversations == nil {
		return nil, errors.New("discord: new: Conversations is required")
	}
	var key ed25519.PublicKey
	if opts.PublicKey != "" {
		raw, err := hex.DecodeString(opts.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("discord: new: public key is not hex: %w", err)
		}
		if len(raw) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("discord: new: public key has %d bytes, want %d", len(raw), ed25519.PublicKeySize)
		}
		key = ed25519.PublicKey(raw)
	}
	s, err := newSession(opts)
	if err != nil {
		return nil, err
	}
	h := &Handler{
		key:        key,
		appID:      opts.AppID,
		canDM:      opts.BotToken != "",
		conv:       opts.Conversations,
		rest:       s,
		session:    s,
		log:        opts.Log,
		now:        opts.Now,
		deferAfter: opts.DeferAfter,
		opts:       opts,
		drawer:     opts.Drawer,
	}
	if h.log == nil {
		h.log = slog.Default()
	}
	if h.now == nil {
		h.now = time.Now
	}
	if h.deferAfter <= 0 {
		h.deferAfter = DefaultDeferAfter
	}
	if a := opts.Conversations.Advisor; a != nil && a.Catalog() != nil {
		h.courses = courseNames(a.Catalog())
	}
	return h, nil
}

// newSession builds a discordgo session whose REST calls go to
// opts.APIURL. discordgo's endpoints are package variables shared by every
// session in the process, so instead of changing them the session gets an
// HTTP client whose transport rewrites the host.
func newSession(opts Options) (*discordgo.Session, error) {
	token := ""
	if opts.BotToken != "" {
		token = "Bot " + opts.BotToken
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: session: %w", err)
	}
	client := &http.Client{Timeout: 20 * time.Second}
	if opts.HTTPClient != nil {
		c := *opts.HTTPClient // a copy: the caller's client stays untouched
		client = &c
	}
	base := client.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	if opts.APIURL != "" {
		target, err := url.Parse(opts.APIURL)
		if err != nil || target.Scheme == "" || target.Host == "" {
			return nil, fmt.Errorf("discord: api url %q: want scheme://host", opts.APIURL)
		}
		base = &redirect{base: base, scheme: target.Scheme, host: target.Host}
	}
	client.Transport = &hintTransport{base: base}
	s.Client = client
	s.ShardID, s.ShardCount = opts.ShardID, opts.ShardCount
	if s.ShardCount < 1 {
		s.ShardCount = 1
	}
	// A REST error is returned to us and retried by retryREST (retry.go):
	// discordgo's own retries sleep without a context, so a long
	// Retry-After or a hanging API would hold the goroutine past any
	// deadline.
	s.MaxRestRetries = 0
	s.ShouldRetryOnRateLimit = false
	return s, nil
}

// redirect sends every request to another scheme and host, keeping the
// path and query, so a fake Discord can stand in for the real one.
type redirect struct {
	base         http.RoundTripper
	scheme, host string
}

func (t *redirect) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = t.scheme, t.host, t.host
	return t.base.RoundTrip(r)
}

// Register mounts the interactions endpoint.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.Handle("POST /discord/interactions", h)
}

// ServeHTTP answers one signed interaction. The body is read once, with a
// limit, and verified before anything parses it.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	if !h.verify(r.Header, body) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	resp, after := h.answer(r.Context(), &i)
	if resp == nil {
		http.Error(w, "unsupported interaction", http.StatusBadRequest)
		return
	}
	out, err := json.Marshal(resp)
	if err != nil {
		h.log.Error("discord: encode response", "interaction", i.ID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if _, err := w.Write(out); err != nil {
		// Discord never saw the response, so nothing may follow it.
		h.log.Warn("discord: write response", "interaction", i.ID, "err", err)
		return
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	after()
}

// verify checks Discord's Ed25519 signature over timestamp+body with
// discordgo.VerifyInteraction, and that the timestamp is recent.
func (h *Handler) verify(header http.Header, body []byte) bool {
	if h.key == nil {
		return false
	}
	req := &http.Request{Header: header, Body: io.NopCloser(bytes.NewReader(body))}
	if !discordgo.VerifyInteraction(req, h.key) {
		return false
	}
	sec, err := strconv.ParseInt(header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil {
		return false
	}
	skew := h.now().Sub(time.Unix(sec, 0))
	return skew < maxClockSkew && skew > -maxClockSkew
}

// Wait blocks until every edit and follow-up already promised to Discord
// has been sent, or ctx is done.
func (h *Handler) Wait(ctx context.Context) error {
	return h.work.wait(ctx)
}

// inflight counts background work. Unlike sync.WaitGroup it allows Add
// while another goroutine waits, which gateway events need.
type inflight struct {
	mu   sync.Mutex
	n    int
	zero chan struct{}
}

func (t *inflight) goDo(f func()) {
	t.mu.Lock()
	if t.n == 0 {
		t.zero = make(chan struct{})
	}
	t.n++
	t.mu.Unlock()
	go func() {
		defer t.done()
		f()
	}()
}

func (t *inflight) done() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.n == 0 {
		close(t.zero)
	}
}

func (t *inflight) wait(ctx context.Context) error {
	t.mu.Lock()
	if t.n == 0 {
		t.mu.Unlock()
		return nil
	}
	zero := t.zero
	t.mu.Unlock()
	select {
	case <-zero:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("discord: wait for background work: %w", ctx.Err())
	}
}
