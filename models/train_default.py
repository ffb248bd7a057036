"""Train Vigie's default French hate-speech classifier and write the bundle ``models/vigie-fr-default/``.

    .venv/bin/python models/train_default.py --data ../shared/data      # what `make model` runs

Pipeline (seeded, deterministic; a few minutes on one core):
1. read ``fr_hate_train.csv`` / ``fr_hate_dev.csv`` (never copied into the repo) plus our own written examples
   ``models/extra/*.csv`` (see ``models/extra/README.md``); repair mojibake; normalise every text with
   ``worker.normalize.normalize`` exactly as the worker will;
2. hashed char 3-5-gram + word 1-2-gram features with ``worker.featurize`` (the runtime featuriser: train/serve parity),
   smoothed idf from the training texts;
3. one logistic regression for ``hate`` and one per target category (one-vs-rest, on the rows whose target is known);
4. thresholds chosen on dev (hate) and on out-of-fold predictions (categories); metrics on dev and on the separate
   functional set ``models/extra/functional_eval.csv`` (never trained on);
5. export: ``model.onnx`` (float16 table), ``idf.npy``, ``manifest.json`` with sha256 of every file.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402
from tqdm import tqdm  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.evaluate import best_threshold, binary_metrics, threshold_for_precision  # noqa: E402
from worker.featurize import Featurizer, FeaturizerSpec, document_frequency, smooth_idf  # noqa: E402
from worker.model import hashed_graph, load_bundle, write_manifest  # noqa: E402
from worker.normalize import normalize  # noqa: E402

SEED = 20240601
HATE = "hate"
CATEGORIES = ("origin", "religion", "gender", "lgbt", "disability", "other")
LABELS = (HATE, *CATEGORIES)
EXTRA_DIR = ROOT / "models" / "extra"
FUNCTIONAL = EXTRA_DIR / "functional_eval.csv"
BUNDLE = ROOT / "models" / "vigie-fr-default"
THIN = 100  # fewer known positives than this: the manifest says the category is too thin to trust

# Target group (the `target` column) -> category. `individual` is a person, not a group: no category.
TARGET_CATEGORY = {
    "african_descent": "origin", "arabs": "origin", "asians": "origin", "immigrants": "origin",
    "refugees": "origin", "hispanics": "origin", "indian/hindu": "origin",
    "jews": "religion", "muslims": "religion", "islam": "religion", "christian": "religion",
    "women": "gender", "gay": "lgbt", "special_needs": "disability",
    "left_wing_people": "other", "other": "other", "individual": "none",
}


@dataclass(frozen=True, slots=True)
class Row:
    text: str  # normalised
    label: int
    category: str | None  # one of CATEGORIES, "none" (no group), or None (unknown)
    dataset: str
    target: str
    weight: float = 1.0


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 (``Ã©`` -> ``é``) when the round trip is clean; else leave the text."""
    if "Ã" not in text and "â" not in text:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def category_of(dataset: str, target: str, label: int) -> str | None:
    if target in TARGET_CATEGORY:
        return TARGET_CATEGORY[target]
    if dataset == "sexism" and label == 1:
        return "gender"
    if dataset == "CONAN":
        return "religion"
    return None


def read_shared(path: Path, repair: bool = True) -> list[Row]:
    """Rows of a shared CSV; ``repair`` undoes mojibake (training only: dev is scored as production sees it)."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = []
        for r in csv.DictReader(fh):
            label = int(r["label"])
            text = normalize(fix_mojibake(r["text"]) if repair else r["text"]).text
            rows.append(Row(text, label, category_of(r["dataset"], r["target"], label), r["dataset"], r["target"]))
    return rows


def read_extra(path: Path, weight: float) -> list[Row]:
    """Our own written examples: columns text,label,category[,pattern]; category may be empty (unknown)."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = []
        for r in csv.DictReader(fh):
            cat = (r.get("category") or "").strip() or None
            if cat is not None and cat not in (*CATEGORIES, "none"):
                raise SystemExit(f"{path}: unknown category {cat!r}")
            pattern = r.get("pattern") or ""
            rows.append(Row(normalize(r["text"]).text, int(r["label"]), cat, "extra:" + path.stem, pattern, weight))
    return rows


