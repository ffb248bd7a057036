"""Machinery shared by the hand-written evaluation-set generators (``make_eval_facts.py``, ``make_eval_opinions.py``).

Each generator holds its sentences as ``(tag, kind, text)`` rows in one block per target; this module turns the
blocks into CSV rows (``build``), writes them byte-identically (``render``), validates them (``problems``: unique ids
and texts, labels matching kinds, known targets, every pair one hateful row and >= 1 benign row of one target),
prints counts (``stats``) and runs the command line (``main``: write; ``--stats``; ``--check``). Standard library
only; no sentence lives here.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

HEADER = ("id", "text", "label", "functionality", "target", "pair")
Row = dict[str, str]


def build(blocks: Mapping[str, Sequence[tuple[str, str, str]]], targets: Sequence[str], label: Mapping[str, int],
          row_id: str, pair_id: str) -> list[Row]:
    """Rows in file order: targets in ``targets`` order, rows as written; pair ids in order of first appearance.
    ``row_id`` and ``pair_id`` are format strings of one integer (« f{:05d} », « fp{:03d} »)."""
    rows: list[Row] = []
    pair_ids: dict[tuple[str, str], str] = {}
    for target in targets:
        for tag, kind, text in blocks[target]:
            pair = ""
            if tag:
                pair = pair_ids.setdefault((target, tag), pair_id.format(len(pair_ids) + 1))
            rows.append({"id": row_id.format(len(rows) + 1), "text": text, "label": str(label.get(kind, "?")),
                         "functionality": kind, "target": target, "pair": pair})
    return rows


def render(rows: Sequence[Row]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def problems(rows: Sequence[Row], label: Mapping[str, int], targets: Sequence[str], min_pairs: int) -> list[str]:
    """What every evaluation set must hold; a generator adds its own checks after these."""
    out: list[str] = []
    ids = Counter(r["id"] for r in rows)
    out += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    norm = Counter(" ".join(r["text"].lower().split()) for r in rows)
    out += [f"duplicate text: {t[:60]}" for t, n in norm.items() if n > 1]
    for r in rows:
        if r["label"] not in ("0", "1"):
            out.append(f"{r['id']}: label {r['label']!r} not 0/1")
        if r["functionality"] not in label:
            out.append(f"{r['id']}: unknown kind {r['functionality']!r}")
        elif str(label[r["functionality"]]) != r["label"]:
            out.append(f"{r['id']}: label {r['label']} does not match kind {r['functionality']}")
        if r["target"] not in targets:
            out.append(f"{r['id']}: unknown target {r['target']!r}")
        if not r["text"].strip() or "{" in r["text"]:
            out.append(f"{r['id']}: empty or unfilled text")
    pairs: dict[str, list[Row]] = {}
    for r in rows:
        if r["pair"]:
            pairs.setdefault(r["pair"], []).append(r)
    for pid, members in sorted(pairs.items()):
        labels = Counter(m["label"] for m in members)
        if labels["1"] != 1 or labels["0"] < 1:
            out.append(f"pair {pid}: {labels['1']} hateful and {labels['0']} benign rows (want 1 and >= 1)")
        if len({m["target"] for m in members}) != 1:
            out.append(f"pair {pid}: more than one target")
    if len(pairs) < min_pairs:
        out.append(f"only {len(pairs)} pairs (want >= {min_pairs})")
    return out


def stats(rows: Sequence[Row], label: Mapping[str, int], kinds: Sequence[str], targets: Sequence[str],
          short: Sequence[str], width: int, title: str) -> str:
    """Counts per kind, per target, and a target x kind table whose columns are headed ``short``."""
    lines = []
    labels = Counter(r["label"] for r in rows)
    pairs = {r["pair"] for r in rows if r["pair"]}
    lines.append(f"rows: {len(rows)} (hateful {labels['1']}, not hateful {labels['0']}); pairs: {len(pairs)}; "
                 f"paired rows: {sum(1 for r in rows if r['pair'])}")
    lines.append("")
    lines.append(f"{'kind':<18}{'label':>6}{'rows':>6}")
    count = Counter(r["functionality"] for r in rows)
    lines.extend(f"{kind:<18}{label[kind]:>6}{count[kind]:>6}" for kind in kinds)
    lines.append("")
    lines.append(f"{'target':<10}{'rows':>6}{'label0':>8}{'label1':>8}{'pairs':>7}")
    for t in targets:
        mine = [r for r in rows if r["target"] == t]
        lab = Counter(r["label"] for r in mine)
        lines.append(f"{t:<10}{len(mine):>6}{lab['0']:>8}{lab['1']:>8}{len({r['pair'] for r in mine if r['pair']}):>7}")
    lines.append("")
    lines.append(title)
    lines.append(f"{'':<10}" + "".join(f"{s:>{width}}" for s in short))
    for t in targets:
        cell = Counter(r["functionality"] for r in rows if r["target"] == t)
        lines.append(f"{t:<10}" + "".join(f"{cell[k]:>{width}}" for k in kinds))
    return "\n".join(lines)


def main(argv: Sequence[str], out: Path, rows: list[Row], check: Callable[[list[Row]], list[str]],
         counts: Callable[[list[Row]], str]) -> int:
    """Write ``out`` (after the checks), or ``--stats``, or ``--check`` (also that ``out`` matches the rows)."""
    if "--stats" in argv:
        print(counts(rows))
        return 0
    if "--check" in argv:
        found = check(rows)
        if out.exists() and out.read_text(encoding="utf-8") != render(rows):
            found.append(f"{out.name} differs from the generator's output (re-run without arguments)")
        for p in found:
            print(f"FAIL {p}")
        print(f"{len(rows)} rows, {len(found)} problem(s)")
        return 1 if found else 0
    found = check(rows)
    if found:
        for p in found:
            print(f"FAIL {p}")
        return 1
    out.write_text(render(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {out}")
    return 0
