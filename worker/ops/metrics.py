"""Prometheus metrics (names and labels fixed by README.md's Metrics table) and the HTTP server: /metrics, /healthz, /readyz.

Metrics take a registry, so tests pass a fresh ``CollectorRegistry()``. No post text or author id is ever a label.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector

from worker.ops.errors import ConfigError

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
INFERENCE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096)


class Metrics:
    """Every metric of the contract, registered on one registry; label children are looked up once and cached."""

    def __init__(self, registry: CollectorRegistry | None = None, *, process_collectors: bool = True,
                 languages: Sequence[str] = ("fr",)) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        if process_collectors:
            ProcessCollector(registry=self.registry)
            PlatformCollector(registry=self.registry)
        r = self.registry
        self.consumed = Counter("vigie_messages_consumed", "Records read from the input topic, valid or not.", ["topic"], registry=r)
        self.flagged = Counter("vigie_messages_flagged", "Posts flagged, by decision and primary label.", ["decision", "label"], registry=r)
        self.deadletters = Counter("vigie_deadletter", "Records sent to the dead-letter topic, by reason.", ["reason"], registry=r)
        self.latency = Histogram(
            "vigie_processing_latency_seconds", "Record timestamp to verdict published.", buckets=LATENCY_BUCKETS, registry=r
        )
        self.inference = Histogram(
            "vigie_inference_seconds", "Model run time per batch.", buckets=INFERENCE_BUCKETS, registry=r
        )
        self.batch_size = Histogram("vigie_batch_size", "Records per processed batch.", buckets=BATCH_BUCKETS, registry=r)
        self.lag = Gauge("vigie_consumer_lag", "Records behind the partition's end.", ["topic", "partition"], registry=r)
        self.internal_lag = Gauge(
            "vigie_internal_lag",
            "Records of the campaign side's internal topics (campaign or offender items) on this worker's partitions "
            "not fetched yet.", ["stage"], registry=r)
        self.model_info = Gauge("vigie_model_info", "The model bundle in use (value 1).", ["name", "version"], registry=r)
        self.partition_idle = Gauge(
            "vigie_partition_idle_seconds",
            "Seconds since the last record was processed on a partition that has lag (0 when caught up).",
            ["topic", "partition"],
            registry=r,
        )
        self.escalated = Counter(
            "vigie_escalated", "Posts re-scored by the encoder tier (cascade).", registry=r
        )
        self.encoder_inference = Histogram(
            "vigie_encoder_inference_seconds", "Encoder-tier run time per sub-batch (cascade).",
            buckets=INFERENCE_BUCKETS, registry=r,
        )
        # Bounded: the judged languages, "und" (undetermined) and "other" (every other language, together).
        self.by_language = Counter(
            "vigie_posts_by_language", "Valid posts by identified language (judged ones, und, other).", ["lang"],
            registry=r,
        )
        self._lang_children = {code: self.by_language.labels(lang=code) for code in (*languages, "und", "other")}
        self.unsupported = Counter(
            "vigie_unsupported", "Posts in a language not judged: decision unsupported or flagged by the term lists "
            "alone, never read by the model.", registry=r,
        )
        # Campaigns and repeat offenders (worker.stream.state): counts only, never an author id in a label.
        self.campaigns_open = Gauge("vigie_campaigns_open", "Open campaigns in this worker's campaign state.", registry=r)
        self.campaign_posts = Counter("vigie_campaign_posts", "Posts assigned to open campaigns (one redelivered after a crash counts again here, not in the events).", registry=r)
        self.campaign_events = Counter(
            "vigie_campaign_events", "Campaign events published, by status.", ["status"], registry=r
        )
        self.offender_events = Counter("vigie_offender_events", "Repeat-offender events published.", registry=r)
        self.state_size = Gauge("vigie_state_entries", "Entries in a campaign/offender table.", ["table"], registry=r)
        self.state_recovery = Gauge(
            "vigie_state_recovery_seconds", "Seconds from start-up to the first batch on recovered tables.", ["table"],
            registry=r,
        )
        self._consumed_children: dict[str, Counter] = {}
        self._flag_children: dict[tuple[str, str], Counter] = {}
        self._dl_children: dict[str, Counter] = {}

    def consumed_child(self, topic: str) -> Counter:
        child = self._consumed_children.get(topic)
        if child is None:
            child = self._consumed_children[topic] = self.consumed.labels(topic=topic)
        return child

    def flag_child(self, decision: str, label: str) -> Counter:
        key = (decision, label)
        child = self._flag_children.get(key)
        if child is None:
            child = self._flag_children[key] = self.flagged.labels(decision=decision, label=label)
        return child

    def deadletter_child(self, reason: str) -> Counter:
        child = self._dl_children.get(reason)
        if child is None:
            child = self._dl_children[reason] = self.deadletters.labels(reason=reason)
        return child

    def lang_child(self, code: str) -> Counter:
        """The counter of a language: its own when judged (or ``und``), else ``other``: the label stays bounded."""
        return self._lang_children.get(code) or self._lang_children["other"]

    def observe_inference(self, tier: str, seconds: float, rows: int) -> None:
        (self.inference if tier == "fast" else self.encoder_inference).observe(seconds)

    def set_model(self, name: str, version: str) -> None:
        self.model_info.clear()
        self.model_info.labels(name=name, version=version).set(1)


Readiness = Callable[[], tuple[bool, dict[str, object]]]


class MetricsServer:
    """A small threaded HTTP server: /metrics (Prometheus), /healthz (alive), /readyz (ready to serve).

    ``readiness`` and ``liveness`` return (ok, detail); /readyz and /healthz answer 200 or 503 with the detail.
    """

    def __init__(self, registry: CollectorRegistry, host: str, port: int, readiness: Readiness,
                 liveness: Readiness | None = None) -> None:
        self.registry = registry
        self.readiness = readiness
        self.liveness = liveness or (lambda: (True, {}))
        self.started_at = time.time()
        handler = self._handler_class()
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise ConfigError(f"cannot serve metrics on {host}:{port}: {exc.strerror or exc}") from None
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.host = host
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="vigie-metrics", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    self._send(200, generate_latest(server.registry), CONTENT_TYPE_LATEST)
                elif path == "/healthz":
                    alive, detail = server.liveness()
                    body = {"status": "alive" if alive else "failing",
                            "uptime_seconds": round(time.time() - server.started_at, 1), **detail}
                    self._send(200 if alive else 503, orjson.dumps(body), "application/json")
                elif path == "/readyz":
                    ready, detail = server.readiness()
                    body = {"status": "ready" if ready else "not ready", **detail}
                    self._send(200 if ready else 503, orjson.dumps(body), "application/json")
                else:
                    self._send(404, b"not found: try /metrics, /healthz or /readyz\n", "text/plain")

            def _send(self, code: int, body: bytes, content_type: str) -> None:
                self.send_response(code)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return  # scrapes every few seconds would drown the logs

        return Handler
