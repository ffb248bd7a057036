"""`vigie score FILE`: the worker's verdicts, offline. One JSON object per input, in order."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import orjson
from tqdm import tqdm

from worker.ops.settings import Settings
from worker.pipeline.messages import DeadLetter, verdict_body
from worker.pipeline.moderate import Record, moderate
from worker.pipeline.scoring import Scorer
from worker.tools.inputs import count_lines, iter_records

BATCH = 1024
FILE_TOPIC = "-"  # an input file's records have no topic; their line number stands for the offset


def scoring_settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    """The settings of a command that scores (`vigie score`, `vigie eval`): the environment, then its flags
    (``--model``, ``--encoder``, thresholds, and ``--lexicon`` lists added to VIGIE_LEXICONS's)."""
    overrides.update({n: getattr(args, n) for n in ("model", "encoder_model") if getattr(args, n, None) is not None})
    settings = Settings.from_env(**{k: v for k, v in overrides.items() if v is not None})
    if args.lexicon:
        settings = replace(settings, lexicons=(*settings.lexicons, *args.lexicon))
    return settings


def score_file(
    path: Path, scorer: Scorer, out: IO[bytes], *, max_bytes: int = 1_000_000, progress: bool = True
) -> dict[str, int]:
    counts = {"posts": 0, "flagged": 0, "invalid": 0, "unsupported": 0}
    total = count_lines(path) if progress else None
    bar = tqdm(total=total, unit="post", disable=not progress, file=sys.stderr, desc="scoring")
    for batch in _batches(iter_records(path), BATCH):
        lines = score_records(batch, scorer, max_bytes=max_bytes)
        for obj in lines:
            out.write(orjson.dumps(obj) + b"\n")
            counts["posts"] += 1
            if obj.get("error"):
                counts["invalid"] += 1
            else:
                counts["flagged"] += obj["decision"] in ("review", "remove")
                counts["unsupported"] += obj.get("tier") == "terms"
        bar.update(len(batch))
    bar.close()
    return counts


def score_records(batch: Sequence[tuple[int, bytes]], scorer: Scorer, *, max_bytes: int) -> list[dict[str, Any]]:
    """One output per (line number, raw record), through the worker's own path (``moderate``): the verdict, or an
    error naming the post's id when it could be read (as the dead letter does) and always the line."""
    records = [Record(FILE_TOPIC, 0, line, None, raw) for line, raw in batch]
    model = scorer.model_ref.as_dict()
    lines: list[dict[str, Any]] = []
    for (line, _), outcome in zip(batch, moderate(records, scorer, max_bytes=max_bytes), strict=True):
        if isinstance(outcome, DeadLetter):
            lines.append({"id": outcome.post_id, "line": line, "decision": None,
                          "error": {"reason": outcome.reason, "detail": outcome.detail}})
        else:
            lines.append({"id": outcome.post.id, **verdict_body(outcome.verdict), "model": model})
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
