"""The batch featuriser: same features as a plain per-text reference, independent of the batch, never raises."""

from __future__ import annotations

import numpy as np
import pytest
from fakes import ChunkTokenizer

from worker.pipeline.featurize import (
    _SEPARATORS,
    Featurizer,
    FeaturizerSpec,
    PieceVocab,
    build_piece_vocab,
    document_frequency,
    smooth_idf,
)

MASK = (1 << 64) - 1
QUOTES = "\"«»“”„‹›"
PAIR = 0x9E3779B97F4A7C15


def reference_counts(fz: Featurizer, text: str) -> dict[int, int]:
    """Per-text, loop-by-loop version of what Featurizer.counts computes for the whole batch."""
    spec = fz.spec
    tokens: list[list[int]] = []
    quoted: list[bool] = []  # a word is quoted when an odd number of quotation marks precede it
    current: list[int] = []
    marks = 0
    for ch in text[: spec.max_chars]:
        cp = ord(ch)
        if cp < 0x10000 and _SEPARATORS[cp]:
            if current:
                tokens.append(current)
            current = []
            marks += ch in QUOTES
        else:
            if not current:
                quoted.append(marks % 2 == 1)
            current.append(cp)
    if current:
        tokens.append(current)

    def poly(seq: list[int]) -> int:
        h = 0
        for c in seq:
            h = (h * spec.prime + c) & MASK
        return h

    def bucket(h: int, salt: int, bits: int) -> int:
        return int(fz._finish(np.array([h], dtype=np.uint64), salt, bits)[0])

    counts: dict[int, int] = {}
    lo, hi = spec.char_ngrams
    for tok in tokens:
        padded = [32, *tok, 32]
        for n in range(lo, hi + 1):
            for i in range(len(padded) - n + 1):
                if set(padded[i : i + n]) == {32}:  # a bare space is not a feature
                    continue
                b = bucket(poly(padded[i : i + n]), 0x100 + n, spec.char_bits)
                counts[b] = counts.get(b, 0) + 1
    word_hashes = [poly(t) for t in tokens]
    lo, hi = spec.word_ngrams
    for n in range(lo, hi + 1):
        for i in range(len(word_hashes) - n + 1):
            h = word_hashes[i]
            for k in range(1, n):
                h = (h * PAIR + word_hashes[i + k]) & MASK
            b = bucket(h, 0x200 + n, spec.word_bits) + spec.n_char
            counts[b] = counts.get(b, 0) + 1
    if spec.quote_marks:
        for h, q in zip(word_hashes, quoted, strict=True):
            if q:
                b = bucket(h, 0x300, spec.word_bits) + spec.n_char
                counts[b] = counts.get(b, 0) + 1
    return counts


TEXTS = [
    "les immigrés dehors !!",
    "",
    "   ",
    "a",
    "l'islam, c'est   super 🐒🐒 ok",
    "x\x00y\u200bz\ud800w",
    "ab",
    "un-deux_trois 4 5",
    'il a dit « les x sont des rats » puis "bye',
]


@pytest.mark.parametrize(
    "spec", [FeaturizerSpec(), FeaturizerSpec(char_ngrams=(1, 3), word_ngrams=(1, 3), quote_marks=False)]
)
def test_counts_match_the_per_text_reference(spec: FeaturizerSpec) -> None:
    fz = Featurizer(spec)
    batch = fz.counts(TEXTS)
    assert np.all(np.diff(batch.rows) >= 0)
    for row, text in enumerate(TEXTS):
        sel = batch.rows == row
        got = dict(zip(batch.indices[sel].tolist(), batch.weights[sel].astype(int).tolist(), strict=True))
        assert got == reference_counts(fz, text), text


def assert_batch_independent(fz: Featurizer, texts: list[str]) -> None:
    """Each post's features are the same scored alone or within the batch."""
    together = fz.transform(texts)
    for row, text in enumerate(texts):
        alone = fz.transform([text])
        sel = together.rows == row
        np.testing.assert_array_equal(alone.indices, together.indices[sel])
        np.testing.assert_allclose(alone.weights, together.weights[sel], rtol=1e-6)


