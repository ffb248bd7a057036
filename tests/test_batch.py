from __future__ import annotations

import orjson
from fakes import KeywordModel

from worker.pipeline.decide import Policy
from worker.pipeline.lexicon import Lexicon
from worker.pipeline.scoring import Scorer, windows
from worker.stream.batch import Record, Topics, process_batch

TOPICS = Topics("flags", "dead", "decisions")


def scorer(model: KeywordModel | None = None) -> Scorer:
    model = model or KeywordModel()
    return Scorer(model, Lexicon.load(), Policy(review=0.5, remove=0.8, hate_label="hate"))


def rec(value: bytes | None, offset: int = 0) -> Record:
    return Record("posts", 1, offset, 1_700_000_000.0, value)


def post(i: str, text: str) -> bytes:
    return orjson.dumps({"id": i, "text": text, "author_id": "a", "metadata": {"k": 1}})


def test_flags_decisions_and_dead_letters() -> None:
    records = [rec(post("1", "bonjour"), 0), rec(post("2", "il faut les exterminer"), 1),
               rec(post("3", "de la haine"), 2), rec(b"{oops", 3)]
    result = process_batch(records, scorer(), TOPICS, max_bytes=10_000)
    by_topic: dict[str, list[dict]] = {}
    for out in result.outgoing:
        by_topic.setdefault(out.topic, []).append(orjson.loads(out.value))
    assert [f["post_id"] for f in by_topic["flags"]] == ["2", "3"]
    assert [f["decision"] for f in by_topic["flags"]] == ["remove", "review"]
    assert [d["post_id"] for d in by_topic["decisions"]] == ["1", "2", "3"]
    assert by_topic["decisions"][0]["decision"] == "allow"
    flag = by_topic["flags"][0]
    assert flag["schema"] == "vigie.flag.v1" and flag["source"] == {"topic": "posts", "partition": 1, "offset": 1}
    assert flag["model"] == {"name": "keyword-fake", "version": "0"} and flag["categories"] == ["origin"]
    assert by_topic["dead"][0]["reason"] == "invalid_json" and by_topic["dead"][0]["raw"] == "{oops"
    assert result.flagged == [("remove", "origin"), ("review", "religion")]
    assert result.deadletters == ["invalid_json"] and result.valid == 3


def test_inference_error_retries_one_by_one_and_dead_letters_only_the_culprit() -> None:
    model = KeywordModel(fail_on="poison")
    records = [rec(post("1", "bonjour"), 0), rec(post("2", "poison"), 1), rec(post("3", "exterminer"), 2)]
    result = process_batch(records, scorer(model), TOPICS, max_bytes=10_000)
    dead = [orjson.loads(o.value) for o in result.outgoing if o.topic == "dead"]
    assert [(d["reason"], d["post_id"]) for d in dead] == [("scoring_error", "2")]
    decisions = [orjson.loads(o.value)["post_id"] for o in result.outgoing if o.topic == "decisions"]
    assert decisions == ["1", "3"]
    assert model.calls == 4  # the failed batch, then each post alone


def test_hate_hidden_after_filler_is_found_by_windows() -> None:
    text = "bla " * 12_500 + "il faut les exterminer"
    result = process_batch([rec(post("1", text))], scorer(), TOPICS, max_bytes=1_000_000)
    flags = [orjson.loads(o.value) for o in result.outgoing if o.topic == "flags"]
    assert [f["decision"] for f in flags] == ["remove"]


def test_windows_cover_every_character() -> None:
    text = "".join(chr(0x61 + i % 26) for i in range(1000))
    parts = windows(text, 64)
    assert all(len(p) <= 64 for p in parts)
    assert "".join(p[:48] for p in parts[:-1]) + parts[-1][: len(text) - 48 * (len(parts) - 1)] == text
    assert windows("court", 64) == ["court"]


def test_decisions_topic_off_by_default() -> None:
    result = process_batch([rec(post("1", "bonjour"))], scorer(), Topics("flags", "dead"), max_bytes=10_000)
    assert result.outgoing == []


def test_outputs_follow_the_published_schemas() -> None:
    import json
    from pathlib import Path

    import jsonschema

    schemas = {name: jsonschema.Draft202012Validator(json.loads((Path(__file__).parent.parent / "schemas" /
                                                                 f"{name}.schema.json").read_text()))
               for name in ("flag", "decision", "deadletter")}
    records = [rec(post("1", "bonjour"), 0), rec(post("2", "il faut les exterminer " * 2000), 1),
               rec(post("3", "de la haine"), 2), rec(b"{oops", 3), rec(b"\xff" * 100_000, 4)]
    result = process_batch(records, scorer(), TOPICS, max_bytes=1_000_000)
    kinds = {"flags": "flag", "decisions": "decision", "dead": "deadletter"}
    for out in result.outgoing:
        assert len(out.value) < 200_000
        schemas[kinds[out.topic]].validate(orjson.loads(out.value))
    long_flag = next(orjson.loads(o.value) for o in result.outgoing if o.topic == "flags" and o.key == b"2")
    assert long_flag["text_truncated"] is True and len(long_flag["text"]) == 20_000


def test_a_dead_letter_with_a_readable_id_carries_it_and_is_keyed_by_it() -> None:
    result = process_batch([rec(b'{"id": "m1"}', 0), rec(b"{oops", 1)], scorer(), TOPICS, max_bytes=10_000)
    dead = [(o.key, orjson.loads(o.value)) for o in result.outgoing if o.topic == "dead"]
    assert [(key, d["post_id"], d["reason"]) for key, d in dead] == [(b"m1", "m1", "missing_field"),
                                                                      (None, None, "invalid_json")]


def test_the_dead_letter_schema_and_readme_name_the_same_fields() -> None:
    import json
    import re
    from pathlib import Path

    root = Path(__file__).parent.parent
    schema = json.loads((root / "schemas" / "deadletter.schema.json").read_text())
    (bullet,) = re.findall(r"^- \*\*Dead letter\*\*.*?(?=^- |^$)", (root / "README.md").read_text(), re.M | re.S)
    documented = set(re.findall(r"`([a-z_]+)`", bullet))
    assert set(schema["properties"]) - {"schema"} <= documented, set(schema["properties"]) - documented
    assert "post_id" in schema["properties"] and "post_id" not in schema["required"]
