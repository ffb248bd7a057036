"""CI fails, never skips, when a tool it installs is missing: `.ci/run` stops when it cannot install Prometheus, and
the Prometheus tests fail rather than skip under CI=true without promtool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ops_helpers import ROOT

BASH = shutil.which("bash") or "/bin/bash"


def stub(bin_dir: Path, name: str, body: str) -> None:
    path = bin_dir / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


def run_ci(tmp_path: Path, *, promtool: bool, apt_fails: bool) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`.ci/run` with PATH holding only stubs: apt-get (failing or not), make (leaves a mark), maybe promtool."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ran_make = tmp_path / "make-ran"
    stub(bin_dir, "apt-get", "exit 100" if apt_fails else "exit 0")
    stub(bin_dir, "make", f': > "{ran_make}"')
    if promtool:
        stub(bin_dir, "promtool", "exit 0")
    done = subprocess.run([BASH, str(ROOT / ".ci" / "run")], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={"PATH": str(bin_dir), "CI": "true", "HOME": str(tmp_path)})
    return done, ran_make


def test_ci_fails_when_prometheus_cannot_be_installed(tmp_path: Path) -> None:
    done, ran_make = run_ci(tmp_path, promtool=False, apt_fails=True)
    assert done.returncode != 0 and not ran_make.exists(), done
    assert "could not install prometheus" in done.stderr


def test_ci_fails_when_the_install_leaves_no_promtool(tmp_path: Path) -> None:
    done, ran_make = run_ci(tmp_path, promtool=False, apt_fails=False)
    assert done.returncode != 0 and not ran_make.exists(), done
    assert "promtool is not on PATH" in done.stderr


def test_ci_runs_the_tests_when_promtool_is_there(tmp_path: Path) -> None:
    done, ran_make = run_ci(tmp_path, promtool=True, apt_fails=True)  # apt-get is not even tried
    assert done.returncode == 0 and ran_make.exists(), done


def test_prometheus_tests_fail_in_ci_and_skip_elsewhere_without_promtool() -> None:
    path = str(Path(sys.executable).parent)  # the venv's tools, no promtool
    assert shutil.which("promtool", path=path) is None  # the precondition
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = path
    args = [sys.executable, "-m", "pytest", "tests/ops/test_prometheus_rules.py", "-q", "-p", "no:cacheprovider",
            "-m", "prometheus"]
    ci = subprocess.run(args, cwd=ROOT, env={**env, "CI": "true"}, capture_output=True, text=True, timeout=300)
    assert ci.returncode == 1, ci.stdout[-2000:]
    assert "promtool not found, and CI=true" in ci.stdout and " skipped" not in ci.stdout, ci.stdout[-2000:]
    local = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert local.returncode == 0 and " skipped" in local.stdout and "error" not in local.stdout, local.stdout[-2000:]
