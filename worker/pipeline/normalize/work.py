"""The text being normalised (``_Work``), how edits are applied, and what a step is (``Step``).

A step is a pair: ``could_act(work)``, a cheap question (a compiled search, ``str.isascii``, a flag an earlier step
set) whose « no » proves that ``apply(work)`` would change nothing; and ``apply``, the step itself. The pipeline asks
the question before every step, and the fast path (``fast.py``) asks the same questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from worker.pipeline.normalize.result import Edit, Normalized, _normalized

# Letters of Latin-1, by case (the case steps, camelCase, leetspeak and handles use them)
_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
# Beyond Latin-1 and French typography (’ “ ” « » … – — € œ): the one question most French posts answer « no » to,
# which lets the invisible, homoglyph, emoji and fold-risk steps skip without their own (slower) searches.
_UNUSUAL = re.compile("[^\x00-\xff\u2013\u2014\u2018-\u201f\u2026\u20ac\u0152\u0153]")


class _Work:
    """The text being normalised, the tricks undone, and the length-changing edits made so far."""

    __slots__ = ("changed", "layers", "original", "rare", "text", "tricks", "unusual")

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = text
        self.layers: list[tuple[Edit, ...]] = []
        self.tricks: list[str] = []
        self.changed = False  # a rewriting step changed the text during this pass
        self.unusual = True  # the text may hold characters beyond Latin-1 and French typography (see _UNUSUAL)
        self.rare = True  # the text may hold separators, censoring marks or leet characters (see _RARE)

    def note(self, trick: str) -> None:
        if trick and trick not in self.tricks:
            self.tricks.append(trick)

    def apply(self, edits: list[Edit], trick: str = "", *, rewrites: bool = True) -> None:
        """Apply sorted, non-overlapping edits."""
        if not edits:
            return
        if _resizes(edits):
            self.layers.append(tuple(edits))
        self.text = _splice(self.text, edits)
        self.note(trick)
        self.changed = self.changed or rewrites

    def result(self) -> Normalized:
        return _normalized(self.original, self.text, tuple(self.tricks), tuple(self.layers))


def _resizes(edits: list[Edit]) -> bool:
    """Does an edit change a length (so that the edits make a layer of the map back)? A loop: ``any`` over a
    generator costs a generator and a call per edit, several times the loop on the few edits a post has."""
    for s, e, r in edits:
        if len(r) != e - s:
            return True
    return False


def _splice(text: str, edits: list[Edit]) -> str:
    if len(edits) == 1:  # the commonest case (one link, one hashtag): no list of parts
        s, e, r = edits[0]
        return text[:s] + r + text[e:]
    parts: list[str] = []
    pos = 0
    for s, e, r in edits:
        parts.append(text[pos:s])
        parts.append(r)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _edits(pattern: re.Pattern[str], text: str, repl: Callable[[re.Match[str]], str | None]) -> list[Edit]:
    out: list[Edit] = []
    for m in pattern.finditer(text):
        r = repl(m)
        if r is not None and r != m.group():
            out.append((m.start(), m.end(), r))
    return out


def _all(text: str, needle: str) -> list[int]:
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _always(_w: _Work) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the pipeline: ``could_act`` False proves ``apply`` would leave the work as it is."""

    name: str
    could_act: Callable[[_Work], object]
    apply: Callable[[_Work], None]

    def __call__(self, w: _Work) -> None:
        if self.could_act(w):
            self.apply(w)
