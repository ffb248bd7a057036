"""Repeated letters: « connnnard » -> « connard », « arrrrabe » -> « arabe ».

Runs of three or more identical letters shrink to one, or to two when a French word needs the double
(``data/double_words.txt``: « femmmme » -> « femme »); « iii » stays in Roman numerals. Two letters in a row are
never touched (« femme », « belle », « rouge-gorge »).
"""

from __future__ import annotations

import re

from worker.pipeline.normalize import data
from worker.pipeline.normalize.accents import _ACCENTS, strip_accents
from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import Step, _edits, _Work

_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
_TRIPLE = re.compile(r"(.)\1\1", re.DOTALL)  # a cheaper question first
_DOUBLES = frozenset("cefflmnprst")
# Stretched letters (3 or more) shrink to one, unless the word then needs a double: French words with a double
# letter a hater may stretch (data/double_words.txt). Two letters in a row are never touched (« femme », « belle »).
_DOUBLE_WORDS = frozenset(data.words("double_words.txt"))


_DOUBLE_KEYS = frozenset(w.translate(_ACCENTS) for w in _DOUBLE_WORDS)


def _squash(text: str, m: re.Match[str]) -> str | None:
    letter = m.group(1)
    end = m.end()
    if letter == "i" and len(m.group()) == 3 and _is_roman(text, m.start(), end):
        return None  # « Louis XIII »
    if end == len(text) or not text[end].isalpha() or letter not in _DOUBLES:
        return letter
    start = m.start()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    head = _REPEAT.sub(lambda r: r.group(1), text[start : m.start()]) + letter * 2
    word = head + _REPEAT.sub(lambda r: r.group(1), text[m.end() : end])
    return letter * 2 if _known_double(word, len(head)) else letter


def _is_roman(text: str, start: int, end: int) -> bool:
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return set(text[start:end]) <= set("ivxlcdm")


def _known_double(word: str, keep: int) -> bool:
    """Is ``word`` (or it without a plural/feminine ending that leaves its first ``keep`` letters) a known word?"""
    stems = [word]
    if word[-1:] in ("s", "x", "e"):
        stems.append(word[:-1])
    if word.endswith("es"):
        stems.append(word[:-2])
    return any(strip_accents(stem) in _DOUBLE_KEYS for stem in stems if len(stem) >= keep)


def _has_letter_triple(text: str) -> bool:
    m = _TRIPLE.search(text)
    while m and not m.group(1).isalpha():  # « ... », « !!! », « 000 »
        m = _TRIPLE.search(text, m.end())
    return m is not None


def could_act(w: _Work) -> bool:
    return _has_letter_triple(w.text)


def apply(w: _Work) -> None:
    w.apply(_repeat_edits(w.text), "repeated_letters")


def _repeat_edits(text: str) -> list[Edit]:
    return _edits(_REPEAT, text, lambda m: _squash(text, m))


STEP = Step("repeated_letters", could_act, apply)
