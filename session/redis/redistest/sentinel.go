package redistest

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// MasterName is the name the Sentinels of NewSentinel monitor.
const MasterName = "certpath-test"

// Sentinel timings: short, so a failover takes a second or two rather than
// the default half minute, and the tests stay fast.
const (
	sentinelDownAfter       = 400 * time.Millisecond
	sentinelFailoverTimeout = 2 * time.Second
	// setupTimeout bounds how long a topology may take to settle.
	setupTimeout = 20 * time.Second
)

// Sentinel is a replicated Redis watched by three Sentinels, all real
// processes owned by one test: a master, one replica, and Sentinels with
// a quorum of two.
type Sentinel struct {
	t         testing.TB
	Master    *Server
	Replica   *Server
	Sentinels []*Server
}

// NewSentinel starts the setup and waits until every Sentinel knows the
// replica and the other Sentinels, so a failover can happen at once.
func NewSentinel(t testing.TB) *Sentinel {
	t.Helper()
	master := newServer(t, nil, "")
	replica := newServer(t, []string{"--replicaof", "127.0.0.1", strconv.Itoa(master.Port())}, "")
	conf := fmt.Sprintf(`port %%PORT%%
bind 127.0.0.1
dir %%DIR%%
sentinel resolve-hostnames no
sentinel monitor %[1]s 127.0.0.1 %[2]d 2
sentinel down-after-milliseconds %[1]s %[3]d
sentinel failover-timeout %[1]s %[4]d
sentinel parallel-syncs %[1]s 1
`, MasterName, master.Port(), sentinelDownAfter.Milliseconds(), sentinelFailoverTimeout.Milliseconds())
	s := &Sentinel{t: t, Master: master, Replica: replica}
	for range 3 {
		s.Sentinels = append(s.Sentinels, newServer(t, []string{"--sentinel"}, conf))
	}
	deadline := time.Now().Add(setupTimeout)
	for _, sn := range s.Sentinels {
		for {
			info, err := command(sn.Addr(), "SENTINEL", "MASTER", MasterName)
			if err == nil && field(info, "num-slaves") == "1" && field(info, "num-other-sentinels") == "2" {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("redistest: Sentinel on %s did not see the replica and two other Sentinels within %v: %q, %v", sn.Addr(), setupTimeout, info, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return s
}

// URL is the redis+sentinel:// URL of the setup, for master name master
// (MasterName, unless a test wants a name the Sentinels do not know).
func (s *Sentinel) URL(master string) string {
	addrs := make([]string, len(s.Sentinels))
	for i, sn := range s.Sentinels {
		addrs[i] = sn.Addr()
	}
	return "redis+sentinel://" + strings.Join(addrs, ",") + "/" + master + "/0"
}

// MasterAddr is the address the Sentinels currently give for the master.
func (s *Sentinel) MasterAddr() (string, error) {
	reply, err := command(s.Sentinels[0].Addr(), "SENTINEL", "GET-MASTER-ADDR-BY-NAME", MasterName)
	if err != nil {
		return "", err
	}
	if len(reply) != 2 {
		return "", fmt.Errorf("SENTINEL GET-MASTER-ADDR-BY-NAME answered %q", reply)
	}
	return reply[0] + ":" + reply[1], nil
}

// WaitFailover waits until the Sentinels name a master other than old.
func (s *Sentinel) WaitFailover(old string) string {
	s.t.Helper()
	deadline := time.Now().Add(setupTimeout)
	for {
		addr, err := s.MasterAddr()
		if err == nil && addr != old {
			return addr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("redistest: no failover away from %s within %v (last: %s, %v)", old, setupTimeout, addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// field reads "name" from a flat name/value reply such as SENTINEL MASTER.
func field(reply []string, name string) string {
	for i := 0; i+1 < len(reply); i += 2 {
		if reply[i] == name {
			return reply[i+1]
		}
	}
	return ""
}