def features(fz: Featurizer, texts: list[str], desc: str) -> sparse.csr_matrix:
    parts = []
    step = 2048
    for i in tqdm(range(0, len(texts), step), desc=desc, unit="batch", leave=False, disable=not desc):
        b = fz.transform(texts[i : i + step])
        parts.append(sparse.csr_matrix((b.weights, (b.rows, b.indices)), shape=(b.n_rows, fz.spec.n_features)))
    return sparse.vstack(parts).tocsr()


def fit(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=SEED)
    clf.fit(x, y, sample_weight=w)
    return clf


def oof_scores(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, c: float, folds: int = 5) -> np.ndarray:
    out = np.zeros(y.size)
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for tr, te in skf.split(np.zeros(y.size), y):
        out[te] = fit(x[tr], y[tr], w[tr], c).predict_proba(x[te])[:, 1]
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=BUNDLE)
    ap.add_argument("--c-hate", type=float, default=2.0)
    ap.add_argument("--c-category", type=float, default=4.0)
    ap.add_argument("--extra-weight", type=float, default=1.5)
    ap.add_argument("--no-extra", action="store_true", help="train on the shared data only (for comparison)")
    args = ap.parse_args(argv)
    np.random.seed(SEED)
    stages = tqdm(total=6, desc="train", unit="stage")

    stages.set_postfix_str("reading data")
    train_path, dev_path = args.data / "fr_hate_train.csv", args.data / "fr_hate_dev.csv"
    train = read_shared(train_path)
    dev = read_shared(dev_path, repair=False)
    extra_files = [] if args.no_extra else sorted(p for p in EXTRA_DIR.glob("*.csv") if p != FUNCTIONAL)
    extra = [r for p in extra_files for r in read_extra(p, args.extra_weight)]
    functional = read_extra(FUNCTIONAL, 1.0) if FUNCTIONAL.exists() else []
    rows = train + extra
    stages.update()

    stages.set_postfix_str("features")
    spec = FeaturizerSpec()
    texts = [r.text for r in rows]
    df, n_docs = document_frequency(Featurizer(spec), [r.text for r in train])
    idf = smooth_idf(df, n_docs).astype(np.float16)  # stored as float16: train on exactly what is served
    fz = Featurizer(spec, idf.astype(np.float32))
    x = features(fz, texts, "train features")
    x_dev = features(fz, [r.text for r in dev], "dev features")
    y = np.array([r.label for r in rows])
    w = np.array([r.weight for r in rows])
    stages.update()

    stages.set_postfix_str("hate head")
    hate_clf = fit(x, y, w, args.c_hate)
    coef = [hate_clf.coef_[0]]
    bias = [hate_clf.intercept_[0]]
    stages.update()

    stages.set_postfix_str("category heads")
    known = np.array([r.category is not None for r in rows])
    cat_report: dict[str, Any] = {}
    cat_min: dict[str, float] = {}
    xk, wk = x[known], w[known]
    known_rows = [r for r in rows if r.category is not None]
    shared = np.array([not r.dataset.startswith("extra:") for r in known_rows])
    for cat in tqdm(CATEGORIES, desc="categories", leave=False):
        yc = np.array([r.category == cat for r in known_rows], dtype=np.int64)
        clf = fit(xk, yc, wk, args.c_category)
        coef.append(clf.coef_[0])
        bias.append(clf.intercept_[0])
        # Measured on the shared data only: our written examples are easy and would flatter the numbers.
        oof = oof_scores(xk, yc, wk, args.c_category)[shared]
        ys = yc[shared]
        support = int(ys.sum())
        t = best_threshold(ys, oof, 0.2, 0.8) if support else 0.5
        m = binary_metrics(ys, oof, t)
        cat_min[cat] = t
        cat_report[cat] = {
            "support": support, "support_written": int(yc[~shared].sum()), "known_rows": int(ys.size),
            "from": sorted({r.target or r.dataset for r in known_rows if r.category == cat
                            and not r.dataset.startswith("extra:")}),
            "threshold": t, "accuracy": _r(m.accuracy), "precision": _r(m.precision), "recall": _r(m.recall),
            "f1": _r(m.f1), "roc_auc": _r(m.roc_auc), "thin": support < THIN,
            "measured_on": "5-fold out-of-fold predictions on the shared training rows whose target is known",
        }
        if support < THIN:
            cat_report[cat]["note"] = (f"only {support} rows of the shared data target this group: the score leans on "
                                       "our written examples; rely on the lexicons for this category")
    stages.update()

    stages.set_postfix_str("thresholds and metrics")
    p_dev = hate_clf.predict_proba(x_dev)[:, 1]
    y_dev = np.array([r.label for r in dev])
    review = best_threshold(y_dev, p_dev)
    remove = max(review, threshold_for_precision(y_dev, p_dev, 0.85, floor=min(0.95, review + 0.1)))
    stages.update()

    stages.set_postfix_str("export")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    table = np.stack(coef, axis=1).astype(np.float16)
    (out / "model.onnx").write_bytes(hashed_graph(table, np.array(bias, dtype=np.float32)))
    with (out / "idf.npy").open("wb") as fh:
        np.save(fh, idf, allow_pickle=False)
    manifest: dict[str, Any] = {
        "name": "vigie-fr-default",
        "version": "0.3.0",
        "kind": "vigie-hashed-ngrams",
        "description": "French hate speech: hashed char 3-5-gram + word 1-2-gram tf-idf, logistic regression heads",
        "labels": list(LABELS),
        "hate_label": HATE,
        "activation": "sigmoid",
        "max_chars": 512,
        "normalized_input": True,
        "model": "model.onnx",
        "inputs": {
            "text": "worker.normalize.normalize(text).text",
            "indices": "int64 [batch, width] hashed feature ids (worker.featurize), padded with 0",
            "weights": "float32 [batch, width] tf-idf weights, L2-normalised per block, padded with 0",
            "output": "probs float32 [batch, labels]",
        },
        "featurizer": {"spec": spec.as_dict(), "idf": "idf.npy"},
        "thresholds": {"review": review, "remove": remove, "category_min": 0.5,
                       **{f"category_min.{k}": v for k, v in cat_min.items()}},
        "training": {
            "script": "models/train_default.py",
            "seed": SEED,
            "hyperparameters": {"C_hate": args.c_hate, "C_category": args.c_category,
                                "extra_weight": args.extra_weight, "solver": "liblinear"},
            "data": {
                "train": {"file": train_path.name, "sha256": sha256(train_path), "rows": len(train),
                          "hateful": int(sum(r.label for r in train))},
                "dev": {"file": dev_path.name, "sha256": sha256(dev_path), "rows": len(dev),
                        "hateful": int(sum(r.label for r in dev)), "use": "threshold selection and metrics"},
                "extra": {p.name: {"rows": sum(1 for r in extra if r.dataset == "extra:" + p.stem),
                                   "sha256": sha256(p)} for p in extra_files},
                "source": "French Hate Speech Superset (Tonneau et al., 2024); see ../shared/data/README.md",
                "category_rows": dict(Counter(r.category or "unknown" for r in rows)),
            },
            "trained_at": dt.date.today().isoformat(),
        },
        "metrics": {
            "dev": {**_metrics_dict(y_dev, p_dev, review),
                    "macro_f1_95ci": _bootstrap_macro_f1(y_dev, p_dev, review)},
            "dev_at_remove": _metrics_dict(y_dev, p_dev, remove),
            "categories": cat_report,
        },
    }
    if functional:
        fz_f = features(fz, [r.text for r in functional], "functional features")
        p_f = hate_clf.predict_proba(fz_f)[:, 1]
        y_f = np.array([r.label for r in functional])
        manifest["metrics"]["functional"] = _metrics_dict(y_f, p_f, review)
        manifest["metrics"]["functional"]["file"] = FUNCTIONAL.name
        manifest["metrics"]["functional"]["accuracy_by_pattern"] = _by_pattern(functional, p_f, review)
        manifest["metrics"]["functional"]["category_accuracy"] = _category_accuracy(functional, fz_f, coef, bias)
    write_manifest(out, manifest, ["model.onnx", "idf.npy"])
    stages.update()
    stages.close()

    # Check: the exported bundle, loaded the worker's way, reproduces the training-side scores.
    model = load_bundle(out)
    served = model.predict([r.text for r in dev])[:, 0]
    gap = float(np.max(np.abs(served - p_dev)))
    size = sum((out / f).stat().st_size for f in ("model.onnx", "idf.npy", "manifest.json"))
    print(json.dumps({"dev": manifest["metrics"]["dev"], "functional": manifest["metrics"].get("functional"),
                      "thresholds": manifest["thresholds"], "served_vs_trained_max_abs_diff": round(gap, 5),
                      "bundle_bytes": size}, indent=2))
    if gap > 0.01:
        print(f"error: the exported model differs from the trained one by {gap:.4f}", file=sys.stderr)
        return 1
    return 0


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def _bootstrap_macro_f1(y: np.ndarray, p: np.ndarray, t: float, n: int = 1000) -> list[float]:
    """95 % bootstrap interval of macro-F1 at a fixed threshold: how much a 500-row dev set can tell."""
    rng = np.random.default_rng(SEED)
    values = [binary_metrics(y[ix], p[ix], t).macro_f1 for ix in rng.integers(0, y.size, size=(n, y.size))]
    return [round(float(v), 3) for v in np.percentile(values, [2.5, 97.5])]


