"""Language identification throughput: ``Routing.split`` (cleaning, fastText, the hint rules, ``judged``) per core.

``run(n_posts)`` takes the 1,360 hand-written posts of ``models/languages/samples.csv`` (fr, en, es, de, ar, short
and mixed posts) when they are there, else the normaliser bench's generated French posts, repeats them up to
``n_posts``, normalises them once (not timed: the normaliser has its own section), then times ``Routing.split`` over
batches of 1,024 in CPU time of this process (one core; fastText runs on the calling thread). Half the posts carry
their ``lang`` as a hint, as producers that set it would. The target is the issue's 20,000 posts/s per core.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from worker.pipeline.normalize import normalize_batch
from worker.pipeline.routing import Routing
from worker.tools.bench.normalizer import make_posts

BATCH = 1024
TARGET_POSTS_PER_S = 20_000
SAMPLES = Path(__file__).resolve().parents[3] / "models" / "languages" / "samples.csv"


def corpus(path: Path = SAMPLES) -> tuple[list[str], list[str | None], str]:
    """Texts, hints (every other post's own language) and where they come from."""
    if path.is_file():
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        return [r["text"] for r in rows], [r["lang"] if i % 2 else None for i, r in enumerate(rows)], path.name
    texts = make_posts(2000)
    return texts, [None] * len(texts), "generated French posts"


def run(n_posts: int = 100_000, repeats: int = 3) -> dict[str, float | int | str]:
    """Identify ``n_posts`` posts, best of ``repeats`` runs; posts per second of CPU time on one core."""
    texts, hints, source = corpus()
    reps = -(-n_posts // len(texts))
    norms = normalize_batch((texts * reps)[:n_posts])
    hints = (hints * reps)[:n_posts]
    routing = Routing()
    routing.split(norms[:BATCH], hints[:BATCH])  # warm up (and load the model)
    best = float("inf")
    judged = 0
    for _ in range(max(1, repeats)):
        started = time.process_time()
        judged = 0
        for i in range(0, n_posts, BATCH):
            judged += sum(routing.split(norms[i : i + BATCH], hints[i : i + BATCH])[1])
        best = min(best, time.process_time() - started)
    rate = n_posts / max(best, 1e-9)
    return {
        "benchmark": "language identification",
        "posts": n_posts,
        "source": source,
        "mean_chars": round(sum(len(n.text) for n in norms) / max(1, n_posts), 1),
        "judged_share": round(judged / max(1, n_posts), 3),
        "cpu_seconds": round(best, 3),
        "posts_per_s": round(rate),
        "target_posts_per_s": TARGET_POSTS_PER_S,
        "meets_target": "yes" if rate >= TARGET_POSTS_PER_S else "no",
    }


def table(result: dict[str, float | int | str]) -> str:
    """One line for the benchmark report."""
    return (
        f"language identification: {result['posts_per_s']:,} posts/s per core (CPU time, best of runs), "
        f"{result['posts']:,} posts of ~{result['mean_chars']} chars from {result['source']} "
        f"({float(result['judged_share']):.0%} judged with VIGIE_LANGUAGES=fr), target "
        f"{result['target_posts_per_s']:,}: {result['meets_target']}"
    )


if __name__ == "__main__":
    print(table(run()))
