"""The Grafana dashboard and provisioning, checked without Grafana: structure, queries, and what they cover.

Whether each query runs and returns data is checked against a real Prometheus in test_prometheus_live.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from ops_helpers import DASHBOARD, DEPLOY, ROOT, contract_series, load_yaml, unknown_names

PROVISIONING = DEPLOY / "grafana" / "provisioning"


def dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def panels() -> list[dict[str, Any]]:
    return [p for p in dashboard()["panels"] if p["type"] != "row"]


def exprs() -> list[str]:
    return [t["expr"] for p in panels() for t in p["targets"]]


def test_panels_have_unique_ids_and_queries() -> None:
    ids = [p["id"] for p in dashboard()["panels"]]
    assert len(ids) == len(set(ids))
    for panel in panels():
        assert panel["title"] and panel["description"], panel["id"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["expr"].strip(), panel["title"]
            assert target["datasource"] == {"type": "prometheus", "uid": "${datasource}"}


def test_panels_fit_the_grid_without_overlap() -> None:
    taken: set[tuple[int, int]] = set()
    for panel in dashboard()["panels"]:
        g = panel["gridPos"]
        assert 0 <= g["x"] and g["x"] + g["w"] <= 24, panel["title"]
        cells = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert not cells & taken, f"{panel['title']} overlaps another panel"
        taken |= cells


def test_queries_use_only_metrics_the_worker_exports() -> None:
    assert unknown_names(exprs()) == []


def test_every_contract_metric_is_on_the_dashboard() -> None:
    text = "\n".join(exprs())
    families = {n.removesuffix("_total").removesuffix("_bucket").removesuffix("_sum").removesuffix("_count")
                for n in contract_series()}
    missing = sorted(f for f in families if f not in text)
    assert missing == []


@pytest.mark.parametrize(
    ("what", "needles"),
    [
        ("posts in per second", ["rate(vigie_messages_consumed_total["]),
        ("posts out per second", ["rate(vigie_messages_flagged_total[", "rate(vigie_deadletter_total["]),
        ("flags by decision and label", ["sum by (decision, label) (rate(vigie_messages_flagged_total["]),
        ("dead letters by reason", ["sum by (reason) (rate(vigie_deadletter_total["]),
        ("latency p50/p95/p99", [f"histogram_quantile({q}, sum by (le) (rate(vigie_processing_latency_seconds_bucket["
                                 for q in ("0.50", "0.95", "0.99")]),
        ("inference time", ["rate(vigie_inference_seconds_bucket["]),
        ("batch size", ["vigie_batch_size_sum", "vigie_batch_size_count"]),
        ("lag per partition", ["max by (topic, partition) (vigie_consumer_lag)"]),
        ("model name and version", ["count by (name, version) (vigie_model_info)"]),
        ("number of workers", ['sum(up{job="vigie"})']),
        ("posts by language", ["sum by (lang) (rate(vigie_posts_by_language_total["]),
        ("posts not read by the model", ["sum(rate(vigie_unsupported_total["]),
    ],
)
def test_the_required_panels_exist(what: str, needles: list[str]) -> None:
    text = "\n".join(exprs())
    for needle in needles:
        assert needle in text, f"{what}: no query contains {needle!r}"


def test_datasource_provisioning_matches_the_dashboard() -> None:
    (source,) = load_yaml(PROVISIONING / "datasources" / "prometheus.yml")["datasources"]
    (variable,) = [v for v in dashboard()["templating"]["list"] if v["name"] == "datasource"]
    assert variable["type"] == "datasource" and variable["query"] == "prometheus"
    assert variable["current"]["value"] == source["uid"]
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"


def test_dashboard_provider_path_is_where_compose_mounts_the_dashboards() -> None:
    (provider,) = load_yaml(PROVISIONING / "dashboards" / "vigie.yml")["providers"]
    grafana = load_yaml(ROOT / "docker-compose.yml")["services"]["grafana"]
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in grafana["volumes"] if v.startswith("./"))
    assert mounts["./deploy/grafana/dashboards"] == provider["options"]["path"]
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
    home = grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home == f"{provider['options']['path']}/{DASHBOARD.name}"
