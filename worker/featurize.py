"""Hashed n-gram features of a whole batch at once, in numpy (the featuriser of ``vigie-hashed-ngrams`` bundles).

The batch is encoded to one array of code points; every n-gram hash of every text is computed with a few vectorised
operations (polynomial prefix hashes modulo 2**64), so there is no Python loop per n-gram or per text beyond joining
the strings. Output is a sparse batch in coordinate form, rows sorted:

- ``indices``  int64 [N]  hashed feature ids in ``[0, spec.n_features)``: char n-grams first, then word n-grams;
- ``weights``  float32 [N] sublinear tf * idf, L2-normalised per text within each block (char, word);
- ``rows``     int64 [N]  the text each entry belongs to.

Training (``models/train_default.py``) builds its sparse matrix with this very module: train/serve parity.

Char n-grams are taken inside words padded with one space on each side (like scikit-learn's ``char_wb``); words are
runs of characters that are neither whitespace nor punctuation (apostrophes split: ``l'islam`` -> ``l``, ``islam``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

_MASK64 = (1 << 64) - 1
_SPACE = 32
_TABLE_SIZE = 0x10000  # code points above the BMP (emoji...) count as word characters
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_PAIR = np.uint64(0x9E3779B97F4A7C15)


def _separator_table() -> np.ndarray:
    """True for the BMP code points that separate words: whitespace, controls, punctuation, most symbols."""
    table = np.zeros(_TABLE_SIZE, dtype=bool)
    for cp in range(_TABLE_SIZE):
        cat = unicodedata.category(chr(cp))
        table[cp] = cat[0] in "PZC" or cat in ("Sm", "Sk")
    return table


def _accent_table() -> np.ndarray:
    """BMP code point -> the same letter without diacritics (é -> e, ç -> c); identity elsewhere."""
    table = np.arange(_TABLE_SIZE, dtype=np.uint32)
    for cp in range(0xC0, 0x2000):  # Latin, Greek, Cyrillic blocks: where the diacritics of French live
        decomposed = unicodedata.normalize("NFD", chr(cp))
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            table[cp] = ord(decomposed[0])
    return table


_SEPARATORS = _separator_table()
_QUOTES = "\"«»“”„‹›"
_SEP, _QUOTE = np.uint8(1), np.uint8(2)


def _class_table() -> np.ndarray:
    """Every code point (0..0x10FFFF) -> bit flags: _SEP (separator), _QUOTE (quotation mark). One gather per batch."""
    table = np.zeros(0x110000, dtype=np.uint8)
    table[:_TABLE_SIZE] = _SEPARATORS * _SEP
    for ch in _QUOTES:
        table[ord(ch)] |= _QUOTE
    return table


_CLASSES = _class_table()
_LOG_TABLE = (np.log(np.maximum(np.arange(256, dtype=np.float32), 1)) + 1).astype(np.float32)  # 1 + ln(tf)
_NO_ACCENTS = _accent_table()


@dataclass(frozen=True, slots=True)
class FeaturizerSpec:
    """Everything needed to reproduce the features: stored in the bundle (``featurizer`` in the manifest)."""

    char_ngrams: tuple[int, int] = (3, 5)
    word_ngrams: tuple[int, int] = (1, 2)
    char_bits: int = 17
    word_bits: int = 17
    seed: int = 0x5EED
    prime: int = 0x100000001B3  # odd, so it is invertible modulo 2**64
    sublinear_tf: bool = True
    char_scale: float = 1.0  # weight of the char block after its L2 norm
    word_scale: float = 1.0
    max_chars: int = 2048  # a text is cut to this many characters before hashing (scoring windows are shorter)
    fold_accents: bool = False  # é -> e before hashing (posts often drop accents)
    # Words inside quotation marks also get a marked word-unigram feature: a quoted slur is often mentioned, not
    # used (news, court reports, counter-speech), and the model can learn that separately.
    quote_marks: bool = True

    @property
    def n_char(self) -> int:
        return 1 << self.char_bits

    @property
    def n_word(self) -> int:
        return 1 << self.word_bits

    @property
    def n_features(self) -> int:
        return self.n_char + self.n_word

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeaturizerSpec:
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown featurizer fields: {sorted(unknown)}")
        values = dict(data)
        for key in ("char_ngrams", "word_ngrams"):
            if key in values:
                lo, hi = values[key]
                values[key] = (int(lo), int(hi))
        spec = cls(**values)
        spec.validate()
        return spec

    def validate(self) -> None:
        for lo, hi in (self.char_ngrams, self.word_ngrams):
            if not 1 <= lo <= hi <= 8:
                raise ValueError(f"bad n-gram range ({lo}, {hi})")
        if not (8 <= self.char_bits <= 24 and 8 <= self.word_bits <= 24):
            raise ValueError("bucket bits must be within 8..24")
        if self.prime % 2 == 0:
            raise ValueError("prime must be odd")
        if self.max_chars < 1:
            raise ValueError("max_chars must be positive")


@dataclass(frozen=True, slots=True)
class SparseBatch:
    indices: np.ndarray  # int64 [N]
    weights: np.ndarray  # float32 [N]
    rows: np.ndarray  # int64 [N], ascending
    n_rows: int


@dataclass(frozen=True, slots=True)
class _Codes:
    """The batch as one code-point array: each text is ' ' + words separated by single spaces + ' '."""

    codes: np.ndarray  # uint64 [C]
    rows: np.ndarray  # int64 [C]
    space: np.ndarray  # bool [C]
    prefix: np.ndarray  # uint64 [C+1], prefix[i+1] = sum_{j<=i} codes[j] * P**(i-j) mod 2**64
    quoted: np.ndarray | None  # bool [C]: inside quotation marks (when spec.quote_marks)


class Featurizer:
    """Build once (precomputes the seeds), call per batch."""

    def __init__(self, spec: FeaturizerSpec, idf: np.ndarray | None = None) -> None:
        spec.validate()
        if idf is not None and idf.shape != (spec.n_features,):
            raise ValueError(f"idf has shape {idf.shape}, expected ({spec.n_features},)")
        self.spec = spec
        self.idf = None if idf is None else idf.astype(np.float32)
        self._prime = np.uint64(spec.prime)
        self._inv = np.uint64(pow(spec.prime, -1, 1 << 64))
        self._seed = np.uint64(spec.seed & _MASK64)
        self._pow = np.ones(0, dtype=np.uint64)
        self._inv_pow = np.ones(0, dtype=np.uint64)

    # -- public -------------------------------------------------------------------------------------------------
    def transform(self, texts: Sequence[str]) -> SparseBatch:
        return self._weigh(*self._count(texts))

    def counts(self, texts: Sequence[str]) -> SparseBatch:
        """Raw term counts (``weights`` holds counts), deduplicated per text, rows ascending."""
        idx, cnt, rows, n = self._count(texts)
        return SparseBatch(idx, cnt.astype(np.float32), rows, n)

    def _count(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        n = len(texts)
        if n == 0:
            return _EMPTY_I, _EMPTY_I, _EMPTY_I, 0
        enc = self._encode(texts)
        bits = self._key_bits()
        kdt: type[np.unsignedinteger] = np.uint32 if n < (1 << (32 - bits)) else np.uint64
        keys = np.concatenate([self._char_keys(enc, kdt), self._word_keys(enc, kdt)])
        if keys.size == 0:
            return _EMPTY_I, _EMPTY_I, _EMPTY_I, n
        keys.sort()
        first = np.empty(keys.size, dtype=bool)
        first[0] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        uniq = keys[starts]
        cnt = np.diff(np.append(starts, keys.size))
        rows = (uniq >> kdt(bits)).astype(np.int64)
        idx = (uniq & kdt((1 << bits) - 1)).astype(np.int64)
        return idx, cnt, rows, n

    def _weigh(self, idx: np.ndarray, cnt: np.ndarray, rows: np.ndarray, n: int) -> SparseBatch:
        """Counts -> sublinear tf * idf, L2-normalised per text and per block (char, word)."""
        if idx.size == 0:
            return SparseBatch(idx, _EMPTY_F, rows, n)
        if self.spec.sublinear_tf:
            w = _LOG_TABLE[np.minimum(cnt, _LOG_TABLE.size - 1)]
            big = np.flatnonzero(cnt >= _LOG_TABLE.size)
            if big.size:
                w[big] = np.log(cnt[big]).astype(np.float32) + np.float32(1.0)
        else:
            w = cnt.astype(np.float32)
        if self.idf is not None:
            w *= self.idf[idx]
        # Entries are sorted by (row, index) and char ids come before word ids: each (row, block) is one segment.
        is_word = idx >= self.spec.n_char
        group = rows * 2 + is_word
        first = np.empty(group.size, dtype=bool)
        first[0] = True
        np.not_equal(group[1:], group[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        scale = np.add.reduceat(w * w, starts)
        np.sqrt(scale, out=scale)
        np.maximum(scale, np.float32(1e-12), out=scale)
        np.divide(np.float32(1.0), scale, out=scale)
        if self.spec.char_scale != 1.0 or self.spec.word_scale != 1.0:
            scale *= np.where(is_word[starts], np.float32(self.spec.word_scale), np.float32(self.spec.char_scale))
        w *= np.repeat(scale, np.diff(np.append(starts, group.size)))
        return SparseBatch(idx, w, rows, n)

    # -- encoding -----------------------------------------------------------------------------------------------
    def _key_bits(self) -> int:
        return max(self.spec.char_bits, self.spec.word_bits) + 1

    def _powers(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """P**k and P**-k (mod 2**64) for k < size, cached and grown on demand."""
        if self._pow.size < size:
            grown = max(size, 2 * self._pow.size, 4096)
            powers = np.full(grown, self._prime, dtype=np.uint64)
            inv = np.full(grown, self._inv, dtype=np.uint64)
            powers[0] = inv[0] = 1
            with np.errstate(over="ignore"):
                np.cumprod(powers, out=powers)
                np.cumprod(inv, out=inv)
            self._pow, self._inv_pow = powers, inv
        return self._pow, self._inv_pow

    def _encode(self, texts: Sequence[str]) -> _Codes:
        cap = self.spec.max_chars
        parts = [t[:cap] if len(t) > cap else t for t in texts]
        lens = np.fromiter((len(t) for t in parts), dtype=np.int64, count=len(parts))
        # Text i becomes ' ' + text + ' ': "  " between texts, one space at both ends.
        joined = " " + "  ".join(parts) + " "
        raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        rows = np.repeat(np.arange(len(parts), dtype=np.int64), lens + 2)
        classes = _CLASSES[raw]
        sep = (classes & _SEP).astype(bool)
        # Collapse runs of separators within a text to one space.
        keep = np.ones(raw.size, dtype=bool)
        keep[1:] = ~(sep[1:] & sep[:-1] & (rows[1:] == rows[:-1]))
        quoted = None
        if self.spec.quote_marks:
            # inside quotes = an odd number of quotation marks since the start of the text
            marks = np.cumsum(classes >= _QUOTE, dtype=np.int32)
            base = np.zeros(len(parts), dtype=np.int32)
            base[1:] = marks[np.cumsum(lens + 2)[:-1] - 1]
            quoted = ((marks - base[rows]) & 1).astype(bool)[keep]
        codes = np.where(sep, np.uint32(_SPACE), raw)[keep]
        if self.spec.fold_accents:
            small = codes < _TABLE_SIZE
            codes = np.where(small, _NO_ACCENTS[np.minimum(codes, _TABLE_SIZE - 1)], codes)
        codes = codes.astype(np.uint64)
        rows, space = rows[keep], sep[keep]
        powers, inv_powers = self._powers(codes.size + 1)
        prefix = np.zeros(codes.size + 1, dtype=np.uint64)
        with np.errstate(over="ignore"):
            np.cumsum(codes * inv_powers[: codes.size], out=prefix[1:])
            prefix[1:] *= powers[: codes.size]
        return _Codes(codes, rows, space, prefix, quoted)

    # -- hashing ------------------------------------------------------------------------------------------------
    def _span_hash(self, enc: _Codes, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """Polynomial hash of codes[start:end], vectorised over spans: prefix[end] - prefix[start] * P**len."""
        with np.errstate(over="ignore"):
            return enc.prefix[end] - enc.prefix[start] * self._pow[end - start]

    def _finish(self, h: np.ndarray, salt: int, bits: int) -> np.ndarray:
        """Mix a raw polynomial hash with a salt (n-gram kind and order) and keep its top ``bits`` bits."""
        with np.errstate(over="ignore"):
            x = h ^ (self._seed + np.uint64(salt) * _PAIR)
            x ^= x >> np.uint64(33)
            x *= _MIX1
            x ^= x >> np.uint64(33)
            x *= _MIX2
            x ^= x >> np.uint64(33)
        return x >> np.uint64(64 - bits)

    def _char_keys(self, enc: _Codes, kdt: type[np.unsignedinteger]) -> np.ndarray:
        codes, space = enc.codes, enc.space
        c = codes.size
        # reach[i] = distance from i to the next space after i: the n-gram at i is inside one padded word
        # iff reach[i] >= n - 1 (texts are separated by two spaces, so this also keeps n-grams within a text).
        pos = np.arange(c, dtype=np.int32)
        next_space = np.where(space, pos, np.int32(c))[::-1]
        np.minimum.accumulate(next_space, out=next_space)
        reach = np.empty(c, dtype=np.int32)
        reach[:-1] = next_space[::-1][1:] - pos[:-1]
        reach[-1] = 0
        rows = enc.rows.astype(kdt) << kdt(self._key_bits())
        out = [np.zeros(0, dtype=kdt)]
        lo, hi = self.spec.char_ngrams
        h = codes
        for n in range(1, min(hi, c) + 1):
            if n > 1:
                with np.errstate(over="ignore"):
                    h = h[:-1] * self._prime + codes[n - 1 :]
            if n < lo:
                continue
            ok = reach[: c - n + 1] >= n - 1
            if n <= 2:  # a lone space, or the two spaces between texts
                ok &= ~(space[: c - n + 1] & space[n - 1 :])
            start = np.flatnonzero(ok)
            bucket = self._finish(h[start], 0x100 + n, self.spec.char_bits).astype(kdt)
            out.append(rows[start] | bucket)
        return np.concatenate(out)

    def _word_keys(self, enc: _Codes, kdt: type[np.unsignedinteger]) -> np.ndarray:
        space = enc.space
        starts = np.flatnonzero(~space[1:] & space[:-1]) + 1
        ends = np.flatnonzero(~space[:-1] & space[1:]) + 1
        w = starts.size
        word_rows = enc.rows[starts]
        word_hash = self._span_hash(enc, starts, ends)
        shift = kdt(self._key_bits())
        offset = kdt(self.spec.n_char)
        out = [np.zeros(0, dtype=kdt)]
        lo, hi = self.spec.word_ngrams
        for n in range(lo, min(hi, w) + 1):
            m = w - n + 1
            same_row = word_rows[:m] == word_rows[n - 1 :]
            combined = word_hash[:m]
            with np.errstate(over="ignore"):
                for k in range(1, n):
                    combined = combined * _PAIR + word_hash[k : m + k]
            bucket = self._finish(combined[same_row], 0x200 + n, self.spec.word_bits).astype(kdt) + offset
            out.append((word_rows[:m][same_row].astype(kdt) << shift) | bucket)
        if enc.quoted is not None:
            marked = enc.quoted[starts]
            bucket = self._finish(word_hash[marked], 0x300, self.spec.word_bits).astype(kdt) + offset
            out.append((word_rows[marked].astype(kdt) << shift) | bucket)
        return np.concatenate(out)


_EMPTY_I = np.zeros(0, dtype=np.int64)
_EMPTY_F = np.zeros(0, dtype=np.float32)
_EMPTY_U = np.zeros(0, dtype=np.uint64)


def document_frequency(featurizer: Featurizer, texts: Sequence[str], batch: int = 2048) -> tuple[np.ndarray, int]:
    """Number of texts each feature occurs in (for idf), and the number of texts."""
    df = np.zeros(featurizer.spec.n_features, dtype=np.int64)
    for i in range(0, len(texts), batch):
        counts = featurizer.counts(texts[i : i + batch])
        df += np.bincount(counts.indices, minlength=featurizer.spec.n_features)
    return df, len(texts)


def smooth_idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """scikit-learn's smoothed idf: ln((1 + n) / (1 + df)) + 1."""
    return (np.log((1.0 + n_docs) / (1.0 + df)) + 1.0).astype(np.float32)
