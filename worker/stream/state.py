"""Campaigns and repeat offenders on the stream: the pure trackers of ``worker.pipeline.campaigns`` over Faust tables.

Route (``VIGIE_CAMPAIGNS=on``):

1. The moderation agent sends a batch's flags and decisions, and ``StreamState.forward`` its valid posts as compact
   items (post id, author, event time, fingerprint, flagged, categories, the first 280 characters) to two internal
   topics; it waits for the broker's acknowledgement of all of them (one round) before the batch is acked:
   - ``{group}-campaign-bands``, as many partitions as the input: a post goes to each band partition that owns one
     of its band keys (``band_partition``: the key's hash mod the count; ~all 4 of 4 partitions, ~5 keys each);
   - ``{group}-offender-items``, the flagged posts with an author, keyed by author id (as many partitions as the
     input): an author's flags from every input partition meet on one partition.
2. ``vigie.campaign-bands`` runs ``BandSide`` over the band partitions this worker owns: the index of their keys
   (in memory, one ``Member`` a post per process) and the table ``campaign_band_posts`` (one record a band message,
   keyed ``partition:offset``: the posts it indexed there, from which the index is rebuilt after a restart). A post
   whose buckets there hold a confirmed near-duplicate is answered with a ``Link`` to ``{group}-campaign-links``,
   ONE partition; the others stop here. ``vigie.campaigns`` runs ``LinkBook`` over ``campaign_members`` (the posts
   placed in a cluster) and ``campaign_clusters``: every link meets every other in one place, so a campaign is
   never split by partition or worker, and it sees only the posts with a near-duplicate (a raid, a copied text),
   not the stream. ``vigie.offenders`` runs ``OffenderTracker`` over ``offenders``. Each agent sends its outputs
   (links, events), waits for them, drains the tables' changelog writes (``drain``), and only then acks its items.
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
from collections.abc import Sequence
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
    BandSide,
    Bucket,
    Cluster,
    Indexed,
    Item,
    Link,
    LinkBook,
    Member,
    Offender,
    OffenderTracker,
    band_partition,
    event_time,
)
from worker.pipeline.fingerprint import Fingerprint, fingerprint_batch, split_keys
from worker.pipeline.known import KnownMember, KnownState
from worker.pipeline.moderate import Judged, Record
from worker.pipeline.normalize import normalize

log = logging.getLogger("worker.stream.state")

SAMPLE_CHARS = 280  # of a post's text, carried to the campaign side (a campaign's sample_text)
ITEMS_PER_MESSAGE = 256  # campaign items per internal message (~200 KB)
MESSAGE_BYTES = 256_000  # links per internal message: about this many bytes at most (the producer's limit is 1 MB)
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


def campaign_bands_topic(settings: Settings) -> str:
    """The band partitions: each post's items, sent to the partitions that own one of its band keys."""
    return f"{settings.group_id}-campaign-bands"


def campaign_links_topic(settings: Settings) -> str:
    """The band partitions' links (posts with a confirmed near-duplicate), ONE partition: the cluster side."""
    return f"{settings.group_id}-campaign-links"


def offender_items_topic(settings: Settings) -> str:
    return f"{settings.group_id}-offender-items"


def campaign_members_topic(settings: Settings) -> str:
    """Members of open campaigns (band keys, sketch, campaign id), read by every worker (worker.pipeline.known)."""
    return f"{settings.group_id}-campaign-known"


TABLES = ("campaign_band_posts", "campaign_members", "campaign_clusters", "offenders")


def changelog_topic(settings: Settings, table: str) -> str:
    return f"{settings.group_id}-{table}-changelog"  # Faust's name for a table's changelog (app id = group id)


def internal_topics(settings: Settings, partitions: int) -> dict[str, int]:
    """The topics campaigns need besides the outputs, with their partition counts (created at start-up)."""
    return {
        campaign_bands_topic(settings): partitions,
        changelog_topic(settings, "campaign_band_posts"): partitions,
        campaign_links_topic(settings): 1,
        campaign_members_topic(settings): 1,
        changelog_topic(settings, "campaign_members"): 1,
        changelog_topic(settings, "campaign_clusters"): 1,
        offender_items_topic(settings): partitions,
        changelog_topic(settings, "offenders"): partitions,
    }


