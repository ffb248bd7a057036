"""The committed bundles keep the quality their manifests record, and give pinned texts their recorded scores.

A bundle whose weights were damaged (noise, a bad export, a featuriser or tokeniser change) still loads, passes its
checksums once they are rewritten, and scores every post: only measuring it catches that. Each bundle is re-measured
here on ``fr_hate_dev.csv`` (``../shared/data``, never committed) and on the functional suite's evaluation half
(``models/suite/eval.csv``), the model alone at its own review threshold, exactly as its training script measured it,
and must not fall more than ``TOLERANCE`` below the manifest. Pinned scores catch smaller, silent drifts.
"""

from __future__ import annotations

import csv
import json
import os
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from worker.pipeline.model import Model, default_encoder_path, load_bundle
from worker.pipeline.normalize import normalize
from worker.tools.evaluate import binary_metrics

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("VIGIE_DATA", ROOT.parent / "shared" / "data"))
SUITE_EVAL = ROOT / "models" / "suite" / "eval.csv"
TOLERANCE = 0.02


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _dev() -> list[dict[str, str]]:
    path = DATA / "fr_hate_dev.csv"
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must measure the committed bundles on dev")
        pytest.skip(f"{path} not found (set VIGIE_DATA)")
    return _rows(path)


@cache
def _bundle(which: str) -> Model:
    return load_bundle(None if which == "fast" else default_encoder_path())


def _manifest(model: Model) -> dict:  # type: ignore[type-arg]
    path = ROOT / "models" / model.name / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _hate(model: Model, texts: list[str]) -> np.ndarray:
    column = list(model.labels).index(model.hate_label)
    return np.concatenate([model.predict(texts[i : i + 256])[:, column] for i in range(0, len(texts), 256)])


def _measure(model: Model, rows: list[dict[str, str]], threshold: float) -> tuple[float, float]:
    texts = [normalize(r["text"]).text for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    m = binary_metrics(y, _hate(model, texts), threshold)
    assert m.roc_auc is not None
    return m.macro_f1, m.roc_auc


RECORDED = {  # which manifest entry holds each set's figures, per bundle
    ("fast", "dev"): "dev", ("fast", "suite"): "suite_eval",
    ("encoder", "dev"): "dev_at_review", ("encoder", "suite"): "suite_eval",
}


@pytest.mark.parametrize(("which", "dataset"), sorted(RECORDED))
def test_committed_bundle_keeps_its_recorded_quality(which: str, dataset: str) -> None:
    model = _bundle(which)
    recorded = _manifest(model)["metrics"][RECORDED[which, dataset]]
    rows = _dev() if dataset == "dev" else _rows(SUITE_EVAL)
    assert recorded["n"] == len(rows), "the manifest was measured on another version of this set"
    threshold = float(recorded.get("threshold", _manifest(model)["thresholds"]["review"]))
    macro_f1, auc = _measure(model, rows, threshold)
    assert macro_f1 >= recorded["macro_f1"] - TOLERANCE, (which, dataset, macro_f1, recorded["macro_f1"])
    assert auc >= recorded["roc_auc"] - TOLERANCE, (which, dataset, auc, recorded["roc_auc"])


# Scores of the committed bundles on a few texts, to 3 decimals: a change to the normaliser, featuriser, tokeniser
# or graph that moves them must come with a retrained bundle and new pins.
PINNED = {
    "fast": {"ma voisine est musulmane et adorable": 0.025, "les juifs sont des rats": 0.912,
             "je n'ai aucune haine envers les personnes trans": 0.018,
             "le virus a été créé par les juifs pour nous pucer": 0.967, "belle journée au marché": 0.026},
    "encoder": {"ma voisine est musulmane et adorable": 0.005, "les juifs sont des rats": 0.996,
                "je n'ai aucune haine envers les personnes trans": 0.003,
                "le virus a été créé par les juifs pour nous pucer": 0.997, "belle journée au marché": 0.006},
}


@pytest.mark.parametrize("which", sorted(PINNED))
def test_pinned_scores(which: str) -> None:
    pins = PINNED[which]
    assert pins, "no pinned scores for this bundle"
    model = _bundle(which)
    got = _hate(model, [normalize(t).text for t in pins])
    assert got.round(3).tolist() == pytest.approx(list(pins.values()), abs=2e-3), dict(zip(pins, got.round(3), strict=True))


def test_the_guard_catches_a_damaged_bundle(tmp_path: Path) -> None:
    """Precondition of the guard: noise in the weights of the fast bundle, checksums rewritten, must fail it."""
    import hashlib
    import shutil

    import onnx
    from onnx import numpy_helper

    src = ROOT / "models" / "vigie-fr-default"
    dst = tmp_path / "vigie-fr-default"
    shutil.copytree(src, dst)
    graph = onnx.load(str(dst / "model.onnx"))
    rng = np.random.default_rng(0)
    for init in graph.graph.initializer:
        arr = numpy_helper.to_array(init)
        if arr.ndim == 2 and arr.size > 1000:
            noisy = (arr + rng.normal(0, float(np.std(arr)) * 3, arr.shape)).astype(arr.dtype)
            init.CopyFrom(numpy_helper.from_array(noisy, init.name))
    onnx.save(graph, str(dst / "model.onnx"))
    manifest = json.loads((dst / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["model.onnx"]["sha256"] = hashlib.sha256((dst / "model.onnx").read_bytes()).hexdigest()
    manifest["files"]["model.onnx"]["bytes"] = (dst / "model.onnx").stat().st_size
    (dst / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    damaged = load_bundle(dst)
    recorded = manifest["metrics"]["suite_eval"]
    macro_f1, _ = _measure(damaged, _rows(SUITE_EVAL), float(recorded["threshold"]))
    assert macro_f1 < recorded["macro_f1"] - TOLERANCE
