"""Cross-fitted encoder scores on the training rows: the teacher the default model learns from (issue 2).

The fine-tuned encoder (``build.py``) is a better classifier than the fast model (dev ROC-AUC 0.875 against 0.850)
but far too slow for every post. Its *training-set* scores cannot teach anything (it saw those labels), so this script
fine-tunes it five times, each time without one fold of the training rows, and scores the fold it did not see: every
row gets an out-of-fold encoder score. ``train_default.py`` then trains the fast model on a mix of the label and that
score (``--teacher-mix``), and ``cv_default.py`` measures whether it helps.

    .venv/bin/python models/encoder/crossfit.py cache              # frozen lower layers of every text (~6 min)
    .venv/bin/python models/encoder/crossfit.py fold 0 1 2 3 4     # one fine-tuning per fold (~11 min each)
    .venv/bin/python models/encoder/crossfit.py pair 0 1           # without folds 0 AND 1, score both (clean check)
    .venv/bin/python models/encoder/crossfit.py collect            # -> models/extra/teacher_scores.npz

Run ``fold`` in two processes on a two-core machine (``fold 0 1 2`` and ``fold 3 4``). The folds are
``cv_default``'s (5-fold stratified over the training rows plus the written examples, seed 20240601), so that the
cross-validation of the student lines up with the teacher's folds. Each fine-tuning is the bundle's recipe (layers
8-11 + head, 2 epochs, batch 32, lr 4e-5 / 1e-3, max 128 tokens) except that it keeps its **last** checkpoint: dev is
watched in the log, never used to choose anything. The dev scores of the five teachers are saved for information.

``pair K J`` trains without folds K and J and scores both (``pair{K}_{J}``: fold J, ``pair{J}_{K}``: fold K): with
``pair 0 1`` … ``pair 0 4`` the student can be cross-validated on fold 0 with teacher scores that never saw fold 0
(``cv_default.py --clean-fold 0``); the plain out-of-fold scores leak a little (the teacher that scored fold 1 was
trained on fold 0). All ten pairs give every fold such a check.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import build  # noqa: E402  (the bundle builder: its tokenising and special ids)
import cv_default  # noqa: E402
import e5file  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
import train  # noqa: E402
import vocab  # noqa: E402
from net import Encoder  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

TRAIN_FROM = 8
RECIPE = {"epochs": 2, "lr": 4e-5, "head_lr": 1e-3, "batch": 32, "max_length": 128, "seed": 13}
OUT = cv_default.td.TEACHER


class Work:
    def __init__(self, root: Path, data_dir: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.d = cv_default.load(data_dir)
        self.raw_digest = cv_default.td.texts_digest(cv_default.td.raw_texts(data_dir))
        self.texts = [r.text for r in self.d.rows]
        self.dev_texts = [r.text for r in self.d.dev]
        self.folds = cv_default._folds(self.d)

    def model(self) -> tuple[Encoder, Tokenizer]:
        weights = e5file.read()
        tok_json, kept = vocab.build(self.texts, build.PREFIX)
        path = self.root / "tokenizer.json"
        path.write_text(json.dumps(tok_json, ensure_ascii=False), encoding="utf-8")
        return Encoder(weights, kept, n_labels=1), Tokenizer.from_file(str(path))

    def save_cache(self, name: str, c: train.Cached) -> None:
        np.save(self.root / f"{name}-hidden.npy", np.concatenate(c.hidden))
        np.save(self.root / f"{name}-lengths.npy", np.array([len(h) for h in c.hidden]))

    def load_cache(self, name: str) -> train.Cached:
        flat = np.load(self.root / f"{name}-hidden.npy", mmap_mode="r")
        ends = np.cumsum(np.load(self.root / f"{name}-lengths.npy"))
        hidden = [np.asarray(flat[e - n: e]) for e, n in zip(ends, np.diff(np.r_[0, ends]), strict=True)]
        return train.Cached(hidden, np.zeros((len(hidden), 0), np.float32))


def cache(w: Work) -> None:
    model, tok = w.model()
    torch.save(model.state_dict(), w.root / "pretrained.pt")
    for name, texts in (("rows", w.texts), ("dev", w.dev_texts)):
        w.save_cache(name, train.cache(model, build.encode(tok, texts, RECIPE["max_length"]), TRAIN_FROM,
                                       build.PAD_ID))
        train.log(f"cached {name}: {len(texts)} texts")


def _subset(c: train.Cached, idx: np.ndarray) -> train.Cached:
    return train.Cached([c.hidden[i] for i in idx], c.pooled)


def fit_and_score(w: Work, exclude: list[int]) -> None:
    """Fine-tune without the folds in ``exclude``, then score each of them: ``fold{k}.npz`` for one fold,
    ``pair{k}_{j}.npz`` (fold j) and ``pair{j}_{k}.npz`` (fold k) for two (same teacher, both folds unseen)."""
    rows, dev = w.load_cache("rows"), w.load_cache("dev")
    model, _ = w.model()
    model.load_state_dict(torch.load(w.root / "pretrained.pt"))
    held = np.concatenate([w.folds[k][1] for k in exclude])
    fit_idx = np.setdiff1d(np.arange(len(w.texts)), held)
    tags = {exclude[0]: f"fold{exclude[0]}"} if len(exclude) == 1 else {
        exclude[1]: f"pair{exclude[0]}_{exclude[1]}", exclude[0]: f"pair{exclude[1]}_{exclude[0]}"}
    train.log(f"{'/'.join(tags.values())}: fine-tuning on {fit_idx.size} rows, then scoring fold(s) {exclude}")
    state, last, _ = train.finetune(
        model, _subset(rows, fit_idx), w.d.y[fit_idx], dev, w.d.y_dev, train_from=TRAIN_FROM,
        epochs=RECIPE["epochs"], lr=RECIPE["lr"], head_lr=RECIPE["head_lr"], batch=RECIPE["batch"],
        evals_per_epoch=1, seed=RECIPE["seed"], select=False)
    model.load_state_dict(state)
    dev_scores = train.predict_cached(model, dev, TRAIN_FROM)
    for fold, tag in tags.items():
        te = w.folds[fold][1]
        np.savez(w.root / f"{tag}.npz", index=te, score=train.predict_cached(model, _subset(rows, te), TRAIN_FROM),
                 dev=dev_scores, dev_quality=json.dumps(last))
    train.log(f"{'/'.join(tags.values())}: done; last checkpoint on dev (watched only): {last}")


def collect(w: Work, out: Path) -> None:
    score = np.full(len(w.texts), np.nan, np.float32)
    devs = []
    for k in range(len(w.folds)):
        f = np.load(w.root / f"fold{k}.npz")
        score[f["index"]] = f["score"]
        devs.append(f["dev"])
    assert not np.isnan(score).any()
    pairs = {}
    for p in sorted(w.root.glob("pair*.npz")):
        f = np.load(p)
        pairs[p.stem] = (f["index"], f["score"])
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out, score=score.astype(np.float16), dev=np.mean(devs, axis=0).astype(np.float16),
        digest=np.array(cv_default.td.texts_digest(w.texts)), raw_digest=np.array(w.raw_digest),
        recipe=np.array(json.dumps(RECIPE)),
        **{f"{name}_index": ix.astype(np.int32) for name, (ix, _) in pairs.items()},
        **{f"{name}_score": s.astype(np.float16) for name, (_, s) in pairs.items()})
    from sklearn.metrics import roc_auc_score

    sh = w.d.shared
    train.log(f"wrote {out}: out-of-fold ROC-AUC on the training rows {roc_auc_score(w.d.y[sh], score[sh]):.4f}, "
              f"mean-of-teachers dev ROC-AUC {roc_auc_score(w.d.y_dev, np.mean(devs, axis=0)):.4f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("cache", "fold", "pair", "collect"))
    ap.add_argument("folds", nargs="*", type=int, help="fold: folds to do; pair: K J")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=Path("/tmp/vigie-crossfit"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    w = Work(args.work, args.data)
    if args.step == "cache":
        cache(w)
    elif args.step == "fold":
        for k in args.folds:
            fit_and_score(w, [k])
    elif args.step == "pair":
        if len(args.folds) != 2 or args.folds[0] == args.folds[1]:
            raise SystemExit("pair needs two different folds: pair K J")
        fit_and_score(w, args.folds)
    else:
        collect(w, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
