"""The band-partitioned campaign route, pure: band partitions (``BandSide``) answer links, one cluster side
(``LinkBook``) places them, in any interleaving of the partitions, with crashes and re-deliveries."""

from __future__ import annotations

import random
from collections import deque
from typing import cast

import pytest
from campaign_corpus import HATEFUL, SHORT_HATEFUL
from test_campaigns_core import T0, items, scenario

from worker.pipeline.campaigns import (
    BandSide,
    Cluster,
    Indexed,
    Item,
    Link,
    LinkBook,
    band_partition,
    campaign_id,
)
from worker.pipeline.fingerprint import BANDS, fingerprint_batch


class Route:
    """``partitions`` band partitions spread over ``processes`` processes (one ``BandSide`` each, over the shared
    record table, as Faust tables are per process), a link queue, one ``LinkBook``; the tables survive crashes."""

    def __init__(self, partitions: int, processes: int, rng: random.Random) -> None:
        self.partitions = partitions
        self.rng = rng
        self.owner = {p: p % processes for p in range(partitions)}
        self.records: dict[str, tuple[Indexed, ...]] = {}
        self.sides = {k: self._side(k) for k in range(processes)}
        self.queues: dict[int, list[list[Item]]] = {p: [] for p in range(partitions)}
        self.done = dict.fromkeys(range(partitions), 0)  # messages answered (committed) per partition
        self.links: deque[list[Link]] = deque()
        self.members: dict[str, Indexed] = {}
        self.clusters: dict[str, Cluster] = {}
        self.book = LinkBook(self.members, self.clusters)
        self.events: list[dict[str, object]] = []
        self.announced: list[Indexed] = []

    def _side(self, process: int) -> BandSide:
        side = BandSide(self.records, self.partitions)
        side.rebuild(p for p, k in self.owner.items() if k == process)
        return side

    def send(self, batch: list[Item]) -> None:
        """The moderation side: one message a band partition holding a key of some post of the batch."""
        for p in range(self.partitions):
            part = [it for it in batch if it.fingerprint and any(band_partition(k, self.partitions) == p
                                                                 for k in it.fingerprint.bands)]
            if part:
                self.queues[p].append(part)

    def answer(self, p: int, *, crash: bool = False) -> None:
        offset = self.done[p]
        side = self.sides[self.owner[p]]
        links = side.answer(p, f"{p}:{offset}", self.queues[p][offset])
        if crash:  # the process dies after its table write, before the links are sent and the message acked
            self.sides[self.owner[p]] = self._side(self.owner[p])
            return  # delivered again to the new process
        self.links.append(links)
        self.done[p] += 1

    def place(self, *, crash: bool = False) -> None:
        links = self.links[0]
        announce, events = self.book.process(links)
        if crash:  # the tables were written; the links were not acked: delivered again to a new book
            self.book = LinkBook(self.members, self.clusters)
            return
        self.links.popleft()
        self.events += events
        self.announced += announce

    def run(self, posts: list[Item], batch: int, crash_rate: float = 0.0) -> None:
        for i in range(0, len(posts), batch):
            self.send(posts[i : i + batch])
            self.step(crash_rate, keep=self.rng.randrange(3))  # partitions lag behind each other
        self.step(crash_rate, keep=0)

    def step(self, crash_rate: float, keep: int) -> None:
        rng = self.rng
        while True:
            ready = [p for p in range(self.partitions) if len(self.queues[p]) - self.done[p] > keep]
            if not ready and (not self.links or keep):
                return
            if ready and (not self.links or rng.random() < 0.7):
                self.answer(rng.choice(ready), crash=rng.random() < crash_rate)
            elif self.links:
                self.place(crash=rng.random() < crash_rate)


def opened(route: Route) -> list[Cluster]:
    return [c for c in route.clusters.values() if c.opened]


def test_band_partitions_own_disjoint_keys_spread_over_all_partitions() -> None:
    fps = [fp for fp in fingerprint_batch([f"texte numéro {i} sur les élections et le budget" for i in range(200)])
           if fp is not None]
    owners = [band_partition(k, 4) for fp in fps for k in fp.bands]
    counts = [owners.count(p) for p in range(4)]
    assert len(owners) == len(fps) * BANDS and min(counts) > 0.2 * len(owners)  # about a quarter each
    side = BandSide({}, 4)
    assert sorted(k for p in range(4) for k in side.own_keys(fps[0], p)) == sorted(fps[0].bands)


@pytest.mark.parametrize(("seed", "text", "partitions", "processes", "crash_rate"), [
    (0, HATEFUL, 4, 1, 0.0), (1, HATEFUL, 4, 2, 0.0), (2, SHORT_HATEFUL, 4, 4, 0.0), (3, SHORT_HATEFUL, 8, 3, 0.0),
    (4, HATEFUL, 4, 2, 0.1), (5, SHORT_HATEFUL, 4, 1, 0.1), (6, HATEFUL, 6, 3, 0.2), (7, SHORT_HATEFUL, 4, 2, 0.2),
])
def test_a_raid_is_one_campaign_whatever_the_interleaving_and_crashes(seed: int, text: str, partitions: int,
                                                                       processes: int, crash_rate: float) -> None:
    route = Route(partitions, processes, random.Random(seed))
    route.run(items(scenario(seed, text)), batch=48, crash_rate=crash_rate)
    (campaign,) = opened(route)
    assert {e["campaign_id"] for e in route.events} == {campaign.cluster_id}  # one id, never another
    members = set(campaign.post_ids)
    assert sum(p.startswith("v") for p in members) >= 0.9 * 24
    assert all(p.startswith("v") for p in members)  # no unrelated post
    assert campaign.author_count == campaign.post_count == len(members)  # each counted once
    if not crash_rate:  # (a crash between the table writes and the events can lose the event that opened it)
        assert route.events[0]["status"] == "opened" and cast(int, route.events[0]["author_count"]) >= 5
    announced = {ind.member.post_id for ind in route.announced}
    # the moderation side learns the campaign: from the members whose own link came (a post that met no earlier
    # near-duplicate on any of its partitions has none, and no keys to announce)
    assert announced <= members and len(announced) >= 0.75 * len(members)


