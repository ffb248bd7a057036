"""``strip_accents``: the lists' match key (« nègre » -> « negre »), same length."""

from __future__ import annotations

import unicodedata


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
