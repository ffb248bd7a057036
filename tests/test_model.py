"""Model bundles: the committed default, hand-built tiny bundles of both kinds, and every way a bundle can be bad."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fakes import ChunkTokenizer
from onnx import TensorProto, helper, numpy_helper

from worker.ops.errors import BundleError
from worker.pipeline.featurize import Featurizer, FeaturizerSpec, build_piece_vocab
from worker.pipeline.model import (
    HFSequenceModel,
    default_bundle_path,
    hashed_graph,
    load_bundle,
    padded,
    write_manifest,
)
from worker.pipeline.normalize import normalize

ODD_TEXTS = ["", " ", "\x00\x07\x1b[31m", "\ud800 lone surrogate", "🙂" * 300, "a" * 100_000, "mot " * 30_000]


# -- the committed default bundle ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def default_model() -> Any:
    return load_bundle()


def test_default_bundle_loads_with_its_contract(default_model: Any) -> None:
    m = default_model
    assert m.name == "vigie-fr-default" and m.kind == "vigie-hashed-ngrams"
    assert m.labels[0] == m.hate_label == "hate"
    assert set(m.labels[1:]) == {"origin", "religion", "gender", "lgbt", "disability", "other"}
    assert 0.0 < m.thresholds["review"] <= m.thresholds["remove"] < 1.0
    assert m.max_chars >= 128 and m.normalized_input is True


def test_default_bundle_predicts_probabilities_of_the_right_shape(default_model: Any) -> None:
    texts = [normalize(t).text for t in ["Bonjour à tous", "Les immigrés sont des parasites, dehors !"]]
    probs = default_model.predict(texts)
    assert probs.shape == (2, len(default_model.labels)) and probs.dtype == np.float32
    assert np.all((probs >= 0) & (probs <= 1))
    np.testing.assert_array_equal(probs, default_model.predict(texts))  # deterministic
    assert default_model.predict([]).shape == (0, len(default_model.labels))


def test_default_bundle_never_raises_on_odd_texts(default_model: Any) -> None:
    probs = default_model.predict(ODD_TEXTS)
    assert probs.shape == (len(ODD_TEXTS), len(default_model.labels))
    assert np.all(np.isfinite(probs))


def test_default_bundle_separates_explicit_hate_from_its_contrasts(default_model: Any) -> None:
    hateful = ["les musulmans sont des rats qu'il faut chasser", "mort aux juifs", "les femmes sont inférieures"]
    neutral = ["il fait beau à lyon ce matin", "je cherche un bon livre de cuisine", "le train a du retard"]
    hate = default_model.predict([normalize(t).text for t in hateful + neutral])[:, 0]
    assert hate[:3].min() > hate[3:].max()
    assert hate[:3].min() >= default_model.thresholds["review"]


def test_default_bundle_names_the_targeted_group(default_model: Any) -> None:
    texts = {"religion": "les musulmans sont des terroristes", "gender": "les femmes sont toutes des idiotes",
             "origin": "les noirs sont des singes"}
    probs = default_model.predict([normalize(t).text for t in texts.values()])
    for row, category in enumerate(texts):
        col = default_model.labels.index(category)
        others = [c for c in ("origin", "religion", "gender") if c != category]
        assert probs[row, col] > max(probs[row, default_model.labels.index(o)] for o in others), category


# -- a tiny hashed bundle written by the test ---------------------------------------------------------------------
def make_hashed_bundle(tmp_path: Path, labels: tuple[str, ...] = ("hate", "origin")) -> tuple[Path, np.ndarray]:
    spec = FeaturizerSpec(char_bits=10, word_bits=9)
    rng = np.random.default_rng(0)
    table = rng.normal(0, 1, size=(spec.n_features, len(labels))).astype(np.float32)
    bundle = tmp_path / "tiny"
    bundle.mkdir()
    (bundle / "model.onnx").write_bytes(hashed_graph(table, np.array([0.5, -0.5][: len(labels)], np.float32)))
    manifest = {
        "name": "tiny", "version": "1", "kind": "vigie-hashed-ngrams", "labels": list(labels), "hate_label": "hate",
        "thresholds": {"review": 0.5, "remove": 0.9, "category_min": {"origin": 0.4}},
        "featurizer": {"spec": spec.as_dict()}, "max_chars": 64,
    }
    write_manifest(bundle, manifest, ["model.onnx"])
    return bundle, table


def test_hashed_bundle_computes_sigmoid_of_the_weighted_sum(tmp_path: Path) -> None:
    bundle, table = make_hashed_bundle(tmp_path)
    model = load_bundle(bundle)
    texts = ["les chats", "", "un texte un peu plus long que les autres"]
    batch = Featurizer(FeaturizerSpec(char_bits=10, word_bits=9)).transform(texts)
    logits = np.zeros((3, 2))
    np.add.at(logits, batch.rows, table[batch.indices] * batch.weights[:, None])
    expected = 1 / (1 + np.exp(-(logits + np.array([0.5, -0.5]))))
    np.testing.assert_allclose(model.predict(texts), expected, rtol=1e-5, atol=1e-6)
    assert model.thresholds["category_min.origin"] == 0.4 and model.thresholds["category_min"] == 0.5
    assert model.max_chars == 64


def make_piece_bundle(tmp_path: Path) -> tuple[Path, np.ndarray, Featurizer]:
    """A tiny hashed bundle with a piece block of 40 pieces (the vocabulary built by the test's chunk tokenizer)."""
    n_pieces = 40
    spec = FeaturizerSpec(char_bits=10, word_bits=9, pieces=n_pieces)
    tok = ChunkTokenizer(n_pieces)
    idf = np.linspace(1.0, 2.0, n_pieces).astype(np.float32)
    vocab = build_piece_vocab(Featurizer(FeaturizerSpec(char_bits=10, word_bits=9)), tok,
                              ["les chats dorment", "un texte"], idf)
    table = np.random.default_rng(1).normal(0, 1, size=(spec.n_features + n_pieces, 2)).astype(np.float32)
    bundle = tmp_path / "pieces"
    bundle.mkdir()
    (bundle / "model.onnx").write_bytes(hashed_graph(table, np.array([0.1, -0.1], np.float32)))
    files = {"words": "w.npy", "offsets": "o.npy", "ids": "i.npy", "idf": "f.npy"}
    for key, arr in (("words", vocab.word_hash), ("offsets", vocab.offsets), ("ids", vocab.ids), ("idf", idf)):
        np.save(bundle / files[key], arr, allow_pickle=False)
    manifest = {
        "name": "pieces", "version": "1", "kind": "vigie-hashed-ngrams", "labels": ["hate", "origin"],
        "hate_label": "hate", "thresholds": {"review": 0.5, "remove": 0.9},
        "featurizer": {"spec": spec.as_dict(), "pieces": files},
    }
    write_manifest(bundle, manifest, ["model.onnx", *files.values()])
    return bundle, table, Featurizer(spec, None, vocab)


def test_hashed_bundle_with_a_piece_block(tmp_path: Path) -> None:
    bundle, table, fz = make_piece_bundle(tmp_path)
    model = load_bundle(bundle)
    texts = ["les chats", "", "un texte inconnu", "chats chats chats"]
    batch = fz.transform(texts)
    assert (batch.indices >= fz.spec.n_features).any()
    logits = np.zeros((len(texts), 2))
    np.add.at(logits, batch.rows, table[batch.indices] * batch.weights[:, None])
    expected = 1 / (1 + np.exp(-(logits + np.array([0.1, -0.1]))))
    np.testing.assert_allclose(model.predict(texts), expected, rtol=1e-5, atol=1e-6)
    assert np.all(np.isfinite(model.predict(ODD_TEXTS)))


def test_piece_block_files_are_checked(tmp_path: Path) -> None:
    bundle, _, _ = make_piece_bundle(tmp_path)
    manifest = json.loads((bundle / "manifest.json").read_text())
    (bundle / "i.npy").unlink()
    with pytest.raises(BundleError, match="missing") as err:
        load_bundle(bundle)
    assert err.value.path == bundle / "i.npy"
    np.save(bundle / "i.npy", np.array([0, 1, 999], dtype=np.int32), allow_pickle=False)
    write_manifest(bundle, manifest, list(manifest["files"]))
    with pytest.raises(BundleError, match="offsets|piece ids"):
        load_bundle(bundle)
    del manifest["featurizer"]["pieces"]
    write_manifest(bundle, manifest, list(manifest["files"]))
    with pytest.raises(BundleError, match="featurizer.pieces"):
        load_bundle(bundle)


def test_default_bundle_piece_block_covers_words_training_never_saw(default_model: Any) -> None:
    fz = default_model.featurizer
    assert fz.spec.pieces > 0 and fz.pieces is not None
    rows, ids = fz.piece_ids([normalize("bonjour les voisins").text, "zzqxjw"])
    assert (rows == 0).sum() >= 3 and (rows == 1).sum() == 0  # an unknown word adds no piece


def test_padded_layout_keeps_rows_apart() -> None:
    batch = Featurizer(FeaturizerSpec(char_bits=10, word_bits=9)).transform(["ab", "", "abc def"])
    idx, w = padded(batch)
    assert idx.shape[0] == 3 and w.shape == idx.shape
    assert np.all(w[1] == 0)
    assert (w[0] != 0).sum() == (batch.rows == 0).sum()


# -- broken bundles -----------------------------------------------------------------------------------------------
@pytest.fixture()
def copied_default(tmp_path: Path) -> Path:
    dst = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), dst)
    return dst


