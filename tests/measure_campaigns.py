"""Measure the campaign core (a script, not a test): false merges on real posts, recall on variants, speed, memory.

    .venv/bin/python tests/measure_campaigns.py [--data ../shared/data/fr_hate_train.csv] [--posts 1000000]

Prints, never writes the texts anywhere:
- fingerprint speed (posts/s, after normalisation, which is timed apart) on the training texts;
- false merges: every training text posted by its own author inside one window (the hardest case: everything can
  meet everything); pairs of posts in one cluster whose texts differ, over all such pairs, and campaigns opened;
- recall: (text, variant) pairs from corpus.variant that share a band and are confirmed by the sketch;
- memory: the trackers' growth of resident memory for a backlog of ``--posts`` posts from ``--authors`` authors,
  24 % flagged, spread over ``--span`` seconds of event time (synthetic same-topic posts, lower-cased rather
  than normalised: memory depends on the number of posts, not on their words).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import deque
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from campaign_corpus import HATEFUL, ordinary, variant  # noqa: E402

from worker.pipeline.campaigns import VERIFY_THRESHOLD, CampaignTracker, Item, OffenderTracker  # noqa: E402
from worker.pipeline.fingerprint import (  # noqa: E402
    band_probability,
    content_view,
    fingerprint_batch,
    shingle_hashes,
    similarity,
)
from worker.pipeline.normalize import normalize_batch  # noqa: E402

DEFAULT_DATA = Path(__file__).parents[2] / "shared" / "data" / "fr_hate_train.csv"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def deep_size(obj: object, seen: set[int]) -> int:
    """Bytes held by obj and what it references, each object once (shared members count once)."""
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, tuple | list | set | frozenset | deque):
        size += sum(deep_size(x, seen) for x in obj)
    elif hasattr(obj, "__slots__"):
        size += sum(deep_size(getattr(obj, name), seen) for name in obj.__slots__ if hasattr(obj, name))
    return size


def batched(seq: list, size: int):  # type: ignore[type-arg]
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def speed(texts: list[str], batch: int) -> tuple[list[str], float, float]:
    t0 = time.perf_counter()
    normalized = [n.text for chunk in batched(texts, batch) for n in normalize_batch(chunk)]
    t1 = time.perf_counter()
    for chunk in batched(normalized, batch):
        fingerprint_batch(chunk)
    t2 = time.perf_counter()
    return normalized, len(texts) / (t1 - t0), len(texts) / (t2 - t1)


def false_merges(normalized: list[str]) -> None:
    fps = [f for chunk in batched(normalized, 512) for f in fingerprint_batch(chunk)]
    items = [Item(f"t{i}", f"a{i}", 1_000.0, fp, text="") for i, fp in enumerate(fps)]
    bands: dict = {}
    clusters: dict = {}
    tracker = CampaignTracker(bands, clusters)
    assigned: dict[str, str] = {}
    events = []
    for chunk in batched(items, 256):
        events += tracker.process(chunk)[1]
    for key in bands:
        for m in tracker.index.members(key, 1_000.0):
            assigned[m.post_id] = m.cluster
    views = {f"t{i}": content_view(t)[0] for i, t in enumerate(normalized) if fps[i] is not None}
    groups: dict[str, list[str]] = {}
    for pid, cid in assigned.items():
        groups.setdefault(cid, []).append(pid)
    same = differ = low = 0
    for members in groups.values():
        for a, b in combinations(members, 2):
            if views[a] == views[b]:
                same += 1
                continue
            differ += 1
            values, ids = shingle_hashes([views[a], views[b]])
            x, y = set(values[ids == 0].tolist()), set(values[ids == 1].tolist())
            low += len(x & y) / len(x | y) < 0.5
    n = len(views)
    distinct_pairs = n * (n - 1) // 2 - same
    opened = len({e["campaign_id"] for e in events})
    print(
        f"false merges: {n} fingerprinted of {len(normalized)} training texts, all in one window, one author each"
    )
    print(f"  co-clustered pairs: {same} with identical content (the data's own duplicates), {differ} with")
    print(
        f"  different texts = {differ / distinct_pairs:.2e} of {distinct_pairs:,} pairs; {low} of them below J 0.5"
    )
    print(
        f"  clusters of 2+: {sum(len(g) > 1 for g in groups.values())}; campaigns opened (5+ authors): {opened}"
    )


def recall(originals: list[str], trials: int) -> None:
    rng = random.Random(1)
    bases = rng.sample(originals, trials)
    variants = [variant(t, rng) for t in bases]
    a = fingerprint_batch([n.text for n in normalize_batch(bases)])
    b = fingerprint_batch([n.text for n in normalize_batch(variants)])
    pairs = [(x, y, i) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x is not None and y is not None]
    shared = [bool(set(x.bands) & set(y.bands)) for x, y, _ in pairs]
    confirmed = [
        s and similarity(x.sketch, y.sketch) >= VERIFY_THRESHOLD
        for s, (x, y, _) in zip(shared, pairs, strict=True)
    ]
    exact = []
    for _, _, i in pairs:
        views = [content_view(n.text)[0] for n in normalize_batch([bases[i], variants[i]])]
        values, ids = shingle_hashes(views)
        x, y = set(values[ids == 0].tolist()), set(values[ids == 1].tolist())
        exact.append(len(x & y) / len(x | y))
    predicted = float(np.mean([band_probability(j) for j in exact]))
    print(
        f"recall on variants of {len(pairs)} training texts (of {trials}; the others lost their fingerprint):"
    )
    print(f"  share a band {np.mean(shared):.3f} (S-curve over their exact J predicts {predicted:.3f});")
    print(f"  confirmed by the sketch {np.mean(confirmed):.3f}; median exact J {np.median(exact):.2f}")


def memory(posts: int, authors: int, span: float) -> None:
    rng = random.Random(2)
    before = rss_mb()
    campaigns = CampaignTracker({}, {})
    offenders = OffenderTracker({})
    n_events = 0
    t0 = time.perf_counter()
    spent = 0.0
    for start in range(0, posts, 1_000):
        texts, flags = [], []
        for _ in range(1_000):
            hateful = rng.random() < 0.002  # a few campaigns' worth of copies
            texts.append((variant(HATEFUL, rng) if hateful else ordinary(rng)).lower())
            flags.append(hateful or rng.random() < 0.24)
        fps = fingerprint_batch(texts)
        batch = [
            Item(
                f"p{start + k}",
                f"u{rng.randrange(authors)}",
                (start + k) * span / posts,
                fp,
                flag,
                ("origin",),
            )
            for k, (fp, flag) in enumerate(zip(fps, flags, strict=True))
        ]
        t = time.perf_counter()
        n_events += len(campaigns.process(batch)[1]) + len(offenders.process(batch))
        spent += time.perf_counter() - t
    grown = rss_mb() - before
    state = [campaigns.index.store, campaigns.clusters, offenders.store]
    seen: set[int] = set()  # the expiry order shares the index's members: counted once, with the index
    sizes = [deep_size(store, seen) / 2**20 for store in state]
    order = deep_size(campaigns.index._order, seen) / 2**20
    print(f"memory: {posts:,} posts, {authors:,} authors, {span:,.0f} s of event time:")
    print(
        f"  state {sum(sizes):,.0f} MB: band index {sizes[0]:,.0f} MB ({len(state[0]):,} buckets), clusters"
    )
    print(
        f"  {sizes[1]:,.1f} MB ({len(state[1]):,}), offenders {sizes[2]:,.0f} MB ({len(state[2]):,} authors);"
    )
    print(f"  in-process expiry order {order:,.0f} MB")
    print(f"  resident memory grew {grown:,.0f} MB; events {n_events:,}")
    print(f"  trackers {posts / spent:,.0f} posts/s; whole run {time.perf_counter() - t0:,.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--authors", type=int, default=200_000)
    parser.add_argument("--span", type=float, default=86_400.0, help="event time the backlog covers (s)")
    parser.add_argument("--trials", type=int, default=2_000)
    parser.add_argument("--memory-only", action="store_true", help="only the backlog (a fresh process: RSS)")
    args = parser.parse_args()
    if not args.memory_only:
        with args.data.open(encoding="utf-8", newline="") as f:
            texts = [row["text"] for row in csv.DictReader(f)]
        normalized, norm_speed, fp_speed = speed(texts, 256)
        print(f"speed on {len(texts)} training texts, batches of 256: normalise {norm_speed:,.0f} posts/s,")
        print(f"  fingerprint {fp_speed:,.0f} posts/s")
        false_merges(normalized)
        recall(texts, args.trials)
    memory(args.posts, args.authors, args.span)  # last: RSS keeps the earlier parts' high-water mark


if __name__ == "__main__":
    main()
