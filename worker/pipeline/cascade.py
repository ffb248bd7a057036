"""Cascade: the fast model scores every post; the encoder gives a second opinion where the fast one is unsure.

A post is *escalated* when its fast hate score falls in the uncertain ``Band`` or when it matched a term list entry
of an escalating severity (``ESCALATE_SEVERITIES``: slurs, dehumanising words, hostility, threats; a slur is where
character n-grams confuse quoting, reporting and counter-speech with hate). Neutral group names (severity ``term``)
do not escalate on their own: they occur in far more posts than the encoder can afford.
Escalated posts are re-scored by the encoder bundle (``models/vigie-fr-encoder``) in length-sorted batches, and the
final hate score of an escalated post is the encoder's (``combine``): the encoder then decides, with the encoder
bundle's own ``review``/``remove`` thresholds, and the verdict's ``tier`` is ``encoder``. Posts outside the band are
decided by the fast model alone (``tier`` ``fast``).

Plain functions over arrays, testable without a model; ``worker.pipeline.scoring`` wires them into the scorer.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from worker.pipeline.lexicon import ESCALATING, Match

FAST_TIER = "fast"
ENCODER_TIER = "encoder"
ESCALATE_SEVERITIES: frozenset[str] = ESCALATING


@dataclass(frozen=True, slots=True)
class Band:
    """The fast hate scores ``low <= score < high`` that get a second opinion.

    Default [0.20, 0.60): the fast tier settles only posts it scores clearly low or clearly high. Chosen (with the
    model pair) by a rule fixed before the candidates were measured: among bands that escalate at most 35 % of
    ``fr_hate_dev.csv`` (the throughput budget; docs/performance.md) with dev macro-F1 >= 0.78, the best mean
    macro-F1 over dev and the functional suite's two tuning sets (models/README.md). A wider band
    escalates more posts, so it costs throughput and buys quality; ``python -m worker.tools.bench.cascade`` measures
    both for any band (docs/performance.md has the figures).
    """

    low: float = 0.20
    high: float = 0.60

    def __post_init__(self) -> None:
        if not 0.0 <= self.low <= self.high <= 1.0:
            raise ValueError(f"a band needs 0 <= low <= high <= 1, got low={self.low} high={self.high}")

    @property
    def empty(self) -> bool:
        return self.low == self.high


def term_mask(matches: Iterable[Sequence[Match]], severities: Collection[str] = ESCALATE_SEVERITIES) -> np.ndarray:
    """Bool per post: at least one term-list match of one of ``severities``."""
    return np.array([any(m.severity in severities for m in post) for post in matches], dtype=bool)


def escalate_mask(hate: np.ndarray, matched: np.ndarray, band: Band) -> np.ndarray:
    """Bool per post: fast score in ``band`` or a term-list match."""
    hate = np.asarray(hate, dtype=np.float32)
    in_band = (hate >= band.low) & (hate < band.high)
    return np.asarray(in_band | np.asarray(matched, dtype=bool), dtype=bool)


def length_sorted_batches(texts: Sequence[str], index: np.ndarray, batch_size: int) -> list[np.ndarray]:
    """``index`` (positions into ``texts``) grouped into batches of similar length: padding costs the encoder."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    order = index[np.argsort([len(texts[i]) for i in index], kind="stable")]
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def second_opinion(
    predict: Callable[[Sequence[str]], np.ndarray],
    texts: Sequence[str],
    escalated: np.ndarray,
    *,
    column: int = 0,
    batch_size: int = 32,
) -> np.ndarray:
    """The encoder's hate probability for the escalated posts, NaN for the others.

    ``predict`` is the encoder ``Model.predict`` (normalised texts -> ``[n, labels]`` probabilities); ``column`` is
    the index of its hate label. One call per length-sorted batch of ``batch_size``.
    """
    out = np.full(len(texts), np.nan, dtype=np.float32)
    for batch in length_sorted_batches(texts, np.flatnonzero(escalated), batch_size):
        probs = np.asarray(predict([texts[i] for i in batch]), dtype=np.float32)
        out[batch] = probs[:, column]
    return out


class ScoreCache:
    """A bounded least-recently-used map from the exact text the encoder scored to its score.

    Copy-paste raids send the same text many times; each copy after the first costs a dictionary lookup instead of an
    encoder run. The key is the normalised text (what the encoder reads), so case, spacing and spelling tricks that
    the normaliser undoes fall on one entry. ``size`` 0 turns the cache off.
    """

    def __init__(self, size: int = 10_000) -> None:
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self.size = size
        self.hits = 0
        self._scores: OrderedDict[str, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._scores)

    def second_opinion(self, predict: Callable[[Sequence[str]], np.ndarray], texts: Sequence[str],
                       escalated: np.ndarray, *, column: int = 0, batch_size: int = 32) -> np.ndarray:
        """``second_opinion`` that runs the encoder only on escalated texts it has not scored recently."""
        out = np.full(len(texts), np.nan, dtype=np.float32)
        pending: dict[str, list[int]] = {}  # text -> its positions: one encoder row per distinct text
        for i in np.flatnonzero(escalated).tolist():
            score = self._scores.get(texts[i])
            if score is None:
                pending.setdefault(texts[i], []).append(i)
            else:
                self._scores.move_to_end(texts[i])
                out[i] = score
                self.hits += 1
        if pending:
            first = np.zeros(len(texts), dtype=bool)
            first[[where[0] for where in pending.values()]] = True
            fresh = second_opinion(predict, texts, first, column=column, batch_size=batch_size)
            for text, where in pending.items():
                out[where] = fresh[where[0]]
                self._put(text, float(fresh[where[0]]))
        return out

    def _put(self, text: str, score: float) -> None:
        if self.size == 0:
            return
        self._scores[text] = score
        self._scores.move_to_end(text)
        while len(self._scores) > self.size:
            self._scores.popitem(last=False)


def combine(fast: np.ndarray, second: np.ndarray, escalated: np.ndarray, *, weight: float = 1.0) -> np.ndarray:
    """Final hate score: the fast score, except on escalated posts, where the encoder's weighs ``weight``.

    ``weight=1`` (the default) lets the encoder decide escalated posts outright; its thresholds then apply to them.
    A lower weight blends the two probabilities (``weight * second + (1 - weight) * fast``).
    """
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"weight must be in [0, 1], got {weight}")
    fast = np.asarray(fast, dtype=np.float32)
    escalated = np.asarray(escalated, dtype=bool)
    second = np.asarray(second, dtype=np.float32)
    if np.isnan(second[escalated]).any():
        raise ValueError("an escalated post has no second opinion")
    blended = weight * np.nan_to_num(second) + (1.0 - weight) * fast
    return np.where(escalated, blended, fast).astype(np.float32)


def tiers(escalated: np.ndarray) -> list[str]:
    """The tier that decided each post, for ``Verdict.tier`` and per-tier metrics."""
    return [ENCODER_TIER if e else FAST_TIER for e in np.asarray(escalated, dtype=bool).tolist()]