# -- the items: one serialisation point ----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _item_row(it: Item) -> list[Any]:
    fp = it.fingerprint
    bands = _b64(b"".join(fp.bands)) if fp else None
    sketch = _b64(fp.sketch) if fp else None
    return [it.post_id, it.author, it.at, bands, sketch, it.flagged, list(it.categories), it.text]


def _unitem(row: list[Any]) -> Item:
    post_id, author, at, bands, sketch, flagged, categories, text = row
    fp = None
    if bands is not None:
        fp = Fingerprint(split_keys(base64.b64decode(bands)), base64.b64decode(sketch))
    return Item(post_id, author, at, fp, flagged, tuple(categories), text)


def encode_items(items: Sequence[Item]) -> bytes:
    return orjson.dumps([_item_row(it) for it in items])


def _band_row(it: Item, own: Sequence[bytes], sketch: str, keys: str, text: str) -> bytes:
    """A post as a band partition gets it: its keys there, and all its keys (b64, carried into its links)."""
    return orjson.dumps([it.post_id, it.author, it.at, _b64(b"".join(own)), sketch, it.flagged, list(it.categories),
                         text, keys])


def decode_band_items(data: bytes) -> tuple[list[Item], list[bytes]]:
    """A band message: its posts (fingerprints holding the partition's keys only) and each post's keys, joined."""
    items, keys = [], []
    for post_id, author, at, own, sketch, flagged, categories, text, all_keys in orjson.loads(data):
        fp = Fingerprint(split_keys(base64.b64decode(own)), base64.b64decode(sketch))
        items.append(Item(post_id, author, at, fp, flagged, tuple(categories), text))
        keys.append(base64.b64decode(all_keys))
    return items, keys


def _link_row(link: Link) -> bytes:
    it = link.item
    sketch = _b64(it.fingerprint.sketch) if it.fingerprint is not None else ""
    keys = link.keys or (b"".join(it.fingerprint.bands) if it.fingerprint is not None else b"")
    return orjson.dumps([it.post_id, it.author, it.at, _b64(keys), sketch, it.flagged, list(it.categories), it.text,
                         [_member(m) for m in link.neighbours]])


def encode_links(links: Sequence[Link]) -> bytes:
    return b"[" + b",".join(_link_row(link) for link in links) + b"]"


def link_messages(links: Sequence[Link], max_bytes: int = MESSAGE_BYTES) -> list[bytes]:
    """Links as messages of at most ``ITEMS_PER_MESSAGE`` links and about ``max_bytes`` each (a link of a raid's
    post names up to ``LINK_NEIGHBOURS`` members: a count alone let one message pass the producer's 1 MB)."""
    messages: list[bytes] = []
    rows: list[bytes] = []
    size = 0
    for link in links:
        row = _link_row(link)
        if rows and (len(rows) == ITEMS_PER_MESSAGE or size + len(row) > max_bytes):
            messages.append(b"[" + b",".join(rows) + b"]")
            rows, size = [], 0
        rows.append(row)
        size += len(row) + 1
    if rows:
        messages.append(b"[" + b",".join(rows) + b"]")
    return messages


def decode_links(data: bytes) -> list[Link]:
    """Links as the cluster side reads them: the post's keys joined in ``Link.keys`` (split only if announced)."""
    links = []
    for post_id, author, at, keys, sketch, flagged, categories, text, members in orjson.loads(data):
        item = Item(post_id, author, at, Fingerprint((), base64.b64decode(sketch)), flagged, tuple(categories), text)
        links.append(Link(item, tuple(_unmember(m) for m in members), base64.b64decode(keys)))
    return links


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
    return [_unitem(row) for row in orjson.loads(data)]


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


BandRecord = tuple[Indexed, ...]  # a ``campaign_band_posts`` value: the posts one band message indexed on its partition


def dump_state(value: Bucket | Cluster | Offender | Indexed | BandRecord) -> Any:
    if isinstance(value, tuple) and value and isinstance(value[0], Indexed):
        return {"r": [[_b64(ind.keys), _member(ind.member)] for ind in cast(BandRecord, value)]}
    if isinstance(value, Indexed):
        return {"i": [_b64(value.keys), _member(value.member)]}
    if isinstance(value, Member):
        return {"m": _member(value)}
    if isinstance(value, tuple):
        return {"b": [_member(m) for m in cast(tuple[Member, ...], value)]}
    if isinstance(value, Cluster):
        c = value
        return {"c": [c.cluster_id, c.first_seen, c.last_seen, c.sample_text, _b64(c.seed_sketch), list(c.post_ids),
                      list(c.authors.items()), c.post_count, c.author_count, c.flagged_count, list(c.categories),
                      c.opened, c.emitted_at, c.emitted_count]}
    return {"o": [[p, at, list(cats)] for p, (at, cats) in value.flags.items()], "e": value.emitted_count}


