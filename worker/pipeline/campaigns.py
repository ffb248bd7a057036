"""Campaigns and repeat offenders: pure state logic over dict-like stores, so Faust tables can be passed in.

Every store is a ``MutableMapping``; the trackers write back (``store[key] = value``) every value they change,
because a Faust table logs a change to its changelog only on assignment. No Kafka, no clock, no I/O: time is the
posts' event time (``event_time``: ``created_at``, else the record timestamp) and the trackers keep a watermark,
the latest event time seen.

Campaigns: three sides, each over the state of one key, so that a stream can partition them (``CampaignTracker``
runs the three in one process):
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
from collections.abc import Callable, Generator, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

from worker.pipeline.fingerprint import Fingerprint, similarities, similarity

__all__ = [
    "CAMPAIGN_MIN_AUTHORS",
    "CAMPAIGN_SCHEMA",
    "CAMPAIGN_WINDOW",
    "OFFENDER_MIN_FLAGS",
    "OFFENDER_SCHEMA",
    "OFFENDER_WINDOW",
    "MAX_POSTS",
    "BandIndex",
    "Bucket",
    "CampaignTracker",
    "Cluster",
    "ClusterBook",
    "Item",
    "Lookup",
    "Member",
    "Offender",
    "OffenderTracker",
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
# templated backlog index every post of the window); the post stage (``PostBook``) keeps as many.
MAX_POSTS = 100_000
MAX_POST_IDS = 1_000
MAX_AUTHORS = 10_000
MAX_OFFENDER_FLAGS = 1_000
# Authors with a flag in the window, per tracker (the offender partitions a worker owns): the window alone leaves the
# table as large as a day's flagged authors. Past the cap the authors whose latest flag is oldest go first, a tenth
# of the cap at a time (one scan each, not one per post).
MAX_OFFENDER_AUTHORS = 100_000
UPDATE_INTERVAL = 60.0
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
    seed: bytes = b""  # the band route: its cluster's root's sketch, once annotated (for the drift guard)


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
        self._order: deque[tuple[tuple[bytes, ...], Member]] = deque()  # arrival order, for expiry
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
        self._order.append((tuple(keys), member))

    def expire(self, now: float) -> list[tuple[tuple[bytes, ...], str]]:
        """Forget the posts that left the window, then the oldest while over ``max_buckets`` or ``max_posts``; the
        (keys, post id) forgotten.

        O(posts forgotten): posts leave in arrival order (a late post waits behind newer ones; ``members`` hides it
        meanwhile). The order is not stored with the table, so the first call after a restart rebuilds it."""
        if self._order_lost:
            self._rebuild_order()
        cutoff = now - self.window
        order = self._order
        gone = []
        while order and (order[0][1].at < cutoff or len(self.store) > self.max_buckets or len(order) > self.max_posts):
            keys, member = order.popleft()
            for key in keys:
                self._remove(key, member.post_id)
            gone.append((keys, member.post_id))
        return gone

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
        self._order = deque((tuple(keys[m.post_id]), m) for m in ordered)


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
        self.store[cid] = cluster  # written back: a Faust table logs assignments only
        return True

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


# -- the partitioned route (worker.stream.state): band, post and cluster stages, each over the state of its key ------
#
# A cluster is named by its root: the post that started it; its id is ``campaign_id(root)``. A band member's
# ``cluster`` holds its root once its post stage decided it, ``UNDECIDED`` before. What each stage returns is a list
# of ``Out`` messages for the stream to deliver (to the band partitions, the post stage, the cluster stage).

UNDECIDED = ""
# A post waiting for its neighbours' decisions decides without them after this many seconds (wall clock): a cycle
# of three or more posts each waiting for the next (two workers' posts met in different orders on different band
# partitions) would otherwise wait forever. Two-post cycles are broken at once (``PostBook.ask``).
WAIT_LIMIT = 10.0


class Neighbour(NamedTuple):
    """A confirmed near-duplicate found ahead of a post in its band buckets: its root if decided, and that root's
    sketch if known (the drift guard's seed). (A named tuple: a frozen dataclass cost ~1 us a construction, and a
    post of a templated feed had ~60 of them.)"""

    post_id: str
    at: float
    root: str = UNDECIDED
    seed: bytes = b""


# At most this many confirmed neighbours in one band partition's answer: the decided first (their roots are the
# vote), then the undecided (asked only when none is decided), each group earliest first. A full bucket holds 16,
# so a templated post met ~60 over its four partitions, each carried to the post stage, stored with the post and
# rewritten at every change of it: most of the campaign side's cost at 415 posts/s (docs/performance.md).
MAX_NEIGHBOURS = 8


def band_answer(index: BandIndex, keys: Sequence[bytes], item: Item, now: float) -> list[Neighbour]:
    """Stage 1, for the band keys one partition owns: the members ahead of the post in their buckets, confirmed on
    the sketch (``VERIFY_THRESHOLD``); the post is recorded under the keys (undecided). A replay finds itself in a
    bucket and answers from the members ahead of it there, recording nothing."""
    assert item.fingerprint is not None
    found, _ = band_candidates(index, keys, item, now)
    if not found:
        return []
    return confirmed_neighbours(found, similarities(item.fingerprint.sketch, [m.sketch for m in found]))


def band_candidates(index: BandIndex, keys: Sequence[bytes], item: Item, now: float) -> tuple[list[Member],
                                                                                               Member | None]:
    """``band_answer``'s first half: the members ahead of the post in the buckets of ``keys`` (each once), and the
    post recorded under them (its ``Member``; None for a replay, which records nothing). A stream confirms the
    candidates of a whole batch in one numpy step (``confirmed_neighbours`` with the scores)."""
    assert item.fingerprint is not None
    candidates: dict[str, Member] = {}
    replay = False
    for key in keys:
        for m in index.members(key, now):
            if m.post_id == item.post_id:
                replay = True
                break
            candidates.setdefault(m.post_id, m)
    member = None
    if not replay:
        member = Member(item.post_id, item.author, item.at, UNDECIDED, item.fingerprint.sketch, item.flagged,
                        item.categories)
        index.add(keys, member, now)
    return list(candidates.values()), member


def confirmed_neighbours(found: Sequence[Member], scores: Sequence[float]) -> list[Neighbour]:
    """``band_answer``'s second half: the candidates whose sketch score reaches ``VERIFY_THRESHOLD``, at most
    ``MAX_NEIGHBOURS`` of them (decided first, then earliest)."""
    confirmed = [m for m, s in zip(found, scores, strict=True) if s >= VERIFY_THRESHOLD]
    if len(confirmed) > MAX_NEIGHBOURS:
        confirmed.sort(key=lambda m: (not m.cluster, m.at, m.post_id))
        del confirmed[MAX_NEIGHBOURS:]
    return [Neighbour(m.post_id, m.at, m.cluster, m.seed) for m in confirmed]


def annotate(index: BandIndex, keys: Sequence[bytes], post_id: str, root: str,
             store: MutableMapping[bytes, Bucket] | None = None, seed: bytes = b"") -> None:
    """Stage 1: a post's decided root on its members, so that later lookups see it; ``seed``: the root's sketch.
    ``store``: where to write (a table's store without its changelog: the post stage keeps the decision, this only
    saves a round trip)."""
    out = index.store if store is None else store
    for key in keys:
        bucket = index.store.get(key)
        if bucket is None:
            continue
        members = (bucket,) if isinstance(bucket, Member) else bucket
        if not any(m.post_id == post_id and m.cluster != root for m in members):
            continue
        changed = tuple(Member(m.post_id, m.author, m.at, root, m.sketch, m.flagged, m.categories, seed)
                        if m.post_id == post_id else m for m in members)
        out[key] = changed[0] if len(changed) == 1 else changed


@dataclass(slots=True)
class Post:
    """Stage 2's state of one post (a table keyed by post id)."""

    at: float
    item: Item | None = None  # from its first answer (None: a stub made by an ask or a seed request)
    parts: tuple[int, ...] = ()  # the band partitions its keys fell on
    answered: tuple[int, ...] = ()
    neighbours: dict[str, tuple[float, str]] = field(default_factory=dict)  # post id -> (at, root or UNDECIDED)
    root: str = UNDECIDED  # decided once, never changed
    waiters: tuple[tuple[str, float], ...] = ()  # (post id, at) of the posts waiting for its root
    asked: bool = False
    wanted: bool = False  # another post joined its cluster: it must join it too (its root)
    joined: bool = False  # it joined its own cluster
    seeds: dict[str, bytes] = field(default_factory=dict)  # root -> its sketch, for the roots its neighbours told
    seed: bytes = b""  # its own root's sketch, once decided (empty: not known, from state written before the guard)


