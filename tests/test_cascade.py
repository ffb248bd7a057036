"""Cascade routing: which posts get the encoder's second opinion, in what batches, and the final score."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from worker.pipeline.cascade import (
    ENCODER_TIER,
    FAST_TIER,
    Band,
    combine,
    escalate_mask,
    length_sorted_batches,
    second_opinion,
    term_mask,
    tiers,
)
from worker.pipeline.lexicon import Lexicon, Match
from worker.pipeline.normalize import normalize


def test_band_is_half_open_and_term_matches_always_escalate() -> None:
    hate = np.array([0.0, 0.29, 0.3, 0.5, 0.69, 0.7, 1.0, 0.05], dtype=np.float32)
    matched = np.array([False] * 7 + [True])
    got = escalate_mask(hate, matched, Band(0.3, 0.7))
    assert got.dtype == np.bool_
    assert got.tolist() == [False, False, True, True, True, False, False, True]


def test_empty_band_escalates_only_matches() -> None:
    hate = np.linspace(0, 1, 11)
    matched = np.zeros(11, dtype=bool)
    matched[3] = True
    band = Band(0.5, 0.5)
    assert band.empty
    assert np.flatnonzero(escalate_mask(hate, matched, band)).tolist() == [3]


def test_full_band_escalates_everything_below_one() -> None:
    hate = np.array([0.0, 0.5, 0.999, 1.0])
    assert escalate_mask(hate, np.zeros(4, dtype=bool), Band(0.0, 1.0)).tolist() == [True, True, True, False]


@pytest.mark.parametrize(("low", "high"), [(0.6, 0.4), (-0.1, 0.5), (0.2, 1.5)])
def test_band_rejects_nonsense(low: float, high: float) -> None:
    with pytest.raises(ValueError, match="band"):
        Band(low, high)


def test_default_band_is_inside_the_unit_interval() -> None:
    band = Band()
    assert 0.0 < band.low < band.high < 1.0


def test_length_sorted_batches_cover_the_index_once_in_length_order() -> None:
    texts = ["a" * n for n in (50, 3, 20, 7, 1, 33, 12)]
    index = np.array([0, 2, 3, 5, 6])
    batches = length_sorted_batches(texts, index, 2)
    assert [len(b) for b in batches] == [2, 2, 1]
    flat = np.concatenate(batches)
    assert sorted(flat.tolist()) == index.tolist()
    assert [len(texts[i]) for i in flat] == [7, 12, 20, 33, 50]
    with pytest.raises(ValueError):
        length_sorted_batches(texts, index, 0)


class CountingEncoder:
    """A stand-in for the encoder ``Model.predict``: hate = 1 if the text says 'hate', with a second label."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        hate = np.array([1.0 if "hate" in t else 0.0 for t in texts], dtype=np.float32)
        return np.stack([np.full(len(texts), 0.5, dtype=np.float32), hate], axis=1)


def test_second_opinion_runs_only_escalated_posts_in_sorted_batches() -> None:
    texts = ["hate hate hate", "ok", "fine text here", "hate", "x", "long hate text here ..."]
    escalated = np.array([True, False, True, True, False, True])
    encoder = CountingEncoder()
    got = second_opinion(encoder, texts, escalated, column=1, batch_size=2)
    assert encoder.calls == [["hate", "hate hate hate"], ["fine text here", "long hate text here ..."]]
    assert np.isnan(got[[1, 4]]).all()
    assert got[[0, 2, 3, 5]].tolist() == [1.0, 0.0, 1.0, 1.0]


def test_second_opinion_with_nothing_escalated_never_calls_the_encoder() -> None:
    encoder = CountingEncoder()
    got = second_opinion(encoder, ["a", "b"], np.zeros(2, dtype=bool))
    assert encoder.calls == []
    assert np.isnan(got).all()


def test_combine_lets_the_encoder_decide_escalated_posts() -> None:
    fast = np.array([0.1, 0.5, 0.9], dtype=np.float32)
    second = np.array([np.nan, 0.95, np.nan], dtype=np.float32)
    escalated = np.array([False, True, False])
    assert combine(fast, second, escalated).tolist() == pytest.approx([0.1, 0.95, 0.9])
    assert combine(fast, second, escalated, weight=0.5).tolist() == pytest.approx([0.1, 0.725, 0.9])
    assert combine(fast, second, escalated, weight=0.0).tolist() == pytest.approx([0.1, 0.5, 0.9])


def test_combine_refuses_a_missing_second_opinion_and_bad_weights() -> None:
    fast = np.array([0.4, 0.6], dtype=np.float32)
    with pytest.raises(ValueError, match="second opinion"):
        combine(fast, np.array([np.nan, 0.2]), np.array([True, True]))
    with pytest.raises(ValueError, match="weight"):
        combine(fast, np.array([0.1, 0.2]), np.array([True, True]), weight=1.5)


