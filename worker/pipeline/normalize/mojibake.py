"""Mojibake: UTF-8 read as Latin-1/cp1252, repaired (« Ã© » -> « é », « â€™ » -> « ’ »); an accident, not evasion."""

from __future__ import annotations

import re
from functools import lru_cache

from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import _UNUSUAL, Step, _Work


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
# The lead first, then which sequence it opens (told by a look-behind at it), so the engine scans for a lead
# instead of trying four alternatives at every position; same matches, same order as the alternatives written out.
_MOJIBAKE = re.compile(
    f"[\xc2-\xc5\xe2\xef\xf0](?:(?<={_L2}){_CONT}|(?<={_L3}){_CONT}{_CONT}|(?<={_L4}){_CONT}{_CONT}{_CONT}|(?<=\xc3)(?= ))"
)
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


@lru_cache(maxsize=4096)  # a few hundred sequences make up a feed's mojibake (« Ã© », « â€™ », emoji)
def _repair(s: str) -> str | None:
    """The character a mojibake sequence stands for, or None when it is not a plausible one."""
    if s == "\xc3":
        return "à"  # « Ã  » : the NBSP of « à » became a plain space
    try:
        ch = bytes(_BYTE_OF[c] for c in s).decode("utf-8")
    except (UnicodeDecodeError, KeyError):
        return None
    return ch if _plausible(ch) else None


def _repairs(text: str) -> list[Edit]:
    """The sequences' repairs, as edits. A repair is never the sequence itself: one character for two to four, or
    « à » for a lone « Ã »."""
    return [(m.start(), m.end(), r) for m in _MOJIBAKE.finditer(text) if (r := _repair(m.group())) is not None]


def could_act(w: _Work) -> bool:
    return could_act_on(w.text)


def could_act_on(text: str) -> bool:
    # the hint's first character is a lead: a search for a lead alone, asked first, costs as much as the hint's
    return not text.isascii() and bool(_MOJIBAKE_HINT.search(text))


def apply(w: _Work) -> None:
    for _ in range(3):  # double encoding (« Ã\x83Â© ») takes one round per layer
        edits = _repairs(w.text)
        if not edits:
            return
        w.apply(edits, "mojibake", rewrites=False)
        w.unusual = bool(_UNUSUAL.search(w.text))
        if not could_act(w):
            return


STEP = Step("mojibake", could_act, apply)