def load_state(obj: Any) -> Bucket | Cluster | Offender | Indexed | BandRecord:
    if "r" in obj:
        return tuple(Indexed(base64.b64decode(keys), _unmember(m)) for keys, m in obj["r"])
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
        self.partitions = 1  # of the band topic (the input's), set by ``install``
        self.band_side: BandSide | None = None  # built on the first band message, over the recovered table
        self.link_book: LinkBook | None = None
        self.offenders: OffenderTracker | None = None
        self.started = time.monotonic()
        self.last_batch = time.monotonic()
        self.band_posts: Any = None
        self.members: Any = None
        self.clusters: Any = None
        self.authors: Any = None
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
        caller awaits with its flags' before the batch is acked (one round of acknowledgements, not two).

        A fingerprinted post goes to each band partition that owns one of its keys (one message a partition and
        batch: the post's row, encoded once); a flagged post with an author to the offender partition of its author."""
        if not items:
            return []
        send, n = producer.send, self.partitions
        by_partition: dict[int, list[bytes]] = {}
        for it in items:
            fp = it.fingerprint
            if fp is not None:
                own: dict[int, list[bytes]] = {}
                for k in fp.bands:
                    own.setdefault(band_partition(k, n), []).append(k)
                sketch, keys = _b64(fp.sketch), _b64(b"".join(fp.bands))
                home = band_partition(fp.bands[0], n)  # the text (a campaign's sample) goes to one partition only
                for p, part in own.items():
                    by_partition.setdefault(p, []).append(_band_row(it, part, sketch, keys, it.text if p == home else ""))
        topic = campaign_bands_topic(self.settings)
        futures = [await send(topic, None, b"[" + b",".join(rows[i : i + ITEMS_PER_MESSAGE]) + b"]", p, None, None)
                   for p, rows in sorted(by_partition.items()) for i in range(0, len(rows), ITEMS_PER_MESSAGE)]
        topic = offender_items_topic(self.settings)
        futures += [await send(topic, it.author.encode(), encode_items([it]), None, None, None)
                    for it in items if it.flagged and it.author is not None]
        return futures

    def install(self, app: faust.App, partitions: int) -> None:
        settings = self.settings
        self.partitions = partitions

        def table(name: str, key_codec: str, n: int, *, use_partitioner: bool = True) -> Any:
            schema: Any = faust.Schema(key_serializer=key_codec, value_serializer=CODEC)
            made: Any = app.Table(name, partitions=n, schema=schema, use_partitioner=use_partitioner)
            # Faust derives the changelog's codecs from key_type/value_type (json when untyped) and uses them whatever
            # the schema says, in its sends and in the changelog topic it built already: both set again here.
            made.key_serializer, made.value_serializer = key_codec, CODEC
            made.changelog_topic = made._new_changelog_topic()
            return made

        # Keyed "{partition}:{offset}" of the band message: the key names its changelog partition, the band
        # partition's own (Faust would take the current event's, which a batch of several partitions blurs).
        self.band_posts = table("campaign_band_posts", KEY_CODEC, partitions, use_partitioner=False)
        self.band_posts.partition_for_key = lambda key: int(key.split(":", 1)[0])
        self.members = table("campaign_members", KEY_CODEC, 1)
        self.clusters = table("campaign_clusters", KEY_CODEC, 1)
        self.authors = table("offenders", KEY_CODEC, partitions)
        campaign_bands = app.topic(campaign_bands_topic(settings), partitions=partitions)
        campaign_links = app.topic(campaign_links_topic(settings), partitions=1)
        offender_items = app.topic(offender_items_topic(settings), partitions=partitions)
        app.on_partitions_revoked.connect(self._on_revoked)  # type: ignore[arg-type]  # (faust types the receiver narrowly)

        @app.agent(campaign_bands, name="vigie.campaign-bands")
        async def bands(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(TAKE, within=settings.batch_within):
                await self._band_batch(app, stream, events)

        @app.agent(campaign_links, name="vigie.campaigns")
        async def campaigns(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(TAKE, within=settings.batch_within):
                await self._link_batch(app, stream, events)

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
        # The sides keep an arrival order and a watermark beside the tables: rebuilt over the tables the next
        # owner of the partitions recovers.
        self.band_side = None
        self.link_book = None
        self.offenders = None

    def _band_side(self, app: faust.App) -> BandSide:
        if self.band_side is None:
            topic = campaign_bands_topic(self.settings)
            self.band_side = self._build_band_side(sorted(tp.partition for tp in app.consumer.assignment()
                                                          if tp.topic == topic))
        return self.band_side

    def _build_band_side(self, owned: Sequence[int]) -> BandSide:
        """The band side of the partitions ``owned``, rebuilt from their records in ``campaign_band_posts``."""
        if self.band_side is None:
            s = self.settings
            self.band_side = BandSide(self.band_posts, self.partitions, window=s.campaign_window,
                                      max_posts=s.campaign_max_posts,
                                      max_buckets=s.campaign_max_posts * BUCKETS_PER_POST)
            self.band_side.rebuild(owned)
            self.metrics.state_recovery.labels("campaigns").set(time.monotonic() - self.started)
            log.info("campaign band partitions %s ready: %d posts indexed in %d band buckets", owned,
                     len(self.band_side), len(self.band_side.buckets))
        return self.band_side

    async def _band_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        """Index the posts of band messages, send their links to the cluster side; ack once the links and the
        table's writes are acknowledged."""
        side = self._band_side(app)
        links: list[Link] = []
        turn = time.perf_counter()
        for e in events:
            message = e.message
            record = f"{message.partition}:{message.offset}"
            items, keys = decode_band_items(e.value)
            for start in range(0, len(items), SLICE):  # in slices, the event loop free in between
                links += side.answer(message.partition, record, items[start : start + SLICE],
                                     write=start + SLICE >= len(items), all_keys=keys[start : start + SLICE])
                if time.perf_counter() - turn >= TURN:
                    await asyncio.sleep(0)
                    turn = time.perf_counter()
        producer, topic = app.producer, campaign_links_topic(self.settings)
        futures = [await producer.send(topic, None, message, 0, None, None) for message in link_messages(links)]
        await drain(producer)
        await asyncio.gather(*futures)
        for e in events:
            await stream.ack(e)

    def _link_book(self) -> LinkBook:
        if self.link_book is None:
            s = self.settings
            self.link_book = LinkBook(self.members, self.clusters, min_authors=s.campaign_min_authors,
                                      window=s.campaign_window, update_interval=s.campaign_update_interval,
                                      max_posts=s.campaign_max_posts)
            log.info("campaign clusters ready: %d posts placed in %d clusters", len(self.members), len(self.clusters))
        return self.link_book

    async def _link_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        book = self._link_book()
        links = [link for e in events for link in decode_links(e.value)]
        announce, out = book.process(links)
        self.last_batch = time.monotonic()
        self.metrics.campaign_posts.inc(book.joined)
        await self._announce_members(app, announce)
        await self._publish_campaigns(app, out)
        for e in events:
            await stream.ack(e)

    async def _announce_members(self, app: faust.App, members: Sequence[Indexed]) -> None:
        """Send the members of open campaigns (with their keys) to every worker's known state."""
        known = [KnownMember(ind.member.cluster, ind.member.post_id, ind.member.at, split_keys(ind.keys),
                             ind.member.sketch) for ind in members]
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
        book = self.link_book
        if book is not None and book.watermark != float("-inf"):
            # Event time stands still when no post comes: it moves on with the clock since the last batch.
            now = book.watermark + (time.monotonic() - self.last_batch)
            await self._publish_campaigns(app, book.due(now))
        if self.clusters is not None:
            self.metrics.campaigns_open.set(sum(1 for c in self.clusters.values() if c.opened))
            stores = (self.band_posts, self.members, self.clusters, self.authors)
            for name, store in zip(TABLES, stores, strict=True):
                self.metrics.state_size.labels(name).set(len(store))
            side = self.band_side
            self.metrics.state_size.labels("campaign_bands").set(len(side.buckets) if side is not None else 0)
