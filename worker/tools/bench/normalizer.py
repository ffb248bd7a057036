"""Normaliser throughput on generated ~110-character French posts (a benchmark, not a test).

``run(n_posts)`` builds posts from a fixed French vocabulary with a seeded RNG: sentence case, accents, punctuation,
numbers (« 14h30 », « 12,50 € », « 1er »), some mentions, links, hashtags and emoji, and one post in twenty carrying
an evasion trick (leetspeak, spacing, repeated letters, zero-width characters, homoglyphs). It times
``normalize_batch`` over batches of 1,024 posts on one core and reports posts per second: CPU time of this process
(what one core delivers; other processes on a shared machine do not count) and wall-clock time. ``reference_loop_s``
(a million Python additions) tells how fast the core was: a busy or slow machine takes longer over it, and its
throughput should be read in proportion.

The same timing runs on real tweets when the shared data is there (``data_dir``, default ``../shared/data``):
the texts of ``fr_hate_train.csv`` (read at run time, never written anywhere), in ``repeats`` rounds, with the share
of posts that leave the fast path (``@USER`` next to punctuation, links, emoji glued to words, mojibake, evasion).
Their lengths, placeholders, emoji and encoding accidents are the feed's, which the generated posts only imitate.
"""

from __future__ import annotations

import csv
import random
import statistics
import time
from pathlib import Path
from typing import Any

from worker.pipeline.normalize import _light, normalize_batch

BATCH = 1024
TARGET_POSTS_PER_S = 50_000

_WORDS = (
    "je tu il elle on nous vous ils elles le la les un une des du de à au aux et ou mais donc car ni que qui quoi "
    "ce cette ces mon ton son notre votre leur dans sur sous avec sans pour par chez entre vers après avant pendant "
    "est sont était été être avoir fait faire dit dire voir vu aller va vont peut veut faut sais crois pense trouve "
    "très trop bien mal plus moins encore toujours jamais déjà aujourd'hui hier demain ici là-bas vraiment "
    "gens monde pays ville quartier école travail famille enfants femmes hommes voisins collègues élèves "
    "gouvernement président ministre police justice loi débat élection médias journal télé réseaux vidéo photo "
    "match équipe joueur arbitre but saison victoire défaite supporters stade "
    "problème question réponse idée avis raison tort vérité mensonge histoire exemple moment année semaine "
    "beau belle grand grande petit petite nouveau nouvelle vieux vieille français française européen étranger "
    "content triste fatigué énervé drôle génial nul incroyable normal bizarre important sérieux honnête "
    "manger boire dormir parler écouter regarder lire écrire penser comprendre expliquer attendre partir venir "
    "café pain fromage déjeuner dîner vacances soleil pluie été hiver printemps automne plage montagne "
    "merci bonjour salut franchement honnêtement bref enfin bon ben quand même c'est-à-dire peut-être"
).split()
_EXTRAS = ("@USER", "LINK", "#Politique", "#BalanceTonPorc", "😂", "👏", "🙄", "14h30", "12,50 €", "1er", "2020",
           "…", "!", "?", "«", "»", "’", ",")  # fmt: skip
_TRICKS = (
    lambda w: w.replace("e", "3").replace("a", "4"),
    lambda w: " ".join(w),
    lambda w: w[:2] + w[2] * 4 + w[3:] if len(w) > 3 else w,
    lambda w: "\u200b".join(w),
    lambda w: w.replace("a", "а").replace("e", "е").replace("o", "о"),
)


def make_posts(n_posts: int, seed: int = 7, length: int = 110) -> list[str]:
    """Deterministic French-looking posts of about ``length`` characters."""
    rng = random.Random(seed)
    posts = []
    for _ in range(n_posts):
        words: list[str] = []
        size = 0
        while size < length:
            word = rng.choice(_EXTRAS) if rng.random() < 0.08 else rng.choice(_WORDS)
            words.append(word)
            size += len(word) + 1
        words[0] = words[0].capitalize()
        if rng.random() < 0.05:
            i = rng.randrange(len(words))
            words[i] = rng.choice(_TRICKS)(words[i])
        posts.append(" ".join(words)[: length + 10] + rng.choice((".", " !", " ?", "", "...")))
    return posts


Result = dict[str, Any]


