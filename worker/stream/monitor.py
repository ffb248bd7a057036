"""Watching the input partitions: assignment, lag and idle gauges, broker silence, and a log that went backwards.

A timer starts ``watch`` every second; it reads the partitions' end offsets from the broker and feeds them to
``PartitionProgress`` (plain arithmetic), which says what lags, what stalls and what was rewound.
"""

from __future__ import annotations

import asyncio
import logging
import time

import faust
from faust.types import ConsumerT

from worker.ops.errors import TopicGone
from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.stream.lifecycle import Lifecycle
from worker.stream.progress import PartitionProgress, Rewound
from worker.stream.state import campaign_bands_topic, campaign_links_topic, offender_items_topic
from worker.stream.watchdog import RewindProbe

log = logging.getLogger("worker.stream.monitor")

# /readyz fails once the broker has not answered the end-offsets request for this long (or VIGIE_STALL_SECONDS if
# shorter): with the broker gone, nothing else would change (the assignment stays, the lag reads as it last was).
BROKER_SILENCE = 15.0


class PartitionMonitor:
    def __init__(self, settings: Settings, metrics: Metrics, progress: PartitionProgress, lifecycle: Lifecycle) -> None:
        self.settings = settings
        self.metrics = metrics
        self.progress = progress
        self.lifecycle = lifecycle
        self.rewind_probe = RewindProbe(settings)
        self.broker_answered = time.monotonic()  # when the broker last answered an end-offsets request
        self._refresh: asyncio.Future[None] | None = None
        self._end_offsets_failing = False

    def watch(self, app: faust.App) -> None:
        """One tick of the partitions timer: start a refresh, unless the last one is still waiting for the broker.

        The timer never waits on the broker itself: with the broker gone, a request waits up to Faust's request
        timeout, which would overlap the timer and freeze readiness and lag at their last values. Readiness reads
        how long the broker has been silent instead (``broker_silent``).
        """
        if self._refresh is None or self._refresh.done():
            self._refresh = app.add_future(self.refresh(app))

    def broker_silence(self) -> float:
        """Seconds since the broker last answered an end-offsets request."""
        return max(0.0, time.monotonic() - self.broker_answered)

    def broker_silent(self) -> bool:
        return self.broker_silence() > min(self.settings.stall_seconds, BROKER_SILENCE)

    def total_lag(self) -> int:
        return sum(self.progress.lag(tp) for tp in self.progress.assigned)

    async def refresh(self, app: faust.App) -> None:
        """Update assignment, lag and idle gauges from the broker's end offsets (started by a timer).

        End offsets are asked of the broker (ListOffsets), not taken from the fetcher's cache: a partition that
        silently stopped fetching must still show its lag. Never raises: a broker hiccup is logged once per outage.
        """
        if self.lifecycle.stopping:
            return
        try:
            await self._refresh_partitions(app)
        except Exception as exc:
            self._broker_failed(exc)
            return
        try:  # after the input's, and apart: readiness and the input's lag never wait on the campaign side's topics
            await self._refresh_internal(app.consumer)
        except Exception as exc:
            log.debug("internal lag not refreshed: %s: %s", type(exc).__name__, exc)

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

    async def _refresh_internal(self, consumer: ConsumerT) -> None:
        """``vigie_internal_lag{stage}``: records of the campaign side's internal topics, on this worker's partitions
        of them, not fetched yet (their end minus the fetch position; 0 for a stage it holds no partition of). An
        input backlog once starved them unseen (docs/guarantees.md, "The starved campaign side")."""
        if not self.settings.campaigns:
            return
        stages = {campaign_bands_topic(self.settings): "bands", campaign_links_topic(self.settings): "campaigns",
                  offender_items_topic(self.settings): "offenders"}
        tps = [tp for tp in consumer.assignment() if tp.topic in stages]
        behind = dict.fromkeys(stages.values(), 0)
        if tps:
            highwaters = await consumer.highwaters(*tps)
            for tp in tps:
                high, position = highwaters.get(tp), await consumer.position(tp)
                if high is not None and position is not None:
                    behind[stages[tp.topic]] += max(0, high - position)
        for stage, n in behind.items():
            self.metrics.internal_lag.labels(stage=stage).set(n)

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
        self.lifecycle.stop(error, commit=False)
