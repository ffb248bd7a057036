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

Optional piece block (``spec.pieces > 0``, with a ``PieceVocab``): every word of a fixed vocabulary (built at training
time) is also cut into the SentencePiece pieces of a pretrained tokenizer (each word on its own, as ``▁word``), and
the post gets one entry per piece occurrence, index ``n_features + piece id``, weight ``idf[piece] / sum of idf over
the post's pieces`` (an idf-weighted mean). A linear head over these entries is a linear function of the idf-weighted
mean of the pieces' pretrained embeddings: training folds ``embedding @ head`` into one row per piece
(``models/train_default.py``). Words are looked up by the same 64-bit hash as the word n-grams (one vectorised
search); a word outside the vocabulary adds no piece (tokenising it at serving time would put a tokenizer call per word on the hot path).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

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
    # Size of the piece block (the tokenizer's vocabulary) after the hashed features; 0: no piece block.
    pieces: int = 0

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
        if self.pieces < 0:
            raise ValueError("pieces must be >= 0")


@dataclass(frozen=True, slots=True)
class SparseBatch:
    indices: np.ndarray  # int64 [N]
    weights: np.ndarray  # float32 [N]
    rows: np.ndarray  # int64 [N], ascending
    n_rows: int


class PieceTokenizer(Protocol):
    """What building a ``PieceVocab`` needs of a ``tokenizers.Tokenizer``."""

    def encode_batch(self, inputs: list[str], add_special_tokens: bool = ...) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class PieceVocab:
    """Known words -> pretrained SentencePiece pieces (the piece block), plus each piece's idf.

    ``word_hash`` (uint64, ascending) holds the 64-bit hash of each known word (``Featurizer.word_hashes``); the
    pieces of word ``k`` are ``ids[offsets[k]:offsets[k + 1]]``.
    """

    word_hash: np.ndarray  # uint64 [V], ascending
    offsets: np.ndarray  # int64 [V + 1]
    ids: np.ndarray  # int32 [offsets[-1]]
    idf: np.ndarray  # float32 [n_pieces]

    def validate(self, n_pieces: int) -> None:
        if self.idf.shape != (n_pieces,):
            raise ValueError(f"piece idf has shape {self.idf.shape}, expected ({n_pieces},)")
        v = self.word_hash.size
        if self.word_hash.dtype != np.uint64 or self.offsets.shape != (v + 1,) or self.ids.ndim != 1:
            raise ValueError("piece vocabulary arrays have inconsistent shapes or types")
        if v and np.any(self.word_hash[1:] <= self.word_hash[:-1]):
            raise ValueError("piece vocabulary word hashes must be strictly ascending")
        if self.offsets[0] != 0 or self.offsets[-1] != self.ids.size or np.any(np.diff(self.offsets) < 0):
            raise ValueError("piece vocabulary offsets must ascend from 0 to the number of piece ids")
        if self.ids.size and (self.ids.min() < 0 or self.ids.max() >= n_pieces):
            raise ValueError(f"piece ids must be within [0, {n_pieces})")


@dataclass(frozen=True, slots=True)
class _Codes:
    """The batch as one code-point array: each text is ' ' + words separated by single spaces + ' '."""

    codes: np.ndarray  # uint64 [C]
    rows: np.ndarray  # int64 [C]
    space: np.ndarray  # bool [C]
    prefix: np.ndarray  # uint64 [C+1], prefix[i+1] = sum_{j<=i} codes[j] * P**(i-j) mod 2**64
    quoted: np.ndarray | None  # bool [C]: inside quotation marks (when spec.quote_marks)


_Words = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # starts, ends, rows, 64-bit hashes of the words


