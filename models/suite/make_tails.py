"""Tail sets: every row of the tuning sets ``eval.csv`` and ``eval_second.csv`` with a fragment of a non-hateful
DEV tweet (``fr_hate_dev.csv``, never trained on) before or after it, label unchanged, in the shapes of
``models/encoder/build.py``'s ``with_fragment`` (a tail after a comma, a hashtag, a parenthesis, a new line; a lead-in).

    .venv/bin/python models/suite/make_tails.py [--data ../shared/data] [--out /tmp/tails]

Writes ``tail_eval.csv`` and ``tail_eval_second.csv`` (seeded: the same files each run). They measure whether a
benign word next to a hateful post turns the verdict (« Les juifs sont des rats, message 5 du forum. » was allowed):
the share of hateful rows still flagged with a tail, and of non-hateful rows flagged with one. Fragments with a
term-list word other than a neutral group name are left out. Used by the rule of 2026-12-05 15:26 UTC
(models/README.md); the files are not committed (they carry the dev tweets' text).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "models" / "encoder"))
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("/tmp/tails"))
    args = ap.parse_args(argv)
    import build  # models/encoder/build.py: with_fragment

    from worker.pipeline.normalize import normalize_batch
    from worker.pipeline.scoring import Scorer

    lex = Scorer.from_bundle(ROOT / "models" / "vigie-fr-default").lexicon
    with (args.data / "fr_hate_dev.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rng = random.Random(2026)
    frags = []
    for r in rows:
        if r["label"] != "0":
            continue
        w = r["text"].split()
        if len(w) < 2:
            continue
        for _ in range(3):
            size = rng.randint(1, 6)
            start = rng.randrange(max(1, len(w) - size + 1))
            f = " ".join(w[start:start + size])
            if not any(m.severity != "term" for m in lex.match(normalize_batch([f])[0])):
                frags.append(f)
    print(f"{len(frags)} fragments from dev")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("eval", "eval_second"):
        with (ROOT / "models" / "suite" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            src = list(csv.DictReader(fh))
        out = args.out / f"tail_{name}.csv"
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(src[0].keys()))
            w.writeheader()
            for r in src:
                w.writerow(r | {"text": build.with_fragment(r["text"], rng.choice(frags), rng)})
        print(f"wrote {len(src)} rows to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
