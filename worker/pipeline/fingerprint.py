"""Near-duplicate fingerprints: batched MinHash over the normalised text, banded for LSH.

Input is ``Normalized.text`` (case folded, leetspeak and hashtags undone, emoji set apart, ``@USER``/``LINK``
placeholders). ``content_view`` then drops what a variant adds for free — placeholders, emoji, punctuation,
accents — and keeps the word tokens. The shingle set of a post is
- its character 5-grams over the tokens joined by one space (catch a word changed or glued: most 5-grams survive), and
- its word unigrams (catch reordering and added words, which shift few whole words),
tagged apart so a 5-letter word never equals a 5-gram.

Design (numbers chosen, not measured; ``tests/measure_campaigns.py`` measures):
- MinHash with ``NUM_PERM = BANDS * ROWS = 20 * 5 = 100`` hash functions ``h_m(x) = (a_m * x + c_m) mod 2**64 >> 32``
  over 64-bit shingle hashes (``a_m`` odd). For one function, ``P[min h_m(A) = min h_m(B)] = J(A, B)``.
- LSH: two posts share a band when its ``ROWS`` minima all agree, so
  ``P[share at least one band] = 1 - (1 - J**ROWS) ** BANDS``; the S-curve's midpoint
  ``(1 / BANDS) ** (1 / ROWS) = 0.55``. At J = 0.3: 0.05, J = 0.5: 0.47, J = 0.6: 0.80, J = 0.7: 0.97, J = 0.8: 0.9996.
  Variants of a post (an emoji, a hashtag, ``@USER``, one word changed) mostly sit at J >= 0.65; two different
  posts on one topic rarely reach 0.2, where the chance is 0.6 %. More rows would sharpen the curve but cost
  recall on short posts; more bands cost a table write each.
- A candidate is confirmed on its ``SKETCH`` (the low 8 bits of each minimum, b-bit MinHash): two bytes agree
  with probability ``J + (1 - J) / 256``, hence ``estimate = (agree - 1/256) / (1 - 1/256)``; its standard error
  at J = 0.5 over 100 functions is 0.05.
- Too short or too common to mean anything: fewer than ``MIN_CONTENT_TOKENS = 3`` distinct content tokens
  (3+ letters, not a number, not a function word nor one of the greetings and fillers many post alike) gives no
  fingerprint: « merci », « +1 », a bare link, « bonne journée à tous », « joyeux anniversaire mon ami » never
  form campaigns; « les migrants sont des parasites, renvoyez-les tous chez eux » (3) does.

Hashing is defined in this file (polynomial hash of code points mod 2**64, splitmix64 finaliser, constants from
splitmix64 of fixed counters): the same text gives the same fingerprint in every process and on every run — no
Python ``hash()``. Band keys are 9 bytes (band number, then 8 bytes of the band's hash): Kafka and table keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

__all__ = [
    "BANDS",
    "MIN_CONTENT_TOKENS",
    "NUM_PERM",
    "ROWS",
    "STOP_WORDS",
    "Fingerprint",
    "band_probability",
    "content_view",
    "fingerprint_batch",
    "shingle_hashes",
    "pair_similarities",
    "similarities",
    "similarity",
]

BANDS = 20
ROWS = 5
NUM_PERM = BANDS * ROWS
CHAR_K = 5
MIN_CONTENT_TOKENS = 3
MAX_CHARS = 4_000  # a post's first 4,000 content characters are fingerprinted (campaign copies are short)
CHUNK_ROWS = 2_048  # shingles per MinHash step: the (rows, NUM_PERM) temporary (1.6 MB) stays in cache

_BASE = 0x100000001B3  # odd, so invertible mod 2**64
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)
_CHAR_TAG = np.uint64(0x6A09E667F3BCC909)
_WORD_TAG = np.uint64(0xBB67AE8584CAA73B)

_PLACEHOLDERS = re.compile(r"@USER|LINK")
_TOKEN = re.compile(r"[^\W_]+")
# Function words, and the greetings and fillers that thousands post alike: they carry no campaign (accents
# stripped, as content_view leaves the tokens).
STOP_WORDS = frozenset(
    """
    les des une est sont ete etre avoir avons avez ont aux par pour dans sur sous avec sans pas plus moins
    mais que qui quoi dont ou cette ces cet son ses leur leurs mon mes ton tes notre nos votre vos elle elles
    ils nous vous lui eux tout tous toute toutes tres bien non oui comme aussi fait faire etc car donc alors
    encore deja meme quand chez entre vers rien trop peu ca cela ceci celui celle ici voila avant apres
    the and you for are via
    merci beaucoup bonjour bonsoir salut coucou bonne bon bonnes journee soiree nuit semaine weekend annee
    joyeux joyeuse anniversaire fete noel felicitations bravo courage bisous bises amis ami amie tous
    svp stp mdr lol ptdr jpp rt top super genial trop grave vraiment ouais wesh
    """.split()
)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the campaign state keeps of a post: its band keys and a 100-byte sketch to confirm candidates."""

    bands: tuple[bytes, ...]
    sketch: bytes


