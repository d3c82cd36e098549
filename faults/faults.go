// Package faults holds certpath's fault-injection tests: Redis killed and
// restarted under load, shutdown (what SIGTERM does) under load, Slack and
// Discord APIs that rate-limit, fail or hang, hostile requests, and a
// session file that cannot be opened. They drive the service built by
// bench/service, the same wiring as `certpath serve`, over real loopback
// HTTP with really signed requests, and run in CI with the other tests.
// The package has no non-test code beyond this comment.
package faults
