"""Words: « #SaleJuif » -> « Sale Juif » (hashtags cut at every lower-to-upper boundary), « SaleJuif » -> « Sale Juif »
(capitalised parts of three letters or more, never in a post with case noise); case noise (« SaLe ») noticed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import _LO, _UP, Step, _splice, _Work

_CAMEL_HINT = re.compile(f"[{_UP}](?<=[{_LO}].)")  # upper-case letters are rarer: look for them first
# literal first (fast scan); only at a run's start (linear); not after a letter or digit (« C# », « a#b »)
_HASHTAG = re.compile(r"#(?<!##)(?<![^\W_]#)#*+([^\W_]\w*+)")
# « SaleJuif »: capitalised parts of three letters or more, so that case noise (« SaLe », « arAbe », « refUses »)
# is not split; in hashtags every lower-to-upper boundary is cut.
_CAMEL = re.compile(f"[{_UP}][{_LO}]{{2,}}(?:[{_UP}][{_LO}]{{2,}})+")
_CAMEL_CUT = re.compile(f"[{_UP}](?<=[{_LO}].)")  # a cut before each match; the capital first: a rare character
_CASE_NOISE = re.compile(f"[{_UP}](?<=[{_LO}].)")


def _word_before(text: str, i: int) -> bool:
    """Does a word end right before position i? (A combining mark counts: case folding can create one.)"""
    return i > 0 and (text[i - 1].isalnum() or unicodedata.combining(text[i - 1]) > 0)


def _word_at(text: str, i: int) -> tuple[int, int]:
    """The run of word characters (and « # ») around position i."""
    start = i
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "#"):
        start -= 1
    end = i
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _camel_edits(text: str, hashtags: Sequence[tuple[int, int]], first: int = 0) -> list[Edit]:
    """Cuts in camelCase words outside hashtags (« SaleJuif »); ``first``: where the first hint is."""
    cuts: list[Edit] = []
    last_end = -1
    for m in _CAMEL_HINT.finditer(text, first):
        if m.start() < last_end or any(a <= m.start() < b for a, b in hashtags):
            continue
        start, end = _word_at(text, m.start())
        last_end = end
        if text[start] == "#":
            continue
        if not _CAMEL.fullmatch(text, start, end):
            return []  # « SaLe ArAbE »: case noise in the post, so « ConTre » is noise too, not two words
        cuts += [(start + c.start(), start + c.start(), " ") for c in _CAMEL_CUT.finditer(text[start:end])]
    return cuts


def _hashtag_edits(text: str, spans: list[tuple[int, int]], hinted: bool) -> list[Edit]:
    """« #SaleJuif » -> « Sale Juif »: the « # » goes, every lower-to-upper boundary is cut; ``spans`` gets the
    hashtags' spans. ``hinted``: the text has a lower-to-upper boundary (``_CAMEL_HINT``); without one no hashtag
    has a cut to make, nor has a hashtag of one case (« #metoo », « #RN »)."""
    edits: list[Edit] = []
    for m in _HASHTAG.finditer(text):
        if text[m.start() - 1 : m.start()] > "\x7f" and _word_before(text, m.start()):
            continue  # after a combining mark (the pattern has ruled out a letter or digit)
        spans.append((m.start(), m.end()))
        body = m.start(1)
        edits.append((m.start(), body, ""))
        tag = m.group(1)
        if hinted and not (tag.islower() or tag.isupper()):
            edits += [(body + c.start(), body + c.start(), " ") for c in _CAMEL_CUT.finditer(tag)]
    return edits


def _word_edits(text: str) -> tuple[list[Edit], str, bool]:
    """Hashtag and camelCase edits, the trick they undo, and whether the text had a lower-to-upper boundary."""
    hint = _CAMEL_HINT.search(text)
    if not hint and "#" not in text:
        return [], "", False
    spans: list[tuple[int, int]] = []
    hashtags = _hashtag_edits(text, spans, hint is not None) if "#" in text else []
    camel = _camel_edits(text, spans, hint.start()) if hint else []
    trick = "camel_case" if camel or any(r == " " for _s, _e, r in hashtags) else ""
    return sorted(hashtags + camel), trick, hint is not None


def _words(text: str) -> tuple[str, list[Edit], tuple[str, ...]]:
    """The step on a string: the text after it, its edits, and the tricks it notes (camel_case, then case_noise)."""
    edits, trick, hinted = _word_edits(text)
    out = _splice(text, edits) if edits else text
    tricks: tuple[str, ...] = (trick,) if trick else ()
    if hinted and (not edits or _CASE_NOISE.search(out)):  # unedited, the hint was a case-noise match already
        tricks += ("case_noise",)
    return out, edits, tricks


def could_act(w: _Work) -> bool:
    return "#" in w.text or bool(_CAMEL_HINT.search(w.text))


def apply(w: _Work) -> None:
    _out, edits, tricks = _words(w.text)
    w.apply(edits, rewrites=False)
    for trick in tricks:
        w.note(trick)


STEP = Step("words", could_act, apply)
