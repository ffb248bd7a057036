from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from fakes import KeywordModel

from worker.pipeline.cascade import Band
from worker.pipeline.decide import Policy
from worker.pipeline.lexicon import Lexicon
from worker.pipeline.scoring import Encoder, Scorer


class EncoderFake(KeywordModel):
    name = "encoder-fake"
    labels = ("hate",)
    max_chars = 10_000

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.array([[0.97 if "haine" in t and "pas" not in t else 0.02] for t in texts], dtype=np.float32)


def cascade(band: Band) -> tuple[Scorer, EncoderFake]:
    enc = EncoderFake()
    policy = Policy(review=0.5, remove=0.8)
    scorer = Scorer(KeywordModel(), Lexicon.load(), policy, Encoder(enc, Policy(0.6, 0.9), band))
    return scorer, enc


def test_uncertain_posts_are_decided_by_the_encoder_with_its_thresholds() -> None:
    scorer, enc = cascade(Band(0.5, 0.9))
    tiers: list[int] = []
    scorer.on_escalated = tiers.append
    verdicts = scorer.score(["bonjour", "pas de haine ici", "de la haine", "il faut les exterminer"])
    assert [v.tier for v in verdicts] == ["fast", "encoder", "encoder", "fast"]
    assert [v.decision for v in verdicts] == ["allow", "allow", "remove", "remove"]
    assert enc.seen == ["pas de haine ici", "de la haine"] or sorted(enc.seen) == sorted(["pas de haine ici", "de la haine"])
    assert verdicts[2].scores["hate"] == np.float32(0.97)
    assert any(r.kind == "tier" for r in verdicts[1].reasons)
    assert tiers == [2]


def test_an_empty_band_escalates_nothing() -> None:
    scorer, enc = cascade(Band(0.5, 0.5))
    verdicts = scorer.score(["de la haine"])
    assert verdicts[0].tier == "fast" and verdicts[0].decision == "review" and enc.seen == []


def test_the_encoder_sees_the_worst_window_of_a_long_post() -> None:
    scorer, enc = cascade(Band(0.5, 0.9))
    text = "bla " * 500 + "de la haine " + "bla " * 500
    verdict = scorer.score([text])[0]
    assert verdict.tier == "encoder" and verdict.decision == "remove"
    assert len(enc.seen) == 1 and "haine" in enc.seen[0] and len(enc.seen[0]) <= KeywordModel.max_chars


def test_inference_hook_reports_each_tier() -> None:
    scorer, _ = cascade(Band(0.5, 0.9))
    seen: list[tuple[str, int]] = []
    scorer.on_inference = lambda tier, seconds, rows: seen.append((tier, rows))
    scorer.score(["de la haine", "bonjour"])
    assert seen == [("fast", 2), ("encoder", 1)]


def test_encoder_threads_reach_the_encoder_session_and_the_fast_model_keeps_one() -> None:
    from worker.ops.settings import Settings
    from worker.pipeline.scoring import scorer_from_settings

    scorer = scorer_from_settings(Settings.from_env({"VIGIE_ENCODER_MODEL": "auto", "VIGIE_ENCODER_THREADS": "3"}))
    assert scorer.encoder is not None
    assert scorer.encoder.model._session.get_session_options().intra_op_num_threads == 3  # type: ignore[attr-defined]
    assert scorer.model._session.get_session_options().intra_op_num_threads == 1  # type: ignore[attr-defined]


def test_a_verdict_carries_the_normalised_text_it_was_made_on() -> None:
    from worker.pipeline.normalize import normalize
    from worker.pipeline.scoring import Scorer

    texts = ["Les  J U I F S sont des r@ts", "Bonne journée à tous !"]
    verdicts = Scorer.from_bundle().score(texts)
    assert [v.normalized for v in verdicts] == [normalize(t).text for t in texts]
