"""Scoring: a batch of texts -> verdicts. normalise -> window -> one model run -> lexicons -> decide.

The worker, `vigie score`, `vigie eval` and the benchmarks all go through ``Scorer`` so they give the same verdicts.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from worker.ops.errors import ScoringError
from worker.ops.settings import Settings
from worker.pipeline.cascade import (
    ENCODER_TIER,
    FAST_TIER,
    Band,
    ScoreCache,
    combine,
    escalate_mask,
    term_mask,
)
from worker.pipeline.decide import Policy, decide
from worker.pipeline.lexicon import Lexicon, Match
from worker.pipeline.messages import ModelRef, Reason, Verdict
from worker.pipeline.model import Model, default_encoder_path, load_bundle
from worker.pipeline.normalize import Normalized, normalize_batch
from worker.pipeline.routing import Routing, unread
from worker.pipeline.spelling import KeyWords

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


_SENTENCE_END = re.compile(r"(?<=[.!?…;\n])\s+")


ENCODER_VIEW_SEGMENTS = 2  # a long post's worst fast-scored segments that the encoder re-reads
ENCODER_VIEW_WORDS = 16  # ... each also as windows of this many words (half overlapping)


def encoder_views(parts: Sequence[str], hate: np.ndarray) -> list[str]:
    """What the encoder reads of a long post: its ``ENCODER_VIEW_SEGMENTS`` worst segments by the fast score, and each
    of them again as short word windows. The encoder pools over every token, so neutral filler around one hateful
    sentence in the same segment (a sentence cut mid-way by the filler, no full stop between) can dilute it below
    its threshold; a short window around the sentence cannot be diluted that way."""
    views: list[str] = []
    for i in np.argsort(-np.asarray(hate), kind="stable")[:ENCODER_VIEW_SEGMENTS].tolist():
        views.append(parts[i])
        words = parts[i].split()
        if len(words) > ENCODER_VIEW_WORDS:
            step = ENCODER_VIEW_WORDS // 2
            views += [" ".join(words[j : j + ENCODER_VIEW_WORDS]) for j in range(0, len(words) - step, step)]
    return list(dict.fromkeys(views))


def _amend(v: Verdict, normalized: str, lang: str | None = None, lang_confidence: float | None = None) -> Verdict:
    """``v`` with the text it was made on and, when given, the post's language: ``dataclasses.replace`` costs ~5 us a
    call, twice a post on the hot path; the constructor a fifth of that."""
    if lang is None:
        lang, lang_confidence = v.lang, v.lang_confidence
    return Verdict(v.decision, v.scores, v.categories, v.reasons, v.tier, lang, lang_confidence, normalized)


def segments(text: str, size: int) -> list[str]:
    """What a long text is scored on: its overlapping windows, plus each sentence on its own (windowed if longer
    than ``size``). A window is mostly filler when one hateful sentence sits in a long neutral text, which dilutes
    the sentence's features; the sentence alone is not diluted. The worst segment counts."""
    if len(text) <= size:
        return [text]
    parts = windows(text, size)
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if len(sentence) >= 8:
            parts.extend(windows(sentence, size))
    return parts


def scorer_from_settings(settings: Settings) -> Scorer:
    """The scorer the worker uses; `vigie score`, `vigie eval` and the benchmarks build the same one from their
    settings (overrides included), so all give the same verdicts."""
    return Scorer.from_bundle(
        settings.model,
        lexicon_paths=settings.lexicons,
        review=settings.review_threshold,
        remove=settings.remove_threshold,
        encoder_path=encoder_path(settings.encoder_model),
        band=Band(*settings.cascade_band) if settings.cascade_band else None,
        routing=routing_from_settings(settings),
        encoder_threads=settings.encoder_threads,
    )


def routing_from_settings(settings: Settings) -> Routing:
    """VIGIE_LANGUAGES and VIGIE_UNSUPPORTED as a ``Routing`` (raises ConfigError on a code fastText does not know)."""
    return Routing(frozenset(settings.languages), judge_all=settings.unsupported == "judge")


def encoder_path(setting: str) -> Path | None:
    """The encoder bundle that VIGIE_ENCODER_MODEL names: None for fast-only ("off"), the committed bundle for
    "auto" (None when it is absent), else the path given."""
    value = setting.strip()
    if value.lower() in ("off", "none", ""):
        return None
    if value.lower() == "auto":
        path = default_encoder_path()
        if (path / "manifest.json").is_file():
            return path
        log.warning("VIGIE_ENCODER_MODEL=auto but no encoder bundle at %s: the fast tier decides alone "
                    "(set VIGIE_ENCODER_MODEL to the bundle's path, or to off to silence this)", path)
        return None
    return Path(value)


