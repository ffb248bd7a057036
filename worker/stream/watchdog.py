"""Watchdogs on the input topic: it vanished (``TopicWatchdog``), or its log went backwards (``RewindProbe``).

A broker restarted with memory storage (the embedded Tansu) forgets every topic; a real cluster can lose a topic to
an operator's mistake. Faust keeps its old assignment and would wait forever, ready and silent. Instead, after the
topic has been missing for ``grace`` seconds, the watchdog records why and asks the worker to stop; `vigie run` then
exits with code 4 (``errors.TopicGone``) and that one line.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import OffsetOutOfRangeError

from worker.ops.settings import Settings

log = logging.getLogger("worker.stream.watchdog")


class TopicWatchdog:
    def __init__(self, settings: Settings, *, grace: float = 15.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.grace = grace
        self._clock = clock
        self._admin: AIOKafkaAdminClient | None = None
        self._missing_since: float | None = None
        self._unreachable = False  # the last check could not reach the broker (logged once until it answers)
        self.fatal: str | None = None  # set when the worker must stop; the one line to print

    async def check(self) -> bool:
        """One check; returns True when the worker must stop."""
        try:
            exists = await self._topic_exists()
        except Exception as exc:  # broker unreachable: Faust's own reconnects handle it; not our verdict
            if not self._unreachable:  # one line per outage, not one per check
                log.warning("watchdog: broker metadata unavailable (%s: %s)", type(exc).__name__, exc)
            self._unreachable = True
            await self._close()
            return False
        if self._unreachable:
            log.info("watchdog: broker metadata available again")
            self._unreachable = False
        return self.observe(exists)

    def observe(self, exists: bool) -> bool:
        topic = self.settings.input_topic
        if exists:
            if self._missing_since is not None:
                log.info("input topic %s is back", topic)
            self._missing_since = None
            return False
        now = self._clock()
        if self._missing_since is None:
            self._missing_since = now
            log.error("input topic %s no longer exists on %s; stopping in %.0fs unless it comes back",
                      topic, self.settings.bootstrap_servers, self.grace)
        if now - self._missing_since >= self.grace:
            self.fatal = (f"input topic {topic!r} vanished from {self.settings.bootstrap_servers} "
                          f"(a broker restarted with memory storage?); stopping — recreate it and restart the worker")
            log.error(self.fatal)
            return True
        return False

    async def _topic_exists(self) -> bool:
        if self._admin is None:
            self._admin = AIOKafkaAdminClient(bootstrap_servers=self.settings.bootstrap_servers,
                                              request_timeout_ms=5000, **self.settings.kafka_security())
            await self._admin.start()
        return self.settings.input_topic in set(await self._admin.list_topics())

    async def _close(self) -> None:
        admin, self._admin = self._admin, None
        if admin is not None:
            await close_quietly(admin.close)


class RewindProbe:
    """Confirms that a partition's log went backwards, by fetching the last record this worker processed there.

    A partition whose end offset (ListOffsets) is below what the worker processed was deleted and recreated, or
    its broker lost data. But a broker may under-report its end offset: Tansu's memory storage answers the last
    batch's base offset + 1 (50 records produced in one batch: end offset 1). So the suspicion is checked on the
    log itself: the record is there (or a later one, after compaction) -> no rewind; out of range, or nothing
    within ``wait`` seconds -> the log went backwards. A standalone consumer, outside the group, commits nothing.
    """

    def __init__(self, settings: Settings, *, wait: float = 5.0) -> None:
        self.settings = settings
        self.wait = wait
        self._consumer: AIOKafkaConsumer | None = None

    async def gone(self, topic: str, partition: int, offset: int) -> bool | None:
        """Whether the record at ``offset`` is gone from the log; None when the broker cannot say (unreachable)."""
        tp = TopicPartition(topic, partition)
        try:
            consumer = await self._started()
            consumer.assign([tp])
            consumer.seek(tp, offset)
            records = await consumer.getmany(tp, timeout_ms=int(self.wait * 1000), max_records=1)
        except OffsetOutOfRangeError:
            return True
        except Exception as exc:  # broker away: no verdict (Faust's reconnects and the logs already say so)
            log.debug("rewind probe: cannot read %s[%d] (%s: %s)", topic, partition, type(exc).__name__, exc)
            await self.close()
            return None
        return not records.get(tp)

    async def _started(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            consumer = AIOKafkaConsumer(
                bootstrap_servers=self.settings.bootstrap_servers, group_id=None, enable_auto_commit=False,
                auto_offset_reset="none", request_timeout_ms=10000, **self.settings.kafka_security(),
            )
            self._consumer = consumer  # closed by close(), also when start() fails
            await consumer.start()
        return self._consumer

    async def close(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await close_quietly(consumer.stop)


async def close_quietly(close: Callable[[], Awaitable[object]]) -> None:
    """Close a Kafka client that may be broken (its broker gone): an error then says nothing new."""
    try:
        await close()
    except Exception:  # noqa: S110 - closing a broken client
        pass
