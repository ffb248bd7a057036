"""Scoring: a batch of texts -> verdicts. normalise -> window -> one model run -> lexicons -> decide.

The worker, `vigie score`, `vigie eval` and the benchmarks all go through ``Scorer`` so they give the same verdicts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from worker.decide import Policy, decide
from worker.errors import ScoringError
from worker.lexicon import Lexicon
from worker.messages import ModelRef, Verdict
from worker.model import Model, load_bundle
from worker.normalize import Normalized, normalize_batch

log = logging.getLogger(__name__)

MAX_ROWS_PER_RUN = 2048  # bounds the memory of one model run when a huge post is split into many windows


@dataclass(frozen=True, slots=True)
class ScoringFailure:
    """A post that could not be scored even on its own (becomes a `scoring_error` dead letter)."""

    detail: str


def windows(text: str, size: int) -> list[str]:
    """Split a long text into overlapping windows of ``size`` characters (a quarter overlaps), so hate padded with
    filler lands whole in at least one window."""
    if len(text) <= size:
        return [text]
    stride = max(1, size - size // 4)
    return [text[i : i + size] for i in range(0, len(text) - size + stride, stride)]


class Scorer:
    """Build once (model session, lexicon automaton, policy), call per batch."""

    def __init__(self, model: Model, lexicon: Lexicon, policy: Policy) -> None:
        self.model = model
        self.lexicon = lexicon
        self.policy = policy
        self.labels = model.labels
        self.model_ref = ModelRef(model.name, model.version)
        self.on_inference: Callable[[float, int], None] | None = None  # (seconds, rows) hook for metrics

    @classmethod
    def from_bundle(
        cls,
        path: Path | str | None = None,
        *,
        lexicon_paths: Sequence[Path] = (),
        review: float | None = None,
        remove: float | None = None,
    ) -> Scorer:
        model = load_bundle(path)
        thresholds = model.thresholds
        policy = Policy(
            review=review if review is not None else float(thresholds["review"]),
            remove=remove if remove is not None else float(thresholds["remove"]),
            category_min=float(thresholds.get("category_min", 0.5)),
            hate_label=model.hate_label,
        )
        return cls(model, Lexicon.load(lexicon_paths), policy)

    def score(self, texts: Sequence[str]) -> list[Verdict]:
        """Score a batch; raises ScoringError if the model fails on it."""
        norms = normalize_batch(texts)
        probs = self._predict(norms)
        labels = self.labels
        verdicts = []
        for norm, row in zip(norms, probs.tolist(), strict=True):
            scores = dict(zip(labels, row, strict=True))
            verdicts.append(decide(scores, norm, self.lexicon.match(norm), self.policy))
        return verdicts

    def score_resilient(self, texts: Sequence[str]) -> list[Verdict | ScoringFailure]:
        """Score a batch; if inference fails, retry post by post so one bad post cannot sink its batch."""
        try:
            return list(self.score(texts))
        except ScoringError as exc:
            log.warning("inference failed on a batch of %d posts (%s); retrying one by one", len(texts), exc)
        out: list[Verdict | ScoringFailure] = []
        for text in texts:
            try:
                out.append(self.score([text])[0])
            except ScoringError as exc:
                out.append(ScoringFailure(str(exc)))
        return out

    def _predict(self, norms: Sequence[Normalized]) -> np.ndarray:
        size = self.model.max_chars
        texts = [n.text for n in norms]
        if all(len(t) <= size for t in texts):
            return self._run(texts)
        flat: list[str] = []
        starts: list[int] = []
        for text in texts:
            starts.append(len(flat))
            flat.extend(windows(text, size))
        window_probs = self._run(flat)
        return np.maximum.reduceat(window_probs, np.asarray(starts, dtype=np.intp), axis=0)

    def _run(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        parts = []
        for i in range(0, len(texts), MAX_ROWS_PER_RUN):
            chunk = texts[i : i + MAX_ROWS_PER_RUN]
            started = time.perf_counter()
            try:
                parts.append(self.model.predict(chunk))
            except Exception as exc:  # onnxruntime raises plain exceptions; classify them here, once
                raise ScoringError(f"inference failed: {type(exc).__name__}: {exc}") from exc
            if self.on_inference is not None:
                self.on_inference(time.perf_counter() - started, len(chunk))
        return parts[0] if len(parts) == 1 else np.concatenate(parts)