def _edit_manifest(bundle: Path, **changes: Any) -> None:
    path = bundle / "manifest.json"
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


def test_missing_model_file_is_named(copied_default: Path) -> None:
    (copied_default / "model.onnx").unlink()
    with pytest.raises(BundleError) as err:
        load_bundle(copied_default)
    assert err.value.path == copied_default / "model.onnx" and "missing" in err.value.problem
    assert err.value.exit_code == 2


def test_wrong_checksum_is_named(copied_default: Path) -> None:
    with (copied_default / "idf.npy").open("r+b") as fh:
        fh.seek(200)
        fh.write(b"\x00\x01\x02")
    with pytest.raises(BundleError, match="sha256") as err:
        load_bundle(copied_default)
    assert err.value.path == copied_default / "idf.npy"


@pytest.mark.parametrize(
    ("content", "problem"),
    [("{not json", "invalid JSON"), ("[1, 2]", "must be an object"), ("{}", "missing field")],
)
def test_bad_manifest(copied_default: Path, content: str, problem: str) -> None:
    (copied_default / "manifest.json").write_text(content)
    with pytest.raises(BundleError, match=problem) as err:
        load_bundle(copied_default)
    assert err.value.path == copied_default / "manifest.json"


def test_unknown_kind_and_missing_bundle(copied_default: Path, tmp_path: Path) -> None:
    _edit_manifest(copied_default, kind="pytorch-pickle")
    with pytest.raises(BundleError, match="unknown kind 'pytorch-pickle'"):
        load_bundle(copied_default)
    with pytest.raises(BundleError, match="not a directory"):
        load_bundle(tmp_path / "nowhere")


