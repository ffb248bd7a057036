"""Records in, outcomes out: the one path from a record's raw bytes to a verdict or a dead letter.

decode/validate -> score (normalise, model, lexicons, decide). The worker publishes the outcomes, `vigie score`
writes them as lines, the benchmarks drive the worker: all of them go through ``moderate``, so they cannot give a
post two different verdicts. Nothing here talks to Kafka or reads a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from worker.pipeline.decode import decode
from worker.pipeline.messages import DeadLetter, Post, Source, Verdict
from worker.pipeline.scoring import Scorer, ScoringFailure


@dataclass(frozen=True, slots=True)
class Record:
    """A record as read from Kafka (or a line of an input file: its number is the offset)."""

    topic: str
    partition: int
    offset: int
    timestamp: float | None  # seconds since the epoch (the record's timestamp)
    value: bytes | None


@dataclass(frozen=True, slots=True)
class Judged:
    """A valid post and the verdict it got."""

    post: Post
    source: Source
    verdict: Verdict


Outcome = Judged | DeadLetter


def moderate(records: Sequence[Record], scorer: Scorer, *, max_bytes: int) -> list[Outcome]:
    """One outcome per record, in the records' order: its verdict, or the dead letter saying why there is none.

    The valid posts of the batch are scored together (one model run); a post the model fails on, even alone,
    becomes a ``scoring_error`` dead letter without sinking the others.
    """
    outcomes: list[Outcome | None] = []
    valid: list[tuple[int, Post, Source, bytes]] = []
    for rec in records:
        source = Source(rec.topic, rec.partition, rec.offset)
        decoded = decode(rec.value, source, max_bytes=max_bytes)
        if isinstance(decoded, DeadLetter):
            outcomes.append(decoded)
        else:
            valid.append((len(outcomes), decoded, source, rec.value or b""))
            outcomes.append(None)
    if valid:
        posts = [post for _, post, _, _ in valid]
        verdicts = scorer.score_resilient([p.text for p in posts], [p.lang for p in posts])
        for (i, post, source, raw), verdict in zip(valid, verdicts, strict=True):
            if isinstance(verdict, ScoringFailure):
                outcomes[i] = DeadLetter("scoring_error", verdict.detail, raw, source, post.id)
            else:
                outcomes[i] = Judged(post, source, verdict)
    return [o for o in outcomes if o is not None]
