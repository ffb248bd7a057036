from __future__ import annotations

from worker.progress import PartitionProgress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_idle_counts_only_while_lagging_and_stall_is_detected() -> None:
    clock = Clock()
    p = PartitionProgress(clock)
    p.assign([("posts", 0), ("posts", 1)])
    p.set_highwater(("posts", 0), 10)
    p.set_highwater(("posts", 1), 0)
    p.processed(("posts", 0), 4)
    assert p.lag(("posts", 0)) == 5 and p.lag(("posts", 1)) == 0
    clock.now += 30
    assert p.idle_seconds(("posts", 0)) == 30 and p.idle_seconds(("posts", 1)) == 0
    assert p.stalled(20) == [("posts", 0)] and p.stalled(40) == []
    p.processed(("posts", 0), 9)
    assert p.lag(("posts", 0)) == 0 and p.stalled(20) == []


def test_revoked_partitions_are_forgotten() -> None:
    p = PartitionProgress(Clock())
    p.assign([("posts", 0), ("posts", 1)])
    assert p.assign([("posts", 1)]) == [("posts", 0)]
    assert p.assigned == [("posts", 1)]
