"""Average two fine-tuned encoders weight by weight (a "model soup") and export the average as a bundle.

    python models/encoder/soup.py --work /tmp/vigie-encoder-work --with models/vigie-fr-encoder --alpha 0.5 \
        --out /tmp/soup --data ../shared/data [--cascade-fast models/vigie-fr-default]

Both encoders are fine-tunings of the same network (multilingual-e5-small's first layers, ``build.py``): the
checkpoint left in ``--work`` by a build (fp32), and a committed bundle (``--with``: its int8 ONNX graph, dequantised
here). Every trained weight (layers, embedding layer norm, head) becomes ``alpha * work + (1 - alpha) * with``; the
word embeddings are frozen in training and the same rows of the same table in both, so the average reads the union
of the two pruned vocabularies (each build keeps the pieces of its own training texts, augmented copies included).
The average is exported by the build's own export stage (int8, dev metrics, thresholds, ``--cascade-fast``), and
the manifest records the recipe under ``training.soup``.

The bundle's MatMul weights carry generated names (``onnx::MatMul_699``): each is matched to the layer weight of the
same shape it is most similar to in the checkpoint (cosine; fine-tuning moves weights little from where both
started), and the match must be one-to-one and clear, else the tool stops (the head, the only weight of its shape,
needs none).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import e5file  # noqa: E402
import numpy as np  # noqa: E402
import onnx  # noqa: E402
import torch  # noqa: E402
import train  # noqa: E402
import vocab  # noqa: E402
from build import PREFIX, read_split  # noqa: E402
from net import Encoder  # noqa: E402
from onnx import numpy_helper  # noqa: E402

MIN_MATCH = 0.5  # cosine of a bundle matrix with the checkpoint weight it is matched to
MAX_OTHER = 0.3  # ... and at most this with any other weight of the same shape


def kept_of(tokenizer_json: Path) -> np.ndarray:
    """The original piece ids a pruned tokenizer kept (``vocab.build``'s ``kept``), from its piece strings."""
    source = json.loads(vocab.source_tokenizer_path().read_text(encoding="utf-8"))["model"]["vocab"]
    index = {piece: i for i, (piece, _) in enumerate(source)}
    pruned = json.loads(tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"]
    return np.array([index[piece] for piece, _ in pruned])


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float((a.ravel() @ b.ravel()) / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-12))


def bundle_state(onnx_path: Path, reference: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The trained weights of an exported bundle as a torch state (names of ``net.Encoder``), dequantised.
    ``reference``: a state of the same architecture, used to name the MatMul weights."""
    inits = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(onnx_path)).graph.initializer}
    out: dict[str, torch.Tensor] = {}
    for name, ref in reference.items():
        if name in inits and (name.endswith(".bias") or ".aln." in name or ".oln." in name or name.startswith("eln.")):
            if inits[name].shape != tuple(ref.shape):
                raise SystemExit(f"{onnx_path}: {name} has shape {inits[name].shape}, expected {tuple(ref.shape)}")
            out[name] = torch.from_numpy(inits[name].astype(np.float32).copy())
    matrices: dict[str, np.ndarray] = {}
    for name, q in inits.items():
        if not name.endswith("_quantized"):
            continue
        base = name[: -len("_quantized")]
        scale, zero = inits[base + "_scale"], inits[base + "_zero_point"]
        matrices[base] = ((q.astype(np.float32) - zero.astype(np.float32)) * scale).T  # [in, out] -> Linear's [out, in]
    weights = [n for n in reference if n.endswith(".weight") and (n.startswith(("layers.", "head.")))
               and reference[n].dim() == 2]
    taken: set[str] = set()
    for base, w in matrices.items():
        same = [n for n in weights if tuple(reference[n].shape) == w.shape]
        sims = sorted(((cosine(w, reference[n].numpy()), n) for n in same), reverse=True)
        unique = len(sims) == 1  # the head: the only weight of its shape (and trained from zero: no similarity)
        if not sims or sims[0][1] in taken or (not unique and (sims[0][0] < MIN_MATCH or sims[1][0] > MAX_OTHER)):
            raise SystemExit(f"{onnx_path}: cannot tell which weight {base} is (best matches {sims[:2]})")
        taken.add(sims[0][1])
        out[sims[0][1]] = torch.from_numpy(np.ascontiguousarray(w))
    missing = [n for n in weights if n not in out]
    if missing:
        raise SystemExit(f"{onnx_path}: no weight for {missing}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="a build's work directory (finetuned.pt, tokenizer.json)")
    ap.add_argument("--with", dest="other", type=Path, required=True, help="a committed encoder bundle")
    ap.add_argument("--alpha", type=float, default=0.5, help="the checkpoint's share of every trained weight")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cascade-fast", type=Path, default=None, help="as build.py: the review threshold for the pair")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    if not 0.0 <= args.alpha <= 1.0:
        raise SystemExit("--alpha must be within [0, 1]")
    torch.set_num_threads(args.threads)
    saved = torch.load(args.work / "finetuned.pt", weights_only=False)
    kept = np.union1d(kept_of(args.work / "tokenizer.json"), kept_of(args.other / "tokenizer.json"))
    args.out.mkdir(parents=True, exist_ok=True)
    tok_path = args.out / "tokenizer.union.json"  # both vocabularies: the same frozen rows, whichever read them
    source = json.loads(vocab.source_tokenizer_path().read_text(encoding="utf-8"))
    tok_path.write_text(json.dumps(vocab.pruned_tokenizer_json(source, kept), ensure_ascii=False), encoding="utf-8")
    e5 = e5file.read()
    model = Encoder(e5, kept, n_labels=1, n_layers=saved["args"]["layers"])
    frozen_table = ("word.q", "word.scale")  # rebuilt above for the union; the rest is the checkpoint's
    model.load_state_dict({k: v for k, v in saved["state"].items() if k not in frozen_table}, strict=False)
    state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    other = bundle_state(args.other / "model.onnx", state)
    for name, w in other.items():
        state[name] = args.alpha * state[name] + (1.0 - args.alpha) * w
    model.load_state_dict(state)
    train.log(f"vocabulary: {len(kept)} pieces (the union of both)")
    train.log(f"averaged {len(other)} weights: {args.alpha:g} x {args.work} + {1 - args.alpha:g} x {args.other}")
    dev_texts, y_dev, dev_rows = read_split(args.data / "fr_hate_dev.csv")
    import export  # noqa: PLC0415

    soup = {"alpha": args.alpha, "checkpoint": str(args.work / "finetuned.pt"), "with": str(args.other),
            "with_version": json.loads((args.other / "manifest.json").read_text(encoding="utf-8")).get("version"),
            "built_by": "models/encoder/soup.py"}
    saved = dict(saved)
    saved["args"] = dict(saved["args"]) | {"work": str(args.work)}
    export.write_bundle(model, e5, kept, tok_path, args.out, saved, dev_texts, y_dev, dev_rows, PREFIX,
                        cascade_fast=args.cascade_fast)
    manifest_path = args.out / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["training"]["soup"] = soup
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tok_path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
