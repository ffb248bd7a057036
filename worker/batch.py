"""One micro-batch of raw records -> what to publish (flags, decisions, dead letters). No Kafka here.

decode/validate -> score (normalise, model, lexicons, decide) -> encode outgoing messages. The app publishes the
result, waits for the broker's acknowledgements, and only then acks the records so their offsets can be committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from worker.decode import decode
from worker.messages import DECISION_SCHEMA, FLAG_SCHEMA, DeadLetter, Post, Source, encode_verdict
from worker.scoring import Scorer, ScoringFailure


@dataclass(frozen=True, slots=True)
class Record:
    """A record as read from Kafka."""

    topic: str
    partition: int
    offset: int
    timestamp: float | None  # seconds since the epoch (the record's timestamp)
    value: bytes | None


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
    valid: int = 0


@dataclass(frozen=True, slots=True)
class Topics:
    flags: str
    deadletter: str
    decisions: str | None = None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def process_batch(records: Sequence[Record], scorer: Scorer, topics: Topics, *, max_bytes: int) -> BatchResult:
    result = BatchResult()
    now = utc_now()
    posts: list[tuple[Post, Source, bytes]] = []
    for rec in records:
        source = Source(rec.topic, rec.partition, rec.offset)
        decoded = decode(rec.value, source, max_bytes=max_bytes)
        if isinstance(decoded, DeadLetter):
            _dead_letter(result, decoded, topics, now)
        else:
            posts.append((decoded, source, rec.value or b""))
    result.valid = len(posts)
    if not posts:
        return result
    outcomes = scorer.score_resilient([p.text for p, _, _ in posts])
    model = scorer.model_ref
    hate_label = scorer.policy.hate_label
    for (post, source, raw), outcome in zip(posts, outcomes, strict=True):
        key = post.id.encode()
        if isinstance(outcome, ScoringFailure):
            _dead_letter(result, DeadLetter("scoring_error", outcome.detail, raw, source, post.id), topics, now)
            continue
        if outcome.decision != "allow":
            value = encode_verdict(post, outcome, model, source, now, schema=FLAG_SCHEMA)
            result.outgoing.append(Outgoing(topics.flags, key, value))
            result.flagged.append((outcome.decision, outcome.categories[0] if outcome.categories else hate_label))
        if topics.decisions:
            value = encode_verdict(post, outcome, model, source, now, schema=DECISION_SCHEMA)
            result.outgoing.append(Outgoing(topics.decisions, key, value))
    return result


def _dead_letter(result: BatchResult, dl: DeadLetter, topics: Topics, now: str) -> None:
    key = dl.post_id.encode() if dl.post_id else None
    result.outgoing.append(Outgoing(topics.deadletter, key, dl.encode(now)))
    result.deadletters.append(dl.reason)
