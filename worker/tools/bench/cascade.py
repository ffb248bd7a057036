"""Cascade benchmark: what the encoder's second opinion buys, what it costs, and how close the encoder runs to the CPU.

Quality is the worker's own: every post is decided by ``Scorer`` (normaliser, fast model, term lists, policy) once
with the fast tier alone and once with the encoder deciding every post; a band's cascade then takes, post by post,
the encoder's verdict where the band (or an escalating term) sends it there and the fast verdict elsewhere, exactly
as ``Scorer._cascade`` does. Measured on ``fr_hate_dev.csv`` (tweets) and on the functional suite's evaluation half
(``models/suite/eval.csv``): macro-F1, ROC-AUC, precision at ``remove``, share escalated, and for the suite the
worst kinds of case and how often neutral or positive statements about a group are flagged. Nothing here picks the
band: the default band is the one in ``worker.pipeline.cascade.Band``.

Speed: posts/s of ``Scorer.score`` fast-only and with the default cascade over dev posts (real tweets), the
encoder's own texts/s on one thread, its tokens per post, and the multiply-adds that costs (from the bundle's
``architecture``), i.e. how many GFLOP/s the encoder sustains against what one core can do.

    python -m worker.tools.bench.cascade --data ../shared/data [--json-out cascade-bench.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

from worker.pipeline.cascade import Band, term_mask
from worker.pipeline.model import HFSequenceModel, default_encoder_path
from worker.pipeline.normalize import normalize_batch
from worker.pipeline.scoring import Scorer

ROOT = Path(__file__).resolve().parents[3]
SUITE_EVAL = ROOT / "models" / "suite" / "eval.csv"
IDENTITY_KINDS = ("identity_neutral", "identity_positive")

# (name, band); None = no escalation, "all" = every post goes to the encoder.
SETTINGS: tuple[tuple[str, Band | str | None], ...] = (
    ("fast only", None),
    ("terms only", Band(0.5, 0.5)),
    ("band 0.40-0.50", Band(0.40, 0.50)),
    ("band 0.30-0.60", Band(0.30, 0.60)),
    ("band 0.20-0.60", Band(0.20, 0.60)),
    ("band 0.25-0.80", Band(0.25, 0.80)),
    ("band 0.20-0.80", Band(0.20, 0.80)),
    ("band 0.10-0.90", Band(0.10, 0.90)),
    ("band 0.05-0.95", Band(0.05, 0.95)),
    ("encoder only", "all"),
)


@dataclass(frozen=True, slots=True)
class Decided:
    """Each post's verdict under one tier: flagged (review or remove), removed, hate score."""

    flagged: np.ndarray
    removed: np.ndarray
    hate: np.ndarray


def decided(scorer: Scorer, texts: Sequence[str], batch: int = 256) -> Decided:
    label = scorer.policy.hate_label
    verdicts = [v for i in range(0, len(texts), batch) for v in scorer.score(texts[i : i + batch])]
    return Decided(np.array([v.decision != "allow" for v in verdicts]),
                   np.array([v.decision == "remove" for v in verdicts]),
                   np.array([v.scores[label] for v in verdicts], dtype=np.float32))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def escalated_for(setting: Band | str | None, fast: np.ndarray, matched: np.ndarray) -> np.ndarray:
    if setting is None:
        return np.zeros(len(fast), dtype=bool)
    if setting == "all":
        return np.ones(len(fast), dtype=bool)
    assert isinstance(setting, Band)
    in_band = (fast >= setting.low) & (fast < setting.high)
    return np.asarray(in_band | matched, dtype=bool)


