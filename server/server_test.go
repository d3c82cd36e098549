package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/certpath/certpath/internal/testlog"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/certpath/certpath/advisor"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// syncBuffer lets the server's goroutines log while the test reads.
type syncBuffer = testlog.Buffer

// logLines decodes the JSON log lines written so far.
func logLines(t *testing.T, b *syncBuffer) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(b.String()))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("log line is not JSON: %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

// running is a Server serving on a free loopback port.
type running struct {
	*Server
	url    string
	client *http.Client
	cancel context.CancelFunc
	done   chan error
	logs   *syncBuffer
}

// start serves s on 127.0.0.1:0 and stops it when the test ends.
func start(t *testing.T, opts Options, routes func(mux *http.ServeMux)) *running {
	t.Helper()
	logs := &syncBuffer{}
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	s := New(opts)
	if routes != nil {
		routes(s.Mux())
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{
		Server: s,
		url:    "http://" + ln.Addr().String(),
		client: &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second},
		cancel: cancel,
		done:   make(chan error, 1),
		logs:   logs,
	}
	go func() { r.done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		r.client.CloseIdleConnections()
		cancel()
		select {
		case <-r.done:
		case <-time.After(10 * time.Second):
			t.Error("Serve did not return after cancel")
		}
	})
	return r
}

// stop cancels the server's context and returns Serve's result.
func (r *running) stop(t *testing.T) error {
	t.Helper()
	r.cancel()
	select {
	case err := <-r.done:
		r.done <- err // let Cleanup see it too
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
		return nil
	}
}

func (r *running) do(t *testing.T, method, path string, body io.Reader, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, r.url+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := r.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// testRoutes are what an adapter would add: one that reads its body and one
// that panics.
func testRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		b, ok := ReadBody(w, r)
		if !ok {
			return
		}
		_, _ = io.WriteString(w, strconv.Itoa(len(b)))
	})
	mux.HandleFunc("GET /panic", func(http.ResponseWriter, *http.Request) {
		panic("boom: secret state xoxb-panic")
	})
}

func TestRoutes(t *testing.T) {
	r := start(t, Options{MaxBodyBytes: 64}, testRoutes)
	tests := []struct {
		method, path string
		body         string
		wantStatus   int
		wantBody     string // prefix
		notInBody    string
	}{
		{"GET", "/healthz", "", 200, "ok\n", ""},
		{"HEAD", "/healthz", "", 200, "", ""},
		{"GET", "/readyz", "", 200, "ready\n", ""},
		{"GET", "/metrics", "", 200, "# HELP", ""},
		{"GET", "/nope", "", 404, "404 page not found", ""},
		{"POST", "/healthz", "", 405, "Method Not Allowed", ""},
		{"GET", "/echo", "", 405, "Method Not Allowed", ""},
		{"POST", "/echo", strings.Repeat("a", 64), 200, "64", ""},
		{"POST", "/echo", strings.Repeat("a", 65), 413, "request body larger than 64 bytes", ""},
		{"GET", "/panic", "", 500, "internal error, request id ", "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path+" "+strconv.Itoa(len(tt.body)), func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			resp, got := r.do(t, tt.method, tt.path, body, nil)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("status = %d, want %d (body %q)", resp.StatusCode, tt.wantStatus, got)
			}
			if !strings.HasPrefix(got, tt.wantBody) {
				t.Errorf("body = %q, want prefix %q", got, tt.wantBody)
			}
			if tt.notInBody != "" && strings.Contains(got, tt.notInBody) {
				t.Errorf("body %q contains %q", got, tt.notInBody)
			}
			if strings.Contains(got, "goroutine ") {
				t.Errorf("body has a stack trace: %q", got)
			}
			if resp.Header.Get(RequestIDHeader) == "" {
				t.Errorf("no %s header", RequestIDHeader)
			}
		})
	}

	// The panic was logged with its stack for the operator.
	var found bool
	for _, l := range logLines(t, r.logs) {
		if l["msg"] == "http handler panicked" {
			found = true
			if !strings.Contains(l["stack"].(string), "goroutine") {
				t.Errorf("panic log has no stack: %v", l)
			}
		}
	}
	if !found {
		t.Error("panic was not logged")
	}
}

