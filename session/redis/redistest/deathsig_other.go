//go:build !linux

package redistest

import "os/exec"

// setDeathSignal has no portable equivalent off Linux; t.Cleanup still
// stops the server on every normal exit.
func setDeathSignal(*exec.Cmd) {}
