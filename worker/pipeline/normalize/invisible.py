"""Invisible characters: zero-width, bidi, tag characters and variation selectors (before the mojibake repair), then
control characters and soft hyphens (after it: a mojibake sequence may hold them)."""

from __future__ import annotations

import re

from worker.pipeline.normalize.mojibake import _MOJIBAKE_HINT
from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import Step, _Work

# Format characters go before the mojibake repair (« Ã\u200b© » is still « é »); control characters and the soft
# hyphen after it, because a mojibake sequence may hold them (« câ\x80\x99est », « Ã\xad » for « í »).
_INVISIBLE = re.compile(
    "[\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\ud800-\udfff]+"
    "|[\U000e0000-\U000e0fff]+"  # tag characters; astral ranges kept apart so the first class stays a bitmap
)
# Yes or no only: the same characters in one class. A class cannot be a bitmap with the astral range in it, but
# searched alone it is still ~4x faster than the two branches above, which are tried in turn at every position.
_INVISIBLE_CHAR = re.compile(
    "[\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\ud800-\udfff\U000e0000-\U000e0fff]"
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad]+")

_PRINTABLE_INVISIBLE = re.compile(  # yes or no only: one class (two branches are tried in turn at every position)
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0100-\U000e01ef]"  # variation selectors supplement: printable to Python, invisible to a reader
)


def could_act(w: _Work) -> bool:
    """Unprintable characters, or (beyond French typography) printable invisible ones; both steps ask this."""
    text = w.text
    return not text.isprintable() or (w.unusual and bool(_PRINTABLE_INVISIBLE.search(text)))


# A right-to-left override (U+202E) shows the Latin letters after it in reverse order until a pop (U+202C) or the
# end of the line: « \u202eeuqibara\u202c » reads « arabique » on screen. Removing the controls alone would leave
# « euqibara »; the run is put in reading order first (trick ``reversed_text``). Runs holding another embedding or
# override control are only stripped (nesting is rare and its display depends on the renderer), and so are runs
# with right-to-left letters (Arabic, Hebrew: already stored in reading order) or under two characters.
_OVERRIDE = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)(?:\u202c|(?=\n)|$)")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")


def _reversed_runs(text: str) -> list[Edit]:
    return [(m.start(), m.end(), run[::-1]) for m in _OVERRIDE.finditer(text)
            if len(run := m.group(1)) > 1 and not _RTL_LETTER.search(run)]


def apply_invisible(w: _Work) -> None:
    text = w.text
    if "\u202e" in text and (runs := _reversed_runs(text)):
        w.apply(runs, "reversed_text")
        text = w.text
    if _INVISIBLE_CHAR.search(text):
        w.apply([(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)], "invisible", rewrites=False)


def apply_controls(w: _Work) -> None:
    """Control characters, and invisible ones a mojibake repair produced (« ï¸\x8f » is a variation selector)."""
    text = w.text
    found = [(m.start(), m.end(), "") for m in _CONTROL.finditer(text)]
    if _INVISIBLE_CHAR.search(text):
        found = sorted(found + [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)])
    w.apply(found, "invisible", rewrites=False)
    w.changed = w.changed or bool(_MOJIBAKE_HINT.search(w.text))  # removal may glue a mojibake sequence


INVISIBLE = Step("invisible", could_act, apply_invisible)
CONTROLS = Step("controls", could_act, apply_controls)
