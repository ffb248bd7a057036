"""Campaigns and repeat offenders on the stream: the pure stages of ``worker.pipeline.campaigns`` over Faust tables.

Route (``VIGIE_CAMPAIGNS=on``): every internal topic has as many partitions as the input, and every worker of the
group owns some of each, so the campaign side is shared like the moderation side (issue 15: the band index is a
table partitioned by band key).

1. The moderation agent sends a batch's flags and decisions and, with them (one round of broker acknowledgements
   before the batch is acked), ``StreamState.forward``: each valid post as a compact item (post id, author, event
   time, fingerprint, flagged, categories, the first 280 characters) to ``{group}-campaign-bands``, once to each
   partition its band keys fall on (``band_part``: the key's last byte, a hash's, modulo the partitions; the band
   table writes to that partition's changelog explicitly), with that list of partitions; and the flagged posts with an author to
   ``{group}-offender-items``, keyed by author.
2. Band stage (``vigie.campaign-bands``): for the keys the partition owns, the confirmed near-duplicates ahead of
   the post and their roots if known (``band_answer``); the post is recorded under them. The buckets are in memory
   (``BandIndex``); the table ``campaign_bands`` keeps each post once per band partition (``"{part}:{post id}"``
   -> its keys there and its member, written to that partition's changelog), from which they are rebuilt: one
   changelog write a post and partition instead of one a band key. The answer goes to the post stage.
3. Post stage (``vigie.campaign-posts``, ``{group}-campaign-posts`` keyed by post id, table ``campaign_posts``):
   ``PostBook`` gathers the answers of all the post's band partitions and decides its cluster once (its decided
   neighbours' roots, most first, the first within ``SEED_THRESHOLD`` of the post: the drift guard, with the
   roots' sketches carried along; no neighbour or none near enough: itself; neighbours none decided: it asks them
   and takes the first root told). It tells the posts waiting for it, annotates the band partitions (in memory: a lookup then sees
   the root without asking), and sends the post to its cluster (``join``) and the cluster's root a ``seed``
   request (the root joins its own cluster once another post does).
4. Cluster stage (``vigie.campaign-clusters``, ``{group}-campaign-joins`` keyed by cluster id, table
   ``campaign_clusters``): ``ClusterStage`` counts distinct posts and authors, opens at ``min_authors`` and
   publishes rate-limited events; the members of open campaigns go to ``{group}-campaign-known``; a timer
   releases the updates the rate limit held back.
5. ``vigie.offenders`` runs ``OffenderTracker`` over ``offenders`` (unchanged).
6. What flags and decisions carry (``campaign_id``, ``author_flag_count``): every worker reads
   ``{group}-campaign-known`` and the offender topic with a consumer outside the group (``_follow_known``) into
   ``KnownState`` (worker.pipeline.known), which the moderation agent asks before it publishes (``annotations``).

Exactly once in effect under at-least-once: each stage publishes its outputs and waits for them, drains its
changelog writes (``drain``) and only then acks. The band stage writes its table first: a replay finds the post in
its buckets and answers from the members ahead of it. The post and cluster stages hold their table writes back
(``Overlay``) until their outputs are acknowledged: a crash in between replays the same messages (one partition,
same order) over the same state and recomputes the same outputs. Counts are of distinct post ids.

Table values travel as JSON (``StateCodec``), not pickle: an internal topic is still a topic anyone with write
access can feed, and unpickling it would run their code.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import aiokafka
import faust
import orjson
from aiokafka.partitioner import murmur2
from faust.serializers import codecs
from faust.streams import Stream

from worker.ops.metrics import Metrics
from worker.ops.settings import Settings
from worker.pipeline.campaigns import (
    BandIndex,
    Bucket,
    Cluster,
    ClusterStage,
    Item,
    Member,
    Neighbour,
    Offender,
    OffenderTracker,
    Out,
    Overlay,
    Post,
    PostBook,
    annotate,
    band_candidates,
    campaign_id,
    confirmed_neighbours,
    event_time,
)
from worker.pipeline.fingerprint import BANDS, Fingerprint, fingerprint_batch, similarities_many
from worker.pipeline.known import KnownMember, KnownState
from worker.pipeline.moderate import Judged, Record
from worker.pipeline.normalize import normalize
from worker.stream.fastpath import BatchSchema, values_of

log = logging.getLogger("worker.stream.state")

SAMPLE_CHARS = 280  # of a post's text, carried to the campaign side (a campaign's sample_text)
ITEMS_PER_MESSAGE = 256  # records per internal message (~200 KB of items)
TAKE = 16  # internal messages per stage batch (2: c+ p99 4 s at half its maximum, bench of 5 December)
# The stages give the event loop back after TURN seconds of work (checked every SLICE records): the moderation agent
# shares it, and each step of a moderation batch may wait one turn.
SLICE = 8
TURN = 0.002
# Offender items travel one per message (keyed by author): 2 a batch meant a changelog drain per 2 flags.
OFFENDER_TAKE = 256
# Members of a cluster not yet open kept (in memory, per cluster) to announce when it opens.
EARLY_MEMBERS = 64
KEY_BYTES = 9  # a band key: the band's number, then 8 bytes of its hash (worker.pipeline.fingerprint)
CODEC = "vigie_state"
KEY_CODEC = "vigie_utf8"


def campaign_bands_topic(settings: Settings) -> str:
    return f"{settings.group_id}-campaign-bands"


def campaign_posts_topic(settings: Settings) -> str:
    return f"{settings.group_id}-campaign-posts"


def campaign_joins_topic(settings: Settings) -> str:
    return f"{settings.group_id}-campaign-joins"


def offender_items_topic(settings: Settings) -> str:
    return f"{settings.group_id}-offender-items"


def campaign_members_topic(settings: Settings) -> str:
    """Members of open campaigns (band keys, sketch, campaign id), read by every worker (worker.pipeline.known)."""
    return f"{settings.group_id}-campaign-known"


TABLES = ("campaign_bands", "campaign_posts", "campaign_clusters", "offenders")


def changelog_topic(settings: Settings, table: str) -> str:
    return f"{settings.group_id}-{table}-changelog"  # Faust's name for a table's changelog (app id = group id)


def internal_topics(settings: Settings, partitions: int) -> dict[str, int]:
    """The topics campaigns need besides the outputs, with their partition counts (created at start-up)."""
    return {
        campaign_bands_topic(settings): partitions,
        campaign_posts_topic(settings): partitions,
        campaign_joins_topic(settings): partitions,
        campaign_members_topic(settings): 1,
        offender_items_topic(settings): partitions,
        **{changelog_topic(settings, table): partitions for table in TABLES},
    }


def part_of(key: bytes, partitions: int) -> int:
    """The partition Kafka's default partitioner (aiokafka's, Faust's tables') gives a key: where a table keyed by
    post id or campaign id keeps it, so where the messages for that key must go."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


