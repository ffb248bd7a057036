"""Cross-validate candidate changes to the default model on the TRAINING set (issue 2: how choices are made).

    .venv/bin/python models/cv_default.py --data ../shared/data                  # every variant, a Markdown table
    .venv/bin/python models/cv_default.py --variants baseline pieces-idf-1       # some of them
    .venv/bin/python models/cv_default.py --reference pieces-idf-0.25 --variants pieces-idf-0.25 teacher-0.5

(~20 min for all on one shared core.)

Each variant is a feature set + one logistic regression for ``hate``, trained exactly as ``train_default.py`` trains
the committed head (same normalised texts, written examples weighted 1.5 in every training fold, same featuriser,
liblinear, C=2 unless the variant says otherwise). Reported, per variant:

- ``cv``: 5-fold stratified out-of-fold predictions on the shared training rows (the written examples are never
  scored: they are easy and would flatter the numbers): macro-F1 at the out-of-fold best threshold, ROC-AUC, and the
  paired bootstrap 95 % interval of the ROC-AUC difference to ``baseline`` (same folds, same rows). **The choice is
  made on these columns.**
- ``lodo``: leave-one-dataset-out ROC-AUC (train on the other sources, score ``sexism``, ``MLMA``, ``FTR``,
  ``cyberado`` in turn; mean of the four): how a variant carries to text unlike its training data.
- ``dev``: macro-F1 at the threshold chosen on dev (what the manifest reports) and ROC-AUC; ``functional``: macro-F1
  at that threshold and ROC-AUC on ``models/extra/functional_eval.csv`` (never trained on). Shown, never used to choose.

Variants:
- ``baseline``: the committed model (hashed char 3-5 + word 1-2 n-grams, tf-idf);
- ``pieces-{mean,idf}-A``: baseline + the mean (or idf-weighted mean) over the post's SentencePiece pieces of the
  encoder bundle's pretrained input embeddings (``models/vigie-fr-encoder``: multilingual-e5-small's table, frozen
  during its fine-tuning, so it holds no label of ours), standardised, block weight A. Here every word is tokenised;
  the committed bundle knows a fixed vocabulary (the training words + the tokenizer's whole-word pieces) and skips
  other words, so its dev and functional figures differ slightly (``manifest.json`` has them); CV rows are the same;
- ``pieces-stack``: a logistic regression on the out-of-fold logits of ``baseline`` and of an embedding-only head;
- ``seeds-K``: K hashed copies of the features with different hash seeds (fewer harmful collisions), C scaled;
- ``char-word-stack``: separate char and word heads combined by a logistic regression on their out-of-fold logits;
- ``word-scale-S``: the word block weighted S against the char block in the joint head;
- ``teacher-M`` (and ``teacher-M-C…``): the committed features (pieces-idf-0.25), the hate head trained on soft
  targets ``(1 - M) * label + M * teacher`` where *teacher* is the fine-tuned encoder's out-of-fold score of the row
  (``models/extra/teacher_scores.npz``, built by ``models/encoder/crossfit.py`` on these same folds). Those scores
  leak a little into this CV (the teacher that scored fold 1 was trained on fold 0); ``--clean-fold 0`` measures the
  leak on fold 0 with teachers that never saw it (``--clean-fold 0 1 2 3 4`` once all ten pairs are built).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("RAYON_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import train_default as td  # noqa: E402

from worker.pipeline.featurize import (  # noqa: E402
    _CLASSES,
    _SEP,
    Featurizer,
    FeaturizerSpec,
    document_frequency,
    smooth_idf,
)
from worker.tools.evaluate import best_threshold, binary_metrics  # noqa: E402

ENCODER = ROOT / "models" / "vigie-fr-encoder"
LODO_SETS = ("sexism", "MLMA", "FTR", "cyberado")
C_HATE = 2.0
PIECE_WEIGHTS = (0.125, 0.25, 0.5, 1.0)  # the grid of block weights A for the piece-embedding variants
COMMITTED_PIECES = 0.25  # the piece weight of model 0.4.0, which the teacher variants build on
TEACHER_MIXES = (0.25, 0.5, 0.75)  # share M of the encoder teacher's score in the soft target


@dataclass
class Data:
    train: list[td.Row]
    rows: list[td.Row]  # train + written examples
    dev: list[td.Row]
    functional: list[td.Row]
    y: np.ndarray
    w: np.ndarray
    shared: np.ndarray  # rows of the shared training data (scored in CV)
    source: np.ndarray  # dataset of each row
    y_dev: np.ndarray
    y_fun: np.ndarray
    teacher: np.ndarray | None = None  # out-of-fold encoder score per row (models/encoder/crossfit.py), if built


@dataclass
class Features:
    """One design matrix per split (train+extra rows, dev, functional)."""

    x: sparse.csr_matrix
    dev: sparse.csr_matrix
    fun: sparse.csr_matrix


def load(data_dir: Path) -> Data:
    train = td.read_shared(data_dir / "fr_hate_train.csv")
    extra = td.read_extra(td.EXTRA_DIR / "written_examples.csv", 1.5)
    dev = td.read_shared(data_dir / "fr_hate_dev.csv", repair=False)
    functional = td.read_extra(td.FUNCTIONAL, 1.0)
    rows = train + extra
    teacher = td.read_teacher(td.TEACHER, rows, data_dir) if td.TEACHER.exists() else None
    return Data(train, rows, dev, functional, np.array([r.label for r in rows]), np.array([r.weight for r in rows]),
                np.array([not r.dataset.startswith("extra:") for r in rows]), np.array([r.dataset for r in rows]),
                np.array([r.label for r in dev]), np.array([r.label for r in functional]), teacher)


def hashed(d: Data, spec: FeaturizerSpec) -> Features:
    df, n_docs = document_frequency(Featurizer(spec), [r.text for r in d.train])
    fz = Featurizer(spec, smooth_idf(df, n_docs).astype(np.float16).astype(np.float32))
    return Features(*(td.features(fz, [r.text for r in s], "") for s in (d.rows, d.dev, d.functional)))


# -- pretrained piece embeddings ------------------------------------------------------------------------------------
_SEPARATORS = {cp: " " for cp in range(0x10000) if _CLASSES[cp] & _SEP}


class Pieces:
    """Each word (the featuriser's definition) tokenised on its own with the encoder's tokenizer; its pieces."""

    def __init__(self) -> None:
        import onnx
        from onnx import numpy_helper
        from tokenizers import Tokenizer

        graph = onnx.load(str(ENCODER / "model.onnx")).graph
        init = {i.name: i for i in graph.initializer}
        q = numpy_helper.to_array(init["word.q"]).astype(np.float32)  # int8 per-row quantised input embeddings
        self.table = q * numpy_helper.to_array(init["word.scale"]).astype(np.float32)
        self.tokenizer = Tokenizer.from_file(str(ENCODER / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self._cache: dict[str, list[int]] = {}

    def counts(self, texts: list[str]) -> sparse.csr_matrix:
        words = [t[:2048].translate(_SEPARATORS).split() for t in texts]
        new = sorted({w for ws in words for w in ws if w not in self._cache})
        for word, enc in zip(new, self.tokenizer.encode_batch(new, add_special_tokens=False), strict=True):
            self._cache[word] = enc.ids
        rows = [i for i, ws in enumerate(words) for w in ws for _ in self._cache[w]]
        cols = [p for ws in words for w in ws for p in self._cache[w]]
        return sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(texts), len(self.table)))


def pooled(d: Data, pieces: Pieces, weighting: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Standardised (on the training rows) mean piece embedding of every post, per split."""
    mats = [pieces.counts([r.text for r in s]) for s in (d.rows, d.dev, d.functional)]
    present = np.asarray((mats[0][: len(d.train)] > 0).sum(axis=0)).ravel()
    idf = np.log((1 + len(d.train)) / (1 + present)) + 1
    out = []
    for m in mats:
        if weighting == "idf":
            m = m.multiply(idf[None, :]).tocsr()
        total = np.asarray(m.sum(axis=1)).ravel()
        total[total == 0] = 1
        out.append((sparse.diags(1 / total) @ m) @ pieces.table)
    mu, sd = out[0][: len(d.train)].mean(axis=0), out[0][: len(d.train)].std(axis=0) + 1e-6
    z = [(o - mu) / sd / np.sqrt(o.shape[1]) for o in out]
    return z[0], z[1], z[2]


def with_block(f: Features, emb: tuple[np.ndarray, np.ndarray, np.ndarray], weight: float) -> Features:
    """The n-gram features with the piece-embedding block appended at ``weight``."""
    return Features(*[sparse.hstack([m, sparse.csr_matrix(weight * e)]).tocsr()
                      for m, e in zip((f.x, f.dev, f.fun), emb, strict=True)])


# -- fitting and scoring -------------------------------------------------------------------------------------------
def _folds(d: Data) -> list[tuple[np.ndarray, np.ndarray]]:
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=td.SEED)
    return list(skf.split(np.zeros(d.y.size), d.y))


