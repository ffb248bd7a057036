"""The normaliser against an older revision of itself: equal outputs, and throughput in the same run.

``python -m worker.tools.bench.normalizer_compare --old main`` extracts ``worker/pipeline/normalize/`` as it was at
``--old`` (``git show``, into a temporary directory, imported under another name) and
- checks that both give equal ``Normalized`` values (text, tricks, offset layers) on every text of the shared train
  and dev tweets and of ``models/suite/train.csv``, and reports how many texts it compared;
- with ``--fuzz N``, does the same on N random strings made of pieces of tweets and tricks (where the old fast path
  disagreed with the old pipeline, the new must give the pipeline's result);
- times ``normalize_batch`` of each on the train tweets, old and new in turn, ``--rounds`` times (CPU time of this
  process: one core), and reports each side's rounds, medians and the ratio. Interleaving puts both sides under the
  same load of a shared machine; never compare against figures from another run.
Both keep their own leetspeak cache, warmed by one pass before timing.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from worker.pipeline import normalize as new
from worker.tools.bench.normalizer import BATCH, read_tweets

PACKAGE = "worker/pipeline/normalize"
Normalize = Callable[[list[str]], list[Any]]


def load_old(revision: str, into: Path) -> ModuleType:
    """The normaliser package at ``revision``, imported as ``vigie_normalize_old`` from a copy under ``into``."""
    name = "vigie_normalize_old"
    target = into / name
    target.mkdir(parents=True)
    files = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", revision, PACKAGE], check=True, capture_output=True, text=True
    ).stdout.split()
    for path in files:
        blob = subprocess.run(["git", "show", f"{revision}:{path}"], check=True, capture_output=True).stdout
        dest = target / Path(path).relative_to(PACKAGE)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if path.endswith(".py"):
            blob = blob.replace(b"worker.pipeline.normalize", name.encode())
        dest.write_bytes(blob)
    sys.path.insert(0, str(into))
    return importlib.import_module(name)


def texts(data_dir: Path, suite: Path) -> list[str]:
    """Every text of the train and dev tweets and of the suite's training set, in file order."""
    out: list[str] = []
    for path in (data_dir / "fr_hate_train.csv", data_dir / "fr_hate_dev.csv", suite):
        with path.open(encoding="utf-8", newline="") as fh:
            out += [row["text"] for row in csv.DictReader(fh) if row.get("text") is not None]
    return out


def check_equal(old: ModuleType, corpus: list[str]) -> int:
    """The number of texts compared; raises AssertionError on the first difference."""
    for text in corpus:
        a, b = old.normalize(text), new.normalize(text)
        same = (a.original, a.text, a.tricks, a.layers) == (b.original, b.text, b.tricks, b.layers)
        assert same, f"differs on {text!r}:\n old {a!r}\n new {b!r}"
    return len(corpus)


# Pieces of tweets and of tricks for ``--fuzz``: placeholders, links, e-mails, hashtags, case, spacing, leetspeak,
# stretched letters, « … », no-break spaces, emoji and symbols, invisible and control characters, mojibake
_PIECES = (
    "#", "#Sale", "Juif", "aB", "MeToo", "#metoo", "#RN", "#SaleJuif", "#2018", "C#", "McDo", "SaLe", "ArAbE", "LINK",
    "link", "@USER", "@user", "@", "x@y.fr", "@USER.exemple", "http://x.fr/a", "www.a.com", "bit.ly/x", "x.fr", ".",
    "/", ":", ",", "!", "?", "(", ")", "-", "_", "*", "'", "’", "«", "»", "$", "€", " ", " ", "  ", "\n", "\t", "\xa0",
    "…", "é", "É", "Ÿ", "Ï", "ÿ", "œ", "°", "a", "e", "3", "0", "4", "ab", "AB", "sa", "le", "s a l e", "n.è.g.r.e",
    "connnard", "aaa", "iii", "XIII", "femmmme", "ptdrrr", "ÉÉÉ", "😂", "🐒", "👁️\u200d🗨️", "❤", "❤️", "➡", "⚽",
    "❶", "⌈", "Ⓐ", "\u2329", "\u200b", "\u200d", "\ufe0f", "\xad", "\x85", "\U000e0041", "Ã©", "â€™", "â…’",
    "ð\x9f\x98\x82", "ï¸\x8f", "Œ", "^", "^^", "~", "-_-", "sale_arabe", "p*te", "*sale*", "\u0301", "e\u0301#",
    "https://t.co/aB_c", "twitter.com/le_Figaro/st…", "❤\xa0",
)  # fmt: skip


