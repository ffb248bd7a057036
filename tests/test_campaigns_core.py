"""Campaign and offender state, pure: clusters, stable ids, exact counts under replay, rate limit, expiry, events."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from campaign_corpus import HATEFUL, SHORT_HATEFUL, ordinary, short, variant
from jsonschema import Draft202012Validator

from worker.pipeline.campaigns import (
    BUCKET_CAP,
    BandIndex,
    Bucket,
    CampaignTracker,
    Cluster,
    ClusterBook,
    Item,
    Lookup,
    Member,
    Offender,
    OffenderTracker,
    campaign_id,
    event_time,
    lookup,
    ranked_clusters,
)
from worker.pipeline.fingerprint import BANDS, fingerprint_batch
from worker.pipeline.normalize import normalize_batch

SCHEMAS = Path(__file__).parents[1] / "schemas"
T0 = 1_764_000_000.0


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def items(posts: list[tuple[str, str | None, str, bool]], start: float = T0, step: float = 0.3) -> list[Item]:
    """(post id, author, text, flagged) -> items, one every ``step`` seconds of event time."""
    fps = fingerprint_batch([n.text for n in normalize_batch([p[2] for p in posts])])
    return [
        Item(pid, author, start + k * step, found, flagged, ("origin",) if flagged else (), text)
        for k, ((pid, author, text, flagged), found) in enumerate(zip(posts, fps, strict=True))
    ]


def size(bucket: Bucket) -> int:
    return len(bucket) if isinstance(bucket, tuple) else 1


def run(tracker: CampaignTracker, batch: list[Item], size: int = 64) -> list[dict[str, object]]:
    events = []
    for i in range(0, len(batch), size):
        events += tracker.process(batch[i : i + size])[1]
    return events


def fresh(**kwargs: float) -> tuple[CampaignTracker, dict[bytes, Bucket], dict[str, Cluster]]:
    bands: dict[bytes, Bucket] = {}
    clusters: dict[str, Cluster] = {}
    return CampaignTracker(bands, clusters, **kwargs), bands, clusters  # type: ignore[arg-type]


def scenario(seed: int, text: str = HATEFUL) -> list[tuple[str, str | None, str, bool]]:
    """24 authors post variants of one hateful text among 1,500 ordinary posts from 3,000 possible authors."""
    rng = random.Random(seed)
    posts: list[tuple[str, str | None, str, bool]] = [
        (f"o{i}", f"user{rng.randrange(3_000)}", short(rng) if rng.random() < 0.2 else ordinary(rng), False)
        for i in range(1_500)
    ]
    posts += [(f"v{i}", f"troll{i}", variant(text, rng), True) for i in range(24)]
    rng.shuffle(posts)
    return posts


@pytest.mark.parametrize(
    ("seed", "text"), [(0, HATEFUL), (1, HATEFUL), (2, SHORT_HATEFUL), (3, SHORT_HATEFUL)]
)
def test_variants_from_24_authors_form_one_campaign_and_nothing_else_does(seed: int, text: str) -> None:
    tracker, _, clusters = fresh()
    events = run(tracker, items(scenario(seed, text)))
    campaigns = {e["campaign_id"] for e in events}
    assert len(campaigns) == 1
    (campaign,) = (c for c in clusters.values() if c.opened)
    members = set(campaign.post_ids)
    assert sum(p.startswith("v") for p in members) >= 0.9 * 24
    assert all(p.startswith("v") for p in members)  # no unrelated post
    assert campaign.author_count == campaign.post_count == len(members)
    assert campaign.flagged_count == campaign.post_count and campaign.categories == ("origin",)
    assert events[0]["status"] == "opened" and events[0]["author_count"] == 5


def test_a_batch_processed_in_slices_gives_what_it_gives_at_once() -> None:
    # The stream processes a batch in slices (the event loop runs in between): the same ids, events and state.
    batch = items(scenario(0))
    whole, _, whole_clusters = fresh()
    expected = [whole.process(batch[i : i + 512]) for i in range(0, len(batch), 512)]
    sliced, _, sliced_clusters = fresh()
    got = []
    for i in range(0, len(batch), 512):
        steps = sliced.steps(batch[i : i + 512], 7)
        done = []
        while True:
            try:
                done.append(next(steps))
            except StopIteration as finished:
                got.append(finished.value)
                break
        assert done == list(range(7, min(512, len(batch) - i), 7))  # it did yield between slices
    assert got == expected and any(events for _, events in got)
    assert sliced_clusters == whole_clusters


class CountingStore(dict):  # type: ignore[type-arg]
    """The clusters' store, counting assignments: what a Faust table logs to its changelog."""

    writes = 0

    def __setitem__(self, key: str, value: Cluster) -> None:
        self.writes += 1
        super().__setitem__(key, value)


