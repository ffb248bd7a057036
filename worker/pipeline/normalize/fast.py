"""The fast path: the pipeline's result for a plain post, from the few steps that can act on it."""

from __future__ import annotations

import re
import unicodedata

from worker.pipeline.normalize import casefold, invisible, mojibake, placeholders, spaces, words
from worker.pipeline.normalize.homoglyphs import _HOMOGLYPH
from worker.pipeline.normalize.invisible import _INVISIBLE_CHAR
from worker.pipeline.normalize.leetspeak import _leet_edits
from worker.pipeline.normalize.mojibake import _BYTE_OF, _MOJIBAKE, _MOJIBAKE_HINT
from worker.pipeline.normalize.nfkc import _ENCLOSED, _earlier_steps_would_act
from worker.pipeline.normalize.placeholders import (
    _DOMAIN_HINT,
    _GLUED_AT,
    _link_edits,
    _mention_spans,
    _merged,
    _url_spans,
)
from worker.pipeline.normalize.punctuation import _punct_edits
from worker.pipeline.normalize.repeated import _has_letter_triple, _repeat_edits
from worker.pipeline.normalize.result import Edit, Normalized, _normalized
from worker.pipeline.normalize.spaces import _EMOJI_HINT, _emoji_gaps, _lined_up, _odd_spaces
from worker.pipeline.normalize.spacing import _would_act as _spacing_would_act
from worker.pipeline.normalize.words import _CAMEL_HINT, _words
from worker.pipeline.normalize.work import _UNUSUAL, _all, _resizes, _splice, _Work

# Most posts are plain: French letters (« œ » too), digits, ordinary punctuation, line breaks, @USER, LINK, links (« _ »
# in them), hashtags, « … », emoji and symbols (« ❤ ») between spaces, stretched letters. For them most steps cannot
# act; ``_light`` proves that with a few anchored searches and makes only the edits of the steps that can, in the same
# order, with the steps' own functions: ``_plain`` on strings for most, ``_light_work`` on a ``_Work`` for no-break
# spaces, ``_repaired`` first for mojibake and invisible characters. When in doubt it returns None and the whole
# pipeline runs; tests/test_normalize_properties.py and test_normalize_steps.py check that the two agree.
# « œ » is also a mojibake continuation byte (cp1252 0x9C), but a sequence needs a lead, and the plain leads (« â »,
# « ï ») are asked about below. « _ * ^ ~ » are plain until the placeholders step is done: most sit in links, and
# the punctuation step's own question is asked of what is left.
_PLAIN = re.compile(
    "[^a-zA-Z0-9 \n/.,;:!?'\"()[\\]|\\-&%+=$€@#…\xa0\u202f_*^~àâäçéèêëîïôöùûüÿæœÀÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ’«»“”–—]"
)
# An « @ » the fast path leaves to the pipeline: not the training data's « @USER », or glued to what makes it an e-mail,
# a handle's tail or leetspeak (« a.@USER », « x@USER »); « (@USER) », « d’@USER », « «@USER » are mentions
_ODD_AT = re.compile(r"@(?:(?<=[\w.+\-@$€]@)|(?!USER(?![\w@])))", re.IGNORECASE)  # « @ » first: a literal scan
_PLAIN_UNSTABLE = re.compile("[…\xa0\u202f]")
_PLAIN_NFKC = {c: unicodedata.normalize("NFKC", c) for c in "…\xa0\u202f"}


# Symbols and dingbats the emoji step sets apart as it does emoji (« ❤ », « ➡ », « ⚽ »), and that no other step
# touches: symbols (So) that NFKC and case folding leave as they are and that are not look-alikes.
_SYMBOLS = frozenset(
    c
    for c in map(chr, range(0x2300, 0x2C00))
    if _EMOJI_HINT.match(c)
    and unicodedata.category(c) == "So"
    and unicodedata.is_normalized("NFKC", c)
    and c.casefold() == c
    and not _HOMOGLYPH.match(c)
)


