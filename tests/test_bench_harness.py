"""The benchmark harness on in-memory data: the generated feed, the drain-rate arithmetic, the report, the CLI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson
import pytest

from worker.pipeline.decode import decode
from worker.pipeline.messages import DeadLetter, Post
from worker.tools.bench import cli, corpus, pipeline, procs, report
from worker.tools.bench.kafkaio import OutRecord


def test_the_feed_is_reproducible_french_and_about_a_fifth_hateful() -> None:
    first = list(corpus.records(5000, seed=3))
    assert first == list(corpus.records(5000, seed=3))
    assert first != list(corpus.records(5000, seed=4))
    decoded = [decode(value) for _, value in first]
    posts = [d for d in decoded if isinstance(d, Post)]
    dead = [d for d in decoded if isinstance(d, DeadLetter)]
    assert 0 < len(dead) < 0.01 * len(first)  # a few malformed records, as real producers send
    labels = [hateful for _, hateful in corpus.labelled(5000, seed=3)]
    assert 0.17 < sum(labels) / len(labels) < 0.23
    lengths = sorted(len(p.text) for p in posts)
    assert lengths[0] < 60 and lengths[-1] > 1000  # short reactions and long threads
    assert all(p.lang == "fr" and p.id.startswith("bench-") for p in posts)


def test_the_tweets_feed_decodes_cycles_and_needs_the_data(tmp_path: Path) -> None:
    (tmp_path / "fr_hate_train.csv").write_text('text,label\n"un, deux",0\ntrois @USER,1\n', encoding="utf-8")
    records = list(corpus.tweet_records(5, tmp_path, seed=1))
    posts = [decode(value) for _, value in records]
    assert all(isinstance(p, Post) for p in posts)
    texts = [p.text for p in posts if isinstance(p, Post)]
    assert sorted(set(texts)) == ["trois @USER", "un, deux"] and texts[0] == texts[2] == texts[4]
    assert [k for k, _ in records] == [f"tweet-{i}".encode() for i in range(5)]
    with pytest.raises(FileNotFoundError, match="shared data"):
        list(corpus.tweet_records(1, tmp_path / "missing"))


def out(t: float, value: bytes = b"x", partition: int = 0, offset: int = 0) -> OutRecord:
    return OutRecord(partition, offset, t, value)


def test_pass_through_rate_is_taken_over_the_middle_of_the_drain() -> None:
    # 1,000 outputs at 100 per second after a 5 s start-up pause, and a straggler 10 s after the end.
    outputs = [out(1000.0 + 5 + i / 100) for i in range(1000)] + [out(1025.0)]
    start, end, processed = pipeline.steady_window(pipeline.progress_points("raw", outputs)) or (0, 0, 0)
    assert processed / (end - start) == pytest.approx(100, rel=0.02)


def test_consume_only_faust_reports_its_running_count() -> None:
    outputs = [out(10.0 + i, str((i + 1) * 2000).encode()) for i in range(20)]
    start, end, processed = pipeline.steady_window(pipeline.progress_points("faust-consume", outputs)) or (0, 0, 0)
    assert processed / (end - start) == pytest.approx(2000)


def test_a_rows_label_says_the_settings_the_worker_ran_with() -> None:
    # The 1,000,000-post overload with campaigns on was labelled « campaigns off, then VIGIE_CAMPAIGNS=on ».
    on = pipeline.worker_label("vigie-fast", {"VIGIE_CAMPAIGNS": "on"})
    assert "campaigns on" in on and "campaigns off" not in on and "fast tier only" in on
    assert pipeline.worker_label("vigie-fast", {}) == pipeline.LABELS["vigie-fast"]
    off = pipeline.worker_label("vigie", {"VIGIE_CAMPAIGNS": "off"})
    assert off.endswith("campaigns and offenders off")
    other = pipeline.worker_label("vigie-no-campaigns", {"VIGIE_CAMPAIGNS": "on", "VIGIE_BATCH_SIZE": "512"})
    assert "campaigns and offenders on" in other and other.endswith("(--worker-env VIGIE_BATCH_SIZE=512)")


def test_the_overload_warns_before_a_backlog_the_embedded_broker_cannot_hold() -> None:
    from worker.tools.broker import backlog_warnings

    # The 1,000,000-post overload with campaigns on needed ~80,000 maps and ~22 GB of the embedded broker with one
    # campaign partition; the band partitions 110,339 maps and ~30 GB (measured, 7 December).
    both = backlog_warnings(1_000_000, campaigns=True, limit=65_530, avail=24 * 10**9)
    assert len(both) == 2 and "vm.max_map_count" in both[0] and "RAM" in both[1]
    assert backlog_warnings(1_000_000, campaigns=True, limit=400_000, avail=48 * 10**9) == []
    assert backlog_warnings(200_000, campaigns=True, limit=65_530, avail=10 * 10**9) == []  # measured: 6,009 maps
    assert backlog_warnings(1_000_000, campaigns=False, limit=65_530, avail=10**9) == []


def test_worker_progress_follows_the_highest_offset_published_per_partition() -> None:
    # Two partitions, 50 posts/s each; a flag every 4th post.
    outputs = [out(100 + offset / 50, orjson.dumps({"source": {"partition": p, "offset": offset}}), p, offset)
               for p in (0, 1) for offset in range(3, 1000, 4)]
    points = pipeline.progress_points("vigie", outputs)
    assert points[-1][1] == 2 * 1000 - 0  # everything up to offset 999 on both partitions
    start, end, processed = pipeline.steady_window(points) or (0, 0, 0)
    assert processed / (end - start) == pytest.approx(100, rel=0.03)


def test_too_few_outputs_are_not_timed() -> None:
    assert pipeline.steady_window(pipeline.progress_points("raw", [out(1.0), out(2.0)])) is None
    result = pipeline.drain_result("raw", 10, [out(1.0)], [], [0])
    assert "error" in result and "posts_per_s" not in result


def test_percentiles_and_histogram_quantiles() -> None:
    values = [float(i) for i in range(1, 101)]
    assert pipeline.percentile(values, 0.5) == 50.0
    assert pipeline.percentile(values, 0.99) == 99.0
    assert pipeline.percentile([], 0.5) is None
    buckets = [(0.1, 50.0), (0.2, 100.0), (float("inf"), 100.0)]
    assert procs.bucket_quantile(buckets, 0.5) == pytest.approx(0.1)
    assert procs.bucket_quantile(buckets, 0.75) == pytest.approx(0.15)
    assert procs.bucket_quantile([(1.0, 0.0), (float("inf"), 0.0)], 0.5) is None


def test_metrics_text_is_read_like_prometheus_does() -> None:
    text = ("# TYPE vigie_messages_consumed_total counter\nvigie_messages_consumed_total{topic=\"p\"} 40.0\n"
            "# TYPE vigie_escalated_total counter\nvigie_escalated_total 10.0\n")
    counts = pipeline.worker_counts([text, text])
    assert counts["consumed"] == 80 and counts["escalated_share"] == pytest.approx(0.25)


def row(kind: str, rate: float, **extra: object) -> dict[str, object]:
    return {"kind": kind, "label": pipeline.LABELS[kind], "posts_per_s": rate, "runs_posts_per_s": [rate] * 3,
            "cpu_us_per_post": 10.0, "cpu_share": 0.9, "runqueue_wait_share": 0.1, "peak_rss_mb": 100.0, **extra}


def test_the_report_shows_rows_ratios_targets_and_failed_sections() -> None:
    rows = {"raw": row("raw", 30_000), "raw-stages": row("raw-stages", 9_100), "faust": row("faust", 2_000),
            "vigie": row("vigie", 450, escalated_share=0.4, peak_rss_mb=650.0),
            "vigie-fast": row("vigie-fast", 6_500, peak_rss_mb=350.0)}
    results = {"meta": {"load_before": {"cpus": 2, "load_1m": 1.5}}, "sections": {
        "pipeline": {"posts": 1000, "partitions": 4, "repeat": 3, "rows": rows, "ratios": pipeline.ratios(rows),
                     "latency": {"vigie-fast": {"offered_posts_per_s": 3250.0, "achieved_posts_per_s": 3249.0,
                                                "posts": 65_000, "matched_outputs": 16_000, "p50_ms": 40.0,
                                                "p95_ms": 90.0, "p99_ms": 300.0, "max_ms": 400.0,
                                                "worker_histogram": {}},
                                 "vigie": {"offered_posts_per_s": 225.0, "achieved_posts_per_s": 225.0,
                                           "posts": 4_500, "matched_outputs": 900, "p50_ms": 90.0,
                                           "p95_ms": 200.0, "p99_ms": 300.0, "max_ms": 400.0,
                                           "worker_histogram": {}}}},
        "robustness": {"error": "not available: No module named 'worker.tools.bench.robustness'"},
    }}
    text = report.table(results)
    assert "(c) Vigie worker, fast tier only, campaigns off " in text and "6,500" in text
    assert "c/b = 3.25" in text
    assert "framework tax a+/c = 1.40 (target <= 1.5: met)" in text
    assert "c+ (default) = 450 posts/s (target >= 500: NOT met) · c+/c = 0.07" in text
    assert "40% escalated to the encoder" in text
    assert "p99 300 ms · max 400 ms (p99 target <= 250 ms: NOT met)" in text  # the fast tier's target
    assert "p99 300 ms · max 400 ms (p99 target <= 500 ms: met)" in text  # the default's
    assert "peak RSS of (c) Vigie worker, fast tier only, campaigns off: 350 MB (target <= 300 MB: NOT met)" in text
    assert "peak RSS of (c+) Vigie worker, default (cascade): 650 MB (target <= 600 MB: NOT met)" in text
    assert "robustness: not measured — not available" in text


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_cli_arguments() -> None:
    args = parse("--sections", "pipeline,overload", "--posts", "5000", "--json", "--pipelines", "raw,vigie")
    assert args.sections == ["pipeline", "overload"] and args.posts == 5000 and args.json
    opts = cli.options(args)
    assert opts.kinds == ("raw", "vigie") and opts.repeat == 3
    quick = cli.options(parse("--quick"))
    assert quick.posts == cli.QUICK_POSTS and quick.repeat == 1
    with pytest.raises(SystemExit):
        parse("--sections", "pipline")


def test_fewer_than_three_repetitions_are_refused() -> None:
    assert cli.run(parse("--repeat", "2", "--sections", "model")) == 2


def test_a_missing_or_failing_section_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bench_broken_section.py").write_text("def run(n_posts=10):\n    raise ValueError('boom')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(cli.OTHER_MODULES, "robustness", "bench_broken_section")
    monkeypatch.setitem(cli.OTHER_MODULES, "cascade", "no_such_module_here")
    say = cli.Progress()
    broken, _ = cli.other_section("robustness", parse(), say)
    missing, _ = cli.other_section("cascade", parse(), say)
    assert broken == {"error": "ValueError: boom"}
    assert missing["error"].startswith("not available")
    sys.modules.pop("bench_broken_section", None)


def test_sections_get_only_the_arguments_they_declare() -> None:
    def run(n_posts: int = 1) -> int:
        return n_posts

    assert cli._call(run, n_posts=7, data_dir=Path("x"), quick=True) == 7
