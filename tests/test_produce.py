"""`vigie produce` as a user runs it: trouble is one clear line each, what was not sent is counted, and the exit code
says whether anything could be sent."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from kafka_helpers import ROOT, read_topic

from worker.ops.settings import Settings
from worker.tools.broker import EmbeddedBroker, free_port
from worker.tools.produce import Produced

pytestmark = pytest.mark.integration

PRODUCER_LIMIT = Produced(limit=max(1_048_576, Settings.from_env({}).max_record_bytes * 2)).limit


def produce(path: Path, bootstrap: str, topic: str, *extra: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "worker", "produce", str(path), "--no-progress",
                           "--bootstrap-servers", bootstrap, "--input-topic", topic, *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def write_posts(path: Path, posts: list[dict[str, str]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(p) + b"\n" for p in posts))
    return path


def test_a_post_over_the_producers_limit_is_skipped_in_one_line_and_counted(
    kafka_bootstrap: str, topic_factory, tmp_path: Path
) -> None:
    topic = topic_factory(partitions=2)
    big = {"id": "gros", "text": "a" * (PRODUCER_LIMIT + 100_000)}
    src = write_posts(tmp_path / "posts.jsonl", [{"id": "p1", "text": "bonjour"}, big, {"id": "p2", "text": "salut"}])
    assert len(orjson.dumps(big)) > PRODUCER_LIMIT  # the precondition: the producer cannot send it
    done = produce(src, kafka_bootstrap, topic)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"vigie produce: skipped post gros (line 2): too large ({len(orjson.dumps(big)):,} bytes, over the "
        f"producer's limit of {PRODUCER_LIMIT:,})",
        f"vigie produce: sent 2 posts to {topic} on {kafka_bootstrap}; skipped 1 too large (over {PRODUCER_LIMIT:,} "
        "bytes)",
    ]
    assert sorted(p["id"] for p in read_topic(kafka_bootstrap, topic, expect=2)) == ["p1", "p2"]


def test_nothing_sent_is_a_non_zero_exit(kafka_bootstrap: str, topic_factory, tmp_path: Path) -> None:
    topic = topic_factory(partitions=1)
    src = write_posts(tmp_path / "big.jsonl", [{"id": "gros", "text": "a" * (PRODUCER_LIMIT + 1)}])
    done = produce(src, kafka_bootstrap, topic)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("vigie produce: sent 0 posts")


def test_an_absent_broker_is_one_line_and_exit_3(tmp_path: Path) -> None:
    src = write_posts(tmp_path / "posts.jsonl", [{"id": "p1", "text": "bonjour"}])
    port = free_port()
    done = produce(src, f"127.0.0.1:{port}", "posts")
    assert done.returncode == 3, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"vigie produce: error: Kafka broker 127.0.0.1:{port} unreachable: "), line


def test_a_broker_that_stops_mid_replay_is_one_line_with_the_unsent_counted(tmp_path: Path) -> None:
    src = write_posts(tmp_path / "posts.jsonl", [{"id": f"p{i}", "text": f"message {i}"} for i in range(50)])
    with EmbeddedBroker(log_file=tmp_path / "tansu.log") as broker:
        broker.create_topics(["posts"], 2)
        proc = subprocess.Popen(
            [sys.executable, "-m", "worker", "produce", str(src), "--loop", "--rate", "50", "--no-progress", "--bootstrap-servers", broker.bootstrap],
            cwd=ROOT, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        )
        try:
            deadline = time.monotonic() + 60
            # expect=1: an idle wait never ends while the replay sends 50 posts/s (it ran to its 60 s timeout)
            while not read_topic(broker.bootstrap, "posts", expect=1, timeout=5) and time.monotonic() < deadline:
                pass
            assert proc.poll() is None  # the precondition: it was sending when the broker went away
            broker.stop()
            _, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
    lines = err.strip().splitlines()
    assert proc.returncode == 1, err[-3000:]
    assert len(lines) == 1 and "Traceback" not in err, err[-3000:]
    assert lines[0].startswith("vigie produce: sent ") and " unsent, stopped: the broker did not acknowledge" in lines[0]
