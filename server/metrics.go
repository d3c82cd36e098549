package server

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/certpath/certpath/advisor"
)

// Metrics counts what an operator watches: HTTP traffic, turns by platform
// and reply kind, plans made, FAQ questions answered or not, store errors.
// It implements bot.Observer. All methods are safe for concurrent use.
type Metrics struct {
	requests        *prometheus.CounterVec
	requestDuration *prometheus.HistogramVec
	turns           *prometheus.CounterVec
	turnDuration    *prometheus.HistogramVec
	plans           *prometheus.CounterVec
	faq             *prometheus.CounterVec
	storeErrors     *prometheus.CounterVec
	ready           prometheus.Gauge
	// turnErrors feeds readiness the recent turn error rate.
	turnErrors turnWindow
}

// turnErrorKind labels turns that failed; their reply is bot.TryAgainText,
// whose kind would otherwise hide the failure among ordinary info replies.
const turnErrorKind = "error"

func newMetrics(reg prometheus.Registerer) *Metrics {
	// Chat acknowledgements must land within 3 s, so buckets are dense
	// below that and sparse above.
	buckets := []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2, 3, 5, 10}
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "certpath", Subsystem: "http", Name: "requests_total",
			Help: "HTTP requests by route pattern and status code.",
		}, []string{"route", "status"}),
		requestDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "certpath", Subsystem: "http", Name: "request_duration_seconds",
			Help: "HTTP request latency by route pattern.", Buckets: buckets,
		}, []string{"route"}),
		turns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "certpath", Name: "turns_total",
			Help: "Conversation turns by platform and reply kind (\"error\" when the turn failed).",
		}, []string{"platform", "kind"}),
		turnDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "certpath", Name: "turn_duration_seconds",
			Help: "Turn latency (load, step, save) by platform.", Buckets: buckets,
		}, []string{"platform"}),
		plans: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "certpath", Name: "plans_total",
			Help: "Study plans made, by platform.",
		}, []string{"platform"}),
		faq: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "certpath", Name: "faq_questions_total",
			Help: "FAQ questions by platform and whether the catalog had an answer.",
		}, []string{"platform", "answered"}),
		storeErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "certpath", Subsystem: "store", Name: "errors_total",
			Help: "Session store failures by operation.",
		}, []string{"op"}),
		ready: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "certpath", Name: "ready",
			Help: "1 when the process is ready (decided in the background every few seconds), 0 when not or shutting down.",
		}),
	}
	reg.MustRegister(m.requests, m.requestDuration, m.turns, m.turnDuration, m.plans, m.faq, m.storeErrors, m.ready)
	return m
}

// ObserveTurn records one turn; it implements bot.Observer.
func (m *Metrics) ObserveTurn(platform string, reply advisor.Reply, err error, took time.Duration) {
	m.turnDuration.WithLabelValues(platform).Observe(took.Seconds())
	if !errors.Is(err, context.Canceled) {
		m.turnErrors.record(time.Now(), err != nil)
	}
	if err != nil {
		m.turns.WithLabelValues(platform, turnErrorKind).Inc()
		// A turn only fails in the store (load, save, delete); a client
		// that went away is not the store's fault.
		if !errors.Is(err, context.Canceled) {
			m.StoreError("turn")
		}
		return
	}
	m.turns.WithLabelValues(platform, string(reply.Kind)).Inc()
	if reply.Plan != nil {
		m.plans.WithLabelValues(platform).Inc()
	}
	if reply.Answer != nil {
		m.faq.WithLabelValues(platform, strconv.FormatBool(reply.Answer.Answered)).Inc()
	}
}

// StoreError counts a store failure outside a turn, e.g. op "ping",
// "forget", "export", "claim".
func (m *Metrics) StoreError(op string) {
	m.storeErrors.WithLabelValues(op).Inc()
}

func (m *Metrics) observeRequest(route string, status int, took time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.requestDuration.WithLabelValues(route).Observe(took.Seconds())
}

func (m *Metrics) setReady(ok bool) {
	if ok {
		m.ready.Set(1)
		return
	}
	m.ready.Set(0)
}
