"""The contract between worker/stream/fastpath.py and the Faust internals it subclasses.

fastpath.py overrides private methods of faust-streaming's aiokafka consumer (``_drain_messages``, ``ack``, the
consumer thread's ``_create_worker_consumer``) and sets a private attribute of aiokafka's consumer
(``_fetch_max_wait_ms``). pyproject bounds both libraries to the releases tested here; before widening the bounds,
run this file against the new release: the first test names every internal whose shape changed, the second runs one
real batch through the fast path on the broker and checks what the agent gets and what Faust commits.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import faust
import pytest
from aiokafka.consumer.fetcher import Fetcher
from faust.events import Event
from faust.streams import Stream
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import ConsumerMessage
from kafka_helpers import ROOT, committed_offsets, new_name, produce

from worker.stream import fastpath

BOUNDS = "bounded in pyproject.toml and worker/stream/preflight.py TESTED_RANGES"

# (owner, name, parameter names): the Faust methods fastpath.py calls or overrides, as it calls them
SIGNATURES: list[tuple[type, str, tuple[str, ...]]] = [
    (faust_aiokafka.AIOKafkaConsumerThread, "_create_worker_consumer", ("self", "transport")),
    (faust_aiokafka.Consumer, "_new_consumer_thread", ("self",)),
    (faust_aiokafka.AIOKafkaConsumerThread, "_fetch_records",
     ("self", "consumer", "active_partitions", "timeout", "max_records")),
    (faust_aiokafka.Consumer, "_drain_messages", ("self", "fetcher")),
    (faust_aiokafka.Consumer, "getmany", ("self", "timeout")),
    (faust_aiokafka.Consumer, "_add_gap", ("self", "tp", "offset_from", "offset_to")),
    (faust_aiokafka.Consumer, "commit", ("self", "topics", "start_new_transaction")),
    (faust_aiokafka.Consumer, "ack", ("self", "message")),
    (faust_aiokafka.Consumer, "on_buffer_drop", ("self", "tp")),
    (faust_aiokafka.Consumer, "_get_active_partitions", ("self",)),
    (faust_aiokafka.Consumer, "wait_first", ("self", "coros", "timeout")),
    (faust_aiokafka.Consumer, "wait_for_stopped", ("self", "coros", "timeout")),
    (faust_aiokafka.Transport, "__init__", ("self", "args", "kwargs")),
    (ConsumerMessage, "__init__", ("self", "topic", "partition", "offset", "timestamp", "timestamp_type", "headers",
                                   "key", "value", "checksum", "serialized_key_size", "serialized_value_size", "tp",
                                   "time_in", "time_out", "time_total", "generation_id")),
    (faust.Schema, "loads_key", ("self", "app", "message", "loads", "serializer")),
    (faust.Schema, "loads_value", ("self", "app", "message", "loads", "serializer")),
    (Stream, "noack_take", ("self", "max_", "within")),
    (Stream, "ack", ("self", "event")),
    (Event, "__init__", ("self", "app", "key", "value", "headers", "message")),
]

# The Faust methods BatchConsumer replaces or mirrors, by the hash of their source: a change means the replacement
# may have to change too (its docstrings say what it keeps of each). Re-read, port, then update the hash.
MIRRORED: dict[tuple[type, str], str] = {
    (faust_aiokafka.Consumer, "_drain_messages"): "44a2500309e83c63",
    (faust_aiokafka.Consumer, "ack"): "5fcf41cf45153475",
    (faust_aiokafka.Consumer, "on_buffer_drop"): "4b57e8a418d5ad9c",
    (faust_aiokafka.Consumer, "_get_active_partitions"): "b24897f3c7afdb5d",
    (faust_aiokafka.AIOKafkaConsumerThread, "_create_worker_consumer"): "c2701bfc3e6f6cad",
    # BatchConsumerThread._fetch_records rotates the buffer that aiokafka's fetched_records drains front to back
    (faust_aiokafka.AIOKafkaConsumerThread, "_fetch_records"): "39a2c6c79fc1455a",
    (Fetcher, "fetched_records"): "be4348896b9b66af",
}


def _where(owner: type, name: str) -> str:
    return f"{owner.__module__}.{owner.__qualname__}.{name}"


def _source_hash(function: Callable[..., object]) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def test_the_faust_internals_the_fast_path_relies_on_are_unchanged() -> None:
    problems = []
    for owner, name, params in SIGNATURES:
        function = getattr(owner, name, None)
        if function is None:
            problems.append(f"{_where(owner, name)} is gone")
            continue
        found = tuple(inspect.signature(function).parameters)
        if found != params:
            problems.append(f"{_where(owner, name)}{found} (fastpath.py expects {params})")
    for (owner, name), digest in MIRRORED.items():
        function = getattr(owner, name, None)
        if function is not None and _source_hash(function) != digest:
            problems.append(f"{_where(owner, name)} changed (source hash {_source_hash(function)}, tested {digest}): "
                            f"BatchConsumer mirrors it")
    if faust_aiokafka.Transport.Consumer is not faust_aiokafka.Consumer:
        problems.append("faust_aiokafka.Transport.Consumer is no longer faust_aiokafka.Consumer")
    if aiokafka_fetch_wait() is None:
        problems.append("aiokafka.AIOKafkaConsumer no longer keeps _fetch_max_wait_ms (BatchConsumerThread sets it)")
    assert not problems, (
        f"worker/stream/fastpath.py relies on Faust/aiokafka internals that changed ({BOUNDS}):\n  " + "\n  ".join(problems)
    )


def test_the_partitions_served_go_behind_the_ones_that_waited() -> None:
    """aiokafka hands out buffered records front to back, up to max_records a call: without the rotation an input
    partition's thousands of buffered records came first on every call and the internal topics' waited (seen
    under a backlog: the campaign stages idle for 20-40 s with their messages fetched)."""
    from collections import OrderedDict

    buffered: OrderedDict[str, int] = OrderedDict((tp, 1) for tp in ("input-0", "input-1", "items-0", "answers-0"))
    fastpath.rotate(buffered, {"input-0": [1, 2]})
    assert list(buffered) == ["input-1", "items-0", "answers-0", "input-0"]
    fastpath.rotate(buffered, {"input-1": [3], "gone-0": [4]})  # a partition drained meanwhile is not in the buffer
    assert list(buffered) == ["items-0", "answers-0", "input-0", "input-1"]
    assert "self._records = collections.OrderedDict()" in inspect.getsource(Fetcher.__init__), (
        "aiokafka's Fetcher no longer keeps an OrderedDict of buffered records: fastpath.rotate needs move_to_end")


def aiokafka_fetch_wait() -> int | None:
    import asyncio

    from aiokafka import AIOKafkaConsumer

    async def build() -> int | None:
        consumer = AIOKafkaConsumer(bootstrap_servers="127.0.0.1:1", fetch_max_wait_ms=123)
        value = getattr(consumer, "_fetch_max_wait_ms", None)
        return value if value == 123 else None

    return asyncio.run(build())


@pytest.mark.integration
def test_one_real_batch_flows_through_the_fast_path_and_its_acks_are_committed(
    kafka_bootstrap: str, topic_factory: Callable[..., str], tmp_path: Path
) -> None:
    topic = topic_factory(partitions=2)
    group = new_name("contract")
    posts = [{"id": f"c-{i}", "text": f"message {i}"} for i in range(300)]
    produce(kafka_bootstrap, topic, posts)  # all there before the consumer starts: its first fetches are full
    out = tmp_path / "report.json"
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "fastpath_probe.py"), kafka_bootstrap, topic, group,
                           str(len(posts)), str(out)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.exists(), f"the fast-path probe did not finish (exit {done.returncode}):\n{done.stderr[-4000:]}"
    report = json.loads(out.read_text())
    assert not report["missing_attributes"], (
        f"Faust's consumer lost attributes BatchConsumer uses: {report['missing_attributes']} ({BOUNDS})")
    assert report["fetch_max_wait_ms"] == fastpath.FETCH_MAX_WAIT_MS, (
        f"aiokafka's fetcher waits {report['fetch_max_wait_ms']} ms, not fastpath.FETCH_MAX_WAIT_MS: "
        f"BatchConsumerThread's override of _fetch_max_wait_ms no longer reaches it ({BOUNDS})")
    events = report["events"]
    assert events and {e["type"] for e in events} == {"BatchMessage"}, (
        f"the agent got {sorted({e['type'] for e in events})}, not fastpath.BatchMessage: Faust no longer delivers "
        f"through BatchConsumer._drain_messages ({BOUNDS})")
    assert max(len(e["offsets"]) for e in events) > 1  # the precondition: records really were batched
    for e in events:
        assert e["value_is_the_records"] and e["records_of"] == e["offsets"]
        assert e["offsets"] == sorted(e["offsets"]) and (e["first_offset"], e["offset"]) == (e["offsets"][0],
                                                                                             e["offsets"][-1])
    values = [json.loads(v)["id"] for e in events for v in e["values"]]
    assert sorted(values) == sorted(p["id"] for p in posts) and len(values) == len(set(values))
    per_partition: dict[int, int] = {}
    for e in events:
        per_partition[e["partition"]] = max(per_partition.get(e["partition"], -1), e["offset"])
    committed = committed_offsets(kafka_bootstrap, group, topic, 2)
    assert committed == {p: last + 1 for p, last in per_partition.items()}, (
        f"acking the batches did not commit them through Faust's offset tracking: committed {committed}, "
        f"processed up to {per_partition} ({BOUNDS})")
