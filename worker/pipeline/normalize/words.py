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
# « a#b »): the pattern answers ``_word_before`` itself, with no Python call per hashtag. The class of combining marks
# holds astral ones, so the engine tries its ranges one by one: asked only after a character beyond ASCII (no
# combining mark is ASCII; a hashtag mostly follows a space)
_HASHTAG = re.compile(rf"#(?<!##)(?<![^\W_]#)(?:(?<=[\x00-\x7f]#)|(?<![{_COMBINING}]#))#*+([^\W_]\w*+)")
# « SaleJuif »: capitalised parts of three letters or more, so that case noise (« SaLe », « arAbe », « refUses »)
# is not split; in hashtags every lower-to-upper boundary is cut.
_CAMEL = re.compile(f"[{_UP}][{_LO}]{{2,}}(?:[{_UP}][{_LO}]{{2,}})+")
_CAMEL_CUT = re.compile(f"[{_UP}](?<=[{_LO}].)")  # a cut before each match; the capital first: a rare character


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


def _camel_edits(text: str, hashtags: Sequence[tuple[int, int]], hint: re.Match[str]) -> tuple[list[Edit], bool]:
    """Cuts in camelCase words outside hashtags (« SaleJuif »), from the first ``_CAMEL_HINT`` match on; and whether
    a lower-to-upper boundary is left uncut (case noise): in a word that is not camelCase (« SaLe », « ArAbE »: then
    no word is cut, « ConTre » is noise too, not two words) or in a word that starts with a « # » but is no hashtag.
    Every other boundary is cut: in a camelCase word here, in a hashtag by ``_hashtag_edits``."""
    cuts: list[Edit] = []
    noise = False
    m: re.Match[str] | None = hint
    while m:
        i = m.start()
        pos = next((b for a, b in hashtags if a <= i < b), 0) if hashtags else 0
        if not pos:  # (inside a hashtag: cut with it, search on after it)
            start, pos = _word_at(text, i)
            if text[start] == "#":
                noise = True
            elif _CAMEL.fullmatch(text, start, pos):
                # the look-behind sees the character before ``start``: not a letter (``_word_at``), as at a slice's start
                cuts += [(c.start(), c.start(), " ") for c in _CAMEL_CUT.finditer(text, start, pos)]
            else:
                return [], True
        m = _CAMEL_HINT.search(text, pos)  # (the look-behind sees the text before ``pos``)
    return cuts, noise


def _hashtag_edits(text: str, spans: list[tuple[int, int]], hinted: bool) -> tuple[list[Edit], bool]:
    """« #SaleJuif » -> « Sale Juif »: the « # » goes, every lower-to-upper boundary is cut; ``spans`` gets the
    hashtags' spans; also whether a cut was made. ``hinted``: the text has a lower-to-upper boundary
    (``_CAMEL_HINT``); without one no hashtag has a cut to make, nor has a hashtag of one case (« #metoo », « #RN »)."""
    if not hinted:
        return [(m.start(), m.start(1), "") for m in _HASHTAG.finditer(text)], False
    edits: list[Edit] = []
    cut = False
    for m in _HASHTAG.finditer(text):
        start = m.start()
        body, end = m.span(1)
        spans.append((start, end))
        edits.append((start, body, ""))
        tag = m.group(1)
        if not (tag.islower() or tag.isupper()):
            # on the text, from the tag's start: the look-behind sees « # » there, no letter, as at a slice's start
            cuts = [(c.start(), c.start(), " ") for c in _CAMEL_CUT.finditer(text, body, end)]
            edits += cuts
            cut = cut or bool(cuts)
    return edits, cut


def _word_edits(text: str, hint: re.Match[str] | None) -> tuple[list[Edit], str, bool]:
    """Hashtag and camelCase edits, the trick they undo, and whether the text has a lower-to-upper boundary left
    after them (case noise); ``hint``: ``_CAMEL_HINT.search(text)``."""
    if not hint:  # no cut to make: only hashtags' « # » go, found in order
        return (_hashtag_edits(text, [], False)[0] if "#" in text else []), "", False
    spans: list[tuple[int, int]] = []
    hashtags, cut = _hashtag_edits(text, spans, True) if "#" in text else ([], False)
    camel, noise = _camel_edits(text, spans, hint)
    if not (hashtags or camel):
        return [], "", True  # unedited: the hint is a boundary left
    return sorted(hashtags + camel), "camel_case" if camel or cut else "", noise


def _words(text: str, hint: re.Match[str] | None) -> tuple[str, list[Edit], tuple[str, ...]]:
    """The step on a string: the text after it, its edits, and the tricks it notes (camel_case, then case_noise);
    ``hint``: ``_CAMEL_HINT.search(text)``, which callers ask first (with « # », the step's own question)."""
    edits, trick, noise = _word_edits(text, hint)
    out = _splice(text, edits) if edits else text
    tricks: tuple[str, ...] = (trick,) if trick else ()
    if noise:
        tricks += ("case_noise",)
    return out, edits, tricks


def could_act(w: _Work) -> bool:
    return "#" in w.text or bool(_CAMEL_HINT.search(w.text))


def apply(w: _Work) -> None:
    _out, edits, tricks = _words(w.text, _CAMEL_HINT.search(w.text))
    w.apply(edits, rewrites=False)
    for trick in tricks:
        w.note(trick)


STEP = Step("words", could_act, apply)
