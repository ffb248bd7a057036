"""`vigie produce FILE`: replay a .jsonl (posts) or .csv (`text` column) file to the input topic, at a given rate.

Trouble is said in one line each, never as aiokafka's retry storm or a traceback: a post larger than the producer
accepts is skipped and named; a broker that cannot be reached at start stops the command (``BrokerUnavailable``); a
broker that stops acknowledging stops the replay. What was sent, skipped and left unsent is counted in
``Produced``, which the command prints last.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaProducer
from aiokafka.errors import MessageSizeTooLargeError
from tqdm import tqdm

from worker.ops.errors import BrokerUnavailable
from worker.ops.settings import Settings
from worker.pipeline.decode import post_id_of
from worker.tools.inputs import count_lines, iter_records

FLUSH_EVERY = 1000  # sends in flight before the replay waits for the broker's acknowledgements
MAX_SKIP_LINES = 10  # skipped posts named one by one; past that, only counted
REQUEST_TIMEOUT_MS = 15_000  # a send unacknowledged this long fails: aiokafka's 40 s made a stopped broker a 100 s wait


@dataclass(slots=True)
class Produced:
    """The outcome of a replay."""

    sent: int = 0  # acknowledged by the broker
    skipped: int = 0  # larger than the producer (or the broker) accepts: not sent
    unsent: int = 0  # handed to the producer, never acknowledged (the broker stopped answering)
    limit: int = 0  # the producer's largest request, in bytes
    error: str | None = None  # why the replay stopped early

    def summary(self, settings: Settings) -> str:
        line = f"sent {self.sent} posts to {settings.input_topic} on {settings.bootstrap_servers}"
        if self.skipped:
            line += f"; skipped {self.skipped} too large (over {self.limit:,} bytes)"
        if self.error:
            line += f"; {self.unsent} unsent, stopped: {self.error}"
        return line

    @property
    def failed(self) -> bool:
        """Nothing could be sent, or the broker stopped acknowledging: a non-zero exit."""
        return self.sent == 0 or self.error is not None


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


async def produce_file(
    settings: Settings, path: Path, *, rate: float | None = None, loop: bool = False, progress: bool = True,
    limit: int | None = None, report: Callable[[str], None] = _say,
) -> Produced:
    """Send every record of the file (forever with ``loop``). ``rate`` in posts/s; ``report`` gets the skip lines."""
    result = Produced(limit=max(1_048_576, settings.max_record_bytes * 2))
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers, acks="all", enable_idempotence=False, linger_ms=5,
        max_request_size=result.limit, request_timeout_ms=REQUEST_TIMEOUT_MS, **settings.kafka_security(),
    )
    with _quiet("aiokafka"):  # a line per reconnect attempt would bury the one that matters
        try:
            await producer.start()
        except Exception as exc:
            await _stop_quietly(producer)
            raise BrokerUnavailable(f"Kafka broker {settings.bootstrap_servers} unreachable: {_describe(exc)}") from None
        bar = tqdm(total=None if loop else count_lines(path), unit="post", disable=not progress, file=sys.stderr,
                   desc=f"→ {settings.input_topic}")
        try:
            await _replay(producer, settings, path, result, rate=rate, loop=loop, limit=limit, bar=bar, report=report)
        finally:
            bar.close()
            await _stop_quietly(producer)
    return result


async def _replay(
    producer: AIOKafkaProducer, settings: Settings, path: Path, result: Produced, *, rate: float | None, loop: bool,
    limit: int | None, bar: tqdm, report: Callable[[str], None],
) -> None:
    started = time.monotonic()
    pending: list[tuple[str, asyncio.Future[object]]] = []
    handed = 0
    try:
        while True:
            for line, raw in iter_records(path):
                post_id = post_id_of(raw)  # the key: a post's records stay on one partition, as the worker keys
                name = f"{post_id} (line {line})" if post_id else f"at line {line}"
                try:
                    future = await producer.send(settings.input_topic, raw, key=post_id.encode() if post_id else None)
                except MessageSizeTooLargeError:
                    _skip(result, report, name, len(raw))
                    continue
                pending.append((name, future))
                handed += 1
                bar.update(1)
                if len(pending) >= FLUSH_EVERY and not await _settle(pending, result, report):
                    return
                ahead = handed / rate - (time.monotonic() - started) if rate else 0.0
                if ahead > 0:
                    if not await _settle(pending, result, report):
                        return
                    await asyncio.sleep(ahead)
                if limit is not None and handed >= limit:
                    return
            if not loop:
                return
    finally:
        await _settle(pending, result, report)


async def _settle(pending: list[tuple[str, asyncio.Future[object]]], result: Produced,
                  report: Callable[[str], None]) -> bool:
    """Wait for the sends in flight and count them; False once the broker failed to acknowledge one."""
    outcomes = await asyncio.gather(*(future for _, future in pending), return_exceptions=True)
    for (name, _), outcome in zip(pending, outcomes, strict=True):
        if not isinstance(outcome, BaseException):
            result.sent += 1
        elif isinstance(outcome, MessageSizeTooLargeError):  # the broker's own limit can be lower than ours
            _skip(result, report, name, None)
        else:
            result.unsent += 1
            result.error = result.error or f"the broker did not acknowledge: {_describe(outcome)}"
    pending.clear()
    return result.error is None


def _skip(result: Produced, report: Callable[[str], None], name: str, size: int | None) -> None:
    result.skipped += 1
    if result.skipped <= MAX_SKIP_LINES:
        what = f"{size:,} bytes, over the producer's limit of {result.limit:,}" if size else "refused by the broker"
        more = " (further skipped posts are only counted)" if result.skipped == MAX_SKIP_LINES else ""
        report(f"vigie produce: skipped post {name}: too large ({what}){more}")


def _describe(exc: BaseException) -> str:
    """``Type: message``, once (aiokafka's messages often start with their type already)."""
    name, message = type(exc).__name__, str(exc)
    return message if message.startswith(name) else f"{name}: {message}"


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


async def _stop_quietly(producer: AIOKafkaProducer) -> None:
    try:
        await producer.stop()
    except Exception:  # noqa: S110 - stopping a producer whose broker is gone
        pass
