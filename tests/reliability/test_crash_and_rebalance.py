"""No post lost under SIGKILL at random points, nor when workers join and leave the group mid-stream."""

from __future__ import annotations

import random
import signal
import threading
import time
from collections import Counter
from typing import Any

import pytest
from kafka_helpers import WorkerHandle, wait_outputs

pytestmark = pytest.mark.integration

TEXTS = [
    "Les {g} sont des parasites, il faut les chasser du pays.",
    "Super soirée avec mes amis {g} hier, merci à tous !",
    "Je n'ai rien contre les {g}, arrêtez la haine.",
    "Reportage sur les {g} de Lyon ce soir à 20h.",
]
GROUPS = ["juifs", "musulmans", "migrants", "chinois", "noirs", "femmes"]


def posts(n: int, prefix: str) -> list[dict[str, Any]]:
    return [{"id": f"{prefix}-{i}", "text": TEXTS[i % 4].format(g=GROUPS[i % 6])} for i in range(n)]


def test_sigkill_at_five_random_points_loses_nothing(start_worker: Any, tmp_path: Any) -> None:
    rng = random.Random(1234)
    worker: WorkerHandle = start_worker(VIGIE_BATCH_SIZE="256")
    batch = posts(20_000, "c")
    worker.produce(batch)
    kills = []
    for _ in range(5):
        worker.wait_ready()
        point = rng.randint(200, 2500)
        seen = worker.wait_metric("vigie_messages_consumed_total", point, timeout=120)
        worker.stop(signal.SIGKILL)
        kills.append(int(seen))
        worker.start(tmp_path)
    ids = {p["id"] for p in batch}
    outputs = wait_outputs(worker.bootstrap, [worker.decisions_topic, worker.deadletter_topic], ids, timeout=300)
    counts = Counter(o.get("post_id") for o in outputs)
    lost = ids - set(counts)
    duplicates = sum(c - 1 for c in counts.values())
    print(f"\ncrash test: killed after {kills} records; lost {len(lost)}; duplicates {duplicates} "
          f"({duplicates / len(ids):.1%})")
    assert not lost, sorted(lost)[:10]


def test_a_worker_joining_and_leaving_mid_stream_loses_nothing(start_worker: Any, tmp_path: Any) -> None:
    first: WorkerHandle = start_worker(partitions=8, VIGIE_BATCH_SIZE="128")
    batch = posts(16_000, "r")
    first.produce(batch[:4000])
    first.wait_ready()

    def feed() -> None:
        for i in range(4000, 16_000, 2000):
            first.produce(batch[i : i + 2000])
            time.sleep(1.0)

    feeder = threading.Thread(target=feed)
    feeder.start()
    second = first.sibling().start(tmp_path)
    try:
        second.wait_ready(timeout=120)
        second.wait_metric("vigie_messages_consumed_total", 1, timeout=60)  # it got partitions and consumed
        assert second.stop(signal.SIGTERM) == 0
    finally:
        feeder.join()
        second.stop()
    ids = {p["id"] for p in batch}
    outputs = wait_outputs(first.bootstrap, [first.decisions_topic, first.deadletter_topic], ids, timeout=300)
    counts = Counter(o.get("post_id") for o in outputs)
    lost = ids - set(counts)
    print(f"\nrebalance test: lost {len(lost)}; duplicates {sum(c - 1 for c in counts.values())}")
    assert not lost, sorted(lost)[:10]
