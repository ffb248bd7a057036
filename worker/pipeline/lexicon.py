"""Explainable term lists: per-category lexicons matched on normalised text with one Aho-Corasick automaton.

Contract:
- ``Lexicon.load(extra_paths)`` loads the built-in lists (``worker/lexicons/*.txt``) plus a deployment's own files
  or directories of files; a problem with a file raises ``ConfigError`` naming the file and line.
- ``Lexicon.match(norm)`` returns ``Match`` values whose ``start``/``end`` are spans of the ORIGINAL text.

List format (one file per category, the file name is the category: ``origin.txt`` -> ``origin``; ``allow.txt``
is the allowlist)::

    # a comment
    arabe | term                 neutral mention: gives the category, never flags on its own
    bougnoule | slur             severity: slur, dehumanising, hostility, threat, insult, conspiracy or term
    noirs | term | exact         exact: no plural/feminine ending is accepted after it
    sale {term} | slur           {term} expands to every « term » entry of the same file
    %include shared/group.txt    that file's lines read here (templates shared by the group lists)

Matching, in order:
1. The text is ``normalize(post).text`` with accents stripped (``strip_accents``, same length); entries are put
   through the same two functions when loaded, so « negre », « Nègre » and « n3gr3 » all meet « nègre ».
2. One automaton finds every entry in one pass (``pyahocorasick``; no loop over terms).
3. A match must start and end at word boundaries (not inside a word: « pd » is not found in « pdg »); unless the
   entry is ``exact``, an ending -s, -x, -e or -es may follow (« arabes », « musulmane »). Words of multi-word
   entries may take a plural when loaded (« sales arabes »), and « sous-race » is also found as « sous race »
   and « sousrace ».
4. A match lying inside an allowlisted phrase (« monde arabe », « nègre littéraire », « raton laveur ») is dropped;
   so is a match inside a longer match of the same category (« arabe » inside « sale arabe »).
5. Slur and dehumanising entries of at most ``MISSPELT_MAX_WORDS`` words are also found misspelt by one edit of one
   of their words of ``MISSPELT_MIN`` letters or more (``misspellings``): a letter deleted (« bougnoul »), two
   neighbours swapped (« bougnolue »), a space put inside the word (« bougn oule ») or, between two words, taken
   out (« salearabe »). A misspelling that is a French word (``normalize/data/french_words.txt``, from wordfreq;
   or ``known_words.txt``), another entry or an allowlisted phrase is not one; it takes an ending only when the
   word with its ending is no French word either (« bougnouls », not « guinée » for « gouine »). The match names
   the entry; its span shows what the author wrote. Threat and conspiracy entries are phrases of everyday verbs
   (« je vais te violer » would meet « voler »): they are matched as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

from worker.ops.errors import ConfigError
from worker.pipeline.normalize import Normalized, data, normalize, strip_accents

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "lexicons"
ALLOW = "allow"
CATEGORIES = ("origin", "religion", "gender", "lgbt", "disability", "other", "conspiracy")  # the built-in lists
SEVERITIES = ("slur", "dehumanising", "hostility", "threat", "conspiracy", "insult", "term")
ESCALATING = frozenset({"slur", "dehumanising", "hostility", "threat"})  # severities that flag a post on their own
SUFFIXES = ("es", "s", "x", "e")
_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]*")
_NO_PLURAL = frozenset(
    "de des du d la le les l aux au a à en un une et ou sur par pour avec dans ta ton tes sa son ses ma mon mes ce "
    "ces cet cette qui que il elle ils elles on nous vous je tu te se est sont faut mort race merde".split()
)
MAX_PLURAL_WORDS = 3  # at most 2**3 variants of one multi-word entry
MISSPELT = frozenset({"slur", "dehumanising"})  # severities also matched with one spelling edit (rule 5)
MISSPELT_MIN = 5  # only words this long are edited: « rats », « sale » or « pute » one edit away are other words
MISSPELT_MAX_WORDS = 3  # entries of more words (« juif ne sont pas des humains ») are matched as written: their
# misspellings would be tens of thousands of keys, and a slur is a word or two


@dataclass(frozen=True, slots=True)
class Match:
    category: str  # origin, religion, gender, lgbt, disability, other, conspiracy (or a deployment's own)
    term: str  # the list entry that matched (normalised form)
    start: int  # span in the original text
    end: int
    severity: str = "slur"  # slur, dehumanising, threat, conspiracy, insult, term


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a list, templates expanded."""

    category: str
    term: str
    severity: str
    exact: bool = False
    source: str = ""  # file:line, for error messages