def evaluate(fast_scorer: Scorer, encoder_scorer: Scorer, rows: Sequence[Mapping[str, str]],
             settings: Sequence[tuple[str, Band | str | None]] = SETTINGS) -> list[dict[str, Any]]:
    """Each setting on a labelled set, with the worker's full decisions."""
    texts = [r["text"] for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    fast, enc = decided(fast_scorer, texts), decided(encoder_scorer, texts)
    matched = term_mask(fast_scorer.lexicon.match(n) for n in normalize_batch(texts))
    kinds = [r.get("functionality", "") for r in rows]
    out = []
    for name, setting in settings:
        esc = escalated_for(setting, fast.hate, matched)
        flagged = np.where(esc, enc.flagged, fast.flagged)
        removed = np.where(esc, enc.removed, fast.removed)
        score = np.where(esc, enc.hate, fast.hate)
        row: dict[str, Any] = {
            "setting": name, "band": _band(setting), "escalated": float(esc.mean()),
            "macro_f1": float(f1_score(y, flagged, average="macro")),
            "precision": float(precision_score(y, flagged, zero_division=0)),
            "recall": float(recall_score(y, flagged)),
            "roc_auc": float(roc_auc_score(y, score)),
            "precision_at_remove": float(precision_score(y, removed, zero_division=0)),
            "removed": int(removed.sum()),
        }
        if any(kinds):
            per_kind: dict[str, list[bool]] = defaultdict(list)
            for kind, truth, flag in zip(kinds, y.tolist(), flagged.tolist(), strict=True):
                per_kind[kind].append(bool(truth) == flag)
            accuracy = {k: float(np.mean(v)) for k, v in sorted(per_kind.items())}
            identity = [f for k, f in zip(kinds, flagged.tolist(), strict=True) if k in IDENTITY_KINDS]
            row |= {"kind_accuracy": accuracy, "kinds_below_0_70": sum(a < 0.70 for a in accuracy.values()),
                    "identity_flagged": float(np.mean(identity)) if identity else None}
        out.append(row)
    return out


def flops_per_token(arch: Mapping[str, int], tokens: int) -> float:
    """Floating-point operations (2 per multiply-add) per token of a post of ``tokens`` tokens, over all layers:
    the four attention projections and the two feed-forward matrices, plus the attention scores and their mix."""
    h, ff, layers = arch["hidden"], arch["intermediate"], arch["layers"]
    return 2.0 * layers * (4 * h * h + 2 * h * ff + 2 * tokens * h)


def encoder_speed(model: HFSequenceModel, texts: Sequence[str], repeats: int = 2) -> dict[str, Any]:
    """Texts/s of the encoder alone on ``texts`` (one thread, its own length-sorted batches), its tokens per text,
    and the GFLOP/s that sustains."""
    clean = [n.text for n in normalize_batch(texts)]
    model.predict(clean[:64])  # warm-up
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        model.predict(clean)
        best = min(best, time.perf_counter() - started)
    tokens = np.array(model.token_counts(clean))
    out: dict[str, Any] = {"texts": len(clean), "texts_per_s_one_thread": len(clean) / best,
                           "tokens_mean": float(tokens.mean()), "tokens_p95": float(np.percentile(tokens, 95))}
    arch = model.architecture
    if arch:
        flops = float(sum(t * flops_per_token(arch, int(t)) for t in tokens)) / len(tokens)
        out |= {"architecture": dict(arch), "gflop_per_text": flops / 1e9,
                "gflop_per_s": flops * len(clean) / best / 1e9}
    return out


def throughput(scorer: Scorer, texts: Sequence[str], batch: int = 512) -> dict[str, float]:
    """Posts/s of the worker's scoring (normalise, fast model, term lists, escalation, encoder, decisions)."""
    escalated = [0]
    scorer.on_escalated = lambda n: escalated.__setitem__(0, escalated[0] + n)
    if scorer.encoder is not None:
        scorer.encoder.cache.__init__(scorer.encoder.cache.size)  # type: ignore[misc]  # cold cache: no free hits
    started = time.perf_counter()
    for i in range(0, len(texts), batch):
        scorer.score(texts[i : i + batch])
    seconds = time.perf_counter() - started
    scorer.on_escalated = None
    return {"posts_per_s": len(texts) / seconds, "escalated": escalated[0] / len(texts)}


def _band(setting: Band | str | None) -> str:
    if isinstance(setting, Band):
        return f"[{setting.low:.2f}, {setting.high:.2f}) + terms"
    return "-" if setting is None else "[0, 1]"


def run(data_dir: Path, *, n_posts: int = 2000, seed: int = 7, quick: bool = False, model: Path | None = None,
        encoder: Path | None = None) -> dict[str, Any]:
    """``model`` / ``encoder``: bundles to measure instead of the committed ones (a candidate before committing)."""
    encoder_path = encoder or default_encoder_path()
    fast_scorer = Scorer.from_bundle(model)
    everything = Scorer.from_bundle(model, encoder_path=encoder_path, band=Band(0.0, 1.0))
    dev = read_csv(Path(data_dir) / "fr_hate_dev.csv")
    suite = read_csv(SUITE_EVAL)
    train_texts = [r["text"] for r in read_csv(Path(data_dir) / "fr_hate_train.csv")]
    rng = np.random.default_rng(seed)
    posts = [train_texts[i] for i in rng.integers(0, len(train_texts), 300 if quick else n_posts)]
    rates: dict[str, Any] = {"posts": len(posts), "source": "fr_hate_train.csv texts, resampled (real tweets)"}
    rates["fast_only"] = throughput(fast_scorer, posts)
    for threads in (1, 2):
        cascade = Scorer.from_bundle(model, encoder_path=encoder_path, encoder_threads=threads)
        rates[f"cascade_{threads}_encoder_threads"] = throughput(cascade, posts)
    assert everything.encoder is not None and isinstance(everything.encoder.model, HFSequenceModel)
    return {
        "fast_model": f"{fast_scorer.model.name} {fast_scorer.model.version}",
        "encoder_model": f"{everything.encoder.model.name} {everything.encoder.model.version}",
        "default_band": [Band().low, Band().high],
        "dev": evaluate(fast_scorer, everything, dev),
        "suite_eval": evaluate(fast_scorer, everything, suite),
        "throughput": rates,
        "encoder_speed": encoder_speed(everything.encoder.model, posts[: 200 if quick else 1000]),
    }


def _settings_lines(title: str, rows: Sequence[Mapping[str, Any]]) -> list[str]:
    lines = [title, f"  {'setting':<16} {'band':<22} {'escal.':>7} {'macro-F1':>9} {'prec.':>6} {'recall':>6} "
             f"{'AUC':>6} {'P@rm':>6}  suite: kinds<0.70, identity flagged, worst kinds"]
    for r in rows:
        line = (f"  {r['setting']:<16} {r['band']:<22} {r['escalated']:>7.1%} {r['macro_f1']:>9.4f} "
                f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['roc_auc']:>6.3f} {r['precision_at_remove']:>6.3f}")
        if "kind_accuracy" in r:
            worst = sorted(r["kind_accuracy"].items(), key=lambda kv: kv[1])[:3]
            line += (f"  {r['kinds_below_0_70']}, {r['identity_flagged']:.0%}, "
                     + ", ".join(f"{k} {v:.2f}" for k, v in worst))
        lines.append(line)
    return lines


def table(result: dict[str, Any]) -> str:
    lines = [f"fast {result['fast_model']}, encoder {result['encoder_model']}, default band "
             f"[{result['default_band'][0]:.2f}, {result['default_band'][1]:.2f})"]
    lines += _settings_lines("fr_hate_dev.csv (tweets):", result["dev"])
    lines += _settings_lines("functional suite, evaluation half:", result["suite_eval"])
    t = result["throughput"]
    fast = t["fast_only"]["posts_per_s"]
    for key in ("cascade_1_encoder_threads", "cascade_2_encoder_threads"):
        c = t[key]
        lines.append(f"scoring throughput ({t['posts']} tweets): fast only {fast:,.0f}/s; {key.replace('_', ' ')} "
                     f"{c['posts_per_s']:,.0f}/s ({c['escalated']:.1%} escalated), ratio {c['posts_per_s'] / fast:.2f}")
    s = result["encoder_speed"]
    line = (f"encoder alone, one thread: {s['texts_per_s_one_thread']:,.0f} texts/s; {s['tokens_mean']:.1f} tokens "
            f"per text (p95 {s['tokens_p95']:.0f})")
    if "gflop_per_text" in s:
        line += (f"; {s['gflop_per_text']:.2f} GFLOP per text, {s['gflop_per_s']:.0f} GFLOP/s sustained "
                 f"({s['architecture']['layers']} layers)")
    lines.append(line)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Cascade benchmark (fast model + encoder second opinion).")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--json-out", type=Path)
    ap.add_argument("--model", type=Path, help="fast-tier bundle directory (default: the committed one)")
    ap.add_argument("--encoder", type=Path, help="encoder bundle directory (default: the committed one)")
    args = ap.parse_args(argv)
    result = run(args.data, n_posts=args.posts, model=args.model, encoder=args.encoder)
    print(table(result))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
