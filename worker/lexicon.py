"""Explainable term lists. STUB interface (issue 4 replaces the body).

Contract:
- ``Lexicon.load(extra_paths)`` loads the built-in lists plus a deployment's own files.
- ``Lexicon.match(norm)`` returns ``Match`` values whose ``start``/``end`` are spans of the ORIGINAL text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from worker.normalize import Normalized


@dataclass(frozen=True, slots=True)
class Match:
    category: str  # origin, religion, gender, lgbt, disability, other, conspiracy
    term: str  # the list entry that matched (normalised form)
    start: int  # span in the original text
    end: int
    severity: str = "slur"  # list-defined: e.g. slur, threat, dehumanising, conspiracy


class Lexicon:
    def __init__(self, size: int = 0) -> None:
        self.size = size

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> Lexicon:
        return cls()

    def match(self, norm: Normalized) -> list[Match]:
        return []