func TestReadyzWhileDraining(t *testing.T) {
	s := New(Options{})
	s.draining.Store(true)
	rec := serveRecorder(s, "GET", "/readyz", nil)
	if rec.code != 503 || rec.body != "not ready: shutting down\n" {
		t.Errorf("GET /readyz while draining = %d %q", rec.code, rec.body)
	}
	// Every answer while draining closes its connection, so no client
	// reuses one that the shutdown would cut under a request.
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/healthz", nil))
	if w.Code != 200 || w.Header().Get("Connection") != "close" {
		t.Errorf("GET /healthz while draining = %d, Connection %q; want 200, close", w.Code, w.Header().Get("Connection"))
	}
}

func TestRequestID(t *testing.T) {
	r := start(t, Options{}, nil)
	long := strings.Repeat("x", maxRequestIDLen+1)
	tests := []struct {
		name, in string
		keep     bool
	}{
		{"uuid honoured", "3f2b8c1e-8d7a-4f5e-9a42-0b6c2d1e7f90", true},
		{"missing generated", "", false},
		{"spaces replaced", "a b", false},
		{"quote replaced", `a"b`, false},
		{"too long replaced", long, false},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.in != "" {
				h.Set(RequestIDHeader, tt.in)
			}
			resp, _ := r.do(t, "GET", "/nope", nil, h)
			got := resp.Header.Get(RequestIDHeader)
			if tt.keep && got != tt.in {
				t.Errorf("id = %q, want %q", got, tt.in)
			}
			if !tt.keep && (got == tt.in || !validRequestID(got)) {
				t.Errorf("id = %q, want a fresh valid id instead of %q", got, tt.in)
			}
			if seen[got] {
				t.Errorf("id %q reused", got)
			}
			seen[got] = true
			var logged bool
			for _, l := range logLines(t, r.logs) {
				if l["msg"] == "http request" && l["request_id"] == got {
					logged = true
				}
			}
			if !logged {
				t.Errorf("no log line with request_id %q", got)
			}
		})
	}
}

func TestRequestLogLine(t *testing.T) {
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	r := start(t, Options{Log: log}, testRoutes)

	h := http.Header{"Authorization": {"Bearer xoxb-header-secret"}, RequestIDHeader: {"req-1"}}
	r.do(t, "POST", "/echo", strings.NewReader("token=xoxb-body-secret&text=my+private+question"), h)
	r.do(t, "GET", "/healthz", nil, http.Header{RequestIDHeader: {"req-2"}})
	r.do(t, "GET", "/missing", nil, http.Header{RequestIDHeader: {"req-3"}})

	out := logs.String()
	for _, secret := range []string{"xoxb-header-secret", "xoxb-body-secret", "private"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains %q:\n%s", secret, out)
		}
	}
	byID := map[string]map[string]any{}
	for _, l := range logLines(t, logs) {
		if l["msg"] == "http request" {
			if _, dup := byID[l["request_id"].(string)]; dup {
				t.Errorf("more than one line for %v", l["request_id"])
			}
			byID[l["request_id"].(string)] = l
		}
	}
	tests := []struct {
		id     string
		logged bool
		route  string
		status float64
		bytes  float64
	}{
		{"req-1", true, "POST /echo", 200, 2},
		{"req-2", false, "", 0, 0}, // healthz success is debug
		{"req-3", true, "unmatched", 404, 19},
	}
	for _, tt := range tests {
		l, ok := byID[tt.id]
		if ok != tt.logged {
			t.Errorf("%s logged = %v, want %v", tt.id, ok, tt.logged)
			continue
		}
		if !ok {
			continue
		}
		if l["route"] != tt.route || l["status"] != tt.status || l["bytes"] != tt.bytes || l["level"] != "INFO" {
			t.Errorf("%s line = %v, want route %q status %v bytes %v at INFO", tt.id, l, tt.route, tt.status, tt.bytes)
		}
		for _, field := range []string{"method", "path", "duration"} {
			if _, ok := l[field]; !ok {
				t.Errorf("%s line has no %s: %v", tt.id, field, l)
			}
		}
	}
}

// scrape fetches /metrics over HTTP and returns sample values by their
// exposition-format name and labels.
func scrape(t *testing.T, r *running) map[string]float64 {
	t.Helper()
	resp, body := r.do(t, "GET", "/metrics", nil, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("GET /metrics = %d", resp.StatusCode)
	}
	return parseMetrics(t, body)
}

func parseMetrics(t *testing.T, text string) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("bad metrics line %q", line)
		}
		out[line[:i]] = v
	}
	return out
}

