"""Campaigns and repeat offenders on the real broker: the worker with ``VIGIE_CAMPAIGNS=on`` (the default; set here
explicitly, so these tests keep their meaning whatever the default)."""

from __future__ import annotations

import asyncio
import json
import math
import random
import time
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from campaign_corpus import HATEFUL, ordinary, variant
from jsonschema import Draft202012Validator
from kafka_helpers import WorkerHandle, create_topics, new_name, read_topic

pytestmark = pytest.mark.integration

RAID_AUTHORS = 24
# A campaign's last update comes when its count doubled or this many seconds of event time passed (the timer moves
# event time on with the clock): 5 s instead of the default 60, so a test does not wait a minute for it.
QUICK_UPDATES = {"VIGIE_CAMPAIGN_UPDATE_INTERVAL": "5"}
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMAS / f"{name}.schema.json").read_text()))


def raid_feed(seed: int = 15) -> tuple[list[dict[str, Any]], set[str]]:
    """1,500 ordinary posts from thousands of authors with a raid of 24 authors' variants of one hateful text."""
    rng = random.Random(seed)
    base = 1_767_000_000_000  # epoch ms: every post within two minutes of event time
    posts: list[dict[str, Any]] = [
        {"id": f"o-{i}", "text": ordinary(rng), "author_id": f"user-{rng.randrange(5000)}", "created_at": base + i * 50}
        for i in range(1500)
    ]
    raid = [
        {"id": f"raid-{i}", "text": variant(HATEFUL, rng), "author_id": f"raider-{i % RAID_AUTHORS}",
         "created_at": base + 20_000 + i * 1000}
        for i in range(2 * RAID_AUTHORS)
    ]
    for i, post in enumerate(raid):
        posts.insert(300 + i * 25, post)
    return posts, {p["id"] for p in raid}


def campaign_topics(worker: WorkerHandle) -> tuple[str, str]:
    campaigns, offenders = new_name("campaigns"), new_name("offenders")
    create_topics(worker.bootstrap, [campaigns, offenders], worker.partitions)
    worker.env_overrides.update(VIGIE_CAMPAIGN_TOPIC=campaigns, VIGIE_OFFENDER_TOPIC=offenders)
    return campaigns, offenders


