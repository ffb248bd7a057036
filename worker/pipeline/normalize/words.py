"""Words: « #SaleJuif » -> « Sale Juif » (hashtags cut at every lower-to-upper boundary), « SaleJuif » -> « Sale Juif »
(capitalised parts of three letters or more, never in a post with case noise); case noise (« SaLe ») noticed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import _LO, _UP, Step, _splice, _Work

_CAMEL_HINT = re.compile(f"[{_UP}](?<=[{_LO}].)")  # upper-case letters are rarer: look for them first
# Combining marks (« e\u0301 »): a word ends with one as with a letter (``_word_before``)
_COMBINING = re.escape("".join(filter(unicodedata.combining, map(chr, range(0x110000)))))
# literal first (fast scan); only at a run's start (linear); not after a letter, digit or combining mark (« C# »,
# « a#b »): the pattern answers ``_word_before`` itself, with no Python call per hashtag
_HASHTAG = re.compile(rf"#(?<!##)(?<![^\W_]#)(?<![{_COMBINING}]#)#*+([^\W_]\w*+)")
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
    pos = first
    while m := _CAMEL_HINT.search(text, pos):  # (the look-behind sees the text before ``pos``)
        i = m.start()
        pos = next((b for a, b in hashtags if a <= i < b), 0)
        if pos:
            continue  # cut with its hashtag: search on after it
        start, end = _word_at(text, i)
        pos = end
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
    found = list(_HASHTAG.finditer(text))
    spans += [m.span() for m in found]
    edits: list[Edit] = [(m.start(), m.start(1), "") for m in found]
    if hinted:
        for m in found:
            tag = m.group(1)
            if not (tag.islower() or tag.isupper()):
                body = m.start(1)
                edits += [(body + c.start(), body + c.start(), " ") for c in _CAMEL_CUT.finditer(tag)]
    return edits


def _word_edits(text: str) -> tuple[list[Edit], str, bool]:
    """Hashtag and camelCase edits, the trick they undo, and whether the text had a lower-to-upper boundary."""
    hint = _CAMEL_HINT.search(text)
    if not hint:  # no cut to make: only hashtags' « # » go, found in order
        return (_hashtag_edits(text, [], False) if "#" in text else []), "", False
    spans: list[tuple[int, int]] = []
    hashtags = _hashtag_edits(text, spans, True) if "#" in text else []
    camel = _camel_edits(text, spans, hint.start())
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
