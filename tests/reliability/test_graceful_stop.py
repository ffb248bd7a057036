"""Graceful stop: SIGTERM finishes, publishes and commits the in-flight batch, exits 0 within 10 s."""

from __future__ import annotations

import signal
import time
from collections import Counter
from typing import Any

import pytest
from kafka_helpers import WorkerHandle, committed_offsets

pytestmark = pytest.mark.integration

STOP_WITHIN = 10.0  # seconds from SIGTERM to exit (README: graceful stop)


def posts(n: int, prefix: str) -> list[dict[str, Any]]:
    return [{"id": f"{prefix}-{i}", "text": f"message numéro {i} sur le forum, rien de spécial"} for i in range(n)]


def test_sigterm_commits_the_inflight_batch_and_exits_0(start_worker: Any, tmp_path: Any) -> None:
    batch = 200
    worker: WorkerHandle = start_worker(VIGIE_BATCH_SIZE=str(batch))
    worker.produce(posts(20_000, "g"))
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", 2000, timeout=120)
    proc = worker.proc
    assert proc is not None and proc.poll() is None  # the precondition: stopped mid-stream, with records in flight
    proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_WITHIN
    while proc.poll() is None and time.monotonic() < deadline:  # poll: the promise is "exited within 10 s"
        time.sleep(0.1)
    exited = proc.poll() is not None
    code = worker.stop(signal.SIGKILL)  # reaps it; kills it only if it overstayed
    assert exited, f"still running {STOP_WITHIN:.0f}s after SIGTERM:\n{worker.logs()[-3000:]}"
    assert code == 0, worker.logs()[-3000:]

    committed = committed_offsets(worker.bootstrap, worker.group_id, worker.input_topic, worker.partitions)
    outputs = worker.read(worker.decisions_topic)
    highest: dict[int, int] = {}
    for out in outputs:
        p, o = out["source"]["partition"], out["source"]["offset"]
        highest[p] = max(highest.get(p, -1), o)
    # Everything published is committed: nothing beyond what was processed will be processed again.
    for p, off in committed.items():
        assert (off or 0) == highest.get(p, -1) + 1, (p, off, highest.get(p))

    worker.start(tmp_path)
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", 20_000 - len(outputs), timeout=180)
    final = worker.read(worker.decisions_topic, expect=20_000)
    counts = Counter(d["post_id"] for d in final)
    assert len(counts) == 20_000 and max(counts.values()) == 1


def test_ctrl_c_then_the_supervisors_sigterm_is_one_graceful_stop(start_worker: Any) -> None:
    """What ``make demo`` (or a shell script trapping INT) does on Ctrl-C: the terminal's SIGINT reaches the worker,
    the supervisor's SIGTERM follows. The worker still commits its batch and exits 0 (it exited 3 before)."""
    worker: WorkerHandle = start_worker(VIGIE_BATCH_SIZE="200")
    worker.produce(posts(20_000, "ct"))
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", 2000, timeout=120)
    proc = worker.proc
    assert proc is not None and proc.poll() is None
    proc.send_signal(signal.SIGINT)
    time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_WITHIN
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    exited = proc.poll() is not None
    code = worker.stop(signal.SIGKILL)
    logs = worker.logs()
    assert exited, f"still running {STOP_WITHIN:.0f}s after the signals:\n{logs[-3000:]}"
    assert code == 0, logs[-3000:]
    assert "the same stop request" in logs and "without committing" not in logs, logs[-3000:]
    committed = committed_offsets(worker.bootstrap, worker.group_id, worker.input_topic, worker.partitions)
    highest: dict[int, int] = {}
    for out in worker.read(worker.decisions_topic):
        p, o = out["source"]["partition"], out["source"]["offset"]
        highest[p] = max(highest.get(p, -1), o)
    for p, off in committed.items():
        assert (off or 0) == highest.get(p, -1) + 1, (p, off, highest.get(p))
