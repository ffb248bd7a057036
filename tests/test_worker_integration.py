"""The worker end to end on a real broker (embedded Tansu unless KAFKA_BOOTSTRAP_SERVERS names one)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka_helpers import ROOT, WorkerHandle, committed_offsets, http_get

pytestmark = pytest.mark.integration

SAMPLES = ROOT / "worker" / "samples" / "demo_posts.jsonl"


def sample_posts() -> list[bytes]:
    return [line for line in SAMPLES.read_bytes().splitlines() if line.strip()]


def generated_posts(n: int, prefix: str) -> list[dict[str, Any]]:
    texts = [
        "Les {g} sont des parasites, il faut les chasser du pays.",
        "J'ai passé une super soirée avec mes amis {g} hier soir.",
        "Je n'ai rien contre les {g}, arrêtez de propager la haine.",
        "Sale race de {g}, retournez chez vous.",
        "Reportage sur les {g} de Marseille ce soir à 20h.",
    ]
    groups = ["juifs", "musulmans", "migrants", "chinois", "noirs", "arabes", "homosexuels", "femmes"]
    return [{"id": f"{prefix}-{i}", "text": texts[i % len(texts)].format(g=groups[i % len(groups)])} for i in range(n)]


BAD_RECORDS: list[tuple[bytes, str]] = [
    (b"{not json", "invalid_json"),
    (b'{"id": "u1", "text": "caf\xe9 cr\xe8me"}', "invalid_utf8"),
    (b'{"id": 12, "text": "id en nombre"}', "wrong_type"),
    (b'{"id": "m1"}', "missing_field"),
    (b'{"id": "big", "text": "' + b"x" * 30_000 + b'"}', "too_large"),
    (b"[" * 3000 + b"]" * 3000, "too_deep"),
    (b'{"id": "deep", "metadata": ' + b"[" * 2000 + b"]" * 2000 + b', "text": "x"}', "too_deep"),
]


def _loads(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None


def offline_score(posts: list[bytes], tmp_path: Path) -> list[dict[str, Any]]:
    src = tmp_path / "posts.jsonl"
    src.write_bytes(b"\n".join(posts) + b"\n")
    out = subprocess.run([sys.executable, "-m", "worker", "score", str(src), "--no-progress"], cwd=ROOT,
                         capture_output=True, check=True, timeout=300)
    return [orjson.loads(line) for line in out.stdout.splitlines()]


def test_flags_match_offline_score_dead_letters_and_metrics(start_worker: Any, tmp_path: Path) -> None:
    valid = sample_posts() + [orjson.dumps(p) for p in generated_posts(300, "gen")]
    bad = [raw for raw, _ in BAD_RECORDS]
    offline = offline_score(valid, tmp_path)
    worker: WorkerHandle = start_worker(VIGIE_MAX_RECORD_BYTES="20000")
    worker.produce(valid + bad)
    worker.wait_ready()
    total = len(valid) + len(bad)
    worker.wait_metric("vigie_messages_consumed_total", total, {"topic": worker.input_topic}, timeout=120)

    expected_flags = {o["id"] for o in offline if o.get("decision") in ("review", "remove")}
    offline_invalid = sum(1 for o in offline if o.get("error"))
    decisions = worker.read(worker.decisions_topic, expect=len(valid) - offline_invalid)
    flags = worker.read(worker.flag_topic, expect=len(expected_flags)) if expected_flags else []
    dead = worker.read(worker.deadletter_topic, expect=offline_invalid + len(bad))

    assert {f["post_id"] for f in flags} == expected_flags
    assert len(flags) == len(expected_flags), "a post was flagged twice"
    assert 0 < len(expected_flags) < len(valid)
    by_id = {o["id"]: o for o in offline}
    for flag in flags:
        assert flag["schema"] == "vigie.flag.v1" and flag["decision"] == by_id[flag["post_id"]]["decision"]
        assert flag["scores"] == by_id[flag["post_id"]]["scores"]
        assert flag["reasons"], flag
    assert {d["decision"] for d in decisions} <= {"allow", "review", "remove", "unsupported"}

    reasons = Counter(d["reason"] for d in dead)
    expected_reasons = Counter(reason for _, reason in BAD_RECORDS)
    expected_reasons.update(o["error"]["reason"] for o in offline if o.get("error"))
    assert reasons == expected_reasons

    assert worker.metric("vigie_messages_consumed_total", {"topic": worker.input_topic}) == total
    for reason, count in expected_reasons.items():
        assert worker.metric("vigie_deadletter_total", {"reason": reason}) == count
    assert worker.metric("vigie_messages_flagged_total") == len(flags)
    assert worker.metric("vigie_batch_size_count") >= 1
    assert worker.metric("vigie_model_info") == 1
    assert worker.metric("vigie_processing_latency_seconds_count") == total
    body = http_get(worker.metrics_url + "/metrics")[1].decode()
    for post in (o for o in map(_loads, valid[:60]) if isinstance(o, dict) and isinstance(o.get("text"), str)):
        assert post["text"][:20] not in body and (post.get("author_id") or "\x00") not in body


@pytest.mark.parametrize("campaigns", ["on", "off"])
def test_restart_resumes_from_committed_offsets_without_reflagging(start_worker: Any, tmp_path: Path,
                                                                   campaigns: str) -> None:
    """A clean stop commits what was published; the restarted worker publishes each new post once. With campaigns
    on, Faust recovers the tables first and then seeks the input back to the committed offsets: posts handled
    before that seek used to come again (worker.stream.fastpath holds them until the seek)."""
    worker: WorkerHandle = start_worker(VIGIE_CAMPAIGNS=campaigns)
    first = generated_posts(200, "a")
    worker.produce(first)
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", len(first), timeout=120)
    assert worker.stop(signal.SIGTERM) == 0
    second = generated_posts(200, "b")
    worker.produce(second)
    worker.start(tmp_path)
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", len(second), timeout=120)
    decisions = worker.read(worker.decisions_topic, expect=len(first) + len(second))
    counts = Counter(d["post_id"] for d in decisions)
    assert set(counts) == {p["id"] for p in first + second}
    assert max(counts.values()) == 1, [k for k, v in counts.items() if v > 1][:5]
    assert worker.metric("vigie_messages_consumed_total") == len(second)  # the restarted worker saw only the new


def test_outputs_are_published_before_offsets_are_committed(start_worker: Any, tmp_path: Path) -> None:
    """SIGKILL mid-stream freezes the committed offsets: every record below them must already have its output."""
    worker: WorkerHandle = start_worker(VIGIE_BATCH_SIZE="64")
    posts = generated_posts(6000, "k")
    worker.produce(posts)
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", 1500, timeout=120)
    worker.stop(signal.SIGKILL)
    committed = committed_offsets(worker.bootstrap, worker.group_id, worker.input_topic, worker.partitions)
    assert sum(v or 0 for v in committed.values()) > 0, "nothing was committed before the kill"
    # the precondition of the test: the kill landed mid-stream (else every output would be there anyway)
    assert sum(v or 0 for v in committed.values()) < len(posts), "everything was committed before the kill"
    outputs = worker.read(worker.decisions_topic) + worker.read(worker.deadletter_topic)
    done: dict[int, set[int]] = {}
    for out in outputs:
        done.setdefault(out["source"]["partition"], set()).add(out["source"]["offset"])
    for partition, offset in committed.items():
        missing = [o for o in range(offset or 0) if o not in done.get(partition, set())]
        assert not missing, f"partition {partition}: offsets committed without output: {missing[:10]}"


def test_cascade_two_tiers_in_the_worker(start_worker: Any, tmp_path: Path) -> None:
    """With the encoder bundle on, uncertain posts are decided by the encoder tier, and say so."""
    worker: WorkerHandle = start_worker(VIGIE_ENCODER_MODEL="auto", VIGIE_CASCADE_BAND="0.0,1.0")
    posts = generated_posts(40, "enc")
    worker.produce(posts)
    worker.wait_ready()
    decisions = worker.read(worker.decisions_topic, expect=len(posts), timeout=120)
    assert len(decisions) == len(posts)
    assert {d["tier"] for d in decisions} == {"encoder"}
    assert all(any(r["kind"] == "tier" for r in d["reasons"]) for d in decisions)
    assert worker.metric("vigie_escalated_total") == len(posts)
    assert worker.metric("vigie_encoder_inference_seconds_count") >= 1
    assert "cascade on: encoder" in worker.logs()

