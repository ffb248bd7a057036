"""The model-speed benchmark runs and reports its numbers (speed itself is judged by `make bench`, not here)."""

from __future__ import annotations

from worker.tools.bench.model_speed import make_posts, run


def test_generated_posts_are_french_sized_and_deterministic() -> None:
    posts = make_posts(200)
    assert posts == make_posts(200)
    mean = sum(len(p) for p in posts) / len(posts)
    assert 100 <= mean <= 125


def test_run_reports_throughput_of_the_default_bundle() -> None:
    result = run(n_posts=1024, batch=512, repeats=1)
    assert result["kind"] == "vigie-hashed-ngrams" and result["posts"] == 1024 and result["threads"] == 1
    assert result["posts_per_s"] > 0 and result["featurise_posts_per_s"] > 0
    assert 0 < result["featurise_share"] <= 1.5
    assert result["meets_target"] == (result["posts_per_s"] >= result["target_posts_per_s"])