@lru_cache(maxsize=1)
def _combining() -> dict[int, None]:
    """Every combining code point, for ``str.translate`` to delete (one C pass instead of a Python loop)."""
    return dict.fromkeys(c for c in range(0x110000) if unicodedata.combining(chr(c)))


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFD", text).translate(_combining())


def content_view(normalized_text: str) -> tuple[str, int]:
    """The text shingled (word tokens, one space apart) and its number of distinct content tokens."""
    tokens = _TOKEN.findall(_strip_accents(_PLACEHOLDERS.sub(" ", normalized_text)))
    content = {t for t in tokens if len(t) >= 3 and not t.isdigit() and t not in STOP_WORDS}
    return " ".join(tokens)[:MAX_CHARS], len(content)


def _splitmix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, element-wise on uint64 (wraps mod 2**64)."""
    x = x + np.uint64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM (multiplier, offset) pairs, from fixed counters."""
    counters = np.arange(1, 2 * NUM_PERM + 1, dtype=np.uint64)
    values = _splitmix(counters * np.uint64(0xD1B54A32D192ED03))
    return values[:NUM_PERM] | np.uint64(1), values[NUM_PERM:]


def _powers(base: int, n: int) -> np.ndarray:
    """base**i mod 2**64 for i < n."""
    return np.concatenate((np.ones(1, np.uint64), np.cumprod(np.full(n - 1, base, dtype=np.uint64))))


def shingle_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The 64-bit shingle hashes of content views, and for each the index of its text (sorted by text)."""
    if not texts:
        return np.empty(0, np.uint64), np.empty(0, np.int64)
    joined = " ".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    ends = starts + lengths
    up, down = _powers(_BASE, len(codes) + 1), _powers(_BASE_INVERSE, len(codes) + 1)
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(codes * up[: len(codes)])))  # wraps mod 2**64

    def span_hash(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return (prefix[b] - prefix[a]) * down[a]  # the hash of joined[a:b], wherever it sits

    owner = np.repeat(np.arange(len(texts)), lengths + 1)[: len(codes)]
    first = np.arange(max(len(codes) - CHAR_K + 1, 0))
    ok = first + CHAR_K <= ends[owner[first]]
    first = first[ok]
    chars = _splitmix(span_hash(first, first + CHAR_K) ^ _CHAR_TAG)

    space = np.concatenate(([True], codes == 32, [True]))
    word_starts = np.flatnonzero(~space[1:-1] & space[:-2])
    word_ends = np.flatnonzero(~space[1:-1] & space[2:]) + 1
    words = _splitmix(span_hash(word_starts, word_ends) ^ _WORD_TAG)

    ids = np.concatenate((owner[first], owner[word_starts]))
    order = np.argsort(ids, kind="stable")
    return np.concatenate((chars, words))[order], ids[order]


def _minhash(values: np.ndarray, ids: np.ndarray, n: int) -> np.ndarray:
    """(n, NUM_PERM) uint32 minima; every text must own at least one shingle."""
    mult, offset = _permutations()
    out = np.empty((n, NUM_PERM), dtype=np.uint32)
    group_starts = np.searchsorted(ids, np.arange(n + 1))
    g = 0
    while g < n:
        h = int(np.searchsorted(group_starts, group_starts[g] + CHUNK_ROWS, side="right")) - 1
        h = min(max(h, g + 1), n)  # at least one text per chunk, whatever its size
        lo, hi = group_starts[g], group_starts[h]
        mixed = np.multiply(values[lo:hi, None], mult[None, :])
        np.add(mixed, offset[None, :], out=mixed)
        np.right_shift(mixed, np.uint64(32), out=mixed)
        out[g:h] = np.minimum.reduceat(mixed, group_starts[g:h] - lo, axis=0)
        g = h
    return out


def _band_keys(signatures: np.ndarray) -> list[tuple[bytes, ...]]:
    """9-byte keys: the band's number, then a hash of its ROWS minima."""
    rows = signatures.reshape(len(signatures), BANDS, ROWS).astype(np.uint64)
    h = np.broadcast_to(np.arange(BANDS, dtype=np.uint64), rows.shape[:2])
    for r in range(ROWS):
        h = _splitmix(h ^ rows[:, :, r])
    keys = np.empty((len(signatures), BANDS, 9), dtype=np.uint8)
    keys[:, :, 0] = np.arange(BANDS, dtype=np.uint8)
    keys[:, :, 1:] = h.astype(">u8").view(np.uint8).reshape(len(signatures), BANDS, 8)
    raw = keys.tobytes()
    flat = [raw[k : k + 9] for k in range(0, len(raw), 9)]
    return [tuple(flat[i : i + BANDS]) for i in range(0, len(flat), BANDS)]


