"""Inserted punctuation: « p*d* », « en*ulé », « sale_arabe » -> « pd », « enulé », « sale arabe » (« *sale* » is
emphasis and stays)."""

from __future__ import annotations

import re

from worker.pipeline.normalize.result import Edit
from worker.pipeline.normalize.work import Step, _edits, _Work

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


def could_act(w: _Work) -> bool:
    return w.rare and (bool(_PUNCT_HINT.search(w.text)) or "•" in w.text)


def apply(w: _Work) -> None:
    w.apply(_punct_edits(w.text), "inserted_punctuation")


def _punct_edits(text: str) -> list[Edit]:
    return _edits(_INSIDE, text, lambda m: _unpunct(text, m))


STEP = Step("punctuation", could_act, apply)
