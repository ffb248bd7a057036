"""Placeholders: URLs -> ``LINK``, mentions and e-mails -> ``@USER`` (the training data's forms, upper case), silent.

``@word`` is a mention at the start of a post, next to another mention, after « : », when the handle is not
word-like (``_``, one letter), or at the end of a post unless it spells a group word with its « a »
(``data/a_words.txt``: « une sale @rabe »); elsewhere « @rabe » is leetspeak.
"""

from __future__ import annotations

import re
import unicodedata

from worker.pipeline.normalize import data
from worker.pipeline.normalize.leetspeak import _LEET_TABLE
from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.words import _word_before
from worker.pipeline.normalize.work import _LO, Step, _all, _Work

_TLD = "(?:" + "|".join(data.words("tlds.txt")) + ")"
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
_A_ENDINGS = ("", "s", "e", "es", "ne", "nes")
_A_WORDS = frozenset(f"{w}{end}" for w in data.words("a_words.txt") for end in _A_ENDINGS)
_GLUED_AT = re.compile(r"@(?<=[\w.+\-]@)")  # yes or no: an e-mail may be there; « @ » first, a literal scan


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


# Every match of _URL holds a « . » or « / » followed by something else than whitespace (« https:// », « www.x »,
# « x.fr »), and none crosses whitespace: the search runs only inside the tokens holding one
_DOT_OR_SLASH = re.compile(r"[./](?=\S)")
_OTHER_SPACE = re.compile(r"[^\S ]")
_NOT_SPACE = re.compile(r"\S*")


def _urls(text: str) -> list[re.Match[str]]:
    """``_URL``'s matches, searched only in the whitespace-delimited tokens that can hold one (tried at every position
    of a post, the pattern was the costliest search on tweets with links: docs/performance.md)."""
    found: list[re.Match[str]] = []
    pos = 0
    spaces_only = text.isprintable()  # no line break, tab or other space: the token ends at the next « »
    while m := _DOT_OR_SLASH.search(text, pos):
        i = m.start()
        start = text.rfind(" ", 0, i) + 1
        if spaces_only:
            end = text.find(" ", i)
            end = len(text) if end < 0 else end
        else:
            while other := _OTHER_SPACE.search(text, start, i):  # a line break, a tab: the token starts after it
                start = other.end()
            end = _NOT_SPACE.match(text, i).end()  # type: ignore[union-attr]  # (\S* always matches)
        found += _URL.finditer(text, start, end)  # the look-behind still sees the character before ``start``
        pos = end
    return found


def _placeholder_edits(text: str) -> list[Edit]:
    spans: list[Edit] = []
    if "/" in text or "www." in text or _DOMAIN_HINT.search(text):
        spans += _url_spans(text)
    if "@" in text:
        spans += _mention_spans(text)
    if "link" in text:
        spans += _link_edits(text)
    return _merged(text, spans)


def _url_spans(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "LINK") for m in _urls(text)]


def _mention_spans(text: str) -> list[Edit]:
    """E-mails and mentions -> « @USER »."""
    spans = [(m.start(), m.end(), "@USER") for m in _EMAIL.finditer(text)] if _GLUED_AT.search(text) else []
    for m in _AT.finditer(text):
        glued = _word_before(text, m.start()) or text[m.start() - 1 : m.start()] in ("_", "+", "-", "@", "$", "€")
        if not glued and _is_mention(text, m):
            spans.append((m.start(), m.end(), "@USER"))
    return spans


def _merged(text: str, spans: list[Edit]) -> list[Edit]:
    """The edits: spans in order, those inside an earlier one dropped, those that change nothing too."""
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


def could_act(w: _Work) -> bool:
    text = w.text
    return "@" in text or "/" in text or "link" in text or "www." in text or bool(_DOMAIN_HINT.search(text))


def apply(w: _Work) -> None:
    w.apply(_placeholder_edits(w.text), rewrites=False)


STEP = Step("placeholders", could_act, apply)
