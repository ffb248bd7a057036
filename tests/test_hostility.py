"""Hostility stated outright (« je n'aime pas les juifs », « les noirs ne sont pas intelligents »): a term-list
severity that flags on its own (row 4), unless it is reported or refuted (« arrêtez de dire que … »)."""

from __future__ import annotations

import pytest

from worker.pipeline.decide import Policy, decide, split_quoted
from worker.pipeline.lexicon import ESCALATING, Lexicon
from worker.pipeline.normalize import normalize

POLICY = Policy(review=0.4, remove=0.8)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def live_hostility(lexicon: Lexicon, text: str) -> list[str]:
    norm = normalize(text)
    live, _ = split_quoted(norm, lexicon.match(norm))
    return [m.term for m in live if m.severity == "hostility"]


def test_hostility_is_an_escalating_severity() -> None:
    assert "hostility" in ESCALATING


@pytest.mark.parametrize(
    "text",
    [
        "Je n'aime pas les juifs",
        "j'aime pas les noirs",
        "je n'ai aucun respect pour les arabes",
        "les migrants ne sont pas les bienvenus ici",
        "Les noirs ne sont pas intelligents",
        "les femmes ne sont bonnes qu'à faire la cuisine",
        "les handicapés ne servent à rien",
        "les trans ne méritent pas le respect",
    ],
)
def test_hostility_stated_outright_flags_on_its_own(lexicon: Lexicon, text: str) -> None:
    assert live_hostility(lexicon, text)
    norm = normalize(text)
    v = decide({"hate": 0.01}, norm, lexicon.match(norm), POLICY)
    assert v.decision == "review"
    assert any(r.kind == "policy" and r.message.startswith("row 4") for r in v.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "arrêtez de dire que les noirs ne sont pas intelligents",
        "Ceux qui disent que les homos ne méritent aucun respect sont des idiots",
        "c'est faux de croire que les femmes ne valent rien",
        "« je n'aime pas les juifs », voilà ce qu'il a osé dire. Honteux.",
    ],
)
def test_hostility_reported_or_refuted_does_not_flag_on_its_own(lexicon: Lexicon, text: str) -> None:
    norm = normalize(text)
    assert any(m.severity == "hostility" for m in lexicon.match(norm))
    assert live_hostility(lexicon, text) == []
    assert decide({"hate": 0.01}, norm, lexicon.match(norm), POLICY).decision == "allow"


@pytest.mark.parametrize(
    "text",
    [
        "je n'aime pas qu'on insulte les juifs",
        "les migrants ne sont pas moins honnêtes que nous",
        "Je n'ai rien contre les homos",
        "je n'ai aucun problème avec les arabes",
    ],
)
def test_negated_hate_is_no_hostility(lexicon: Lexicon, text: str) -> None:
    assert live_hostility(lexicon, text) == []
