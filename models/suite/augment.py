"""Spelling noise for French posts: small pure functions, standard library only.

Every function takes the text and a ``random.Random`` and returns a new string; given the same generator state it
returns the same result (no global randomness), so the training scripts stay deterministic. Functions that work on
one word accept ``word``: the word to perturb (e.g. the group name or the insult); when it is absent or not in the
text, a random word of at least four letters is chosen. When nothing can be perturbed the text comes back unchanged.

    import random
    from augment import noisy
    noisy("les migrants sont des parasites", random.Random(0))

``make_train.py`` (same folder) imports this module for its ``spell_*`` rows; other scripts can do the same after
``sys.path.insert(0, "models/suite")`` or by running from this folder.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

__all__ = [
    "delete_letter", "swap_letters", "double_letter", "remove_spaces", "add_spaces", "leetify", "noisy",
    "NOISE_FUNCTIONS",
]

_WORD = re.compile(r"[^\W\d_]{4,}")  # letters only, four or more (accented letters included)

LEET: dict[str, tuple[str, ...]] = {
    "a": ("4", "@"), "à": ("4", "@"), "e": ("3", "€"), "é": ("3",), "è": ("3",), "i": ("1", "!"), "o": ("0",),
    "s": ("5", "$"), "t": ("7",), "u": ("ù", "µ"), "l": ("1",), "g": ("9",), "b": ("8",),
}


def _pick_span(text: str, rng: random.Random, word: str | None) -> tuple[int, int] | None:
    """Start and end of the word to perturb: ``word`` when it occurs in ``text``, else a random long word."""
    if word:
        i = text.lower().find(word.lower())
        if i >= 0:
            return i, i + len(word)
    spans = [m.span() for m in _WORD.finditer(text) if text[max(0, m.start() - 1)] not in "@#"]
    return rng.choice(spans) if spans else None


def _letter_positions(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalpha()]


def delete_letter(text: str, rng: random.Random, word: str | None = None) -> str:
    """Delete one letter inside a word, never its first one (« juifs » → « jufs »)."""
    span = _pick_span(text, rng, word)
    if span is None:
        return text
    pos = _letter_positions(text, *span)[1:]
    if not pos:
        return text
    i = rng.choice(pos)
    return text[:i] + text[i + 1:]


def swap_letters(text: str, rng: random.Random, word: str | None = None) -> str:
    """Swap two adjacent, different letters inside a word, keeping its first letter (« femmes » → « fmemes »)."""
    span = _pick_span(text, rng, word)
    if span is None:
        return text
    start, end = span
    pairs = [i for i in range(start + 1, end - 1)
             if text[i].isalpha() and text[i + 1].isalpha() and text[i].lower() != text[i + 1].lower()]
    if not pairs:
        return text
    i = rng.choice(pairs)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


def double_letter(text: str, rng: random.Random, word: str | None = None, times: int = 1) -> str:
    """Repeat one letter of a word ``times`` extra times (« rats » → « raats »; times=3 → « raaaats »)."""
    span = _pick_span(text, rng, word)
    if span is None:
        return text
    pos = _letter_positions(text, *span)
    if not pos:
        return text
    i = rng.choice(pos)
    return text[:i + 1] + text[i] * times + text[i + 1:]


def remove_spaces(text: str, rng: random.Random, whole: bool | None = None) -> str:
    """Remove the spaces between a run of 3-5 words, or all of them (« lesjuifssontdesrats »).

    ``whole`` forces the choice; by default all spaces go one time in three.
    """
    words = text.split(" ")
    if len(words) < 2:
        return text
    if whole is None:
        whole = rng.random() < 1 / 3
    if whole or len(words) <= 3:
        return "".join(words)
    n = rng.randint(3, min(5, len(words)))
    s = rng.randint(0, len(words) - n)
    return " ".join(words[:s] + ["".join(words[s:s + n])] + words[s + n:])


def add_spaces(text: str, rng: random.Random, word: str | None = None) -> str:
    """Put a space between every letter of one word (« rats » → « r a t s »)."""
    span = _pick_span(text, rng, word)
    if span is None:
        return text
    start, end = span
    return text[:start] + " ".join(text[start:end]) + text[end:]


def leetify(text: str, rng: random.Random, word: str | None = None, rate: float = 0.5) -> str:
    """Replace some letters of one word by look-alike digits or symbols (« musulmans » → « mu5ulm4ns »).

    At least one letter is replaced when the word has a replaceable letter; the first letter is kept one time in two.
    """
    span = _pick_span(text, rng, word)
    if span is None:
        return text
    start, end = span
    chars = list(text)
    cand = [i for i in range(start, end) if chars[i].lower() in LEET]
    if rng.random() < 0.5:
        cand = [i for i in cand if i != start] or cand
    if not cand:
        return text
    chosen = [i for i in cand if rng.random() < rate] or [rng.choice(cand)]
    for i in chosen:
        chars[i] = rng.choice(LEET[chars[i].lower()])
    return "".join(chars)


NOISE_FUNCTIONS: tuple[Callable[..., str], ...] = (
    delete_letter, swap_letters, double_letter, remove_spaces, add_spaces,
)


def noisy(text: str, rng: random.Random) -> str:
    """Apply one of ``delete_letter``, ``swap_letters``, ``double_letter``, ``remove_spaces``, ``add_spaces``,
    chosen by ``rng``, to a random word of ``text``."""
    fn = rng.choice(NOISE_FUNCTIONS)
    return fn(text, rng)
