"""Letter spacing: « s a l e », « n.è.g.r.e », « b-o-u-g », « a/r/a/b/e » re-joined.

Spaced letters need three single characters (two with a dot or star), at least two of them letters that are not
French one-letter words (``data/one_letter_words.txt``), so « il y a à manger » and « a-t-il » stay.
"""

from __future__ import annotations

import re

from worker.pipeline.normalize import data
from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import Step, _Work

_ONE_LETTER_WORDS = frozenset(data.words("one_letter_words.txt"))
_ELEM = r"(?:[^\W_]|[@$€])"
_SPACED = re.compile(
    rf"(?<![\w@$€.\-_*·•~/]){_ELEM}(?P<sep>[.\-_*·•~/]| ){_ELEM}(?:(?P=sep){_ELEM})+(?![\w@$€])"
    rf"|(?<![\w@$€.\-_*·•~/]){_ELEM}(?P<sep2>[.*·•]){_ELEM}(?![\w@$€])(?!(?P=sep2)\w)"
)
# Cheap question first: a separator, a single character, then another separator and character (« s a l »), or
# a dotted pair at a word's end (« p.d »). Runs start one character before or after where this matches.
_SPACED_HINT = re.compile(r" [^\W_@$€] [^\W_@$€]")
_DOTTED_HINT = re.compile(r"[.\-_*·•~/][^\W_@$€](?:[.\-_*·•~/][^\W_@$€]|(?<=[.*·•].)(?![\w@$€]))")


def _spacing_edits(m: re.Match[str]) -> list[Edit]:
    sep = m.group("sep") or m.group("sep2")
    chars = m.group()[::2]
    letters = [c for c in chars if c.isalpha()]
    if sep == " ":
        if len(chars) < 3 or sum(c not in _ONE_LETTER_WORDS for c in letters) < 2:
            return []
    elif not letters:
        return []
    return [(m.start() + 2 * k + 1, m.start() + 2 * k + 2, "") for k in range(len(chars) - 1)]


def could_act(w: _Work) -> bool:
    text = w.text
    return bool(_SPACED_HINT.search(text)) or (w.rare and bool(_DOTTED_HINT.search(text)))


def apply(w: _Work) -> None:
    w.apply(_letter_spacing_edits(w.text), "letter_spacing")


# What a run of spaced letters needs (« s a l e »): three single characters between single spaces. French is full of
# two (« il y a », « à la »), which _SPACED_HINT finds; asked before trying a run at each. The space first: a literal
# scan.
_SPACED_RUN = re.compile(rf" (?<=(?<![\w@$€.\-_*·•~/]){_ELEM} ){_ELEM} {_ELEM}(?![\w@$€])")


# _DOTTED_HINT led by « . » or by « - », the separators most posts hold (« ... », « est-ce »): the engine scans for a
# literal much faster than for a class, and a post holds a hint at a « . » or a « - » or at another separator
_DOT_HINT, _DASH_HINT = (
    re.compile(re.escape(sep) + r"[^\W_@$€](?:[.\-_*·•~/][^\W_@$€]|(?<=[.*·•].)(?![\w@$€]))") for sep in ".-"
)


def _would_act(text: str) -> bool:
    """Would the step act on this text (whatever the rare-characters question says)? Hints first; « il y a »,
    « à la » give one in many French posts, so a run is looked for before trying each; ``in`` for the dotted hint's
    separators (a memchr each) before its search, by separator for the common ones."""
    if (
        "." in text and _DOT_HINT.search(text)
        or "-" in text and _DASH_HINT.search(text)
        or ("_" in text or "*" in text or "·" in text or "•" in text or "~" in text or "/" in text) and _DOTTED_HINT.search(text)
        or _SPACED_HINT.search(text) and _SPACED_RUN.search(text)
    ):
        return bool(_letter_spacing_edits(text))
    return False


def _letter_spacing_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    done = 0
    for hints in (_SPACED_HINT, _DOTTED_HINT) if _SPACED_RUN.search(text) else (_DOTTED_HINT,):
        for hint in hints.finditer(text):
            for k in (hint.start() - 1, hint.start() + 1):
                run = _SPACED.match(text, k) if k >= done else None
                if run:
                    edits += _spacing_edits(run)
                    done = run.end()
                    break
        done = 0
    return sorted(set(edits))


STEP = Step("letter_spacing", could_act, apply)
