"""The Faust app: wires an agent on the input topic to the stages (decode -> score -> publish). No logic lives here.

Delivery is at-least-once: the agent takes a micro-batch WITHOUT acking it (``noack_take``), publishes every flag,
decision and dead letter, waits for the broker to acknowledge them all, and only then acks the records; Faust commits
acked offsets. A crash at any point before the acks re-delivers the batch to the next owner of its partitions.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
import traceback
from collections.abc import Sequence
from typing import Any

import faust
from faust.streams import Stream
from faust.types import EventT

from worker.ops.errors import AgentCrashed, TopicGone, VigieError
from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.pipeline.scoring import Scorer
from worker.stream import fastpath
from worker.stream.batch import Record, Topics, process_batch
from worker.stream.progress import PartitionProgress, Rewound
from worker.stream.watchdog import RewindProbe, TopicWatchdog

log = logging.getLogger("worker.stream.app")

# /readyz fails once the broker has not answered the end-offsets request for this long (or VIGIE_STALL_SECONDS if
# shorter): with the broker gone, nothing else would change (the assignment stays, the lag reads as it last was).
BROKER_SILENCE = 15.0


class Pipeline:
    """Runtime state built once at start-up and used by the agent for every batch."""

    def __init__(self, settings: Settings, scorer: Scorer, metrics: Metrics) -> None:
        self.settings = settings
        self.scorer = scorer
        self.metrics = metrics
        self.progress = PartitionProgress()
        self.topics = Topics(settings.flag_topic, settings.deadletter_topic, settings.decisions_topic)
        self.totals = {"consumed": 0, "flagged": 0, "deadletters": 0}
        self.started = False  # set once the app has started and the model is loaded
        self.watchdog = TopicWatchdog(settings)
        self.rewind_probe = RewindProbe(settings)
        self.fatal: VigieError | None = None  # why the worker is stopping; `vigie run` exits with it
        self._last_summary = (time.monotonic(), 0)
        self.broker_answered = time.monotonic()  # when the broker last answered an end-offsets request
        self._refresh: asyncio.Future[None] | None = None
        self._end_offsets_failing = False
        scorer.on_inference = metrics.observe_inference
        scorer.on_escalated = metrics.escalated.inc

    async def handle(self, events: Sequence[EventT], producer: Any) -> None:
        """Process one micro-batch: score, publish, wait for the broker's acknowledgements. Acking is the caller's."""
        records = [
            Record(m.topic, m.partition, m.offset, m.timestamp, m.value) for m in (e.message for e in events)
        ]
        fault = self.settings.fault_raise_after
        if fault is not None and self.totals["consumed"] + len(records) > fault:
            raise RuntimeError(f"injected fault: VIGIE_FAULT_RAISE_AFTER={fault} records")
        metrics = self.metrics
        metrics.consumed_child(self.settings.input_topic).inc(len(records))
        metrics.batch_size.observe(len(records))
        result = process_batch(records, self.scorer, self.topics, max_bytes=self.settings.max_record_bytes)
        send = producer.send
        futures = [await send(o.topic, o.key, o.value, None, None, None) for o in result.outgoing]
        if futures:
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
        last: dict[tuple[str, int], int] = {}
        for rec in records:
            last[(rec.topic, rec.partition)] = rec.offset
        for tp, offset in last.items():
            self.progress.processed(tp, offset)
        self.totals["consumed"] += len(records)
        self.totals["flagged"] += len(result.flagged)
        self.totals["deadletters"] += len(result.deadletters)

    def watch_partitions(self, app: faust.App) -> None:
        """One tick of the partitions timer: start a refresh, unless the last one is still waiting for the broker.

        The timer never waits on the broker itself: with the broker gone, a request waits up to Faust's request
        timeout (90 s), which overlapped the timer and froze readiness and lag at their last values. Readiness reads
        how long the broker has been silent instead (``broker_silent``).
        """
        if self._refresh is None or self._refresh.done():
            self._refresh = app.add_future(self.refresh_partitions(app))

    def broker_silence(self) -> float:
        """Seconds since the broker last answered an end-offsets request."""
        return max(0.0, time.monotonic() - self.broker_answered)

    def broker_silent(self) -> bool:
        return self.broker_silence() > min(self.settings.stall_seconds, BROKER_SILENCE)

    async def refresh_partitions(self, app: faust.App) -> None:
        """Update assignment, lag and idle gauges from the broker's end offsets (started by a timer).

        End offsets are asked of the broker (ListOffsets), not taken from the fetcher's cache: a partition that
        silently stopped fetching must still show its lag. Never raises: a broker hiccup is logged once per outage.
        """
        if self.fatal is not None:  # stopping
            return
        try:
            await self._refresh_partitions(app)
        except Exception as exc:
            self._broker_failed(exc)

    def _broker_failed(self, exc: Exception) -> None:
        if not self._end_offsets_failing:  # one line per outage (aiokafka's own lines are collapsed by worker.ops.logs)
            log.warning("could not read end offsets: %s: %s", type(exc).__name__, exc)
        self._end_offsets_failing = True

    def _broker_answered(self) -> None:
        if self._end_offsets_failing:
            log.info("end offsets readable again after %.0fs", self.broker_silence())
        self._end_offsets_failing = False
        self.broker_answered = time.monotonic()

    async def _refresh_partitions(self, app: faust.App) -> None:
        consumer = app.consumer
        topic = self.settings.input_topic
        tps = [tp for tp in consumer.assignment() if tp.topic == topic]
        if self.settings.fault_pause_partitions:
            consumer.pause_partitions([tp for tp in tps if tp.partition in self.settings.fault_pause_partitions])
        for revoked_topic, revoked_partition in self.progress.assign([(tp.topic, tp.partition) for tp in tps]):
            for gauge in (self.metrics.lag, self.metrics.partition_idle):
                gauge.remove(revoked_topic, str(revoked_partition))  # a revoked partition is another worker's now
        if not tps:
            self.broker_answered = time.monotonic()  # nothing to ask: silence counts from when there is
            return
        furthest = self.progress.furthest()
        highwaters = await consumer.highwaters(*tps)
        self._broker_answered()
        suspects = self.progress.rewound(furthest, {(tp.topic, tp.partition): highwaters.get(tp) for tp in tps})
        for suspect in suspects:  # one confirmed partition is enough
            if await self.rewind_probe.gone(suspect.topic, suspect.partition, suspect.processed - 1):
                self.log_went_backwards(suspect)
                return
        for tp in tps:
            key = (tp.topic, tp.partition)
            position = None
            if self.progress.needs_position(key):
                position = await consumer.position(tp)
            self.progress.set_highwater(key, highwaters.get(tp), position)
            labels = {"topic": tp.topic, "partition": str(tp.partition)}
            self.metrics.lag.labels(**labels).set(self.progress.lag(key))
            self.metrics.partition_idle.labels(**labels).set(self.progress.idle_seconds(key))

    def log_went_backwards(self, rewound: Rewound) -> None:
        """The input topic's log went backwards (recreated, or a broker that lost its data): stop with exit 4.

        Carrying on would fetch the new log from the old positions and skip its first records; a restarted worker
        reads it from the group's committed offsets instead (none on a new topic: from the start).
        """
        error = TopicGone(
            f"input topic {self.settings.input_topic!r} went backwards on {self.settings.bootstrap_servers}: "
            f"partition {rewound.partition} ends at offset {rewound.end} and no longer holds offset "
            f"{rewound.processed - 1}, which this worker processed; recreated, or a broker that lost its data? "
            f"Stopping so that a restart reads it from its committed offsets (none: from the start)"
        )
        log.error(error.one_line())
        self.stop(error, commit=False)

    def stop(self, error: VigieError, *, commit: bool = True) -> None:
        """Stop the worker with ``error`` as the reason and exit code.

        ``commit``: through the graceful path (SIGTERM: Faust commits what was acked; `vigie run` then exits with
        ``error``). Without: exit at once, committing nothing: after the log went backwards, offsets acked on the
        old log would point into the new one and make a restart skip its first records. At-least-once holds:
        whatever was not committed is processed again.
        """
        if self.fatal is not None:  # already stopping: the first reason stands
            return
        self.fatal = error
        if commit:
            os.kill(os.getpid(), signal.SIGTERM)
            return
        logging.shutdown()  # flush the log lines so far
        print(error.report("run"), file=sys.stderr, flush=True)
        os._exit(error.exit_code)

    def agent_crashed(self, exc: Exception) -> None:
        """The agent raised something unexpected: say so in one line and stop the worker non-zero.

        The line names the exception's type and where it was raised, not its message, which may quote a post; the
        traceback is logged at DEBUG. The failed batch was not acked, so its offsets are not committed and the
        restarted worker (or the partitions' next owner) processes it again: nothing is lost.
        """
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name}" if frame else ""
        error = AgentCrashed(
            f"the moderation agent failed: {type(exc).__name__}{where}; stopping the worker (exit "
            f"{AgentCrashed.exit_code}), its batch uncommitted: a restart processes it again "
            f"(traceback with VIGIE_LOG_LEVEL=DEBUG)"
        )
        log.error(error.one_line())
        log.debug("agent failure", exc_info=exc)
        self.stop(error)

    def liveness(self) -> tuple[bool, dict[str, object]]:
        """/healthz: alive unless the worker hit a fatal error and is stopping."""
        if self.fatal is None:
            return True, {}
        return False, {"error": self.fatal.one_line()}

    def readiness(self) -> tuple[bool, dict[str, object]]:
        assigned = self.progress.assigned
        stalled = self.progress.stalled(self.settings.stall_seconds)
        silent = self.broker_silent()
        detail: dict[str, object] = {
            "model_loaded": self.started,
            "partitions_assigned": len(assigned),
            "stalled_partitions": [f"{t}[{p}]" for t, p in stalled],
            "broker_silent_seconds": round(self.broker_silence(), 1),
        }
        if silent:
            detail["broker"] = f"no answer from {self.settings.bootstrap_servers} for {self.broker_silence():.0f}s"
        return self.started and bool(assigned) and not stalled and not silent, detail

    def total_lag(self) -> int:
        return sum(self.progress.lag(tp) for tp in self.progress.assigned)

    def log_summary(self) -> None:
        """The periodic one-line summary: consumed, flagged, dead letters, rate, lag."""
        now = time.monotonic()
        totals = self.totals
        last_t, last_n = self._last_summary
        rate = (totals["consumed"] - last_n) / (now - last_t) if now > last_t else 0.0
        self._last_summary = (now, totals["consumed"])
        lag: int | None = self.total_lag()
        lag_text = str(lag)
        broker = ""
        if self.broker_silent():  # the last lag read is stale: say so rather than print it
            lag, lag_text = None, "?"
            broker = f" (broker silent for {self.broker_silence():.0f}s)"
        log.info(
            "consumed=%d flagged=%d deadletters=%d rate=%.0f/s lag=%s partitions=%d%s",
            totals["consumed"], totals["flagged"], totals["deadletters"], rate, lag_text, len(self.progress.assigned),
            broker, extra={"fields": {"event": "summary", **totals, "rate": round(rate, 1), "lag": lag}},
        )


def faust_credentials(settings: Settings) -> Any:
    if settings.security_protocol == "PLAINTEXT":
        return None
    sec = settings.kafka_security()
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.reveal() if settings.sasl_password else None,
            ssl_context=sec.get("ssl_context"),
            mechanism=settings.sasl_mechanism,
        )
    return faust.SSLCredentials(sec["ssl_context"])


def create_app(settings: Settings, pipeline: Pipeline) -> faust.App:
    app = faust.App(
        settings.group_id,
        broker=[f"kafka://{server.strip()}" for server in settings.bootstrap_servers.split(",")],
        broker_credentials=faust_credentials(settings),
        value_serializer="raw",
        key_serializer="raw",
        datadir=str(settings.data_dir),  # Faust's table state; Vigie keeps none, so a scratch directory
        web_enabled=False,  # /metrics, /healthz and /readyz are served by worker.ops.metrics
        topic_disable_leader=True,
        topic_allow_declare=False,
        consumer_auto_offset_reset="earliest",
        processing_guarantee=settings.processing_guarantee,
        # Measured on the embedded broker: the first group join takes ~31 s with Faust's defaults, ~4 s with these.
        broker_rebalance_timeout=settings.rebalance_timeout,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_commit_interval=1.0,
        producer_acks=-1,
        # The agent takes up to fastpath.TAKE fetched partition-batches at once, so a fetch is a share of a batch.
        broker_max_poll_records=max(1, settings.batch_size // fastpath.TAKE),
        # The agent's buffer, in partition-batches: Faust pauses fetching when it fills. (A topic's own maxsize
        # does not reach the agent's channel: the agent's clone takes this setting.)
        stream_buffer_maxsize=fastpath.BATCH_QUEUE,
        # Commit once a batch's worth of records is acked, besides every second: fewer duplicates after a crash.
        broker_commit_every=settings.batch_size,
    )
    # Records reach the agent one fetched partition-batch at a time (worker.stream.fastpath): Faust's per-record hand-off
    # from its consumer to the agent cost more than scoring the posts.
    fastpath.install(app, [settings.input_topic])
    source = app.topic(settings.input_topic, schema=fastpath.BatchSchema())

    @app.agent(source, name="vigie.moderate")
    async def moderate(stream: faust.StreamT) -> None:
        assert isinstance(stream, Stream)  # noack_take is on Faust's Stream, not on its StreamT protocol
        # Each event is a fetched partition-batch (worker.stream.fastpath); several are scored as one micro-batch, and
        # acked only once their outputs are acknowledged by the broker.
        try:
            async for batches in stream.noack_take(fastpath.TAKE, within=settings.batch_within):
                await pipeline.handle(fastpath.events_of(app, batches), app.producer)
                for batch in batches:
                    await stream.ack(batch)
        except Exception as exc:  # anything: Faust would log it, leave the process up and consume nothing more
            # The failed batch will never be acked: stop without waiting for it (Faust's stop waits for every
            # record in flight to be acked), committing only what was acked before.
            app.conf.stream_wait_empty = False
            pipeline.agent_crashed(exc)

    @app.timer(interval=5.0)
    async def watch_input_topic() -> None:
        if await pipeline.watchdog.check():
            pipeline.stop(TopicGone(pipeline.watchdog.fatal or "input topic vanished"))

    @app.timer(interval=1.0)
    async def watch_partitions() -> None:
        pipeline.watch_partitions(app)

    @app.timer(interval=settings.summary_interval)
    async def summary() -> None:
        pipeline.log_summary()

    @app.task
    async def mark_started() -> None:
        pipeline.started = True
        log.info("worker started: consuming %s as group %s", settings.input_topic, settings.group_id)

    return app

