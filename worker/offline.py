"""`vigie score FILE`: the worker's verdicts, offline. One JSON object per input, in order."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import orjson
from tqdm import tqdm

from worker.decode import decode
from worker.inputs import count_lines, iter_records
from worker.messages import DeadLetter, Post, verdict_body
from worker.scoring import Scorer, ScoringFailure

BATCH = 1024


def score_file(
    path: Path, scorer: Scorer, out: IO[bytes], *, max_bytes: int = 1_000_000, progress: bool = True
) -> dict[str, int]:
    counts = {"posts": 0, "flagged": 0, "invalid": 0}
    total = count_lines(path) if progress else None
    bar = tqdm(total=total, unit="post", disable=not progress, file=sys.stderr, desc="scoring")
    for batch in _batches(iter_records(path), BATCH):
        lines = score_records(batch, scorer, max_bytes=max_bytes)
        for obj in lines:
            out.write(orjson.dumps(obj) + b"\n")
            counts["posts"] += 1
            if obj.get("error"):
                counts["invalid"] += 1
            elif obj["decision"] != "allow":
                counts["flagged"] += 1
        bar.update(len(batch))
    bar.close()
    return counts


def score_records(batch: Sequence[tuple[int, bytes]], scorer: Scorer, *, max_bytes: int) -> list[dict[str, Any]]:
    """One output per (line number, raw record): the verdict, or an error naming the post's id when it could be
    read (as the dead letter does) and always the line."""
    decoded = [decode(raw, max_bytes=max_bytes) for _, raw in batch]
    posts = [d for d in decoded if isinstance(d, Post)]
    outcomes = iter(scorer.score_resilient([p.text for p in posts]))
    model = scorer.model_ref.as_dict()
    lines: list[dict[str, Any]] = []
    for (line, _), item in zip(batch, decoded, strict=True):
        if isinstance(item, DeadLetter):
            lines.append({"id": item.post_id, "line": line, "decision": None,
                          "error": {"reason": item.reason, "detail": item.detail}})
            continue
        outcome = next(outcomes)
        if isinstance(outcome, ScoringFailure):
            lines.append({"id": item.id, "line": line, "decision": None,
                          "error": {"reason": "scoring_error", "detail": outcome.detail}})
            continue
        lines.append({"id": item.id, **verdict_body(outcome), "model": model})
    return lines


def _batches(items: Iterator[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    batch: list[tuple[int, bytes]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
