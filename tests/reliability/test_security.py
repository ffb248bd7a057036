"""Security (issue 5, item 10): no post text or author id in metric labels or default logs; the embedded broker and
the metrics server listen on 127.0.0.1 only, by default.

Listening sockets are read from /proc (the process's socket inodes matched against /proc/net/tcp and tcp6), and
when the machine has a non-loopback IPv4 address, connecting to it on those ports must be refused.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka_helpers import WorkerHandle, http_get, start_vigie_broker

from worker.tools.broker import EmbeddedBroker, free_port

pytestmark = pytest.mark.integration

SECRET_TEXT = "Quokka-7f3a2c"  # distinctive words that must appear nowhere but in the outputs
SECRET_AUTHOR = "auteur-91c2e5"
LINUX = Path("/proc/net/tcp").exists()


def listening(pids: list[int]) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket in LISTEN state owned by one of ``pids``."""
    inodes: set[str] = set()
    for pid in pids:
        fd_dir = Path(f"/proc/{pid}/fd")
        for fd in fd_dir.iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = []
    for table, width in (("tcp", 8), ("tcp6", 32)):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                hex_addr, hex_port = fields[1].split(":")
                found.append((_address(hex_addr, width), int(hex_port, 16)))
    return found


def _address(hex_addr: str, width: int) -> str:
    raw = bytes.fromhex(hex_addr)
    if width == 8:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))  # /proc prints each 32-bit word little-endian
    return socket.inet_ntop(socket.AF_INET6, words)


def process_tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").iterdir():
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            todo += [int(c) for c in children]
    return pids


def non_loopback_ipv4() -> list[str]:
    """This machine's own IPv4 addresses other than 127.0.0.0/8 (from the kernel's local routing table)."""
    lines = Path("/proc/net/fib_trie").read_text().splitlines() if Path("/proc/net/fib_trie").exists() else []
    found = {prev.split()[-1] for prev, line in zip(lines, lines[1:], strict=False) if "/32 host LOCAL" in line}
    return sorted(a for a in found if not a.startswith("127."))


def assert_loopback_only(pids: list[int], port: int) -> None:
    sockets = listening(pids)
    assert any(p == port for _, p in sockets), (port, sockets)
    assert all(addr in ("127.0.0.1", "::1") for addr, _ in sockets), sockets
    for address in non_loopback_ipv4():
        with socket.socket() as probe:
            probe.settimeout(1.0)
            assert probe.connect_ex((address, port)) != 0, f"port {port} answers on {address}"


@pytest.mark.skipif(not LINUX, reason="reads listening sockets from /proc")
def test_vigie_broker_listens_on_loopback_only(tmp_path: Path) -> None:
    port = free_port()
    proc = start_vigie_broker(port)
    try:
        assert_loopback_only(process_tree(proc.pid), port)
    finally:
        proc.terminate()
        proc.wait(30)


@pytest.mark.skipif(not LINUX, reason="reads listening sockets from /proc")
def test_embedded_broker_listens_on_loopback_only(tmp_path: Path) -> None:
    with EmbeddedBroker(log_file=tmp_path / "tansu.log") as broker:
        assert broker._proc is not None
        assert_loopback_only(process_tree(broker._proc.pid), broker.port)


def secret_posts() -> list[dict[str, Any]]:
    hateful = "Les musulmans sont des parasites, il faut les chasser du pays."
    return [
        {"id": "sec-1", "text": f"{SECRET_TEXT} bonjour à tous", "author_id": SECRET_AUTHOR, "platform": "forum"},
        {"id": "sec-2", "text": f"{hateful} {SECRET_TEXT}", "author_id": SECRET_AUTHOR},
        {"id": "sec-3", "text": f"{SECRET_TEXT} " * 300, "author_id": SECRET_AUTHOR},  # long: scored by windows
        {"id": "sec-4", "text": SECRET_TEXT, "author_id": 12, "metadata": {"author": SECRET_AUTHOR}},  # wrong_type
        {"id": "sec-5", "text": SECRET_TEXT, "created_at": SECRET_AUTHOR},  # invalid_value
    ]


def test_no_post_text_or_author_id_in_logs_or_metrics(start_worker: Any) -> None:
    worker: WorkerHandle = start_worker()
    worker.wait_ready()
    worker.produce(secret_posts())
    worker.produce([b'{"id":"sec-6","text":"' + SECRET_TEXT.encode() + b'", "author_id":"' + SECRET_AUTHOR.encode()])
    worker.wait_metric("vigie_messages_consumed_total", 6)
    decisions = worker.read(worker.decisions_topic, expect=3)
    dead = worker.read(worker.deadletter_topic, expect=3)
    assert any(SECRET_TEXT in d["text"] for d in decisions)  # the outputs do carry them: the test can see them
    assert len(dead) == 3
    worker.wait_log(lambda line: "consumed=6 " in line, what="a summary after the 6 records")
    metrics = http_get(worker.metrics_url + "/metrics")[1].decode()
    readyz = http_get(worker.metrics_url + "/readyz")[1].decode()
    assert worker.stop() == 0
    logs = worker.logs()
    assert "consumed=6" in logs, logs[-2000:]
    for secret in (SECRET_TEXT, SECRET_AUTHOR):
        assert secret not in logs, [line for line in logs.splitlines() if secret in line][:3]
        assert secret not in metrics
        assert secret not in readyz
    assert "vigie_messages_consumed_total" in metrics


def test_no_post_text_or_author_id_in_json_logs(start_worker: Any) -> None:
    worker: WorkerHandle = start_worker(VIGIE_LOG_FORMAT="json")
    worker.wait_ready()
    worker.produce(secret_posts())
    worker.wait_metric("vigie_messages_consumed_total", 5)
    worker.read(worker.decisions_topic, expect=3)
    worker.wait_log(lambda line: line.startswith("{") and orjson.loads(line).get("event") == "summary"
                    and orjson.loads(line).get("consumed", 0) >= 5, what="a JSON summary after the 5 records")
    assert worker.stop() == 0
    for secret in (SECRET_TEXT, SECRET_AUTHOR):
        assert secret not in worker.logs()


@pytest.mark.skipif(not LINUX, reason="reads listening sockets from /proc")
def test_the_metrics_server_listens_on_loopback_only(start_worker: Any) -> None:
    worker: WorkerHandle = start_worker()
    worker.wait_ready()
    assert worker.proc is not None
    assert_loopback_only([worker.proc.pid], worker.metrics_port)
