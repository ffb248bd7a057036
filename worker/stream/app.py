"""The Faust app: wires the agent, timers and health views to objects with one job each. No logic lives here.

- ``BatchPublisher`` (worker.stream.publisher): a micro-batch's outcomes published, acknowledged, then acked;
- ``PartitionMonitor`` (worker.stream.monitor): assignment, lag, broker silence, a log that went backwards;
- ``TopicWatchdog`` (worker.stream.watchdog): the input topic still exists;
- ``Lifecycle`` and ``Health`` (worker.stream.lifecycle): started, stopping with a reason, /healthz, /readyz, summary.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import faust
from faust.streams import Stream

from worker.ops.errors import TopicGone
from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.pipeline.scoring import Scorer
from worker.stream import fastpath
from worker.stream.lifecycle import Health, Lifecycle
from worker.stream.monitor import PartitionMonitor
from worker.stream.progress import PartitionProgress
from worker.stream.publisher import BatchPublisher
from worker.stream.state import StreamState
from worker.stream.watchdog import TopicWatchdog

log = logging.getLogger("worker.stream.app")


@dataclass(frozen=True, slots=True)
class Runtime:
    """The objects the app wires, built once at start-up."""

    publisher: BatchPublisher
    monitor: PartitionMonitor
    watchdog: TopicWatchdog
    lifecycle: Lifecycle
    health: Health
    state: StreamState | None = None  # campaigns and offenders (worker.stream.state), None when VIGIE_CAMPAIGNS=off

    @classmethod
    def build(cls, settings: Settings, scorer: Scorer, metrics: Metrics) -> Runtime:
        progress = PartitionProgress()  # fed by the publisher (processed offsets) and the monitor (end offsets)
        lifecycle = Lifecycle()
        state = StreamState(settings, metrics) if settings.campaigns else None
        publisher = BatchPublisher(settings, scorer, metrics, progress, state)
        monitor = PartitionMonitor(settings, metrics, progress, lifecycle)
        health = Health(settings, lifecycle, monitor, publisher.totals)
        return cls(publisher, monitor, TopicWatchdog(settings), lifecycle, health, state)


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


def create_app(settings: Settings, runtime: Runtime, partitions: int = 1) -> faust.App:
    """``partitions``: the input topic's, which the offender state follows."""
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
        # Faust's defaults wait out a long rebalance before the first group join; these keep start-up short
        # (docs/performance.md has the figures).
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
        # Each event is a fetched partition-batch (worker.stream.fastpath); several are scored as one micro-batch,
        # and acked only once their outputs are acknowledged by the broker.
        try:
            async for batches in stream.noack_take(fastpath.TAKE, within=settings.batch_within):
                await runtime.publisher.handle(batches, stream, app.producer)
        except Exception as exc:  # anything: Faust would log it, leave the process up and consume nothing more
            # The failed batch will never be acked: stop without waiting for it (Faust's stop waits for every
            # record in flight to be acked), committing only what was acked before.
            app.conf.stream_wait_empty = False
            runtime.lifecycle.agent_crashed(exc)

    if runtime.state is not None:
        runtime.state.install(app, partitions)

    @app.timer(interval=5.0)
    async def watch_input_topic() -> None:
        watchdog = runtime.watchdog
        if await watchdog.check():
            runtime.lifecycle.stop(TopicGone(watchdog.fatal or "input topic vanished"))

    @app.timer(interval=1.0)
    async def watch_partitions() -> None:
        runtime.monitor.watch(app)

    @app.timer(interval=settings.summary_interval)
    async def summary() -> None:
        runtime.health.log_summary()

    @app.task
    async def mark_started() -> None:
        runtime.lifecycle.started = True
        log.info("worker started: consuming %s as group %s", settings.input_topic, settings.group_id)

    return app
