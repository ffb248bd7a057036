"""The normaliser bench's tweets part, on a small CSV of the shared data's shape (the real one is never committed)."""

from __future__ import annotations

import csv
from pathlib import Path

from worker.tools.bench import normalizer


def _write(path: Path, texts: list[str]) -> None:
    with (path / "fr_hate_train.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "label"])
        writer.writeheader()
        writer.writerows({"text": t, "label": 0} for t in texts)


def test_tweets_part_times_every_text_and_counts_the_slow_path(tmp_path: Path) -> None:
    texts = ["Bonjour @USER, à demain LINK", "s a l e   a r a b e", "multi\nligne 😂", ""]
    _write(tmp_path, texts)
    result = normalizer.run_tweets(tmp_path, repeats=2)
    assert result["posts"] == 3  # the empty text is not a post
    assert len(result["posts_per_s_rounds"]) == 2 and result["posts_per_s"] > 0
    assert result["slow_path_share"] == round(1 / 3, 4)  # the spaced letters take the whole pipeline


def test_tweets_part_says_when_the_data_is_missing(tmp_path: Path) -> None:
    assert "not found" in normalizer.run_tweets(tmp_path / "nowhere")["error"]


def test_report_lines_for_both_corpora(tmp_path: Path) -> None:
    _write(tmp_path, ["Bonjour @USER", "Très bien 👏"])
    result = normalizer.run(n_posts=2048, data_dir=tmp_path, repeats=1)
    generated, tweets = normalizer.table(result).split("\n")
    assert "2,048 generated posts" in generated
    assert "2 tweets" in tweets and "off the fast path" in tweets
