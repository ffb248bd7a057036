"""Normalisation: see through evasion tricks before scoring and matching.

``normalize(text) -> Normalized`` runs the steps below in order. Each step first asks a cheap question (one compiled
regex search, ``str.isascii`` or ``unicodedata.is_normalized``) and does nothing when the answer is no, so plain text
goes through at C speed. Each step that changes the text records its name; the names of evasion tricks
(``EVASION_TRICKS``) become the flag's "evasion tricks undone" reasons.

| step             | does                                                                        | trick name            |
| ---------------- | --------------------------------------------------------------------------- | --------------------- |
| invisible        | zero-width, bidi, tag characters and variation selectors removed            | invisible             |
| mojibake         | UTF-8 read as Latin-1/cp1252 repaired: « Ã© » -> « é », « â€™ » -> « ’ »    | mojibake (not evasion)|
| controls         | control characters and soft hyphens removed (after the repair: it uses them) | invisible             |
| nfkc             | Unicode NFKC; fullwidth, mathematical, circled letters -> plain             | styled_letters        |
| homoglyphs       | Cyrillic/Greek/small-capital look-alikes -> Latin (« ѕаlе » -> « sale »)    | homoglyphs            |
| words            | « #SaleJuif » -> « sale juif » (hashtags, PascalCase); mixed case noticed   | camel_case, case_noise|
| casefold         | lower case (« SALE » -> « sale »)                                            | (silent)              |
| emoji            | emoji set apart as tokens (« sale🐒 » -> « sale 🐒 »)                          | (silent)              |
| placeholders     | URLs -> ``LINK``, mentions and e-mails -> ``@USER`` (the training data's forms) | (silent)           |
| letter_spacing   | « s a l e », « n.è.g.r.e », « b-o-u-g » re-joined                            | letter_spacing        |
| punctuation      | « p*d* », « en*ulé », « sale_arabe » -> « pd », « enulé », « sale arabe »    | inserted_punctuation  |
| leetspeak        | « n3gr3 », « s4l3 », « @rabe », « $ale », « et3$ » -> letters, in context    | leetspeak             |
| repeated_letters | « connnnard » -> « connard », « arrrrabe » -> « arabe »                       | repeated_letters      |
| whitespace       | runs of spaces/newlines -> one space, ends stripped                         | (silent)              |

Choices, so that nobody has to guess:
- Accents are KEPT in ``Normalized.text`` (the model and the lists are French). Matching strips them with
  ``strip_accents`` (a length-preserving ``str.translate``), so « negre » and « nègre » meet the same list entry.
- Leetspeak (0->o 1->i 3->e 4->a 5->s 7->t @->a $->s €->e, and ! | inside such a word): a token made only of
  letters and leet characters is a word in disguise (« n3gr3 », « $@l3 », « 4rabe », « qu3lqu’un », « c0n »),
  unless it is a number glued to a word (« 1er », « 2ème », « 14h30 », « 12,50€ », « 3emedose », « 1femme »,
  « 50nuances », « 100m€ ») or a code (« mp3 », « tf1 », « covid19 », « top10 », « europe1 », « france3 »,
  « ddr4 »; « windows10 » is read as leet). Parts between inner punctuation or apostrophes are judged separately.
- ``@word`` is a mention (``@USER``) at the start of a post, next to another mention, after « : », when the
  handle is not word-like (``_``, one letter), or at the end of a post unless it spells a group word with its
  « a » (``_A_WORDS``: « une sale @rabe »); elsewhere « @rabe » is leetspeak. The training data's ``@USER`` and
  ``LINK`` are kept in that exact (upper-case) form.
- Runs of three or more identical letters shrink to one, or to two when a French word needs the double
  (``_DOUBLE_WORDS``: « connnnard » -> « connard », « femmmme » -> « femme »); « iii » stays in Roman numerals.
  Two letters in a row are never touched (« femme », « belle », « rouge-gorge »).
- camelCase is cut inside hashtags at every lower-to-upper boundary; elsewhere only capitalised parts of three
  letters or more (« SaleJuif »), and never in a post with case noise (« SaLe », « ConTre »).
- Spaced letters need three single characters (two with a dot or star), at least two of them letters that are not
  French one-letter words (a, à, y, ô, o), so « il y a à manger » and « a-t-il » stay.
- Homoglyph folding is applied to every Cyrillic/Greek look-alike letter (a Russian post becomes Latin noise; Vigie
  is a French model).

Speed: most posts are plain (French letters, digits, punctuation, @USER, LINK, hashtags, « … », emoji between
spaces); ``_light`` proves with a few anchored searches which steps cannot act and runs only the others, the same
edits in the same order on plain strings (``_plain``; no ``_Work``, no map built unless an edit changes a length;
tests check it agrees with the whole pipeline). ``worker/tools/bench/normalizer.py`` measures it (docs/performance.md).

Properties (``tests/test_normalize_properties.py``): never raises; idempotent (the pipeline reruns on its output
until stable when a rewriting step fired); ``len(text) <= 4 * len(original) + 8``; every span maps inside the
original. ``Normalized.to_original(start, end)`` maps a span of ``text`` to the span of ``original`` the author wrote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["EVASION_TRICKS", "Normalized", "normalize", "normalize_batch", "strip_accents"]

EVASION_TRICKS = frozenset(
    {
        "invisible",
        "styled_letters",
        "homoglyphs",
        "camel_case",
        "case_noise",
        "letter_spacing",
        "inserted_punctuation",
        "leetspeak",
        "repeated_letters",
    }
)
MAX_PASSES = 4
MAX_EXPANSION = 3  # a compatibility character may expand to at most this many characters (« ﷺ » is left alone)


Edit = tuple[int, int, str]  # replace text[start:end] with the string


@dataclass(frozen=True, slots=True)
class Normalized:
    """A post as the model and the lists see it, with the way back to what the author wrote.

    ``layers``: the length-changing edits each step made, in order, each against the text of its time. The map back
    to the original is resolved only when asked (``to_original``): most posts never need it. Same-length changes
    (case, homoglyphs, leetspeak) keep character i at index i and need no layer.
    """

    original: str
    text: str
    tricks: tuple[str, ...] = ()
    layers: tuple[tuple[Edit, ...], ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` behind ``text[start:end]`` (clamped; an empty span maps to a position)."""
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if not self.layers:
            size = len(self.original)
            return min(start, size), min(end, size)
        lengths = [len(self.original)]
        for layer in self.layers:
            lengths.append(lengths[-1] + sum(len(r) - (e - s) for s, e, r in layer))
        for layer, old_len, new_len in zip(
            reversed(self.layers), reversed(lengths[:-1]), reversed(lengths[1:]), strict=True
        ):
            starts = _new_starts(layer)
            if start == end:
                start = end = _char_back(layer, starts, start)[0] if start < new_len else old_len
            else:
                start, end = _char_back(layer, starts, start)[0], _char_back(layer, starts, end - 1)[1]
        return start, end

    @property
    def evasions(self) -> tuple[str, ...]:
        """The tricks that are evasion (mojibake, say, is an encoding accident, not evasion)."""
        return tuple(t for t in self.tricks if t in EVASION_TRICKS)