func TestMetricsCountRequests(t *testing.T) {
	r := start(t, Options{MaxBodyBytes: 8}, testRoutes)
	for range 3 {
		r.do(t, "GET", "/healthz", nil, nil)
	}
	r.do(t, "GET", "/nope", nil, nil)
	r.do(t, "POST", "/echo", strings.NewReader("far too long"), nil)
	r.do(t, "GET", "/panic", nil, nil)

	got := scrape(t, r)
	tests := []struct {
		sample string
		want   float64
	}{
		{`certpath_http_requests_total{route="GET /healthz",status="200"}`, 3},
		{`certpath_http_requests_total{route="unmatched",status="404"}`, 1},
		{`certpath_http_requests_total{route="POST /echo",status="413"}`, 1},
		{`certpath_http_requests_total{route="GET /panic",status="500"}`, 1},
		{`certpath_http_request_duration_seconds_count{route="GET /healthz"}`, 3},
		{`certpath_http_request_duration_seconds_bucket{route="GET /healthz",le="+Inf"}`, 3},
	}
	for _, tt := range tests {
		if got[tt.sample] != tt.want {
			t.Errorf("%s = %v, want %v", tt.sample, got[tt.sample], tt.want)
		}
	}
	if _, ok := got["go_goroutines"]; !ok {
		t.Error("default registry lacks the Go collector")
	}
}

func TestObserveTurn(t *testing.T) {
	r := start(t, Options{}, nil)
	m := r.Metrics()
	turns := []struct {
		platform string
		reply    advisor.Reply
		err      error
	}{
		{"slack", advisor.Reply{Kind: advisor.KindQuestion}, nil},
		{"slack", advisor.Reply{Kind: advisor.KindQuestion}, nil},
		{"slack", advisor.Reply{Kind: advisor.KindPlan, Plan: &advisor.Plan{}}, nil},
		{"discord", advisor.Reply{Kind: advisor.KindAnswer, Answer: &advisor.Answer{Answered: true}}, nil},
		{"discord", advisor.Reply{Kind: advisor.KindAnswer, Answer: &advisor.Answer{Answered: false}}, nil},
		{"discord", advisor.Reply{Kind: advisor.KindAnswer, Answer: &advisor.Answer{Answered: false}}, nil},
		{"slack", advisor.Reply{Kind: advisor.KindInfo}, errors.New("session: unavailable")},
		{"slack", advisor.Reply{Kind: advisor.KindInfo}, context.Canceled},
	}
	for _, tt := range turns {
		m.ObserveTurn(tt.platform, tt.reply, tt.err, 20*time.Millisecond)
	}
	m.StoreError("ping")

	got := scrape(t, r)
	tests := []struct {
		sample string
		want   float64
	}{
		{`certpath_turns_total{kind="question",platform="slack"}`, 2},
		{`certpath_turns_total{kind="plan",platform="slack"}`, 1},
		{`certpath_turns_total{kind="answer",platform="discord"}`, 3},
		{`certpath_turns_total{kind="error",platform="slack"}`, 2},
		{`certpath_plans_total{platform="slack"}`, 1},
		{`certpath_faq_questions_total{answered="true",platform="discord"}`, 1},
		{`certpath_faq_questions_total{answered="false",platform="discord"}`, 2},
		{`certpath_store_errors_total{op="turn"}`, 1},
		{`certpath_store_errors_total{op="ping"}`, 1},
		{`certpath_turn_duration_seconds_count{platform="slack"}`, 5},
		{`certpath_turn_duration_seconds_bucket{platform="discord",le="0.025"}`, 3},
		{`certpath_turn_duration_seconds_bucket{platform="discord",le="0.01"}`, 0},
	}
	for _, tt := range tests {
		if got[tt.sample] != tt.want {
			t.Errorf("%s = %v, want %v", tt.sample, got[tt.sample], tt.want)
		}
	}
}

