"""Kafka plumbing of the benchmark: fresh topics, fast preloading, paced producing, reading back, group progress.

Everything here talks to a real broker (the embedded Tansu in ``vigie bench``); nothing is simulated.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

PRELOAD_WINDOW = 20_000  # sends in flight while preloading


def new_name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True, slots=True)
class OutRecord:
    """An output record as read back: its partition, timestamp (seconds) and value."""

    partition: int
    offset: int
    timestamp: float
    value: bytes


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, partitions, 1) for n in names])
    finally:
        await admin.close()


async def delete_topics(bootstrap: str, names: Sequence[str]) -> None:
    """Drop a repetition's topics so the in-memory broker does not keep every run (best effort)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        await admin.delete_topics(list(names))
    except Exception:  # noqa: S110 - a broker that cannot delete keeps them; the run is still valid
        pass
    finally:
        await admin.close()


def producer(bootstrap: str, **overrides: object) -> AIOKafkaProducer:
    options: dict[str, object] = {"acks": 1, "enable_idempotence": False, "linger_ms": 20,
                                  "max_batch_size": 512 * 1024, "max_request_size": 8 * 1024 * 1024}
    options.update(overrides)
    return AIOKafkaProducer(bootstrap_servers=bootstrap, **options)


async def preload(bootstrap: str, topic: str, records: Iterable[tuple[bytes, bytes]],
                  progress: Callable[[int], None] | None = None) -> int:
    """Produce every (key, value) as fast as the broker takes them; returns the count once all are acknowledged."""
    prod = producer(bootstrap)
    await prod.start()
    sent = 0
    pending: list[asyncio.Future[object]] = []
    try:
        for key, value in records:
            pending.append(await prod.send(topic, value, key=key))
            sent += 1
            if len(pending) >= PRELOAD_WINDOW:
                await asyncio.gather(*pending)
                pending.clear()
                if progress is not None:
                    progress(sent)
        await asyncio.gather(*pending)
    finally:
        await prod.stop()
    return sent


async def produce_paced(bootstrap: str, topic: str, records: Iterable[tuple[bytes, bytes]], rate: float,
                        tick: float = 0.01) -> tuple[int, float]:
    """Produce at a steady ``rate`` records/s (a burst every ``tick`` seconds); returns (sent, seconds)."""
    prod = producer(bootstrap, linger_ms=1)
    await prod.start()
    sent = 0
    pending: list[asyncio.Future[object]] = []
    started = time.monotonic()
    try:
        for key, value in records:
            pending.append(await prod.send(topic, value, key=key))
            sent += 1
            ahead = sent / rate - (time.monotonic() - started)
            if ahead > 0 and (ahead >= tick or len(pending) >= 2000):
                await asyncio.sleep(ahead)
                done = [f for f in pending if f.done()]
                if len(done) == len(pending):
                    pending.clear()
        await asyncio.gather(*pending)
    finally:
        await prod.stop()
    return sent, time.monotonic() - started


async def end_offsets(bootstrap: str, topics: Sequence[str]) -> dict[str, int]:
    """Total records per topic (sum of the partitions' end offsets)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        out = {}
        for topic in topics:
            tps = await _partitions(consumer, topic)
            ends = await consumer.end_offsets(tps)
            out[topic] = sum(ends.values())
        return out
    finally:
        await consumer.stop()


async def topic_names(bootstrap: str) -> set[str]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        return set(await consumer.topics())
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    parts = consumer.partitions_for_topic(topic)
    deadline = time.monotonic() + 10
    while not parts and time.monotonic() < deadline:
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
        parts = consumer.partitions_for_topic(topic)
    return [TopicPartition(topic, p) for p in sorted(parts or [])]


class GroupOffsets:
    """Reads a consumer group's committed offsets (OffsetFetch through a group-less member of the group).

    One client for a whole measurement: the admin client's ListConsumerGroupOffsets does not decode on Tansu.
    """

    def __init__(self, bootstrap: str, group: str) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        self._started = False

    async def total(self, topic: str, partitions: int) -> int:
        """Records of ``topic`` the group has committed (sum of committed offsets)."""
        if not self._started:
            await self._consumer.start()
            self._started = True
        total = 0
        for p in range(partitions):
            offset = await self._consumer.committed(TopicPartition(topic, p))
            total += offset or 0
        return total

    async def close(self) -> None:
        if self._started:
            await self._consumer.stop()


async def read_all(bootstrap: str, topic: str) -> list[OutRecord]:
    """Every record of ``topic`` up to its current end (no group)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                                auto_offset_reset="earliest", max_partition_fetch_bytes=4 * 1024 * 1024,
                                fetch_max_bytes=16 * 1024 * 1024)
    await consumer.start()
    try:
        tps = await _partitions(consumer, topic)
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        await consumer.seek_to_beginning(*tps)
        out: list[OutRecord] = []
        remaining = {tp for tp in tps if ends[tp] > 0}
        while remaining:
            batch = await consumer.getmany(*remaining, timeout_ms=1000, max_records=20_000)
            for tp, msgs in batch.items():
                out.extend(OutRecord(m.partition, m.offset, m.timestamp / 1000.0, m.value or b"") for m in msgs)
                if msgs and msgs[-1].offset + 1 >= ends[tp]:
                    remaining.discard(tp)
        return out
    finally:
        await consumer.stop()