def _new_starts(layer: tuple[Edit, ...]) -> list[int]:
    """Where each edit's replacement begins in the text after the layer."""
    out = []
    delta = 0
    for s, e, r in layer:
        out.append(s + delta)
        delta += len(r) - (e - s)
    return out


def _char_back(layer: tuple[Edit, ...], starts: list[int], i: int) -> tuple[int, int]:
    """The span, before the layer, of character i after it."""
    k = bisect_right(starts, i) - 1
    if k < 0:
        return i, i + 1
    s, e, r = layer[k]
    inside = i - starts[k]
    if inside < len(r):
        return (s + inside, s + inside + 1) if len(r) == e - s else (s, e)
    old = e + inside - len(r)
    return old, old + 1


class _Work:
    """The text being normalised, the tricks undone, and the length-changing edits made so far."""

    __slots__ = ("changed", "layers", "original", "rare", "text", "tricks", "unusual")

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = text
        self.layers: list[tuple[Edit, ...]] = []
        self.tricks: list[str] = []
        self.changed = False  # a rewriting step changed the text during this pass
        self.unusual = True  # the text may hold characters beyond Latin-1 and French typography (see _UNUSUAL)
        self.rare = True  # the text may hold separators, censoring marks or leet characters (see _RARE)

    def note(self, trick: str) -> None:
        if trick and trick not in self.tricks:
            self.tricks.append(trick)

    def apply(self, edits: list[Edit], trick: str = "", *, rewrites: bool = True) -> None:
        """Apply sorted, non-overlapping edits."""
        if not edits:
            return
        if any(len(r) != e - s for s, e, r in edits):
            self.layers.append(tuple(edits))
        self.text = _splice(self.text, edits)
        self.note(trick)
        self.changed = self.changed or rewrites

    def result(self) -> Normalized:
        return Normalized(self.original, self.text, tuple(self.tricks), tuple(self.layers))