def test_a_cluster_is_written_back_once_a_batch_with_what_it_holds_at_the_end() -> None:
    # Written once per post, a raid's cluster (up to 1,000 post ids) was re-logged for each post that joined it.
    rng = random.Random(5)
    batch = items([(f"v{i}", f"troll{i}", variant(HATEFUL, rng), True) for i in range(60)])
    store = CountingStore()
    tracker = CampaignTracker({}, store)
    tracker.process(batch[:30])
    assert 1 <= store.writes <= 2  # created (so the batch's next post finds it), then the batch's write-back
    logged = store.writes
    tracker.process(batch[30:])
    assert store.writes == logged + 1
    (cluster,) = store.values()
    assert cluster.post_count >= 0.9 * 60 and cluster.opened


def test_ordinary_posts_alone_form_no_campaign() -> None:
    tracker, _, clusters = fresh()
    posts = [p for p in scenario(5) if not p[0].startswith("v")]
    assert run(tracker, items(posts)) == []
    assert not any(c.opened for c in clusters.values())


def test_short_and_common_posts_never_form_campaigns() -> None:
    tracker, bands, _ = fresh()
    posts = [
        (f"s{i}", f"a{i}", text, True)
        for i, text in enumerate(["merci", "+1", "LINK", "bonne journée à tous"] * 25)
    ]
    assert run(tracker, items(posts)) == []
    assert bands == {}


def test_replaying_batches_changes_no_count_and_emits_nothing() -> None:
    tracker, bands, clusters = fresh()
    batch = items(scenario(0))
    run(tracker, batch)
    before = {
        cid: (c.post_count, c.author_count, c.flagged_count, list(c.post_ids)) for cid, c in clusters.items()
    }
    sizes = {key: size(bucket) for key, bucket in bands.items()}
    assert before  # the precondition: there are counts to keep
    for replayed in (batch[-300:], batch[-64:], list(reversed(batch[-100:]))):
        assert run(tracker, replayed) == []
    # a restart: a new tracker over the same (restored) tables
    again = CampaignTracker(bands, clusters)
    assert run(again, batch[-500:]) == []
    after = {
        cid: (c.post_count, c.author_count, c.flagged_count, list(c.post_ids)) for cid, c in clusters.items()
    }
    assert after == before
    assert {key: size(bucket) for key, bucket in bands.items()} == sizes


def test_campaign_ids_are_the_same_on_every_run_and_come_from_the_first_post() -> None:
    batch = items(scenario(1))
    ids = []
    for _ in range(2):
        tracker, _, _ = fresh()
        ids.append([e["campaign_id"] for e in run(tracker, batch)])
    assert ids[0] == ids[1] and len(set(ids[0])) == 1
    first_variant = next(i.post_id for i in batch if i.post_id.startswith("v"))
    assert ids[0][0] == campaign_id(first_variant)


def test_the_sides_partitioned_by_key_give_what_one_process_gives() -> None:
    """Band buckets spread over 4 partitions (as a table partitioned by band key), clusters over 3: per-partition
    lookups merged on the post's side, then the cluster side, reach the same campaigns and counts."""
    batch = items(scenario(6))
    tracker, _, clusters = fresh()
    expected = run(tracker, batch, size=1)
    indexes = [BandIndex({}) for _ in range(4)]
    books = [ClusterBook({}) for _ in range(3)]

    def book(cid: str) -> ClusterBook:
        return books[int(cid[-4:], 16) % 3]

    got: list[dict[str, object]] = []
    for item in batch:
        fp = item.fingerprint
        if fp is None:
            continue
        found = Lookup()
        for part, index in enumerate(indexes):
            keys = [key for key in fp.bands if key[-1] % 4 == part]
            found = found.merge(lookup(index, keys, item.post_id, fp.sketch, item.at))
        assert found.replay_of is None
        cid = campaign_id(item.post_id)
        events: dict[str, dict[str, object]] = {}
        for candidate in ranked_clusters(found.confirmed):
            members = [m for m in found.confirmed if m.cluster == candidate]
            if book(candidate).join(candidate, members, item, events):
                cid = candidate
                break
        got += events.values()
        member = Member(item.post_id, item.author, item.at, cid, fp.sketch, item.flagged, item.categories)
        for part, index in enumerate(indexes):
            index.add([key for key in fp.bands if key[-1] % 4 == part], member, item.at)
    assert expected and got == expected
    spread = {cid: c.post_count for b in books for cid, c in b.store.items()}
    assert spread == {cid: c.post_count for cid, c in clusters.items()}


