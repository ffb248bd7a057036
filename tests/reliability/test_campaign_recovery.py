"""A worker SIGKILLed half-way through a raid: its campaign tables recover from their changelogs."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from kafka_helpers import WorkerHandle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_campaigns_stream import QUICK_UPDATES, campaign_topics, raid_feed, wait_campaign  # noqa: E402

pytestmark = pytest.mark.integration


def test_sigkill_mid_raid_keeps_the_campaign_id_and_every_member_once(start_worker: Any, tmp_path: Any) -> None:
    worker: WorkerHandle = start_worker(launch=False, VIGIE_CAMPAIGNS="on", VIGIE_BATCH_SIZE="128", **QUICK_UPDATES)
    campaigns, _ = campaign_topics(worker)
    worker.start(tmp_path)
    posts, raid = raid_feed(seed=16)
    half = next(i for i, p in enumerate(posts) if p["id"] == "raid-24")  # the raid's second half starts here
    worker.produce(posts[:half])
    before = wait_campaign(worker, campaigns, 20)
    assert len(before) == 1
    (opened,) = before.values()
    assert 5 <= opened["post_count"] < len(raid)  # the kill lands mid-raid, the campaign open
    worker.stop(signal.SIGKILL)
    worker.start(tmp_path)
    worker.produce(posts[half:])
    after = wait_campaign(worker, campaigns, len(raid), timeout=180)
    assert list(after) == [opened["campaign_id"]], after.keys()  # the same id continues
    (event,) = after.values()
    members = event["post_ids"]
    print(f"\nafter the kill: campaign {event['campaign_id']} {event['post_count']} posts "
          f"({len(set(members) & raid)}/{len(raid)} raid posts) by {event['author_count']} authors")
    assert len(members) == len(set(members)) == event["post_count"]  # none counted twice
    assert set(members) == raid  # none lost
    assert event["author_count"] == 24
