package redisurl_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/certpath/certpath/session/redis/redisurl"
)

func TestParse(t *testing.T) {
	tests := []struct {
		url  string
		want redisurl.URL
	}{
		// The forms docs/DEPLOY.md shows, in its order.
		{"redis://redis.internal:6379/0", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"redis.internal:6379"}}},
		{"rediss://:s3cret@cache.example.com:6380/0", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"cache.example.com:6380"}, Password: "s3cret", TLS: true}},
		{"unix:///run/redis/redis.sock?db=0", redisurl.URL{Topology: redisurl.Node, Network: "unix", Addrs: []string{"/run/redis/redis.sock"}}},
		{"redis+sentinel://:s3cret@s1:26379,s2:26379,s3:26379/mymaster/0", redisurl.URL{Topology: redisurl.Sentinel, Network: "tcp",
			Addrs: []string{"s1:26379", "s2:26379", "s3:26379"}, MasterName: "mymaster", Password: "s3cret", SentinelPassword: "s3cret"}},
		{"redis+cluster://n1:6379,n2:6379,n3:6379", redisurl.URL{Topology: redisurl.Cluster, Network: "tcp", Addrs: []string{"n1:6379", "n2:6379", "n3:6379"}}},

		// Defaults and variations.
		{"redis://redis", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"redis:6379"}}},
		{"redis://:pw@redis:6380/2", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"redis:6380"}, DB: 2, Password: "pw"}},
		{"rediss://u:p%40ss@cache.example.com", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"cache.example.com:6379"}, Username: "u", Password: "p@ss", TLS: true}},
		{"redis://[::1]:7000", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"[::1]:7000"}}},
		{"REDIS://r:6379?db=4&client_name=certpath", redisurl.URL{Topology: redisurl.Node, Network: "tcp", Addrs: []string{"r:6379"}, DB: 4, ClientName: "certpath"}},
		{"unix://:pw@/tmp/redis.sock?db=3", redisurl.URL{Topology: redisurl.Node, Network: "unix", Addrs: []string{"/tmp/redis.sock"}, DB: 3, Password: "pw"}},
		{"redis+sentinel://:pw@s1,s2:5000/mymaster/1", redisurl.URL{Topology: redisurl.Sentinel, Network: "tcp",
			Addrs: []string{"s1:26379", "s2:5000"}, MasterName: "mymaster", DB: 1, Password: "pw", SentinelPassword: "pw"}},
		{"redis+sentinel://u:pw@s1/m?sentinel_username=su&sentinel_password=spw", redisurl.URL{Topology: redisurl.Sentinel, Network: "tcp",
			Addrs: []string{"s1:26379"}, MasterName: "m", Username: "u", Password: "pw", SentinelUsername: "su", SentinelPassword: "spw"}},
		{"rediss+sentinel://s1/m", redisurl.URL{Topology: redisurl.Sentinel, Network: "tcp", Addrs: []string{"s1:26379"}, MasterName: "m", TLS: true}},
		{"redis+cluster://seed", redisurl.URL{Topology: redisurl.Cluster, Network: "tcp", Addrs: []string{"seed:6379"}}},
		{"rediss+cluster://u:p@n1:7000,n2:7001", redisurl.URL{Topology: redisurl.Cluster, Network: "tcp", Addrs: []string{"n1:7000", "n2:7001"}, Username: "u", Password: "p", TLS: true}},
		// The older spellings.
		{"redis://n1:7000,n2:7001,n3", redisurl.URL{Topology: redisurl.Cluster, Network: "tcp", Addrs: []string{"n1:7000", "n2:7001", "n3:6379"}}},
		{"redis://s1:26379,s2:26379/3?master_name=mymaster", redisurl.URL{Topology: redisurl.Sentinel, Network: "tcp",
			Addrs: []string{"s1:26379", "s2:26379"}, MasterName: "mymaster", DB: 3}},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			got, err := redisurl.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tc.want) {
				t.Errorf("Parse(%q) =\n %+v\nwant %+v", tc.url, got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		url  string
		want string
	}{
		{"127.0.0.1:6379", "no scheme"},
		{"http://127.0.0.1:6379", `scheme "http"`},
		{"redis:///0", "empty host"},
		{"redis://127.0.0.1:6379/zero", `database "zero"`},
		{"redis://127.0.0.1:6379/0/1", `path "/0/1"`},
		{"redis://127.0.0.1:6379/0?timeout=1", `parameter "timeout"`},
		{"redis://127.0.0.1:6379/0#top", "fragment"},
		{"redis+sentinel://127.0.0.1:26379", "names no master"},
		{"redis+cluster://n1?master_name=m", "for Sentinel URLs"},
		{"redis://127.0.0.1:99999", "bad port"},
		{"redis://a:1,,b:2", "empty host"},
		{"redis://a:1,b:2/3", "only database 0"},
		{"redis+cluster://a/1", "only database 0"},
		{"unix://", "no socket path"},
		{"redis://h/0?sentinel_password=x", "for Sentinel URLs"},
		{"unix://host/tmp/redis.sock", "names a host"},
		{"unix:///tmp/redis.sock?db=x", `database "x"`},
		{"redis://user:s3cret@127.0.0.1:6379/%zz", "bad URL"},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			_, err := redisurl.Parse(tc.url)
			if err == nil {
				t.Fatalf("Parse(%q) succeeded", tc.url)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q, want it to mention %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error leaks the password: %q", err)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"},
		{"redis://:s3cret@h:6379/0", "redis://:xxxxx@h:6379/0"},
		{"rediss://user:s3cret@h/0", "rediss://user:xxxxx@h/0"},
		{"redis://user@h/0", "redis://user@h/0"},
		{"redis+sentinel://:s3cret@s1,s2:5000/mymaster", "redis+sentinel://:xxxxx@s1,s2:5000/mymaster"},
		{"redis+cluster://u:s3cret@n1:7000,n2:7001", "redis+cluster://u:xxxxx@n1:7000,n2:7001"},
		{"unix://:s3cret@/run/redis.sock?db=1", "unix://:xxxxx@/run/redis.sock?db=1"},
		{"u:s3cret@host", "(unparseable URL)"},
		{"redis+sentinel://s1/m?sentinel_password=s3cret&db=1", "redis+sentinel://s1/m?sentinel_password=xxxxx&db=1"},
	}
	for _, tc := range tests {
		if got := redisurl.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
