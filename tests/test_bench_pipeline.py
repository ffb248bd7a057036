"""The pipeline measurement against the real broker, tiny sizes: a smoke test of the harness, not a benchmark."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from worker.tools.bench import pipeline

pytestmark = pytest.mark.integration


def drain(bootstrap: str, kind: str, posts: int) -> dict[str, Any]:
    bench = pipeline.PipelineBench(bootstrap, pipeline.Options(posts=posts, repeat=1, max_seconds=60), lambda _: None)
    return asyncio.run(bench.drain(kind))


def test_raw_pass_through_is_timed_from_its_outputs(kafka_bootstrap: str) -> None:
    result = drain(kafka_bootstrap, "raw", 400)
    assert result["outputs"] == result["processed"] == 400, result
    assert result["posts_per_s"] > 0 and result["cpu_us_per_post"] > 0, result
    assert "internal_messages" not in result, result  # no campaign side to wait for


def test_vigies_stages_on_the_raw_loop_publish_the_workers_outputs_and_are_timed_from_them(kafka_bootstrap: str) -> None:
    result = drain(kafka_bootstrap, "raw-stages", 400)
    flags_and_dead = result["outputs"]
    assert 0.05 * 400 < flags_and_dead < 0.6 * 400, result  # flags (~20 % of the feed) and dead letters, not all posts
    assert result["processed"] > 300 and result["posts_per_s"] > 0, result  # up to the last flagged offset


def test_the_worker_is_timed_from_its_flags_and_reports_its_counts(kafka_bootstrap: str) -> None:
    result = drain(kafka_bootstrap, "vigie", 400)
    assert result["exit_codes"] == [0], result
    assert result["consumed"] == 400, result
    assert 0 < result["escalated_share"] < 0.6, result  # the default is the cascade: the encoder saw some posts
    assert 0.05 < result["flagged_share"] < 0.6, result  # ~20 % of the feed is hateful
    assert result["processed"] > 300 and result["posts_per_s"] > 0, result  # up to the last flagged offset
    assert result["peak_rss_mb"] > 50, result
    # the campaign side's internal topics, read when the input was committed (a starved side once hid there)
    assert result["internal_messages"] > 0 and 0 <= result["internal_behind"] <= result["internal_messages"], result
