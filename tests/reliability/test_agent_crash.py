"""An unexpected exception in the agent stops the worker non-zero with one clear line; nothing is lost.

Stock Faust logs an agent's crash and keeps the process up, /healthz 200, consuming nothing: the orchestrator never
restarts it. Vigie catches it at the agent, fails /healthz, and exits 5; the failed batch was not acked, so a
restarted worker processes it again. The fault is injected with the test-only VIGIE_FAULT_RAISE_AFTER.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from kafka_helpers import WorkerHandle

pytestmark = pytest.mark.integration

POSTS = 1000
RAISE_AFTER = 300
CRASH_LINE = re.compile(
    r"ERROR +worker\.stream\.lifecycle: the moderation agent failed: RuntimeError at publisher\.py:\d+ in publish; stopping the worker "
    r"\(exit 5\)"
)
TEXT = "Quokka-agent-crash"  # a distinctive word that must not reach the logs


def test_an_exception_in_the_agent_stops_the_worker_non_zero_and_a_restart_loses_nothing(
    start_worker: Any, tmp_path: Path
) -> None:
    worker: WorkerHandle = start_worker(VIGIE_FAULT_RAISE_AFTER=str(RAISE_AFTER), VIGIE_BATCH_SIZE="64")
    worker.wait_ready()
    ids = {f"c-{i}" for i in range(POSTS)}
    worker.produce([{"id": f"c-{i}", "text": f"{TEXT} bonjour numéro {i}"} for i in range(POSTS)])
    proc = worker.proc
    assert proc is not None
    try:
        code = proc.wait(60)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"still running 60 s after the injected fault\n{worker.logs()[-3000:]}") from None
    log = worker.logs()
    assert code == 5, log[-3000:]
    assert len(CRASH_LINE.findall(log)) == 1, log[-3000:]
    assert log.strip().splitlines()[-1].startswith("vigie run: error: the moderation agent failed: RuntimeError")
    assert TEXT not in log and "Traceback" not in log
    processed = {d["post_id"] for d in worker.read(worker.decisions_topic)}
    assert RAISE_AFTER - 64 < len(processed) <= RAISE_AFTER, len(processed)  # it stopped at the faulty batch

    worker.env_overrides.pop("VIGIE_FAULT_RAISE_AFTER")
    worker.start(tmp_path)
    worker.wait_ready()
    decided = {d["post_id"] for d in worker.read(worker.decisions_topic, expect=POSTS, timeout=90)}
    assert decided == ids, f"{len(ids - decided)} posts lost"