@dataclass
class Scores:
    """Logits: out-of-fold on every row, leave-one-dataset-out on the LODO sets, full-fit on dev and functional."""

    oof: np.ndarray
    lodo: np.ndarray
    dev: np.ndarray
    fun: np.ndarray


def linear(d: Data, f: Features, c: float = C_HATE, q: np.ndarray | None = None) -> Scores:
    """``q``: soft targets (default: the labels)."""
    q = d.y.astype(np.float64) if q is None else q
    oof = np.zeros(d.y.size)
    for tr, te in _folds(d):
        oof[te] = td.fit_soft(f.x[tr], q[tr], d.w[tr], c).decision_function(f.x[te])
    lodo = np.full(d.y.size, np.nan)
    for name in LODO_SETS:
        te = d.source == name
        lodo[te] = td.fit_soft(f.x[~te], q[~te], d.w[~te], c).decision_function(f.x[te])
    full = td.fit_soft(f.x, q, d.w, c)
    return Scores(oof, lodo, full.decision_function(f.dev), full.decision_function(f.fun))


def stacked(d: Data, parts: list[Scores]) -> Scores:
    """Logistic regression on the parts' logits, fitted on their out-of-fold logits (shared rows); the stacker's own
    CV columns come from a second 5-fold split over those rows."""
    oof_in = np.stack([p.oof for p in parts], axis=1)
    oof = np.zeros(d.y.size)
    sel = np.flatnonzero(d.shared)
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=td.SEED + 1)
    for tr, te in skf.split(sel, d.y[sel]):
        oof[sel[te]] = LogisticRegression().fit(oof_in[sel[tr]], d.y[sel[tr]]).decision_function(oof_in[sel[te]])
    top = LogisticRegression().fit(oof_in[sel], d.y[sel])
    lodo = top.decision_function(np.nan_to_num(np.stack([p.lodo for p in parts], axis=1)))
    return Scores(oof, lodo, top.decision_function(np.stack([p.dev for p in parts], axis=1)),
                  top.decision_function(np.stack([p.fun for p in parts], axis=1)))


