"""`make demo` as a user runs it: flags appear, Ctrl-C stops broker, worker and producer cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from kafka_helpers import ROOT

from worker.broker import free_port, port_open

pytestmark = pytest.mark.integration


def test_demo_shows_flags_and_dead_letters_then_stops_on_ctrl_c() -> None:
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
            if len(flags) >= 3 and len(dead) >= 2:
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
    assert proc.returncode == 0, text[-3000:]
    assert "all stopped" in text
    assert not port_open("127.0.0.1", broker_port) and not port_open("127.0.0.1", metrics_port)
