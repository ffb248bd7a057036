"""`vigie eval FILE.csv`: how well a bundle separates hateful from other posts, with the worker's own verdicts.

Metrics are plain numpy (scikit-learn is a training-only dependency): precision / recall / F1 per class and macro,
ROC-AUC (Mann-Whitney with ties), PR-AUC (average precision, as scikit-learn computes it), confusion matrix,
threshold sweep, breakdowns by ``functionality`` / ``target`` / ``dataset`` columns (accuracy per kind of case
and per target group for a functional suite), precision at the ``remove`` decision, and which tiers decided.
``--report DIR`` adds Markdown and PNG plots.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from worker.ops.errors import InputError

BATCH = 1024
GROUP_COLUMNS = ("functionality", "target", "dataset")


@dataclass(frozen=True, slots=True)
class BinaryMetrics:
    n: int
    positives: int
    threshold: float
    precision: float  # of the positive (hateful) class
    recall: float
    f1: float
    precision_neg: float
    recall_neg: float
    f1_neg: float
    macro_f1: float
    accuracy: float
    roc_auc: float | None  # None when only one class is present
    pr_auc: float | None
    tn: int
    fp: int
    fn: int
    tp: int

    def as_dict(self) -> dict[str, float | int | None]:
        return asdict(self)


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return _div(2 * p * r, p + r)


def confusion(y: np.ndarray, pred: np.ndarray) -> tuple[int, int, int, int]:
    """(tn, fp, fn, tp) of boolean predictions against 0/1 labels."""
    pos = y.astype(bool)
    tp = int(np.sum(pred & pos))
    fp = int(np.sum(pred & ~pos))
    fn = int(np.sum(~pred & pos))
    tn = int(pos.size - tp - fp - fn)
    return tn, fp, fn, tp


def roc_auc(y: np.ndarray, scores: np.ndarray) -> float | None:
    """Area under the ROC curve: the probability a random positive outranks a random negative (ties count half)."""
    pos = y.astype(bool)
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if n_pos == 0 or n_neg == 0:
        return None
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    ranks = np.empty(scores.size, dtype=np.float64)
    # average ranks over ties
    _, first, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def average_precision(y: np.ndarray, scores: np.ndarray) -> float | None:
    """PR-AUC as average precision: sum over thresholds of (recall step) * precision (scikit-learn's definition)."""
    pos = y.astype(bool)
    n_pos = int(pos.sum())
    if n_pos == 0 or n_pos == pos.size:
        return None
    order = np.argsort(-scores, kind="mergesort")
    s, p = scores[order], pos[order]
    tps = np.cumsum(p)
    fps = np.cumsum(~p)
    last = np.r_[np.flatnonzero(np.diff(s)), s.size - 1]  # last index of each distinct score
    tps, fps = tps[last], fps[last]
    precision = tps / (tps + fps)
    recall = tps / n_pos
    steps = np.diff(np.r_[0.0, recall])
    return float(np.sum(steps * precision))


def binary_metrics(
    y: np.ndarray, scores: np.ndarray, threshold: float, pred: np.ndarray | None = None
) -> BinaryMetrics:
    """Metrics of ``scores >= threshold`` (or of ``pred`` when given, e.g. the worker's decisions)."""
    y = np.asarray(y).astype(np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    tn, fp, fn, tp = confusion(y, scores >= threshold if pred is None else np.asarray(pred, dtype=bool))
    p, r = _div(tp, tp + fp), _div(tp, tp + fn)
    pn, rn = _div(tn, tn + fn), _div(tn, tn + fp)
    f1, f1n = _f1(p, r), _f1(pn, rn)
    return BinaryMetrics(
        n=int(y.size), positives=int(y.sum()), threshold=float(threshold),
        precision=p, recall=r, f1=f1, precision_neg=pn, recall_neg=rn, f1_neg=f1n,
        macro_f1=(f1 + f1n) / 2.0, accuracy=_div(tp + tn, y.size),
        roc_auc=roc_auc(y, scores), pr_auc=average_precision(y, scores),
        tn=tn, fp=fp, fn=fn, tp=tp,
    )


def sweep(y: np.ndarray, scores: np.ndarray, thresholds: np.ndarray | None = None) -> list[dict[str, float]]:
    """Precision, recall and macro-F1 at each threshold (default 0.05 .. 0.95 by 0.05)."""
    if thresholds is None:
        thresholds = np.round(np.arange(0.05, 0.951, 0.05), 2)
    rows = []
    for t in thresholds:
        m = binary_metrics(y, scores, float(t))
        rows.append({"threshold": float(t), "precision": m.precision, "recall": m.recall, "f1": m.f1,
                     "macro_f1": m.macro_f1, "flagged": m.tp + m.fp})
    return rows


def best_threshold(y: np.ndarray, scores: np.ndarray, lo: float = 0.05, hi: float = 0.95) -> float:
    """The threshold (on a 0.01 grid) that maximises macro-F1; ties go to the middle of the best plateau."""
    grid = np.round(np.arange(lo, hi + 1e-9, 0.01), 2)
    values = np.array([binary_metrics(y, scores, float(t)).macro_f1 for t in grid])
    best = np.flatnonzero(values >= values.max() - 1e-12)
    return float(grid[best[len(best) // 2]])


def threshold_for_precision(y: np.ndarray, scores: np.ndarray, precision: float, floor: float) -> float:
    """The lowest threshold >= floor (0.01 grid) reaching the given precision; 0.99 when none does."""
    for t in np.round(np.arange(floor, 0.991, 0.01), 2):
        m = binary_metrics(y, scores, float(t))
        if m.tp + m.fp > 0 and m.precision >= precision:
            return float(t)
    return 0.99


# -- reading a labelled file --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Labelled:
    texts: list[str]
    labels: np.ndarray  # int64 0/1
    groups: dict[str, list[str]] = field(default_factory=dict)  # column -> value per row (target, dataset)


_TRUE = {"1", "1.0", "true", "yes", "hate", "hateful"}
_FALSE = {"0", "0.0", "false", "no", "none", "not_hate", "normal"}


def read_labelled(path: Path, text_col: str = "text", label_col: str = "label") -> Labelled:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    csv.field_size_limit(sys.maxsize)
    texts: list[str] = []
    labels: list[int] = []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
        columns = reader.fieldnames or []
        for col in (text_col, label_col):
            if col not in columns:
                raise InputError(f"{path}: no {col!r} column (columns: {', '.join(columns) or 'none'})")
        group_cols = [c for c in GROUP_COLUMNS if c in columns and c not in (text_col, label_col)]
        groups: dict[str, list[str]] = {c: [] for c in group_cols}
        for number, row in enumerate(reader, start=2):
            raw = (row.get(label_col) or "").strip().lower()
            if raw in _TRUE:
                labels.append(1)
            elif raw in _FALSE:
                labels.append(0)
            else:
                raise InputError(f"{path}: line {number}: label {row.get(label_col)!r} in column {label_col!r} "
                                 "is not binary (use 0/1)")
            texts.append(row.get(text_col) or "")
            for c in group_cols:
                groups[c].append((row.get(c) or "").strip() or "(none)")
    if not texts:
        raise InputError(f"{path}: no rows")
    return Labelled(texts, np.asarray(labels, dtype=np.int64), groups)


# -- scoring the worker's way -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Scored:
    hate: np.ndarray  # float64 probabilities of the hate label
    flagged: np.ndarray  # bool: the worker's decision is review or remove
    threshold: float  # the review threshold the decisions used
    model: dict[str, str]
    removed: np.ndarray | None = None  # bool: the worker's decision is remove
    tiers: dict[str, Any] = field(default_factory=dict)  # which models ran and how many posts each decided


def score_texts(texts: Sequence[str], args: argparse.Namespace, progress: bool) -> Scored:
    """Verdicts through the scorer the worker builds from its settings (``scorer_from_settings``): the same
    normalisation, windows, lexicons, cascade and policy, so eval measures what production would flag."""
    from tqdm import tqdm

    from worker.pipeline.scoring import scorer_from_settings
    from worker.tools.offline import scoring_settings

    scorer = scorer_from_settings(scoring_settings(args, encoder_model=args.encoder, review_threshold=args.threshold))
    hate_label = scorer.policy.hate_label
    hate = np.zeros(len(texts), dtype=np.float64)
    flagged = np.zeros(len(texts), dtype=bool)
    removed = np.zeros(len(texts), dtype=bool)
    decided_by: dict[str, int] = {}
    with tqdm(total=len(texts), unit="post", desc="eval", disable=not progress, file=sys.stderr) as bar:
        for lo in range(0, len(texts), BATCH):
            verdicts = scorer.score(texts[lo : lo + BATCH])
            for i, v in enumerate(verdicts, start=lo):
                hate[i] = v.scores.get(hate_label, 0.0)
                flagged[i] = v.decision in ("review", "remove")
                removed[i] = v.decision == "remove"
                decided_by[v.tier] = decided_by.get(v.tier, 0) + 1
            bar.update(len(verdicts))
    return Scored(hate, flagged, scorer.policy.review, scorer.model_ref.as_dict(), removed,
                  {"description": scorer.describe(), "decided_by": decided_by})


# -- the report ---------------------------------------------------------------------------------------------------
def evaluate(data: Labelled, scored: Scored) -> dict[str, Any]:
    m = binary_metrics(data.labels, scored.hate, scored.threshold, pred=scored.flagged)
    report: dict[str, Any] = {
        "n": m.n, "positives": m.positives, "threshold": scored.threshold, "model": scored.model,
        "macro_f1": m.macro_f1, "precision": m.precision, "recall": m.recall, "f1": m.f1,
        "accuracy": m.accuracy, "roc_auc": m.roc_auc, "pr_auc": m.pr_auc,
        "per_class": {
            "hate": {"precision": m.precision, "recall": m.recall, "f1": m.f1, "support": m.positives},
            "not_hate": {"precision": m.precision_neg, "recall": m.recall_neg, "f1": m.f1_neg,
                         "support": m.n - m.positives},
        },
        "confusion": {"tn": m.tn, "fp": m.fp, "fn": m.fn, "tp": m.tp},
        "sweep": sweep(data.labels, scored.hate),
        "tiers": scored.tiers,
        "breakdowns": {},
    }
    if scored.removed is not None:
        tn, fp, fn, tp = confusion(data.labels, scored.removed)
        report["at_remove"] = {"removed": tp + fp, "precision": _div(tp, tp + fp) if tp + fp else None,
                               "recall": _div(tp, tp + fn)}
    for col, values in data.groups.items():
        report["breakdowns"][col] = breakdown(data.labels, scored, np.asarray(values, dtype=object))
    return report


def breakdown(y: np.ndarray, scored: Scored, values: np.ndarray) -> dict[str, dict[str, Any]]:
    out = {}
    for value in sorted(set(values.tolist())):
        sel = values == value
        m = binary_metrics(y[sel], scored.hate[sel], scored.threshold, pred=scored.flagged[sel])
        out[str(value)] = {"n": m.n, "positives": m.positives, "precision": m.precision, "recall": m.recall,
                           "f1": m.f1, "macro_f1": m.macro_f1, "accuracy": m.accuracy, "roc_auc": m.roc_auc,
                           "flagged_rate": _div(m.tp + m.fp, m.n)}
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render_text(report: dict[str, Any]) -> str:
    c = report["confusion"]
    tiers = report.get("tiers") or {}
    lines = [
        f"model {report['model']['name']} {report['model']['version']} - {report['n']} posts, "
        f"{report['positives']} hateful - review threshold {report['threshold']:.2f}",
    ]
    if tiers:
        decided = ", ".join(f"{k} {v}" for k, v in sorted(tiers.get("decided_by", {}).items()))
        lines.append(f"tiers: {tiers.get('description', '?')} - posts decided by: {decided or 'none'}")
    lines += [
        "",
        f"macro-F1 {_fmt(report['macro_f1'])}   ROC-AUC {_fmt(report['roc_auc'])}   PR-AUC {_fmt(report['pr_auc'])}   "
        f"accuracy {_fmt(report['accuracy'])}",
    ]
    if "at_remove" in report:
        r = report["at_remove"]
        lines.append(f"at remove: {r['removed']} posts removed, precision {_fmt(r['precision'])}, "
                     f"recall {_fmt(r['recall'])}")
    lines += [
        "",
        f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}",
    ]
    for name, row in report["per_class"].items():
        lines.append(f"{name:<10} {_fmt(row['precision']):>9} {_fmt(row['recall']):>7} {_fmt(row['f1']):>6} "
                     f"{row['support']:>8}")
    lines += ["", "confusion (rows: truth, columns: flagged)", f"{'':>10} {'allow':>7} {'flagged':>8}",
              f"{'not_hate':>10} {c['tn']:>7} {c['fp']:>8}", f"{'hate':>10} {c['fn']:>7} {c['tp']:>8}", "",
              "threshold sweep (model score only)", f"{'threshold':>9} {'precision':>9} {'recall':>7} "
              f"{'macro_f1':>8} {'flagged':>8}"]
    for row in report["sweep"]:
        lines.append(f"{row['threshold']:>9.2f} {row['precision']:>9.3f} {row['recall']:>7.3f} "
                     f"{row['macro_f1']:>8.3f} {row['flagged']:>8}")
    for col, groups in report["breakdowns"].items():
        lines += ["", f"by {col}", f"{col:<20} {'n':>6} {'hate':>5} {'accuracy':>8} {'flagged':>7} {'precision':>9} "
                  f"{'recall':>7} {'macro_f1':>8} {'roc_auc':>7}"]
        for value, g in groups.items():
            lines.append(f"{value[:20]:<20} {g['n']:>6} {g['positives']:>5} {_fmt(g['accuracy']):>8} "
                         f"{_fmt(g['flagged_rate']):>7} {_fmt(g['precision']):>9} {_fmt(g['recall']):>7} "
                         f"{_fmt(g['macro_f1']):>8} {_fmt(g['roc_auc']):>7}")
    return "\n".join(lines) + "\n"


def write_report(directory: Path, report: dict[str, Any], y: np.ndarray, hate: np.ndarray) -> list[Path]:
    """report.md plus pr_curve.png and score_histogram.png (matplotlib, the `report` extra)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise InputError(f"--report needs matplotlib (pip install 'vigie[report]'): {exc}") from None
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    fig, ax = plt.subplots(figsize=(5, 4))
    precision, recall = pr_curve(y, hate)
    ax.plot(recall, precision)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title(f"PR curve (PR-AUC {_fmt(report['pr_auc'])})")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    fig.tight_layout()
    written.append(_save(fig, directory / "pr_curve.png", plt))
    fig, ax = plt.subplots(figsize=(5, 4))
    bins = [i / 20 for i in range(21)]
    ax.hist(hate[y == 0], bins=bins, alpha=0.6, label="not hate")
    ax.hist(hate[y == 1], bins=bins, alpha=0.6, label="hate")
    ax.axvline(report["threshold"], color="k", linestyle="--", label="review threshold")
    ax.set_xlabel("hate score")
    ax.set_ylabel("posts")
    ax.legend()
    fig.tight_layout()
    written.append(_save(fig, directory / "score_histogram.png", plt))
    md = directory / "report.md"
    md.write_text("# Vigie evaluation\n\n```\n" + render_text(report) + "```\n\n"
                  "![PR curve](pr_curve.png)\n\n![Score histogram](score_histogram.png)\n", encoding="utf-8")
    written.append(md)
    return written


def _save(fig: Any, path: Path, plt: Any) -> Path:
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def pr_curve(y: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(-scores, kind="mergesort")
    pos = y[order].astype(bool)
    tps, fps = np.cumsum(pos), np.cumsum(~pos)
    last = np.r_[np.flatnonzero(np.diff(scores[order])), scores.size - 1]
    tps, fps = tps[last], fps[last]
    return tps / np.maximum(tps + fps, 1), tps / max(int(pos.sum()), 1)


# -- the command --------------------------------------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="labelled CSV (or TSV)")
    parser.add_argument("--model", type=Path, default=None, help="model bundle directory (default: the committed one)")
    parser.add_argument("--text-col", default="text", help="text column (default text)")
    parser.add_argument("--label-col", default="label", help="label column, 0/1 (default label)")
    parser.add_argument("--threshold", type=float, default=None, help="review threshold (default: the bundle's)")
    parser.add_argument("--encoder", default=None,
                        help="the cascade's encoder: a bundle directory, 'auto' (the committed one) or 'off' "
                             "(fast tier only); default: VIGIE_ENCODER_MODEL, as the worker")
    parser.add_argument("--lexicon", action="append", type=Path, default=[], help="an extra term list (repeatable)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the readable report")
    parser.add_argument("--report", type=Path, default=None, metavar="DIR", help="write report.md and PNG plots")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace, scorer: Callable[..., Scored] = score_texts) -> int:
    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        raise InputError(f"--threshold must be within [0, 1], got {args.threshold}")
    data = read_labelled(args.file, args.text_col, args.label_col)
    progress = not args.no_progress and len(data.texts) >= 2 * BATCH
    scored = scorer(data.texts, args, progress)
    report = evaluate(data, scored)
    if args.report is not None:
        written = write_report(args.report, report, data.labels, scored.hate)
        report["report_files"] = [str(p) for p in written]
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        sys.stdout.write(render_text(report))
    return 0
