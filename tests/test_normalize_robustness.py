"""The benchmark's disguises, undone: a disguised sentence normalises to what the sentence normalises to."""

from __future__ import annotations

import random

import pytest

from worker.pipeline.messages import Verdict
from worker.pipeline.normalize import normalize
from worker.tools.bench.robustness import TRANSFORMS, evaluate

SENTENCES = [
    "Ces sales arabes doivent rentrer chez eux",
    "Tous les musulmans sont des terroristes",
    "Les femmes ne savent pas conduire, retourne à la cuisine",
    "Encore un pédé qui se plaint, quelle tristesse",
    "Le grand remplacement est en marche dans nos villes",
]


MISSPELLINGS = ("deleted", "swapped")  # letters lost or moved: no normaliser can undo them (the term lists' rule 5 and
# the models' spelling-noised training rows read them instead)


@pytest.mark.parametrize(("name", "transform"), [t for t in TRANSFORMS if t[0] not in ("combo", *MISSPELLINGS)])
def test_each_disguise_is_undone(name: str, transform: object) -> None:
    assert callable(transform)
    rng = random.Random(f"test:{name}")
    for sentence in SENTENCES:
        disguised = transform(sentence, rng)
        assert disguised != sentence or name == "case_noise"
        assert normalize(disguised).text == normalize(sentence).text, (name, disguised)


def test_combined_disguises_mostly_undone() -> None:
    transform = dict(TRANSFORMS)["combo"]
    rng = random.Random("test:combo")
    same = sum(normalize(transform(s, rng)).text == normalize(s).text for s in SENTENCES * 4)
    assert same >= 16  # of 20: stretched letters inside a double-letter word can stay ambiguous


def test_evaluate_counts_kept_flags_and_false_positives() -> None:
    def score(texts: object) -> list[Verdict]:  # a stand-in scorer: flags what mentions « arabe »
        assert isinstance(texts, list)
        return [Verdict("review" if "arabe" in normalize(t).text else "allow", {}) for t in texts]

    result = evaluate(score, [("sale arabe", 1), ("bonjour", 0), ("il fait beau", 0)])
    assert result["flagged_posts"] == 1 and result["benign_posts"] == 2
    rows = {r["transform"]: r for r in result["rows"]}
    assert rows["none"]["kept_share"] == 1.0
    assert rows["homoglyphs"]["kept_share"] == 1.0 and rows["homoglyphs"]["benign_fpr"] == 0.0
    assert result["meets_targets"] == all(r["meets"] for r in result["rows"])


@pytest.mark.parametrize("name", MISSPELLINGS)
def test_misspelling_transforms_change_each_long_word_by_one_letter(name: str) -> None:
    transform = dict(TRANSFORMS)[name]
    rng = random.Random(f"test:{name}")
    for sentence in SENTENCES:
        disguised = transform(sentence, rng)
        pairs = [(b.strip(",."), a.strip(",.")) for b, a in zip(sentence.split(), disguised.split(), strict=True)]
        for before, after in pairs:
            if len(before) >= 4 and before.isalpha():
                assert before[0] == after[0] and before != after or len(set(before[1:])) == 1, (before, after)
                assert len(after) == len(before) - (name == "deleted")
                assert sorted(after) == sorted(before) or name == "deleted"
            else:
                assert before == after
