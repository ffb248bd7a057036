"""`vigie eval`: numpy metrics agree with their definitions, the command reads, scores and reports."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from worker.ops.errors import InputError
from worker.tools.cli import main
from worker.tools.evaluate import (
    average_precision,
    best_threshold,
    binary_metrics,
    read_labelled,
    roc_auc,
    sweep,
)


def test_metrics_on_a_hand_computed_case() -> None:
    y = np.array([1, 1, 1, 0, 0, 0, 0, 0])
    s = np.array([0.9, 0.6, 0.2, 0.7, 0.1, 0.1, 0.3, 0.05])
    m = binary_metrics(y, s, 0.5)
    assert (m.tp, m.fp, m.fn, m.tn) == (2, 1, 1, 4)
    assert m.precision == pytest.approx(2 / 3) and m.recall == pytest.approx(2 / 3)
    assert m.precision_neg == pytest.approx(4 / 5) and m.recall_neg == pytest.approx(4 / 5)
    assert m.macro_f1 == pytest.approx((2 / 3 + 4 / 5) / 2)
    # ROC-AUC by counting ordered pairs: positives (0.9, 0.6, 0.2) against 5 negatives
    pairs = [(p > n) + 0.5 * (p == n) for p, n in itertools.product(s[y == 1], s[y == 0])]
    assert m.roc_auc == pytest.approx(np.mean(pairs))


def test_auc_and_average_precision_match_scikit_learn_with_ties() -> None:
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 400)
    s = np.round(rng.random(400) * 0.6 + y * 0.3, 1)  # coarse: many ties
    assert roc_auc(y, s) == pytest.approx(roc_auc_score(y, s))
    assert average_precision(y, s) == pytest.approx(average_precision_score(y, s))


def test_one_class_has_no_auc() -> None:
    assert roc_auc(np.ones(4), np.linspace(0, 1, 4)) is None
    assert average_precision(np.zeros(4), np.linspace(0, 1, 4)) is None


def test_best_threshold_and_sweep() -> None:
    y = np.array([0, 0, 0, 1, 1, 1])
    s = np.array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9])
    t = best_threshold(y, s)
    assert 0.3 < t <= 0.7 and binary_metrics(y, s, t).macro_f1 == 1.0
    rows = sweep(y, s)
    assert rows[0]["threshold"] == 0.05 and rows[-1]["threshold"] == 0.95
    assert all(0.0 <= r["precision"] <= 1.0 for r in rows)


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


LABELLED = [
    {"text": "les musulmans sont des rats, dehors", "label": "1", "target": "muslims"},
    {"text": "mort aux juifs", "label": "1", "target": "jews"},
    {"text": "les femmes sont inférieures et doivent se taire", "label": "1", "target": "women"},
    {"text": "il fait beau à lyon ce matin", "label": "0", "target": ""},
    {"text": "je cherche un bon livre de cuisine", "label": "0", "target": ""},
    {"text": "le train a encore du retard", "label": "0", "target": ""},
]


def test_eval_json_on_a_small_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "small.csv", LABELLED)
    assert main(["eval", str(path), "--json", "--encoder", "off"]) == 0
    report = json.loads(capsys.readouterr().out)
    for key in ("n", "macro_f1", "precision", "recall", "roc_auc", "threshold", "pr_auc", "confusion", "sweep"):
        assert key in report
    assert report["n"] == 6 and report["positives"] == 3
    assert report["roc_auc"] == 1.0  # the committed model ranks these obvious cases right
    assert set(report["breakdowns"]["target"]) == {"muslims", "jews", "women", "(none)"}
    c = report["confusion"]
    assert c["tp"] + c["fn"] == 3 and c["tn"] + c["fp"] == 3


def test_eval_threshold_flag_changes_the_decisions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "small.csv", LABELLED)
    assert main(["eval", str(path), "--json", "--threshold", "0.0", "--encoder", "off"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["threshold"] == 0.0 and report["recall"] == 1.0 and report["confusion"]["tn"] == 0


def test_eval_readable_report_and_plots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "small.csv", [{"post": r["text"], "y": r["label"]} for r in LABELLED])
    out = tmp_path / "report"
    assert main(["eval", str(path), "--text-col", "post", "--label-col", "y", "--report", str(out), "--encoder", "off"]) == 0
    text = capsys.readouterr().out
    assert "macro-F1" in text and "confusion" in text and "threshold sweep" in text
    assert (out / "report.md").read_text().count("![") == 2
    for png in ("pr_curve.png", "score_histogram.png"):
        assert (out / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_eval_missing_column_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "nolabel.csv", [{"text": "bonjour", "note": "1"}])
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err
    assert "no 'label' column" in err and "text, note" in err


def test_eval_non_binary_labels_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "multi.csv", [{"text": "a", "label": "0"}, {"text": "b", "label": "2"}])
    assert main(["eval", str(path)]) == 2
    assert "line 3" in capsys.readouterr().err
    with pytest.raises(InputError, match="not binary"):
        read_labelled(path)


def test_eval_with_a_broken_bundle_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "small.csv", LABELLED)
    (tmp_path / "empty_bundle").mkdir()
    assert main(["eval", str(path), "--model", str(tmp_path / "empty_bundle")]) == 2
    assert "manifest.json" in capsys.readouterr().err


def test_eval_reports_accuracy_per_kind_and_target_and_the_tiers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"text": "les musulmans sont des rats", "label": "1", "functionality": "dehumanisation", "target": "muslim"},
        {"text": "les juifs sont des rats", "label": "1", "functionality": "dehumanisation", "target": "jewish"},
        {"text": "je suis contente de voir mes amis", "label": "0", "functionality": "identity_neutral",
         "target": "none"},
        {"text": "il pleut sur la ville", "label": "0", "functionality": "identity_neutral", "target": "none"},
    ]
    path = _write_csv(tmp_path / "suite.csv", rows)
    assert main(["eval", str(path), "--json", "--encoder", "off", "--threshold", "0.0"]) == 0
    report = json.loads(capsys.readouterr().out)
    kinds = report["breakdowns"]["functionality"]
    # threshold 0: everything flagged, so the hateful kind is all right and the benign kind all wrong
    assert kinds["dehumanisation"]["accuracy"] == 1.0 and kinds["identity_neutral"]["accuracy"] == 0.0
    assert kinds["identity_neutral"]["flagged_rate"] == 1.0
    assert set(report["breakdowns"]["target"]) == {"muslim", "jewish", "none"}
    assert report["tiers"]["description"].startswith("fast ") and report["tiers"]["decided_by"] == {"fast": 4}
    assert main(["eval", str(path), "--encoder", "off"]) == 0
    text = capsys.readouterr().out
    assert "by functionality" in text and "tiers: fast " in text and "at remove:" in text
