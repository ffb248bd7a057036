"""Featurisation + inference throughput of a model bundle on one core (a benchmark, not a test).

``run()`` generates ~110-character French-looking posts (seeded; not the shared data), normalises them once (the
normaliser has its own benchmark), then times ``Model.predict`` over batches of ``batch`` posts with onnxruntime on
one thread. For the default ``vigie-hashed-ngrams`` bundle it also splits the time between the numpy featuriser and
the ONNX run. The target is 50,000 posts/s for featurise + infer.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from worker.pipeline.model import HashedNgramModel, load_bundle, padded
from worker.pipeline.normalize import normalize

TARGET_POSTS_PER_S = 50_000

_VOCAB = (
    "je tu il elle on nous vous ils les la le des un une du de à au et ou mais donc car que qui ce cette ces mon "
    "ton son notre leur dans sur avec sans pour par chez vers après avant est sont était être avoir fait faire dit "
    "voir aller va peut veut faut pense très trop bien mal plus moins encore toujours jamais déjà vraiment gens "
    "monde pays ville quartier école travail famille enfants femmes hommes voisins gouvernement ministre police "
    "justice débat élection médias vidéo match équipe arbitre supporters problème question réponse idée vérité "
    "histoire moment année semaine beau grand petit nouveau français étranger immigrés musulmans juifs content "
    "triste énervé drôle génial nul incroyable normal manger parler écouter regarder comprendre partir venir café "
    "soleil pluie plage merci bonjour franchement bref enfin quand même @USER LINK 😂 !! ? ,"
).split()


def make_posts(n_posts: int, seed: int = 11, length: int = 110) -> list[str]:
    """Deterministic French-looking posts of about ``length`` characters."""
    rng = random.Random(seed)
    posts = []
    for _ in range(n_posts):
        words: list[str] = []
        size = 0
        while size < length:
            word = rng.choice(_VOCAB)
            words.append(word)
            size += len(word) + 1
        posts.append(" ".join(words)[: length + 8])
    return posts


def _time(fn: Any, batches: list[list[str]], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for b in batches:
            fn(b)
        best = min(best, time.perf_counter() - started)
    return best


def run(bundle: Path | None = None, n_posts: int = 50_000, batch: int = 512, repeats: int = 3) -> dict[str, Any]:
    """Posts per second of featurise + infer on one core; best of ``repeats`` passes over ``n_posts`` posts."""
    model = load_bundle(bundle, threads=1)
    texts = [normalize(t).text for t in make_posts(n_posts)]
    batches = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    model.predict(batches[0])  # warm-up: session arenas, power tables
    total = _time(model.predict, batches, repeats)
    result: dict[str, Any] = {
        "model": f"{model.name} {model.version}",
        "kind": model.kind,
        "posts": len(texts),
        "batch": batch,
        "mean_chars": round(float(np.mean([len(t) for t in texts])), 1),
        "threads": 1,
        "posts_per_s": round(len(texts) / total),
        "ms_per_batch": round(1000 * total / len(batches), 3),
        "target_posts_per_s": TARGET_POSTS_PER_S,
        "meets_target": len(texts) / total >= TARGET_POSTS_PER_S,
    }
    if isinstance(model, HashedNgramModel):
        fz = model.featurizer
        featurise = _time(lambda b: padded(fz.transform(b)), batches, repeats)
        result["featurise_posts_per_s"] = round(len(texts) / featurise)
        result["featurise_share"] = round(featurise / total, 3)
    return result


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(Path(sys.argv[1]) if len(sys.argv) > 1 else None), indent=2))
