"""Campaigns and repeat offenders on the stream: the pure trackers of ``worker.pipeline.campaigns`` over Faust tables.

Route (``VIGIE_CAMPAIGNS=on``):

1. The moderation agent sends a batch's flags and decisions, and ``StreamState.forward`` its valid posts as compact
   items (post id, author, event time, fingerprint, flagged, categories, the first 280 characters) to two internal
   topics; it waits for the broker's acknowledgement of all of them (one round) before the batch is acked:
   - ``{group}-campaign-items``, ONE partition: every worker's posts meet in one place, so a campaign is never
     split by input partition or by worker. One worker owns it at a time; its tables' changelogs let another
     take over. The cost is one core's throughput for the campaign side (~14k posts/s measured on the core);
   - ``{group}-offender-items``, the flagged posts with an author, keyed by author id (as many partitions as the
     input): an author's flags from every input partition meet on one partition.
2. ``vigie.campaigns`` runs ``CampaignTracker`` over the band index (in memory) and the table ``campaign_clusters``;
   the table ``campaign_members`` keeps each indexed post once (its band keys and ``Member``), from which the index
   is rebuilt after a restart: one changelog write per post instead of one per band (20), which measured as most
   of the campaign side's cost;
   ``vigie.offenders`` runs ``OffenderTracker`` over ``offenders``; both publish their events (keyed by campaign id,
   by author id) and wait for them, drain the tables' changelog writes (``drain``), and only then ack their items.
3. A timer releases campaign updates the rate limit held back (``due``) and reports the tables' sizes.
4. What flags and decisions carry (``campaign_id``, ``author_flag_count``): ``vigie.campaigns`` sends the members
   of open campaigns to ``{group}-campaign-known`` (when a campaign opens, then as members join); every worker
   reads it and the offender topic with a consumer outside the group (``_follow_known``) into ``KnownState``
   (worker.pipeline.known), which the moderation agent asks before it publishes (``annotations``).

Exactly once in effect under at-least-once: counts are of distinct post ids (the core's), so items delivered twice
count once; a table change reaches its changelog before the items that caused it are committed, so a crash loses
none (docs/guarantees.md, "Campaigns and offenders", has the Tansu caveat and its fix).

Table values travel as JSON (``StateCodec``), not pickle: an internal topic is still a topic anyone with write
access can feed, and unpickling it would run their code.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import aiokafka
import faust
import orjson
from faust.serializers import codecs
from faust.streams import Stream

from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.pipeline.campaigns import (
    BUCKETS_PER_POST,
    Bucket,
    CampaignTracker,
    Cluster,
    Item,
    Member,
    Offender,
    OffenderTracker,
    event_time,
)
from worker.pipeline.fingerprint import Fingerprint, fingerprint_batch, split_keys
from worker.pipeline.known import KnownMember, KnownState
from worker.pipeline.moderate import Judged, Record
from worker.pipeline.normalize import normalize

log = logging.getLogger("worker.stream.state")

SAMPLE_CHARS = 280  # of a post's text, carried to the campaign side (a campaign's sample_text)
ITEMS_PER_MESSAGE = 256  # campaign items per internal message (~200 KB)
TAKE = 2  # internal messages per state batch: <= 512 items (64: p99 latency 538 ms, before SLICE)
# The campaign agent gives the event loop back after TURN seconds of work (checked every SLICE items). A whole
# batch at once (512 items, 70-190 ms on the bench feed) held the moderation agent's flags back by as much; each
# step of a moderation batch (take, publish, acknowledgements) may now wait one turn.
SLICE = 8
TURN = 0.002
# Offender items travel one per message (keyed by author): 2 a batch meant a changelog drain per 2 flags.
OFFENDER_TAKE = 256
CODEC = "vigie_state"
KEY_CODEC = "vigie_utf8"


def campaign_items_topic(settings: Settings) -> str:
    return f"{settings.group_id}-campaign-items"


def offender_items_topic(settings: Settings) -> str:
    return f"{settings.group_id}-offender-items"


def campaign_members_topic(settings: Settings) -> str:
    """Members of open campaigns (band keys, sketch, campaign id), read by every worker (worker.pipeline.known)."""
    return f"{settings.group_id}-campaign-known"


TABLES = ("campaign_members", "campaign_clusters", "offenders")


def changelog_topic(settings: Settings, table: str) -> str:
    return f"{settings.group_id}-{table}-changelog"  # Faust's name for a table's changelog (app id = group id)


def internal_topics(settings: Settings, partitions: int) -> dict[str, int]:
    """The topics campaigns need besides the outputs, with their partition counts (created at start-up)."""
    return {
        campaign_items_topic(settings): 1,
        campaign_members_topic(settings): 1,
        changelog_topic(settings, "campaign_members"): 1,
        changelog_topic(settings, "campaign_clusters"): 1,
        offender_items_topic(settings): partitions,
        changelog_topic(settings, "offenders"): partitions,
    }


# -- the items: one serialisation point ----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encode_items(items: Sequence[Item]) -> bytes:
    rows = []
    for it in items:
        fp = it.fingerprint
        bands = _b64(b"".join(fp.bands)) if fp else None
        sketch = _b64(fp.sketch) if fp else None
        rows.append([it.post_id, it.author, it.at, bands, sketch, it.flagged, list(it.categories), it.text])
    return orjson.dumps(rows)


def encode_members(members: Sequence[KnownMember]) -> bytes:
    return orjson.dumps([[m.campaign_id, m.post_id, m.at, _b64(b"".join(m.bands)), _b64(m.sketch)] for m in members])


def decode_members(data: bytes) -> list[KnownMember]:
    members = []
    for cid, post_id, at, bands, sketch in orjson.loads(data):
        members.append(KnownMember(cid, post_id, at, split_keys(base64.b64decode(bands)), base64.b64decode(sketch)))
    return members


def decode_offender(data: bytes) -> tuple[str, int, float] | None:
    """(author, flag count, last flag at) of an offender event (``vigie.offender.v1``), None if unreadable."""
    try:
        ev = orjson.loads(data)
        at = datetime.fromisoformat(ev["last_flag_at"]).timestamp()
        return str(ev["author_id"]), int(ev["flag_count"]), at
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def decode_items(data: bytes) -> list[Item]:
    items = []
    for post_id, author, at, bands, sketch, flagged, categories, text in orjson.loads(data):
        fp = None
        if bands is not None:
            fp = Fingerprint(split_keys(base64.b64decode(bands)), base64.b64decode(sketch))
        items.append(Item(post_id, author, at, fp, flagged, tuple(categories), text))
    return items


def items_of(judged: Sequence[Judged], records: Sequence[Record]) -> list[Item]:
    """The trackers' view of a batch's valid posts (fingerprinted on their normalised text)."""
    stamps = {(r.partition, r.offset): r.timestamp for r in records}
    # The scorer's normalised text when the verdict carries it (it always does from the worker's scorer).
    texts = [j.verdict.normalized or normalize(j.post.text).text for j in judged]
    fingerprints = fingerprint_batch(texts)
    items = []
    for j, fp in zip(judged, fingerprints, strict=True):
        post = j.post
        stamp = stamps.get((j.source.partition, j.source.offset))
        at = event_time(post.created_at, int(stamp * 1000) if stamp is not None else None)
        if at is None:
            continue  # no date at all: no window to put it in
        flagged = j.verdict.decision != "allow"
        items.append(Item(post.id, post.author_id, at, fp, flagged, j.verdict.categories, post.text[:SAMPLE_CHARS]))
    return items


# -- the tables' values as JSON --------------------------------------------------------------------------------------


def _member(m: Member) -> list[Any]:
    return [m.post_id, m.author, m.at, m.cluster, _b64(m.sketch), m.flagged, list(m.categories)]


def _unmember(row: list[Any]) -> Member:
    return Member(row[0], row[1], row[2], row[3], base64.b64decode(row[4]), row[5], tuple(row[6]))


@dataclass(frozen=True, slots=True)
class Indexed:
    """A post as the band index holds it: its band keys, joined (``split_keys`` gives them back), and its
    ``Member`` (a ``campaign_members`` value). Joined: most of a post's keys name buckets other posts created, so
    its own 20 key objects and their tuple were kept by this entry alone (~1 KB a post)."""

    keys: bytes
    member: Member


def dump_state(value: Bucket | Cluster | Offender | Indexed) -> Any:
    if isinstance(value, Indexed):
        return {"i": [_b64(value.keys), _member(value.member)]}
    if isinstance(value, Member):
        return {"m": _member(value)}
    if isinstance(value, tuple):
        return {"b": [_member(m) for m in value]}
    if isinstance(value, Cluster):
        c = value
        return {"c": [c.cluster_id, c.first_seen, c.last_seen, c.sample_text, _b64(c.seed_sketch), list(c.post_ids),
                      list(c.authors.items()), c.post_count, c.author_count, c.flagged_count, list(c.categories),
                      c.opened, c.emitted_at, c.emitted_count]}
    return {"o": [[p, at, list(cats)] for p, (at, cats) in value.flags.items()], "e": value.emitted_count}


def load_state(obj: Any) -> Bucket | Cluster | Offender | Indexed:
    if "i" in obj:
        return Indexed(base64.b64decode(obj["i"][0]), _unmember(obj["i"][1]))
    if "m" in obj:
        return _unmember(obj["m"])
    if "b" in obj:
        return tuple(_unmember(r) for r in obj["b"])
    if "c" in obj:
        (cid, first, last, sample, seed, post_ids, authors, posts, n_authors, flagged, cats, opened, emitted_at,
         emitted_count) = obj["c"]
        return Cluster(cid, first, last, sample, base64.b64decode(seed), dict.fromkeys(post_ids),
                       {a: at for a, at in authors}, posts, n_authors, flagged, tuple(cats), opened, emitted_at,
                       emitted_count)
    return Offender({p: (at, tuple(cats)) for p, at, cats in obj["o"]}, obj["e"])


class StateCodec(codecs.Codec):
    """Faust codec of the tables' values: JSON, so restoring a changelog never runs code (unlike pickle)."""

    def _dumps(self, obj: Any) -> bytes:
        return orjson.dumps(dump_state(obj))

    def _loads(self, s: bytes) -> Any:
        return load_state(orjson.loads(s)) if s else None  # empty: a deleted key's tombstone