def _splice(text: str, edits: list[Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for s, e, r in edits:
        parts.append(text[pos:s])
        parts.append(r)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _edits(pattern: re.Pattern[str], text: str, repl: Callable[[re.Match[str]], str | None]) -> list[Edit]:
    out: list[Edit] = []
    for m in pattern.finditer(text):
        r = repl(m)
        if r is not None and r != m.group():
            out.append((m.start(), m.end(), r))
    return out


# ---------------------------------------------------------------------------------------------------- mojibake
def _mojibake_tables() -> tuple[dict[str, int], str, str, str, str]:
    byte_of: dict[str, int] = {}
    for b in range(0x80, 0x100):
        byte_of[chr(b)] = b
        try:
            byte_of[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            pass

    def cls(lo: int, hi: int) -> str:
        return "[" + "".join(re.escape(c) for c, b in byte_of.items() if lo <= b <= hi) + "]"

    # Leads limited to what French feeds carry: C2-C5 (Latin-1 and Extended-A letters, « » °, NBSP),
    # E2/EF (punctuation, €, symbols, variation selectors), F0 (emoji).
    return byte_of, "[\xc2-\xc5]", "[\xe2\xef]", "[\xf0]", cls(0x80, 0xBF)


_BYTE_OF, _L2, _L3, _L4, _CONT = _mojibake_tables()
_MOJIBAKE = re.compile(f"{_L2}{_CONT}|{_L3}{_CONT}{_CONT}|{_L4}{_CONT}{_CONT}{_CONT}|\xc3(?= )")
_MOJIBAKE_LEAD = re.compile("[\xc2-\xc5\xe2\xef\xf0]")
_MOJIBAKE_HINT = re.compile(f"[\xc2-\xc5\xe2\xef\xf0](?:{_CONT}| )")


_PLAUSIBLE = (
    (0xA0, 0x17F),  # Latin-1 and Latin Extended-A: « é », « œ », « « », NBSP
    (0x2000, 0x206F),  # punctuation: « ’ », « … », « – », zero-width characters
    (0x20A0, 0x20CF),  # currency: « € »
    (0x2100, 0x21FF),  # letter-like symbols and arrows: « ™ », « ↔ »
    (0x2300, 0x23FF),  # « ⌚ », « ⏰ »
    (0x2600, 0x27BF),  # symbols and dingbats: « ☀ », « ✔ », « ❤ », « ➡ »
    (0x2900, 0x297F),
    (0x2B00, 0x2BFF),  # « ⬆ », « ⭐ »
    (0xFE00, 0xFE0F),  # variation selectors
    (0x1F000, 0x1FAFF),  # emoji
)


def _plausible(ch: str) -> bool:
    """Is this what a French post would have held before the mojibake (not a CJK character, say)?"""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _PLAUSIBLE)


def _unmojibake(m: re.Match[str]) -> str | None:
    s = m.group()
    if s == "\xc3":
        return "à"  # « Ã  » : the NBSP of « à » became a plain space
    try:
        ch = bytes(_BYTE_OF[c] for c in s).decode("utf-8")
    except (UnicodeDecodeError, KeyError):
        return None
    return ch if _plausible(ch) else None


def _step_mojibake(w: _Work) -> None:
    for _ in range(3):  # double encoding (« Ã\x83Â© ») takes one round per layer
        text = w.text
        if text.isascii() or not _MOJIBAKE_LEAD.search(text) or not _MOJIBAKE_HINT.search(text):
            return
        edits = _edits(_MOJIBAKE, text, _unmojibake)
        if not edits:
            return
        w.apply(edits, "mojibake", rewrites=False)
        w.unusual = bool(_UNUSUAL.search(w.text))


# --------------------------------------------------------------------------------------------------- invisible
# Format characters go before the mojibake repair (« Ã\u200b© » is still « é »); control characters and the soft
# hyphen after it, because a mojibake sequence may hold them (« câ\x80\x99est », « Ã\xad » for « í »).
_INVISIBLE = re.compile(
    "[\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\ud800-\udfff]+"
    "|[\U000e0000-\U000e0fff]+"  # tag characters; astral ranges kept apart so the first class stays a bitmap
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad]+")


# Beyond Latin-1 and French typography (’ “ ” « » … – — € œ): the one question most French posts answer « no » to,
# which lets the invisible, homoglyph, emoji and fold-risk steps skip without their own (slower) searches.
_UNUSUAL = re.compile("[^\x00-\xff\u2013\u2014\u2018-\u201f\u2026\u20ac\u0152\u0153]")
_PRINTABLE_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u3164\ufe00-\ufe0f\uffa0]")


def _step_invisible(w: _Work) -> None:
    text = w.text
    if text.isprintable() and (not w.unusual or not _PRINTABLE_INVISIBLE.search(text)):
        return
    if _INVISIBLE.search(text):
        w.apply([(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)], "invisible", rewrites=False)


def _step_controls(w: _Work) -> None:
    """Control characters, and invisible ones a mojibake repair produced (« ï¸\x8f » is a variation selector)."""
    text = w.text
    if text.isprintable() and (not w.unusual or not _PRINTABLE_INVISIBLE.search(text)):
        return
    found = sorted(
        [(m.start(), m.end(), "") for m in _CONTROL.finditer(text)]
        + [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    )
    w.apply(found, "invisible", rewrites=False)
    w.changed = w.changed or bool(_MOJIBAKE_HINT.search(w.text))  # removal may glue a mojibake sequence


# -------------------------------------------------------------------------------------------------------- nfkc
_STYLED = ("<font>", "<wide>", "<narrow>", "<circle>", "<small>", "<square>")


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


def _nfkc_edits(text: str) -> tuple[list[Edit], bool]:
    """NFKC per cluster (a base character and its combining marks), so each change keeps its own span."""
    edits: list[Edit] = []
    styled = False
    last_end = 0
    combining = unicodedata.combining
    for m in _NFKC_CANDIDATE.finditer(text):
        if m.start() < last_end or (m.group() > "\uffff" and m.group() not in _NFKC_ASTRAL):
            continue
        start = m.start()
        while start > last_end and combining(text[start]):
            start -= 1
        end = m.start() + 1
        while end < len(text) and combining(text[end]):
            end += 1
        cluster = text[start:end]
        folded = unicodedata.normalize("NFKC", cluster)
        if folded != cluster and len(folded) <= MAX_EXPANSION * len(cluster):
            edits.append((start, end, folded))
            styled = styled or unicodedata.decomposition(cluster[0]).startswith(_STYLED)
        last_end = end
    return edits, styled


def _step_nfkc(w: _Work) -> None:
    text = w.text
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return
    edits, styled = _nfkc_edits(text)
    w.apply(edits, "styled_letters" if styled else "", rewrites=False)
    if edits:
        w.unusual = bool(_UNUSUAL.search(w.text))
        w.changed = w.changed or _earlier_steps_would_act(w.text)


def _earlier_steps_would_act(text: str) -> bool:
    """After a step that can create non-ASCII characters: would mojibake/invisible/homoglyphs act again?"""
    return not text.isascii() and bool(
        _MOJIBAKE_HINT.search(text) or _INVISIBLE.search(text) or _HOMOGLYPH.search(text)
    )


# -------------------------------------------------------------------------------------------------- homoglyphs
_LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ү": "y", "ӏ": "l", "ь": "b", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԁ": "D", "Һ": "H", "Ү": "Y",
    "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j", "ά": "a", "έ": "e", "ί": "i", "ό": "o",
    "ύ": "u", "ή": "n",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin look-alikes and small capitals
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f",
    "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip
_HOMOGLYPH_TABLE = str.maketrans(_LOOKALIKES)
_HOMOGLYPH = re.compile("[" + "".join(_LOOKALIKES) + "]")


def _step_homoglyphs(w: _Work) -> None:
    text = w.text
    if w.unusual and _HOMOGLYPH.search(text):
        folded = text.translate(_HOMOGLYPH_TABLE)
        w.apply([(0, len(text), folded)], "homoglyphs", rewrites=False)


# ------------------------------------------------------------------------------------------------------- words
_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_CAMEL_HINT = re.compile(f"[{_UP}](?<=[{_LO}].)")  # upper-case letters are rarer: look for them first
_HASHTAG = re.compile(r"#(?<!##)#*+([^\W_]\w*+)")  # literal first (fast scan); only at a run's start: linear
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


def _camel_edits(text: str, hashtags: Sequence[tuple[int, int]]) -> list[Edit]:
    """Cuts in camelCase words outside hashtags (« SaleJuif »)."""
    cuts: list[Edit] = []
    last_end = -1
    for m in _CAMEL_HINT.finditer(text):
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


def _hashtag_edits(text: str, spans: list[tuple[int, int]]) -> list[Edit]:
    """« #SaleJuif » -> « Sale Juif »: the « # » goes, every lower-to-upper boundary is cut; ``spans`` gets the
    hashtags' spans."""
    edits: list[Edit] = []
    for m in _HASHTAG.finditer(text):
        if _word_before(text, m.start()):
            continue  # « C# », « a#b »
        spans.append((m.start(), m.end()))
        body = m.start(1)
        edits.append((m.start(), body, ""))
        edits += [(body + c.start(), body + c.start(), " ") for c in _CAMEL_CUT.finditer(m.group(1))]
    return edits


def _word_edits(text: str) -> tuple[list[Edit], str, bool]:
    """Hashtag and camelCase edits, the trick they undo, and whether the text had a lower-to-upper boundary."""
    hint = _CAMEL_HINT.search(text)
    if not hint and "#" not in text:
        return [], "", False
    spans: list[tuple[int, int]] = []
    hashtags = _hashtag_edits(text, spans) if "#" in text else []
    camel = _camel_edits(text, spans) if hint else []
    trick = "camel_case" if camel or any(r == " " for _s, _e, r in hashtags) else ""
    return sorted(hashtags + camel), trick, hint is not None


def _step_words(w: _Work) -> None:
    edits, trick, hinted = _word_edits(w.text)
    w.apply(edits, trick, rewrites=False)
    if hinted and _CASE_NOISE.search(w.text):
        w.note("case_noise")


def _step_nfkc_after_casefold(w: _Work) -> None:
    if w.unusual:  # case folding Latin-1 and French typography never leaves NFKC
        _step_nfkc(w)


def _step_casefold(w: _Work) -> None:
    text = w.text
    folded = text.casefold()
    if folded == text:
        return
    if len(folded) == len(text):
        w.text = folded  # per-character change: the map to the original is unchanged
    else:
        w.apply([(i, i + 1, f) for i, c in enumerate(text) if (f := c.casefold()) != c], rewrites=False)
    if "Â" in text or "Ï" in text or (w.unusual and any(c.casefold() != c for c in _UNUSUAL.findall(text))):
        # « Â€™ » -> « â€™ » is mojibake again; Cyrillic capitals fold to look-alikes
        w.changed = w.changed or _earlier_steps_would_act(w.text)



# ------------------------------------------------------------------------------------------------ placeholders
_TLD = r"(?:fr|com|net|org|info|eu|be|ch|ca|io|co|ly|li|me|tv|gl|gd|to|us|uk|de)"
_DOMAIN_HINT = re.compile(r"\." + _TLD + r"\b")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w@.\-])(?:[a-z0-9\-]+\.)+" + _TLD + r"\b(?:[./]\S*)?"
    r"|(?<![\w@.\-])(?:[a-z0-9\-]+\.)+[a-z]{2,6}/\S*"
)
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_AT = re.compile(f"@(\\w[\\w{_MARKS}]*)")  # marks in or after a handle would land on the placeholder
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)+")
_HANDLE_CHARS = re.compile(f"[{_LO}0134579]++")
_TRAIL = " \t\n.,;:!?"
# Words an « @ » disguises at the end of a post (elsewhere any word-like handle mid-sentence is leetspeak).
_A_WORDS = frozenset(
    f"{w}{end}"
    for w in ("arabe", "africain", "algérien", "antillais", "asiatique", "autiste", "attardé", "athée", "antisémite",
              "allemand", "américain", "albanais", "afghan", "arménien", "anglais", "assisté", "animal", "abruti")
    for end in ("", "s", "e", "es", "ne", "nes")
)  # fmt: skip
_GLUED_AT = re.compile(r"[\w.+\-]@")


