"""Prometheus configuration and rules, checked by promtool (Debian's `prometheus` package), and their coverage."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from ops_helpers import PROM_DIR, RULE_FILES, RULE_TESTS, load_yaml, rules, run, unknown_names

ALERT_ANNOTATIONS = {"summary", "description", "runbook"}
SEVERITIES = {"info", "warning", "critical"}


@pytest.mark.prometheus
@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.local.yml"])
def test_promtool_check_config(promtool: str, config: str) -> None:
    result = run([promtool, "check", "config", str(PROM_DIR / config)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout
    for rule_file in RULE_FILES:  # check config follows rule_files: every rule file was loaded
        assert rule_file.name in result.stdout


@pytest.mark.prometheus
def test_promtool_check_kubernetes_config(promtool: str, tmp_path: Path) -> None:
    """Debian builds Prometheus without Kubernetes service discovery; upstream builds have it.

    With such a build, the rest of the file (job, relabelling, rule files) is still checked, with the pod
    discovery replaced by a static target; the discovery block itself is checked for shape.
    """
    config = PROM_DIR / "prometheus.k8s.yml"
    result = run([promtool, "check", "config", str(config)])
    if result.returncode == 0:
        return
    output = result.stdout + result.stderr
    assert "field kubernetes_sd_configs not found" in output, output
    doc = load_yaml(config)
    (job,) = doc["scrape_configs"]
    assert job["job_name"] == "vigie"
    (sd,) = job.pop("kubernetes_sd_configs")
    assert sd["role"] == "pod"
    job["static_configs"] = [{"targets": ["10.0.0.1:9108"]}]
    doc["rule_files"] = [str(PROM_DIR / pattern) for pattern in doc["rule_files"]]
    copy = tmp_path / "prometheus.k8s-static.yml"
    copy.write_text(yaml.safe_dump(doc))
    result = run([promtool, "check", "config", str(copy)])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.prometheus
def test_promtool_check_rules(promtool: str) -> None:
    result = run([promtool, "check", "rules", *map(str, RULE_FILES)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("SUCCESS") == len(RULE_FILES)


@pytest.mark.prometheus
def test_promtool_rule_unit_tests(promtool: str) -> None:
    assert RULE_TESTS, "no promtool unit tests under deploy/prometheus/tests"
    result = run([promtool, "test", "rules", *map(str, RULE_TESTS)], timeout=120)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert result.stdout.count("SUCCESS") == len(RULE_TESTS)


@pytest.mark.prometheus
def test_promtool_rejects_a_broken_rule(promtool: str, tmp_path: Path) -> None:
    """The checks above can fail: the same promtool rejects a rule file with a PromQL syntax error."""
    bad = tmp_path / "bad.yml"
    bad.write_text("groups:\n  - name: x\n    rules:\n      - alert: X\n        expr: sum(rate(vigie_deadletter_total[5m])\n")
    result = run([promtool, "check", "rules", str(bad)])
    assert result.returncode != 0


def _alert_tests() -> list[dict]:
    return [case for f in RULE_TESTS for test in load_yaml(f)["tests"] for case in test.get("alert_rule_test", [])]


@pytest.mark.parametrize("alert", [r["alert"] for r in rules("alert")])
def test_every_alert_has_unit_tests_firing_and_quiet(alert: str) -> None:
    cases = [c for c in _alert_tests() if c["alertname"] == alert]
    assert any(c["exp_alerts"] for c in cases), f"{alert}: no promtool test shows it firing"
    assert any(not c["exp_alerts"] for c in cases), f"{alert}: no promtool test shows it quiet"


@pytest.mark.parametrize("alert", rules("alert"), ids=lambda r: r["alert"])
def test_every_alert_has_severity_and_runbook(alert: dict) -> None:
    assert alert["labels"]["severity"] in SEVERITIES
    annotations = alert["annotations"]
    assert ALERT_ANNOTATIONS <= set(annotations), f"missing: {ALERT_ANNOTATIONS - set(annotations)}"
    steps = [line for line in annotations["runbook"].splitlines() if line.strip()]
    assert len(steps) >= 2, "a runbook lists at least two things to check"


def test_the_required_alerts_exist() -> None:
    """The alerts issue 6 asks for, by what they watch."""
    exprs = {r["alert"]: r["expr"] for r in rules("alert")}
    watched = {
        "worker down": 'up{job="vigie"}',
        "consumer lag growing": "deriv(vigie_consumer_lag[5m])",
        "dead-letter rate": "vigie_deadletter_total",
        "p99 latency": "vigie:processing_latency_seconds:p99_5m",
        "flag rate vs its 1-hour baseline": "vigie:flag_ratio:rate1h",
        "model version changed": "vigie_model_info offset",
    }
    for what, needle in watched.items():
        assert any(needle in e for e in exprs.values()), f"no alert on {what} ({needle})"


def test_rules_use_only_metrics_the_worker_exports() -> None:
    exprs = [r["expr"] for r in rules("alert") + rules("record")]
    assert unknown_names(exprs) == []


def test_alerts_select_the_scrape_job_of_every_config() -> None:
    for config in ("prometheus.yml", "prometheus.local.yml", "prometheus.k8s.yml"):
        jobs = [job["job_name"] for job in load_yaml(PROM_DIR / config)["scrape_configs"]]
        assert "vigie" in jobs, config
        assert load_yaml(PROM_DIR / config)["rule_files"] == ["rules/*.yml"]
