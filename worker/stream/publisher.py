"""Publishing a micro-batch: its records' outcomes to their topics, then the acks that make its offsets committable.

Delivery is at-least-once: the agent takes a micro-batch without acking it, this publishes every flag, decision and
dead letter, waits for the broker to acknowledge them all, and only then acks the records; Faust commits acked
offsets. A crash at any point before the acks re-delivers the batch to the next owner of its partitions.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

from faust.streams import Stream
from faust.types import EventT

from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.pipeline.moderate import Judged, Record, moderate
from worker.pipeline.scoring import Scorer
from worker.stream.batch import Topics, process_batch, route, utc_now
from worker.stream.fastpath import records_of
from worker.stream.progress import PartitionProgress
from worker.stream.state import StreamState


class BatchPublisher:
    """Built once at start-up; ``handle`` runs for every micro-batch the agent takes."""

    def __init__(self, settings: Settings, scorer: Scorer, metrics: Metrics, progress: PartitionProgress,
                 state: StreamState | None = None) -> None:
        self.state = state  # campaigns and offenders: the batch's items follow its outputs, before the acks
        self.settings = settings
        self.scorer = scorer
        self.metrics = metrics
        self.progress = progress
        self.topics = Topics(settings.flag_topic, settings.deadletter_topic, settings.decisions_topic,
                             settings.unsupported_topic)
        self.totals = {"consumed": 0, "flagged": 0, "deadletters": 0}
        scorer.on_inference = metrics.observe_inference
        scorer.on_escalated = metrics.escalated.inc

    async def handle(self, batches: Sequence[EventT], stream: Stream, producer: Any) -> None:
        """Publish the outcomes of the agent's partition-batches, then ack them."""
        await self.publish(records_of(batches), producer)
        for batch in batches:
            await stream.ack(batch)

    async def publish(self, records: Sequence[Record], producer: Any) -> None:
        """Score, publish, wait for the broker's acknowledgements. Acking is the caller's."""
        fault = self.settings.fault_raise_after
        if fault is not None and self.totals["consumed"] + len(records) > fault:
            raise RuntimeError(f"injected fault: VIGIE_FAULT_RAISE_AFTER={fault} records")
        metrics = self.metrics
        metrics.consumed_child(self.settings.input_topic).inc(len(records))
        metrics.batch_size.observe(len(records))
        state = self.state
        if state is None:
            result = process_batch(records, self.scorer, self.topics, max_bytes=self.settings.max_record_bytes)
        else:  # the posts' fingerprints first: a post of an open campaign or by a known offender says so
            outcomes = moderate(records, self.scorer, max_bytes=self.settings.max_record_bytes)
            items = state.items([o for o in outcomes if isinstance(o, Judged)], records)
            result = route(outcomes, self.topics, self.scorer.model_ref, self.scorer.policy.hate_label, utc_now(),
                           state.annotations(items))
        send = producer.send
        futures = [await send(o.topic, o.key, o.value, None, None, None) for o in result.outgoing]
        if state is not None:  # the campaign and offender items too: none can be lost once the batch is acked
            futures += await state.forward(items, producer)
        if futures:  # sent together, awaited together: one round of broker acknowledgements per batch
            await asyncio.gather(*futures)
        now = time.time()
        observe = metrics.latency.observe
        for rec in records:
            if rec.timestamp:
                observe(max(0.0, now - rec.timestamp))
        for decision, label in result.flagged:
            metrics.flag_child(decision, label).inc()
        for reason in result.deadletters:
            metrics.deadletter_child(reason).inc()
        for lang in result.langs:
            metrics.lang_child(lang).inc()
        if result.unsupported:
            metrics.unsupported.inc(result.unsupported)
        last: dict[tuple[str, int], int] = {}
        for rec in records:
            last[(rec.topic, rec.partition)] = rec.offset
        for tp, offset in last.items():
            self.progress.processed(tp, offset)
        self.totals["consumed"] += len(records)
        self.totals["flagged"] += len(result.flagged)
        self.totals["deadletters"] += len(result.deadletters)
