"""A partition that silently stops fetching shows in vigie_partition_idle_seconds and fails /readyz."""

from __future__ import annotations

import time
from typing import Any

import orjson
import pytest
from kafka_helpers import WorkerHandle, http_get

pytestmark = pytest.mark.integration


def test_stalled_partition_is_exported_and_fails_readiness(start_worker: Any) -> None:
    worker: WorkerHandle = start_worker(VIGIE_FAULT_PAUSE_PARTITIONS="2", VIGIE_STALL_SECONDS="4")
    worker.wait_ready()
    time.sleep(2)  # the fault takes effect on the next partition watch (every second)
    worker.produce([{"id": f"s-{i}", "text": f"bonjour numéro {i}"} for i in range(400)])
    worker.wait_metric("vigie_messages_consumed_total", 250, timeout=60)
    idle = worker.wait_metric("vigie_partition_idle_seconds", 5, {"partition": "2"}, timeout=60)
    assert idle >= 5
    assert worker.metric("vigie_consumer_lag", {"partition": "2"}) > 0
    for other in ("0", "1", "3"):
        assert worker.metric("vigie_partition_idle_seconds", {"partition": other}) == 0
        assert worker.metric("vigie_consumer_lag", {"partition": other}) == 0
    code, body = http_get(worker.metrics_url + "/readyz")
    assert code == 503
    detail = orjson.loads(body)
    assert detail["stalled_partitions"] == [f"{worker.input_topic}[2]"] and detail["model_loaded"] is True
    assert http_get(worker.metrics_url + "/healthz")[0] == 200
