"""Leetspeak: « n3gr3 », « s4l3 », « @rabe », « $ale », « et3$ » -> letters, in context.

0->o 1->i 3->e 4->a 5->s 7->t @->a $->s €->e, and ! | inside such a word. A token made only of letters and leet
characters is a word in disguise (« n3gr3 », « $@l3 », « 4rabe », « qu3lqu’un », « c0n »), unless it is a number
glued to a word (« 1er », « 2ème », « 14h30 », « 12,50€ », « 3emedose », « 1femme », « 50nuances », « 100m€ ») or a
code (« mp3 », « tf1 », « covid19 », « top10 », « europe1 », « france3 », « ddr4 »; « windows10 » is read as leet),
unless that code reads as a known word (``data/known_words.txt``: « 70ut », « ma15 »). Parts between inner
punctuation or apostrophes are judged separately.
"""

from __future__ import annotations

import re
from functools import lru_cache

from worker.pipeline.normalize import data
from worker.pipeline.normalize.accents import strip_accents
from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import _LO, Step, _always, _Work

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e", "!": "i", "|": "l"}
_LEET_TABLE = str.maketrans(_LEET)
_LEET_CHARS = "01345 7@$€".replace(" ", "")  # « ! » and « | » count only inside a word already in disguise
# (after casefold: lower-case letters only, so the placeholders @USER and LINK never look like leetspeak)
_LEET_HINT = re.compile(f"[{_LEET_CHARS}](?:(?<=[{_LO}].)|[{_LO}])")
# One question for three steps: dotted letters, inserted punctuation and leetspeak all need one of these characters
# next to a letter. Deleting separators can glue one to a letter (« b 0 b » -> « b0b »): then letter spacing has
# asked for another pass (it rewrites), which asks again.
# Asked only yes or no: one character class first (a fast scan), then which of the three cases it opens, told by a
# look-behind at that character: a dotted letter, a censoring mark alone, a leet character touching a letter.
_RARE = re.compile(
    f"[.\\-_*·•~/^{_LEET_CHARS}]"
    r"(?:(?<=[*·•~^_])"
    r"|(?<=[.\-_*·•~/])[^\W_@$€](?:[.\-_*·•~/][^\W_@$€]|(?![\w@$€]))"
    f"|(?<=[{_LEET_CHARS}])(?:(?<=[{_LO}].)|[{_LO}]))"
)


_OTHER_SPACE = re.compile(r"[^\S ]")
_EDGE_PUNCT = "\"'«»()[]<>.,;:!?…“”‘’"
_UNITS = (  # longest first: the regex takes the first alternative that fits
    "euros|euro|eur|kilos?|ème|eme|ième|ieme|ère|ere|er|re|nde|nd|min|mn|sec|km|kg|go|mo|ko|to|cl|ml|ans|an|fois|mois|"
    "jours?|heures?|minutes?|semaines?|mille|millions?|milliards?|pm|am|fps|hz|cm|mm|e|è|é|d|s|k|m|g|l|j"
)
# « 14h30 », « 1h », « 4x4 », « 12,50€ », « 1er », « 3eme », « 5euros »
_NUMBER_LIKE = re.compile(rf"[+\-]?\d+(?:[.,:/]\d+)*(?:h\d*|x\d+|{_UNITS})?[€$%°]?")  # « 100m€ » too
_LEET_WORD = re.compile(f"[{_LO}{_LEET_CHARS}!|]++")  # a token made of letters and leet characters only
_NOT_LETTERS = _LEET_CHARS + "!|"  # _LEET_WORD's characters that are not letters
# Codes, not words: « covid19 » (a digit that is not leet), « top10 », « who13 » (three letters or fewer), « mp3 »,
# « tf1 », « 3d », « 5g ». Longer ones (« femm35 », « windows10 ») are read as leet: a misread product name is
# harmless, a missed disguise is not.
_CODE = re.compile(f"[{_LO}]+[0-9]*[2689][0-9]*|[{_LO}]{{1,3}}[0-9]{{2,}}|[{_LO}]{{1,2}}[0-9]|[0-9]+[{_LO}]{{1,2}}")
_VOWELS = frozenset("aeiouyéèêàâîôû")
_LEET_INSIDE = re.compile(f"[{_LO}][{_LEET_CHARS}!|]+[{_LO}]")


def _unit_glued_to_word(core: str, number: re.Match[str]) -> bool:
    """« 3emedose », « 5kilos », « 50nuances », « 1femme » (SMS « une femme »): a number with a unit, of two digits
    or more, or a 1, glued to a plain word. « 4rabe » is not: one leet digit, then letters."""
    unit = number.group().lstrip("+-0123456789.,:/")
    digits = number.group()[: len(number.group()) - len(unit)]
    return core[number.end() :].isalpha() and (unit != "" or len(digits) >= 2 or digits == "1")


