package redis_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package if a closed Store leaves connection-pool
// goroutines behind.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
