"""Soak benchmark (issue 5, item 9): a worker under steady half-maximum load for a long time; does memory creep, does
lag grow? (faust-streaming #247 reports memory creep.)

    python -m worker.tools.bench.soak --minutes 20            # embedded broker, rate = half the measured maximum
    python -m worker.tools.bench.soak --minutes 20 --rate 400 --bootstrap kafka:9092 --json-out soak.json

Phases: start a broker (unless ``--bootstrap``) and one `vigie run` worker on fresh topics; measure the maximum rate
by draining a burst of posts; then produce at the target rate for ``minutes`` and sample the worker's RSS (from
/proc, else its /metrics), its total consumer lag and its consumed count every ``sample_every`` seconds. The first
``warmup`` fraction of the steady phase is the warm-up; the report compares what follows with it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from worker.tools.broker import EmbeddedBroker, create_topics, free_port

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "demo_posts.jsonl"
PARTITIONS = 4
BURST = 20_000  # posts drained to measure the maximum rate


@dataclass(frozen=True, slots=True)
class Sample:
    t: float  # seconds since the steady phase began
    rss_mb: float
    lag: float
    consumed: float
    load1: float = 0.0  # the machine's 1-minute load average: other jobs competing for the CPU show here


@dataclass(frozen=True, slots=True)
class Trend:
    """What the samples after warm-up say: RSS growth and lag trend."""

    warm_rss_mb: float  # mean RSS over the first minute after warm-up
    end_rss_mb: float  # mean RSS over the last minute
    max_rss_mb: float
    rss_growth_pct: float
    rss_slope_mb_per_hour: float
    lag_first_third: float  # mean lag over the first third after warm-up
    lag_last_third: float
    lag_max: float
    lag_slope_per_minute: float


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ys over xs (0 for fewer than two distinct xs)."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    return 0.0 if sxx == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def trend(samples: Sequence[Sample], warmup_s: float, window_s: float = 60.0) -> Trend:
    """Summarise the samples taken after ``warmup_s`` (all of them if none is later)."""
    after = [s for s in samples if s.t >= warmup_s] or list(samples)
    if not after:
        raise ValueError("no samples")
    start, end = after[0].t, after[-1].t
    first = [s.rss_mb for s in after if s.t <= start + window_s]
    last = [s.rss_mb for s in after if s.t >= end - window_s]
    warm, final = _mean(first), _mean(last)
    third = (end - start) / 3
    return Trend(
        warm_rss_mb=round(warm, 1),
        end_rss_mb=round(final, 1),
        max_rss_mb=round(max(s.rss_mb for s in after), 1),
        rss_growth_pct=round(100.0 * (final - warm) / warm, 2) if warm else 0.0,
        rss_slope_mb_per_hour=round(slope([s.t for s in after], [s.rss_mb for s in after]) * 3600, 2),
        lag_first_third=round(_mean([s.lag for s in after if s.t <= start + third]), 1),
        lag_last_third=round(_mean([s.lag for s in after if s.t >= end - third]), 1),
        lag_max=max(s.lag for s in after),
        lag_slope_per_minute=round(slope([s.t for s in after], [s.lag for s in after]) * 60, 2),
    )


def posts(prefix: str) -> Iterator[bytes]:
    """Endless distinct posts: the demo posts, each with a fresh id and a counter in its text; the demo's invalid
    lines are sent as they are (dead letters, as in real traffic)."""
    lines = [line.encode() for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    i = 0
    while True:
        for line in lines:
            i += 1
            try:
                post = orjson.loads(line)
                text = f"{post['text']} ({i})"
            except (orjson.JSONDecodeError, TypeError, KeyError):
                yield line
                continue
            yield orjson.dumps({**post, "id": f"{prefix}-{i}", "text": text, "created_at": int(time.time() * 1000)})


class Worker:
    """One `python -m worker run` subprocess on the given topics; its log goes to a file."""

    def __init__(self, bootstrap: str, topics: dict[str, str], log_path: Path) -> None:
        self.metrics_port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
        env.update({
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "VIGIE_INPUT_TOPIC": topics["input"],
            "VIGIE_FLAG_TOPIC": topics["flags"],
            "VIGIE_DEADLETTER_TOPIC": topics["dead"],
            "VIGIE_GROUP_ID": topics["group"],
            "VIGIE_METRICS_PORT": str(self.metrics_port),
            "OMP_NUM_THREADS": "1",
            "PYTHONUNBUFFERED": "1",
        })
        self.log_path = log_path
        with log_path.open("wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=env, stdout=log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def metrics(self) -> dict[str, float]:
        """Sums of the samples of /metrics by name (labels folded)."""
        from prometheus_client.parser import text_string_to_metric_families

        url = f"http://127.0.0.1:{self.metrics_port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - loopback URL
            body = resp.read().decode()
        out: dict[str, float] = {}
        for family in text_string_to_metric_families(body):
            for sample in family.samples:
                out[sample.name] = out.get(sample.name, 0.0) + sample.value
        return out

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/readyz", timeout=2) as resp:  # noqa: S310
                return bool(resp.status == 200)
        except OSError:
            return False

    def rss_mb(self, metrics: dict[str, float]) -> float:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return metrics.get("process_resident_memory_bytes", 0.0) / 2**20

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


async def _produce(bootstrap: str, topic: str, source: Iterator[bytes], *, count: int | None = None,
                   rate: float | None = None, seconds: float | None = None) -> int:
    """Send ``count`` posts as fast as possible, or ``rate`` posts/s for ``seconds``."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=20, enable_idempotence=False)
    await producer.start()
    sent = 0
    try:
        if count is not None:
            futures = [await producer.send(topic, next(source)) for _ in range(count)]
            await asyncio.gather(*futures)
            return count
        assert rate is not None and seconds is not None
        started = time.monotonic()
        while (elapsed := time.monotonic() - started) < seconds:
            due = int(rate * elapsed)
            for _ in range(due - sent):
                await producer.send(topic, next(source))
            sent = max(sent, due)
            await asyncio.sleep(0.05)
        await producer.flush()
        return sent
    finally:
        await producer.stop()