def test_labels_must_match_the_graph_output(copied_default: Path) -> None:
    _edit_manifest(copied_default, labels=["hate", "origin"])
    with pytest.raises(BundleError, match="2 labels") as err:
        load_bundle(copied_default)
    assert err.value.path == copied_default / "model.onnx"


def test_hate_label_and_thresholds_are_checked(copied_default: Path) -> None:
    _edit_manifest(copied_default, hate_label="toxic")
    with pytest.raises(BundleError, match="hate_label"):
        load_bundle(copied_default)
    _edit_manifest(copied_default, hate_label="hate", thresholds={"review": 0.5})
    with pytest.raises(BundleError, match="remove"):
        load_bundle(copied_default)
    _edit_manifest(copied_default, thresholds={"review": 0.5, "remove": 7})
    with pytest.raises(BundleError, match="remove"):
        load_bundle(copied_default)


def test_unexpected_onnx_input_names(tmp_path: Path) -> None:
    bundle, _ = make_hashed_bundle(tmp_path)
    graph = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["probs"])], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", 2])],
        [helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["b", 2])],
    )
    (bundle / "model.onnx").write_bytes(_serialise(graph))
    write_manifest(bundle, json.loads((bundle / "manifest.json").read_text()), ["model.onnx"])
    with pytest.raises(BundleError, match="inputs are") as err:
        load_bundle(bundle)
    assert err.value.path == bundle / "model.onnx"