def parse_list(path: Path, category: str | None = None) -> list[Entry]:
    """Read one list file; raises ConfigError naming the file and line of any problem."""
    category = category or path.stem
    if category != ALLOW and not _CATEGORY_NAME.fullmatch(category):
        raise ConfigError(f"lexicon {path}: category name {category!r} must be lower-case letters, digits or _")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"lexicon {path}: cannot be read ({exc})") from None
    entries: list[Entry] = []
    templates: list[Entry] = []
    for source, text in _lines(path, lines):
        entry = _parse_line(text, category, source)
        (templates if "{term}" in entry.term else entries).append(entry)
    terms = [e.term for e in entries if e.severity == "term"]
    for template in templates:
        if not terms:
            raise ConfigError(f"lexicon {template.source}: {{term}} used in a file without « term » entries")
        entries += [
            Entry(category, template.term.replace("{term}", t), template.severity, template.exact, template.source)
            for t in terms
        ]
    return entries


INCLUDE = "%include "


def _lines(path: Path, lines: list[str]) -> Iterable[tuple[str, str]]:
    """A list's entry lines with their ``file:line``; a line ``%include other.txt`` (a path relative to the list's
    folder) reads that file's lines in its place, once, as if they were written there: the group lists share their
    templates (``shared/group.txt``) that way, each expanding them over its own group words."""
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if not text.startswith(INCLUDE):
            yield f"{path}:{number}", text
            continue
        included = path.parent / text[len(INCLUDE) :].strip()
        try:
            inner = included.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"lexicon {path}:{number}: cannot include {included} ({exc})") from None
        for inner_number, inner_line in enumerate(inner, 1):
            inner_text = inner_line.strip()
            if inner_text.startswith(INCLUDE):
                raise ConfigError(f"lexicon {included}:{inner_number}: an included file cannot include another")
            if inner_text and not inner_text.startswith("#"):
                yield f"{included}:{inner_number}", inner_text


def _parse_line(text: str, category: str, source: str) -> Entry:
    fields = [f.strip() for f in text.split("|")]
    if category == ALLOW:
        return Entry(ALLOW, fields[0], "term", False, source)
    if len(fields) < 2 or not fields[0]:
        raise ConfigError(f"lexicon {source}: expected « term | severity », got {text!r}")
    severity, flags = fields[1], fields[2:]
    if severity not in SEVERITIES:
        raise ConfigError(f"lexicon {source}: unknown severity {severity!r} (one of {', '.join(SEVERITIES)})")
    if any(flag not in ("exact", "") for flag in flags):
        raise ConfigError(f"lexicon {source}: unknown flag in {text!r} (the only flag is « exact »)")
    return Entry(category, fields[0], severity, "exact" in flags, source)


def match_key(text: str) -> str:
    """How an entry or a post is compared: normalised, accents stripped."""
    return strip_accents(normalize(text).text)


def _variants(key: str) -> set[str]:
    """« sale arabe » -> also « sales arabe », « sale arabes », « sales arabes »; « sous-race » -> « sous race »."""
    keys = {key}
    if "-" in key:
        keys |= {key.replace("-", " "), key.replace("-", "")}
    out: set[str] = set()
    for k in keys:
        words = k.split(" ")
        plural = [i for i, w in enumerate(words) if w not in _NO_PLURAL and len(w) > 2 and w[-1] not in "sxz"]
        if len(words) == 1 or not plural:
            out.add(k)
            continue
        options = [(w, w + "s") if i in plural[:MAX_PLURAL_WORDS] else (w,) for i, w in enumerate(words)]
        out |= {" ".join(choice) for choice in itertools.product(*options)}
    return out


@cache
def real_words() -> frozenset[str]:
    """Words a misspelling must not be: common French words (``french_words.txt``, from wordfreq) and the words the
    leetspeak step knows (``known_words.txt``), accents stripped."""
    known = data.lines("known_words.txt")
    return frozenset(data.lines("french_words.txt")).union(strip_accents("\n".join(known)).split("\n"))  # stripped


def word_edits(word: str, spaces: bool = True) -> set[str]:
    """One edit of a word of ``MISSPELT_MIN`` letters or more (a letter deleted, two different neighbours swapped,
    with ``spaces`` a space put inside), for rule 5 and ``worker.pipeline.spelling``."""
    if len(word) < MISSPELT_MIN or not word.isalpha():
        return set()
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}
    if spaces:
        out |= {word[:i] + " " + word[i:] for i in range(2, len(word) - 1)}
    return out


@cache
def misspellings(key: str) -> frozenset[str]:
    """Keys one edit away from ``key`` (rule 5): every edit of one of its words, and two neighbouring words joined.
    An edit that gives a real word is left out (« traînée » -> « traîne », « crouille » -> « couille »), and so is a
    space put inside a word when both halves are words (« bougn oule » is kept, « ta pette » is two words: left
    out)."""
    real = real_words()
    words = key.split(" ")
    out: set[str] = set()
    for i, word in enumerate(words):
        for edit in word_edits(word):
            parts = edit.split(" ")
            if (edit in real) if len(parts) == 1 else all(part in real for part in parts):
                continue
            out.add(" ".join([*words[:i], edit, *words[i + 1:]]))
    for i in range(len(words) - 1):
        if words[i] + words[i + 1] not in real:
            out.add(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]]))
    out.discard(key)
    return frozenset(out)


