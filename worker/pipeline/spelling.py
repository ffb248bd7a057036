"""Key words misspelt by one letter, read as the word they stand for before the models score a post.

A hateful post with one letter left out or two letters swapped in its key word (« les jiufs », « ces immigrs ») is
as hateful as the post spelt right, but the models meet a word they never saw. ``KeyWords.correct(text)`` puts the
key word back, in the text the models read (the fast tier and the encoder); the term lists match the normalised text
as it is (they have their own rule for misspelt slurs), and verdicts report the normalised text, not this one.

Rules, so that nobody has to guess:
- The key words are the words of five letters or more in the term lists' entries (every category and severity,
  with their -s, -e and -es forms unless the entry is ``exact``): group names, slurs, dehumanising words, the
  claims' words. A deployment's own lists add theirs.
- A word of the text (four letters or more) is corrected when it is no French word (``french_words.txt`` from
  wordfreq, and ``known_words.txt``) and it is exactly one letter deleted, or two different neighbouring letters
  swapped, from exactly ONE key word; a misspelling two key words could come from is left alone.
- Accents: words are compared without them; the key word is written back as the lists write it (« immigrés »).
- Cost: one regular-expression pass, accents stripped from the words that have some, one set test per post
  (~6 µs a post on this machine's tweets); a post with a misspelt key word is rewritten, the others are returned
  as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from worker.pipeline.lexicon import ALLOW, Entry, real_words, word_edits
from worker.pipeline.normalize import normalize, strip_accents

__all__ = ["KeyWords"]

MIN_KEY = 5  # key words this long or longer: « rats » one letter off is « ras », « rat », « ars »...
_WORD = re.compile(r"[^\W\d_]{4,}")
_ENDINGS = ("s", "e", "es")


class KeyWords:
    """The misspellings of the term lists' key words, each mapped to the one word it stands for."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        real = real_words()
        forms: dict[str, str] = {}  # key word without accents -> as the lists write it
        for entry in entries:
            if entry.category == ALLOW:
                continue
            for word in normalize(entry.term).text.split(" "):
                if len(word) >= MIN_KEY and word.isalpha():
                    forms.setdefault(strip_accents(word), word)
                    if not entry.exact:
                        for ending in _ENDINGS:
                            forms.setdefault(strip_accents(word + ending), word + ending)
        typos: dict[str, str] = {}
        ambiguous: set[str] = set()
        for key, word in forms.items():
            for typo in word_edits(key, spaces=False):
                if typo in real or typo in forms:
                    continue
                if typos.setdefault(typo, word) != word:
                    ambiguous.add(typo)
        for typo in ambiguous:
            del typos[typo]
        self._typos = typos  # no French word among the keys: they were left out above
        self._keys = frozenset(typos)
        self.size = len(typos)

    def correct(self, text: str) -> str:
        """``text`` with each misspelt key word replaced by the key word (see the module's rules)."""
        words = _WORD.findall(text)
        if self._keys.isdisjoint([w if w.isascii() else strip_accents(w) for w in words]):
            return text
        return _WORD.sub(self._one, text)

    def _one(self, match: re.Match[str]) -> str:
        word = match.group()
        return self._typos.get(word if word.isascii() else strip_accents(word), word)