def _wait(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"soak: {what} not after {timeout:.0f}s")
        time.sleep(0.25)


def measure_max_rate(worker: Worker, bootstrap: str, topic: str, source: Iterator[bytes], burst: int = BURST) -> float:
    """Posts/s the worker sustains draining a backlog (between 10 % and 90 % of the burst, to skip ramps)."""
    start = worker.metrics().get("vigie_messages_consumed_total", 0.0)
    asyncio.run(_produce(bootstrap, topic, source, count=burst))
    marks: dict[float, float] = {}
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        done = worker.metrics().get("vigie_messages_consumed_total", 0.0) - start
        for frac in (0.1, 0.9):
            if frac not in marks and done >= frac * burst:
                marks[frac] = time.monotonic()
        if 0.9 in marks:
            break
        time.sleep(0.2)
    if 0.1 not in marks or 0.9 not in marks or marks[0.9] <= marks[0.1]:
        raise RuntimeError("soak: the worker did not drain the burst")
    return 0.8 * burst / (marks[0.9] - marks[0.1])


def run(minutes: float = 20, bootstrap: str | None = None, *, rate: float | None = None, warmup: float = 0.15,
        sample_every: float = 5.0, burst: int = BURST, workdir: Path | None = None) -> dict[str, Any]:
    """The soak; returns the report (settings, maximum and target rates, trend, samples)."""
    workdir = workdir or Path(tempfile.mkdtemp(prefix="vigie-soak-"))
    broker = None
    if bootstrap is None:
        broker = EmbeddedBroker(log_file=workdir / "tansu.log").start()
        bootstrap = broker.bootstrap
    tag = uuid.uuid4().hex[:8]
    topics = {"input": f"soak-posts-{tag}", "flags": f"soak-flags-{tag}", "dead": f"soak-dead-{tag}",
              "group": f"vigie-soak-{tag}"}
    asyncio.run(create_topics(bootstrap, [topics["input"], topics["flags"], topics["dead"]], PARTITIONS))
    worker = Worker(bootstrap, topics, workdir / "worker.log")
    source = posts(tag)
    try:
        _wait(worker.ready, 180, "worker ready")
        max_rate = measure_max_rate(worker, bootstrap, topics["input"], source, burst)
        _wait(lambda: worker.metrics().get("vigie_consumer_lag", 1.0) == 0, 300, "burst drained")
        target = rate if rate is not None else max_rate / 2
        print(f"soak: maximum {max_rate:.0f} posts/s; {minutes:g} min at {target:.0f} posts/s", file=sys.stderr)
        samples, sent = _steady(worker, bootstrap, topics["input"], source, target, minutes * 60, sample_every)
        alive = worker.proc.poll() is None
        stopped = worker.stop()
    finally:
        worker.stop()
        if broker is not None:
            broker.stop()
    warmup_s = warmup * minutes * 60
    summary = trend(samples, warmup_s)
    duration = samples[-1].t - samples[0].t if len(samples) > 1 else 0.0
    processed = (samples[-1].consumed - samples[0].consumed) / duration if duration else 0.0
    return {
        "minutes": minutes,
        "bootstrap": "embedded" if broker is not None else bootstrap,
        "partitions": PARTITIONS,
        "max_rate": round(max_rate, 1),
        "target_rate": round(target, 1),
        "produced": sent,
        "processed_rate": round(processed, 1),
        "warmup_seconds": warmup_s,
        "worker_alive_at_end": alive,
        "load1_max": max((s.load1 for s in samples), default=0.0),
        "cpus": os.cpu_count(),
        "worker_exit_code": stopped,
        **asdict(summary),
        "rss_ok": summary.rss_growth_pct <= 10.0,
        "lag_ok": summary.lag_last_third <= summary.lag_first_third + target,  # within a second's worth of posts
        "samples": [asdict(s) for s in samples],
        "worker_log": str(worker.log_path),
    }


