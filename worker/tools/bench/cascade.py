"""Cascade benchmark: what the encoder's second opinion buys, and what it costs.

``run(data_dir)`` measures on ``fr_hate_dev.csv`` the fast model alone, the encoder alone and the cascade at a few
bands (macro-F1 at each tier's own ``review`` threshold, precision, recall, ROC-AUC, share escalated), both tiers on
the hand-written functional cases of ``models/encoder/functional_cases.csv``, and the throughput (posts/s, one
onnxruntime thread each) of fast-only versus the cascade on posts resampled from dev.

    python -m worker.tools.bench.cascade --data ../shared/data [--json-out cascade-bench.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

from worker.pipeline.cascade import Band, combine, escalate_mask, second_opinion, term_mask
from worker.pipeline.lexicon import Lexicon
from worker.pipeline.model import Model, load_bundle
from worker.pipeline.normalize import normalize_batch

ROOT = Path(__file__).resolve().parents[3]
ENCODER_BUNDLE = ROOT / "models" / "vigie-fr-encoder"
FUNCTIONAL_CASES = ROOT / "models" / "encoder" / "functional_cases.csv"
BATCH = 64

# (name, band); None = no escalation, "all" = every post goes to the encoder.
SETTINGS: tuple[tuple[str, Band | str | None], ...] = (
    ("fast only", None),
    ("terms only", Band(0.5, 0.5)),
    ("band 0.40-0.50", Band(0.40, 0.50)),
    ("default band", Band()),
    ("band 0.25-0.85", Band(0.25, 0.85)),
    ("band 0.20-0.80", Band(0.20, 0.80)),
    ("band 0.05-0.95", Band(0.05, 0.95)),
    ("encoder only", "all"),
)


@dataclass(frozen=True, slots=True)
class Tiers:
    fast: Model
    encoder: Model
    lexicon: Lexicon

    @classmethod
    def load(cls, fast: Path | None = None, encoder: Path = ENCODER_BUNDLE) -> Tiers:
        return cls(load_bundle(fast), load_bundle(encoder), Lexicon.load())


def hate(model: Model, texts: Sequence[str]) -> np.ndarray:
    """The hate probability of each (normalised) text, in length-sorted batches."""
    column = model.labels.index(model.hate_label)
    return second_opinion(model.predict, texts, np.ones(len(texts), dtype=bool), column=column, batch_size=BATCH)


def read_csv(path: Path) -> tuple[list[str], np.ndarray, list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows]), rows


def escalated_for(setting: Band | str | None, fast: np.ndarray, matched: np.ndarray) -> np.ndarray:
    if setting is None:
        return np.zeros(len(fast), dtype=bool)
    if setting == "all":
        return np.ones(len(fast), dtype=bool)
    assert isinstance(setting, Band)
    return escalate_mask(fast, matched, setting)


def quality(y: np.ndarray, flagged: np.ndarray, score: np.ndarray) -> dict[str, float]:
    return {
        "macro_f1": float(f1_score(y, flagged, average="macro")),
        "precision": float(precision_score(y, flagged, zero_division=0)),
        "recall": float(recall_score(y, flagged)),
        "roc_auc": float(roc_auc_score(y, score)),
    }


def evaluate(tiers: Tiers, texts: Sequence[str], y: np.ndarray) -> list[dict[str, Any]]:
    """Each setting on a labelled set: a post is flagged when its deciding tier's score reaches that tier's review."""
    norms = normalize_batch(texts)
    clean = [n.text for n in norms]
    fast = hate(tiers.fast, clean)
    second = hate(tiers.encoder, clean)
    matched = term_mask(tiers.lexicon.match(n) for n in norms)
    fast_review = tiers.fast.thresholds["review"]
    enc_review = tiers.encoder.thresholds["review"]
    out = []
    for name, setting in SETTINGS:
        esc = escalated_for(setting, fast, matched)
        flagged = np.where(esc, second >= enc_review, fast >= fast_review)
        final = combine(fast, np.where(esc, second, np.nan), esc)
        out.append({"setting": name, "band": _band(setting), "escalated": float(esc.mean())}
                   | quality(y, flagged, final))
    return out


def breakdown(tiers: Tiers, texts: Sequence[str], y: np.ndarray, rows: Sequence[dict[str, str]]) -> dict[str, Any]:
    """Recall and false-positive rate of each tier alone, per source dataset and per target group of dev."""
    clean = [n.text for n in normalize_batch(texts)]
    flagged = {tier: hate(m, clean) >= m.thresholds["review"]
               for tier, m in (("fast", tiers.fast), ("encoder", tiers.encoder))}
    out: dict[str, Any] = {}
    for key in ("dataset", "target"):
        groups: dict[str, Any] = {}
        for g in sorted({r[key] or "(none)" for r in rows}):
            m = np.array([(r[key] or "(none)") == g for r in rows])
            pos, neg = m & (y == 1), m & (y == 0)
            groups[g] = {"n": int(m.sum()), "positives": int(pos.sum())} | {
                f"{tier}_{name}": (float(f[sel].mean()) if sel.any() else None)
                for tier, f in flagged.items() for name, sel in (("recall", pos), ("fpr", neg))}
        out[key] = groups
    return out


def throughput(tiers: Tiers, texts: Sequence[str], setting: Band | None) -> dict[str, float]:
    """Posts/s of normalise -> fast model -> term lists (-> escalate -> encoder), in batches of ``BATCH``."""
    escalated = 0
    started = time.perf_counter()
    for i in range(0, len(texts), BATCH):
        norms = normalize_batch(texts[i : i + BATCH])
        clean = [n.text for n in norms]
        fast = tiers.fast.predict(clean)[:, tiers.fast.labels.index(tiers.fast.hate_label)]
        matched = term_mask(tiers.lexicon.match(n) for n in norms)
        if setting is not None:
            esc = escalate_mask(fast, matched, setting)
            column = tiers.encoder.labels.index(tiers.encoder.hate_label)
            combine(fast, second_opinion(tiers.encoder.predict, clean, esc, column=column), esc)
            escalated += int(esc.sum())
    seconds = time.perf_counter() - started
    return {"posts_per_s": len(texts) / seconds, "escalated": escalated / len(texts)}


def _band(setting: Band | str | None) -> str:
    if isinstance(setting, Band):
        return f"[{setting.low:.2f}, {setting.high:.2f}) + terms"
    return "-" if setting is None else "[0, 1]"


def functional(tiers: Tiers) -> dict[str, Any]:
    texts, y, rows = read_csv(FUNCTIONAL_CASES)
    clean = [n.text for n in normalize_batch(texts)]
    out: dict[str, Any] = {}
    for tier, model in (("fast", tiers.fast), ("encoder", tiers.encoder)):
        flagged = hate(model, clean) >= model.thresholds["review"]
        per_case: dict[str, float] = {}
        for case in sorted({r["case"] for r in rows}):
            m = np.array([r["case"] == case for r in rows])
            per_case[case] = float((flagged[m] == y[m].astype(bool)).mean())
        out[tier] = {"accuracy": float((flagged == y.astype(bool)).mean()), "per_case_accuracy": per_case}
    return out


def run(data_dir: Path, *, n_posts: int = 1000, seed: int = 7) -> dict[str, Any]:
    tiers = Tiers.load()
    texts, y, rows = read_csv(Path(data_dir) / "fr_hate_dev.csv")
    rng = np.random.default_rng(seed)
    posts = [texts[i] for i in rng.integers(0, len(texts), n_posts)]
    fast_only = throughput(tiers, posts, None)
    cascade = throughput(tiers, posts, Band())
    return {
        "fast_model": f"{tiers.fast.name} {tiers.fast.version}",
        "encoder_model": f"{tiers.encoder.name} {tiers.encoder.version}",
        "default_band": [Band().low, Band().high],
        "dev": evaluate(tiers, texts, y),
        "dev_breakdown": breakdown(tiers, texts, y, rows),
        "functional_cases": functional(tiers),
        "throughput": {"posts": n_posts, "fast_only": fast_only, "cascade_default_band": cascade,
                       "ratio": cascade["posts_per_s"] / fast_only["posts_per_s"]},
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{'setting':<16} {'band':<22} {'escal.':>7} {'macro-F1':>9} {'prec.':>6} {'recall':>6} {'AUC':>6}"]
    lines.extend(f"{r['setting']:<16} {r['band']:<22} {r['escalated']:>7.1%} {r['macro_f1']:>9.4f} "
                 f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['roc_auc']:>6.3f}" for r in result["dev"])
    t = result["throughput"]
    lines.append(f"throughput ({t['posts']} posts): fast only {t['fast_only']['posts_per_s']:.0f}/s, cascade "
                 f"{t['cascade_default_band']['posts_per_s']:.0f}/s "
                 f"({t['cascade_default_band']['escalated']:.1%} escalated), ratio {t['ratio']:.2f}")
    lines.append(f"{'dataset':<12} {'n':>4} {'pos':>4} {'fast rec':>8} {'enc rec':>8} {'fast fpr':>8} {'enc fpr':>8}")
    lines.extend(f"{g:<12} {v['n']:>4} {v['positives']:>4} " + " ".join(
        f"{v[k]:>8.2f}" if v[k] is not None else f"{'-':>8}"
        for k in ("fast_recall", "encoder_recall", "fast_fpr", "encoder_fpr"))
        for g, v in result["dev_breakdown"]["dataset"].items())
    for tier, f in result["functional_cases"].items():
        cases = ", ".join(f"{k} {v:.2f}" for k, v in f["per_case_accuracy"].items())
        lines.append(f"functional cases, {tier}: accuracy {f['accuracy']:.2f} ({cases})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Cascade benchmark (fast model + encoder second opinion).")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--json-out", type=Path)
    args = ap.parse_args(argv)
    result = run(args.data, n_posts=args.posts)
    print(table(result))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
