"""The embedded broker (Tansu) never outlives a start that failed after its process was launched."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from kafka_helpers import start_vigie_broker

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


def test_vigie_broker_stopped_while_starting_stops_tansu() -> None:
    # SIGTERM the moment the port opens (before the topics exist and « broker ready » is printed): Tansu runs in its
    # own session, so a wrapper that died there left it running; two such orphans were found after a full suite.
    port = free_port()
    proc = start_vigie_broker(port, poll=0.02)
    try:
        proc.terminate()
        proc.wait(30)
        deadline = time.monotonic() + 10
        while port_open("127.0.0.1", port) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not port_open("127.0.0.1", port), "Tansu outlived vigie broker"
    finally:
        if proc.poll() is None:
            proc.kill()
