"""Emoji set apart as tokens (« sale🐒 » -> « sale 🐒 »); runs of spaces and newlines -> one space, ends stripped.
Both silent."""

from __future__ import annotations

import re

from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.spacing import _would_act as _spacing_would_act
from worker.pipeline.normalize.work import Step, _Work

_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
_EMOJI_HINT = re.compile(f"[{_EMOJI}]")
_EMOJI_CHAR = re.compile(f"[{_EMOJI}]")
# The whitespace runs to edit inside the text: two characters or more, or one that is not a space (a run of one plain
# space, the commonest, is not even matched). One branch that starts with ``\s``, so the engine scans for whitespace
# instead of trying alternatives at every position; a lone space at either end is checked apart (``_odd_spaces``).
_ODD_SPACES = re.compile(r"\s(?:\s+|(?<=[^\S ]))")
_SPACE_RUNS = re.compile("  +")  # _ODD_SPACES's matches in a printable text: a literal first, scanned for faster


def could_act_emoji(w: _Work) -> bool:
    return w.unusual and bool(_EMOJI_HINT.search(w.text))


def apply_emoji(w: _Work) -> None:
    w.apply(_emoji_gaps(w.text), rewrites=False)


def _emoji_gaps(text: str) -> list[Edit]:
    """A space inserted wherever an emoji touches something that is not whitespace."""
    gaps: set[int] = set()
    for m in _EMOJI_CHAR.finditer(text):
        i = m.start()
        if i > 0 and not text[i - 1].isspace():
            gaps.add(i)
        if i + 1 < len(text) and not text[i + 1].isspace():
            gaps.add(i + 1)
    return [(i, i, " ") for i in sorted(gaps)]


def could_act_whitespace(w: _Work) -> bool:
    text = w.text
    return not (
        "  " not in text
        and "\n" not in text
        and "\t" not in text
        and text[:1] != " "
        and text[-1:] != " "
        and (not w.unusual and "\r" not in text and "\x0b" not in text and "\x0c" not in text or text.isprintable())
    )


def apply_whitespace(w: _Work) -> None:
    edits = _odd_spaces(w.text)
    w.apply(edits, rewrites=False)
    if edits and _lined_up(w.text):
        w.changed = True


def _odd_spaces(text: str) -> list[Edit]:
    """Runs of whitespace -> one space, or nothing at either end of the text."""
    n = len(text)
    if text.isprintable():  # no whitespace but « » (the others are separators or controls): runs of it, literally
        runs = _SPACE_RUNS.finditer(text) if "  " in text else ()
    else:
        runs = _ODD_SPACES.finditer(text)
    edits = [(m.start(), m.end(), "" if m.start() == 0 or m.end() == n else " ") for m in runs]
    if text[:1] == " " and not (edits and edits[0][0] == 0):
        edits.insert(0, (0, 1, ""))
    if text[-1:] == " " and not (edits and edits[-1][1] == n):
        edits.append((n - 1, n, ""))
    return edits


def _lined_up(text: str) -> bool:
    """After collapsing: does letter spacing act now (« s a  l e »)? It rewrites, so the pipeline reruns. « a  lire »
    has only the hint."""
    return _spacing_would_act(text)


EMOJI = Step("emoji", could_act_emoji, apply_emoji)
WHITESPACE = Step("whitespace", could_act_whitespace, apply_whitespace)
