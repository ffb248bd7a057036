"""The two reference pipelines the worker is compared with, each run as its own process by the benchmark.

``raw``: aiokafka alone — consume a batch, parse every record (orjson), produce each onward keyed by its id, wait
for the acknowledgements, commit. The ceiling of a Python pipeline on this broker.

``faust``: what a Faust user writes first — one agent, ``stream.take(2000, within=...)``, parse and send each value
onward with ``topic.send``. Faust's defaults, except the group timeouts that make the first join take seconds
instead of half a minute on the embedded broker (start-up is not part of the measurement anyway).

``faust-consume``: the same agent, parsing but sending nothing onward except, once per batch, the running count
of posts seen (so the benchmark can time it): Faust's consumer-to-agent path alone.

``raw-stages``: the raw loop above running Vigie's own stages instead of a parse: each batch goes through
``worker.stream.batch.process_batch`` (decode, normalise, score, decide, serialise: the worker's one path) with the
scorer the worker would build from the same settings, its flags and dead letters are sent, acknowledged, then the
offsets committed. Set against the worker with the same settings, it is Faust's share of the worker's cost (the
framework tax).

    python -m worker.tools.bench.passthrough {raw,raw-stages,faust,faust-consume} --bootstrap HOST:PORT \
        --input T --output T [--deadletter T] --group G
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile

import faust
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

TAKE = 2000
WITHIN = 0.1


def key_of(value: bytes | None) -> bytes | None:
    """The post id as the output key (None when the record is not a JSON object with an id)."""
    try:
        post = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        return None
    return str(post.get("id")).encode() if isinstance(post, dict) else None


async def raw(bootstrap: str, source: str, sink: str, group: str, count: int) -> None:
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                auto_offset_reset="earliest")
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=False, linger_ms=5)
    await consumer.start()
    await producer.start()
    done = 0
    try:
        while count <= 0 or done < count:
            batch = await consumer.getmany(timeout_ms=1000, max_records=TAKE)
            futures = [await producer.send(sink, m.value, key=key_of(m.value))
                       for messages in batch.values() for m in messages]
            if futures:
                await asyncio.gather(*futures)
                await consumer.commit()
                done += len(futures)
    finally:
        await producer.stop()
        await consumer.stop()


async def raw_stages(bootstrap: str, source: str, flags: str, deadletter: str, group: str, count: int) -> None:
    from worker.ops.settings import Settings
    from worker.pipeline.moderate import Record
    from worker.pipeline.scoring import scorer_from_settings
    from worker.stream.batch import Topics, process_batch

    settings = Settings.from_env()
    scorer = scorer_from_settings(settings)
    topics = Topics(flags, deadletter)
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                auto_offset_reset="earliest", max_partition_fetch_bytes=settings.max_record_bytes)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=False, linger_ms=5,
                                max_request_size=settings.max_record_bytes + 65_536)
    await consumer.start()
    await producer.start()
    done = 0
    try:
        while count <= 0 or done < count:
            batch = await consumer.getmany(timeout_ms=1000, max_records=settings.batch_size)
            records = [Record(m.topic, m.partition, m.offset, m.timestamp / 1000 if m.timestamp else None, m.value)
                       for messages in batch.values() for m in messages]
            if not records:
                continue
            result = process_batch(records, scorer, topics, max_bytes=settings.max_record_bytes)
            futures = [await producer.send(o.topic, o.value, key=o.key) for o in result.outgoing]
            if futures:
                await asyncio.gather(*futures)
            await consumer.commit()
            done += len(records)
    finally:
        await producer.stop()
        await consumer.stop()


def faust_app(bootstrap: str, source: str, sink: str, group: str, *, forward: bool = True) -> faust.App:

    app = faust.App(
        group, broker=f"kafka://{bootstrap}", value_serializer="raw", key_serializer="raw", web_enabled=False,
        topic_disable_leader=True, topic_allow_declare=False, consumer_auto_offset_reset="earliest",
        broker_rebalance_timeout=5.0, broker_session_timeout=6.0, broker_heartbeat_interval=1.0,
        datadir=tempfile.mkdtemp(prefix="vigie-bench-faust-"),
    )
    inbound = app.topic(source, value_type=bytes, key_type=bytes)
    outbound = app.topic(sink, value_type=bytes, key_type=bytes)

    async def passthrough(stream: faust.StreamT) -> None:
        async for values in stream.take(TAKE, within=WITHIN):
            for value in values:
                await outbound.send(key=key_of(value), value=value)

    async def consume(stream: faust.StreamT) -> None:
        seen = 0
        async for values in stream.take(TAKE, within=WITHIN):
            for value in values:
                key_of(value)
            seen += len(values)
            await outbound.send(value=str(seen).encode())

    app.agent(inbound, name="bench.agent")(passthrough if forward else consume)
    return app


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("kind", choices=["raw", "raw-stages", "faust", "faust-consume"])
    ap.add_argument("--bootstrap", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--deadletter", help="raw-stages: the dead-letter topic (flags go to --output)")
    ap.add_argument("--group", required=True)
    ap.add_argument("--count", type=int, default=0, help="raw: stop after this many records (0 = run until killed)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if args.kind == "raw":
        asyncio.run(raw(args.bootstrap, args.input, args.output, args.group, args.count))
        return 0
    if args.kind == "raw-stages":
        if not args.deadletter:
            ap.error("raw-stages needs --deadletter")
        asyncio.run(raw_stages(args.bootstrap, args.input, args.output, args.deadletter, args.group, args.count))
        return 0
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = faust_app(args.bootstrap, args.input, args.output, args.group, forward=args.kind == "faust")
    worker = faust.Worker(app, loop=loop, override_logging=False, quiet=True, redirect_stdouts=False,
                          loglevel="WARNING")
    worker.execute_from_commandline()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
