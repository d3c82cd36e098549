// Package redistest starts a real redis-server for a test: on a free port,
// with nothing persisted, stopped when the test ends. Stores and fault tests
// use it instead of a mock, so they meet the Redis that production meets.
package redistest

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// EnvURL names a Redis the tests may share instead of starting their own
// (CI services). Tests then keep apart by key prefix.
const EnvURL = "CERTPATH_TEST_REDIS_URL"

// startTimeout bounds how long a redis-server may take to answer PING.
const startTimeout = 10 * time.Second

// Server is a redis-server process owned by one test.
type Server struct {
	t    testing.TB
	port int
	dir  string
	// extra are arguments beyond the common ones (cluster mode, replicaof),
	// or conf, a config file to start from (Sentinels rewrite theirs).
	extra []string
	conf  string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{} // closed when cmd has exited
}

// Start returns the URL of a Redis for t: CERTPATH_TEST_REDIS_URL if set,
// otherwise a redis-server of t's own. stop ends that server early; it also
// runs when t ends. Tests sharing the env Redis must use Prefix.
func Start(t testing.TB) (url string, stop func()) {
	t.Helper()
	if u := os.Getenv(EnvURL); u != "" {
		return u, func() {}
	}
	s := NewServer(t)
	return s.URL(), s.Stop
}

// NewServer starts a redis-server of t's own, even when CERTPATH_TEST_REDIS_URL
// is set: fault tests kill and restart it. It fails t if redis-server is
// missing or does not come up.
func NewServer(t testing.TB) *Server {
	t.Helper()
	return newServer(t, nil, "")
}

// newServer starts redis-server with extra arguments, or from conf (a
// config file body in which %PORT% and %DIR% are filled in).
func newServer(t testing.TB, extra []string, conf string) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Fatalf("redistest: redis-server is not on PATH (%v); install Redis or set %s", err, EnvURL)
	}
	s := &Server{t: t, dir: shortTempDir(t), extra: extra, conf: conf}
	// A free port can be taken between our probe and redis binding it;
	// try a few before giving up.
	var err error
	for range 3 {
		if s.port, err = freePort(); err != nil {
			continue
		}
		if err = s.start(); err == nil {
			t.Cleanup(s.Stop)
			return s
		}
	}
	t.Fatalf("redistest: %v", err)
	return nil
}

// shortTempDir is a temporary directory with a short path: a unix socket's
// path must fit in 108 bytes, which t.TempDir() under a long test name
// does not.
func shortTempDir(t testing.TB) string {
	dir, err := os.MkdirTemp("", "redistest")
	if err != nil {
		t.Fatalf("redistest: %v", err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

// URL is redis://127.0.0.1:PORT/0.
func (s *Server) URL() string { return "redis://" + s.Addr() + "/0" }

// Addr is 127.0.0.1:PORT; it stays the same across Restart.
func (s *Server) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)) }

// Port is the server's TCP port.
func (s *Server) Port() int { return s.port }

// Socket is the path of the server's unix socket.
func (s *Server) Socket() string { return filepath.Join(s.dir, "redis.sock") }

// Stop kills the server at once, like a crash: clients see their
// connections drop, not a polite shutdown. Stopping twice is fine.
func (s *Server) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	// A frozen server dies of SIGKILL too, but let it run its last
	// instructions rather than linger stopped in the process table.
	_ = s.cmd.Process.Signal(syscall.SIGCONT)
	_ = s.cmd.Process.Kill()
	<-s.done
	s.cmd = nil
}

// Freeze stops the server with SIGSTOP, the way a hung host or a long GC
// pause looks from outside: connections stay open and accepted, and
// nothing is ever answered. Thaw (or Stop, or the end of the test) ends it.
func (s *Server) Freeze() {
	s.t.Helper()
	s.signal(syscall.SIGSTOP)
	s.t.Cleanup(s.Thaw)
}

// Thaw resumes a frozen server with SIGCONT.
func (s *Server) Thaw() { s.signal(syscall.SIGCONT) }

func (s *Server) signal(sig syscall.Signal) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	if err := s.cmd.Process.Signal(sig); err != nil {
		s.t.Errorf("redistest: %v to redis-server on %s: %v", sig, s.Addr(), err)
	}
}

// Restart starts a new, empty redis-server on the same port after Stop
// (stopping the running one first if needed).
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	var err error
	// The old socket may linger for a moment; redis sets SO_REUSEADDR, but
	// retry briefly all the same.
	for range 5 {
		if err = s.start(); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("redistest: restart on %s: %v", s.Addr(), err)
}

func (s *Server) start() error {
	logs := new(bytes.Buffer)
	var args []string
	if s.conf != "" {
		conf := filepath.Join(s.dir, "redis.conf")
		body := strings.NewReplacer("%PORT%", strconv.Itoa(s.port), "%DIR%", s.dir).Replace(s.conf)
		if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
			return fmt.Errorf("write %s: %w", conf, err)
		}
		args = append(args, conf)
	}
	args = append(args,
		"--port", strconv.Itoa(s.port),
		"--bind", "127.0.0.1",
		"--dir", s.dir,
		"--daemonize", "no",
		"--loglevel", "warning",
	)
	if !slices.Contains(s.extra, "--sentinel") {
		args = append(args,
			"--save", "",
			"--appendonly", "no",
			"--unixsocket", s.Socket(),
			"--unixsocketperm", "700",
		)
	}
	args = append(args, s.extra...)
	cmd := exec.Command("redis-server", args...)
	cmd.Stdout, cmd.Stderr = logs, logs
	setDeathSignal(cmd)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start redis-server: %w", err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	if err := waitReady(s.Addr(), done); err != nil {
		_ = cmd.Process.Kill()
		<-done
		return fmt.Errorf("redis-server on %s: %w; its output:\n%s", s.Addr(), err, logs)
	}
	s.mu.Lock()
	s.cmd, s.done = cmd, done
	s.mu.Unlock()
	return nil
}

// waitReady polls addr with a raw PING until it answers PONG. It speaks
// RESP by hand so it does not depend on the client under test.
func waitReady(addr string, exited <-chan struct{}) error {
	deadline := time.Now().Add(startTimeout)
	var last error
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return fmt.Errorf("exited before answering PING")
		default:
		}
		if last = ping(addr); last == nil {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("no PONG within %v: %w", startTimeout, last)
}

func ping(addr string) error {
	reply, err := command(addr, "PING")
	if err != nil {
		return err
	}
	if len(reply) != 1 || reply[0] != "PONG" {
		return fmt.Errorf("PING answered %q", reply)
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Prefix returns a key prefix unique to this test run, so tests sharing
// one Redis (CERTPATH_TEST_REDIS_URL) never see each other's keys.
func Prefix(t testing.TB) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := strings.NewReplacer("/", ".", " ", "_", ":", ".").Replace(t.Name())
	return "certpath-test:" + name + ":" + hex.EncodeToString(b[:]) + ":"
}
