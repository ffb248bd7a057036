"""Decode and validate raw records: bytes -> Post, or a DeadLetter value with a reason. Never raises.

These fast checks implement the published contract ``schemas/post.schema.json``; ``tests/test_decode.py``
runs one corpus through both and proves they agree.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from worker.pipeline.messages import MAX_RAW_OUT, DeadLetter, Post, Source

MAX_ID_LENGTH = 256
# RFC 3339 date-time, as the schema's "pattern" for created_at (fullmatch: Python's `$` admits a final newline).
RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_OPTIONAL_STRINGS = ("author_id", "platform", "lang")
# A record's id when the record cannot be parsed (too large, broken JSON or UTF-8): read only when it is the first
# key, a plain string (no escapes) in the first bytes, so a nested or quoted "id" is never taken for it.
_LEADING_ID = re.compile(rb'\A\s*\{\s*"id"\s*:\s*"([^"\\\x00-\x1f]{1,1024})"')
_ID_WINDOW = 1100


def decode(raw: bytes | None, source: Source | None = None, *, max_bytes: int = 1_000_000) -> Post | DeadLetter:
    """Turn one record value into a Post, or a DeadLetter saying why not."""
    if raw is None or len(raw) == 0:
        return DeadLetter("invalid_json", "empty record", raw or b"", source)
    if len(raw) > max_bytes:
        # keep one byte past what a dead letter shows, so it can say raw_truncated
        return DeadLetter("too_large", f"record is {len(raw)} bytes, limit {max_bytes}", raw[: MAX_RAW_OUT + 1], source,
                          leading_id(raw))
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return DeadLetter(*_classify_decode_error(raw, exc), raw, source, leading_id(raw))
    if not isinstance(obj, dict):
        return DeadLetter("wrong_type", f"a post must be a JSON object, got {_json_type(obj)}", raw, source)
    return _validate(obj, raw, source)


def leading_id(raw: bytes) -> str | None:
    """The id of a record that cannot be parsed, when it opens the record as a plain string; else None."""
    found = _LEADING_ID.match(raw[:_ID_WINDOW])
    if found is None:
        return None
    try:
        post_id = found.group(1).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return post_id if len(post_id) <= MAX_ID_LENGTH else None


def post_id_of(raw: bytes) -> str | None:
    """The id of a record as the worker would read it (a valid id), or None; for tools (keys, messages)."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return leading_id(raw)
    post_id = obj.get("id") if isinstance(obj, dict) else None
    return post_id if isinstance(post_id, str) and 0 < len(post_id) <= MAX_ID_LENGTH else None


def _classify_decode_error(raw: bytes, exc: orjson.JSONDecodeError) -> tuple[str, str]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return "invalid_utf8", f"invalid UTF-8 at byte {err.start}"
    message = str(exc)
    if "recursion" in message.lower() or "depth limit" in message.lower():
        return "too_deep", "JSON nested deeper than the parser limit (1024)"
    return "invalid_json", message[:200]


def _validate(obj: dict[str, Any], raw: bytes, source: Source | None) -> Post | DeadLetter:
    post_id = obj.get("id")
    text = obj.get("text")
    # a valid id is carried by the dead letter (and keys it) even when the text is what is wrong
    known = post_id if isinstance(post_id, str) and 0 < len(post_id) <= MAX_ID_LENGTH else None
    for name, value in (("id", post_id), ("text", text)):
        if value is None:
            return DeadLetter("missing_field", f"'{name}' is required", raw, source, known)
        if not isinstance(value, str):
            return DeadLetter("wrong_type", f"'{name}' must be a string, got {_json_type(value)}", raw, source, known)
    assert isinstance(post_id, str) and isinstance(text, str)
    if not post_id or len(post_id) > MAX_ID_LENGTH:
        return DeadLetter("invalid_value", f"'id' must have 1 to {MAX_ID_LENGTH} characters", raw, source)
    for name in _OPTIONAL_STRINGS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return DeadLetter("wrong_type", f"'{name}' must be a string, got {_json_type(value)}", raw, source, post_id)
    created_at = obj.get("created_at")
    if created_at is not None:
        problem = _check_created_at(created_at)
        if problem:
            return DeadLetter(problem[0], problem[1], raw, source, post_id)
    metadata = obj.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return DeadLetter("wrong_type", f"'metadata' must be an object, got {_json_type(metadata)}", raw, source, post_id)
    return Post(post_id, text, obj.get("author_id"), obj.get("platform"), obj.get("lang"), created_at, metadata)


def _check_created_at(value: Any) -> tuple[str, str] | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON Schema's "integer" admits 1.0
    if isinstance(value, bool) or not isinstance(value, str | int):
        return "wrong_type", f"'created_at' must be an RFC 3339 string or epoch milliseconds, got {_json_type(value)}"
    if isinstance(value, int):
        return None if value >= 0 else ("invalid_value", "'created_at' epoch milliseconds must be >= 0")
    if not RFC3339.fullmatch(value):
        return "invalid_value", "'created_at' is not an RFC 3339 date-time"
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
