"""The messages Vigie reads and writes, as frozen slotted dataclasses with one serialisation point each.

Wire formats are fixed by ``schemas/*.json`` (vigie.post.v1, vigie.flag.v1, vigie.decision.v1, vigie.unsupported.v1,
vigie.deadletter.v1).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

# "unsupported": a post in a language Vigie does not judge (VIGIE_LANGUAGES), read by the term lists only.
Decision = Literal["allow", "review", "remove", "unsupported"]

# Outputs stay far below Kafka's default 1 MB record limit whatever the input: a flag carries at most this many
# characters of the post (and says `text_truncated`), a dead letter at most MAX_RAW_OUT bytes of the record.
MAX_TEXT_OUT = 20_000
MAX_RAW_OUT = 65_536

FLAG_SCHEMA = "vigie.flag.v1"
DECISION_SCHEMA = "vigie.decision.v1"
DEADLETTER_SCHEMA = "vigie.deadletter.v1"
UNSUPPORTED_SCHEMA = "vigie.unsupported.v1"
TERMS_TIER = "terms"  # the tier of a verdict reached without the model (a language not judged): term lists only


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from."""

    topic: str
    partition: int
    offset: int

    def as_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "partition": self.partition, "offset": self.offset}


@dataclass(frozen=True, slots=True)
class Post:
    """A valid input post (vigie.post.v1)."""

    id: str
    text: str
    author_id: str | None = None
    platform: str | None = None
    lang: str | None = None
    created_at: str | int | None = None
    metadata: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a verdict was reached, readable by a moderator.

    kind: ``model`` (a label's score), ``category`` (a category named by a term-list match, not by the model),
    ``lexicon`` (a term-list match, with a span in the original text), ``evasion`` (a trick the normaliser undid),
    ``policy`` (a rule of the decision table), ``tier``.
    """

    kind: str
    message: str
    label: str | None = None
    score: float | None = None
    term: str | None = None
    span: tuple[int, int] | None = None
    matched: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "message": self.message}
        if self.label is not None:
            out["label"] = self.label
        if self.score is not None:
            out["score"] = round(self.score, 4)
        if self.term is not None:
            out["term"] = self.term
        if self.span is not None:
            out["span"] = list(self.span)
        if self.matched is not None:
            out["matched"] = self.matched
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of scoring one post."""

    decision: Decision
    scores: dict[str, float]
    categories: tuple[str, ...] = ()
    reasons: tuple[Reason, ...] = ()
    tier: str = "fast"  # "fast", "encoder", or "terms" (not read by the model: term lists only)
    lang: str | None = None  # the post's language (ISO 639-1 or "und"); None when languages are not identified
    lang_confidence: float | None = None  # the identifier's probability for ``lang``
    # The normalised text the verdict was made on, so later stages (campaign fingerprints) do not normalise again.
    normalized: str = field(default="", compare=False, repr=False)

    @property
    def unread(self) -> bool:
        """Not judged by the model (a language Vigie does not judge): it goes to the unsupported topic."""
        return self.tier == TERMS_TIER


@dataclass(frozen=True, slots=True)
class ModelRef:
    name: str
    version: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version}


def verdict_body(verdict: Verdict) -> dict[str, Any]:
    """The fields a verdict contributes to flags, decisions and `vigie score` lines."""
    return {
        "decision": verdict.decision,
        "scores": {k: round(v, 4) for k, v in verdict.scores.items()},
        "categories": list(verdict.categories),
        "reasons": [r.as_dict() for r in verdict.reasons],
        "tier": verdict.tier,
    } | _lang_fields(verdict)


def _lang_fields(verdict: Verdict) -> dict[str, Any]:
    """``lang`` and ``lang_confidence`` when the worker identified the post's language (absent otherwise)."""
    if verdict.lang is None:
        return {}
    return {"lang": verdict.lang, "lang_confidence": round(verdict.lang_confidence or 0.0, 4)}


def encode_verdict(
    post: Post, verdict: Verdict, model: ModelRef, source: Source, processed_at: str, *, schema: str,
    extra: Mapping[str, object] | None = None,
) -> bytes:
    """Serialise a flag (schema=FLAG_SCHEMA), a decision (DECISION_SCHEMA) or an unsupported post (UNSUPPORTED_SCHEMA:
    a decision's fields, for a post the model did not read). ``extra``: what the campaign state knows of the post
    (``campaign_id``, ``author_flag_count``; worker.pipeline.known), absent when nothing."""
    body: dict[str, Any] = {"schema": schema, "post_id": post.id}
    body.update(verdict_body(verdict))
    if extra:
        body.update(extra)
    text = post.text
    if len(text) > MAX_TEXT_OUT:
        text = text[:MAX_TEXT_OUT]
        body["text_truncated"] = True
    body.update(
        {
            "text": text,
            "author_id": post.author_id,
            "platform": post.platform,
            "created_at": post.created_at,
            "model": model.as_dict(),
            "source": source.as_dict(),
            "processed_at": processed_at,
        }
    )
    return orjson.dumps(body)


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A record that could not be turned into a verdict, with the reason why."""

    reason: str
    detail: str
    raw: bytes
    source: Source | None = None
    post_id: str | None = field(default=None)

    def encode(self, received_at: str) -> bytes:
        raw = self.raw[:MAX_RAW_OUT]
        try:
            raw_text: str = raw.decode("utf-8")
            encoding = "utf8"
            if "\x00" in raw_text:
                raise UnicodeDecodeError("utf-8", raw, 0, 1, "NUL byte")
        except UnicodeDecodeError:
            raw_text = base64.b64encode(raw).decode("ascii")
            encoding = "base64"
        return orjson.dumps(
            {
                "schema": DEADLETTER_SCHEMA,
                "reason": self.reason,
                "detail": self.detail,
                "raw": raw_text,
                "raw_encoding": encoding,
                "raw_truncated": len(self.raw) > MAX_RAW_OUT,
                "post_id": self.post_id,
                "source": self.source.as_dict() if self.source else None,
                "received_at": received_at,
            }
        )