@lru_cache(maxsize=65_536)
def key_part(key: str, partitions: int) -> int:
    """``part_of`` a str key (each post id is routed about six times: four answers, its decision, a seed)."""
    return part_of(key.encode(), partitions)


def band_part(key: bytes, partitions: int) -> int:
    """A band key's partition: its last byte, of a 64-bit hash (pure-Python murmur2 cost ~1.5 us a key, 100 a
    post). The band stage places its table entries on that partition explicitly, so no partitioner must agree."""
    return key[-1] % partitions


# -- the items: one serialisation point ----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _keys(raw: bytes) -> tuple[bytes, ...]:
    width = len(raw) // BANDS
    return tuple(raw[i : i + width] for i in range(0, len(raw), width)) if width else ()


def split_keys(raw: bytes) -> tuple[bytes, ...]:
    """Band keys joined end to end (any number of them: an annotation carries its partition's keys only)."""
    width = KEY_BYTES
    return tuple(raw[i : i + width] for i in range(0, len(raw), width))


def item_row(it: Item) -> list[Any]:
    fp = it.fingerprint
    bands = _b64(b"".join(fp.bands)) if fp else None
    sketch = _b64(fp.sketch) if fp else None
    return [it.post_id, it.author, it.at, bands, sketch, it.flagged, list(it.categories), it.text]


def row_item(row: list[Any]) -> Item:
    post_id, author, at, bands, sketch, flagged, categories, text = row
    fp = Fingerprint(_keys(base64.b64decode(bands)), base64.b64decode(sketch)) if bands is not None else None
    return Item(post_id, author, at, fp, flagged, tuple(categories), text)


def encode_items(items: Sequence[Item]) -> bytes:
    return orjson.dumps([item_row(it) for it in items])


def decode_items(data: bytes) -> list[Item]:
    return [row_item(row) for row in orjson.loads(data)]


def encode_members(members: Sequence[KnownMember]) -> bytes:
    return orjson.dumps([[m.campaign_id, m.post_id, m.at, _b64(b"".join(m.bands)), _b64(m.sketch)] for m in members])


