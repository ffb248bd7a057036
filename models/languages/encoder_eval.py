"""What Vigie's models do outside French: the committed bundles on ``functional.csv`` (en, es, de, ar).

    .venv/bin/python models/languages/encoder_eval.py [--json OUT] [--bundle PATH ...]

For each bundle (default: the fast ``models/vigie-fr-default`` and the multilingual-e5 ``models/vigie-fr-encoder``),
every case is scored the way the worker would score it if its language were in ``VIGIE_LANGUAGES`` (a ``Scorer``
without routing: normalisation, windows, term lists, decision table), and reported per language:

- ``decision``: the worker's whole decision (review or remove = hateful): accuracy and macro-F1;
- ``model``: the bundle's hate score alone at its own review threshold (macro-F1) and its ROC-AUC;
- per functionality: the share of cases decided right (each functionality holds one class, so accuracy is the
  measure, as in ``vigie eval``'s breakdowns).

Nothing is downloaded; the identifier is not used (every case is judged).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from worker.pipeline.scoring import Scorer  # noqa: E402
from worker.tools.evaluate import binary_metrics  # noqa: E402

CASES = Path(__file__).with_name("functional.csv")
BUNDLES = (ROOT / "models" / "vigie-fr-default", ROOT / "models" / "vigie-fr-encoder")
BATCH = 32


def load_cases(path: Path = CASES) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def score(bundle: Path, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, float, str]:
    """Hate scores and flagged (review/remove) per text, the bundle's review threshold and its name and version."""
    scorer = Scorer.from_bundle(bundle)
    hate = np.zeros(len(texts))
    flagged = np.zeros(len(texts), dtype=bool)
    for lo in range(0, len(texts), BATCH):
        for i, verdict in enumerate(scorer.score(texts[lo : lo + BATCH]), start=lo):
            hate[i] = verdict.scores.get(scorer.policy.hate_label, 0.0)
            flagged[i] = verdict.decision in ("review", "remove")
    return hate, flagged, scorer.policy.review, f"{scorer.model.name} {scorer.model.version}"


def report(cases: Sequence[dict[str, str]], hate: np.ndarray, flagged: np.ndarray, review: float) -> dict[str, object]:
    y = np.array([int(c["label"]) for c in cases])
    out: dict[str, object] = {}
    for lang in sorted({c["lang"] for c in cases}):
        idx = np.array([i for i, c in enumerate(cases) if c["lang"] == lang])
        decision = binary_metrics(y[idx], hate[idx], review, pred=flagged[idx])
        model = binary_metrics(y[idx], hate[idx], review)
        by_kind: dict[str, list[bool]] = defaultdict(list)
        for i in idx:
            by_kind[cases[i]["functionality"]].append(bool(flagged[i]) == bool(y[i]))
        out[lang] = {
            "n": int(idx.size), "positives": int(y[idx].sum()),
            "decision": {"accuracy": decision.accuracy, "macro_f1": decision.macro_f1, "recall": decision.recall,
                         "false_positive_rate": decision.fp / max(1, decision.fp + decision.tn)},
            "model": {"macro_f1": model.macro_f1, "roc_auc": model.roc_auc},
            "functionality": {k: sum(v) / len(v) for k, v in sorted(by_kind.items())},
        }
    return out


def table(name: str, figures: dict[str, dict[str, object]]) -> str:
    lines = [f"{name}", "lang  n   decision acc  decision macro-F1  recall  FPR    model macro-F1  ROC-AUC"]
    for lang, f in figures.items():
        d, m = f["decision"], f["model"]
        assert isinstance(d, dict) and isinstance(m, dict)
        lines.append(f"{lang:4} {f['n']:3}   {d['accuracy']:.3f}         {d['macro_f1']:.3f}              "
                     f"{d['recall']:.3f}   {d['false_positive_rate']:.3f}  {m['macro_f1']:.3f}           "
                     f"{m['roc_auc']:.3f}")
    kinds = sorted({k for f in figures.values() for k in f["functionality"]})  # type: ignore[attr-defined]
    lines.append("functionality (share decided right): " + ", ".join(figures))
    for kind in kinds:
        cells = [f"{f['functionality'].get(kind, float('nan')):.2f}" for f in figures.values()]  # type: ignore[attr-defined]
        lines.append(f"  {kind:18} " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, action="append", help="a bundle directory (repeatable)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    cases = load_cases()
    texts = [c["text"] for c in cases]
    results: dict[str, object] = {}
    for bundle in args.bundle or BUNDLES:
        hate, flagged, review, name = score(bundle, texts)
        figures = report(cases, hate, flagged, review)
        results[name] = figures
        print(table(f"{name} (review threshold {review:.2f})", figures), end="\n\n")  # type: ignore[arg-type]
    if args.json:
        args.json.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
