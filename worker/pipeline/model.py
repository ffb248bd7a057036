"""Model bundles: load, check and run an ONNX text classifier.

Contract used by the rest of the worker:

- ``load_bundle(path) -> Model``; any problem raises ``BundleError`` naming the file and the problem.
- ``Model.predict(texts)`` takes NORMALISED texts (``worker.pipeline.normalize``) and returns a float32 array of shape
  ``(len(texts), len(model.labels))`` of probabilities in [0, 1]; one ``session.run`` per call (an
  ``hf-sequence-classification`` bundle with ``sort_by_length`` runs one per sub-batch of ``batch_size``).
- ``Model.hate_label`` names the label whose probability drives the decision; the other labels are categories.
- ``Model.thresholds`` has at least ``review`` and ``remove`` (on the hate label's probability), plus
  ``category_min`` and, per category, ``category_min.<label>``.
- ``Model.max_chars``: texts longer than this are scored by windows (``worker.pipeline.scoring``).
- ``Model.normalized_input``: whether the model expects the normaliser's output (true unless a manifest says not).

Two kinds (the manifest schema is documented in ``models/README.md``):

- ``vigie-hashed-ngrams``: Vigie's default. Hashed char + word n-grams computed in numpy for the whole batch
  (``worker.pipeline.featurize``), optionally a block of pretrained word pieces, then one ONNX run:
  ``weights @ W[indices] + bias -> sigmoid``.
- ``hf-sequence-classification``: any Hugging Face classifier exported to ONNX (inputs ``input_ids``,
  ``attention_mask``, optional ``token_type_ids``; first output the logits) with its ``tokenizer.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from worker.ops.errors import BundleError
from worker.pipeline.featurize import Featurizer, FeaturizerSpec, PieceVocab, SparseBatch

DEFAULT_BUNDLE_NAME = "vigie-fr-default"
DEFAULT_ENCODER_NAME = "vigie-fr-encoder"
MANIFEST = "manifest.json"
HASHED_KIND = "vigie-hashed-ngrams"
HF_KIND = "hf-sequence-classification"
KINDS = (HASHED_KIND, HF_KIND)
HF_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
HASHED_INPUTS = ("indices", "weights")
DEFAULT_MAX_CHARS = 512


class Model(Protocol):
    name: str
    version: str
    kind: str
    labels: tuple[str, ...]
    hate_label: str
    thresholds: Mapping[str, float]
    max_chars: int
    normalized_input: bool

    def predict(self, texts: Sequence[str]) -> np.ndarray: ...


def default_bundle_path() -> Path:
    """The bundle committed under ``models/`` of the project."""
    return Path(__file__).resolve().parents[2] / "models" / DEFAULT_BUNDLE_NAME


def default_encoder_path() -> Path:
    """The encoder-tier bundle committed under ``models/`` (the cascade's second opinion), if there is one."""
    return Path(__file__).resolve().parents[2] / "models" / DEFAULT_ENCODER_NAME


def load_bundle(path: Path | str | None = None, *, threads: int = 1) -> Model:
    """Load and check a bundle directory; ``threads`` is onnxruntime's ``intra_op_num_threads``."""
    bundle = Path(path) if path else default_bundle_path()
    manifest = read_manifest(bundle)
    kind = manifest.get("kind")
    if kind == HASHED_KIND:
        return HashedNgramModel.load(bundle, manifest, threads)
    if kind == HF_KIND:
        return HFSequenceModel.load(bundle, manifest, threads)
    raise BundleError(bundle / MANIFEST, f"unknown kind {kind!r} (known: {', '.join(KINDS)})")


# -- manifest and files -----------------------------------------------------------------------------------------
def read_manifest(bundle: Path) -> dict[str, Any]:
    path = bundle / MANIFEST
    if not bundle.is_dir():
        raise BundleError(bundle, "not a directory")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BundleError(path, "missing file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(path, f"invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BundleError(path, "invalid JSON: the manifest must be an object")
    for key in ("name", "version", "kind", "labels", "hate_label", "thresholds", "files"):
        if key not in data:
            raise BundleError(path, f"missing field {key!r}")
    return data


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def bundle_file(bundle: Path, manifest: Mapping[str, Any], name: str) -> Path:
    """The path of a file listed in the manifest, after checking it exists and matches its sha256."""
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise BundleError(bundle / MANIFEST, "'files' must map file names to {'sha256': ...}")
    entry = files.get(name)
    if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
        raise BundleError(bundle / MANIFEST, f"'files' has no sha256 for {name!r}")
    path = bundle / name
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise BundleError(path, "file names must be relative to the bundle directory")
    if not path.is_file():
        raise BundleError(path, "missing file")
    actual = sha256_file(path)
    if actual != entry["sha256"].lower():
        raise BundleError(path, f"wrong sha256: expected {entry['sha256']}, got {actual}")
    return path


def _common(bundle: Path, manifest: Mapping[str, Any]) -> dict[str, Any]:
    """Fields every kind shares, validated."""
    where = bundle / MANIFEST
    labels = manifest["labels"]
    if not (isinstance(labels, list) and labels and all(isinstance(x, str) and x for x in labels)):
        raise BundleError(where, "'labels' must be a non-empty list of strings")
    if len(set(labels)) != len(labels):
        raise BundleError(where, "'labels' has duplicates")
    hate = manifest["hate_label"]
    if hate not in labels:
        raise BundleError(where, f"hate_label {hate!r} is not one of the labels {labels}")
    thresholds = manifest["thresholds"]
    if not isinstance(thresholds, dict):
        raise BundleError(where, "'thresholds' must be an object")
    flat: dict[str, float] = {}
    for key, value in thresholds.items():
        if isinstance(value, dict):  # {"category_min": {"origin": 0.4, ...}} -> "category_min.origin"
            items = [(f"{key}.{k}", v) for k, v in value.items()]
        else:
            items = [(key, value)]
        for k, v in items:
            if isinstance(v, bool) or not isinstance(v, int | float) or not 0.0 <= v <= 1.0:
                raise BundleError(where, f"threshold {k!r} must be a number in [0, 1], got {v!r}")
            flat[k] = float(v)
    for key in ("review", "remove"):
        if key not in flat:
            raise BundleError(where, f"thresholds lack {key!r}")
    flat.setdefault("category_min", 0.5)
    max_chars = manifest.get("max_chars", DEFAULT_MAX_CHARS)
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 16:
        raise BundleError(where, f"max_chars must be an integer >= 16, got {max_chars!r}")
    return {
        "name": str(manifest["name"]),
        "version": str(manifest["version"]),
        "labels": tuple(labels),
        "hate_label": hate,
        "thresholds": flat,
        "max_chars": max_chars,
        "normalized_input": bool(manifest.get("normalized_input", True)),
    }


def _session(path: Path, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, int(threads))
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own plain exception types
        raise BundleError(path, f"not a loadable ONNX model: {' '.join(str(exc).split())[:300]}") from None


def _check_output(path: Path, session: Any, n_labels: int) -> str:
    outputs = session.get_outputs()
    if not outputs:
        raise BundleError(path, "the graph has no output")
    out = outputs[0]
    shape = out.shape
    if len(shape) != 2:
        raise BundleError(path, f"output {out.name!r} has shape {shape}, expected [batch, {n_labels}]")
    if isinstance(shape[1], int) and shape[1] != n_labels:
        raise BundleError(path, f"output {out.name!r} has {shape[1]} columns but the manifest lists {n_labels} labels")
    if out.type != "tensor(float)":
        raise BundleError(path, f"output {out.name!r} is {out.type}, expected tensor(float)")
    return str(out.name)


# -- vigie-hashed-ngrams ------------------------------------------------------------------------------------------
class _Bundle:
    """What every bundle kind reads from its manifest (``_common``): identity, labels, thresholds, input form."""

    def __init__(self, common: Mapping[str, Any]) -> None:
        self.name: str = common["name"]
        self.version: str = common["version"]
        self.labels: tuple[str, ...] = common["labels"]
        self.hate_label: str = common["hate_label"]
        self.thresholds: Mapping[str, float] = common["thresholds"]
        self.max_chars: int = common["max_chars"]
        self.normalized_input: bool = common["normalized_input"]


class HashedNgramModel(_Bundle):
    """Hashed n-gram features (numpy, whole batch) + a linear ONNX head with sigmoid outputs."""

    kind = HASHED_KIND

    def __init__(self, common: Mapping[str, Any], featurizer: Featurizer, session: Any, output: str) -> None:
        super().__init__(common)
        self.featurizer = featurizer
        self._session = session
        self._output = output

    @classmethod
    def load(cls, bundle: Path, manifest: Mapping[str, Any], threads: int = 1) -> HashedNgramModel:
        common = _common(bundle, manifest)
        where = bundle / MANIFEST
        fz = manifest.get("featurizer")
        if not isinstance(fz, dict):
            raise BundleError(where, "'featurizer' must be an object (the n-gram spec)")
        try:
            spec = FeaturizerSpec.from_dict(fz.get("spec", {}))
        except (TypeError, ValueError) as exc:
            raise BundleError(where, f"invalid featurizer spec: {exc}") from None
        idf = None
        if fz.get("idf"):
            idf_path = bundle_file(bundle, manifest, str(fz["idf"]))
            try:
                idf = np.load(idf_path, allow_pickle=False).astype(np.float32)
            except (OSError, ValueError) as exc:
                raise BundleError(idf_path, f"not a numpy array file: {exc}") from None
            if idf.shape != (spec.n_features,):
                raise BundleError(idf_path, f"idf has shape {idf.shape}, expected ({spec.n_features},)")
        pieces = _piece_vocab(bundle, manifest, fz, spec) if spec.pieces else None
        onnx_path = bundle_file(bundle, manifest, str(manifest.get("model", "model.onnx")))
        session = _session(onnx_path, threads)
        inputs = {i.name: i for i in session.get_inputs()}
        if sorted(inputs) != sorted(HASHED_INPUTS):
            raise BundleError(onnx_path, f"inputs are {sorted(inputs)}, expected {list(HASHED_INPUTS)}")
        for name, type_ in (("indices", "tensor(int64)"), ("weights", "tensor(float)")):
            if len(inputs[name].shape) != 2 or inputs[name].type != type_:
                raise BundleError(onnx_path, f"input {name!r} must be a 2-D {type_}, got {inputs[name].type} "
                                             f"{inputs[name].shape}")
        output = _check_output(onnx_path, session, len(common["labels"]))
        return cls(common, Featurizer(spec, idf, pieces), session, output)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        n = len(texts)
        if n == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        indices, weights = padded(self.featurizer.transform(texts))
        probs = self._session.run([self._output], {"indices": indices, "weights": weights})[0]
        return np.asarray(probs, dtype=np.float32)


PIECE_ARRAYS = {"words": np.uint64, "offsets": np.int64, "ids": np.int32, "idf": np.float32}


def _piece_vocab(bundle: Path, manifest: Mapping[str, Any], fz: Mapping[str, Any], spec: FeaturizerSpec) -> PieceVocab:
    """The piece block's vocabulary arrays (``featurizer.pieces``: words, offsets, ids, idf -> ``.npy`` files)."""
    files = fz.get("pieces")
    if not isinstance(files, dict) or sorted(files) != sorted(PIECE_ARRAYS):
        raise BundleError(bundle / MANIFEST, f"the spec has a piece block: 'featurizer.pieces' must name the "
                                             f"{', '.join(PIECE_ARRAYS)} files")
    arrays: dict[str, np.ndarray] = {}
    for key, dtype in PIECE_ARRAYS.items():
        path = bundle_file(bundle, manifest, str(files[key]))
        try:
            arrays[key] = np.load(path, allow_pickle=False).astype(dtype)
        except (OSError, ValueError) as exc:
            raise BundleError(path, f"not a numpy array file: {exc}") from None
    vocab = PieceVocab(arrays["words"], arrays["offsets"], arrays["ids"], arrays["idf"])
    try:
        vocab.validate(spec.pieces)
    except ValueError as exc:
        raise BundleError(bundle / str(files["words"]), str(exc)) from None
    return vocab


def padded(batch: SparseBatch) -> tuple[np.ndarray, np.ndarray]:
    """Sparse rows (ascending) -> ``[B, L]`` index and weight matrices, padded with index 0 and weight 0."""
    per_row = np.bincount(batch.rows, minlength=batch.n_rows)
    width = max(1, int(per_row.max(initial=0)))
    filled = np.arange(width) < per_row[:, None]  # row-major order == the sorted order of the entries
    indices = np.zeros((batch.n_rows, width), dtype=np.int64)
    weights = np.zeros((batch.n_rows, width), dtype=np.float32)
    indices[filled] = batch.indices
    weights[filled] = batch.weights
    return indices, weights


# -- hf-sequence-classification -----------------------------------------------------------------------------------
class HFSequenceModel(_Bundle):
    """A Hugging Face sequence classifier exported to ONNX, with its ``tokenizers`` tokenizer."""

    kind = HF_KIND

    def __init__(self, common: Mapping[str, Any], options: Mapping[str, Any], tokenizer: Any, session: Any,
                 output: str, input_names: tuple[str, ...]) -> None:
        super().__init__(common)
        self.activation: str = options["activation"]
        self.max_length: int = options["max_length"]
        self.pad_id: int = options["pad_id"]
        self.text_prefix: str = options["text_prefix"]
        self.lowercase: bool = options["lowercase"]
        self.sort_by_length: bool = options["sort_by_length"]
        self.batch_size: int = options["batch_size"]
        self.architecture: dict[str, int] = options["architecture"]
        self._tokenizer = tokenizer
        self._session = session
        self._output = output
        self._inputs = input_names

    @classmethod
    def load(cls, bundle: Path, manifest: Mapping[str, Any], threads: int = 1) -> HFSequenceModel:
        from tokenizers import Tokenizer

        common = _common(bundle, manifest)
        options = _hf_options(bundle / MANIFEST, manifest)
        tok_path = bundle_file(bundle, manifest, options["tokenizer"])
        try:
            tokenizer = Tokenizer.from_file(str(tok_path))
        except Exception as exc:  # tokenizers raises a plain Exception on bad files
            raise BundleError(tok_path, f"not a tokenizers JSON file: {' '.join(str(exc).split())[:200]}") from None
        tokenizer.no_padding()
        tokenizer.no_truncation()
        pad_id = options["pad_id"]
        if pad_id is None:
            pad_id = _tokenizer_pad_id(tokenizer)
        options = {**options, "pad_id": pad_id}
        onnx_path = bundle_file(bundle, manifest, options["model"])
        session = _session(onnx_path, threads)
        inputs = session.get_inputs()
        names = tuple(i.name for i in inputs)
        unknown = [n for n in names if n not in HF_INPUTS]
        if unknown or "input_ids" not in names or "attention_mask" not in names:
            raise BundleError(onnx_path, f"inputs are {list(names)}; expected input_ids, attention_mask "
                                         "and optionally token_type_ids")
        for i in inputs:
            if len(i.shape) != 2 or i.type not in ("tensor(int64)", "tensor(int32)"):
                raise BundleError(onnx_path, f"input {i.name!r} must be a 2-D integer tensor, got {i.type} {i.shape}")
        output = _check_output(onnx_path, session, len(common["labels"]))
        return cls(common, options, tokenizer, session, output, names)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        n = len(texts)
        out = np.zeros((n, len(self.labels)), dtype=np.float32)
        if n == 0:
            return out
        cap = 32 * self.max_length  # characters: far more than max_length tokens, bounds tokenising time
        prepared = [self.text_prefix + (t[:cap].lower() if self.lowercase else t[:cap]) for t in texts]
        try:
            encodings = self._tokenizer.encode_batch(prepared)
        except (TypeError, ValueError):  # lone surrogates cannot cross into Rust: replace them, then retry
            prepared = [t.encode("utf-8", "replace").decode("utf-8") for t in prepared]
            encodings = self._tokenizer.encode_batch(prepared)
        ids = [e.ids[: self.max_length] for e in encodings]
        order = np.argsort([len(x) for x in ids], kind="stable") if self.sort_by_length else np.arange(n)
        step = self.batch_size if self.sort_by_length else n
        for lo in range(0, n, step):
            chunk = order[lo : lo + step]
            logits = self._run([ids[i] for i in chunk])
            out[chunk] = _activate(logits, self.activation)
        return out

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """Tokens the model reads for each text (prefix included, after truncation): what a post costs it."""
        prepared = [self.text_prefix + (t.lower() if self.lowercase else t) for t in texts]
        return [min(len(e.ids), self.max_length) for e in self._tokenizer.encode_batch(prepared)]

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        width = max(1, max(len(x) for x in ids))
        input_ids = np.full((len(ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for row, seq in enumerate(ids):
            input_ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        feeds = {"input_ids": input_ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(input_ids)
        for i in self._session.get_inputs():
            if i.type == "tensor(int32)":
                feeds[i.name] = feeds[i.name].astype(np.int32)
        return np.asarray(self._session.run([self._output], feeds)[0], dtype=np.float32)


def _hf_options(where: Path, manifest: Mapping[str, Any]) -> dict[str, Any]:
    activation = manifest.get("activation", "sigmoid")
    if activation not in ("sigmoid", "softmax"):
        raise BundleError(where, f"activation must be 'sigmoid' or 'softmax', got {activation!r}")
    options: dict[str, Any] = {
        "activation": activation,
        "tokenizer": str(manifest.get("tokenizer", "tokenizer.json")),
        "model": str(manifest.get("model", "model.onnx")),
        "max_length": manifest.get("max_length", 512),
        "pad_id": manifest.get("pad_id"),
        "text_prefix": manifest.get("text_prefix", ""),
        "lowercase": manifest.get("lowercase", False),
        "sort_by_length": manifest.get("sort_by_length", False),
        "batch_size": manifest.get("batch_size", 64),
    }
    for key in ("max_length", "batch_size"):
        value = options[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise BundleError(where, f"{key} must be a positive integer, got {value!r}")
    if options["pad_id"] is not None and (isinstance(options["pad_id"], bool) or not isinstance(options["pad_id"], int)):
        raise BundleError(where, f"pad_id must be an integer, got {options['pad_id']!r}")
    if not isinstance(options["text_prefix"], str):
        raise BundleError(where, "text_prefix must be a string")
    for key in ("lowercase", "sort_by_length"):
        if not isinstance(options[key], bool):
            raise BundleError(where, f"{key} must be true or false")
    arch = manifest.get("architecture") or {}  # optional: lets a bench count the multiply-adds per post
    if not isinstance(arch, dict) or any(isinstance(v, bool) or not isinstance(v, int) or v < 1 for v in arch.values()):
        raise BundleError(where, f"architecture must map names to positive integers, got {arch!r}")
    options["architecture"] = arch
    return options


def _tokenizer_pad_id(tokenizer: Any) -> int:
    for token in ("<pad>", "[PAD]", "<PAD>", "[pad]"):
        found = tokenizer.token_to_id(token)
        if found is not None:
            return int(found)
    return 0


def _activate(logits: np.ndarray, activation: str) -> np.ndarray:
    logits = logits.astype(np.float64)
    if activation == "softmax":
        shifted = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(shifted)
        return (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return (1.0 / (1.0 + np.exp(-np.clip(logits, -60.0, 60.0)))).astype(np.float32)


# -- writing bundles (training scripts and tests; needs the `train` extra for onnx) --------------------------------
def hashed_graph(weights: np.ndarray, bias: np.ndarray, output: str = "probs") -> bytes:
    """The ONNX graph of a ``vigie-hashed-ngrams`` bundle: ``sigmoid(weights @ W[indices] + bias)`` per row.

    ``weights`` is the ``[n_features, n_labels]`` table (stored as float16 when it is float16), ``bias`` ``[n_labels]``.
    """
    from onnx import TensorProto, helper, numpy_helper

    n_labels = int(weights.shape[1])
    table = "W"
    nodes = [helper.make_node("Gather", [table, "indices"], ["rows_w"], axis=0)]  # [B, L, K]
    if weights.dtype == np.float16:
        nodes = [
            helper.make_node("Gather", [table, "indices"], ["rows_w16"], axis=0),
            helper.make_node("Cast", ["rows_w16"], ["rows_w"], to=TensorProto.FLOAT),
        ]
    else:
        weights = weights.astype(np.float32)
    nodes += [
        helper.make_node("Unsqueeze", ["weights", "axis1"], ["weights_row"]),  # [B, 1, L]
        helper.make_node("MatMul", ["weights_row", "rows_w"], ["summed"]),  # [B, 1, K]
        helper.make_node("Squeeze", ["summed", "axis1"], ["score"]),  # [B, K]
        helper.make_node("Add", ["score", "bias"], ["logits"]),
        helper.make_node("Sigmoid", ["logits"], [output]),
    ]
    graph = helper.make_graph(
        nodes,
        "vigie_hashed_ngrams",
        [
            helper.make_tensor_value_info("indices", TensorProto.INT64, ["batch", "width"]),
            helper.make_tensor_value_info("weights", TensorProto.FLOAT, ["batch", "width"]),
        ],
        [helper.make_tensor_value_info(output, TensorProto.FLOAT, ["batch", n_labels])],
        initializer=[
            numpy_helper.from_array(weights, table),
            numpy_helper.from_array(bias.astype(np.float32), "bias"),
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="vigie")
    model.ir_version = 8
    return bytes(model.SerializeToString())


def write_manifest(bundle: Path, manifest: Mapping[str, Any], files: Sequence[str]) -> dict[str, Any]:
    """Write ``manifest.json`` with the sha256 and size of each listed file (already in ``bundle``)."""
    data = dict(manifest)
    data["files"] = {name: {"sha256": sha256_file(bundle / name), "bytes": (bundle / name).stat().st_size}
                     for name in files}
    (bundle / MANIFEST).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return data
