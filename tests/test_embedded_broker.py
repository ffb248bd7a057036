"""The embedded broker (Tansu) never outlives a start that failed after its process was launched."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
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


@pytest.mark.parametrize(("moment", "sig"), [("port open", signal.SIGTERM), ("port open + 50 ms", signal.SIGINT),
                                            ("port open + 200 ms", signal.SIGTERM), ("ready", signal.SIGTERM)])
def test_vigie_broker_stopped_while_starting_exits_cleanly_and_stops_tansu(moment: str, sig: signal.Signals) -> None:
    # A stop the moment the port opens (before the topics exist and « broker ready » is printed): Tansu runs in its
    # own session, so a wrapper that died there left it running (two such orphans after a full suite); and a
    # SIGTERM handler that raised KeyboardInterrupt inside asyncio.run's start-up once left `vigie broker` hanging
    # past 30 s in a clean-clone run. Every moment: exit 0 within seconds, no traceback or aiokafka ERROR, no Tansu.
    port = free_port()
    proc = start_vigie_broker(port, poll=0.005)
    try:
        if moment == "ready":
            assert proc.stdout is not None
            while b"broker ready" not in (line := proc.stdout.readline()):
                assert line, "vigie broker ended before it was ready"
        elif "+" in moment:
            time.sleep(int(moment.split("+")[1].split()[0]) / 1000)
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=20)
        text = out.decode(errors="replace")
        assert proc.returncode == 0, text[-2000:]
        assert "Traceback" not in text and "ERROR" not in text, text[-2000:]
        deadline = time.monotonic() + 10
        while port_open("127.0.0.1", port) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not port_open("127.0.0.1", port), "Tansu outlived vigie broker"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_vigie_broker_killed_with_sigkill_takes_tansu_with_it() -> None:
    # kill -9 cannot be handled: Tansu (in its own session) used to stay on the port, and the next `make demo` or
    # `vigie broker` found it taken. Tansu now gets SIGTERM when the process that started it dies.
    port = free_port()
    proc = start_vigie_broker(port, poll=0.02)
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 15
    while port_open("127.0.0.1", port) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not port_open("127.0.0.1", port), "Tansu outlived a SIGKILLed vigie broker"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux's")
def test_a_child_started_with_dies_with_this_process_goes_when_its_parent_is_killed() -> None:
    # what the demo's worker relies on: the demo SIGKILLed alone (not its group) left the worker retrying for ever
    parent = subprocess.Popen([sys.executable, "-c", (
        "import subprocess, sys, time\n"
        "from worker.tools.broker import dies_with_this_process\n"
        "child = subprocess.Popen(['sleep', '60'], preexec_fn=dies_with_this_process())\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(60)\n")], cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait(10)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(child, os.WNOHANG)  # not ours: only a zombie of init's would linger; never blocks
    state = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0] if Path(f"/proc/{child}").exists() else "gone"
    assert state in ("gone", "Z"), f"the child outlived its SIGKILLed parent (state {state})"