class Featurizer:
    """Build once (precomputes the seeds), call per batch."""

    def __init__(self, spec: FeaturizerSpec, idf: np.ndarray | None = None, pieces: PieceVocab | None = None) -> None:
        spec.validate()
        if idf is not None and idf.shape != (spec.n_features,):
            raise ValueError(f"idf has shape {idf.shape}, expected ({spec.n_features},)")
        if spec.pieces and pieces is None:
            raise ValueError(f"the spec has a piece block of {spec.pieces} pieces but no piece vocabulary was given")
        if pieces is not None:
            if not spec.pieces:
                raise ValueError("a piece vocabulary was given but the spec has no piece block (pieces = 0)")
            pieces.validate(spec.pieces)
        self.spec = spec
        self.idf = None if idf is None else idf.astype(np.float32)
        self.pieces = pieces
        # idf of every column (hashed features, then pieces), and the pieces' word lookup table
        self._all_idf = self.idf
        self._slots = np.zeros(0, dtype=np.int32)
        if pieces is not None:
            hashed_idf = self.idf if self.idf is not None else np.ones(spec.n_features, dtype=np.float32)
            self._all_idf = np.concatenate([hashed_idf, pieces.idf.astype(np.float32)])
            self._slots, self._slot_bits, self._max_probe = _slot_table(pieces.word_hash)
        self._prime = np.uint64(spec.prime)
        self._inv = np.uint64(pow(spec.prime, -1, 1 << 64))
        self._seed = np.uint64(spec.seed & _MASK64)
        self._pow = np.ones(0, dtype=np.uint64)
        self._inv_pow = np.ones(0, dtype=np.uint64)

    # -- public -------------------------------------------------------------------------------------------------
    @property
    def n_columns(self) -> int:
        """Width of the feature space: the hashed features, then the piece block."""
        return self.spec.n_features + self.spec.pieces

    def transform(self, texts: Sequence[str]) -> SparseBatch:
        if not texts:
            return SparseBatch(_EMPTY_I, _EMPTY_F, _EMPTY_I, 0)
        enc = self._encode(texts)
        return self._weigh(*self._count(enc, len(texts), self._words(enc), pieces=self.pieces is not None))

    def counts(self, texts: Sequence[str]) -> SparseBatch:
        """Raw term counts of the hashed features (``weights`` holds counts), deduplicated per text, rows ascending."""
        if not texts:
            return SparseBatch(_EMPTY_I, _EMPTY_F, _EMPTY_I, 0)
        enc = self._encode(texts)
        idx, cnt, rows, n = self._count(enc, len(texts), self._words(enc), pieces=False)
        return SparseBatch(idx, cnt.astype(np.float32), rows, n)

    def piece_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Every piece occurrence of the batch: (row, piece id), rows ascending (for piece idf at training)."""
        if self.pieces is None:
            raise ValueError("this featuriser has no piece vocabulary")
        if not texts:
            return _EMPTY_I, _EMPTY_I
        enc = self._encode(texts)
        return self._piece_ids(enc, self._words(enc))

    def word_hashes(self, texts: Sequence[str]) -> tuple[np.ndarray, list[str]]:
        """The 64-bit hash and the string of every word of the batch, in order (to build a ``PieceVocab``)."""
        if not texts:
            return _EMPTY_U, []
        enc = self._encode(texts)
        starts, ends, _, hashes = self._words(enc)
        return hashes, [_word_string(enc, a, b) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]

    def _count(self, enc: _Codes, n: int, words: _Words, pieces: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                                                int]:
        """Sorted, deduplicated (row, feature) pairs and their counts; piece entries (if ``pieces``) come last in
        each row, as their indices are the highest."""
        bits = self._key_bits()
        kdt: type[np.unsignedinteger] = np.uint32 if n < (1 << (32 - bits)) else np.uint64
        parts = [self._char_keys(enc, kdt), self._word_keys(enc, kdt, words)]
        if pieces:
            rows, ids = self._piece_ids(enc, words)
            parts.append((rows.astype(kdt) << kdt(bits)) | (ids + self.spec.n_features).astype(kdt))
        keys = np.concatenate(parts)
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
        """Counts -> sublinear tf * idf, L2-normalised per text and per block (char, word); piece entries: count *
        piece idf, L1-normalised per text (an idf-weighted mean of the pieces)."""
        if idx.size == 0:
            return SparseBatch(idx, _EMPTY_F, rows, n)
        if self.spec.sublinear_tf:
            w = _LOG_TABLE[np.minimum(cnt, _LOG_TABLE.size - 1)]
            big = np.flatnonzero(cnt >= _LOG_TABLE.size)
            if big.size:
                w[big] = np.log(cnt[big]).astype(np.float32) + np.float32(1.0)
        else:
            w = cnt.astype(np.float32)
        if self._all_idf is not None:
            w *= self._all_idf[idx]
        pieces = _EMPTY_I
        if self.spec.pieces:
            pieces = np.flatnonzero(idx >= self.spec.n_features)
            w[pieces] = 0.0  # out of the word block's L2 norm; weighed below
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
        if pieces.size and self._all_idf is not None:
            piece_rows = rows[pieces]
            pw = cnt[pieces].astype(np.float32) * self._all_idf[idx[pieces]]
            total = np.bincount(piece_rows, weights=pw, minlength=n).astype(np.float32)
            w[pieces] = pw / total[piece_rows]
        return SparseBatch(idx, w, rows, n)

    # -- encoding -----------------------------------------------------------------------------------------------
    def _key_bits(self) -> int:
        return max(max(self.spec.char_bits, self.spec.word_bits) + 1, int(self.n_columns - 1).bit_length())

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

    def _words(self, enc: _Codes) -> _Words:
        """Every word of the batch: start and end in ``enc.codes``, its text (row), its 64-bit polynomial hash."""
        space = enc.space
        starts = np.flatnonzero(~space[1:] & space[:-1]) + 1
        ends = np.flatnonzero(~space[:-1] & space[1:]) + 1
        return starts, ends, enc.rows[starts], self._span_hash(enc, starts, ends)

    def _piece_ids(self, enc: _Codes, words: _Words) -> tuple[np.ndarray, np.ndarray]:
        """(row, piece id) of every piece of every known word, in word order."""
        pv = self.pieces
        assert pv is not None
        _, _, word_rows, word_hash = words
        if pv.word_hash.size == 0:
            return _EMPTY_I, _EMPTY_I
        pos = self._lookup(word_hash)
        known = pos < pv.word_hash.size
        pos[~known] = 0
        lo = pv.offsets[pos]
        length = np.where(known, pv.offsets[pos + 1] - lo, 0)  # unknown words: none
        total = int(length.sum())
        if total == 0:
            return _EMPTY_I, _EMPTY_I
        first = np.cumsum(length) - length  # where each word's pieces start in the output
        ids = pv.ids[np.repeat(lo - first, length) + np.arange(total)].astype(np.int64)
        return np.repeat(word_rows, length), ids

    def _lookup(self, word_hash: np.ndarray) -> np.ndarray:
        """Index of each hash in ``pieces.word_hash``, or its size when absent (open addressing, linear probing)."""
        assert self.pieces is not None
        known = self.pieces.word_hash
        mask = np.uint64((1 << self._slot_bits) - 1)
        with np.errstate(over="ignore"):
            slot = (word_hash * _PAIR) >> np.uint64(64 - self._slot_bits)
        out = np.full(word_hash.size, known.size, dtype=np.int64)
        todo = np.arange(word_hash.size)
        for _ in range(self._max_probe + 1):
            cand = self._slots[slot.astype(np.int64)]
            hit = cand >= 0
            hit[hit] = known[cand[hit]] == word_hash[todo[hit]]
            out[todo[hit]] = cand[hit]
            more = (cand >= 0) & ~hit  # an occupied slot holding another word: probe the next one
            todo, slot = todo[more], (slot[more] + np.uint64(1)) & mask
            if todo.size == 0:
                break
        return out

    def _word_keys(self, enc: _Codes, kdt: type[np.unsignedinteger], words: _Words) -> np.ndarray:
        starts, _, word_rows, word_hash = words
        w = starts.size
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


def _slot_table(word_hash: np.ndarray) -> tuple[np.ndarray, int, int]:
    """Open-addressing table (load <= 1/4) of the vocabulary's word hashes: slot -> index, -1 when empty."""
    bits = max(4, int(4 * word_hash.size).bit_length())
    slots = np.full(1 << bits, -1, dtype=np.int32)
    with np.errstate(over="ignore"):
        home = ((word_hash * _PAIR) >> np.uint64(64 - bits)).astype(np.int64)
    mask = (1 << bits) - 1
    longest = 0
    for i, h in enumerate(home.tolist()):
        probe = 0
        while slots[(h + probe) & mask] >= 0:
            probe += 1
        slots[(h + probe) & mask] = i
        longest = max(longest, probe)
    return slots, bits, longest