def test_features_do_not_depend_on_the_rest_of_the_batch() -> None:
    assert_batch_independent(Featurizer(FeaturizerSpec()), list(TEXTS))


def test_each_block_is_l2_normalised_and_scaled() -> None:
    spec = FeaturizerSpec(char_scale=1.0, word_scale=0.5)
    idf = np.linspace(1.0, 3.0, spec.n_features).astype(np.float32)
    batch = Featurizer(spec, idf).transform(["les gens sont là", "bonjour à tous et à toutes"])
    for row in range(2):
        sel = batch.rows == row
        is_word = batch.indices[sel] >= spec.n_char
        w = batch.weights[sel]
        assert np.sqrt(np.sum(w[~is_word] ** 2)) == pytest.approx(1.0, rel=1e-5)
        assert np.sqrt(np.sum(w[is_word] ** 2)) == pytest.approx(0.5, rel=1e-5)


def test_accent_folding_maps_accented_and_plain_spellings_together() -> None:
    fz = Featurizer(FeaturizerSpec(fold_accents=True))
    a, b = fz.counts(["immigrés étrangers"]), fz.counts(["immigres etrangers"])
    np.testing.assert_array_equal(a.indices, b.indices)
    plain = Featurizer(FeaturizerSpec())
    assert not np.array_equal(plain.counts(["immigrés"]).indices, plain.counts(["immigres"]).indices)


def test_odd_inputs_never_raise_and_long_texts_are_capped() -> None:
    fz = Featurizer(FeaturizerSpec(max_chars=300))
    assert fz.transform([]).n_rows == 0
    weird = ["", "\x00\x01\x02", "\ud83d", "é" * 10, "mot " * 25_000, "\U0001f600" * 50]
    batch = fz.transform(weird)
    assert batch.n_rows == len(weird)
    assert np.all((batch.indices >= 0) & (batch.indices < fz.spec.n_features))
    assert np.all(np.isfinite(batch.weights))
    long_row = batch.rows == 4
    assert long_row.sum() == Featurizer(FeaturizerSpec(max_chars=300)).transform(["mot " * 75]).indices.size


def test_quoted_words_get_one_extra_marked_feature_each() -> None:
    fz = Featurizer(FeaturizerSpec())
    plain, quoted = fz.counts(["il a dit sale rat"]), fz.counts(["il a dit « sale rat »"])
    assert quoted.indices.size == plain.indices.size + 2
    assert set(plain.indices.tolist()) < set(quoted.indices.tolist())
    # quotes do not leak into the next text of the batch, even when unbalanced
    batch = fz.counts(['"unbalanced', "sale rat"])
    np.testing.assert_array_equal(batch.indices[batch.rows == 1], fz.counts(["sale rat"]).indices)


def test_spec_round_trips_and_rejects_unknown_fields() -> None:
    spec = FeaturizerSpec(char_ngrams=(3, 5), word_bits=16, fold_accents=True)
    assert FeaturizerSpec.from_dict(spec.as_dict()) == spec
    with pytest.raises(ValueError, match="unknown"):
        FeaturizerSpec.from_dict({**spec.as_dict(), "colour": "blue"})
    with pytest.raises(ValueError):
        FeaturizerSpec.from_dict({"char_ngrams": [5, 2]})


def test_document_frequency_and_idf() -> None:
    fz = Featurizer(FeaturizerSpec())
    texts = ["les chats", "les chiens", "des chats"]
    df, n = document_frequency(fz, texts, batch=2)
    assert n == 3
    les = fz.counts(["les"]).indices[-1]  # the word unigram "les" (word block comes last)
    assert les >= fz.spec.n_char and df[les] == 2
    idf = smooth_idf(df, n)
    assert idf[les] == pytest.approx(np.log(4 / 3) + 1, rel=1e-6)


# -- the piece block ------------------------------------------------------------------------------------------------
N_PIECES = 50
TRAIN_TEXTS = ["les chats sont là", "l'islam, c'est   super 🐒🐒 ok", "un-deux_trois 4 5", "x\x00y\u200bz\ud800w"]


