"""Faust, one fetched batch at a time: the consumer hands each partition's share of a fetch to the agent as ONE event.

Why: stock Faust moves every record from its consumer to the agent on its own — per record, the consumer's drain
loop starts four tasks and an ``asyncio.wait`` (``Service.wait_first``) to deliver it, the conductor decodes it and
queues it, and the stream runs sensors, tracking and acking on it. Profiled on the embedded broker, that hand-off
cost more main-thread time than scoring the posts. Here the same machinery runs once per batch:

- ``BatchConsumer`` (a subclass of Faust's aiokafka consumer) reads Faust's own ``getmany`` (flow control,
  rebalance generation and paused-partition checks included), groups the records of each partition, and delivers
  every group as one ``BatchMessage`` through the ordinary conductor callback — still under ``wait_first`` with the
  flow-suspension event, so a rebalance can interrupt a blocked delivery as before, but once per batch.
- ``BatchMessage`` is a ``ConsumerMessage`` that stands for the records from ``first_offset`` to ``offset``; its
  ``value`` is the tuple of their messages. Acking it acks every one of them through Faust's own ``Consumer.ack``,
  so Faust's offset tracking, gap handling and commits are unchanged: a batch's offsets become committable only
  once the agent acks it, i.e. after its outputs are published and acknowledged.
- ``BatchSchema`` is the topic's schema: it passes the batch through instead of deserialising it.
- Topics not listed in ``batch_topics`` keep Faust's per-record path untouched.
- After a rebalance, a ``batch_topics`` partition Faust resumes stays paused until Faust's seek to the committed
  offsets has completed (``resume_partitions`` / ``perform_seek``): Faust resumes first and seeks second, and with
  tables its fetcher already runs in between, so records fetched there were published twice.

Wiring (see ``worker.stream.app.create_app``)::

    app = faust.App(...)
    install(app, [input_topic])
    source = app.topic(input_topic, schema=BatchSchema())  # and stream_buffer_maxsize=BATCH_QUEUE in the app

    @app.agent(source)
    async def moderate(stream):
        async for batches in stream.noack_take(TAKE, within=0.05):
            records = records_of(batches)  # each partition's records, in offset order
            ...
            for batch in batches:
                await stream.ack(batch)
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import aiokafka
import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, AppT, ConsumerMessage, EventT, Message
from mode import Service, ServiceT

from worker.pipeline.moderate import Record

TAKE = 4  # partition-batches the agent scores together (a fetch then holds at most VIGIE_BATCH_SIZE / TAKE records)
BATCH_QUEUE = 2 * TAKE  # batches buffered per input topic before Faust pauses fetching (its buffer pressure)
# How long the broker may hold a fetch that has no new records. Faust fixes 1,500 ms. Kafka answers as soon as a
# record arrives, so this only bounds idle polls; the embedded broker (Tansu) answers at the deadline instead, so
# the wait adds straight to every post's latency there (docs/performance.md, "A 50 ms fetch wait").
FETCH_MAX_WAIT_MS = 50
# How long one poll of the consumer thread may wait for records. It asks only for the partitions whose buffers have
# room when it starts; if those have nothing left (a partition drained to its end) while the agent frees the
# others' buffers, the loop sleeps out the whole wait with work waiting. Faust waits 1 s here: a backlog drained at
# half speed once its smallest partition ran dry (docs/performance.md, "The drain that halved"). One fetch wait.
POLL_TIMEOUT = FETCH_MAX_WAIT_MS / 1000


class BatchMessage(ConsumerMessage):
    """The records of one partition from one fetch, as a single Faust message (offset = the last record's)."""

    __slots__ = ("messages", "first_offset")

    def __init__(self, tp: TP, messages: Sequence[ConsumerMessage], generation_id: int | None) -> None:
        last = messages[-1]
        super().__init__(
            last.topic, last.partition, last.offset, last.timestamp, last.timestamp_type, None, None,
            cast(bytes, tuple(messages)), None, 0, sum(m.serialized_value_size for m in messages), tp,
            generation_id=generation_id,
        )
        self.messages = tuple(messages)
        self.first_offset = messages[0].offset

    def __len__(self) -> int:
        return len(self.messages)


class BatchSchema(faust.Schema):
    """The schema of a batched topic: the event's value is the tuple of the batch's messages, untouched."""

    def loads_key(self, app: AppT, message: Message, *, loads: Any = None, serializer: Any = None) -> Any:
        return None

    def loads_value(self, app: AppT, message: Message, *, loads: Any = None, serializer: Any = None) -> Any:
        return message.value


def rotate(buffered: OrderedDict[Any, Any], served: Iterable[Any]) -> None:
    """Move the partitions just served behind the others in aiokafka's buffer (``Fetcher._records``, handed out
    front to back), so that the next call serves the ones that waited."""
    for tp in served:
        if tp in buffered:
            buffered.move_to_end(tp)


class BatchConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, with a shorter fetch wait (``FETCH_MAX_WAIT_MS``)."""

    def _create_worker_consumer(self, transport: faust_aiokafka.Transport) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Faust passes fetch_max_wait_ms=1500 without a setting to change it; aiokafka reads this attribute when
        # the consumer starts (it builds its Fetcher in start()), which is after this method returns.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer

    async def on_thread_stop(self) -> None:
        """Faust's, finishing aiokafka's close when one of its fetch requests ends in CancelledError.

        aiokafka's ``Fetcher.close`` cancels its pending fetch requests and awaits each unguarded: with the broker
        just gone or just back, one of them raised CancelledError out of the consumer thread, which died with a
        traceback while the worker's stop waited for it until ``STOP_GRACE`` (exit 3). The rest of the close (the
        other requests, the client's connections) is done here instead."""
        try:
            await super().on_thread_stop()
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # this stop itself was cancelled: not ours to swallow
            await _finish_close(self._consumer)

    async def _fetch_records(self, consumer: aiokafka.AIOKafkaConsumer, active_partitions: Any,
                             timeout: float | None = None, max_records: int | None = None) -> Any:  # noqa: ASYNC109 (Faust's signature)
        """Faust's, then the partitions just served moved behind the others in aiokafka's buffer.

        aiokafka hands out its buffered records in the order the partitions were fetched, up to ``max_records`` a
        call (``VIGIE_BATCH_SIZE / TAKE``), and a partition's buffer stays in front until it is empty. Under a
        backlog an input partition's buffer holds thousands of records, so each call was filled from it while the
        internal topics' records waited behind it for tens of seconds (a campaign stage idle with its messages
        fetched). Rotating makes every buffered partition's turn come within a few calls."""
        records = await super()._fetch_records(consumer, active_partitions, timeout=timeout,
                                               max_records=max_records)
        rotate(consumer._fetcher._records, records)
        return records

    async def _highwaters(self, partitions: list[TP]) -> Mapping[TP, int]:
        """Faust's highwaters (ListOffsets), checked by a fetch for table changelogs: where table recovery stops.

        Tansu answers ListOffsets with the last record BATCH's base offset + 1, not the log end: a changelog whose
        last batch held k records looked k - 1 records shorter, and Faust's recovery stopped before them (the update
        an earlier test lost across a kill). A fetch response carries the true high watermark on any broker."""
        ends = dict(await super()._highwaters(partitions))
        changelogs = self.app.tables.changelog_topics
        probe = [tp for tp in partitions if tp.topic in changelogs and ends.get(tp)]
        if probe:
            ends.update(await fetched_highwaters(self.app, self.transport, probe, ends))
        return ends


async def _finish_close(consumer: aiokafka.AIOKafkaConsumer | None) -> None:
    """What ``AIOKafkaConsumer.stop`` had left to do when its fetcher's close raised CancelledError."""
    if consumer is None:
        return
    pending = list(getattr(consumer._fetcher, "_pending_tasks", ()))
    for request in pending:
        request.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    await consumer._client.close()


async def fetched_highwaters(app: AppT, transport: Any, tps: list[TP], ends: Mapping[TP, int]) -> dict[TP, int]:
    """The high watermark of each partition as a fetch of its last reported record returns it."""
    conf = app.conf
    consumer = aiokafka.AIOKafkaConsumer(
        bootstrap_servers=faust_aiokafka.server_list(transport.url, transport.default_port), group_id=None,
        enable_auto_commit=False, **faust_aiokafka.credentials_to_aiokafka_auth(conf.broker_credentials,
                                                                               conf.ssl_context),
    )
    await consumer.start()
    try:
        parts = [aiokafka.TopicPartition(tp.topic, tp.partition) for tp in tps]
        consumer.assign(parts)
        for part in parts:
            consumer.seek(part, max(0, ends[TP(part.topic, part.partition)] - 1))
        found: dict[TP, int] = {}
        deadline = asyncio.get_running_loop().time() + 10.0
        while len(found) < len(parts) and asyncio.get_running_loop().time() < deadline:
            await consumer.getmany(*parts, timeout_ms=500)
            for part in parts:
                high = consumer.highwater(part)
                if high is not None:
                    found[TP(part.topic, part.partition)] = max(high, ends[TP(part.topic, part.partition)])
        return found
    finally:
        await consumer.stop()


class BatchConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer, delivering the records of ``transport.batch_topics`` one partition-batch at a time."""

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return BatchConsumerThread(self, loop=self.loop, beacon=self.beacon)

    _room: asyncio.Event | None = None  # set when a paused partition's buffer drains (see _wait_for_room)
    _held: set[TP] | None = None  # batch-topic partitions Faust resumed, kept paused until its seek (see below)

    # Faust resumes the stream partitions and only THEN seeks them to the committed offsets, after a rebalance
    # (``Recovery.on_recovery_completed`` and ``_resume_streams`` in faust/tables/recovery.py). With tables, the
    # fetcher already runs at that point (it read the changelogs), so records fetched in between reached the agent
    # and were published, then the seek set the read offsets back and they came again: a clean restart with
    # campaigns on published posts twice. A batch-topic partition resumed here stays paused until the next seek
    # to the committed offsets has completed; it is fetched from there, once.

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        tpset = set(tps)
        batch_topics = cast("BatchTransport", self.transport).batch_topics
        held = {tp for tp in tpset if tp.topic in batch_topics}
        self._held_partitions().update(held)
        super().resume_partitions(tpset - held)

    def pause_partitions(self, tps: Iterable[TP]) -> None:
        tpset = set(tps)
        self._held_partitions().difference_update(tpset)
        super().pause_partitions(tpset)

    async def perform_seek(self) -> None:
        await super().perform_seek()
        held = self._held_partitions()
        ready = held & set(self.assignment())  # (a partition revoked meanwhile is no longer ours to resume)
        held.clear()
        super().resume_partitions(ready)

    def _held_partitions(self) -> set[TP]:
        if self._held is None:
            self._held = set()
        return self._held

    async def _drain_messages(self, fetcher: ServiceT) -> None:  # the loop of Faust's Fetcher service
        batch_topics = cast("BatchTransport", self.transport).batch_topics
        consumer_stopped = cast(Service, self)._stopped.is_set
        fetcher_stopped = cast(Service, fetcher)._stopped.is_set
        try:
            while not (consumer_stopped() or fetcher_stopped()):
                self.diag.set_flag("FETCHING")
                batches: dict[TP, list[ConsumerMessage]] = {}
                await self._wait_for_room()
                if not self.should_stop:
                    async for tp, message in self.getmany(timeout=POLL_TIMEOUT):
                        if tp.topic in batch_topics:
                            batches.setdefault(tp, []).append(cast(ConsumerMessage, message))
                        else:
                            await self._deliver(tp, [message])
                    for tp, messages in batches.items():
                        await self._deliver(tp, messages, batch=True)
                self.diag.unset_flag("FETCHING")
        except asyncio.CancelledError:
            if consumer_stopped() or fetcher_stopped() or self.transport.app.should_stop:
                # the stop cancelled the fetch: Faust's Fetcher, in a rebalance (the broker just back), would take
                # it for a crash to restart from, with no supervisor to restart it (a traceback, then exit 1)
                self.log.info("fetch cancelled by the stop")
                return
            raise
        except self.consumer_stopped_errors:
            if self.transport.app.should_stop:
                self.log.info("Broker stopped consumer, shutting down...")
                return
            raise
        except Exception as exc:
            self.log.exception("Drain messages raised: %r", exc)
            raise
        finally:
            self.diag.unset_flag("FETCHING")

    async def _wait_for_room(self) -> None:
        """Wait until the agent's buffer has room for a partition again (Faust itself sleeps a full second)."""
        room = self._room
        if room is None:
            room = self._room = asyncio.Event()
        if self.flow_active and not self.app.client_only and not self._get_active_partitions():
            room.clear()
            await self.wait_for_stopped(room, timeout=1.0)  # type: ignore[arg-type]
        else:
            await self.sleep(0)

    def on_buffer_drop(self, tp: TP) -> None:
        super().on_buffer_drop(tp)
        if self._room is not None:
            self._room.set()

    async def _deliver(self, tp: TP, messages: Sequence[Message], *, batch: bool = False) -> None:
        """Faust's per-record bookkeeping (read offset, gaps, commit-every), then one conductor call."""
        fresh = await self._fresh(tp, messages)
        if not fresh:
            return
        if self._commit_every is not None and self._n_acked >= self._commit_every:
            self._n_acked = 0
            # Shielded: stopping the fetcher cancels this loop, and a commit cancelled after Faust has taken the
            # acked offsets off its list but before recording them as committed loses them for good.
            await asyncio.shield(self.commit())
        items: Iterable[Message] = [BatchMessage(tp, fresh, fresh[-1].generation_id)] if batch else fresh
        for item in items:
            await self.wait_first(self.callback(item), self.suspend_flow.wait())

    async def _fresh(self, tp: TP, messages: Sequence[Message]) -> list[ConsumerMessage]:
        """Drop records already read (a re-fetch after a seek) and record gaps in the offsets, as Faust does."""
        acks_enabled = self.app.topics.acks_enabled_for(tp.topic)
        read = self._read_offset[tp]
        fresh: list[ConsumerMessage] = []
        for message in messages:
            offset = message.offset
            if read is not None and offset < read:
                continue
            if read and offset - read > 1 and acks_enabled:
                await self._add_gap(tp, read + 1, offset)
            fresh.append(cast(ConsumerMessage, message))
            read = offset
        if fresh:
            self._read_offset[tp] = read
        return fresh

    def ack(self, message: Message) -> bool:
        """Acking a batch acks each of its records (Faust's bookkeeping decides what becomes committable)."""
        if not isinstance(message, BatchMessage):
            return super().ack(message)
        if message.acked:
            return False
        message.acked = True
        self._unacked_messages.discard(message)
        ack = super().ack
        return any([ack(m) for m in message.messages])


class BatchTransport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with ``BatchConsumer``; ``batch_topics`` are delivered batch by batch."""

    Consumer = BatchConsumer

    def __init__(self, url: Any, app: AppT, *, batch_topics: Iterable[str]) -> None:
        super().__init__(url, app)
        self.batch_topics = frozenset(batch_topics)


def install(app: faust.App, batch_topics: Iterable[str]) -> BatchTransport:
    """Give ``app`` the batching transport (``App.transport`` is settable; call it before the app starts)."""
    transport = BatchTransport(app.conf.broker_consumer, app, batch_topics=batch_topics)
    app.transport = transport
    return transport


def records_of(batches: Sequence[EventT]) -> list[Record]:
    """The records of the agent's batches, each partition's in offset order, as plain ``Record`` values: the
    pipeline needs their coordinates, timestamp and bytes, not a Faust event per record."""
    return [Record(m.topic, m.partition, m.offset, m.timestamp, m.value)
            for b in batches for m in cast(BatchMessage, b.message).messages]
