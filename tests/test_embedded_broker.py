"""The embedded broker (Tansu) never outlives a start that failed after its process was launched."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from worker.tools.broker import EmbeddedBroker, free_port, port_open


def test_a_start_that_fails_after_launch_stops_the_broker(tmp_path: Path) -> None:
    broker = EmbeddedBroker(free_port(), log_file=tmp_path / "tansu.log")

    async def start_inside_a_running_loop() -> None:
        broker.start()  # the process starts, then waiting for its metadata fails: asyncio.run inside a loop

    with pytest.raises(RuntimeError):
        asyncio.run(start_inside_a_running_loop())
    assert not broker.running
    deadline = time.monotonic() + 10
    while port_open(broker.host, broker.port) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not port_open(broker.host, broker.port), "the broker process was left running"
