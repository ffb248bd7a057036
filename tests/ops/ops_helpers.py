"""Helpers of the ops tests: paths of the deploy files, the Prometheus binaries, the contract's metric names."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from worker.ops.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
PROM_DIR = DEPLOY / "prometheus"
RULE_FILES = sorted((PROM_DIR / "rules").glob("*.yml"))
RULE_TESTS = sorted((PROM_DIR / "tests").glob("*.yml"))
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "vigie.json"
INSTALL_HINT = "install with apt-get install prometheus (CI's .ci/run does)"

_VIGIE_NAME = re.compile(r"\bvigie_[a-z0-9_]+")
_RECORDED_NAME = re.compile(r"\bvigie:[a-z0-9_:]+")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def binary(name: str) -> str:
    """Path of a Prometheus binary; without it, skip the test with the install hint, or fail it in CI (CI=true),
    which installs it: a CI run must never pass by skipping what it was meant to check."""
    path = shutil.which(name)
    if path is None:
        if in_ci():
            pytest.fail(f"{name} not found, and CI=true: .ci/run installs it, so its tests must run", pytrace=False)
        pytest.skip(f"{name} not found: {INSTALL_HINT}")
    return path


def run(cmd: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def load_yaml_all(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def rules(kind: str) -> list[dict[str, Any]]:
    """Every rule of the rule files with the given key: "alert" or "record"."""
    return [r for f in RULE_FILES for g in load_yaml(f)["groups"] for r in g["rules"] if kind in r]


def contract_series() -> set[str]:
    """Every series name the worker's metrics can expose (counters end in _total, histograms have _bucket...)."""
    names: set[str] = set()
    for family in Metrics(CollectorRegistry(), process_collectors=False).registry.collect():
        if family.type == "counter":
            names.add(family.name + "_total")
        elif family.type == "histogram":
            names.update(family.name + suffix for suffix in ("_bucket", "_sum", "_count"))
        else:
            names.add(family.name)
    return {n for n in names if n.startswith("vigie_")}


def unknown_names(exprs: Iterable[str]) -> list[str]:
    """vigie_* names that the worker does not export, and vigie:* names that no recording rule records."""
    known = contract_series()
    recorded = {r["record"] for r in rules("record")}
    bad: list[str] = []
    for expr in exprs:
        bad += [n for n in _VIGIE_NAME.findall(expr) if n not in known]
        bad += [n for n in _RECORDED_NAME.findall(expr) if n not in recorded]
    return sorted(set(bad))
