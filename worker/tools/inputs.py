"""Reading user files for `vigie score` and `vigie produce`: CSV (a `text` column, optional `id`) or JSONL posts."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

from worker.ops.errors import InputError

csv.field_size_limit(sys.maxsize)


def iter_records(path: Path, *, text_col: str = "text", id_col: str = "id") -> Iterator[tuple[int, bytes]]:
    """Yield (line number, raw post JSON bytes) for each input row, in order (CSV: the row number, from 1).

    JSONL lines are passed through untouched (a malformed line stays malformed: the worker dead-letters it; its id,
    when readable, is the worker's to find: ``decode.post_id_of``); CSV rows become posts {"id": row id or row
    number, "text": ...}.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        with path.open("rb") as fh:
            for number, line in enumerate(fh, start=1):
                line = line.rstrip(b"\r\n")
                if line.strip():
                    yield number, line
    elif suffix in (".csv", ".tsv"):
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
            if reader.fieldnames is None or text_col not in reader.fieldnames:
                raise InputError(f"{path}: no {text_col!r} column (columns: {', '.join(reader.fieldnames or [])})")
            for number, row in enumerate(reader, start=1):
                post_id = row.get(id_col) or str(number)
                yield number, orjson.dumps({"id": post_id, "text": row[text_col] or ""})
    else:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; use .csv or .jsonl")


def count_lines(path: Path) -> int | None:
    try:
        with path.open("rb") as fh:
            return sum(buf.count(b"\n") for buf in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return None
