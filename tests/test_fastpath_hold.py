"""What worker.stream.fastpath's consumer asks the consumer thread for while its stream partitions are held.

After a rebalance, every stream partition stays paused until Faust's seek to the committed offsets is done
(``BatchConsumer.resume_partitions`` / ``perform_seek``); the changelogs are paused once recovered. Faust's set of
active partitions is then empty. aiokafka's ``Fetcher.fetched_records`` reads the set it was given each time it wakes
up, and takes an empty one for every assigned partition: given Faust's own set, a fetch begun during the recovery
drained the held partitions after their seek, Faust dropped those records, and their positions were past them (a
restart with campaigns on consumed 78 of 200 new posts, then nothing: tests/test_worker_integration.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Set
from typing import Any

from faust.types import TP

from worker.stream import fastpath

INPUT = TP("posts", 2)
STAGE = TP("group-campaign-posts", 0)
CHANGELOG = TP("group-campaign_posts-changelog", 1)


class FetchingThread:
    """The consumer thread's ``getmany`` as aiokafka runs it: it waits for records (the main thread goes on
    meanwhile), then returns what it buffered for the partitions asked, an empty set meaning all of them."""

    def __init__(self, buffered: Mapping[TP, list[Any]]) -> None:
        self.buffered = buffered
        self.calls = 0

    async def getmany(self, active_partitions: Set[TP] | None, timeout: float) -> dict[TP, list[Any]]:  # noqa: ASYNC109
        self.calls += 1
        await asyncio.sleep(0)  # waiting for records: the main thread runs
        return {tp: records for tp, records in self.buffered.items()
                if not active_partitions or tp in active_partitions}


def consumer_with(thread: FetchingThread) -> fastpath.BatchConsumer:
    consumer = object.__new__(fastpath.BatchConsumer)  # only _getmany's path is exercised: no app, no broker
    consumer._thread = thread  # type: ignore[assignment]
    return consumer


def test_a_fetch_begun_during_recovery_does_not_drain_the_partitions_held_since() -> None:
    async def scenario() -> Mapping[TP, list[Any]]:
        thread = FetchingThread({INPUT: ["post 59", "post 60"], STAGE: ["answer 3"], CHANGELOG: ["entry 7"]})
        consumer = consumer_with(thread)
        active = {CHANGELOG}  # recovering: only the changelog is fetched
        fetch = asyncio.ensure_future(consumer._getmany(active, 0.05))
        await asyncio.sleep(0)  # the fetch waits on the consumer thread...
        active.clear()  # ...while recovery ends: changelog paused, stream partitions held until the seek is done
        return await fetch

    records = asyncio.run(scenario())
    assert INPUT not in records and STAGE not in records, "the held partitions were drained before their seek was done"
    assert set(records) <= {CHANGELOG}


def test_no_active_partition_asks_the_thread_for_nothing() -> None:
    thread = FetchingThread({INPUT: ["post 59"]})
    records = asyncio.run(consumer_with(thread)._getmany(set(), 0.05))
    assert records == {} and thread.calls == 0


def test_a_client_only_app_still_asks_for_every_partition() -> None:
    thread = FetchingThread({INPUT: ["post 59"], STAGE: ["answer 3"]})
    records = asyncio.run(consumer_with(thread)._getmany(None, 0.05))
    assert set(records) == {INPUT, STAGE}