def _steady(worker: Worker, bootstrap: str, topic: str, source: Iterator[bytes], target: float, seconds: float,
            every: float) -> tuple[list[Sample], int]:
    samples: list[Sample] = []
    result: dict[str, int] = {}

    def produce() -> None:
        result["sent"] = asyncio.run(_produce(bootstrap, topic, source, rate=target, seconds=seconds))

    producer = threading.Thread(target=produce, name="soak-producer", daemon=True)
    started = time.monotonic()
    producer.start()
    while producer.is_alive():
        try:
            metrics = worker.metrics()
        except OSError:  # a scrape timed out under load: skip this sample
            producer.join(every)
            continue
        samples.append(Sample(round(time.monotonic() - started, 1), round(worker.rss_mb(metrics), 1),
                              metrics.get("vigie_consumer_lag", 0.0), metrics.get("vigie_messages_consumed_total", 0.0),
                              round(os.getloadavg()[0], 2)))
        if worker.proc.poll() is not None:
            raise RuntimeError(f"soak: the worker exited with {worker.proc.returncode} (log: {worker.log_path})")
        producer.join(every)
    return samples, result.get("sent", 0)


def table(report: dict[str, Any]) -> str:
    rows = [
        ("duration", f"{report['minutes']:g} min (warm-up {report['warmup_seconds']:.0f} s)"),
        ("maximum rate", f"{report['max_rate']:.0f} posts/s"),
        ("target / processed", f"{report['target_rate']:.0f} / {report['processed_rate']:.0f} posts/s"),
        ("RSS after warm-up", f"{report['warm_rss_mb']:.1f} MB"),
        ("RSS at the end", f"{report['end_rss_mb']:.1f} MB (max {report['max_rss_mb']:.1f})"),
        ("RSS growth", f"{report['rss_growth_pct']:+.2f} % ({report['rss_slope_mb_per_hour']:+.2f} MB/h) "
                       f"{'ok' if report['rss_ok'] else 'OVER 10 %'}"),
        ("lag, first / last third", f"{report['lag_first_third']:.0f} / {report['lag_last_third']:.0f} "
                                    f"(max {report['lag_max']:.0f}, slope {report['lag_slope_per_minute']:+.1f}/min) "
                                    f"{'stable' if report['lag_ok'] else 'GROWING'}"),
        ("load average", f"max {report['load1_max']:.2f} on {report['cpus']} CPUs (other jobs compete above ~1)"),
        ("worker", "alive at the end" if report["worker_alive_at_end"] else "EXITED"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m worker.tools.bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="length of the steady phase (default 20)")
    parser.add_argument("--rate", type=float, default=None, help="posts/s (default: half the measured maximum)")
    parser.add_argument("--bootstrap", default=None, help="an existing broker (default: start the embedded one)")
    parser.add_argument("--sample-every", type=float, default=5.0, help="seconds between samples (default 5)")
    parser.add_argument("--json-out", type=Path, default=None, help="write the full report (with samples) here")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))  # clean up on SIGTERM too
    report = run(args.minutes, args.bootstrap, rate=args.rate, sample_every=args.sample_every)
    print(table(report))
    if args.json_out:
        args.json_out.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 0 if report["rss_ok"] and report["lag_ok"] and report["worker_alive_at_end"] else 1


if __name__ == "__main__":
    sys.exit(main())
