"""One micro-batch of records -> what to publish (flags, decisions, dead letters). No Kafka here.

``moderate`` gives each record its outcome; this routes the outcomes to their topics and serialises them.
``BatchPublisher`` (worker.stream.publisher) publishes the result, waits for the broker's acknowledgements, and only
then acks the records so their offsets can be committed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from worker.pipeline.messages import (
    DECISION_SCHEMA,
    FLAG_SCHEMA,
    UNSUPPORTED_SCHEMA,
    DeadLetter,
    ModelRef,
    encode_verdict,
)
from worker.pipeline.moderate import Judged, Outcome, Record, moderate
from worker.pipeline.scoring import Scorer


@dataclass(frozen=True, slots=True)
class Outgoing:
    topic: str
    key: bytes | None
    value: bytes


@dataclass(slots=True)
class BatchResult:
    outgoing: list[Outgoing] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (decision, primary label) per flag
    deadletters: list[str] = field(default_factory=list)  # reason per dead letter
    valid: int = 0  # records that got a verdict
    langs: list[str] = field(default_factory=list)  # language code per verdict (when identified)
    unsupported: int = 0  # verdicts on posts the model did not read (a language not judged)
    judged: list[Judged] = field(default_factory=list)  # the valid posts and their verdicts (campaign state's input)


@dataclass(frozen=True, slots=True)
class Topics:
    flags: str
    deadletter: str
    decisions: str | None = None
    unsupported: str | None = None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def process_batch(records: Sequence[Record], scorer: Scorer, topics: Topics, *, max_bytes: int) -> BatchResult:
    now = utc_now()  # when the batch was received: every message of the batch carries it
    outcomes = moderate(records, scorer, max_bytes=max_bytes)
    return route(outcomes, topics, scorer.model_ref, scorer.policy.hate_label, now)


Extras = Mapping[str, Mapping[str, object]]  # post id -> the fields its flag and decision gain (campaign state)


def route(outcomes: Sequence[Outcome], topics: Topics, model: ModelRef, hate_label: str, now: str,
          extras: Extras | None = None) -> BatchResult:
    """The messages of a batch's outcomes, in the records' order: a flag when flagged (review, remove), a decision
    when the decisions topic is set, an unsupported message for a post in a language not judged when that topic is
    set (flagged by the term lists or not), a dead letter for a record without a verdict. ``extras``: fields a
    post's flag and decision gain (``campaign_id``, ``author_flag_count``)."""
    extras = extras or {}
    result = BatchResult()
    for outcome in outcomes:
        if isinstance(outcome, DeadLetter):
            key = outcome.post_id.encode() if outcome.post_id else None
            result.outgoing.append(Outgoing(topics.deadletter, key, outcome.encode(now)))
            result.deadletters.append(outcome.reason)
            continue
        post, verdict, source = outcome.post, outcome.verdict, outcome.source
        result.valid += 1
        result.judged.append(outcome)
        key = post.id.encode()
        if verdict.lang is not None:
            result.langs.append(verdict.lang)
        if verdict.decision not in ("allow", "unsupported"):
            value = encode_verdict(post, verdict, model, source, now, schema=FLAG_SCHEMA, extra=extras.get(post.id))
            result.outgoing.append(Outgoing(topics.flags, key, value))
            result.flagged.append((verdict.decision, verdict.categories[0] if verdict.categories else hate_label))
        if topics.decisions:
            value = encode_verdict(post, verdict, model, source, now, schema=DECISION_SCHEMA, extra=extras.get(post.id))
            result.outgoing.append(Outgoing(topics.decisions, key, value))
        if verdict.unread:
            result.unsupported += 1
            if topics.unsupported:
                value = encode_verdict(post, verdict, model, source, now, schema=UNSUPPORTED_SCHEMA)
                result.outgoing.append(Outgoing(topics.unsupported, key, value))
    return result
