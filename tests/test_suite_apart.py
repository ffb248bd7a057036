"""The functional suite's evaluation sets share no sentence and no template with anything trained on.

``models/suite/check_apart.py`` is the lead's check; this runs it in ``make test`` so that a training batch that
copies an evaluation sentence (or a template with another group name) fails CI instead of inflating the numbers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "models" / "suite"


def _check_apart():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_apart", SUITE / "check_apart.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _training_side(module) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [t for path in module.TRAIN_FILES for t in module.read_texts(path)]
    sys.path.insert(0, str(SUITE))
    try:
        from train_third import CONTEXTS
    finally:
        sys.path.remove(str(SUITE))
    return texts + list(CONTEXTS)


@pytest.mark.parametrize("name", ["eval.csv", "eval_second.csv", "eval_third.csv", "eval_facts.csv",
                                  "eval_opinions.csv"])
def test_evaluation_sets_share_nothing_with_the_training_side(name: str) -> None:
    module = _check_apart()
    path = SUITE / name
    found = module.report(_training_side(module), module.read_texts(path))
    assert found["sentences"] == [], found["sentences"][:3]
    assert found["templates"] == [], found["templates"][:3]


def test_the_check_finds_a_copied_sentence_and_a_template_with_another_group() -> None:
    module = _check_apart()
    train = ["Les juifs sont des rats, il faut les chasser.", "Il pleut sur Lyon ce matin."]
    found = module.report(train, ["les juifs sont des rats il faut les chasser", "Les Roms sont des rats, il faut les chasser !",
                                  "Ma voisine arrose ses tomates."])
    assert len(found["sentences"]) == 1
    assert len(found["templates"]) == 1


def test_an_overlap_is_shown_by_the_training_row_it_repeats() -> None:
    """Batch writers see their own row, never the evaluation text."""
    module = _check_apart()
    train = ["Il pleut sur Lyon ce matin.", "Les juifs sont des rats, il faut les chasser."]
    assert module.counterpart("templates", "Les Roms sont des rats, il faut les chasser !", train) == train[1]
    assert module.counterpart("sentences", "il pleut sur lyon ce matin", train) == train[0]
    assert module.counterpart("templates", "Ma voisine arrose ses tomates.", train) == "?"
