package redistest

import (
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// clusterNodeTimeout is how long Cluster nodes wait before they call a
// silent node failed: short, so a failover takes a second or two.
const clusterNodeTimeout = 500 * time.Millisecond

// Cluster is a Redis Cluster of three masters with one replica each, six
// real processes owned by one test.
type Cluster struct {
	t testing.TB
	// Nodes are the six servers; which are masters changes with failovers.
	Nodes []*Server
}

// NewCluster starts six cluster-mode servers, joins them with
// redis-cli --cluster create (three masters, one replica each), and waits
// until every node reports the cluster ok.
func NewCluster(t testing.TB) *Cluster {
	t.Helper()
	if _, err := exec.LookPath("redis-cli"); err != nil {
		t.Fatalf("redistest: redis-cli is not on PATH (%v); it creates the test Cluster", err)
	}
	c := &Cluster{t: t}
	args := []string{"create"}
	for range 6 {
		busPort, err := freePort()
		if err != nil {
			t.Fatalf("redistest: %v", err)
		}
		n := newServer(t, []string{
			"--cluster-enabled", "yes",
			"--cluster-config-file", "nodes.conf",
			"--cluster-node-timeout", strconv.FormatInt(clusterNodeTimeout.Milliseconds(), 10),
			// Redis 7 lets the bus port be anything, so it need not be
			// port+10000 (which may be taken, or past 65535).
			"--cluster-port", strconv.Itoa(busPort),
			// A replica takes over however long it was cut off: the
			// tests kill masters seconds after writing.
			"--cluster-replica-validity-factor", "0",
		}, "")
		c.Nodes = append(c.Nodes, n)
		args = append(args, n.Addr())
	}
	args = append([]string{"--cluster"}, append(args, "--cluster-replicas", "1", "--cluster-yes")...)
	out, err := exec.Command("redis-cli", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("redistest: redis-cli %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	c.WaitState("ok")
	return c
}

// URL is the redis+cluster:// URL naming every node as a seed.
func (c *Cluster) URL() string {
	addrs := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		addrs[i] = n.Addr()
	}
	return "redis+cluster://" + strings.Join(addrs, ",")
}

// WaitState waits until every running node reports cluster_state want
// ("ok" or "fail").
func (c *Cluster) WaitState(want string) {
	c.t.Helper()
	deadline := time.Now().Add(setupTimeout)
	for _, n := range c.Nodes {
		if !n.running() {
			continue
		}
		for {
			state, err := c.state(n)
			if err == nil && state == want {
				break
			}
			if time.Now().After(deadline) {
				c.t.Fatalf("redistest: cluster node %s: state %q (%v) after %v, want %q", n.Addr(), state, err, setupTimeout, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

func (c *Cluster) state(n *Server) (string, error) {
	info, err := command(n.Addr(), "CLUSTER", "INFO")
	if err != nil || len(info) == 0 {
		return "", err
	}
	for _, line := range strings.Split(info[0], "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "cluster_state:"); ok {
			return v, nil
		}
	}
	return "", fmt.Errorf("no cluster_state in CLUSTER INFO")
}

// MasterOf returns the running node that serves key's slot as master, and
// the running replicas of it. Right after a failover the nodes' views
// disagree for a moment (gossip): one may still list the dead master, or
// not yet the promoted replica, as serving the slot. MasterOf asks every
// running node and waits, up to setupTimeout, for one whose view names a
// running master (CI on 2026-11-30 read a stale view and got none).
func (c *Cluster) MasterOf(key string) (master *Server, replicas []*Server) {
	c.t.Helper()
	deadline := time.Now().Add(setupTimeout)
	for {
		answered := false
		for _, n := range c.Nodes {
			if !n.running() {
				continue
			}
			slot, err := command(n.Addr(), "CLUSTER", "KEYSLOT", key)
			if err != nil {
				continue
			}
			nodes, err := command(n.Addr(), "CLUSTER", "NODES")
			if err != nil {
				continue
			}
			answered = true
			s, _ := strconv.Atoi(slot[0])
			if m, r := c.owner(nodes[0], s); m != nil && m.running() {
				return m, r
			}
		}
		if time.Now().After(deadline) {
			if !answered {
				c.t.Fatalf("redistest: no running cluster node answers")
			}
			return nil, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// owner reads CLUSTER NODES: the master serving slot, and its replicas.
func (c *Cluster) owner(nodes string, slot int) (*Server, []*Server) {
	type node struct {
		id, addr, master string
		isMaster         bool
		slots            []string
	}
	var all []node
	for _, line := range strings.Split(strings.TrimSpace(nodes), "\n") {
		f := strings.Fields(line)
		if len(f) < 8 {
			continue
		}
		addr, _, _ := strings.Cut(f[1], "@")
		all = append(all, node{id: f[0], addr: addr, master: f[3],
			isMaster: strings.Contains(f[2], "master") && !strings.Contains(f[2], "fail"), slots: f[8:]})
	}
	for _, m := range all {
		if !m.isMaster || !servesSlot(m.slots, slot) {
			continue
		}
		master := c.byAddr(m.addr)
		var replicas []*Server
		for _, r := range all {
			if r.master == m.id {
				if s := c.byAddr(r.addr); s != nil && s.running() {
					replicas = append(replicas, s)
				}
			}
		}
		return master, replicas
	}
	return nil, nil
}

func servesSlot(ranges []string, slot int) bool {
	for _, r := range ranges {
		lo, hi, isRange := strings.Cut(r, "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			continue // e.g. a migrating-slot marker
		}
		b := a
		if isRange {
			b, _ = strconv.Atoi(hi)
		}
		if a <= slot && slot <= b {
			return true
		}
	}
	return false
}

func (c *Cluster) byAddr(addr string) *Server {
	for _, n := range c.Nodes {
		if n.Addr() == addr {
			return n
		}
	}
	return nil
}

func (s *Server) running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cmd != nil
}
