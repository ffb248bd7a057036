"""Routing by language in ``moderate``: judged languages go to the model, others get ``unsupported`` from the term
lists alone (a listed slur still flags them), and the batch's messages go to the flag, decision and unsupported
topics. The identifier is the real one (fastText); the model is the keyword fake, which records what it read."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import orjson
import pytest
from fakes import KeywordModel

from worker.ops.errors import ConfigError
from worker.pipeline.decide import Policy
from worker.pipeline.lexicon import Lexicon
from worker.pipeline.messages import DeadLetter
from worker.pipeline.moderate import Judged, Record, moderate
from worker.pipeline.routing import Routing
from worker.pipeline.scoring import Scorer
from worker.stream.batch import Topics, process_batch

FRENCH = "Les migrants sont des parasites, il faut les exterminer tous."
FRENCH_CALM = "J'ai passé une super soirée avec mes amis hier soir au restaurant."
ENGLISH = "I had a great time at the beach with my family today, the weather was lovely."
ENGLISH_SLUR = "Go back to Africa you filthy negro, nobody wants you here."
ARABIC = "أنا سعيد جدا اليوم لأن الطقس جميل والعائلة كلها مجتمعة في البيت"
MIXED = "Ce mec en commentaire est un vrai motherfucker, bloqué direct, j'en peux plus de ces gens"
TOPICS = Topics("flags", "dead", "decisions", "unsupported")


def scorer(model: KeywordModel, *, judge_all: bool = False, languages: frozenset[str] = frozenset({"fr"})) -> Scorer:
    routing = Routing(languages, judge_all=judge_all)
    return Scorer(model, Lexicon.load(), Policy(review=0.5, remove=0.8, hate_label="hate"), routing=routing)


def records(*posts: dict[str, object]) -> list[Record]:
    return [Record("posts", 0, i, None, orjson.dumps(p)) for i, p in enumerate(posts)]


def judged_by_id(outcomes: list[Judged | DeadLetter]) -> dict[str, Judged]:
    return {o.post.id: o for o in outcomes if isinstance(o, Judged)}


def test_french_is_judged_other_languages_are_unsupported_and_never_reach_the_model() -> None:
    model = KeywordModel()
    outcomes = moderate(records({"id": "fr", "text": FRENCH}, {"id": "en", "text": ENGLISH},
                                {"id": "ar", "text": ARABIC}, {"id": "calm", "text": FRENCH_CALM}),
                        scorer(model), max_bytes=10_000)
    got = {k: (o.verdict.decision, o.verdict.lang, o.verdict.tier) for k, o in judged_by_id(outcomes).items()}
    assert got == {"fr": ("remove", "fr", "fast"), "en": ("unsupported", "en", "terms"),
                   "ar": ("unsupported", "ar", "terms"), "calm": ("allow", "fr", "fast")}
    assert model.seen and not [t for t in model.seen if "beach" in t or "weather" in t or "سعيد" in t]
    en = judged_by_id(outcomes)["en"].verdict
    assert en.scores == {} and en.lang_confidence is not None and en.lang_confidence > 0.9
    assert en.reasons[0].kind == "language" and "not judged" in en.reasons[0].message


def test_a_listed_slur_flags_an_unsupported_post_with_its_reasons() -> None:
    model = KeywordModel()
    verdict = judged_by_id(moderate(records({"id": "en", "text": ENGLISH_SLUR}), scorer(model), max_bytes=10_000))[
        "en"].verdict
    assert (verdict.decision, verdict.lang, verdict.tier, verdict.categories) == ("review", "en", "terms", ("origin",))
    kinds = [r.kind for r in verdict.reasons]
    assert kinds[:2] == ["language", "policy"] and "lexicon" in kinds
    assert any(r.term == "négro" and r.matched == "negro" for r in verdict.reasons)
    assert model.seen == []


def test_a_quoted_slur_in_an_unsupported_post_does_not_flag_it() -> None:
    text = 'He called me "negro" at work today and my manager did nothing about it, I am so tired.'
    verdict = judged_by_id(moderate(records({"id": "q", "text": text}), scorer(KeywordModel()), max_bytes=10_000))[
        "q"].verdict
    assert verdict.decision == "unsupported" and any(r.kind == "lexicon" for r in verdict.reasons)


def test_mixed_french_and_undetermined_posts_are_judged() -> None:
    model = KeywordModel()
    outcomes = moderate(records({"id": "mix", "text": MIXED}, {"id": "emoji", "text": "😡😡😡 🔥"},
                                {"id": "link", "text": "https://example.com/news/article"}),
                        scorer(model), max_bytes=10_000)
    got = {k: (o.verdict.lang, o.verdict.tier) for k, o in judged_by_id(outcomes).items()}
    assert got == {"mix": ("fr", "fast"), "emoji": ("und", "fast"), "link": ("und", "fast")}
    assert any("motherfucker" in t for t in model.seen) and any("😡" in t for t in model.seen)


@pytest.mark.parametrize("hint", ["english", "xx", "", "EN-us-extra-long", "en"])
def test_a_producer_s_lang_never_sends_a_clearly_french_post_away(hint: str) -> None:
    outcomes = moderate(records({"id": "1", "text": FRENCH, "lang": hint}), scorer(KeywordModel()), max_bytes=10_000)
    verdict = judged_by_id(outcomes)["1"].verdict
    assert (verdict.decision, verdict.lang) == ("remove", "fr")


def test_a_lang_that_is_not_a_string_is_dead_lettered() -> None:
    outcomes = moderate(records({"id": "1", "text": FRENCH, "lang": 33}), scorer(KeywordModel()), max_bytes=10_000)
    assert isinstance(outcomes[0], DeadLetter) and outcomes[0].reason == "wrong_type"


def test_judge_all_sends_every_language_to_the_model_and_still_says_which() -> None:
    model = KeywordModel()
    outcomes = moderate(records({"id": "en", "text": ENGLISH}), scorer(model, judge_all=True), max_bytes=10_000)
    verdict = judged_by_id(outcomes)["en"].verdict
    assert (verdict.decision, verdict.lang, verdict.tier) == ("allow", "en", "fast") and model.seen


def test_a_second_judged_language_goes_to_the_model() -> None:
    model = KeywordModel()
    outcomes = moderate(records({"id": "en", "text": ENGLISH}), scorer(model, languages=frozenset({"fr", "en"})),
                        max_bytes=10_000)
    assert judged_by_id(outcomes)["en"].verdict.decision == "allow" and model.seen


def test_a_language_the_identifier_does_not_know_stops_start_up() -> None:
    with pytest.raises(ConfigError, match="'zz' is not a language"):
        Routing(frozenset({"fr", "zz"}))


def _by_topic(topics: Topics) -> dict[str, list[dict[str, object]]]:
    posts = ({"id": "fr", "text": FRENCH}, {"id": "en", "text": ENGLISH}, {"id": "slur", "text": ENGLISH_SLUR},
             {"id": "calm", "text": FRENCH_CALM})
    result = process_batch(records(*posts), scorer(KeywordModel()), topics, max_bytes=10_000)
    out: dict[str, list[dict[str, object]]] = {}
    for o in result.outgoing:
        out.setdefault(o.topic, []).append(orjson.loads(o.value))
    assert result.langs == ["fr", "en", "en", "fr"] and result.unsupported == 2
    return out


def test_unsupported_posts_go_to_their_topic_and_flags_and_decisions_carry_lang() -> None:
    out = _by_topic(TOPICS)
    assert [(m["post_id"], m["decision"]) for m in out["flags"]] == [("fr", "remove"), ("slur", "review")]
    assert [(m["post_id"], m["decision"], m["lang"]) for m in out["decisions"]] == [
        ("fr", "remove", "fr"), ("en", "unsupported", "en"), ("slur", "review", "en"), ("calm", "allow", "fr")]
    assert [(m["post_id"], m["decision"], m["schema"]) for m in out["unsupported"]] == [
        ("en", "unsupported", "vigie.unsupported.v1"), ("slur", "review", "vigie.unsupported.v1")]
    assert all(isinstance(m["lang_confidence"], float) for topic in out.values() for m in topic)
    schemas = {name: jsonschema.Draft202012Validator(json.loads((Path(__file__).parent.parent / "schemas" /
                                                                 f"{name}.schema.json").read_text()))
               for name in ("flag", "decision", "unsupported")}
    for topic, name in (("flags", "flag"), ("decisions", "decision"), ("unsupported", "unsupported")):
        for message in out[topic]:
            schemas[name].validate(message)


def test_with_the_unsupported_topic_off_they_are_on_the_decisions_topic_only() -> None:
    out = _by_topic(Topics("flags", "dead", "decisions", None))
    assert set(out) == {"flags", "decisions"} and len(out["decisions"]) == 4


def test_the_identification_bench_reports_posts_per_second_per_core() -> None:
    from worker.tools.bench.language_speed import run, table

    result = run(n_posts=3000, repeats=1)
    assert result["posts"] == 3000 and result["source"] == "samples.csv" and 0 < float(result["judged_share"]) < 1
    assert float(result["posts_per_s"]) > 0
    assert result["meets_target"] == ("yes" if float(result["posts_per_s"]) >= 20_000 else "no")
    assert "language identification:" in table(result)


def test_vigie_score_lines_carry_lang_and_the_unsupported_decision() -> None:
    from worker.tools.offline import score_records

    batch = [(1, orjson.dumps({"id": "fr", "text": FRENCH})), (2, orjson.dumps({"id": "en", "text": ENGLISH}))]
    lines = score_records(batch, scorer(KeywordModel()), max_bytes=10_000)
    assert [(o["id"], o["decision"], o["lang"], o["tier"]) for o in lines] == [
        ("fr", "remove", "fr", "fast"), ("en", "unsupported", "en", "terms")]
