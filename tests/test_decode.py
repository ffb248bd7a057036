from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.pipeline.decode import decode
from worker.pipeline.messages import DeadLetter, Post, Source

SCHEMA = json.loads((Path(__file__).parent.parent / "schemas" / "post.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# A corpus of posts, valid and invalid: the published schema and the hot-path validator must agree on each.
CORPUS: list[object] = [
    {"id": "1", "text": "bonjour"},
    {"id": "1", "text": ""},
    {"id": "x" * 256, "text": "ok"},
    {"id": "x" * 257, "text": "ok"},
    {"id": "", "text": "ok"},
    {"id": 1, "text": "ok"},
    {"id": "1", "text": None},
    {"id": "1"},
    {"text": "sans id"},
    {"id": "1", "text": 3},
    {"id": "1", "text": ["a"]},
    {"id": "1", "text": "ok", "author_id": "a1", "platform": "p", "lang": "fr"},
    {"id": "1", "text": "ok", "author_id": 12},
    {"id": "1", "text": "ok", "platform": None, "lang": None, "author_id": None},
    {"id": "1", "text": "ok", "lang": {"code": "fr"}},
    {"id": "1", "text": "ok", "created_at": "2026-11-24T10:00:00Z"},
    {"id": "1", "text": "ok", "created_at": "2026-11-24T10:00:00.123+01:00"},
    {"id": "1", "text": "ok", "created_at": "2026-11-24 10:00:00z"},
    {"id": "1", "text": "ok", "created_at": "24/11/2026"},
    {"id": "1", "text": "ok", "created_at": "2026-11-24T10:00:00Z\n"},
    {"id": "1", "text": "ok", "created_at": "２０２６-11-24T10:00:00Z"},
    {"id": "1", "text": "ok", "created_at": 1764000000000},
    {"id": "1", "text": "ok", "created_at": 1764000000000.0},
    {"id": "1", "text": "ok", "created_at": 17640000.5},
    {"id": "1", "text": "ok", "created_at": -5},
    {"id": "1", "text": "ok", "created_at": True},
    {"id": "1", "text": "ok", "created_at": None},
    {"id": "1", "text": "ok", "metadata": {"a": [1, 2, {"b": None}]}},
    {"id": "1", "text": "ok", "metadata": None},
    {"id": "1", "text": "ok", "metadata": "x"},
    {"id": "1", "text": "ok", "metadata": []},
    {"id": "1", "text": "ok", "unknown": {"deep": True}},
    {"id": "1", "text": "a\u0000b"},
    [1, 2],
    "a string",
    42,
    None,
]


@pytest.mark.parametrize("obj", CORPUS, ids=[str(i) for i in range(len(CORPUS))])
def test_schema_and_validator_agree(obj: object) -> None:
    schema_ok = VALIDATOR.is_valid(obj)
    decoded = decode(orjson.dumps(obj))
    assert isinstance(decoded, Post) == schema_ok, (obj, decoded)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
post_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values | st.text(max_size=300),
        "text": json_values | st.text(),
        "author_id": json_values,
        "lang": json_values,
        "created_at": json_values | st.sampled_from(["2026-01-01T00:00:00Z", "2026-01-01T00:00:00+02:00", "nope"]),
        "metadata": json_values,
    },
)


@settings(max_examples=4000, deadline=None)
@given(post_like)
def test_schema_and_validator_agree_on_generated_posts(obj: dict[str, object]) -> None:
    assert isinstance(decode(orjson.dumps(obj)), Post) == VALIDATOR.is_valid(obj)


@settings(max_examples=6000, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_decode_never_raises_on_any_bytes(raw: bytes) -> None:
    out = decode(raw, Source("t", 0, 1))
    assert isinstance(out, Post | DeadLetter)
    if isinstance(out, DeadLetter):
        assert out.reason in {"invalid_json", "invalid_utf8", "wrong_type", "missing_field", "invalid_value", "too_deep"}
        encoded = orjson.loads(out.encode("2026-01-01T00:00:00Z"))
        assert encoded["raw_encoding"] in ("utf8", "base64")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "invalid_json"),
        (b"{not json", "invalid_json"),
        (b'{"id": "1", "text": "\xff\xfe"}', "invalid_utf8"),
        (b"[" * 5000 + b"]" * 5000, "too_deep"),
        (b'{"id": "1"}', "missing_field"),
        (b'{"id": 5, "text": "x"}', "wrong_type"),
        (b'"just a string"', "wrong_type"),
    ],
)
def test_dead_letter_reasons(raw: bytes, reason: str) -> None:
    out = decode(raw)
    assert isinstance(out, DeadLetter)
    assert out.reason == reason, out


def test_records_over_the_size_limit_are_too_large() -> None:
    raw = b'{"id": "1", "text": "' + b"a" * 2000 + b'"}'
    assert isinstance(decode(raw, max_bytes=5000), Post)
    out = decode(raw, max_bytes=1000)
    assert isinstance(out, DeadLetter)
    assert out.reason == "too_large" and len(out.raw) <= 65_537


def test_invalid_utf8_dead_letter_keeps_raw_as_base64() -> None:
    out = decode(b'{"id": "1", "text": "\xff"}')
    assert isinstance(out, DeadLetter)
    body = orjson.loads(out.encode("now"))
    assert body["raw_encoding"] == "base64" and body["reason"] == "invalid_utf8"


def test_unknown_fields_ignored_and_duplicates_last_wins() -> None:
    out = decode(b'{"id": "1", "id": "2", "text": "t", "extra": 1}')
    assert isinstance(out, Post) and out.id == "2"


@pytest.mark.parametrize(
    ("raw", "post_id"),
    [
        (b'{"id": "m1"}', "m1"),  # missing text
        (b'{"id": "m2", "text": 5}', "m2"),  # text of the wrong type
        (b'{"id": "m3", "text": "x", "lang": 7}', "m3"),
        (b'  {"id" : "u1", "text": "caf\xe9"}', "u1"),  # invalid UTF-8 after a readable id
        (b'{"id": "j1", "text": "unterminated', "j1"),  # broken JSON after a readable id
        (b'{"id": "big", "text": "' + b"a" * 2000 + b'"}', "big"),  # too large (max_bytes below)
        (b'{"id": 5, "text": "x"}', None),  # no valid id: none carried
        (b'{"id": "", "text": 5}', None),
        (b'{"id": "' + b"x" * 300 + b'", "text": 5}', None),  # over 256 characters
        (b'{"text": "t\xff", "id": "late"}', None),  # unparsable, and the id is not the first key: not guessed
        (b'{"id": "esc\\"aped", "text": "\xff"}', None),  # an escaped id in an unparsable record: not guessed
        (b'{"meta": {"id": "nested"}, "text": 5}', None),
    ],
)
def test_dead_letters_carry_the_post_id_when_it_can_be_read(raw: bytes, post_id: str | None) -> None:
    out = decode(raw, max_bytes=1000)
    assert isinstance(out, DeadLetter), out
    assert out.post_id == post_id, out
    assert orjson.loads(out.encode("now"))["post_id"] == post_id