def decode_members(data: bytes) -> list[KnownMember]:
    return [KnownMember(cid, post_id, at, _keys(base64.b64decode(bands)), base64.b64decode(sketch))
            for cid, post_id, at, bands, sketch in orjson.loads(data)]


def decode_offender(data: bytes) -> tuple[str, int, float] | None:
    """(author, flag count, last flag at) of an offender event (``vigie.offender.v1``), None if unreadable."""
    try:
        ev = orjson.loads(data)
        at = datetime.fromisoformat(ev["last_flag_at"]).timestamp()
        return str(ev["author_id"]), int(ev["flag_count"]), at
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


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
    """A post as one band partition holds it: its band keys there and its ``Member``. A ``campaign_bands`` value is
    a tuple of them (the posts one batch added to one partition: a chunk); a lone one is the older form."""

    keys: tuple[bytes, ...]
    member: Member


Chunk = tuple[Indexed, ...]


def _indexed(value: Indexed) -> list[Any]:
    return [_b64(b"".join(value.keys)), len(value.keys), _member(value.member)]


def _unindexed(row: list[Any]) -> Indexed:
    raw, count, member = row
    raw = base64.b64decode(raw)
    width = len(raw) // count if count else 0
    return Indexed(tuple(raw[i : i + width] for i in range(0, len(raw), width)) if width else (), _unmember(member))


def dump_state(value: Bucket | Cluster | Offender | Post | Indexed | Chunk) -> Any:
    if isinstance(value, Indexed):
        return {"i": _indexed(value)}
    if isinstance(value, tuple) and value and isinstance(value[0], Indexed):
        return {"I": [_indexed(v) for v in value if isinstance(v, Indexed)]}
    if isinstance(value, Member):
        return {"m": _member(value)}
    if isinstance(value, tuple):
        return {"b": [_member(m) for m in value if isinstance(m, Member)]}
    if isinstance(value, Post):
        p = value
        return {"p": [p.at, item_row(p.item) if p.item else None, list(p.parts), list(p.answered),
                      [[n, at, root] for n, (at, root) in p.neighbours.items()], p.root,
                      [list(w) for w in p.waiters], p.asked, p.wanted, p.joined,
                      [[r, _b64(sk)] for r, sk in p.seeds.items()], _b64(p.seed)]}
    if isinstance(value, Cluster):
        c = value
        return {"c": [c.cluster_id, c.first_seen, c.last_seen, c.sample_text, _b64(c.seed_sketch), list(c.post_ids),
                      list(c.authors.items()), c.post_count, c.author_count, c.flagged_count, list(c.categories),
                      c.opened, c.emitted_at, c.emitted_count]}
    return {"o": [[p, at, list(cats)] for p, (at, cats) in value.flags.items()], "e": value.emitted_count}


def load_state(obj: Any) -> Bucket | Cluster | Offender | Post | Indexed | Chunk:
    if "i" in obj:
        return _unindexed(obj["i"])
    if "I" in obj:
        return tuple(_unindexed(row) for row in obj["I"])
    if "m" in obj:
        return _unmember(obj["m"])
    if "b" in obj:
        return tuple(_unmember(r) for r in obj["b"])
    if "p" in obj:
        at, item, parts, answered, neighbours, root, waiters, asked, wanted, joined, *guard = obj["p"]
        seeds, seed = guard if guard else ([], "")  # (written before the drift guard: no seeds)
        return Post(at, row_item(item) if item is not None else None, tuple(parts), tuple(answered),
                    {n: (a, r) for n, a, r in neighbours}, root, tuple((w, a) for w, a in waiters), asked, wanted,
                    joined, {r: base64.b64decode(sk) for r, sk in seeds}, base64.b64decode(seed))
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


async def write_table(producer: Any, table: Any, writes: Sequence[tuple[int, str, Any]]) -> list[Any]:
    """Set (value None: delete) keys of a Faust table and send their changelog records straight to the producer: the
    futures of their acknowledgements. Faust's own path (``send_changelog``: its buffer, then ``publish_message`` one
    record at a time) cost ~7 % of the worker's main thread at 415 posts/s, and each stage then had to ``drain`` the
    producer, waiting for everyone's records. Same records: the key's UTF-8 bytes, the value as ``StateCodec``
    writes it, a tombstone for a delete, on the partition given (the key's, or the band partition's)."""
    topic = table.changelog_topic.get_topic_name()
    data = table.data
    send = producer.send
    futures = []
    for part, key, value in writes:
        if value is None:
            data.pop(key, None)
            payload = None
        else:
            data[key] = value
            payload = orjson.dumps(dump_state(value))
        futures.append(await send(topic, key.encode(), payload, part, None, None))
    return futures