def _light(text: str, repair: bool = True) -> Normalized | None:
    """The pipeline's result for a plain post, from the few steps that can act on it; None if in doubt.
    ``repair``: a post whose only unusual characters are mojibake or invisible characters (« ❤️ » holds a variation
    selector) is repaired first (``_repaired``)."""
    pos = 0
    glued = False  # an emoji touching something else than whitespace: the emoji step adds a space
    while m := _PLAIN.search(text, pos):
        i = m.start()
        c = m.group()
        if not ("\U0001f000" <= c <= "\U0001faff" or c in _SYMBOLS):
            if repair and (c in _BYTE_OF or _INVISIBLE_CHAR.match(c)):
                return _repaired(text)  # a character mojibake is made of, or one the invisible step removes
            return None
        if "\U0001f100" <= c <= "\U0001f1ff" and (c in _ENCLOSED or not unicodedata.is_normalized("NFKC", c)):
            return None  # a boxed or bracketed letter (« 🄰 », « 🅰 »): the NFKC step turns it into a letter
        glued = glued or text[i - 1 : i] not in ("", " ", "\n") or text[i + 1 : i + 2] not in ("", " ", "\n")
        pos = i + 1
    if ("â" in text or "ï" in text) and mojibake.could_act_on(text):
        # mojibake made of plain characters: « â€“ », « â…’ » (the only plain leads: « â », « ï »)
        return _repaired(text) if repair else None
    if "@" in text and _ODD_AT.search(text):
        return None  # an « @ » that is not the training data's « @USER »
    if "\xa0" not in text and "\u202f" not in text:
        return _plain(text, pos > 0, glued)
    return _light_work(text, pos > 0)


_REPAIR_STEPS = (invisible.INVISIBLE, mojibake.STEP, invisible.CONTROLS)
_REPAIR_PAIRS = tuple((step.could_act, step.apply) for step in _REPAIR_STEPS)  # as the pipeline's loop: no Step call


def _repaired(text: str) -> Normalized | None:
    """Mojibake (« Ã© », « â€™ », « ð\x9f\x98\x82 ») or invisible characters in an otherwise plain post: the
    pipeline's first steps (invisible, mojibake, controls), then the fast path on their text. The same result as the pipeline: its later steps and its
    decision to run another pass see the same text and flags, unless the repair asked for a pass (``changed``) or
    left something that looks like mojibake, and then the whole pipeline runs."""
    w = _Work(text)
    # ``w.unusual`` stays « may hold »: these steps ask it only before searching for printable invisible characters,
    # which are all unusual ones, so the search alone gives the same answer as the pipeline's flag and search
    for could_act, apply in _REPAIR_PAIRS:
        if could_act(w):
            apply(w)
    if w.changed or w.text == text:
        return None
    found = _light(w.text, repair=False)
    if found is None or (_MOJIBAKE_HINT.search(found.text) and _MOJIBAKE.search(found.text)):
        return None
    tricks = tuple(w.tricks) + tuple(t for t in found.tricks if t not in w.tricks)
    return _normalized(text, found.text, tricks, tuple(w.layers) + found.layers)


def _plain(text: str, emoji: bool, glued: bool) -> Normalized | None:
    """``_light_work`` without its ``_Work``, for posts without no-break spaces: « … », hashtags, camelCase, case,
    emoji glued to words, placeholders and links, stretched letters, line breaks and runs of spaces. None when
    letter spacing or leetspeak would act, or a second pass would not be idle."""
    out = text
    layers: list[tuple[Edit, ...]] = []
    if "…" in out:  # NFKC: « … » -> « ... »
        layers.append(tuple((i, i + 1, "...") for i in _all(out, "…")))
        out = out.replace("…", "...")  # the layer's edits, spliced
    hint = _CAMEL_HINT.search(out)
    if hint or "#" in out:  # the words step's question; most posts answer no
        out, edits, tricks = _words(out, hint)
        if edits:
            layers.append(tuple(edits))  # a hashtag's « # » goes, a camelCase cut adds a space: lengths change
    else:
        edits, tricks = [], ()
    worded = bool(edits or tricks)  # with « # » in the text: what a lower-to-upper boundary or a hashtag gives
    # the casefold step on a plain post: for every plain character, emoji and symbol ``lower`` is ``casefold``, one
    # character for one (a test checks), and quicker on text beyond ASCII
    folded = out.lower()
    spaced = "  " in text or "\n" in text or text[:1] == " " or text[-1:] == " "
    linked = "/" in folded or "." in folded and ("www." in folded or _DOMAIN_HINT.search(folded) is not None)
    if "Ï" in out or ("Ÿ" in out and (emoji or "…" not in text)):
        # what the casefold step asks (« Ÿ » is beyond Latin-1); the plainest posts never asked it: kept so
        if (spaced or linked or emoji or worded or "#" in text or "…" in text) and _earlier_steps_would_act(folded):
            return None
    if glued:
        folded = _edit(folded, _emoji_gaps(folded), layers)
    if linked or ("@" in folded and "…" in text):
        # the placeholders step, from its parts (``linked`` is its question about URLs); « … » became « ... », which
        # glues an « @ » into a possible e-mail (« …@USER.exemple »)
        spans = _url_spans(folded) if linked else []
        if "@" in folded:
            spans += _mentions(folded)
        if "link" in folded:  # (a memchr; most links are not the training data's placeholder)
            spans += _link_edits(folded)
        folded = _edit(folded, _merged(folded, spans), layers)
    else:
        if "@" in folded:
            folded = folded.replace("@user", "@USER")  # _ODD_AT left only « @USER » mentions
        if "link" in folded:
            folded = _splice(folded, _link_edits(folded))
    if _spacing_or_leet_would_act(folded):
        return None
    squashed = _repeat_edits(folded) if _has_letter_triple(folded) else []  # « ptdrrrr »
    if squashed:
        folded = _edit(folded, squashed, layers)
        tricks += ("repeated_letters",)
    if spaced:  # the whitespace step, and the rerun it asks for when collapsing lined up spaced letters
        edits = _odd_spaces(folded)
        folded = _edit(folded, edits, layers)
        if edits and _lined_up(folded):
            return None
    if squashed and folded != text and not _idle(folded):
        return None  # the repeated-letters step rewrites: the pipeline runs a second pass, which must do nothing
    return _normalized(text, folded, tricks, tuple(layers))


