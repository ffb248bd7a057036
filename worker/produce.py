"""`vigie produce FILE`: replay a .jsonl (posts) or .csv (`text` column) file to the input topic, at a given rate."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from aiokafka import AIOKafkaProducer
from tqdm import tqdm

from worker.inputs import count_lines, iter_records
from worker.settings import Settings


async def produce_file(
    settings: Settings, path: Path, *, rate: float | None = None, loop: bool = False, progress: bool = True,
    limit: int | None = None,
) -> int:
    """Send every record of the file (forever with ``loop``); returns the number sent. ``rate`` in posts/s."""
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers, acks="all", enable_idempotence=False, linger_ms=5,
        max_request_size=max(1_048_576, settings.max_record_bytes * 2), **settings.kafka_security(),
    )
    await producer.start()
    sent = 0
    total = None if loop else count_lines(path)
    bar = tqdm(total=total, unit="post", disable=not progress, file=sys.stderr, desc=f"→ {settings.input_topic}")
    started = time.monotonic()
    pending: list[asyncio.Future[object]] = []
    try:
        while True:
            for post_id, raw in iter_records(path):
                pending.append(await producer.send(settings.input_topic, raw, key=post_id.encode()))
                sent += 1
                bar.update(1)
                if len(pending) >= 1000:
                    await asyncio.gather(*pending)
                    pending.clear()
                if rate:
                    ahead = sent / rate - (time.monotonic() - started)
                    if ahead > 0:
                        await asyncio.gather(*pending)
                        pending.clear()
                        await asyncio.sleep(ahead)
                if limit is not None and sent >= limit:
                    return sent
            if not loop:
                return sent
    finally:
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        bar.close()
        await producer.stop()
