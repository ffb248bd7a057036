"""The dashboard and the rules against a real Prometheus scraping a real worker that processes posts.

A worker (``python -m worker run``) consumes the demo posts on the session's broker (the embedded one by default)
while a Prometheus started here scrapes it every second and evaluates the rule files every second. Then:

* every query of the dashboard runs and returns at least one finite sample (``$__rate_interval`` is replaced by
  ``1m``, a window that holds many 1-second scrapes);
* every recording rule produces its series, and Prometheus reports every rule as evaluated without error;
* every alert expression is valid PromQL (the query succeeds). Alert expressions are empty when nothing is wrong,
  so each alert also has a PROBE below: the same expression without its threshold, which must return data. Parts
  that cannot have data on a Prometheus started seconds ago (``offset 30m``) are left to the promtool unit tests,
  and said so below. Alerts that must be quiet on a healthy worker are checked to be quiet.
"""

from __future__ import annotations

import json
import math
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from kafka_helpers import WorkerHandle, produce
from ops_helpers import DASHBOARD, PROM_DIR, ROOT, rules

from worker.tools.broker import free_port

pytestmark = [pytest.mark.prometheus, pytest.mark.integration]

RATE_INTERVAL = "1m"
DEADLINE = 120.0  # seconds for every query to have data once the feed started
DEMO_POSTS = ROOT / "worker" / "samples" / "demo_posts.jsonl"

# Alert -> expressions that must return data on a healthy, busy worker: the alert's inputs, thresholds removed.
PROBES: dict[str, list[str]] = {
    "VigieWorkerDown": ['up{job="vigie"}'],
    "VigieNoWorkerUp": ['up{job="vigie"} == 1'],
    "VigieConsumerLagGrowing": [
        "sum by (topic) (max by (topic, partition) (vigie_consumer_lag))",
        "sum by (topic) (max by (topic, partition) (deriv(vigie_consumer_lag[5m])))",
    ],
    "VigiePartitionStalled": ["max by (topic, partition) (vigie_partition_idle_seconds)"],
    "VigieDeadLetterRateHigh": [
        "sum by (reason) (rate(vigie_deadletter_total[5m]))"
        " / ignoring (reason) group_left sum(rate(vigie_messages_consumed_total[5m]))"
    ],
    "VigieLatencyP99High": ["vigie:processing_latency_seconds:p99_5m"],
    "VigieFlagRateSpike": [
        "vigie:flag_ratio:rate5m",
        "2 * vigie:flag_ratio:rate1h + 0.05",
        "sum(rate(vigie_messages_consumed_total[5m])) > 0.1",
    ],
    "VigieFlagRateDrop": [
        "vigie:flag_ratio:rate5m",
        "0.25 * vigie:flag_ratio:rate1h",
        "vigie:flag_ratio:rate1h > 0.01",
    ],
    # Its `offset 30m` parts have no data on a fresh Prometheus (tested by promtool: alerts_test.yml).
    "VigieModelVersionChanged": ["count by (name, version) (vigie_model_info)"],
    "VigieModelVersionsMixed": ["count(count by (name, version) (vigie_model_info))"],
    "VigieCampaignGrowingFast": ["sum(rate(vigie_campaign_posts_total[5m])) * 60"],
    "VigieCampaignSideBehind": [
        "sum by (stage) (vigie_internal_lag)",
        "sum by (stage) (deriv(vigie_internal_lag[10m]))",
    ],
}
# Alerts that must not fire (their expression must be empty) while one healthy worker runs one model.
QUIET = {"VigieWorkerDown", "VigieNoWorkerUp", "VigieModelVersionsMixed", "VigieModelVersionChanged"}


@dataclass
class Prometheus:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    def api(self, path: str, **params: str) -> dict[str, Any]:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        try:
            with urllib.request.urlopen(f"{self.url}{path}{query}", timeout=10) as resp:  # noqa: S310 - loopback
                body: dict[str, Any] = json.load(resp)
        except urllib.error.HTTPError as exc:  # 400 on a bad query: the body says why
            body = json.load(exc)
        return body

    def query(self, expr: str) -> dict[str, Any]:
        return self.api("/api/v1/query", query=expr)


def start_prometheus(binary: str, target: str, workdir: Path) -> Prometheus:
    """Prometheus on a free loopback port with deploy/prometheus/prometheus.local.yml, pointed at the worker."""
    config = yaml.safe_load((PROM_DIR / "prometheus.local.yml").read_text())
    config["global"].update(scrape_interval="1s", evaluation_interval="1s")
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "vigie"]
    job["static_configs"] = [{"targets": [target]}]
    config["rule_files"] = [str(PROM_DIR / pattern) for pattern in config["rule_files"]]
    path = workdir / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    port = free_port()
    log = workdir / "prometheus.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [binary, f"--config.file={path}", f"--storage.tsdb.path={workdir / 'data'}",
             f"--web.listen-address=127.0.0.1:{port}", "--storage.tsdb.retention.time=1h", "--log.level=warn"],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    prom = Prometheus(f"http://127.0.0.1:{port}", proc, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"prometheus exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{prom.url}/-/ready", timeout=2) as resp:  # noqa: S310 - loopback
                if resp.status == 200:
                    return prom
        except OSError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"prometheus not ready after 30 s:\n{log.read_text()[-3000:]}")