class Lexicon:
    """Built once (one automaton over every entry and allowlisted phrase), matched per post."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: tuple[Entry, ...] = tuple(dict.fromkeys(entries))  # dedupe, keep order
        lists = [e for e in self.entries if e.category != ALLOW]
        self.size = len(lists)
        self.sizes: dict[str, int] = {}
        for e in lists:
            self.sizes[e.category] = self.sizes.get(e.category, 0) + 1
        self.allow_size = len(self.entries) - self.size
        self._automaton = ahocorasick.Automaton()
        self._shown = tuple(normalize(e.term).text for e in self.entries)  # « les juifs contrôlent », accents kept
        found: dict[str, list[tuple[int, int, bool]]] = {}
        for index, entry in enumerate(self.entries):
            for key in _variants(match_key(entry.term)):
                if key.strip():
                    found.setdefault(key, []).append((index, len(key), False))
        misspelt: dict[str, list[tuple[int, int, bool]]] = {}
        for index, entry in enumerate(self.entries):
            if entry.severity in MISSPELT and entry.category != ALLOW and entry.term.count(" ") < MISSPELT_MAX_WORDS:
                for key in _variants(match_key(entry.term)):
                    for typo in misspellings(key):
                        if typo not in found:  # another entry or an allowlisted phrase as written wins
                            misspelt.setdefault(typo, []).append((index, len(typo), True))
        self.misspelt_size = len(misspelt)
        found.update(misspelt)
        for key, values in found.items():
            self._automaton.add_word(key, tuple(values))
        if found:
            self._automaton.make_automaton()
        self._empty = not found

    def _drop_contained(self, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Drop a hit inside a longer hit of the same category (« arabe » inside « sale arabe »)."""
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept: list[tuple[int, int, int]] = []
        reach: dict[str, int] = {}  # per category, the furthest end of a kept hit (all kept hits start earlier)
        for start, end, index in hits:
            category = self.entries[index].category
            if reach.get(category, -1) >= end:
                continue
            kept.append((start, end, index))
            reach[category] = max(reach.get(category, -1), end)
        return kept

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> Lexicon:
        """The built-in lists plus a deployment's files or directories of ``*.txt`` files."""
        entries: list[Entry] = []
        for path in [BUILTIN_DIR, *map(Path, extra_paths)]:
            entries += _load_path(path)
        return cls(entries)

    def match(self, norm: Normalized) -> list[Match]:
        """Every list entry found in the post, with spans in the original text; allowlisted uses dropped."""
        if self._empty or not norm.text:
            return []
        key = strip_accents(norm.text)
        hits: list[tuple[int, int, int]] = []
        allowed: list[tuple[int, int]] = []
        for last, values in self._automaton.iter(key):
            for index, length, misspelt in values:
                entry = self.entries[index]
                span = _bounded(key, last + 1 - length, last + 1, entry.exact or entry.category == ALLOW)
                if span is None or (misspelt and span[1] > last + 1 and _last_word(key, span) in real_words()):
                    continue  # a misspelling plus an ending that makes a French word (« guine » + e, « negr » + e)
                if entry.category == ALLOW:
                    allowed.append(span)
                else:
                    hits.append((span[0], span[1], index))
        kept = self._drop_contained([h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in allowed)])
        out = []
        for start, end, index in kept:
            entry = self.entries[index]
            a, b = norm.to_original(start, end)
            out.append(Match(entry.category, self._shown[index], a, b, entry.severity))
        return out


def _last_word(key: str, span: tuple[int, int]) -> str:
    return key[span[0]:span[1]].rsplit(" ", 1)[-1]


def _bounded(key: str, start: int, end: int, exact: bool) -> tuple[int, int] | None:
    """The match widened to a whole word (with an allowed ending), or None if it sits inside a word."""
    if start > 0 and key[start - 1].isalnum():
        return None
    if end == len(key) or not key[end].isalnum():
        return start, end
    if exact:
        return None
    for suffix in SUFFIXES:
        stop = end + len(suffix)
        if key.startswith(suffix, end) and (stop == len(key) or not key[stop].isalnum()):
            return start, stop
    return None


def _load_path(path: Path) -> list[Entry]:
    if path.is_dir():
        files = sorted(path.glob("*.txt"))
        if not files and path != BUILTIN_DIR:
            raise ConfigError(f"lexicon {path}: no *.txt list in this directory")
        return [e for f in files for e in parse_list(f)]
    if not path.is_file():
        raise ConfigError(f"lexicon {path}: no such file or directory")
    return parse_list(path)