def _category_accuracy(rows: list[Row], x: sparse.csr_matrix, coef: list[np.ndarray], bias: list[float]) -> Any:
    """On hateful functional rows with a known group: how often the highest category score names that group."""
    scores = x @ np.stack(coef[1:], axis=1) + np.array(bias[1:])
    sel = [i for i, r in enumerate(rows) if r.label == 1 and r.category in CATEGORIES]
    hits = [CATEGORIES[int(np.argmax(scores[i]))] == rows[i].category for i in sel]
    return {"n": len(sel), "top1_accuracy": round(float(np.mean(hits)), 4) if hits else None}


def _by_pattern(rows: list[Row], p: np.ndarray, t: float) -> dict[str, dict[str, Any]]:
    """Accuracy per functional pattern (``target`` holds the pattern for extra rows)."""
    out: dict[str, dict[str, Any]] = {}
    for pattern in sorted({r.target for r in rows}):
        sel = np.array([r.target == pattern for r in rows])
        y = np.array([r.label for r in rows])[sel]
        out[pattern] = {"n": int(sel.sum()), "hateful": int(y.sum()),
                        "accuracy": round(float(np.mean((p[sel] >= t) == (y == 1))), 4)}
    return out


def _metrics_dict(y: np.ndarray, p: np.ndarray, t: float) -> dict[str, Any]:
    m = binary_metrics(y, p, t)
    return {"n": m.n, "positives": m.positives, "threshold": t, "macro_f1": _r(m.macro_f1),
            "precision": _r(m.precision), "recall": _r(m.recall), "f1": _r(m.f1), "accuracy": _r(m.accuracy),
            "roc_auc": _r(m.roc_auc), "pr_auc": _r(m.pr_auc),
            "confusion": {"tn": m.tn, "fp": m.fp, "fn": m.fn, "tp": m.tp}}


if __name__ == "__main__":
    raise SystemExit(main())
