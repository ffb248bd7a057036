"""The normaliser's word lists and tables, read once from this package's ``data/`` files (package data).

Each file is UTF-8 text; ``#`` starts a comment line; words are separated by spaces or newlines. ``lookalikes.txt``
has one tab-separated row per letter: code point, the letter, its Latin reading, its Unicode name.
"""

from __future__ import annotations

from importlib.resources import files

FILES = ("a_words.txt", "double_words.txt", "known_words.txt", "lookalikes.txt", "one_letter_words.txt", "tlds.txt")


def lines(name: str) -> list[str]:
    """The non-comment lines of ``data/<name>``, in file order."""
    text = files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def words(name: str) -> list[str]:
    """The words of ``data/<name>``, in file order."""
    return [word for line in lines(name) for word in line.split()]


def lookalikes() -> dict[str, str]:
    """Look-alike letter -> the Latin letter it imitates."""
    table: dict[str, str] = {}
    for line in lines("lookalikes.txt"):
        _code, letter, latin, _name = line.split("\t")
        table[letter] = latin
    return table
