"""Store an int8 ONNX graph's ``MatMulInteger`` weights as uint8, so its products are exact on every x86 CPU.

onnxruntime's dynamic quantisation gives each MatMul uint8 activations and int8 weights (u8s8). On CPUs without
VNNI (AVX2, AVX-512 before VNNI) the u8s8 kernel multiplies pairs of bytes into 16-bit sums that saturate, so the
same bundle scores differently there: the committed encoder 2.4.0, measured on a VNNI machine at dev macro-F1 0.791
(model alone), gave 0.762 on an AMD EPYC with AVX2 only (2026-12-07), and the quality guard caught it. Rewriting a
weight ``q`` (int8) and its zero point ``z`` as ``q + 128`` and ``z + 128`` (uint8) keeps ``q - z`` — the integers
``MatMulInteger`` multiplies — identical, so this is lossless; onnxruntime then runs its u8u8 kernels, which widen
to 16 bits before multiplying and never saturate.

    python models/encoder/u8weights.py models/vigie-fr-encoder   # in place; rewrites the manifest's file entry
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import numpy_helper


def to_uint8(model: onnx.ModelProto) -> int:
    """Rewrite the int8 weight and zero-point initializers of every ``MatMulInteger`` in place; the count."""
    inits = {i.name: i for i in model.graph.initializer}
    done: set[str] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        for name in node.input[1::2]:  # B and b_zero_point (inputs 1 and 3); A and a_zero_point are activations
            init = inits.get(name)
            if init is None or name in done:
                continue
            values = numpy_helper.to_array(init)
            if values.dtype != np.int8:
                continue
            init.CopyFrom(numpy_helper.from_array((values.astype(np.int16) + 128).astype(np.uint8), name))
            done.add(name)
    return len(done)


def int8_weights(model: onnx.ModelProto) -> list[str]:
    """The ``MatMulInteger`` weights still stored as int8 (the u8s8 kernels, which saturate without VNNI)."""
    inits = {i.name: i for i in model.graph.initializer}
    return [node.input[1] for node in model.graph.node if node.op_type == "MatMulInteger"
            and node.input[1] in inits and inits[node.input[1]].data_type == onnx.TensorProto.INT8]


def convert_file(path: Path) -> int:
    model = onnx.load(str(path))
    count = to_uint8(model)
    if count:
        onnx.save(model, str(path))
    return count


def convert_bundle(bundle: Path) -> int:
    """Convert ``bundle/model.onnx`` and rewrite its sha256 and size in ``bundle/manifest.json``."""
    count = convert_file(bundle / "model.onnx")
    manifest_path = bundle / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    data = (bundle / "model.onnx").read_bytes()
    manifest["files"]["model.onnx"] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="bundle directory (model.onnx + manifest.json), converted in place")
    args = parser.parse_args()
    print(f"{args.bundle}: {convert_bundle(args.bundle)} initializers rewritten as uint8")


if __name__ == "__main__":
    main()
