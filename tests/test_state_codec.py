"""The campaign state's wire forms: internal items and table values survive a round trip; its memory bounds come from the settings (no Kafka)."""

from __future__ import annotations

from faust.serializers import codecs

from worker.pipeline.campaigns import Cluster, Item, Link, Member, Offender
from worker.pipeline.fingerprint import Fingerprint, fingerprint_batch
from worker.stream.state import (
    CODEC,
    KEY_CODEC,
    Indexed,
    decode_items,
    decode_links,
    encode_items,
    encode_links,
)


def test_items_round_trip_with_and_without_a_fingerprint() -> None:
    (fp,) = fingerprint_batch(["les migrants sont des parasites qui vivent de nos aides sociales"])
    assert fp is not None
    items = [Item("p1", "a1", 1.5, fp, True, ("origin",), "texte"), Item("p2", None, 2.0, None)]
    assert decode_items(encode_items(items)) == items
    member = Member("p0", "a0", 1.0, "", fp.sketch, False, ())
    (back,) = decode_links(encode_links([Link(items[0], (member, member))]))
    assert back.neighbours == (member, member) and back.keys == b"".join(fp.bands)  # the keys joined, not split
    assert back.item == Item("p1", "a1", 1.5, Fingerprint((), fp.sketch), True, ("origin",), "texte")


def test_table_values_round_trip_as_json() -> None:
    member = Member("p1", "a1", 1.0, "cmp-1", bytes(range(100)), True, ("origin",))
    cluster = Cluster("cmp-1", 1.0, 2.0, "texte", b"\x00\xff", {"p1": None, "p2": None}, {"a1": 1.0, "a2": 2.0},
                      2, 2, 1, ("origin",), True, 2.0, 2)
    offender = Offender({"p1": (1.0, ("origin",)), "p2": (2.0, ())}, 2)
    codec = codecs.get_codec(CODEC)
    indexed = Indexed(b"".join(bytes([b]) * 9 for b in range(20)), member)
    record = (indexed, Indexed(b"\x01" * 9, Member("p2", None, 2.0, "", b"\x02" * 100, False, ())))
    for value in (member, (member, member), cluster, offender, indexed, record):
        data = codec.dumps(value)
        assert data.startswith(b"{")  # JSON, never pickle
        assert codec.loads(data) == value
    assert codec.loads(b"") is None  # a deleted key's tombstone
    assert codecs.get_codec(KEY_CODEC).loads(codecs.get_codec(KEY_CODEC).dumps("auteur-é")) == "auteur-é"


def test_the_memory_bounds_come_from_the_settings() -> None:
    from prometheus_client import CollectorRegistry

    from worker.ops.metrics import Metrics
    from worker.ops.settings import Settings
    from worker.pipeline.campaigns import BUCKETS_PER_POST, MAX_OFFENDER_AUTHORS, MAX_POSTS
    from worker.stream.state import StreamState

    def trackers(env: dict[str, str]) -> tuple[int, int, int]:
        state = StreamState(Settings.from_env(env), Metrics(CollectorRegistry(), process_collectors=False))
        state.band_posts, state.members, state.clusters, state.authors = {}, {}, {}, {}
        side = state._build_band_side([0])
        assert state._link_book().max_posts == side.max_posts
        return side.max_posts, side.max_buckets, state._offender_tracker().max_authors

    assert trackers({}) == (MAX_POSTS, MAX_POSTS * BUCKETS_PER_POST, MAX_OFFENDER_AUTHORS)
    small = trackers({"VIGIE_CAMPAIGN_MAX_POSTS": "5000", "VIGIE_OFFENDER_MAX_AUTHORS": "2000"})
    assert small == (5000, 5000 * BUCKETS_PER_POST, 2000)


def test_links_travel_in_messages_under_the_size_limit() -> None:
    from worker.stream.state import ITEMS_PER_MESSAGE, link_messages

    (fp,) = fingerprint_batch(["les migrants sont des parasites qui vivent de nos aides sociales"])
    assert fp is not None
    neighbours = tuple(Member(f"n{i}", f"a{i}", 1.0, "", fp.sketch, True, ("origin",)) for i in range(24))
    links = [Link(Item(f"p{i}", f"b{i}", 2.0, fp, True, ("origin",), "x" * 280), neighbours) for i in range(600)]
    messages = link_messages(links, max_bytes=100_000)
    assert all(len(m) <= 100_000 for m in messages) and len(messages) >= 20  # ~5 KB a link
    back = [link for m in messages for link in decode_links(m)]
    assert [(b.item.post_id, b.neighbours) for b in back] == [(a.item.post_id, a.neighbours) for a in links]
    few = link_messages([Link(links[0].item, ())] * 600)
    assert [len(decode_links(m)) for m in few] == [ITEMS_PER_MESSAGE, ITEMS_PER_MESSAGE, 600 - 2 * ITEMS_PER_MESSAGE]