def test_a_file_that_is_not_onnx(tmp_path: Path) -> None:
    bundle, _ = make_hashed_bundle(tmp_path)
    (bundle / "model.onnx").write_bytes(b"this is not a protobuf")
    write_manifest(bundle, json.loads((bundle / "manifest.json").read_text()), ["model.onnx"])
    with pytest.raises(BundleError, match="not a loadable ONNX model"):
        load_bundle(bundle)


def test_file_names_cannot_leave_the_bundle(tmp_path: Path) -> None:
    bundle, _ = make_hashed_bundle(tmp_path)
    _edit_manifest(bundle, model="../model.onnx", files={"../model.onnx": {"sha256": "0" * 64}})
    with pytest.raises(BundleError, match="relative"):
        load_bundle(bundle)


# -- hf-sequence-classification, built from scratch ---------------------------------------------------------------
VOCAB = {"[PAD]": 0, "[UNK]": 1, "passage:": 2, "hate": 3, "love": 4, "neutral": 5}


def _serialise(graph: Any) -> bytes:
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return bytes(model.SerializeToString())


def make_hf_bundle(tmp_path: Path, *, name: str = "hf", token_type_ids: bool = False,
                   inputs: tuple[str, ...] | None = None, **manifest: Any) -> Path:
    """A bag-of-words 'transformer': logits = sum over unmasked tokens of E[token] (+ 10 * token_type_ids)."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    bundle = tmp_path / name
    bundle.mkdir()
    tok = Tokenizer(models.WordLevel(VOCAB, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.save(str(bundle / "tokenizer.json"))
    emb = np.zeros((len(VOCAB), 2), np.float32)
    emb[VOCAB["hate"]] = [-2.0, 2.0]
    emb[VOCAB["love"]] = [2.0, -2.0]
    emb[VOCAB["passage:"]] = [0.0, 0.5]
    emb[VOCAB["[PAD]"]] = [100.0, 100.0]  # must be masked out
    nodes = [
        helper.make_node("Gather", ["E", "input_ids"], ["e"], axis=0),
        helper.make_node("Cast", ["attention_mask"], ["m"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["m", "ax2"], ["m3"]),
        helper.make_node("Mul", ["e", "m3"], ["em"]),
        helper.make_node("ReduceSum", ["em", "ax1"], ["logits0"], keepdims=0),
    ]
    names = list(inputs or ("input_ids", "attention_mask", *(("token_type_ids",) if token_type_ids else ())))
    if "token_type_ids" in names:
        nodes += [
            helper.make_node("Cast", ["token_type_ids"], ["tt"], to=TensorProto.FLOAT),
            helper.make_node("ReduceSum", ["tt", "ax1"], ["tts"], keepdims=1),
            helper.make_node("Mul", ["tts", "ten"], ["tt10"]),
            helper.make_node("Add", ["logits0", "tt10"], ["logits"]),
        ]
    else:
        nodes.append(helper.make_node("Identity", ["logits0"], ["logits"]))
    graph = helper.make_graph(
        nodes, "tiny_hf",
        [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "seq"]) for n in names],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])],
        initializer=[numpy_helper.from_array(emb, "E"), numpy_helper.from_array(np.array([1], np.int64), "ax1"),
                     numpy_helper.from_array(np.array([2], np.int64), "ax2"),
                     numpy_helper.from_array(np.array([10.0], np.float32), "ten")],
    )
    (bundle / "model.onnx").write_bytes(_serialise(graph))
    data = {"name": "tiny-hf", "version": "0", "kind": "hf-sequence-classification",
            "labels": ["not_hate", "hate"], "hate_label": "hate", "activation": "softmax",
            "thresholds": {"review": 0.5, "remove": 0.9}, **manifest}
    write_manifest(bundle, data, ["model.onnx", "tokenizer.json"])
    return bundle


def _softmax_hate(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True))[:, 1]


def test_hf_bundle_softmax_and_padding(tmp_path: Path) -> None:
    model = load_bundle(make_hf_bundle(tmp_path))
    assert isinstance(model, HFSequenceModel) and model.labels == ("not_hate", "hate")
    probs = model.predict(["hate hate", "love", "neutral neutral neutral neutral", ""])
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-6)
    expected = _softmax_hate(np.array([[-4.0, 4.0], [2.0, -2.0], [0.0, 0.0], [0.0, 0.0]]))
    np.testing.assert_allclose(probs[:, 1], expected, rtol=1e-5)  # the pad row's 100s were masked out


def test_hf_bundle_sigmoid_prefix_truncation_and_lowercase(tmp_path: Path) -> None:
    model = load_bundle(make_hf_bundle(tmp_path, activation="sigmoid", text_prefix="passage: ", max_length=3,
                                       lowercase=True))
    probs = model.predict(["HATE love love love", "love hate"])
    # prefix token + two tokens survive truncation: passage: hate love -> [0.0, 0.5]; passage: love hate -> same
    np.testing.assert_allclose(probs, 1 / (1 + np.exp(-np.array([[0.0, 0.5], [0.0, 0.5]]))), rtol=1e-5)


def test_hf_bundle_sort_by_length_keeps_the_input_order(tmp_path: Path) -> None:
    texts = ["hate " * k + "love " * (7 - k) for k in range(8)] + ["", "hate"]
    plain = load_bundle(make_hf_bundle(tmp_path, name="plain"))
    sorted_ = load_bundle(make_hf_bundle(tmp_path, name="sorted", sort_by_length=True, batch_size=3))
    np.testing.assert_allclose(sorted_.predict(texts), plain.predict(texts), rtol=1e-6)
    assert sorted_.predict([]).shape == (0, 2)


def test_hf_bundle_token_type_ids_are_fed_as_zeros(tmp_path: Path) -> None:
    model = load_bundle(make_hf_bundle(tmp_path, token_type_ids=True))
    np.testing.assert_allclose(model.predict(["hate"])[:, 1], _softmax_hate(np.array([[-2.0, 2.0]])), rtol=1e-5)


def test_hf_bundle_never_raises_on_odd_texts(tmp_path: Path) -> None:
    model = load_bundle(make_hf_bundle(tmp_path, max_length=16))
    probs = model.predict(ODD_TEXTS)
    assert probs.shape == (len(ODD_TEXTS), 2) and np.all(np.isfinite(probs))


def test_hf_bundle_rejects_unexpected_inputs(tmp_path: Path) -> None:
    bundle = make_hf_bundle(tmp_path, inputs=("input_ids", "attention_mask", "pixel_values"))
    with pytest.raises(BundleError, match="pixel_values") as err:
        load_bundle(bundle)
    assert err.value.path == bundle / "model.onnx"


def test_hf_bundle_checks_its_options(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="activation"):
        load_bundle(make_hf_bundle(tmp_path, activation="relu"))


def test_hf_bundle_missing_tokenizer(tmp_path: Path) -> None:
    bundle = make_hf_bundle(tmp_path)
    (bundle / "tokenizer.json").unlink()
    with pytest.raises(BundleError, match="missing file") as err:
        load_bundle(bundle)
    assert err.value.path == bundle / "tokenizer.json"
