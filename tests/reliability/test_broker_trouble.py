"""Broker trouble (issue 5, item 5), each test on its own embedded broker (they stop and restart it).

- Broker absent at start: the worker retries with backoff, one clear log line per attempt, and becomes ready and
  processes posts once a broker appears on that port.
- Broker restarted mid-run: Tansu's memory storage forgets every topic and offset. With the topics created again
  (empty), the input log went backwards under the worker: it must stop (exit 4) without committing rather than
  fetch the new log from its old positions, and its restart decides what is sent, also what was sent while it was
  frozen. Without them, the worker must not spin silently: it must exit with a clear message within a bounded time.
- During the outage, aiokafka's reconnect storm is collapsed into a few log lines.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kafka_helpers import WorkerHandle, http_get, produce, read_topic

from worker.ops.errors import TopicGone
from worker.ops.settings import Settings
from worker.stream.watchdog import RewindProbe
from worker.tools.broker import EmbeddedBroker, free_port

pytestmark = pytest.mark.integration

RETRY_LINE = re.compile(
    r"WARNING +worker\.stream\.preflight: broker (?P<server>\S+) not reachable \(attempt (?P<attempt>\d+): (?P<error>\w+)\); "
    r"retrying in (?P<wait>[0-9.]+)s$"
)
OUTAGE = 12.0  # seconds the broker stays away in the restart test: more than one log-collapsing window (10 s)
OUTAGE_MAX_LINES = 20  # log lines the worker may write during that outage, its summaries aside (~1,000 uncollapsed)
GIVE_UP_AFTER = 30.0  # the bounded time within which a worker whose input topic vanished must have said so


@pytest.fixture
def brokers(tmp_path: Path) -> Iterator[Callable[[int], EmbeddedBroker]]:
    """``brokers(port)`` starts an embedded broker on that port; every one is stopped at teardown."""
    started: list[EmbeddedBroker] = []

    def start(port: int) -> EmbeddedBroker:
        broker = EmbeddedBroker(port, log_file=tmp_path / f"tansu-{len(started)}.log").start()
        started.append(broker)
        return broker

    yield start
    for broker in started:
        broker.stop()


@pytest.fixture
def workers() -> Iterator[list[WorkerHandle]]:
    handles: list[WorkerHandle] = []
    yield handles
    for handle in handles:
        handle.stop(signal.SIGKILL)


def posts(n: int, prefix: str) -> list[dict[str, Any]]:
    return [{"id": f"{prefix}-{i}", "text": f"Bonjour à tous, message {i} du forum."} for i in range(n)]


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, handle: WorkerHandle) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not after {timeout:.0f}s\n{handle.logs()[-3000:]}")
        time.sleep(0.2)


def retry_lines(handle: WorkerHandle) -> list[re.Match[str]]:
    return [m for line in handle.logs().splitlines() if (m := RETRY_LINE.search(line))]


def decided_ids(handle: WorkerHandle) -> set[str]:
    return {d["post_id"] for d in read_topic(handle.bootstrap, handle.decisions_topic, idle=2.0)}


def start_without_broker(workers: list[WorkerHandle], tmp_path: Path) -> tuple[int, WorkerHandle]:
    """A worker pointed at a free port where nothing listens, after it announced a 2 s pause (its 3rd attempt)."""
    port = free_port()
    worker = WorkerHandle(f"127.0.0.1:{port}", partitions=2)
    workers.append(worker.start(tmp_path))
    wait_for(lambda: any(float(m["wait"]) >= 2.0 for m in retry_lines(worker)), 30, "3 retry lines", worker)
    return port, worker


def test_broker_absent_at_start_retries_with_backoff_then_processes(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path
) -> None:
    port, worker = start_without_broker(workers, tmp_path)
    brokers(port)  # within the 2 s pause: the broker starts in well under a second
    worker.create_topics()
    worker.wait_ready(timeout=60)
    worker.produce(posts(50, "late"))
    wait_for(lambda: len(decided_ids(worker)) == 50, 60, "50 decisions", worker)

    lines = retry_lines(worker)
    attempts = [int(m["attempt"]) for m in lines]
    waits = [float(m["wait"]) for m in lines]
    assert attempts == list(range(1, len(attempts) + 1)) and len(attempts) >= 3, attempts
    assert waits[:3] == [0.5, 1.0, 2.0], waits  # exponential backoff (capped at 10 s)
    assert all(m["server"] == f"127.0.0.1:{port}" and m["error"] for m in lines)
    assert f"broker 127.0.0.1:{port} answered after {len(attempts) + 1} attempts" in worker.logs()
    assert "Traceback" not in worker.logs()


def test_broker_absent_at_start_logs_one_line_per_attempt_and_nothing_else(
    workers: list[WorkerHandle], tmp_path: Path
) -> None:
    _, worker = start_without_broker(workers, tmp_path)
    log = worker.logs()
    away = log.split("(health: /healthz, readiness: /readyz)", 1)[1].strip().splitlines()
    assert away and all(RETRY_LINE.search(line) for line in away), away


def start_on_private_broker(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path, **env: str
) -> tuple[EmbeddedBroker, WorkerHandle]:
    broker = brokers(free_port())
    worker = WorkerHandle(broker.bootstrap, partitions=2, env_overrides=env)
    worker.create_topics()
    workers.append(worker.start(tmp_path))
    worker.wait_ready()
    worker.produce(posts(100, "before"))
    worker.wait_metric("vigie_messages_consumed_total", 100)
    return broker, worker


def wait_exit(worker: WorkerHandle, timeout: float) -> int:
    proc = worker.proc
    assert proc is not None
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"still running {timeout:.0f}s later (/readyz {'200' if worker.ready() else '503'})\n"
                             f"{worker.logs()[-2000:]}") from None


def test_broker_restarted_with_its_topics_recreated_the_worker_stops_and_its_restart_reads_them(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path
) -> None:
    broker, worker = start_on_private_broker(brokers, workers, tmp_path)
    before = len(worker.logs().splitlines())
    broker.stop()
    time.sleep(OUTAGE)
    during = [line for line in worker.logs().splitlines()[before:] if " consumed=" not in line]  # not the summary
    brokers(broker.port)
    worker.create_topics()  # empty again: their end offsets are below what the worker processed
    assert wait_exit(worker, GIVE_UP_AFTER) == TopicGone.exit_code
    assert_went_backwards(worker)
    # aiokafka's reconnect storm (about 80 ERROR lines a second) is collapsed: one line per kind, then one
    # "repeated" line per kind and 10 s window; Vigie's periodic summary (every 2 s here) is not counted
    assert len(during) < OUTAGE_MAX_LINES, "\n".join(during)
    assert any(" repeated " in line and " times in the last " in line for line in during), "\n".join(during)

    worker.start(tmp_path)  # what the orchestrator does
    worker.wait_ready()
    worker.produce(posts(300, "after"))
    expected = {p["id"] for p in posts(300, "after")}
    wait_for(lambda: expected <= decided_ids(worker), 60, "decisions for the 300 posts sent after the restart", worker)


def test_posts_sent_to_a_recreated_topic_before_the_worker_reconnects_are_not_skipped(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path
) -> None:
    """The worker is frozen (SIGSTOP) while the broker restarts, the topics are recreated and posts arrive: when it
    wakes up its fetch positions belong to the old log. Fewer posts than it had processed on each partition, so the
    new end offsets are below them: it must stop (exit 4) rather than skip, and its restart decides every post."""
    broker, worker = start_on_private_broker(brokers, workers, tmp_path)  # 100 posts: about 50 per partition
    assert worker.proc is not None
    os.kill(worker.proc.pid, signal.SIGSTOP)
    try:
        broker.stop()
        brokers(broker.port)
        worker.create_topics()
        worker.produce(posts(40, "early"))  # 24 and 16 on the 2 partitions, below the 46 and 54 before
    finally:
        os.kill(worker.proc.pid, signal.SIGCONT)
    assert wait_exit(worker, GIVE_UP_AFTER) == TopicGone.exit_code
    assert_went_backwards(worker)

    worker.start(tmp_path)
    worker.wait_ready()
    expected = {p["id"] for p in posts(40, "early")}
    wait_for(lambda: expected <= decided_ids(worker), 60, "decisions for the 40 posts sent before it woke up", worker)


def assert_went_backwards(worker: WorkerHandle) -> None:
    log = worker.logs()
    lines = [line for line in log.splitlines() if "ERROR" in line and "went backwards" in line]
    assert len(lines) == 1 and worker.input_topic in lines[0], log[-2000:]
    assert log.strip().splitlines()[-1].startswith(f"vigie run: error: input topic '{worker.input_topic}' went back")


def test_broker_restarted_without_its_topics_the_worker_exits_with_a_clear_message(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path
) -> None:
    broker, worker = start_on_private_broker(brokers, workers, tmp_path)
    broker.stop()
    time.sleep(2)
    brokers(broker.port)  # memory storage: no topics any more
    proc = worker.proc
    assert proc is not None
    try:
        proc.wait(GIVE_UP_AFTER)
    except Exception:
        ready = worker.ready()
        raise AssertionError(f"still running {GIVE_UP_AFTER:.0f}s after its input topic vanished "
                             f"(/readyz {'200' if ready else '503'})\n{worker.logs()[-1500:]}") from None
    assert proc.returncode != 0
    last = worker.logs().strip().splitlines()[-5:]
    assert any(worker.input_topic in line for line in last), last


def test_the_rewind_probe_tells_a_log_that_went_backwards_from_an_under_reported_end_offset(
    kafka_bootstrap: str, topic_factory: Callable[..., str]
) -> None:
    topic = topic_factory(partitions=1)
    produce(kafka_bootstrap, topic, posts(50, "probe"))  # one batch: Tansu then reports end offset 1, not 50
    probe = RewindProbe(Settings.from_env({}, bootstrap_servers=kafka_bootstrap), wait=1.0)

    async def go() -> list[bool | None]:
        try:
            return [await probe.gone(topic, 0, offset) for offset in (0, 49, 50, 120)]
        finally:
            await probe.close()

    assert asyncio.run(go()) == [False, False, True, True]


BROKER_SILENT_STALL = 8.0  # VIGIE_STALL_SECONDS in the readiness test: /readyz must fail within it


def test_readiness_fails_while_the_broker_is_unreachable_and_the_summary_does_not_claim_lag_0(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path
) -> None:
    broker = brokers(free_port())
    worker = WorkerHandle(broker.bootstrap, partitions=2, env_overrides={"VIGIE_STALL_SECONDS": str(BROKER_SILENT_STALL)})
    worker.create_topics()
    workers.append(worker.start(tmp_path))
    worker.wait_ready()
    worker.produce(posts(100, "before"))
    worker.wait_metric("vigie_messages_consumed_total", 100)
    assert worker.ready()  # the precondition: ready, with its partitions, before the outage
    before = len(worker.logs().splitlines())
    broker.stop()
    stopped = time.monotonic()
    wait_for(lambda: not worker.ready(), BROKER_SILENT_STALL + 5, "/readyz 503 with the broker stopped", worker)
    waited = time.monotonic() - stopped
    status, body = http_get(worker.metrics_url + "/readyz")
    assert status == 503 and b"broker" in body, body
    assert worker.proc is not None and worker.proc.poll() is None  # not ready, but alive: the broker may come back
    wait_for(lambda: any("lag=?" in line and "broker silent" in line for line in worker.logs().splitlines()[before:]),
             15, "a summary saying the lag is unknown", worker)
    during = worker.logs().splitlines()[before:]
    assert not any(" lag=0 " in line for line in during if "broker silent" in line), during
    assert not any("is overlapping" in line for line in during), "\n".join(during)
    assert waited <= BROKER_SILENT_STALL + 5, waited


def test_ctrl_c_with_the_broker_gone_mid_batch_exits_3_after_the_grace_without_committing(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path
) -> None:
    """Faust waits forever for a batch that can no longer be published, and ignores a second Ctrl-C: the stop is
    bounded (``VIGIE_STOP_GRACE``, here 8 s instead of the default 30), and says why in one line."""
    grace = 8
    # Every post re-scored by the encoder (~100 posts/s here): 20,000 posts take minutes, so a batch is in flight
    # whenever the broker stops. With the fast tier alone the worker drained them in ~3 s, before the broker had
    # stopped: nothing was in flight, and since the stop no longer hangs on the fetcher, it rightly exited 0.
    broker, worker = start_on_private_broker(brokers, workers, tmp_path, VIGIE_CASCADE_BAND="0,1",
                                             VIGIE_STOP_GRACE=str(grace))
    worker.produce(posts(20_000, "busy"))
    worker.wait_metric("vigie_messages_consumed_total", 600)  # draining: a batch is always in flight
    broker.stop()
    assert worker.proc is not None and worker.proc.poll() is None
    worker.proc.send_signal(signal.SIGINT)
    code = wait_exit(worker, grace + 20)
    logs = worker.logs()
    assert code == 3, logs[-3000:]
    assert "without committing the batch in flight" in logs and "is the broker reachable?" in logs, logs[-3000:]
    assert f"exited after {grace} s" in logs, logs[-3000:]


@pytest.mark.parametrize("after", [0.0, 1.0])
def test_a_stop_signal_as_the_broker_comes_back_is_a_clean_stop(
    brokers: Callable[[int], EmbeddedBroker], workers: list[WorkerHandle], tmp_path: Path, after: float
) -> None:
    """A newcomer's trial: SIGTERM just as the broker returned. Before the fix, right away (0 s) aiokafka's close
    raised CancelledError out of the consumer thread and the stop waited out its grace (exit 3 after 30 s, a
    traceback); a second later, in the rebalance, Faust's fetcher took the stop's CancelledError for a crash
    (« We experienced a crash! », tracebacks, exit 1)."""
    broker, worker = start_on_private_broker(brokers, workers, tmp_path)
    port = int(broker.bootstrap.rsplit(":", 1)[1])
    broker.stop()
    time.sleep(8)  # long enough for the group's session to expire: the return is a rebalance
    brokers(port)
    worker.create_topics()
    time.sleep(after)
    started = time.monotonic()
    code = worker.stop(signal.SIGTERM, timeout=40)
    logs = worker.logs()
    assert code == 0, logs[-3000:]
    assert time.monotonic() - started < 20, logs[-3000:]  # not the 30 s grace
    assert "Traceback" not in logs and "crash!" not in logs, logs[-5000:]