def test_the_cluster_side_refuses_a_post_far_from_its_first_post() -> None:
    book = ClusterBook({})
    first, near, far = items(
        [
            ("a", "x", HATEFUL, True),
            ("b", "y", HATEFUL + " #Honte", True),
            ("c", "z", "le match de ce soir au stade était incroyable, quel but à la dernière minute", False),
        ]
    )
    assert first.fingerprint is not None
    seed = Member("a", "x", first.at, campaign_id("a"), first.fingerprint.sketch, True, ())
    assert book.join(campaign_id("a"), [seed], near, {})
    assert not book.join(campaign_id("a"), [seed], far, {})
    assert book.store[campaign_id("a")].post_count == 2


def test_process_returns_the_open_campaign_of_each_post() -> None:
    tracker, _, _ = fresh()
    batch = items([(f"v{i}", f"a{i}", HATEFUL, True) for i in range(6)])
    assigned, events = tracker.process(batch)
    cid = campaign_id("v0")
    assert assigned == [None, None, None, None, cid, cid]
    assert [e["status"] for e in events] == ["opened"] and events[0]["post_count"] == 6


def test_one_author_or_authors_spread_beyond_the_window_open_nothing() -> None:
    tracker, _, clusters = fresh()
    assert run(tracker, items([(f"p{i}", "same", HATEFUL, True) for i in range(20)])) == []
    tracker, _, clusters = fresh()
    spread = items([(f"p{i}", f"a{i}", HATEFUL, True) for i in range(8)], step=200.0)  # 5 authors span 800 s
    assert run(tracker, spread, size=1) == []


def test_updates_are_rate_limited_by_time_and_doubling() -> None:
    tracker, _, clusters = fresh()
    rng = random.Random(4)
    posts = [(f"v{i}", f"a{i}", variant(HATEFUL, rng), True) for i in range(400)]
    events = run(tracker, items(posts, step=0.5), size=8)  # 200 s of event time, 50 batches
    statuses = [e["status"] for e in events]
    assert statuses[0] == "opened" and set(statuses[1:]) == {"updated"}
    assert len(events) <= 1 + 9 + 4  # opened, doublings up to 400, one per 60 s
    counts = [e["post_count"] for e in events]
    assert counts == sorted(counts)
    (cluster,) = clusters.values()
    assert cluster.post_count == 400 > counts[-1]  # the last posts came too soon after the last update
    assert [e["post_count"] for e in tracker.due(T0 + 200.0)] == []  # not yet 60 s since the last event
    assert [e["post_count"] for e in tracker.due(T0 + 260.0)] == [400]  # a timer releases them
    assert tracker.due(T0 + 400.0) == []


def test_expiry_frees_the_state() -> None:
    tracker, bands, clusters = fresh()
    run(tracker, items(scenario(0)))
    assert bands and clusters
    tracker.expire(T0 + 10_000.0)
    assert bands == {} and clusters == {}


def test_a_restored_index_still_expires() -> None:
    """After a restart the tables come back without the arrival order: the first expiry rebuilds it."""
    tracker, bands, clusters = fresh()
    run(tracker, items(scenario(0)))
    restored = CampaignTracker(dict(bands), dict(clusters))
    assert restored.index.store
    restored.expire(T0 + 10_000.0)
    assert restored.index.store == {} and restored.clusters == {}


def test_a_late_post_sweeps_what_left_the_window() -> None:
    tracker, bands, clusters = fresh()
    run(tracker, items([(f"v{i}", f"a{i}", HATEFUL, True) for i in range(6)]))
    late = items(
        [("late", "z", "le match de ce soir au stade était vraiment incroyable", False)], start=T0 + 700.0
    )
    run(tracker, late)
    assert clusters == {} and len(bands) == BANDS  # only the late post's buckets


def test_buckets_and_the_index_stay_within_their_caps() -> None:
    tracker, bands, _ = fresh(max_buckets=2_000)
    rng = random.Random(9)
    posts = [(f"o{i}", f"u{i}", ordinary(rng), False) for i in range(400)]
    posts += [(f"c{i}", f"c{i}", HATEFUL, True) for i in range(100)]
    for k in range(0, len(posts), 50):
        tracker.process(items(posts[k : k + 50], start=T0 + k))
        assert len(bands) <= 2_000
    assert max(size(bucket) for bucket in bands.values()) == BUCKET_CAP


def test_the_index_holds_at_most_max_posts_even_when_they_share_buckets() -> None:
    # 500 copies of one text share 20 buckets: the bucket cap alone would keep every post of the window.
    tracker, bands, _ = fresh(max_posts=100)
    posts = [(f"c{i}", f"c{i}", HATEFUL, True) for i in range(500)]
    for k in range(0, len(posts), 50):
        tracker.process(items(posts[k : k + 50], start=T0 + k))
        assert len(tracker.index) <= 100
    assert len(bands) == BANDS