class Utf8Codec(codecs.Codec):
    """Faust codec of str keys: their UTF-8 bytes, so the default partitioner places a changelog key where the
    producer placed the same key on the internal topic (Faust's ``raw`` would give bytes back on restore)."""

    def _dumps(self, obj: Any) -> bytes:
        return obj.encode("utf-8") if isinstance(obj, str) else bytes(obj)

    def _loads(self, s: bytes) -> Any:
        return s.decode("utf-8")


codecs.register(CODEC, StateCodec())
codecs.register(KEY_CODEC, Utf8Codec())


async def send_events(app: faust.App, topic: str, key: str, events: Sequence[dict[str, object]]) -> None:
    """Publish events keyed by their ``key`` field and wait until every one (and any table write before) is acked."""
    producer = app.producer
    futures = [await producer.send(topic, str(ev[key]).encode(), orjson.dumps(ev), None, None, None) for ev in events]
    await drain(producer)
    if futures:
        await asyncio.gather(*futures)


async def drain(producer: Any) -> None:
    """Every record the tables buffered is sent and acknowledged. Faust's own ``flush`` gives up on its buffer
    after 0.1 s without progress, which a busy loop can leave behind; a commit could then overtake a table write."""
    while True:
        await producer.flush()
        if not producer.buffer.size:
            return
        await asyncio.sleep(0.01)


