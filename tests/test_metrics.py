from __future__ import annotations

import socket

import orjson
import pytest
from kafka_helpers import http_get
from prometheus_client import CollectorRegistry

from worker.ops.errors import ConfigError
from worker.ops.metrics import Metrics, MetricsServer


def test_contract_metrics_are_registered_with_their_labels() -> None:
    registry = CollectorRegistry()
    m = Metrics(registry, process_collectors=False)
    m.consumed_child("posts").inc(3)
    m.flag_child("review", "origin").inc()
    m.deadletter_child("invalid_json").inc(2)
    m.set_model("vigie-fr-default", "1.0")
    m.set_model("vigie-fr-default", "1.1")
    m.lag.labels(topic="posts", partition="0").set(7)
    get = registry.get_sample_value
    assert get("vigie_messages_consumed_total", {"topic": "posts"}) == 3
    assert get("vigie_messages_flagged_total", {"decision": "review", "label": "origin"}) == 1
    assert get("vigie_deadletter_total", {"reason": "invalid_json"}) == 2
    assert get("vigie_model_info", {"name": "vigie-fr-default", "version": "1.1"}) == 1
    assert get("vigie_model_info", {"name": "vigie-fr-default", "version": "1.0"}) is None
    assert get("vigie_consumer_lag", {"topic": "posts", "partition": "0"}) == 7


def test_server_serves_metrics_health_and_readiness() -> None:
    state = {"ready": False}
    m = Metrics(CollectorRegistry())
    server = MetricsServer(m.registry, "127.0.0.1", 0, lambda: (state["ready"], {"why": "test"}))
    server.start()
    try:
        code, body = http_get(server.url + "/metrics")
        assert code == 200 and b"vigie_batch_size_bucket" in body and b"process_cpu_seconds_total" in body
        assert http_get(server.url + "/healthz")[0] == 200
        code, body = http_get(server.url + "/readyz")
        assert code == 503 and orjson.loads(body)["why"] == "test"
        state["ready"] = True
        assert http_get(server.url + "/readyz")[0] == 200
        assert http_get(server.url + "/nope")[0] == 404
    finally:
        server.stop()


def test_healthz_fails_once_the_worker_is_stopping_on_a_fatal_error() -> None:
    state: dict[str, object] = {"alive": True}
    m = Metrics(CollectorRegistry(), process_collectors=False)
    server = MetricsServer(m.registry, "127.0.0.1", 0, lambda: (True, {}),
                           lambda: (bool(state["alive"]), {} if state["alive"] else {"error": "agent failed"}))
    server.start()
    try:
        code, body = http_get(server.url + "/healthz")
        assert code == 200 and orjson.loads(body)["status"] == "alive"
        state["alive"] = False
        code, body = http_get(server.url + "/healthz")
        assert code == 503 and orjson.loads(body)["status"] == "failing"
        assert orjson.loads(body)["error"] == "agent failed"
    finally:
        server.stop()


def test_busy_port_is_a_configuration_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(ConfigError, match="cannot serve metrics"):
            MetricsServer(CollectorRegistry(), "127.0.0.1", port, lambda: (True, {}))


def test_the_test_helper_tells_a_missing_series_from_a_zero() -> None:
    from kafka_helpers import WorkerHandle, metric_in
    from prometheus_client import generate_latest

    registry = CollectorRegistry()
    m = Metrics(registry, process_collectors=False)
    m.deadletter_child("too_large")  # a series at zero
    m.consumed_child("posts").inc(4)
    body = generate_latest(registry).decode()
    assert metric_in(body, "vigie_deadletter_total", {"reason": "too_large"}) == 0.0
    assert metric_in(body, "vigie_deadletter_total", {"reason": "invalid_json"}) is None  # never created
    assert metric_in(body, "vigie_messages_consumed_total") == 4.0
    assert metric_in(body, "vigie_no_such_metric") is None
    server = MetricsServer(registry, "127.0.0.1", 0, lambda: (True, {}))
    server.start()
    try:
        handle = WorkerHandle("127.0.0.1:1", metrics_port=server.port)
        assert handle.metric("vigie_deadletter_total", {"reason": "too_large"}) == 0.0
        assert handle.metric("vigie_deadletter_total", {"reason": "invalid_json"}) is None
    finally:
        server.stop()
    assert WorkerHandle("127.0.0.1:1", metrics_port=server.port).metric("vigie_messages_consumed_total") is None


def test_the_language_label_is_bounded_to_the_judged_languages_und_and_other() -> None:
    registry = CollectorRegistry()
    m = Metrics(registry, process_collectors=False, languages=("fr", "en"))
    get = registry.get_sample_value
    assert [get("vigie_posts_by_language_total", {"lang": c}) for c in ("fr", "en", "und", "other")] == [0, 0, 0, 0]
    for code in ("fr", "fr", "und", "ar", "de", "zh", "xx-not-a-code"):
        m.lang_child(code).inc()
    m.unsupported.inc(4)
    assert [get("vigie_posts_by_language_total", {"lang": c}) for c in ("fr", "en", "und", "other")] == [2, 0, 1, 4]
    assert get("vigie_posts_by_language_total", {"lang": "ar"}) is None
    assert get("vigie_unsupported_total") == 4
    langs = {s.labels["lang"] for f in registry.collect() if f.name == "vigie_posts_by_language" for s in f.samples}
    assert langs == {"fr", "en", "und", "other"}
