// Package slack is certpath's Slack adapter. It turns slash commands,
// button clicks and Events API events (over HTTP or Socket Mode) into
// advisor.Input, runs them through bot.Conversations, and renders the
// advisor.Reply as Block Kit. Every decision stays in the advisor; this
// package only verifies, translates, posts and installs.
package slack

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/session"
)

// Platform is the advisor.Key platform of every Slack conversation.
const Platform = "slack"

const (
	// maxBody bounds every request Slack sends us; real payloads are a few
	// KiB, so anything larger is refused before it is read whole.
	maxBody = 64 << 10
	// eventTTL is how long a handled event_id is remembered: Slack retries
	// for minutes, not hours.
	eventTTL = time.Hour
	// backgroundTimeout bounds a reply sent after the 3-second ack, so a
	// hung Slack API cannot hold Wait forever.
	backgroundTimeout = 30 * time.Second
)

// Options configure a Handler. SigningSecret and Conversations are required.
type Options struct {
	SigningSecret string
	// BotToken is a single-workspace token; optional when OAuth installs exist.
	BotToken string
	// ClientID and ClientSecret enable the OAuth v2 install (optional).
	ClientID, ClientSecret string
	// PublicURL is where Slack reaches us, e.g. https://certpath.example.com;
	// the OAuth redirect URL is built from it.
	PublicURL string
	// APIURL is the Web API base ("" = Slack's); it ends with "/".
	APIURL        string
	HTTPClient    *http.Client
	Conversations *bot.Conversations
	// Store deduplicates events (Claim) and keeps installations (records).
	Store session.Store
	Log   *slog.Logger
	Now   func() time.Time
	// Drawer draws the pictures replies name (the plan's timeline),
	// after the ack, just before they are uploaded; without one they
	// are left out and the learner is told.
	Drawer bot.Drawer
}

// webAPI is the part of Slack's Web API the adapter calls; *slack.Client
// implements it.
type webAPI interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error)
	PublishViewContext(ctx context.Context, req slack.PublishViewContextRequest) (*slack.ViewResponse, error)
	OpenConversationContext(ctx context.Context, params *slack.OpenConversationParameters) (*slack.Channel, bool, bool, error)
	GetUserInfoContext(ctx context.Context, user string, options ...slack.GetUserInfoOption) (*slack.User, error)
	GetUploadURLExternalContext(ctx context.Context, params slack.GetUploadURLExternalParameters) (*slack.GetUploadURLExternalResponse, error)
	UploadToURL(ctx context.Context, params slack.UploadToURLParameters) error
	CompleteUploadExternalContext(ctx context.Context, params slack.CompleteUploadExternalParameters) (*slack.CompleteUploadExternalResponse, error)
}

// Handler serves Slack's HTTP endpoints and Socket Mode.
type Handler struct {
	secret        string
	botToken      string
	clientID      string
	clientSecret  string
	publicURL     string
	apiURL        string
	httpClient    *http.Client
	conversations *bot.Conversations
	store         session.Store
	log           *slog.Logger
	now           func() time.Time
	drawer        bot.Drawer

	// admins caches users.info answers for "group stats" (see admin.go).
	admins adminCache
	// rendered keeps the bodies of answers that repeat.
	rendered rendered

	// background tracks replies promised after an ack, for Wait.
	background sync.WaitGroup
}

// New checks opts and builds a Handler.
func New(opts Options) (*Handler, error) {
	var errs []error
	if opts.SigningSecret == "" {
		errs = append(errs, errors.New("signing secret is required"))
	}
	if opts.Conversations == nil {
		errs = append(errs, errors.New("conversations are required"))
	}
	if opts.Store == nil {
		errs = append(errs, errors.New("store is required"))
	}
	if (opts.ClientID == "") != (opts.ClientSecret == "") {
		errs = append(errs, errors.New("client id and client secret go together"))
	}
	if opts.ClientID != "" && opts.PublicURL == "" {
		errs = append(errs, errors.New("public url is required for the OAuth install"))
	}
	if opts.APIURL != "" && !strings.HasSuffix(opts.APIURL, "/") {
		errs = append(errs, fmt.Errorf("api url %q must end with /", opts.APIURL))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("slack: new: %w", err)
	}
	h := &Handler{
		secret:        opts.SigningSecret,
		botToken:      opts.BotToken,
		clientID:      opts.ClientID,
		clientSecret:  opts.ClientSecret,
		publicURL:     strings.TrimSuffix(opts.PublicURL, "/"),
		apiURL:        opts.APIURL,
		httpClient:    opts.HTTPClient,
		conversations: opts.Conversations,
		store:         opts.Store,
		log:           opts.Log,
		now:           opts.Now,
		drawer:        opts.Drawer,
		rendered:      rendered{seed: maphash.MakeSeed()},
	}
	if h.apiURL == "" {
		h.apiURL = slack.APIURL
	}
	if h.httpClient == nil {
		h.httpClient = &http.Client{Timeout: backgroundTimeout}
	}
	if h.log == nil {
		h.log = slog.Default()
	}
	if h.now == nil {
		h.now = time.Now
	}
	return h, nil
}

// Register mounts the Slack endpoints on mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /slack/commands", h.serveCommand)
	mux.HandleFunc("POST /slack/interactions", h.serveInteraction)
	mux.HandleFunc("POST /slack/events", h.serveEvent)
	mux.HandleFunc("GET /slack/install", h.serveInstall)
	mux.HandleFunc("GET /slack/oauth/callback", h.serveOAuthCallback)
}

// Wait blocks until every reply already promised to Slack has been sent,
// or ctx is done. Call it at shutdown after the HTTP server stopped.
func (h *Handler) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		h.background.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slack: wait for background replies: %w", ctx.Err())
	}
}

// goBackground runs fn after the ack. Its context keeps the request's
// values but not its cancellation: the request ends as soon as we ack.
func (h *Handler) goBackground(parent context.Context, fn func(ctx context.Context)) {
	h.background.Go(func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), backgroundTimeout)
		defer cancel()
		fn(ctx)
	})
}

// workspaceOf names a workspace the way sessions and installations are
// keyed: an Enterprise Grid workspace is qualified by its enterprise.
func workspaceOf(enterpriseID, teamID string) string {
	if enterpriseID != "" {
		return enterpriseID + ":" + teamID
	}
	return teamID
}

// keyOf is the conversation of a user in a workspace. Channel stays empty
// so a DM and /certpath in any channel continue the same interview.
func keyOf(enterpriseID, teamID, userID string) advisor.Key {
	return advisor.Key{Platform: Platform, Workspace: workspaceOf(enterpriseID, teamID), User: userID}
}

// turn runs one turn. On failure Conversations has already logged the
// cause and returns the friendly TryAgainText reply, which is what the
// user should see, so the error needs no further handling here.
func (h *Handler) turn(ctx context.Context, key advisor.Key, in advisor.Input) advisor.Reply {
	if in.Now.IsZero() {
		in.Now = h.now()
	}
	if !in.Admin && asksForGroupStats(in) {
		in.Admin = h.isAdmin(ctx, key)
	}
	reply, _ := h.conversations.Turn(ctx, key, in)
	return reply
}