# What the stages ask the stream to deliver:
#   ("annotate", band partition, post id, root, item, root's sketch)  -> stage 1
#   ("ask", target post id, asker post id, asker's at)  -> stage 2 (the target's key)
#   ("tell", waiting post id, about post id, root, at, root's sketch)  -> stage 2
#   ("seed", root post id, at)                          -> stage 2
#   ("join", root post id, item)                        -> stage 3 (keyed by campaign_id(root))
Out = tuple[object, ...]


class Overlay(MutableMapping[str, object]):
    """A store's changes held back: reads see them, ``changes`` gives them to write once the outputs they caused
    are acknowledged (stages 2 and 3: outputs first, then state, so a replay recomputes what it lost).
    ``owns``: the keys iteration shows (a worker's table also holds its standby and revoked partitions' keys)."""

    _GONE = object()

    def __init__(self, store: MutableMapping[str, object], owns: Callable[[str], bool] | None = None) -> None:
        self.store = store
        self.owns = owns
        self.pending: dict[str, object] = {}

    def __getitem__(self, key: str) -> object:
        value = self.pending.get(key, None)
        if value is self._GONE:
            raise KeyError(key)
        if value is None:
            if key in self.pending:
                raise KeyError(key)
            return self.store[key]
        return value

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: object) -> None:
        self.pending[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.pending[key] = self._GONE

    def __contains__(self, key: object) -> bool:
        if key in self.pending:
            return self.pending[key] is not self._GONE  # type: ignore[index]
        return key in self.store

    def __iter__(self) -> Iterator[str]:
        owns = self.owns
        for key in list(self.store):
            if self.pending.get(key, None) is not self._GONE and (owns is None or owns(key)):
                yield key
        for key, value in self.pending.items():
            if value is not self._GONE and key not in self.store:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def take(self) -> dict[str, object | None]:
        """The held changes (None: deleted), now cleared: for a caller that writes them to the store itself."""
        pending, self.pending = self.pending, {}
        return {key: None if value is self._GONE else value for key, value in pending.items()}

    def flush(self) -> int:
        """Write the held changes to the store (a table: its changelog); the number written."""
        pending, self.pending = self.pending, {}
        for key, value in pending.items():
            if value is self._GONE:
                if key in self.store:
                    del self.store[key]
            else:
                self.store[key] = value
        return len(pending)


class PostBook:
    """Stage 2: gathers a post's answers from the band partitions its keys fell on, then decides its root ONCE:
    the roots its decided neighbours have, most neighbours first, then the smallest, skipping a root whose own
    sketch is under ``SEED_THRESHOLD`` from the post's (the drift guard; none left: itself); with no neighbour, itself;
    with neighbours none of which is decided yet, it asks them (``ask``/``tell``) and decides on the first root
    told. The decision is made once and stored; what is delivered again for a decided post changes nothing. The
    stream publishes the outputs BEFORE it writes the state (``Overlay``): a crash in between replays the same
    messages, in the same order (one partition), over the same state, so the same decision and outputs come again."""

    def __init__(self, store: MutableMapping[str, Post], *, window: float = CAMPAIGN_WINDOW,
                 max_posts: int = MAX_POSTS, wait_limit: float = WAIT_LIMIT) -> None:
        self.store = store
        self.window = window
        self.max_posts = max_posts
        self.wait_limit = wait_limit
        self.watermark = float("-inf")
        self.clock = 0.0  # the caller's clock (seconds), for ``wait_limit``
        self.waiting: dict[str, float] = {}  # post id -> since (clock), for ``overdue``
        self._order: deque[tuple[float, str]] = deque()
        self._order_lost = len(store) > 0

    def _get(self, post_id: str, at: float) -> Post:
        post = self.store.get(post_id)
        if post is None:
            post = Post(at)
            self._order.append((at, post_id))
        return post

    def answer(self, post_id: str, part: int, parts: Sequence[int], neighbours: Sequence[Neighbour],
               item: Item | None, at: float | None = None) -> list[Out]:
        """One band partition's answer; ``item``: the post (the first partition's answer carries it, the others
        may not: then ``at``, its event time)."""
        at = item.at if item is not None else at
        assert at is not None
        self.watermark = max(self.watermark, at)
        post = self._get(post_id, at)
        if post.root or part in post.answered:
            return []  # this partition answered already (a replay)
        post.at, post.parts = at, tuple(parts)
        if item is not None:
            post.item = item
        post.answered = (*post.answered, part)
        for n in neighbours:
            old = post.neighbours.get(n.post_id)
            if old is None or (n.root and not old[1]):
                post.neighbours[n.post_id] = (n.at, n.root)
            if n.root and n.seed:
                post.seeds.setdefault(n.root, n.seed)
        out = self._try(post_id, post) if self._complete(post) else []
        self.store[post_id] = post
        return out

    @staticmethod
    def _complete(post: Post) -> bool:
        return post.item is not None and set(post.parts) <= set(post.answered)

    def ask(self, target: str, asker: str, asker_at: float) -> list[Out]:
        post = self._get(target, asker_at)
        if post.root:
            return [("tell", asker, target, post.root, post.at, post.seed)]
        if asker not in (w for w, _ in post.waiters):
            post.waiters = (*post.waiters, (asker, asker_at))
        out: list[Out] = []
        mine = post.neighbours.get(asker)
        if mine is not None and not mine[1] and post.item is not None and (post.at, target) < (asker_at, asker):
            # Each waits for the other (they met in different orders on two partitions): the earlier does not.
            del post.neighbours[asker]
            if self._complete(post):
                out = self._try(target, post)
        self.store[target] = post
        return out

    def tell(self, post_id: str, about: str, root: str, at: float, seed: bytes = b"") -> list[Out]:
        post = self._get(post_id, at)
        if post.root:
            return []  # decided on an earlier root, or a replay
        post.neighbours[about] = (post.neighbours.get(about, (at, root))[0], root)
        if seed:
            post.seeds.setdefault(root, seed)
        out = self._try(post_id, post) if self._complete(post) else []
        self.store[post_id] = post
        return out

    def seed(self, root: str, at: float) -> list[Out]:
        """Another post joined ``root``'s cluster: the root joins it too (once), so that it is counted."""
        post = self._get(root, at)
        if post.root == root and post.item is not None:
            if post.joined:
                return []
            post.joined = True
            self.store[root] = post
            return [("join", root, post.item)]
        if not post.wanted:
            post.wanted = True
            self.store[root] = post
        return []

    def overdue(self) -> list[Out]:
        """Decide the posts that waited longer than ``wait_limit``: the earliest of themselves and their undecided
        neighbours (a cycle of waits; every post of it chooses alike when they agree on the earliest)."""
        out: list[Out] = []
        for post_id, since in list(self.waiting.items()):
            if self.clock - since < self.wait_limit:
                continue
            del self.waiting[post_id]
            post = self.store.get(post_id)
            if post is None or post.root:
                continue
            earliest = min([(post.at, post_id), *((at, n) for n, (at, _) in post.neighbours.items())])
            out += self._decide(post_id, post, earliest[1])
            self.store[post_id] = post
        return out

    def _try(self, post_id: str, post: Post) -> list[Out]:
        votes: dict[str, int] = {}
        for _, root in post.neighbours.values():
            if root:
                votes[root] = votes.get(root, 0) + 1
        if votes:
            # The drift guard (as the single partition's ``ClusterBook.join``): the roots by votes, most first, then
            # the smallest; the first whose own sketch is within ``SEED_THRESHOLD`` of the post's; none: the post
            # starts its own cluster. A root whose sketch no message carried (state from before the guard) passes.
            sketch = post.item.fingerprint.sketch if post.item and post.item.fingerprint else b""
            for root in sorted(votes, key=lambda r: (-votes[r], r)):
                seed = post.seeds.get(root, b"")
                if not seed or not sketch or similarity(sketch, seed) >= SEED_THRESHOLD:
                    return self._decide(post_id, post, root)
            return self._decide(post_id, post, post_id)
        if not post.neighbours:
            return self._decide(post_id, post, post_id)
        if post.asked:
            return []
        post.asked = True
        self.waiting.setdefault(post_id, self.clock)
        return [("ask", n, post_id, post.at) for n in post.neighbours]

    def _decide(self, post_id: str, post: Post, root: str) -> list[Out]:
        post.root = root
        if root == post_id:
            post.seed = post.item.fingerprint.sketch if post.item and post.item.fingerprint else b""
        else:
            post.seed = post.seeds.get(root, b"")
        post.seeds = {}  # decided: only its own root's sketch is needed from now on
        self.waiting.pop(post_id, None)
        if root == post_id and post.wanted:
            post.joined = True
        return self._outputs(post_id, post)

    def _outputs(self, post_id: str, post: Post) -> list[Out]:
        root, item = post.root, post.item
        out: list[Out] = [("tell", w, post_id, root, at, post.seed) for w, at in post.waiters]
        if item is None:
            return out
        if post.neighbours or root != post_id:  # a post alone (most) is left undecided in the buckets: the first
            # near-duplicate to meet it asks it (one round trip), and no message goes to its band partitions
            out += [("annotate", part, post_id, root, item, post.seed) for part in post.parts]
        if root != post_id:
            out += [("join", root, item), ("seed", root, item.at)]
        elif post.joined:
            out.append(("join", root, item))
        return out

    def expire(self) -> None:
        """Forget the posts that left the window, then the oldest while over ``max_posts`` (arrival order)."""
        if self._order_lost:
            self._order_lost = False
            self._order = deque(sorted((p.at, pid) for pid, p in self.store.items()))
            self.waiting.update({pid: self.clock for pid, p in self.store.items() if p.asked and not p.root})
        cutoff = self.watermark - self.window
        order = self._order
        while order and (order[0][0] < cutoff or len(order) > self.max_posts):
            _, post_id = order.popleft()
            if post_id in self.store:
                del self.store[post_id]
            self.waiting.pop(post_id, None)


class ClusterStage:
    """Stage 3 (a table keyed by cluster id): ``ClusterBook``'s counts, opening rule and events, for posts whose
    cluster the post stage chose (the drift guard is the post stage's: ``PostBook._try``): the cluster is created
    by whichever of its posts arrives first, and the post stage's choice is final."""

    def __init__(self, store: MutableMapping[str, Cluster], *, min_authors: int = CAMPAIGN_MIN_AUTHORS,
                 window: float = CAMPAIGN_WINDOW, update_interval: float = UPDATE_INTERVAL) -> None:
        self.book = ClusterBook(store, min_authors=min_authors, window=window, update_interval=update_interval)
        self.store = store
        self.window = window
        self.watermark = float("-inf")
        self._swept = float("-inf")

    def join(self, cid: str, item: Item, events: dict[str, dict[str, object]]) -> bool:
        """Count the post in ``cid``; False if it was counted already (a replay)."""
        self.watermark = max(self.watermark, item.at)
        cluster = self.store.get(cid)
        sketch = item.fingerprint.sketch if item.fingerprint else b""
        if cluster is None:
            cluster = Cluster(cid, item.at, item.at, item.text[:SAMPLE_CHARS], sketch)
        if not cluster.add(item.post_id, item.author, item.at, item.flagged, item.categories):
            return False
        status = self.book._status(cluster, item.at)
        if cid in events:
            status = str(events[cid]["status"])
        if status is not None:
            cluster.emitted_at, cluster.emitted_count = item.at, cluster.post_count
            events[cid] = cluster.event(status)
        self.store[cid] = cluster
        return True

    def sweep(self) -> None:
        if self.watermark - self._swept >= self.window * SWEEP_FRACTION:
            self._swept = self.watermark
            self.book.expire(self.watermark)
