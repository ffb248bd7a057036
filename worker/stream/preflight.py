"""Start-up checks before joining the consumer group: the installed Kafka libraries, then the broker.

`check_versions` stops a worker whose faust-streaming or aiokafka is outside the releases ``worker/stream/fastpath.py`` is
tested with: the fast path subclasses private parts of both, and an untested release fails in ways no error names
(faust-streaming 0.13-0.15.0 stalled every rebalance without ``opentracing``).

The broker may be absent at start (a pod scheduled before Kafka): retry with backoff, one clear log line per attempt,
give up after ``startup_timeout`` with a one-line error. The input topic must exist; missing output topics are created
with the input topic's partition count.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from worker.ops.errors import BrokerUnavailable, ConfigError
from worker.ops.settings import Settings

log = logging.getLogger("worker.stream.preflight")

# [lowest, highest) release of each library the fast path is tested with: pyproject.toml's bounds, checked again here
# because an environment can hold other releases (`pip install --no-deps`, an old image, a hand-upgraded venv).
TESTED_RANGES = {"faust-streaming": ("0.15.3", "0.16"), "aiokafka": ("0.14.0", "0.15")}


def check_versions(version: Callable[[str], str] = importlib.metadata.version) -> None:
    """Raise ConfigError (exit 2) when an installed faust-streaming or aiokafka is outside ``TESTED_RANGES``."""
    for dist, (low, high) in TESTED_RANGES.items():
        wanted = f"{dist}>={low},<{high}"
        try:
            installed = version(dist)
        except importlib.metadata.PackageNotFoundError:
            raise ConfigError(f"{dist} is not installed; Vigie needs {wanted}") from None
        if not _release(low) <= _release(installed) < _release(high):
            raise ConfigError(
                f"{dist} {installed} is installed, but Vigie's Faust fast path is tested with {wanted} only: "
                "install the locked versions (pip install -c requirements.lock .)"
            )


def _release(version: str) -> tuple[int, int, int]:
    """The numeric release of a version string ("0.16.0rc1" -> (0, 16, 0)); missing parts count as 0."""
    parts = [int(m.group()) if (m := re.match(r"\d+", p)) else 0 for p in version.split(".")[:3]]
    major, minor, patch = (parts + [0, 0, 0])[:3]
    return major, minor, patch


async def connect_admin(settings: Settings) -> AIOKafkaAdminClient:
    """An admin client on a broker that answers; retries with exponential backoff until the start-up timeout."""
    deadline = time.monotonic() + settings.startup_timeout
    delay, attempt = 0.5, 0
    with _quiet("aiokafka"):  # its own ERROR per failed connection would double our one line per attempt
        return await _connect(settings, deadline, delay, attempt)


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


async def _connect(settings: Settings, deadline: float, delay: float, attempt: int) -> AIOKafkaAdminClient:
    while True:
        attempt += 1
        admin = AIOKafkaAdminClient(
            bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=5000, **settings.kafka_security()
        )
        try:
            await admin.start()
            if attempt > 1:
                log.info("broker %s answered after %d attempts", settings.bootstrap_servers, attempt)
            return admin
        except Exception as exc:
            await _close_quietly(admin)
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrokerUnavailable(
                    f"Kafka broker {settings.bootstrap_servers} unreachable after {attempt} attempts "
                    f"({settings.startup_timeout:.0f}s): {type(exc).__name__}: {exc}"
                ) from None
            wait = min(delay, left)
            log.warning(
                "broker %s not reachable (attempt %d: %s); retrying in %.1fs",
                settings.bootstrap_servers, attempt, type(exc).__name__, wait,
            )
            await asyncio.sleep(wait)
            delay = min(delay * 2, 10.0)


async def ensure_topics(settings: Settings) -> int:
    """Check the input topic and create missing output topics. Returns the input topic's partition count."""
    admin = await connect_admin(settings)
    try:
        existing = set(await admin.list_topics())
        if settings.input_topic not in existing:
            raise ConfigError(
                f"input topic {settings.input_topic!r} does not exist on {settings.bootstrap_servers} "
                "(create it, or start the embedded broker with `vigie broker`, which creates the default topics)"
            )
        partitions, replication = await _shape(admin, settings.input_topic)
        outputs = [settings.flag_topic, settings.deadletter_topic]
        outputs += [t for t in (settings.decisions_topic, settings.unsupported_topic) if t]
        missing = [t for t in outputs if t not in existing]
        if missing:
            log.info("creating missing topics %s (%d partitions)", ", ".join(missing), partitions)
            await admin.create_topics([NewTopic(t, partitions, replication) for t in missing])
        if settings.campaigns:
            await _ensure_state_topics(admin, settings, existing, partitions, replication)
        return partitions
    finally:
        await _close_quietly(admin)


async def _ensure_state_topics(
    admin: AIOKafkaAdminClient, settings: Settings, existing: set[str], partitions: int, replication: int
) -> None:
    """Campaigns' outputs, internal topics and table changelogs (Faust may not declare topics here)."""
    from worker.stream.state import internal_topics

    wanted = {settings.campaign_topic: partitions, settings.offender_topic: partitions,
              **internal_topics(settings, partitions)}
    missing = {t: n for t, n in wanted.items() if t not in existing}
    if missing:
        log.info("creating campaign topics %s", ", ".join(missing))
        await admin.create_topics([NewTopic(t, n, replication) for t, n in missing.items()])


async def _shape(admin: AIOKafkaAdminClient, topic: str) -> tuple[int, int]:
    described: Any = await admin.describe_topics([topic])
    info = described[0] if described else {}
    parts = info.get("partitions") or []
    replication = len(parts[0].get("replicas") or [0]) if parts else 1
    return max(1, len(parts)), max(1, replication)


async def _close_quietly(admin: AIOKafkaAdminClient) -> None:
    try:
        await admin.close()
    except Exception:  # noqa: S110 - closing a client that never connected
        pass