def _is_mention(text: str, m: re.Match[str]) -> bool:
    """@handle at the start or end of a post, next to another mention, or not word-like; else « @rabe » leet."""
    handle = m.group(1)
    if handle == "user":
        return True  # the training data's placeholder, whatever follows
    if text[m.end() : m.end() + 1] in ("@", "$", "€"):
        return False  # « @v@n7 »: no handle holds these
    if not _HANDLE_CHARS.fullmatch(handle) or sum(c.isalpha() for c in handle) < 2:
        return True
    before = m.start()
    while before > 0 and text[before - 1].isspace():
        before -= 1
    after = m.end()
    while after < len(text) and text[after] in _TRAIL:
        after += 1
    if before == 0 or text.startswith(("@", "LINK"), after):
        return True
    if after == len(text):  # « merci @marie » ends with a mention; « une sale @rabe » with a disguised word
        return "a" + handle.translate(_LEET_TABLE) not in _A_WORDS
    word_start = before
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    previous = text[word_start:before]
    return previous.startswith("@") or previous.endswith(":") or previous == "LINK"


def _placeholder_edits(text: str) -> list[Edit]:
    spans: list[Edit] = []
    if "/" in text or "www." in text or _DOMAIN_HINT.search(text):
        spans += [(m.start(), m.end(), "LINK") for m in _URL.finditer(text)]
    if "@" in text:
        emails = [(m.start(), m.end(), "@USER") for m in _EMAIL.finditer(text)] if _GLUED_AT.search(text) else []
        spans += emails
        for m in _AT.finditer(text):
            glued = _word_before(text, m.start()) or text[m.start() - 1 : m.start()] in ("_", "+", "-", "@", "$", "€")
            if not glued and _is_mention(text, m):
                spans.append((m.start(), m.end(), "@USER"))
    if "link" in text:
        spans += _link_edits(text)
    edits: list[Edit] = []
    for s, e, r in sorted(spans):
        if edits and s < edits[-1][1]:
            continue  # inside a URL already replaced
        if text[s:e] != r:
            edits.append((s, e, r))
    return edits


