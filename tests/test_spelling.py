"""Misspelt key words put back before the models read a post (worker/pipeline/spelling.py)."""

from __future__ import annotations

import pytest

from worker.pipeline.lexicon import Entry, Lexicon
from worker.pipeline.normalize import normalize
from worker.pipeline.spelling import KeyWords


@pytest.fixture(scope="module")
def key_words() -> KeyWords:
    return KeyWords(Lexicon.load().entries)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("les jiufs contrôlent tout", "les juifs contrôlent tout"),  # two letters swapped
        ("Ces IMMIGRS dehors", "ces immigrés dehors"),  # a letter left out; the lists' accents written back
        ("ma voisine est musulmnae et adorable", "ma voisine est musulmane et adorable"),  # benign posts too
        ("les musulmanes", "les musulmanes"),  # spelt right
        ("quelle traîne, les arbres du parc", "quelle traîne, les arbres du parc"),  # French words stay
        ("les rats", "les rats"),  # key words under five letters are never targets
    ],
)
def test_a_misspelt_key_word_is_read_as_the_key_word(key_words: KeyWords, text: str, read: str) -> None:
    assert key_words.correct(normalize(text).text) == read


def test_a_misspelling_of_two_key_words_is_left_alone() -> None:
    entries = [Entry("origin", "zorbak", "term", exact=True), Entry("origin", "zorbek", "term", exact=True)]
    assert KeyWords(entries).correct("des zorbk") == "des zorbk"  # one letter from both: no choice made
    assert KeyWords(entries).correct("des zorak") == "des zorbak"  # from one only


def test_the_models_read_the_corrected_text_and_the_verdict_keeps_the_normalised_one() -> None:
    from worker.pipeline.scoring import Scorer

    scorer = Scorer.from_bundle()
    right, wrong = scorer.score(["les juifs sont des rats", "les jiufs sont des rats"])
    assert wrong.scores["hate"] == pytest.approx(right.scores["hate"], abs=1e-6)
    assert wrong.normalized == "les jiufs sont des rats"