def test_tiers_name_the_deciding_model() -> None:
    assert tiers(np.array([True, False])) == [ENCODER_TIER, FAST_TIER]


def test_term_mask_escalates_slurs_not_neutral_group_names() -> None:
    def m(severity: str) -> Match:
        return Match("origin", "x", 0, 1, severity)

    posts = [[], [m("term")], [m("term"), m("slur")], [m("threat")], [m("insult")]]
    assert term_mask(posts).tolist() == [False, False, True, True, False]
    assert term_mask(posts, {"insult", "term"}).tolist() == [False, True, True, False, True]


def test_term_mask_on_the_builtin_lists() -> None:
    lexicon = Lexicon.load()
    texts = ["sale bougnoule", "les arabes du quartier font la fête", "belle journée"]
    assert term_mask(lexicon.match(normalize(t)) for t in texts).tolist() == [True, False, False]


class _RecordingEncoder:
    """A second tier that records what it was asked to score (a fake at the model seam, not a mock of Kafka)."""

    name, version, labels, hate_label = "recording", "0", ("hate",), "hate"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.full((len(texts), 1), 0.9, dtype=np.float32)


def test_the_worker_scorer_escalates_slurs_but_not_a_neutral_group_mention() -> None:
    """One rule in one place: a neutral group name (severity « term ») alone does not reach the encoder."""
    from worker.pipeline.decide import Policy
    from worker.pipeline.model import load_bundle
    from worker.pipeline.scoring import Encoder, Scorer, policy_for

    fast = load_bundle()
    recorder = _RecordingEncoder()
    encoder = Encoder(recorder, Policy.from_thresholds({"review": 0.5, "remove": 0.95}, "hate"),  # type: ignore[arg-type]
                      Band(0.0, 0.0))  # empty band: only term matches can escalate
    scorer = Scorer(fast, Lexicon.load(), policy_for(fast), encoder)
    neutral = "ma voisine est musulmane et adorable"
    assert any(m.severity == "term" for m in scorer.lexicon.match(normalize(neutral))), "precondition: a group term"
    verdicts = scorer.score([neutral, "sale bougnoule"])
    assert recorder.seen == ["sale bougnoule"]
    assert [v.tier for v in verdicts] == [FAST_TIER, ENCODER_TIER]


def test_score_cache_runs_the_encoder_once_per_text_and_stays_bounded() -> None:
    from worker.pipeline.cascade import ScoreCache

    calls: list[list[str]] = []

    def encoder(batch: Sequence[str]) -> np.ndarray:
        calls.append(list(batch))
        return np.array([[len(t) / 100.0] for t in batch], dtype=np.float32)

    cache = ScoreCache(size=2)
    texts = ["raid texte", "raid texte", "autre", "raid texte"]
    escalated = np.array([True, True, True, False])
    got = cache.second_opinion(encoder, texts, escalated)
    # one encoder row per distinct text, even within a batch
    assert got[:3].tolist() == pytest.approx([0.10, 0.10, 0.05]) and np.isnan(got[3])
    assert sorted(t for batch in calls for t in batch) == ["autre", "raid texte"]
    calls.clear()
    again = cache.second_opinion(encoder, ["raid texte", "autre"], np.array([True, True]))
    assert calls == [] and cache.hits == 2 and again.tolist() == pytest.approx([0.10, 0.05])
    cache.second_opinion(encoder, ["troisième"], np.array([True]))
    assert len(cache) == 2  # bounded: the least recently used text went
    cache.second_opinion(encoder, ["raid texte"], np.array([True]))
    assert calls == [["troisième"], ["raid texte"]]


def test_a_long_posts_encoder_views_are_its_worst_segments_and_short_windows_of_them() -> None:
    from worker.pipeline.scoring import ENCODER_VIEW_WORDS, encoder_views

    filler = " ".join(f"mot{i}" for i in range(40))
    parts = ["rien", filler + " les X sont des parasites", "autre chose", filler]
    views = encoder_views(parts, np.array([0.1, 0.9, 0.2, 0.5]))
    assert views[0] == parts[1]  # the worst segment itself first
    assert parts[3] in views and "rien" not in views and "autre chose" not in views  # the two worst only
    windows = [v for v in views if v not in parts]
    assert windows and all(len(w.split()) <= ENCODER_VIEW_WORDS for w in windows)
    assert any(w.endswith("les X sont des parasites") for w in windows)  # the hateful tail, without the filler
    assert encoder_views(["court"], np.array([0.4])) == ["court"]