def summary(d: Data, s: Scores, base: Scores | None, rng_seed: int = td.SEED) -> dict[str, Any]:
    y, p = d.y[d.shared], _sig(s.oof[d.shared])
    t = best_threshold(y, p)
    out: dict[str, Any] = {"cv_macro_f1": binary_metrics(y, p, t).macro_f1, "cv_roc_auc": roc_auc_score(y, p)}
    if base is not None:
        q = _sig(base.oof[d.shared])
        rng = np.random.default_rng(rng_seed)
        diffs = []
        for _ in range(300):
            ix = rng.integers(0, y.size, y.size)
            diffs.append(roc_auc_score(y[ix], p[ix]) - roc_auc_score(y[ix], q[ix]))
        out["cv_auc_diff_95ci"] = [float(v) for v in np.percentile(diffs, [2.5, 97.5])]
    lodo = {name: roc_auc_score(d.y[d.source == name], s.lodo[d.source == name]) for name in LODO_SETS}
    out["lodo_roc_auc"] = lodo
    out["lodo_mean_roc_auc"] = float(np.mean(list(lodo.values())))
    pd_, pf = _sig(s.dev), _sig(s.fun)
    t_dev = best_threshold(d.y_dev, pd_)
    out.update({
        "dev_threshold": t_dev, "dev_macro_f1": binary_metrics(d.y_dev, pd_, t_dev).macro_f1,
        "dev_roc_auc": roc_auc_score(d.y_dev, pd_),
        "functional_macro_f1": binary_metrics(d.y_fun, pf, t_dev).macro_f1,
        "functional_roc_auc": roc_auc_score(d.y_fun, pf),
    })
    return out