def _link_edits(text: str) -> list[Edit]:
    """The word « link » (any case; the training data's placeholder) -> « LINK »."""
    return [
        (i, i + 4, "LINK")
        for i in _all(text, "link")
        if not _word_before(text, i)
        and text[i - 1 : i] not in ("@", "_")
        and not (text[i + 4 : i + 5].isalnum() or unicodedata.combining(text[i + 4 : i + 5] or " "))
    ]


def _all(text: str, needle: str) -> list[int]:
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _step_placeholders(w: _Work) -> None:
    text = w.text
    if "@" in text or "/" in text or "link" in text or "www." in text or _DOMAIN_HINT.search(text):
        w.apply(_placeholder_edits(text), rewrites=False)


# ---------------------------------------------------------------------------------------------- letter spacing
_ONE_LETTER_WORDS = frozenset("aàyôo")
_ELEM = r"(?:[^\W_]|[@$€])"
_SPACED = re.compile(
    rf"(?<![\w@$€.\-_*·•~]){_ELEM}(?P<sep>[.\-_*·•~]| ){_ELEM}(?:(?P=sep){_ELEM})+(?![\w@$€])"
    rf"|(?<![\w@$€.\-_*·•~]){_ELEM}(?P<sep2>[.*·•]){_ELEM}(?![\w@$€])(?!(?P=sep2)\w)"
)
# Cheap question first: a separator, a single character, then another separator and character (« s a l »), or
# a dotted pair at a word's end (« p.d »). Runs start one character before or after where this matches.
_SPACED_HINT = re.compile(r" [^\W_@$€] [^\W_@$€]")
_DOTTED_HINT = re.compile(r"[.\-_*·•~][^\W_@$€](?:[.\-_*·•~][^\W_@$€]|(?<=[.*·•].)(?![\w@$€]))")


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


