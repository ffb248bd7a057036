"""Campaigns and repeat offenders: pure state logic over dict-like stores, so Faust tables can be passed in.

Every store is a ``MutableMapping``; the trackers write back (``store[key] = value``) every value they change,
because a Faust table logs a change to its changelog only on assignment. No Kafka, no clock, no I/O: time is the
posts' event time (``event_time``: ``created_at``, else the record timestamp) and the trackers keep a watermark,
the latest event time seen.

The stream runs campaigns as ``BandSide`` (the band partitions: the index partitioned by band key, answering
``Link``s for posts with a confirmed near-duplicate) and ``LinkBook`` (one partition: places linked posts in
clusters with ``ClusterBook``); see their docstrings. ``CampaignTracker`` is the same rules in one process, over
every post in arrival order: the reference the band route is tested against and what ``tests/measure_campaigns.py``
measures grouping with.

Campaigns: three sides, each over the state of one key (``CampaignTracker`` runs the three in one process):
- band side, a table keyed by band key (``Fingerprint.bands``; ``BandIndex``): the bucket's recent ``Member``s,
  newest last, at most ``BUCKET_CAP`` of them, none older than the window; a bucket of one is the ``Member``
  itself (most are: 30 % less memory). ``lookup`` returns the members whose sketch confirms them as
  near-duplicates (estimated Jaccard >= ``VERIFY_THRESHOLD``, 0.5, just under the S-curve's 0.55 midpoint: LSH
  already selected, this removes chance collisions), or the cluster of the post itself if it is a replay.
- post side, no state: ``ranked_clusters`` orders the confirmed members' clusters, most members first, then the
  smallest id, so a replay chooses the same.
- cluster side, a table keyed by cluster id (``ClusterBook``): ``join`` counts the post and emits events; it
  refuses a post farther than ``SEED_THRESHOLD`` (0.3) from the cluster's first post, because single linkage
  alone lets a chain of near-duplicates drift from one text to another. A post no cluster takes starts its own.
  Clusters never merge, so ids never change.
- Ids: a cluster's id is ``cmp-`` and 16 hex digits of blake2b(its first post's id): the same input gives the same
  ids in any process, after any restart, and a replay of its first post finds it again.
- A cluster has state (``Cluster``) from its second post on; it becomes a campaign (``opened``) when at least
  ``min_authors`` distinct authors posted in it within the window. Posts without an author count as posts, never
  as authors.
- Exactly once under at-least-once: a post already in one of its own buckets, or among its cluster's latest
  ``MAX_POST_IDS`` posts, is a replay and changes no count (a crash replays the latest posts, which are there).
- Events: ``opened`` once; then ``updated`` only when the post count grew and either ``UPDATE_INTERVAL`` (60 s of
  event time) passed since the last event or the count doubled since it — at most ~log2(n) + duration/60 events
  per campaign, never one per post. One event per campaign per batch (the latest state). ``due(now)``, for a
  timer, releases the updates held back once their interval has passed.
- Bounds: buckets hold ``BUCKET_CAP`` members; clusters keep their latest ``MAX_POST_IDS`` post ids and
  ``MAX_AUTHORS`` authors. Posts leave the index after each batch once older than the window, in arrival order
  (no scan); ``max_buckets`` and ``max_posts`` cap the index whatever the event times (the oldest posts go first: ~150 bytes a
  bucket, so 2,000,000 buckets ~ 300 MB ~ 100,000 posts). Clusters go at a sweep every ``window / 10``.

Repeat offenders (``OffenderTracker``): author -> their distinct flagged posts in the window (latest
``MAX_OFFENDER_FLAGS``; at most ``MAX_OFFENDER_AUTHORS`` authors, the least recently flagged forgotten first); an
event when the count reaches ``min_flags`` and each time it grows past the last
event's count.

Defaults below are the settings' defaults (``VIGIE_CAMPAIGN_MIN_AUTHORS`` and friends); Settings will carry them.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Generator, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from worker.pipeline.fingerprint import Fingerprint, pair_similarities, similarities, similarity, split_keys

__all__ = [
    "CAMPAIGN_MIN_AUTHORS",
    "CAMPAIGN_SCHEMA",
    "CAMPAIGN_WINDOW",
    "OFFENDER_MIN_FLAGS",
    "OFFENDER_SCHEMA",
    "OFFENDER_WINDOW",
    "BUCKETS_PER_POST",
    "MAX_POSTS",
    "BandIndex",
    "BandSide",
    "Bucket",
    "CampaignTracker",
    "Cluster",
    "ClusterBook",
    "Indexed",
    "Item",
    "Link",
    "LinkBook",
    "Lookup",
    "Member",
    "Offender",
    "OffenderTracker",
    "band_partition",
    "campaign_id",
    "event_time",
    "lookup",
    "ranked_clusters",
]

CAMPAIGN_MIN_AUTHORS = 5  # VIGIE_CAMPAIGN_MIN_AUTHORS
CAMPAIGN_WINDOW = 600.0  # VIGIE_CAMPAIGN_WINDOW, seconds
OFFENDER_MIN_FLAGS = 3  # VIGIE_OFFENDER_MIN_FLAGS
OFFENDER_WINDOW = 86_400.0  # VIGIE_OFFENDER_WINDOW, seconds

CAMPAIGN_SCHEMA = "vigie.campaign.v1"
OFFENDER_SCHEMA = "vigie.offender.v1"

VERIFY_THRESHOLD = 0.5
SEED_THRESHOLD = 0.3
BUCKET_CAP = 16
MAX_BUCKETS = 2_000_000  # ~100,000 posts' worth of band entries
# Posts in the index, whatever the buckets they share (near-duplicates share buckets, so MAX_BUCKETS alone let a
# templated backlog index every post of the window); ``campaign_members`` keeps the same posts.
MAX_POSTS = 100_000  # VIGIE_CAMPAIGN_MAX_POSTS
BUCKETS_PER_POST = MAX_BUCKETS // MAX_POSTS  # the bucket cap follows the post cap
MAX_POST_IDS = 1_000
MAX_AUTHORS = 10_000
MAX_OFFENDER_FLAGS = 1_000
# Authors with a flag in the window, per tracker (the offender partitions a worker owns): the window alone leaves the
# table as large as a day's flagged authors. Past the cap the authors whose latest flag is oldest go first, a tenth
# of the cap at a time (one scan each, not one per post).
MAX_OFFENDER_AUTHORS = 100_000  # VIGIE_OFFENDER_MAX_AUTHORS
# Neighbours a link names at most (the closest): a placed one among them places the post, and a post links from
# each band partition where it met one (~4 links a post in a raid), so a few suffice; each costs ~250 bytes on the
# wire and a decoding (24 made the campaign side 7x the single index's CPU on the bench's templated feed, 4: 4.6x).
LINK_NEIGHBOURS = 2
UPDATE_INTERVAL = 60.0  # VIGIE_CAMPAIGN_UPDATE_INTERVAL, seconds of event time
SAMPLE_CHARS = 280
SWEEP_FRACTION = 0.1
_YEAR_10000 = 253_402_300_800.0
# How far a post's created_at may run ahead of the record's timestamp (clocks disagree a little). Further ahead it
# is not believed: one post dated years ahead would move the watermark and expire every campaign and offender.
MAX_CLOCK_SKEW = 300.0


def event_time(created_at: str | int | None, record_timestamp_ms: int | None) -> float | None:
    """Seconds since the epoch: ``created_at`` (RFC 3339 or epoch ms), else the record's timestamp; None when
    neither gives a date that events can carry (years 1970 to 9999). A ``created_at`` more than ``MAX_CLOCK_SKEW``
    after the record's timestamp (a post written to Kafka before it was created) gives way to the timestamp."""
    seconds: float | None = None
    if isinstance(created_at, int) and not isinstance(created_at, bool):
        seconds = created_at / 1000.0
    elif isinstance(created_at, str):
        try:
            parsed = datetime.fromisoformat(created_at)
        except ValueError:
            parsed = None
        if parsed is not None:
            seconds = (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    recorded = record_timestamp_ms / 1000.0 if record_timestamp_ms is not None and record_timestamp_ms >= 0 else None
    if seconds is None or not 0 <= seconds < _YEAR_10000 or (recorded is not None and seconds > recorded + MAX_CLOCK_SKEW):
        seconds = record_timestamp_ms / 1000.0 if record_timestamp_ms is not None else None
    return seconds if seconds is not None and 0 <= seconds < _YEAR_10000 else None


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def campaign_id(first_post_id: str) -> str:
    """A cluster's id, from its first post's id: stable across processes, restarts and replays."""
    return "cmp-" + hashlib.blake2b(first_post_id.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class Item:
    """One valid post as the trackers see it (from the post, its fingerprint and its verdict)."""

    post_id: str
    author: str | None
    at: float
    fingerprint: Fingerprint | None
    flagged: bool = False
    categories: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class Member:
    """What a band bucket keeps of a post."""

    post_id: str
    author: str | None
    at: float
    cluster: str
    sketch: bytes
    flagged: bool
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Indexed:
    """A post as an index keeps it: its band keys (those of one band partition, or all), joined (``split_keys``
    gives them back; b"" when unknown), and its ``Member``. Joined: most of a post's keys name buckets other posts
    created, so its own 20 key objects and their tuple were kept by this entry alone (~1 KB a post)."""

    keys: bytes
    member: Member


# What ``CampaignTracker.process`` returns: each item's open campaign id (or None), the batch's events.
Processed = tuple[list[str | None], list[dict[str, object]]]

# Most buckets hold one post: the Member itself then, 48 bytes less than a 1-tuple.
Bucket = Member | tuple[Member, ...]


class BandIndex:
    """Band key -> recent members (newest last), expired by event time and capped."""

    def __init__(
        self,
        store: MutableMapping[bytes, Bucket],
        window: float = CAMPAIGN_WINDOW,
        bucket_cap: int = BUCKET_CAP,
        max_buckets: int = MAX_BUCKETS,
        max_posts: int = MAX_POSTS,
    ) -> None:
        self.store = store
        self.window = window
        self.bucket_cap = bucket_cap
        self.max_buckets = max_buckets
        self.max_posts = max_posts
        self._order: deque[tuple[bytes, Member]] = deque()  # arrival order (its keys joined), for expiry
        self._order_lost = len(store) > 0  # a restored table: its order is rebuilt at the first expiry

    def __len__(self) -> int:
        """Posts indexed and not yet expired (each keeps its ``Member`` alive, even once capped out of its buckets)."""
        return len(self._order)

    def members(self, key: bytes, now: float) -> tuple[Member, ...]:
        bucket = self.store.get(key)
        if bucket is None:
            return ()
        cutoff = now - self.window
        if isinstance(bucket, Member):
            return (bucket,) if bucket.at >= cutoff else ()
        kept = [m for m in bucket if m.at >= cutoff]
        return bucket if len(kept) == len(bucket) else tuple(kept)  # most buckets: all in the window

    def add(self, keys: Sequence[bytes], member: Member, now: float) -> None:
        """Index a post under its band keys (one shared ``Member``)."""
        for key in keys:
            kept = self.members(key, now)
            self.store[key] = (kept + (member,))[-self.bucket_cap :] if kept else member
        self._order.append((b"".join(keys), member))

    def expire(self, now: float) -> None:
        """Forget the posts that left the window, then the oldest while over ``max_buckets`` or ``max_posts``.

        O(posts forgotten): posts leave in arrival order (a late post waits behind newer ones; ``members`` hides it
        meanwhile). The order is not stored with the table, so the first call after a restart rebuilds it."""
        if self._order_lost:
            self._rebuild_order()
        cutoff = now - self.window
        order = self._order
        while order and (order[0][1].at < cutoff or len(self.store) > self.max_buckets or len(order) > self.max_posts):
            keys, member = order.popleft()
            for key in split_keys(keys):
                self._remove(key, member.post_id)

    def _remove(self, key: bytes, post_id: str) -> None:
        bucket = self.store.get(key)
        if isinstance(bucket, Member):
            if bucket.post_id == post_id:
                del self.store[key]
        elif bucket is not None:
            kept = tuple(m for m in bucket if m.post_id != post_id)
            if len(kept) == len(bucket):
                return  # capped out of this bucket already
            if kept:
                self.store[key] = kept[0] if len(kept) == 1 else kept
            else:
                del self.store[key]

    def _rebuild_order(self) -> None:
        self._order_lost = False
        keys: dict[str, list[bytes]] = {}
        members: dict[str, Member] = {}
        for key, bucket in self.store.items():
            for m in (bucket,) if isinstance(bucket, Member) else bucket:
                keys.setdefault(m.post_id, []).append(key)
                members[m.post_id] = m
        ordered = sorted(members.values(), key=lambda m: m.at)
        self._order = deque((b"".join(keys[m.post_id]), m) for m in ordered)


@dataclass(slots=True)
class Cluster:
    """A group of near-duplicate posts (a campaign once ``opened``)."""

    cluster_id: str
    first_seen: float
    last_seen: float
    sample_text: str
    seed_sketch: bytes  # the first post's, against drift
    post_ids: dict[str, None] = field(default_factory=dict)  # latest MAX_POST_IDS, oldest first
    authors: dict[str, float] = field(default_factory=dict)  # author -> their latest post, oldest first
    post_count: int = 0
    author_count: int = 0
    flagged_count: int = 0
    categories: tuple[str, ...] = ()
    opened: bool = False
    emitted_at: float = 0.0
    emitted_count: int = 0

    def add(
        self, post_id: str, author: str | None, at: float, flagged: bool, categories: Iterable[str]
    ) -> bool:
        """Count a post; False when it was counted already (a replay)."""
        if post_id in self.post_ids:
            return False
        self.post_ids[post_id] = None
        if len(self.post_ids) > MAX_POST_IDS:
            del self.post_ids[next(iter(self.post_ids))]
        self.post_count += 1
        self.flagged_count += flagged
        if author is not None:
            if self.authors.pop(author, None) is None:
                self.author_count += 1
            self.authors[author] = at
            if len(self.authors) > MAX_AUTHORS:
                del self.authors[next(iter(self.authors))]
        if flagged and categories:
            self.categories = tuple(sorted(set(self.categories).union(categories)))
        self.first_seen = min(self.first_seen, at)
        self.last_seen = max(self.last_seen, at)
        return True

    def active_authors(self, now: float, window: float) -> int:
        return sum(1 for at in self.authors.values() if at >= now - window)

    def event(self, status: str) -> dict[str, object]:
        return {
            "schema": CAMPAIGN_SCHEMA,
            "campaign_id": self.cluster_id,
            "status": status,
            "post_ids": list(self.post_ids),
            "post_count": self.post_count,
            "author_count": self.author_count,
            "flagged_count": self.flagged_count,
            "first_seen": _iso(self.first_seen),
            "last_seen": _iso(self.last_seen),
            "sample_text": self.sample_text,
            "categories": list(self.categories),
        }


@dataclass(frozen=True, slots=True)
class Lookup:
    """What a post's band buckets say: the cluster it was indexed with if it is a replay, else the members the
    sketch confirms as near-duplicates. Per band partition, then merged (``merge``) on the post's side."""

    replay_of: str | None = None
    confirmed: tuple[Member, ...] = ()

    def merge(self, other: Lookup) -> Lookup:
        known = {m.post_id for m in self.confirmed}
        return Lookup(
            self.replay_of or other.replay_of,
            self.confirmed + tuple(m for m in other.confirmed if m.post_id not in known),
        )


def lookup(index: BandIndex, keys: Sequence[bytes], post_id: str, sketch: bytes, now: float) -> Lookup:
    """The band side: candidates from the buckets of ``keys``, confirmed on the sketch (``VERIFY_THRESHOLD``).

    The candidates (each post once, in the order the buckets give them) are compared in one numpy step: one call
    per post instead of one per candidate, which was most of the campaign side's CPU."""
    candidates: dict[str, Member] = {}
    for key in keys:
        for m in index.members(key, now):
            if m.post_id == post_id:
                return Lookup(replay_of=m.cluster)
            candidates.setdefault(m.post_id, m)
    if not candidates:
        return Lookup()
    found = list(candidates.values())
    scores = similarities(sketch, [m.sketch for m in found])
    return Lookup(confirmed=tuple(m for m, score in zip(found, scores, strict=True) if score >= VERIFY_THRESHOLD))


def ranked_clusters(confirmed: Sequence[Member]) -> list[str]:
    """The post's side: the clusters to try, most confirmed members first, then the smallest id (so a replay
    chooses the same). Needs no cluster state, so it runs where the post is."""
    counts: dict[str, int] = {}
    for m in confirmed:
        counts[m.cluster] = counts.get(m.cluster, 0) + 1
    return sorted(counts, key=lambda cid: (-counts[cid], cid))


class ClusterBook:
    """The cluster side (a table keyed by cluster id): counts, the opening rule, rate-limited events."""

    def __init__(
        self,
        store: MutableMapping[str, Cluster],
        *,
        min_authors: int = CAMPAIGN_MIN_AUTHORS,
        window: float = CAMPAIGN_WINDOW,
        update_interval: float = UPDATE_INTERVAL,
    ) -> None:
        self.store = store
        self.dirty: dict[str, None] = {}  # clusters changed and not yet written back (``flush``)
        self.min_authors = min_authors
        self.window = window
        self.update_interval = update_interval

    def join(
        self, cid: str, members: Sequence[Member], item: Item, events: dict[str, dict[str, object]]
    ) -> bool:
        """Add the post to cluster ``cid`` (``members``: its confirmed members there, one of them its first post
        while the cluster has no state). False when the post is too far from the cluster's first post (0.3):
        single linkage alone would let a chain of near-duplicates drift to another text. An event, if due, goes
        into ``events``, the batch's (one per campaign: a second one in a batch replaces the first)."""
        cluster = self.store.get(cid)
        sketch = item.fingerprint.sketch if item.fingerprint else b""
        if cluster is None:
            seed = next((m for m in members if campaign_id(m.post_id) == cid), members[0])
            cluster = Cluster(cid, seed.at, seed.at, item.text[:SAMPLE_CHARS], seed.sketch)
            cluster.add(seed.post_id, seed.author, seed.at, seed.flagged, seed.categories)
            self.store[cid] = cluster  # in the store at once: the batch's next post must find it
        elif similarity(sketch, cluster.seed_sketch) < SEED_THRESHOLD:
            return False
        if not cluster.add(item.post_id, item.author, item.at, item.flagged, item.categories):
            return True  # a replay: counted already
        status = self._status(cluster, item.at)
        if cid in events:  # reported in this batch already: the event carries the latest state instead
            status = str(events[cid]["status"])
        if status is not None:
            cluster.emitted_at, cluster.emitted_count = item.at, cluster.post_count
            events[cid] = cluster.event(status)
        self.dirty[cid] = None  # written back by ``flush``, once a batch
        return True

    def flush(self) -> None:
        """Write back the clusters changed since the last call (a Faust table logs assignments only). Once a batch,
        not once a post: a cluster's record lists up to 1,000 post ids, and writing it for each post that joined a
        raid was a fifth of the campaign side's time."""
        store = self.store
        for cid in self.dirty:
            cluster = store.get(cid)
            if cluster is not None:  # (expired meanwhile: gone)
                store[cid] = cluster
        self.dirty = {}

    def is_open(self, cid: str) -> bool:
        cluster = self.store.get(cid)
        return cluster is not None and cluster.opened

    def _status(self, cluster: Cluster, now: float) -> str | None:
        if not cluster.opened:
            if cluster.active_authors(now, self.window) < self.min_authors:
                return None
            cluster.opened = True
            return "opened"
        due = (
            now - cluster.emitted_at >= self.update_interval
            or cluster.post_count >= 2 * cluster.emitted_count
        )
        return "updated" if due and cluster.post_count > cluster.emitted_count else None

    def due(self, now: float) -> list[dict[str, object]]:
        """``updated`` events that the rate limit held back and are now due: for a timer, so that a campaign's
        last posts are reported even when nothing follows them."""
        events = []
        for cid, cluster in list(self.store.items()):
            if cluster.opened and cluster.post_count > cluster.emitted_count:
                if now - cluster.emitted_at >= self.update_interval:
                    cluster.emitted_at, cluster.emitted_count = now, cluster.post_count
                    self.store[cid] = cluster
                    events.append(cluster.event("updated"))
        return events

    def expire(self, now: float) -> None:
        """Forget the clusters whose latest post left the window."""
        stale = [cid for cid, c in self.store.items() if c.last_seen < now - self.window]
        for cid in stale:
            del self.store[cid]


class CampaignTracker:
    """The three sides in one process (stores local): each fingerprinted post is looked up in its bands, tries
    the ranked clusters, and is indexed with the cluster that took it (or its own)."""

    def __init__(
        self,
        bands: MutableMapping[bytes, Bucket],
        clusters: MutableMapping[str, Cluster],
        *,
        min_authors: int = CAMPAIGN_MIN_AUTHORS,
        window: float = CAMPAIGN_WINDOW,
        update_interval: float = UPDATE_INTERVAL,
        max_buckets: int = MAX_BUCKETS,
        max_posts: int = MAX_POSTS,
    ) -> None:
        self.index = BandIndex(bands, window, max_buckets=max_buckets, max_posts=max_posts)
        self.book = ClusterBook(
            clusters, min_authors=min_authors, window=window, update_interval=update_interval
        )
        self.clusters = clusters
        self.window = window
        self.watermark = float("-inf")
        self._swept = float("-inf")

    def process(self, items: Sequence[Item]) -> tuple[list[str | None], list[dict[str, object]]]:
        """Each item's open campaign id (None if none) and the batch's events (one per campaign, latest state)."""
        steps = self.steps(items, len(items) or 1)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def steps(self, items: Sequence[Item], size: int) -> Generator[int, None, Processed]:
        """``process`` in slices of ``size`` items: yields after each slice the number of items done, so that a
        caller on an event loop can let other work run in between; returns what ``process`` returns (the same
        result, one event per campaign for the whole batch)."""
        events: dict[str, dict[str, object]] = {}
        assigned: list[str | None] = []
        for start in range(0, len(items), size):
            for item in items[start : start + size]:
                cid = self._assign(item, events)
                assigned.append(cid if cid is not None and self.book.is_open(cid) else None)
            if start + size < len(items):
                yield start + size
        self.book.flush()
        self.index.expire(self.watermark)
        if self.watermark - self._swept >= self.window * SWEEP_FRACTION:
            self.expire(self.watermark)
        return assigned, list(events.values())

    def _assign(self, item: Item, events: dict[str, dict[str, object]]) -> str | None:
        fp = item.fingerprint
        if fp is None:
            return None
        self.watermark = max(self.watermark, item.at)
        now = self.watermark
        if item.at < now - self.window:
            return None  # too late to meet anything still indexed
        found = lookup(self.index, fp.bands, item.post_id, fp.sketch, now)
        if found.replay_of is not None:
            return found.replay_of  # it was indexed with its cluster
        cid = campaign_id(item.post_id)
        for candidate in ranked_clusters(found.confirmed):
            if self.book.join(
                candidate, [m for m in found.confirmed if m.cluster == candidate], item, events
            ):
                cid = candidate
                break
        member = Member(item.post_id, item.author, item.at, cid, fp.sketch, item.flagged, item.categories)
        self.index.add(fp.bands, member, now)
        return cid

    def due(self, now: float) -> list[dict[str, object]]:
        return self.book.due(now)

    def expire(self, now: float) -> None:
        """Forget buckets and clusters whose latest post left the window."""
        self._swept = now
        self.index.expire(now)
        self.book.expire(now)


def band_partition(key: bytes, partitions: int) -> int:
    """The band partition that owns a band key: its 8 hash bytes mod the partition count (the same in every
    process, unlike Python's ``hash``)."""
    return int.from_bytes(key[1:9], "big") % partitions


@dataclass(frozen=True, slots=True)
class Link:
    """A band partition's answer for a post: the members there that its sketch confirms as near-duplicates (posts
    indexed before it on that partition, or also after it when the post is delivered again)."""

    item: Item
    neighbours: tuple[Member, ...]
    keys: bytes = b""  # all the post's band keys, joined (b"": those of ``item.fingerprint``)


class BandSide:
    """The band partitions one process owns: the band index partitioned by band key (``band_partition``).

    A post goes to every band partition that owns one of its keys (~4 of 20 keys a partition on 4 partitions). Each
    answers with a ``Link`` when its buckets hold confirmed near-duplicates (most posts have none: they never leave
    the band side), then indexes the post under its keys there. Nothing here needs clusters or counts, so a band
    partition never waits for another: the heavy part of the campaign side (the index, the similarity checks) is
    spread over the partitions and the workers that own them; ``LinkBook`` does the rest on one partition.

    - ``records`` is the table (keyed ``"{partition}:{offset}"`` of the band message): one write per message and
      partition, the posts it indexed there (``Indexed``: their keys on that partition and their ``Member``); it is
      deleted when its last post leaves the index. ``rebuild`` restores the index from it after a restart.
    - One ``Member`` a post per process, whatever the number of its partitions the process owns; buckets as in
      ``BandIndex`` (capped, newest last, expired by event time); ``max_posts`` caps distinct posts per process and
      ``max_buckets`` the buckets, the oldest going first.
    - A post delivered again to a partition that indexed it is answered again (its neighbours then include posts
      that came after it, which the cluster side already linked to it) and not indexed twice.
    """

    def __init__(
        self,
        records: MutableMapping[str, tuple[Indexed, ...]],
        partitions: int,
        *,
        window: float = CAMPAIGN_WINDOW,
        max_posts: int = MAX_POSTS,
        max_buckets: int = MAX_BUCKETS,
    ) -> None:
        self.records = records
        self.partitions = partitions
        self.window = window
        self.max_posts = max_posts
        self.max_buckets = max_buckets
        self.buckets: dict[bytes, Bucket] = {}
        self.index = BandIndex(self.buckets, window)  # its buckets' logic; the arrival order is kept here
        self.posts: dict[str, list[Any]] = {}  # post id -> [Member, bit mask of the partitions indexing it]
        self.order: deque[tuple[str, int, bytes, Member]] = deque()  # (record, partition, keys, member), arrival order
        self.live: dict[str, int] = {}  # record key -> its posts still indexed
        self._rows: dict[str, list[Indexed]] = {}  # a message's rows until its table write
        self.watermark = float("-inf")

    def __len__(self) -> int:
        return len(self.posts)

    def own_keys(self, fingerprint: Fingerprint, partition: int) -> tuple[bytes, ...]:
        return tuple(k for k in fingerprint.bands if band_partition(k, self.partitions) == partition)

    def answer(self, partition: int, record: str, items: Sequence[Item], *, write: bool = True,
               all_keys: Sequence[bytes] | None = None) -> list[Link]:
        """One band message of ``partition`` (``record``: its table key): the links of its posts, which are then
        indexed; one table write for the message (``write``: False for the slices of a message before its last).

        With ``all_keys`` (each post's band keys, joined, carried into its links), the items' fingerprints hold
        this partition's keys only, as the moderation side sends them; without, they are taken from the items'."""
        rows = self._rows.setdefault(record, [])
        bit = 1 << partition
        asked: list[tuple[int, Item, list[Member]]] = []  # posts with candidates, confirmed below in one step
        for n, item in enumerate(items):
            fp = item.fingerprint
            if fp is None:
                continue
            keys = fp.bands if all_keys is not None else self.own_keys(fp, partition)
            if not keys:
                continue
            self.watermark = max(self.watermark, item.at)
            now = self.watermark
            if item.at < now - self.window:
                continue  # too late to meet anything still indexed
            candidates: dict[str, Member] = {}
            for key in keys:
                for m in self.index.members(key, now):
                    if m.post_id != item.post_id:
                        candidates.setdefault(m.post_id, m)
            if candidates:
                asked.append((n, item, list(candidates.values())))
            held = self.posts.get(item.post_id)
            if held is not None and held[1] & bit:
                continue  # indexed here already: delivered again
            if held is None:
                member = Member(item.post_id, item.author, item.at, "", fp.sketch, item.flagged, item.categories)
                held = self.posts[item.post_id] = [member, 0]
            rows.append(self._index(record, partition, keys, held, now))
        links = self._confirm(asked, all_keys)
        if write:
            rows = self._rows.pop(record)
            if rows:
                self.records[record] = self.records.get(record, ()) + tuple(rows)
            self.expire(self.watermark)
        return links

    @staticmethod
    def _confirm(asked: Sequence[tuple[int, Item, list[Member]]], all_keys: Sequence[bytes] | None) -> list[Link]:
        """The links of the posts whose candidates the sketch confirms (all the pairs of a message in one numpy
        step: one per post was a third of the band side's time), each naming its closest ``LINK_NEIGHBOURS``."""
        scores = pair_similarities([item.fingerprint.sketch for _, item, found in asked for _ in found  # type: ignore[union-attr]
                                    ], [m.sketch for _, _, found in asked for m in found])
        links, at = [], 0
        for n, item, found in asked:
            mine = scores[at : at + len(found)]
            at += len(found)
            ranked = sorted(((s, i) for i, s in enumerate(mine) if s >= VERIFY_THRESHOLD), reverse=True)
            if ranked:  # a raid's post meets up to 16 members a bucket
                keys = all_keys[n] if all_keys is not None else b"".join(item.fingerprint.bands)  # type: ignore[union-attr]
                links.append(Link(item, tuple(found[i] for _, i in ranked[:LINK_NEIGHBOURS]), keys))
        return links

    def _index(self, record: str, partition: int, keys: Sequence[bytes], held: list[Any], now: float) -> Indexed:
        member: Member = held[0]
        held[1] |= 1 << partition
        joined = b"".join(keys)
        for key in keys:
            kept = self.index.members(key, now)
            self.buckets[key] = (kept + (member,))[-self.index.bucket_cap :] if kept else member
        self.order.append((record, partition, joined, member))
        self.live[record] = self.live.get(record, 0) + 1
        return Indexed(joined, member)

    def expire(self, now: float) -> None:
        """Forget the posts that left the window, then the oldest while over a cap; a record goes with its last post."""
        cutoff = now - self.window
        order = self.order
        while order and (order[0][3].at < cutoff or len(self.posts) > self.max_posts
                         or len(self.buckets) > self.max_buckets):
            record, partition, joined, member = order.popleft()
            for key in split_keys(joined):
                self.index._remove(key, member.post_id)
            held = self.posts.get(member.post_id)
            if held is not None:
                held[1] &= ~(1 << partition)
                if not held[1]:
                    del self.posts[member.post_id]
            left = self.live.get(record, 0) - 1
            if left > 0:
                self.live[record] = left
            else:
                self.live.pop(record, None)
                if record in self.records:
                    del self.records[record]

    def rebuild(self, owned: Iterable[int]) -> None:
        """The index of the records of the partitions ``owned`` (after a restart or a rebalance), oldest first."""
        owned = set(owned)
        self.buckets.clear()
        self.posts.clear()
        self.order.clear()
        self.live.clear()
        rows = []
        for record, indexed in self.records.items():
            partition = int(record.split(":", 1)[0])
            if partition in owned:
                rows += [(ind.member.at, record, partition, ind) for ind in indexed]
        rows.sort(key=lambda row: row[0])
        now = rows[-1][0] if rows else float("-inf")
        self.watermark = max(self.watermark, now)
        for _, record, partition, ind in rows:
            held = self.posts.get(ind.member.post_id)
            if held is None:
                held = self.posts[ind.member.post_id] = [ind.member, 0]
            elif held[1] & 1 << partition:
                continue
            self._index(record, partition, split_keys(ind.keys), held, now)
        self.expire(self.watermark)  # a record outlives the posts capped out of it: they go again, oldest first


def _as_item(m: Member) -> Item:
    return Item(m.post_id, m.author, m.at, Fingerprint((), m.sketch), m.flagged, m.categories)


class LinkBook:
    """The cluster side of the band-partitioned route, on one partition: joins linked posts into clusters.

    Only posts with a confirmed near-duplicate reach it (the links), each as often as band partitions found one,
    in any order. ``members`` (a table, post id -> ``Indexed`` with the cluster in ``member.cluster``) holds the
    posts placed in a cluster, so a link is settled by what it names:
    - a post already placed stays (replays and the other partitions' links of it change no count); its unplaced
      neighbours join its cluster (if close enough to the cluster's first post, as ``ClusterBook.join`` checks);
    - an unplaced post joins the clusters of its placed neighbours, most neighbours first then the smallest id;
      if none takes it and some neighbours are unplaced, the oldest of those founds a cluster (its id from that
      post, ``campaign_id``) with the post and the others.
    Clusters never merge, so an id once given never changes. Two near-duplicates whose links both arrive before
    any of their neighbours is placed can found two clusters: the links of a raid arrive with every neighbour seen
    before, so its posts meet the first cluster (measured in the tests: one campaign for a raid). Keys are known
    for the posts whose own link arrived (an announcement to the moderation side needs them); a post placed as a
    neighbour learns them when its own link comes.
    """

    def __init__(
        self,
        members: MutableMapping[str, Indexed],
        clusters: MutableMapping[str, Cluster],
        *,
        min_authors: int = CAMPAIGN_MIN_AUTHORS,
        window: float = CAMPAIGN_WINDOW,
        update_interval: float = UPDATE_INTERVAL,
        max_posts: int = MAX_POSTS,
    ) -> None:
        self.members = members
        self.clusters = clusters
        self.book = ClusterBook(clusters, min_authors=min_authors, window=window, update_interval=update_interval)
        self.window = window
        self.max_posts = max_posts
        self.order: deque[tuple[float, str]] = deque(sorted((ind.member.at, pid) for pid, ind in members.items()))
        self.watermark = self.order[-1][0] if self.order else float("-inf")
        self._swept = float("-inf")
        self._new: set[str] = set()
        self.joined = 0  # posts of the latest batch that joined an open campaign (or opened it)

    def process(self, links: Sequence[Link]) -> tuple[list[Indexed], list[dict[str, object]]]:
        """The posts newly known in open campaigns (with their keys, for the moderation side) and the batch's
        events (one per campaign, the latest state)."""
        events: dict[str, dict[str, object]] = {}
        placed: dict[str, Indexed] = {}  # post id -> its record, placed or given its keys in this batch
        self._new = set()
        for link in links:
            self._link(link, events, placed)
        self.book.flush()
        for cid, ev in events.items():  # a text learned later in the batch than the event
            cluster = self.clusters.get(cid)
            if not ev["sample_text"] and cluster is not None:
                ev["sample_text"] = cluster.sample_text
        opened = {str(ev["campaign_id"]) for ev in events.values() if ev["status"] == "opened"}
        self.joined = sum(1 for pid in self._new if self.book.is_open(placed[pid].member.cluster)
                          and placed[pid].member.cluster not in opened)
        self.joined += sum(int(cast(int, ev["post_count"])) for ev in events.values() if ev["status"] == "opened")
        announce = [ind for ind in placed.values() if ind.keys and self.book.is_open(ind.member.cluster)
                    and ind.member.cluster not in opened]
        for cid in opened:  # a campaign that opened now: all its members so far
            cluster = self.clusters.get(cid)
            for post_id in cluster.post_ids if cluster is not None else ():
                ind = self.members.get(post_id)
                if ind is not None and ind.keys and ind.member.cluster == cid:
                    announce.append(ind)
        self.expire(self.watermark)
        return announce, list(events.values())

    def _link(self, link: Link, events: dict[str, dict[str, object]], placed: dict[str, Indexed]) -> None:
        item = link.item
        self.watermark = max(self.watermark, item.at)
        cutoff = self.watermark - self.window
        if item.at < cutoff:
            return
        keys = link.keys or (b"".join(item.fingerprint.bands) if item.fingerprint is not None else b"")
        own = self.members.get(item.post_id)
        neighbours = [(n, self.members.get(n.post_id)) for n in link.neighbours if n.at >= cutoff]
        cid: str | None
        if own is not None:
            cid = own.member.cluster
            if keys and not own.keys:  # placed as a neighbour before: its keys now
                self._place(Indexed(keys, own.member), placed, new=False)
            elif own.keys:  # announced again if its campaign is open (a crash may have lost the first time)
                placed.setdefault(item.post_id, own)
        else:
            cid = self._choose(item, neighbours, events, placed)
            if cid is None:
                return
            self._place(Indexed(keys, _member_of(item, cid)), placed)
        for n, ind in neighbours:
            if ind is None and n.post_id not in placed and self.book.join(cid, [], _as_item(n), events):
                self._place(Indexed(b"", _with_cluster(n, cid)), placed)
        if item.text:  # a post's text travels to one of its band partitions only: a cluster founded without it
            cluster = self.clusters.get(cid)
            if cluster is not None and not cluster.sample_text:
                cluster.sample_text = item.text[:SAMPLE_CHARS]
                self.book.dirty[cid] = None

    def _choose(self, item: Item, neighbours: Sequence[tuple[Member, Indexed | None]],
                events: dict[str, dict[str, object]], placed: dict[str, Indexed]) -> str | None:
        counts: dict[str, int] = {}
        for _, ind in neighbours:
            if ind is not None:
                counts[ind.member.cluster] = counts.get(ind.member.cluster, 0) + 1
        for cid in sorted(counts, key=lambda c: (-counts[c], c)):
            if self.book.join(cid, [], item, events):
                return cid
        free = sorted((n for n, ind in neighbours if ind is None and n.post_id not in placed),
                      key=lambda m: (m.at, m.post_id))
        if not free:
            return None
        seed = free[0]
        cid = campaign_id(seed.post_id)
        if not self.book.join(cid, [seed], item, events):
            return None  # a cluster of that id lives on (its first post forgotten) and is too far
        self._place(Indexed(b"", _with_cluster(seed, cid)), placed)
        return cid

    def _place(self, ind: Indexed, placed: dict[str, Indexed], *, new: bool = True) -> None:
        self.members[ind.member.post_id] = ind
        placed[ind.member.post_id] = ind
        if new:
            self.order.append((ind.member.at, ind.member.post_id))
            self._new.add(ind.member.post_id)

    def is_open(self, cid: str) -> bool:
        return self.book.is_open(cid)

    def due(self, now: float) -> list[dict[str, object]]:
        return self.book.due(now)

    def expire(self, now: float) -> None:
        """Forget the placed posts that left the window (or over ``max_posts``), and, every tenth of the window,
        the clusters whose latest post left it."""
        cutoff = now - self.window
        order = self.order
        while order and (order[0][0] < cutoff or len(order) > self.max_posts):
            at, post_id = order.popleft()
            ind = self.members.get(post_id)
            if ind is not None and ind.member.at == at:
                del self.members[post_id]
        if now - self._swept >= self.window * SWEEP_FRACTION:
            self._swept = now
            self.book.expire(now)


def _with_cluster(m: Member, cid: str) -> Member:
    return Member(m.post_id, m.author, m.at, cid, m.sketch, m.flagged, m.categories)


def _member_of(item: Item, cid: str) -> Member:
    sketch = item.fingerprint.sketch if item.fingerprint is not None else b""
    return Member(item.post_id, item.author, item.at, cid, sketch, item.flagged, item.categories)


@dataclass(slots=True)
class Offender:
    """An author's distinct flagged posts in the window: post id -> (event time, categories), oldest first."""

    flags: dict[str, tuple[float, tuple[str, ...]]] = field(default_factory=dict)
    emitted_count: int = 0


class OffenderTracker:
    """Author -> distinct flagged posts in the window; an event at ``min_flags`` and whenever the count grows."""

    def __init__(
        self,
        store: MutableMapping[str, Offender],
        *,
        min_flags: int = OFFENDER_MIN_FLAGS,
        window: float = OFFENDER_WINDOW,
        max_authors: int = MAX_OFFENDER_AUTHORS,
    ) -> None:
        self.store = store
        self.min_flags = min_flags
        self.window = window
        self.max_authors = max_authors
        self.watermark = float("-inf")
        self._swept = float("-inf")

    def process(self, items: Sequence[Item]) -> list[dict[str, object]]:
        """The batch's offender events, one per author (the latest state)."""
        events: dict[str, dict[str, object]] = {}
        for item in items:
            if not item.flagged or item.author is None:
                continue
            self.watermark = max(self.watermark, item.at)
            if item.at < self.watermark - self.window:
                continue
            event = self._add(item)
            if event is not None:
                events[item.author] = event
        if self.watermark - self._swept >= self.window * SWEEP_FRACTION:
            self.expire(self.watermark)
        if len(self.store) > self.max_authors:
            self._evict()
        return list(events.values())

    def _evict(self) -> None:
        """Forget the authors whose latest flag is oldest, down to nine tenths of ``max_authors``."""
        keep = self.max_authors - self.max_authors // 10
        latest = sorted((max((at for at, _ in o.flags.values()), default=float("-inf")), a) for a, o in self.store.items())
        for _, author in latest[: len(latest) - keep]:
            del self.store[author]

    def _add(self, item: Item) -> dict[str, object] | None:
        assert item.author is not None
        offender = self.store.get(item.author) or Offender()
        if item.post_id in offender.flags:
            return None  # a replay
        cutoff = self.watermark - self.window
        offender.flags = {p: v for p, v in offender.flags.items() if v[0] >= cutoff}
        offender.flags[item.post_id] = (item.at, item.categories)
        if len(offender.flags) > MAX_OFFENDER_FLAGS:
            del offender.flags[next(iter(offender.flags))]
        count = len(offender.flags)
        offender.emitted_count = min(offender.emitted_count, count)  # flags that expired may come back
        event = None
        if count >= self.min_flags and count > offender.emitted_count:
            offender.emitted_count = count
            event = self._event(item.author, offender)
        self.store[item.author] = offender  # written back: a Faust table logs assignments only
        return event

    def flag_count(self, author: str | None) -> int | None:
        """A known offender's distinct flagged posts in the window (a flag's ``author_flag_count``), else None."""
        offender = self.store.get(author) if author is not None else None
        if offender is None:
            return None
        cutoff = self.watermark - self.window
        count = sum(1 for at, _ in offender.flags.values() if at >= cutoff)
        return count if count >= self.min_flags else None

    def _event(self, author: str, offender: Offender) -> dict[str, object]:
        times = [at for at, _ in offender.flags.values()]
        categories = sorted({c for _, cats in offender.flags.values() for c in cats})
        return {
            "schema": OFFENDER_SCHEMA,
            "author_id": author,
            "flag_count": len(offender.flags),
            "window_seconds": int(self.window),
            "post_ids": list(offender.flags),
            "first_flag_at": _iso(min(times)),
            "last_flag_at": _iso(max(times)),
            "categories": categories,
        }

    def expire(self, now: float) -> None:
        """Forget authors whose latest flag left the window."""
        self._swept = now
        cutoff = now - self.window
        stale = [
            a for a, o in self.store.items() if not o.flags or max(at for at, _ in o.flags.values()) < cutoff
        ]
        for author in stale:
            del self.store[author]