def _idle(text: str) -> bool:
    """Would a pass of the pipeline leave this text as it is, noting nothing? (The fast path's result on it says so:
    it is the pipeline's.)"""
    again = _light(text, repair=False)
    return again is not None and again.text == text and not again.tricks and not again.layers


def _mentions(folded: str) -> list[Edit]:
    """``_mention_spans`` on a plain post: _ODD_AT let through only « @USER » with nothing word-like before it, which
    the step reads as a mention wherever it stands; an e-mail needs a glued « @ » (« …@USER.fr » -> « ...@user.fr »)."""
    if "@" not in folded:
        return []
    if _GLUED_AT.search(folded):
        return _mention_spans(folded)
    return [(i, i + 5, "@USER") for i in _all(folded, "@user")]


def _edit(text: str, edits: list[Edit], layers: list[tuple[Edit, ...]]) -> str:
    """``_Work.apply`` on a string: the edited text; the edits become a layer when one changes a length."""
    if not edits:
        return text
    if _resizes(edits):
        layers.append(tuple(edits))
    return _splice(text, edits)


def _light_work(text: str, emoji: bool) -> Normalized | None:
    """The few steps that can act on a plain post, on a ``_Work``: for no-break spaces (the NFKC step turns them
    into spaces, which the whitespace step may then collapse)."""
    w = _Work(text)
    w.unusual = not text.isascii() and bool(_UNUSUAL.search(text))  # as the pipeline's first pass has it
    if "…" in text or "\xa0" in text or "\u202f" in text:  # the only plain characters NFKC changes
        w.apply([(m.start(), m.end(), _PLAIN_NFKC[m.group()]) for m in _PLAIN_UNSTABLE.finditer(text)], rewrites=False)
        w.unusual = emoji  # what the NFKC step would find again: only emoji are left beyond French typography
    words.STEP(w)  # hashtags, camelCase
    casefold.STEP(w)
    spaces.EMOJI(w)  # after NFKC: a no-break space next to an emoji is a space by then
    placeholders.STEP(w)
    if _word_steps_would_act(w.text):
        return None
    spaces.WHITESPACE(w)
    return None if w.changed else w.result()


def _word_steps_would_act(text: str) -> bool:
    """Would letter spacing, leetspeak or stretched letters act on this casefolded plain text?"""
    return _has_letter_triple(text) or _spacing_or_leet_would_act(text)


def _spacing_or_leet_would_act(text: str) -> bool:
    """Would letter spacing, inserted punctuation or leetspeak act on this casefolded plain text?"""
    if _spacing_would_act(text):
        return True
    # ``in`` before a search: a memchr each, cheaper than a scan, and most posts hold none of these characters
    if ("_" in text or "*" in text or "^" in text or "~" in text or "·" in text) and _punct_edits(text):
        return True  # « sale_arabe », « p*te »: the punctuation step's own hint and edits
    # Leet characters but « @ »: here every « @ » is a mention's « @USER » with no letter before it (_ODD_AT), which
    # the leetspeak hint never matches
    leet = "0" in text or "1" in text or "3" in text or "4" in text or "5" in text or "7" in text
    return (leet or "$" in text or "€" in text) and bool(_leet_edits(text))