def test_campaign_events_validate_against_the_schema() -> None:
    tracker, _, _ = fresh()
    events = run(tracker, items(scenario(2)))
    assert events
    check = validator("campaign")
    for event in events:
        check.validate(event)
        assert event["post_count"] >= len(event["post_ids"])  # type: ignore[operator]


def flagged(author: str, ids: list[str], start: float = T0, step: float = 60.0) -> list[Item]:
    return [Item(pid, author, start + k * step, None, True, ("religion",)) for k, pid in enumerate(ids)]


def test_three_flags_make_one_offender_event() -> None:
    store: dict[str, Offender] = {}
    tracker = OffenderTracker(store)
    events = tracker.process(flagged("bad", ["p1", "p2", "p3"]) + flagged("once", ["q1"]))
    assert len(events) == 1
    (event,) = events
    assert (
        event["author_id"] == "bad" and event["flag_count"] == 3 and event["post_ids"] == ["p1", "p2", "p3"]
    )
    assert event["window_seconds"] == 86_400 and event["categories"] == ["religion"]
    validator("offender").validate(event)
    assert (
        tracker.flag_count("bad") == 3
        and tracker.flag_count("once") is None
        and tracker.flag_count(None) is None
    )


def test_offender_events_come_at_three_and_as_the_count_grows_never_for_duplicates() -> None:
    tracker = OffenderTracker({})
    seen = []
    posts = ["p1", "p2", "p2", "p1", "p3", "p3", "p4", "p4"]
    for k, pid in enumerate(posts):  # one post per batch, each replayed once
        seen += [e["flag_count"] for e in tracker.process(flagged("bad", [pid], start=T0 + k))]
    assert seen == [3, 4]
    unflagged = Item("p9", "bad", T0 + 20, None, False)
    assert tracker.process([unflagged]) == []


def test_flags_outside_the_window_do_not_count_and_expire() -> None:
    store: dict[str, Offender] = {}
    tracker = OffenderTracker(store, window=3_600.0)
    assert tracker.process(flagged("bad", ["p1", "p2", "p3"], step=2_000.0)) == []  # never 3 within an hour
    assert tracker.process(flagged("other", ["q1"], start=T0 + 20_000.0)) == []
    assert set(store) == {"other"}


def test_the_offender_table_keeps_at_most_max_authors_the_least_recently_flagged_going_first() -> None:
    store: dict[str, Offender] = {}
    tracker = OffenderTracker(store, max_authors=10)
    tracker.process(flagged("bad", ["b1", "b2"], start=T0, step=1.0))  # two flags early on
    for k in range(30):  # thirty authors flagged once each, later, one batch each
        tracker.process(flagged(f"once{k}", [f"q{k}"], start=T0 + 10 + k))
        assert len(store) <= 10
    assert "bad" not in store and "once0" not in store and "once29" in store
    events = tracker.process(flagged("bad", ["b3"], start=T0 + 100))
    assert events == []  # its first two flags were forgotten with it: one flag now
    events = tracker.process(flagged("bad", ["b4", "b5"], start=T0 + 101, step=1.0))
    assert [e["flag_count"] for e in events] == [3] and len(store) <= 10


def test_event_time_prefers_created_at() -> None:
    written = 1_795_514_470_000  # the record's timestamp, 10 s after the post was created
    assert event_time("2026-11-24T10:01:00Z", written) == 1_795_514_460.0
    assert event_time("2026-11-24T11:01:00+01:00", None) == 1_795_514_460.0
    assert event_time(1_795_514_460_000, written) == 1_795_514_460.0
    assert event_time("2025-01-01T00:00:00Z", written) == 1_735_689_600.0  # old posts keep their date (a replay)
    assert event_time(None, 1_795_514_460_500) == 1_795_514_460.5
    assert event_time("not a date", 1_000) == 1.0
    assert event_time(None, None) is None
    assert event_time(10**18, 2_000) == 2.0  # beyond year 9999: the record's timestamp
    assert event_time(10**18, -1) is None  # Kafka's "no timestamp"


def test_a_created_at_far_ahead_of_the_record_does_not_expire_the_state() -> None:
    written = 1_795_514_470_000
    assert event_time("2099-01-01T00:00:00Z", written) == 1_795_514_470.0  # not believed: the record's time
    assert event_time(written + 200_000, written) == 1_795_514_670.0  # within the clock skew allowed: kept
    assert event_time(written + 400_000, written) == 1_795_514_470.0