@lru_cache(maxsize=1 << 16)  # a pure function of the token, and tokens repeat (« 1er », « 2019 », « 20h »)
def _deleet(token: str) -> str | None:
    """The token with leet characters read as letters, or None when it is not a word in disguise.

    A word in disguise holds only letters and leet characters (« n3gr3 », « $@l3 », « et3$ », « qu3lqu »), at least
    one letter, three characters or more, a vowel or two leet characters; it is not a number glued to a word
    (« 1er », « 14h30 », « 3emedose », « 1femme », « 100m€ ») nor a code (« mp3 », « tf1 », « covid19 », « top10 »,
    « europe1 », « france3 », « ddr4 »).
    """
    core = token.strip(_EDGE_PUNCT)
    if len(core) < 3 or core.isalpha() or not _LEET_WORD.fullmatch(core) or not core.strip(_NOT_LETTERS):
        return None  # (a token of _LEET_WORD's characters has a letter when something is left of its ends' strip)
    number = _NUMBER_LIKE.match(core)
    if number and number.end() == len(core):
        return None  # a number, with its unit: « 1er », « 5ans » (never « sans »)
    read = core.translate(_LEET_TABLE)
    if core[-1] in "13" and core[-2] == "e":
        return None  # « europe1 », « france3 »: a channel, never « europei »
    if _code_like(core, number) and not _known_word(read):
        return None
    start = token.find(core)
    return token[:start] + read + token[start + len(core) :]


def _code_like(core: str, number: re.Match[str] | None) -> bool:
    """A number glued to a word (« 1femme », « 50nuances ») or a code (« mp3 », « europe1 », « ddr4 »)."""
    if number and _unit_glued_to_word(core, number):
        return True
    if _CODE.fullmatch(core):  # « ligue1 », « mp3 », « top10 »
        return True
    # « ddr4 », « lvdcb3 »: one digit at an end and no vowel, a code (but « c0n », « p0rc »)
    return sum(c in _LEET for c in core) < 2 and _VOWELS.isdisjoint(core) and not _LEET_INSIDE.search(core)


# Words a code-like token may be a disguise of (« ma15 » -> « mais », « 70ut » -> « tout », « 3lle » -> « elle »),
# while « top10 », « 1femme », « 50nuances » stay: ``data/known_words.txt``, written by
# models/build_known_words.py (the encoder tokenizer's whole-word
# pieces and the term lists' words, accent-free).
_KNOWN_WORDS = frozenset(data.lines("known_words.txt"))


def _known_word(read: str) -> bool:
    """Is this leetspeak reading a known word of 4 letters or more (or its plural / feminine)?"""
    if len(read) < 4 or not read.isalpha():
        return False
    word = strip_accents(read)
    return any(
        w in _KNOWN_WORDS
        for w in (word, word[:-1] if word[-1:] in "sxe" else "", word[:-2] if word[-2:] == "es" else "")
    )


def _token_at(text: str, i: int, spaces_only: bool) -> tuple[int, int]:
    """The whitespace-delimited token around i."""
    if spaces_only:
        end = text.find(" ", i)
        return text.rfind(" ", 0, i) + 1, len(text) if end < 0 else end
    start, end = i, i
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


_INNER_PUNCT = re.compile(r"([.,;:?…\"«»()\[\]/’']+)")  # « meurtr1er$..que », « qu’1femme »: each side alone


def could_act(w: _Work) -> bool:
    return w.rare and bool(_LEET_HINT.search(w.text))


def apply(w: _Work) -> None:
    w.apply(_leet_edits(w.text), "leetspeak")


def _leet_edits(text: str) -> list[Edit]:
    first = _LEET_HINT.search(text)
    if first is None:
        return []
    edits: list[Edit] = []
    last_end = -1
    spaces_only = " " in text and (text.isprintable() or not _OTHER_SPACE.search(text))  # other spaces: unprintable
    for m in _LEET_HINT.finditer(text, first.start()):
        if m.start() < last_end:
            continue
        start, end = _token_at(text, m.start(), spaces_only)
        last_end = end
        token = text[start:end]
        parts = _INNER_PUNCT.split(token)
        replaced = (_deleet(token) or token) if len(parts) == 1 else "".join(_deleet(p) or p for p in parts)
        if replaced != token:
            edits.append((start, end, replaced))
    return edits


def _note_rare_characters(w: _Work) -> None:
    w.rare = bool(_RARE.search(w.text))


STEP = Step("leetspeak", could_act, apply)
# Not a rewriting step: the question letter spacing, punctuation and leetspeak share, asked once before them
RARE_CHARACTERS = Step("rare_characters", _always, _note_rare_characters)
