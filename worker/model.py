"""Model bundles: load, check and run an ONNX text classifier.

STUB interface (issue 2 implements the kinds). Contract used by the rest of the worker:

- ``load_bundle(path) -> Model``; any problem raises ``BundleError`` naming the file and the problem.
- ``Model.predict(texts)`` takes NORMALISED texts (``worker.normalize``) and returns a float32 array of shape
  ``(len(texts), len(model.labels))`` of probabilities in [0, 1]; one ``session.run`` per call.
- ``Model.hate_label`` names the label whose probability drives the decision; the other labels are categories.
- ``Model.thresholds`` has at least ``review`` and ``remove`` (on the hate label's probability).
- ``Model.max_chars``: texts longer than this are scored by windows (``worker.scoring``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from worker.errors import BundleError

DEFAULT_BUNDLE_NAME = "vigie-fr-default"


class Model(Protocol):
    name: str
    version: str
    kind: str
    labels: tuple[str, ...]
    hate_label: str
    thresholds: Mapping[str, float]
    max_chars: int

    def predict(self, texts: Sequence[str]) -> np.ndarray: ...


def default_bundle_path() -> Path:
    """The bundle committed under ``models/`` of the project."""
    return Path(__file__).resolve().parent.parent / "models" / DEFAULT_BUNDLE_NAME


def load_bundle(path: Path | str | None = None) -> Model:
    bundle = Path(path) if path else default_bundle_path()
    raise BundleError(bundle, "no model kinds implemented yet")