def _step_rare_characters(w: _Work) -> None:
    w.rare = bool(_RARE.search(w.text))


def _step_letter_spacing(w: _Work) -> None:
    text = w.text
    if _SPACED_HINT.search(text) or (w.rare and _DOTTED_HINT.search(text)):
        w.apply(_letter_spacing_edits(text), "letter_spacing")


def _letter_spacing_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    done = 0
    for hints in (_SPACED_HINT, _DOTTED_HINT):
        for hint in hints.finditer(text):
            for k in (hint.start() - 1, hint.start() + 1):
                run = _SPACED.match(text, k) if k >= done else None
                if run:
                    edits += _spacing_edits(run)
                    done = run.end()
                    break
        done = 0
    return sorted(set(edits))


# ------------------------------------------------------------------------------------------------- punctuation
_PUNCT_HINT = re.compile(r"[*·~^_]")
_INSIDE = re.compile(r"(?<=[^\W\d_])(?:[*·•~^]+|_+)(?=[^\W\d_])|(?<=[^\W\d_])\*+(?=[\s.,;:!?)»]|$)")


def _unpunct(text: str, m: re.Match[str]) -> str | None:
    s = m.group()
    if s[0] == "_":
        return " " * len(s)
    end = m.end()
    if end < len(text) and text[end].isalpha():
        return ""
    word_start = m.start()
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return None if word_start > 0 and text[word_start - 1] == "*" else ""  # « *sale* » is emphasis


def _step_punctuation(w: _Work) -> None:
    text = w.text
    if w.rare and (_PUNCT_HINT.search(text) or "•" in text):
        w.apply(_edits(_INSIDE, text, lambda m: _unpunct(text, m)), "inserted_punctuation")


