"""The partitioned campaign route's three stages (band, post, cluster) as pure logic, no Kafka: their messages
delivered in random interleavings, with duplicates, must give what the stream guarantees."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from worker.pipeline.campaigns import (
    UNDECIDED,
    BandIndex,
    ClusterStage,
    Item,
    Neighbour,
    Out,
    Overlay,
    Post,
    PostBook,
    annotate,
    band_answer,
    campaign_id,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from campaign_corpus import HATEFUL, SHORT_HATEFUL  # noqa: E402
from test_campaigns_core import items, scenario  # noqa: E402

PARTS = 4


def part_of(key: bytes) -> int:
    return key[-1] % PARTS


class Route:
    """The three stages over plain dicts, messages in a pool delivered in random order, some twice."""

    def __init__(self, rng: random.Random, duplicate: float = 0.2, crash: float = 0.0) -> None:
        self.rng = rng
        self.duplicate = duplicate
        self.crash = crash
        self.bands = [BandIndex({}) for _ in range(PARTS)]
        self.saved: dict[str, Post] = {}  # the post stage's table (its changelog)
        self.posts = PostBook(Overlay(self.saved))  # type: ignore[arg-type]
        self.clusters = ClusterStage({})
        self.pool: list[tuple[str, tuple[object, ...]]] = []
        self.events: list[dict[str, object]] = []
        self.joined: dict[str, set[str]] = {}  # cid -> distinct post ids sent to it

    def send_item(self, item: Item) -> None:
        assert item.fingerprint is not None
        parts = sorted({part_of(k) for k in item.fingerprint.bands})
        for part in parts:
            self.pool.append(("band", (part, item, tuple(parts))))

    def route(self, outs: list[Out]) -> None:
        for out in outs:
            kind = out[0]
            if kind == "annotate":
                self.pool.append(("annotate", out[1:]))
            elif kind == "join":
                self.pool.append(("join", out[1:]))
            else:
                self.pool.append((str(kind), out[1:]))

    def deliver(self, kind: str, msg: tuple[object, ...]) -> None:
        if kind == "band":
            part, item, parts = msg
            assert isinstance(part, int) and isinstance(item, Item) and isinstance(parts, tuple)
            assert item.fingerprint is not None
            keys = [k for k in item.fingerprint.bands if part_of(k) == part]
            found = band_answer(self.bands[part], keys, item, item.at)
            carried = item if part == parts[0] else None  # as the stream does: the first partition's answer only
            self.pool.append(("answer", (item.post_id, part, parts, found, carried, item.at)))
        elif kind in ("answer", "ask", "tell", "seed"):
            self.post_stage(kind, msg)
        elif kind == "annotate":
            part, post_id, root, item, seed = msg
            assert isinstance(part, int) and isinstance(item, Item) and item.fingerprint is not None
            assert isinstance(seed, bytes)
            keys = [k for k in item.fingerprint.bands if part_of(k) == part]
            annotate(self.bands[part], keys, str(post_id), str(root), seed=seed)
        elif kind == "join":
            root, item = msg
            assert isinstance(item, Item)
            cid = campaign_id(str(root))
            self.joined.setdefault(cid, set()).add(item.post_id)
            events: dict[str, dict[str, object]] = {}
            self.clusters.join(cid, item, events)
            self.events += events.values()

    def post_stage(self, kind: str, msg: tuple[object, ...]) -> None:
        """Stage 2 as the stream runs it: outputs published, then the held-back state written. A crash before the
        outputs loses the message's effects (it comes again later); a crash after them, before the state, replays
        it at once over the same state (Kafka gives it again first: one partition, same order)."""
        while True:
            posts = self.posts
            if kind == "answer":
                post_id, part, parts, found, item, at = msg
                outs = posts.answer(post_id, part, parts, found, item, at)  # type: ignore[arg-type]
            else:
                outs = getattr(posts, kind)(*msg)
            crash = self.rng.random()
            if crash < self.crash / 2:  # before the outputs: nothing happened
                self.restart()
                self.pool.append((kind, msg))
                return
            self.route(outs)
            if crash < self.crash:  # after them, before the state
                self.restart()
                continue
            overlay = posts.store
            assert isinstance(overlay, Overlay)
            overlay.flush()
            return

    def restart(self) -> None:
        clock = self.posts.clock
        self.posts = PostBook(Overlay(self.saved))  # type: ignore[arg-type]
        self.posts.clock = clock
        self.posts.expire()

    def run(self, feed: list[Item], burst: int) -> None:
        pending = list(feed)
        while pending or self.pool:
            if pending and (not self.pool or self.rng.random() < 1 / burst):
                self.send_item(pending.pop(0))
                continue
            kind, msg = self.pool.pop(self.rng.randrange(len(self.pool)))
            self.deliver(kind, msg)
            if self.rng.random() < self.duplicate:  # delivered again later (a replay after a crash)
                self.pool.append((kind, msg))
            if not self.pool and not pending:
                self.posts.clock += 3600
                self.route(self.posts.overdue())


@pytest.mark.parametrize(("seed", "text", "burst"), [(0, HATEFUL, 2), (1, HATEFUL, 40), (2, SHORT_HATEFUL, 8),
                                                     (3, HATEFUL, 200), (4, SHORT_HATEFUL, 40), (5, HATEFUL, 8)])
def test_a_raid_in_random_interleavings_with_duplicates_ends_in_one_cluster_with_exact_counts(
        seed: int, text: str, burst: int) -> None:
    feed = [it for it in items(scenario(seed, text)) if it.fingerprint is not None]
    route = Route(random.Random(seed), crash=0.05)
    route.run(feed, burst)
    opened = {str(e["campaign_id"]) for e in route.events if e["status"] == "opened"}
    assert len(opened) == 1, opened
    (cid,) = opened
    cluster = route.clusters.store[cid]
    members = set(cluster.post_ids)
    raid = {it.post_id for it in feed if it.post_id.startswith("v")}
    print(f"{len(members & raid)}/{len(raid)} raid posts in {cid}, {len(route.clusters.store)} clusters")
    assert len(members & raid) >= 0.9 * len(raid), (len(members & raid), len(raid))
    assert members <= raid  # no unrelated post
    assert cluster.post_count == len(members) == len(route.joined[cid])  # each counted once, none lost
    assert cluster.author_count == len(members)  # one post per author here
    every_root = {p.root for p in route.saved.values() if p.item is not None}
    assert UNDECIDED not in every_root  # every post decided
    for c in route.clusters.store.values():  # everywhere: counts are distinct posts
        assert c.post_count == len(c.post_ids)


def test_a_post_with_no_neighbour_is_its_own_root_and_joins_only_when_another_post_does() -> None:
    (a, b) = [it for it in items([("p1", "a1", HATEFUL, True), ("p2", "a2", HATEFUL + " 😡", True)])]
    book = PostBook({})
    out = book.answer("p1", 0, (0,), [], a)
    assert book.store["p1"].root == "p1" and not [o for o in out if o[0] == "join"]
    out = book.answer("p2", 0, (0,), [Neighbour("p1", a.at, "p1")], b)
    assert ("join", "p1", b) in out and ("seed", "p1", b.at) in out
    assert book.seed("p1", b.at) == [("join", "p1", a)]
    assert book.seed("p1", b.at) == []  # once
    assert book.answer("p2", 0, (0,), [], b) == []  # a replay changes nothing


def test_two_posts_waiting_for_each_other_agree_on_the_earlier() -> None:
    a, b = items([("p1", "a1", HATEFUL, True), ("p2", "a2", HATEFUL + " 😡", True)])
    book = PostBook({})
    # p2 ahead of p1 on partition 0, p1 ahead of p2 on partition 1: each sees the other undecided
    out_a = book.answer("p1", 0, (0, 1), [Neighbour("p2", b.at)], a) + book.answer("p1", 1, (0, 1), [], a)
    out_b = book.answer("p2", 0, (0, 1), [], b) + book.answer("p2", 1, (0, 1), [Neighbour("p1", a.at)], b)
    assert ("ask", "p2", "p1", a.at) in out_a and ("ask", "p1", "p2", b.at) in out_b
    book.ask("p1", "p2", b.at)  # p1 is earlier: it waits for p2 no more and decides itself
    assert book.store["p1"].root == "p1"
    tells = book.ask("p2", "p1", a.at)
    assert tells == []
    out = book.tell("p2", "p1", "p1", a.at)
    assert book.store["p2"].root == "p1" and ("join", "p1", b) in out


def test_the_drift_guard_skips_a_root_too_far_from_the_post_as_the_single_partition_did() -> None:
    """A root whose own sketch is under SEED_THRESHOLD from the post's is skipped for the next by votes; none left:
    the post starts its own cluster (a chain of near-duplicates of near-duplicates does not drift to another text)."""
    a, b = items([("p1", "a1", HATEFUL, True), ("p2", "a2", HATEFUL + " 😡", True)])
    assert b.fingerprint is not None
    near = b.fingerprint.sketch
    far = bytes(255 - x for x in near)  # agrees with the post's sketch nowhere
    book = PostBook({})
    out = book.answer("p2", 0, (0,), [Neighbour("p1", a.at, "r0", far)], b)
    assert book.store["p2"].root == "p2" and book.store["p2"].seed == near
    assert not [o for o in out if o[0] in ("join", "seed")]
    book = PostBook({})
    neighbours = [Neighbour("p1", a.at, "r0", far), Neighbour("p3", a.at, "r0", far), Neighbour("p4", a.at, "r1", near)]
    out = book.answer("p2", 0, (0,), neighbours, b)
    assert book.store["p2"].root == "r1" and ("join", "r1", b) in out  # r0 had more votes but is too far
    assert ("annotate", 0, "p2", "r1", b, near) in out  # the root's sketch goes on with the decision
    book = PostBook({})
    book.answer("p2", 0, (0,), [Neighbour("p1", a.at)], b)  # only undecided: it asks
    book.tell("p2", "p1", "r0", a.at, far)
    assert book.store["p2"].root == "p2"  # told a root too far: its own cluster


def test_the_overlay_holds_writes_back_until_flushed() -> None:
    table: dict[str, object] = {"a": 1, "b": 2}
    overlay = Overlay(table)
    overlay["c"] = 3
    del overlay["a"]
    overlay["b"] = 4
    assert dict(overlay) == {"b": 4, "c": 3} and "a" not in overlay and overlay.get("a") is None
    assert table == {"a": 1, "b": 2}  # nothing written yet
    assert overlay.flush() == 3
    assert table == {"b": 4, "c": 3} and not overlay.pending
