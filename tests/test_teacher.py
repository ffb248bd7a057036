"""The default model's teacher targets (models/train_default.py): soft labels from cross-fitted encoder scores."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models"))
import train_default as td  # noqa: E402


def _rows(texts: list[str]) -> list[td.Row]:
    return [td.Row(t, i % 2, None, "MLMA", "") for i, t in enumerate(texts)]


def _data(n: int = 400, seed: int = 3) -> tuple[sparse.csr_matrix, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 6))
    y = (x[:, 0] + 0.5 * rng.normal(size=n) > 0).astype(np.int64)
    return sparse.csr_matrix(x), y


def test_soft_targets_mix_labels_and_teacher_but_keep_hard_rows() -> None:
    y = np.array([1, 0, 1, 0])
    t = np.array([0.2, 0.6, 0.9, 0.1])
    hard = np.array([False, False, False, True])
    q = td.soft_targets(y, t, 0.25, hard)
    assert q == pytest.approx([0.75 + 0.05, 0.15, 0.75 + 0.225, 0.0])
    assert td.soft_targets(y, t, 0.0, hard) == pytest.approx(y)
    assert td.soft_targets(y, None, 0.5, hard) == pytest.approx(y)


def test_fit_soft_on_hard_targets_is_the_plain_fit() -> None:
    x, y = _data()
    w = np.ones(y.size)
    plain = td.fit(x, y, w, 2.0)
    soft = td.fit_soft(x, y.astype(np.float64), w, 2.0)
    assert soft.coef_ == pytest.approx(plain.coef_)


def test_fit_soft_follows_the_teacher() -> None:
    """A teacher that says the opposite of the labels on a feature pulls that feature's weight towards it."""
    x, y = _data()
    w = np.ones(y.size)
    teacher = 1 / (1 + np.exp(3 * x[:, [1]].toarray().ravel()))  # hateful when feature 1 is low
    hard = np.zeros(y.size, dtype=bool)
    base = td.fit_soft(x, td.soft_targets(y, teacher, 0.0, hard), w, 2.0).coef_[0]
    half = td.fit_soft(x, td.soft_targets(y, teacher, 0.5, hard), w, 2.0).coef_[0]
    assert half[1] < base[1] - 0.5  # feature 1 now lowers the score
    assert 0 < half[0] < base[0]  # the label's feature still counts, less


def test_teacher_scores_must_match_the_training_texts(tmp_path: Path) -> None:
    rows = _rows(["un", "deux", "trois"])
    path = tmp_path / "teacher.npz"
    np.savez(path, score=np.array([0.1, 0.9, 0.4], np.float16), digest=np.array(td.texts_digest(["un", "deux",
                                                                                                  "trois"])))
    assert td.read_teacher(path, rows) == pytest.approx([0.1, 0.9, 0.4], abs=1e-3)
    with pytest.raises(SystemExit, match="other training texts"):
        td.read_teacher(path, _rows(["un", "deux", "quatre"]))
    with pytest.raises(SystemExit, match="missing"):
        td.read_teacher(tmp_path / "absent.npz", rows)


def test_texts_digest_separates_texts() -> None:
    assert td.texts_digest(["ab", "c"]) != td.texts_digest(["a", "bc"])


def test_teacher_scores_follow_their_rows_not_the_normaliser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The committed scores are aligned to rows; a normaliser change (normalised texts differ) must not void them,
    # a changed or reordered row must.
    (tmp_path / "fr_hate_train.csv").write_text("text,label\nsale arabe,1\nbonjour,0\n", encoding="utf-8")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "written_examples.csv").write_text("text,label\nles juifs sont des rats,1\n", encoding="utf-8")
    monkeypatch.setattr(td, "EXTRA_DIR", extra)
    raw = td.texts_digest(["sale arabe", "bonjour", "les juifs sont des rats"])
    path = tmp_path / "teacher.npz"
    np.savez(path, score=np.zeros(3), digest=np.array("from an older normaliser"), raw_digest=np.array(raw))
    with np.load(path) as f:
        assert td.teacher_matches(f, tmp_path, ["anything", "the normaliser", "wrote"])
    (tmp_path / "fr_hate_train.csv").write_text("text,label\nbonjour,0\nsale arabe,1\n", encoding="utf-8")
    with np.load(path) as f:
        assert not td.teacher_matches(f, tmp_path, [])
    np.savez(path, score=np.zeros(3), digest=np.array(td.texts_digest(["a", "b"])))  # a file from before raw_digest
    with np.load(path) as f:
        assert td.teacher_matches(f, tmp_path, ["a", "b"]) and not td.teacher_matches(f, tmp_path, ["a", "c"])


def test_the_committed_teacher_matches_the_shared_data() -> None:
    data = Path(os.environ.get("VIGIE_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    if not (data / "fr_hate_train.csv").exists():
        pytest.skip(f"no shared data at {data}")
    with np.load(td.TEACHER) as f:
        assert td.teacher_matches(f, data, [])  # else make model-encoder stops at its noisy-label weights
