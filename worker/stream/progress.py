"""Per-partition progress: lag, idle time and stall detection (for `vigie_partition_idle_seconds` and /readyz).

Faust users report partitions that silently stop fetching; this module notices a partition that has lag but makes no
progress. Plain data and arithmetic: no Kafka here, the app feeds it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

TopicPartition = tuple[str, int]


@dataclass(slots=True)
class _Partition:
    position: int | None = None  # next offset to process (last processed + 1)
    highwater: int | None = None  # the partition's end offset as last seen
    last_progress: float = 0.0  # monotonic time of the last processed record (or assignment)


@dataclass(frozen=True, slots=True)
class Rewound:
    """A partition whose end offset is below an offset this process already processed: the log went backwards."""

    topic: str
    partition: int
    processed: int  # the next offset after the last one processed here
    end: int  # the partition's end offset now


class PartitionProgress:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._parts: dict[TopicPartition, _Partition] = {}
        # The furthest point processed on each partition in this process, kept across revocations: a partition's
        # end offset never goes below it unless the log went backwards (topic recreated, broker data lost).
        self._furthest: dict[TopicPartition, int] = {}

    def assign(self, partitions: Iterable[TopicPartition]) -> list[TopicPartition]:
        """Set the assigned partitions; returns the ones revoked since the last call."""
        now = self._clock()
        current = set(partitions)
        revoked = [tp for tp in self._parts if tp not in current]
        for tp in revoked:
            del self._parts[tp]
        for tp in current:
            self._parts.setdefault(tp, _Partition(last_progress=now))
        return revoked

    @property
    def assigned(self) -> list[TopicPartition]:
        return sorted(self._parts)

    def processed(self, tp: TopicPartition, offset: int) -> None:
        part = self._parts.setdefault(tp, _Partition())
        if part.position is None or offset + 1 > part.position:
            part.position = offset + 1
        part.last_progress = self._clock()
        if offset + 1 > self._furthest.get(tp, 0):
            self._furthest[tp] = offset + 1

    def furthest(self) -> dict[TopicPartition, int]:
        """A copy of the furthest point processed per partition: take it BEFORE asking the broker for end offsets,
        so that records processed while the request is in flight cannot look like a rewind."""
        return dict(self._furthest)

    @staticmethod
    def rewound(furthest: dict[TopicPartition, int], ends: dict[TopicPartition, int | None]) -> list[Rewound]:
        """The partitions whose end offset is below the furthest point processed before the end offsets were read."""
        return [Rewound(tp[0], tp[1], furthest[tp], end) for tp, end in sorted(ends.items())
                if end is not None and tp in furthest and end < furthest[tp]]

    def set_highwater(self, tp: TopicPartition, highwater: int | None, committed: int | None = None) -> None:
        part = self._parts.get(tp)
        if part is None:
            return
        part.highwater = highwater
        if part.position is None and committed is not None:
            part.position = committed

    def needs_position(self, tp: TopicPartition) -> bool:
        part = self._parts.get(tp)
        return part is not None and part.position is None

    def lag(self, tp: TopicPartition) -> int:
        part = self._parts.get(tp)
        if part is None or part.highwater is None:
            return 0
        return max(0, part.highwater - (part.position or 0))

    def idle_seconds(self, tp: TopicPartition) -> float:
        """Seconds since progress on a partition that has lag; 0 for a partition that is caught up."""
        part = self._parts.get(tp)
        if part is None or self.lag(tp) == 0:
            return 0.0
        return max(0.0, self._clock() - part.last_progress)

    def stalled(self, threshold: float) -> list[TopicPartition]:
        return [tp for tp in self.assigned if self.idle_seconds(tp) > threshold]
