"""``Normalized``: a post as the model and the lists see it, with the way back to what the author wrote."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

EVASION_TRICKS = frozenset(
    {
        "invisible",
        "reversed_text",
        "styled_letters",
        "combining_marks",
        "homoglyphs",
        "camel_case",
        "case_noise",
        "letter_spacing",
        "inserted_punctuation",
        "leetspeak",
        "repeated_letters",
    }
)
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


# The fast path builds one ``Normalized`` per post: the frozen dataclass's ``__init__`` goes through
# ``object.__setattr__`` for each field, the slots' own setters are about twice as quick. Same object, same fields.
_new = object.__new__
_set_original, _set_text, _set_tricks, _set_layers = (
    Normalized.__dict__[name].__set__ for name in ("original", "text", "tricks", "layers")
)


def _normalized(original: str, text: str, tricks: tuple[str, ...], layers: tuple[tuple[Edit, ...], ...]) -> Normalized:
    """``Normalized(original, text, tricks, layers)``, built without the frozen dataclass's ``__init__``."""
    out: Normalized = _new(Normalized)
    _set_original(out, original)
    _set_text(out, text)
    _set_tricks(out, tricks)
    _set_layers(out, layers)
    return out
