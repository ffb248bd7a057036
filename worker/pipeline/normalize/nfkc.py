"""NFKC: fullwidth, mathematical, circled letters -> plain (« ｓａｌｅ », « 𝐬𝐚𝐥𝐞 » -> « sale »), per cluster so each
change keeps its own span; a second time after case folding, which can create compatibility characters."""

from __future__ import annotations

import re
import unicodedata

from worker.pipeline.normalize.homoglyphs import _HOMOGLYPH
from worker.pipeline.normalize.invisible import _INVISIBLE_CHAR
from worker.pipeline.normalize.mojibake import _MOJIBAKE_HINT
from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import _UNUSUAL, Step, _Work

MAX_EXPANSION = 3  # a compatibility character may expand to at most this many characters (« ﷺ » is left alone)


_STYLED = ("<font>", "<wide>", "<narrow>", "<circle>", "<small>", "<square>")


def _nfkc_unstable() -> tuple[re.Pattern[str], frozenset[str]]:
    """What NFKC may change: compatibility characters and combining marks (built once, at import).

    The Basic Multilingual Plane goes into one character class (sre makes it a bitmap: fast); the astral planes
    (mathematical letters) into a set checked only for astral characters, which are rare outside emoji.
    """
    points = [
        cp
        for cp in range(0x80, 0x30000)
        if not 0xD800 <= cp < 0xE000
        and (unicodedata.combining(chr(cp)) or not unicodedata.is_normalized("NFKC", chr(cp)))
    ]
    ranges: list[tuple[int, int]] = []
    for cp in (p for p in points if p <= 0xFFFF):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    bmp = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    astral = frozenset(chr(p) for p in points if p > 0xFFFF)
    return re.compile(f"[{bmp}]|[\\U00010000-\\U0010ffff]"), astral


_NFKC_CANDIDATE, _NFKC_ASTRAL = _nfkc_unstable()


def _nfkc_edits(text: str) -> tuple[list[Edit], bool]:
    """NFKC per cluster (a base character and its combining marks), so each change keeps its own span."""
    edits: list[Edit] = []
    styled = False
    last_end = 0
    combining = unicodedata.combining
    for m in _NFKC_CANDIDATE.finditer(text):
        if m.start() < last_end or (m.group() > "\uffff" and m.group() not in _NFKC_ASTRAL):
            continue
        start = m.start()
        while start > last_end and combining(text[start]):
            start -= 1
        end = m.start() + 1
        while end < len(text) and combining(text[end]):
            end += 1
        cluster = text[start:end]
        folded = unicodedata.normalize("NFKC", cluster)
        if folded != cluster and len(folded) <= MAX_EXPANSION * len(cluster):
            edits.append((start, end, folded))
            styled = styled or unicodedata.decomposition(cluster[0]).startswith(_STYLED)
        last_end = end
    return edits, styled


def could_act(w: _Work) -> bool:
    text = w.text
    return not text.isascii() and not unicodedata.is_normalized("NFKC", text)


def apply(w: _Work) -> None:
    edits, styled = _nfkc_edits(w.text)
    w.apply(edits, "styled_letters" if styled else "", rewrites=False)
    if edits:
        w.unusual = bool(_UNUSUAL.search(w.text))
        w.changed = w.changed or _earlier_steps_would_act(w.text)


def _earlier_steps_would_act(text: str) -> bool:
    """After a step that can create non-ASCII characters: would mojibake/invisible/homoglyphs act again?"""
    return not text.isascii() and bool(
        _MOJIBAKE_HINT.search(text) or _INVISIBLE_CHAR.search(text) or _HOMOGLYPH.search(text)
    )


def could_act_after_casefold(w: _Work) -> bool:
    return w.unusual and could_act(w)  # case folding Latin-1 and French typography never leaves NFKC


STEP = Step("nfkc", could_act, apply)
AFTER_CASEFOLD = Step("nfkc_after_casefold", could_act_after_casefold, apply)