def policy_for(model: Model, review: float | None = None, remove: float | None = None) -> Policy:
    """The decision policy of a bundle: its thresholds (per category too), unless overridden."""
    return Policy.from_thresholds(model.thresholds, model.hate_label, review=review, remove=remove)


@dataclass(frozen=True, slots=True)
class Encoder:
    """The optional second tier of the cascade: a stronger, slower model for the posts the fast one is unsure of."""

    model: Model
    policy: Policy
    band: Band = Band()
    batch_size: int = 32
    cache: ScoreCache = field(default_factory=ScoreCache)  # scores of recently seen texts: raids repeat them


class Scorer:
    """Build once (model sessions, lexicon automaton, policy), call per batch."""

    def __init__(self, model: Model, lexicon: Lexicon, policy: Policy, encoder: Encoder | None = None,
                 routing: Routing | None = None) -> None:
        self.model = model
        self.routing = routing  # None: every post judged, no language identified (lang absent from verdicts)
        self.lexicon = lexicon
        self.key_words = KeyWords(lexicon.entries)  # misspelt key words put back in what the models read
        self.policy = policy
        self.encoder = encoder
        self.labels = model.labels
        self.model_ref = ModelRef(model.name, model.version)
        self._hate_column = model.labels.index(model.hate_label)
        # (tier, seconds, rows) after each model run, and (escalated posts) after each batch: hooks for metrics
        self.on_inference: Callable[[str, float, int], None] | None = None
        self.on_escalated: Callable[[int], None] | None = None

    @classmethod
    def from_bundle(
        cls,
        path: Path | str | None = None,
        *,
        lexicon_paths: Sequence[Path] = (),
        review: float | None = None,
        remove: float | None = None,
        encoder_path: Path | str | None = None,
        band: Band | None = None,
        routing: Routing | None = None,
        encoder_threads: int = 1,
    ) -> Scorer:
        """The fast model at ``path`` (default: the committed bundle), plus the encoder tier if ``encoder_path``."""
        model = load_bundle(path)
        encoder = None
        if encoder_path is not None:
            enc_model = load_bundle(encoder_path, threads=encoder_threads)
            encoder = Encoder(enc_model, policy_for(enc_model), band or Band())
        return cls(model, Lexicon.load(lexicon_paths), policy_for(model, review, remove), encoder, routing)

    def describe(self) -> str:
        """Which tiers run, for logs and reports: « fast NAME VERSION » or « cascade: fast … + encoder … [band] »."""
        fast = f"fast {self.model.name} {self.model.version}"
        if self.encoder is None:
            return f"{fast} only"
        band = self.encoder.band
        return (f"cascade: {fast} + encoder {self.encoder.model.name} {self.encoder.model.version} "
                f"on fast scores in [{band.low:.2f}, {band.high:.2f}) or slur/dehumanising/hostility/threat terms")

    def score(self, texts: Sequence[str], hints: Sequence[str | None] | None = None) -> list[Verdict]:
        """Score a batch (``hints``: the posts' ``lang`` fields); raises ScoringError if a model fails on it. With
        routing, posts in a language not judged skip the model (``routing.unread``)."""
        return self._route(normalize_batch(texts), texts, hints)

    def _route(self, norms: Sequence[Normalized], texts: Sequence[str],
               hints: Sequence[str | None] | None) -> list[Verdict]:
        """The verdicts of a batch: judged by the model, or unread when routing sends the post's language away."""
        if self.routing is None:
            return [_amend(v, n.text) for v, n in zip(self._judge(norms, texts), norms, strict=True)]
        langs, judged = self.routing.split(norms, hints if hints is not None else [None] * len(norms))
        picked = [i for i, ok in enumerate(judged) if ok]
        if len(picked) == len(norms):
            scored = self._judge(norms, texts)
        else:
            scored = self._judge([norms[i] for i in picked], [texts[i] for i in picked]) if picked else []
        verdicts: list[Verdict] = []
        judged_verdicts = iter(scored)
        for norm, lang, ok in zip(norms, langs, judged, strict=True):
            if ok:
                verdicts.append(_amend(next(judged_verdicts), norm.text, lang.code, lang.confidence))
            else:
                verdicts.append(_amend(unread(norm, self.lexicon.match(norm), lang, self.routing.languages), norm.text))
        return verdicts

    def _judge(self, norms: Sequence[Normalized], texts: Sequence[str]) -> list[Verdict]:
        """The model's verdicts (fast tier, then the encoder's second opinion when configured)."""
        probs, views = self._predict(norms, texts)
        matches = [self.lexicon.match(norm) for norm in norms]
        labels = self.labels
        if self.encoder is None:
            return [
                decide(dict(zip(labels, row, strict=True)), norm, found, self.policy)
                for norm, row, found in zip(norms, probs.tolist(), matches, strict=True)
            ]
        return self._cascade(norms, probs, views, matches)

    def _cascade(
        self, norms: Sequence[Normalized], probs: np.ndarray, views: list[list[str]], matches: list[list[Match]]
    ) -> list[Verdict]:
        """Escalate uncertain or term-matching posts to the encoder; it decides those, with its own thresholds."""
        encoder = self.encoder
        assert encoder is not None
        fast = probs[:, self._hate_column]
        escalated = escalate_mask(fast, term_mask(matches), encoder.band)
        second = np.full(len(norms), np.nan, dtype=np.float32)
        if escalated.any():
            column = encoder.model.labels.index(encoder.model.hate_label)
            # One row per view; a post's second opinion is its worst view (one view unless the post is long).
            flat = [v for post_views in views for v in post_views]
            owner = np.repeat(np.arange(len(views)), [len(v) for v in views])
            per_view = encoder.cache.second_opinion(self._timed(encoder.model, ENCODER_TIER), flat,
                                                    escalated[owner], column=column, batch_size=encoder.batch_size)
            np.fmax.at(second, owner, per_view)
            if self.on_escalated is not None:
                self.on_escalated(int(escalated.sum()))
        final = combine(fast, second, escalated)
        verdicts = []
        for i, (norm, row) in enumerate(zip(norms, probs.tolist(), strict=True)):
            scores = dict(zip(self.labels, row, strict=True))
            if escalated[i]:
                scores[self.policy.hate_label] = float(final[i])
                verdict = decide(scores, norm, matches[i], encoder.policy)
                note = Reason("tier", f"decided by the encoder (fast score {fast[i]:.2f}, encoder {second[i]:.2f})",
                              label=ENCODER_TIER, score=float(second[i]))
                verdicts.append(replace(verdict, tier=ENCODER_TIER, reasons=(*verdict.reasons, note)))
            else:
                verdict = decide(scores, norm, matches[i], self.policy)
                verdicts.append(verdict if verdict.tier == FAST_TIER else replace(verdict, tier=FAST_TIER))
        return verdicts

    def score_resilient(
        self, texts: Sequence[str], hints: Sequence[str | None] | None = None
    ) -> list[Verdict | ScoringFailure]:
        """Score a batch; if inference fails, retry post by post so one bad post cannot sink its batch."""
        try:
            return list(self.score(texts, hints))
        except ScoringError as exc:
            log.warning("inference failed on a batch of %d posts (%s); retrying one by one", len(texts), exc)
        out: list[Verdict | ScoringFailure] = []
        for i, text in enumerate(texts):
            try:
                out.append(self.score([text], None if hints is None else [hints[i]])[0])
            except ScoringError as exc:
                out.append(ScoringFailure(str(exc)))
        return out

    def _predict(self, norms: Sequence[Normalized], originals: Sequence[str]) -> tuple[np.ndarray, list[list[str]]]:
        """Fast-model probabilities per post (the worst window of a long post counts), and what the encoder tier
        re-scores: the post itself, or for a long post its ``encoder_views`` (its worst segments, cut smaller)."""
        size = self.model.max_chars
        correct = self.key_words.correct
        texts = [correct(n.text) for n in norms] if self.model.normalized_input else list(originals)
        run = self._timed(self.model, FAST_TIER)
        if all(len(t) <= size for t in texts):
            return self._run(run, texts), [[t] for t in texts]
        flat: list[str] = []
        starts: list[int] = []
        for text in texts:
            starts.append(len(flat))
            flat.extend(segments(text, size))
        window_probs = self._run(run, flat)
        offsets = np.asarray(starts, dtype=np.intp)
        hate = window_probs[:, self._hate_column]
        ends = [*starts[1:], len(flat)]
        if self.encoder is None:  # nothing re-reads them: the fast tier alone
            views: list[list[str]] = [[] for _ in starts]
        else:
            views = [encoder_views(flat[a:b], hate[a:b]) for a, b in zip(starts, ends, strict=True)]
        return np.maximum.reduceat(window_probs, offsets, axis=0), views

    def _timed(self, model: Model, tier: str) -> Callable[[Sequence[str]], np.ndarray]:
        def run(texts: Sequence[str]) -> np.ndarray:
            started = time.perf_counter()
            try:
                out = model.predict(texts)
            except Exception as exc:  # onnxruntime raises plain exceptions; classify them here, once
                raise ScoringError(f"{tier} inference failed: {type(exc).__name__}: {exc}") from exc
            if self.on_inference is not None:
                self.on_inference(tier, time.perf_counter() - started, len(texts))
            return out

        return run

    def _run(self, run: Callable[[Sequence[str]], np.ndarray], texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        parts = [run(texts[i : i + MAX_ROWS_PER_RUN]) for i in range(0, len(texts), MAX_ROWS_PER_RUN)]
        return parts[0] if len(parts) == 1 else np.concatenate(parts)
