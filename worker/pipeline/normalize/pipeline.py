"""The steps in order, and ``normalize``: the fast path for plain posts, else every step, pass after pass."""

from __future__ import annotations

from collections.abc import Sequence

from worker.pipeline.normalize import (
    casefold,
    homoglyphs,
    invisible,
    leetspeak,
    mojibake,
    nfkc,
    placeholders,
    punctuation,
    repeated,
    spaces,
    spacing,
    words,
)
from worker.pipeline.normalize.fast import _light
from worker.pipeline.normalize.mojibake import _MOJIBAKE, _MOJIBAKE_HINT
from worker.pipeline.normalize.result import Normalized
from worker.pipeline.normalize.work import _UNUSUAL, Step, _Work

MAX_PASSES = 4
STEPS: tuple[Step, ...] = (
    invisible.INVISIBLE,
    mojibake.STEP,
    invisible.CONTROLS,
    nfkc.STEP,
    homoglyphs.STEP,
    words.STEP,
    casefold.STEP,
    nfkc.AFTER_CASEFOLD,
    spaces.EMOJI,
    placeholders.STEP,
    leetspeak.RARE_CHARACTERS,
    spacing.STEP,
    punctuation.STEP,
    leetspeak.STEP,
    repeated.STEP,
    spaces.WHITESPACE,
)
_PAIRS = tuple((step.could_act, step.apply) for step in STEPS)  # the loop below, without a call through Step


def normalize(text: str) -> Normalized:
    """Normalise one post. Never raises; ``normalize(normalize(x).text).text == normalize(x).text``."""
    return _light(text) or _normalize_slow(text)


def _normalize_slow(text: str) -> Normalized:
    """The whole pipeline, every step asking its own question."""
    w = _Work(text)
    for _ in range(MAX_PASSES):
        before = w.text
        w.changed = False
        w.unusual = not before.isascii() and bool(_UNUSUAL.search(before))
        for could_act, apply in _PAIRS:
            if could_act(w):
                apply(w)
        if w.text == before:
            break
        if not w.changed and not (_MOJIBAKE_HINT.search(w.text) and _MOJIBAKE.search(w.text)):
            break  # a later step (a hashtag's « # » going, case folding) may complete a mojibake sequence
    return w.result()


def normalize_batch(texts: Sequence[str]) -> list[Normalized]:
    """Normalise a batch (the worker's unit of work)."""
    return [_light(t) or _normalize_slow(t) for t in texts]  # ``normalize``, without a call per post
