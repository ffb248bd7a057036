"""Score model candidates on every yardstick a registration names, side by side, in one run.

    .venv/bin/python models/suite/compare.py [--data ../shared/data] [--tails /tmp/tails] \
        default=models/vigie-fr-default:models/vigie-fr-encoder  EA=models/vigie-fr-default:/tmp/EA  ...

Each candidate is ``NAME=FAST_BUNDLE:ENCODER_BUNDLE`` (``off`` for no encoder) and is judged as ``vigie run`` would
decide (``vigie eval --json``: the fast tier, the cascade on its default band, the term lists and the decision
policy). The first candidate is the reference. Reported per candidate:

- ``dev``: macro-F1 on ``fr_hate_dev.csv``; ``half``, ``second``: macro-F1 on the two tuning sets (``eval.csv``,
  ``eval_second.csv``) and their ``mean``;
- ``identity``: neutral and positive identity statements flagged (``identity_neutral`` + ``identity_positive``), on
  the half and on the second set;
- ``kinds<0.70``: kinds of case under 0.70 accuracy, half + second; ``implicit``: ``hate_implicit`` accuracy on each;
- ``tail``: benign rows flagged with a dev tweet's fragment next to them (``make_tails.py``'s files, when
  ``--tails`` holds them), half and second;
- ``remove``: precision at ``remove`` on dev and on the half;
- ``facts``, ``opinions``: macro-F1 and benign rows flagged on ``eval_facts.csv`` and ``eval_opinions.csv``
  (opinions also hateful rows caught).

The sealed third set is never read here: score it with ``vigie eval`` after a decision. ``--json FILE`` keeps every
figure. No cache: each candidate scores every set again (a minute or two per encoder candidate on two cores).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "models" / "suite"
IDENTITY = ("identity_neutral", "identity_positive")


def run_eval(path: Path, fast: str, encoder: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "worker", "eval", str(path), "--json", "--no-progress", "--model", fast,
           "--encoder", encoder]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"vigie eval {path.name} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def flagged_share(result: dict[str, Any], kinds: tuple[str, ...]) -> float:
    rows = [result["breakdowns"]["functionality"][k] for k in kinds if k in result["breakdowns"]["functionality"]]
    n = sum(r["n"] for r in rows)
    return sum(r["flagged_rate"] * r["n"] for r in rows) / n if n else float("nan")


def benign_flagged(result: dict[str, Any]) -> float:
    c = result["confusion"]
    return c["fp"] / max(1, c["fp"] + c["tn"])


def weak_kinds(result: dict[str, Any]) -> list[str]:
    return sorted(k for k, r in result["breakdowns"]["functionality"].items() if r["accuracy"] < 0.70)


def score(fast: str, encoder: str, data: Path, tails: Path | None) -> dict[str, Any]:
    dev = run_eval(data / "fr_hate_dev.csv", fast, encoder)
    half = run_eval(SUITE / "eval.csv", fast, encoder)
    second = run_eval(SUITE / "eval_second.csv", fast, encoder)
    facts = run_eval(SUITE / "eval_facts.csv", fast, encoder)
    opinions = run_eval(SUITE / "eval_opinions.csv", fast, encoder)
    out: dict[str, Any] = {
        "dev": dev["macro_f1"], "half": half["macro_f1"], "second": second["macro_f1"],
        "mean": (half["macro_f1"] + second["macro_f1"]) / 2,
        "identity_half": flagged_share(half, IDENTITY), "identity_second": flagged_share(second, IDENTITY),
        "weak_half": weak_kinds(half), "weak_second": weak_kinds(second),
        "implicit_half": half["breakdowns"]["functionality"]["hate_implicit"]["accuracy"],
        "implicit_second": second["breakdowns"]["functionality"]["hate_implicit"]["accuracy"],
        "remove_dev": dev["at_remove"]["precision"], "remove_dev_n": dev["at_remove"]["removed"],
        "remove_half": half["at_remove"]["precision"], "remove_half_n": half["at_remove"]["removed"],
        "facts": facts["macro_f1"], "facts_benign_flagged": benign_flagged(facts),
        "opinions": opinions["macro_f1"], "opinions_benign_flagged": benign_flagged(opinions),
        "opinions_recall": opinions["recall"],
    }
    out["kinds_under"] = len(out["weak_half"]) + len(out["weak_second"])
    if tails is not None:
        out["tail_half"] = benign_flagged(run_eval(tails / "tail_eval.csv", fast, encoder))
        out["tail_second"] = benign_flagged(run_eval(tails / "tail_eval_second.csv", fast, encoder))
    return out


def table(results: dict[str, dict[str, Any]]) -> str:
    def pct(v: float) -> str:
        return f"{100 * v:.1f} %"

    cols = [("dev", lambda r: f"{r['dev']:.4f}"), ("half", lambda r: f"{r['half']:.4f}"),
            ("second", lambda r: f"{r['second']:.4f}"), ("mean", lambda r: f"{r['mean']:.4f}"),
            ("identity (half / second)", lambda r: f"{pct(r['identity_half'])} / {pct(r['identity_second'])}"),
            ("kinds < 0.70", lambda r: str(r["kinds_under"])),
            ("implicit (half / second)", lambda r: f"{r['implicit_half']:.3f} / {r['implicit_second']:.3f}"),
            ("benign tail (half / second)",
             lambda r: f"{pct(r['tail_half'])} / {pct(r['tail_second'])}" if "tail_half" in r else "—"),
            ("precision at remove (dev / half)",
             lambda r: f"{r['remove_dev']:.3f} ({r['remove_dev_n']}) / {r['remove_half']:.3f} ({r['remove_half_n']})"),
            ("facts F1 / benign flagged", lambda r: f"{r['facts']:.3f} / {pct(r['facts_benign_flagged'])}"),
            ("opinions F1 / benign flagged / recall",
             lambda r: f"{r['opinions']:.3f} / {pct(r['opinions_benign_flagged'])} / {r['opinions_recall']:.3f}")]
    lines = ["| candidate | " + " | ".join(c for c, _ in cols) + " |", "| --- |" + " ---: |" * len(cols)]
    lines += [f"| {name} | " + " | ".join(f(r) for _, f in cols) + " |" for name, r in results.items()]
    weak = [f"{name}: half {', '.join(r['weak_half']) or '-'}; second {', '.join(r['weak_second']) or '-'}"
            for name, r in results.items()]
    return "\n".join(lines) + "\n\nkinds under 0.70 — " + " | ".join(weak)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("candidates", nargs="+", metavar="NAME=FAST:ENCODER")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--tails", type=Path, default=None, help="make_tails.py's output directory")
    ap.add_argument("--json", type=Path, default=None, help="also write every figure here")
    args = ap.parse_args(argv)
    results: dict[str, dict[str, Any]] = {}
    for spec in args.candidates:
        name, sep, pair = spec.partition("=")
        fast, sep2, encoder = pair.partition(":")
        if not (sep and sep2 and name and fast and encoder):
            raise SystemExit(f"a candidate is NAME=FAST_BUNDLE:ENCODER_BUNDLE (or :off), got {spec!r}")
        print(f"scoring {name} ...", file=sys.stderr, flush=True)
        results[name] = score(fast, encoder, args.data, args.tails)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