def read_tweets(data_dir: Path) -> list[str]:
    """The texts of the shared training tweets, in file order (empty when the file is not there)."""
    path = Path(data_dir) / "fr_hate_train.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["text"] for row in csv.DictReader(fh) if row.get("text")]


def _time(posts: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) to normalise ``posts`` in batches of ``BATCH``."""
    batches = [posts[i : i + BATCH] for i in range(0, len(posts), BATCH)]
    started, cpu_started = time.perf_counter(), time.process_time()
    for batch in batches:
        normalize_batch(batch)
    return time.process_time() - cpu_started, time.perf_counter() - started


def run_tweets(data_dir: Path, repeats: int = 3) -> Result:
    """Normalise the shared training tweets ``repeats`` times; posts/s per core (CPU time) of each round."""
    posts = read_tweets(data_dir)
    if not posts:
        return {"error": f"no tweets: {Path(data_dir) / 'fr_hate_train.csv'} not found"}
    normalize_batch(posts[:BATCH])  # warm up
    rounds = [_time(posts) for _ in range(max(1, repeats))]
    rates = [round(len(posts) / max(cpu, 1e-9)) for cpu, _wall in rounds]
    rate = statistics.median(rates)
    return {
        "posts": len(posts),
        "mean_chars": round(sum(map(len, posts)) / len(posts), 1),
        "slow_path_share": round(sum(_light(p) is None for p in posts) / len(posts), 4),
        "posts_per_s_rounds": rates,
        "posts_per_s": round(rate),
        "posts_per_s_wall": round(statistics.median(len(posts) / max(wall, 1e-9) for _cpu, wall in rounds)),
        "meets_target": "yes" if rate >= TARGET_POSTS_PER_S else "no",
    }


def run(n_posts: int = 100_000, data_dir: Path = Path("../shared/data"), repeats: int = 3) -> Result:
    """Normalise ``n_posts`` generated posts in batches, then the shared tweets; throughput (posts/s, one core)."""
    posts = make_posts(n_posts)
    normalize_batch(posts[:BATCH])  # warm up
    reference = _reference_loop()
    cpu_seconds, seconds = _time(posts)
    rate = n_posts / max(cpu_seconds, 1e-9)
    return {
        "benchmark": "normalizer",
        "posts": n_posts,
        "mean_chars": round(sum(map(len, posts)) / max(1, len(posts)), 1),
        "cpu_seconds": round(cpu_seconds, 3),
        "wall_seconds": round(seconds, 3),
        "posts_per_s": round(rate),
        "posts_per_s_wall": round(n_posts / max(seconds, 1e-9)),
        "reference_loop_s": round(reference, 4),
        "target_posts_per_s": TARGET_POSTS_PER_S,
        "meets_target": "yes" if rate >= TARGET_POSTS_PER_S else "no",
        "tweets": run_tweets(data_dir, repeats),
    }


def table(result: Result) -> str:
    """Two lines for the benchmark report: generated posts, then the shared tweets."""
    line = (
        f"normaliser: {result['posts_per_s']:,} posts/s per core (CPU time; {result['posts_per_s_wall']:,} wall), "
        f"{result['posts']:,} generated posts of ~{result['mean_chars']} chars, target "
        f"{result['target_posts_per_s']:,}: {result['meets_target']}; reference loop {result['reference_loop_s']} s"
    )
    tweets = result.get("tweets")
    if not isinstance(tweets, dict):
        return line
    if "error" in tweets:
        return f"{line}\nnormaliser on tweets: {tweets['error']}"
    rounds = " · ".join(f"{r:,}" for r in tweets["posts_per_s_rounds"])
    return (
        f"{line}\nnormaliser on tweets: {tweets['posts_per_s']:,} posts/s per core (median of {rounds}; "
        f"{tweets['posts_per_s_wall']:,} wall), {tweets['posts']:,} tweets of ~{tweets['mean_chars']} chars, "
        f"{tweets['slow_path_share']:.1%} off the fast path, target {TARGET_POSTS_PER_S:,}: {tweets['meets_target']}"
    )


def _reference_loop() -> float:
    """CPU seconds for a million Python additions, best of three: how fast this core is right now."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.process_time() - started)
    return best


if __name__ == "__main__":
    print(table(run()))
