"""`make demo` as a user runs it: flags appear, Ctrl-C stops broker, worker and producer cleanly."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from kafka_helpers import ROOT

from worker.tools.broker import free_port, port_open

pytestmark = pytest.mark.integration


def test_demo_shows_flags_dead_letters_and_the_raid_campaign_then_stops_on_ctrl_c() -> None:
    broker_port, metrics_port = free_port(), free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker", "demo", "--plain", "--rate", "20", "--port", str(broker_port),
         "--metrics-port", str(metrics_port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            line = proc.stdout.readline().decode()
            if not line:
                break
            lines.append(line)
            flags = [x for x in lines if x.startswith(("REVIEW", "REMOVE"))]
            dead = [x for x in lines if x.startswith("DEAD")]
            campaigns = [x for x in lines if x.startswith("CAMPAIGN")]
            if len(flags) >= 3 and len(dead) >= 2 and campaigns:
                break
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole foreground group
        out, _ = proc.communicate(timeout=60)
        lines.append(out.decode())
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = "".join(lines)
    assert f"http://127.0.0.1:{metrics_port}/metrics" in text
    assert any(x.startswith(("REVIEW", "REMOVE")) for x in lines), text[-3000:]
    assert "invalid_json" in text and "missing_field" in text
    assert "CAMPAIGN cmp-" in text and " opened: " in text, text[-3000:]  # the sample feed's raid
    assert proc.returncode == 0, text[-3000:]
    assert "all stopped" in text
    assert "worker exited (0)" in text, text[-3000:]  # the terminal's SIGINT and the demo's SIGTERM: one stop request
    assert not port_open("127.0.0.1", broker_port) and not port_open("127.0.0.1", metrics_port)


def _children(pid: int) -> list[int]:
    """The live child processes of ``pid`` (from /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # exited meanwhile
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_ctrl_c_stops_every_child_even_when_stdout_is_a_closed_pipe() -> None:
    """`make demo 2>&1 | tee demo.log`, then Ctrl-C: tee dies with the rest of the group, the demo's stdout is a
    pipe nobody reads, and the clean-up must still stop the worker and the broker (which has its own session)."""
    broker_port, metrics_port = free_port(), free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker", "demo", "--plain", "--rate", "20", "--port", str(broker_port),
         "--metrics-port", str(metrics_port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    assert proc.stdout is not None
    children: list[int] = []
    try:
        deadline = time.monotonic() + 120
        seen = b""
        while b"worker ready" not in seen and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            seen += line
        assert b"worker ready" in seen, seen.decode(errors="replace")[-3000:]
        children = _children(proc.pid)
        assert len(children) >= 2, children  # the precondition: a broker and a worker to orphan
        assert port_open("127.0.0.1", broker_port)
        proc.stdout.close()  # what tee's death does: every later write of the demo fails with EPIPE
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=90)
        assert _wait_until(lambda: not any(_alive(c) for c in children), 15), [c for c in children if _alive(c)]
        assert not port_open("127.0.0.1", broker_port), "the embedded broker was left running"
        assert not port_open("127.0.0.1", metrics_port)
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        for child in children:
            if _alive(child):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, signal.SIGKILL)


def test_the_replay_loop_returns_even_when_a_task_refuses_to_stop() -> None:
    """``asyncio.run`` would wait forever for a task that swallows its cancellation (a Kafka client stuck in its
    stop); the demo's runner gives it a second and returns, so the clean-up that follows (worker, broker) runs."""
    import asyncio
    import threading

    from worker.tools.demo import _run_bounded

    async def stubborn() -> None:
        while True:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.sleep(3600)

    async def main() -> None:
        asyncio.get_running_loop().create_task(stubborn())
        await asyncio.sleep(0.05)

    runner = threading.Thread(target=_run_bounded, args=(main(),), daemon=True)
    runner.start()
    runner.join(30)
    assert not runner.is_alive(), "the replay loop did not return"
