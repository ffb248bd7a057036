"""Normalisation: see through evasion tricks before scoring.

STUB interface (to be replaced by the full pipeline of issue 4). Contract:
- ``normalize(text) -> Normalized`` never raises, is idempotent on its own output.
- ``Normalized.text`` is what the model and the lexicons see.
- ``Normalized.tricks`` names the steps that changed the text (evasion tricks undone).
- ``Normalized.to_original(start, end)`` maps a span of ``text`` back to a span of ``original``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    text: str
    tricks: tuple[str, ...] = ()
    # offsets[i] = index in `original` of normalised character i; len(text) + 1 entries; None = identity.
    offsets: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            n = len(self.original)
            return min(start, n), min(end, n)
        return self.offsets[start], self.offsets[end]


def normalize(text: str) -> Normalized:
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) == len(text):
        return Normalized(text, folded)
    return Normalized(text, folded, ("nfkc",), tuple(range(len(folded))) + (len(text),))


def normalize_batch(texts: Sequence[str]) -> list[Normalized]:
    return [normalize(t) for t in texts]
