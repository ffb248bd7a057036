"""NFKC: fullwidth, mathematical, circled letters -> plain (« ｓａｌｅ », « 𝐬𝐚𝐥𝐞 » -> « sale »), per cluster so each
change keeps its own span; a second time after case folding, which can create compatibility characters.

Two evasions NFKC leaves, undone in the same pass: enclosed letters it keeps or brackets (negative circled and
negative squared « 🅢🅐🅛🅔 », « 🆂🅰🅻🅴 »; parenthesized « ⒮⒜⒧⒠ », which NFKC makes « (s)(a)(l)(e) ») read as the
letter (``styled_letters``); and marks stacked on Latin letters (« zalgo » text, « ś̖àl̢e j̴u̵i̶f »): in a post
holding a combining mark that is not a French accent, every combining mark after a Latin letter is dropped (the
letter as typed stays: « é » keeps its accent, « e » + a combining acute loses it; marks on spaces, digits and
punctuation go too; letters of other scripts keep theirs) (``combining_marks``). Without
such a mark, « é », « ç » typed as a letter and a combining accent are NFKC's own business and no trick."""

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

# Enclosed letters NFKC keeps (negative circled U+1F150.., negative squared U+1F170..) or brackets (parenthesized
# U+249C..: « ⒜ » -> « (a) »): the letter itself. Regional indicators (U+1F1E6..) are left alone: pairs are flags.
_ENCLOSED = {
    **{chr(0x1F150 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0x1F170 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0x249C + i): chr(0x61 + i) for i in range(26)},
}
# Combining marks: the blocks « zalgo » text draws from
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_EXTRA = re.compile(f"[{_MARK}{''.join(sorted(_ENCLOSED))}]")
# Marks that are not French accents (grave, acute, circumflex, diaeresis, cedilla): one of them makes a post « zalgo ».
# Nor the dot above (U+0307): case folding « İbrahim » gives « i̇brahim », a name, not an evasion.
_ZALGO = re.compile(f"[{_MARK}](?<![\u0300\u0301\u0302\u0307\u0308\u0327])")
_FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ")


def _without_marks(cluster: str) -> str | None:
    """A Latin letter with marks stacked on it, in a post with « zalgo » marks: the letter as typed if French (« é »
    stays « é »), else its base letter (« ń » -> « n »), every combining mark after it dropped; marks on a space,
    a digit or punctuation dropped too; None for a letter of another script (its marks may be its vowels)."""
    first = cluster[0]
    if (first.isascii() and first.isalpha()) or first in _FRENCH_LETTERS:
        return first
    base = unicodedata.normalize("NFD", first)[0]  # « ń », « ę »: another Latin accent, gone with the noise
    if base.isascii() and base.isalpha():
        return base
    return None if first.isalpha() else first  # a letter of another script keeps its marks; a space, a digit not


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


def _nfkc_edits(text: str) -> tuple[list[Edit], tuple[str, ...]]:
    """NFKC per cluster (a base character and its combining marks), so each change keeps its own span; enclosed
    letters and stacked marks as the module says. Also the tricks: ``styled_letters``, ``combining_marks``, both or none."""
    edits: list[Edit] = []
    styled = marks = False
    zalgo = bool(_ZALGO.search(text))
    last_end = 0
    combining = unicodedata.combining
    for m in _NFKC_CANDIDATE.finditer(text):
        if m.start() < last_end or (
            m.group() > "\uffff" and m.group() not in _NFKC_ASTRAL and m.group() not in _ENCLOSED
        ):
            continue
        start = m.start()
        while start > last_end and combining(text[start]):
            start -= 1
        end = m.start() + 1
        while end < len(text) and combining(text[end]):
            end += 1
        cluster = text[start:end]
        enclosed = _ENCLOSED.get(cluster[0])
        bare = _without_marks(cluster) if zalgo and not enclosed and end - start > 1 else None
        folded = enclosed or bare or unicodedata.normalize("NFKC", cluster)
        if folded != cluster and len(folded) <= MAX_EXPANSION * len(cluster):
            edits.append((start, end, folded))
            styled = styled or bool(enclosed) or unicodedata.decomposition(cluster[0]).startswith(_STYLED)
            marks = marks or bare is not None
        last_end = end
    return edits, ("styled_letters",) * styled + ("combining_marks",) * marks


def could_act(w: _Work) -> bool:
    text = w.text
    return not text.isascii() and (not unicodedata.is_normalized("NFKC", text) or bool(_EXTRA.search(text)))


def apply(w: _Work) -> None:
    edits, tricks = _nfkc_edits(w.text)
    w.apply(edits, tricks[0] if tricks else "", rewrites=False)
    for trick in tricks[1:]:
        w.note(trick)
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
