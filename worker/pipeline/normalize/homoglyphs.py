"""Homoglyphs: Cyrillic, Greek, small-capital and other look-alikes folded to Latin (« ѕаlе » -> « sale »).

The table is ``data/lookalikes.txt``: a hand table first, then the letters Unicode's confusables (UTS #39) add,
written by ``python -m worker.tools.lookalikes``. Every look-alike is folded, whatever the script of its neighbours:
a Russian post becomes Latin noise, which is fine for a French model.
"""

from __future__ import annotations

import re

from worker.pipeline.normalize import data
from worker.pipeline.normalize.work import Step, _Work

_LOOKALIKES = data.lookalikes()
_HOMOGLYPH_TABLE = str.maketrans(_LOOKALIKES)
_HOMOGLYPH = re.compile("[" + "".join(_LOOKALIKES) + "]")  # Basic Multilingual Plane only: one fast scan


def could_act(w: _Work) -> bool:
    return w.unusual and bool(_HOMOGLYPH.search(w.text))


def apply(w: _Work) -> None:
    text = w.text
    folded = text.translate(_HOMOGLYPH_TABLE)
    if folded != text:
        w.apply([(0, len(text), folded)], "homoglyphs", rewrites=False)


STEP = Step("homoglyphs", could_act, apply)