def fuzz(old: ModuleType, n: int, seed: int = 0) -> tuple[int, int]:
    """``n`` random strings of ``_PIECES``: new equals old, except where old's fast path disagreed with old's
    pipeline, and then new gives the pipeline's result; new's fast path agrees with new's pipeline. Returns (n, how
    many of old's fast-path disagreements new fixed)."""
    rng = random.Random(seed)
    fixed = 0
    for _ in range(n):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 12)))
        a, b = _key(old.normalize(text)), _key(new.normalize(text))
        if a != b:
            slow = _key(old._normalize_slow(text))
            assert a != slow and b == slow, f"differs on {text!r}:\n old {a!r}\n new {b!r}"
            fixed += 1
        fast = new._light(text)
        assert fast is None or fast == new._normalize_slow(text), f"fast path differs on {text!r}"
    return n, fixed


def _key(r: Any) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    return r.text, r.tricks, r.layers


def _cpu(normalize_batch: Normalize, batches: list[list[str]]) -> float:
    started = time.process_time()
    for batch in batches:
        normalize_batch(batch)
    return time.process_time() - started


def interleaved(old: ModuleType, posts: list[str], rounds: int) -> dict[str, list[int]]:
    """Posts/s per core of each side, round by round, old then new then old ..."""
    batches = [posts[i : i + BATCH] for i in range(0, len(posts), BATCH)]
    sides: dict[str, Normalize] = {"old": old.normalize_batch, "new": new.normalize_batch}
    for fn in sides.values():
        _cpu(fn, batches)  # warm up (the leetspeak cache)
    rates: dict[str, list[int]] = {"old": [], "new": []}
    for r in range(rounds):
        order = ("old", "new") if r % 2 == 0 else ("new", "old")
        for side in order:
            rates[side].append(round(len(posts) / max(_cpu(sides[side], batches), 1e-9)))
    return rates


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", default="main", help="git revision of the normaliser to compare with")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="fr_hate_train/dev.csv's folder")
    parser.add_argument("--suite", type=Path, default=Path("models/suite/train.csv"))
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of each side")
    parser.add_argument("--no-check", action="store_true", help="time only")
    parser.add_argument("--no-time", action="store_true", help="check only")
    parser.add_argument("--fuzz", type=int, default=0, help="also compare on this many fuzzed strings")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        old = load_old(args.old, Path(tmp))
        if not args.no_check:
            n = check_equal(old, texts(args.data, args.suite))
            print(f"equal outputs on {n:,} texts (train + dev tweets, suite train) against {args.old}")
        if args.fuzz:
            n, fixed = fuzz(old, args.fuzz)
            print(f"equal outputs on {n:,} fuzzed strings, but {fixed:,} where {args.old}'s fast path disagreed with "
                  "its pipeline (now the pipeline's result)")
        if not args.no_time:
            posts = read_tweets(args.data)
            rates = interleaved(old, posts, args.rounds)
            o, n_ = statistics.median(rates["old"]), statistics.median(rates["new"])
            print(f"tweets: {len(posts):,}; posts/s per core (CPU time), interleaved rounds")
            print(f"  old ({args.old}): {' · '.join(f'{r:,}' for r in rates['old'])}  median {o:,.0f}")
            print(f"  new (worktree): {' · '.join(f'{r:,}' for r in rates['new'])}  median {n_:,.0f}")
            print(f"  new / old: {n_ / o:.2f}")


if __name__ == "__main__":
    main()
