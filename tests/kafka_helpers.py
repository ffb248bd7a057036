"""Helpers for integration tests on a real Kafka-protocol broker (no mocks): produce, read back, run workers."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from worker.tools.broker import free_port, port_open

ROOT = Path(__file__).resolve().parent.parent


def start_vigie_broker(port: int, timeout: float = 60.0, poll: float = 0.1) -> subprocess.Popen[bytes]:
    """``vigie broker --port PORT`` as a user starts it, returned once its port answers (the caller stops it)."""
    proc = subprocess.Popen([sys.executable, "-m", "worker", "broker", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while not port_open("127.0.0.1", port):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("vigie broker did not start")
        time.sleep(poll)
    return proc


def new_name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def create_topics(bootstrap: str, names: Sequence[str], partitions: int = 4) -> None:
    async def go() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(n, partitions, 1) for n in names])
        finally:
            await admin.close()

    asyncio.run(go())


def produce(bootstrap: str, topic: str, records: Iterable[dict[str, Any] | bytes], *, key_field: str = "id") -> int:
    async def go() -> int:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=False,
                                    linger_ms=5, max_request_size=4_000_000)
        await producer.start()
        try:
            futures = []
            for rec in records:
                if isinstance(rec, bytes):
                    value, key = rec, None
                else:
                    value = orjson.dumps(rec)
                    key = str(rec.get(key_field, "")).encode() or None
                futures.append(await producer.send(topic, value, key=key))
            await asyncio.gather(*futures)
            return len(futures)
        finally:
            await producer.stop()

    return asyncio.run(go())


def read_topic(bootstrap: str, topic: str, *, expect: int | None = None, timeout: float = 60.0,
               idle: float = 3.0) -> list[dict[str, Any]]:
    """Read a topic from the beginning (no group): until ``expect`` records, or ``idle`` seconds without new ones."""

    async def go() -> list[dict[str, Any]]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                    auto_offset_reset="earliest", group_id=None)
        await consumer.start()
        try:
            parts = consumer.partitions_for_topic(topic)
            deadline = time.monotonic() + 10
            while not parts and time.monotonic() < deadline:
                await consumer._client.force_metadata_update()
                await asyncio.sleep(0.2)
                parts = consumer.partitions_for_topic(topic)
            tps = [TopicPartition(topic, p) for p in sorted(parts or [])]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            out: list[dict[str, Any]] = []
            end = time.monotonic() + timeout
            last_new = time.monotonic()
            while time.monotonic() < end:
                batch = await consumer.getmany(timeout_ms=500, max_records=5000)
                got = [orjson.loads(m.value) for msgs in batch.values() for m in msgs]
                if got:
                    out.extend(got)
                    last_new = time.monotonic()
                if expect is not None and len(out) >= expect:
                    break
                if expect is None and time.monotonic() - last_new > idle:
                    break
            return out
        finally:
            await consumer.stop()

    return asyncio.run(go())


def committed_offsets(bootstrap: str, group: str, topic: str, partitions: int) -> dict[int, int | None]:
    async def go() -> dict[int, int | None]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        await consumer.start()
        try:
            return {p: await consumer.committed(TopicPartition(topic, p)) for p in range(partitions)}
        finally:
            await consumer.stop()

    return asyncio.run(go())


def wait_outputs(bootstrap: str, topics: Sequence[str], ids: set[str], timeout: float = 300.0) -> list[dict[str, Any]]:
    """Read the output topics until every id in ``ids`` has an output (or timeout); returns all outputs."""
    deadline = time.monotonic() + timeout
    outputs: list[dict[str, Any]] = []
    while True:
        outputs = [o for t in topics for o in read_topic(bootstrap, t, idle=2.0)]
        seen = {o.get("post_id") for o in outputs}
        if ids <= seen or time.monotonic() > deadline:
            return outputs
        time.sleep(2)


def metric_in(body: str, name: str, labels: dict[str, str] | None = None) -> float | None:
    """The sum of the samples named ``name`` with ``labels`` in a /metrics body; None when none matches."""
    from prometheus_client.parser import text_string_to_metric_families

    values = [
        sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
        if sample.name == name and all(sample.labels.get(k) == v for k, v in (labels or {}).items())
    ]
    return sum(values) if values else None


def http_get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - loopback test URL
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@dataclass
class WorkerHandle:
    """A `python -m worker run` subprocess on fresh uuid topics and group."""

    bootstrap: str
    partitions: int = 4
    env_overrides: dict[str, str] = field(default_factory=dict)
    input_topic: str = field(default_factory=lambda: new_name("posts"))
    flag_topic: str = field(default_factory=lambda: new_name("flags"))
    deadletter_topic: str = field(default_factory=lambda: new_name("dead"))
    decisions_topic: str = field(default_factory=lambda: new_name("decisions"))
    group_id: str = field(default_factory=lambda: new_name("vigie-test"))
    unsupported_topic: str = field(default_factory=lambda: new_name("unsupported"))
    metrics_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    _logs: list[Path] = field(default_factory=list)

    def sibling(self) -> WorkerHandle:
        """Another worker in the same group on the same topics (its own metrics port)."""
        return WorkerHandle(self.bootstrap, self.partitions, dict(self.env_overrides), self.input_topic,
                            self.flag_topic, self.deadletter_topic, self.decisions_topic, self.group_id,
                            self.unsupported_topic)

    def create_topics(self) -> None:
        create_topics(self.bootstrap, [self.input_topic, self.flag_topic, self.deadletter_topic,
                                       self.decisions_topic, self.unsupported_topic], self.partitions)

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
        env.update({
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "VIGIE_INPUT_TOPIC": self.input_topic,
            "VIGIE_FLAG_TOPIC": self.flag_topic,
            "VIGIE_DEADLETTER_TOPIC": self.deadletter_topic,
            "VIGIE_DECISIONS_TOPIC": self.decisions_topic,
            "VIGIE_UNSUPPORTED_TOPIC": self.unsupported_topic,
            "VIGIE_GROUP_ID": self.group_id,
            "VIGIE_METRICS_PORT": str(self.metrics_port),
            "VIGIE_SUMMARY_INTERVAL": "2",
            "PYTHONUNBUFFERED": "1",
        })
        env.update(self.env_overrides)
        return env

    def start(self, tmp_dir: Path) -> WorkerHandle:
        self.log_path = tmp_dir / f"worker-{len(self._logs)}-{self.group_id}.log"
        self._logs.append(self.log_path)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=self.env(), cwd=ROOT,
                                         stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        return self

    def produce(self, records: Iterable[dict[str, Any] | bytes]) -> int:
        return produce(self.bootstrap, self.input_topic, records)

    def ready(self) -> bool:
        try:
            return http_get(self.metrics_url + "/readyz")[0] == 200
        except OSError:
            return False

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.logs()[-4000:]}")
            if self.ready():
                return
            time.sleep(0.2)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.logs()[-4000:]}")

    def metric(self, name: str, labels: dict[str, str] | None = None) -> float | None:
        """The sum of the matching samples on /metrics; None when no sample matches (or nothing is served yet), so
        that a missing series is never mistaken for a zero."""
        try:
            body = http_get(self.metrics_url + "/metrics")[1].decode()
        except OSError:  # not serving yet
            return None
        return metric_in(body, name, labels)

    def wait_metric(self, name: str, value: float, labels: dict[str, str] | None = None, timeout: float = 60) -> float:
        deadline = time.monotonic() + timeout
        current: float | None = None
        while time.monotonic() < deadline:
            current = self.metric(name, labels)
            if current is not None and current >= value:
                return current
            time.sleep(0.2)
        raise AssertionError(f"{name}{labels or ''} = {current} after {timeout}s, expected {value}")

    def wait_log(self, found: Callable[[str], bool], timeout: float = 30, what: str = "a log line") -> str:
        """Poll the logs until a line satisfies ``found``; returns that line."""
        deadline = time.monotonic() + timeout
        while True:
            for line in self.logs().splitlines():
                if found(line):
                    return line
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not in the logs after {timeout:.0f}s\n{self.logs()[-3000:]}")
            time.sleep(0.2)

    def read(self, topic: str, expect: int | None = None, timeout: float = 60.0) -> list[dict[str, Any]]:
        return read_topic(self.bootstrap, topic, expect=expect, timeout=timeout)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> int | None:
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        return proc.returncode

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self._logs if p.exists())
