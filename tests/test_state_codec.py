"""The campaign state's wire forms: internal items and table values survive a round trip (no Kafka)."""

from __future__ import annotations

import orjson
from faust.serializers import codecs

from worker.pipeline.campaigns import Cluster, Item, Member, Offender, Post
from worker.pipeline.fingerprint import fingerprint_batch
from worker.stream.state import CODEC, KEY_CODEC, Indexed, decode_items, encode_items, part_of


def test_items_round_trip_with_and_without_a_fingerprint() -> None:
    (fp,) = fingerprint_batch(["les migrants sont des parasites qui vivent de nos aides sociales"])
    assert fp is not None
    items = [Item("p1", "a1", 1.5, fp, True, ("origin",), "texte"), Item("p2", None, 2.0, None)]
    assert decode_items(encode_items(items)) == items


def test_table_values_round_trip_as_json() -> None:
    member = Member("p1", "a1", 1.0, "cmp-1", bytes(range(100)), True, ("origin",))
    cluster = Cluster("cmp-1", 1.0, 2.0, "texte", b"\x00\xff", {"p1": None, "p2": None}, {"a1": 1.0, "a2": 2.0},
                      2, 2, 1, ("origin",), True, 2.0, 2)
    offender = Offender({"p1": (1.0, ("origin",)), "p2": (2.0, ())}, 2)
    codec = codecs.get_codec(CODEC)
    (fp,) = fingerprint_batch(["les migrants sont des parasites qui vivent de nos aides sociales"])
    item = Item("p1", "a1", 1.5, fp, True, ("origin",), "texte")
    post = Post(1.5, item, (0, 2), (2,), {"p0": (1.0, ""), "p9": (1.2, "p0")}, "p0", (("p3", 2.0),), True, False,
                True)
    indexed = Indexed(tuple(bytes([b]) * 9 for b in range(5)), member)
    guarded = Post(1.5, item, (0,), (0,), {"p0": (1.0, "r1")}, "r1", seeds={"r1": b"\x01" * 100}, seed=b"\x02" * 100)
    for value in (member, (member, member), cluster, offender, post, Post(2.0), guarded, indexed,
                  Indexed((), member), (indexed, Indexed((), member))):  # the last: a chunk of the band table
        data = codec.dumps(value)
        assert data.startswith(b"{")  # JSON, never pickle
        assert codec.loads(data) == value
    # a post written before the drift guard (no seeds) still loads: its root's sketch unknown
    old = orjson.loads(codec.dumps(post))
    old["p"] = old["p"][:10]
    assert codec.loads(orjson.dumps(old)) == post
    assert codec.loads(b"") is None  # a deleted key's tombstone
    assert codecs.get_codec(KEY_CODEC).loads(codecs.get_codec(KEY_CODEC).dumps("auteur-é")) == "auteur-é"


def test_a_band_key_goes_to_the_partition_the_producer_would_choose() -> None:
    from aiokafka.partitioner import DefaultPartitioner

    key = bytes([0, 255, 17, 128, 3, 9, 200, 1])
    for n in (1, 4, 7):  # the partition chosen for a record is the one Faust's table write lands on
        assert part_of(key, n) == DefaultPartitioner()(key, list(range(n)), list(range(n)))