func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	var (
		mu     sync.Mutex
		events []string
	)
	record := func(e string) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e)
	}
	r := start(t, Options{ShutdownTimeout: 5 * time.Second}, func(mux *http.ServeMux) {
		mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
			close(started)
			time.Sleep(300 * time.Millisecond)
			record("slow request finished")
			_, _ = io.WriteString(w, "done")
		})
	})
	r.OnShutdown(func(ctx context.Context) error { record("hook 1"); return nil })
	r.OnShutdown(func(ctx context.Context) error {
		if _, ok := ctx.Deadline(); !ok {
			t.Error("hook context has no deadline")
		}
		record("hook 2")
		return nil
	})

	type result struct {
		status int
		body   string
		err    error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := r.client.Get(r.url + "/slow")
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		res <- result{resp.StatusCode, string(b), err}
	}()
	<-started

	if err := r.stop(t); err != nil {
		t.Fatalf("Serve = %v, want nil after graceful shutdown", err)
	}
	got := <-res
	if got.err != nil || got.status != 200 || got.body != "done" {
		t.Errorf("in-flight request = %d %q %v, want 200 done", got.status, got.body, got.err)
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{"slow request finished", "hook 1", "hook 2"}
	if strings.Join(events, ",") != strings.Join(want, ",") {
		t.Errorf("events = %v, want %v", events, want)
	}
	if _, err := r.client.Get(r.url + "/healthz"); err == nil {
		t.Error("server still accepts connections after shutdown")
	}
}

func TestShutdownErrors(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	r := start(t, Options{ShutdownTimeout: 100 * time.Millisecond}, func(mux *http.ServeMux) {
		mux.HandleFunc("GET /stuck", func(w http.ResponseWriter, r *http.Request) {
			close(started)
			<-release
		})
	})
	var hookRan atomic.Bool
	r.OnShutdown(func(ctx context.Context) error { hookRan.Store(true); return nil })
	r.OnShutdown(func(ctx context.Context) error { return errors.New("store close failed") })

	reqDone := make(chan struct{})
	go func() {
		defer close(reqDone)
		resp, err := r.client.Get(r.url + "/stuck")
		if err == nil {
			resp.Body.Close()
		}
	}()
	<-started

	begin := time.Now()
	err := r.stop(t)
	close(release)
	<-reqDone
	if err == nil {
		t.Fatal("Serve = nil, want an error when shutdown runs out of time")
	}
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "store close failed") {
		t.Errorf("Serve error = %v, want deadline exceeded and the hook error", err)
	}
	if took := time.Since(begin); took > 2*time.Second {
		t.Errorf("shutdown took %v with a 100ms timeout", took)
	}
	if !hookRan.Load() {
		t.Error("hooks did not run after a timed-out shutdown")
	}
}

func TestServeListenerFailure(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	s := New(Options{})
	var hookRan bool
	s.OnShutdown(func(context.Context) error { hookRan = true; return nil })
	err = s.Serve(context.Background(), ln)
	if err == nil || !strings.HasPrefix(err.Error(), "server: serve ") {
		t.Errorf("Serve(closed listener) = %v, want server: serve error", err)
	}
	if !hookRan {
		t.Error("hooks did not run after Serve failed")
	}
}

func TestListenAndServeBadAddr(t *testing.T) {
	s := New(Options{Addr: "127.0.0.1:notaport"})
	err := s.ListenAndServe(context.Background())
	if err == nil || !strings.HasPrefix(err.Error(), "server: listen 127.0.0.1:notaport: ") {
		t.Errorf("ListenAndServe = %v, want server: listen error", err)
	}
}

type recorded struct {
	code int
	body string
}

func serveRecorder(s *Server, method, path string, body io.Reader) recorded {
	rec := &recorder{header: http.Header{}}
	req, _ := http.NewRequest(method, path, body)
	s.Handler().ServeHTTP(rec, req)
	return recorded{rec.code, rec.body.String()}
}

// recorder is a minimal ResponseWriter; httptest.ResponseRecorder would do,
// but the benchmark wants to reuse one without its allocations.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = 200
	}
	return r.body.Write(b)
}

func (r *recorder) reset() {
	clear(r.header)
	r.code = 0
	r.body.Reset()
}

func BenchmarkHealthz(b *testing.B) {
	s := New(Options{})
	req, _ := http.NewRequest("GET", "/healthz", nil)
	rec := &recorder{header: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		rec.reset()
		s.Handler().ServeHTTP(rec, req)
		if rec.code != 200 {
			b.Fatalf("status %d", rec.code)
		}
	}
}

func TestDebugHandlerServesProfiles(t *testing.T) {
	h := DebugHandler()
	for _, path := range []string{"/debug/pprof/", "/debug/pprof/heap", "/debug/pprof/cmdline"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: %d", path, rec.Code)
		}
	}
}