def _sig(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


# -- variants ------------------------------------------------------------------------------------------------------
def variants(d: Data) -> dict[str, Callable[[], Scores]]:
    spec = FeaturizerSpec()
    cache: dict[str, Any] = {}

    def base_features() -> Features:
        if "base" not in cache:
            cache["base"] = hashed(d, spec)
        return cache["base"]

    def base_scores() -> Scores:
        if "base_scores" not in cache:
            cache["base_scores"] = linear(d, base_features())
        return cache["base_scores"]

    def emb(weighting: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if "pieces" not in cache:
            cache["pieces"] = Pieces()
        key = "emb-" + weighting
        if key not in cache:
            cache[key] = pooled(d, cache["pieces"], weighting)
        return cache[key]

    def piece_features(weighting: str, weight: float) -> Features:
        key = f"features-{weighting}-{weight}"
        if key not in cache:
            cache[key] = with_block(base_features(), emb(weighting), weight)
        return cache[key]

    def with_pieces(weighting: str, weight: float) -> Callable[[], Scores]:
        return lambda: linear(d, piece_features(weighting, weight))

    def with_teacher(mix: float, c: float = C_HATE) -> Callable[[], Scores]:
        def run() -> Scores:
            if d.teacher is None:
                raise SystemExit(f"{td.TEACHER} is missing: build it with models/encoder/crossfit.py")
            q = td.soft_targets(d.y, d.teacher, mix, ~d.shared)
            return linear(d, piece_features("idf", COMMITTED_PIECES), c, q)
        return run

    def pieces_stack() -> Scores:
        z, zd, zf = emb("mean")
        return stacked(d, [base_scores(), linear(d, Features(*map(sparse.csr_matrix, (z, zd, zf))), c=0.1)])

    def seeds(k: int) -> Callable[[], Scores]:
        def run() -> Scores:
            fs = [base_features()] + [hashed(d, dataclasses.replace(spec, seed=s)) for s in range(1, k)]
            joined = [sparse.hstack([getattr(f, a) for f in fs]).tocsr() / np.sqrt(k) for a in ("x", "dev", "fun")]
            return linear(d, Features(*joined), c=C_HATE * k)
        return run

    def char_word_stack() -> Scores:
        f, nc = base_features(), spec.n_char
        char = linear(d, Features(f.x[:, :nc], f.dev[:, :nc], f.fun[:, :nc]))
        word = linear(d, Features(f.x[:, nc:], f.dev[:, nc:], f.fun[:, nc:]))
        return stacked(d, [char, word])

    def word_scale(s: float) -> Callable[[], Scores]:
        def run() -> Scores:
            f = base_features()
            scale = sparse.diags(np.r_[np.ones(spec.n_char), np.full(spec.n_word, s)]).tocsr()
            return linear(d, Features(f.x @ scale, f.dev @ scale, f.fun @ scale))
        return run

    return {
        "baseline": base_scores,
        **{f"pieces-{wt}-{a:g}": with_pieces(wt, a) for wt in ("mean", "idf") for a in PIECE_WEIGHTS},
        "pieces-stack": pieces_stack,
        "seeds-2": seeds(2),
        "seeds-3": seeds(3),
        "char-word-stack": char_word_stack,
        "word-scale-1.4": word_scale(1.4),
        **{f"teacher-{m:g}": with_teacher(m) for m in TEACHER_MIXES},
        **{f"teacher-{m:g}-C{c:g}": with_teacher(m, c) for m in TEACHER_MIXES for c in (1.0, 4.0, 8.0)},
    }


def clean_folds(d: Data, ks: list[int], pairs: Path, c: float, mixes: tuple[float, ...] = TEACHER_MIXES) -> None:
    """Folds ``ks`` scored by students whose teacher scores never saw the fold scored (``crossfit.py pair k j`` for
    every j), against the same students trained on the plain out-of-fold scores (which leak: their teachers saw
    fold k) and against no teacher at all; predictions pooled over ``ks``. Prints a Markdown table."""
    if d.teacher is None:
        raise SystemExit(f"{td.TEACHER} is missing: build it with models/encoder/crossfit.py")
    folds = _folds(d)
    x = with_block(hashed(d, FeaturizerSpec()), pooled(d, Pieces(), "idf"), COMMITTED_PIECES).x
    hard = ~d.shared
    # (student, teacher scores, mix, C)
    names: list[tuple[str, str, float, float]] = [(f"no teacher, C={C_HATE:g}", "—", 0.0, C_HATE)]
    if c != C_HATE:
        names.append((f"no teacher, C={c:g}", "—", 0.0, c))
    for mix in mixes:
        names += [(f"teacher-{mix:g}, C={c:g}", kind, mix, c) for kind in ("clean (never saw the fold)", "leaky")]
    scored = np.concatenate([folds[k][1][d.shared[folds[k][1]]] for k in ks])
    preds = {n: np.zeros(d.y.size) for n in names}
    with np.load(pairs) as f:
        for k in ks:
            clean = np.full(d.y.size, np.nan)
            for j in range(len(folds)):
                if j != k:
                    if f"pair{k}_{j}_index" not in f:
                        raise SystemExit(f"{pairs} has no pair{k}_{j}: run models/encoder/crossfit.py pair {k} {j}")
                    clean[f[f"pair{k}_{j}_index"]] = f[f"pair{k}_{j}_score"]
            tr, te = folds[k]
            assert not np.isnan(clean[tr]).any()
            for n in names:
                q = td.soft_targets(d.y, clean if n[1].startswith("clean") else d.teacher, n[2], hard)
                preds[n][te] = td.fit_soft(x[tr], q[tr], d.w[tr], n[3]).decision_function(x[te])
    y = d.y[scored]
    ref = _sig(preds[names[0]][scored])
    rng = np.random.default_rng(td.SEED)
    boots = [rng.integers(0, y.size, y.size) for _ in range(300)]
    print(f"folds {ks}: {y.size} shared training rows scored, each by students trained on the other folds")
    print(f"| student | teacher scores | macro-F1 | ROC-AUC | ΔAUC vs no teacher (C={C_HATE:g}), 95 % |")
    print("| --- | --- | --- | --- | --- |")
    for n in names:
        p = _sig(preds[n][scored])
        if n == names[0]:
            ci = "—"
        else:
            diffs = [roc_auc_score(y[b], p[b]) - roc_auc_score(y[b], ref[b]) for b in boots]
            lo, hi = np.percentile(diffs, [2.5, 97.5])
            ci = f"{lo:+.4f} … {hi:+.4f}"
        print(f"| {n[0]} | {n[1]} | {binary_metrics(y, p, best_threshold(y, p)).macro_f1:.4f} | "
              f"{roc_auc_score(y, p):.4f} | {ci} |", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--variants", nargs="*", help="default: all")
    ap.add_argument("--json-out", type=Path)
    ap.add_argument("--reference", default="baseline", help="the variant the ΔAUC column compares with")
    ap.add_argument("--clean-fold", type=int, nargs="+", metavar="K",
                    help="only the leak check of the teacher variants on folds K… (needs crossfit.py pair K j)")
    ap.add_argument("--clean-c", type=float, default=C_HATE, help="C of the students in --clean-fold")
    args = ap.parse_args(argv)
    d = load(args.data)
    if args.clean_fold is not None:
        clean_folds(d, args.clean_fold, td.TEACHER, args.clean_c)
        return 0
    table = variants(d)
    names = args.variants or list(table)
    unknown = [n for n in names if n not in table]
    if unknown:
        raise SystemExit(f"unknown variants {unknown}; known: {list(table)}")
    base = table[args.reference]()
    results = {}
    print("| variant | CV macro-F1 | CV ROC-AUC | CV ΔAUC 95 % | LODO mean AUC | dev macro-F1 | dev AUC | "
          "functional macro-F1 | functional AUC |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in names:
        ref = name == args.reference
        r = summary(d, base if ref else table[name](), None if ref else base)
        results[name] = r
        ci = r.get("cv_auc_diff_95ci")
        ci_s = f"{ci[0]:+.4f} … {ci[1]:+.4f}" if ci else "—"
        print(f"| {name} | {r['cv_macro_f1']:.4f} | {r['cv_roc_auc']:.4f} | {ci_s} | {r['lodo_mean_roc_auc']:.4f} | "
              f"{r['dev_macro_f1']:.4f} | {r['dev_roc_auc']:.4f} | {r['functional_macro_f1']:.4f} | "
              f"{r['functional_roc_auc']:.4f} |", flush=True)
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
