"""Watchdog: notice that the input topic has vanished from the broker and stop the worker with a clear message.

A broker restarted with memory storage (the embedded Tansu) forgets every topic; a real cluster can lose a topic to
an operator's mistake. Faust keeps its old assignment and would wait forever, ready and silent. Instead, after the
topic has been missing for ``grace`` seconds, the watchdog records why and asks the worker to stop; `vigie run` then
exits with code 4 (``errors.TopicGone``) and that one line.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from aiokafka.admin import AIOKafkaAdminClient

from worker.settings import Settings

log = logging.getLogger("worker.watchdog")


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
            try:
                await admin.close()
            except Exception:  # noqa: S110 - closing a broken client
                pass