def latest_by_campaign(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for ev in events:
        if ev["post_count"] >= latest.get(ev["campaign_id"], {"post_count": -1})["post_count"]:
            latest[ev["campaign_id"]] = ev
    return latest


def wait_campaign(worker: WorkerHandle, topic: str, members: int, timeout: float = 120) -> dict[str, dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        if worker.proc is not None and worker.proc.poll() is not None:
            raise AssertionError(f"worker exited:\n{worker.logs()[-3000:]}")
        latest = latest_by_campaign(read_topic(worker.bootstrap, topic, idle=1.5))
        if any(ev["post_count"] >= members for ev in latest.values()) or time.monotonic() > deadline:
            return latest
        time.sleep(1)


def test_a_raid_opens_one_campaign_and_ordinary_posts_none(start_worker: Any, tmp_path: Any) -> None:
    worker: WorkerHandle = start_worker(launch=False, create=True, VIGIE_CAMPAIGNS="on", VIGIE_BATCH_SIZE="128",
                                        **QUICK_UPDATES)
    campaigns, offenders = campaign_topics(worker)
    worker.start(tmp_path)
    posts, raid = raid_feed()
    worker.produce(posts)
    latest = wait_campaign(worker, campaigns, math.ceil(0.9 * len(raid)))  # what the assert below asks
    assert len(latest) == 1, latest.keys()
    every = read_topic(worker.bootstrap, campaigns, idle=1.0)
    for ev in every:
        validator("campaign").validate(ev)  # the events as the schema says
    assert [ev["status"] for ev in every][0] == "opened"
    (event,) = latest.values()
    members = set(event["post_ids"])
    print(f"\ncampaign {event['campaign_id']}: {len(members & raid)}/{len(raid)} raid posts, "
          f"{len(members - raid)} others, {event['author_count']} authors")
    assert len(members & raid) >= 0.9 * len(raid)
    assert not members - raid  # no unrelated post
    assert event["author_count"] <= RAID_AUTHORS and event["schema"] == "vigie.campaign.v1"
    assert worker.metric("vigie_campaign_events_total", {"status": "opened"}) == 1


def test_two_workers_in_one_group_share_one_campaign(start_worker: Any, tmp_path: Any) -> None:
    first: WorkerHandle = start_worker(launch=False, VIGIE_CAMPAIGNS="on", VIGIE_BATCH_SIZE="64", **QUICK_UPDATES)
    campaigns, _ = campaign_topics(first)
    first.start(tmp_path)
    second = first.sibling().start(tmp_path)
    first.wait_ready()
    second.wait_ready(timeout=120)
    posts, raid = raid_feed(seed=17)
    first.produce(posts)
    try:
        first.wait_metric("vigie_messages_consumed_total", 1, timeout=60)
        second.wait_metric("vigie_messages_consumed_total", 1, timeout=60)  # both moderate input partitions
        latest = wait_campaign(first, campaigns, math.ceil(0.9 * len(raid)))
    finally:
        second.stop()
    assert len(latest) == 1, latest.keys()  # one campaign, not one per worker or partition
    (event,) = latest.values()
    assert len(set(event["post_ids"]) & raid) >= 0.9 * len(raid) and not set(event["post_ids"]) - raid


def test_an_author_flagged_three_times_on_different_partitions_is_one_offender(start_worker: Any,
                                                                                tmp_path: Any) -> None:
    worker: WorkerHandle = start_worker(launch=False, VIGIE_CAMPAIGNS="on", VIGIE_BATCH_SIZE="64",
                                        **QUICK_UPDATES)
    _, offenders = campaign_topics(worker)
    worker.start(tmp_path)
    hateful = ["Les {} sont des parasites, il faut les chasser du pays.",
               "Les {} sont des rats, dehors !", "Il faut exterminer les {}, ce sont des animaux."]
    groups = ["juifs", "musulmans", "migrants"]
    posts = [{"id": f"rep-{i}", "text": text.format(groups[i]), "author_id": "repeat-author"}
             for i, text in enumerate(hateful)]
    posts += [{"id": f"one-{i}", "text": hateful[i % 3].format(groups[i % 3]), "author_id": f"once-{i}"}
              for i in range(6)]
    worker.produce(posts)  # keyed by post id: the three posts land on different partitions
    outputs = read_topic(worker.bootstrap, worker.flag_topic, expect=len(posts), timeout=90)
    assert {o["post_id"] for o in outputs} == {p["id"] for p in posts}, "every post must be flagged"
    assert len({o["source"]["partition"] for o in outputs if o["post_id"].startswith("rep-")}) > 1
    events = read_topic(worker.bootstrap, offenders, expect=1, timeout=60)
    time.sleep(3)
    events = read_topic(worker.bootstrap, offenders, idle=2)
    assert [(e["author_id"], e["flag_count"]) for e in events] == [("repeat-author", 3)]
    validator("offender").validate(events[0])
    assert sorted(events[0]["post_ids"]) == ["rep-0", "rep-1", "rep-2"]


def test_campaigns_off_leaves_the_worker_as_before(start_worker: Any, kafka_bootstrap: str) -> None:
    worker: WorkerHandle = start_worker(VIGIE_CAMPAIGNS="off", VIGIE_CAMPAIGN_TOPIC=new_name("campaigns"))
    posts, raid = raid_feed()
    worker.produce(posts[:400])
    decisions = read_topic(kafka_bootstrap, worker.decisions_topic, expect=400, timeout=90)
    assert len({d["post_id"] for d in decisions}) == 400
    assert worker.metric("vigie_campaign_posts_total") == 0

    async def topics() -> set[str]:
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
        await admin.start()
        try:
            return set(await admin.list_topics())
        finally:
            await admin.close()

    existing = asyncio.run(topics())
    assert worker.env_overrides["VIGIE_CAMPAIGN_TOPIC"] not in existing  # no output, internal topic nor changelog
    assert not [t for t in existing if t.startswith(worker.group_id)]


def test_flags_after_a_campaign_opens_carry_its_id_and_a_known_offender_his_count(start_worker: Any,
                                                                                     tmp_path: Any) -> None:
    """The moderation side learns the open campaigns and known offenders (worker.pipeline.known): later variants
    of the raid carry the campaign's id, an author's flag after his offender event carries his count."""
    worker: WorkerHandle = start_worker(launch=False, VIGIE_CAMPAIGNS="on", VIGIE_BATCH_SIZE="64",
                                        **QUICK_UPDATES)
    campaigns, offenders = campaign_topics(worker)
    worker.start(tmp_path)
    posts, raid = raid_feed()
    worker.produce(posts)
    worker.wait_ready()
    latest = wait_campaign(worker, campaigns, int(0.9 * len(raid)))
    assert len(latest) == 1, latest.keys()
    (cid,) = latest
    hateful = ["Les {} sont des parasites, il faut les chasser du pays.",
               "Les {} sont des rats, dehors !", "Il faut exterminer les {}, ce sont des animaux.",
               "Les {} sont une vermine, qu'ils dégagent."]
    groups = ["juifs", "musulmans", "migrants", "roms"]
    base = 1_767_000_000_000 + 120_000  # event time within the campaign window of its members
    repeat = [{"id": f"rep-{i}", "text": hateful[i].format(groups[i]), "author_id": "repeat-author",
               "created_at": base + i} for i in range(3)]
    worker.produce(repeat)
    read_topic(worker.bootstrap, offenders, expect=1, timeout=60)  # the author is a known offender now
    rng = random.Random(99)
    later = [{"id": f"late-{i}", "text": variant(HATEFUL, rng), "author_id": f"late-raider-{i}",
              "created_at": base + i * 1000} for i in range(12)]
    plain = [{"id": f"late-o-{i}", "text": ordinary(rng), "author_id": f"user-{i}", "created_at": base + i * 500}
             for i in range(50)]
    fourth = {"id": "rep-3", "text": hateful[3].format(groups[3]), "author_id": "repeat-author", "created_at": base + 3}
    time.sleep(2)  # the offender event and the campaign's members reach the worker's known state
    worker.produce(later + plain + [fourth])
    wanted = {p["id"] for p in later + plain} | {"rep-3"}
    deadline = time.monotonic() + 90
    while True:
        got = {d["post_id"]: d for d in read_topic(worker.bootstrap, worker.decisions_topic, idle=1.5)
               if d["post_id"] in wanted}
        if len(got) == len(wanted) or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert set(got) == wanted
    carried = [p["id"] for p in later if got[p["id"]].get("campaign_id") == cid]
    assert len(carried) >= 0.9 * len(later), (carried, [got[p["id"]].get("campaign_id") for p in later])
    assert not [p["id"] for p in plain if "campaign_id" in got[p["id"]]]
    assert got["rep-3"].get("author_flag_count", 0) >= 3, got["rep-3"]
    assert not [p["id"] for p in plain if "author_flag_count" in got[p["id"]]]
    flags = {f["post_id"]: f for f in read_topic(worker.bootstrap, worker.flag_topic, idle=1.5)}
    assert flags["rep-3"]["author_flag_count"] >= 3
    assert sum(flags[p["id"]].get("campaign_id") == cid for p in later if p["id"] in flags) >= 0.9 * len(later)
    for name, out in (("flag", flags["rep-3"]), ("decision", got["rep-3"]), ("decision", got[carried[0]])):
        validator(name).validate(out)
    assert "repeat-author" not in worker.logs()  # never an author id in a log line