# --------------------------------------------------------------------------------------------------- leetspeak
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e", "!": "i", "|": "l"}
_LEET_TABLE = str.maketrans(_LEET)
_LEET_CHARS = "01345 7@$€".replace(" ", "")  # « ! » and « | » count only inside a word already in disguise
# (after casefold: lower-case letters only, so the placeholders @USER and LINK never look like leetspeak)
_LEET_HINT = re.compile(f"[{_LEET_CHARS}](?:(?<=[{_LO}].)|[{_LO}])")
# One question for three steps: dotted letters, inserted punctuation and leetspeak all need one of these characters
# next to a letter. Deleting separators cannot add any, so the answer holds until the leetspeak step.
_RARE = re.compile(
    r"[.\-_*·•~][^\W_@$€](?:[.\-_*·•~][^\W_@$€]|(?![\w@$€]))"
    r"|[*·•~^_]"
    f"|[{_LEET_CHARS}](?:(?<=[{_LO}].)|[{_LO}])"
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


def _load_known_words() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "data" / "known_words.txt"
    with path.open(encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if not line.startswith("#"))


# Words a code-like token may be a disguise of (« ma15 » -> « mais », « 70ut » -> « tout », « 3lle » -> « elle »),
# while « top10 », « 1femme », « 50nuances » stay: models/build_known_words.py (the encoder tokenizer's whole-word
# pieces and the term lists' words, accent-free).
_KNOWN_WORDS = _load_known_words()


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


def _step_leetspeak(w: _Work) -> None:
    text = w.text
    if w.rare and _LEET_HINT.search(text):
        w.apply(_leet_edits(text), "leetspeak")


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


def _accent_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return table


_ACCENTS = _accent_table()


def strip_accents(text: str) -> str:
    """« nègre » -> « negre », same length (index i of the result is index i of ``text``): the lists' match key."""
    return text.translate(_ACCENTS)


# -------------------------------------------------------------------------------------------- repeated letters
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
_TRIPLE = re.compile(r"(.)\1\1", re.DOTALL)  # a cheaper question first
_DOUBLES = frozenset("cefflmnprst")
# Stretched letters (3 or more) shrink to one, unless the word then needs a double: French words with a double
# letter a hater may stretch. Two letters in a row are never touched (« femme », « belle »).
_DOUBLE_WORDS = frozenset(
    """
    comme commencer commence comment commentaire commun communauté homme femme pomme somme programme dommage
    immense immigration immigré immigrés emmerde emmerder emmerdeur grammaire
    elle belle celle quelle telle nouvelle ville mille fille famille travaille bouteille merveille oreille vieille
    feuille appelle allemand aller allez allons ailleurs collègue village illégal intelligent installer balle
    veille ballon million milliard excellent collège illusion allah folle molle nulle bulle actuelle naturelle sexuelle officielle personnelle criminelle réelle cruelle tellement
    actuellement quelle gazelle poubelle racaille canaille bataille
    personne bonne donne sonne connard connasse conne connerie conneries connu connais année annonce innocent
    ennemi ennui honneur honnête chienne italienne mienne tienne sienne ancienne citoyenne européenne américaine
    parisienne algérienne tunisienne indienne chrétienne païenne musulmane sionniste lionne patronne
    appeler apprendre apporter appartement approche support supporter rapport opposé supprimer suppose frapper
    échapper grippe hippie
    terre guerre pierre erreur arrêt arrêter arriver arrive barre pourrait pourrais pourra verra serre carré
    correct corriger horreur horrible terrible terroriste terrorisme irresponsable territoire marrant beurre
    assez aussi passer passe classe casser masse messe presse cesse tristesse jeunesse adresse grosse grossier
    brosse mission passion pression possible impossible essayer essentiel intéressant ressembler associer
    association nécessaire assassin assurer professeur agresser agression agressif vitesse laisser laisse poisson
    boisson russe suisse cuisse saucisse basse chasse baisser caisse pisse pisser blesser blessé
    cette nette dette lettre mettre battre combattre attendre attention attaque attaquer attitude patte quitter
    botte chatte goutte carotte permettre promettre admettre regretter cigarette toilette assiette lunette
    baguette salopette
    effet effort affaire affiche affirmer offre offrir souffrir suffit suffire différent difficile chiffre bouffon
    bouffer étouffer griffe gaffe siffler officier officiel efficace affreux greffe
    accepter accès accident accord occasion occuper succès accuser accusé accueil lutter collabo attentat commerce commissariat
    communiste communautaire immonde innommable arrogant arrogance message passage
    """.split()
)


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


def _step_repeated(w: _Work) -> None:
    text = w.text
    if _has_letter_triple(text):
        w.apply(_edits(_REPEAT, text, lambda m: _squash(text, m)), "repeated_letters")


# ------------------------------------------------------------------------------------------ emoji, whitespace
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
_EMOJI_HINT = re.compile(f"[{_EMOJI}]")
_EMOJI_CHAR = re.compile(f"[{_EMOJI}]")
_SPACES = re.compile(r"\s+")


def _step_emoji(w: _Work) -> None:
    text = w.text
    if w.unusual and _EMOJI_HINT.search(text):
        gaps: set[int] = set()
        for m in _EMOJI_CHAR.finditer(text):
            i = m.start()
            if i > 0 and not text[i - 1].isspace():
                gaps.add(i)
            if i + 1 < len(text) and not text[i + 1].isspace():
                gaps.add(i + 1)
        w.apply([(i, i, " ") for i in sorted(gaps)], rewrites=False)


def _step_whitespace(w: _Work) -> None:
    text = w.text
    if (
        "  " not in text
        and "\n" not in text
        and "\t" not in text
        and text[:1] != " "
        and text[-1:] != " "
        and (not w.unusual and "\r" not in text and "\x0b" not in text and "\x0c" not in text or text.isprintable())
    ):
        return
    n = len(text)
    edits = [
        (m.start(), m.end(), "" if m.start() == 0 or m.end() == n else " ")
        for m in _SPACES.finditer(text)
        if m.group() != " " or m.start() == 0 or m.end() == n
    ]
    w.apply(edits, rewrites=False)
    if edits and (_SPACED_HINT.search(w.text) or _DOTTED_HINT.search(w.text)):
        w.changed = True  # « s a  l e »: collapsing may have lined up spaced letters


STEPS: tuple[tuple[str, Callable[[_Work], None]], ...] = (
    ("invisible", _step_invisible),
    ("mojibake", _step_mojibake),
    ("controls", _step_controls),
    ("nfkc", _step_nfkc),
    ("homoglyphs", _step_homoglyphs),
    ("words", _step_words),
    ("casefold", _step_casefold),
    ("nfkc_after_casefold", _step_nfkc_after_casefold),
    ("emoji", _step_emoji),
    ("placeholders", _step_placeholders),
    ("rare_characters", _step_rare_characters),
    ("letter_spacing", _step_letter_spacing),
    ("punctuation", _step_punctuation),
    ("leetspeak", _step_leetspeak),
    ("repeated_letters", _step_repeated),
    ("whitespace", _step_whitespace),
)


# ----------------------------------------------------------------------------------------------------- fast path
# Most posts are plain: French letters, digits, ordinary punctuation, @USER, LINK, hashtags, « … », emoji between
# spaces. For them most steps cannot act; ``_light`` proves that with a few anchored searches and makes only the
# edits of the steps that can, in the same order: ``_plain`` on strings for most, ``_light_work`` with the steps'
# functions for runs of spaces, links and no-break spaces. When in doubt it returns None and the whole pipeline
# runs; tests/test_normalize_properties.py checks that the two agree.
_PLAIN = re.compile(
    "[^a-zA-Z0-9 .,;:!?'\"()\\-&%+=$€@#…\xa0\u202fàâäçéèêëîïôöùûüÿæÀÇÉÈÊËÎÏÔÖÙÛÜŸÆ’«»“”–—]"
)
_ODD_AT = re.compile(r"@(?:(?<=\S@)|(?!USER(?![\w@])))", re.IGNORECASE)  # « @ » first: a literal scan
_PLAIN_UNSTABLE = re.compile("[…\xa0\u202f]")
_PLAIN_NFKC = {c: unicodedata.normalize("NFKC", c) for c in "…\xa0\u202f"}


def _light(text: str) -> Normalized | None:
    """The pipeline's result for a plain post, from the few steps that can act on it; None if in doubt."""
    pos = 0
    while m := _PLAIN.search(text, pos):
        i = m.start()
        c = m.group()
        if not "\U0001f000" <= c <= "\U0001faff" or text[i - 1 : i] not in ("", " "):
            return None
        if "\U0001f100" <= c <= "\U0001f1ff" and not unicodedata.is_normalized("NFKC", c):
            return None  # a boxed or bracketed letter (« 🄰 »): the NFKC step turns it into a letter
        if text[i + 1 : i + 2] not in ("", " "):
            return None  # emoji glued to something: the emoji step would add a space
        pos = i + 1
    if "â€" in text or ("@" in text and _ODD_AT.search(text)):
        return None  # mojibake (« â€“ »), or an « @ » that is not the training data's « @USER »
    if "\xa0" not in text and "\u202f" not in text:
        found = _plain(text, pos > 0)
        if found is not _UNSURE:
            return found
    return _light_work(text, pos > 0)


_UNSURE = Normalized("", "\x00")  # _plain's « ask _light_work »


def _plain(text: str, emoji: bool) -> Normalized | None:
    """``_light_work`` without its ``_Work``, for the commonest posts: « … », hashtags, camelCase, case, the
    placeholders' case. None when the word steps (or a rerun) would act; ``_UNSURE`` for runs of spaces and links."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        return _UNSURE  # whitespace
    out = text
    layers: list[tuple[Edit, ...]] = []
    if "…" in out:  # NFKC: « … » -> « ... »
        edits = [(i, i + 1, "...") for i in _all(out, "…")]
        layers.append(tuple(edits))
        out = _splice(out, edits)
    edits, trick, hinted = _word_edits(out)
    if edits:
        layers.append(tuple(edits))  # a hashtag's « # » goes, a camelCase cut adds a space: lengths change
        out = _splice(out, edits)
    tricks: tuple[str, ...] = (trick,) if trick else ()
    if hinted and _CASE_NOISE.search(out):
        tricks += ("case_noise",)
    folded = out.casefold()  # same length for every plain character
    if "www." in folded or _DOMAIN_HINT.search(folded):
        return _UNSURE  # links
    if "Ï" in out or ("Ÿ" in out and (emoji or "…" not in text)):
        # what _step_casefold asks (« Ÿ » is beyond Latin-1); the plainest posts never asked it: kept so
        if (emoji or hinted or "#" in text or "…" in text) and _earlier_steps_would_act(folded):
            return None
    if "@" in folded:
        folded = folded.replace("@user", "@USER")  # _ODD_AT left only « @USER » mentions
    if "link" in folded:
        folded = _splice(folded, _link_edits(folded))
    if _word_steps_would_act(folded):
        return None
    return Normalized(text, folded, tricks, tuple(layers))


def _light_work(text: str, emoji: bool) -> Normalized | None:
    """The few steps that can act on a plain post, on a ``_Work``: for no-break spaces, runs of spaces, links."""
    w = _Work(text)
    w.unusual = not text.isascii() and bool(_UNUSUAL.search(text))  # as the pipeline's first pass has it
    if "…" in text or "\xa0" in text or "\u202f" in text:  # the only plain characters NFKC changes
        w.apply([(m.start(), m.end(), _PLAIN_NFKC[m.group()]) for m in _PLAIN_UNSTABLE.finditer(text)], rewrites=False)
        w.unusual = emoji  # what the NFKC step would find again: only emoji are left beyond French typography
    _step_words(w)  # hashtags, camelCase
    _step_casefold(w)
    _step_placeholders(w)
    if _word_steps_would_act(w.text):
        return None
    _step_whitespace(w)
    return None if w.changed else w.result()


def _word_steps_would_act(text: str) -> bool:
    """Would letter spacing, leetspeak or stretched letters act on this casefolded plain text?"""
    if _has_letter_triple(text):
        return True
    if (_SPACED_HINT.search(text) or _DOTTED_HINT.search(text)) and _letter_spacing_edits(text):
        return True
    return bool(_leet_edits(text))


def normalize(text: str) -> Normalized:
    """Normalise one post. Never raises; ``normalize(normalize(x).text).text == normalize(x).text``."""
    return _light(text) or _normalize_slow(text)


def _normalize_slow(text: str) -> Normalized:
    """The whole pipeline, every step asking its own question."""
    w = _Work(text)
    for _ in range(MAX_PASSES):
        before = w.text
        w.changed = False
        w.unusual = not before.isascii() and bool(_UNUSUAL.search(before))
        for _name, step in STEPS:
            step(w)
        if w.text == before:
            break
        if not w.changed and not (_MOJIBAKE_HINT.search(w.text) and _MOJIBAKE.search(w.text)):
            break  # a later step (a hashtag's « # » going, case folding) may complete a mojibake sequence
    return w.result()


def normalize_batch(texts: Sequence[str]) -> list[Normalized]:
    """Normalise a batch (the worker's unit of work)."""
    return [normalize(t) for t in texts]