def _word_string(enc: _Codes, start: int, end: int) -> str:
    return enc.codes[start:end].astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


def build_piece_vocab(featurizer: Featurizer, tokenizer: PieceTokenizer, texts: Sequence[str],
                      idf: np.ndarray, words: Sequence[str] = ()) -> PieceVocab:
    """The vocabulary arrays for every distinct word of ``texts`` and of ``words`` (training time), each word
    tokenised on its own (``▁word``, no special tokens); a word the featuriser would split is split the same way."""
    found: dict[int, str] = {}
    joined = [" ".join(words[i : i + 256]) for i in range(0, len(words), 256)]
    for chunk in (texts, joined):
        for i in range(0, len(chunk), 4096):
            h, ws = featurizer.word_hashes(chunk[i : i + 4096])
            found.update(zip(h.tolist(), ws, strict=True))
    keys = sorted(found)
    pieces: list[list[int]] = []
    for i in range(0, len(keys), 8192):
        batch = [found[k] for k in keys[i : i + 8192]]
        try:
            encodings = tokenizer.encode_batch(batch, add_special_tokens=False)
        except (TypeError, ValueError):  # lone surrogates cannot cross into Rust: replace them
            batch = [w.encode("utf-8", "replace").decode("utf-8") for w in batch]
            encodings = tokenizer.encode_batch(batch, add_special_tokens=False)
        pieces.extend(list(e.ids) for e in encodings)
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in pieces], out=offsets[1:])
    ids = np.fromiter((i for p in pieces for i in p), dtype=np.int32, count=int(offsets[-1]))
    return PieceVocab(np.array(keys, dtype=np.uint64), offsets, ids, idf.astype(np.float32))


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
