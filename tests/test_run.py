"""`vigie run`'s process set-up that needs no broker."""

from __future__ import annotations

import os
import platform
import re
import signal
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from kafka_helpers import ROOT

from worker.ops.errors import ConfigError
from worker.stream.preflight import TESTED_RANGES, check_versions
from worker.stream.run import SAME_REQUEST_WITHIN, is_same_request, limit_malloc_arenas
from worker.tools.broker import free_port


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt arenas are a glibc setting")
def test_malloc_arenas_are_capped_unless_the_operator_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert limit_malloc_arenas() is True
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    assert limit_malloc_arenas() is False  # the operator's value stands (glibc read it at start)


# ------------------------------------------------------------------ the Kafka libraries the fast path is tested with


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_tested_ranges_are_pyprojects_bounds_and_the_lock_is_within_them() -> None:
    deps = {re.split(r"[<>=!~ ]", d, maxsplit=1)[0]: d for d in _pyproject()["project"]["dependencies"]}
    locked = dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+)$", (ROOT / "requirements.lock").read_text(), re.M))
    for dist, (low, high) in TESTED_RANGES.items():
        assert deps[dist] == f"{dist}>={low},<{high}", "pyproject.toml and preflight.TESTED_RANGES disagree"
        check_versions(lambda name, dist=dist: locked[dist] if name == dist else version(name))


def test_versions_outside_the_tested_range_are_one_clear_error() -> None:
    for dist, installed in (("faust-streaming", "0.16.0"), ("faust-streaming", "0.14.2"), ("aiokafka", "0.15.0rc1")):
        with pytest.raises(ConfigError) as info:
            check_versions(lambda name, dist=dist, installed=installed: installed if name == dist else version(name))
        line = info.value.one_line()
        assert f"{dist} {installed} is installed" in line and "requirements.lock" in line
        assert info.value.exit_code == 2


def test_vigie_run_stops_with_exit_2_on_an_untested_faust(tmp_path: Path) -> None:
    # A dist-info earlier on sys.path than site-packages is what importlib.metadata reports as installed.
    info = tmp_path / "faust_streaming-0.16.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: faust-streaming\nVersion: 0.16.0\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env.update({"PYTHONPATH": str(tmp_path), "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}",
                "VIGIE_STARTUP_TIMEOUT": "1", "VIGIE_METRICS_PORT": str(free_port())})
    seen = subprocess.run([sys.executable, "-c", "import importlib.metadata as m; print(m.version('faust-streaming'))"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert seen.stdout.strip() == "0.16.0", seen  # the precondition: the worker will see an untested release
    done = subprocess.run([sys.executable, "-m", "worker", "run"], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.strip().splitlines() == [
        "vigie run: error: faust-streaming 0.16.0 is installed, but Vigie's Faust fast path is tested with "
        "faust-streaming>=0.15.3,<0.16 only: install the locked versions (pip install -c requirements.lock .)"
    ]


def test_the_lock_is_what_make_and_the_image_install() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet -c requirements.lock -e '.[dev]'" in makefile
    assert re.search(r"^\$\(STAMP\): .*requirements\.lock", makefile, re.M)  # a new lock reinstalls the venv
    assert "pip install . -c requirements.lock" in (ROOT / "deploy" / "Dockerfile").read_text()
    project = _pyproject()
    assert project["project"]["license"] == "MIT"  # the SPDX string; the TOML table form warns on every install
    assert project["build-system"]["requires"] == ["setuptools>=77"]  # the first setuptools that reads it


def test_a_terminals_sigint_then_a_supervisors_sigterm_are_one_stop_request() -> None:
    """Ctrl-C reaches the worker and its supervisor (``make demo``), which then sends SIGTERM: one request, not the
    'second signal' that exits without committing. Ctrl-C pressed again, or a late second signal, still insists."""
    first = (signal.SIGINT, 100.0)
    assert is_same_request(first, signal.SIGTERM, 100.3)
    assert is_same_request((signal.SIGTERM, 100.0), signal.SIGINT, 100.0 + SAME_REQUEST_WITHIN)
    assert not is_same_request(first, signal.SIGINT, 100.3)  # Ctrl-C twice: stop at once
    assert not is_same_request(first, signal.SIGTERM, 100.0 + SAME_REQUEST_WITHIN + 0.5)
