//go:build race

package timeline_test

// raceEnabled: the race detector slows drawing several times over, so
// timing budgets are not checked under it.
const raceEnabled = true
