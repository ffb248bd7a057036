"""Processes under test: start them with their environment, read their CPU time and memory from /proc, scrape
their Prometheus metrics, stop them cleanly.

CPU time is user + system time of the whole process (all its threads) from ``/proc/PID/stat``; memory is the
resident set (``VmRSS``) and its high-water mark (``VmHWM``, the peak) from ``/proc/PID/status``. Linux only; on
other systems these read as ``None``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[3]
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Proc:
    """A process under test, its log file and its CPU samples (wall clock, CPU seconds)."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    samples: list[tuple[float, float, float]] = field(default_factory=list)  # (wall clock, CPU s, run-queue wait s)
    peak_mb: float | None = None  # the last VmHWM read (kept once the process has exited)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def cpu_seconds(self) -> float | None:
        """User + system time of the whole process (all threads), from /proc/PID/stat."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14 and 15 of stat(5))

    def runqueue_wait_seconds(self) -> float | None:
        """Time the process's threads spent runnable but waiting for a CPU (/proc/PID/task/*/schedstat): the cost
        of sharing the machine."""
        total = 0.0
        try:
            for task in Path(f"/proc/{self.pid}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            return None
        return total

    def memory_mb(self, key: str = "VmHWM") -> float | None:
        """``VmHWM`` (peak resident set) or ``VmRSS`` (now), in MiB."""
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def sample(self) -> None:
        cpu = self.cpu_seconds()
        if cpu is not None:
            self.samples.append((time.time(), cpu, self.runqueue_wait_seconds() or 0.0))
            self.peak_mb = self.memory_mb() or self.peak_mb

    def at(self, when: float, column: int = 1) -> float | None:
        """A sampled counter (1: CPU seconds, 2: run-queue wait seconds) at wall-clock time ``when``, interpolated."""
        points = self.samples
        if not points:
            return None
        if when <= points[0][0]:
            return points[0][column]
        for p0, p1 in zip(points, points[1:], strict=False):
            if p0[0] <= when <= p1[0]:
                span = p1[0] - p0[0]
                return p0[column] + (p1[column] - p0[column]) * ((when - p0[0]) / span if span > 0 else 0.0)
        return points[-1][column]

    def log_tail(self, size: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-size:]
        except OSError:
            return ""

    def stop(self, timeout: float = 20.0) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        return int(self.popen.returncode)


def start(name: str, args: Sequence[str], log_dir: Path, env: Mapping[str, str] | None = None) -> Proc:
    """Run ``python ARGS...`` from the repository root, output to a log file."""
    log_path = log_dir / f"{name}.log"
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    full_env.update({"PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"})
    full_env.update(env or {})
    with log_path.open("wb") as log:
        popen = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=full_env, stdout=log,
                                 stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return Proc(name, popen, log_path)


def http_get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - a loopback URL we built
            return int(resp.status), resp.read()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read()


def scrape(port: int) -> str:
    try:
        return http_get(f"http://127.0.0.1:{port}/metrics")[1].decode()
    except OSError:
        return ""


def sample_value(text: str, name: str, labels: Mapping[str, str] | None = None) -> float:
    """Sum of the samples called ``name`` whose labels include ``labels`` (0 when absent)."""
    total = 0.0
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in (labels or {}).items()):
                total += s.value
    return total


def histogram(text: str, name: str) -> list[tuple[float, float]]:
    """Cumulative buckets ``(upper bound, count)`` of a histogram, ``+Inf`` last."""
    out = []
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name + "_bucket":
                out.append((float(s.labels["le"]), s.value))  # noqa: PERF401 - two nested loops
    return sorted(out)


def bucket_quantile(buckets: Sequence[tuple[float, float]], q: float) -> float | None:
    """Prometheus' histogram_quantile: linear interpolation inside the bucket holding the q-th observation."""
    if not buckets or buckets[-1][1] == 0:
        return None
    rank = q * buckets[-1][1]
    lower, below = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if bound == float("inf"):
                return lower
            return lower + (bound - lower) * ((rank - below) / (count - below) if count > below else 0.0)
        lower, below = bound, count
    return lower


def machine_load() -> dict[str, float | int]:
    one, five, fifteen = os.getloadavg()
    return {"cpus": os.cpu_count() or 0, "load_1m": round(one, 2), "load_5m": round(five, 2),
            "load_15m": round(fifteen, 2)}
