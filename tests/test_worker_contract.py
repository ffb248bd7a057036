"""What the README promises about topics, overrides, ordering and metrics, checked on a real broker.

- A missing input topic stops start-up with exit 2 and one line naming it; missing output topics are created.
- ``VIGIE_LEXICONS`` and ``VIGIE_REVIEW_THRESHOLD`` reach the worker, and ``vigie score`` with the same settings gives
  the same verdicts (one path: ``moderate``).
- Every valid post gets exactly one decision, ``allow`` included, and per partition the decisions keep the input's
  offset order.
- The latency histogram holds values, not only a count: cumulative buckets that never decrease, ``+Inf`` equal to
  the count, a positive sum.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka_helpers import ROOT, WorkerHandle, create_topics, http_get

pytestmark = pytest.mark.integration

CUSTOM_TERM = "zorglubien"  # not a French word: only the extra term list can flag it


def test_a_missing_input_topic_stops_start_up_with_exit_2_and_one_line(start_worker: Any) -> None:
    worker: WorkerHandle = start_worker(create=False, VIGIE_STARTUP_TIMEOUT="30")
    assert worker.proc is not None
    code = worker.proc.wait(timeout=120)
    logs = worker.logs()
    assert code == 2, logs[-2000:]
    errors = [line for line in logs.splitlines() if worker.input_topic in line and "Traceback" not in line]
    assert errors, logs[-2000:]
    assert "Traceback" not in logs


def _posts(n: int) -> list[dict[str, Any]]:
    texts = ["Belle journée au marché ce matin avec ma fille.", f"Mon voisin {CUSTOM_TERM} a réparé mon vélo.",
             "Les migrants sont des parasites, il faut les chasser du pays.", "Le match de ce soir était magnifique.",
             "Je n'ai rien contre les musulmans, arrêtez la haine."]
    return [{"id": f"c-{i}", "text": texts[i % len(texts)]} for i in range(n)]


def _topics(bootstrap: str) -> set[str]:
    import asyncio

    from aiokafka.admin import AIOKafkaAdminClient

    async def go() -> set[str]:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            return set(await admin.list_topics())
        finally:
            await admin.close()

    return asyncio.run(go())


def test_overrides_ordering_created_outputs_and_latency_values(kafka_bootstrap: str, tmp_path: Path) -> None:
    terms = tmp_path / "extra.txt"
    terms.write_text(f"{CUSTOM_TERM} | slur\n", encoding="utf-8")
    env = {"VIGIE_LEXICONS": str(terms), "VIGIE_REVIEW_THRESHOLD": "0.2"}
    worker = WorkerHandle(kafka_bootstrap, env_overrides=env)
    create_topics(kafka_bootstrap, [worker.input_topic], worker.partitions)  # the input only: outputs must appear
    outputs = {worker.flag_topic, worker.deadletter_topic, worker.decisions_topic, worker.unsupported_topic}
    assert not outputs & _topics(kafka_bootstrap)
    worker.start(tmp_path)
    try:
        _check_overrides_ordering_and_latency(worker, env, tmp_path, outputs)
    finally:
        worker.stop()


def _check_overrides_ordering_and_latency(worker: WorkerHandle, env: dict[str, str], tmp_path: Path,
                                          outputs: set[str]) -> None:
    posts = _posts(200)
    worker.produce(posts)
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", len(posts), {"topic": worker.input_topic}, timeout=180)

    decisions = worker.read(worker.decisions_topic, expect=len(posts), timeout=120)
    assert sorted(d["post_id"] for d in decisions) == sorted(p["id"] for p in posts), "one decision per post"
    assert any(d["decision"] == "allow" for d in decisions)
    by_partition: dict[int, list[int]] = defaultdict(list)
    for d in decisions:  # read_topic returns each partition's records in log order
        by_partition[d["source"]["partition"]].append(d["source"]["offset"])
    assert len(by_partition) > 1
    for offsets in by_partition.values():
        assert offsets == sorted(offsets), "a partition's decisions left the input's order"

    custom = [d for d in decisions if CUSTOM_TERM in orjson.dumps(d.get("reasons", [])).decode()]
    assert custom and all(d["decision"] != "allow" for d in custom), "VIGIE_LEXICONS did not reach the worker"

    src = tmp_path / "posts.jsonl"
    src.write_bytes(b"\n".join(orjson.dumps(p) for p in posts) + b"\n")
    offline = subprocess.run([sys.executable, "-m", "worker", "score", str(src), "--no-progress"], cwd=ROOT,
                             env={**worker.env(), **env}, capture_output=True, check=True, timeout=300)
    verdicts = {o["id"]: o["decision"] for o in map(orjson.loads, offline.stdout.splitlines())}
    assert {d["post_id"]: d["decision"] for d in decisions} == verdicts
    default = subprocess.run([sys.executable, "-m", "worker", "score", str(src), "--no-progress"], cwd=ROOT,
                             env={k: v for k, v in worker.env().items() if k not in env},
                             capture_output=True, check=True, timeout=300)
    plain = {o["id"]: o["decision"] for o in map(orjson.loads, default.stdout.splitlines())}
    assert plain != verdicts, "the overrides changed nothing: the test cannot tell whether they reached the worker"
    assert outputs <= _topics(worker.bootstrap), "the worker did not create its missing output topics"

    body = http_get(worker.metrics_url + "/metrics")[1].decode()
    buckets = []
    for line in body.splitlines():
        if line.startswith("vigie_processing_latency_seconds_bucket"):
            bound = line.split('le="', 1)[1].split('"', 1)[0]
            buckets.append((float("inf") if bound == "+Inf" else float(bound), float(line.rsplit(" ", 1)[1])))
    count = next(float(x.rsplit(" ", 1)[1]) for x in body.splitlines()
                 if x.startswith("vigie_processing_latency_seconds_count"))
    total = next(float(x.rsplit(" ", 1)[1]) for x in body.splitlines()
                 if x.startswith("vigie_processing_latency_seconds_sum"))
    buckets.sort()
    counts = [c for _, c in buckets]
    assert counts == sorted(counts) and buckets[-1] == (float("inf"), count) and count >= len(posts)
    assert 0 < total and counts[0] < count, "every post in the first bucket: the histogram records no spread"
