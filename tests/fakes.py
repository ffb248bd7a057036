"""A fake at a real seam: a ``worker.model.Model`` that scores by keyword, for unit tests that need no ONNX file."""

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

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        for i, text in enumerate(texts):
            if self.fail_on is not None and self.fail_on in text:
                raise RuntimeError("simulated inference failure")
            if "exterminer" in text:
                out[i] = (0.95, 0.9, 0.1)
            elif "haine" in text:
                out[i] = (0.6, 0.1, 0.7)
        return out