class Feed:
    """Replays the demo posts (valid, hateful, benign and malformed) in bursts until stopped."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.records = [line for line in DEMO_POSTS.read_bytes().splitlines() if line.strip()]
        self.bootstrap, self.topic = bootstrap, topic
        self.sent = 0
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-feed", daemon=True)

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self.sent += produce(self.bootstrap, self.topic, self.records)
                self._stop.wait(0.5)
        except BaseException as exc:  # reported by the tests, not lost in a thread
            self.error = exc

    def __enter__(self) -> Feed:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)


@dataclass
class Stack:
    prometheus: Prometheus
    worker: WorkerHandle
    feed: Feed
    started: float

    def wait_for(self, expr: str, *, finite: bool = True) -> list[dict[str, Any]]:
        """Poll an instant query until it returns data (and a finite value); fail with what was seen."""
        last: dict[str, Any] = {}
        while True:
            last = self.prometheus.query(expr)
            assert last.get("status") == "success", f"{expr}\n-> {last.get('errorType')}: {last.get('error')}"
            result: list[dict[str, Any]] = last["data"]["result"]
            if result and (not finite or any(math.isfinite(float(r["value"][1])) for r in result)):
                return result
            assert self.feed.error is None, f"the feed failed: {self.feed.error!r}"
            if time.monotonic() - self.started > DEADLINE:
                pytest.fail(f"no {'finite ' if finite else ''}data after {DEADLINE:.0f} s for:\n{expr}\n-> {last}\n"
                            f"worker log:\n{self.worker.logs()[-2000:]}")
            time.sleep(1.0)


@pytest.fixture(scope="module")
def stack(prometheus_bin: str, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    # prometheus_bin first: without the binary, skip before a broker is started for nothing
    workdir = tmp_path_factory.mktemp("prometheus-live")
    worker = WorkerHandle(kafka_bootstrap, partitions=2, env_overrides={"VIGIE_CAMPAIGNS": "on"})  # every panel's series
    worker.create_topics()
    worker.start(workdir)
    prom: Prometheus | None = None
    try:
        worker.wait_ready(120)
        prom = start_prometheus(prometheus_bin, worker.metrics_url.removeprefix("http://"), workdir)
        with Feed(kafka_bootstrap, worker.input_topic) as feed:
            yield Stack(prom, worker, feed, time.monotonic())
    finally:
        if prom is not None:
            prom.proc.terminate()
            try:
                prom.proc.wait(20)
            except subprocess.TimeoutExpired:
                prom.proc.kill()
        worker.stop()


def dashboard_queries() -> list[tuple[str, str]]:
    doc = json.loads(DASHBOARD.read_text())
    return [(f"{p['title']} [{t['refId']}]", t["expr"].replace("$__rate_interval", RATE_INTERVAL))
            for p in doc["panels"] if p["type"] != "row" for t in p["targets"]]


@pytest.mark.parametrize(("panel", "expr"), dashboard_queries(), ids=[q[0] for q in dashboard_queries()])
def test_dashboard_query_returns_data(stack: Stack, panel: str, expr: str) -> None:
    stack.wait_for(expr)


@pytest.mark.parametrize("record", [r["record"] for r in rules("record")])
def test_recording_rule_produces_data(stack: Stack, record: str) -> None:
    stack.wait_for(record)


@pytest.mark.parametrize("alert", rules("alert"), ids=lambda r: r["alert"])
def test_alert_expression_is_valid_and_its_inputs_have_data(stack: Stack, alert: dict[str, Any]) -> None:
    for probe in PROBES[alert["alert"]]:
        stack.wait_for(probe)
    answer = stack.prometheus.query(alert["expr"])
    assert answer["status"] == "success", f"{alert['alert']}: {answer.get('error')}"
    if alert["alert"] in QUIET:
        assert answer["data"]["result"] == [], f"{alert['alert']} would fire on a healthy worker"


def test_every_alert_has_a_probe() -> None:
    assert set(PROBES) == {r["alert"] for r in rules("alert")}
    assert set(QUIET) <= set(PROBES)


def test_prometheus_evaluates_every_rule_without_error(stack: Stack) -> None:
    stack.wait_for("vigie:flag_ratio:rate5m")  # the rules have been evaluated on real data
    groups = stack.prometheus.api("/api/v1/rules")["data"]["groups"]
    evaluated = {r["name"]: r for g in groups for r in g["rules"]}
    expected = {r.get("alert") or r["record"] for r in rules("alert") + rules("record")}
    assert set(evaluated) == expected
    unhealthy = {name: r.get("lastError") for name, r in evaluated.items() if r["health"] != "ok"}
    assert unhealthy == {}


def test_the_worker_was_scraped_while_it_processed_posts(stack: Stack) -> None:
    """What the queries above saw came from posts going through the worker: flags and dead letters included."""
    consumed = stack.wait_for("sum(vigie_messages_consumed_total)")
    flagged = stack.wait_for("sum(vigie_messages_flagged_total)")
    dead = stack.wait_for('sum by (reason) (vigie_deadletter_total)')
    assert float(consumed[0]["value"][1]) > 0 and float(flagged[0]["value"][1]) > 0
    assert {r["metric"]["reason"] for r in dead}, "the demo's malformed records reach the dead-letter counter"
    ratio = float(stack.wait_for("vigie:flag_ratio:rate5m")[0]["value"][1])
    assert 0.0 < ratio < 1.0


def test_an_invalid_query_is_reported_as_such(stack: Stack) -> None:
    """The success checks above can fail: Prometheus rejects a broken expression."""
    answer = stack.prometheus.query("sum(rate(vigie_messages_consumed_total[1m])")
    assert answer["status"] == "error"


def test_a_query_on_a_missing_metric_has_no_data(stack: Stack) -> None:
    """And a query on a name the worker does not export returns nothing, so 'returns data' means something."""
    stack.wait_for("up")
    assert stack.prometheus.query("vigie_no_such_metric_total")["data"]["result"] == []