async def send_parts(producer: Any, topic: str, by_part: dict[int, list[Any]]) -> list[Any]:
    """Records grouped by partition, sent as messages of at most ``ITEMS_PER_MESSAGE``: their futures."""
    return [await producer.send(topic, None, orjson.dumps(records[i : i + ITEMS_PER_MESSAGE]), part, None, None)
            for part, records in by_part.items() for i in range(0, len(records), ITEMS_PER_MESSAGE)]


class Turns:
    """Gives the event loop back every ``TURN`` seconds of work (checked every ``SLICE`` calls)."""

    def __init__(self) -> None:
        self.count = 0
        self.since = time.perf_counter()

    async def tick(self) -> None:
        self.count += 1
        if self.count % SLICE == 0 and time.perf_counter() - self.since >= TURN:
            await asyncio.sleep(0)
            self.since = time.perf_counter()


class StreamState:
    """Built once at start-up; ``install`` adds the tables, agents and timers to the app."""

    def __init__(self, settings: Settings, metrics: Metrics) -> None:
        self.settings = settings
        self.metrics = metrics
        self.partitions = 1  # the input's, set by ``install``
        self.app: Any = None
        # The stages' in-memory parts (arrival order, watermarks), built on their first batch over recovered tables
        # and dropped when partitions are revoked.
        self.index: BandIndex | None = None  # over ``buckets``, rebuilt from ``bands`` (one entry a post)
        self.buckets: dict[bytes, Bucket] = {}
        self.band_watermark = float("-inf")
        # ``campaign_bands`` holds chunks (the posts one batch added to one partition): each (partition, post id)'s
        # chunk key, and each chunk's posts still indexed (tombstoned when none is left).
        self.chunk_of: dict[tuple[int, str], str] = {}
        self.chunk_left: dict[str, int] = {}
        self.book: PostBook | None = None
        self.stage: ClusterStage | None = None
        self.offenders: OffenderTracker | None = None
        self.early: dict[str, list[KnownMember]] = {}  # members of clusters not yet open, to announce at opening
        self.started = time.monotonic()
        self.last_join = time.monotonic()
        self.post_lock = asyncio.Lock()  # the post stage's batches and its timer share its held-back writes
        self.cluster_lock = asyncio.Lock()
        self.bands: Any = None
        self.posts: Any = None
        self.clusters: Any = None
        self.authors: Any = None
        # Open campaigns and known offenders as this worker knows them, for its flags (worker.pipeline.known).
        self.known = KnownState(campaign_window=settings.campaign_window, offender_window=settings.offender_window)
        fingerprint_batch(["déjà préparé à l'avance"])  # its tables built now (~0.3 s), not in a first batch
        for status in ("opened", "updated"):  # series present from the start (0 until the first event)
            metrics.campaign_events.labels(status)
        for name in (*TABLES, "campaign_buckets"):
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
        n = self.partitions
        by_part: dict[int, list[Any]] = {}
        for it in items:
            fp = it.fingerprint
            if fp is None or not fp.bands:
                continue
            mine: dict[int, list[bytes]] = {}
            for key in fp.bands:
                mine.setdefault(band_part(key, n), []).append(key)
            parts = sorted(mine)
            row = item_row(it)
            for part in parts:
                # The whole item to the first partition, whose answer carries it on; the others get their own band
                # keys and no text (each decoded the item's 20 keys to keep its ~5: 5 % of the main thread).
                sent = row if part == parts[0] else [*row[:3], _b64(b"".join(mine[part])), *row[4:-1], ""]
                by_part.setdefault(part, []).append(["i", sent, parts])
        futures = await send_parts(producer, campaign_bands_topic(self.settings), by_part)
        send, topic = producer.send, offender_items_topic(self.settings)
        futures += [await send(topic, it.author.encode(), encode_items([it]), None, None, None)
                    for it in items if it.flagged and it.author is not None]
        return futures

    def batch_topics(self) -> list[str]:
        """The internal topics the stages read, delivered a fetched partition-batch at a time (worker.stream.fastpath)."""
        s = self.settings
        return [campaign_bands_topic(s), campaign_posts_topic(s), campaign_joins_topic(s), offender_items_topic(s)]

    def install(self, app: faust.App, partitions: int) -> None:
        settings = self.settings
        self.partitions = partitions
        self.app = app

        def table(name: str, key_codec: str) -> Any:
            schema: Any = faust.Schema(key_serializer=key_codec, value_serializer=CODEC)
            made: Any = app.Table(name, partitions=partitions, schema=schema, use_partitioner=True)
            # Faust derives the changelog's codecs from key_type/value_type (json when untyped) and uses them whatever
            # the schema says, in its sends and in the changelog topic it built already: both set again here.
            made.key_serializer, made.value_serializer = key_codec, CODEC
            made.changelog_topic = made._new_changelog_topic()
            return made

        self.bands = table("campaign_bands", KEY_CODEC)
        self.posts = table("campaign_posts", KEY_CODEC)
        self.clusters = table("campaign_clusters", KEY_CODEC)
        self.authors = table("offenders", KEY_CODEC)
        # Each event is one partition's records from one fetch (``values_of``), as for the input.
        bands = app.topic(campaign_bands_topic(settings), partitions=partitions, schema=BatchSchema())
        posts = app.topic(campaign_posts_topic(settings), partitions=partitions, schema=BatchSchema())
        joins = app.topic(campaign_joins_topic(settings), partitions=partitions, schema=BatchSchema())
        offender_items = app.topic(offender_items_topic(settings), partitions=partitions, schema=BatchSchema())
        app.on_partitions_revoked.connect(self._on_revoked)  # type: ignore[arg-type]  # (faust types the receiver narrowly)

        @app.agent(bands, name="vigie.campaign-bands")
        async def band_stage(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(TAKE, within=settings.batch_within):
                await self._band_batch(app, stream, events)

        @app.agent(posts, name="vigie.campaign-posts")
        async def post_stage(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(TAKE, within=settings.batch_within):
                await self._post_batch(app, stream, events)

        @app.agent(joins, name="vigie.campaign-clusters")
        async def cluster_stage(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(TAKE, within=settings.batch_within):
                await self._cluster_batch(app, stream, events)

        @app.agent(offender_items, name="vigie.offenders")
        async def offenders(stream: faust.StreamT) -> None:
            assert isinstance(stream, Stream)
            async for events in stream.noack_take(OFFENDER_TAKE, within=settings.batch_within):
                await self._offender_batch(app, stream, events)

        @app.timer(interval=1.0)
        async def post_timer() -> None:
            await self._post_tick(app)

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
        # The stages keep an arrival order and a watermark beside the tables: rebuilt over the tables the next
        # owner of the partitions recovers.
        self.index = None
        self.book = None
        self.stage = None
        self.offenders = None

    def _active(self, topic: str) -> set[int]:
        """This worker's active partitions of an internal topic (its tables' too: co-partitioned)."""
        return {tp.partition for tp in self.app.assignor.assigned_actives() if tp.topic == topic}

    def _owner(self, topic: str) -> Any:
        """Whether a table key is on one of this worker's active partitions (its table also holds standby keys)."""
        active, n = self._active(topic), self.partitions
        return lambda key: key_part(key, n) in active

    # -- stage 1: bands ----------------------------------------------------------------------------------------------

    def _band_index(self) -> BandIndex:
        """The band index of the recovered ``campaign_bands`` (oldest first, as they were added). The table keeps
        each post once per band partition (its keys there and its member), in chunks: the posts one batch added to
        one partition under one key (``"{part}:{first post id}"``), one changelog write a partition and batch, and
        one tombstone once all its posts left the window (it was one write a post and partition: 4 a post)."""
        if self.index is None:
            self.buckets = {}
            self.chunk_of, self.chunk_left = {}, {}
            index = BandIndex(self.buckets, self.settings.campaign_window)
            active = {str(p) for p in self._active(campaign_bands_topic(self.settings))}
            posts: list[Indexed] = []
            for key, value in self.bands.items():
                part = key.split(":", 1)[0]
                if part not in active:
                    continue
                entries = value if isinstance(value, tuple) else (value,)  # (a lone Indexed: the older form)
                posts += entries
                self.chunk_left[key] = len(entries)
                for entry in entries:
                    self.chunk_of[(int(part), entry.member.post_id)] = key
            posts.sort(key=lambda p: p.member.at)
            self.band_watermark = posts[-1].member.at if posts else float("-inf")
            for posted in posts:
                index.add(posted.keys, posted.member, self.band_watermark)
            self.index = index
            self.metrics.state_recovery.labels("campaigns").set(time.monotonic() - self.started)
            log.info("campaign band state ready: %d posts in %d band buckets", len(posts), len(self.buckets))
        return self.index

    async def _band_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        index = self._band_index()
        n = self.partitions
        # One answer a post and batch (this worker may own several of its band partitions): its partitions' finds.
        answers: dict[str, list[Any]] = {}
        writes: list[tuple[int, str, Chunk | None]] = []
        added: dict[int, list[Indexed]] = {}
        # (post's sketch, its candidates, its answer's finds for this partition, its answer): confirmed at the end,
        # all in one numpy step (one call an answer cost more in numpy's overhead than in comparing)
        pending: list[tuple[bytes, list[Member], list[Any], list[Any]]] = []
        turns = Turns()
        for part, value in values_of(events):
            for record in orjson.loads(value):
                if record[0] == "i":  # ["i", item row (the other partitions': only their own keys), partitions]
                    post_id, author, at, bands, sketch, flagged, categories, _ = record[1]
                    keys = [key for key in split_keys(base64.b64decode(bands)) if band_part(key, n) == part]
                    item = Item(post_id, author, at, Fingerprint(tuple(keys), base64.b64decode(sketch)), flagged,
                                tuple(categories))
                    assert item.fingerprint is not None
                    self.band_watermark = max(self.band_watermark, item.at)
                    found, member = band_candidates(index, keys, item, self.band_watermark)
                    if member is not None:  # recorded (a replay is not): once in the table, on this partition
                        added.setdefault(part, []).append(Indexed(tuple(keys), member))
                    parts = record[2]
                    found_here: list[Any] = []  # filled once the batch's candidates are confirmed
                    answer = answers.get(item.post_id)
                    if answer is None:  # ["ans", post id, [partitions], its partitions, [finds], at, item row,
                        # {root: its sketch} of the roots found (the drift guard's seeds)]
                        answer = answers[item.post_id] = ["ans", item.post_id, [part], parts, [found_here], item.at,
                                                          record[1] if part == parts[0] else None, {}]
                    else:
                        answer[2].append(part)
                        answer[4].append(found_here)
                        if part == parts[0]:
                            answer[6] = record[1]
                    if found:
                        pending.append((item.fingerprint.sketch, found, found_here, answer))
                else:  # ["a", post id, root, band keys, root's sketch]: the post's decided root, on its members here
                    keys = [key for key in split_keys(base64.b64decode(record[3])) if band_part(key, n) == part]
                    seed = base64.b64decode(record[4]) if len(record) > 4 else b""
                    annotate(index, keys, record[1], record[2], seed=seed)  # in memory: the post stage decides
                await turns.tick()
        scores = similarities_many([(sketch, [m.sketch for m in found]) for sketch, found, _, _ in pending])
        for (_, found, found_here, answer), score in zip(pending, scores, strict=True):
            seeds = answer[7]
            for f in confirmed_neighbours(found, score):
                found_here.append([f.post_id, f.at, f.root])
                if f.root and f.seed and f.root not in seeds:
                    seeds[f.root] = _b64(f.seed)
        for part, entries in added.items():  # one chunk a partition: registered before expiry, which may take them
            chunk = f"{part}:{entries[0].member.post_id}"
            if chunk in self.chunk_left:  # (that post indexed again after leaving: a replay of an old message)
                chunk = f"{chunk}#{time.time_ns()}"
            writes.append((part, chunk, tuple(entries)))
            self.chunk_left[chunk] = len(entries)
            for entry in entries:
                self.chunk_of[(part, entry.member.post_id)] = chunk
        for gone, post_id in index.expire(self.band_watermark):
            if gone:
                part = band_part(gone[0], n)
                chunk = self.chunk_of.pop((part, post_id), "")
                if not chunk:
                    continue
                left = self.chunk_left.pop(chunk) - 1
                if left:
                    self.chunk_left[chunk] = left
                else:
                    writes.append((part, chunk, None))
        # ``campaign_bands["{part}:{first post id}"]`` on the band partition's changelog partition (the key's hash
        # would place it elsewhere), written before the answers are sent (all acknowledged before the acks). Keyed by
        # partition too: a post is on several band partitions, which one worker may all own.
        producer = app.producer
        futures = await write_table(producer, self.bands, writes)
        by_part: dict[int, list[Any]] = {}
        for post_id, answer in answers.items():
            by_part.setdefault(key_part(post_id, n), []).append(answer)
        futures += await send_parts(producer, campaign_posts_topic(self.settings), by_part)
        if futures:
            await asyncio.gather(*futures)
        for e in events:
            await stream.ack(e)

    # -- stage 2: posts ----------------------------------------------------------------------------------------------

    def _post_book(self) -> PostBook:
        if self.book is None:
            owns = self._owner(campaign_posts_topic(self.settings))
            self.book = PostBook(Overlay(self.posts, owns), window=self.settings.campaign_window)  # type: ignore[arg-type]
            self.book.clock = time.monotonic()
            self.book.expire()  # rebuilds its order (and the posts waiting) from the recovered table
            log.info("campaign post state ready: %d posts", len(self.posts))
        return self.book

    async def _post_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        async with self.post_lock:
            book = self._post_book()
            book.clock = time.monotonic()
            outs: list[Out] = []
            turns = Turns()
            for _, value in values_of(events):
                for record in orjson.loads(value):
                    kind = record[0]
                    if kind == "ans":  # one or several band partitions' answers (a list of partitions, of finds)
                        _, post_id, part, parts, found, at, row, *rest = record
                        item = row_item(row) if row is not None else None
                        seeds = {r: base64.b64decode(sk) for r, sk in rest[0].items()} if rest else {}
                        if not isinstance(part, list):
                            part, found = [part], [found]
                        for one, finds in zip(part, found, strict=True):
                            neighbours = [Neighbour(pid, n_at, root, seeds.get(root, b"")) for pid, n_at, root in finds]
                            outs += book.answer(post_id, one, parts, neighbours, item, at)
                    elif kind == "ask":
                        outs += book.ask(record[1], record[2], record[3])
                    elif kind == "tell":  # [.., root's sketch] since the drift guard
                        seed = base64.b64decode(record[5]) if len(record) > 5 else b""
                        outs += book.tell(record[1], record[2], record[3], record[4], seed)
                    elif kind == "seed":
                        outs += book.seed(record[1], record[2])
                    await turns.tick()
            book.expire()
            await self._post_outputs(app, book, outs)
            for e in events:
                await stream.ack(e)

    async def _post_outputs(self, app: faust.App, book: PostBook, outs: Sequence[Out]) -> None:
        """Publish the post stage's outputs, wait for them, then write its held-back state and drain it."""
        n, settings = self.partitions, self.settings
        bands: dict[int, list[Any]] = {}
        posts: dict[int, list[Any]] = {}
        joins: dict[int, list[Any]] = {}
        for out in outs:
            kind = out[0]
            if kind == "annotate":
                _, part, post_id, root, item, seed = out
                assert isinstance(part, int) and isinstance(item, Item) and item.fingerprint is not None
                assert isinstance(seed, bytes)
                keys = [key for key in item.fingerprint.bands if band_part(key, n) == part]  # that partition's only
                bands.setdefault(part, []).append(["a", post_id, root, _b64(b"".join(keys)), _b64(seed)])
            elif kind == "join":
                _, root, item = out
                assert isinstance(item, Item)
                cid = campaign_id(str(root))
                joins.setdefault(key_part(cid, n), []).append(["j", root, item_row(item)])
            else:  # ask, tell, seed: to the post stage of their first post id (a tell's root sketch in base64)
                posts.setdefault(key_part(str(out[1]), n), []).append(
                    [_b64(v) if isinstance(v, bytes) else v for v in out])
        producer = app.producer
        futures = await send_parts(producer, campaign_bands_topic(settings), bands)
        futures += await send_parts(producer, campaign_posts_topic(settings), posts)
        futures += await send_parts(producer, campaign_joins_topic(settings), joins)
        if futures:
            await asyncio.gather(*futures)
        overlay = book.store
        assert isinstance(overlay, Overlay)
        await self._write_overlay(producer, self.posts, overlay)

    async def _write_overlay(self, producer: Any, table: Any, overlay: Overlay) -> None:
        """An overlay's held-back writes to its table (each key on its own partition), acknowledged."""
        n = self.partitions
        futures = await write_table(producer, table, [(key_part(key, n), key, value)
                                                      for key, value in overlay.take().items()])
        if futures:
            await asyncio.gather(*futures)

    async def _post_tick(self, app: faust.App) -> None:
        if self.book is None or not self.book.waiting:
            return
        async with self.post_lock:
            book = self.book
            if book is None:
                return
            book.clock = time.monotonic()
            outs = book.overdue()
            if outs:
                await self._post_outputs(app, book, outs)

    # -- stage 3: clusters -------------------------------------------------------------------------------------------

    def _cluster_stage(self) -> ClusterStage:
        if self.stage is None:
            s = self.settings
            owns = self._owner(campaign_joins_topic(s))
            self.stage = ClusterStage(Overlay(self.clusters, owns), min_authors=s.campaign_min_authors,  # type: ignore[arg-type]
                                      window=s.campaign_window)
            self.early = {}
            log.info("campaign cluster state ready: %d clusters", len(self.clusters))
        return self.stage

    async def _cluster_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        async with self.cluster_lock:
            stage = self._cluster_stage()
            out: dict[str, dict[str, object]] = {}
            known: list[KnownMember] = []
            joined = 0
            turns = Turns()
            for _, value in values_of(events):
                for _, root, row in orjson.loads(value):
                    item = row_item(row)
                    cid = campaign_id(root)
                    stage.join(cid, item, out)
                    cluster = stage.store.get(cid)
                    fp = item.fingerprint
                    if cluster is None or fp is None:
                        continue
                    member = KnownMember(cid, item.post_id, item.at, fp.bands, fp.sketch)
                    if cluster.opened:
                        known.append(member)
                        joined += 1
                    else:
                        early = self.early.setdefault(cid, [])
                        if len(early) < EARLY_MEMBERS:
                            early.append(member)
                    await turns.tick()
            for ev in out.values():  # a campaign that opened: its members so far too
                if ev["status"] == "opened":
                    known += self.early.pop(str(ev["campaign_id"]), [])
            stage.sweep()
            for cid in [c for c in self.early if c not in stage.store]:
                del self.early[cid]  # expired
            self.last_join = time.monotonic()
            self.metrics.campaign_posts.inc(joined)
            await self._announce_members(app, known)
            await self._publish_campaigns(app, list(out.values()))
            overlay = stage.store
            assert isinstance(overlay, Overlay)
            await self._write_overlay(app.producer, self.clusters, overlay)
            for e in events:
                await stream.ack(e)

    async def _announce_members(self, app: faust.App, known: Sequence[KnownMember]) -> None:
        """Send the members of open campaigns to every worker's known state."""
        if not known:
            return
        producer, topic = app.producer, campaign_members_topic(self.settings)
        futures = [await producer.send(topic, None, encode_members(known[i : i + ITEMS_PER_MESSAGE]), 0, None, None)
                   for i in range(0, len(known), ITEMS_PER_MESSAGE)]
        await asyncio.gather(*futures)

    async def _publish_campaigns(self, app: faust.App, out: Sequence[dict[str, object]]) -> None:
        await send_events(app, self.settings.campaign_topic, "campaign_id", out)
        for ev in out:
            self.metrics.campaign_events.labels(str(ev["status"])).inc()
            if ev["status"] == "opened":
                log.info("campaign %s opened: %s posts by %s authors", ev["campaign_id"], ev["post_count"],
                         ev["author_count"])

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

    async def _offender_batch(self, app: faust.App, stream: Stream, events: Sequence[Any]) -> None:
        if self.offenders is None:
            s = self.settings
            self.offenders = OffenderTracker(self.authors, min_flags=s.offender_min_flags, window=s.offender_window)
            self.metrics.state_recovery.labels("offenders").set(time.monotonic() - self.started)
        items = [it for _, value in values_of(events) for it in decode_items(value)]
        out = self.offenders.process(items)
        await send_events(app, self.settings.offender_topic, "author_id", out)
        self.metrics.offender_events.inc(len(out))
        for e in events:
            await stream.ack(e)

    async def _tick(self, app: faust.App) -> None:
        stage = self.stage
        if stage is not None and stage.watermark != float("-inf"):
            async with self.cluster_lock:
                # Event time stands still when no post comes: it moves on with the clock since the last join.
                now = stage.watermark + (time.monotonic() - self.last_join)
                due = stage.book.due(now)
                if due:
                    await self._publish_campaigns(app, due)
                    overlay = stage.store
                    assert isinstance(overlay, Overlay)
                    await self._write_overlay(app.producer, self.clusters, overlay)
        self.metrics.state_size.labels("campaign_buckets").set(len(self.buckets))
        if self.clusters is not None:
            self.metrics.campaigns_open.set(sum(1 for c in self.clusters.values() if c.opened))
            for name, store in zip(TABLES, (self.bands, self.posts, self.clusters, self.authors), strict=True):
                self.metrics.state_size.labels(name).set(len(store))
