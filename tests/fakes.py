"""Fakes at real seams: a ``worker.pipeline.model.Model`` that scores by keyword, for unit tests that need no ONNX file; a
piece tokenizer for the featuriser's piece block."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class KeywordModel:
    name = "keyword-fake"
    version = "0"
    kind = "test-fake"
    labels = ("hate", "origin", "religion")
    hate_label = "hate"
    thresholds = {"review": 0.5, "remove": 0.8}
    max_chars = 64
    normalized_input = True

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.calls = 0
        self.seen: list[str] = []  # every text the model was asked to score

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.seen.extend(texts)
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        for i, text in enumerate(texts):
            if self.fail_on is not None and self.fail_on in text:
                raise RuntimeError("simulated inference failure")
            if "exterminer" in text:
                out[i] = (0.95, 0.9, 0.1)
            elif "haine" in text:
                out[i] = (0.6, 0.1, 0.7)
        return out


class ChunkTokenizer:
    """A fake at a real seam (``worker.pipeline.featurize.PieceTokenizer``) standing in for a SentencePiece tokenizer:
    ``▁word`` cut into chunks of 3 characters, ids from a table."""

    def __init__(self, n_pieces: int) -> None:
        self.n_pieces = n_pieces
        self.vocab: dict[str, int] = {}

    def piece_ids(self, word: str) -> list[int]:
        text = "▁" + word
        return [self.vocab.setdefault(text[i : i + 3], len(self.vocab) % self.n_pieces) for i in range(0, len(text), 3)]

    def encode_batch(self, inputs: list[str], add_special_tokens: bool = True) -> list[object]:
        assert add_special_tokens is False
        return [type("Encoding", (), {"ids": self.piece_ids(w)})() for w in inputs]
