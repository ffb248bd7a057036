from __future__ import annotations

from worker.stream.progress import PartitionProgress, Rewound


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


def test_an_end_offset_below_what_was_processed_is_a_rewind_even_after_revocation() -> None:
    p = PartitionProgress(Clock())
    p.assign([("posts", 0), ("posts", 1)])
    p.processed(("posts", 0), 49)
    p.processed(("posts", 1), 9)
    furthest = p.furthest()
    p.processed(("posts", 0), 59)  # processed while the end offsets were being read: not in the snapshot
    assert p.rewound(furthest, {("posts", 0): 50, ("posts", 1): 10}) == []  # caught up: end == furthest
    assert p.rewound(furthest, {("posts", 0): 120, ("posts", 1): None}) == []  # unknown end: no verdict
    assert p.rewound(furthest, {("posts", 0): 12, ("posts", 1): 10}) == [Rewound("posts", 0, processed=50, end=12)]
    p.assign([("posts", 1)])  # partition 0 revoked (a rebalance) and later back: its end still cannot go below 60
    p.assign([("posts", 0), ("posts", 1)])
    assert p.rewound(p.furthest(), {("posts", 0): 59}) == [Rewound("posts", 0, processed=60, end=59)]
    assert p.rewound(p.furthest(), {("posts", 2): 0}) == []  # never processed here
