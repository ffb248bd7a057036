"""The moderation side's view of open campaigns and known offenders (worker.pipeline.known), without Kafka."""

from __future__ import annotations

import random

from campaign_corpus import HATEFUL, ordinary, variant

from worker.pipeline.fingerprint import Fingerprint, fingerprint_batch
from worker.pipeline.known import KnownMember, KnownState
from worker.pipeline.normalize import normalize_batch


def prints(texts: list[str]) -> list[Fingerprint]:
    found = fingerprint_batch([n.text for n in normalize_batch(texts)])
    assert all(fp is not None for fp in found)
    return [fp for fp in found if fp is not None]


def test_a_variant_of_an_open_campaigns_member_gets_its_id_an_ordinary_post_none() -> None:
    rng = random.Random(7)
    members = prints([variant(HATEFUL, rng) for _ in range(5)])
    known = KnownState(campaign_window=600)
    for i, fp in enumerate(members):
        known.add_member(KnownMember("cmp-0123456789abcdef", f"m-{i}", 1000.0 + i, fp.bands, fp.sketch))
    later, plain = prints([variant(HATEFUL, rng), ordinary(rng)])
    assert known.annotate("someone", later, 1100.0) == {"campaign_id": "cmp-0123456789abcdef"}
    assert known.annotate("someone", plain, 1100.0) == {}
    assert known.campaign_of(later, 1000.0 + 5 + 601) is None  # out of the window of every member


def test_members_expire_with_the_window_and_stay_under_the_cap() -> None:
    rng = random.Random(8)
    fps = prints([variant(HATEFUL, rng) for _ in range(6)])
    known = KnownState(campaign_window=600, max_members=4)
    for i, fp in enumerate(fps):
        known.add_member(KnownMember("cmp-a", f"m-{i}", float(i), fp.bands, fp.sketch))
    assert list(known.members) == ["m-2", "m-3", "m-4", "m-5"]
    known.expire(604.5)
    assert list(known.members) == ["m-5"]
    assert all(m.post_id == "m-5" for key in known.bands for m in known.bucket(key))


def test_a_large_campaign_keeps_its_latest_members_per_band_key_and_still_names_the_post() -> None:
    from worker.pipeline.known import BUCKET_MEMBERS

    rng = random.Random(9)
    fps = prints([variant(HATEFUL, rng) for _ in range(120)])
    known = KnownState(campaign_window=600)
    for i, fp in enumerate(fps[:100]):
        known.add_member(KnownMember("cmp-raid", f"m-{i}", 1000.0 + i, fp.bands, fp.sketch))
    for i, fp in enumerate(fps[100:110]):  # a second campaign on the same text: the vote is among the latest
        known.add_member(KnownMember("cmp-copy", f"c-{i}", 900.0 + i, fp.bands, fp.sketch))
    assert max(len(known.bucket(key)) for key in known.bands) <= BUCKET_MEMBERS
    assert len(known.members) == 110
    assert all(known.campaign_of(fp, 1150.0) in ("cmp-raid", "cmp-copy") for fp in fps[110:])
    known.expire(1000.0 + 650)  # the first 50 members leave the window: forgotten from the buckets they are in
    assert not any(m.post_id in {f"m-{i}" for i in range(50)} for key in known.bands for m in known.bucket(key))


def test_a_known_offender_carries_his_latest_count_within_the_window() -> None:
    known = KnownState(offender_window=100)
    assert known.annotate("author", None, 10.0) == {}
    known.add_offender("author", 3, 50.0)
    known.add_offender("author", 2, 40.0)  # an older event read late changes nothing
    assert known.annotate("author", None, 60.0) == {"author_flag_count": 3}
    assert known.flag_count("author", 151.0) is None
    assert known.flag_count(None, 60.0) is None


def test_a_band_key_keeps_its_latest_members_oldest_first_and_forgets_them_one_by_one() -> None:
    from worker.pipeline.known import BUCKET_MEMBERS

    fp = prints([HATEFUL])[0]
    known = KnownState(campaign_window=600)
    for i in range(BUCKET_MEMBERS + 4):
        known.add_member(KnownMember("cmp-a", f"m-{i}", float(i), fp.bands, fp.sketch))
    key = fp.bands[0]
    assert [m.post_id for m in known.bucket(key)] == [f"m-{i}" for i in range(4, BUCKET_MEMBERS + 4)]
    known.expire(600.0 + BUCKET_MEMBERS + 2.5)  # all but the last one leave the window
    assert [m.post_id for m in known.bucket(key)] == [f"m-{BUCKET_MEMBERS + 3}"]
    known.expire(10_000.0)
    assert known.bucket(key) == () and not known.bands
    assert known.campaign_of(fp, 10_000.0) is None