KEY_BYTES = 9  # a band key: the band's number, then 8 bytes of hash (``_band_keys``)


def split_keys(joined: bytes) -> tuple[bytes, ...]:
    """Band keys joined into one bytes object (as the index and the tables keep them: one object of 180 bytes
    instead of 20 of 42 and their tuple) back into the keys."""
    return tuple(joined[i : i + KEY_BYTES] for i in range(0, len(joined), KEY_BYTES))


def fingerprint_batch(normalized_texts: Sequence[str]) -> list[Fingerprint | None]:
    """Fingerprint a batch of normalised texts; None for a post too short or too common to mean anything."""
    views = [content_view(t) for t in normalized_texts]
    keep = [
        i for i, (view, content) in enumerate(views) if content >= MIN_CONTENT_TOKENS and len(view) >= CHAR_K
    ]
    out: list[Fingerprint | None] = [None] * len(normalized_texts)
    if not keep:
        return out
    values, ids = shingle_hashes([views[i][0] for i in keep])
    signatures = _minhash(values, ids, len(keep))
    sketches = (signatures & np.uint32(0xFF)).astype(np.uint8)
    for i, bands, sketch in zip(keep, _band_keys(signatures), sketches, strict=True):
        out[i] = Fingerprint(bands, sketch.tobytes())
    return out


def similarities(a: bytes, others: Sequence[bytes]) -> list[float]:
    """``similarity(a, b)`` for each sketch ``b`` of ``others``, in one numpy step (the same values)."""
    width = len(a)
    if not width or any(len(b) != width for b in others):
        return [similarity(a, b) for b in others]
    rows = np.frombuffer(b"".join(others), np.uint8).reshape(len(others), width)
    agree = np.count_nonzero(rows == np.frombuffer(a, np.uint8), axis=1) / width
    return ((agree - 1 / 256) / (1 - 1 / 256)).tolist()


def pair_similarities(a: Sequence[bytes], b: Sequence[bytes]) -> list[float]:
    """``similarity(a[i], b[i])`` for each pair, in one numpy step (sketches of one width, ``NUM_PERM``)."""
    if not a:
        return []
    width = len(a[0])
    if any(len(x) != width for x in a) or any(len(y) != width for y in b):
        return [similarity(x, y) for x, y in zip(a, b, strict=True)]
    left = np.frombuffer(b"".join(a), np.uint8).reshape(len(a), width)
    right = np.frombuffer(b"".join(b), np.uint8).reshape(len(b), width)
    agree = np.count_nonzero(left == right, axis=1) / width
    return ((agree - 1 / 256) / (1 - 1 / 256)).tolist()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two sketches (b-bit MinHash, bias removed; may dip below 0)."""
    agree = np.count_nonzero(np.frombuffer(a, np.uint8) == np.frombuffer(b, np.uint8)) / len(a)
    return (agree - 1 / 256) / (1 - 1 / 256)


def band_probability(jaccard: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """The S-curve: the chance that two posts of this Jaccard similarity share at least one band."""
    return 1.0 - (1.0 - jaccard**rows) ** bands