def test_ordinary_posts_make_few_links_and_no_campaign() -> None:
    rng = random.Random(11)
    posts = [p for p in scenario(11) if not p[0].startswith("v")]
    route = Route(4, 2, rng)
    route.run(items(posts), batch=64)
    assert not opened(route) and not route.events
    assert len(route.members) < 0.05 * len(posts)  # nearly every post stays on the band side


def test_a_replayed_message_links_again_and_changes_no_count() -> None:
    route = Route(4, 1, random.Random(3))
    feed = items(scenario(3))
    route.run(feed, batch=64)
    (campaign,) = opened(route)
    before = (campaign.post_count, campaign.author_count, len(route.members))
    for p in range(4):  # every message of every partition delivered again
        for offset, message in enumerate(route.queues[p]):
            route.links.append(route.sides[0].answer(p, f"{p}:{offset}", message))
    route.step(0.0, keep=0)
    (again,) = opened(route)
    assert again.cluster_id == campaign.cluster_id
    assert (again.post_count, again.author_count, len(route.members)) == before


def test_the_band_side_expires_with_the_window_and_stays_within_its_caps() -> None:
    records: dict[str, tuple[Indexed, ...]] = {}
    side = BandSide(records, 2, window=60.0, max_posts=300)
    rng = random.Random(5)
    feed = items([(f"p{i}", f"a{i}", f"message {i} {rng.random()} sur le budget des retraites", False)
                  for i in range(1_000)], step=0.5)
    for i in range(0, len(feed), 50):
        for p in range(2):
            side.answer(p, f"{p}:{i}", feed[i : i + 50])
        assert len(side) <= 300 and len(side.posts) == len(side)
    # posts leave in arrival order: one message's span (25 s) may wait behind a newer post of another partition
    assert all(m[0].at >= side.watermark - 60.0 - 25.0 for m in side.posts.values())
    # a record goes when its last post does: it holds what the index holds, and no record only what it dropped
    held = {(r, ind.member.post_id) for r, rows in records.items() for ind in rows}
    assert held >= {(r, m.post_id) for r, _, _, m in side.order}
    assert set(records) == {r for r, _, _, _ in side.order}
    restored = BandSide(records, 2, window=60.0, max_posts=300)
    restored.rebuild([0, 1])
    # the posts of the window (the live index may keep one message's span more, waiting behind newer posts)
    assert set(restored.posts) <= set(side.posts)
    assert set(restored.posts) >= {p for p, held in side.posts.items() if held[0].at >= side.watermark - 60.0}


def test_a_rebuild_takes_only_the_partitions_owned() -> None:
    records: dict[str, tuple[Indexed, ...]] = {}
    side = BandSide(records, 4)
    feed = items([(f"p{i}", "a", f"un texte de test numéro {i} sur la mairie", False) for i in range(20)])
    for p in range(4):
        side.answer(p, f"{p}:0", feed)
    one = BandSide(records, 4)
    one.rebuild([2])
    assert one.buckets and all(band_partition(k, 4) == 2 for k in one.buckets)
    assert all(held[1] == 1 << 2 for held in one.posts.values())


def test_a_link_to_a_cluster_keeps_its_id_and_an_unplaced_pair_founds_one_from_its_oldest_post() -> None:
    feed = items([(f"v{i}", f"t{i}", HATEFUL + f" {'!' * i}", True) for i in range(3)], start=T0)
    members: dict[str, Indexed] = {}
    book = LinkBook(members, {}, min_authors=2)

    def member(it: Item) -> object:
        side = BandSide({}, 1)
        side.answer(0, "0:0", [it])
        return side.posts[it.post_id][0]

    a, b, c = feed
    _, events = book.process([Link(b, (member(a),))])  # b links to a: a founds the cluster
    assert [e["campaign_id"] for e in events] == [campaign_id("v0")] and events[0]["status"] == "opened"
    _, events = book.process([Link(c, (member(b),)), Link(c, (member(a),))])
    assert members["v2"].member.cluster == campaign_id("v0")
    assert members["v1"].keys and not members["v0"].keys  # keys known from a post's own link only


def test_every_event_of_the_raid_carries_a_sample_of_its_text() -> None:
    """The moderation side sends a post's text to one of its band partitions only (the bytes of the others)."""
    route = Route(4, 2, random.Random(8))
    texts = {it.post_id: it.text for it in items(scenario(8))}
    original = route.send

    def send(batch: list[Item]) -> None:
        original(batch)
        for p in range(4):  # keep the text in the message of the post's first key's partition only
            for message in route.queues[p][len(route.queues[p]) - 1 :]:
                message[:] = [Item(it.post_id, it.author, it.at, it.fingerprint, it.flagged, it.categories,
                                   it.text if it.fingerprint and band_partition(it.fingerprint.bands[0], 4) == p
                                   else "") for it in message]

    route.send = send  # type: ignore[method-assign]
    route.run(items(scenario(8)), batch=48)
    (campaign,) = opened(route)
    assert route.events and all(e["sample_text"] for e in route.events)
    assert campaign.sample_text in {texts[p][:280] for p in texts}