def piece_featurizer(words: tuple[str, ...] = ()) -> tuple[Featurizer, ChunkTokenizer]:
    tok = ChunkTokenizer(N_PIECES)
    idf = np.linspace(1.0, 2.0, N_PIECES).astype(np.float32)
    vocab = build_piece_vocab(Featurizer(FeaturizerSpec()), tok, TRAIN_TEXTS, idf, words)
    return Featurizer(FeaturizerSpec(pieces=N_PIECES), None, vocab), tok


def words_of(text: str) -> list[str]:
    out, current = [], ""
    for ch in text[:2048]:
        if ord(ch) < 0x10000 and _SEPARATORS[ord(ch)]:
            if current:
                out.append(current)
            current = ""
        else:
            current += ch
    return [*out, current] if current else out


def test_piece_block_holds_the_idf_weighted_pieces_of_known_words_only() -> None:
    fz, tok = piece_featurizer(words=("hors", "vocabulaire"))
    pv = fz.pieces
    assert pv is not None
    texts = [*TRAIN_TEXTS, "les chats hors texte inconnus", "", "🐒", "vocabulaire"]
    batch = fz.transform(texts)
    plain = Featurizer(FeaturizerSpec()).transform(texts)
    is_piece = batch.indices >= fz.spec.n_features
    assert np.all(np.diff(batch.rows) >= 0)
    assert np.all(batch.indices < fz.n_columns)
    # the hashed features are untouched
    np.testing.assert_array_equal(batch.indices[~is_piece], plain.indices)
    np.testing.assert_array_equal(batch.rows[~is_piece], plain.rows)
    np.testing.assert_array_equal(batch.weights[~is_piece], plain.weights)
    known = set(words_of(" ".join(TRAIN_TEXTS))) | {"hors", "vocabulaire"}
    for row, text in enumerate(texts):
        pieces = [p for w in words_of(text) if w in known for p in tok.piece_ids(w)]
        total = float(sum(pv.idf[p] for p in pieces))
        expected = {p: pieces.count(p) * float(pv.idf[p]) / total for p in set(pieces)}
        sel = is_piece & (batch.rows == row)
        got = dict(zip((batch.indices[sel] - fz.spec.n_features).tolist(), batch.weights[sel].tolist(), strict=True))
        assert got.keys() == expected.keys(), text
        for p, weight in expected.items():
            assert got[p] == pytest.approx(weight, rel=1e-5)
    rows, ids = fz.piece_ids(texts)
    assert ids.size == sum(len(tok.piece_ids(w)) for t in texts for w in words_of(t) if w in known)
    assert np.all(np.diff(rows) >= 0)


def test_piece_block_does_not_depend_on_the_rest_of_the_batch() -> None:
    fz, _ = piece_featurizer()
    assert_batch_independent(fz, [*TRAIN_TEXTS, "", "les chats"])


def test_piece_vocabulary_is_checked() -> None:
    fz, _ = piece_featurizer()
    pv = fz.pieces
    assert pv is not None
    with pytest.raises(ValueError, match="no piece vocabulary"):
        Featurizer(FeaturizerSpec(pieces=N_PIECES))
    with pytest.raises(ValueError, match="no piece block"):
        Featurizer(FeaturizerSpec(), None, pv)
    with pytest.raises(ValueError, match="idf has shape"):
        Featurizer(FeaturizerSpec(pieces=N_PIECES + 1), None, pv)
    bad_ids = PieceVocab(pv.word_hash, pv.offsets, pv.ids + N_PIECES, pv.idf)
    with pytest.raises(ValueError, match="piece ids"):
        Featurizer(FeaturizerSpec(pieces=N_PIECES), None, bad_ids)
    unsorted = PieceVocab(pv.word_hash[::-1].copy(), pv.offsets, pv.ids, pv.idf)
    with pytest.raises(ValueError, match="ascending"):
        Featurizer(FeaturizerSpec(pieces=N_PIECES), None, unsorted)