class StreamState:
    """Built once at start-up; ``install`` adds the tables, agents and timer to the app."""

    def __init__(self, settings: Settings, metrics: Metrics) -> None:
        self.settings = settings
        self.metrics = metrics
        self.campaigns: CampaignTracker | None = None  # built on the first batch, over recovered tables
        self.offenders: OffenderTracker | None = None
        self.started = time.monotonic()
        self.last_batch = time.monotonic()
        self.bands: dict[bytes, Bucket] = {}  # the band index, rebuilt from ``members`` when the tracker is built
        self.indexed: deque[tuple[float, str]] = deque()  # (event time, post id) of ``members``, oldest first
        self.members: Any = None
        self.clusters: Any = None
        self.authors: Any = None
        self.campaign_topic: Any = None
        self.offender_topic: Any = None
        # Open campaigns and known offenders as this worker knows them, for its flags (worker.pipeline.known).
        self.known = KnownState(campaign_window=settings.campaign_window, offender_window=settings.offender_window)
        fingerprint_batch(["déjà préparé à l'avance"])  # its tables built now (~0.3 s), not in a first batch
        for status in ("opened", "updated"):  # series present from the start (0 until the first event)
            metrics.campaign_events.labels(status)
        for name in (*TABLES, "campaign_bands"):
            metrics.state_size.labels(name)
        for side in ("campaigns", "offenders"):
            metrics.state_recovery.labels(side)

    def items(self, judged: Sequence[Judged], records: Sequence[Record]) -> list[Item]:
        """The batch's valid posts as the trackers see them (fingerprinted once, for ``annotations`` and ``forward``)."""
        return items_of(judged, records) if judged else []

    def annotations(self, items: Sequence[Item]) -> dict[str, dict[str, object]]:
        """Post id -> ``campaign_id`` / ``author_flag_count`` for the posts the known state recognises."""
        known = self.known
        if items:
            known.expire(max(it.at for it in items))
        out = {}
        for it in items:
            fields = known.annotate(it.author, it.fingerprint, it.at)
            if fields:
                out[it.post_id] = fields
        return out

    async def forward(self, items: Sequence[Item], producer: Any) -> list[Any]:
        """Send a batch's items to the internal topics; the futures of the broker's acknowledgements, which the
        caller awaits with its flags' before the batch is acked (one round of acknowledgements, not two)."""
        if not items:
            return []
        send = producer.send
        printed = [it for it in items if it.fingerprint is not None]
        topic = campaign_items_topic(self.settings)
        futures = [await send(topic, None, encode_items(printed[i : i + ITEMS_PER_MESSAGE]), 0, None, None)
                   for i in range(0, len(printed), ITEMS_PER_MESSAGE)]
        topic = offender_items_topic(self.settings)
        futures += [await send(topic, it.author.encode(), encode_items([it]), None, None, None)
                    for it in items if it.flagged and it.author is not None]
        return futures

    def install(self, app: faust.App, partitions: int) -> None:
        settings = self.settings

        def table(name: str, key_codec: str, n: int) -> Any:
            schema: Any = faust.Schema(key_serializer=key_codec, value_serializer=CODEC)
            made: Any = app.Table(name, partitions=n, schema=schema, use_partitioner=True)
            # Faust derives the changelog's codecs from key_type/value_type (json when untyped) and uses them whatever
            # the schema says, in its sends and in the changelog topic it built already: both set again here.
            made.key_serializer, made.value_serializer = key_codec, CODEC
            made.changelog_topic = made._new_changelog_topic()
            return made

        self.members = table("campaign_members", KEY_CODEC, 1)
        self.clusters = table("campaign_clusters", KEY_CODEC, 1)
        self.authors = table("offenders", KEY_CODEC, partitions)
        campaign_items = app.topic(campaign_items_topic(settings), partitions=1)
        offender_items = app.topic(offender_items_topic(settings), partitions=partitions)
        app.on_partitions_revoked.connect(self._on_revoked)  # type: ignore[arg-type]  # (faust types the receiver narrowly)

        @app.agent(campaign_items, name="vigie.campaigns")
        async def campaigns(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(TAKE, within=settings.batch_within):
                await self._campaign_batch(app, stream, events)

        @app.agent(offender_items, name="vigie.offenders")
        async def offenders(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(OFFENDER_TAKE, within=settings.batch_within):
                await self._offender_batch(app, stream, events)

        @app.timer(interval=5.0)
        async def campaign_timer() -> None:
            await self._tick(app)

        @app.task
        async def follow_known() -> None:
            while True:  # the annotations are a convenience: a broker error pauses them, never the worker
                try:
                    await self._follow_known(app)
                except Exception as exc:
                    log.warning("following campaigns and offenders failed (%s), again in 5 s", type(exc).__name__)
                    await asyncio.sleep(5.0)

    def _on_revoked(self, sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        # The trackers keep an arrival order and a watermark beside the tables: rebuilt over the tables the next
        # owner of the partitions recovers.
        self.campaigns = None
        self.offenders = None

    def _campaign_tracker(self) -> CampaignTracker:
        if self.campaigns is None:
            s = self.settings
            self.bands = {}
            self.campaigns = CampaignTracker(self.bands, self.clusters, min_authors=s.campaign_min_authors,
                                             window=s.campaign_window, update_interval=s.campaign_update_interval,
                                             max_posts=s.campaign_max_posts,
                                             max_buckets=s.campaign_max_posts * BUCKETS_PER_POST)
            self._rebuild_index(self.campaigns)
            self.metrics.state_recovery.labels("campaigns").set(time.monotonic() - self.started)
            log.info("campaign state ready: %d posts indexed in %d band buckets, %d clusters", len(self.members),
                     len(self.bands), len(self.clusters))
        return self.campaigns

    async def _campaign_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        tracker = self._campaign_tracker()
        items = [it for e in events for it in decode_items(e.value)]
        steps, done = tracker.steps(items, SLICE), 0
        turn = time.perf_counter()
        while True:  # in slices, the event loop free in between: the moderation agent shares it
            try:
                upto = next(steps)
            except StopIteration as finished:
                assigned, out = finished.value
                break
            self._record_members(tracker, items[done:upto])
            done = upto
            if time.perf_counter() - turn >= TURN:
                await asyncio.sleep(0)
                turn = time.perf_counter()
        self._record_members(tracker, items[done:])
        self.last_batch = time.monotonic()
        self.metrics.campaign_posts.inc(sum(cid is not None for cid in assigned))
        await self._announce_members(app, items, assigned, out)
        await self._publish_campaigns(app, out)
        for e in events:
            await stream.ack(e)

    async def _announce_members(self, app: faust.App, items: Sequence[Item], assigned: Sequence[str | None],
                                out: Sequence[dict[str, object]]) -> None:
        """Send the members of open campaigns to every worker's known state: the batch's posts an open campaign
        took, and all the members so far of a campaign that opened in this batch."""
        known = [KnownMember(cid, it.post_id, it.at, it.fingerprint.bands, it.fingerprint.sketch)
                 for it, cid in zip(items, assigned, strict=True)
                 if cid is not None and it.fingerprint is not None]
        for ev in out:
            if ev["status"] != "opened":
                continue
            for post_id in cast(list[str], ev["post_ids"]):
                indexed = self.members.get(post_id)
                if indexed is not None:
                    m = indexed.member
                    known.append(KnownMember(str(ev["campaign_id"]), post_id, m.at, split_keys(indexed.keys),
                                             m.sketch))
        if not known:
            return
        producer, topic = app.producer, campaign_members_topic(self.settings)
        futures = [await producer.send(topic, None, encode_members(known[i : i + ITEMS_PER_MESSAGE]), 0, None, None)
                   for i in range(0, len(known), ITEMS_PER_MESSAGE)]
        await asyncio.gather(*futures)

    async def _follow_known(self, app: faust.App) -> None:
        """Feed ``known`` from every campaign member announced and every offender event, from the start of their
        topics (bounded by ``KnownState``; the entries expire with the windows). Not part of the group: every
        worker reads them all."""
        settings = self.settings
        topics = [campaign_members_topic(settings), settings.offender_topic]
        # group_id None: aiokafka assigns every partition of the topics, and no offset is committed
        consumer = aiokafka.AIOKafkaConsumer(
            *topics, bootstrap_servers=settings.bootstrap_servers.split(","), group_id=None,
            enable_auto_commit=False, auto_offset_reset="earliest", **settings.kafka_security(),
        )
        await consumer.start()
        log.info("following open campaigns and known offenders on %s", ", ".join(topics))
        try:
            while True:
                batch = await consumer.getmany(timeout_ms=1000)
                for part, records in batch.items():
                    for rec in records:
                        self._learn(part.topic, rec.value)
        finally:
            await consumer.stop()

    def _learn(self, topic: str, value: bytes | None) -> None:
        if not value:
            return
        if topic == self.settings.offender_topic:
            offender = decode_offender(value)
            if offender is not None:
                self.known.add_offender(*offender)
            return
        try:
            members = decode_members(value)
        except (orjson.JSONDecodeError, ValueError, TypeError):
            log.warning("unreadable message on %s skipped", topic)
            return
        for m in members:
            self.known.add_member(m)

    def _rebuild_index(self, tracker: CampaignTracker) -> None:
        """The band index of the recovered ``campaign_members``, oldest first (as they were added)."""
        posts = sorted(self.members.values(), key=lambda p: p.member.at)
        now = posts[-1].member.at if posts else 0.0
        for posted in posts:
            tracker.index.add(split_keys(posted.keys), posted.member, now)
        self.indexed = deque((p.member.at, p.member.post_id) for p in posts)

    def _record_members(self, tracker: CampaignTracker, items: Sequence[Item]) -> None:
        """Write each newly indexed post once to ``campaign_members``; forget those that left the window."""
        members = self.members
        for it in items:
            fp = it.fingerprint
            if fp is None or not fp.bands or it.post_id in members:
                continue
            bucket = self.bands.get(fp.bands[0])
            found = [m for m in ((bucket,) if isinstance(bucket, Member) else bucket or ()) if m.post_id == it.post_id]
            if found:  # indexed now (a post too late for the window is not)
                members[it.post_id] = Indexed(b"".join(fp.bands), found[0])
                self.indexed.append((it.at, it.post_id))
        cutoff = tracker.watermark - self.settings.campaign_window
        indexed = self.indexed
        cap = tracker.index.max_posts  # the posts the index can still hold: older members could never be rebuilt
        while indexed and (indexed[0][0] < cutoff or len(indexed) > cap):
            _, post_id = indexed.popleft()
            if post_id in members:
                del members[post_id]

    async def _publish_campaigns(self, app: faust.App, out: Sequence[dict[str, object]]) -> None:
        await send_events(app, self.settings.campaign_topic, "campaign_id", out)
        for ev in out:
            self.metrics.campaign_events.labels(str(ev["status"])).inc()
            if ev["status"] == "opened":
                log.info("campaign %s opened: %s posts by %s authors", ev["campaign_id"], ev["post_count"],
                         ev["author_count"])

    def _offender_tracker(self) -> OffenderTracker:
        if self.offenders is None:
            s = self.settings
            self.offenders = OffenderTracker(self.authors, min_flags=s.offender_min_flags, window=s.offender_window,
                                             max_authors=s.offender_max_authors)
            self.metrics.state_recovery.labels("offenders").set(time.monotonic() - self.started)
        return self.offenders

    async def _offender_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        tracker = self._offender_tracker()
        items = [it for e in events for it in decode_items(e.value)]
        out = tracker.process(items)
        await send_events(app, self.settings.offender_topic, "author_id", out)
        self.metrics.offender_events.inc(len(out))
        for e in events:
            await stream.ack(e)

    async def _tick(self, app: faust.App) -> None:
        tracker = self.campaigns
        if tracker is not None and tracker.watermark != float("-inf"):
            # Event time stands still when no post comes: it moves on with the clock since the last batch.
            now = tracker.watermark + (time.monotonic() - self.last_batch)
            await self._publish_campaigns(app, tracker.due(now))
        if self.clusters is not None:
            self.metrics.campaigns_open.set(sum(1 for c in self.clusters.values() if c.opened))
            for name, store in zip(TABLES, (self.members, self.clusters, self.authors), strict=True):
                self.metrics.state_size.labels(name).set(len(store))
            self.metrics.state_size.labels("campaign_bands").set(len(self.bands))

